"""Quality on coverage the rules were not written from: the fifty-eight blind sets.

``benchmarks/quality/later_weeks`` (twelve documents), ``held_out`` (eight), ``blind3`` and
``blind4`` (six each), ``blind5`` (seven), ``blind6`` to ``blind58`` (eight each) hold coverage of
2024-10-15 to 2024-12-31 from outlets outside the bundled corpus,
with gold files annotated without reading the pipeline. The flow runs on each into a real
DuckDB file and is scored the way the external evaluation scores; the floors keep a rule
tuned to one corpus from costing on the others.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.evaluate import evaluate_warehouse
from flows.pipeline import reconcile_coverage

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]

QUALITY = Path(__file__).resolve().parents[2] / "benchmarks" / "quality"


@pytest.mark.parametrize(("name", "documents"), [("later_weeks", 12), ("held_out", 8), ("blind3", 6), ("blind4", 6),
                                                     ("blind5", 7), ("blind6", 8), ("blind7", 8),
                                                     ("blind8", 8), ("blind9", 8), ("blind10", 8), ("blind11", 8),
                                                     ("blind12", 8), ("blind13", 8), ("blind14", 8), ("blind15", 8),
                                                     ("blind16", 8), ("blind17", 8), ("blind18", 8),
                                                     ("blind19", 8), ("blind20", 8), ("blind21", 8),
                                                     ("blind22", 8), ("blind23", 8), ("blind24", 8),
                                                     ("blind25", 8), ("blind26", 8), ("blind27", 8),
                                                     ("blind28", 8), ("blind29", 8), ("blind30", 8),
                                                     ("blind31", 8), ("blind32", 8), ("blind33", 8),
                                                     ("blind34", 8), ("blind35", 8), ("blind36", 8),
                                                     ("blind37", 8), ("blind38", 8), ("blind39", 8),
                                                     ("blind40", 8), ("blind41", 8), ("blind42", 8),
                                                     ("blind43", 8), ("blind44", 8), ("blind45", 8),
                                                     ("blind46", 8), ("blind47", 8), ("blind48", 8),
                                                     ("blind49", 8), ("blind50", 8), ("blind51", 8),
                                                     ("blind52", 8), ("blind53", 8), ("blind54", 8),
                                                     ("blind55", 8), ("blind56", 8), ("blind57", 8),
                                                     ("blind58", 8)])
def test_quality_on_a_blind_set_stays_above_its_floors(tmp_path, name: str, documents: int) -> None:
    blind = QUALITY / name
    db = tmp_path / "warehouse.duckdb"
    summary = reconcile_coverage(sources=[str(blind / "corpus")], db=str(db), report_dir=str(tmp_path / "reports"))
    assert summary.documents == documents and not summary.errors
    floors = json.loads((blind / "floors.json").read_text(encoding="utf-8"))
    report = evaluate_warehouse(db, blind / "corpus", blind / "gold.json")
    below = {k: round(report[k].value, 3) for k, floor in floors.items()
             if not k.startswith("_") and not k.endswith("_max") and report[k].value < floor}
    assert below == {}, f"below the floors in {blind / 'floors.json'}: {below}"
    assert report["confusable_pairs_merged"].value <= floors["confusable_pairs_merged_max"]
