"""Quality on coverage the rules were not written from: the blind later-weeks dev set.

``benchmarks/quality/later_weeks`` holds twelve documents of 2024-10-23 to 2024-11-05 from
outlets outside the bundled corpus, with a gold file annotated without reading the
pipeline. The flow runs on it into a real DuckDB file and is scored the way the external
evaluation scores; the floors keep a rule tuned to the bundled corpus from costing here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.evaluate import evaluate_warehouse
from flows.pipeline import reconcile_coverage

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]

SET = Path(__file__).resolve().parents[2] / "benchmarks" / "quality" / "later_weeks"


def test_quality_on_the_blind_later_weeks_set_stays_above_its_floors(tmp_path) -> None:
    db = tmp_path / "warehouse.duckdb"
    summary = reconcile_coverage(sources=[str(SET / "corpus")], db=str(db), report_dir=str(tmp_path / "reports"))
    assert summary.documents == 12 and not summary.errors
    floors = json.loads((SET / "floors.json").read_text(encoding="utf-8"))
    report = evaluate_warehouse(db, SET / "corpus", SET / "gold.json")
    below = {k: round(report[k].value, 3) for k, floor in floors.items()
             if not k.startswith("_") and not k.endswith("_max") and report[k].value < floor}
    assert below == {}, f"below the floors in {SET / 'floors.json'}: {below}"
    assert report["confusable_pairs_merged"].value <= floors["confusable_pairs_merged_max"]
