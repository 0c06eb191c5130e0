"""The same matches and findings as :func:`reconcile.findings.reconcile`, vectorised for scale.

``reconcile.findings.reconcile`` walks every blocked candidate pair in Python. This module
keeps its rules and its results but changes how the work is done:

0. **Columns, not objects.** The engine reads the claims' rows as Arrow columns; what
   ``prepare`` derives is computed on them (``reconcile.fastprepare``), and a ``Prepared``
   (and, given only rows, a ``Claim``) is made only for the claims the reference's own
   functions still see: figures whose revisions may be snapshots over time, and clusters
   holding a NaN or a zero figure.
1. **Tighter blocks, same answers.** Candidates come from the reference's (kind, subject,
   measure) blocks, split by actual-or-not for figures and by place for regions (a place
   inside a known larger one), inside a sorted date window (one window; three only within
   one origin, the reference's revision allowance). Claims without a place, and places
   with no known larger place, meet each other; a region meets the places holding it. Every
   pair these blocks skip is one that ``same_quantity_reason`` rejects, so no match is lost.
2. **Rules as array operations.** ``same_quantity_reason`` and the score of
   ``score_pair`` are evaluated on numpy arrays of candidate pairs, in the same order of
   floating-point operations, so scores are bit-identical; rapidfuzz scores the figures'
   texts with ``process.cpdist`` on both cores.
3. **Statements** are paired through the pairs of informative words a match can share
   (a prefix filter for the weighted Dice: pairs that cannot reach the threshold are never
   formed) inside the statement window (``stance_days``), plus every pair of one frame and
   the ``frame_pairs`` blocks; of those, the pairs ``statement_pairs`` keeps (enough shared
   informative words) are scored. Their weighted term overlap
   (``statements.weighted_dice``) is summed on arrays, and again in Python, in the
   reference's order, only for the pairs whose rounded text or score, or whose pass, the
   summation order could change.
4. **Clustering** is the same greedy merge in the same edge order (like with like first,
   then by score) with the same constraint check, over integer arrays sorted with
   ``np.lexsort``; the statements' average linkage is counted once per pair of clusters
   and kept up to date on merges; small statement merges check their pairs on per-claim
   codes (``_StatementRules``).
5. **Matches stay arrays** (:class:`MatchResult`): no ``ClaimMatch`` per match unless the
   object API asks (:func:`match_objects`); :func:`reconcile_table` hands them over as the
   rows ``warehouse.store.save_run`` stores (:func:`match_table`).
6. **Findings** are built from columns: clusters that surely agree need no pairwise pass
   (their verdict and single side follow from reductions); the others compare every pair
   of members on arrays and assign sides greedily over lists (``_Disagreeing``); labels
   are ``findings._label`` / ``format_value`` of the first member's fields. What every
   cluster needs (does it surely agree, how many documents, its earliest members, the
   order of its single side) is computed for all clusters at once on arrays (``_Groups``);
   ``reconcile.findings``'s own ``verdict_of``, ``sides_of`` and ``summarize`` remain for
   clusters holding a NaN or a zero figure. :func:`reconcile_table` hands the findings over as
   the rows the warehouse stores (:class:`FindingRows`): no ``Finding`` object for a cluster
   that surely agrees.

What is mirrored rather than reused, and so must follow any change to the reference:
``_compatible`` (``same_quantity_reason``), ``_values_agree`` (``values_agree``), the
scores and components in ``match_arrays`` (``score_pair``, ``weighted_dice``), the
candidate blocks (``candidate_pairs``, ``statement_pairs``, ``frame_pairs``), the edge
order in ``cluster`` and its statement linkage (``findings._linked_enough``), ``_FindingIds``
(``finding_id``), ``_agreeing_sides``, ``_agreeing_sides_all``, ``_POLARITY_MID`` and ``_precise``
(``sides_of`` and ``_mid`` when nothing conflicts), ``_Disagreeing`` (``verdict_of``,
``_moves_with_time``, ``sides_of``, ``summarize``), ``_summary_head`` (``summarize``'s head),
``_StatementRules`` (``same_quantity_reason`` for two statements), ``_Terms`` (``idf_weights``),
``_hash_id``, ``_hash_text`` and ``_normalized`` (``stable_id``, ``normalize_text``), everything in
``reconcile.fastprepare`` (``prepare``), the stored form of a match in ``match_table``
(``store.match_table``), and the stored rows of the findings in ``findings_of(..., as_rows=True)``
(``FindingRows``: ``store._finding_table`` and ``store.member_table``, with ``_json_strings``,
``_json_float`` and ``_sides_json`` for the store's JSON encoders). ``_edge_order`` and
``_dense_ranks`` stand for ``np.lexsort`` and ``sorted(set(...))``.
``tests/benchmarks/test_fastmatch.py`` checks on random synthetic inputs that the matches
and findings equal the reference's.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import hashlib
import json
import json.encoder
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

from reconcile import findings as ref
from reconcile.fastprepare import Columns, GivenClaims, Items, RowClaims, prepare_columns
from reconcile.match import (CONTRADICTION_MARGIN, EXCLUSIVE_SCOPES, FRAME_FLOOR, LATER_BATCH_SCOPES, MOOD_FREE_FAMILIES,
                             PARTIAL_SCOPES, PLACED_FRAMES, SAME_SPEAKER_BONUS, SHARED_FRAMES, STRICT_DETAIL_FAMILIES,
                             Prepared, key_text, prepare, ranks_in)
from reconcile.model import Claim, ClaimMatch, Finding, FindingRows, MatchPolicy, Side, SourceInfo, json_default
from reconcile.text import normalize_text

_NO_DATE = ref.NO_ANCHOR
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

    def encode(self, values: list) -> np.ndarray:
        """The codes of *values*, the same as calling this once per value in order.

        Strings (and None) are encoded by Arrow in one pass (distinct values in order of
        first appearance, which is the order the codes are handed out in); other values
        one by one.
        """
        try:
            encoded = pc.dictionary_encode(pa.array(values, type=pa.string()), null_encoding="encode")
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            return np.array([self(v) for v in values], dtype=np.int64)
        return self._own_codes(encoded)

    def encode_column(self, values: pa.Array) -> np.ndarray:
        """:meth:`encode` of a string column, read by Arrow without a Python object per value."""
        return self._own_codes(pc.dictionary_encode(values, null_encoding="encode"))

    def _own_codes(self, encoded: pa.DictionaryArray) -> np.ndarray:
        indices = encoded.indices.to_numpy(zero_copy_only=False)
        if not self.values:  # nothing coded yet: Arrow's codes are the ones calls in order would give
            self.values = encoded.dictionary.to_pylist()  # (distinct values: a document id per document)
            self.ids = dict(zip(self.values, range(len(self.values))))
            return indices.astype(np.int64)
        own = np.array([self(v) for v in encoded.dictionary.to_pylist()], dtype=np.int64)
        return own[indices]


def _unique(x: np.ndarray) -> np.ndarray:
    """Sorted unique values (sort-based: numpy's hash-based unique is slower on millions of int64)."""
    x = np.sort(x)
    return x[np.concatenate([[True], x[1:] != x[:-1]])] if len(x) else x


def _distinct_inverse(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of the integers *x* (in order of first appearance) and each one's position among them.

    For grouping, where only equality matters (every caller's pairs are normalised, or looked
    up by value). By Arrow's hash table: a stable argsort of millions of codes took several
    times longer.
    """
    encoded = pc.dictionary_encode(pa.array(x, type=pa.int64()))
    return (encoded.dictionary.to_numpy(zero_copy_only=False),
            encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64))


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
    # position = starts[owner] + (k - where owner's run begins), for the k-th output
    return owner, np.arange(len(owner)) + np.repeat(starts - (np.cumsum(counts) - counts), counts)


def _window_pairs(members: np.ndarray, group: np.ndarray, anchor: np.ndarray, reach: int) -> np.ndarray:
    """Pairs (i, j) of *members* in one *group*, both dated, at most *reach* days apart."""
    if len(members) < 2:
        return np.empty((0, 2), dtype=np.int64)
    g, a = _distinct_inverse(group[members])[1], anchor[members]
    order = np.lexsort((members, a, g))
    m, g, a = members[order], g[order], a[order]
    key = g.astype(np.int64) * (1 << 32) + (a - a.min())
    hi = np.searchsorted(key, key + reach, side="right")
    own, pos = _expand(np.arange(len(m)) + 1, hi)
    return np.column_stack([m[own], m[pos]])


def _cross_pairs(left: np.ndarray, left_group: np.ndarray, right: np.ndarray, right_group: np.ndarray,
                 anchor: np.ndarray, reach: int | None) -> np.ndarray:
    """Pairs (l, r) with equal group codes and, when *reach* is set and both are dated, |gap| <= reach.

    Undated claims on either side meet the whole group. The pairs come out in no particular
    order (every caller normalises them).
    """
    if not len(left) or not len(right):
        return np.empty((0, 2), dtype=np.int64)
    dense = _distinct_inverse(np.concatenate([left_group, right_group]))[1]
    left_group, right_group = dense[: len(left)], dense[len(left) :]
    # The left side in (group, date) order, so that the binary searches below walk the right
    # side in order. With keys in random order each search starts over across an array of
    # millions and misses the cache: at 1M claims these searches took ~3x longer than
    # sorting the keys first and searching in order.
    by_key = np.argsort(left_group.astype(np.int64) * (1 << 40) + np.where(anchor[left] == _NO_DATE, -(1 << 39),
                                                                            anchor[left]))
    left, left_group = left[by_key], left_group[by_key]
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


def _merged(*parts: np.ndarray) -> np.ndarray:
    """``_normalise`` of the concatenation of *parts*, each already normalised.

    Their pair codes are sorted runs, which a stable sort (timsort) merges instead of sorting
    the whole afresh: 0.38 -> 0.03 s for the 5.8 M candidate pairs at 1M claims.
    """
    code = np.sort(np.concatenate([p[:, 0].astype(np.int64) * (1 << 31) + p[:, 1] for p in parts]), kind="stable")
    if len(code):
        code = code[np.concatenate([[True], code[1:] != code[:-1]])]
    return np.column_stack([code >> 31, code & ((1 << 31) - 1)])


# The claim fields the engine reads as columns (see _Arrays, _tie_ranks).
ROW_FIELDS = ("claim_id", "doc_id", "kind", "quote", "start_char", "end_char", "subject", "measure", "measure_detail",
              "value", "value_low", "value_high", "unit", "qualifier", "attributed_to", "event_date", "date_value",
              "date_value_end", "as_of", "place", "modality", "scope", "polarity", "predicate")
_ROW_TYPES = {"start_char": pa.int64(), "end_char": pa.int64(), "value": pa.float64(), "value_low": pa.float64(),
              "value_high": pa.float64(), "event_date": pa.date32(), "date_value": pa.date32(),
              "date_value_end": pa.date32(), "as_of": pa.date32()}


def _claim_rows(claims: Sequence[Claim]) -> pa.Table:
    """The ROW_FIELDS of *claims* as an Arrow table (``benchmarks/scale.py`` has them as columns already)."""
    return pa.table({f: pa.array([getattr(c, f) for c in claims], type=_ROW_TYPES.get(f, pa.string()))
                     for f in ROW_FIELDS})


class _Arrays:
    """Per-claim arrays the vectorised rules read.

    The claims' own fields come from *rows*, their columns as Arrow arrays (``_claim_rows``;
    ``benchmarks/scale.py`` hands over the table it writes), coded and compared by Arrow
    kernels: a Python list per field over a million ``Claim`` objects cost ~4 s. What
    ``prepare`` derives (origin, date anchor, value interval, larger places, counted region)
    comes from *derived* (``fastprepare.Columns``).
    """

    def __init__(self, derived: Columns, policy: MatchPolicy, rows: pa.Table) -> None:
        self.codes = {k: _Codes() for k in ("kind", "measure", "subject", "place", "scope", "detail", "ranks", "origin",
                                              "doc", "polarity", "home")}
        c = self.codes
        self.rows = rows

        def column(name: str) -> pa.Array:
            return rows.column(name).combine_chunks()

        def codes(name: str, values: pa.Array) -> np.ndarray:
            return c[name].encode_column(values)

        def flags(values: pa.Array) -> np.ndarray:  # a null is False
            return pc.fill_null(values, False).to_numpy(zero_copy_only=False)

        def truthy(values: pa.Array) -> np.ndarray:  # bool(x) of a string: neither None nor ""
            return flags(pc.not_equal(values, ""))

        def is_in(values: pa.Array, allowed: Iterable[str]) -> np.ndarray:
            return flags(pc.is_in(values, value_set=pa.array(sorted(allowed), type=pa.string())))

        kind, measure, scope = column("kind"), column("measure"), column("scope")
        self.kind = codes("kind", kind)
        self.measure = codes("measure", measure)
        self.statement_measure = c["measure"]("statement")
        # subject / place: code of a truthy value, -1 when missing; raw_* keep None and "" apart.
        self.raw_subject = codes("subject", column("subject"))
        self.subject = np.where(truthy(column("subject")), self.raw_subject, -1)
        self.raw_place = codes("place", column("place"))
        self.place = np.where(truthy(column("place")), self.raw_place, -1)
        # A place and the larger places holding it (match.place_chain), per place code. Codes
        # are handed out in order of first appearance, so going through the codes in order,
        # each at its first claim, registers the larger places in the order a pass over every
        # claim would.
        self.chain: dict[int, frozenset[int]] = {}
        codes_seen, first = np.unique(self.place, return_index=True)
        for code, i in zip(codes_seen.tolist(), first.tolist(), strict=True):
            if code >= 0:
                self.chain[code] = frozenset(c["place"](x) for x in derived.places[derived.place[i]])
        # Its place lies inside a known larger one (``len(p.places) > 1``; no place: no places).
        regional_code = np.zeros(len(c["place"].values), dtype=bool)
        for code, chain in self.chain.items():
            regional_code[code] = len(chain) > 1
        self.regional = (self.place >= 0) & regional_code[np.maximum(self.place, 0)]
        self.partial_scope = is_in(scope, PARTIAL_SCOPES)
        self.later_batch = is_in(scope, LATER_BATCH_SCOPES)
        self.part_of = flags(pc.equal(scope, "part"))
        self.date_kind = flags(pc.equal(kind, "date"))
        self.raw_scope = codes("scope", scope)
        # (The later batches, "a second batch" and "1,500 more", share one code: what came after, either way.)
        self.exclusive_scope = np.where(self.later_batch, np.iinfo(self.raw_scope.dtype).max,
                                        np.where(is_in(scope, EXCLUSIVE_SCOPES), self.raw_scope, -1))
        self.actual = ~truthy(column("modality")) | flags(pc.equal(column("modality"), "actual"))  # None: actual
        # A count findings.running_totals may join across origins: its family, done, the whole
        self.running = flags(pc.equal(kind, "numeric")) & is_in(measure, ref.RUNNING_FAMILIES) & self.actual & \
            (flags(pc.is_null(scope)) | flags(pc.equal(scope, "total")))
        # Figures whose planned and actual reports are one quantity (match.MOOD_FREE_FAMILIES).
        self.mood_free = is_in(measure, MOOD_FREE_FAMILIES)
        self.placed_frame = is_in(measure, PLACED_FRAMES)  # statements whose place is what they say
        # match.count_scope: the scope, else "total" for an actual count (a plan keeps none).
        self.count_scope = np.where(truthy(scope), self.raw_scope,
                                    np.where(self.actual, c["scope"]("total"), c["scope"](None)))
        self.detail = codes("detail", column("measure_detail"))
        # match.ranks_of, per distinct kind-modifier text.
        self.ranks = c["ranks"].encode([" ".join(sorted(ranks_in(v))) for v in c["detail"].values])[self.detail]
        # What prepare derives, as codes in this object's own numbering (handed out in the same
        # order of first appearance as coding the values claim by claim would).
        self.origin = np.array([c["origin"](v) for v in derived.origins], dtype=np.int64)[derived.origin]
        self.home = np.array([c["home"](v) for v in derived.homes], dtype=np.int64)[derived.origin]
        self.region = np.array([c["place"](v) for v in derived.regions], dtype=np.int64)[derived.region]
        self.doc = codes("doc", column("doc_id"))
        self.anchor = derived.anchor
        self.has_low, self.has_high = derived.has_low, derived.has_high
        self.low = np.where(derived.has_low, derived.low, np.nan)  # NaN: None
        self.high = np.where(derived.has_high, derived.high, np.nan)
        self.statement = flags(pc.equal(kind, "statement"))
        self.numeric = flags(pc.equal(kind, "numeric"))
        valued = ~self.statement & (self.has_low | self.has_high)  # _center is None without a value
        self.center = np.where(valued, _centers(derived), np.nan)  # NaN: none
        polarity = column("polarity")
        self.polarity = codes("polarity", pc.if_else(truthy(polarity), polarity, "affirm"))  # None or "": affirm
        self.uncertain = flags(pc.equal(polarity, "uncertain"))  # a doubt (match._doubt_against_stance)
        # _precise: a qualifier of exact (None or "" too), about or range, or any claim not numeric
        qualifier = column("qualifier")
        self.precise = ~self.numeric | ~truthy(qualifier) | is_in(qualifier, ("exact", "about", "range"))
        # match._too_wide: a stated range or vague amount spanning more than max_span_ratio
        with np.errstate(invalid="ignore"):  # NaN (no end) compares False
            self.too_wide = is_in(qualifier, ("range", "vague")) & (self.low > 0) & np.isfinite(self.high) & (
                self.high > policy.max_span_ratio * self.low)
        self.strict = self.numeric & is_in(measure, STRICT_DETAIL_FAMILIES)
        # Blocks (kind, subject or "?", measure or "?") and frames (measure, subject or "?") as
        # codes combined from the column codes above: only their equality matters, and a
        # tuple per claim coded in Python cost ~1.5 s at 1M claims.
        subject_or = np.where(self.subject >= 0, self.raw_subject, c["subject"]("?"))
        measure_or = np.where(truthy(measure), self.measure, c["measure"]("?"))
        n_subjects, n_measures = len(c["subject"].values), len(c["measure"].values)
        self.block = _distinct_inverse((self.kind * n_subjects + subject_or) * n_measures + measure_or)[1]
        self.in_frame = self.statement & (measure_or == self.measure) & (self.measure != self.statement_measure)
        # (A frame of a dealing between two parties blocks whatever subject it names: match.SHARED_FRAMES.)
        frame_subject = np.where(is_in(measure, SHARED_FRAMES), c["subject"]("?"), subject_or)
        self.frame = _distinct_inverse(self.measure * n_subjects + frame_subject)[1]  # read for claims in a frame only

    def related(self, pa_: np.ndarray, pb_: np.ndarray) -> np.ndarray:
        """For truthy place codes: one holds the other (``a.place in b.places or b.place in a.places``)."""
        n = len(self.codes["place"].values)
        code = pa_.astype(np.int64) * n + pb_
        uniq, inv = _distinct_inverse(code)
        chain = self.chain
        table = np.array([(u // n) in chain.get(u % n, ()) or (u % n) in chain.get(u // n, ()) for u in uniq.tolist()],
                         dtype=bool)
        return table[inv] if len(uniq) else np.zeros(0, dtype=bool)


def _centers(d: Columns) -> np.ndarray:
    """``match._center`` of every claim with a value (low or high; the others: anything).

    ``lo`` is the low end, else the high one; ``hi`` the high end when finite, else ``lo``;
    the centre is their mean when ``lo`` is truthy (not 0), else ``hi``.
    """
    lo = np.where(d.has_low, d.low, d.high)
    finite_high = d.has_high & np.isfinite(d.high)
    hi = np.where(finite_high, d.high, lo)
    with np.errstate(invalid="ignore", over="ignore"):
        return np.where(lo != 0, (lo + hi) / 2, hi)


def _timed_window(members: np.ndarray, group: np.ndarray, arr: _Arrays, window: int, reach: int) -> list[np.ndarray]:
    """Pairs of *members* in one group that the time rule may accept: dated ones within *window*,
    or within *reach* for one origin; an undated one meets its whole group."""
    anchor = arr.anchor
    dated = members[anchor[members] != _NO_DATE]
    undated = members[anchor[members] == _NO_DATE]
    n_origins, origin = _reach_origins(arr)
    return [
        _window_pairs(dated, group, anchor, window),
        _window_pairs(dated, group * n_origins + origin, anchor, reach),
        _cross_pairs(undated, group[undated], members, group[members], anchor, None),
    ]


def _reach_origins(arr: _Arrays) -> tuple[int, np.ndarray]:
    """Who a claim meets within *reach* (three windows): its own origin; an amount of money (a pay rate,
    a price) meets every origin's (match.same_quantity_reason's time rule). (codes, each claim's code)"""
    n_origins = len(arr.codes["origin"].values)
    return n_origins + 1, np.where(arr.numeric & arr.mood_free, n_origins, arr.origin)


def _timed_cross(left: np.ndarray, left_group: np.ndarray, right: np.ndarray, right_group: np.ndarray,
                 arr: _Arrays, window: int, reach: int) -> list[np.ndarray]:
    n_origins, origin = _reach_origins(arr)
    return [
        _cross_pairs(left, left_group, right, right_group, arr.anchor, window),
        _cross_pairs(left, left_group * n_origins + origin[left], right,
                     right_group * n_origins + origin[right], arr.anchor, reach),
    ]


def _candidates(arr: _Arrays, items: Sequence[Prepared], policy: MatchPolicy) -> np.ndarray:
    """Numeric and date candidates: every reference candidate pair the rules could accept.

    Blocks are the reference's (kind, subject, measure), split by actual-or-not for figures.
    Places: claims without a place, and claims at places with no known larger place, meet
    one another whatever their place; a place inside a larger one (a region) meets its own
    place, the places holding it, and claims without a place.
    """
    window, reach = policy.date_window_days, 3 * policy.date_window_days
    idx = np.flatnonzero(~arr.statement)
    if len(idx) < 2:
        return np.empty((0, 2), dtype=np.int64)
    blk = arr.block * 2 + np.where(arr.numeric & ~arr.mood_free, arr.actual, True).astype(np.int64)
    n_places = len(arr.codes["place"].values) + 1
    sub = blk * n_places + arr.place + 1
    regional = idx[arr.regional[idx]]
    loose = idx[~arr.regional[idx]]  # no place, or a place with no known larger one
    no_place = idx[arr.place[idx] < 0]
    placed = idx[arr.place[idx] >= 0]
    parts = []
    parts += _timed_window(loose, blk, arr, window, reach)
    parts += _timed_window(regional, sub, arr, window, reach)
    parts += _timed_cross(no_place, blk[no_place], regional, blk[regional], arr, window, reach)
    # A region meets the places holding it: one row per (claim, larger place), listed per
    # distinct place and spread over its claims (most claims are regional: a Python row per
    # claim cost ~1 s at 1M).
    places, of_place = _distinct_inverse(arr.place[regional])
    larger = [[a for a in arr.chain[c] if a != c] for c in places.tolist()]
    count = np.array([len(x) for x in larger], dtype=np.int64)
    if count.any():
        first = np.cumsum(count) - count
        own, pos = _expand(first[of_place], first[of_place] + count[of_place])
        left = regional[own]
        target = blk[left] * n_places + np.array([a for x in larger for a in x], dtype=np.int64)[pos] + 1
        parts += _timed_cross(left, target, placed, sub[placed], arr, window, reach)
    return _normalise(np.concatenate(parts))


class _Terms:
    """Each statement's distinct words as sorted integer postings ``item * n_words + word``, weighted.

    The words are those of ``key_text.split()``, as ``statement_pairs`` and ``score_pair``
    see them; a word's weight is its idf weight over the statements (``statements.idf_weights``,
    the same dict: *weights*).

    A key text is its words joined by single spaces (``key_text`` ends in ``" ".join(...split())``),
    so Arrow splits them on " " (an empty key has no word) and codes the words: a Python
    loop over every word of every statement cost ~2 s at 1M claims.
    """

    def __init__(self, arr: _Arrays, keys: Sequence[str]) -> None:
        statements = np.flatnonzero(arr.statement)
        words = pc.split_pattern(pa.array([keys[i] for i in statements.tolist()], type=pa.string()), " ")
        flat = pc.list_flatten(words)
        owner = statements[pc.list_parent_indices(words).to_numpy(zero_copy_only=False)]
        real = pc.not_equal(flat, "").to_numpy(zero_copy_only=False)
        encoded = pc.dictionary_encode(flat.filter(pa.array(real)))
        vocab = encoded.dictionary.to_pylist()
        self.n_words = n_words = max(len(vocab), 1)
        self.codes = _unique(owner[real] * n_words + encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64))
        self.item, self.word = self.codes // n_words, self.codes % n_words
        # idf_weights: log((N + 1) / (df + 0.5)), df the statements holding the word; math.log per
        # word (numpy's log need not round as the C library's does).
        df = np.bincount(self.word, minlength=len(vocab)).tolist()
        n = len(statements)
        self.weights = {w: math.log((n + 1) / (c + 0.5)) for w, c in zip(vocab, df, strict=True)}
        self.word_weight = np.array([self.weights[w] for w in vocab], dtype=np.float64)  # per word code
        self.weight = self.word_weight[self.word]
        self.mass = np.bincount(self.item, weights=self.weight, minlength=len(arr.kind))  # w(A)
        self.size = np.bincount(self.item, minlength=len(arr.kind))  # distinct words
        self.start = np.searchsorted(self.item, np.arange(len(arr.kind) + 1))

    def overlap(self, lo: np.ndarray, hi: np.ndarray, word_weight: np.ndarray,
                budget: int = 8 << 20) -> np.ndarray:
        """Per pair: the summed *word_weight* (one per word code) of the words both statements hold.

        The shorter word list of each pair is walked, its k-th word looked up in the other
        statement's row of a bit table (a bit per statement and word), for all pairs at once.
        The table is made for as many statements as *budget* bytes hold at a time, the pairs
        taken in that order. Per pair the weights are added in the order of the shorter list
        (word code order), as ``np.bincount`` over its postings added them before. (A binary
        search of every (statement, word) probe among all postings, 24 M probes at 1M claims,
        cost ~3x more: each probe walked ~20 levels of an array of 0.9 M postings.)
        """
        out = np.zeros(len(lo), dtype=np.float64)
        if not len(lo):
            return out
        few = self.size[lo] <= self.size[hi]  # walk the shorter list, look each word up in the other
        a, b = np.where(few, lo, hi), np.where(few, hi, lo)
        row_bytes = (self.n_words + 7) // 8  # one statement's bits
        per = max(1, budget // row_bytes)  # statements per table
        rank = np.cumsum(self.size > 0) - 1  # statements numbered in item order
        posting_rank = rank[self.item]
        chunk, length = np.maximum(rank[b], 0) // per, self.size[a]  # (no statement before b: b has no word)
        # By table, then longest list first: the pairs that have a k-th word are a prefix.
        order = np.lexsort((-length, chunk))
        bounds = np.searchsorted(chunk[order], np.arange(chunk[order[-1]] + 2))
        bit = np.left_shift(1, self.word & 7).astype(np.uint8)
        for c in range(len(bounds) - 1):
            take = order[bounds[c]:bounds[c + 1]]
            if not len(take):
                continue
            first = c * per
            p0, p1 = np.searchsorted(posting_rank, [first, first + per])
            table = np.zeros(per * row_bytes, dtype=np.uint8)
            np.bitwise_or.at(table, (posting_rank[p0:p1] - first) * row_bytes + (self.word[p0:p1] >> 3), bit[p0:p1])
            row, start, size = (rank[b[take]] - first) * row_bytes, self.start[a[take]], length[take]
            total = np.zeros(len(take), dtype=np.float64)
            for k in range(int(size[0])):
                m = np.searchsorted(-size, -k)  # the pairs whose shorter list has a k-th word
                w = self.word[start[:m] + k]
                held = (table[row[:m] + (w >> 3)] >> (w & 7).astype(np.uint8)) & 1
                total[:m] += held * word_weight[w]
            out[take] = total
        return out


def _statement_candidates(arr: _Arrays, terms: _Terms, policy: MatchPolicy, min_shared: int = 2,
                          max_df: float = 0.2) -> np.ndarray:
    """The pairs of ``statement_pairs`` that can score a match, within the statement window.

    ``statement_pairs`` pairs statements sharing two informative words, a word being
    informative while it is in at most a fifth of all statements. That bound grows with the
    corpus: at a million claims a word in 20,000 statements still counts, and the pairs
    sharing two such words inside one date window grow with the square of the corpus
    (8.8 M statement candidates and a 9 GB peak at 1M claims, against 0.15 M at 100k),
    most of them sharing only common words and scoring far below the threshold. So
    statements meet through the word pairs a match can share (``_word_pair_candidates``):
    a pair of statements that can reach the threshold shares one of them, so no match is
    lost. Statements of one frame (one measure other than the plain "statement", None
    included) score ``FRAME_FLOOR`` whatever their wording, so they also meet through every
    informative word within their frame, as in the reference; so does a statement of one
    word. A pair is kept when it shares as many informative words as ``statement_pairs``
    asks.
    """
    reach = policy.stance_days
    item, word, n_words = terms.item, terms.word, terms.n_words
    if np.count_nonzero(arr.statement) < 2 or not len(item):
        return np.empty((0, 2), dtype=np.int64)
    df = np.bincount(word, minlength=n_words)  # per word code
    informative_word = (df >= 2) & (df <= max(20, int(max_df * np.count_nonzero(arr.statement))))
    informative = informative_word[word]  # per posting
    sure, parts = [], []  # sure: pairs known to share two informative words; parts: to be counted
    if min_shared >= 2:
        for bonus, by_speaker in ((0.0, False), (SAME_SPEAKER_BONUS, True)):
            lowest_dice = (policy.statement_threshold - bonus) / 100  # a match's Dice is at least this
            lowest_dice = min(max(lowest_dice, 0.0), 1.0)  # a Dice is 0-1: this only keeps the bounds defined
            # Two statements meeting through a word pair share both words, which are informative:
            # with min_shared == 2 they pass the count below without it (counting them was ~5 s at 1M).
            (sure if min_shared == 2 else parts).append(
                _word_pair_candidates(arr, terms, informative, lowest_dice, by_speaker, reach))
        short = informative & (terms.size[item] < min_shared)  # one word: one shared word is enough
    else:
        short = informative
    if short.any():
        parts.append(item[_cross_pairs(np.flatnonzero(short), word[short], np.flatnonzero(informative),
                                       word[informative], arr.anchor[item], reach)])
    # One frame (any measure but the plain "statement", None too): the score has a floor.
    framed = informative & (arr.measure[item] != arr.statement_measure)
    parts.append(_posting_pairs(item[framed], arr.measure[item[framed]] * n_words + word[framed], arr.anchor, reach))
    kept = _normalise(np.concatenate(sure)) if sure else np.empty((0, 2), dtype=np.int64)
    pairs = _normalise(np.concatenate(parts))
    if len(pairs) and len(kept):  # a pair already kept needs no count
        pairs = pairs[~np.isin(pairs[:, 0] * (1 << 31) + pairs[:, 1], kept[:, 0] * (1 << 31) + kept[:, 1])]
    if len(pairs):
        lo, hi = pairs[:, 0], pairs[:, 1]
        need = np.maximum(1, np.minimum(min_shared, np.minimum(terms.size[lo], terms.size[hi])))
        pairs = pairs[terms.overlap(lo, hi, informative_word.astype(np.float64)) >= need]
    return _merged(kept, pairs)


def _word_pair_candidates(arr: _Arrays, terms: _Terms, informative: np.ndarray, lowest_dice: float,
                          by_speaker: bool, reach: int) -> np.ndarray:
    """Statement pairs sharing two informative words that can give a weighted Dice of *lowest_dice*.

    Words are taken rarest first (heaviest weight, then code: one order for every
    statement). Let ``x < y`` be the first two informative words A and B share, ``s`` the
    weight they share and ``r(A)`` what A's other words weigh. Every informative word A
    shares is ``x``, ``y`` or after ``y``, so ``s <= w(x) + (A's informative words from
    y on) + r(A)``. Dice ``2s / (w(A) + w(B)) >= t`` needs ``s >= t w(A)`` from the
    lighter statement A and ``s >= t w(B) / (2 - t)`` from the heavier B (as ``w(A) >=
    s``). So A lists the word pairs (x, y) that meet the first bound and B those that meet
    the second; a pair of statements sharing a listed word pair, the lighter one on the
    left, is a candidate; *by_speaker*: only within one speaker.
    """
    item, word, weight = terms.item[informative], terms.word[informative], terms.weight[informative]
    if len(item) < 2:
        return np.empty((0, 2), dtype=np.int64)
    order = np.lexsort((word, -weight, item))
    item, word, weight = item[order], word[order], weight[order]
    first = np.searchsorted(item, item)  # where each statement's informative words begin, and end
    end = np.searchsorted(item, item, side="right")
    before = np.cumsum(weight) - weight
    rest = before[end - 1] + weight[end - 1] - before  # informative weight from here to the statement's end
    mass = terms.mass[item]
    other = mass - rest[first]  # what the statement's other words weigh
    x, y = _expand(np.arange(len(item)) + 1, end)  # every (x, y) word pair of a statement, x first
    reach_of = weight[x] + rest[y] + other[x]  # the most two statements sharing x, y first can share
    slack = 1 - 1e-9  # these sums are not in the reference's order
    light = reach_of >= lowest_dice * mass[x] * slack - 1e-9
    heavy = reach_of >= lowest_dice / (2 - lowest_dice) * mass[x] * slack - 1e-9
    key = _distinct_inverse(word[x] * terms.n_words + word[y])[1]
    if by_speaker:
        key = key * len(arr.codes["origin"].values) + arr.origin[item[x]]
    owner = item[x]
    left, right = np.flatnonzero(light), np.flatnonzero(heavy)
    pairs = _cross_pairs(left, key[left], right, key[right], arr.anchor[owner], reach)
    p, q = pairs[:, 0], pairs[:, 1]
    mp, mq = mass[x][p], mass[x][q]
    # Both bounds above hold for the pair at once: the two share at most w(x) and what the one
    # with less to offer from y on has, so twice that must reach the Dice of their two weights
    # (at 1M claims this keeps 1.89 M of 3.46 M distinct pairs; the pair's first two shared
    # words are still listed, so no pair that can match is lost).
    keep = (mp <= mq * (1 + 1e-9) + 1e-9) & (
        2 * np.minimum(reach_of[p], reach_of[q]) >= lowest_dice * (mp + mq) * slack - 1e-9)
    return np.column_stack([owner[p[keep]], owner[q[keep]]])


def _posting_pairs(item: np.ndarray, group: np.ndarray, anchor: np.ndarray, reach: int) -> np.ndarray:
    """Pairs of items with a posting in one group, dated at most *reach* days apart or undated."""
    slots = np.arange(len(item))
    slot_anchor = anchor[item]
    dated = slot_anchor != _NO_DATE
    undated = slots[~dated]
    sp = np.concatenate([_window_pairs(slots[dated], group, slot_anchor, reach),
                         _cross_pairs(undated, group[undated], slots, group, slot_anchor, None)])
    return item[sp]


def _frame_candidates(arr: _Arrays, policy: MatchPolicy) -> np.ndarray:
    """``match.frame_pairs``: statements of one frame and subject within ``stance_days``, places related."""
    members = np.flatnonzero(arr.in_frame)
    if len(members) < 2:
        return np.empty((0, 2), dtype=np.int64)
    dated = members[arr.anchor[members] != _NO_DATE]
    undated = members[arr.anchor[members] == _NO_DATE]
    pairs = _normalise(np.concatenate([_window_pairs(dated, arr.frame, arr.anchor, policy.stance_days),
                                       _cross_pairs(undated, arr.frame[undated], members, arr.frame[members],
                                                    arr.anchor, None)]))
    return pairs[_places_meet(arr, pairs[:, 0], pairs[:, 1])]


def _places_meet(arr: _Arrays, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``match._places_meet``: the same place, one holding the other, or neither naming one (either,
    outside the placed frames)."""
    pa, pb = arr.place[a], arr.place[b]
    meet = pa == pb
    both = ~meet & (pa >= 0) & (pb >= 0)
    if both.any():
        meet[both] = arr.related(pa[both], pb[both])
    return meet | (((pa < 0) | (pb < 0)) & ~arr.placed_frame[a] & ~arr.placed_frame[b])


def _compatible(arr: _Arrays, pairs: np.ndarray, policy: MatchPolicy) -> np.ndarray:
    """``same_quantity_reason(a, b) is None``, for every pair at once (rule for rule)."""
    a, b = pairs[:, 0], pairs[:, 1]
    ok = arr.kind[a] == arr.kind[b]
    stmt = arr.statement[a]
    ma, mb = arr.measure[a], arr.measure[b]
    ok &= stmt | (ma == mb)
    sm = arr.statement_measure
    ok &= ~(stmt & (ma != mb) & (ma != sm) & (mb != sm))  # two frames
    ok &= ~(stmt & ((ma == sm) != (mb == sm)) & (arr.polarity[a] != arr.polarity[b]))  # a frame against no frame
    ok &= stmt | (arr.raw_subject[a] == arr.raw_subject[b])
    ok &= ~arr.date_kind[a] | ((arr.subject[a] >= 0) & (arr.subject[b] >= 0))
    strict = arr.strict[a]
    if strict.any():
        ok[strict] &= _details_compatible(arr, arr.detail[a[strict]], arr.detail[b[strict]])
    ok &= ~arr.numeric[a] | (arr.ranks[a] == arr.ranks[b])
    ok &= arr.region[a] == arr.region[b]
    ea, eb = arr.exclusive_scope[a], arr.exclusive_scope[b]
    ok &= (ea < 0) | (eb < 0) | (ea == eb)
    part = (arr.raw_scope[a] != arr.raw_scope[b]) & (arr.partial_scope[a] | arr.partial_scope[b]) & ~(
        (arr.part_of[a] | arr.part_of[b]) & (arr.raw_place[a] == arr.raw_place[b]))
    if part.any():
        ok[part] &= _values_agree(arr, a[part], b[part], policy)
    ok &= ~arr.numeric[a] | arr.mood_free[a] | (arr.actual[a] == arr.actual[b])
    pa_, pb_ = arr.place[a], arr.place[b]
    differ = (pa_ >= 0) & (pb_ >= 0) & (pa_ != pb_)
    if differ.any():
        ok[differ] &= arr.related(pa_[differ], pb_[differ]) | ~(arr.regional[a[differ]] | arr.regional[b[differ]])
    if stmt.any():
        ok[stmt] &= _places_meet(arr, a[stmt], b[stmt])
    xa, xb = arr.anchor[a], arr.anchor[b]
    both = (xa != _NO_DATE) & (xb != _NO_DATE)
    gap = np.abs(xa - xb)
    doubt = stmt & (arr.polarity[a] != arr.polarity[b]) & (arr.uncertain[a] | arr.uncertain[b])
    window = np.where(stmt & (~doubt | _doubt_answered(arr, a, b)), policy.stance_days, policy.date_window_days)
    # (One origin restating itself, or a rate such as a soldier's monthly pay, holds for three windows.)
    ok &= ~both | (gap <= window) | (((arr.origin[a] == arr.origin[b]) | (arr.numeric[a] & arr.mood_free[a])) &
                                     (gap <= 3 * policy.date_window_days))
    same_doc = (arr.doc[a] == arr.doc[b]) & arr.numeric[a] & (arr.origin[a] == arr.origin[b]) & ~(
        both & (xa != xb) & (arr.count_scope[a] == arr.count_scope[b]))
    if same_doc.any():
        ok[same_doc] &= _values_agree(arr, a[same_doc], b[same_doc], policy)
    ok &= ~((arr.doc[a] == arr.doc[b]) & arr.numeric[a] & (arr.origin[a] == arr.origin[b]) &
            (arr.raw_scope[a] != arr.raw_scope[b]) & (arr.later_batch[a] | arr.later_batch[b]))
    num = arr.numeric[a]
    ca, cb = arr.center[a], arr.center[b]
    valid = num & (ca > 0) & (cb > 0)  # NaN compares False: "no centre" gives ratio 1
    ratio = np.ones(len(a))
    with np.errstate(invalid="ignore"):  # inf / inf is NaN, and NaN > limit is False, as in Python
        ratio[valid] = np.maximum(ca[valid], cb[valid]) / np.minimum(ca[valid], cb[valid])
    ok &= ~(ratio > policy.max_magnitude_ratio)
    same_span = arr.too_wide[a] & (arr.low[a] == arr.low[b]) & (arr.high[a] == arr.high[b])
    ok &= ~(num & (arr.too_wide[a] | arr.too_wide[b]) & ~same_span)
    return ok


def _doubt_answered(arr: _Arrays, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``match.doubt_answered`` for pairs of a doubt and a stance: the stance later, by the doubt's country."""
    xa, xb = arr.anchor[a], arr.anchor[b]
    later = np.where(arr.uncertain[a], xa < xb, xb < xa)
    return (xa != _NO_DATE) & (xb != _NO_DATE) & later & (arr.home[a] == arr.home[b])


class _StatementRules:
    """``same_quantity_reason(a, b) is None`` for two statements, from per-claim codes (no objects).

    The statement rules of ``_compatible``, one pair at a time, for the clustering's small
    statement merges (a numpy call per merge costs ~100 µs): frames, a frame's stance against
    loose wording, the counted region, exclusive and partial scopes, places that meet, and the
    statement window. Checking them on ``Prepared`` objects cost a Claim and a Prepared per
    statement besides the calls (~2 s at 1M claims).
    """

    def __init__(self, arr: _Arrays, policy: MatchPolicy) -> None:
        items = np.flatnonzero(arr.statement)
        fields = (arr.measure, arr.polarity, arr.region, arr.exclusive_scope, arr.raw_scope, arr.partial_scope,
                  arr.part_of, arr.raw_place, arr.place, arr.anchor, arr.placed_frame, arr.uncertain, arr.origin,
                  arr.home)
        self.of = dict(zip(items.tolist(), zip(*(x[items].tolist() for x in fields))))
        self.plain = arr.statement_measure  # the measure code of "statement": no frame
        self.chain = arr.chain
        self.reach, self.window = policy.stance_days, policy.date_window_days
        self.own_reach = 3 * policy.date_window_days  # one origin restating itself

    def ok(self, i: int, j: int) -> bool:
        ma, pola, ra, ea, sa, qa, pta, rpa, pla, xa, placed_a, doubt_a, origin_a, home_a = self.of[i]
        mb, polb, rb, eb, sb, qb, ptb, rpb, plb, xb, placed_b, doubt_b, origin_b, home_b = self.of[j]
        plain = self.plain
        if ma != mb and ma != plain and mb != plain:
            return False  # two frames
        if (ma == plain) != (mb == plain) and pola != polb:
            return False  # a stance on a frame against loose wording
        if ra != rb or (ea >= 0 and eb >= 0 and ea != eb):
            return False  # a counted region; two exclusive scopes
        if sa != sb and (qa or qb) and pola != polb and not ((pta or ptb) and rpa == rpb):
            return False  # a part against a whole that disagrees
        if pla != plb and not (pla >= 0 and plb >= 0 and (plb in self.chain.get(pla, ()) or pla in self.chain.get(plb, ()))) \
                and not ((pla < 0 or plb < 0) and not placed_a and not placed_b):
            return False  # places that do not meet (both named, neither holding the other; one left out where it is said)
        if xa == _NO_DATE or xb == _NO_DATE:
            return True
        gap = abs(xa - xb)
        if gap <= self.own_reach and origin_a == origin_b:
            return True  # one origin may restate itself that much later
        if pola != polb and (doubt_a or doubt_b) and not (home_a == home_b and (xa < xb if doubt_a else xb < xa)):
            # A doubt holds for its day: one window against another stance, unless its own country answers it
            # later (match.doubt_answered).
            return gap <= self.window
        return gap <= self.reach  # the statement window


def _details_compatible(arr: _Arrays, da: np.ndarray, db: np.ndarray) -> np.ndarray:
    values = arr.codes["detail"].values
    words = [set((v or "").split()) for v in values]
    n = len(values)
    code = da * n + db
    uniq, inv = _distinct_inverse(code)
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
    slack = np.where(arr.numeric[a], policy.agree_tolerance * np.minimum(np.abs(la), np.abs(lb)), 0.0)
    out[rest] = (la <= hb + slack) & (lb <= ha + slack)
    return out


def _pair_scores(values: list, ca: np.ndarray, cb: np.ndarray, scorer) -> np.ndarray:
    """scorer(values[x], values[y]) for code pairs, each distinct pair scored once."""
    n = len(values)
    code = ca.astype(np.int64) * n + cb
    uniq, inv = _distinct_inverse(code)
    table = np.array([scorer(values[u // n], values[u % n]) for u in uniq], dtype=np.float64)
    return table[inv] if len(uniq) else np.zeros(0)


def _statement_text(terms: _Terms, keys: Sequence[str], weights: Mapping[str, float], a: np.ndarray, b: np.ndarray,
                    bonus: np.ndarray, floored: np.ndarray, threshold: np.ndarray) -> np.ndarray:
    """``statements.weighted_dice`` of statement pairs, 0-100, as precise as what is made of it.

    What is kept of a pair's text is its rounding to 0.1 (the stored component), the
    rounding of its score to 0.01 (``score_pair``: the text plus the speaker's *bonus*, at most
    100, at least ``FRAME_FLOOR`` when *floored*) and whether that score reaches the pair's
    *threshold*. The overlap is summed on arrays, in another order than the reference's sum
    (its own set order), so within a few ulps of it. Where those three come out the same at
    both ends of a margin far wider than that, the array value is as good as the exact one;
    the others (a pair near a rounding boundary or the threshold) are summed in Python over
    the same sets as the reference. (Summing every pair that might pass in Python cost ~3 s
    at 1M claims; the margin leaves a few hundred pairs.)
    """
    total = terms.mass[a] + terms.mass[b]
    with np.errstate(invalid="ignore", divide="ignore"):
        text = np.where(total > 0, 200.0 * terms.overlap(a, b, terms.word_weight) / total, 0.0)

    def kept(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        score = np.minimum(100.0, x + bonus)
        score = np.where(floored, np.maximum(score, FRAME_FLOOR), score)
        return _python_round(x, 1), _python_round(score, 2), score >= threshold

    low, high = kept(np.maximum(text * (1 - 1e-9) - 1e-9, 0.0)), kept(text * (1 + 1e-9) + 1e-9)
    # Each is monotone in the text: equal at both ends, equal in between.
    close = high[2] & ~((low[0] == high[0]) & (low[1] == high[1]) & (low[2] == high[2]))
    sets = {i: set(keys[i].split()) for i in np.unique(np.concatenate([a[close], b[close]])).tolist()}
    # Every word's weight, looked up once: sum(map(...)) adds the same terms in the same order
    # as the reference's sum(weights.get(t, 1.0) for t in ...), so the same floats, faster.
    weight = {t: weights.get(t, 1.0) for words in sets.values() for t in words}.__getitem__
    mass = {i: sum(map(weight, words)) for i, words in sets.items()}  # w(A), once per statement
    scores = []
    for i, j in zip(a[close].tolist(), b[close].tolist(), strict=True):
        ta, tb = sets[i], sets[j]
        if not ta or not tb:
            scores.append(0.0)
            continue
        both = mass[i] + mass[j]
        scores.append(100.0 * 2 * sum(map(weight, ta & tb)) / both if both else 0.0)
    text[close] = scores
    return text


@dataclass
class MatchResult:
    """The matches as arrays, one entry per match, and what clustering reuses.

    Nothing here is a Python object per match: :func:`match_objects` makes the
    ``ClaimMatch`` list of the object API, :func:`match_table` the stored rows.
    """

    examined: int  # candidate pairs the rules looked at
    compatible_pairs: np.ndarray  # (i, j) rows, i < j, for every numeric or date pair the rules accept
    statement: np.ndarray  # which items are statements: their compatibility is not all in the set
    arrays: _Arrays | None  # for checking many pairs at once (None once the findings are made)
    a: np.ndarray  # item indices of the two claims (a < b)
    b: np.ndarray
    score: np.ndarray  # round(score, 2), as ClaimMatch.score
    agree: np.ndarray  # values_agree: ClaimMatch.compatible
    revision: np.ndarray  # the components "revision" and "scope_differs" are "yes"
    scope_differs: np.ndarray
    by_statement: np.ndarray  # method "statement"; otherwise the claims' kind
    components: dict[str, np.ndarray]  # numeric components as ClaimMatch.components holds them (rounded)

    def __len__(self) -> int:
        return len(self.a)


# ClaimMatch.components of a figure or date match, and of a statement match: the numbers,
# in the order the reference writes them (flags follow: values_agree, revision, scope_differs).
NUMERIC_COMPONENTS = ("text", "place", "detail", "scope", "time", "attribution")
STATEMENT_COMPONENTS = ("text", "attribution")


def _python_round(x: np.ndarray, digits: int) -> np.ndarray:
    """Python's round() of every value (correctly rounded, unlike np.round), bit for bit.

    ``round(x, d)`` is the double nearest k / 10**d, k the integer nearest the exact
    x * 10**d. numpy gets the same k from the computed product unless that product lies
    within a few ulps of a half (rounding error could put it on the other side): only
    those values go through Python's round. k / 10**d is one correctly rounded division,
    so the result is the same double. (One Python round per distinct value, as before,
    cost ~2.5 s at 1M claims: the scores are nearly all distinct.)
    """
    scale = 10.0 ** digits
    y = x * scale
    out = np.rint(y) / scale
    with np.errstate(invalid="ignore"):  # inf and NaN: unsure, Python rounds them
        unsure = ~(np.abs(np.abs(y - np.trunc(y)) - 0.5) > 4 * np.spacing(np.abs(y)))
    if unsure.any():
        out[unsure] = [round(v, digits) for v in x[unsure].tolist()]
    return out


def _passing_statements(arr: _Arrays, terms: _Terms, keys: Sequence[str], pairs: np.ndarray,
                        policy: MatchPolicy) -> tuple[np.ndarray, np.ndarray]:
    """*pairs* without the statement pairs whose score cannot pass, and each kept pair's text (0 for figures).

    A statement pair's score is its text and what its two claims bring (the speaker's bonus, a
    frame's floor, the threshold a contradiction raises), whatever the other rules say: so the
    text is scored first and the pairs it fails are dropped before the rules and the other
    components see them, as ``score_pair`` would drop them after. At 1M claims 1.89 M of the
    4.88 M candidate pairs are statements' (×37 from 100k, for ×10 claims: the pairs sharing two
    words grow with the square of the statements) and 0.40 M of them match. The pairs keep their order.
    """
    text = np.zeros(len(pairs))
    stmt = arr.statement[pairs[:, 0]] if len(pairs) else np.zeros(0, dtype=bool)
    if not stmt.any():
        return pairs, text
    a, b = pairs[stmt, 0], pairs[stmt, 1]
    bonus = np.where(arr.origin[a] == arr.origin[b], SAME_SPEAKER_BONUS, 0.0)
    one_frame = (arr.measure[a] == arr.measure[b]) & (arr.measure[a] != arr.statement_measure)
    unframed = (arr.measure[a] == arr.statement_measure) & (arr.measure[b] == arr.statement_measure)
    contradiction = unframed & (arr.polarity[a] != arr.polarity[b])  # match.CONTRADICTION_MARGIN
    threshold = policy.statement_threshold + np.where(contradiction, CONTRADICTION_MARGIN, 0.0)
    found = _statement_text(terms, keys, terms.weights, a, b, bonus, one_frame, threshold)
    score = np.minimum(100.0, found + bonus)  # as match_arrays scores them
    passed = np.where(one_frame, np.maximum(score, FRAME_FLOOR), score) >= threshold
    text[stmt] = found
    keep = ~stmt
    keep[stmt] = passed
    return pairs[keep], text[keep]


def match_arrays(items: Sequence[Prepared], policy: MatchPolicy, rows: pa.Table | None = None,
                 keys: Sequence[str] | None = None, derived: Columns | None = None) -> MatchResult:
    """The matches of ``reconcile.match.match_claims`` (as a set), and what clustering reuses.

    *rows*: the claims' fields as columns (``_claim_rows``), *keys* their key texts (the
    items' ``key_text``) and *derived* what ``prepare`` derives (``fastprepare``), when the
    caller has them.
    """
    keys = keys if keys is not None else [p.key_text for p in items]
    arr = _Arrays(derived if derived is not None else Columns.of(items), policy,
                  rows if rows is not None else _claim_rows([p.claim for p in items]))
    terms = _Terms(arr, keys)
    pairs = _merged(_candidates(arr, items, policy), _statement_candidates(arr, terms, policy),
                    _frame_candidates(arr, policy))
    examined = len(pairs)
    pairs, text = _passing_statements(arr, terms, keys, pairs, policy)
    ok = _compatible(arr, pairs, policy)
    pairs, text = pairs[ok], text[ok]
    numeric_pairs = pairs[~arr.statement[pairs[:, 0]]] if len(pairs) else pairs
    a, b = pairs[:, 0], pairs[:, 1]
    stmt = arr.statement[a]
    na, nb = a[~stmt], b[~stmt]
    if len(na):
        # The texts by a numpy gather of object references (a list comprehension over numpy
        # integers cost ~2 s at 1M claims); cpdist reads the same strings either way.
        texts = np.array(keys, dtype=object)
        text[~stmt] = process.cpdist(texts[na], texts[nb], scorer=fuzz.token_set_ratio, dtype=np.float64, workers=-1)
        del texts
    same_origin = arr.origin[a] == arr.origin[b]
    one_frame = (arr.measure[a] == arr.measure[b]) & (arr.measure[a] != arr.statement_measure)
    unframed = (arr.measure[a] == arr.statement_measure) & (arr.measure[b] == arr.statement_measure)
    contradiction = stmt & unframed & (arr.polarity[a] != arr.polarity[b])  # match.CONTRADICTION_MARGIN
    attribution = np.full(len(a), 100.0)
    origins = arr.codes["origin"].values
    if (~same_origin).any():
        attribution[~same_origin] = _pair_scores(origins, arr.origin[a][~same_origin], arr.origin[b][~same_origin],
                                                 fuzz.token_set_ratio)
    pa_, pb_ = arr.place[a], arr.place[b]
    related = np.zeros(len(a), dtype=bool)
    both_placed = (pa_ >= 0) & (pb_ >= 0)
    if both_placed.any():
        related[both_placed] = arr.related(pa_[both_placed], pb_[both_placed])
    place = np.where(arr.raw_place[a] == arr.raw_place[b], 100.0,
                     np.where(related, 85.0, np.where(~both_placed, 70.0, 40.0)))
    details = arr.codes["detail"].values
    da, db = arr.detail[a], arr.detail[b]
    detail = np.full(len(a), 100.0)
    differ = da != db
    if differ.any():
        detail[differ] = _pair_scores(details, da[differ], db[differ],
                                      lambda x, y: 80.0 if not (x and y) else fuzz.token_set_ratio(x or "", y or ""))
    scope_differs = arr.raw_scope[a] != arr.raw_scope[b]
    scope = np.where(~scope_differs, 100.0, np.where(arr.partial_scope[a] | arr.partial_scope[b], 30.0, 70.0))
    xa, xb = arr.anchor[a], arr.anchor[b]
    both = (xa != _NO_DATE) & (xb != _NO_DATE)
    gap = np.abs(xa - xb).astype(np.float64)
    when = np.where(both, np.maximum(0.0, 100.0 - 100.0 * gap / (3 * policy.date_window_days)), 70.0)
    revision = both & (gap > policy.date_window_days)
    numeric_score = 0.30 * text + 0.20 * place + 0.15 * detail + 0.15 * scope + 0.10 * when + 0.10 * attribution
    statement_score = np.minimum(100.0, text + np.where(same_origin, SAME_SPEAKER_BONUS, 0.0))
    statement_score = np.where(one_frame, np.maximum(statement_score, FRAME_FLOOR), statement_score)
    score = np.where(stmt, statement_score, numeric_score)
    passed = score >= np.where(stmt, policy.statement_threshold + np.where(contradiction, CONTRADICTION_MARGIN, 0.0),
                               policy.numeric_threshold)
    agree = _values_agree(arr, a, b, policy)
    keep = np.flatnonzero(passed)
    numbers = {"text": _python_round(text[keep], 1), "place": place[keep], "detail": _python_round(detail[keep], 1),
               "scope": scope[keep], "time": _python_round(when[keep], 1),
               "attribution": _python_round(attribution[keep], 1)}
    return MatchResult(examined, numeric_pairs, arr.statement, arr, a[keep], b[keep], _python_round(score[keep], 2),
                       agree[keep], revision[keep], scope_differs[keep], stmt[keep], numbers)


def match_objects(items: Sequence[Prepared], result: MatchResult) -> list[ClaimMatch]:
    """The ``ClaimMatch`` objects of ``reconcile.match.match_claims`` (the object API; small runs)."""
    ids = [p.claim.claim_id for p in items]
    kinds = [p.claim.kind for p in items]
    numbers = {k: v.tolist() for k, v in result.components.items()}
    out = []
    for m, (i, j, score, stmt, ok, rev, sd) in enumerate(zip(
            result.a.tolist(), result.b.tolist(), result.score.tolist(), result.by_statement.tolist(),
            result.agree.tolist(), result.revision.tolist(), result.scope_differs.tolist(), strict=True)):
        components: dict[str, float | str] = {k: numbers[k][m] for k in
                                              (STATEMENT_COMPONENTS if stmt else NUMERIC_COMPONENTS)}
        components["values_agree"] = "yes" if ok else "no"
        if rev:
            components["revision"] = "yes"
        if sd:
            components["scope_differs"] = "yes"
        first, second = (ids[i], ids[j]) if ids[i] <= ids[j] else (ids[j], ids[i])
        out.append(ClaimMatch(first, second, score, "statement" if stmt else kinds[i], components, compatible=ok))
    return out


def match_table(items: Sequence[Prepared], result: MatchResult, rows: pa.Table | None = None) -> pa.Table:
    """The matches as ``warehouse.store.match_table`` writes them, built column by column.

    Same rows, same text: the components are the JSON ``json.dumps(components, sort_keys=True)``
    gives, assembled from per-column pieces (each key's piece present or empty). *rows*: the
    claims' columns (``_claim_rows``), when the caller has them.
    """
    if rows is None:
        rows = _claim_rows([p.claim for p in items])
    ids = rows.column("claim_id").combine_chunks()
    id_a, id_b = ids.take(pa.array(result.a)), ids.take(pa.array(result.b))
    in_order = pc.less_equal(id_a, id_b)  # UTF-8 byte order is Python's code point order
    kinds = rows.column("kind").combine_chunks().take(pa.array(result.a))
    stmt = pa.array(result.by_statement)

    # Each key's piece of the JSON object (', "key": value'), made once per distinct value and
    # taken for every match; null where the match has no such key (the final join writes "").
    # (Joining and masking each key's text per match took three passes over 2.5 M strings.)
    def piece(key: str, x: np.ndarray, present: np.ndarray | None = None, opens: bool = False) -> pa.Array:
        encoded = pc.dictionary_encode(pa.array(x, type=pa.float64()))
        text = pa.array([f'{"" if opens else ", "}"{key}": {v!r}' for v in encoded.dictionary.to_pylist()],
                        type=pa.string())
        indices = encoded.indices if present is None else \
            pc.if_else(pa.array(present), encoded.indices, pa.scalar(None, encoded.indices.type))
        return text.take(indices)

    def flag(key: str, on: np.ndarray) -> pa.Array:
        return pc.if_else(pa.array(on), f', "{key}": "yes"', pa.scalar(None, pa.string()))

    numeric = ~result.by_statement
    pieces = []
    for key in sorted((*NUMERIC_COMPONENTS, "values_agree", "revision", "scope_differs")):  # sort_keys=True
        if key == "values_agree":
            pieces.append(pc.if_else(pa.array(result.agree), ', "values_agree": "yes"', ', "values_agree": "no"'))
        elif key == "revision":
            pieces.append(flag(key, result.revision))
        elif key == "scope_differs":
            pieces.append(flag(key, result.scope_differs))
        else:  # every match has an attribution, and it sorts first: its piece opens the object
            pieces.append(piece(key, result.components[key], None if key in STATEMENT_COMPONENTS else numeric,
                                opens=key == "attribution"))
    components = pc.binary_join_element_wise("{", *pieces, "}", "", null_handling="replace", null_replacement="")
    return pa.table({
        "claim_id_a": pc.if_else(in_order, id_a, id_b), "claim_id_b": pc.if_else(in_order, id_b, id_a),
        "score": pa.array(result.score, type=pa.float64()),
        "method": pc.if_else(stmt, "statement", kinds),
        "components": components,
        "values_agree": pa.array(result.agree, type=pa.bool_()),
    })


def cluster(items: Sequence[Prepared], known: MatchResult, policy: MatchPolicy) -> _Groups:
    """``reconcile.findings.cluster`` on integer arrays: same edges order, same constraint check.

    The clusters come out as flat arrays (``_Groups``), in the reference's order; the
    ``Prepared`` members of a cluster are made only when asked for (``_Groups.members``).

    The constraint check for numeric and date claims is a set look-up: the candidate
    blocks hold every pair the rules can accept, so a pair outside *known.compatible_pairs* is
    one ``same_quantity_reason`` rejects. Statements still go through
    ``same_quantity_reason`` (or its array form, for big merges).
    """
    rank = _tie_ranks(known.arrays.rows)
    ea, eb, revision, scope_differs, by_statement = known.a, known.b, known.revision, known.scope_differs, \
        known.by_statement
    # The reference's edge order: like with like first (no revision, same scope), then by score.
    # Three sort keys, not five: the two flags in one, the two ranks in one (second < n).
    n = len(items)
    first, second = np.minimum(rank[ea], rank[eb]), np.maximum(rank[ea], rank[eb])
    # Last, a restated baseline's edges to the first reports of its days (findings.restated_edges).
    restated = ref.restated_edges(items, ea, eb, policy, known.arrays.anchor,
                                  _maybe_restated(items, known.arrays, policy))
    order = _edge_order(restated * 4 + revision * 2 + scope_differs, known.score, first * n + second, n)
    parent = list(range(len(items)))
    # Per root: its cluster's members when it holds more than one (lists indexed by item, not dicts:
    # a dict look-up per edge missed the cache twice, ~2 s of 1.28 M edges' loop at 1M claims).
    members: list[list[int] | None] = [None] * n
    statement_ok = _StatementRules(known.arrays, policy).ok  # same_quantity_reason(...) is None, for statements
    statement = known.statement.tolist()
    linkage, no_links = policy.statement_linkage, {}

    # Statement clusters: how many matched pairs join each two of them (findings._linked_enough),
    # kept up to date on every merge. Counting the pairs across two clusters at each edge
    # grew with the square of their sizes: 36 s of CPU at 1M claims, 4.5 s at 300k.
    links = {a: dict.fromkeys(others, 1) for a, others in _neighbours(ea[by_statement], eb[by_statement])}

    # Figures and dates whose component (joined by their matches) is compatible pair by pair
    # can only end as that one cluster, whatever the edge order: no merge among them can
    # fail. Their edges ("simple") need no member lists and no checks, only the union-find
    # (for the same roots, which order the clusters): 63% of the edges at 100k claims.
    # (A restated edge may fail its check: its component is never simple.)
    complete, component = _complete_components(n, ea, eb, by_statement, known.compatible_pairs, restated)
    if isinstance(items, Items):
        # The claims the loop below may hand to the reference's functions, made in bulk (one at a
        # time, from Arrow, a claim costs ~0.5 ms): the figures of components where a revision or
        # a restated edge may call snapshots_over_time.
        late = (revision | restated) & ~by_statement
        items.prefetch(np.flatnonzero(np.isin(component, component[ea[late]]) & ~complete).tolist())
    # A merge looks at nothing outside the component (under all matches) its two clusters lie in:
    # their members, the partners and statement links of those members. So the edges are taken
    # component by component, in edge order within each: the same merges as in edge order
    # throughout, and each component's few lists stay in the cache while its edges are merged (in
    # edge order throughout, every edge touched lists of a million items at random: at 1M claims
    # the loop below cost ~2x more per edge than at 100k). Statements only match statements, so
    # the least item of an item's component is the least of its two labels.
    whole = np.minimum(component, _components(n, ea[by_statement], eb[by_statement]))
    order = order[np.argsort(whole[ea[order]], kind="stable")]
    simple = complete[ea[order]] & ~by_statement[order]
    # The constraint check looks up the pairs across two clusters a match joins, in a component
    # that is not complete: only those claims need their compatible partners (36% of the
    # compatible pairs at 300k claims).
    i, j = known.compatible_pairs[:, 0], known.compatible_pairs[:, 1]
    looked_up = (component[i] == component[j]) & ~complete[i]
    nobody: set[int] = set()
    partners: list[set[int]] = [nobody] * n
    for a, others in _neighbours(i[looked_up], j[looked_up]):
        partners[a] = set(others)
    # The simple edges' components hold no other edge (statements only match statements, which
    # have no figure matches), so they are merged on their own, before the others, in edge order:
    # the same unions in the same order give the same roots.
    size = [1] * n
    for x, y in zip(ea[order][simple].tolist(), eb[order][simple].tolist(), strict=True):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        while parent[y] != y:
            parent[y] = parent[parent[y]]
            y = parent[y]
        if x != y:
            if size[x] < size[y]:  # as below: the larger cluster's root stays, on a tie the first's
                x, y = y, x
            parent[y] = x
            size[x] += size[y]
    rest = ~simple
    failed: set[tuple[int, int, int, int]] = set()  # (root, size, root, size) of two clusters that may not merge
    for x, y, late, again in zip(ea[order][rest].tolist(), eb[order][rest].tolist(), revision[order][rest].tolist(),
                                 restated[order][rest].tolist(), strict=True):
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
        left = members[rx] or [rx]
        right = members[ry] or [ry]
        if again:
            if not ref.snapshots_over_time([items[i] for i in left], [items[j] for j in right], policy):
                continue
        elif len(left) > 1 or len(right) > 1:  # two single claims: their own match says they are compatible
            # Two clusters that failed their check fail it again while neither grows (a root's cluster
            # only grows, so its root and size name its members): not checked again, but for a
            # figure's revision, which snapshots_over_time may still join. (At 1M claims 322k of the
            # 471k failed checks were such repeats, against 12k of 30k at 100k.)
            tried = (rx, len(left), ry, len(right)) if rx < ry else (ry, len(right), rx, len(left))
            if tried in failed and (statement[rx] or not late):
                continue
            if not statement[rx]:  # rx is left[0]; a cluster holds one kind
                # Figures and dates: every pair across must be compatible; one set comparison
                # per claim of the smaller side (a look-up per pair cost 3x more at 1M claims).
                if len(left) > len(right):
                    compatible = all(partners[j].issuperset(left) for j in right)
                else:
                    compatible = all(partners[i].issuperset(right) for i in left)
                ok = compatible or (late and ref.snapshots_over_time([items[i] for i in left],
                                                                     [items[j] for j in right], policy))
            elif links.get(rx, no_links).get(ry, 0) < linkage * len(left) * len(right):
                ok = False  # the reference's average linkage, tested first: both tests must pass, this one is cheap
            elif len(left) * len(right) >= VECTOR_CHECK_MIN:
                cross = np.array([(i, j) for i in left for j in right], dtype=np.int64)
                ok = bool(_compatible(known.arrays, cross, policy).all())
            else:
                # (snapshots_over_time never joins statements)
                ok = all(statement_ok(i, j) for i in left for j in right)
            if not ok:
                failed.add(tried)
                continue
        if len(left) < len(right):
            rx, ry, left, right = ry, rx, right, left
        parent[ry] = rx
        if statement[rx] and ry in links:  # ry's links now belong to rx (only statements have links)
            moved, kept = links.pop(ry), links.setdefault(rx, {})
            kept.pop(ry, None)
            for r, count in moved.items():
                if r != rx:
                    kept[r] = kept.get(r, 0) + count
                    theirs = links[r]
                    del theirs[ry]
                    theirs[rx] = theirs.get(rx, 0) + count
        if len(left) == 1:
            left = members[rx] = [rx]
        left.extend(right)
        members[ry] = None
    # Clusters in order of their root, members in order (as the reference lists them).
    root = np.array(parent, dtype=np.int64)
    while not np.array_equal(root, root[root]):
        root = root[root]
    root = _running_totals(root, items, known.arrays, policy)
    ordered = np.argsort(root, kind="stable")  # by root, then by item
    bounds = np.flatnonzero(np.diff(root[ordered])) + 1
    return _Groups(ordered, np.diff(np.concatenate([[0], bounds, [n]])) if n else np.zeros(0, np.int64), items)


def _running_totals(root: np.ndarray, items: Sequence[Prepared], arr: _Arrays, policy: MatchPolicy) -> np.ndarray:
    """*root* (each item's cluster) after ``findings.running_totals``: a later snapshot's members take
    the root of the cluster they join. Only clusters whose every member is a running count are handed
    over, as the reference sees them (by least item, in item order)."""
    n = len(root)
    mixed = np.zeros(n, dtype=bool)
    np.logical_or.at(mixed, root, ~arr.running)
    candidates = np.flatnonzero(~mixed[root])
    if not len(candidates):
        return root
    candidates = candidates[_may_join(root, candidates, arr, policy)]
    if not len(candidates):
        return root
    if isinstance(items, Items):
        items.prefetch(candidates.tolist())
    clusters: dict[int, list[int]] = {}
    for i in candidates.tolist():  # in item order: each cluster's first is its least item
        clusters.setdefault(int(root[i]), []).append(i)
    groups = {members[0]: [items[i] for i in members] for members in clusters.values()}
    joined = ref.running_totals(groups, policy)
    if not joined:
        return root
    root = root.copy()
    root_of = {members[0]: r for r, members in clusters.items()}
    for absorbed, kept in joined.items():
        root[clusters[root_of[absorbed]]] = root_of[kept]
    return root


def _may_join(root: np.ndarray, candidates: np.ndarray, arr: _Arrays, policy: MatchPolicy) -> np.ndarray:
    """Which *candidates* (items of the clusters running_totals is handed) lie in a cluster that another of
    its key (the least item's subject and measure) starts within running_days of: no other can join
    anything (two clusters' span is at least the gap between their first anchors). Undated ones stay."""
    roots, inverse = np.unique(root[candidates], return_inverse=True)
    least = np.full(len(roots), np.iinfo(np.int64).max)
    np.minimum.at(least, inverse, candidates)
    dated = arr.anchor[candidates] != _NO_DATE
    first = np.full(len(roots), np.iinfo(np.int64).max)
    np.minimum.at(first, inverse[dated], arr.anchor[candidates][dated])
    undated = first == np.iinfo(np.int64).max
    key = _distinct_inverse(arr.raw_subject[least] * (arr.measure.max() + 1) + arr.measure[least])[1]
    order = np.lexsort((first, key))
    gap_before = np.full(len(roots), np.iinfo(np.int64).max)
    gap_after = np.full(len(roots), np.iinfo(np.int64).max)
    same = key[order][1:] == key[order][:-1]
    gaps = np.where(same, first[order][1:] - first[order][:-1], np.iinfo(np.int64).max)
    gap_before[order[1:]] = gaps
    gap_after[order[:-1]] = gaps
    keep = undated | (np.minimum(gap_before, gap_after) <= policy.running_days)
    # (an undated cluster has no gap to speak of: it and every cluster of its key stay)
    keep |= np.isin(key, key[undated])
    return keep[inverse]


def _edge_order(flags: np.ndarray, score: np.ndarray, tie: np.ndarray, n: int) -> np.ndarray:
    """``np.lexsort((tie, -score, flags))``: by *flags* (0-7), then by score, highest first, then by
    *tie* (0 to n * n, distinct per edge), as one int64 key when it fits.

    The scores are rounded to 0.01 (``round(score, 2)``), so ``rint(score * 100)`` orders them
    as they are and ties where they tie; a score that is not such a value, or a key that
    would not fit, takes the lexsort. The key is distinct per edge, so any sort gives the same
    order (the lexsort of three keys cost ~1.5 s at 1M claims).
    """
    cents = np.rint(score * 100.0)
    top = int(n) * int(n)
    with np.errstate(invalid="ignore"):
        exact = len(score) == 0 or bool(((cents / 100.0 == score) & (cents >= 0) & (cents <= 10_000)).all())
    if not exact or 8 * 10_001 * top >= 2 ** 63 or (len(flags) and (flags.min() < 0 or flags.max() > 7)):
        return np.lexsort((tie, -score, flags))
    key = (flags.astype(np.int64) * 10_001 + (10_000 - cents.astype(np.int64))) * top + tie
    return np.argsort(key)


def _tie_ranks(rows: pa.Table) -> np.ndarray:
    """``findings.tie_ranks`` read from the claims' columns (start, end, quote, id; Arrow's stable sort)."""
    keys = rows.select(["start_char", "end_char", "quote", "claim_id"])
    order = pc.sort_indices(keys, sort_keys=[(k, "ascending") for k in keys.column_names]).to_numpy()
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank


def _neighbours(i: np.ndarray, j: np.ndarray) -> Iterator[tuple[int, list[int]]]:
    """For the unique pairs (i, j), each item and the items it is paired with, both ways."""
    one, other = np.concatenate([i, j]), np.concatenate([j, i])
    order = np.argsort(one, kind="stable")
    one, other = one[order], other[order].tolist()
    starts = np.flatnonzero(np.concatenate([[True], one[1:] != one[:-1]])).tolist() if len(one) else []
    return zip(one[starts].tolist(), (other[a:b] for a, b in zip(starts, [*starts[1:], len(other)])), strict=True)


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per item of ``range(n)``: the least item of its component under the edges (a, b).

    By label propagation: each item takes the least label among its edges, then labels jump
    to their label's label, until nothing moves.
    """
    label = np.arange(n)
    while True:
        least = np.minimum(label[a], label[b])
        moved = label.copy()
        np.minimum.at(moved, a, least)
        np.minimum.at(moved, b, least)
        moved = moved[moved]
        if np.array_equal(moved, label):
            return label
        label = moved


def _complete_components(n: int, ea: np.ndarray, eb: np.ndarray, by_statement: np.ndarray,
                         compatible_pairs: np.ndarray, unsure: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per item: its component under the figure and date matches is compatible pair by pair;
    and the component's label (its least item). A component holding an *unsure* edge (one
    whose merge may fail its check) is not complete.

    A component of k items is complete when k (k - 1) / 2 of the compatible pairs lie inside it.
    """
    label = _components(n, ea[~by_statement], eb[~by_statement])
    size = np.bincount(label, minlength=n)
    i, j = compatible_pairs[:, 0], compatible_pairs[:, 1]
    inside = label[i] == label[j]
    pairs = np.bincount(label[i[inside]], minlength=n)
    complete = pairs == size * (size - 1) // 2
    if unsure is not None and unsure.any():
        complete[label[ea[unsure]]] = False
    return complete[label], label


def _maybe_restated(items: Sequence[Prepared], arr: _Arrays, policy: MatchPolicy) -> list[Prepared]:
    """The figures findings.restated_baselines can pick: dated ones that share their article,
    subject and measure with another figure dated more than a news cycle apart (numpy, so
    that the Python pass sees only these)."""
    dated = np.flatnonzero(arr.numeric & (arr.anchor != _NO_DATE))
    if not len(dated):
        return []
    key = _distinct_inverse((arr.doc[dated] * (arr.raw_subject.max() + 2) + arr.raw_subject[dated] + 1)
                            * (arr.measure.max() + 1) + arr.measure[dated])[1]
    span_max = np.full(key.max() + 1, np.iinfo(np.int64).min)
    span_min = np.full(key.max() + 1, np.iinfo(np.int64).max)
    np.maximum.at(span_max, key, arr.anchor[dated])
    np.minimum.at(span_min, key, arr.anchor[dated])
    wide = (span_max - span_min)[key] > policy.date_window_days
    if isinstance(items, Items):
        items.prefetch(dated[wide].tolist())
    return [items[i] for i in dated[wide].tolist()]


def _precise(p: Prepared) -> bool:
    """``findings.sides_of``'s precise figures (exact, about, ranges; any date or statement)."""
    return (p.claim.qualifier or "exact") in ("exact", "about", "range") or p.claim.kind != "numeric"


class _Groups:
    """The clusters as flat arrays (their members' item indices, group after group), so that
    what findings need of every cluster (smallest and largest code or value) is one numpy
    reduction instead of a Python pass per cluster: 314k clusters at 1M claims."""

    def __init__(self, item: np.ndarray, sizes: np.ndarray, items: Sequence[Prepared]) -> None:
        self.item = item  # the members' item indices, cluster after cluster (each cluster's in index order)
        self.size = sizes
        self.start = np.cumsum(sizes) - sizes
        self.owner = np.repeat(np.arange(len(sizes)), sizes)  # the group of each position of *item*
        self.items = items

    def __len__(self) -> int:
        return len(self.start)

    def members(self, k: int) -> list[Prepared]:
        """Cluster *k* as the reference lists it: its Prepared members in index order."""
        start = int(self.start[k])
        return [self.items[i] for i in self.item[start:start + int(self.size[k])].tolist()]

    def lists(self) -> list[list[Prepared]]:
        """Every cluster, as ``reconcile.findings.cluster`` returns them."""
        return [self.members(k) for k in range(len(self))]

    def count_distinct(self, per_item: np.ndarray) -> np.ndarray:
        """Per cluster: how many distinct values (integer codes) of *per_item* its members hold."""
        value = per_item[self.item]
        order = np.lexsort((value, self.owner))
        value, owner = value[order], self.owner[order]
        new = np.ones(len(value), dtype=bool)
        new[1:] = (value[1:] != value[:-1]) | (owner[1:] != owner[:-1])
        return np.bincount(owner[new], minlength=len(self.start))

    def min(self, per_item: np.ndarray) -> np.ndarray:
        return np.minimum.reduceat(per_item[self.item], self.start) if len(self.start) else per_item[:0]

    def max(self, per_item: np.ndarray) -> np.ndarray:
        return np.maximum.reduceat(per_item[self.item], self.start) if len(self.start) else per_item[:0]


def _surely_agree(g: _Groups, arr: _Arrays, policy: MatchPolicy) -> np.ndarray:
    """Per cluster: True only when every pair agrees (``values_agree``); False: maybe not, ask the reference.

    A cluster holds one kind. Statements agree on one polarity. Figures and dates agree
    pairwise when the largest low end is not above the smallest high end (with no slack;
    the numeric slack only widens agreement). A NaN bound compares False: not sure.
    """
    one_polarity = g.min(arr.polarity) == g.max(arr.polarity)
    valued = g.max(arr.has_low)
    top = np.where(arr.has_high, arr.high, arr.low)  # a claim without a high end: its low end
    with np.errstate(invalid="ignore"):
        overlap = (g.max(np.where(arr.has_low, arr.low, -np.inf)) <= g.min(np.where(arr.has_low, top, np.inf)))
    figures = ~valued | (overlap & (policy.agree_tolerance >= 0))
    return np.where(arr.statement[g.item[g.start]], one_polarity, figures)


def _agreeing_sides(group: Sequence[Prepared]) -> tuple[Side, ...]:
    """``findings.sides_of(group)`` when every pair agrees: every claim joins the first side."""
    ordered = sorted(group, key=lambda p: (not _precise(p), ref._mid(p), p.index))
    lows = [p.low for p in ordered if p.low is not None]
    highs = [p.high for p in ordered if p.high is not None and math.isfinite(p.high)]
    # sides_of labels the side sorted precise-first, which *ordered* already is.
    return (Side(ref._label(ordered), tuple(p.claim.claim_id for p in ordered), min(lows) if lows else None,
                 max(highs) if highs else None),)


_POLARITY_MID = {"affirm": 0.0, "uncertain": 1.0, "deny": 2.0}  # findings._mid of a statement


class _AgreeingSides:
    """``_agreeing_sides`` of every cluster, ordered by one lexsort for all of them.

    ``side(k)`` is None for a cluster with a NaN value (Python's sort and numpy's order NaN
    differently): ``_agreeing_sides`` does that one. ``order`` holds each cluster's members
    in the side's order (cluster after cluster), ``label``, ``low`` and ``high`` the side's
    (a NaN bound: none).
    """

    def __init__(self, g: _Groups, arr: _Arrays, ids: Sequence[str]) -> None:
        polarity_mid = np.array([_POLARITY_MID.get(v, 0.0) for v in arr.codes["polarity"].values], dtype=np.float64)
        top = np.where(arr.has_high & np.isfinite(arr.high), arr.high, arr.low)
        mid = np.where(arr.statement, polarity_mid[arr.polarity], np.where(arr.has_low, (arr.low + top) / 2, 0.0))
        m = g.item[np.lexsort((g.item, mid[g.item], ~arr.precise[g.item], g.owner))]  # each cluster's members, in order
        self.order = m
        self.unsure = (np.add.reduceat(np.isnan(mid[m]), g.start) > 0 if len(m) else np.zeros(0, dtype=bool)).tolist()
        finite = arr.has_high & np.isfinite(arr.high)
        # Python lists, not numpy arrays, in the loops: a numpy element read is ~10x a list's.
        self.low = np.where(g.max(arr.has_low), g.min(np.where(arr.has_low, arr.low, np.inf)), np.nan).tolist()
        self.high = np.where(g.max(finite), g.max(np.where(finite, arr.high, -np.inf)), np.nan).tolist()
        self.label = _labels(arr.rows, m[g.start]) if len(m) else []  # the side is labelled by its first claim
        self.ids, self.m = ids, None
        self.bounds = np.append(g.start, len(m)).tolist()

    def side(self, k: int) -> tuple[Side, ...] | None:
        if self.unsure[k]:
            return None
        start, stop, low, high = self.bounds[k], self.bounds[k + 1], self.low[k], self.high[k]
        if self.m is None:
            self.m = self.order.tolist()
        return (Side(self.label[k], tuple(self.ids[i] for i in self.m[start:stop]), None if low != low else low,
                     None if high != high else high),)  # NaN: the cluster has no such bound

    def all(self) -> list[tuple[Side, ...] | None]:
        m = self.order.tolist()
        ids = [self.ids[i] for i in m]  # *ids*: the claim id of each item
        bounds = self.bounds
        return [None if not_sure else
                (Side(label, tuple(ids[start:stop]), None if low != low else low,
                      None if high != high else high),)  # NaN: the cluster has no such bound
                for not_sure, start, stop, low, high, label in zip(self.unsure, bounds, bounds[1:], self.low,
                                                                   self.high, self.label)]


def _agreeing_sides_all(g: _Groups, arr: _Arrays, ids: Sequence[str]) -> list[tuple[Side, ...] | None]:
    """``_agreeing_sides`` of every cluster (see ``_AgreeingSides``)."""
    return _AgreeingSides(g, arr, ids).all()


# The claim fields findings._label reads.
_LABEL_FIELDS = ("kind", "polarity", "qualifier", "value", "value_low", "value_high", "date_value", "date_value_end")


def _labels(rows: pa.Table, idx: np.ndarray, of_claim: Callable[[SimpleNamespace], str] | None = None) -> list[str]:
    """``findings._label`` of a side whose first claim is each of *idx*, read from the claims' columns
    (or, with *of_claim*, that function of each claim: ``findings.format_value``).

    The reference's own ``_label`` (and ``format_value``) on a stand-in holding those fields;
    once per distinct set of fields (a zero is not shared: -0.0 equals 0.0 but prints "-0").
    """
    part = rows.select(list(_LABEL_FIELDS)).take(pa.array(idx, type=pa.int64()))
    made: dict[tuple, str] = {}
    out = []
    for fields in zip(*(part.column(f).to_pylist() for f in _LABEL_FIELDS)):
        label = made.get(fields)
        if label is None:
            claim = SimpleNamespace(**dict(zip(_LABEL_FIELDS, fields)))
            label = ref._label([SimpleNamespace(claim=claim)]) if of_claim is None else of_claim(claim)
            if all(x is None or x == x and x != 0 for x in fields[3:6]):  # neither NaN nor a signed zero
                made[fields] = label
        out.append(label)
    return out


class _FindingIds:
    """``findings.finding_id`` of every cluster, the earliest members found on arrays.

    Each document's source key is made once and ranked; the earliest rank of each cluster is
    a numpy reduction. Most clusters have one member from their earliest document, whose
    fields are read from the claims' columns and whose quote alone is normalised; ties are
    broken by the least normalised quote, as ``min()`` does in the reference.
    """

    FIELDS = ("kind", "subject", "measure", "scope", "modality", "quote")

    def __init__(self, sources: Mapping[str, SourceInfo], arr: _Arrays, g: _Groups) -> None:
        def source_key(doc_id: str) -> tuple[str, str]:
            src = sources.get(doc_id)
            return (src.published.isoformat() if src and src.published else "9999", src.uri if src else doc_id)

        self.keys = [source_key(d) for d in arr.codes["doc"].values]  # per document code
        rank = _dense_ranks(self.keys)[arr.doc]  # per item
        self.tied = tied = rank[g.item] == g.min(rank)[g.owner]  # members from their cluster's earliest document(s)
        n_tied = np.add.reduceat(tied, g.start) if len(g.start) else np.zeros(0, dtype=np.int64)
        first = np.flatnonzero(tied)  # every cluster has one: its first is where its own run begins
        first = g.item[first[np.concatenate([[True], g.owner[first][1:] != g.owner[first][:-1]])]] \
            if len(first) else first
        # Lists for the per-cluster calls below (a numpy element read costs ~10x a list's).
        self.uri = [self.keys[d][1] for d in arr.doc[first].tolist()]  # the tied members share their source key
        part = arr.rows.select(list(self.FIELDS)).take(pa.array(first, type=pa.int64())).combine_chunks()
        self.quote = _normalized(part.column("quote"))  # its normalize_text(quote)
        self.n_tied = n_tied.tolist()
        self.g = g
        # The parts of the id of a cluster with one earliest member, joined as _hash_id joins them
        # (a None as ""), for every cluster at once; per cluster, the fields where a uri cannot be
        # an Arrow string.
        try:
            self.joined: list[str] | None = pc.binary_join_element_wise(
                *(part.column(f) for f in self.FIELDS[:5]), pa.array(self.uri, type=pa.string()),
                pa.array(self.quote, type=pa.string()), "\x1f", null_handling="replace",
                null_replacement="").to_pylist()
        except (UnicodeError, pa.ArrowException):
            self.joined = None
            self.fields = list(zip(*(part.column(f).to_pylist() for f in self.FIELDS)))  # of each cluster's first

    def __call__(self, k: int) -> str:
        """The id of cluster *k*."""
        if self.n_tied[k] == 1:
            if self.joined is not None:
                return _hash_text(self.joined[k])
            kind, subject, measure, scope, modality, _ = self.fields[k]
            quote = self.quote[k]
        else:
            start, stop = self.g.start[k], self.g.start[k] + self.g.size[k]
            tied = [self.g.items[i] for i in self.g.item[start:stop][self.tied[start:stop]].tolist()]
            quotes = [normalize_text(p.claim.quote) for p in tied]
            quote = min(quotes)
            c = tied[quotes.index(quote)].claim  # the first of the earliest with the least quote, as min() picks
            kind, subject, measure, scope, modality = c.kind, c.subject, c.measure, c.scope, c.modality
        return _hash_id(["" if x is None else x for x in (kind, subject, measure, scope, modality, self.uri[k], quote)])


def _dense_ranks(keys: Sequence[tuple[str, str]]) -> np.ndarray:
    """Each key's rank among the distinct *keys* (pairs of strings) in Python's order of tuples.

    By one Arrow sort on the two columns: UTF-8 byte order is Python's code point order, and
    pairs compare as their first strings, then their second. (``sorted(set(keys))`` of 333k
    source keys cost ~1 s at 1M claims.) Strings UTF-8 cannot hold (lone surrogates) take
    Python's sort.
    """
    try:
        first, second = (pa.array([k[x] for k in keys], type=pa.string()) for x in (0, 1))
    except (UnicodeError, pa.ArrowException):
        rank_of = {k: r for r, k in enumerate(sorted(set(keys)))}
        return np.array([rank_of[k] for k in keys], dtype=np.int64)
    order = pc.sort_indices(pa.table({"a": first, "b": second}), sort_keys=[("a", "ascending"), ("b", "ascending")])
    a, b = first.take(order), second.take(order)
    new = np.ones(len(keys), dtype=bool)
    if len(keys) > 1:
        new[1:] = pc.or_(pc.not_equal(a[1:], a[:-1]), pc.not_equal(b[1:], b[:-1])).to_numpy(zero_copy_only=False)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order.to_numpy()] = np.cumsum(new) - 1
    return rank


def _hash_id(parts: list[str]) -> str:
    """``model.stable_id(*parts)`` of parts that are all strings (a None is the caller's "").

    The same hash of the same joined text, without stable_id's per-part conversion and call
    (two ids per finding: ~1 s at 1M claims).
    """
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _hash_text(joined: str) -> str:
    """``_hash_id`` of parts already joined (with the unit separator, as it joins them)."""
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def _joined(values: pa.Array, bounds: np.ndarray) -> list[str]:
    """Per run ``values[bounds[k]:bounds[k + 1]]``: its strings joined with the unit separator, as
    ``_hash_id`` joins them."""
    if bounds[-1] < 2 ** 31:
        lists = pa.ListArray.from_arrays(pa.array(bounds, type=pa.int32()), values)
    else:
        lists = pa.LargeListArray.from_arrays(pa.array(bounds, type=pa.int64()), values)
    return pc.binary_join(lists, "\x1f").to_pylist()


def _normalized(quotes: pa.Array | pa.ChunkedArray) -> list[str]:
    """``normalize_text`` of every quote: ASCII ones by Arrow (lower case, one space between words,
    as ``_key_texts`` does), the others by ``normalize_text`` itself."""
    text = pc.ascii_lower(quotes)
    text = pc.utf8_trim(pc.replace_substring_regex(text, pattern=_ASCII_SPACES, replacement=" "), characters=" ")
    out = text.to_pylist()
    beyond = pc.invert(pc.string_is_ascii(quotes)).to_numpy(zero_copy_only=False)
    if beyond.any():
        for i, quote in zip(np.flatnonzero(beyond).tolist(), pc.filter(quotes, beyond).to_pylist(), strict=True):
            out[i] = normalize_text(quote)
    return out


def _summary_head(kind: str, subject: str | None, detail: str | None, measure: str | None,
                  modality: str | None, scope: str | None, place: str | None, shortest: str) -> str:
    """What ``findings.summarize`` names a cluster by, before its verdict's part.

    *shortest*: the first of the members' shortest quotes (a statement is named by it); the
    other fields are the cluster's first member's.
    """
    if kind == "statement":
        frame = (measure or "statement").removeprefix("statement:")
        words = shortest.split()
        return f"{frame if frame != 'statement' else 'statement'}: “{' '.join(words[:14])}{'…' if len(words) > 14 else ''}”"
    thing = " ".join(x for x in (subject, detail, measure) if x)
    qual = ", ".join(x for x in (modality if modality != "actual" else None, scope, place) if x)
    return f"{thing} ({qual})" if qual else thing


class _Disagreeing:
    """``verdict_of``, ``sides_of`` and ``summarize`` of the clusters that may disagree, without objects.

    The reference compares every pair of a cluster's members (``values_agree``). Here every
    pair of the members of these clusters (a cluster's members are one run of positions, in
    index order) is compared at once on arrays (``_values_agree``), the verdict follows by
    per-cluster reductions over the pairs that conflict, and the greedy assignment of sides
    stays a Python loop that looks the conflicting pairs up in a set. A ``Prepared`` and a
    ``Claim`` object per member, and a Python call per pair, cost ~40% of the findings at 1M
    claims. *clusters*: which clusters to do; those holding a NaN bound, mid or centre are
    not ``sure`` (Python and numpy order and reduce NaN differently) and go to the reference.
    """

    def __init__(self, g: _Groups, clusters: np.ndarray, arr: _Arrays, policy: MatchPolicy, ids: Sequence[str],
                 documents: np.ndarray) -> None:
        pos = np.flatnonzero(clusters[g.owner])  # their members' positions in g.item: a run per cluster
        item, owner = g.item[pos], g.owner[pos]
        self.at = np.full(len(g.start), -1, dtype=np.int64)  # each cluster's first position here
        self.at[clusters] = np.searchsorted(pos, g.start[clusters])
        polarity_mid = np.array([_POLARITY_MID.get(v, 0.0) for v in arr.codes["polarity"].values], dtype=np.float64)
        top = np.where(arr.has_high & np.isfinite(arr.high), arr.high, arr.low)
        mid = np.where(arr.statement[item], polarity_mid[arr.polarity[item]],  # findings._mid
                       np.where(arr.has_low[item], (arr.low[item] + top[item]) / 2, 0.0))
        odd = np.isnan(mid) | (arr.has_low[item] & np.isnan(arr.low[item])) | \
            (arr.has_high[item] & np.isnan(arr.high[item]))
        self.sure = np.zeros(len(g.start), dtype=bool)
        if len(item):
            self.sure[clusters] = np.add.reduceat(odd, self.at[clusters]) == 0

        # Every pair (a, b) of one cluster, a before b (the reference's order), and which conflict.
        run_end = self.at[owner] + g.size[owner]
        a, b = _expand(np.arange(len(item)) + 1, run_end)
        conflict = ~_values_agree(arr, item[a], item[b], policy)
        a, b = a[conflict], b[conflict]
        self.conflicts = set((a * len(item) + b).tolist())
        self.n = len(item)

        # verdict_of, per cluster, from its conflicting pairs.
        k, n_clusters = owner[a], len(g.start)
        anchor = arr.anchor[item]
        xa, xb = anchor[a], anchor[b]
        dated = (xa != _NO_DATE) & (xb != _NO_DATE)
        origin = arr.origin[item]
        by_outlet = np.array([o.startswith(("doc:", "outlet:")) for o in arr.codes["origin"].values], dtype=bool)
        revises = (origin[a] == origin[b]) & ~by_outlet[origin[a]] & dated & (xa != xb)  # one origin, two dates
        ia, ib = item[a], item[b]
        doubts = arr.statement[ia] & (arr.uncertain[ia] | arr.uncertain[ib])
        revises |= doubts & _doubt_answered(arr, ia, ib)  # a doubt its own country answers later

        def count(flags: np.ndarray) -> np.ndarray:
            return np.bincount(k[flags], minlength=n_clusters)

        n_conflicts = np.bincount(k, minlength=n_clusters)
        center = arr.center[item]  # NaN: _center is None
        ca, cb = center[a], center[b]
        timed = dated & (xa != xb) & ~np.isnan(ca) & ~np.isnan(cb) & (ca != cb)
        up = (cb - ca) * (xb - xa).astype(np.float64) > 0  # which way the figure moves with time
        moves = (count(~timed) == 0) & ((count(up) == n_conflicts) | (count(up) == 0))  # _moves_with_time
        dated_item = anchor != _NO_DATE
        span = np.zeros(n_clusters, dtype=np.int64)
        if len(item):
            latest = np.maximum.reduceat(np.where(dated_item, anchor, np.iinfo(np.int64).min), self.at[clusters])
            earliest = np.minimum.reduceat(np.where(dated_item, anchor, np.iinfo(np.int64).max), self.at[clusters])
            any_dated = np.add.reduceat(dated_item, self.at[clusters]) > 0
            span[clusters] = np.where(any_dated, latest - earliest, 0)
        self.verdicts = np.select(
            [documents < 2, n_conflicts == 0, count(~revises) == 0, (span >= policy.date_window_days) & moves],
            ["uncorroborated", "agreement", "update", "update"], "discrepancy").tolist()

        # Lists for the per-cluster loops (a numpy element read costs ~10x a list's).
        def values(has: np.ndarray, x: np.ndarray) -> list:  # None where not *has*
            return [v if h else None for h, v in zip(has[item].tolist(), x[item].tolist(), strict=True)]

        self.item, self.mid = item.tolist(), mid.tolist()
        self.low, self.high = values(arr.has_low, arr.low), values(arr.has_high, arr.high)
        self.anchor = values(arr.anchor != _NO_DATE, arr.anchor)
        self.precise = arr.precise[item].tolist()
        self.statement = arr.statement[item].tolist()
        self.origin, self.origin_name = origin.tolist(), arr.codes["origin"].values
        self.ids = [ids[i] for i in self.item]
        self.label = _labels(arr.rows, item)  # findings._label of a side this member opens
        self.value_text = _labels(arr.rows, item, ref.format_value)  # format_value of its claim
        self.raw_polarity = arr.rows.column("polarity").take(pa.array(item, type=pa.int64())).to_pylist()

    def sides(self, k: int, size: int) -> tuple[Side, ...]:
        """``findings.sides_of``: members in (precise first, mid, index) order join the first side
        they agree with all of."""
        s = self.at[k]
        precise, mid, item, conflicts, n = self.precise, self.mid, self.item, self.conflicts, self.n
        ordered = sorted(range(s, s + size), key=lambda p: (not precise[p], mid[p], item[p]))
        sides: list[list[int]] = []
        for p in ordered:
            for side in sides:
                if not any((p * n + q if p < q else q * n + p) in conflicts for q in side):
                    side.append(p)
                    break
            else:
                sides.append([p])
        sides.sort(key=lambda side: min(mid[p] for p in side))
        out = []
        for side in sides:
            lows = [self.low[p] for p in side if self.low[p] is not None]
            highs = [h for h in (self.high[p] for p in side) if h is not None and math.isfinite(h)]
            first = next((p for p in side if precise[p]), side[0])  # sorted(side, key=not precise)[0]
            out.append(Side(self.label[first], tuple(self.ids[p] for p in side), min(lows) if lows else None,
                            max(highs) if highs else None))
        return tuple(out)

    def summary(self, k: int, size: int, head: str, verdict: str, sides: tuple[Side, ...], origins: int,
                documents: int) -> str:
        """``findings.summarize`` (*head*: ``_summary_head`` of the cluster)."""
        if verdict == "discrepancy":
            s = self.at[k]
            by_id = {self.ids[p]: p for p in range(s, s + size)}  # as the reference: the last member of an id
            parts = []
            for side in sides:
                names = sorted({self.origin_name[self.origin[by_id[i]]].removeprefix("outlet:") for i in side.claim_ids})
                parts.append(f"{side.label} [{'; '.join(names)}]")
            return f"{head}: " + " vs ".join(parts)
        if verdict == "update":
            s = self.at[k]
            ordered = sorted(range(s, s + size), key=lambda p: (self.anchor[p] or 0))
            return f"{head}: revised " + " → ".join(self.value_text[p] if not self.statement[p]
                                                    else self.raw_polarity[p] or "" for p in ordered)
        return f"{head}: {sides[0].label if sides else ''} ({origins} origin(s), {documents} document(s))"


# The first member's fields a finding (and its summary) shows.
_HEAD_FIELDS = ("kind", "subject", "measure_detail", "measure", "modality", "scope", "place")


FINDING_ROW_COLUMNS = ("finding_id", "verdict", "kind", "subject", "measure", "summary", "independent_origins",
                       "value_min", "value_max", "relative_spread", "sides", "members_hash", "members")
_FINDING_ROW_TYPES = {"independent_origins": pa.int32(), "value_min": pa.float64(), "value_max": pa.float64(),
                      "relative_spread": pa.float64()}
# Strings json.dumps (ensure_ascii) writes as themselves in quotes: printable ASCII but '"' and '\\'.
_JSON_PLAIN = r"^[ !#-\[\]-~]*$"


def _json_strings(values: pa.Array) -> pa.Array:
    """``json.dumps`` of each string (ASCII escapes, as the store's encoders write them), by Arrow
    for the plain ones and by json's own encoder for the others."""
    plain = pc.fill_null(pc.match_substring_regex(values, _JSON_PLAIN), False)
    out = pc.binary_join_element_wise('"', values, '"', "")
    other = np.flatnonzero(~plain.to_numpy(zero_copy_only=False))
    if len(other):
        text = ["null" if v is None else json.encoder.encode_basestring_ascii(v)
                for v in values.take(pa.array(other, type=pa.int64())).to_pylist()]
        mask = np.zeros(len(values), dtype=bool)
        mask[other] = True
        out = pc.replace_with_mask(out, pa.array(mask), pa.array(text, type=pa.string()))
    return out


def _json_float(x: float | None) -> str:
    """``json.dumps`` of a float or None (allow_nan, as the store's encoders)."""
    if x is None:
        return "null"
    if x != x:
        return "NaN"
    if x in (math.inf, -math.inf):
        return "Infinity" if x > 0 else "-Infinity"
    return float.__repr__(x)


def _sides_json(sides: Sequence[Side]) -> str:
    """The stored ``sides`` of a finding, as ``warehouse.store`` writes them."""
    return json.dumps([{"label": s.label, "claim_ids": list(s.claim_ids), "low": s.low, "high": s.high} for s in sides],
                      default=json_default)


def _joined_lists(values: pa.Array, bounds: np.ndarray) -> pa.Array:
    """Per run ``values[bounds[k]:bounds[k + 1]]``: its texts joined as a JSON list's items, in brackets."""
    if bounds[-1] < 2 ** 31:
        lists = pa.ListArray.from_arrays(pa.array(bounds, type=pa.int32()), values)
    else:
        lists = pa.LargeListArray.from_arrays(pa.array(bounds, type=pa.int64()), values)
    return pc.binary_join_element_wise("[", pc.binary_join(lists, ", "), "]", "")


def findings_of(g: _Groups, sources: Mapping[str, SourceInfo], policy: MatchPolicy, arr: _Arrays,
                as_rows: bool = False) -> list[Finding] | FindingRows:
    """``reconcile.findings.findings_of``, the same findings, with shortcuts.

    Most clusters agree within themselves (singletons included): their verdict, single side
    and summary follow from columns, without the reference's pairwise ``values_agree`` passes
    (``_surely_agree``) and without a ``Prepared`` object per member; the others go through
    ``verdict_of``, ``sides_of`` and ``summarize`` themselves. What every cluster needs
    (agrees or not, documents, origins, earliest members, shortest quote) is computed for
    all of them at once.

    *as_rows*: the findings as the rows the warehouse stores (:class:`FindingRows`); the
    clusters that surely agree (84% at 1M claims) then make no ``Finding`` or ``Side`` object:
    their rows, JSON included, are built per column.
    """
    finding_id = _FindingIds(sources, arr, g)
    agrees = _surely_agree(g, arr, policy).tolist()
    n_documents = g.count_distinct(arr.doc).tolist()  # len({p.claim.doc_id for p in group}): codes 1:1 with ids
    ids = arr.rows.column("claim_id").to_pylist()  # a list: reading a million Claim objects missed the cache
    item = g.item.tolist()  # each cluster's members, cluster after cluster
    agreeing = _AgreeingSides(g, arr, ids)
    agreeing_sides = agreeing.all() if not as_rows else None
    origins = g.count_distinct(arr.origin).tolist()  # len(origins_of(group)): origin codes are 1:1 with origins
    values = _value_ranges(g, arr)
    # members_hash hashes the claim ids in sorted order: Arrow's UTF-8 byte order is Python's
    # code point order, so one sort of every id, then each cluster's ids in that order.
    id_rank = np.empty(len(ids), dtype=np.int64)
    id_rank[pc.sort_indices(arr.rows.column("claim_id")).to_numpy()] = np.arange(len(ids))
    # Each cluster's ids so ordered, joined as _hash_id joins them, by Arrow (the ids are its strings).
    by_id = pa.array(g.item[np.lexsort((id_rank[g.item], g.owner))], type=pa.int64())
    by_id = _joined(arr.rows.column("claim_id").combine_chunks().take(by_id), np.append(g.start, len(g.item)))
    bounds = np.append(g.start, len(g.item)).tolist()
    # The first member's fields, and for statements the first of the shortest quotes (by code
    # points, as len() counts them), read from the columns.
    first = g.item[g.start]
    part = arr.rows.select(list(_HEAD_FIELDS)).take(pa.array(first, type=pa.int64()))
    heads = list(zip(*(part.column(f).to_pylist() for f in _HEAD_FIELDS)))
    quote = arr.rows.column("quote")
    length = pc.utf8_length(quote).to_numpy(zero_copy_only=False)
    shortest = g.item[np.lexsort((g.item, length[g.item], g.owner))[g.start]] if len(g.item) else g.item
    shortest = np.where(arr.statement[first], shortest, first)  # figures do not need one: any quote will do
    shortest = quote.take(pa.array(shortest, type=pa.int64())).to_pylist()
    # Clusters that may disagree: verdict, sides and summary as the reference's, on lists.
    disagreeing = _Disagreeing(g, ~np.array(agrees, dtype=bool), arr, policy, ids, np.array(n_documents))
    own_values = np.array([v is not False for v in values], dtype=bool)
    by_lists = (np.array(agrees, dtype=bool) & ~np.array(agreeing.unsure, dtype=bool)) | disagreeing.sure
    if isinstance(g.items, Items):
        # The claims the loop below hands to the reference's functions, made in bulk: every member
        # of the clusters that hold a NaN (or a zero figure), and the tied earliest members of
        # the clusters whose id needs the least quote among them.
        tied = finding_id.tied & (np.array(finding_id.n_tied, dtype=np.int64)[g.owner] > 1)
        g.items.prefetch(g.item[~(by_lists & own_values)[g.owner] | tied].tolist())
    by_lists &= own_values
    # As rows, the clusters that surely agree and need none of the reference's functions are
    # done per column below; the loop does the others (every cluster, for objects).
    by_columns = by_lists & np.array(agrees, dtype=bool) if as_rows else np.zeros(len(g), dtype=bool)
    by_lists, sizes = by_lists.tolist(), g.size.tolist()
    made_heads: dict[tuple, str] = {}

    def head_of(k: int) -> str:
        kind, subject, detail, measure, modality, scope, place = heads[k]
        if kind == "statement":  # named by its shortest quote
            return _summary_head(kind, subject, detail, measure, modality, scope, place, shortest[k])
        head = made_heads.get(heads[k])  # named by its first member's fields, which many clusters share
        if head is None:
            head = made_heads[heads[k]] = _summary_head(*heads[k], "")
        return head

    out = []
    looped = np.flatnonzero(~by_columns).tolist()
    for k in looped:
        kind, subject, detail, measure, modality, scope, place = heads[k]
        vmin_vmax = values[k]
        if by_lists[k]:
            head = head_of(k)
            if agrees[k]:
                verdict = "agreement" if n_documents[k] > 1 else "uncorroborated"
                sides = agreeing_sides[k] if agreeing_sides is not None else agreeing.side(k)
                summary = f"{head}: {sides[0].label} ({origins[k]} origin(s), {n_documents[k]} document(s))"
            else:
                verdict = disagreeing.verdicts[k]
                sides = disagreeing.sides(k, sizes[k])
                summary = disagreeing.summary(k, sizes[k], head, verdict, sides, origins[k], n_documents[k])
        else:  # the reference's own functions, on the cluster's Prepared members
            group = g.members(k)
            if agrees[k]:
                verdict = "agreement" if n_documents[k] > 1 else "uncorroborated"
                sides = (agreeing_sides[k] if agreeing_sides is not None else agreeing.side(k)) or \
                    _agreeing_sides(group)
            else:
                verdict = ref.verdict_of(group, policy)
                sides = ref.sides_of(group, policy)
            if vmin_vmax is False:
                vmin_vmax = _value_range(group)
            summary = ref.summarize(group, verdict, sides)
        vmin, vmax = vmin_vmax
        spread = (vmax - vmin) / vmax if vmin is not None and vmax else None
        start, stop = bounds[k], bounds[k + 1]
        out.append(Finding(
            finding_id=finding_id(k), verdict=verdict, kind=kind, subject=subject, measure=measure,
            summary=summary, independent_origins=origins[k],
            claim_ids=tuple(ids[i] for i in item[start:stop]), value_min=vmin, value_max=vmax,
            relative_spread=round(spread, 4) if spread is not None else None,
            sides=sides if verdict == "discrepancy" else sides[:1] if verdict != "update" else sides,
            members_hash=_hash_text(by_id[k]),  # findings.members_hash: stable_id of the sorted ids
        ))
    if not as_rows:
        out.sort(key=lambda f: f.finding_id)
        return out

    # The clusters that surely agree, per column: one side holding every member (in the side's
    # order), labelled by its first; verdict and summary from the counts.
    fast = np.flatnonzero(by_columns).tolist()
    label, low, high = agreeing.label, agreeing.low, agreeing.high
    spread = []
    for k in fast:
        vmin, vmax = values[k]
        spread.append(round((vmax - vmin) / vmax, 4) if vmin is not None and vmax else None)
    label_json: dict[str, str] = {}
    for k in fast:
        if label[k] not in label_json:
            label_json[label[k]] = json.encoder.encode_basestring_ascii(label[k])
    columns: dict[str, list] = {
        "finding_id": [finding_id(k) for k in fast],
        "verdict": ["agreement" if n_documents[k] > 1 else "uncorroborated" for k in fast],
        "kind": [heads[k][0] for k in fast], "subject": [heads[k][1] for k in fast],
        "measure": [heads[k][3] for k in fast],
        "summary": [f"{head_of(k)}: {label[k]} ({origins[k]} origin(s), {n_documents[k]} document(s))" for k in fast],
        "independent_origins": [origins[k] for k in fast],
        "value_min": [values[k][0] for k in fast], "value_max": [values[k][1] for k in fast],
        "relative_spread": spread,
        "sides": [f'[{{"label": {label_json[label[k]]}, "claim_ids": ' for k in fast],  # its ids and bounds follow
        "members_hash": [_hash_text(by_id[k]) for k in fast],
    }
    ends = [f', "low": {_json_float(None if low[k] != low[k] else low[k])}, '
            f'"high": {_json_float(None if high[k] != high[k] else high[k])}}}]' for k in fast]
    id_json = _json_strings(arr.rows.column("claim_id").combine_chunks())
    cluster_bounds = np.array(bounds, dtype=np.int64)
    side_ids = _joined_lists(id_json.take(pa.array(agreeing.order, type=pa.int64())), cluster_bounds)
    member_ids = _joined_lists(id_json.take(pa.array(g.item, type=pa.int64())), cluster_bounds)
    fast_at = pa.array(np.array(fast, dtype=np.int64))
    sides = pc.binary_join_element_wise(pa.array(columns.pop("sides"), type=pa.string()), side_ids.take(fast_at),
                                        pa.array(ends, type=pa.string()), "")
    # The others from their Finding objects, as the store writes them.
    for name in columns:
        columns[name] += [getattr(f, name) for f in out]
    sides = pa.concat_arrays([sides, pa.array([_sides_json(f.sides) for f in out], type=pa.string())])
    order_k = np.array(fast + looped, dtype=np.int64)  # the cluster of each row so far
    table = pa.table({name: pa.array(columns[name], type=_FINDING_ROW_TYPES.get(name, pa.string()))
                      for name in columns})
    table = table.append_column("sides", sides).append_column("members", member_ids.take(pa.array(order_k)))
    table = table.append_column("cluster", pa.array(order_k))
    # By finding id, then cluster (the reference's stable sort of its clusters' findings).
    table = table.take(pc.sort_indices(table, sort_keys=[("finding_id", "ascending"), ("cluster", "ascending")]))
    row_k = table.column("cluster").to_numpy()
    table = table.select(list(FINDING_ROW_COLUMNS))
    # Memberships: a claim's side label (none when a finding keeps fewer sides than it made).
    side_label = [None] * len(g)
    for k in fast:
        side_label[k] = label[k]
    member_side = pa.array(side_label, type=pa.string()).take(pa.array(g.owner))
    if out:
        where, labels = [], []
        for k, f in zip(looped, out, strict=True):
            side_of = {cid: s.label for s in f.sides for cid in s.claim_ids}
            where.extend(range(bounds[k], bounds[k + 1]))
            labels.extend(map(side_of.get, f.claim_ids))
        mask = np.zeros(len(g.item), dtype=bool)
        mask[where] = True
        # (*where* ascends: the looped clusters come in order, their members in a run each.)
        member_side = pc.replace_with_mask(member_side, pa.array(mask), pa.array(labels, type=pa.string()))
    row, pos = _expand(g.start[row_k], g.start[row_k] + g.size[row_k])
    members_table = pa.table({
        "finding_id": table.column("finding_id").combine_chunks().take(pa.array(row)),
        "claim_id": arr.rows.column("claim_id").combine_chunks().take(pa.array(g.item[pos])),
        "side": member_side.take(pa.array(pos)), "finding": pa.array(row),
    })
    return FindingRows(table, members_table)


def _value_range(group: Sequence[Prepared]) -> tuple[float | None, float | None]:
    """The smallest and largest figure of a cluster's numeric claims (``findings_of``: value_min, value_max)."""
    values = [x for p in group if p.claim.kind == "numeric"
              for x in (p.claim.value, p.claim.value_low, p.claim.value_high) if x is not None]
    return (min(values), max(values)) if values else (None, None)


def _value_ranges(g: _Groups, arr: _Arrays) -> list[tuple[float | None, float | None] | bool]:
    """``_value_range`` of every cluster by numpy reductions; False where Python must do it.

    numpy's min and max are Python's for finite floats, except that Python keeps the first
    of 0.0 and -0.0 and orders NaN by position: clusters holding a zero or a NaN go to
    ``_value_range``.
    """
    columns = [arr.rows.column(f).combine_chunks() for f in ("value", "value_low", "value_high")]
    given = np.column_stack([pc.is_valid(x).to_numpy(zero_copy_only=False) for x in columns]) & arr.numeric[:, None]
    value = np.column_stack([pc.fill_null(pc.cast(x, pa.float64()), 0.0).to_numpy(zero_copy_only=False)
                             for x in columns])
    if not len(g.start):
        return []
    has = g.max(given.any(axis=1))
    odd = g.max((given & ((value == 0) | np.isnan(value))).any(axis=1))
    low = g.min(np.where(given, value, np.inf).min(axis=1)).tolist()
    high = g.max(np.where(given, value, -np.inf).max(axis=1)).tolist()
    return [False if odd[k] else (low[k], high[k]) if has[k] else (None, None) for k in range(len(g.start))]


class _Stages:
    """Wall seconds per engine stage, added to *into* when given (benchmarks/scale.py reports them)."""

    def __init__(self, into: dict[str, float] | None) -> None:
        self.into, self.last = into, time.perf_counter()

    def done(self, stage: str) -> None:
        now = time.perf_counter()
        if self.into is not None:
            self.into[stage] = self.into.get(stage, 0.0) + now - self.last
        self.last = now


# Python's str.split() separators among ASCII characters (RE2's \s lacks \v and \x1c-\x1f).
_ASCII_SPACE = r"[\t\n\x0b\x0c\r\x1c-\x1f ]"
# A run of them that is not one plain space (a single space is already what " ".join(split())
# leaves: matching every gap between words made this replacement 3x slower).
_ASCII_SPACES = rf"[\t\n\x0b\x0c\r\x1c-\x1f]{_ASCII_SPACE}*| {_ASCII_SPACE}+"


def _key_texts(claims: Sequence[Claim] | None, rows: pa.Table | None = None) -> list[str]:
    """``match.key_text`` of every claim; ASCII quotes by Arrow in bulk, the others by ``key_text``.

    For ASCII text, ``normalize_text`` is lower case with single spaces, and the figure
    pattern ``\\d[\\d,.]*`` matches ``[0-9][0-9,.]*``: the same steps as Arrow kernels.
    (One quote at a time in Python cost ~3 s at 1M claims.) *rows*: the claims' columns
    (``_claim_rows``), when the caller has them (then *claims* may be None).
    """
    if rows is None:
        rows = _claim_rows(claims)
    quotes, kinds, predicates = (rows.column(f).combine_chunks() for f in ("quote", "kind", "predicate"))
    text = pc.ascii_lower(quotes)
    text = pc.replace_substring_regex(text, pattern=r"[0-9][0-9,.]*", replacement=" ")
    text = pc.utf8_trim(pc.replace_substring_regex(text, pattern=_ASCII_SPACES, replacement=" "), characters=" ")
    out = text.to_pylist()
    # Statements with a predicate, and quotes beyond ASCII: key_text itself.
    by_predicate = pc.and_(pc.equal(kinds, "statement"), pc.not_equal(predicates, ""))
    own = pc.or_(pc.fill_null(by_predicate, False), pc.invert(pc.string_is_ascii(quotes)))
    # key_text reads a claim's kind, predicate and quote: those fields of the row stand in for the Claim.
    own = pa.array(np.flatnonzero(own.to_numpy(zero_copy_only=False)), type=pa.int64())
    fields = zip(own.to_pylist(), *(x.take(own).to_pylist() for x in (kinds, predicates, quotes)), strict=True)
    for i, kind, predicate, quote in fields:
        out[i] = key_text(SimpleNamespace(kind=kind, predicate=predicate, quote=quote))  # type: ignore[arg-type]
    return out


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector (and restore it after).

    The engine makes millions of small objects (Prepared claims, member lists, findings)
    and no reference cycles, yet each full pass of the collector walks every live object:
    about 10% of the CPU of a 300k-claim run went to passes that found nothing.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# glibc's mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD, _M_MMAP_MAX = -1, -4
# Setting either freezes glibc's adaptive bounds; after, the trim bound is the one they reach
# (twice the largest mmap bound, 32 MB) once a large block has been freed, and the default
# number of mmap blocks.
_TRIM_THRESHOLD_AFTER, _DEFAULT_MMAP_MAX = 64 << 20, 65536


@functools.cache
def _glibc_malloc() -> ctypes.CDLL | None:
    """The C library when its malloc has glibc's ``mallopt`` and ``malloc_trim``, else None."""
    try:
        libc = ctypes.CDLL(None)
    except (OSError, TypeError):  # TypeError: Windows has no handle for the process itself
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


@contextmanager
def freed_memory_reused() -> Iterator[None]:
    """Large blocks from glibc's heap while inside, freed ones kept there for reuse; given back after.

    glibc maps every block over its mmap bound (adaptive, at most 32 MB) with a fresh
    ``mmap`` and unmaps it when freed. At 100k claims the engine's numpy temporaries are
    under that bound and come back from the heap; at a million most (candidate pairs and
    the codes gathered for them, 20-90 MB each) are mapped, faulted in and zeroed by the
    kernel on every use: the match stage's system CPU was ~0.15 s at 100k and 6-8 s at 1M.
    Inside, no block is mapped and the heap is not trimmed; on the way out the bounds go
    back to glibc's and ``malloc_trim`` returns the free memory, so it does not add to
    the next stage's peak. Process-wide while inside (every thread's allocations);
    without glibc's malloc it does nothing.
    """
    libc = _glibc_malloc()
    if libc is None:
        yield
        return
    libc.mallopt(_M_MMAP_MAX, 0)
    libc.mallopt(_M_TRIM_THRESHOLD, ctypes.c_int(2**31 - 1))
    try:
        yield
    finally:
        libc.mallopt(_M_MMAP_MAX, _DEFAULT_MMAP_MAX)
        libc.mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD_AFTER)
        libc.malloc_trim(0)


def _engine(claims: Sequence[Claim] | None, sources: Mapping[str, SourceInfo], policy: MatchPolicy | None,
            place_parents: Mapping[str, str] | None, stages: _Stages, rows: pa.Table | None = None,
            as_rows: bool = False) -> tuple[Sequence[Prepared], MatchResult, list[Finding] | FindingRows]:
    """*claims* may be None when *rows* holds every Claim field (``warehouse.store`` claim rows do):
    the Claim objects the reference's functions need are then made from the rows."""
    policy = policy or MatchPolicy()
    with no_cycle_collection():
        rows = rows if rows is not None else _claim_rows(claims)
        keys = _key_texts(claims, rows)
        claim = GivenClaims(claims) if claims is not None else RowClaims(rows)
        # What prepare derives, on the columns; a Prepared object only for the claims that
        # the reference's functions see (prepare itself when a figure is NaN or infinite).
        derived = prepare_columns(rows, sources, policy, place_parents, claim)
        if derived is None:
            if claims is None:
                claim.prefetch(range(rows.num_rows))
                claims = [claim(i) for i in range(rows.num_rows)]
            items: Sequence[Prepared] = prepare(claims, sources, policy, place_parents, keys)
            derived = Columns.of(items)
        else:
            items = Items(derived, keys, claim)
        stages.done("prepare")
        with freed_memory_reused():
            result = match_arrays(items, policy, rows, keys, derived)
        stages.done("match")
        with freed_memory_reused():
            groups = cluster(items, result, policy)
        stages.done("cluster")
        with freed_memory_reused():
            found = findings_of(groups, sources, policy, result.arrays, as_rows)
        stages.done("findings")
    # Only matching, clustering and findings read these (about 0.5 GB at 1M claims): not
    # held while the match rows are built, the run's high-water mark.
    del groups
    result.compatible_pairs, result.arrays = result.compatible_pairs[:0], None
    return items, result, found


def reconcile(claims: Sequence[Claim], sources: Mapping[str, SourceInfo], policy: MatchPolicy | None = None,
              place_parents: Mapping[str, str] | None = None, return_pair_count: bool = False):
    """Same contract and results as :func:`reconcile.findings.reconcile` (matches in another order).

    With *return_pair_count*, a third value: how many candidate pairs the rules examined.
    """
    items, result, found = _engine(claims, sources, policy, place_parents, _Stages(None))
    matches = match_objects(items, result)
    if return_pair_count:
        return matches, found, result.examined
    return matches, found


def reconcile_table(claims: Sequence[Claim] | None, sources: Mapping[str, SourceInfo],
                    policy: MatchPolicy | None = None,
                    place_parents: Mapping[str, str] | None = None,
                    seconds: dict[str, float] | None = None,
                    rows: pa.Table | None = None) -> tuple[pa.Table, FindingRows, int]:
    """:func:`reconcile` with the matches and the findings as the rows ``warehouse.store.save_run``
    stores (an Arrow table, no object per match; :class:`FindingRows`, no object per finding that
    surely agrees), and the number of candidate pairs examined.

    *seconds*, when given, receives the wall seconds of each stage (prepare, match, cluster,
    findings, match_table). *rows*, when given, holds the claims' fields as columns, row for
    row (at least ROW_FIELDS; ``warehouse.store`` claim rows do): the engine reads them there.
    With rows holding every Claim field, *claims* may be None: no Claim object per row is made,
    only those of the claims the reference's functions see.
    """
    stages = _Stages(seconds)
    rows = rows if rows is not None else _claim_rows(claims)
    items, result, found = _engine(claims, sources, policy, place_parents, stages, rows, as_rows=True)
    table = match_table(items, result, rows)
    stages.done("match_table")
    return table, found, result.examined
