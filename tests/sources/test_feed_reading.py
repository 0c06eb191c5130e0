"""Feeds: full-text entries become documents, summary entries become pages to fetch."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sources.collect import collect
from sources.feeds import looks_like_feed, read_feed

NOW = datetime(2024, 10, 25, tzinfo=timezone.utc)
FULL = "".join(f"<p>Paragraph {i}: about 1,500 special forces were moved to Russia's Far East, "
               f"South Korea's spy agency said on Friday, and 12,000 could follow.</p>" for i in range(5))

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2024-10-20T00:00:00Z</updated>
<entry><title>Atom full text</title><id>urn:1</id><link href="https://wire.example/a1?utm_source=rss"/>
<updated>2024-10-19T07:30:00Z</updated><content type="html"><![CDATA[{FULL}<p>See <a href="https://other.example/b">the other story</a>.</p>]]></content></entry>
<entry><title>Atom summary only</title><id>urn:2</id><link href="https://wire.example/a2"/>
<updated>2024-10-20T07:30:00Z</updated><summary>Short.</summary></entry>
<entry><title>Atom bad link</title><id>urn:3</id><link href="file:///etc/passwd"/><summary>Short.</summary></entry>
</feed>""".encode()


def test_atom_full_text_entry_is_a_document_and_summary_entry_a_page_to_fetch() -> None:
    feed = read_feed(ATOM, "https://wire.example/feed", "application/atom+xml", NOW)
    assert feed.title == "Atom Wire"
    [doc] = feed.documents
    assert doc.uri == "https://wire.example/a1" and doc.source_kind == "feed"
    assert doc.title == "Atom full text" and doc.outlet == "Atom Wire"
    assert doc.published_at == datetime(2024, 10, 19, 7, 30, tzinfo=timezone.utc)
    assert "1,500 special forces" in doc.text
    assert [r.url for r in doc.related] == ["https://other.example/b"]
    assert [(r.anchor_text, r.url) for r in feed.to_fetch] == [("Atom summary only", "https://wire.example/a2")]
    assert [e.reason for e in feed.errors] == ["entry_without_link"]  # the file: link is never fetched


def test_a_broken_feed_is_an_error_row() -> None:
    feed = read_feed(b"<<< this is not XML >>>", "https://wire.example/feed", "application/rss+xml", NOW)
    assert feed.documents == [] and [e.reason for e in feed.errors] == ["unparsable_feed"]


@pytest.mark.parametrize(("media", "body", "expected"), [
    ("application/rss+xml", b"", True),
    ("text/xml", b'<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', True),
    ("application/xml", b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", True),
    ("text/html", b"<!DOCTYPE html><html><body>news</body></html>", False),
    ("application/xml", b"<urlset xmlns='http://www.sitemaps.org/'>", False),
])
def test_feeds_are_recognised_by_media_type_or_root_element(media: str, body: bytes, expected: bool) -> None:
    assert looks_like_feed(media, body) is expected


def test_a_feed_url_gives_its_full_text_entries_and_fetches_the_others(newsroom, ingest_options) -> None:
    result = collect([newsroom.url("/feed.xml")], NOW, ingest_options(depth=0))
    by_uri = {d.uri: d for d in result.documents}
    assert set(by_uri) == {newsroom.url("/news/feed-item-1"), newsroom.url("/news/feed-item-2")}
    assert by_uri[newsroom.url("/news/feed-item-1")].source_kind == "feed"
    assert by_uri[newsroom.url("/news/feed-item-2")].source_kind == "html"
    assert newsroom.hits["/news/feed-item-1"] == 0  # its full text came with the feed
    assert [e.reason for e in result.errors] == ["entry_without_link"]


def test_a_feed_file_is_read_from_disk_and_its_entries_fetched(newsroom, ingest_options, tmp_path) -> None:
    path = tmp_path / "wire.xml"
    path.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Disk feed</title>
        <item><title>Seed from a file</title><link>{newsroom.url('/news/seed')}</link></item></channel></rss>""")
    result = collect([str(path)], NOW, ingest_options(depth=0))
    assert [d.uri for d in result.documents] == [newsroom.url("/news/seed")] and result.errors == []
