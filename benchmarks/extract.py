"""Claim extraction throughput on synthetic 500-word articles.

    python benchmarks/extract.py [--docs 2000] [--workers 1 2] [--json]

Prints docs/s and words/s for each worker count (a process pool, one alias table per
process), with the 1-worker run as the baseline of the same invocation. The last line
is one JSON object when --json is given.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import article  # noqa: E402
from reconcile.claims import extract_claims  # noqa: E402
from reconcile.entities import load_aliases  # noqa: E402

_ALIASES = None


def _init() -> None:
    global _ALIASES
    _ALIASES = load_aliases()


def _extract_range(bounds: tuple[int, int]) -> tuple[int, int]:
    assert _ALIASES is not None
    claims = words = 0
    for i in range(*bounds):
        doc = article(i)
        words += len(doc.text.split())
        claims += len(extract_claims(doc, _ALIASES))
    return claims, words


def run(docs: int, workers: int) -> dict[str, float]:
    chunks = [(i, min(i + 50, docs)) for i in range(0, docs, 50)]
    # Generating the articles is part of each chunk's work; it is measured separately below.
    start = time.perf_counter()
    if workers == 1:
        _init()
        results = [_extract_range(c) for c in chunks]
    else:
        with ProcessPoolExecutor(workers, initializer=_init) as pool:
            results = list(pool.map(_extract_range, chunks))
    seconds = time.perf_counter() - start
    gen_start = time.perf_counter()
    for i in range(min(docs, 200)):
        article(i)
    gen_per_doc = (time.perf_counter() - gen_start) / min(docs, 200)
    seconds_net = max(seconds - gen_per_doc * docs / workers, 1e-9)
    claims = sum(r[0] for r in results)
    words = sum(r[1] for r in results)
    return {"workers": workers, "docs": docs, "claims": claims, "seconds": round(seconds_net, 3),
            "docs_per_s": round(docs / seconds_net, 1), "words_per_s": round(words / seconds_net),
            "mean_words": round(words / docs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = [run(args.docs, w) for w in args.workers]
    base = rows[0]["docs_per_s"]
    print(f"{'workers':>7} {'docs':>6} {'claims':>7} {'seconds':>8} {'docs/s':>8} {'words/s':>9} {'vs 1st':>7}")
    for r in rows:
        print(f"{r['workers']:>7} {r['docs']:>6} {r['claims']:>7} {r['seconds']:>8} {r['docs_per_s']:>8} "
              f"{r['words_per_s']:>9} {r['docs_per_s'] / base:>6.2f}x")
    if args.json:
        print(json.dumps({"benchmark": "extract", "cpus": os.cpu_count(), "runs": rows}))


if __name__ == "__main__":
    main()
