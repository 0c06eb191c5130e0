"""``reconcile.match.prepare`` on columns: what it derives per claim, as arrays, and ``Prepared`` objects on demand.

``prepare`` makes one ``Prepared`` object per claim (origin, date anchor, value interval, key
text, larger places, counted region). At a million claims that pass, with ``_first_reported``
and ``counted_regions`` over the objects, cost ~9 s, and most of the objects were only read
back into arrays by ``fastmatch``. Here the same values are computed on the claims' Arrow
columns (:func:`prepare_columns`), and :class:`Items` makes the ``Prepared`` object of a claim
only when something asks for it (the reference's functions, for the few clusters and merges
that need them).

Mirrors of the reference, each checked by ``tests/benchmarks/test_fastmatch.py`` against
``prepare`` itself: ``origin_of``, the anchor, ``value_interval``, ``place_chain``,
``_first_reported`` and ``_in_counted_regions`` (``counted_regions`` itself runs on the few
claims it can concern).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from reconcile.findings import NO_ANCHOR
from reconcile.match import BATCH_SCOPES, UNIT_FACTORS, Prepared, counted_regions, home_of, place_chain
from reconcile.model import Claim, MatchPolicy, SourceInfo

_EPOCH = date(1970, 1, 1).toordinal()  # a date32 value is days since 1970-01-01


def _column(rows: pa.Table, name: str, type_: pa.DataType = pa.string()) -> pa.Array:
    return rows.column(name).combine_chunks() if name in rows.column_names else pa.nulls(rows.num_rows, type_)


def _flags(values: pa.Array) -> np.ndarray:
    """A boolean column as numpy, a null as False."""
    return pc.fill_null(values, False).to_numpy(zero_copy_only=False)


def _truthy(values: pa.Array) -> np.ndarray:
    """``bool(x)`` of a string column: neither None nor ""."""
    return _flags(pc.not_equal(values, ""))


def _floats(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(is it set, the value or 0.0) of a float column."""
    return _flags(pc.is_valid(values)), pc.fill_null(pc.cast(values, pa.float64()), 0.0).to_numpy(zero_copy_only=False)


def _ordinals(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(is it set, ``date.toordinal()`` or 0) of a date32 column."""
    days = pc.fill_null(pc.cast(pc.cast(values, pa.date32()), pa.int32()), 0).to_numpy(zero_copy_only=False)
    return _flags(pc.is_valid(values)), days.astype(np.int64) + _EPOCH


def _encoded(values: pa.Array) -> tuple[np.ndarray, list]:
    """Codes (nulls too) and the distinct values, in order of first appearance."""
    encoded = pc.dictionary_encode(values, null_encoding="encode")
    return encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64), encoded.dictionary.to_pylist()


def _group(*codes: np.ndarray) -> np.ndarray:
    """One code per distinct combination of the non-negative integer columns *codes*."""
    out = np.zeros(len(codes[0]), dtype=np.int64)
    for c in codes:
        c = np.asarray(c, dtype=np.int64)
        width = int(c.max()) + 1 if len(c) else 1
        out = pc.dictionary_encode(pa.array(out * width + c)).indices.to_numpy(zero_copy_only=False).astype(np.int64)
    return out


def _float_codes(x: np.ndarray) -> np.ndarray:
    """Codes equal exactly when the floats are equal, as Python compares them (no NaN here)."""
    return _encoded(pa.array((x + 0.0).view(np.int64)))[0]  # -0.0 + 0.0 is 0.0: 0.0 == -0.0 in Python


class Columns:
    """What ``prepare`` derives for every claim, as arrays (None where a field is None).

    ``origin`` and ``region`` as codes into value lists; ``anchor`` as a date ordinal
    (``NO_ANCHOR``: none); the value interval as floats with flags; ``places`` per distinct place;
    ``homes`` per origin code (its country, else itself: ``Prepared.home``).
    """

    def __init__(self, n: int, origin: np.ndarray, origins: list[str], anchor: np.ndarray, has_low: np.ndarray,
                 low: np.ndarray, has_high: np.ndarray, high: np.ndarray, place: np.ndarray,
                 places: list[tuple[str, ...]], region: np.ndarray, regions: list[str | None],
                 homes: list[str | None]) -> None:
        self.n = n
        self.origin, self.origins = origin, origins  # origins[origin[i]] is claim i's origin
        self.homes = homes  # homes[origin[i]] is claim i's home
        self.anchor = anchor
        self.has_low, self.low, self.has_high, self.high = has_low, low, has_high, high
        self.place, self.places = place, places  # places[place[i]]: claim i's place and the larger ones
        self.region, self.regions = region, regions  # regions[region[i]] (None included)

    @classmethod
    def of(cls, items: Sequence[Prepared]) -> Columns:
        """The columns of Prepared objects (the object API, and tests, hand those over)."""
        origins, region_values, place_values = {}, {}, {}
        origin = np.array([origins.setdefault(p.origin, len(origins)) for p in items], dtype=np.int64)
        region = np.array([region_values.setdefault(p.region, len(region_values)) for p in items], dtype=np.int64)
        place = np.array([place_values.setdefault(p.places, len(place_values)) for p in items], dtype=np.int64)
        anchor = np.array([NO_ANCHOR if p.anchor is None else p.anchor for p in items], dtype=np.int64)
        has_low = np.array([p.low is not None for p in items], dtype=bool)
        has_high = np.array([p.high is not None for p in items], dtype=bool)
        low = np.array([0.0 if p.low is None else p.low for p in items], dtype=np.float64)
        high = np.array([0.0 if p.high is None else p.high for p in items], dtype=np.float64)
        homes = {p.origin: p.home for p in items}
        return cls(len(items), origin, list(origins), anchor, has_low, low, has_high, high, place, list(place_values),
                   region, list(region_values), [homes[o] for o in origins])

    def prepared(self, i: int, claim: Claim, key: str) -> Prepared:
        a = int(self.anchor[i])
        return Prepared(i, claim, self.origins[self.origin[i]], None if a == NO_ANCHOR else a,
                        float(self.low[i]) if self.has_low[i] else None, float(self.high[i]) if self.has_high[i] else None,
                        key, self.places[self.place[i]], self.regions[self.region[i]],
                        self.homes[self.origin[i]])


class GivenClaims:
    """The ``Claim`` objects a caller handed over, by index (see :class:`RowClaims`)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = claims

    def __call__(self, i: int) -> Claim:
        return self.claims[i]

    def prefetch(self, indices: Sequence[int]) -> None:
        pass


class RowClaims:
    """``Claim`` objects made from the claims' rows, only for the claims something asks for.

    Making a Claim per row of a million cost ~5 s, and the engine needs about a quarter of
    them (statements the clustering checks pair by pair, clusters the reference's findings
    functions see). A single row read from Arrow costs tens of µs, so callers that know
    which claims they will need make them in bulk first (:meth:`prefetch`).
    """

    def __init__(self, rows: pa.Table) -> None:
        self.rows = rows
        self.made: dict[int, Claim] = {}

    def __call__(self, i: int) -> Claim:
        c = self.made.get(i)
        if c is None:
            self.prefetch([i])
            c = self.made[i]
        return c

    def prefetch(self, indices: Sequence[int]) -> None:
        missing = [i for i in indices if i not in self.made]
        if missing:
            self.made.update(zip(missing, _claims_of(self.rows, np.array(missing, dtype=np.int64)), strict=True))


class Items(Sequence[Prepared]):
    """The ``Prepared`` claims, each made the first time it is asked for (then kept).

    *claim*: claim i's ``Claim`` object (:class:`GivenClaims`, or :class:`RowClaims` when the
    caller has only rows).
    """

    def __init__(self, columns: Columns, keys: Sequence[str], claim: GivenClaims | RowClaims) -> None:
        self.columns, self.keys, self.claim = columns, keys, claim
        self.made: dict[int, Prepared] = {}

    def __len__(self) -> int:
        return self.columns.n

    def prefetch(self, indices: Sequence[int]) -> None:
        """Make the claims of *indices* in bulk, ahead of asking for them one by one."""
        self.claim.prefetch(indices)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        p = self.made.get(i)
        if p is None:
            if not 0 <= i < self.columns.n:
                raise IndexError(i)
            p = self.made[i] = self.columns.prepared(i, self.claim(i), self.keys[i])
        return p


def value_intervals(rows: pa.Table, policy: MatchPolicy) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``match.value_interval`` of every claim: (has low, low, has high, high), the same floats.

    The same operations on the same doubles (a product, a sum), so the same results; the
    rules are tried in the reference's order, each taking the claims no earlier rule took.
    """
    kind = _column(rows, "kind")
    has_v, v = _floats(_column(rows, "value", pa.float64()))
    has_lo, lo = _floats(_column(rows, "value_low", pa.float64()))
    has_hi, hi = _floats(_column(rows, "value_high", pa.float64()))
    unit = _column(rows, "unit")
    for name, factor in UNIT_FACTORS.items():  # compared in the measure's one unit
        scaled = _flags(pc.equal(unit, name))
        v, lo, hi = (np.where(scaled, x * factor, x) for x in (v, lo, hi))
    qualifier = _column(rows, "qualifier")
    q = pc.if_else(_truthy(qualifier), qualifier, "exact")  # claim.qualifier or "exact"

    def is_q(name: str) -> np.ndarray:
        return _flags(pc.equal(q, name))

    n = rows.num_rows
    has_low, low = np.zeros(n, dtype=bool), np.zeros(n)
    has_high, high = np.zeros(n, dtype=bool), np.zeros(n)
    left = np.ones(n, dtype=bool)  # not taken by an earlier rule

    def take(rule: np.ndarray, l_set, l_val, h_set, h_val) -> None:
        nonlocal left
        rule = rule & left
        has_low[rule], low[rule] = np.broadcast_to(l_set, n)[rule], np.broadcast_to(l_val, n)[rule]
        has_high[rule], high[rule] = np.broadcast_to(h_set, n)[rule], np.broadcast_to(h_val, n)[rule]
        left = left & ~rule

    date_kind = _flags(pc.equal(kind, "date"))
    has_d, d = _ordinals(_column(rows, "date_value", pa.date32()))
    has_e, e = _ordinals(_column(rows, "date_value_end", pa.date32()))
    start, end = d.astype(np.float64), np.where(has_e, e, d).astype(np.float64)
    take(date_kind & has_d & is_q("up_to"), True, start - 3, True, end)  # "ready by Nov. 1": on or before
    take(date_kind & has_d, True, start, True, end)
    take(date_kind, False, 0.0, False, 0.0)
    take(is_q("about") & has_v, True, v * (1 - policy.about_tolerance), True, v * (1 + policy.about_tolerance))
    take(is_q("at_least"), has_lo | has_v, np.where(has_lo, lo, v), True, math.inf)
    take(is_q("up_to"), True, 0.0, has_hi | has_v, np.where(has_hi, hi, v))
    take(has_lo | has_hi, True, np.where(has_lo, lo, hi), True, np.where(has_hi, hi, lo))
    take(has_v, True, v * (1 - policy.exact_tolerance), True, v * (1 + policy.exact_tolerance))
    return has_low, low, has_high, high


def prepare_columns(rows: pa.Table, sources: Mapping[str, SourceInfo], policy: MatchPolicy,
                    place_parents: Mapping[str, str] | None = None,
                    claim: GivenClaims | RowClaims | None = None) -> Columns | None:
    """What ``prepare`` derives for the claims *rows* (``fastmatch.ROW_FIELDS``), as :class:`Columns`.

    *claim*: claim i's ``Claim`` object, when the caller has them (else made from *rows* for the
    few claims ``counted_regions`` looks at).

    None when a figure is NaN or infinite: Python's tuples and dicts compare NaN by identity,
    which arrays cannot follow; the caller then uses ``prepare`` itself.
    """
    for name in ("value", "value_low", "value_high"):
        values = _column(rows, name, pa.float64())
        if values.null_count < len(values) and not pc.all(pc.is_finite(values)).as_py():
            return None
    n = rows.num_rows
    kind, doc_id = _column(rows, "kind"), _column(rows, "doc_id")
    doc, docs = _encoded(doc_id)
    found = [sources.get(d) for d in docs]

    # origin_of: who is cited, else the outlet, else the document.
    attributed = _column(rows, "attributed_to")
    fallback = pa.array([f"outlet:{s.outlet}" if s and s.outlet else f"doc:{d}" for d, s in zip(docs, found)],
                        type=pa.string())
    origin, origins = _encoded(pc.if_else(_truthy(attributed), attributed, fallback.take(pa.array(doc))))

    # The anchor: as_of, else the event date, else the document's publication date (a date claim: below).
    published = np.array([s.published.toordinal() if s and isinstance(s.published, date) else NO_ANCHOR
                          for s in found], dtype=np.int64)
    has_as_of, as_of = _ordinals(_column(rows, "as_of", pa.date32()))
    has_event, event = _ordinals(_column(rows, "event_date", pa.date32()))
    anchor = np.where(has_as_of, as_of, np.where(has_event, event, published[doc] if n else np.zeros(0, np.int64)))
    # A date claim is of the window it asserts (match.prepare): its first day, when it has one.
    has_window, window = _ordinals(_column(rows, "date_value", pa.date32()))
    anchor = np.where(_flags(pc.equal(kind, "date")) & has_window, window, anchor)

    has_low, low, has_high, high = value_intervals(rows, policy)
    place, place_values = _encoded(_column(rows, "place"))
    places = [place_chain(p, place_parents or {}) for p in place_values]

    numeric = _flags(pc.equal(kind, "numeric"))
    by_outlet = np.array([o.startswith(("doc:", "outlet:")) for o in origins], dtype=bool)[origin] if n else \
        np.zeros(0, dtype=bool)
    subject, subjects = _encoded(_column(rows, "subject"))
    measure, measures = _encoded(_column(rows, "measure"))
    scope = _column(rows, "scope")
    modality = _column(rows, "modality")
    country = _countries(origins, place_parents or {})
    anchor = _first_reported(rows, anchor, has_event | has_as_of, numeric & ~by_outlet, has_low, low, has_high, high,
                             origin, country, subject, measure, scope, modality)

    columns = Columns(n, origin, origins, anchor, has_low, low, has_high, high, place, places,
                      np.zeros(n, dtype=np.int64), [None], [home_of(o, place_parents or {}) for o in origins])
    regional = np.array([len(p) > 1 for p in places], dtype=bool)[place] if n else np.zeros(0, dtype=bool)
    # counted_regions: figures of one article, origin, subject and measure, one of them in a region
    # (only such groups can count a part apart). The reference runs on those claims alone.
    actual = ~_truthy(modality) | _flags(pc.equal(modality, "actual"))
    scoped = ~_flags(pc.is_valid(scope)) | _flags(pc.is_in(scope, value_set=pa.array(["total", "part"])))
    maybe = numeric & actual & scoped & has_low & ~by_outlet
    maybe &= np.isin(doc, doc[regional]) if regional.any() else False
    if maybe.any():
        camp = np.where(country[origin] >= 0, country[origin], origin)  # an agency counts with its country
        key = _group(doc[maybe], camp[maybe], subject[maybe], measure[maybe])
        counts = np.bincount(key)
        with_part = np.zeros(len(counts), dtype=bool)
        with_part[key[regional[maybe]]] = True
        concerned = np.flatnonzero(maybe)[(counts[key] > 1) & with_part[key]]
        claim = claim or RowClaims(rows)
        claim.prefetch(concerned.tolist())
        claims = [claim(i) for i in concerned.tolist()]
        counted = counted_regions([columns.prepared(i, c, "") for i, c in zip(concerned.tolist(), claims)], policy,
                                  place_parents)
    else:
        counted = set()
    if counted:
        columns.region, columns.regions = _in_counted_regions(counted, numeric & regional, subject, subjects,
                                                              measure, measures, place, places)
    return columns


def _countries(origins: list[str], parents: Mapping[str, str]) -> np.ndarray:
    """Per origin code, the code of its country (``AliasTable.parents``), else -1. A country
    that is no origin itself gets a code after the origins' codes."""
    codes = {o: i for i, o in enumerate(origins)}
    return np.array([codes.setdefault(parents[o], len(codes)) if o in parents else -1 for o in origins],
                    dtype=np.int64)


def _first_reported(rows: pa.Table, anchor: np.ndarray, dated_claim: np.ndarray, keyed: np.ndarray,
                    has_low: np.ndarray, low: np.ndarray, has_high: np.ndarray, high: np.ndarray,
                    origin: np.ndarray, country: np.ndarray, subject: np.ndarray, measure: np.ndarray,
                    scope: pa.Array, modality: pa.Array) -> np.ndarray:
    """``match._first_reported``: an undated figure restated later takes its first report's date.

    The restatement key (origin, subject, measure, scope or "total", modality, the figure as
    stated) as one group code; each group's earliest anchor replaces the later anchors that
    came from the document's date. A claim of an agency or official (*country*: its origin's
    country code, -1 for none) also counts as a report of its country.
    """
    keyed = keyed & (anchor != NO_ANCHOR) & has_low
    if not keyed.any():
        return anchor
    qualifier = _column(rows, "qualifier")
    has_v, v = _floats(_column(rows, "value", pa.float64()))
    q = pc.if_else(_truthy(qualifier), qualifier, "exact")
    hedged = has_v & _flags(pc.is_in(q, value_set=pa.array(["exact", "about", "up_to"])))
    # The figure: (value,) when hedged, else (low, high), high possibly None.
    first = np.where(hedged, v, low)
    second = np.where(hedged, 0.0, high)
    second_set = np.where(hedged, False, has_high)
    scope_or_total, scopes = _encoded(pc.if_else(_truthy(scope), scope, "total"))
    k = np.flatnonzero(keyed)
    also = k[country[origin[k]] >= 0]  # keyed once more, under the country
    # A batch's figure is also looked up as the total first reported (match.BATCH_SCOPES): these rows are keys
    # to look up, not reports.
    total = scopes.index("total") if "total" in scopes else -1
    batch = np.flatnonzero(np.isin(scope_or_total[k], [i for i, v in enumerate(scopes) if v in BATCH_SCOPES])) \
        if total >= 0 else np.zeros(0, dtype=np.int64)
    kk = np.concatenate([k, also, k[batch]])
    owner = np.concatenate([origin[k], country[origin[also]], origin[k[batch]]])
    scope_codes = np.concatenate([scope_or_total[np.concatenate([k, also])], np.full(len(batch), total)])
    key = _group(owner, subject[kk], measure[kk], scope_codes, _encoded(modality)[0][kk], hedged[kk],
                 _float_codes(first[kk]), _float_codes(second[kk]), second_set[kk])
    reports = len(k) + len(also)
    earliest = np.full(int(key.max()) + 1, np.iinfo(np.int64).max)
    np.minimum.at(earliest, key[:reports], anchor[kk[:reports]])
    found = earliest[key[: len(k)]]
    found[batch] = np.minimum(found[batch], earliest[key[reports:]])
    later = (found < anchor[k]) & ~dated_claim[k]
    out = anchor.copy()
    out[k[later]] = found[later]
    return out


def _in_counted_regions(counted: set, candidate: np.ndarray, subject: np.ndarray, subjects: list,
                        measure: np.ndarray, measures: list, place: np.ndarray,
                        places: list[tuple[str, ...]]) -> tuple[np.ndarray, list]:
    """``match._in_counted_regions``: a regional figure's counted region (the first of its places
    counted apart for its subject and measure), per distinct (subject, measure, place)."""
    names = {region for _, _, region in counted}
    regions: list[str | None] = [None]
    region = np.zeros(len(place), dtype=np.int64)
    i = np.flatnonzero(candidate)
    if not len(i):
        return region, regions
    combo = _group(subject[i], measure[i], place[i])
    combos, first = np.unique(combo, return_index=True)
    of_combo = np.zeros(int(combo.max()) + 1, dtype=np.int64)
    for c, at in zip(combos.tolist(), first.tolist()):
        item = int(i[at])
        s, m, chain = subjects[subject[item]], measures[measure[item]], places[place[item]]
        if names.isdisjoint(chain):
            continue
        r = next((r for r in chain if (s, m, r) in counted), None)
        if r is not None:
            regions.append(r)
            of_combo[c] = len(regions) - 1
    region[i] = of_combo[combo]
    return region, regions


_CLAIM_FIELDS: tuple[str, ...] = Claim.__slots__  # type: ignore[attr-defined]


def _claims_of(rows: pa.Table, indices: np.ndarray) -> list[Claim]:
    """The ``Claim`` objects of the rows at *indices*: every Claim field the rows carry, the
    others None (a missing sentence ""; ``warehouse.store.claim_from_row`` does the same)."""
    part = rows.take(pa.array(indices, type=pa.int64()))
    n = part.num_rows
    columns = [part.column(f).to_pylist() if f in part.column_names else [None] * n for f in _CLAIM_FIELDS]
    sentence = _CLAIM_FIELDS.index("sentence")
    columns[sentence] = ["" if x is None else x for x in columns[sentence]]
    return [Claim(*values) for values in zip(*columns)]
