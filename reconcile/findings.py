"""Clustering matched claims into findings, and the verdict on each finding.

Clustering is greedy, best edge first, with a constraint check: two clusters merge only
when every pair across them could report the same quantity. So in a chain A~B~C, A and
C never end up together when they are incompatible (plain connected components would
put them together).

A finding's id is derived from its anchor claim — the earliest-published member — and
its topic, so it stays stable across runs while later coverage joins it, and reviews
stay attached.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from reconcile.match import (Prepared, _center, _doubt_against_stance, doubt_answered, iter_matches, match_claims,
                             prepare, same_quantity_reason, values_agree)
from reconcile.model import Claim, ClaimMatch, Finding, MatchPolicy, Side, SourceInfo, stable_id
from reconcile.text import normalize_text


def cluster(items: Sequence[Prepared], matches: Sequence[ClaimMatch] | Edges,
            policy: MatchPolicy) -> list[list[Prepared]]:
    """Group *items* into clusters using *matches* as edges, strongest first."""
    edges = matches if isinstance(matches, Edges) else Edges.of(items, matches)
    members: dict[int, list[Prepared]] = {p.index: [p] for p in items}
    parent = {p.index: p.index for p in items}
    n = len(items)
    a, b = edges.column("a"), edges.column("b")
    statement = edges.flag(Edges.STATEMENT)
    linked = set((np.minimum(a, b)[statement] * n + np.maximum(a, b)[statement]).tolist())

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Like with like first: same-time edges before revisions (same origin, later date), and
    # edges within one scope before edges across scopes. A revision joins a finding only when
    # nothing reported at the same time stands against it, and an unscoped "1,500 sent" meets
    # the other figures for what was sent before it is taken for a part ("a first batch").
    # Then by score, then by the two claims' tie_key (tie_ranks: their places in its order).
    revision, rank = edges.flag(Edges.REVISION), tie_ranks(items)
    # A figure an article restates as the start of a later one ("up from the 1,500 the agency
    # gave on Friday") belongs to that revision's finding, not to the first reports of its own
    # days: its edges to those reports come last, and join only what stays consistent over time.
    restated = restated_edges(items, a, b, policy)
    order = np.lexsort((np.maximum(rank[a], rank[b]), np.minimum(rank[a], rank[b]), -edges.column("score"),
                        edges.flag(Edges.SCOPE_DIFFERS), revision, restated))
    for x, y, late, again in zip(a[order].tolist(), b[order].tolist(), revision[order].tolist(),
                                 restated[order].tolist(), strict=True):
        ra, rb = find(x), find(y)
        if ra == rb:
            continue
        left, right = members[ra], members[rb]
        if again:
            if not snapshots_over_time(left, right, policy):
                continue
        elif any(same_quantity_reason(p, q, policy) is not None for p in left for q in right):
            if not (late and snapshots_over_time(left, right, policy)):
                continue  # the constraint check: never merge across an incompatible pair
        if left[0].claim.kind == "statement" and not _linked_enough(left, right, linked, n, policy):
            continue  # statements: a chain of look-alikes is not one statement
        if len(left) < len(right):
            ra, rb, left, right = rb, ra, right, left
        parent[rb] = ra
        left.extend(right)
        del members[rb]
    groups = {group[0].index: group for group in (sorted(g, key=lambda p: p.index) for g in members.values())}
    joined = running_totals(groups, policy)
    for absorbed, kept in joined.items():
        groups[kept] = sorted([*groups[kept], *groups[absorbed]], key=lambda p: p.index)
    return [group for k, group in groups.items() if k not in joined]


# Counts that grow as the story goes on: troops sent, the fallen (see running_totals).
RUNNING_FAMILIES = frozenset({"troops", "casualties", "killed", "wounded"})


def running_totals(groups: Mapping[int, Sequence[Prepared]], policy: MatchPolicy) -> dict[int, int]:
    """The clusters that are later snapshots of one running count, across origins: {absorbed: kept}.

    *groups*: clusters by their least item index, each in index order.

    "At least 3,000" on Oct 23 (the White House, the NIS), "around 10,000" on Oct 28 (the
    Pentagon), "more than 10,000" on Oct 29 (the NIS again): each news cycle's figures agree,
    and from one cycle to the next the count only grows. Those snapshots are one finding, an
    update, whoever gave them (revision edges join only one origin's). Only for a count of
    what is sent or fallen (RUNNING_FAMILIES), reported as done and as the whole (modality
    actual, scope none or total); and only when every pair across the two clusters is one
    quantity but for the time (same_quantity_reason without a date window), every
    disagreement lies a news cycle apart with the later figure higher, at most five times the
    earlier, each cluster is consistent over time, and all lie within policy.running_days. A
    week's discrepancy (1,500, 11,000 and 12,000 reported the same days) stays a finding of its
    own; a count that falls (12,000 one week, 10,000 the next) is two origins disagreeing, not
    an update.
    Greedy: the largest clusters first, each joining the first kept cluster it may.
    """
    by_key: dict[tuple[str | None, str | None], list[int]] = {}
    for k, group in groups.items():
        c = group[0].claim
        if c.kind == "numeric" and c.measure in RUNNING_FAMILIES and \
                all((p.claim.modality or "actual") == "actual" and p.claim.scope in (None, "total") for p in group):
            by_key.setdefault((c.subject, c.measure), []).append(k)
    unlimited = replace(policy, date_window_days=10**6)
    joined: dict[int, int] = {}
    for key in sorted(by_key, key=str):
        kept: list[tuple[int, list[Prepared], list[int]]] = []  # (its key, its members, its members' anchors)
        for k in sorted(by_key[key], key=lambda k: (-len(groups[k]), k)):
            group = groups[k]
            anchors = [p.anchor for p in group if p.anchor is not None]
            for into, members, seen in kept:
                both = anchors + seen
                if anchors and seen and max(both) - min(both) > policy.running_days:
                    continue  # (a figure reported weeks later may be another count: the same of a later month)
                if _grows_over_time(members, group, policy) and _consistent_over_time(members, group, policy) and \
                        all(same_quantity_reason(x, y, unlimited) is None for x in members for y in group):
                    members.extend(group)
                    seen[:] = [min(both), max(both)] if both else []
                    joined[k] = into
                    break
            else:
                kept.append((k, list(group), [min(anchors), max(anchors)] if anchors else []))
    return joined


def _grows_over_time(left: Sequence[Prepared], right: Sequence[Prepared], policy: MatchPolicy) -> bool:
    """Every disagreement across *left* and *right* lies a news cycle (date_window_days) or more apart, the
    later figure higher than the earlier and at most five times it (running_totals)."""
    for a in left:
        for b in right:
            if values_agree(a, b, policy):
                continue
            if a.anchor is None or b.anchor is None or abs(a.anchor - b.anchor) < policy.date_window_days:
                return False
            early, late = (a, b) if a.anchor < b.anchor else (b, a)
            ce, cl = _center(early), _center(late)
            if ce is None or cl is None or not ce < cl <= 5 * ce:
                return False
    return True


class Edges:
    """The matches as ``cluster`` reads them, in arrays: 25 bytes a match.

    The item indices of the two claims, the score and three flags (the method is
    "statement"; the components "revision", "scope_differs" are "yes"). A ClaimMatch,
    with its dict of score components, is about 380 bytes: ``reconcile_in_batches`` keeps
    only this while the matches themselves go out in batches.
    """

    STATEMENT, REVISION, SCOPE_DIFFERS = 1, 2, 4

    def __init__(self, items: Sequence[Prepared]) -> None:
        self._index = {p.claim.claim_id: p.index for p in items}
        self._a, self._b, self._score, self._flags = array("q"), array("q"), array("d"), array("b")

    @classmethod
    def of(cls, items: Sequence[Prepared], matches: Iterable[ClaimMatch]) -> Edges:
        edges = cls(items)
        for m in matches:
            edges.add(m)
        return edges

    def add(self, m: ClaimMatch) -> None:
        self._a.append(self._index[m.claim_id_a])
        self._b.append(self._index[m.claim_id_b])
        self._score.append(m.score)
        self._flags.append((m.method == "statement") * self.STATEMENT
                           | (m.components.get("revision") == "yes") * self.REVISION
                           | (m.components.get("scope_differs") == "yes") * self.SCOPE_DIFFERS)

    def __len__(self) -> int:
        return len(self._a)

    def column(self, name: str) -> np.ndarray:
        """"a", "b" (the claims' item indices) or "score", as a numpy array."""
        values = {"a": self._a, "b": self._b, "score": self._score}[name]
        return np.frombuffer(values, dtype=np.float64 if name == "score" else np.int64)

    def flag(self, bit: int) -> np.ndarray:
        """Which matches have the flag *bit* (STATEMENT, REVISION or SCOPE_DIFFERS)."""
        return (np.frombuffer(self._flags, dtype=np.int8) & bit) != 0


def tie_key(c: Claim) -> tuple[int, int, str, str]:
    """Order among equal scores: claims nearer the top of their article first, then by text.

    A lede carries the story's main figure, background comes later, so equal-score edges
    between early claims are merged first. Never by id alone: ids hash the document's path,
    and ordering by them made the findings depend on the folder the corpus sat in
    (pairwise F1 0.72 or 0.75 on the bundled corpus, by path). The id only separates one
    text read under two names.
    """
    return (c.start_char, c.end_char, c.quote, c.claim_id)


def tie_ranks(items: Sequence[Prepared]) -> np.ndarray:
    """Each item's place in the order of ``tie_key`` (start, end, quote, id), sorted by Arrow.

    Arrow compares strings byte by byte: for UTF-8 that is Python's code point order, and
    its sort is stable, like ``sorted``.
    """
    claims = [p.claim for p in items]
    keys = pa.table({"start": [c.start_char for c in claims], "end": [c.end_char for c in claims],
                     "quote": pa.array([c.quote for c in claims], pa.string()),
                     "id": pa.array([c.claim_id for c in claims], pa.string())})
    order = pc.sort_indices(keys, sort_keys=[(k, "ascending") for k in keys.column_names]).to_numpy()
    rank = np.empty(len(items), dtype=np.int64)
    rank[order] = np.arange(len(items))
    return rank


NO_ANCHOR = np.iinfo(np.int64).min // 4  # an undated item, in an array of anchors


def restated_baselines(items: Sequence[Prepared], policy: MatchPolicy) -> set[int]:
    """Indices of figures their own article restates as the start of a later figure.

    "About 10,000 are now in Russia, up from the 3,000 the spy agency counted last week": the
    3,000 is dated a news cycle before a figure for the same quantity in the same article, and
    disagrees with it. Such a restatement is the baseline of an update, not a fresh report of
    the week before.
    """
    relaxed = replace(policy, date_window_days=3 * policy.date_window_days)
    by_quantity: dict[tuple, list[Prepared]] = {}
    for p in items:
        if p.claim.kind == "numeric" and p.anchor is not None and p.low is not None and \
                (p.claim.modality or "actual") == "actual":  # a running count, not a plan
            by_quantity.setdefault((p.claim.doc_id, p.claim.subject, p.claim.measure), []).append(p)
    out = set()
    for group in by_quantity.values():
        for p in group:
            if p.origin.startswith(("doc:", "outlet:")):
                continue
            c = p.claim
            figure = c.value if c.value is not None else c.value_high if c.value_high is not None else c.value_low
            if figure is None:
                continue
            if any(q.anchor - p.anchor > policy.date_window_days and q.low > figure * (1 + policy.about_tolerance)
                   and same_quantity_reason(p, q, relaxed) in (None, "same document") for q in group):
                out.add(p.index)
    return out


def restated_edges(items: Sequence[Prepared], a: np.ndarray, b: np.ndarray, policy: MatchPolicy,
                   anchors: np.ndarray | None = None, among: Iterable[Prepared] | None = None) -> np.ndarray:
    """Which edges (a[k], b[k]) join a restated baseline to a report of the baseline's own days.

    That is: one end is a baseline (restated_baselines over *among*, default all items), the
    other is not, and the other is undated or dated no later than a news cycle after it.
    *anchors*: every item's anchor, ``NO_ANCHOR`` for none, when the caller has them in an array.
    """
    base = restated_baselines(items if among is None else among, policy)
    if not base:
        return np.zeros(len(a), dtype=bool)
    is_base = np.zeros(len(items), dtype=bool)
    is_base[list(base)] = True
    if anchors is None:
        anchors = np.array([p.anchor if p.anchor is not None else NO_ANCHOR for p in items], dtype=np.int64)
    one = is_base[a] != is_base[b]
    restated, other = np.where(is_base[a], a, b), np.where(is_base[a], b, a)
    return one & ((anchors[other] == NO_ANCHOR) | (anchors[other] - anchors[restated] <= policy.date_window_days))


def snapshots_over_time(left: Sequence[Prepared], right: Sequence[Prepared], policy: MatchPolicy) -> bool:
    """Two consistent snapshots of one figure, days apart: about 3,000 on Oct 23, about 10,000 on Oct 28.

    A revision edge (one origin, a later date) may join two clusters that only time keeps
    apart, when each cluster agrees within itself and every pair across them is within
    three windows and breaks no other rule. A snapshot that is itself a discrepancy stays
    a finding of its own.
    """
    if left[0].claim.kind == "statement":
        return False
    if not _consistent_over_time(left, right, policy):
        return False
    reach = 3 * policy.date_window_days
    relaxed = replace(policy, date_window_days=reach)
    return all(x.anchor is not None and y.anchor is not None and same_quantity_reason(x, y, relaxed) is None
               for x in left for y in right)


def _consistent_over_time(left: Sequence[Prepared], right: Sequence[Prepared], policy: MatchPolicy) -> bool:
    """Every disagreement in *left* + *right* lies a news cycle or more apart, and the figure moves one way.

    So each side may already hold a revision (3,000 then 10,000) and the other extend it
    (11,000 to 12,000 a week later); a side that disagrees within one news cycle, or a figure
    that goes up and then down, stays apart.
    """
    if _agrees_within(left, policy) and _agrees_within(right, policy):
        return True
    # One pass over the pairs, stopping at the first that settles it (a conflict within one news cycle, or the
    # figure moving both ways): the answer of building every conflict first and then testing them
    # (_moves_with_time), without the quadratic list on a story's big clusters (4,132 claims of one story:
    # 101 s of matching, nearly all here).
    group = [*left, *right]
    directions: set[bool] = set()
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if values_agree(a, b, policy):
                continue
            if a.anchor is None or b.anchor is None or abs(a.anchor - b.anchor) < policy.date_window_days:
                return False
            ca, cb = _center(a), _center(b)
            if ca is None or cb is None or ca == cb:
                return False
            directions.add((cb - ca) * (b.anchor - a.anchor) > 0)
            if len(directions) > 1:
                return False
    return len(directions) == 1


def _agrees_within(side: Sequence[Prepared], policy: MatchPolicy) -> bool:
    """Every pair of *side* agrees on its value (values_agree), in one pass when it can be.

    Without extra tolerance, intervals agree pairwise exactly when the largest low end is
    not above the smallest high end (claims without a value agree with anything).
    """
    if policy.agree_tolerance:
        return all(values_agree(a, b, policy) for i, a in enumerate(side) for b in side[i + 1 :])
    valued = [p for p in side if p.low is not None]
    if not valued:
        return True
    return max(p.low for p in valued) <= min(p.high if p.high is not None else p.low for p in valued)


def _linked_enough(left: Sequence[Prepared], right: Sequence[Prepared], linked: set[int], n: int,
                   policy: MatchPolicy) -> bool:
    """Average linkage for statements: enough of the pairs across two clusters matched.

    Figures carry hard rules (scope, place, time) that stop a chain A~B~C; statements
    have only their wording, so two statement clusters merge only when at least
    ``policy.statement_linkage`` of the pairs across them matched on their own (*linked*
    holds the statement matches as ``min(i, j) * n + max(i, j)`` of their item indices).
    """
    total = len(left) * len(right)
    if total == 1:
        return True
    hits = sum(1 for x in left for y in right if min(x.index, y.index) * n + max(x.index, y.index) in linked)
    return hits >= policy.statement_linkage * total


def verdict_of(group: Sequence[Prepared], policy: MatchPolicy) -> str:
    """agreement | discrepancy | update | uncorroborated for one cluster."""
    if len({p.claim.doc_id for p in group}) < 2:
        return "uncorroborated"
    conflicts = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :] if not values_agree(a, b, policy)]
    if not conflicts:
        return "agreement"
    if all(a.origin == b.origin and not a.origin.startswith(("doc:", "outlet:")) and a.anchor is not None
           and b.anchor is not None and a.anchor != b.anchor or _doubt_against_stance(a.claim, b.claim) and
           doubt_answered(a, b) for a, b in conflicts):
        # (One origin revising itself; a doubt its own country answers later.)
        return "update"
    anchors = [p.anchor for p in group if p.anchor is not None]
    if group[0].claim.kind != "statement" and anchors and max(anchors) - min(anchors) >= policy.date_window_days and \
            _moves_with_time(conflicts):
        # One figure over a news cycle or more (snapshots_over_time; 8,000 on Oct 31, more than 10,000
        # on Nov 4), every later report higher (or every one lower): it changed, nobody disagreed.
        # (A stance has no figure to move.)
        return "update"

    return "discrepancy"


def _moves_with_time(conflicts: Sequence[tuple[Prepared, Prepared]]) -> bool:
    """True when every disagreeing pair is two dates apart, and the figure moves one way with time."""
    directions = set()
    for a, b in conflicts:
        ca, cb = _center(a), _center(b)
        if a.anchor is None or b.anchor is None or a.anchor == b.anchor or ca is None or cb is None or ca == cb:
            return False
        directions.add((cb - ca) * (b.anchor - a.anchor) > 0)
    return len(directions) == 1


def sides_of(group: Sequence[Prepared], policy: MatchPolicy) -> tuple[Side, ...]:
    """Split a cluster into sides whose members all agree with one another, by value.

    Precise figures (exact, about, ranges) found the sides, in value order; bounds and vague
    amounts ("up to 12,000", "several thousand") then join the first side they agree with.
    """
    def precise(p: Prepared) -> bool:
        return (p.claim.qualifier or "exact") in ("exact", "about", "range") or p.claim.kind != "numeric"

    ordered = sorted(group, key=lambda p: (not precise(p), _mid(p), p.index))
    sides: list[list[Prepared]] = []
    for p in ordered:
        for side in sides:
            if all(values_agree(p, q, policy) for q in side):
                side.append(p)
                break
        else:
            sides.append([p])
    sides.sort(key=lambda side: min(_mid(p) for p in side))
    out = []
    for side in sides:
        lows = [p.low for p in side if p.low is not None]
        highs = [p.high for p in side if p.high is not None and math.isfinite(p.high)]
        label = _label(sorted(side, key=lambda p: not precise(p)))
        out.append(Side(label, tuple(p.claim.claim_id for p in side), min(lows) if lows else None,
                        max(highs) if highs else None))
    return tuple(out)


def _mid(p: Prepared) -> float:
    if p.claim.kind == "statement":
        return {"affirm": 0.0, "uncertain": 1.0, "deny": 2.0}.get(p.claim.polarity or "affirm", 0.0)
    if p.low is None:
        return 0.0
    hi = p.high if p.high is not None and math.isfinite(p.high) else p.low
    return (p.low + hi) / 2


def _label(side: Sequence[Prepared]) -> str:
    c = side[0].claim
    if c.kind == "statement":
        return c.polarity or "affirm"
    if c.kind == "date":
        return str(c.date_value) if c.date_value else "?"
    return format_value(c)


def format_value(c: Claim) -> str:
    """'about 1,500', '2,000–12,000', 'more than 10,000': a figure as a reviewer reads it."""
    def n(x: float | None) -> str:
        if x is None:
            return "?"
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")

    q = c.qualifier or "exact"
    if c.kind == "date":
        return str(c.date_value) if c.date_value_end is None else f"{c.date_value}–{c.date_value_end}"
    if q in ("range", "vague"):
        return f"{n(c.value_low)}–{n(c.value_high)}"
    prefix = {"about": "about ", "at_least": "at least ", "up_to": "up to "}.get(q, "")
    return prefix + n(c.value)


def origins_of(group: Sequence[Prepared]) -> list[str]:
    return sorted({p.origin for p in group})


def finding_id(group: Sequence[Prepared], sources: Mapping[str, SourceInfo]) -> str:
    """Stable across runs: the topic plus the earliest-published member's own key."""
    def source_key(p: Prepared) -> tuple[str, str]:
        src = sources.get(p.claim.doc_id)
        return (src.published.isoformat() if src and src.published else "9999", src.uri if src else p.claim.doc_id)

    def anchor_key(p: Prepared) -> tuple[str, str, str]:
        return (*source_key(p), normalize_text(p.claim.quote))

    # The quote only breaks ties between claims of the earliest document: normalise those alone.
    keys = [source_key(p) for p in group]
    earliest = min(keys)
    anchor = min((p for p, k in zip(group, keys, strict=True) if k == earliest), key=anchor_key)
    c = anchor.claim
    _, uri, quote = anchor_key(anchor)
    return stable_id(c.kind, c.subject, c.measure, c.scope, c.modality, uri, quote)


def members_hash(group: Sequence[Prepared]) -> str:
    return stable_id(*sorted(p.claim.claim_id for p in group))


def summarize(group: Sequence[Prepared], verdict: str, sides: Sequence[Side]) -> str:
    c = group[0].claim
    if c.kind == "statement":
        # A statement finding is named by what it is about and by its shortest wording.
        frame = (c.measure or "statement").removeprefix("statement:")
        shortest = min((p.claim.quote for p in group), key=len)
        words = shortest.split()
        head = f"{frame if frame != 'statement' else 'statement'}: “{' '.join(words[:14])}{'…' if len(words) > 14 else ''}”"
    else:
        thing = " ".join(x for x in (c.subject, c.measure_detail, c.measure) if x)
        qual = ", ".join(x for x in (c.modality if c.modality != "actual" else None, c.scope, c.place) if x)
        head = f"{thing} ({qual})" if qual else thing
    if verdict == "discrepancy":
        parts = []
        by_id = {p.claim.claim_id: p for p in group}
        for side in sides:
            origins = sorted({by_id[i].origin.removeprefix("outlet:") for i in side.claim_ids})
            parts.append(f"{side.label} [{'; '.join(origins)}]")
        return f"{head}: " + " vs ".join(parts)
    if verdict == "update":
        ordered = sorted(group, key=lambda p: (p.anchor or 0))
        return f"{head}: revised " + " → ".join(format_value(p.claim) if p.claim.kind != "statement"
                                                else p.claim.polarity or "" for p in ordered)
    value = sides[0].label if sides else ""
    return f"{head}: {value} ({len(origins_of(group))} origin(s), {len({p.claim.doc_id for p in group})} document(s))"


def build_findings(items: Sequence[Prepared], matches: Sequence[ClaimMatch], sources: Mapping[str, SourceInfo],
                   policy: MatchPolicy) -> list[Finding]:
    return findings_of(cluster(items, matches, policy), sources, policy)


def findings_of(groups: Sequence[Sequence[Prepared]], sources: Mapping[str, SourceInfo],
                policy: MatchPolicy) -> list[Finding]:
    """One finding per cluster (verdict, sides, spread, stable id), sorted by id."""
    out = []
    for group in groups:
        verdict = verdict_of(group, policy)
        sides = sides_of(group, policy)
        values = [x for p in group if p.claim.kind == "numeric"
                  for x in (p.claim.value, p.claim.value_low, p.claim.value_high) if x is not None]
        vmin, vmax = (min(values), max(values)) if values else (None, None)
        spread = (vmax - vmin) / vmax if vmin is not None and vmax else None
        c = group[0].claim
        out.append(Finding(
            finding_id=finding_id(group, sources),
            verdict=verdict,
            kind=c.kind,
            subject=c.subject,
            measure=c.measure,
            summary=summarize(group, verdict, sides),
            independent_origins=len(origins_of(group)),
            claim_ids=tuple(p.claim.claim_id for p in group),
            value_min=vmin,
            value_max=vmax,
            relative_spread=round(spread, 4) if spread is not None else None,
            sides=sides if verdict == "discrepancy" else sides[:1] if verdict != "update" else sides,
            members_hash=members_hash(group),
        ))
    out.sort(key=lambda f: f.finding_id)
    return out


def reconcile(claims: Sequence[Claim], sources: Mapping[str, SourceInfo], policy: MatchPolicy | None = None,
              place_parents: Mapping[str, str] | None = None) -> tuple[list[ClaimMatch], list[Finding]]:
    """Match *claims* across sources and cluster them into findings with verdicts."""
    policy = policy or MatchPolicy()
    items = prepare(claims, sources, policy, place_parents)
    matches = match_claims(items, policy)
    findings = build_findings(items, matches, sources, policy)
    return matches, findings


def reconcile_in_batches(claims: Sequence[Claim], sources: Mapping[str, SourceInfo], policy: MatchPolicy | None,
                         place_parents: Mapping[str, str] | None, emit: Callable[[list[ClaimMatch]], None],
                         batch: int = 100_000) -> tuple[int, list[Finding]]:
    """:func:`reconcile`, handing the matches to *emit* as they are found, *batch* at a time.

    Returns (how many matches, the findings). The same matches, in the same order, and the
    same findings; but only one batch of ClaimMatch objects lives at a time, and clustering
    works on ``Edges`` (about 17 bytes a match, where a ClaimMatch is about 380).
    """
    policy = policy or MatchPolicy()
    items = prepare(claims, sources, policy, place_parents)
    edges = Edges(items)
    pending: list[ClaimMatch] = []
    for m in iter_matches(items, policy):
        edges.add(m)
        pending.append(m)
        if len(pending) >= batch:
            emit(pending)
            pending = []
    if pending:
        emit(pending)
    return len(edges), findings_of(cluster(items, edges, policy), sources, policy)


def group_by_finding(findings: Sequence[Finding]) -> dict[str, str]:
    """claim_id → finding_id."""
    out: dict[str, str] = {}
    for f in findings:
        for cid in f.claim_ids:
            out[cid] = f.finding_id
    return out

