"""Reviews: recorded with what the reviewer saw, kept across runs, flagged when stale."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from handmade import F_BATCH, F_TROOPS, R2_AT, run2

from warehouse import db as wdb
from warehouse.review import InvalidReviewError, UnknownFindingError, add_review, latest_reviews, review_history
from warehouse.store import save_run

pytestmark = pytest.mark.integration
CORPUS = Path(__file__).resolve().parents[2] / "sources" / "corpus"


def test_a_review_records_the_verdict_members_and_run_it_saw(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=1)
    with wh.connect() as con:
        members_hash = con.execute("select members_hash from findings where finding_id = ?",
                                   [F_TROOPS]).fetchall()[0][0]
        [first] = review_history(con, F_TROOPS)
    assert first["finding_id"] == F_TROOPS and first["status"] == "needs-follow-up" and first["reviewer"] == "alice"
    assert (first["verdict"], first["members_hash"], first["run_id"]) == ("discrepancy", members_hash, "hand-r1")
    assert first["note"] == "Ask the desk: <script>alert(1)</script> **which** figure?"


def test_reviews_survive_a_rerun_and_only_changed_findings_are_flagged(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=2)
    with wh.connect() as con:
        reviews = latest_reviews(con)
        assert reviews[F_TROOPS]["changed_since_review"] is True  # Reuters joined it in run 2
        assert reviews[F_BATCH]["changed_since_review"] is False
        save_run(con, replace(run2(), run_id="hand-r3", started_at=R2_AT.replace(hour=12)))
        again = latest_reviews(con)
    assert again == reviews  # the same reviews, the same flags, after another run


def test_a_new_review_clears_the_flag_and_history_is_kept(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=2)
    with wh.connect() as con:
        add_review(con, F_TROOPS, "confirmed", "Reuters' 3,000 is a later count; fine.", "carol",
                   datetime(2024, 10, 25, 9, 0, tzinfo=timezone.utc))
        latest = latest_reviews(con)[F_TROOPS]
        history = review_history(con, F_TROOPS)
        queue = [r["finding_id"] for r in wdb.rows(con, "select finding_id from v_review_queue")]
    assert (latest["review_status"], latest["reviewer"], latest["changed_since_review"]) == ("confirmed", "carol",
                                                                                             False)
    assert latest["review_count"] == 2 and [h["status"] for h in history] == ["needs-follow-up", "confirmed"]
    assert queue == []


def test_the_review_queue_holds_open_discrepancies(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        queue = wdb.rows(con, "select finding_id, queue_reason, review_status from v_review_queue")
    assert queue == [{"finding_id": F_TROOPS, "queue_reason": "changed since review",
                      "review_status": "needs-follow-up"}]


def test_a_finding_can_be_named_by_a_unique_prefix(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=1)
    with wh.connect() as con:
        assert add_review(con, "f-tro", "dismissed", "dup", "dan").finding_id == F_TROOPS
        with pytest.raises(UnknownFindingError, match="no finding `f-`"):
            add_review(con, "f-", "dismissed", "x")  # shorter than 4 characters: not taken as a prefix
        con.execute("insert into findings (finding_id, verdict) values ('f-troops-2', 'agreement')")
        with pytest.raises(UnknownFindingError, match="ambiguous; it starts 2 ids"):
            add_review(con, "f-tro", "dismissed", "x")


def test_invalid_reviews_are_refused_with_a_reason(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=1)
    with wh.connect() as con:
        n = con.execute("select count(*) from reviews").fetchall()[0][0]
        with pytest.raises(InvalidReviewError, match="confirmed, dismissed, needs-follow-up"):
            add_review(con, F_TROOPS, "approved", "x")
        with pytest.raises(UnknownFindingError, match="no finding `nope0000`"):
            add_review(con, "nope0000", "confirmed", "x")
        assert con.execute("select count(*) from reviews").fetchall()[0][0] == n


@pytest.mark.e2e
@pytest.mark.usefixtures("prefect_harness")
def test_a_review_survives_a_rerun_of_the_flow(tmp_path) -> None:
    from prefect.artifacts import Artifact

    from flows.pipeline import DISCREPANCIES_ARTIFACT_KEY, REPORT_ARTIFACT_KEY, reconcile_coverage

    db, reports = tmp_path / "w.duckdb", tmp_path / "reports"
    first = reconcile_coverage(sources=[str(CORPUS)], db=str(db), report_dir=str(reports))
    with wdb.connect(db) as con:
        tables = ["documents", "claims", "claim_matches", "findings", "finding_claims", "links"]
        before = {t: con.execute(f"select count(*) from {t}").fetchall()[0][0] for t in tables}
        reviewed = con.execute("select finding_id from v_current_findings "
                               "order by verdict = 'discrepancy' desc, finding_id limit 1").fetchall()[0][0]
        add_review(con, reviewed, "confirmed", "checked by the e2e test", "e2e")
    second = reconcile_coverage(sources=[str(CORPUS)], db=str(db), report_dir=str(reports))

    with wdb.connect(db, read_only=True) as con:
        after = {t: con.execute(f"select count(*) from {t}").fetchall()[0][0] for t in tables}
        review = wdb.rows(con, "select review_status, reviewer, changed_since_review from v_finding_reviews "
                               "where finding_id = ?", [reviewed])
        runs = wdb.rows(con, "select * from v_runs order by stored_seq")
        new = con.execute("select count(*) from v_new_since_last_run").fetchall()[0][0]
    assert after == before  # idempotent: nothing added but the run's own rows
    assert review == [{"review_status": "confirmed", "reviewer": "e2e", "changed_since_review": False}]
    assert new == 0
    assert [r["run_id"] for r in runs] == [first.run_id, second.run_id]
    for r in runs:
        assert r["status"] == "completed" and r["flow_run_id"] and r["flow_run_name"]
        assert r["config_hash"] and r["version"] and r["finished_at"] >= r["started_at"]
    assert runs[1]["documents_new"] == 0 and runs[0]["documents_new"] == runs[0]["documents_seen"] > 0
    assert (reports / f"report-{second.run_id}.md").exists() and (reports / f"report-{second.run_id}.html").exists()
    assert (reports / "latest.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    report = Artifact.get(REPORT_ARTIFACT_KEY)
    table = Artifact.get(DISCREPANCIES_ARTIFACT_KEY)
    assert report is not None and report.type == "markdown" and "# Claim reconciliation report" in report.data
    assert table is not None and table.type == "table"
