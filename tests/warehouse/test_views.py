"""The views for SQL users, on the hand-built warehouse, and the README's SQL examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from handmade import EVIL, F_BATCH, F_DEC, F_SCRIPT, F_TROOPS

from warehouse import db as wdb

pytestmark = pytest.mark.integration
README_VIEWS = Path(__file__).resolve().parents[2] / "README.md"


def test_v_discrepancies_has_one_row_per_discrepancy_with_spread_and_sources(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        rows = wdb.rows(con, "select * from v_discrepancies")
    [row] = rows
    assert row["finding_id"] == F_TROOPS
    assert (row["value_min"], row["value_max"], row["spread"], row["relative_spread"]) == (3000.0, 12000.0, 9000.0,
                                                                                           0.75)
    assert (row["sides"], row["claims"], row["source_count"]) == (4, 4, 4)
    assert row["sources"] == f"{EVIL.outlet}, Kyodo News, Reuters, Ukrainska Pravda"
    assert row["values_by_source"] == (f"about 3,000: Reuters | up to 10,000: {EVIL.outlet} | "
                                       "about 11,000: Ukrainska Pravda | 12,000: Kyodo News")
    assert row["origins"] == f"{EVIL.outlet}, Kyrylo Budanov, South Korea NIS"
    assert row["first_seen_run"] == "hand-r1" and row["last_seen_run"] == "hand-r2"
    assert (row["review_status"], row["reviewer"], row["changed_since_review"]) == ("needs-follow-up", "alice", True)


def test_v_agreements(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        rows = wdb.rows(con, "select finding_id, sources, claims, review_status from v_agreements")
    # Equal origins and sources: the order falls back to the finding id.
    assert rows == [
        {"finding_id": F_DEC, "sources": "Reuters, Yonhap News Agency", "claims": 2, "review_status": None},
        {"finding_id": F_BATCH, "sources": "Kyodo News, Yonhap News Agency", "claims": 2, "review_status": "confirmed"},
    ]


def test_v_source_matrix_counts_pairs_both_ways_with_zeros(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        rows = {(r["source_a"], r["source_b"]): (r["agreements"], r["discrepancies"], r["shared_findings"])
                for r in wdb.rows(con, "select * from v_source_matrix")}
    outlets = {EVIL.outlet, "Kyodo News", "Reuters", "Ukrainska Pravda", "Yonhap News Agency"}
    assert set(rows) == {(a, b) for a in outlets for b in outlets if a != b}
    assert rows[("Kyodo News", "Yonhap News Agency")] == (1, 0, 1)  # the first batch
    assert rows[("Reuters", "Yonhap News Agency")] == (1, 0, 1)  # December
    assert rows[("Kyodo News", "Ukrainska Pravda")] == (0, 1, 1)  # 12,000 vs about 11,000
    assert rows[("Ukrainska Pravda", "Kyodo News")] == (0, 1, 1)
    assert rows[("Kyodo News", "Reuters")] == (0, 1, 1)
    assert rows[(EVIL.outlet, "Yonhap News Agency")] == (0, 0, 0)


def test_v_claims_by_origin(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        rows = {r["origin"]: r for r in wdb.rows(con, "select * from v_claims_by_origin")}
    nis = rows["South Korea NIS"]
    assert (nis["claims"], nis["documents"], nis["source_count"], nis["attributed"]) == (6, 3, 3, True)
    assert (nis["in_agreements"], nis["in_discrepancies"], nis["uncorroborated"]) == (4, 2, 0)
    assert nis["sources"] == "Kyodo News, Reuters, Yonhap News Agency"
    evil = rows[EVIL.outlet]  # unattributed claims count under their outlet
    assert (evil["claims"], evil["attributed"], evil["in_discrepancies"], evil["uncorroborated"]) == (2, False, 1, 1)
    # The two-week figure belongs to no current finding any more, but it is still a claim.
    pravda = rows["Ukrainska Pravda"]
    assert (pravda["claims"], pravda["uncorroborated"]) == (1, 0)


def test_v_review_queue_holds_open_discrepancies_newest_first(make_hand_warehouse) -> None:
    wh = make_hand_warehouse(runs=2)
    with wh.connect() as con:
        # A second, unreviewed discrepancy first seen in a later run goes to the top.
        con.execute("update findings set verdict = 'discrepancy' where finding_id = ?", [F_SCRIPT])
        con.execute("update findings set first_seen_run = 'hand-r2' where finding_id = ?", [F_SCRIPT])
        queue = wdb.rows(con, "select finding_id, queue_reason from v_review_queue")
        con.execute("insert into reviews (finding_id, status, reviewer, note, reviewed_at, members_hash) "
                    "select finding_id, 'dismissed', 'eve', 'noise', now()::timestamp, members_hash "
                    "from findings where finding_id = ?", [F_SCRIPT])
        after = wdb.rows(con, "select finding_id from v_review_queue")
    assert queue == [{"finding_id": F_SCRIPT, "queue_reason": "unreviewed"},
                     {"finding_id": F_TROOPS, "queue_reason": "changed since review"}]
    assert after == [{"finding_id": F_TROOPS}]


def test_views_only_show_the_latest_run(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        current = {r[0] for r in con.execute("select finding_id from v_current_findings").fetchall()}
        members = {r[0] for r in con.execute("select distinct finding_id from v_finding_members").fetchall()}
        every = {r[0] for r in con.execute("select finding_id from findings").fetchall()}
    assert current == members == {F_TROOPS, F_BATCH, F_SCRIPT, F_DEC}
    assert every - current == {"f-weeks"}


def test_every_view_is_documented_with_an_example_that_runs(hand_warehouse) -> None:
    text = README_VIEWS.read_text(encoding="utf-8")
    with hand_warehouse.connect(read_only=True) as con:
        views = {r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
        examples = re.findall(r"```sql\n(.*?)```", text, re.S)
        for sql in examples:
            con.execute(sql).fetchall()
    for view in views:
        assert f"`{view}`" in text, f"{view} is not documented in README.md"
        assert any(view in sql for sql in examples), f"no example query uses {view}"
