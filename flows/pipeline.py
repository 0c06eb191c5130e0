"""The pipeline as a Prefect flow: ingest → extract → match → verdicts → store → report.

Tasks are coarse (one per stage), because each task run costs 20–35 ms of Prefect
server time. Large collections go to tasks wrapped in ``quote()``: Prefect otherwise visits
every element of every parameter (every field of every claim) looking for futures, which
doubled the time of matching 21,000 claims. The flow reads the warehouse once, does its work in memory and writes
once, in one transaction (DuckDB allows one writer). A run holds the warehouse's run lock
(``flows/runlock.py``) from start to end, so a second run waits for it, or skips.

With ``runner="dask"`` extraction and matching run as a few coarse tasks per worker on a
dask.distributed cluster (``flows/scaleout.py``); the results are merged and written once,
and equal the default runner's.
"""

from __future__ import annotations

import os
import uuid
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Completed, State
from prefect.utilities.annotations import quote

from reconcile.claims import extract_claims
from reconcile.entities import load_aliases
from reconcile.findings import reconcile
from reconcile.model import Claim, ClaimMatch, Document, Finding, IngestError, Link, MatchPolicy, RunRecord, SourceInfo
from reconcile.partition import partition_claims
from sources.collect import collect
from sources.related import CatalogueEntry, resolve_links
from warehouse import db as wdb
from warehouse.report import discrepancy_table, write_report
from warehouse.store import WarehouseState, load_documents, load_state, record_failed_run, save_run

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


@task(cache_policy=NO_CACHE)
def ingest_sources(sources: list[str], fetched_at: datetime) -> tuple[list[Document], list[IngestError]]:
    result = collect(sources, fetched_at=fetched_at)
    get_run_logger().info("ingested %d documents, %d failures", len(result.documents), len(result.errors))
    return result.documents, result.errors


@task(cache_policy=NO_CACHE)
def load_warehouse_state(db: Path) -> WarehouseState:
    with wdb.connect(db) as con:
        wdb.apply_migrations(con)
        return load_state(con)


@task(cache_policy=NO_CACHE)
def load_stored_documents(db: Path, doc_ids: list[str]) -> list[Document]:
    with wdb.connect(db) as con:
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
        for batch_claims, batch_errors in pool.map(extract_batch, chunks, [aliases_text] * len(chunks),
                                                   [aliases_origin] * len(chunks)):
            claims += batch_claims
            errors += batch_errors
    return claims, errors


PARALLEL_EXTRACTION_MIN_DOCS = 200  # below this, starting processes costs more than it saves


def extract_batch(documents: list[Document], aliases_text: str | None,
                  aliases_origin: str) -> tuple[list[Claim], list[IngestError]]:
    aliases = load_aliases(aliases_text, aliases_origin)
    claims: list[Claim] = []
    errors: list[IngestError] = []
    for doc in documents:
        try:
            claims.extend(extract_claims(doc, aliases))
        except Exception as exc:  # a bug on one document's text must not lose the run
            errors.append(IngestError(doc.uri, "extract", "extraction_failed", f"{type(exc).__name__}: {exc}"))
    return claims, errors


@task(cache_policy=NO_CACHE)
def resolve_related(documents: list[Document], catalogue: list[CatalogueEntry]) -> list[Link]:
    links: list[Link] = []
    for doc in documents:
        links.extend(resolve_links(doc, catalogue))
    return links


@task(cache_policy=NO_CACHE)
def match_and_decide(claims: list[Claim], sources: dict[str, SourceInfo], policy: MatchPolicy,
                     place_parents: dict[str, str]) -> tuple[list[ClaimMatch], list[Finding]]:
    return reconcile(claims, sources, policy, place_parents)


@task(cache_policy=NO_CACHE, task_run_name="extract-chunk-{index}")
def extract_chunk(documents: scaleout.Parcel, aliases_text: str | None, aliases_origin: str,
                  index: int) -> tuple[list[Claim], list[IngestError]]:
    """One chunk of the documents to extract (a Parcel of a list), on a Dask worker."""
    return extract_batch(documents.value, aliases_text, aliases_origin)


@task(cache_policy=NO_CACHE)
def plan_partitions(claims: list[Claim], sources: dict[str, SourceInfo], policy: MatchPolicy,
                    place_parents: dict[str, str], parts: int) -> list[list[Claim]]:
    return partition_claims(claims, sources, policy, parts, place_parents)


@task(cache_policy=NO_CACHE, task_run_name="match-partition-{index}")
def match_partition(claims: scaleout.Parcel, sources: scaleout.Parcel, policy: MatchPolicy,
                    place_parents: dict[str, str], index: int) -> tuple[list[ClaimMatch], list[Finding]]:
    """Match and decide one partition (claims and their sources in Parcels), on a Dask worker.

    No candidate pair leaves a partition, so its matches and findings are final.
    """
    return reconcile(claims.value, sources.value, policy, place_parents)


def extract_on_dask(dask: Any, documents: list[Document], aliases_text: str | None,
                    aliases_origin: str) -> tuple[list[Claim], list[IngestError]]:
    futures = [dask.submit(extract_chunk, {"documents": scaleout.Parcel(chunk), "aliases_text": aliases_text,
                                           "aliases_origin": aliases_origin, "index": i})
               for i, chunk in enumerate(scaleout.chunks(documents, scaleout.worker_threads(dask)))]
    claims: list[Claim] = []
    errors: list[IngestError] = []
    futures.reverse()
    while futures:  # in document order, as one process would list them; a worker drops a result once taken
        chunk_claims, chunk_errors = futures.pop().result()
        claims += chunk_claims
        errors += chunk_errors
    return claims, errors


def match_on_dask(dask: Any, claims: list[Claim], sources: dict[str, SourceInfo], policy: MatchPolicy,
                  place_parents: dict[str, str]) -> tuple[list[ClaimMatch], list[Finding]]:
    parts = plan_partitions(quote(claims), quote(sources), policy, place_parents,
                            scaleout.PARTITIONS_PER_THREAD * scaleout.worker_threads(dask))
    futures = []
    for i, part in enumerate(parts):
        docs = {c.doc_id for c in part}
        part_sources = {d: s for d, s in sources.items() if d in docs}
        futures.append(dask.submit(match_partition, {
            "claims": scaleout.Parcel(part), "sources": scaleout.Parcel(part_sources), "policy": policy,
            "place_parents": place_parents, "index": i}))
    matches: list[ClaimMatch] = []
    findings: list[Finding] = []
    futures.reverse()
    while futures:
        part_matches, part_findings = futures.pop().result()
        matches += part_matches
        findings += part_findings
    # One order whatever the partitioning; findings are sorted by id, as reconcile sorts them.
    matches.sort(key=lambda m: (m.claim_id_a, m.claim_id_b, m.method))
    findings.sort(key=lambda f: f.finding_id)
    return matches, findings


@task(cache_policy=NO_CACHE)
def store(db: Path, record: RunRecord, flow_run_name: str | None = None) -> None:
    with wdb.connect(db) as con:
        save_run(con, record, flow_run_name=flow_run_name)


@task(cache_policy=NO_CACHE)
def report(db: Path, report_dir: Path, run_id: str) -> Path:
    """Write the run's Markdown and HTML reports; publish the report and the discrepancies as artifacts."""
    with wdb.connect(db, read_only=False) as con:
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
        with wdb.connect(db) as con:
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
    wait_for_lock: float = runlock.DEFAULT_WAIT_SECONDS,
    runner: str = "default",
    dask_address: str | None = None,
    dask_workers: int | None = None,
) -> RunSummary | State:
    """Read the sources, extract their claims, reconcile them with the warehouse's, store and report.

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
            dask = None
            if runner == "dask":
                dask = held.enter_context(scaleout.dask_task_runner(dask_address, dask_workers))
            return _reconcile(settings, started, run_id, source_list, flow_run_name, dask)
        except Exception as exc:
            failed = RunRecord(
                run_id=run_id, started_at=started, finished_at=datetime.now(timezone.utc), documents=(), claims=(),
                links=(), matches=(), findings=(), errors=(), status="failed", flow_run_id=str(flow_run.get_id() or ""),
                config_hash=config_hash, version=package_version(), sources=tuple(source_list),
            )
            _record_failure(settings.db, failed, exc, flow_run_name)
            raise


def _reconcile(settings: Settings, started: datetime, run_id: str, source_list: list[str],
               flow_run_name: str | None, dask: Any = None) -> RunSummary:
    documents, errors = ingest_sources(source_list, started)
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
    if dask is None:
        matches, findings = match_and_decide(quote(claims), quote(sources_info), settings.policy, table.place_parents())
    else:
        matches, findings = match_on_dask(dask, claims, sources_info, settings.policy, table.place_parents())

    record = RunRecord(
        run_id=run_id, started_at=started, finished_at=datetime.now(timezone.utc), documents=tuple(documents),
        claims=tuple(new_claims), links=tuple(links), matches=tuple(matches), findings=tuple(findings),
        errors=tuple(errors), flow_run_id=str(flow_run.get_id() or ""), config_hash=config_hash,
        version=package_version(), sources=tuple(source_list), reextracted=tuple(reextract),
    )
    store(settings.db, quote(record), flow_run_name)
    report_path = report(settings.db, settings.report_dir, run_id)

    verdicts: dict[str, int] = {}
    for f in findings:
        verdicts[f.verdict] = verdicts.get(f.verdict, 0) + 1
    claim_by_id = {c.claim_id: c for c in claims}
    top = sorted((f for f in findings if f.verdict == "discrepancy"),
                 key=lambda f: (-(f.independent_origins or 0), -(f.relative_spread or 0), f.finding_id))[:5]
    return RunSummary(
        run_id=run_id, db=str(settings.db), report=str(report_path), documents=len(current_ids),
        documents_new=len(new_docs) - len(reextract), claims=len(claims), findings_by_verdict=verdicts,
        top_discrepancies=[{"finding_id": f.finding_id, "summary": f.summary,
                            "claims": [claim_by_id[c] for c in f.claim_ids if c in claim_by_id]} for f in top],
        errors=errors,
    )
