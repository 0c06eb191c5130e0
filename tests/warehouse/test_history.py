"""Runs and history: what a run records, idempotent re-runs, versions, new and resolved findings."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from handmade import EVIL, F_DEC, F_TROOPS, F_WEEKS, KYODO, R2_AT, run1, run2

from warehouse import db as wdb
from warehouse.store import load_state, record_failed_run, save_run

pytestmark = pytest.mark.integration
STATE_TABLES = ["documents", "links", "claims", "claim_matches", "findings", "finding_claims", "reviews"]


def counts(con, tables=STATE_TABLES) -> dict[str, int]:
    return {t: con.execute(f"select count(*) from {t}").fetchall()[0][0] for t in tables}


def test_a_run_is_recorded_with_its_flow_run_status_counts_config_and_version(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        rows = wdb.rows(con, "select * from v_runs order by stored_seq")
    assert [r["run_id"] for r in rows] == ["hand-r1", "hand-r2"]
    r2 = rows[1]
    assert r2["flow_run_id"] == "00000000-0000-4000-8000-000000000002" and r2["flow_run_name"] == "hand-made-two"
    assert r2["status"] == "completed" and r2["config_hash"] == "cafe01" and r2["version"] == "0.1.0"
    assert r2["started_at"] < r2["finished_at"] and r2["duration_s"] == 60.0
    assert r2["previous_run_id"] == "hand-r1" and rows[0]["previous_run_id"] is None
    assert (r2["documents_seen"], r2["documents_new"], r2["findings"], r2["discrepancies"], r2["errors"]) == (
        5, 1, 4, 1, 1)
    assert json.loads(r2["counts"])["findings_agreement"] == 2


def test_a_second_identical_run_adds_only_its_run_rows(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=2)
    with wh.connect() as con:
        before = counts(con)
        history = counts(con, ["finding_runs"])["finding_runs"]
        save_run(con, replace(run2(), run_id="hand-r3", started_at=R2_AT.replace(hour=10),
                              finished_at=R2_AT.replace(hour=10, minute=1)))
        assert counts(con) == before
        assert counts(con, ["finding_runs"])["finding_runs"] == history + 4  # one row per current finding
        assert con.execute("select count(*) from v_new_since_last_run").fetchall() == [(0,)]
        assert con.execute("select count(*) from v_resolved_since_last_run").fetchall() == [(0,)]
        assert con.execute("select first_seen_run, last_seen_run from findings where finding_id = ?",
                           [F_TROOPS]).fetchall() == [("hand-r1", "hand-r3")]


def test_a_changed_document_becomes_a_new_version_and_the_old_one_stays(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=1)
    edited = replace(KYODO, text=KYODO.text + " Officials declined to comment.")
    record = replace(run1(), run_id="hand-r1b", documents=(edited, *run1().documents[1:]), claims=())
    with wh.connect() as con:
        save_run(con, record)
        versions = con.execute("select version, content_hash from documents where uri = ? order by version",
                               [KYODO.uri]).fetchall()
        state = load_state(con)
    assert [v for v, _ in versions] == [1, 2]
    assert versions[0][1] == KYODO.content_hash and versions[1][1] == edited.content_hash
    assert state.latest[KYODO.uri][0] == edited.doc_id


def test_new_and_resolved_since_any_run_are_named_queries(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        new = wdb.run_query(con, "new_since", run="hand-r2", since="hand-r1")
        resolved = wdb.run_query(con, "resolved_since", run="hand-r2", since="hand-r1")
        view_new = wdb.rows(con, "select finding_id, verdict, previous_verdict, change from v_new_since_last_run")
        view_resolved = wdb.rows(con, "select finding_id, previous_verdict, verdict, change "
                                      "from v_resolved_since_last_run")
        first = wdb.run_query(con, "new_since", run="hand-r1", since=None)
    assert [(r["finding_id"], r["verdict"], r["previous_verdict"], r["change"]) for r in new] == [
        (F_DEC, "agreement", "uncorroborated", "verdict changed")]
    assert [(r["finding_id"], r["previous_verdict"], r["change"]) for r in resolved] == [
        (F_WEEKS, "uncorroborated", "no longer found")]
    assert [tuple(r.values()) for r in view_new] == [(F_DEC, "agreement", "uncorroborated", "verdict changed")]
    assert [tuple(r.values()) for r in view_resolved] == [(F_WEEKS, "uncorroborated", None, "no longer found")]
    assert len(first) == 5 and {r["change"] for r in first} == {"new"}


def test_a_discrepancy_that_is_no_longer_one_counts_as_resolved(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=2)
    settled = [replace(f, verdict="agreement") if f.finding_id == F_TROOPS else f for f in run2().findings]
    with wh.connect() as con:
        save_run(con, replace(run2(), run_id="hand-r3", started_at=R2_AT.replace(hour=11), findings=tuple(settled)))
        resolved = wdb.rows(con, "select finding_id, previous_verdict, verdict, change from v_resolved_since_last_run")
        new = wdb.rows(con, "select finding_id, verdict, change from v_new_since_last_run")
    assert resolved == [{"finding_id": F_TROOPS, "previous_verdict": "discrepancy", "verdict": "agreement",
                         "change": "no longer a discrepancy"}]
    assert new == [{"finding_id": F_TROOPS, "verdict": "agreement", "change": "verdict changed"}]


def test_a_failed_run_is_recorded_without_touching_the_current_state(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=2)
    with wh.connect() as con:
        before = counts(con, [*STATE_TABLES, "finding_runs"])
        failed = replace(run2(), run_id="hand-r3", documents=(), claims=(), findings=(), errors=(), status="failed")
        record_failed_run(con, failed, "ValueError: the disk is full", flow_run_name="hand-made-three")
        assert counts(con, [*STATE_TABLES, "finding_runs"]) == before
        row = wdb.rows(con, "select status, stored_seq, error, flow_run_name from v_runs where run_id = 'hand-r3'")
        assert row == [{"status": "failed", "stored_seq": None, "error": "ValueError: the disk is full",
                        "flow_run_name": "hand-made-three"}]
        # The latest stored run is still the last successful one.
        assert wdb.run_query(con, "latest_run") == [{"run_id": "hand-r2", "previous_run_id": "hand-r1"}]
        # A stored run that fails afterwards (say, in its report) keeps its status and gains the error.
        record_failed_run(con, replace(failed, run_id="hand-r2"), "OSError: reports/ is read-only")
        assert wdb.rows(con, "select status, error from runs where run_id = 'hand-r2'") == [
            {"status": "completed", "error": "OSError: reports/ is read-only"}]


def test_untrusted_text_is_stored_verbatim(hand_warehouse) -> None:
    # Escaping is the reports' job; the warehouse keeps what the source said.
    with hand_warehouse.connect(read_only=True) as con:
        assert con.execute("select outlet, title from documents where doc_id = ?", [EVIL.doc_id]).fetchall() == [
            (EVIL.outlet, EVIL.title)]
