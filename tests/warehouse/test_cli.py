"""The `claims` commands of the warehouse: migrate, review, report, export, sql; and the lock message."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from handmade import F_BATCH, F_TROOPS

from flows.cli import cli
from warehouse import db as wdb
from warehouse.report import render_markdown

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def claims(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_migrate_upgrades_an_old_warehouse_and_says_so(old_warehouse) -> None:
    newer = sorted(p.name for p in (ROOT / "warehouse" / "migrations").glob("*.sql") if p.name != "0001_initial.sql")
    assert newer[:3] == ["0002_run_history.sql", "0003_review_context.sql", "0004_views.sql"]
    dry = claims("migrate", "--db", str(old_warehouse), "--dry-run")
    assert dry.exit_code == 0 and dry.stdout.splitlines() == [f"pending {name}" for name in newer]
    first = claims("migrate", "--db", str(old_warehouse))
    assert first.exit_code == 0 and first.stdout.splitlines() == [f"applied {name}" for name in newer]
    again = claims("migrate", "--db", str(old_warehouse))
    assert again.exit_code == 0 and again.stdout == "up to date\n"


def test_readers_of_an_old_warehouse_are_told_to_migrate(old_warehouse) -> None:
    result = claims("report", "--db", str(old_warehouse))
    assert result.exit_code == 1
    assert f"run `claims migrate --db {old_warehouse}` first" in result.stderr
    # sql still reads the old tables, with a note
    sql = claims("sql", "select count(*) as n from runs", "--db", str(old_warehouse))
    assert sql.exit_code == 0 and "2" in sql.stdout and "claims migrate" in sql.stderr


def test_review_records_a_decision(hand_warehouse) -> None:
    result = claims("review", "f-first", "--status", "dismissed", "--note", "duplicate wire copy",
                    "--reviewer", "zoe", "--db", str(hand_warehouse.path))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"dismissed: finding {F_BATCH} (agreement) North Korea troops")
    assert "reviewed by zoe at" in result.stdout
    with hand_warehouse.connect(read_only=True) as con:
        assert con.execute("select review_status, reviewer, review_note from v_finding_reviews where finding_id = ?",
                           [F_BATCH]).fetchall() == [("dismissed", "zoe", "duplicate wire copy")]


def test_review_defaults_the_reviewer_and_refuses_bad_input(hand_warehouse) -> None:
    db = str(hand_warehouse.path)
    ok = claims("review", F_TROOPS, "--status", "confirmed", "--note", "ok", "--db", db,
                env={"CLAIMS_REVIEWER": "env-reviewer"})
    assert ok.exit_code == 0 and "reviewed by env-reviewer" in ok.stdout
    unknown = claims("review", "zzzz9999", "--status", "confirmed", "--note", "x", "--db", db)
    assert unknown.exit_code == 1 and "no finding `zzzz9999`" in unknown.stderr
    bad = claims("review", F_TROOPS, "--status", "approved", "--note", "x", "--db", db)
    assert bad.exit_code == 2 and "'approved' is not one of" in bad.stderr
    no_note = claims("review", F_TROOPS, "--status", "confirmed", "--db", db)
    assert no_note.exit_code == 2 and "--note" in no_note.stderr


def test_report_goes_to_stdout_or_a_file(hand_warehouse, tmp_path) -> None:
    db = str(hand_warehouse.path)
    md = claims("report", "--db", db)
    assert md.exit_code == 0
    with hand_warehouse.connect(read_only=True) as con:
        assert md.stdout == render_markdown(con)
    out = tmp_path / "out" / "report.html"
    html = claims("report", "--db", db, "--format", "html", "--output", str(out))
    assert html.exit_code == 0 and html.stdout == "" and f"wrote {out}" in html.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    since = claims("report", "--db", db, "--since", "hand-r2")
    assert since.exit_code == 0 and "Compared with run `hand-r2`" in since.stdout
    unknown = claims("report", "--db", db, "--since", "nope")
    assert unknown.exit_code == 1
    assert "no stored run `nope`" in unknown.stderr and "`hand-r2`, `hand-r1`" in unknown.stderr
    ambiguous = claims("report", "--db", db, "--since", "hand-r")
    assert ambiguous.exit_code == 1 and "ambiguous" in ambiguous.stderr


def test_export_writes_every_table_and_view_as_parquet(hand_warehouse, tmp_path) -> None:
    out = tmp_path / "parquet"
    result = claims("export", "--parquet", str(out), "--db", str(hand_warehouse.path))
    assert result.exit_code == 0, result.output
    with hand_warehouse.connect(read_only=True) as con:
        relations = {r["name"]: r["kind"] for r in wdb.run_query(con, "relations")}
        expected = {name: con.execute(f"select count(*) from {name}").fetchall()[0][0] for name in relations}
    assert {p.stem for p in out.glob("*.parquet")} == set(relations)
    assert {"documents", "claims", "findings", "reviews", "runs", "v_discrepancies", "v_source_matrix",
            "v_review_queue"} <= set(relations)
    reader = duckdb.connect()
    for name, rows in expected.items():
        assert reader.execute(f"select count(*) from read_parquet('{out / name}.parquet')").fetchall()[0][0] == rows
    assert reader.execute(f"select values_by_source from read_parquet('{out}/v_discrepancies.parquet')"
                          ).fetchall()[0][0].startswith("about 3,000: Reuters")
    assert result.stdout.strip().endswith(f"{len(relations)} files in {out}")


def test_sql_prints_every_row_as_a_table(hand_warehouse) -> None:
    db = str(hand_warehouse.path)
    result = claims("sql", "select i, 'row ' || i as label, i * 1.5 as x from range(45) t(i)", "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["i", "label", "x"] and set(lines[1].replace(" ", "")) == {"-"}
    assert len(lines) == 2 + 45 + 1 and lines[-1] == "(45 rows)"
    assert lines[2 + 44].split() == ["44", "row", "44", "66.0"]
    assert lines[3].startswith(" 1  row 1")  # numbers right-aligned
    long = claims("sql", "select text from documents order by doc_id limit 1", "--db", db, "--max-width", "20")
    assert all(len(line) <= 20 for line in long.stdout.splitlines()[2:-1])


def test_sql_formats_and_is_read_only(hand_warehouse) -> None:
    db = str(hand_warehouse.path)
    csv = claims("sql", "select finding_id, verdict from v_current_findings order by 1", "--db", db,
                 "--format", "csv")
    assert csv.stdout.splitlines()[0] == "finding_id,verdict" and len(csv.stdout.splitlines()) == 5
    js = claims("sql", "select run_id, started_at from runs order by 1", "--db", db, "--format", "json")
    assert [json.loads(line) for line in js.stdout.splitlines()] == [
        {"run_id": "hand-r1", "started_at": "2024-10-20T09:00:00"},
        {"run_id": "hand-r2", "started_at": "2024-10-24T09:00:00"}]
    write = claims("sql", "delete from reviews", "--db", db)
    assert write.exit_code == 1 and "read-only" in write.stderr
    bad = claims("sql", "select * from no_such_view", "--db", db)
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: query failed:") and "no_such_view" in bad.stderr
    with hand_warehouse.connect(read_only=True) as con:
        assert con.execute("select count(*) from reviews").fetchall()[0][0] == 2


def test_commands_default_to_the_same_warehouse_as_claims_run(hand_warehouse, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(hand_warehouse.path, tmp_path / "warehouse.duckdb")
    assert "(1 row)" in claims("sql", "select 1 from v_latest_run").stdout
    env_db = tmp_path / "elsewhere.duckdb"
    shutil.copyfile(hand_warehouse.path, env_db)
    claims("review", F_TROOPS, "--status", "confirmed", "--note", "via env", env={"CLAIMS_DB": str(env_db)})
    with wdb.connect(env_db, read_only=True) as con:
        assert con.execute("select count(*) from reviews where note = 'via env'").fetchall() == [(1,)]
    missing = claims("report", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 1 and "no such file; run `claims run` first" in missing.stderr


@pytest.fixture
def locked_warehouse(hand_warehouse):
    """The hand-built warehouse, held open for writing by another process (as `claims run` would)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(hand_warehouse.path)!r}); "
                               "print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield hand_warehouse.path, holder.pid
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("args", [
    ["sql", "select 1"],
    ["migrate"],
    ["migrate", "--dry-run"],
    ["review", F_TROOPS, "--status", "confirmed", "--note", "x"],
    ["report"],
    ["report", "--format", "html"],
    ["export", "--parquet", "OUT"],
    ["run", "--source", "NOWHERE"],
], ids=lambda a: " ".join(a[:2]))
def test_every_command_names_the_lock_holder_without_a_traceback(locked_warehouse, tmp_path, args) -> None:
    path, pid = locked_warehouse
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    result = CliRunner().invoke(cli, [*args, "--db", str(path)])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"Error: warehouse `{path}` is locked by another process")
    assert f"PID {pid}" in result.stderr and "wait for that run to finish" in result.stderr
    assert "Traceback" not in result.output and not isinstance(result.exception, duckdb.Error)


def test_the_lock_message_in_a_real_process(locked_warehouse) -> None:
    path, pid = locked_warehouse
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "flows", "report", "--db", str(path)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]  # one line
    assert "is locked by another process" in proc.stderr and f"PID {pid}" in proc.stderr
