"""benchmarks/scale.py runs end to end on a small synthetic table and prints its JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.scale import pairwise_f1, run  # noqa: E402
from benchmarks.synthetic_claims import generate  # noqa: E402

KEYS = {"claims", "seconds", "peak_rss_mb", "pairs_compared", "pairwise_f1"}


def test_scale_cli_prints_one_json_line_last() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--claims", "2000", "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=300)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert KEYS <= result.keys()
    assert result["claims"] == 2000
    assert 0.0 <= result["pairwise_f1"] <= 1.0
    assert result["pairs_compared"] > 0 and result["seconds"] > 0 and result["peak_rss_mb"] > 0
    assert result["finding_claims_stored"] == 2000  # every claim was written to DuckDB in one finding


def test_input_parquet_with_missing_columns(tmp_path: Path) -> None:
    table = generate(300, seed=3).drop_columns(["measure_detail", "scope", "claim_id", "doc_id", "kind"])
    path = tmp_path / "claims.parquet"
    pq.write_table(table, path)
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--input", str(path), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=300)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["claims"] == 300 and 0.0 <= result["pairwise_f1"] <= 1.0


def test_generator_is_seeded_and_has_truth() -> None:
    a, b = generate(500, seed=11), generate(500, seed=11)
    assert a.equals(b)
    assert a.num_rows == 500
    sizes = np.unique(a.column("cluster_id").to_numpy(), return_counts=True)[1]
    assert sizes.max() > 1 and (sizes == 1).any()  # clusters, and uncorroborated singletons


@pytest.mark.parametrize("engine", ["reference", "fast"])
def test_engines_agree_on_a_synthetic_table(engine: str, tmp_path: Path) -> None:
    result = run(generate(1500, seed=5), engine, workdir=tmp_path)
    assert result["pairwise_f1"] > 0.9
    assert result["finding_claims_stored"] == 1500


def test_both_engines_give_the_same_f1(tmp_path: Path) -> None:
    table = generate(1500, seed=9)
    assert run(table, "reference", workdir=tmp_path)["pairwise_f1"] == run(table, "fast", workdir=tmp_path)["pairwise_f1"]


def test_pairwise_f1() -> None:
    truth = np.array([1, 1, 1, 2, 2, 3])
    assert pairwise_f1(truth, truth) == (1.0, 1.0, 1.0)
    p, r, f = pairwise_f1(truth, np.array([1, 1, 2, 2, 2, 3]))  # one claim in the wrong cluster
    assert (p, r) == (pytest.approx(2 / 4), pytest.approx(2 / 4)) and f == pytest.approx(0.5)
    assert pairwise_f1(truth, np.arange(6))[1] == 0.0  # all apart: nothing recalled


def test_truth_labels_accept_strings_and_nulls() -> None:
    import pyarrow as pa

    from benchmarks.scale import truth_labels

    labels = truth_labels(pa.table({"cluster_id": ["x", "y", None, "x", None]}))
    assert labels[0] == labels[3] and labels[0] != labels[1]
    assert len({labels[2], labels[4], labels[0], labels[1]}) == 4  # each null its own cluster
