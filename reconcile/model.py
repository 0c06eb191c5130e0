"""The domain vocabulary: documents, claims, matches and findings.

Every record here is a frozen dataclass. Identifiers are content hashes, so the
same input always yields the same ids and a re-run adds no duplicate rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reconcile.records import fast_init

KINDS = ("numeric", "date", "statement")
VERDICTS = ("agreement", "discrepancy", "update", "uncorroborated")
QUALIFIERS = ("exact", "about", "at_least", "up_to", "range", "vague")


def stable_id(*parts: object, length: int = 16) -> str:
    """Hex digest of *parts*, joined unambiguously; the same parts give the same id."""
    joined = "\x1f".join(["" if p is None else str(p) for p in parts])  # a list: join() would build one anyway
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RelatedRef:
    """A pointer from a document to other coverage: a headline, a link, or both."""

    anchor_text: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One version of one article, as it was read."""

    uri: str  # the file path or URL it was read from
    text: str  # the article body; claim offsets index into this string
    title: str
    outlet: str | None = None
    published_at: datetime | None = None
    url: str | None = None  # where the original lives, when known (front matter, canonical link)
    fetched_at: datetime | None = None
    source_kind: str = "file"  # file | html | feed
    related: tuple[RelatedRef, ...] = ()
    # A document may arrive without a date: the reason is kept for the reviewer.
    notes: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def doc_id(self) -> str:
        """One id per (uri, content): the same page read twice is one document."""
        return stable_id(self.uri, self.content_hash)

    @property
    def published_date(self) -> date | None:
        return self.published_at.date() if self.published_at else None


@dataclass(frozen=True, slots=True)
class Link:
    """A resolved (or unresolved, to_doc_id None) reference between documents."""

    from_doc_id: str
    anchor_text: str
    url: str | None
    to_doc_id: str | None
    resolved_by: str  # headline-fuzzy | url | unresolved
    score: float | None


@fast_init
@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement, as one source published it.

    ``quote == document.text[start_char:end_char]`` always holds.
    """

    claim_id: str
    doc_id: str
    kind: str  # numeric | date | statement
    quote: str
    start_char: int
    end_char: int
    subject: str | None = None  # canonical entity the quantity belongs to
    measure: str | None = None  # canonical measure family: troops, ships, people, usd ...
    measure_detail: str | None = None  # kind modifiers: "special forces", "infantry", "landing"
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    unit: str | None = None
    qualifier: str | None = None  # exact | about | at_least | up_to | range | vague
    attributed_to: str | None = None  # canonical primary origin
    attribution_chain: str | None = None  # "Yonhap > South Korea NIS", outermost first
    event_date: date | None = None
    date_note: str | None = None  # how event_date was found, or why it is missing
    date_value: date | None = None  # for kind == "date": the date being claimed
    date_value_end: date | None = None
    # The date a figure describes, when it differs from event_date: "up from the 3,000 it
    # estimated last week" is stated today about last week; "said last week" has no day for
    # event_date but a week for matching. Matching uses it; None: event_date.
    as_of: date | None = None
    place: str | None = None
    modality: str | None = None  # actual | planned | conditional
    scope: str | None = None  # first_batch | additional | total | None
    polarity: str | None = None  # for statements: affirm | deny | uncertain
    predicate: str | None = None  # normalised statement text, what statement matching sees
    sentence: str = ""  # the whole sentence, for context in reports

    @property
    def bounds(self) -> tuple[float, float] | None:
        """The interval of values this claim admits, before any tolerance."""
        lo = self.value_low if self.value_low is not None else self.value
        hi = self.value_high if self.value_high is not None else self.value
        if lo is None and hi is None:
            return None
        return (lo if lo is not None else hi, hi if hi is not None else lo)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """A scored candidate pair, with the parts of the score kept for reviewers."""

    claim_id_a: str
    claim_id_b: str
    score: float  # 0..100
    method: str  # which rule decided: numeric | date | statement
    components: dict[str, float | str] = field(default_factory=dict, hash=False, compare=False)
    compatible: bool = True  # False: same quantity, values disagree


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a discrepancy: the claims that agree with one another."""

    label: str
    claim_ids: tuple[str, ...]
    low: float | None
    high: float | None


@dataclass(frozen=True, slots=True)
class Finding:
    finding_id: str
    verdict: str  # agreement | discrepancy | update | uncorroborated
    kind: str
    subject: str | None
    measure: str | None
    summary: str
    independent_origins: int
    claim_ids: tuple[str, ...]
    value_min: float | None = None
    value_max: float | None = None
    relative_spread: float | None = None
    sides: tuple[Side, ...] = ()
    members_hash: str = ""


@dataclass
class FindingRows:
    """The findings as the rows ``warehouse.store.save_run`` stores, with no ``Finding`` object each.

    *table*: one row per finding, the ``findings`` columns but the run ids (``fastmatch.FINDING_ROW_COLUMNS``),
    in the order of the reference's list (by finding id); *members*: one row per member
    (``finding_id``, ``claim_id``, ``side``: the ``finding_claims`` rows, finding after finding)
    and ``finding``, the row of its finding in *table*. What ``save_run`` would write of the
    ``Finding`` objects (``reconcile.fastmatch.findings_of``) is what it writes of these.
    """

    table: Any  # pyarrow.Table
    members: Any  # pyarrow.Table

    def __len__(self) -> int:
        return self.table.num_rows

    def verdicts(self) -> dict[str, int]:
        """How many findings have each verdict."""
        import pyarrow.compute as pc

        counts = pc.value_counts(self.table.column("verdict").combine_chunks()) if len(self) else []
        return {x["values"].as_py(): x["counts"].as_py() for x in counts}


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What matching needs to know about a claim's document, without its text."""

    doc_id: str
    uri: str
    outlet: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class MatchPolicy:
    """The knobs of matching and verdicts. Defaults are documented in the README."""

    date_window_days: int = 4  # claims further apart than this are not "the same time" (one news cycle)
    # A stance ("the deployment is under way", "fake news") holds until someone revises it: statements of
    # one proposition meet this many days apart (a doubt, "not yet seen in combat", only date_window_days).
    stance_days: int = 32
    # A count that grows as it is reported (troops sent, the fallen) is one finding over this many days,
    # whoever reports each snapshot (findings.running_totals); a figure further on may count another month.
    running_days: int = 28
    about_tolerance: float = 0.05  # "about 1,500" admits ±5%: "about 11,000" is not "12,000"
    exact_tolerance: float = 0.01  # a bare figure admits ±1% (rounding in copy)
    agree_tolerance: float = 0.0  # extra slack, relative to the smaller figure, before two intervals disagree
    numeric_threshold: float = 55.0  # minimum combined score to call two figures the same quantity
    statement_threshold: float = 45.0  # minimum weighted term overlap (0-100) for two statements
    statement_linkage: float = 0.5  # share of cross pairs that must match before two statement clusters merge
    max_magnitude_ratio: float = 40.0  # figures 40x apart are not reports of one quantity
    max_span_ratio: float = 3.0  # a figure whose own range spans more ("2,000 to 12,000") matches nothing
    max_block_size: int = 5000  # larger blocks are split by place and date bucket


@dataclass(frozen=True, slots=True)
class IngestError:
    """A source that could not be read: failures are data, and the run goes on."""

    uri: str
    stage: str  # resolve | fetch | read | parse | extract
    reason: str  # a short machine-readable reason: http_404, not_utf8, too_large ...
    detail: str = ""


@dataclass(frozen=True, slots=True)
class RunRecord:
    """Everything one run adds to the warehouse, written in one transaction."""

    run_id: str
    started_at: datetime
    finished_at: datetime
    documents: tuple[Document, ...]
    # Claims of the documents new in this run: Claim records, or their rows as a table
    # (warehouse.store.claim_table), for runs of millions that hold them as columns anyway.
    claims: tuple[Claim, ...] | Any
    links: tuple[Link, ...]
    # All current matches: ClaimMatch records, their rows as a table (warehouse.store.match_table),
    # which take about 40% of the memory at millions of matches, or those rows spooled to disk as
    # matching found them (warehouse.store.MatchSpool): the flow then holds none of them.
    matches: tuple[ClaimMatch, ...] | Any
    # All current findings: Finding records, or their stored rows (FindingRows: runs of millions).
    findings: tuple[Finding, ...] | FindingRows
    errors: tuple[IngestError, ...]
    status: str = "completed"
    flow_run_id: str | None = None
    config_hash: str = ""
    version: str = ""
    sources: tuple[str, ...] = ()
    # Documents whose stored claims are replaced: the extractor or its alias table changed.
    reextracted: tuple[str, ...] = ()


def json_default(x: object) -> object:
    """How stored JSON writes what ``json`` cannot: dates as ISO text, NaN as null."""
    if isinstance(x, (date, datetime)):
        return x.isoformat()
    if isinstance(x, float) and x != x:
        return None
    raise TypeError(type(x).__name__)
