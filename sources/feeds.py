"""RSS and Atom feeds: each entry becomes a document, or a page to fetch.

An entry that carries the full text (``content:encoded``, Atom ``content``) is read
from the feed itself; an entry that only has a summary is a link to its page, which the
crawl fetches like any seed. feedparser does the parsing and the character set.

feedparser is only ever handed bytes: given a string, it treats it as a URL or a file
path and reads it, which a feed found on the web must never make us do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape
from typing import Any

import feedparser

from reconcile.model import Document, IngestError, RelatedRef
from sources.html import document_from_html
from sources.urls import canonical_url

FEED_MEDIA_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                              "application/feed+xml"})
FULL_TEXT_MIN_CHARS = 500  # shorter entry content is a summary: fetch the page instead
_FEED_ROOT = re.compile(rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(rss|feed|rdf:RDF)\b", re.S | re.I)


def looks_like_feed(media_type: str, body: bytes) -> bool:
    """Whether a response is a feed: by its media type, or by its root element for generic XML."""
    if media_type in FEED_MEDIA_TYPES:
        return True
    if media_type in ("", "application/xml", "text/xml", "text/plain", "text/html"):
        return bool(_FEED_ROOT.match(body[:2048].lstrip(b"\xef\xbb\xbf")))
    return False


@dataclass
class FeedRead:
    """What one feed gave: documents from full-text entries, pages to fetch, and failures."""

    title: str | None = None
    documents: list[Document] = field(default_factory=list)
    to_fetch: list[RelatedRef] = field(default_factory=list)  # entry pages, canonical URLs
    errors: list[IngestError] = field(default_factory=list)


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime(*value[:6], tzinfo=timezone.utc)
    return None


def _full_text(entry: Any) -> str | None:
    """The longest HTML or text content the entry carries, when it is long enough to be the article."""
    best = max((c.get("value") or "" for c in entry.get("content") or ()), key=len, default="")
    if len(best) < FULL_TEXT_MIN_CHARS:
        return None
    return best


def read_feed(body: bytes, feed_uri: str, content_type: str, fetched_at: datetime | None) -> FeedRead:
    """Parse a feed's bytes; never raises for bad input (failures are :class:`IngestError` rows)."""
    parsed = feedparser.parse(body, response_headers={"content-type": content_type or "application/xml"},
                              sanitize_html=True, resolve_relative_uris=True)
    out = FeedRead(title=(parsed.feed.get("title") or "").strip() or None)
    if not parsed.entries:
        if parsed.bozo:
            exc = parsed.get("bozo_exception")
            out.errors.append(IngestError(feed_uri, "parse", "unparsable_feed", f"{type(exc).__name__}: {exc}"))
        else:
            out.errors.append(IngestError(feed_uri, "parse", "empty_feed", "the feed has no entries"))
        return out
    seen: set[str] = set()
    for index, entry in enumerate(parsed.entries):
        title = (entry.get("title") or "").strip() or None
        link = canonical_url(entry.get("link"))
        if link in seen:
            continue
        uri = link or f"{feed_uri}#entry-{entry.get('id') or index}"
        content = _full_text(entry)
        if content:
            page = f"<html><head><title>{escape(title or '')}</title></head><body><article>{content}</article></body></html>"
            result = document_from_html(page, uri=uri, url=link, fetched_at=fetched_at, source_kind="feed",
                                        title=title, outlet=out.title, published=_when(entry))
            if result.document is not None:
                out.documents.append(result.document)
                if link:
                    seen.add(link)
                continue
        if link:
            seen.add(link)
            out.to_fetch.append(RelatedRef(title or link, link))
        else:
            out.errors.append(IngestError(uri, "parse", "entry_without_link",
                                          f"entry {title or index!r} has neither full text nor an http(s) link"))
    return out
