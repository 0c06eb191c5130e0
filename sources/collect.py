"""Turn the user's --source arguments into documents: folders, files, pages and feeds.

:func:`collect` is the whole ingest as a library call: read the local files, then crawl
the web sources hop by hop. Its two I/O steps are parameters, so the Prefect flow can
run each as a task (one per batch, with retries for transient failures) while the
logic - what is a source, what is followed, what counts against ``max_docs`` - stays here.

Local files are a closed catalogue: links in them are resolved against the catalogue
(``sources.related``), never fetched. Only pages and feeds reached over HTTP lead on
to other pages, so a folder run stays offline.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path

from reconcile.model import Document, IngestError
from sources.crawl import Crawl, FetchBatch, Outcome, ProgressHook, Target, fetch_batch, run_crawl
from sources.feeds import read_feed
from sources.http import FetchOptions
from sources.local import ReadResult, iter_files, read_file
from sources.urls import LinkScope, is_http_url

FEED_SUFFIXES = (".xml", ".rss", ".atom")
PARALLEL_FROM = 400  # files; below this, starting worker processes costs more than it saves
CHUNK = 64  # files per task sent to a worker process


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What a run reads beyond the sources it is given, and how it fetches."""

    depth: int = 1  # link hops followed from each page or feed entry (0: only the sources)
    max_docs: int | None = 200  # web documents taken (fetched pages and feed entries); None: no cap.
    # Local files are never capped: the user named them, and a folder is read whole.
    same_site: bool = False  # follow only links to the site of the page they start from
    allow_domains: tuple[str, ...] = ()  # follow only links to these domains (and subdomains)
    fetch: FetchOptions = field(default_factory=FetchOptions)
    http_cache: str | None = None  # SQLite file of ETag/Last-Modified validators; None: no conditional requests
    workers: int | None = None  # processes for large folders; None: one per CPU

    @property
    def scope(self) -> LinkScope:
        return LinkScope(self.same_site, tuple(self.allow_domains))


@dataclass
class Collected:
    documents: list[Document] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    seeds: list[Target] = field(default_factory=list)  # feed-file entries to fetch
    not_modified: int = 0  # pages answered 304 and reused from the HTTP cache
    skipped: int = 0  # pages not fetched or not taken because max_docs was reached
    duplicates: int = 0  # pages reached twice under different URLs


@dataclass
class Plan:
    """The sources sorted by kind; a source that is none of them is an error row."""

    files: list[Path] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


def plan(sources: Sequence[str]) -> Plan:
    """Sort the --source arguments into local files (folders expanded) and URLs."""
    out = Plan()
    seen: set[Path] = set()
    for source in sources:
        if is_http_url(source):
            out.urls.append(source.strip())
            continue
        if "://" in source or source.lower().startswith(("javascript:", "data:", "file:")):
            out.errors.append(IngestError(source, "resolve", "unsupported_scheme",
                                          "a source is a folder, a file or an http(s) URL"))
            continue
        path = Path(source).expanduser()
        if not path.exists():
            out.errors.append(IngestError(source, "resolve", "not_found", "no such file or folder"))
            continue
        files = list(iter_files(path.resolve()))
        if path.is_dir() and not files:
            out.errors.append(IngestError(source, "resolve", "empty_folder", "no .md, .txt or .html files"))
        for file in files:
            if file not in seen:
                seen.add(file)
                out.files.append(file)
    return out


def _read_chunk(paths: list[Path], fetched_at: datetime) -> list[ReadResult]:
    return [read_file(p, fetched_at) for p in paths]


def _read_feed_file(path: Path, fetched_at: datetime) -> tuple[list[Document], list[IngestError], list[Target]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [IngestError(str(path), "read", "unreadable", f"{type(exc).__name__}: {exc}")], []
    feed = read_feed(data, str(path), "application/xml", fetched_at)
    targets = [Target(ref.url, 0, ref.url, ref.anchor_text) for ref in feed.to_fetch if ref.url]
    return feed.documents, feed.errors, targets


def read_local(files: Sequence[Path], fetched_at: datetime, progress: ProgressHook | None = None,
               workers: int | None = None) -> Collected:
    """Read local files; a large folder is read by a pool of processes (extraction is CPU-bound).

    Feed files (``.xml``, ``.rss``, ``.atom``, given by name) give documents for their
    full-text entries and targets for the others.
    """
    out = Collected()
    progress = progress or ProgressHook()
    progress.add(len(files))
    feeds = [p for p in files if p.suffix.lower() in FEED_SUFFIXES]
    pages = [p for p in files if p.suffix.lower() not in FEED_SUFFIXES]
    for path in feeds:
        docs, errors, targets = _read_feed_file(path, fetched_at)
        out.documents.extend(docs)
        out.errors.extend(errors)
        out.seeds.extend(targets)
        progress.advance()
    workers = workers or os.cpu_count() or 1
    results: list[ReadResult] = []
    if workers > 1 and len(pages) >= PARALLEL_FROM:
        chunks = [pages[i:i + CHUNK] for i in range(0, len(pages), CHUNK)]
        try:
            # spawn, not fork: the flow process runs threads (Prefect, httpx), and forking those is unsafe.
            with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
                for chunk, batch in zip(chunks, pool.map(_read_chunk, chunks, [fetched_at] * len(chunks)),
                                        strict=True):
                    results.extend(batch)
                    progress.advance(len(chunk))
        except BrokenProcessPool:  # a worker died (OOM killer, a signal): finish in this process
            pages = pages[len(results):]
        else:
            pages = []
    for path in pages:
        results.append(read_file(path, fetched_at))
        progress.advance()
    for result in results:
        if result.document is not None:
            out.documents.append(result.document)
        if result.error is not None:
            out.errors.append(result.error)
    return out


ReadLocal = Callable[[list[Path]], Collected]


def collect(sources: Sequence[str], fetched_at: datetime, options: IngestOptions | None = None,
            progress: ProgressHook | None = None, read_local_fn: ReadLocal | None = None,
            fetch_batch_fn: FetchBatch | None = None) -> Collected:
    """Every document the sources hold and the coverage they link to; each failure is an IngestError.

    *read_local_fn* and *fetch_batch_fn* replace the two I/O steps (the flow wraps them
    in Prefect tasks). The default fetch does not retry: a transient failure becomes an
    error row at once.
    """
    options = options or IngestOptions()
    progress = progress or ProgressHook()
    planned = plan(sources)
    if read_local_fn is None:
        local = read_local(planned.files, fetched_at, progress, options.workers)
    else:
        local = read_local_fn(planned.files)
    documents = local.documents
    if fetch_batch_fn is None:
        def fetch_batch_fn(targets: list[Target], known: frozenset[str]) -> list[Outcome]:
            return fetch_batch(targets, options.fetch, fetched_at, options.http_cache, progress=progress, known=known)

    crawl = Crawl(
        seeds=[*planned.urls, *local.seeds], depth=options.depth,
        max_docs=options.max_docs,
        scope=options.scope, known_urls=[d.url for d in documents if d.url], progress=progress,
    )
    run_crawl(crawl, fetch_batch_fn)
    web_docs, web_errors = crawl.result()
    return Collected(
        documents=[*documents, *web_docs],
        errors=[*planned.errors, *local.errors, *web_errors],
        not_modified=crawl.not_modified,
        skipped=crawl.skipped,
        duplicates=crawl.duplicates,
    )

