"""HTML pages as documents: article text and metadata with trafilatura, links with lxml.

Trafilatura drops "Related coverage" lists, so those links are harvested separately.
"""

from __future__ import annotations

import re
from datetime import datetime

import lxml.html
import trafilatura
from lxml import etree

from reconcile.model import Document, IngestError, RelatedRef
from sources.local import ReadResult, parse_published

MAX_HTML_CHARS = 5_000_000
_RELATED = re.compile(r"related|more coverage|see also|read more|more on this|further reading", re.I)


def related_links(html: str, base_url: str | None) -> tuple[RelatedRef, ...]:
    """(anchor text, absolute URL) of links in 'related coverage' style sections."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ()
    if base_url:
        tree.make_links_absolute(base_url, resolve_base_href=True)
    refs: list[RelatedRef] = []
    seen = set()
    for heading in tree.xpath("//h1|//h2|//h3|//h4|//h5|//strong|//p[@class]|//div[@class]/span"):
        if not _RELATED.search(heading.text_content() or "") or len(heading.text_content()) > 60:
            continue
        container = heading.getparent()
        if container is None:
            continue
        for a in container.xpath(".//a[@href]"):
            text = " ".join(a.text_content().split())
            href = a.get("href", "").strip()
            if text and href and (text, href) not in seen:
                seen.add((text, href))
                refs.append(RelatedRef(text[:300], href))
    return tuple(refs)


def document_from_html(html: str, uri: str, url: str | None, fetched_at: datetime) -> ReadResult:
    if len(html) > MAX_HTML_CHARS:
        return ReadResult(None, IngestError(uri, "extract", "too_large", f"{len(html):,} characters of HTML"))
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises a variety of parser errors on hostile markup
        return ReadResult(None, IngestError(uri, "extract", "unparsable_html", f"{type(exc).__name__}: {exc}"))
    if result is None:
        return ReadResult(None, IngestError(uri, "extract", "no_article_text", "no article text found in the page"))
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        return ReadResult(None, IngestError(uri, "extract", "no_article_text", "no article text found in the page"))
    published = parse_published(data.get("date")) if data.get("date") else None
    notes = () if published else ("no publication date found in the page",)
    return ReadResult(Document(
        uri=uri,
        text=text,
        title=(data.get("title") or text.split("\n", 1)[0])[:300],
        outlet=data.get("sitename") or data.get("hostname"),
        published_at=published,
        url=url or data.get("url"),
        fetched_at=fetched_at,
        source_kind="html",
        related=related_links(html, url),
        notes=notes,
    ), None)
