"""MRPC: the statement-similarity component (reconcile/similarity.py) on news sentence pairs.

    python benchmarks/quality/mrpc.py [--data DIR] [--json] [--fit]

Reads ``msr_paraphrase_train.txt`` and ``msr_paraphrase_test.txt`` from DIR (default
``../shared/datasets/mrpc`` relative to the repository root). Thresholds of the baselines
are chosen on train; everything is reported on test. ``--fit`` refits the logistic model on
train, prints the constants to paste into ``reconcile/similarity.py`` and rewrites
``reconcile/data/similarity_idf.json`` (stem document frequencies of the train sentences).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reconcile import similarity  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "mrpc"
IDF_FILE = ROOT / "reconcile" / "data" / "similarity_idf.json"


def load(path: Path) -> list[tuple[int, str, str]]:
    """(label, sentence 1, sentence 2) rows. Split on TAB only: the strings hold stray quotes."""
    rows = []
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        label, _, _, s1, s2 = line.split("\t")
        rows.append((int(label), s1, s2))
    return rows


def acc_f1(y: np.ndarray, pred: np.ndarray) -> tuple[float, float]:
    tp = float(np.sum((pred == 1) & (y == 1)))
    fp = float(np.sum((pred == 1) & (y == 0)))
    fn = float(np.sum((pred == 0) & (y == 1)))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return 100.0 * float(np.mean(pred == y)), 100.0 * f1


def best_threshold(scores: np.ndarray, y: np.ndarray) -> float:
    """The threshold (score >= t is a paraphrase) with the best accuracy on these scores."""
    best, best_acc = 0.0, -1.0
    for t in np.unique(scores):
        acc = float(np.mean((scores >= t) == y))
        if acc > best_acc:
            best, best_acc = float(t), acc
    return best


_WORD = re.compile(r"\w+")


def jaccard(a: str, b: str) -> float:
    x, y = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(x & y) / len(x | y) if x | y else 1.0


def baseline(name, scorer, train, test) -> dict:
    ytr = np.array([r[0] for r in train])
    yte = np.array([r[0] for r in test])
    s_tr = np.array([scorer(a, b) for _, a, b in train])
    s_te = np.array([scorer(a, b) for _, a, b in test])
    t = best_threshold(s_tr, ytr)
    acc, f1 = acc_f1(yte, (s_te >= t).astype(int))
    return {"system": name, "threshold": round(t, 4), "accuracy": round(acc, 1), "f1": round(f1, 1)}


# --- fitting (train only) -------------------------------------------------------------------------


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method on standardised X; (weights, bias)."""
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-A @ w))
        grad = A.T @ (p - y) + reg * w
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(reg)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w[:-1], float(w[-1])


def cross_validate(X: np.ndarray, y: np.ndarray, l2: float, folds: int = 5, seed: int = 0) -> float:
    order = np.random.default_rng(seed).permutation(len(y))
    accs = []
    for k in range(folds):
        held = order[k::folds]
        keep = np.setdiff1d(order, held)
        mu, sd = X[keep].mean(0), X[keep].std(0) + 1e-9
        w, b = fit_logistic((X[keep] - mu) / sd, y[keep], l2)
        p_keep = 1 / (1 + np.exp(-(((X[keep] - mu) / sd) @ w + b)))
        t = best_threshold(p_keep, y[keep])
        p = 1 / (1 + np.exp(-(((X[held] - mu) / sd) @ w + b)))
        accs.append(np.mean((p >= t) == y[held]))
    return 100.0 * float(np.mean(accs))


def cv_mean(X: np.ndarray, y: np.ndarray, l2: float, shuffles: int = 5) -> float:
    """5-fold CV accuracy averaged over several fold shuffles: one shuffle's noise (±0.3) is as
    large as the differences being chosen between."""
    return float(np.mean([cross_validate(X, y, l2, seed=s) for s in range(shuffles)]))


def write_document_frequencies(train: list[tuple[int, str, str]]) -> None:
    """The stem document frequencies over the train sentences (no labels), for the rarity features."""
    df: Counter[str] = Counter()
    sentences = [s for _, a, b in train for s in (a, b)]
    for text in sentences:
        df.update(set(similarity.analyse(text).stems))
    kept = {w: n for w, n in sorted(df.items()) if n >= 2}  # unseen and once-seen stems both count as 1
    IDF_FILE.write_text(json.dumps({"source": "MRPC train sentences (benchmarks/quality/mrpc.py --fit)",
                                    "sentences": len(sentences), "document_frequency": kept},
                                   ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    similarity._document_frequencies.cache_clear()


def with_word_indicators(core: np.ndarray, train: list[tuple[int, str, str]], vocab: list[str]) -> np.ndarray:
    """The core feature matrix followed by the differing-word indicators for *vocab*."""
    words = [similarity.differing_words(a, b, vocab) for _, a, b in train]
    return np.hstack([core, np.array(words).reshape(len(train), len(vocab))])


def fit(train: list[tuple[int, str, str]]) -> str:
    """Fit on train, choosing L2 and the number of differing-word indicators by 5-fold CV on
    train; write the document frequencies and return the constants block for similarity.py."""
    write_document_frequencies(train)
    similarity.analyse.cache_clear()
    core = np.array([similarity.core_features(a, b) for _, a, b in train])
    y = np.array([r[0] for r in train], dtype=float)
    # The words most often on one side only, most frequent first (counted without labels).
    differ = Counter(
        w for _, a, b in train for w in set(similarity.analyse(a).words) ^ set(similarity.analyse(b).words)
    )
    cv = {}
    for k in (0, 10, 20, 30, 40):
        X = with_word_indicators(core, train, [w for w, _ in differ.most_common(k)])
        for l2 in (0.1, 1.0, 3.0, 10.0, 30.0):
            cv[k, l2] = cv_mean(X, y, l2)
            print(f"# cv accuracy (5 shuffles) words={k} l2={l2}: {cv[k, l2]:.2f}", file=sys.stderr)
    k, l2 = max(cv, key=lambda key: cv[key])
    vocab = [w for w, _ in differ.most_common(k)]
    X = with_word_indicators(core, train, vocab)
    mu, sd = X.mean(0), X.std(0) + 1e-9
    w, b = fit_logistic((X - mu) / sd, y, l2)
    p = 100 / (1 + np.exp(-(((X - mu) / sd) @ w + b)))
    t = best_threshold(p, y)
    print(f"# chosen: words={k} l2={l2}, cv accuracy {cv[k, l2]:.2f}", file=sys.stderr)

    def tup(v):
        return "(" + ", ".join(f"{x:.6g}" for x in v) + ",)"

    words = "".join(f'"{w}", ' for w in vocab)
    return (f"DIFF_WORDS = ({words})\nMEANS = {tup(mu)}\nSCALES = {tup(sd)}\nWEIGHTS = {tup(w)}\n"
            f"BIAS = {b:.6g}\nTHRESHOLD = {t:.4g}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the two MRPC files")
    ap.add_argument("--json", action="store_true", help="print one JSON line last")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure falls below floors.json")
    ap.add_argument("--allow-regression", action="store_true", help="with --check: report, but do not fail")
    ap.add_argument("--fit", action="store_true", help="refit on train and print the constants")
    args = ap.parse_args(argv)
    train = load(args.data / "msr_paraphrase_train.txt")
    test = load(args.data / "msr_paraphrase_test.txt")
    if args.fit:
        print(fit(train))
        return 0
    started = time.perf_counter()
    rows = [
        baseline("token_set_ratio (baseline)", lambda a, b: fuzz.token_set_ratio(a.lower(), b.lower()), train, test),
        baseline("unigram Jaccard (baseline)", jaccard, train, test),
    ]
    yte = np.array([r[0] for r in test])
    t0 = time.perf_counter()
    pred = np.array([similarity.is_paraphrase(a, b) for _, a, b in test], dtype=int)
    per_pair_us = 1e6 * (time.perf_counter() - t0) / len(test)
    acc, f1 = acc_f1(yte, pred)
    rows.append({"system": "reconcile.similarity", "threshold": similarity.THRESHOLD, "accuracy": round(acc, 1),
                 "f1": round(f1, 1)})
    print(f"MRPC test ({len(test)} pairs; thresholds from train, {len(train)} pairs)")
    print(f"{'system':<30} {'threshold':>10} {'acc':>6} {'F1':>6}")
    for r in rows:
        print(f"{r['system']:<30} {r['threshold']:>10} {r['accuracy']:>6.1f} {r['f1']:>6.1f}")
    print(f"similarity: {per_pair_us:.0f} µs/pair; run took {time.perf_counter() - started:.1f} s")
    if args.json:
        print(json.dumps({"benchmark": "mrpc", "split": "test", "pairs": len(test), "accuracy": rows[-1]["accuracy"],
                          "f1": rows[-1]["f1"], "us_per_pair": round(per_pair_us, 1),
                          "baselines": {r["system"].split(" (")[0]: {"accuracy": r["accuracy"], "f1": r["f1"]}
                                        for r in rows[:-1]}}))
    if args.check:
        return _check("mrpc", {"accuracy": rows[-1]["accuracy"], "f1": rows[-1]["f1"]}, args.allow_regression)
    return 0


def _check(name: str, measured: dict[str, float], allow: bool) -> int:
    from benchmarks.quality.floors import check

    below = check(name, measured, allow)
    for line in below:
        print(f"below floor: {line}", file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    raise SystemExit(main())
