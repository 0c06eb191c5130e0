"""The same matches and findings as :func:`reconcile.findings.reconcile`, vectorised for scale.

``reconcile.findings.reconcile`` walks every blocked candidate pair in Python. This module
keeps its rules and its results but changes how the work is done:

1. **Tighter blocks, same answers.** Candidates come from (kind, subject, measure,
   actual-or-not, place) blocks and a sorted date window (one window; three windows only
   within one origin, the reference's revision allowance), plus the pairs the rules still
   allow across them: a claim without a place meets every place of its block, a place
   meets the country it lies in, an undated claim meets its whole block, and a claim
   without a subject meets every subject of its measure (the reference's fallback). Every
   pair these blocks skip is one that ``same_quantity_reason`` rejects, so no match is lost.
2. **Rules as array operations.** ``same_quantity_reason`` and the score of
   ``score_pair`` are evaluated on numpy arrays of candidate pairs, in the same order of
   floating-point operations, so scores are bit-identical; rapidfuzz scores the texts with
   ``process.cpdist`` on both cores.
3. **Statements** are paired through (token, subject) postings inside the date window;
   the number of shared informative words is counted by sorting (pair, word) codes, which gives the
   pairs ``statement_pairs`` would have kept among those the rules allow.
4. **Clustering** is the same greedy, best-edge-first merge with the same constraint
   check, over integer arrays sorted with ``np.lexsort``; verdicts and ids reuse
   ``reconcile.findings`` itself.

``tests/benchmarks/test_fastmatch.py`` checks on random synthetic inputs that the matches
and findings equal the reference's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from reconcile import findings as ref
from reconcile.match import EXCLUSIVE_SCOPES, STRICT_DETAIL_FAMILIES, Prepared, _center, prepare
from reconcile.model import Claim, ClaimMatch, Finding, MatchPolicy, SourceInfo

_NO_DATE = np.iinfo(np.int64).min // 4
# Statement merges that would check at least this many cross pairs (numpy's fixed cost is
# ~100 µs, a Python check ~2 µs) check them as one array operation; numeric and date merges
# look pairs up in the set of compatible pairs instead.
VECTOR_CHECK_MIN = 100


class _Codes:
    """Small integer codes for repeated values (None is a value of its own)."""

    def __init__(self) -> None:
        self.ids: dict[object, int] = {}
        self.values: list[object] = []

    def __call__(self, value: object) -> int:
        code = self.ids.get(value)
        if code is None:
            code = self.ids[value] = len(self.values)
            self.values.append(value)
        return code


def _unique(x: np.ndarray) -> np.ndarray:
    """Sorted unique values (sort-based: numpy's hash-based unique is slower on millions of int64)."""
    x = np.sort(x)
    return x[np.concatenate([[True], x[1:] != x[:-1]])] if len(x) else x


def _unique_inverse(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(x, kind="stable")
    xs = x[order]
    first = np.concatenate([[True], xs[1:] != xs[:-1]]) if len(x) else np.zeros(0, bool)
    inverse = np.empty(len(x), dtype=np.int64)
    inverse[order] = np.cumsum(first) - 1
    return xs[first], inverse


def _unique_counts(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x = np.sort(x)
    if not len(x):
        return x, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate([[True], x[1:] != x[:-1]]))
    return x[starts], np.diff(np.append(starts, len(x)))


def _expand(starts: np.ndarray, stops: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ranges [starts[i], stops[i]): (owner i, position) for every position."""
    counts = np.maximum(stops - starts, 0)
    owner = np.repeat(np.arange(len(starts)), counts)
    if not len(owner):
        return owner, owner
    offsets = np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, starts[owner] + offsets


def _window_pairs(members: np.ndarray, group: np.ndarray, anchor: np.ndarray, reach: int) -> np.ndarray:
    """Pairs (i, j) of *members* in one *group*, both dated, at most *reach* days apart."""
    if len(members) < 2:
        return np.empty((0, 2), dtype=np.int64)
    g, a = _unique_inverse(group[members])[1], anchor[members]
    order = np.lexsort((members, a, g))
    m, g, a = members[order], g[order], a[order]
    key = g.astype(np.int64) * (1 << 32) + (a - a.min())
    hi = np.searchsorted(key, key + reach, side="right")
    own, pos = _expand(np.arange(len(m)) + 1, hi)
    return np.column_stack([m[own], m[pos]])


def _cross_pairs(left: np.ndarray, left_group: np.ndarray, right: np.ndarray, right_group: np.ndarray,
                 anchor: np.ndarray, reach: int | None) -> np.ndarray:
    """Pairs (l, r) with equal group codes and, when *reach* is set and both are dated, |gap| <= reach.

    Undated claims on either side meet the whole group.
    """
    if not len(left) or not len(right):
        return np.empty((0, 2), dtype=np.int64)
    dense = _unique_inverse(np.concatenate([left_group, right_group]))[1]
    left_group, right_group = dense[: len(left)], dense[len(left) :]
    order = np.lexsort((anchor[right], right_group))
    r, rg, ra = right[order], right_group[order], anchor[right][order]
    g_lo = np.searchsorted(rg, left_group, side="left")
    g_hi = np.searchsorted(rg, left_group, side="right")
    out = []
    la = anchor[left]
    if reach is None:
        own, pos = _expand(g_lo, g_hi)
        out.append(np.column_stack([left[own], r[pos]]))
    else:
        dated = la != _NO_DATE
        # undated left claims: the whole group
        own, pos = _expand(g_lo[~dated], g_hi[~dated])
        out.append(np.column_stack([left[~dated][own], r[pos]]))
        # dated left: undated right claims of the group (they sort first) and the dated window
        ld, lg, llo, lhi = left[dated], left_group[dated], g_lo[dated], g_hi[dated]
        first_dated = llo + _count_undated(ra, llo, lhi)
        own, pos = _expand(llo, first_dated)
        out.append(np.column_stack([ld[own], r[pos]]))
        key_r = rg.astype(np.int64) * (1 << 40) + np.where(ra == _NO_DATE, -(1 << 39), ra)
        key_l = lg.astype(np.int64) * (1 << 40) + la[dated]
        w_lo = np.maximum(np.searchsorted(key_r, key_l - reach, side="left"), first_dated)
        w_hi = np.searchsorted(key_r, key_l + reach, side="right")
        own, pos = _expand(w_lo, w_hi)
        out.append(np.column_stack([ld[own], r[pos]]))
    return np.concatenate(out) if out else np.empty((0, 2), dtype=np.int64)


def _count_undated(ra: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """How many undated right claims open each group [lo, hi) (undated ones sort first)."""
    undated_prefix = np.concatenate([[0], np.cumsum(ra == _NO_DATE)])
    return undated_prefix[hi] - undated_prefix[lo]


def _normalise(pairs: np.ndarray) -> np.ndarray:
    """Unique unordered pairs, (low index, high index), self-pairs dropped."""
    if not len(pairs):
        return pairs.reshape(0, 2)
    lo, hi = np.minimum(pairs[:, 0], pairs[:, 1]), np.maximum(pairs[:, 0], pairs[:, 1])
    keep = lo != hi
    code = _unique(lo[keep].astype(np.int64) * (1 << 31) + hi[keep])
    return np.column_stack([code >> 31, code & ((1 << 31) - 1)])


class _Arrays:
    """Per-claim arrays the vectorised rules read."""

    def __init__(self, items: Sequence[Prepared], policy: MatchPolicy) -> None:
        self.codes = {k: _Codes() for k in ("kind", "measure", "subject", "place", "scope", "detail", "origin",
                                              "doc", "family", "block", "polarity")}
        c = self.codes
        claims = [p.claim for p in items]

        def codes(name: str, values: list) -> np.ndarray:
            code = c[name]
            return np.array([code(v) for v in values], dtype=np.int64)

        def flags(values: list) -> np.ndarray:
            return np.array(values, dtype=bool)

        self.kind = codes("kind", [x.kind for x in claims])
        self.measure = codes("measure", [x.measure for x in claims])
        # subject / place: code of a truthy value, -1 when missing; raw_place keeps None and "" apart.
        self.subject = np.array([c["subject"](x.subject) if x.subject else -1 for x in claims], dtype=np.int64)
        self.raw_place = codes("place", [x.place for x in claims])
        self.place = np.where(flags([bool(x.place) for x in claims]), self.raw_place, -1)
        # the place code of the country a place lies in, -2 when unknown
        self.place_country = np.array([c["place"](p.place_country) if p.place_country else -2 for p in items],
                                      dtype=np.int64)
        self.raw_scope = codes("scope", [x.scope for x in claims])
        self.exclusive_scope = np.where(flags([x.scope in EXCLUSIVE_SCOPES for x in claims]), self.raw_scope, -1)
        self.actual = flags([(x.modality or "actual") == "actual" for x in claims])
        self.detail = codes("detail", [x.measure_detail for x in claims])
        self.origin = codes("origin", [p.origin for p in items])
        self.doc = codes("doc", [x.doc_id for x in claims])
        self.anchor = np.array([p.anchor if p.anchor is not None else _NO_DATE for p in items], dtype=np.int64)
        self.has_low = flags([p.low is not None for p in items])
        self.has_high = flags([p.high is not None for p in items])
        self.low = np.array([p.low if p.low is not None else np.nan for p in items], dtype=np.float64)
        self.high = np.array([p.high if p.high is not None else np.nan for p in items], dtype=np.float64)
        centers = [_center(p) if p.claim.kind != "statement" else None for p in items]
        self.center = np.array([x if x is not None else np.nan for x in centers], dtype=np.float64)  # NaN: none
        self.polarity = codes("polarity", [x.polarity or "affirm" for x in claims])
        self.statement = flags([x.kind == "statement" for x in claims])
        self.numeric = flags([x.kind == "numeric" for x in claims])
        self.strict = flags([x.kind == "numeric" and x.measure in STRICT_DETAIL_FAMILIES for x in claims])
        self.family = codes("family", [(x.kind, x.measure or "?") for x in claims])
        self.block = codes("block", [(x.kind, x.subject or "?", x.measure or "?") for x in claims])
        # The place codes of truthy places are shared with raw values; -1 marks "no place".


def _candidates(arr: _Arrays, items: Sequence[Prepared], policy: MatchPolicy) -> np.ndarray:
    """Numeric and date candidates: every reference candidate pair the rules could accept."""
    reach = 3 * policy.date_window_days
    idx = np.flatnonzero(~arr.statement)
    if len(idx) < 2:
        return np.empty((0, 2), dtype=np.int64)
    parts = []
    # Block = (kind, subject-or-?, measure-or-?) × actual; sub-block by place.
    blk = arr.block * 2 + arr.actual.astype(np.int64)
    fam = arr.family * 2 + arr.actual.astype(np.int64)
    with_place = idx[arr.place[idx] >= 0]
    no_place = idx[arr.place[idx] < 0]
    sub = blk * (len(arr.codes["place"].values) + 1) + arr.place + 1
    dated = with_place[arr.anchor[with_place] != _NO_DATE]
    undated = with_place[arr.anchor[with_place] == _NO_DATE]
    # Two dated claims must lie within the window, or within three windows when one origin
    # revises itself: two passes, the wide one per origin.
    window = policy.date_window_days
    n_origins = len(arr.codes["origin"].values)
    parts.append(_window_pairs(dated, sub, arr.anchor, window))
    parts.append(_window_pairs(dated, sub * n_origins + arr.origin, arr.anchor, reach))
    parts.append(_cross_pairs(undated, sub[undated], with_place, sub[with_place], arr.anchor, None))
    # No place: the whole block (with or without place), in the window.
    parts.append(_cross_pairs(no_place, blk[no_place], idx, blk[idx], arr.anchor, window))
    parts.append(_cross_pairs(no_place, blk[no_place] * n_origins + arr.origin[no_place], idx,
                              blk[idx] * n_origins + arr.origin[idx], arr.anchor, reach))
    # A place meets the country it lies in (the reference's place_country exception).
    inside = with_place[arr.place_country[with_place] >= 0]
    if len(inside):
        target = blk[inside] * (len(arr.codes["place"].values) + 1) + arr.place_country[inside] + 1
        parts.append(_cross_pairs(inside, target, with_place, sub[with_place], arr.anchor, reach))
    # No subject: every subject of the same kind and measure (the reference's fallback).
    no_subject = idx[arr.subject[idx] < 0]
    if len(no_subject):
        parts.append(_cross_pairs(no_subject, fam[no_subject], idx, fam[idx], arr.anchor, reach))
    return _normalise(np.concatenate(parts))


def _statement_candidates(arr: _Arrays, items: Sequence[Prepared], policy: MatchPolicy,
                          min_shared: int = 2, max_df: float = 0.2) -> np.ndarray:
    """Statement pairs that share enough informative words (as ``statement_pairs``) and may match."""
    reach = 3 * policy.date_window_days
    idx = np.flatnonzero(arr.statement)
    if len(idx) < 2:
        return np.empty((0, 2), dtype=np.int64)
    words = {int(i): set(items[i].key_text.split()) for i in idx}
    df = Counter(w for ws in words.values() for w in ws)
    limit = max(20, int(max_df * len(idx)))
    informative = {w for w, n in df.items() if 2 <= n <= limit}
    vocab = _Codes()
    post_item, post_word = [], []
    for i, ws in words.items():
        for w in sorted(ws & informative):
            post_item.append(i)
            post_word.append(vocab(w))
    item = np.array(post_item, dtype=np.int64)
    word = np.array(post_word, dtype=np.int64)
    if len(item) < 2:
        return np.empty((0, 2), dtype=np.int64)
    # Postings grouped by (word, subject); a statement without a subject meets every subject.
    subj = arr.subject[item]
    group = word * (len(arr.codes["subject"].values) + 2) + subj + 1
    anchor = arr.anchor[item]
    slots = np.arange(len(item))
    has_subject = subj >= 0
    dated = anchor != _NO_DATE
    d, u, s_all = slots[dated & has_subject], slots[~dated & has_subject], slots[has_subject]
    nos = slots[~has_subject]
    slot_pairs = [
        _window_pairs(d, group, anchor, reach),
        _cross_pairs(u, group[u], s_all, group[s_all], anchor, None),
        _cross_pairs(nos, word[nos], slots, word, anchor, reach),
    ]
    sp = np.concatenate(slot_pairs)
    if not len(sp):
        return np.empty((0, 2), dtype=np.int64)
    a, b = item[sp[:, 0]], item[sp[:, 1]]
    lo, hi, w = np.minimum(a, b), np.maximum(a, b), word[sp[:, 0]]
    keep = lo != hi
    lo, hi, w = lo[keep], hi[keep], w[keep]
    # One count per (pair, shared word): the paths above may find a pair twice through one word.
    n, n_words = len(arr.kind), int(word.max()) + 1
    # (pair, word) once each; fits int64 while n * n * n_words < 2**63 (10**6 claims, 10**6 words).
    triple = _unique((lo * n + hi) * n_words + w)
    uniq, shared = _unique_counts(triple // n_words)
    lo, hi = uniq // n, uniq % n
    size_of = np.zeros(len(arr.kind), dtype=np.int64)
    for i, ws in words.items():
        size_of[i] = len(ws)
    need = np.minimum(min_shared, np.minimum(size_of[lo], size_of[hi]))
    ok = shared >= need
    return np.column_stack([lo[ok], hi[ok]])


def _compatible(arr: _Arrays, pairs: np.ndarray, policy: MatchPolicy) -> np.ndarray:
    """``same_quantity_reason(a, b) is None``, for every pair at once (rule for rule)."""
    a, b = pairs[:, 0], pairs[:, 1]
    ok = arr.kind[a] == arr.kind[b]
    stmt = arr.statement[a]
    ok &= stmt | (arr.measure[a] == arr.measure[b])
    sa, sb = arr.subject[a], arr.subject[b]
    ok &= (sa < 0) | (sb < 0) | (sa == sb)
    strict = arr.strict[a]
    if strict.any():
        da, db = arr.detail[a[strict]], arr.detail[b[strict]]
        ok[strict] &= _details_compatible(arr, da, db)
    ea, eb = arr.exclusive_scope[a], arr.exclusive_scope[b]
    ok &= (ea < 0) | (eb < 0) | (ea == eb)
    ok &= stmt | (arr.actual[a] == arr.actual[b])
    pa_, pb_ = arr.place[a], arr.place[b]
    ok &= (pa_ < 0) | (pb_ < 0) | (pa_ == pb_) | (arr.place_country[a] == pb_) | (arr.place_country[b] == pa_)
    xa, xb = arr.anchor[a], arr.anchor[b]
    both = (xa != _NO_DATE) & (xb != _NO_DATE)
    gap = np.abs(xa - xb)
    window = policy.date_window_days
    ok &= ~both | (gap <= window) | ((arr.origin[a] == arr.origin[b]) & (gap <= 3 * window))
    same_doc = (arr.doc[a] == arr.doc[b]) & arr.numeric[a]
    if same_doc.any():
        ok[same_doc] &= _values_agree(arr, a[same_doc], b[same_doc], policy)
    num = arr.numeric[a]
    ca, cb = arr.center[a], arr.center[b]
    valid = num & (ca > 0) & (cb > 0)  # NaN compares False: "no centre" gives ratio 1
    ratio = np.ones(len(a))
    with np.errstate(invalid="ignore"):  # inf / inf is NaN, and NaN > limit is False, as in Python
        ratio[valid] = np.maximum(ca[valid], cb[valid]) / np.minimum(ca[valid], cb[valid])
    ok &= ~(ratio > policy.max_magnitude_ratio)
    return ok


def _details_compatible(arr: _Arrays, da: np.ndarray, db: np.ndarray) -> np.ndarray:
    values = arr.codes["detail"].values
    words = [set((v or "").split()) for v in values]
    n = len(values)
    code = da * n + db
    uniq, inv = _unique_inverse(code)
    table = np.array([not (words[u // n] and words[u % n] and not (words[u // n] & words[u % n])) for u in uniq],
                     dtype=bool)
    return table[inv]


def _values_agree(arr: _Arrays, a: np.ndarray, b: np.ndarray, policy: MatchPolicy) -> np.ndarray:
    """``values_agree`` for pairs of one kind each (statements: the polarity)."""
    out = np.ones(len(a), dtype=bool)
    stmt = arr.statement[a]
    out[stmt] = arr.polarity[a[stmt]] == arr.polarity[b[stmt]]
    rest = ~stmt & arr.has_low[a] & arr.has_low[b]
    a, b = a[rest], b[rest]
    la, lb = arr.low[a], arr.low[b]
    ha = np.where(arr.has_high[a], arr.high[a], la)
    hb = np.where(arr.has_high[b], arr.high[b], lb)
    slack = np.where(arr.numeric[a], policy.agree_tolerance * np.maximum(np.maximum(np.abs(la), np.abs(lb)), 1.0),
                     0.0)
    out[rest] = (la <= hb + slack) & (lb <= ha + slack)
    return out


def _pair_scores(values: list, ca: np.ndarray, cb: np.ndarray, scorer) -> np.ndarray:
    """scorer(values[x], values[y]) for code pairs, each distinct pair scored once."""
    n = len(values)
    code = ca.astype(np.int64) * n + cb
    uniq, inv = _unique_inverse(code)
    table = np.array([scorer(values[u // n], values[u % n]) for u in uniq], dtype=np.float64)
    return table[inv] if len(uniq) else np.zeros(0)


@dataclass
class MatchResult:
    matches: list[ClaimMatch]
    examined: int  # candidate pairs the rules looked at
    compatible: set[int]  # i * n + j (i < j) for every numeric or date pair the rules accept
    statement: np.ndarray  # which items are statements: their compatibility is not all in the set
    arrays: _Arrays  # for checking many pairs at once


def match_arrays(items: Sequence[Prepared], policy: MatchPolicy) -> MatchResult:
    """The matches of ``reconcile.match.match_claims`` (as a set), and what clustering reuses."""
    arr = _Arrays(items, policy)
    pairs = np.concatenate([_candidates(arr, items, policy), _statement_candidates(arr, items, policy)])
    examined = len(pairs)
    pairs = pairs[_compatible(arr, pairs, policy)]
    n = len(items)
    numeric_pairs = pairs[~arr.statement[pairs[:, 0]]] if len(pairs) else pairs
    compatible = set((numeric_pairs[:, 0] * n + numeric_pairs[:, 1]).tolist())
    if not len(pairs):
        return MatchResult([], examined, compatible, arr.statement, arr)
    a, b = pairs[:, 0], pairs[:, 1]
    keys = [p.key_text for p in items]
    text = process.cpdist([keys[i] for i in a], [keys[i] for i in b], scorer=fuzz.token_set_ratio,
                          dtype=np.float64, workers=-1)
    same_origin = arr.origin[a] == arr.origin[b]
    attribution = np.full(len(a), 100.0)
    origins = arr.codes["origin"].values
    if (~same_origin).any():
        attribution[~same_origin] = _pair_scores(origins, arr.origin[a][~same_origin], arr.origin[b][~same_origin],
                                                 fuzz.token_set_ratio)
    stmt = arr.statement[a]
    place = np.where(arr.raw_place[a] == arr.raw_place[b], 100.0,
                     np.where((arr.place[a] < 0) | (arr.place[b] < 0), 70.0, 50.0))
    details = arr.codes["detail"].values
    da, db = arr.detail[a], arr.detail[b]
    detail = np.full(len(a), 100.0)
    differ = da != db
    if differ.any():
        detail[differ] = _pair_scores(details, da[differ], db[differ],
                                      lambda x, y: 80.0 if not (x and y) else fuzz.token_set_ratio(x or "", y or ""))
    scope = np.where(arr.raw_scope[a] == arr.raw_scope[b], 100.0, 75.0)
    xa, xb = arr.anchor[a], arr.anchor[b]
    both = (xa != _NO_DATE) & (xb != _NO_DATE)
    gap = np.abs(xa - xb).astype(np.float64)
    when = np.where(both, np.maximum(0.0, 100.0 - 100.0 * gap / (3 * policy.date_window_days)), 70.0)
    numeric_score = 0.30 * text + 0.20 * place + 0.15 * detail + 0.15 * scope + 0.10 * when + 0.10 * attribution
    score = np.where(stmt, text, numeric_score)
    passed = score >= np.where(stmt, policy.statement_threshold, policy.numeric_threshold)
    agree = _values_agree(arr, a, b, policy)
    keep = np.flatnonzero(passed)
    # Python floats from here on: round() on them is the reference's round(), bit for bit.
    cols = [x[keep].tolist() for x in (a, b, text, attribution, place, detail, scope, when, score, agree, stmt)]
    ids = [p.claim.claim_id for p in items]
    kinds = [p.claim.kind for p in items]
    out = []
    for i, j, t, att, pl, de, sc, wh, total, ok, is_stmt in zip(*cols, strict=True):
        if is_stmt:
            components: dict[str, float | str] = {"text": round(t, 1), "attribution": round(att, 1)}
            method = "statement"
        else:
            components = {"text": round(t, 1), "place": pl, "detail": round(de, 1), "scope": sc, "time": round(wh, 1),
                          "attribution": round(att, 1)}
            method = kinds[i]
        components["values_agree"] = "yes" if ok else "no"
        first, second = (ids[i], ids[j]) if ids[i] <= ids[j] else (ids[j], ids[i])
        out.append(ClaimMatch(first, second, round(total, 2), method, components, compatible=ok))
    return MatchResult(out, examined, compatible, arr.statement, arr)


def cluster(items: Sequence[Prepared], matches: Sequence[ClaimMatch], policy: MatchPolicy,
            known: MatchResult | None = None) -> list[list[Prepared]]:
    """``reconcile.findings.cluster`` on integer arrays: same edges order, same constraint check.

    With *known* (from :func:`match_arrays`), the constraint check for numeric and date
    claims is a set look-up: the candidate blocks hold every pair the rules can accept,
    so a pair outside *known.compatible* is one ``same_quantity_reason`` rejects.
    Statements still go through ``same_quantity_reason``.
    """
    index = {p.claim.claim_id: i for i, p in enumerate(items)}
    rank = np.empty(len(items), dtype=np.int64)
    rank[np.argsort(np.array([p.claim.claim_id for p in items], dtype=object), kind="stable")] = np.arange(len(items))
    ea = np.array([index[m.claim_id_a] for m in matches], dtype=np.int64)
    eb = np.array([index[m.claim_id_b] for m in matches], dtype=np.int64)
    sc = np.array([m.score for m in matches], dtype=np.float64)
    order = np.lexsort((rank[eb], rank[ea], -sc)) if len(matches) else np.zeros(0, dtype=np.int64)
    parent = list(range(len(items)))
    members: dict[int, list[int]] = {}
    reason = ref.same_quantity_reason
    n = len(items)
    compatible = known.compatible if known is not None else None
    statement = known.statement.tolist() if known is not None else None

    def incompatible(i: int, j: int) -> bool:
        if compatible is not None and not statement[i]:
            return (min(i, j) * n + max(i, j)) not in compatible
        return reason(items[i], items[j], policy) is not None

    for x, y in zip(ea[order].tolist(), eb[order].tolist(), strict=True):
        rx = x
        while parent[rx] != rx:
            parent[rx] = parent[parent[rx]]
            rx = parent[rx]
        ry = y
        while parent[ry] != ry:
            parent[ry] = parent[parent[ry]]
            ry = parent[ry]
        if rx == ry:
            continue
        left = members.get(rx) or [rx]
        right = members.get(ry) or [ry]
        if len(left) > 1 or len(right) > 1:  # two single claims: their own match says they are compatible
            if known is not None and statement[left[0]] and len(left) * len(right) >= VECTOR_CHECK_MIN:
                cross = np.array([(i, j) for i in left for j in right], dtype=np.int64)
                if not _compatible(known.arrays, cross, policy).all():
                    continue
            elif any(incompatible(i, j) for i in left for j in right):
                continue
        if len(left) < len(right):
            rx, ry, left, right = ry, rx, right, left
        parent[ry] = rx
        if len(left) == 1:
            left = members[rx] = [rx]
        left.extend(right)
        members.pop(ry, None)
    groups = []
    for i in range(len(items)):
        if parent[i] == i:
            groups.append(sorted(members.get(i, [i])))
    return [[items[i] for i in g] for g in groups]


def build_findings(items: Sequence[Prepared], groups: Sequence[Sequence[Prepared]], sources: Mapping[str, SourceInfo],
                   policy: MatchPolicy) -> list[Finding]:
    """``reconcile.findings.build_findings`` for clusters already made."""
    out = []
    for group in groups:
        verdict = ref.verdict_of(group, policy)
        sides = ref.sides_of(group, policy)
        values = [x for p in group if p.claim.kind == "numeric"
                  for x in (p.claim.value, p.claim.value_low, p.claim.value_high) if x is not None]
        vmin, vmax = (min(values), max(values)) if values else (None, None)
        spread = (vmax - vmin) / vmax if vmin is not None and vmax else None
        c = group[0].claim
        out.append(Finding(
            finding_id=ref.finding_id(group, sources),
            verdict=verdict,
            kind=c.kind,
            subject=c.subject,
            measure=c.measure,
            summary=ref.summarize(group, verdict, sides),
            independent_origins=len(ref.origins_of(group)),
            claim_ids=tuple(p.claim.claim_id for p in group),
            value_min=vmin,
            value_max=vmax,
            relative_spread=round(spread, 4) if spread is not None else None,
            sides=sides if verdict == "discrepancy" else sides[:1] if verdict != "update" else sides,
            members_hash=ref.members_hash(group),
        ))
    out.sort(key=lambda f: f.finding_id)
    return out


def reconcile(claims: Sequence[Claim], sources: Mapping[str, SourceInfo], policy: MatchPolicy | None = None,
              place_country: Mapping[str, str] | None = None, return_pair_count: bool = False):
    """Same contract and results as :func:`reconcile.findings.reconcile` (matches in another order).

    With *return_pair_count*, a third value: how many candidate pairs the rules examined.
    """
    policy = policy or MatchPolicy()
    items = prepare(claims, sources, policy, place_country)
    result = match_arrays(items, policy)
    matches = result.matches
    found = build_findings(items, cluster(items, matches, policy, result), sources, policy)
    if return_pair_count:
        return matches, found, result.examined
    return matches, found
