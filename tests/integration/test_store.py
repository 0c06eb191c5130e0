"""The warehouse on a real DuckDB file: migrations, one-transaction writes, idempotence, locks."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from reconcile.claims import extract_claims
from reconcile.findings import reconcile
from reconcile.model import RunRecord, SourceInfo
from warehouse import db as wdb
from warehouse.store import MatchSpool, load_state, match_spool_folder, save_run

pytestmark = pytest.mark.integration
NOW = datetime(2024, 10, 25, tzinfo=timezone.utc)


def record(corpus_docs, aliases, run_id: str) -> RunRecord:
    docs = list(corpus_docs.values())
    claims = [c for d in docs for c in extract_claims(d, aliases)]
    sources = {d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in docs}
    matches, findings = reconcile(claims, sources)
    return RunRecord(run_id, NOW, NOW, tuple(docs), tuple(claims), (), tuple(matches), tuple(findings), ())


def counts(con) -> dict[str, int]:
    tables = ["documents", "claims", "claim_matches", "findings", "finding_claims", "runs"]
    return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


def test_migrations_apply_once_and_detect_drift(tmp_path) -> None:
    with wdb.connect(tmp_path / "w.duckdb") as con:
        applied = wdb.apply_migrations(con)
        assert applied[0] == "0001_initial.sql" and applied == sorted(applied)  # later ones: tests/warehouse/
        assert wdb.apply_migrations(con) == []
        con.execute("update _migrations set sha256 = 'edited'")
        with pytest.raises(wdb.SchemaDriftError, match="0001_initial.sql"):
            wdb.apply_migrations(con)


def test_a_second_identical_run_adds_no_rows(tmp_path, corpus_docs, aliases) -> None:
    path = tmp_path / "w.duckdb"
    with wdb.connect(path) as con:
        wdb.apply_migrations(con)
        save_run(con, record(corpus_docs, aliases, "r1"))
        first = counts(con)
        save_run(con, record(corpus_docs, aliases, "r2"))
        second = counts(con)
        state = load_state(con)
    assert first["documents"] == len(corpus_docs)
    assert {k: v for k, v in second.items() if k != "runs"} == {k: v for k, v in first.items() if k != "runs"}
    assert second["runs"] == 2
    assert len(state.claims) == first["claims"]


def test_quotes_are_text_spans_in_the_warehouse(tmp_path, corpus_docs, aliases) -> None:
    with wdb.connect(tmp_path / "w.duckdb") as con:
        wdb.apply_migrations(con)
        save_run(con, record(corpus_docs, aliases, "r1"))
        bad = con.execute("select count(*) from claims c join documents d using (doc_id) "
                          "where substring(d.text, c.start_char + 1, c.end_char - c.start_char) <> c.quote"
                          ).fetchone()[0]
    assert bad == 0


def test_a_failed_write_leaves_the_previous_state(tmp_path, corpus_docs, aliases) -> None:
    path = tmp_path / "w.duckdb"
    with wdb.connect(path) as con:
        wdb.apply_migrations(con)
        save_run(con, record(corpus_docs, aliases, "r1"))
        before = counts(con)
        broken = record(corpus_docs, aliases, "r1")  # same run id: the runs insert fails last
        with pytest.raises(Exception):
            save_run(con, broken)
        assert counts(con) == before


def test_a_second_process_gets_a_clear_lock_message(tmp_path) -> None:
    path = tmp_path / "w.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(path)!r}); "
                               "print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(wdb.WarehouseLockedError) as info:
            wdb.connect(path, read_only=True)
        assert "PID" in str(info.value) and "wait" in str(info.value)
    finally:
        holder.kill()
        holder.wait()


def test_matches_spooled_in_batches_are_stored_as_one_table_would_be(corpus_docs, aliases, tmp_path) -> None:
    whole = record(corpus_docs, aliases, "r-whole")
    spool = MatchSpool(match_spool_folder(tmp_path / "spooled.duckdb"))
    for i in range(0, len(whole.matches), 50):
        spool.add(list(whole.matches[i : i + 50]))
    spooled = replace(whole, run_id="r-spooled", matches=spool)
    stored = {}
    for name, rec in (("whole", whole), ("spooled", spooled)):
        with wdb.connect(tmp_path / f"{name}.duckdb") as con:
            wdb.apply_migrations(con)
            save_run(con, rec)
            stored[name] = con.execute("select * exclude (run_id) from claim_matches").fetchall()
            assert counts(con)["runs"] == 1
    assert len(spool.files) > 2 and len(spool) == len(whole.matches) > 100
    assert stored["spooled"] == stored["whole"]  # same rows, in the same order
    spool.remove()
    assert not spool.folder.exists()
