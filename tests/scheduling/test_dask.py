"""`claims run --runner dask` on a real LocalCluster (2 worker processes) writes exactly what the
default runner writes, and runs extraction and matching as a few partition tasks on the workers."""

from __future__ import annotations

import pytest
from prefect_procs import executable, start, stop

from warehouse import db as wdb

# Everything a run derives from the documents; run ids and timestamps differ by nature.
COMPARED = {
    "claims": "select * from claims order by claim_id",
    "claim_matches": "select * exclude (run_id) from claim_matches order by claim_id_a, claim_id_b, method",
    "findings": "select * exclude (first_seen_run, last_seen_run) from findings order by finding_id",
    "finding_claims": "select * from finding_claims order by finding_id, claim_id",
    "documents": "select * exclude (fetched_at, first_run_id) from documents order by doc_id",
    "links": "select * exclude (run_id) from links order by all",
}


@pytest.mark.server
def test_the_dask_runner_writes_what_the_default_runner_writes(prefect_server, tmp_path) -> None:
    env = prefect_server.env(tmp_path / "home")
    procs = {}
    for runner, extra in (("dask", ["--runner", "dask", "--dask-workers", "2"]), ("default", [])):
        procs[runner] = start([executable("claims"), "run", "--db", str(tmp_path / f"{runner}.duckdb"),
                               "--report-dir", str(tmp_path / f"reports-{runner}"), *extra],
                              env, tmp_path, tmp_path / f"{runner}.log")
    try:
        for runner, proc in procs.items():
            assert proc.wait(180) == 0, (tmp_path / f"{runner}.log").read_text()[-4000:]
    finally:
        for proc in procs.values():
            stop(proc)

    tables = {}
    for runner in procs:
        with wdb.connect(tmp_path / f"{runner}.duckdb", read_only=True) as con:
            tables[runner] = {name: con.execute(sql).fetchall() for name, sql in COMPARED.items()}
            [(flow_run_id,)] = con.execute("select flow_run_id from runs").fetchall()
            if runner == "dask":
                dask_flow_run_id = flow_run_id
    assert len(tables["default"]["claims"]) > 100 and len(tables["default"]["claim_matches"]) > 100
    assert len(tables["default"]["findings"]) > 50
    for name in COMPARED:
        assert tables["dask"][name] == tables["default"][name], name

    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with prefect_server.client() as client:
        task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[dask_flow_run_id])))
    names = sorted(t.name for t in task_runs)
    partitions = [n for n in names if n.startswith("match-partition-")]
    assert [n for n in names if n.startswith("extract-chunk-")] == ["extract-chunk-0"]  # 13 documents: one chunk
    assert 2 <= len(partitions) <= 6  # a few per worker thread (3 x 2), never one per claim
    assert "match_and_decide" not in " ".join(names)
    assert all(t.state.is_completed() for t in task_runs)
