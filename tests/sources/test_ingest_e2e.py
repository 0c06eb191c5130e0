"""The real flow against the loopback newsroom, into a DuckDB file: documents, links, errors, versions."""

from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.pipeline import reconcile_coverage

pytestmark = pytest.mark.e2e


def rows(db, sql: str, *params: object) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


@pytest.mark.usefixtures("prefect_harness")
def test_flow_ingests_pages_feeds_and_folders_keeps_failures_and_versions(newsroom, tmp_path) -> None:
    folder = tmp_path / "local"
    folder.mkdir()
    (folder / "notes.txt").write_text(
        "Desk notes on the troop story\nAbout 1,500 special forces were moved, Seoul said on Friday.\n\n"
        "Related coverage:\nSeoul says 1,500 special forces moved\nA headline nobody published anywhere at all\n",
        encoding="utf-8")
    db = tmp_path / "w.duckdb"
    options = dict(db=str(db), report_dir=str(tmp_path / "reports"), depth=2, allow_private=True,
                   fetch_timeout=0.3, fetch_retries=2, retry_delay=0.1, max_bytes=256 * 1024)
    sources = [newsroom.url("/e2e/seed"), newsroom.url("/feed.xml"), str(folder)]

    first = reconcile_coverage(sources=sources, **options)

    assert first.exit_code == 3
    docs = {uri.removeprefix(newsroom.base): (version, kind) for uri, version, kind in
            rows(db, "select uri, version, source_kind from documents")}
    assert docs == {
        "/e2e/seed": (1, "html"), "/news/level1-a": (1, "html"), "/news/level2-a": (1, "html"),  # two hops
        "/news/flaky": (1, "html"),  # 500, then 200 on the retry
        "/cp1251": (1, "html"), "/latin1": (1, "html"), "/news/changing": (1, "html"), "/news/etag": (1, "html"),
        "/news/feed-item-1": (1, "feed"), "/news/feed-item-2": (1, "html"), str(folder / "notes.txt"): (1, "file"),
    }
    assert newsroom.hits["/news/flaky"] == 2 and newsroom.hits["/news/level3-a"] == 0
    errors = {(uri.removeprefix(newsroom.base), stage, reason) for uri, stage, reason in
              rows(db, "select uri, stage, reason from ingest_errors where run_id = ?", first.run_id)}
    assert errors == {
        ("/missing", "fetch", "http_404"), ("/slow", "fetch", "timeout"), ("/loop/a", "fetch", "redirect_loop"),
        ("/huge", "fetch", "too_large"), ("/report", "fetch", "unsupported_content_type"),
        ("/empty", "extract", "no_article_text"), ("/feed.xml#entry-2", "parse", "entry_without_link"),
    }
    [timeout_detail] = rows(db, "select detail from ingest_errors where reason = 'timeout'")
    assert "3 attempts" in timeout_detail[0]
    assert {e.reason for e in first.errors} >= {"http_404", "timeout"}

    doc_id = {uri.removeprefix(newsroom.base): d for uri, d in rows(db, "select uri, doc_id from documents")}
    links = {(f, a): (t, by) for f, a, t, by in rows(db, "select from_doc_id, anchor_text, to_doc_id, resolved_by from links")}
    assert links[(doc_id["/e2e/seed"], "Seoul says 1,500 special forces moved")] == (doc_id["/news/level1-a"], "url")
    assert links[(doc_id["/e2e/seed"], "Gone missing")] == (None, "unresolved")
    notes = doc_id[str(folder / "notes.txt")]
    assert links[(notes, "Seoul says 1,500 special forces moved")] == (doc_id["/news/level1-a"], "headline-fuzzy")
    assert links[(notes, "A headline nobody published anywhere at all")] == (None, "unresolved")

    # A re-run over unchanged sources adds no document; the ETag page is answered 304 and reused.
    count = rows(db, "select count(*) from documents")[0][0]
    newsroom.hits.clear()
    newsroom.requests.clear()
    second = reconcile_coverage(sources=sources, **options)
    assert rows(db, "select count(*) from documents")[0][0] == count
    assert second.documents_new == 0
    etag_headers = [h for path, h in newsroom.requests if path == "/news/etag"]
    assert etag_headers and etag_headers[0].get("If-None-Match") == '"v1"'
    assert not any(e.uri.endswith("/news/etag") for e in second.errors)

    # A changed article becomes version 2; version 1 is kept.
    newsroom.publish("/news/changing", "A story that gets updated", "the second version")
    third = reconcile_coverage(sources=[newsroom.url("/news/changing")], **{**options, "depth": 0})
    assert third.exit_code == 0
    versions = rows(db, "select version from documents where uri = ? order by version", newsroom.url("/news/changing"))
    assert versions == [(1,), (2,)]


@pytest.mark.usefixtures("prefect_harness")
def test_cli_run_options_exit_status_and_failure_list(newsroom, tmp_path) -> None:
    runner = CliRunner()
    base = ["run", "--db", str(tmp_path / "w.duckdb"), "--report-dir", str(tmp_path / "r"), "--allow-private"]

    ok = runner.invoke(cli, [*base, "--source", newsroom.url("/news/level1-b"), "--depth", "1", "--same-site"])
    assert ok.exit_code == 0, ok.output
    assert newsroom.hits["/news/other-site"] == 0  # --same-site kept the crawl on 127.0.0.1

    failed = runner.invoke(cli, [*base, "--source", newsroom.url("/news/seed"), "--source", newsroom.url("/missing"),
                                 "--source", newsroom.url("/report"), "--depth", "0", "--max-docs", "5",
                                 "--allow-domain", "example.org"])
    assert failed.exit_code == 3, failed.output
    assert "2 source(s) failed: http_404 1, unsupported_content_type 1" in failed.output
    assert newsroom.url("/missing") in failed.output

    refused = runner.invoke(cli, ["run", "--db", str(tmp_path / "w2.duckdb"), "--report-dir", str(tmp_path / "r"),
                                  "--source", newsroom.url("/news/seed")])
    assert refused.exit_code == 3 and "private_address" in refused.output
