"""`claims serve` against a real Prefect server: the deployment runs on its schedule, incrementally.
Without a server, `claims serve` and the Dask runner refuse in one line."""

from __future__ import annotations

import signal
import uuid

import pytest
from prefect_procs import base_env, claims, executable, start, stop, wait_for

from warehouse import db as wdb


@pytest.mark.server
def test_a_served_deployment_runs_on_its_interval(prefect_server, small_corpus, tmp_path) -> None:
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    corpus = small_corpus
    db = tmp_path / "w.duckdb"
    name = f"test-{uuid.uuid4().hex[:8]}"
    proc = start([executable("claims"), "serve", "--interval", "5", "--name", name, "--source", "corpus",
                  "--db", "w.duckdb", "--report-dir", "reports"],
                 prefect_server.env(tmp_path / "home"), tmp_path, tmp_path / "serve.log")

    def completed_runs():
        if proc.poll() is not None:
            pytest.fail(f"claims serve exited with {proc.returncode}:\n{(tmp_path / 'serve.log').read_text()[-3000:]}")
        with prefect_server.client() as client:
            try:
                deployment = client.read_deployment_by_name(f"reconcile-coverage/{name}")
            except Exception:  # not created yet
                return None
            runs = client.read_flow_runs(deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])))
        done = [r for r in runs if r.state and r.state.is_completed() and r.state.name == "Completed"]
        return done if len(done) >= 2 else None

    try:
        done = wait_for(completed_runs, 90, "two completed runs of the served deployment", interval=1)
    finally:
        stop(proc, signals=(signal.SIGTERM, signal.SIGINT))  # the runner cancels the runs it has started
    log = (tmp_path / "serve.log").read_text()
    assert f"serving reconcile-coverage/{name} on {prefect_server.api_url} (every 5 s)" in log
    with wdb.connect(db) as con:  # read-write: replays the log of a run a SIGKILL may have cut short
        rows = con.execute("select flow_run_id, documents_new, claims_new from v_runs "
                           "where status = 'completed' order by stored_seq").fetchall()
        docs = con.execute("select count(*), max(version) from documents").fetchall()
    assert {str(r.id) for r in done} <= {r[0] for r in rows}
    assert rows[0][1] == 3 and rows[0][2] > 10
    assert all(r[1] == 0 and r[2] == 0 for r in rows[1:])  # later runs find nothing new and extract nothing
    assert docs == [(3, 1)]


@pytest.mark.parametrize("command", [["serve", "--cron", "*/5 * * * *"], ["run", "--runner", "dask"]])
def test_without_a_prefect_server_serve_and_the_dask_runner_say_so_in_one_line(command, tmp_path) -> None:
    done = claims([*command, "--db", str(tmp_path / "w.duckdb")], base_env(tmp_path / "home"), tmp_path, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith("Error: ") and "needs a Prefect server" in lines[0]
    assert "PREFECT_API_URL" in lines[0] and "`prefect server start`" in lines[0]
    assert not (tmp_path / "w.duckdb").exists()
