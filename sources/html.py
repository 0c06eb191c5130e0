"""HTML pages as documents: text and metadata with trafilatura, links with lxml.

One page gives one :class:`Document` whose ``related`` holds every link worth keeping:

- links in "Related coverage"-style lists, found with lxml, because trafilatura drops
  those lists under every option (ENVIRONMENT.md §8);
- links in the article body, as trafilatura sees the body (``include_links=True``
  keeps them as ``<ref>`` elements; the plain text is then rendered without them).

All link URLs are canonical (:func:`sources.urls.canonical_url`); anything that is not
http(s) - ``javascript:``, ``mailto:``, ``data:``, or ``file:`` via a ``<base>`` trick -
is dropped here, so no link in a page can make the pipeline read a local file.
"""

from __future__ import annotations

import codecs
import re
from datetime import datetime
from urllib.parse import urljoin

import charset_normalizer
import htmldate
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.xml import xmltotxt

from reconcile.model import Document, IngestError, RelatedRef
from sources.local import ReadResult, parse_published
from sources.urls import canonical_url

MAX_HTML_CHARS = 5_000_000
MIN_TEXT_CHARS = 100  # less is a teaser, a cookie wall or a JS shell, not an article
MAX_LINKS = 200  # per page; a page with more is a link farm, not an article
MAX_ANCHOR_CHARS = 300

# A heading that introduces a list of links to other coverage.
_RELATED_HEADING = re.compile(
    r"^\W*(related( coverage| stories| articles| news| content| links| reading)?|more coverage|"
    r"more on (this|the) story|more on this|see also|read more|further reading|also read|read also|"
    r"recommended( reading| stories)?|more from)\b", re.I)
# A container labelled as related coverage by its class, id or aria-label.
_RELATED_LABEL = re.compile(r"related|more[-_ ]?coverage|see[-_ ]?also|further[-_ ]?reading|read[-_ ]?more", re.I)
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HEADING_XPATH = ("//h1|//h2|//h3|//h4|//h5|//h6|//strong|//b|//p|//span|//header|//div[not(*)]"
                  "|//li[not(*)]|//dt|//caption|//figcaption")
_LABELLED_XPATH = ("//section[@class or @id or @aria-label]|//aside[@class or @id or @aria-label]"
                   "|//div[@class or @id or @aria-label]|//ul[@class or @id or @aria-label]"
                   "|//nav[@class or @id or @aria-label]|//ol[@class or @id or @aria-label]")

# WHATWG: these labels mean windows-1252 in browsers, and pages are written for browsers.
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _codec(label: str | None) -> str | None:
    """A Python codec for a charset label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, codec) of an HTML or XML body, choosing the charset the way browsers do.

    A byte-order mark wins, then the charset of the Content-Type header (*declared*), then
    a ``<meta charset>`` or XML declaration in the first 4 KB, then valid UTF-8, then
    charset_normalizer's best guess. Declared charsets decode with replacement characters,
    so a few bad bytes do not lose a page.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    head = data[:4096]
    meta = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    for label in (declared, meta.group(1).decode("ascii") if meta else None):
        name = _codec(label)
        if name and name not in ("utf-16", "utf-32"):  # an ASCII-compatible page cannot really be UTF-16
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:65536]).best()
    name = _codec(best.encoding) if best else None
    return data.decode(name or "utf-8", errors="replace"), name or "utf-8"


def _anchor(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())[:MAX_ANCHOR_CHARS]


def _links_in(element: HtmlElement, base_url: str | None) -> list[tuple[str, str]]:
    out = []
    nodes = [element] if element.tag == "a" else element.iter("a")
    for a in nodes:
        href = (a.get("href") or "").strip()
        if href:
            out.append((_anchor(a), urljoin(base_url, href) if base_url else href))
    return out


def _section_after(heading: HtmlElement) -> list[HtmlElement]:
    """The elements a heading introduces: its following siblings up to the next heading."""
    out = []
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADING_TAGS or (sibling.tag in ("p", "strong", "div") and len(sibling) == 0
                                            and _RELATED_HEADING.match(sibling.text_content() or "")):
            break
        out.append(sibling)
    return out


def _base_url(tree: HtmlElement, url: str | None) -> str | None:
    """The URL relative links resolve against: <base href> when it is http(s), else the page URL."""
    for base in tree.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            joined = urljoin(url, href) if url else href
            # A <base href="file:///"> would turn every relative link into a local path: refuse it.
            return joined if canonical_url(joined) else None
    return url


def related_links(tree: HtmlElement, base_url: str | None) -> list[tuple[str, str]]:
    """(anchor text, absolute href) of links in "related coverage" style sections, in page order.

    A section is either an element labelled as such (class, id or aria-label) or whatever
    follows a short heading such as "Related coverage" or "See also", up to the next heading.
    """
    found: list[tuple[str, str]] = []
    for element in tree.xpath(_LABELLED_XPATH):
        label = " ".join(element.get(attr, "") for attr in ("class", "id", "aria-label"))
        if _RELATED_LABEL.search(label) and len(element.text_content()) < 20_000:
            found.extend(_links_in(element, base_url))
    for heading in tree.xpath(_HEADING_XPATH):
        text = " ".join((heading.text_content() or "").split())
        if not text or len(text) > 60 or not _RELATED_HEADING.match(text):
            continue
        if any(parent.tag == "a" for parent in heading.iterancestors()):
            continue  # a "Read more" link label, not a heading
        node = heading
        for _ in range(3):  # "<div><h3>Related</h3></div><ul>…</ul>": climb until siblings hold links
            section = _section_after(node)
            links = [link for el in section for link in _links_in(el, base_url)]
            if links:
                found.extend(links)
                break
            node = node.getparent()
            if node is None or node.tag in ("body", "article", "main"):
                break
    return found


def _refs(pairs: list[tuple[str, str]], own: set[str]) -> list[RelatedRef]:
    """Canonical, de-duplicated http(s) refs; links to the page itself are dropped."""
    out: list[RelatedRef] = []
    seen = set(own)
    for text, href in pairs:
        url = canonical_url(href)
        if url is None or url in seen:
            continue
        seen.add(url)
        out.append(RelatedRef(text or url, url))
    return out


def _publication_date(data: trafilatura.settings.Document, tree: HtmlElement, url: str | None,
                      notes: list[str]) -> datetime | None:
    """Trafilatura's date; else htmldate's, searched with the fetched URL and modification dates.

    Trafilatura gives htmldate the page's *declared* canonical URL, so a date that only
    appears in the URL we fetched (``/2024/10/21/story`` declaring ``/story``) is missed.
    """
    if data.date:
        published = parse_published(data.date)
        if published:
            return published
    try:
        fallback = htmldate.find_date(tree, url=url, extensive_search=True, original_date=False)
    except Exception:  # htmldate raises assorted errors on odd markup; a date is optional
        fallback = None
    published = parse_published(fallback) if fallback else None
    if published:
        notes.append("publication date found by htmldate's fallback search (URL or modification markers)")
    else:
        notes.append("no publication date found in the page")
    return published


def document_from_html(html: str, uri: str, url: str | None, fetched_at: datetime | None,
                       source_kind: str = "html", title: str | None = None, outlet: str | None = None,
                       published: datetime | None = None) -> ReadResult:
    """One page as a document, or the reason it is not one.

    *title*, *outlet* and *published* override what the page says (a feed entry knows
    them better than its HTML fragment).
    """
    if len(html) > MAX_HTML_CHARS:
        return ReadResult(None, IngestError(uri, "extract", "too_large", f"{len(html):,} characters of HTML"))
    try:
        tree = trafilatura.load_html(html)
    except (etree.ParserError, ValueError, TypeError) as exc:
        return ReadResult(None, IngestError(uri, "extract", "unparsable_html", f"{type(exc).__name__}: {exc}"))
    if tree is None:
        return ReadResult(None, IngestError(uri, "extract", "unparsable_html", "not an HTML document"))
    base = _base_url(tree, url)
    related = related_links(tree, base)
    try:
        data = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                           include_links=True)
    except Exception as exc:  # trafilatura raises a variety of parser errors on hostile markup
        return ReadResult(None, IngestError(uri, "extract", "unparsable_html", f"{type(exc).__name__}: {exc}"))
    if data is None or data.body is None:
        return ReadResult(None, IngestError(uri, "extract", "no_article_text", "no article text found in the page"))
    body = data.body
    body_links = [(" ".join("".join(ref.itertext()).split()), urljoin(base, ref.get("target", "")) if base
                   else ref.get("target", "")) for ref in body.iter("ref")]
    etree.strip_tags(body, "ref")  # the text for claims is plain prose, without [markdown](links)
    text = xmltotxt(body, False).strip()
    if len(text) < MIN_TEXT_CHARS:
        return ReadResult(None, IngestError(uri, "extract", "no_article_text",
                                            f"only {len(text)} characters of text; not an article"))
    notes: list[str] = []
    if published is None:
        published = _publication_date(data, tree, url, notes)
    own = {u for u in (canonical_url(uri), canonical_url(url)) if u}
    refs = _refs(related + body_links, own)[:MAX_LINKS]
    return ReadResult(Document(
        uri=uri,
        text=text,
        title=(title or data.title or text.split("\n", 1)[0])[:300],
        outlet=outlet or data.sitename or data.hostname,
        published_at=published,
        url=canonical_url(data.url) or url,
        fetched_at=fetched_at,
        source_kind=source_kind,
        related=tuple(refs),
        notes=tuple(notes),
    ), None)
