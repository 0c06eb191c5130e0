"""CheckThat! 2020 task 2 (English): the text candidate generator (reconcile/retrieval.py).

    python benchmarks/quality/checkthat.py [--data DIR] [--json] [--tune]

Ranks the 10,375 fact-checked claims for each test tweet and reports MAP@5 (TREC style),
MRR and P@1, with a plain BM25 baseline (k1 1.2, b 0.75, ``\\w+`` tokens, raw tweet,
documents = vclaim + title, each query word once) computed in the same run. DIR defaults to
``../shared/datasets/checkthat2020_task2_en`` relative to the repository root. ``--tune``
grid-searches the index's parameters on train + dev (never test) and prints the best.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reconcile.retrieval import SearchParams, TextIndex  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "checkthat2020_task2_en"
Ranker = Callable[[str], list[str]]


def load_claims(path: Path) -> list[tuple[str, str, str]]:
    """(vclaim_id, vclaim, title); the file uses CSV quoting inside TSV."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return [(r[0], r[1], r[2] if len(r) > 2 else "") for r in rows[1:] if r]


def load_split(folder: Path) -> tuple[dict[str, str], dict[str, set[str]]]:
    with (folder / "tweets.queries.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    tweets = {r[0]: r[1] for r in rows[1:] if r}
    qrels: dict[str, set[str]] = defaultdict(set)
    for line in (folder / "tweet-vclaim-pairs.qrels").read_text(encoding="utf-8").split("\n"):
        parts = line.split()
        if len(parts) == 4 and parts[3] != "0":
            qrels[parts[0]].add(parts[2])
    return tweets, dict(qrels)


def evaluate(rank: Ranker, tweets: dict[str, str], qrels: dict[str, set[str]]) -> dict[str, float]:
    """MAP@5 (precision at each relevant rank ≤ 5, over the number of relevant), MRR, P@1, R@5."""
    ap5 = rr = p1 = r5 = 0.0
    n = 0
    for tid, rel in qrels.items():
        if tid not in tweets:
            continue
        n += 1
        ranked = rank(tweets[tid])
        hits = 0
        ap = 0.0
        for i, doc in enumerate(ranked[:5], 1):
            if doc in rel:
                hits += 1
                ap += hits / i
        ap5 += ap / len(rel)
        r5 += hits / len(rel)
        first = next((i for i, doc in enumerate(ranked, 1) if doc in rel), None)
        rr += 1 / first if first else 0.0
        p1 += 1.0 if ranked and ranked[0] in rel else 0.0
    return {"map@5": ap5 / n, "mrr": rr / n, "p@1": p1 / n, "recall@5": r5 / n, "queries": n}


class PlainBM25:
    """The baseline, as the dataset's SOURCE.md computed it: no stemming, no cleaning, one field."""

    def __init__(self, claims: list[tuple[str, str, str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.ids = [c[0] for c in claims]
        self.k1, self.b = k1, b
        docs = [Counter(re.findall(r"\w+", f"{c[1]} {c[2]}".casefold())) for c in claims]
        self.len = [sum(d.values()) for d in docs]
        self.avg = sum(self.len) / len(self.len)
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, d in enumerate(docs):
            for t, f in d.items():
                self.postings[t].append((i, f))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def __call__(self, query: str, k: int = 100) -> list[str]:
        scores: dict[int, float] = defaultdict(float)
        for t in set(re.findall(r"\w+", query.casefold())):  # each query word once (as SOURCE.md's floor)
            for i, f in self.postings.get(t, ()):
                norm = self.k1 * (1 - self.b + self.b * self.len[i] / self.avg)
                scores[i] += self.idf[t] * f * (self.k1 + 1) / (f + norm)
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
        return [self.ids[i] for i, _ in best]


def index_ranker(claims: list[tuple[str, str, str]], params: SearchParams) -> Ranker:
    ix = TextIndex(params)
    for cid, vclaim, title in claims:
        ix.add(cid, vclaim, title=title)
    return lambda q: [doc for doc, _ in ix.search(q, k=100)]


def tune(claims, splits) -> None:
    """Grid search on train + dev; prints the ranking of settings by MAP@5."""
    tweets: dict[str, str] = {}
    qrels: dict[str, set[str]] = {}
    for t, q in splits:
        tweets.update(t)
        qrels.update(q)
    results = []
    grid = itertools.product((1.2, 1.6), (0.5, 0.75), (0.3, 0.6, 1.0), (0.0, 0.5), (0.0, 0.2, 0.4))
    for k1, b, title_w, bigram_w, fuzz_w in grid:
        params = SearchParams(k1=k1, b=b, field_weights=(("text", 1.0), ("title", title_w)), bigram_weight=bigram_w,
                              fuzz_weight=fuzz_w)
        m = evaluate(index_ranker(claims, params), tweets, qrels)
        results.append((m["map@5"], params))
        print(f"{m['map@5']:.4f} {m['mrr']:.4f} {params}", file=sys.stderr, flush=True)
    results.sort(key=lambda r: -r[0])
    for score, params in results[:5]:
        print(f"{score:.4f} {params}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with verified_claims.docs.tsv and splits")
    ap.add_argument("--json", action="store_true", help="print one JSON line last")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure falls below floors.json")
    ap.add_argument("--allow-regression", action="store_true", help="with --check: report, but do not fail")
    ap.add_argument("--tune", action="store_true", help="grid-search parameters on train + dev")
    args = ap.parse_args(argv)
    claims = load_claims(args.data / "verified_claims.docs.tsv")
    if args.tune:
        tune(claims, [load_split(args.data / "train"), load_split(args.data / "dev")])
        return 0
    tweets, qrels = load_split(args.data / "test")
    started = time.perf_counter()
    base = evaluate(PlainBM25(claims), tweets, qrels)
    t0 = time.perf_counter()
    ours_rank = index_ranker(claims, SearchParams())
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = evaluate(ours_rank, tweets, qrels)
    per_query_ms = 1000 * (time.perf_counter() - t0) / ours["queries"]
    print(f"CheckThat! 2020 task 2 test: {ours['queries']} tweets against {len(claims)} verified claims")
    print(f"{'system':<28} {'MAP@5':>7} {'MRR':>7} {'P@1':>7} {'R@5':>7}")
    for name, m in (("BM25 (baseline)", base), ("reconcile.retrieval", ours)):
        print(f"{name:<28} {m['map@5']:>7.3f} {m['mrr']:>7.3f} {m['p@1']:>7.3f} {m['recall@5']:>7.3f}")
    print(f"index build {build_s:.1f} s; {per_query_ms:.1f} ms/query; run took {time.perf_counter() - started:.1f} s")
    if args.json:
        r = lambda m: {k: round(v, 4) for k, v in m.items() if k != "queries"}  # noqa: E731
        print(json.dumps({"benchmark": "checkthat2020-task2-en", "split": "test", "queries": ours["queries"],
                          **r(ours), "ms_per_query": round(per_query_ms, 1), "baselines": {"bm25": r(base)}}))
    if args.check:
        from benchmarks.quality.floors import check

        below = check("checkthat2020-task2-en", ours, args.allow_regression)
        for line in below:
            print(f"below floor: {line}", file=sys.stderr)
        return 1 if below else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
