"""Score a warehouse against a gold annotation, by the rules of the external evaluation.

The external evaluation (``shared/design/EVALUATION.md``) scores the warehouse the
product builds against a gold file. This module applies the same rules to rows the
caller has already read, so the test suite can score the bundled corpus without the
shared tools. It does no I/O: :mod:`flows.evaluate` reads the warehouse and the corpus.

How a score is computed:

1. **Documents.** Each gold document is paired with the warehouse document whose
   ``uri`` has the gold file stem as its file name (fallbacks: the stem anywhere in
   the uri, the gold ``url``, a text holding most of the gold quotes).
2. **System claims** of a paired document get a span ``[start_char, end_char)``; one
   that does not hold its quote is repaired from the quote's position in the text.
3. **Gold spans**: each gold quote is located in ``documents.text`` (exactly, then
   after folding case, quote marks, dashes and whitespace). When it cannot be found
   there, system claims are compared to it by fuzzy quote similarity instead.
4. **Candidates and primary match.** The candidates of a gold claim are the system
   claims of its document whose span overlaps the gold span. Its *primary* match is
   the candidate with a compatible value (or date), then the same kind, then the
   largest overlap (intersection over union), then the earliest start.
5. **Metrics**, in four groups: extraction, fields, clustering, verdicts. Each is a
   :class:`Metric` (a count over a count); see :data:`METRICS` for what each means.

Entry point: :func:`evaluate`. Reading order for a newcomer: :data:`METRICS` (what is
measured), :func:`evaluate` (the steps), :func:`match` (how gold claims are found), then
the four ``*_metrics`` functions. The helpers above them (value parsing, text folding,
field comparison) are small and self-contained.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

Row = Mapping[str, Any]

# ============================================================================ results


@dataclass(frozen=True, slots=True)
class Metric:
    """``num`` out of ``den``; ``value`` is 0.0 when there is nothing to count."""

    num: int
    den: int
    note: str | None = None

    @property
    def value(self) -> float:
        return self.num / self.den if self.den else 0.0


@dataclass(frozen=True, slots=True)
class MetricInfo:
    key: str
    section: str
    label: str
    meaning: str
    lower_is_better: bool = False


METRICS: tuple[MetricInfo, ...] = (
    MetricInfo("numeric_value_recall", "extraction", "numeric value recall",
               "gold numeric claims with an overlapping system claim whose value equals the gold value "
               "(or whose range holds it)"),
    MetricInfo("numeric_span_recall", "extraction", "numeric span recall",
               "gold numeric claims with any overlapping system claim"),
    MetricInfo("numeric_precision", "extraction", "numeric precision (span)",
               "system numeric claims (in gold documents) that overlap some gold claim"),
    MetricInfo("numeric_precision_value_checked", "extraction", "numeric precision (span + value)",
               "system numeric claims that overlap a gold numeric or date claim with a compatible value"),
    MetricInfo("field_qualifier", "fields", "qualifier",
               "matched gold numeric claims whose primary match has the same canonical qualifier"),
    MetricInfo("field_event_date", "fields", "event_date",
               "matched gold numeric claims whose primary match has the same event_date (both null counts)"),
    MetricInfo("field_event_date_dated_docs", "fields", "event_date, docs with published",
               "the same, restricted to documents whose front matter gives `published`"),
    MetricInfo("field_attributed_to", "fields", "attributed_to",
               "matched gold numeric claims whose primary match names the same origin (fuzzy, aliases)"),
    MetricInfo("field_subject", "fields", "subject",
               "matched gold numeric claims whose primary match has the same subject (fuzzy)"),
    MetricInfo("date_span_recall", "dates", "date span recall",
               "gold date claims with any overlapping system claim"),
    MetricInfo("date_value_recall", "dates", "date value recall (ISO)",
               "gold date claims with an ISO value, found by an overlapping claim carrying that date"),
    MetricInfo("statement_recall", "statements", "statement span recall",
               "gold attributed statements with any overlapping system claim"),
    MetricInfo("cluster_pair_precision", "clustering", "pairwise precision",
               "pairs of matched gold claims put in one finding that share a gold cluster"),
    MetricInfo("cluster_pair_recall", "clustering", "pairwise recall",
               "pairs of matched gold claims sharing a gold cluster that share a finding"),
    MetricInfo("cluster_pair_f1", "clustering", "pairwise F1 = 2TP/(2TP+FP+FN)",
               "harmonic mean of pairwise precision and recall"),
    MetricInfo("confusable_pairs_merged", "clustering", "confusable pairs merged (lower=better)",
               "gold confusable pairs (both matched) wrongly put in one finding", lower_is_better=True),
    MetricInfo("verdict_accuracy", "verdicts", "verdict accuracy (clusters >=2 matched)",
               "gold clusters with >=2 matched claims whose best finding has the gold verdict"),
    MetricInfo("verdict_accuracy_all", "verdicts", "verdict accuracy (all gold clusters)",
               "the same correct count over every gold cluster"),
    MetricInfo("verdict_accuracy_pure", "verdicts", "verdict accuracy, finding >=50% pure",
               "correct verdict, and at least half of the best finding's gold claims are the cluster's"),
    MetricInfo("discrepancy_recall", "verdicts", "discrepancy recall",
               "gold discrepancy clusters whose best finding is a discrepancy"),
    MetricInfo("discrepancy_recall_pure", "verdicts", "discrepancy recall, finding >=50% pure",
               "the same, with the best finding at least half pure"),
    MetricInfo("discrepancy_precision", "verdicts", "discrepancy precision",
               "system discrepancy findings (holding a matched claim) that hold a gold discrepancy claim"),
    MetricInfo("discrepancy_precision_strict", "verdicts", "discrepancy precision (2 sides, pure)",
               "system discrepancy findings holding claims of >=2 sides of one gold discrepancy, "
               "which make up >=50% of the finding's matched claims"),
)

PURITY = 0.5  # share of a finding's matched gold claims that must come from the gold cluster


@dataclass(slots=True)
class EvaluationReport:
    """Every metric by key (in :data:`METRICS` order), plus counts and notes for the reader."""

    metrics: dict[str, Metric]
    counts: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def __getitem__(self, key: str) -> Metric:
        return self.metrics[key]

    def values(self) -> dict[str, float]:
        return {k: m.value for k, m in self.metrics.items()}


# ============================================================================ inputs


@dataclass(frozen=True, slots=True)
class CorpusBody:
    """A prepared corpus file: its body (front matter removed) and whether it gives `published`."""

    text: str
    dated: bool


@dataclass(slots=True)
class WarehouseRows:
    """The contract tables, as lists of dicts keyed by column name."""

    documents: list[Row]
    claims: list[Row]
    findings: list[Row]
    finding_claims: list[Row]


# ============================================================================ reading values


def as_number(x: object) -> float | None:
    """A finite float from a number or a numeric string ("12,000" included), else None."""
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, (int, float, Decimal)):
        f = float(x)
    elif isinstance(x, str):
        try:
            f = float(x.strip().replace(",", "").replace("_", ""))
        except ValueError:
            return None
    else:
        return None
    return f if math.isfinite(f) else None


_ISO_PREFIX = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")


def as_iso_date(x: object) -> str | None:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' from a date, a year number or an ISO-prefixed string."""
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, dt.datetime):
        return x.date().isoformat()
    if isinstance(x, dt.date):
        return x.isoformat()
    if isinstance(x, (int, float, Decimal)):
        f = float(x)
        if math.isfinite(f) and f.is_integer() and 1000 <= f <= 2999:
            return str(int(f))
        return None
    if isinstance(x, str):
        m = _ISO_PREFIX.match(x)
        return "-".join(part for part in m.groups() if part) if m else None
    return None


def numbers_close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def is_blank(x: object) -> bool:
    return x is None or not str(x).strip()


# ============================================================================ text and spans

# Characters folded before a quote is searched for: typographic quotes, dashes, odd spaces.
_FOLD = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),
    **dict.fromkeys("\u00a0\u2009\u202f", " "),
    "\u200b": "",
}


def fold_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """*text* folded for searching, and for each folded character the index it came from.

    Folding: typographic quotes and dashes to ASCII, NFKC, runs of whitespace to one
    space, lower case. Cached: a document's text is folded once, not once per quote.
    """
    return _fold(text)


@functools.lru_cache(maxsize=512)
def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    chars: list[str] = []
    origin: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", _FOLD.get(ch, ch)):
            c = _FOLD.get(c, c)
            if not c:
                continue
            if c.isspace():
                if in_space:
                    continue
                c, in_space = " ", True
            else:
                in_space = False
            for low in c.lower():
                chars.append(low)
                origin.append(i)
    return "".join(chars), tuple(origin)


def locate(text: str, quote: str) -> tuple[int, int, bool] | None:
    """(start, end, exact) of *quote* in *text*: verbatim first, then folded; None if absent."""
    if not text or not quote:
        return None
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote), True
    folded_text, origin = fold_with_offsets(text)
    folded_quote = fold_with_offsets(quote)[0].strip()
    if not folded_quote:
        return None
    j = folded_text.find(folded_quote)
    if j < 0:
        return None
    return origin[j], origin[j + len(folded_quote) - 1] + 1, False


def same_folded(a: str, b: str) -> bool:
    return fold_with_offsets(a)[0].strip() == fold_with_offsets(b)[0].strip()


def loose(text: object) -> str:
    """Lower case, possessive 's dropped, punctuation to spaces: for fuzzy comparisons."""
    s = re.sub(r"['\u2019]s\b", "", str(text).lower())
    return default_process(s)


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two [start, end) spans; 0.0 when they do not overlap."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


# ============================================================================ field comparisons

# How qualifiers are spelled, by canonical name. Lookups are lower case with "_" read as a
# space; the empty spelling (no qualifier at all) means "exact".
_QUALIFIER_SPELLINGS: dict[str, tuple[str, ...]] = {
    "about": ("about", "approximately", "approx", "approximate", "around", "some", "roughly", "circa", "ca",
              "nearly", "almost", "estimated", "an estimated", "close to", "~"),
    "at_least": ("at least", "more than", "over", "above", "exceeding", "in excess of", "min", "minimum",
                 "gte", ">=", ">", "lower bound"),
    "up_to": ("up to", "as many as", "at most", "no more than", "max", "maximum", "lte", "<=", "<",
              "less than", "fewer than", "under", "below", "upper bound"),
    "range": ("range", "between", "from to"),
    "vague": ("vague", "several", "couple", "a couple", "a couple of", "tens of", "tens of thousands", "few",
              "a few", "dozens", "small number", "a small number", "many", "thousands", "unspecified"),
    "exact": ("", "exact", "exactly", "none", "null", "planned", "by", "from", "precise", "=", "equal"),
}
QUALIFIER_OF = {spelling: canon for canon, spellings in _QUALIFIER_SPELLINGS.items() for spelling in spellings}


def canonical_qualifier(q: object, value: float | None, low: float | None, high: float | None) -> str:
    """One of exact/about/at_least/up_to/range/vague for the usual spellings; other text as is.

    No qualifier on a claim that has only a low and a high value means a range.
    """
    s = "" if q is None else re.sub(r"\s+", " ", str(q).strip().lower().replace("_", " "))
    canon = QUALIFIER_OF.get(s) or s.replace(" ", "_")
    if canon == "exact" and value is None and low is not None and high is not None:
        return "range"
    return canon


def same_event_date(gold: object, system: str | None) -> bool:
    """Both absent, or the same day (a partial date compares on what it has)."""
    g = as_iso_date(gold)
    if g is None or system is None:
        return g is None and system is None
    return g[:10] == system[:10]


# An origin is also known by these names; applied in order to the loose form of a name.
_ORIGIN_ALIASES = (
    (r"\bnis\b", "nis national intelligence service"),
    (r"\bhur\b", "hur defence intelligence military intelligence"),
    (r"\bdod\b", "dod department of defense pentagon"),
    (r"\bpentagon\b", "pentagon department of defense"),
    (r"\bdefence\b", "defense"),
    (r"\bzelenskyy\b", "zelensky"),
    (r"\bu s\b", "us"),
    (r"\bunited states\b", "us"),
)


def _origin_spellings(name: str) -> set[str]:
    """The loose forms of *name*: whole, without parentheses, each parenthesis alone, and
    each of those with known aliases spelled out."""
    pieces = {name, re.sub(r"\([^()]*\)", " ", name), *re.findall(r"\(([^()]*)\)", name)}
    out = set()
    for piece in pieces:
        form = loose(piece)
        if not form:
            continue
        out.add(form)
        for pattern, expansion in _ORIGIN_ALIASES:
            form = re.sub(pattern, expansion, form)
        out.add(form)
    return out


def same_origin(gold: object, system: object) -> bool:
    """attributed_to agrees: both absent, or some spellings have token-set similarity >= 70."""
    if is_blank(gold) or is_blank(system):
        return is_blank(gold) and is_blank(system)
    pairs = ((a, b) for a in _origin_spellings(str(gold)) for b in _origin_spellings(str(system)))
    return max((fuzz.token_set_ratio(a, b) for a, b in pairs), default=0) >= 70


def same_subject(gold: object, system: object) -> bool:
    """subject agrees: both absent, or token-set similarity >= 80."""
    if is_blank(gold) or is_blank(system):
        return is_blank(gold) and is_blank(system)
    return fuzz.token_set_ratio(loose(gold), loose(system)) >= 80


# ============================================================================ kinds and verdicts

_GOLD_KINDS = {"numeric": "numeric", "date": "date", "attributed_statement": "statement", "statement": "statement"}
_SYSTEM_KINDS = {
    "numeric": "numeric", "number": "numeric", "quantity": "numeric", "count": "numeric",
    "date": "date", "time": "date",
    "statement": "statement", "attributed_statement": "statement", "quote": "statement", "assertion": "statement",
}
_VERDICTS = {
    "agreement": "agreement", "agree": "agreement",
    "discrepancy": "discrepancy", "conflict": "discrepancy",
    "update": "update", "update_over_time": "update", "updated": "update",
    "uncorroborated": "uncorroborated", "single_source": "uncorroborated",
}


def _kind(raw: object, table: Mapping[str, str]) -> str | None:
    if raw is None:
        return None
    s = str(raw).strip().lower()
    return table.get(s, s)


def gold_kind(claim: Row) -> str | None:
    """numeric | date | statement for a gold claim."""
    return _kind(claim.get("kind"), _GOLD_KINDS)


def canonical_verdict(v: object) -> str | None:
    if v is None:
        return None
    s = str(v).strip().lower().replace("-", "_").replace(" ", "_")
    return _VERDICTS.get(s, s)


# ============================================================================ documents


def uri_stem(uri: object) -> str | None:
    """The file name of *uri* (a path or URL) up to its first dot."""
    if not uri:
        return None
    s = str(uri)
    path = s
    try:
        parsed = urllib.parse.urlparse(s)
        if len(parsed.scheme) > 1:  # a one-letter "scheme" is a Windows drive
            path = parsed.path
    except ValueError:
        pass
    name = urllib.parse.unquote(path).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name.split(".")[0] if name else None


def _norm_url(u: object) -> str | None:
    if not u:
        return None
    s = re.sub(r"^https?://", "", str(u).strip().lower())
    return re.sub(r"^www\.", "", s).rstrip("/")


def map_documents(gold: Mapping[str, Any], documents: Sequence[Row], notes: list[str]) -> dict[str, Row]:
    """Gold stem → the warehouse document scored for it.

    A warehouse document is claimed by the gold document whose stem is its uri's file
    name; else whose stem appears in the uri (the longest); else whose url it is; else
    the gold document with the most of its quotes in the text (at least half of them).
    When several warehouse documents map to one gold document (versions), the one
    holding the most gold quotes wins, then the latest fetched, then the highest doc_id.
    """
    stems = [d["doc"] for d in gold["documents"]]
    stem_set = set(stems)
    by_url = {_norm_url(d.get("url")): d["doc"] for d in gold["documents"] if d.get("url")}
    quotes: dict[str, list[str]] = defaultdict(list)
    for c in gold["claims"]:
        quotes[c["doc"]].append(c["quote"])

    def quotes_in(stem: str, text: str) -> int:
        return sum(1 for q in quotes[stem] if q in text)

    claimed: dict[str, list[tuple[Row, str]]] = defaultdict(list)
    for row in documents:
        uri, text = row.get("uri"), row.get("text") or ""
        stem = uri_stem(uri)
        inside = [s for s in stems if uri and s in str(uri)]
        if stem in stem_set:
            claimed[stem].append((row, "stem"))
        elif inside:
            claimed[max(inside, key=len)].append((row, "stem-substring"))
        elif uri and _norm_url(uri) in by_url:
            claimed[by_url[_norm_url(uri)]].append((row, "url"))
        elif text:
            best, best_n = None, 0
            for s in stems:
                n = quotes_in(s, text)
                if n > best_n:
                    best, best_n = s, n
            if best is not None and 2 * best_n >= len(quotes[best]):
                claimed[best].append((row, "text"))

    chosen: dict[str, Row] = {}
    how = Counter()
    for stem, rows in claimed.items():
        rows.sort(key=lambda item: (quotes_in(stem, item[0].get("text") or ""),
                                    str(item[0].get("fetched_at") or ""), str(item[0].get("doc_id"))),
                  reverse=True)
        if len(rows) > 1:
            notes.append(f"{len(rows)} warehouse documents map to {stem}; scoring {rows[0][0].get('doc_id')!r}")
        chosen[stem] = rows[0][0]
        how[rows[0][1]] += 1
    fallbacks = {k: n for k, n in how.items() if k != "stem"}
    if fallbacks:
        notes.append("documents mapped without their stem as file name: "
                     + ", ".join(f"{k}={n}" for k, n in sorted(fallbacks.items())))
    return chosen


# ============================================================================ system claims


@dataclass(frozen=True, slots=True)
class SystemClaim:
    """A warehouse claim as the scorer sees it."""

    claim_id: str
    kind: str | None
    quote: str | None
    span: tuple[int, int] | None  # None: no usable span, compared by fuzzy quote only
    order: int  # start offset for tie-breaks (a large number when unknown)
    value: float | None
    low: float | None
    high: float | None
    dates: tuple[str, ...]  # every ISO date the claim carries, in any date or value column
    qualifier: object
    attributed_to: object
    subject: object
    event_date: str | None


def _offsets(row: Row) -> tuple[int | None, int | None]:
    """(start_char, end_char) as ints, or (None, None) when either is unreadable."""
    try:
        return int(row.get("start_char")), int(row.get("end_char"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None, None


def claim_span(text: str, quote: str | None, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The claim's span in *text*: its offsets when they hold the quote (or there is no quote),
    else the occurrence of the quote nearest to *start*, else the quote found after folding."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        piece = text[start:end]
        if not quote or piece == quote or same_folded(piece, quote):
            return start, end
    if not quote or not text:
        return None
    hits, i = [], text.find(quote)
    while i >= 0:  # non-overlapping occurrences
        hits.append(i)
        i = text.find(quote, i + len(quote))
    if hits:
        near = min(hits, key=lambda p: abs(p - (start or 0)))
        return near, near + len(quote)
    found = locate(text, quote)
    return (found[0], found[1]) if found else None


def _date_columns(row: Row) -> list[str]:
    """The columns searched for a claimed date: event_date, the value columns and any other
    column whose name mentions 'date'."""
    extra = [k for k in row if "date" in k.lower() and k.lower() != "event_date"]
    return ["event_date", "value", "value_low", "value_high", *extra]


def system_claim(row: Row, text: str) -> SystemClaim:
    """A claims row of a document with *text*, its span checked (or repaired) and values parsed."""
    quote = None if row.get("quote") is None else str(row.get("quote"))
    start, end = _offsets(row)
    span = claim_span(text, quote, start, end)
    dates = tuple(d for d in (as_iso_date(row.get(k)) for k in _date_columns(row)) if d)
    return SystemClaim(
        claim_id=str(row.get("claim_id")),
        kind=_kind(row.get("kind"), _SYSTEM_KINDS),
        quote=quote,
        span=span,
        order=span[0] if span else (start if start is not None else 10**9),
        value=as_number(row.get("value")),
        low=as_number(row.get("value_low")),
        high=as_number(row.get("value_high")),
        dates=dates,
        qualifier=row.get("qualifier"),
        attributed_to=row.get("attributed_to"),
        subject=row.get("subject"),
        event_date=as_iso_date(row.get("event_date")),
    )


# ============================================================================ compatibility


def gold_numbers(g: Row) -> tuple[float | None, float | None, float | None]:
    return as_number(g.get("value")), as_number(g.get("value_low")), as_number(g.get("value_high"))


def value_fits(g: Row, s: SystemClaim) -> bool:
    """The system claim states the gold quantity.

    A gold point value fits an equal system value, a system range holding it, or a lone
    system bound equal to it. A gold range (or bound) fits a system value or range that
    overlaps it. A gold claim with no value fits a system claim with none.
    """
    gv, gl, gh = gold_numbers(g)
    if gv is None and gl is None and gh is None:
        return s.value is None and s.low is None and s.high is None
    if gv is not None:
        if s.value is not None and numbers_close(s.value, gv):
            return True
        if s.low is not None and s.high is not None and s.low - 1e-9 <= gv <= s.high + 1e-9:
            return True
        if s.value is None and (s.low is None) != (s.high is None):
            return numbers_close(s.low if s.low is not None else s.high, gv)  # type: ignore[arg-type]
        return False
    points = [x for x in (s.low, s.value, s.high) if x is not None]
    if not points:
        return False
    sys_lo = min(points) if (s.low is not None or s.value is not None) else -math.inf
    sys_hi = max(points) if (s.high is not None or s.value is not None) else math.inf
    gold_lo = gl if gl is not None else -math.inf
    gold_hi = gh if gh is not None else math.inf
    return max(gold_lo, sys_lo) <= min(gold_hi, sys_hi) + 1e-9


def gold_dates(g: Row) -> tuple[str | None, str | None, str | None]:
    return as_iso_date(g.get("value")), as_iso_date(g.get("value_low")), as_iso_date(g.get("value_high"))


def date_fits(g: Row, s: SystemClaim) -> bool:
    """Some date of the system claim falls on the gold date (at the gold's precision: a gold
    '2024-12' is met by any day of December) or inside the gold window."""
    value, low, high = gold_dates(g)
    if value:
        return any(d.startswith(value) for d in s.dates)
    if low and high:
        return any(len(d) >= len(low) and low <= d[: len(low)] <= high for d in s.dates)
    bound = low or high
    return bool(bound) and any(d.startswith(bound) for d in s.dates)


def compatible(g: Row, s: SystemClaim) -> bool:
    kind = gold_kind(g)
    if kind == "numeric":
        return value_fits(g, s)
    if kind == "date":
        return date_fits(g, s)
    return True


# ============================================================================ matching


@dataclass(slots=True)
class Matching:
    """Which system claims each gold claim was found by."""

    claims: dict[str, SystemClaim]  # system claims of the mapped documents, by id
    candidates: dict[str, list[tuple[SystemClaim, float]]]  # gold id → (claim, overlap score)
    primary: dict[str, str]  # gold id → system claim id, for found gold claims


def _gold_span(g: Row, doc: Row | None, corpus: Mapping[str, CorpusBody]) -> tuple[tuple[int, int] | None, bool]:
    """(span, in_text): the quote's span in documents.text; else in the prepared body
    (in_text False: only fuzzy quote comparison applies)."""
    if doc is not None:
        found = locate(doc.get("text") or "", g["quote"])
        if found:
            return (found[0], found[1]), True
    body = corpus.get(g["doc"])
    if body is not None and body.text and g["quote"] in body.text:
        i = body.text.find(g["quote"])
        return (i, i + len(g["quote"])), False
    return None, False


def find_candidates(g: Row, span: tuple[int, int] | None, in_text: bool,
                    claims: Iterable[SystemClaim]) -> list[tuple[SystemClaim, float]]:
    """System claims of the gold claim's document that overlap its span, with their overlap.

    When either side has no span in the text, quotes are compared instead: partial-ratio
    similarity >= 90 makes a candidate, scored by plain similarity.
    """
    out = []
    gold_quote = loose(g["quote"])
    for s in claims:
        if in_text and span is not None and s.span is not None:
            score = span_overlap(span, s.span)
            if score > 0:
                out.append((s, score))
        elif s.quote:
            sys_quote = loose(s.quote)
            if sys_quote and gold_quote and fuzz.partial_ratio(gold_quote, sys_quote) >= 90:
                out.append((s, fuzz.ratio(gold_quote, sys_quote) / 100.0))
    return out


def primary_of(g: Row, candidates: Sequence[tuple[SystemClaim, float]]) -> SystemClaim | None:
    """The candidate that best represents the gold claim: compatible value first, then same
    kind, then largest overlap, then earliest, then lowest id."""
    if not candidates:
        return None
    kind = gold_kind(g)
    return min(candidates, key=lambda c: (not compatible(g, c[0]), c[0].kind != kind, -c[1], c[0].order,
                                          c[0].claim_id))[0]


def match(gold: Mapping[str, Any], corpus: Mapping[str, CorpusBody], rows: WarehouseRows,
          notes: list[str]) -> tuple[Matching, dict[str, Row]]:
    """Map documents, read their claims, and find each gold claim's candidates and primary match.

    Only claims of documents mapped to a gold document take part; the rest are ignored
    (they do not lower precision). Also returns the document mapping."""
    docs = map_documents(gold, rows.documents, notes)
    by_doc: dict[str, list[Row]] = defaultdict(list)
    for c in rows.claims:
        by_doc[str(c.get("doc_id"))].append(c)
    per_doc: dict[str, list[SystemClaim]] = {}
    every: dict[str, SystemClaim] = {}
    for stem, doc in docs.items():
        text = doc.get("text") or ""
        per_doc[stem] = [system_claim(c, text) for c in by_doc.get(str(doc.get("doc_id")), [])]
        every.update((s.claim_id, s) for s in per_doc[stem])
    candidates, primary = {}, {}
    fuzzy_only = 0
    for g in gold["claims"]:
        span, in_text = _gold_span(g, docs.get(g["doc"]), corpus)
        if g["doc"] in docs and span is not None and not in_text:
            fuzzy_only += 1
        candidates[g["id"]] = find_candidates(g, span, in_text, per_doc.get(g["doc"], []))
        best = primary_of(g, candidates[g["id"]])
        if best is not None:
            primary[g["id"]] = best.claim_id
    if fuzzy_only:
        notes.append(f"{fuzzy_only} gold quotes are not in documents.text of their document; "
                     "matched by fuzzy quote only")
    return Matching(every, candidates, primary), docs


# ============================================================================ metrics: extraction


def _of_kind(gold: Mapping[str, Any], kind: str) -> list[Row]:
    return [g for g in gold["claims"] if gold_kind(g) == kind]


def extraction_metrics(gold: Mapping[str, Any], m: Matching) -> dict[str, Metric]:
    """Recall of numeric, date and statement claims; precision of system numeric claims."""
    numeric = _of_kind(gold, "numeric")
    dates = _of_kind(gold, "date")
    statements = _of_kind(gold, "statement")

    def found(gs: list[Row]) -> Metric:
        return Metric(sum(1 for g in gs if m.candidates[g["id"]]), len(gs))

    with_iso = [g for g in dates if any(gold_dates(g))]
    out = {
        "numeric_value_recall": Metric(
            sum(1 for g in numeric if any(value_fits(g, s) for s, _ in m.candidates[g["id"]])), len(numeric)),
        "numeric_span_recall": found(numeric),
        "date_span_recall": found(dates),
        "date_value_recall": Metric(
            sum(1 for g in with_iso if any(date_fits(g, s) for s, _ in m.candidates[g["id"]])), len(with_iso),
            note=f"{len(dates) - len(with_iso)} gold date claims without an ISO value left out"
            if len(with_iso) < len(dates) else None),
        "statement_recall": found(statements),
    }
    # Precision: which system numeric claims overlap a gold claim (of any kind), and which
    # overlap a numeric or date gold claim whose value they state.
    gold_by_id = {g["id"]: g for g in gold["claims"]}
    overlapped: dict[str, list[Row]] = defaultdict(list)
    for gid, cands in m.candidates.items():
        for s, _ in cands:
            overlapped[s.claim_id].append(gold_by_id[gid])
    sys_numeric = [s for s in m.claims.values() if s.kind == "numeric"]
    out["numeric_precision"] = Metric(sum(1 for s in sys_numeric if overlapped.get(s.claim_id)), len(sys_numeric))
    out["numeric_precision_value_checked"] = Metric(
        sum(1 for s in sys_numeric
            if any(gold_kind(g) in ("numeric", "date") and compatible(g, s) for g in overlapped.get(s.claim_id, ()))),
        len(sys_numeric))
    return out


# ============================================================================ metrics: fields


def field_metrics(gold: Mapping[str, Any], m: Matching, corpus: Mapping[str, CorpusBody]) -> dict[str, Metric]:
    """Field accuracy of the primary match of each found gold *numeric* claim."""
    found = [g for g in _of_kind(gold, "numeric") if g["id"] in m.primary]
    hits = Counter()
    dated_total = 0
    for g in found:
        s = m.claims[m.primary[g["id"]]]
        hits["qualifier"] += canonical_qualifier(g.get("qualifier"), *gold_numbers(g)) == \
            canonical_qualifier(s.qualifier, s.value, s.low, s.high)
        date_ok = same_event_date(g.get("event_date"), s.event_date)
        hits["event_date"] += date_ok
        body = corpus.get(g["doc"])
        if body is not None and body.dated:
            dated_total += 1
            hits["event_date_dated"] += date_ok
        hits["attributed_to"] += same_origin(g.get("attributed_to"), s.attributed_to)
        hits["subject"] += same_subject(g.get("subject"), s.subject)
    n = len(found)
    return {
        "field_qualifier": Metric(hits["qualifier"], n),
        "field_event_date": Metric(hits["event_date"], n),
        "field_event_date_dated_docs": Metric(hits["event_date_dated"], dated_total),
        "field_attributed_to": Metric(hits["attributed_to"], n),
        "field_subject": Metric(hits["subject"], n),
    }


# ============================================================================ metrics: clustering


@dataclass(slots=True)
class Findings:
    """The warehouse's findings: members of each finding, findings of each claim, verdicts."""

    members: dict[str, set[str]]
    of_claim: dict[str, set[str]]
    verdict: dict[str, str | None]

    @classmethod
    def from_rows(cls, rows: WarehouseRows) -> Findings:
        members: dict[str, set[str]] = defaultdict(set)
        of_claim: dict[str, set[str]] = defaultdict(set)
        for r in rows.finding_claims:
            fid, cid = str(r.get("finding_id")), str(r.get("claim_id"))
            members[fid].add(cid)
            of_claim[cid].add(fid)
        verdict = {str(r.get("finding_id")): canonical_verdict(r.get("verdict")) for r in rows.findings}
        return cls(members, of_claim, verdict)

    def together(self, a: str, b: str) -> bool:
        """Two system claims are 'in one finding': the same claim, or sharing a finding."""
        return a == b or bool(self.of_claim.get(a, set()) & self.of_claim.get(b, set()))


def _gold_clusters_of(gold: Mapping[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for k in gold["clusters"]:
        for cid in k["claims"]:
            out[cid].add(k["id"])
    return out


def clustering_metrics(gold: Mapping[str, Any], m: Matching, f: Findings) -> dict[str, Metric]:
    """Pairwise agreement of 'same finding' (via primary matches) with 'same gold cluster',
    over all pairs of found gold claims; and confusable pairs put together."""
    in_cluster = _gold_clusters_of(gold)
    found = [g["id"] for g in gold["claims"] if g["id"] in m.primary]
    tp = fp = fn = 0
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            truth = bool(in_cluster[a] & in_cluster[b])
            said = f.together(m.primary[a], m.primary[b])
            tp += truth and said
            fp += said and not truth
            fn += truth and not said
    merged = evaluable = 0
    apply = 0
    for pair in gold.get("confusable_pairs", []):
        a, b = pair["claims"][:2]
        if in_cluster[a] & in_cluster[b]:
            continue  # the gold itself clusters them: not a confusion
        apply += 1
        if a in m.primary and b in m.primary:
            evaluable += 1
            merged += f.together(m.primary[a], m.primary[b])
    return {
        "cluster_pair_precision": Metric(tp, tp + fp),
        "cluster_pair_recall": Metric(tp, tp + fn),
        "cluster_pair_f1": Metric(2 * tp, 2 * tp + fp + fn),
        "confusable_pairs_merged": Metric(merged, evaluable,
                                          note=f"{apply} pairs apply, {evaluable} have both claims matched"),
    }


# ============================================================================ metrics: verdicts


def verdict_metrics(gold: Mapping[str, Any], m: Matching, f: Findings) -> dict[str, Metric]:
    """Verdicts, judged on each gold cluster's best finding.

    A gold cluster with at least two found claims is judged on the finding that holds
    most of its primary matches (ties: the larger share of that finding, then the lower
    id). The finding is *pure* when at least half of the gold claims it holds are the
    cluster's.
    """
    found_as: dict[str, set[str]] = defaultdict(set)  # system claim → gold claims it is primary for
    for gid, sid in m.primary.items():
        found_as[sid].add(gid)

    def gold_in(fid: str) -> set[str]:
        return set().union(*(found_as.get(s, set()) for s in f.members.get(fid, ())))

    judged = correct = correct_pure = 0
    disc_total = disc_hit = disc_hit_pure = 0
    for k in gold["clusters"]:
        want = canonical_verdict(k["verdict"])
        found = [c for c in k["claims"] if c in m.primary]
        got, purity = None, 0.0
        if len(found) >= 2:
            judged += 1
            mine = {m.primary[c] for c in found}
            votes = Counter(fid for s in mine for fid in f.of_claim.get(s, ()))
            if votes:
                best = min(votes, key=lambda fid: (-votes[fid], -votes[fid] / len(f.members[fid] | mine), fid))
                got = f.verdict.get(best)
                held = gold_in(best)
                purity = len(held & set(k["claims"])) / len(held) if held else 0.0
            correct += got == want
            correct_pure += got == want and purity >= PURITY
        if want == "discrepancy":
            disc_total += 1
            disc_hit += got == "discrepancy"
            disc_hit_pure += got == "discrepancy" and purity >= PURITY
    precision, strict = discrepancy_precision(gold, f, gold_in)
    return {
        "verdict_accuracy": Metric(correct, judged),
        "verdict_accuracy_all": Metric(correct, len(gold["clusters"])),
        "verdict_accuracy_pure": Metric(correct_pure, judged),
        "discrepancy_recall": Metric(disc_hit, disc_total),
        "discrepancy_recall_pure": Metric(disc_hit_pure, disc_total),
        "discrepancy_precision": precision,
        "discrepancy_precision_strict": strict,
    }


def discrepancy_precision(gold: Mapping[str, Any], f: Findings, gold_in) -> tuple[Metric, Metric]:
    """Of the system's discrepancy findings that hold any found gold claim: how many hold a
    claim of a gold discrepancy cluster; and (strict) how many hold claims from two sides
    (``groups``) of one gold discrepancy cluster making up at least half of the finding."""
    disputes = [k for k in gold["clusters"] if k["verdict"] == "discrepancy"]
    side_of = {(k["id"], c): i for k in disputes for i, grp in enumerate(k.get("groups") or [])
               for c in grp.get("claims", [])}

    def two_sided(held: set[str]) -> bool:
        for k in disputes:
            inside = held & set(k["claims"])
            if len(inside) >= 2 and len(inside) / len(held) >= PURITY:
                if not k.get("groups") or len({side_of.get((k["id"], c), c) for c in inside}) >= 2:
                    return True
        return False

    total = hit = strict = 0
    for fid, verdict in f.verdict.items():
        if verdict != "discrepancy":
            continue
        held = gold_in(fid)
        if not held:
            continue
        total += 1
        hit += any(held & set(k["claims"]) for k in disputes)
        strict += two_sided(held)
    return Metric(hit, total), Metric(strict, total)


# ============================================================================ entry point


def evaluate(gold: Mapping[str, Any], corpus: Mapping[str, CorpusBody], rows: WarehouseRows) -> EvaluationReport:
    """Score *rows* (the warehouse) against *gold*; *corpus* maps gold stems to prepared bodies."""
    notes: list[str] = []
    for d in gold["documents"]:
        if d["doc"] not in corpus:
            notes.append(f"no prepared file for {d['doc']}")
    matching, docs = match(gold, corpus, rows, notes)
    findings = Findings.from_rows(rows)
    scores = {
        **extraction_metrics(gold, matching),
        **field_metrics(gold, matching, corpus),
        **clustering_metrics(gold, matching, findings),
        **verdict_metrics(gold, matching, findings),
    }
    counts = {
        "gold_documents": len(gold["documents"]),
        "documents_mapped": len(docs),
        "warehouse_documents": len(rows.documents),
        "gold_claims": len(gold["claims"]),
        "gold_claims_matched": len(matching.primary),
        "claims_total": len(rows.claims),
        "claims_in_gold_docs": len(matching.claims),
        "findings_total": len(findings.verdict),
        "findings_by_verdict": dict(Counter(str(v) for v in findings.verdict.values())),
    }
    return EvaluationReport({info.key: scores[info.key] for info in METRICS}, counts, notes)
