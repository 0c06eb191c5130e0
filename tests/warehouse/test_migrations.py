"""Migrations: the committed 0001-era warehouse upgrades in place, with nothing lost."""

from __future__ import annotations

import hashlib
from pathlib import Path
from importlib.resources import files

import duckdb
import pytest
from handmade import run1

from warehouse import db as wdb
from warehouse.store import save_run

pytestmark = pytest.mark.integration
LATER = sorted(p.name for p in (Path(__file__).resolve().parents[2] / "warehouse" / "migrations").glob("*.sql")
               if p.name != "0001_initial.sql")
VIEWS = ["v_runs", "v_latest_run", "v_current_findings", "v_finding_reviews", "v_finding_members", "v_discrepancies",
         "v_agreements", "v_source_matrix", "v_claims_by_origin", "v_review_queue", "v_new_since_last_run",
         "v_resolved_since_last_run"]


def snapshot(con: duckdb.DuckDBPyConnection, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Every row of every table, in the given columns, sorted."""
    out = {}
    for table, cols in columns.items():
        out[table] = con.execute(f"select {', '.join(cols)} from {table} order by all").fetchall()
    return out


def table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    tables = [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_type = 'BASE TABLE' order by 1").fetchall()]
    return {t: [r[0] for r in con.execute(
        "select column_name from information_schema.columns where table_name = ? order by ordinal_position",
        [t]).fetchall()] for t in tables}


def test_the_fixture_was_written_by_schema_0001_as_shipped(old_warehouse) -> None:
    shipped = files("warehouse").joinpath("migrations/0001_initial.sql").read_text(encoding="utf-8")
    with wdb.connect(old_warehouse, read_only=True) as con:
        recorded = con.execute("select name, sha256 from _migrations").fetchall()
        assert wdb.pending_migrations(con) == LATER
    assert recorded == [("0001_initial.sql", hashlib.sha256(shipped.encode("utf-8")).hexdigest())]


def test_upgrade_in_place_keeps_every_row(old_warehouse) -> None:
    with wdb.connect(old_warehouse, read_only=True) as con:
        columns = table_columns(con)
        before = snapshot(con, columns)
    assert all(before[t] for t in ("documents", "links", "claims", "claim_matches", "findings", "finding_claims",
                                   "runs", "ingest_errors", "reviews")), "the fixture should have rows everywhere"
    with wdb.connect(old_warehouse) as con:
        assert wdb.apply_migrations(con) == LATER
        assert wdb.apply_migrations(con) == []
        after = snapshot(con, {t: c for t, c in columns.items() if t != "_migrations"})
        names = [r[0] for r in con.execute("select name from _migrations order by name").fetchall()]
    assert after == {t: rows for t, rows in before.items() if t != "_migrations"}
    assert names == ["0001_initial.sql", *LATER]


def test_upgrade_backfills_run_history_and_makes_every_view_queryable(old_warehouse) -> None:
    with wdb.connect(old_warehouse) as con:
        wdb.apply_migrations(con)
        assert con.execute("select run_id, stored_seq from runs order by 1").fetchall() == [
            ("fixture-r1", 1), ("fixture-r2", 2)]
        per_run = dict(con.execute("select run_id, count(*) from finding_runs group by 1").fetchall())
        expected = dict(con.execute(
            "select r.run_id, count(*) from findings f join runs r "
            "on r.run_id in (f.first_seen_run, f.last_seen_run) group by 1").fetchall())
        assert per_run == expected
        assert con.execute("select bool_and(backfilled) from finding_runs").fetchall() == [(True,)]
        for view in VIEWS:
            con.execute(f"select * from {view}").fetchall()
        new = {r[0] for r in con.execute("select finding_id from v_new_since_last_run").fetchall()}
        first_seen_in_r2 = {r[0] for r in con.execute(
            "select finding_id from findings where first_seen_run = 'fixture-r2'").fetchall()}
        assert new == first_seen_in_r2 and new
        resolved = con.execute("select finding_id, change from v_resolved_since_last_run").fetchall()
        gone = con.execute("select finding_id from findings where last_seen_run = 'fixture-r1'").fetchall()
        assert resolved == [(gone[0][0], "no longer found")]


def test_a_review_made_under_0001_is_kept_and_flagged_when_its_finding_changed(old_warehouse) -> None:
    with wdb.connect(old_warehouse) as con:
        wdb.apply_migrations(con)
        rows = con.execute("select finding_id, review_status, reviewer, changed_since_review, reviewed_verdict "
                           "from v_finding_reviews").fetchall()
    # The fixture's reviewer saw this finding in run 1; run 2 added members to it.
    [(finding_id, status, reviewer, changed, reviewed_verdict)] = rows
    assert (status, reviewer, changed, reviewed_verdict) == ("needs-follow-up", "fixture-reviewer", True, None)


def test_an_upgraded_warehouse_takes_new_runs(old_warehouse) -> None:
    with wdb.connect(old_warehouse) as con:
        wdb.apply_migrations(con)
        documents = con.execute("select count(*) from documents").fetchall()[0][0]
        save_run(con, run1())
        assert con.execute("select stored_seq, previous_run_id from v_runs where run_id = 'hand-r1'").fetchall() == [
            (3, "fixture-r2")]
        assert con.execute("select count(*) from documents").fetchall()[0][0] == documents + 4
        assert con.execute("select bool_or(backfilled) from finding_runs where run_id = 'hand-r1'").fetchall() == [
            (False,)]
        # Every finding of fixture-r2 is gone from the new run: all resolved, none lost from `findings`.
        resolved = con.execute("select count(*) from v_resolved_since_last_run").fetchall()[0][0]
        assert resolved == con.execute("select count(*) from finding_runs where run_id = 'fixture-r2'").fetchall()[0][0]


def test_a_failing_migration_is_rolled_back_whole(tmp_path) -> None:
    shipped = [(name, sql) for name, sql in wdb._migration_files()]
    broken = [*shipped, ("0099_broken.sql", "create table half_done (a integer);\nselect * from no_such_table;")]
    with wdb.connect(tmp_path / "w.duckdb") as con:
        with pytest.raises(wdb.MigrationFailedError, match="0099_broken.sql.*rolled back"):
            wdb.apply_migrations(con, broken)
        assert con.execute("select count(*) from information_schema.tables where table_name = 'half_done'"
                           ).fetchall() == [(0,)]
        assert [r[0] for r in con.execute("select name from _migrations order by 1").fetchall()] == [
            n for n, _ in shipped]


def test_an_edited_later_migration_is_refused(tmp_path) -> None:
    with wdb.connect(tmp_path / "w.duckdb") as con:
        wdb.apply_migrations(con)
        con.execute("update _migrations set sha256 = 'edited' where name = '0004_views.sql'")
        with pytest.raises(wdb.SchemaDriftError, match="0004_views.sql"):
            wdb.apply_migrations(con)


def test_readers_are_told_to_migrate(old_warehouse) -> None:
    with wdb.connect(old_warehouse, read_only=True) as con:
        with pytest.raises(wdb.NeedsMigrationError, match="claims migrate --db"):
            wdb.require_current_schema(con, old_warehouse)
