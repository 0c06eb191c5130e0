"""The pipeline as a Prefect flow: ingest → extract → match → verdicts → store → report.

Tasks are coarse (one per stage), because each task run costs 20–35 ms of Prefect
server time. Large collections go to tasks wrapped in ``quote()``: Prefect otherwise visits
every element of every parameter (every field of every claim) looking for futures, which
doubled the time of matching 21,000 claims. The flow reads the warehouse once, does its work in memory and writes
once, in one transaction (DuckDB allows one writer). The matches alone are not held: matching
hands them over in batches to a spool of Parquet files next to the warehouse
(``warehouse.store.MatchSpool``), which that one transaction inserts. A run holds the
warehouse's run lock (``flows/runlock.py``) from start to end, so a second run waits for it, or skips.

With ``runner="dask"`` extraction and matching run as a few coarse tasks per worker on a
dask.distributed cluster (``flows/scaleout.py``); each match partition's table is spooled as it
arrives, the rest is merged, everything is written once, and equals the default runner's.
"""

from __future__ import annotations

import os
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, fields
from functools import lru_cache
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path
from typing import Any

import pyarrow as pa
from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.futures import wait
from prefect.runtime import flow_run
from prefect.states import Completed, State
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from reconcile.claims import extract_claims
from reconcile.entities import AliasTable, load_aliases
from reconcile.findings import reconcile_in_batches
from reconcile.model import Claim, Document, Finding, IngestError, Link, MatchPolicy, RunRecord, SourceInfo
from reconcile.partition import partition_claims
from sources.collect import Collected, IngestOptions, collect, read_local
from sources.crawl import Failed, Fetched, Outcome, ProgressHook, Retry, Target, fetch_batch, fetch_one
from sources.errors import TransientFetchError
from sources.http import FetchOptions
from sources.progress import console_progress
from sources.related import CatalogueEntry, resolve_links
from warehouse import db as wdb
from warehouse.report import discrepancy_table, write_report
from warehouse.store import (MatchSpool, WarehouseState, load_documents, load_state, match_spool_folder, match_table,
                             record_failed_run, save_run)

from flows import runlock, scaleout
from flows.config import Settings, load_settings


def bundled_corpus() -> Path:
    """The corpus that ships with the project: the seed article and its coverage."""
    return Path(str(files("sources").joinpath("corpus")))


REPORT_ARTIFACT_KEY = "reconciliation-report"
DISCREPANCIES_ARTIFACT_KEY = "discrepancies"


def package_version() -> str:
    try:
        return version("claim-reconciliation")
    except PackageNotFoundError:
        return "0+unknown"


@dataclass
class RunSummary:
    run_id: str
    db: str
    report: str | None
    documents: int
    documents_new: int
    claims: int
    findings_by_verdict: dict[str, int]
    top_discrepancies: list[dict[str, object]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    skipped: str | None = None  # why the run did nothing: another run held the warehouse

    @property
    def exit_code(self) -> int:
        """0 when everything was read; 3 when the run completed but some sources failed; 75 when it skipped."""
        if self.skipped:
            return runlock.SKIPPED_EXIT_CODE
        return 3 if self.errors else 0


# --- ingest: local files in one task, web pages in one task per fetch batch (one per hop,
# or more when --max-docs leaves room for fewer pages than the hop holds). Only the URLs
# that failed transiently are fetched again, each by a task that Prefect retries with
# exponential backoff; the pages that succeeded are not fetched twice.


def retry_if_transient(task: Task[..., Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry only what a retry can fix (timeouts, dropped connections, 429/5xx)."""
    try:
        state.result()
    except TransientFetchError:
        return True
    except Exception:
        return False
    return False


@task(cache_policy=NO_CACHE)
def read_local_sources(files: list[Path], fetched_at: datetime, progress: ProgressHook) -> Collected:
    return read_local(files, fetched_at, progress)


@task(cache_policy=NO_CACHE, task_run_name="fetch-batch-of-{targets_count}")
def fetch_pages(targets: list[Target], targets_count: int, known: frozenset[str], options: FetchOptions,
                fetched_at: datetime, http_cache: str | None, progress: ProgressHook) -> list[Outcome]:
    return fetch_batch(targets, options, fetched_at, http_cache, progress=progress, known=known)


@task(cache_policy=NO_CACHE, retry_condition_fn=retry_if_transient, retry_jitter_factor=0.2,
      task_run_name="fetch-again-{target.url}")
def fetch_again(target: Target, known: frozenset[str], options: FetchOptions, fetched_at: datetime,
                http_cache: str | None) -> Fetched | Failed:
    return fetch_one(target, options, fetched_at, http_cache, known)


def _retry_transient(outcomes: list[Outcome], known: frozenset[str], options: FetchOptions, fetched_at: datetime,
                     http_cache: str | None, retries: int, retry_delay: float) -> list[Outcome]:
    """Fetch the batch's transient failures again; what still fails becomes an error row."""
    transient = [o for o in outcomes if isinstance(o, Retry)]
    if not transient or retries < 1:
        return outcomes
    again = fetch_again.with_options(retries=retries - 1, retry_delay_seconds=exponential_backoff(retry_delay))
    futures = [again.submit(o.target, known, options, fetched_at, http_cache) for o in transient]
    wait(futures)
    settled: dict[str, Outcome] = {}
    for retry, future in zip(transient, futures, strict=True):
        if future.state.is_completed():
            settled[retry.target.url] = future.result()
            continue
        exc = future.result(raise_on_failure=False)
        if isinstance(exc, TransientFetchError):
            settled[retry.target.url] = Failed(retry.target, exc.as_ingest_error(retries + 1))
        else:  # a bug while fetching one page: keep it as a row, the run goes on
            settled[retry.target.url] = Failed(retry.target, IngestError(
                retry.target.url, "fetch", "internal_error", f"{type(exc).__name__}: {exc}"))
    return [settled.get(o.target.url, o) if isinstance(o, Retry) else o for o in outcomes]


def ingest(sources: list[str], fetched_at: datetime, options: IngestOptions, retries: int,
           retry_delay: float) -> Collected:
    """Run sources.collect with its two I/O steps as Prefect tasks, and a progress bar on a terminal."""
    with console_progress("ingesting") as progress:
        def fetch_step(targets: list[Target], known: frozenset[str]) -> list[Outcome]:
            outcomes = fetch_pages(targets, len(targets), known, options.fetch, fetched_at, options.http_cache,
                                   progress)
            return _retry_transient(outcomes, known, options.fetch, fetched_at, options.http_cache, retries,
                                    retry_delay)

        result = collect(sources, fetched_at, options, progress=progress,
                         read_local_fn=lambda files: read_local_sources(files, fetched_at, progress),
                         fetch_batch_fn=fetch_step)
    logger = get_run_logger()
    logger.info("ingested %d documents (%d unchanged since the last fetch), %d failures", len(result.documents),
                result.not_modified, len(result.errors))
    if result.skipped:
        logger.warning("--max-docs reached: %d pages were not taken", result.skipped)
    return result


def default_http_cache(db: Path) -> Path:
    """The HTTP validator cache lives next to the warehouse: `warehouse.duckdb` → `warehouse.http-cache.sqlite`."""
    return db.with_name(db.stem + ".http-cache.sqlite")


# DuckDB lets one process at a time open the file. A stage that finds it held (by `claims sql`,
# a report, another run between two of its stages) waits this long for it before failing the run.
WAREHOUSE_WAIT_SECONDS = 60.0


@task(cache_policy=NO_CACHE)
def load_warehouse_state(db: Path) -> WarehouseState:
    with wdb.connect(db, wait=WAREHOUSE_WAIT_SECONDS) as con:
        wdb.apply_migrations(con)
        return load_state(con)


@task(cache_policy=NO_CACHE)
def load_stored_documents(db: Path, doc_ids: list[str]) -> list[Document]:
    with wdb.connect(db, wait=WAREHOUSE_WAIT_SECONDS) as con:
        return load_documents(con, doc_ids)


@task(cache_policy=NO_CACHE)
def extract_new_claims(documents: list[Document], aliases_text: str | None,
                       aliases_origin: str) -> tuple[list[Claim], list[IngestError]]:
    """Claims of the documents not extracted before; one bad document never stops the others.

    Large batches are spread over a process pool (extraction is pure Python and CPU-bound);
    each worker loads the alias table once.
    """
    workers = min(os.cpu_count() or 1, 8)
    if len(documents) < PARALLEL_EXTRACTION_MIN_DOCS or workers < 2:
        return extract_batch(documents, aliases_text, aliases_origin)
    chunks = [documents[i : i + 50] for i in range(0, len(documents), 50)]
    claims: list[Claim] = []
    errors: list[IngestError] = []
    with ProcessPoolExecutor(workers) as pool:
        for rows, batch_errors in pool.map(_extract_batch_rows, chunks, [aliases_text] * len(chunks),
                                           [aliases_origin] * len(chunks)):
            claims += [Claim(*row) for row in rows]
            errors += batch_errors
    return claims, errors


# Claims come back from a worker as plain tuples of their fields, rebuilt here with
# Claim(*row). Pickling the slotted dataclass itself goes through dataclasses' Python-level
# __getstate__/__setstate__ for every claim, which costs about twice as much on both sides
# (and this side, the parent, is the one that does not scale with workers).
_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


def _extract_batch_rows(documents: list[Document], aliases_text: str | None,
                        aliases_origin: str) -> tuple[list[tuple[Any, ...]], list[IngestError]]:
    """extract_batch in a worker process, its claims as tuples of their fields."""
    claims, errors = _extract_with(documents, _worker_aliases(aliases_text, aliases_origin))
    return [tuple(getattr(c, name) for name in _CLAIM_FIELDS) for c in claims], errors


@lru_cache(maxsize=1)
def _worker_aliases(aliases_text: str | None, aliases_origin: str) -> AliasTable:
    """The alias table of a worker process, loaded at its first chunk and kept for the others.

    Loading and compiling it costs about 4 ms, 2% of a 50-document chunk's work, which every
    chunk paid when each loaded its own. (Extraction only reads the table.)
    """
    return load_aliases(aliases_text, aliases_origin)


PARALLEL_EXTRACTION_MIN_DOCS = 200  # below this, starting processes costs more than it saves


# A news article holds tens of claims (the bundled corpus: at most 16). Matching compares one
# document's claims pairwise, so a hostile or broken file with thousands of figures would stall
# the run: past this many, the first ones are kept and an ingest_errors row says so.
MAX_CLAIMS_PER_DOCUMENT = 200


def extract_batch(documents: list[Document], aliases_text: str | None,
                  aliases_origin: str) -> tuple[list[Claim], list[IngestError]]:
    return _extract_with(documents, load_aliases(aliases_text, aliases_origin))


def _extract_with(documents: list[Document], aliases: AliasTable) -> tuple[list[Claim], list[IngestError]]:
    """The claims of *documents* and the errors of those that fail, read with the table *aliases*."""
    claims: list[Claim] = []
    errors: list[IngestError] = []
    for doc in documents:
        try:
            found = extract_claims(doc, aliases, max_claims=MAX_CLAIMS_PER_DOCUMENT)
        except Exception as exc:  # a bug on one document's text must not lose the run
            errors.append(IngestError(doc.uri, "extract", "extraction_failed", f"{type(exc).__name__}: {exc}"))
            continue
        if len(found) > MAX_CLAIMS_PER_DOCUMENT:
            found = found[:MAX_CLAIMS_PER_DOCUMENT]
            read_to = max(c.end_char for c in found)
            errors.append(IngestError(doc.uri, "extract", "too_many_claims",
                                      f"more than {MAX_CLAIMS_PER_DOCUMENT} claims; the first {MAX_CLAIMS_PER_DOCUMENT} "
                                      f"(up to character {read_to:,} of {len(doc.text):,}) are kept"))
        claims.extend(found)
    return claims, errors


@task(cache_policy=NO_CACHE)
def resolve_related(documents: list[Document], catalogue: list[CatalogueEntry]) -> list[Link]:
    links: list[Link] = []
    for doc in documents:
        links.extend(resolve_links(doc, catalogue))
    return links


@task(cache_policy=NO_CACHE)
def match_and_decide(claims: list[Claim], sources: dict[str, SourceInfo], policy: MatchPolicy,
                     place_parents: dict[str, str], spool: MatchSpool) -> tuple[MatchSpool, list[Finding]]:
    """The findings of *claims*; their matches go to *spool* as they are found (``MatchSpool``)."""
    _, findings = reconcile_in_batches(claims, sources, policy, place_parents, spool.add)
    return spool, findings


@task(cache_policy=NO_CACHE, task_run_name="extract-chunk-{index}")
def extract_chunk(documents: scaleout.Parcel, aliases_text: str | None, aliases_origin: str,
                  index: int) -> scaleout.Parcel:
    """One chunk of the documents to extract (a Parcel of a list), on a Dask worker.

    Returns a Parcel of (claims, errors): it travels back to the flow as rows of fields.
    """
    return scaleout.Parcel(extract_batch(documents.value, aliases_text, aliases_origin))


@task(cache_policy=NO_CACHE)
def plan_partitions(claims: list[Claim], sources: dict[str, SourceInfo], policy: MatchPolicy,
                    place_parents: dict[str, str], parts: int) -> list[list[Claim]]:
    return partition_claims(claims, sources, policy, parts, place_parents)


@task(cache_policy=NO_CACHE, task_run_name="match-partition-{index}")
def match_partition(claims: scaleout.Parcel, sources: scaleout.Parcel, policy: MatchPolicy,
                    place_parents: dict[str, str], index: int) -> scaleout.Parcel:
    """Match and decide one partition (claims and their sources in Parcels), on a Dask worker.

    No candidate pair leaves a partition, so its matches and findings are final. Returns a
    Parcel of (matches as their warehouse rows, findings): an Arrow table travels as a few
    buffers, where millions of ClaimMatch objects would be unpickled one by one by the flow.
    """
    tables: list[pa.Table] = []
    _, findings = reconcile_in_batches(claims.value, sources.value, policy, place_parents,
                                       lambda batch: tables.append(match_table(batch)))
    return scaleout.Parcel((pa.concat_tables(tables) if tables else match_table([]), findings))


def extract_on_dask(dask: Any, documents: list[Document], aliases_text: str | None,
                    aliases_origin: str) -> tuple[list[Claim], list[IngestError]]:
    """Extract chunks on the Dask workers, a bounded number in flight.

    Each chunk's documents travel inside its task, so submitting them all at once would put
    the whole corpus in the task graph (about 340 MB for 100,000 synthetic documents). At
    most IN_FLIGHT_PER_THREAD chunks per worker thread are submitted ahead; results are
    taken in document order, as one process would list them. (The 336 MiB graph and the
    process killed at 12.8 GB first seen at 100,000 documents were the benchmark's flow
    carrying the corpus in every task: see benchmarks/README.md, "Dask".)
    """
    pending = iter(enumerate(scaleout.chunks(documents, scaleout.worker_threads(dask))))
    in_flight: deque[Any] = deque()

    def submit_next() -> None:
        nxt = next(pending, None)
        if nxt is not None:
            i, chunk = nxt
            in_flight.append(dask.submit(extract_chunk, {
                "documents": scaleout.Parcel(chunk), "aliases_text": aliases_text,
                "aliases_origin": aliases_origin, "index": i}))

    for _ in range(scaleout.IN_FLIGHT_PER_THREAD * scaleout.worker_threads(dask)):
        submit_next()
    claims: list[Claim] = []
    errors: list[IngestError] = []
    while in_flight:
        chunk_claims, chunk_errors = in_flight.popleft().result().value
        submit_next()
        claims += chunk_claims
        errors += chunk_errors
    return claims, errors


def match_on_dask(dask: Any, claims: list[Claim], sources: dict[str, SourceInfo], policy: MatchPolicy,
                  place_parents: dict[str, str], spool: MatchSpool) -> tuple[MatchSpool, list[Finding]]:
    """Match and decide the partitions on the Dask workers; each partition's matches go to *spool* as it arrives."""
    parts = plan_partitions(quote(claims), quote(sources), policy, place_parents,
                            scaleout.PARTITIONS_PER_THREAD * scaleout.worker_threads(dask))
    futures = []
    for i, part in enumerate(parts):
        docs = {c.doc_id for c in part}
        part_sources = {d: s for d, s in sources.items() if d in docs}
        futures.append(dask.submit(match_partition, {
            "claims": scaleout.Parcel(part), "sources": scaleout.Parcel(part_sources), "policy": policy,
            "place_parents": place_parents, "index": i}))
    findings: list[Finding] = []
    futures.reverse()
    while futures:  # popped, so that a partition's result is dropped once spooled
        part_matches, part_findings = futures.pop().result().value
        spool.add(part_matches)
        findings += part_findings
    findings.sort(key=lambda f: f.finding_id)  # as reconcile sorts them, whatever the partitioning
    return spool, findings


@task(cache_policy=NO_CACHE)
def store(db: Path, record: RunRecord, flow_run_name: str | None = None) -> None:
    with wdb.connect(db, wait=WAREHOUSE_WAIT_SECONDS) as con:
        save_run(con, record, flow_run_name=flow_run_name)


@task(cache_policy=NO_CACHE)
def report(db: Path, report_dir: Path, run_id: str) -> Path:
    """Write the run's Markdown and HTML reports; publish the report and the discrepancies as artifacts."""
    with wdb.connect(db, read_only=False, wait=WAREHOUSE_WAIT_SECONDS) as con:
        path = write_report(con, report_dir, run_id)
        table = discrepancy_table(con)
    create_markdown_artifact(key=REPORT_ARTIFACT_KEY, markdown=path.read_text(encoding="utf-8"),
                             description=f"Claim reconciliation report of run {run_id}")
    create_table_artifact(key=DISCREPANCIES_ARTIFACT_KEY, table=table,
                          description=f"Current discrepancies after run {run_id}")
    return path


def _record_failure(db: Path, record: RunRecord, exc: BaseException, flow_run_name: str | None) -> None:
    """Best effort: a failed run gets a `runs` row saying why. The original error is what the caller sees."""
    try:
        with wdb.connect(db, wait=5.0) as con:  # short: the run may have failed waiting for this very file
            wdb.apply_migrations(con)
            record_failed_run(con, record, f"{type(exc).__name__}: {exc}", flow_run_name=flow_run_name)
    except Exception as inner:  # the warehouse may be the very thing that failed (locked, unreadable)
        get_run_logger().warning("could not record the failed run %s: %s", record.run_id, inner)


def _current_documents(documents: list[Document], state: WarehouseState) -> tuple[list[Document], list[Document]]:
    """(documents to store, documents to extract): a re-read with an unchanged hash is neither."""
    unique: dict[str, Document] = {}
    for d in documents:
        unique.setdefault(d.doc_id, d)
    changed = [d for d in unique.values() if d.doc_id not in state.extracted_doc_ids]
    return list(unique.values()), changed


@flow(name="reconcile-coverage", log_prints=False)
def reconcile_coverage(
    sources: list[str] | None = None,
    db: str | None = None,
    report_dir: str | None = None,
    aliases: str | None = None,
    depth: int = 1,
    max_docs: int | None = 200,
    same_site: bool = False,
    allow_domains: list[str] | None = None,
    allow_private: bool = False,
    fetch_timeout: float = 10.0,
    fetch_retries: int = 2,
    retry_delay: float = 2.0,
    max_bytes: int = 5 * 1024 * 1024,
    http_cache: str | None = None,
    wait_for_lock: float = runlock.DEFAULT_WAIT_SECONDS,
    runner: str = "default",
    dask_address: str | None = None,
    dask_workers: int | None = None,
) -> RunSummary | State:
    """Read the sources, extract their claims, reconcile them with the warehouse's, store and report.

    Web sources are followed *depth* link hops, up to *max_docs* documents in all;
    *same_site* and *allow_domains* limit which links are followed, and *allow_private*
    lets the run fetch hosts on private or loopback addresses. A transient fetch failure
    is retried *fetch_retries* times (the first at once, then after *retry_delay* seconds,
    doubling). ETag/Last-Modified validators persist in *http_cache* (default: next to *db*).

    A run that finds another one working on the same warehouse waits up to *wait_for_lock*
    seconds, then skips: it ends in a Completed state named "Skipped" and changes nothing.
    *runner* "dask" runs extraction and matching on the Dask scheduler at *dask_address*,
    or on a new LocalCluster of *dask_workers* processes; it needs a Prefect server.
    """
    settings: Settings = load_settings(db=db, report_dir=report_dir, aliases=aliases)
    started = datetime.now(timezone.utc)
    run_id = started.strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
    source_list = list(sources) if sources else [str(bundled_corpus())]
    flow_run_name = flow_run.get_name()
    config_hash = settings.config_hash()  # raises ConfigError (before any run exists) on an unreadable alias file
    fetch_options = FetchOptions(timeout=fetch_timeout, total_timeout=max(3 * fetch_timeout, fetch_timeout + 5),
                                 max_bytes=max_bytes, allow_private=allow_private)
    ingest_options = IngestOptions(depth=depth, max_docs=max_docs, same_site=same_site,
                                   allow_domains=tuple(allow_domains or ()), fetch=fetch_options,
                                   http_cache=http_cache or str(default_http_cache(settings.db)))
    scaleout.check_runner(runner)  # raises before the lock is taken: the Dask runner needs a Prefect server
    logger = get_run_logger()

    def waiting(holder: str) -> None:
        logger.info("waiting up to %.0f s for the run lock of %s, held by %s", wait_for_lock, settings.db, holder)

    with ExitStack() as held:
        try:
            held.enter_context(runlock.run_lock(settings.db, wait=wait_for_lock, on_wait=waiting,
                                                flow_run_id=str(flow_run.get_id() or ""), flow_run_name=flow_run_name))
        except runlock.RunLockBusy as busy:
            logger.warning("%s", busy)
            summary = RunSummary(run_id=run_id, db=str(settings.db), report=None, documents=0, documents_new=0,
                                 claims=0, findings_by_verdict={}, skipped=str(busy))
            return Completed(name="Skipped", message=str(busy), data=summary)
        try:
            cluster = held.enter_context(ExitStack())  # closed by _reconcile once matching is done
            dask = None
            if runner == "dask":
                dask = cluster.enter_context(scaleout.dask_task_runner(dask_address, dask_workers))
            return _reconcile(settings, started, run_id, source_list, flow_run_name, ingest_options, fetch_retries,
                              retry_delay, dask, cluster.close)
        except Exception as exc:
            failed = RunRecord(
                run_id=run_id, started_at=started, finished_at=datetime.now(timezone.utc), documents=(), claims=(),
                links=(), matches=(), findings=(), errors=(), status="failed", flow_run_id=str(flow_run.get_id() or ""),
                config_hash=config_hash, version=package_version(), sources=tuple(source_list),
            )
            _record_failure(settings.db, failed, exc, flow_run_name)
            raise



def _reconcile(settings: Settings, started: datetime, run_id: str, source_list: list[str],
               flow_run_name: str | None, ingest_options: IngestOptions, fetch_retries: int,
               retry_delay: float, dask: Any = None, release_dask: Callable[[], None] = lambda: None) -> RunSummary:
    """The run's stages; with *dask*, extraction and matching run on it, and *release_dask* is
    called once they are done: a LocalCluster's workers then stop, rather than hold through the
    write what their partitions left (at 10,000 synthetic documents about 1 GB of the run's
    2.2 GB peak, which was the write's)."""
    collected = ingest(source_list, started, ingest_options, fetch_retries, retry_delay)
    documents, errors = collected.documents, collected.errors
    state = load_warehouse_state(settings.db)
    documents, new_docs = _current_documents(documents, state)
    config_hash = settings.config_hash()
    reextract: list[str] = []
    if state.last_config_hash and state.last_config_hash != config_hash:
        # The extractor, its alias table or the policy changed: stored claims are stale.
        fresh = {d.doc_id for d in new_docs}
        reextract = [doc_id for doc_id, _, _ in state.latest.values() if doc_id not in fresh]
        new_docs += load_stored_documents(settings.db, reextract)

    aliases_text = settings.aliases_text()
    # quote(): Prefect walks every task argument, item by item, to track dependencies; for a run's
    # documents, claims and matches that walk cost more than the work (13 s of 19 s on 23,000 matches).
    if dask is None:
        new_claims, extract_errors = extract_new_claims(quote(new_docs), aliases_text, str(settings.aliases))
    else:
        new_claims, extract_errors = extract_on_dask(dask, new_docs, aliases_text, str(settings.aliases))
    errors = [*errors, *extract_errors]

    # The world after this run: the latest version of every document, old and new.
    catalogue = [CatalogueEntry(*row) for row in state.catalogue]
    by_uri = {entry.uri: entry for entry in catalogue}
    for d in documents:
        by_uri[d.uri] = CatalogueEntry(d.doc_id, d.title, d.url, d.uri)
    catalogue = list(by_uri.values())
    links = resolve_related(quote(documents), quote(catalogue))

    current_ids = {entry.doc_id for entry in catalogue}
    sources_info = {k: v for k, v in state.sources.items() if k in current_ids}
    for d in documents:
        sources_info[d.doc_id] = SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date)
    claims = [c for c in state.claims if c.doc_id in current_ids and c.doc_id not in {d.doc_id for d in new_docs}]
    claims += new_claims
    table = load_aliases(aliases_text, str(settings.aliases))
    spool = MatchSpool(match_spool_folder(settings.db))
    try:
        if dask is None:
            matches, findings = match_and_decide(quote(claims), quote(sources_info), settings.policy,
                                                 table.parents(), spool)
        else:
            matches, findings = match_on_dask(dask, claims, sources_info, settings.policy, table.parents(), spool)
        release_dask()

        record = RunRecord(
            run_id=run_id, started_at=started, finished_at=datetime.now(timezone.utc), documents=tuple(documents),
            claims=tuple(new_claims), links=tuple(links), matches=matches, findings=tuple(findings),
            errors=tuple(errors), flow_run_id=str(flow_run.get_id() or ""), config_hash=config_hash,
            version=package_version(), sources=tuple(source_list), reextracted=tuple(reextract),
        )
        store(settings.db, quote(record), flow_run_name)
    finally:
        spool.remove()
    report_path = report(settings.db, settings.report_dir, run_id)

    verdicts: dict[str, int] = {}
    for f in findings:
        verdicts[f.verdict] = verdicts.get(f.verdict, 0) + 1
    claim_by_id = {c.claim_id: c for c in claims}
    # Figures first (the product's question is "how many"), then the most independent origins.
    top = sorted((f for f in findings if f.verdict == "discrepancy"),
                 key=lambda f: (f.kind != "numeric", -(f.independent_origins or 0), -(f.relative_spread or 0),
                                f.finding_id))[:5]
    return RunSummary(
        run_id=run_id, db=str(settings.db), report=str(report_path), documents=len(current_ids),
        documents_new=len(new_docs) - len(reextract), claims=len(claims), findings_by_verdict=verdicts,
        top_discrepancies=[{"finding_id": f.finding_id, "summary": f.summary,
                            "claims": [claim_by_id[c] for c in f.claim_ids if c in claim_by_id]} for f in top],
        errors=errors,
    )
