"""Candidate generation and pair scoring.

Matching is an ordered list of labelled rules (the splink shape): a pair is first
checked for hard compatibility — the same measured thing, subject, scope, modality,
place and time — and only then scored with rapidfuzz on its normalised keys. Candidate
pairs come from blocking keys, never from the cross product.

The value is deliberately *not* part of "is this the same quantity": two sources that
give different figures for one quantity are exactly what a reviewer needs to see.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain

from rapidfuzz import fuzz

from reconcile.model import Claim, ClaimMatch, MatchPolicy, SourceInfo
from reconcile.statements import idf_weights, weighted_dice
from reconcile.text import normalize_text

# Measure families whose kind modifiers name different things ("landing" vs "escort" ships).
# For troops the modifiers describe one contingent loosely ("special forces", "infantry").
STRICT_DETAIL_FAMILIES = frozenset({"ships", "aircraft", "missiles", "munitions", "weapons", "units"})
# Ranks: "500 officers" and "three generals" are a part of a contingent, never its whole count.
RANKS = {"officer": "officers", "officers": "officers", "general": "generals", "generals": "generals"}
# Scopes that name different quantities; None is compatible with any of them.
EXCLUSIVE_SCOPES = frozenset({"first_batch", "second_batch", "additional", "total"})
# A part of a whole: it can only agree with an unscoped figure, never conflict with one
# ("a first batch of 1,500" against "11,000 are there" is not a discrepancy).
BATCH_SCOPES = frozenset({"first_batch"})  # a batch sent at one time: its size does not change afterwards
LATER_BATCH_SCOPES = frozenset({"second_batch", "additional"})  # what came after: never the figure before it
PARTIAL_SCOPES = frozenset({"first_batch", "second_batch", "additional", "part"})
# Places that contain other places: a claim "in Russia" may be about the Far East.
_NUMBER_RE = re.compile(r"\d[\d,.]*")


@dataclass(frozen=True, slots=True)
class Prepared:
    """A claim with what matching needs precomputed once."""

    index: int
    claim: Claim
    origin: str  # canonical primary origin, or the outlet / document when nobody is cited
    anchor: int | None  # date ordinal: event date, else the document's publication date
    low: float | None  # value interval widened by the hedge tolerance
    high: float | None
    key_text: str  # the quote without figures, normalised: what text similarity sees
    places: tuple[str, ...]  # the claim's place and every larger place holding it
    region: str | None = None  # the counted region holding it, whose figures are a part (counted_regions)
    home: str | None = None  # home_of(origin): whose voice it is, for a doubt its own country answers later


def origin_of(claim: Claim, source: SourceInfo | None) -> str:
    if claim.attributed_to:
        return claim.attributed_to
    if source and source.outlet:
        return f"outlet:{source.outlet}"
    return f"doc:{claim.doc_id}"


def home_of(origin: str, parents: Mapping[str, str]) -> str:
    """The origin's country (an agency's or official's: ``AliasTable.parents``), else the origin itself."""
    return parents.get(origin, origin)


# Units that share a measure with another unit: the factor to it ("miles" → km).
UNIT_FACTORS = {"miles": 1.609344}


def value_interval(claim: Claim, policy: MatchPolicy) -> tuple[float | None, float | None]:
    """The values *claim* admits, widened by the tolerance its qualifier implies."""
    if claim.kind == "date":
        if claim.date_value is None:
            return None, None
        lo = float(claim.date_value.toordinal())
        hi = float((claim.date_value_end or claim.date_value).toordinal())
        if claim.qualifier == "up_to":  # "ready by Nov. 1": on or before
            return lo - 3, hi
        return lo, hi
    v, lo, hi = claim.value, claim.value_low, claim.value_high
    factor = UNIT_FACTORS.get(claim.unit or "")
    if factor:  # compared in the measure's one unit; the claim keeps the figure as written
        v, lo, hi = (None if x is None else x * factor for x in (v, lo, hi))
    q = claim.qualifier or "exact"
    if q == "about" and v is not None:
        return v * (1 - policy.about_tolerance), v * (1 + policy.about_tolerance)
    if q == "at_least":
        base = lo if lo is not None else v
        return base, math.inf
    if q == "up_to":
        base = hi if hi is not None else v
        return 0.0, base
    if lo is not None or hi is not None:
        return (lo if lo is not None else hi), (hi if hi is not None else lo)
    if v is None:
        return None, None
    return v * (1 - policy.exact_tolerance), v * (1 + policy.exact_tolerance)


def place_chain(place: str | None, parents: Mapping[str, str]) -> tuple[str, ...]:
    chain: list[str] = []
    while place and place not in chain:
        chain.append(place)
        place = parents.get(place)
    return tuple(chain)


def key_text(c: Claim) -> str:
    """What text similarity sees of *c*: its predicate, else its quote normalised without figures."""
    text = c.predicate if c.kind == "statement" and c.predicate else _NUMBER_RE.sub(" ", normalize_text(c.quote))
    return " ".join(text.split())


def prepare(claims: Sequence[Claim], sources: Mapping[str, SourceInfo], policy: MatchPolicy,
            place_parents: Mapping[str, str] | None = None, key_texts: Sequence[str] | None = None) -> list[Prepared]:
    """*place_parents*: each place's larger place; it may also hold each agency's or official's
    country (``AliasTable.parents``), for ``_first_reported``.
    *key_texts*: each claim's ``key_text``, when the caller made them in bulk (``fastmatch``)."""
    out = []
    for i, c in enumerate(claims):
        src = sources.get(c.doc_id)
        # A date claim is of the window it asserts ("moved between Oct. 8 and 13"), whenever that is reported.
        anchor = (c.date_value if c.kind == "date" else None) or c.as_of or c.event_date or (src.published if src else None)
        lo, hi = value_interval(c, policy)
        origin = origin_of(c, src)
        out.append(Prepared(i, c, origin, anchor.toordinal() if isinstance(anchor, date) else None,
                            lo, hi, key_text(c) if key_texts is None else key_texts[i],
                            place_chain(c.place, place_parents or {}), home=home_of(origin, place_parents or {})))
    return _in_counted_regions(_first_reported(out, place_parents or {}), policy, place_parents or {})


def _restatement_key(p: Prepared) -> tuple | None:
    c = p.claim
    if c.kind != "numeric" or p.anchor is None or p.low is None or p.origin.startswith(("doc:", "outlet:")):
        return None
    # The figure as stated, whatever the hedge each outlet puts on it ("nearly", "as many as" 12,000);
    # and "Pyongyang planned to send around 12,000" restates "totaling about 12,000": no scope is the total.
    # (Floors and ranges keep their intervals: "more than 10,000" is not "about 10,000".)
    hedged = c.value is not None and (c.qualifier or "exact") in ("exact", "about", "up_to")
    figure = (c.value,) if hedged else (p.low, p.high)
    return (p.origin, c.subject, c.measure, c.scope or "total", c.modality, figure)


def _first_reported(items: list[Prepared], parents: Mapping[str, str]) -> list[Prepared]:
    """An undated figure restated later is dated by its first report.

    "Ukraine's military intelligence says it is close to 12,000", in an article of Oct 28, is
    the figure the HUR gave on Oct 24: the same origin, the same quantity and the same value,
    reported earlier in the corpus. Anchored on the later article's date it would stand
    against that day's figures of other origins as if it were new.

    A country restates what its agencies and officials said (*parents*: an agency's or
    official's country): "Washington's latest count puts the contingent at roughly 10,000",
    on Nov 3, is the figure the Pentagon gave on Oct 28.
    """
    keys = [_restatement_key(p) for p in items]
    earliest: dict[tuple, int] = {}
    for p, key in zip(items, keys):
        if key is None:
            continue
        for k in (key, (parents[p.origin], *key[1:])) if p.origin in parents else (key,):
            if p.anchor < earliest.get(k, p.anchor + 1):
                earliest[k] = p.anchor
    out = []
    for p, key in zip(items, keys):
        first = None if key is None else earliest[key]
        if key is not None and key[3] in BATCH_SCOPES:
            # "the North had first shipped some 1,500", weeks on, is the 1,500 the agency counted as sent
            # when that batch was all there was: a batch is dated by the first report of its figure.
            first = min(first, earliest.get((*key[:3], "total", *key[4:]), first))
        out.append(replace(p, anchor=first) if first is not None and first < p.anchor and
                   p.claim.event_date is None and p.claim.as_of is None else p)
    return out


def counted_regions(items: Sequence[Prepared], policy: MatchPolicy,
                    parents: Mapping[str, str] | None = None) -> set[tuple[str | None, str | None, str]]:
    """(subject, measure, region) whose figures the corpus counts apart from the whole.

    "Of roughly 10,000 North Korean soldiers in Russia, about 8,000 are in the Kursk region": one
    origin, one article, one news cycle, a figure for a region and another for the whole (the
    country holding it, or no place). Then every figure for that region is a part, and never
    stands against a figure for the whole. A region nobody counts apart (an origin's "1,500 in
    the Far East" against another's "11,000 in Russia") stays one quantity with its country.
    An agency or official counts with its country (*parents*, ``AliasTable.parents``): "about
    8,000 are in Kursk, Blinken said", beside "out of roughly 10,000 the US says were sent".
    """
    parents = parents or {}
    with_region = {p.claim.doc_id for p in items if len(p.places) > 1}  # (one cheap pass at a million claims)
    by_source: dict[tuple, list[Prepared]] = defaultdict(list)
    for p in items:
        c = p.claim
        if c.doc_id in with_region and c.kind == "numeric" and (c.modality or "actual") == "actual" and \
                c.scope in (None, "total", "part") and p.low is not None and not p.origin.startswith(("doc:", "outlet:")):
            by_source[(c.doc_id, parents.get(p.origin, p.origin), c.subject, c.measure)].append(p)
    out = set()
    for group in by_source.values():
        for part in group:
            if len(part.places) > 1 and any(_part_and_whole(part, whole, policy) for whole in group):
                out.add((part.claim.subject, part.claim.measure, part.claim.place))
    return out


def _part_and_whole(part: Prepared, whole: Prepared, policy: MatchPolicy) -> bool:
    """*part* (in a region) and *whole* (in a place holding it, or in none) are two different,
    comparable counts of one news cycle: the part the smaller, the same ranks, within the
    magnitude limit."""
    return (whole.claim.place is None or whole.claim.place in part.places[1:]) and \
        not values_agree(part, whole, policy) and (_center(part) or 0.0) < (_center(whole) or 0.0) and \
        ranks_of(part.claim) == ranks_of(whole.claim) and \
        _magnitude_ratio(part, whole) <= policy.max_magnitude_ratio and \
        (part.anchor is None or whole.anchor is None or abs(part.anchor - whole.anchor) <= policy.date_window_days)


def _in_counted_regions(items: list[Prepared], policy: MatchPolicy, parents: Mapping[str, str]) -> list[Prepared]:
    counted = counted_regions(items, policy, parents)
    if not counted:
        return items
    names = {region for _, _, region in counted}
    out = []
    for p in items:
        c = p.claim
        if len(p.places) > 1 and c.kind == "numeric" and not names.isdisjoint(p.places):
            region = next((r for r in p.places if (c.subject, c.measure, r) in counted), None)
            p = replace(p, region=region) if region else p
        out.append(p)
    return out


# --- blocking ---------------------------------------------------------------------------


def blocking_key(p: Prepared) -> tuple[str, str, str]:
    c = p.claim
    if c.kind == "statement":
        return ("statement", c.subject or "?", "")
    return (c.kind, c.subject or "?", c.measure or "?")


def candidate_pairs(items: Sequence[Prepared], policy: MatchPolicy) -> Iterator[tuple[Prepared, Prepared]]:
    """Pairs that share a blocking key and lie within the time window, each once.

    Within a block, claims are sorted by date and compared only with neighbours closer
    than three windows (the same origin may revise a figure that much later; the rules
    then decide); undated claims are compared with the whole block. A claim whose owner
    is unknown blocks with the other unknowns of its measure, never with everyone.
    """
    blocks: dict[tuple[str, str, str], list[Prepared]] = defaultdict(list)
    for p in items:
        if p.claim.kind == "statement":
            continue  # statements are matched by meaning: see statement_pairs and frame_pairs
        blocks[blocking_key(p)].append(p)
    reach = 3 * policy.date_window_days
    for members in blocks.values():
        yield from _window_pairs(members, reach)


def _window_pairs(members: list[Prepared], reach: int) -> Iterator[tuple[Prepared, Prepared]]:
    dated = sorted((p for p in members if p.anchor is not None), key=lambda p: (p.anchor, p.index))
    undated = [p for p in members if p.anchor is None]
    # By index, not over dated[i + 1:]: the slice copied the rest of the block for every
    # claim, which grows with the square of a block (a key holds 60,000 claims and more at
    # 100,000 synthetic documents) even though the window stops after a few.
    for i, a in enumerate(dated):
        for j in range(i + 1, len(dated)):
            b = dated[j]
            if b.anchor - a.anchor > reach:  # type: ignore[operator]
                break
            yield a, b
    for i, a in enumerate(undated):
        for b in undated[i + 1 :]:
            yield a, b
        for b in dated:
            yield a, b


CONTRADICTION_MARGIN = 25.0  # what opposite stances outside one frame need above statement_threshold
FRAME_FLOOR = 50.0  # the score of two statements of one frame whose wording shares little
SAME_SPEAKER_BONUS = 10.0  # what one speaker saying both adds to two statements' term overlap


def frame_pairs(items: Sequence[Prepared], policy: MatchPolicy) -> Iterator[tuple[Prepared, Prepared]]:
    """Statements of one frame and subject within the statement window whose places meet."""
    blocks: dict[tuple[str, str], list[Prepared]] = defaultdict(list)
    for p in items:
        c = p.claim
        if c.kind == "statement" and c.measure and c.measure != "statement":
            blocks[(c.measure, "?" if c.measure in SHARED_FRAMES else c.subject or "?")].append(p)
    for members in blocks.values():
        yield from (pair for pair in _window_pairs(members, policy.stance_days) if _places_meet(*pair))


# Statements that say where the troops are (sent, at the front, trained): their place is what they
# say ("deployed to the Kursk region" is not "troops are in Russia"). Elsewhere a place one side
# leaves out is unknown, not another: "the first clashes took place" is the fight "the first
# clashes in Kursk" reports.
# Frames about a dealing between two parties, whichever one a sentence names: "Russia pays about $2,000 a
# month" and "most of the money goes to the regime" are one statement about the soldiers' pay.
SHARED_FRAMES = frozenset({"statement:pay", "statement:victory", "statement:legality", "statement:escalation",
                           "statement:forecast"})
PLACED_FRAMES = frozenset({"statement:deploy", "statement:front", "statement:training"})


def _places_meet(a: Prepared, b: Prepared) -> bool:
    """The same region or city, one holding the other, or neither naming one (either, for
    statements outside PLACED_FRAMES)."""
    pa, pb = a.claim.place or None, b.claim.place or None
    if pa == pb or bool(pa and pb and (pa in b.places or pb in a.places)):
        return True
    return not (pa and pb) and a.claim.measure not in PLACED_FRAMES and b.claim.measure not in PLACED_FRAMES


def statement_pairs(items: Sequence[Prepared], min_shared: int = 2, max_df: float = 0.2,
                    reach: float = math.inf) -> Iterator[tuple[Prepared, Prepared]]:
    """Statement candidates: pairs sharing at least *min_shared* informative words.

    Words in more than *max_df* of the statements (and at least 20 of them) carry no signal
    and are not indexed, so a block never degenerates into the cross product. Two dated
    statements more than *reach* days apart are not paired (``iter_matches`` passes the
    statement window, beyond which ``same_quantity_reason`` rejects every pair): a word in
    a few percent of a large corpus's statements would otherwise pair every statement that
    holds it with every other, whatever their dates (at 2,000 synthetic documents with
    varied statements, 72 s and 3.3 GB of the 75 s and 3.5 GB of matching).
    """
    statements = [p for p in items if p.claim.kind == "statement"]
    if len(statements) < 2:
        return
    postings: dict[str, list[int]] = defaultdict(list)
    tokens = []
    for i, p in enumerate(statements):
        words = set(p.key_text.split())
        tokens.append(words)
        for w in words:
            postings[w].append(i)
    limit = max(20, int(max_df * len(statements)))
    position = {p.index: i for i, p in enumerate(statements)}
    m = len(statements)
    shared: dict[int, int] = defaultdict(int)  # the pair (i, j), i < j, as i * m + j: words they share
    for w, ids in postings.items():
        if len(ids) > limit or len(ids) < 2:
            continue
        for a, b in _window_pairs([statements[i] for i in ids], reach):
            i, j = position[a.index], position[b.index]
            shared[i * m + j if i < j else j * m + i] += 1
    for key in sorted(shared):  # the order of (i, j)
        i, j = divmod(key, m)
        if shared[key] >= min(min_shared, len(tokens[i]), len(tokens[j])):
            yield statements[i], statements[j]


# --- hard compatibility ---------------------------------------------------------------------


def _detail_words(c: Claim) -> set[str]:
    return set((c.measure_detail or "").split())


def ranks_of(c: Claim) -> frozenset[str]:
    """The ranks *c* counts ("officers"), from its kind modifiers."""
    return ranks_in(c.measure_detail)


def ranks_in(detail: str | None) -> frozenset[str]:
    return frozenset(RANKS[w] for w in (detail or "").split() if w in RANKS)


def same_quantity_reason(a: Prepared, b: Prepared, policy: MatchPolicy) -> str | None:
    """None when *a* and *b* may report one quantity; otherwise the rule that separates them."""
    ca, cb = a.claim, b.claim
    if ca.kind != cb.kind:
        return "kind"
    if ca.kind != "statement" and ca.measure != cb.measure:
        return "measure"
    if ca.kind == "statement" and ca.measure != cb.measure and ca.measure != "statement" and cb.measure != "statement":
        return "frame"  # "cannot confirm" and "would be an escalation" are two statements
    if ca.kind != "statement" and ca.subject != cb.subject:
        # An owner the extractor could not find is not a wildcard: "roughly 10,000 peacekeepers"
        # in a story about North Korean troops belongs to someone else.
        return "subject"
    if ca.kind == "date" and not (ca.subject and cb.subject):
        return "subject"  # a bare date with nobody doing anything matches nothing
    if ca.kind == "numeric" and ca.measure in STRICT_DETAIL_FAMILIES:
        da, db = _detail_words(ca), _detail_words(cb)
        if da and db and not (da & db):
            return "kind of thing"
    if ca.kind == "numeric" and ranks_of(ca) != ranks_of(cb):
        return "kind of thing"
    if a.region != b.region:
        return "part and whole"  # a region the corpus counts apart, against the whole (counted_regions)
    sa, sb = ca.scope, cb.scope
    if sa in EXCLUSIVE_SCOPES and sb in EXCLUSIVE_SCOPES and sa != sb and not (
            sa in LATER_BATCH_SCOPES and sb in LATER_BATCH_SCOPES):  # ("a second group of 1,500", "1,500 more")
        return "scope"
    if sa != sb and (sa in PARTIAL_SCOPES or sb in PARTIAL_SCOPES) and not values_agree(a, b, policy) and \
            not ("part" in (sa, sb) and ca.place == cb.place):
        # ("8,000 of them are in Kursk" is a part of the figure for Russia, not of another for Kursk.)
        return "part and whole"
    if ca.kind == "numeric" and ca.measure not in MOOD_FREE_FAMILIES:
        ma, mb = ca.modality or "actual", cb.modality or "actual"
        if (ma == "actual") != (mb == "actual"):
            return "modality"
    if ca.place and cb.place and ca.place not in b.places and cb.place not in a.places:
        # Two named places that do not hold one another (Kursk, the Far East) are two quantities;
        # two different countries are weak evidence ("to Russia" / "in Ukraine") and only score lower.
        if len(a.places) > 1 or len(b.places) > 1:
            return "place"
    if ca.kind == "statement" and (ca.measure == "statement") != (cb.measure == "statement") and \
            (ca.polarity or "affirm") != (cb.polarity or "affirm"):
        return "polarity"  # a stance on a named frame is contradicted on that frame, not by loose wording
    if ca.kind == "statement" and not _places_meet(a, b):
        return "place"  # "deployed to the Kursk region" is not "troops are in Russia"
    if a.anchor is not None and b.anchor is not None:
        gap = abs(a.anchor - b.anchor)
        # A stance ("the deployment is under way") lasts longer than a figure does (policy.stance_days); a
        # doubt ("not yet seen in combat") holds for its day only, so it meets another stance within one window,
        # unless its own country answers it later ("have begun engaging in combat": doubt_answered).
        window = policy.stance_days if ca.kind == "statement" and (
            not _doubt_against_stance(ca, cb) or doubt_answered(a, b)) else policy.date_window_days
        # (One origin may revise itself that much later; an amount of money, a pay rate or a price, is
        # restated by others as long: "Russia pays about $2,000 a month" ten days on.)
        if gap > window and not ((a.origin == b.origin or ca.kind == "numeric" and ca.measure in MOOD_FREE_FAMILIES)
                                 and gap <= 3 * policy.date_window_days):
            return "time"
    if ca.doc_id == cb.doc_id and ca.kind == "numeric" and a.origin == b.origin and not values_agree(a, b, policy) \
            and not (a.anchor is not None and b.anchor is not None and a.anchor != b.anchor and
                     count_scope(ca) == count_scope(cb)):
        # One source in one article does not contradict itself: two quantities. On two dates,
        # for the same scope, it may revise itself ("had put the number at 3,000 last Wednesday";
        # "up from 1,500 ... bringing the total to 3,000").
        return "same document"
    if ca.doc_id == cb.doc_id and ca.kind == "numeric" and a.origin == b.origin and ca.scope != cb.scope and \
            (ca.scope in LATER_BATCH_SCOPES or cb.scope in LATER_BATCH_SCOPES):
        # "About 1,500 were moved ... About 1,500 more followed": in one source's account, the ones that came
        # after are another quantity, whatever their size.
        return "same document"
    if ca.kind == "numeric" and _magnitude_ratio(a, b) > policy.max_magnitude_ratio:
        return "magnitude"
    if ca.kind == "numeric" and (_too_wide(a, policy) or _too_wide(b, policy)) and not \
            (a.low == b.low and a.high == b.high and _too_wide(a, policy)):
        # "estimates ranged from 2,000 to 12,000", "several hundred": a span that wide holds nearly
        # every figure of the story, so it neither corroborates nor contradicts any of them (but two sources
        # that both say "several hundred casualties" agree).
        return "too vague"
    return None


def _doubt_against_stance(a: Claim, b: Claim) -> bool:
    """One statement doubts ("cannot confirm", "not yet seen") what the other affirms or denies."""
    pa, pb = a.polarity or "affirm", b.polarity or "affirm"
    return pa != pb and "uncertain" in (pa, pb)


def doubt_answered(a: Prepared, b: Prepared) -> bool:
    """Of a doubt and a stance, the stance is said later by the doubt's own country: "We have not yet seen
    them in combat" (the Pentagon, Oct 28) that Washington answers with "they have begun engaging in combat
    operations" (the State Department, Nov 5). One voice's update, however far apart within the statement
    window; another country's later stance does not answer it (Kyiv's first clashes, Seoul's doubt of them)."""
    doubt, stance = (a, b) if a.claim.polarity == "uncertain" else (b, a)
    return doubt.anchor is not None and stance.anchor is not None and doubt.anchor < stance.anchor and \
        doubt.home == stance.home


def _too_wide(p: Prepared, policy: MatchPolicy) -> bool:
    """True when *p*'s stated range spans more than ``max_span_ratio`` (bounds are open, not wide)."""
    return p.claim.qualifier in ("range", "vague") and p.low is not None and p.low > 0 and \
        p.high is not None and math.isfinite(p.high) and p.high > policy.max_span_ratio * p.low


# Measures whose planned and actual figures are one quantity: "Russia will pay each soldier $2,000 a
# month" is the arrangement "Moscow is paying $2,000 a month" reports. Planned troops are not sent ones.
MOOD_FREE_FAMILIES = frozenset({"money"})


def count_scope(c: Claim) -> str | None:
    """The scope, where an unscoped count of what happened is the total so far; plans keep theirs
    ("12,000 in total" and "10,000 by December" are two plans)."""
    return c.scope or ("total" if (c.modality or "actual") == "actual" else None)


def _magnitude_ratio(a: Prepared, b: Prepared) -> float:
    va = _center(a)
    vb = _center(b)
    if not va or not vb or va <= 0 or vb <= 0:
        return 1.0
    return max(va, vb) / min(va, vb)


def _center(p: Prepared) -> float | None:
    if p.low is None and p.high is None:
        return None
    lo = p.low if p.low is not None else p.high
    hi = p.high if p.high is not None and math.isfinite(p.high) else lo
    return ((lo or 0.0) + (hi or 0.0)) / 2 if lo else hi


def values_agree(a: Prepared, b: Prepared, policy: MatchPolicy) -> bool:
    """True when the two value intervals overlap (after each qualifier's tolerance)."""
    if a.claim.kind == "statement":
        pa, pb = a.claim.polarity or "affirm", b.claim.polarity or "affirm"
        return pa == pb
    if a.low is None or b.low is None:
        return True
    slack = policy.agree_tolerance * min(abs(a.low), abs(b.low)) if a.claim.kind == "numeric" else 0.0
    return a.low <= (b.high if b.high is not None else b.low) + slack and b.low <= (
        a.high if a.high is not None else a.low
    ) + slack


# --- scoring -----------------------------------------------------------------------------------


def score_pair(a: Prepared, b: Prepared, policy: MatchPolicy, weights: dict[str, float] | None = None) -> ClaimMatch | None:
    """A scored match when *a* and *b* report one quantity (or one statement); else None."""
    reason = same_quantity_reason(a, b, policy)
    if reason is not None:
        return None
    ca, cb = a.claim, b.claim
    attribution = 100.0 if a.origin == b.origin else fuzz.token_set_ratio(a.origin, b.origin)
    if ca.kind == "statement":
        # Terms shared, weighted by rarity; the same speaker saying it counts for a little more.
        text = weighted_dice(set(a.key_text.split()), set(b.key_text.split()), weights or {})
        score = min(100.0, text + (SAME_SPEAKER_BONUS if a.origin == b.origin else 0.0))
        if ca.measure == cb.measure != "statement":
            score = max(score, FRAME_FLOOR)  # one frame: the same event, however it is worded
        threshold = policy.statement_threshold
        if (ca.polarity or "affirm") != (cb.polarity or "affirm") and ca.measure == cb.measure == "statement":
            # Opposite stances outside one named frame contradict only when worded alike ("denied
            # sending troops" / "sent troops"), not when they share a topic ("expected them to enter
            # combat" / "cannot confirm combat").
            threshold += CONTRADICTION_MARGIN
        method = "statement"
    else:
        text = fuzz.token_set_ratio(a.key_text, b.key_text)
        place = 100.0 if ca.place == cb.place else 85.0 if (ca.place in b.places or cb.place in a.places) else \
            70.0 if not (ca.place and cb.place) else 40.0
        detail = 100.0 if ca.measure_detail == cb.measure_detail else 80.0 if not (
            ca.measure_detail and cb.measure_detail) else fuzz.token_set_ratio(ca.measure_detail or "",
                                                                             cb.measure_detail or "")
        scope = 100.0 if ca.scope == cb.scope else 30.0 if (ca.scope in PARTIAL_SCOPES or cb.scope in PARTIAL_SCOPES) \
            else 70.0
        if a.anchor is not None and b.anchor is not None:
            when = max(0.0, 100.0 - 100.0 * abs(a.anchor - b.anchor) / (3 * policy.date_window_days))
        else:
            when = 70.0
        score = 0.30 * text + 0.20 * place + 0.15 * detail + 0.15 * scope + 0.10 * when + 0.10 * attribution
        threshold = policy.numeric_threshold
        method = ca.kind
        components = {"text": round(text, 1), "place": place, "detail": round(detail, 1), "scope": scope,
                      "time": round(when, 1), "attribution": round(attribution, 1)}
    if score < threshold:
        return None
    agree = values_agree(a, b, policy)
    if ca.kind == "statement":
        components = {"text": round(text, 1), "attribution": round(attribution, 1)}
    components["values_agree"] = "yes" if agree else "no"
    if a.anchor is not None and b.anchor is not None and abs(a.anchor - b.anchor) > policy.date_window_days:
        components["revision"] = "yes"  # same origin, later date: only an update can join these
    if ca.scope != cb.scope:
        components["scope_differs"] = "yes"
    first, second = sorted((ca.claim_id, cb.claim_id))
    return ClaimMatch(first, second, round(score, 2), method, components, compatible=agree)


def match_claims(items: Sequence[Prepared], policy: MatchPolicy) -> list[ClaimMatch]:
    """Every scored match among *items*, from blocked candidates only."""
    return list(iter_matches(items, policy))


def iter_matches(items: Sequence[Prepared], policy: MatchPolicy) -> Iterator[ClaimMatch]:
    """The matches of :func:`match_claims`, in its order, one at a time."""
    weights = idf_weights([p.key_text.split() for p in items if p.claim.kind == "statement"])
    # Memory, at millions of candidate pairs: the pairs are taken one at a time (chained, not
    # unpacked into one tuple first). Each source yields a pair once, and only the two
    # statement sources can yield the same pair: the pairs of statement_pairs are remembered
    # (as one int, index * n + index) and skipped when frame_pairs gives them again.
    n = len(items)
    seen: set[int] = set()

    def statement_candidates() -> Iterator[tuple[Prepared, Prepared]]:
        for a, b in statement_pairs(items, reach=policy.stance_days):  # the statement window
            seen.add(min(a.index, b.index) * n + max(a.index, b.index))
            yield a, b
        for a, b in frame_pairs(items, policy):
            if min(a.index, b.index) * n + max(a.index, b.index) not in seen:
                yield a, b

    for a, b in chain(candidate_pairs(items, policy), statement_candidates()):
        m = score_pair(a, b, policy, weights)
        if m is not None:
            yield m
