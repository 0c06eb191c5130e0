"""Following linked coverage: which URL to fetch next, and what each fetch gave.

The crawl is breadth-first by hop: the user's URLs and feed entries are hop 0, the
pages they link to hop 1, and so on up to ``depth``. :class:`Crawl` only keeps the
frontier and the results; it does no I/O. Fetching happens in batches
(:func:`fetch_batch`, one batch per hop, or several when ``max_docs`` leaves room for
fewer pages than the hop holds), so an orchestrator can run one task per batch and
retry only the targets that failed transiently (:class:`Retry` outcomes).

One page is one document however it is reached: targets are canonical URLs, a
redirect's source and destination and a page's declared canonical URL are aliases of
one document, and a second URL whose text hashes the same as a document already taken
is a duplicate, not a new document.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import httpx

from reconcile.model import Document, IngestError, RelatedRef
from sources.cache import HttpCache
from sources.errors import TransientFetchError
from sources.feeds import looks_like_feed, read_feed
from sources.html import decode_html, document_from_html
from sources.http import FEED_TYPES, FetchOptions, Moved, Page, fetch, make_client
from sources.urls import LinkScope, canonical_url, looks_like_a_page, refuse_scheme

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Target:
    """A URL to fetch, and how the crawl got there."""

    url: str  # canonical
    depth: int  # 0: a source the user gave (or an entry of a feed they gave)
    origin: str  # the hop-0 URL this chain started from; --same-site compares with it
    anchor: str | None = None  # the link text that pointed here


@dataclass(frozen=True, slots=True)
class Fetched:
    """A target that gave something: a page's document, or a feed's documents and entries."""

    target: Target
    aliases: tuple[str, ...]  # every canonical URL that led to this body
    documents: tuple[Document, ...] = ()
    entries: tuple[RelatedRef, ...] = ()  # feed entries whose pages are still to fetch
    errors: tuple[IngestError, ...] = ()  # a feed's bad entries
    not_modified: bool = False  # answered 304: the documents come from the HTTP cache
    moved_to: str | None = None  # redirected to a page the crawl already has: nothing to read here


@dataclass(frozen=True, slots=True)
class Failed:
    target: Target
    error: IngestError


@dataclass(frozen=True, slots=True)
class Retry:
    """A transient failure: the orchestrator may fetch the target again."""

    target: Target
    reason: str
    detail: str

    def error(self, attempts: int) -> IngestError:
        return TransientFetchError(self.target.url, self.reason, self.detail).as_ingest_error(attempts)


Outcome = Fetched | Failed | Retry


class ProgressHook:
    """Told about the crawl's progress; the default shows nothing (see sources.progress)."""

    def add(self, total: int) -> None:  # more targets are known
        pass

    def advance(self, done: int = 1) -> None:  # targets finished
        pass


def read_page(page: Page, target: Target, fetched_at: datetime | None) -> Fetched | Failed:
    """A fetched body as documents: a feed's entries, or one HTML page."""
    if looks_like_feed(page.content_type, page.body):
        feed = read_feed(page.body, page.url, page.content_type + (f"; charset={page.charset}" if page.charset else ""),
                         fetched_at)
        return Fetched(target, page.aliases, tuple(feed.documents), tuple(feed.to_fetch), tuple(feed.errors),
                       page.not_modified)
    if page.content_type in FEED_TYPES:
        return Failed(target, IngestError(target.url, "parse", "unsupported_content_type",
                                          f"`{page.content_type}` that is not an RSS or Atom feed"))
    if not page.body.strip():
        return Failed(target, IngestError(target.url, "fetch", "empty", "the response has no body"))
    text, _codec = decode_html(page.body, page.charset)
    result = document_from_html(text, uri=page.url, url=page.url, fetched_at=fetched_at)
    if result.document is None:
        error = result.error or IngestError(target.url, "extract", "no_article_text", "")
        return Failed(target, replace(error, uri=target.url) if error.uri != target.url else error)
    return Fetched(target, page.aliases, (result.document,), not_modified=page.not_modified)


def fetch_target(target: Target, *, client: httpx.Client, options: FetchOptions, fetched_at: datetime | None,
                 cache: HttpCache | None = None, known: Collection[str] = frozenset()) -> Fetched | Failed:
    """Fetch and read one target; a redirect to a *known* URL is not followed.

    :raises TransientFetchError: when a retry may succeed.
    """
    result = fetch(target.url, client=client, options=options, cache=cache, known=known)
    if isinstance(result, IngestError):
        return Failed(target, result)
    if isinstance(result, Moved):
        return Fetched(target, result.aliases, moved_to=result.url)
    return read_page(result, target, fetched_at)


def _open_cache(path: str | Path | None) -> HttpCache | None:
    return HttpCache(path) if path else None


def fetch_one(target: Target, options: FetchOptions, fetched_at: datetime | None, cache_path: str | Path | None = None,
              known: Collection[str] = frozenset(), transport: httpx.BaseTransport | None = None) -> Fetched | Failed:
    """:func:`fetch_target` with its own client and cache: the unit an orchestrator retries.

    :raises TransientFetchError: when a retry may succeed.
    """
    cache = _open_cache(cache_path)
    try:
        with make_client(options, transport) as client:
            return fetch_target(target, client=client, options=options, fetched_at=fetched_at, cache=cache,
                                known=known)
    finally:
        if cache is not None:
            cache.close()


def fetch_batch(targets: Sequence[Target], options: FetchOptions, fetched_at: datetime | None,
                cache_path: str | Path | None = None, transport: httpx.BaseTransport | None = None,
                progress: ProgressHook | None = None, known: Collection[str] | None = None) -> list[Outcome]:
    """Fetch *targets* concurrently (``options.concurrency`` threads, ``per_host`` per server).

    Never raises for a bad URL: each target gives a :class:`Fetched`, a :class:`Failed`,
    or a :class:`Retry` when the failure was transient. Outcomes are in target order.
    A redirect to one of the *known* URLs (default: the batch's own) is not followed.
    """
    if not targets:
        return []
    cache = _open_cache(cache_path)
    known = frozenset(t.url for t in targets) if known is None else known

    def one(target: Target) -> Outcome:
        try:
            return fetch_target(target, client=client, options=options, fetched_at=fetched_at, cache=cache,
                                known=known)
        except TransientFetchError as exc:
            return Retry(target, exc.reason, exc.detail)
        except Exception as exc:  # a bug on one page must not lose the others; it is logged and kept as a row
            log.exception("unexpected error reading %s", target.url)
            return Failed(target, IngestError(target.url, "fetch", "internal_error", f"{type(exc).__name__}: {exc}"))
        finally:
            if progress is not None:
                progress.advance()

    try:
        with make_client(options, transport) as client, ThreadPoolExecutor(
                max_workers=max(1, min(options.concurrency, len(targets))), thread_name_prefix="fetch") as pool:
            return list(pool.map(one, targets))
    finally:
        if cache is not None:
            cache.close()


@dataclass
class Crawl:
    """The frontier and the harvest of one run's web ingest. No I/O: feed it outcomes.

    >>> crawl = Crawl(["https://example.org/a"], depth=1)
    >>> [t.url for t in crawl.next_batch()]
    ['https://example.org/a']
    """

    seeds: Iterable[str | Target] = ()
    depth: int = 1
    max_docs: int | None = None  # documents this crawl may take (the run's cap minus local documents)
    scope: LinkScope = field(default_factory=LinkScope)
    known_urls: Iterable[str] = ()  # pages the run already has (local files' original URLs): not fetched
    progress: ProgressHook = field(default_factory=ProgressHook)

    documents: list[Document] = field(default_factory=list, init=False)
    errors: list[IngestError] = field(default_factory=list, init=False)
    not_modified: int = field(default=0, init=False)  # pages answered 304 and read from the cache
    skipped: int = field(default=0, init=False)  # targets left unfetched because max_docs was reached
    duplicates: int = field(default=0, init=False)  # pages that turned out to be a document already taken
    _frontier: dict[int, deque[Target]] = field(default_factory=dict, init=False)
    _seen: set[str] = field(default_factory=set, init=False)
    _alias: dict[str, str] = field(default_factory=dict, init=False)  # canonical URL → document uri
    _by_hash: dict[str, str] = field(default_factory=dict, init=False)  # content hash → document uri
    _moved: dict[str, str] = field(default_factory=dict, init=False)  # redirect source → destination URL

    def __post_init__(self) -> None:
        self._seen.update(u for u in (canonical_url(k) for k in self.known_urls) if u)
        for seed in self.seeds:
            if isinstance(seed, Target):
                self._push(seed)
                continue
            refused = refuse_scheme(seed)
            if refused:
                self.errors.append(refused)
                continue
            url = canonical_url(seed)
            assert url is not None  # refuse_scheme checked it
            self._push(Target(url, 0, url))

    def _push(self, target: Target) -> bool:
        if target.url in self._seen:
            return False
        self._seen.add(target.url)
        self._frontier.setdefault(target.depth, deque()).append(target)
        self.progress.add(1)
        return True

    @property
    def room(self) -> int | None:
        """Documents still allowed; None when there is no cap."""
        return None if self.max_docs is None else max(0, self.max_docs - len(self.documents))

    def known(self) -> frozenset[str]:
        """Every URL the crawl has fetched, queued or taken: a redirect to one of them is not followed."""
        return frozenset(self._seen)

    def pending(self) -> int:
        return sum(len(q) for q in self._frontier.values())

    def next_batch(self) -> list[Target]:
        """The next targets to fetch: the shallowest hop first, no more than the cap leaves room for."""
        room = self.room
        if room == 0:
            left = self.pending()
            if left:
                self.skipped += left
                self.progress.advance(left)
                self._frontier.clear()
            return []
        for depth in sorted(self._frontier):
            queue = self._frontier[depth]
            if queue:
                take = len(queue) if room is None else min(room, len(queue))
                return [queue.popleft() for _ in range(take)]
        return []

    def accept(self, outcomes: Iterable[Fetched | Failed | Retry]) -> None:
        """Take a batch's outcomes: keep documents and errors, queue the links to follow.

        A :class:`Retry` that reaches here was not retried (or retried elsewhere): it is a failure.
        """
        for outcome in outcomes:
            if isinstance(outcome, Failed):
                self.errors.append(outcome.error)
            elif isinstance(outcome, Retry):
                self.errors.append(outcome.error(1))
            else:
                self._accept_fetched(outcome)

    def _accept_fetched(self, outcome: Fetched) -> None:
        self.errors.extend(outcome.errors)
        self.not_modified += outcome.not_modified
        target = outcome.target
        for url in outcome.aliases:
            self._seen.add(url)
            if outcome.moved_to:
                self._moved[url] = outcome.moved_to
        for doc in outcome.documents:
            if not self._take(doc, outcome.aliases):
                continue
            if target.depth < self.depth:
                self._follow(doc, target)
        for entry in outcome.entries:
            assert entry.url is not None  # read_feed only lists entries with an http(s) link
            self._push(Target(entry.url, target.depth, entry.url, entry.anchor_text))

    def _take(self, doc: Document, aliases: Sequence[str]) -> bool:
        """Keep *doc* unless it is one already taken or the cap is reached."""
        same = self._alias.get(doc.uri) or self._by_hash.get(doc.content_hash)
        if same is not None:
            self.duplicates += 1
            for url in (*aliases, doc.uri):
                self._alias.setdefault(url, same)
            return False
        if self.room == 0:
            self.skipped += 1
            return False
        self.documents.append(doc)
        self._by_hash[doc.content_hash] = doc.uri
        for url in (*aliases, doc.uri, doc.url):
            if url:
                self._alias.setdefault(url, doc.uri)
                self._seen.add(url)
        return True

    def _follow(self, doc: Document, target: Target) -> None:
        origin = target.origin if target.depth else doc.uri  # a seed that redirected: its destination's site
        for ref in doc.related:
            url = ref.url
            if url and looks_like_a_page(url) and self.scope.allows(url, origin):
                self._push(Target(url, target.depth + 1, origin, ref.anchor_text))

    def result(self) -> tuple[list[Document], list[IngestError]]:
        """Documents with their link URLs rewritten to the document they reached, and the errors.

        A link to ``/old`` that redirected to ``/new`` points at ``/new``, so the warehouse
        resolves it by URL to the document it led to.
        """
        def reached(url: str) -> str:
            url = self._moved.get(url, url)
            return self._alias.get(url, url)

        docs = []
        for doc in self.documents:
            refs = tuple(RelatedRef(r.anchor_text, reached(r.url)) if r.url else r for r in doc.related)
            docs.append(replace(doc, related=refs) if refs != doc.related else doc)
        return docs, list(self.errors)


FetchBatch = Callable[[list[Target], frozenset[str]], list[Outcome]]  # (targets, known URLs) → outcomes


def run_crawl(crawl: Crawl, fetch_batch_fn: FetchBatch) -> Crawl:
    """Fetch batches until the frontier is empty or the cap is reached."""
    while batch := crawl.next_batch():
        crawl.accept(fetch_batch_fn(batch, crawl.known()))
    return crawl
