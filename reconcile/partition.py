"""Splitting prepared claims into partitions that can be reconciled independently.

Matching only ever compares claims that share a blocking key (``match.candidate_pairs``)
or, for statements, informative words (``match.statement_pairs``), and clustering only
joins claims through those matches. So claims that can never meet can be reconciled in
separate processes or machines, and the union of the results equals one reconcile over
everything — provided no candidate pair crosses two partitions. The groups:

- numeric and date claims by blocking key (kind, subject, measure); a claim whose
  subject is unknown is compared with every subject of its measure, so a measure with
  such a claim is one group;
- every statement in one group. Statement scores weigh terms by their rarity among *all*
  statements (``statements.idf_weights``), and which words are indexed at all depends on
  the number of statements, so splitting them would change scores, not just speed.

The groups are then packed into at most *parts* partitions of similar cost (a group's
cost grows with the square of its size: its members are compared pairwise). Within a
partition, claims keep their input order, which ``reconcile`` uses to break ties.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping, Sequence

from reconcile.match import Prepared, blocking_key, prepare
from reconcile.model import Claim, MatchPolicy, SourceInfo

STATEMENTS = ("statement", "*", "*")  # the one group every statement belongs to


def group_key(p: Prepared, measures_with_unknown_subject: set[tuple[str, str]]) -> tuple[str, str, str]:
    """The group of *p*: its blocking key, widened where blocking itself reaches across keys."""
    kind, subject, measure = blocking_key(p)
    if kind == "statement":
        return STATEMENTS
    if (kind, measure) in measures_with_unknown_subject:
        return (kind, "*", measure)
    return (kind, subject, measure)


def groups(items: Sequence[Prepared]) -> dict[tuple[str, str, str], list[Prepared]]:
    """Claims that may meet in matching, grouped; groups in first-seen order, members in input order."""
    unknown = set()
    for p in items:
        kind, subject, measure = blocking_key(p)
        if kind != "statement" and subject == "?":
            unknown.add((kind, measure))
    out: dict[tuple[str, str, str], list[Prepared]] = defaultdict(list)
    for p in items:
        out[group_key(p, unknown)].append(p)
    return dict(out)


def partitions(items: Sequence[Prepared], parts: int) -> list[list[Prepared]]:
    """*items* split into at most *parts* independent partitions of similar cost.

    Whole groups are placed, largest first, each in the partition with the least work so
    far. A partition never splits a group, so one very large group is one partition.
    Empty partitions are dropped; the result is deterministic for a given input.
    """
    if parts < 1:
        raise ValueError(f"parts must be at least 1, got {parts}")
    found = sorted(groups(items).items(), key=lambda kv: (-_cost(kv[1]), kv[0]))
    bins: list[list[Prepared]] = [[] for _ in range(min(parts, len(found)))]
    heap = [(0, i) for i in range(len(bins))]
    for _, members in found:
        load, i = heapq.heappop(heap)
        bins[i].extend(members)
        heapq.heappush(heap, (load + _cost(members), i))
    return [sorted(b, key=lambda p: p.index) for b in bins if b]


def _cost(members: Sequence[Prepared]) -> int:
    return len(members) * len(members) + len(members)


def partition_claims(claims: Sequence[Claim], sources: Mapping[str, SourceInfo], policy: MatchPolicy,
                     parts: int, place_parents: Mapping[str, str] | None = None) -> list[list[Claim]]:
    """*claims* split into at most *parts* lists that ``findings.reconcile`` can take one at a time.

    ``reconcile(claims, ...)`` equals the union of ``reconcile(part, ...)`` over the parts
    (matches and findings as sets; findings sorted by id come out in the same order).
    """
    items = prepare(claims, sources, policy, place_parents)
    return [[p.claim for p in part] for part in partitions(items, parts)]
