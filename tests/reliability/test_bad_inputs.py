"""Bad input files: each is an ingest_errors row with a clear reason, or a handled document.

One warehouse, two real `claims run` processes: the bundled corpus first, then a folder of
bad inputs into the same file. The run with the bad inputs must finish (exit 3: some
sources failed), in bounded time and memory, and lose nothing the first run stored.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from reliability_kit import Claims, Finished, copy_corpus, integrity_problems, query

from flows.pipeline import MAX_CLAIMS_PER_DOCUMENT

pytestmark = [pytest.mark.e2e, pytest.mark.integration, pytest.mark.slow]  # two runs, ~10 s, shared by all

MB = 1024 * 1024
RUN_SECONDS = 60  # the bad-input run takes ~5 s; a hang or a quadratic blow-up takes far longer
RSS_HEADROOM_MB = 300  # peak memory of the bad-input run over the good run's

PARAGRAPH = ("North Korea has sent about 1,500 special forces to Russia, South Korea's spy agency said on Friday, "
             "and a total of 12,000 troops could follow.\n")
UTF16 = ("---\ntitle: UTF-16 article\noutlet: Wide Wire\npublished: 2024-10-18\n---\n"
         "North Korea has sent about 1,500 special forces to Russia's Far East, South Korea's spy agency said "
         "on Friday.\n")
JAPANESE = ("---\ntitle: 北朝鮮、ロシアに特殊部隊派遣\noutlet: 共同通信\npublished: 2024-10-18\n---\n"
            "韓国の国家情報院は18日、北朝鮮が約1500人の特殊部隊をロシアに派遣したと発表した。"
            "合計で1万2000人が派遣される見通しだという。\n"
            "ウクライナ国防省情報総局のブダノフ局長は、約1万1000人の北朝鮮兵がロシア東部で訓練を受けていると述べた。\n")
DUPLICATE = ("---\ntitle: Seoul says 1,500 special forces moved\noutlet: Copy Desk\npublished: 2024-10-18\n---\n"
             "North Korea has moved about 1,500 special forces to Russia's Far East, South Korea's spy agency "
             "said on Friday.\n\nA total of 12,000 troops could be sent, the agency said.\n")
OVERFLOW = "1" + ",000" * 103  # 310 digits: a float overflows to inf
BIG_NUMBERS = ("---\ntitle: Big numbers\noutlet: Number News\npublished: 2024-10-18\n---\n"
               "The ministry said 1e308 troops were counted on Friday.\n\n"
               "North Korea has sent 999,999,999,999,999 troops to Russia, a blogger claimed on Friday.\n\n"
               f"North Korea has sent {OVERFLOW} troops to Russia, another blogger claimed on Friday.\n\n"
               "North Korea has sent between 1 and 1.7976931348623157e308 soldiers, a third post said.\n")


@dataclass
class BadRun:
    db: Path
    folder: Path
    good: Finished
    bad: Finished
    before: dict[str, set[tuple]]  # what the good run stored

    def path(self, name: str) -> str:
        return str((self.folder / name).resolve())

    def errors(self, name: str) -> list[tuple[str, str, str]]:
        return query(self.db, "select stage, reason, detail from ingest_errors where uri = ?", [self.path(name)])

    def document(self, name: str) -> dict | None:
        with duckdb.connect(str(self.db), read_only=True) as con:
            cursor = con.execute("select * from documents where uri = ?", [self.path(name)])
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
        assert len(rows) <= 1, rows
        return dict(zip(columns, rows[0], strict=True)) if rows else None

    def claims_of(self, name: str) -> list[tuple]:
        return query(self.db, "select c.kind, c.quote, c.value from claims c join documents d using (doc_id) "
                              "where d.uri = ? order by c.start_char", [self.path(name)])


def write_bad_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "empty.md").write_bytes(b"")
    (folder / "whitespace.md").write_text("  \n\t\n   \r\n", encoding="utf-8")
    (folder / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
                                      b"\x00\x00\x00\x1f\xf3\xffa" + bytes(range(256)) * 8)
    (folder / "invalid-utf8.md").write_bytes(b"---\ntitle: Bad bytes\n---\nAbout 1,500 troops \xff\xfe\xc3\x28 moved.\n")
    (folder / "utf16-bom.md").write_bytes(codecs.BOM_UTF16_LE + UTF16.encode("utf-16-le"))
    (folder / "malformed-yaml.md").write_text(
        "---\ntitle: [unclosed\noutlet: {also: broken\n  - nope: [\n---\n"
        "About 1,500 special forces were moved to Russia, South Korea's spy agency said on Friday.\n",
        encoding="utf-8")
    (folder / "wrong-types.md").write_text(
        "---\ntitle:\n  - a list\n  - of titles\noutlet: 12\npublished: yesterday\n---\n"
        "About 1,500 special forces were moved to Russia last Friday, South Korea's spy agency said.\n",
        encoding="utf-8")
    with open(folder / "fifty-megabytes.md", "w", encoding="utf-8") as f:
        f.write("---\ntitle: Fifty megabytes\n---\n")
        block = PARAGRAPH * 1000
        while f.tell() < 50 * MB:
            f.write(block)
    line = PARAGRAPH.strip() + " "
    (folder / "one-long-line.md").write_text((line * (1_000_000 // len(line) + 1))[:1_000_000] + "\n",
                                             encoding="utf-8")
    (folder / "deeply-nested.html").write_text(
        "<html><head><title>Deep</title></head><body>" + "<div>" * 5000 + "<p>" + PARAGRAPH * 3 + "</p>"
        + "</div>" * 5000 + "</body></html>", encoding="utf-8")
    (folder / "only-scripts.html").write_text(
        "<html><head><script>var a = 1;</script></head><body><script>document.write('<p>About 1,500 troops "
        "were moved, the agency said on Friday.</p>')</script><script src='app.js'></script></body></html>",
        encoding="utf-8")
    (folder / "japanese.md").write_text(JAPANESE, encoding="utf-8")
    (folder / "copy-a.md").write_text(DUPLICATE, encoding="utf-8")
    (folder / "copy-b.md").write_text(DUPLICATE, encoding="utf-8")
    (folder / "future-date.md").write_text(
        "---\ntitle: From the future\noutlet: Tomorrow Times\npublished: 2999-01-01\n---\n"
        "About 1,500 special forces were moved to Russia last Friday, South Korea's spy agency said.\n",
        encoding="utf-8")
    (folder / "big-numbers.md").write_text(BIG_NUMBERS, encoding="utf-8")


@pytest.fixture(scope="module")
def bad_run(module_claims: Claims, tmp_path_factory: pytest.TempPathFactory) -> BadRun:
    base = tmp_path_factory.mktemp("bad-inputs")
    db = base / "w.duckdb"
    good = module_claims.run("run", "--db", str(db), "--report-dir", str(base / "reports"),
                             "--source", str(copy_corpus(base / "corpus")), timeout=RUN_SECONDS)
    assert good.returncode == 0, good.describe()
    with duckdb.connect(str(db), read_only=True) as con:
        before = {
            "documents": set(con.execute("select doc_id, uri, content_hash, text from documents").fetchall()),
            "claims": set(con.execute("select * from claims").fetchall()),
            "findings": set(con.execute("select finding_id from findings").fetchall()),
            "runs": set(con.execute("select run_id, stored_seq, status from runs").fetchall()),
        }
    folder = base / "bad"
    write_bad_inputs(folder)
    bad = module_claims.run("run", "--db", str(db), "--report-dir", str(base / "reports"), "--source", str(folder),
                            timeout=RUN_SECONDS)
    return BadRun(db, folder, good, bad, before)


def test_the_run_with_bad_inputs_completes_in_bounded_time_and_says_which_failed(bad_run: BadRun) -> None:
    bad = bad_run.bad
    assert not bad.timed_out and bad.seconds < RUN_SECONDS, bad.describe()
    assert bad.returncode == 3, bad.describe()  # completed, some sources failed
    assert "Traceback" not in bad.stderr, bad.describe()
    assert "source(s) failed" in bad.stdout and str(bad_run.folder) in bad.stdout
    [(status, errors)] = query(bad_run.db, "select status, json_extract(counts, '$.errors')::int from runs "
                                           "where stored_seq = (select max(stored_seq) from runs)")
    assert status == "completed" and errors >= 8


def test_nothing_stored_earlier_is_lost(bad_run: BadRun) -> None:
    with duckdb.connect(str(bad_run.db), read_only=True) as con:
        documents = set(con.execute("select doc_id, uri, content_hash, text from documents").fetchall())
        claims = set(con.execute("select * from claims").fetchall())
        findings = set(con.execute("select finding_id from findings").fetchall())
        runs = set(con.execute("select run_id, stored_seq, status from runs").fetchall())
    assert bad_run.before["documents"] <= documents
    assert bad_run.before["claims"] <= claims
    assert bad_run.before["findings"] <= findings
    assert bad_run.before["runs"] < runs
    assert integrity_problems(bad_run.db) == []


@pytest.mark.parametrize(("name", "stage", "reason", "says"), [
    ("empty.md", "read", "empty", "no text"),
    ("whitespace.md", "read", "empty", "no text"),
    ("image.md", "read", "binary", "NUL bytes"),
    ("invalid-utf8.md", "read", "not_utf8", "not valid UTF-8 at byte"),
    ("fifty-megabytes.md", "read", "too_large", "the limit is"),
    ("deeply-nested.html", "extract", "too_deep", "levels deep"),
    ("only-scripts.html", "extract", "no_article_text", "no article text"),
])
def test_an_unreadable_file_is_an_error_row_with_its_reason(bad_run: BadRun, name: str, stage: str, reason: str,
                                                           says: str) -> None:
    [(got_stage, got_reason, detail)] = bad_run.errors(name)
    assert (got_stage, got_reason) == (stage, reason)
    assert says in detail
    assert bad_run.document(name) is None


def test_utf16_with_a_bom_is_read(bad_run: BadRun) -> None:
    doc = bad_run.document("utf16-bom.md")
    assert doc is not None and doc["title"] == "UTF-16 article" and doc["outlet"] == "Wide Wire"
    assert doc["text"].startswith("North Korea has sent about 1,500 special forces")
    assert [(kind, value) for kind, quote, value in bad_run.claims_of("utf16-bom.md") if "1,500" in quote] == [
        ("numeric", 1500.0)]
    assert bad_run.errors("utf16-bom.md") == []


def test_front_matter_that_is_not_yaml_or_has_wrong_types_is_noted_not_fatal(bad_run: BadRun) -> None:
    malformed = bad_run.document("malformed-yaml.md")
    assert malformed is not None and "not strict YAML" in malformed["notes"]
    assert malformed["text"].startswith("About 1,500 special forces")

    typed = bad_run.document("wrong-types.md")
    assert typed is not None
    assert typed["title"].startswith("About 1,500 special forces")  # a list is not a title: the first line is
    assert typed["outlet"] == "12" and typed["published_at"] is None
    assert "`title` is a list" in typed["notes"] and "`published` ('yesterday') is not a date" in typed["notes"]
    [date_note] = query(bad_run.db, "select c.date_note from claims c join documents d using (doc_id) "
                                    "where d.uri = ? and c.kind = 'numeric'", [bad_run.path("wrong-types.md")])
    assert "no publication date" in date_note[0]


def test_a_50_mb_file_is_refused_with_memory_bounded(bad_run: BadRun) -> None:
    [(_, _, detail)] = bad_run.errors("fifty-megabytes.md")
    size = (bad_run.folder / "fifty-megabytes.md").stat().st_size
    assert size >= 50 * MB and f"{size:,} bytes" in detail
    grown = bad_run.bad.max_rss_mb - bad_run.good.max_rss_mb
    print(f"wall: good run {bad_run.good.seconds:.1f} s, bad-input run {bad_run.bad.seconds:.1f} s; peak RSS: good run {bad_run.good.max_rss_mb:.0f} MB, bad-input run {bad_run.bad.max_rss_mb:.0f} MB "
          f"({grown:+.0f} MB)")
    assert grown < RSS_HEADROOM_MB, (bad_run.good.max_rss_mb, bad_run.bad.max_rss_mb)


def test_a_line_of_a_million_characters_is_a_document_with_bounded_claims(bad_run: BadRun) -> None:
    doc = bad_run.document("one-long-line.md")
    assert doc is not None and len(doc["text"].rstrip("\n")) == 1_000_000
    assert len(doc["title"]) <= 300
    claims = bad_run.claims_of("one-long-line.md")
    assert len(claims) == MAX_CLAIMS_PER_DOCUMENT
    [(stage, reason, detail)] = bad_run.errors("one-long-line.md")
    assert (stage, reason) == ("extract", "too_many_claims") and f"the first {MAX_CLAIMS_PER_DOCUMENT}" in detail


def test_an_article_not_in_english_is_stored_with_few_claims(bad_run: BadRun) -> None:
    doc = bad_run.document("japanese.md")
    assert doc is not None and doc["title"] == "北朝鮮、ロシアに特殊部隊派遣" and doc["outlet"] == "共同通信"
    assert len(bad_run.claims_of("japanese.md")) <= 3
    assert bad_run.errors("japanese.md") == []


def test_the_same_file_under_two_names_is_two_documents_without_duplicate_claims(bad_run: BadRun) -> None:
    a, b = bad_run.document("copy-a.md"), bad_run.document("copy-b.md")
    assert a is not None and b is not None
    assert a["content_hash"] == b["content_hash"] and a["doc_id"] != b["doc_id"]  # a uri is a document
    claims_a, claims_b = bad_run.claims_of("copy-a.md"), bad_run.claims_of("copy-b.md")
    assert claims_a and claims_a == claims_b
    duplicates = query(bad_run.db, """
        select d.uri, c.kind, c.start_char, c.end_char, c.measure, c.value, c.value_low, c.value_high, count(*)
        from claims c join documents d using (doc_id) group by all having count(*) > 1""")
    assert duplicates == []
    assert query(bad_run.db, "select count(*) - count(distinct claim_id) from claims") == [(0,)]
    # A copy agrees with itself: each claim sits with its twin, in one finding, on one side.
    placed = query(bad_run.db, """
        select d.uri, c.kind, c.start_char, c.value, fc.finding_id, fc.side from claims c
        join documents d using (doc_id) join finding_claims fc using (claim_id) where d.uri in (?, ?)""",
                   [bad_run.path("copy-a.md"), bad_run.path("copy-b.md")])
    by_copy = {uri: {row[1:4]: row[4:] for row in placed if row[0] == uri}
               for uri in (bad_run.path("copy-a.md"), bad_run.path("copy-b.md"))}
    assert len(placed) == len(claims_a) * 2 and len(set(map(len, by_copy.values()))) == 1
    first, second = by_copy.values()
    assert first == second


def test_a_publication_date_in_the_future_is_kept_with_a_note(bad_run: BadRun) -> None:
    doc = bad_run.document("future-date.md")
    assert doc is not None and doc["published_at"].year == 2999
    assert "is after the document was read" in doc["notes"]
    assert bad_run.claims_of("future-date.md")


def test_huge_numbers_neither_overflow_nor_reach_the_warehouse_as_inf_or_nan(bad_run: BadRun) -> None:
    values = [v for kind, _, v in bad_run.claims_of("big-numbers.md") if kind == "numeric"]
    assert 999_999_999_999_999.0 in values
    assert all(v is None or v < 1e308 for v in values)
    [(inf_or_nan,)] = query(bad_run.db, """
        select count(*) from claims where isinf(value) or isnan(value) or isinf(value_low) or isnan(value_low)
            or isinf(value_high) or isnan(value_high)""")
    assert inf_or_nan == 0
    assert integrity_problems(bad_run.db) == []  # includes findings' value_min/max/spread and match scores
