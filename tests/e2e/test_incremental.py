"""Scheduled runs are incremental: unchanged documents are not extracted again, a changed one is,
the findings follow, and "new since last run" says what changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warehouse import db as wdb

CORPUS = Path(__file__).resolve().parents[2] / "sources" / "corpus"
CHANGED = "yonhap-2024-10-23-nis-3000-troops.md"

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]


def test_only_new_or_changed_documents_are_extracted_and_new_since_last_run_is_filled(tmp_path, monkeypatch) -> None:
    from flows import pipeline

    extracted: list[str] = []  # the documents the last run extracted
    real_extract_batch = pipeline.extract_batch

    def spy(documents, *args):
        extracted.extend(Path(d.uri).name for d in documents)
        return real_extract_batch(documents, *args)

    monkeypatch.setattr(pipeline, "extract_batch", spy)
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    db = tmp_path / "w.duckdb"

    def run() -> pipeline.RunSummary:
        extracted.clear()
        return pipeline.reconcile_coverage(sources=[str(corpus)], db=str(db), report_dir=str(tmp_path / "reports"))

    def query(sql: str) -> list[tuple]:
        with wdb.connect(db, read_only=True) as con:
            return con.execute(sql).fetchall()

    first = run()
    assert len(extracted) == 13 and first.documents_new == 13
    assert query("select count(*) from v_new_since_last_run")[0][0] == len(query("select * from findings"))

    findings_before = query("select finding_id, verdict, members_hash from findings order by 1")
    second = run()
    assert extracted == [] and second.documents_new == 0
    assert query("select finding_id, verdict, members_hash from findings order by 1") == findings_before
    assert query("select count(*) from v_new_since_last_run") == [(0,)]

    path = corpus / CHANGED
    text = path.read_text(encoding="utf-8")
    assert "to around 3,000" in text
    path.write_text(text.replace("to around 3,000", "to around 4,500"), encoding="utf-8")
    third = run()
    assert extracted == [CHANGED] and third.documents_new == 1
    assert query(f"select max(version) from documents where uri like '%{CHANGED}'") == [(2,)]
    assert query("select documents_new, status from v_runs order by started_at") == [
        (13, "completed"), (0, "completed"), (1, "completed")]
    new_version_claims = {r[0] for r in query(
        f"select c.claim_id from claims c join documents d using (doc_id) where d.uri like '%{CHANGED}' and d.version = 2")}
    changed = query("""select n.finding_id, n.change, list(fc.claim_id) from v_new_since_last_run n
                       join finding_claims fc using (finding_id) group by all""")
    assert changed, "the changed figure must show up in v_new_since_last_run"
    assert any(new_version_claims & set(claims) for _, _, claims in changed)
    assert query("select count(*) from claims where value = 4500") >= [(1,)]
    # the current findings now hold the changed document's new claims, never its old ones
    old_version_claims = {r[0] for r in query(
        f"select c.claim_id from claims c join documents d using (doc_id) where d.uri like '%{CHANGED}' and d.version = 1")}
    current = {r[0] for r in query("select claim_id from finding_claims")}
    assert new_version_claims <= current and not (old_version_claims & current)
