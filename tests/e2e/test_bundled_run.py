"""The foundation's acceptance, end to end: the Prefect flow on the bundled corpus into a real DuckDB file."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.pipeline import reconcile_coverage

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]

TABLES = ["documents", "links", "claims", "claim_matches", "findings", "finding_claims", "ingest_errors"]
SEED_HEADLINES = [
    "NATO calls North Korean troop dispatch in Ukraine major \u201cescalation\u201d",
    "North Korea to send 12,000 troops to help Russia in Ukraine war: report",
    "G7 defense chiefs oppose status quo change in East, South China seas",
]


@pytest.fixture(scope="module")
def run(tmp_path_factory, prefect_harness):
    tmp = tmp_path_factory.mktemp("bundled")
    db = tmp / "warehouse.duckdb"
    summary = reconcile_coverage(db=str(db), report_dir=str(tmp / "reports"))
    return summary, db


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_run_reports_documents_claims_and_verdicts(run) -> None:
    summary, _ = run
    assert summary.documents == 13 and summary.claims > 100
    assert summary.findings_by_verdict.get("discrepancy", 0) >= 1
    assert summary.findings_by_verdict.get("agreement", 0) >= 1
    assert summary.exit_code == 0 and not summary.errors


def test_troops_in_russia_that_week_are_one_discrepancy(run) -> None:
    _, db = run
    rows = query(db, """
        select f.finding_id, list(c.value order by c.claim_id), list(d.uri order by c.claim_id)
        from findings f join finding_claims fc using (finding_id) join claims c using (claim_id)
        join documents d using (doc_id)
        where f.verdict = 'discrepancy' and c.kind = 'numeric' and c.modality = 'actual'
        group by f.finding_id""")
    holding = [r for r in rows if {1500, 11000, 12000} <= set(r[1])]
    assert len(holding) == 1, rows
    _, values, uris = holding[0]
    twelve = [u for v, u in zip(values, uris, strict=True) if v == 12000]
    assert any("ap-2024-10-18" in u for u in twelve), "AP's 'dispatched 12,000' sits in the finding"


def test_first_batch_is_not_a_discrepancy_with_the_planned_total(run) -> None:
    _, db = run
    mixed = query(db, """
        select f.finding_id from findings f join finding_claims fc using (finding_id) join claims c using (claim_id)
        group by f.finding_id
        having bool_or(c.scope = 'first_batch') and bool_or(c.modality = 'planned' and c.value = 12000)""")
    assert mixed == []


def test_the_seed_headlines_resolve_to_their_documents(run) -> None:
    _, db = run
    rows = query(db, """
        select l.anchor_text, d.title, l.score, l.resolved_by from links l
        join documents s on s.doc_id = l.from_doc_id join documents d on d.doc_id = l.to_doc_id
        where s.uri like '%kyodo-2024-10-22-matsuda.txt'""")
    assert sorted(r[0] for r in rows) == sorted(SEED_HEADLINES)
    for anchor, title, score, method in rows:
        assert title == anchor and method == "headline-fuzzy" and score >= 90


def test_every_quote_is_its_span_of_the_document(run) -> None:
    _, db = run
    bad = query(db, """
        select count(*) from claims c join documents d using (doc_id)
        where substring(d.text, c.start_char + 1, c.end_char - c.start_char) <> c.quote""")
    assert bad == [(0,)]


def test_report_names_values_sources_and_quotes(run) -> None:
    summary, _ = run
    text = Path(summary.report).read_text(encoding="utf-8")
    assert "## Discrepancies" in text and "## Agreements" in text and "## Uncorroborated claims" in text
    assert "about 11,000" in text and "Associated Press" in text and "2024-10-18" in text


def test_a_second_run_adds_no_rows(run) -> None:
    _, db = run
    before = {t: query(db, f"select count(*) from {t}")[0][0] for t in TABLES}
    again = reconcile_coverage(db=str(db), report_dir=str(db.parent / "reports"))
    after = {t: query(db, f"select count(*) from {t}")[0][0] for t in TABLES}
    assert after == before
    assert again.documents_new == 0
    assert query(db, "select count(*) from runs")[0][0] == 2


def test_quality_on_the_gold_stays_above_its_floors(run) -> None:
    """The bundled gold, scored the way the external evaluation scores (reconcile/evaluate.py)."""
    import json

    from flows.evaluate import evaluate_warehouse

    _, db = run
    root = Path(__file__).resolve().parents[2]
    floors = json.loads((root / "tests" / "gold" / "floors.json").read_text(encoding="utf-8"))
    report = evaluate_warehouse(db, root / "sources" / "corpus", root / "tests" / "gold" / "bundled.json")
    below = {k: round(report[k].value, 3) for k, floor in floors.items()
             if not k.startswith("_") and not k.endswith("_max") and report[k].value < floor}
    assert below == {}, f"below the floors in tests/gold/floors.json: {below}"
    assert report["confusable_pairs_merged"].value <= floors["confusable_pairs_merged_max"]


def test_a_new_alias_table_re_extracts_stored_documents(run, tmp_path) -> None:
    _, db = run
    aliases = tmp_path / "extra.toml"
    aliases.write_text('[[entity]]\ncanonical = "Rep. Park Sun-won"\ntype = "person"\ncountry = "South Korea"\n'
                       'aliases = ["Park Sun-won", "Park"]\n', encoding="utf-8")
    before = query(db, "select count(*), count(distinct claim_id) from claims")[0]
    summary = reconcile_coverage(db=str(db), report_dir=str(tmp_path / "r"), aliases=str(aliases))
    after = query(db, "select count(*), count(distinct claim_id) from claims")[0]
    assert summary.documents_new == 0
    assert after[0] == after[1]  # replaced, not duplicated
    assert abs(after[0] - before[0]) <= 5
    assert query(db, "select count(*) from claims where attributed_to = 'Rep. Park Sun-won'")[0][0] >= 1
