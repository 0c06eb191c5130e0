"""MRPC: the statement-similarity component (reconcile/similarity.py) on news sentence pairs.

    python benchmarks/quality/mrpc.py [--data DIR] [--json] [--fit]

Reads ``msr_paraphrase_train.txt`` and ``msr_paraphrase_test.txt`` from DIR (default
``../shared/datasets/mrpc`` relative to the repository root). Thresholds of the baselines
are chosen on train; everything is reported on test. ``--fit`` refits the logistic model on
train and prints the constants to paste into ``reconcile/similarity.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reconcile import similarity  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "mrpc"


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


def fit(train: list[tuple[int, str, str]]) -> str:
    """Fit on train, choose L2 by 5-fold CV on train; return the constants block for similarity.py."""
    X = np.array([similarity.features(a, b) for _, a, b in train])
    y = np.array([r[0] for r in train], dtype=float)
    cv = {l2: cross_validate(X, y, l2) for l2 in (0.1, 1.0, 3.0, 10.0, 30.0, 100.0)}
    l2 = max(cv, key=lambda k: cv[k])
    mu, sd = X.mean(0), X.std(0) + 1e-9
    w, b = fit_logistic((X - mu) / sd, y, l2)
    p = 100 / (1 + np.exp(-(((X - mu) / sd) @ w + b)))
    t = best_threshold(p, y)
    print(f"# cv accuracy by l2: { {k: round(v, 2) for k, v in cv.items()} } → l2={l2}", file=sys.stderr)

    def tup(v):
        return "(" + ", ".join(f"{x:.6g}" for x in v) + ",)"

    return (f"MEANS = {tup(mu)}\nSCALES = {tup(sd)}\nWEIGHTS = {tup(w)}\nBIAS = {b:.6g}\n"
            f"THRESHOLD = {t:.4g}\n")


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
