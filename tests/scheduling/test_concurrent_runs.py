"""Two runs on one warehouse, in separate processes: the second waits for the first (bounded) or
skips with a clear message and exit status 75; the warehouse ends up as one run after another left it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from prefect_procs import claims, executable, start, stop, wait_for

from flows import runlock
from warehouse import db as wdb

HELD_RUN = Path(__file__).with_name("held_run.py")

@pytest.mark.server
def test_a_run_that_finds_the_warehouse_busy_waits_for_it_or_skips(prefect_server, small_corpus,
                                                                   tmp_path) -> None:
    corpus = small_corpus
    db, go = tmp_path / "w.duckdb", tmp_path / "go"
    env = prefect_server.env(tmp_path / "home")
    run = [executable("claims"), "run", "--source", str(corpus), "--db", str(db), "--report-dir", str(tmp_path / "r")]

    first = start([sys.executable, str(HELD_RUN), str(corpus), str(db), str(go)], env, tmp_path, tmp_path / "first.log")
    waiting = briefly = None
    try:
        wait_for(lambda: runlock.is_held(db) or first.poll() is not None, 90, "the first run to take the run lock")
        assert first.poll() is None, (tmp_path / "first.log").read_text()[-3000:]
        holder = runlock.read_holder(db)
        assert holder and holder["pid"] == first.pid and holder["flow_run_name"]

        waiting = start([*run, "--wait-for-lock", "120"], env, tmp_path, tmp_path / "waiting.log")
        briefly = start([*run, "--wait-for-lock", "1"], env, tmp_path, tmp_path / "briefly.log")  # goes into the flow

        at_once = claims([*run[1:], "--wait-for-lock", "0"], env, tmp_path)
        assert at_once.returncode == runlock.SKIPPED_EXIT_CODE == 75
        assert at_once.stdout == ""
        [line] = at_once.stderr.strip().splitlines()
        assert line.startswith(f"skipped: warehouse `{db}` is in use by another run (flow run {holder['flow_run_name']}"
                               f" (pid {first.pid} on ")
        assert "without waiting (--wait-for-lock 0)" in line and "Nothing was read or written" in line

        assert briefly.wait(90) == 75
        said = (tmp_path / "briefly.log").read_text()
        assert "Traceback" not in said and f"(flow run {holder['flow_run_name']}" in said, said[-3000:]
        assert "after waiting 1 s" in said
        skipped_name = re.search(r"Flow run '([\w-]+)' - Finished in state Skipped\(", said).group(1)

        wait_for(lambda: "waiting up to 120 s for the run lock" in (tmp_path / "waiting.log").read_text(), 90,
                 "the second run to wait for the lock")
        assert waiting.poll() is None
        go.touch()
        assert first.wait(90) == 0, (tmp_path / "first.log").read_text()[-3000:]
        assert waiting.wait(90) == 0, (tmp_path / "waiting.log").read_text()[-3000:]
    finally:
        go.touch()
        stop(first)
        for proc in (waiting, briefly):
            if proc is not None:
                stop(proc)
    assert "documents_new=3" in (tmp_path / "first.log").read_text()
    assert "documents: 3 (0 new)" in (tmp_path / "waiting.log").read_text()

    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterName

    with prefect_server.client() as client:
        [skipped] = client.read_flow_runs(flow_run_filter=FlowRunFilter(name=FlowRunFilterName(any_=[skipped_name])))
    assert skipped.state.name == "Skipped" and skipped.state.is_completed()

    # The warehouse is whole: the two runs that ran, one after the other, and nothing of the two that skipped.
    assert not runlock.is_held(db)
    with wdb.connect(db) as con:  # read-write: nobody holds it any more
        runs = con.execute("select flow_run_name, status, documents_new, stored_seq from v_runs order by stored_seq"
                           ).fetchall()
        assert [r[1:] for r in runs] == [("completed", 3, 1), ("completed", 0, 2)]
        assert runs[0][0] == holder["flow_run_name"]
        assert con.execute("select count(*), count(distinct uri), max(version) from documents").fetchall() == [(3, 3, 1)]
        orphans = con.execute("""
            select (select count(*) from finding_claims where claim_id not in (select claim_id from claims)),
                   (select count(*) from finding_claims where finding_id not in (select finding_id from findings)),
                   (select count(*) from claim_matches where claim_id_a not in (select claim_id from claims)
                                                          or claim_id_b not in (select claim_id from claims)),
                   (select count(*) from claims where doc_id not in (select doc_id from documents))""").fetchall()
        assert orphans == [(0, 0, 0, 0)]
        assert con.execute("select count(*) from claims").fetchall()[0][0] > 10
        assert con.execute("select count(*) from v_new_since_last_run").fetchall() == [(0,)]
        con.execute("checkpoint")
