"""Reading the warehouse's current state and writing one run, in one transaction.

Writes go through Arrow tables (DuckDB's executemany runs at ~1,600 rows/s; an Arrow
insert at millions). Every write is idempotent: documents and claims are keyed by
content hashes, and the current matches, findings and memberships are replaced whole.
"""

from __future__ import annotations

import json
import json.encoder
import os
import shutil
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from reconcile.model import Claim, ClaimMatch, Document, Finding, FindingRows, RunRecord, SourceInfo, json_default
from warehouse.db import transaction

CLAIM_COLUMNS = [
    "claim_id", "doc_id", "kind", "quote", "start_char", "end_char", "subject", "measure", "measure_detail",
    "value", "value_low", "value_high", "unit", "qualifier", "attributed_to", "attribution_chain", "event_date",
    "date_note", "date_value", "date_value_end", "place", "modality", "scope", "polarity", "predicate", "sentence",
    "as_of",
]  # fmt: skip
CLAIM_TYPES = {
    "start_char": pa.int32(), "end_char": pa.int32(), "value": pa.float64(), "value_low": pa.float64(),
    "value_high": pa.float64(), "event_date": pa.date32(), "date_value": pa.date32(), "date_value_end": pa.date32(),
    "as_of": pa.date32(),
}  # fmt: skip


# --- test hook: crash points --------------------------------------------------------------
# The crash-safety tests (tests/reliability/test_crash_safety.py) stop a real `claims run` at a
# chosen point inside save_run's open transaction. The hook is off unless the environment
# variable CLAIMS_FAULT names one of these points, e.g. CLAIMS_FAULT=store:after-claims: the
# process then sends itself SIGKILL there, as `kill -9` would. `store:<point>:stop` sends SIGSTOP
# instead, so a test can hold a run still, mid-transaction, with the warehouse locked.
FAULT_ENV = "CLAIMS_FAULT"
FAULT_POINTS = ("after-documents", "after-claims", "after-matches", "after-findings", "before-commit")
_FAULT_SIGNALS = {"kill": signal.SIGKILL, "stop": signal.SIGSTOP}


def _fault(point: str) -> None:
    """The test hook above: does nothing unless CLAIMS_FAULT names *point* of this module."""
    spec = os.environ.get(FAULT_ENV, "")
    if not spec.startswith("store:"):
        return
    _, name, *action = spec.split(":")
    if name not in FAULT_POINTS or len(action) > 1 or action and action[0] not in _FAULT_SIGNALS:
        raise ValueError(f"{FAULT_ENV}={spec!r}: use store:<point>[:kill|:stop], point one of {', '.join(FAULT_POINTS)}")
    if name == point:
        os.kill(os.getpid(), _FAULT_SIGNALS[action[0] if action else "kill"])


@dataclass
class WarehouseState:
    """What a run needs to know before it writes: known versions and the current claims."""

    latest: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # uri → (doc_id, content_hash, version)
    claims: list[Claim] = field(default_factory=list)  # claims of the latest version of every document
    sources: dict[str, SourceInfo] = field(default_factory=dict)
    catalogue: list[tuple[str, str, str | None, str]] = field(default_factory=list)  # doc_id, title, url, uri
    extracted_doc_ids: set[str] = field(default_factory=set)  # every stored document: its claims are stored too
    last_run_id: str | None = None
    last_config_hash: str | None = None  # what the stored claims were extracted with


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], types: dict[str, pa.DataType] | None = None) -> pa.Table:
    return _column_table({col: [r.get(col) for r in rows] for col in columns}, types)


def _column_table(columns: dict[str, list[Any]], types: dict[str, pa.DataType] | None = None) -> pa.Table:
    types = types or {}
    return pa.Table.from_arrays([pa.array(v, type=types.get(col, pa.string())) for col, v in columns.items()],
                                names=list(columns))


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]], columns: Sequence[str],
            types: dict[str, pa.DataType] | None = None, mode: str = "insert or ignore") -> None:
    if rows:
        _insert_arrow(con, table, _table(rows, columns, types), mode)


def _insert_arrow(con: duckdb.DuckDBPyConnection, table: str, arrow: pa.Table, mode: str = "insert or ignore") -> None:
    """Insert an Arrow table's columns into the same-named columns of *table*."""
    if not arrow.num_rows:
        return
    cols = ", ".join(arrow.column_names)
    _over_arrow(con, f"{mode} into {table} ({cols}) select {cols} from _rows", arrow)


def _over_arrow(con: duckdb.DuckDBPyConnection, sql: str, arrow: pa.Table, params: list[Any] | None = None) -> None:
    """Execute *sql*, in which ``_rows`` is the Arrow table *arrow*.

    DuckDB reads *arrow* through its replacement scan of this function's local variable
    ``_rows``, not through ``con.register``: inside save_run's transaction a registered
    table stayed alive until the commit, even after ``unregister`` (dropping the view is
    transactional), so every table of a run's write was held at once (at 10,000 synthetic
    documents, 169 MB of Arrow tables besides what DuckDB holds).
    """
    _rows = arrow  # noqa: F841 - named in *sql*
    con.execute(sql, params or [])


def claim_from_row(row: dict[str, Any]) -> Claim:
    values = {k: row[k] for k in CLAIM_COLUMNS}
    values["sentence"] = values["sentence"] or ""
    return Claim(**values)


def load_state(con: duckdb.DuckDBPyConnection) -> WarehouseState:
    state = WarehouseState()
    latest_sql = """
        select doc_id, uri, content_hash, version, title, url, outlet, published_at
        from documents
        qualify row_number() over (partition by uri order by version desc) = 1
    """
    for doc_id, uri, chash, version, title, url, outlet, published in con.execute(latest_sql).fetchall():
        state.latest[uri] = (doc_id, chash, version)
        state.catalogue.append((doc_id, title or "", url, uri))
        state.sources[doc_id] = SourceInfo(doc_id, uri, outlet, published.date() if published else None)
    cursor = con.execute(
        f"select {', '.join('c.' + c for c in CLAIM_COLUMNS)} from claims c "
        "where c.doc_id in (select doc_id from documents qualify row_number() over "
        "(partition by uri order by version desc) = 1) order by c.doc_id, c.start_char, c.claim_id"
    )
    columns = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        state.claims.append(claim_from_row(dict(zip(columns, values, strict=True))))
    # A document is stored in the run that extracts its claims, so every stored one is done.
    state.extracted_doc_ids = {r[0] for r in con.execute("select doc_id from documents").fetchall()}
    found = con.execute("select run_id, config_hash from runs where stored_seq is not null "
                        "order by stored_seq desc limit 1").fetchall()
    state.last_run_id, state.last_config_hash = found[0] if found else (None, None)
    return state


def load_documents(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> list[Document]:
    """Stored documents by id, as Documents (related references are not kept, so not returned)."""
    ids = sorted(set(doc_ids))
    if not ids:
        return []
    con.register("_wanted", pa.table({"doc_id": ids}))
    try:
        rows = con.execute(
            "select uri, text, title, outlet, published_at, url, fetched_at, source_kind from documents "
            "where doc_id in (select doc_id from _wanted) order by uri").fetchall()
    finally:
        con.unregister("_wanted")
    out = []
    for uri, text, title, outlet, published, url, fetched, kind in rows:
        out.append(Document(uri=uri, text=text, title=title or "", outlet=outlet,
                            published_at=published.replace(tzinfo=timezone.utc) if published else None, url=url,
                            fetched_at=fetched.replace(tzinfo=timezone.utc) if fetched else None,
                            source_kind=kind or "file"))
    return out


def _utc_naive(moment: datetime | None) -> datetime | None:
    """The warehouse stores UTC without a zone: convert first, then drop the zone."""
    if moment is None:
        return None
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def _doc_rows(documents: Iterable[Document], versions: dict[str, int], run_id: str) -> list[dict[str, Any]]:
    out = []
    for d in documents:
        out.append({
            "doc_id": d.doc_id, "uri": d.uri, "version": versions[d.doc_id], "outlet": d.outlet, "title": d.title,
            "published_at": _utc_naive(d.published_at),
            "fetched_at": _utc_naive(d.fetched_at),
            "content_hash": d.content_hash, "text": d.text, "url": d.url, "source_kind": d.source_kind,
            "notes": "; ".join(d.notes) or None, "first_run_id": run_id,
        })
    return out


_DOC_TYPES = {"version": pa.int32(), "published_at": pa.timestamp("us"), "fetched_at": pa.timestamp("us")}


def _finding_table(findings: Sequence[Finding], run_id: str) -> pa.Table:
    """The ``findings`` rows of *findings* (FINDING_COLUMNS), built column by column.

    A dict per row cost more memory than the findings themselves (about 1 KB a finding:
    300 MB at a million claims, at the peak of the run). The JSON columns use encoders made
    once (``json.dumps`` with ``default`` makes one per call: ~1/3 of this at a million
    claims); the text is the same.
    """
    def sides(f: Finding) -> str:
        return _SIDES_JSON([{"label": s.label, "claim_ids": list(s.claim_ids), "low": s.low, "high": s.high}
                            for s in f.sides])

    runs = [run_id] * len(findings)
    members = _PLAIN_JSON  # json.dumps(list(ids)): a tuple is written as a list
    return _column_table({
        "finding_id": [f.finding_id for f in findings], "verdict": [f.verdict for f in findings],
        "kind": [f.kind for f in findings], "subject": [f.subject for f in findings],
        "measure": [f.measure for f in findings], "summary": [f.summary for f in findings],
        "independent_origins": [f.independent_origins for f in findings],
        "value_min": [f.value_min for f in findings], "value_max": [f.value_max for f in findings],
        "relative_spread": [f.relative_spread for f in findings], "sides": [sides(f) for f in findings],
        "members_hash": [f.members_hash for f in findings], "members": [members(f.claim_ids) for f in findings],
        "first_seen_run": runs, "last_seen_run": runs,
    }, _FINDING_TYPES).select(FINDING_COLUMNS)


def member_table(findings: Iterable[Finding]) -> pa.Table:
    """The ``finding_claims`` rows of *findings*: each member's claim id and side label, finding after finding."""
    member_finding, member_claim, member_side = [], [], []
    for f in findings:  # a claim's side label, looked up in its own finding (no dict of every claim)
        side_of = {cid: s.label for s in f.sides for cid in s.claim_ids}
        member_finding += [f.finding_id] * len(f.claim_ids)
        member_claim += f.claim_ids
        member_side += map(side_of.get, f.claim_ids)
    return _column_table({"finding_id": member_finding, "claim_id": member_claim, "side": member_side})


_SORTED_JSON = json.JSONEncoder(sort_keys=True)


def _json_writer(**options: Any) -> Callable[[Any], str]:
    """``json.JSONEncoder(**options).encode`` for lists and dicts, its C encoder made once.

    ``encode`` makes a new C encoder (and a closure) on every call, about half the cost of
    writing a short list: for the findings' sides and members at a million claims, ~1.5 s.
    The arguments are the ones ``JSONEncoder.iterencode`` passes (no indent), so the text is
    the same; without the C accelerator, ``encode`` itself.
    """
    encoder = json.JSONEncoder(**options)
    make = json.encoder.c_make_encoder
    if make is None or encoder.indent is not None:
        return encoder.encode
    write = make({} if encoder.check_circular else None, encoder.default,
                 json.encoder.encode_basestring_ascii if encoder.ensure_ascii else json.encoder.encode_basestring,
                 None, encoder.key_separator, encoder.item_separator, encoder.sort_keys, encoder.skipkeys,
                 encoder.allow_nan)
    return lambda value: "".join(write(value, 0))


_PLAIN_JSON = _json_writer()  # json.dumps(x)
_SIDES_JSON = _json_writer(default=json_default)  # json.dumps(x, default=json_default)
FINDING_COLUMNS = ["finding_id", "verdict", "kind", "subject", "measure", "summary", "independent_origins",
                   "value_min", "value_max", "relative_spread", "sides", "members_hash", "members",
                   "first_seen_run", "last_seen_run"]  # fmt: skip
_FINDING_TYPES = {"independent_origins": pa.int32(), "value_min": pa.float64(), "value_max": pa.float64(),
                  "relative_spread": pa.float64()}  # fmt: skip


MATCH_COLUMNS = ["claim_id_a", "claim_id_b", "score", "method", "components", "values_agree"]


def match_table(matches: Iterable[ClaimMatch]) -> pa.Table:
    """The ``claim_matches`` rows of *matches* (every column but run_id), as an Arrow table.

    A run can hold millions of matches (1.5 M for 10,000 synthetic articles). As ClaimMatch
    objects, each with its dict of score components, they take about 380 bytes each (as
    unpickled from another process); as these columns, with the components already in
    their stored JSON form, about 145; with the string columns dictionary-encoded, about
    45 (a claim is in tens of matches, and a batch of matches has few distinct components
    and methods: 6,751 distinct components in 44,199 matches of 300 synthetic articles).
    DuckDB and Parquet take dictionary columns as the plain strings they stand for.
    """
    matches = matches if isinstance(matches, Sequence) else list(matches)
    components = _SORTED_JSON.encode  # json.dumps(..., sort_keys=True) without a new encoder per call
    table = _column_table({
        "claim_id_a": [m.claim_id_a for m in matches], "claim_id_b": [m.claim_id_b for m in matches],
        "score": [m.score for m in matches], "method": [m.method for m in matches],
        "components": [components(m.components) for m in matches],
        "values_agree": [m.compatible for m in matches],
    }, {"score": pa.float64(), "values_agree": pa.bool_()})
    for name in _DICTIONARY_MATCH_COLUMNS:
        i = table.schema.get_field_index(name)
        table = table.set_column(i, name, table[name].dictionary_encode())
    return table


_DICTIONARY_MATCH_COLUMNS = ("claim_id_a", "claim_id_b", "method", "components")


class MatchSpool:
    """A run's matches on disk as matching hands them over: one Parquet file of ``claim_matches`` rows a batch.

    Matching gives its matches away in batches (a batch of the default runner's
    ``reconcile_in_batches``, a Dask partition's table); each is written here and dropped, so
    the flow never holds all of them (about 15 M at 100,000 synthetic documents: 2.2 GB as
    Arrow, 5.7 GB as ClaimMatch objects). ``save_run`` inserts the files inside its one
    transaction, in the order they came: a run killed before the commit leaves the warehouse
    as the last run left it, and at most a stale spool folder, which the next spool on that
    folder clears (one run per warehouse at a time: the run lock).
    """

    def __init__(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        self.folder = folder
        self.files: list[Path] = []
        self.rows = 0

    def add(self, matches: pa.Table | Sequence[ClaimMatch]) -> None:
        table = matches if isinstance(matches, pa.Table) else match_table(matches)
        if not table.num_rows:
            return
        path = self.folder / f"{len(self.files):06d}.parquet"
        pq.write_table(table, path)
        self.files.append(path)
        self.rows += table.num_rows

    def __len__(self) -> int:
        return self.rows

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def match_spool_folder(db: Path) -> Path:
    """Where a run on *db* spools its matches: next to the warehouse (same disk), `w.duckdb` → `w.match-spool`."""
    return db.with_name(db.stem + ".match-spool")


def _insert_matches(con: duckdb.DuckDBPyConnection, matches: Any, run_id: str) -> None:
    """Insert the run's matches: a MatchSpool (its files, in order), an Arrow table of their rows, or ClaimMatches."""
    cols = ", ".join(MATCH_COLUMNS)
    if isinstance(matches, MatchSpool):
        if matches.files:  # DuckDB reads the files as it inserts: they never sit in this process as a whole
            con.execute(f"insert into claim_matches ({cols}, run_id) select {cols}, ? from read_parquet(?)",
                        [run_id, [str(f) for f in matches.files]])
        return
    table = matches if isinstance(matches, pa.Table) else match_table(matches)
    if table.num_rows:
        _over_arrow(con, f"insert into claim_matches ({cols}, run_id) select {cols}, ? from _rows", table, [run_id])


def claim_table(claims: Iterable[Claim]) -> pa.Table:
    """The ``claims`` rows of *claims* (CLAIM_COLUMNS), as an Arrow table; ``save_run`` takes either.

    Column by column, straight from the objects: a dict per row costs as much as the insert.
    """
    claims = claims if isinstance(claims, Sequence) else list(claims)
    return _column_table({col: [getattr(c, col) for c in claims] for col in CLAIM_COLUMNS}, CLAIM_TYPES)


# Documents and claims are written this many at a time (in the one transaction): the rows of
# a run's whole corpus, as dicts and Arrow tables, would sit in memory at once next to what
# DuckDB itself holds until the commit.
WRITE_SLICE = 50_000


def _slices(rows: Sequence[Any] | pa.Table) -> Iterator[Sequence[Any] | pa.Table]:
    """*rows* (a sequence or an Arrow table) WRITE_SLICE at a time, in order."""
    for start in range(0, len(rows), WRITE_SLICE):
        yield rows[start : start + WRITE_SLICE]


def _distinct(rows: pa.Table, key: str) -> bool:
    """The rows' *key* values are all given and distinct."""
    ids = rows.column(key)
    return ids.null_count == 0 and pc.count_distinct(ids).as_py() == rows.num_rows


def _none_stored(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table, key: str) -> bool:
    """None of the rows' *key* values is in *table* yet."""
    if not con.execute(f"select count(*) from {table}").fetchone()[0]:
        return True
    _rows = rows.select([key])  # noqa: F841 - named in the query
    return not con.execute(f"select count(*) from {table} where {key} in (select {key} from _rows)").fetchone()[0]


def _insert_claim_table(con: duckdb.DuckDBPyConnection, claims: pa.Table) -> None:
    """``insert or ignore`` the claims' rows (an Arrow table), in one plain insert when nothing can conflict.

    ``insert or ignore`` checks every row against the primary key's index as a possible
    conflict: at a million claims ~5 s of CPU, and its 50k-row slices left ~1.3 s more for
    the commit. When the table's claim ids are distinct and none is stored yet, every row is
    inserted either way: one plain insert does that (~2 s less CPU at 1M, same rows). Otherwise
    the rows go as before.
    """
    if not claims.num_rows:
        return
    if _distinct(claims, "claim_id") and _none_stored(con, "claims", claims, "claim_id"):
        _insert_arrow(con, "claims", claims, mode="insert")
    else:
        for part in _slices(claims):
            _insert_arrow(con, "claims", part)


def save_run(con: duckdb.DuckDBPyConnection, record: RunRecord, *, flow_run_name: str | None = None) -> None:
    """Write *record* in one transaction: the run is stored whole, or not at all.

    Besides the current state (findings, memberships, matches), the run's own history is
    kept: one ``finding_runs`` row per finding it saw, and its place in ``stored_seq``.
    """
    run_id = record.run_id
    with transaction(con):
        known = dict(con.execute("select uri, max(version) from documents group by uri").fetchall())
        existing = {r[0] for r in con.execute("select doc_id from documents").fetchall()}
        versions: dict[str, int] = {}
        new_docs = []
        for d in record.documents:
            if d.doc_id in existing or d.doc_id in versions:
                continue
            known[d.uri] = known.get(d.uri, 0) + 1
            versions[d.doc_id] = known[d.uri]
            new_docs.append(d)
        for part in _slices(new_docs):
            _insert(con, "documents", _doc_rows(part, versions, run_id),
                    ["doc_id", "uri", "version", "outlet", "title", "published_at", "fetched_at", "content_hash",
                     "text", "url", "source_kind", "notes", "first_run_id"], _DOC_TYPES)
        _fault("after-documents")
        if record.reextracted:
            _over_arrow(con, "delete from claims where doc_id in (select doc_id from _rows)",
                        pa.table({"doc_id": list(record.reextracted)}))
        if isinstance(record.claims, pa.Table):
            _insert_claim_table(con, record.claims)
        else:
            for part in _slices(record.claims):
                _insert_arrow(con, "claims", claim_table(part))
        _fault("after-claims")

        link_rows = [{"from_doc_id": lk.from_doc_id, "to_doc_id": lk.to_doc_id, "anchor_text": lk.anchor_text,
                      "url": lk.url, "resolved_by": lk.resolved_by, "score": lk.score, "run_id": run_id}
                     for lk in record.links]
        if link_rows:
            _over_arrow(con, "delete from links where from_doc_id in (select doc_id from _rows)",
                        pa.table({"doc_id": sorted({r["from_doc_id"] for r in link_rows})}))
            _insert(con, "links", link_rows, ["from_doc_id", "to_doc_id", "anchor_text", "url", "resolved_by",
                                              "score", "run_id"], {"score": pa.float64()}, mode="insert")

        con.execute("delete from claim_matches")
        _insert_matches(con, record.matches, run_id)
        _fault("after-matches")

        if isinstance(record.findings, FindingRows):  # the rows themselves, built per column
            findings = record.findings.table
            runs = pa.array([run_id] * findings.num_rows, pa.string())
            findings = findings.append_column("first_seen_run", runs).append_column("last_seen_run", runs) \
                .select(FINDING_COLUMNS)
        else:
            findings = _finding_table(record.findings, run_id)
        # New findings (first_seen_run = this run); a plain insert when no id repeats or is stored (the same rows:
        # insert or ignore checks each row as a possible conflict, ~1 s of CPU at 300k findings).
        fresh_ids = findings.num_rows > 0 and _distinct(findings, "finding_id")
        new_findings = fresh_ids and _none_stored(con, "findings", findings, "finding_id")
        _insert_arrow(con, "findings", findings, mode="insert" if new_findings else "insert or ignore")
        if findings.num_rows:
            _over_arrow(con, """
                update findings set verdict = c.verdict, kind = c.kind, subject = c.subject, measure = c.measure,
                    summary = c.summary, independent_origins = c.independent_origins, value_min = c.value_min,
                    value_max = c.value_max, relative_spread = c.relative_spread, sides = c.sides,
                    members_hash = c.members_hash, members = c.members, last_seen_run = c.last_seen_run
                from _rows c where findings.finding_id = c.finding_id and findings.first_seen_run <> ?
            """, findings, [run_id])  # the rows this run inserted just above hold these values already
        con.execute("delete from finding_claims")
        _insert_arrow(con, "finding_claims", record.findings.members.select(["finding_id", "claim_id", "side"])
                      if isinstance(record.findings, FindingRows) else member_table(record.findings), mode="insert")
        _fault("after-findings")

        now = datetime.now().replace(microsecond=0)
        _insert(con, "ingest_errors", [
            {"run_id": run_id, "uri": e.uri, "stage": e.stage, "reason": e.reason, "detail": e.detail[:2000],
             "occurred_at": now} for e in record.errors
        ], ["run_id", "uri", "stage", "reason", "detail", "occurred_at"], {"occurred_at": pa.timestamp("us")},
            mode="insert")
        # "or ignore", as for `findings` above: two findings can share an id when one document repeats
        # a sentence verbatim and its copies end in different findings (finding_id: topic, document,
        # quote). The synthetic corpus does this in every article (850 ids of 10,865 findings at 1,000
        # documents), and a plain insert failed the whole run there. The first finding of an id is kept.
        _insert_arrow(con, "finding_runs", findings.select(["finding_id", "verdict", "members_hash", "relative_spread"])
                      .append_column("run_id", pa.array([run_id] * findings.num_rows, pa.string())),
                      mode="insert" if fresh_ids and not con.execute(  # (as for the findings above)
                          "select count(*) from finding_runs where run_id = ?", [run_id]).fetchone()[0]
                      else "insert or ignore")  # the columns of the findings' rows, not a dict per finding
        counts = run_counts(record, len(new_docs))
        stored_seq = con.execute("select coalesce(max(stored_seq), 0) + 1 from runs").fetchall()[0][0]
        _insert(con, "runs", [{
            "run_id": run_id, "flow_run_id": record.flow_run_id, "started_at": record.started_at.replace(tzinfo=None),
            "finished_at": record.finished_at.replace(tzinfo=None), "status": record.status,
            "counts": json.dumps(counts, sort_keys=True), "config_hash": record.config_hash,
            "version": record.version, "sources": json.dumps(list(record.sources)), "flow_run_name": flow_run_name,
            "stored_seq": stored_seq,
        }], RUN_COLUMNS, _RUN_TYPES, mode="insert")
        _fault("before-commit")


RUN_COLUMNS = ["run_id", "flow_run_id", "flow_run_name", "started_at", "finished_at", "status", "counts",
               "config_hash", "version", "sources", "stored_seq"]  # fmt: skip
_RUN_TYPES = {"started_at": pa.timestamp("us"), "finished_at": pa.timestamp("us"), "stored_seq": pa.int32()}


def record_failed_run(con: duckdb.DuckDBPyConnection, record: RunRecord, error: str, *,
                      flow_run_name: str | None = None) -> None:
    """Record that run *record.run_id* failed: a ``runs`` row with status 'failed' and *error*.

    Only the run's identity is stored (no documents, findings or history), and the
    current state stays as the last successful run left it. When the run was already
    stored and failed afterwards (say, writing its report), its row keeps its status and
    gains the error.
    """
    counts = {"documents_seen": len(record.documents), "errors": len(record.errors)}
    with transaction(con):
        _insert(con, "runs", [{
            "run_id": record.run_id, "flow_run_id": record.flow_run_id, "flow_run_name": flow_run_name,
            "started_at": record.started_at.replace(tzinfo=None), "finished_at": record.finished_at.replace(tzinfo=None),
            "status": "failed", "counts": json.dumps(counts, sort_keys=True), "config_hash": record.config_hash,
            "version": record.version, "sources": json.dumps(list(record.sources)), "error": error[:2000],
        }], [*RUN_COLUMNS[:-1], "error"], _RUN_TYPES, mode="insert or ignore")
        con.execute("update runs set error = ? where run_id = ? and error is null", [error[:2000], record.run_id])


def run_counts(record: RunRecord, new_documents: int) -> dict[str, int]:
    counts: dict[str, int] = {
        "documents_seen": len(record.documents),
        "documents_new": new_documents,
        "claims_new": len(record.claims),
        "matches": len(record.matches),
        "findings": len(record.findings),
        "errors": len(record.errors),
    }
    if isinstance(record.findings, FindingRows):
        counts.update({f"findings_{verdict}": n for verdict, n in record.findings.verdicts().items()})
        return counts
    for f in record.findings:
        counts[f"findings_{f.verdict}"] = counts.get(f"findings_{f.verdict}", 0) + 1
    return counts
