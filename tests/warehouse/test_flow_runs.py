"""The flow records a failed run too: its flow run id, status 'failed' and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from warehouse import db as wdb

CORPUS = Path(__file__).resolve().parents[2] / "sources" / "corpus"


@pytest.mark.e2e
@pytest.mark.usefixtures("prefect_harness")
def test_a_failed_flow_run_is_recorded_and_changes_nothing_else(tmp_path, monkeypatch) -> None:
    from prefect import task

    from flows import pipeline

    @task
    def broken_matching(*args, **kwargs):
        raise RuntimeError("matching blew up")

    monkeypatch.setattr(pipeline, "match_and_decide", broken_matching)
    db = tmp_path / "w.duckdb"
    with pytest.raises(RuntimeError, match="matching blew up"):
        pipeline.reconcile_coverage(sources=[str(CORPUS)], db=str(db), report_dir=str(tmp_path / "reports"))
    with wdb.connect(db, read_only=True) as con:
        runs = wdb.rows(con, "select status, error, flow_run_id, flow_run_name, stored_seq, config_hash from v_runs")
        stored = {t: con.execute(f"select count(*) from {t}").fetchall()[0][0] for t in ("documents", "findings")}
    [run] = runs
    assert run["status"] == "failed" and run["error"] == "RuntimeError: matching blew up"
    assert run["flow_run_id"] and run["flow_run_name"] and run["config_hash"] and run["stored_seq"] is None
    assert stored == {"documents": 0, "findings": 0}
