"""Scale: match, cluster, verdict and write N claims, timed together, scored against the truth.

    python benchmarks/scale.py --claims N [--json] [--engine reference|fast] [--seed S]
    python benchmarks/scale.py --input CLAIMS.parquet [--json]

Without ``--input`` a synthetic claim table is generated first (benchmarks/synthetic_claims.py;
not timed). With it, the table is read from Parquet: the contract's claim columns
(subject, measure, value, qualifier, attributed_to, event_date, quote or sentence; a
missing column counts as null) plus ``cluster_id``, the truth; an optional ``place_parent``
column names the larger place each place lies in.

The timed part turns rows into claims, runs the engine (``reference`` is
``reconcile.findings.reconcile``, which takes a Claim object per row; ``fast`` is
``reconcile.fastmatch.reconcile_table``, which takes the claims' rows as Arrow columns and
makes the Claim objects it needs itself), and
writes claims, matches, findings and memberships to a DuckDB file in a temporary folder
with ``warehouse.store.save_run`` (Arrow inserts, one transaction). The last line printed
is one JSON object: claims, seconds, peak_rss_mb, pairs_compared, pairwise_f1 (and more).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reconcile import match as match_module  # noqa: E402
from reconcile.fastmatch import no_cycle_collection  # noqa: E402
from reconcile.model import Claim, FindingRows, MatchPolicy, RunRecord, SourceInfo  # noqa: E402
from warehouse.db import apply_migrations, connect  # noqa: E402
from warehouse.store import CLAIM_COLUMNS, CLAIM_TYPES, save_run  # noqa: E402

CLAIM_FIELDS = [f for f in Claim.__slots__]  # type: ignore[attr-defined]


def cpu_seconds() -> float:
    """User + system CPU of this process so far, all threads (rapidfuzz and DuckDB use both cores)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


# The claim fields a table may carry; the others (attribution_chain, date_note, date_value,
# date_value_end, as_of) stay null, as extraction fills them and this table does not.
TABLE_FIELDS = ("subject", "measure", "measure_detail", "value", "value_low", "value_high", "unit", "qualifier",
                "attributed_to", "event_date", "place", "modality", "scope", "polarity", "predicate")


def claim_table(table: pa.Table) -> pa.Table:
    """Rows → the ``claims`` rows (store.CLAIM_COLUMNS) as Arrow columns; absent columns are null.

    The quote is the quote, else the sentence, else ""; the sentence defaults to the quote;
    a missing kind is numeric when there is a value and statement otherwise.
    """
    import pyarrow.compute as pc

    n = table.num_rows
    present = set(table.column_names)

    def col(name: str, type_: pa.DataType = pa.string()) -> pa.ChunkedArray | pa.Array:
        return table.column(name).combine_chunks() if name in present else pa.nulls(n, type_)

    quote = pc.coalesce(col("quote"), col("sentence"), "")
    sentence = col("sentence")
    numbered = lambda prefix: pa.array([f"{prefix}{i}" for i in range(n)])  # noqa: E731
    kind = col("kind") if "kind" in present else pc.if_else(
        pc.or_(pc.is_valid(col("value", pa.float64())), pc.is_valid(col("value_low", pa.float64()))),
        "numeric", "statement")
    columns = {
        "claim_id": pc.cast(col("claim_id"), pa.string()) if "claim_id" in present else numbered("row"),
        "doc_id": pc.cast(col("doc_id"), pa.string()) if "doc_id" in present else numbered("doc"),
        "kind": kind, "quote": quote,
        "start_char": pa.array(np.zeros(n, dtype=np.int32)), "end_char": pc.cast(pc.utf8_length(quote), pa.int32()),
        "sentence": pc.if_else(pc.fill_null(pc.not_equal(sentence, ""), False), sentence, quote),
    }
    for name in CLAIM_COLUMNS:
        if name not in columns:
            type_ = CLAIM_TYPES.get(name, pa.string())
            columns[name] = pc.cast(col(name, type_), type_) if name in TABLE_FIELDS else pa.nulls(n, type_)
    return pa.table({name: columns[name] for name in CLAIM_COLUMNS})


def python_values(column: pa.Array | pa.ChunkedArray) -> list:
    """``column.to_pylist()``, with one Python object per distinct value when values repeat.

    A subject, a measure or a date repeats across a million claims: one shared object per
    distinct value saves making (and holding) a million copies of it.
    """
    import pyarrow.compute as pc

    if column.null_count == len(column):  # a field the table does not carry: no need to encode it
        return [None] * len(column)
    sample = column.slice(0, 10_000)  # ids and quotes are mostly distinct: no need to hash them all to find out
    if 2 * pc.count_distinct(sample, mode="all").as_py() > len(sample):
        return column.to_pylist()
    encoded = pc.dictionary_encode(column, null_encoding="encode")
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    if 2 * len(encoded.dictionary) > len(column):  # mostly distinct: nothing to share
        return column.to_pylist()
    return list(map(encoded.dictionary.to_pylist().__getitem__, encoded.indices.to_numpy().tolist()))


def sharing(objects: list, column: pa.Array | pa.ChunkedArray, other: pa.Array | pa.ChunkedArray) -> list:
    """*other* as Python values, the object of *objects* (*column*'s values) wherever the two are equal.

    Most sentences are their claim's quote: one string object for both instead of a copy
    (about 90 MB at a million claims, and the time to make it).
    """
    import pyarrow.compute as pc

    differ = pc.invert(pc.fill_null(pc.equal(column, other), False))
    out = list(objects)
    where = np.flatnonzero(differ.to_numpy(zero_copy_only=False)).tolist()
    for i, value in zip(where, other.filter(differ).to_pylist(), strict=True):
        out[i] = value
    return out


def claims_from_table(table: pa.Table) -> tuple[list[Claim], dict[str, SourceInfo], pa.Table]:
    """Rows → Claim objects, one SourceInfo per document, and the claims' rows as columns."""
    sources, rows = sources_and_rows(table)
    values = {f: python_values(rows.column(f)) for f in CLAIM_FIELDS if f != "sentence"}
    values["sentence"] = sharing(values["quote"], rows.column("quote"), rows.column("sentence"))
    # Claim(*fields) over the columns side by side: a lookup per field and row cost a third of this step.
    claims = [Claim(*fields) for fields in zip(*(values[f] for f in CLAIM_FIELDS), strict=True)]
    return claims, sources, rows


def sources_and_rows(table: pa.Table) -> tuple[dict[str, SourceInfo], pa.Table]:
    """One SourceInfo per document, and the claims' rows as columns (what the fast engine reads)."""
    import pyarrow.compute as pc

    rows = claim_table(table)
    # One SourceInfo per document, from the document's first row (documents in order of first row).
    codes = pc.dictionary_encode(rows.column("doc_id")).combine_chunks().indices.to_numpy(zero_copy_only=False)
    first = pa.array(np.unique(codes, return_index=True)[1])

    def column(name: str) -> list:
        return table.column(name).take(first).to_pylist() if name in table.column_names else [None] * len(first)

    docs = rows.column("doc_id").take(first).to_pylist()
    sources = {d: SourceInfo(d, f"synthetic://{d}", o, p)
               for d, o, p in zip(docs, column("outlet"), column("published"), strict=True)}
    return sources, rows


def place_parents(table: pa.Table) -> dict[str, str]:
    """place → the larger place holding it, from an optional ``place_parent`` column."""
    if "place" not in table.column_names or "place_parent" not in table.column_names:
        return {}
    pairs = zip(table.column("place").to_pylist(), table.column("place_parent").to_pylist(), strict=True)
    return {p: q for p, q in pairs if p and q and p != q}


def truth_labels(table: pa.Table) -> np.ndarray:
    """``cluster_id`` as integers (any type: ints, strings); a null truth is a cluster of its own."""
    import pyarrow.compute as pc

    if "cluster_id" not in table.column_names:
        raise SystemExit("the table has no `cluster_id` column: the truth is needed to score F1")
    col = table.column("cluster_id").combine_chunks()
    codes = pc.dictionary_encode(col).indices.to_numpy(zero_copy_only=False)
    labels = np.asarray(codes, dtype=np.float64)
    missing = np.isnan(labels)
    labels[missing] = -1 - np.arange(int(missing.sum()))
    return labels.astype(np.int64)


def pairwise_f1(truth: np.ndarray, predicted: np.ndarray) -> tuple[float, float, float]:
    """(precision, recall, F1) over claim pairs: same predicted cluster vs same true cluster."""
    def pairs(counts: np.ndarray) -> float:
        return float(np.sum(counts * (counts - 1) / 2))

    _, t_inv = np.unique(truth, return_inverse=True)
    _, p_inv = np.unique(predicted, return_inverse=True)
    both = t_inv.astype(np.int64) * (int(p_inv.max()) + 1) + p_inv
    tp = pairs(np.unique(both, return_counts=True)[1])
    pp = pairs(np.unique(p_inv, return_counts=True)[1])
    tt = pairs(np.unique(t_inv, return_counts=True)[1])
    precision = tp / pp if pp else 1.0
    recall = tp / tt if tt else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@contextmanager
def counting_pairs() -> Iterator[list[int]]:
    """Count the candidate pairs the engine scores (wraps reconcile.match.score_pair)."""
    counter = [0]
    original = match_module.score_pair

    def counted(*args, **kwargs):
        counter[0] += 1
        return original(*args, **kwargs)

    match_module.score_pair = counted
    try:
        yield counter
    finally:
        match_module.score_pair = original


# What --digest hashes: every stored column of the run's claims, matches, findings and
# memberships (run ids left out), rows in a fixed order. Equal digests: the same rows were written.
DIGEST_QUERIES = {  # a row cast to text shows its nulls: (NULL, 'x') and ('x', NULL) differ
    "claims": "select md5(string_agg(t::varchar, chr(10) order by claim_id)) from claims t",
    "claim_matches": "select md5(string_agg(t::varchar, chr(10) order by claim_id_a, claim_id_b)) from (select "
                     "claim_id_a, claim_id_b, score, method, components, values_agree from claim_matches) t",
    "findings": "select md5(string_agg(t::varchar, chr(10) order by finding_id)) from (select finding_id, verdict, "
                "kind, subject, measure, summary, independent_origins, value_min, value_max, relative_spread, sides, "
                "members_hash, members from findings) t",
    "finding_claims": "select md5(string_agg(t::varchar, chr(10) order by finding_id, claim_id)) from finding_claims t",
}


def stored_digest(con) -> str:
    """One hash of the stored claims, matches, findings and memberships (see DIGEST_QUERIES)."""
    import hashlib

    parts = [f"{name}:{con.execute(q).fetchone()[0]}" for name, q in DIGEST_QUERIES.items()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def engine(name: str) -> Callable:
    if name == "reference":
        from reconcile.findings import reconcile
        return reconcile
    if name == "fast":  # the matches as the Arrow table save_run stores, not objects
        from reconcile.fastmatch import reconcile_table
        return reconcile_table
    raise SystemExit(f"unknown engine `{name}`: reference | fast")


def run(table: pa.Table, engine_name: str = "reference", workdir: Path | None = None,
        profile: str | None = None, digest: bool = False) -> dict:
    """Time rows → claims → matches → findings → DuckDB; score against ``cluster_id``."""
    reconcile = engine(engine_name)
    truth = truth_labels(table)
    policy = MatchPolicy()
    gc.collect()
    timings: dict[str, float] = {}
    engine_stages: dict[str, float] = {}  # the fast engine's own stages, within "reconcile"
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        con = connect(Path(tmp) / "scale.duckdb")
        apply_migrations(con)
        t0, cpu0 = time.perf_counter(), cpu_seconds()
        # Loading makes a Claim per row for the reference engine (the fast one reads the rows and
        # makes the few Claim objects it needs itself): no cycle collection while it does (see
        # fastmatch.no_cycle_collection, which the engine uses itself).
        with no_cycle_collection():
            if engine_name == "fast":
                claims, (sources, claim_rows) = None, sources_and_rows(table)
            else:
                claims, sources, claim_rows = claims_from_table(table)
        parents = place_parents(table)
        # From here on the claims' own rows stand for the table: let go of it (about 0.4 GB at 1M
        # claims, and the caller must not hold it either: see main).
        del table
        timings["load"] = time.perf_counter() - t0
        rss = {"load": peak_rss_mb()}
        t1 = time.perf_counter()
        with counting_pairs() as counter:
            if profile:
                import cProfile
                prof = cProfile.Profile()
                prof.enable()
            if engine_name == "fast":
                matches, findings, pairs = reconcile(claims, sources, policy, parents, engine_stages, claim_rows)
            else:
                matches, findings = reconcile(claims, sources, policy, parents)
                pairs = counter[0]
            if profile:
                prof.disable()
                prof.dump_stats(profile)
        timings["reconcile"] = time.perf_counter() - t1
        rss["reconcile"] = peak_rss_mb()
        # The engine is done with the Claim objects: the write and the scoring below read the
        # claims' Arrow rows. Dropping them here keeps them out of the write's peak (about 1 GB
        # at 1M claims, with their strings).
        n_claims = claim_rows.num_rows
        del claims, sources
        t2 = time.perf_counter()
        now = datetime.now(timezone.utc)
        save_run(con, RunRecord(run_id="scale", started_at=now, finished_at=now, documents=(), claims=claim_rows,
                                links=(), matches=matches if isinstance(matches, pa.Table) else tuple(matches),
                                findings=findings if isinstance(findings, FindingRows) else tuple(findings), errors=()))
        timings["write"] = time.perf_counter() - t2
        rss["write"] = peak_rss_mb()
        seconds, cpu = time.perf_counter() - t0, cpu_seconds() - cpu0
        peak = peak_rss_mb()  # before the digest, which is not part of the run
        stored = con.execute("select count(*) from finding_claims").fetchone()[0]
        stored_matches = con.execute("select count(*) from claim_matches").fetchone()[0]
        digest_value = stored_digest(con) if digest else None
        con.close()
    index = {cid: i for i, cid in enumerate(claim_rows.column("claim_id").to_pylist())}
    predicted = np.arange(n_claims, dtype=np.int64)
    if isinstance(findings, FindingRows):  # the fast engine's rows: each member and its finding's row
        member = [index[cid] for cid in findings.members.column("claim_id").to_pylist()]
        predicted[member] = n_claims + findings.members.column("finding").to_numpy()
    else:
        for k, f in enumerate(findings):
            for cid in f.claim_ids:
                predicted[index[cid]] = n_claims + k
    precision, recall, f1 = pairwise_f1(truth, predicted)
    kinds = np.array(claim_rows.column("kind").to_pylist())
    by_kind = {}
    for kind in sorted(set(kinds.tolist())):
        sel = kinds == kind
        by_kind[kind] = round(pairwise_f1(truth[sel], predicted[sel])[2], 4)
    verdicts: dict[str, int] = {}
    if isinstance(findings, FindingRows):
        verdicts = dict(sorted(findings.verdicts().items()))
    else:
        for f in findings:
            verdicts[f.verdict] = verdicts.get(f.verdict, 0) + 1
    return {
        "claims": n_claims, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
        "peak_rss_mb": round(peak, 1),
        "pairs_compared": int(pairs), "pairwise_f1": round(f1, 4), "pairwise_precision": round(precision, 4),
        "pairwise_recall": round(recall, 4), "pairwise_f1_by_kind": by_kind, "matches": len(matches), "findings": len(findings),
        "finding_claims_stored": int(stored), "matches_stored": int(stored_matches), "verdicts": verdicts,
        "engine": engine_name,
        "seconds_by_stage": {k: round(v, 2) for k, v in timings.items()},
        **({"reconcile_seconds_by_stage": {k: round(v, 2) for k, v in engine_stages.items()}} if engine_stages else {}),
        "peak_rss_mb_after_stage": {k: round(v) for k, v in rss.items()},
        **({"digest": digest_value} if digest else {}),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=10_000, help="size of the synthetic table")
    ap.add_argument("--input", type=Path, help="a Parquet claim table with a cluster_id truth column")
    ap.add_argument("--engine", default="reference", help="reference | fast")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--statement-share", type=float, default=0.10, help="share of synthetic clusters that are statements")
    ap.add_argument("--save", type=Path, help="also write the generated table to this Parquet file")
    ap.add_argument("--profile", help="write cProfile stats of the engine to this file")
    ap.add_argument("--digest", action="store_true",
                    help="hash the stored claims, matches, findings and memberships (after the timed part)")
    ap.add_argument("--json", action="store_true", help="print one JSON line last")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    if args.input:
        table = pq.read_table(args.input)
        origin = str(args.input)
    else:
        from benchmarks.synthetic_claims import generate
        table = generate(args.claims, seed=args.seed, statement_share=args.statement_share)
        origin = f"synthetic (seed {args.seed})"
        if args.save:
            pq.write_table(table, args.save)
    prepared_s = time.perf_counter() - t
    pending = [table]  # run() drops the table once it is read into claims: nothing else may hold it
    del table
    result = run(pending.pop(), args.engine, profile=args.profile, digest=args.digest)
    result["table"] = origin
    result["table_seconds"] = round(prepared_s, 2)
    print(f"{result['claims']:,} claims from {origin} (made/read in {prepared_s:.1f} s, not timed)")
    print(f"engine {result['engine']}: {result['seconds']:.1f} s "
          f"({', '.join(f'{k} {v:.1f} s' for k, v in result['seconds_by_stage'].items())}), "
          f"peak RSS {result['peak_rss_mb']:,.0f} MB (high-water mark after each stage: "
          f"{', '.join(f'{k} {v:,} MB' for k, v in result['peak_rss_mb_after_stage'].items())})")
    print(f"pairs compared {result['pairs_compared']:,}; matches {result['matches']:,}; findings {result['findings']:,}")
    print(f"pairwise P {result['pairwise_precision']:.4f} R {result['pairwise_recall']:.4f} "
          f"F1 {result['pairwise_f1']:.4f} (by kind {result['pairwise_f1_by_kind']}); verdicts {result['verdicts']}")
    if args.json:
        print(json.dumps(result, sort_keys=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
