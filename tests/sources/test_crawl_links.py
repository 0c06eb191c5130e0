"""Following linked coverage against the loopback newsroom: depth, caps, scope, dedupe, failures."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from reconcile.model import Document, IngestError, RelatedRef
from sources.collect import collect
from sources.crawl import Crawl, Failed, Fetched

NOW = datetime(2024, 10, 25, tzinfo=timezone.utc)


def paths(newsroom, documents) -> set[str]:
    return {d.uri.removeprefix(newsroom.base) for d in documents}


def test_an_article_and_its_related_coverage_list(newsroom, ingest_options) -> None:
    result = collect([newsroom.url("/news/seed")], NOW, ingest_options(depth=1))
    assert paths(newsroom, result.documents) == {"/news/seed", "/news/level1-a", "/news/level1-b"}
    assert result.errors == []
    seed = next(d for d in result.documents if d.uri.endswith("/news/seed"))
    assert seed.title == "North Korea moves troops to Russia" and seed.outlet == "Loopback News"
    assert [(r.anchor_text, r.url) for r in seed.related] == [
        ("Seoul says 1,500 special forces moved", newsroom.url("/news/level1-a")),
        ("Kyiv counts 10,000 troops", newsroom.url("/news/level1-b")),  # utm_source and #top dropped
        # /moved redirected to level1-a: the link now names the document it reached
        ("The same story via an old address", newsroom.url("/news/level1-a")),
    ]


def test_one_page_reached_by_two_links_is_fetched_and_kept_once(newsroom, ingest_options) -> None:
    result = collect([newsroom.url("/news/seed")], NOW, ingest_options(depth=1))
    assert [d.uri for d in result.documents].count(newsroom.url("/news/level1-a")) == 1
    assert newsroom.hits["/news/level1-a"] == 1  # linked twice from the seed (list and body), fetched once
    assert newsroom.hits["/moved"] == 1  # its redirect to a page the crawl already had was not followed


def test_depth_is_honoured(newsroom, ingest_options) -> None:
    two = collect([newsroom.url("/news/seed")], NOW, ingest_options(depth=2))
    assert "/news/level2-a" in paths(newsroom, two.documents)
    assert "/news/level3-a" not in paths(newsroom, two.documents)
    assert newsroom.hits["/news/level3-a"] == 0
    newsroom.reset()
    zero = collect([newsroom.url("/news/seed")], NOW, ingest_options(depth=0))
    assert paths(newsroom, zero.documents) == {"/news/seed"}
    assert sum(newsroom.hits.values()) == 1


def test_max_docs_caps_what_is_fetched(newsroom, ingest_options) -> None:
    result = collect([newsroom.url("/news/seed")], NOW, ingest_options(depth=2, max_docs=2))
    assert len(result.documents) == 2 and result.skipped >= 1
    assert newsroom.hits["/news/level2-a"] == 0


def test_max_docs_caps_web_documents_not_local_files(newsroom, ingest_options, tmp_path) -> None:
    for name in "abc":
        (tmp_path / f"{name}.md").write_text(f"---\ntitle: Local {name}\n---\nAbout 1,500 troops were moved.\n")
    result = collect([str(tmp_path), newsroom.url("/news/seed")], NOW, ingest_options(depth=1, max_docs=2))
    titles = [d.title for d in result.documents]
    assert titles[:3] == ["Local a", "Local b", "Local c"]
    assert len(titles) == 3 + 2 and result.skipped >= 1


def test_same_site_does_not_leave_the_site(newsroom, ingest_options) -> None:
    seeds = [newsroom.url("/news/level1-b")]  # links to the same server under the name `localhost`
    everywhere = collect(seeds, NOW, ingest_options(depth=1))
    assert newsroom.other_host("/news/other-site") in {d.uri for d in everywhere.documents}
    newsroom.reset()
    same = collect(seeds, NOW, ingest_options(depth=1, same_site=True))
    assert [d.uri for d in same.documents] == [newsroom.url("/news/level1-b")]
    assert newsroom.hits["/news/other-site"] == 0
    newsroom.reset()
    allowed = collect(seeds, NOW, ingest_options(depth=1, same_site=True, allow_domains=("localhost",)))
    assert newsroom.other_host("/news/other-site") in {d.uri for d in allowed.documents}


def test_a_page_cannot_make_us_read_files_or_cloud_metadata(newsroom, ingest_options) -> None:
    result = collect([newsroom.url("/evil")], NOW, ingest_options(depth=1))
    assert [d.uri for d in result.documents] == [newsroom.url("/evil")]
    assert [(e.uri, e.reason) for e in result.errors] == [
        ("http://169.254.169.254/latest/meta-data/", "metadata_address")]
    assert not any(r.url and not r.url.startswith("http") for d in result.documents for r in d.related)


def test_private_addresses_are_refused_unless_allowed(newsroom, ingest_options, fetch_options) -> None:
    refused = collect([newsroom.url("/news/seed")], NOW,
                      ingest_options(fetch=replace(fetch_options, allow_private=False)))
    assert refused.documents == [] and [e.reason for e in refused.errors] == ["private_address"]
    assert sum(newsroom.hits.values()) == 0


def test_every_failure_is_a_row_with_its_reason_and_the_rest_goes_on(newsroom, ingest_options) -> None:
    result = collect([newsroom.url("/e2e/seed")], NOW, ingest_options(depth=1))
    reasons = {e.uri.removeprefix(newsroom.base): e.reason for e in result.errors}
    assert reasons == {
        "/news/flaky": "http_500",  # transient: without the flow's retries, one attempt
        "/missing": "http_404",
        "/slow": "timeout",
        "/loop/a": "redirect_loop",
        "/huge": "too_large",
        "/report": "unsupported_content_type",
        "/empty": "no_article_text",
    }
    got = paths(newsroom, result.documents)
    assert {"/e2e/seed", "/news/level1-a", "/cp1251", "/latin1", "/news/changing", "/news/etag"} == got


def test_non_utf8_pages_are_decoded(newsroom, ingest_options) -> None:
    result = collect([newsroom.url("/cp1251"), newsroom.url("/latin1")], NOW, ingest_options(depth=0))
    by_path = {d.uri.removeprefix(newsroom.base): d for d in result.documents}
    assert "Северная Корея направила около 1500" in by_path["/cp1251"].text
    assert by_path["/cp1251"].outlet == "Лупбэк"
    assert "environ 1 500 soldats d’élite" in by_path["/latin1"].text  # ’ is 0x92 in windows-1252


def test_a_304_reuses_the_cached_document(newsroom, ingest_options, tmp_path) -> None:
    options = ingest_options(depth=0, http_cache=str(tmp_path / "http.sqlite"))
    first = collect([newsroom.url("/news/etag")], NOW, options)
    second = collect([newsroom.url("/news/etag")], NOW, options)
    assert second.not_modified == 1 and second.errors == []
    assert [d.doc_id for d in second.documents] == [d.doc_id for d in first.documents]
    assert newsroom.requests[-1][1]["If-None-Match"] == '"v1"'


def test_a_crawl_with_the_same_text_at_two_urls_keeps_one_document(newsroom) -> None:
    crawl = Crawl([newsroom.url("/a"), newsroom.url("/b")], depth=0)
    batch = crawl.next_batch()
    doc_a = Document(uri=newsroom.url("/a"), text="same text", title="A")
    doc_b = Document(uri=newsroom.url("/b"), text="same text", title="B")
    crawl.accept([Fetched(batch[0], (batch[0].url,), (doc_a,)), Fetched(batch[1], (batch[1].url,), (doc_b,))])
    assert crawl.documents == [doc_a] and crawl.duplicates == 1


def test_the_crawl_is_breadth_first_and_batches_stop_at_the_cap() -> None:
    crawl = Crawl(["https://a.example/1"], depth=3, max_docs=3)
    [seed] = crawl.next_batch()
    links = tuple(RelatedRef(f"story {i}", f"https://a.example/s{i}") for i in range(5))
    crawl.accept([Fetched(seed, (seed.url,), (Document(uri=seed.url, text="seed", title="s", related=links),))])
    batch = crawl.next_batch()
    assert [t.url for t in batch] == ["https://a.example/s0", "https://a.example/s1"]  # room for two more
    assert all(t.depth == 1 and t.origin == seed.url for t in batch)
    crawl.accept([Failed(batch[0], IngestError(batch[0].url, "fetch", "http_404")),
                  Fetched(batch[1], (batch[1].url,), (Document(uri=batch[1].url, text="one", title="1"),))])
    [again] = crawl.next_batch()  # the failure left its room to the next link
    assert again.url == "https://a.example/s2"
    crawl.accept([Fetched(again, (again.url,), (Document(uri=again.url, text="two", title="2"),))])
    assert crawl.next_batch() == [] and crawl.skipped == 2 and len(crawl.documents) == 3
