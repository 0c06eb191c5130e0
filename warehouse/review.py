"""Reviewer decisions on findings: recorded, kept across runs, and flagged when stale.

A review is appended, never overwritten: the latest one per finding is its status, and
the older ones are its history. Finding ids are stable across runs (derived from the
anchor claim), so a review stays attached while later coverage joins the finding. Each
review records the finding's members_hash and verdict at that moment; when either
differs later, the finding is "changed since review" (view ``v_finding_reviews``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb

from warehouse.db import WarehouseError, rows, run_query, transaction

REVIEW_STATUSES = ("confirmed", "dismissed", "needs-follow-up")
MIN_PREFIX = 4


class InvalidReviewError(WarehouseError):
    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(field, value, reason)
        self.field = field
        self.value = value
        self.reason = reason

    def __str__(self) -> str:
        return f"review {self.field} {self.value!r} is not valid: {self.reason}"


class UnknownFindingError(WarehouseError):
    def __init__(self, finding_id: str, candidates: list[str]) -> None:
        super().__init__(finding_id, candidates)
        self.finding_id = finding_id
        self.candidates = candidates

    def __str__(self) -> str:
        if self.candidates:
            shown = ", ".join(f"`{c}`" for c in self.candidates[:8])
            return f"finding id `{self.finding_id}` is ambiguous; it starts {len(self.candidates)} ids: {shown}"
        return (f"no finding `{self.finding_id}` in the warehouse; list them with "
                "`claims sql \"select finding_id, verdict, summary from v_current_findings\"`")


@dataclass(frozen=True, slots=True)
class Review:
    finding_id: str
    status: str
    reviewer: str | None
    note: str
    reviewed_at: datetime
    verdict: str
    members_hash: str | None
    run_id: str | None
    summary: str


def resolve_finding_id(con: duckdb.DuckDBPyConnection, finding_id: str) -> str:
    """The full id of the finding *finding_id* names: itself, or a unique prefix of at least 4 characters.

    :raises UnknownFindingError: no finding, or several, match.
    """
    finding_id = finding_id.strip()
    if con.execute("select 1 from findings where finding_id = ?", [finding_id]).fetchall():
        return finding_id
    if len(finding_id) >= MIN_PREFIX:
        found = [r[0] for r in con.execute(
            "select finding_id from findings where starts_with(finding_id, ?) order by finding_id", [finding_id]
        ).fetchall()]
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownFindingError(finding_id, found)
    raise UnknownFindingError(finding_id, [])


def add_review(con: duckdb.DuckDBPyConnection, finding_id: str, status: str, note: str = "",
               reviewer: str | None = None, reviewed_at: datetime | None = None) -> Review:
    """Record a reviewer's decision on a finding (any verdict; discrepancies are the usual case).

    *reviewed_at* defaults to now; it is stored in UTC without a zone, like every timestamp
    here (a naive *reviewed_at* is taken to be UTC).

    :raises InvalidReviewError: *status* is not one of REVIEW_STATUSES.
    :raises UnknownFindingError: no finding (or several) match *finding_id*.
    """
    if status not in REVIEW_STATUSES:
        raise InvalidReviewError("status", status, f"use one of {', '.join(REVIEW_STATUSES)}")
    note = (note or "").strip()
    reviewer = (reviewer or "").strip() or None
    at = reviewed_at or datetime.now(timezone.utc)
    if at.tzinfo is not None:  # a naive time is taken to be UTC already
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    with transaction(con):
        full_id = resolve_finding_id(con, finding_id)
        verdict, members_hash, summary = con.execute(
            "select verdict, members_hash, summary from findings where finding_id = ?", [full_id]
        ).fetchall()[0]
        latest = run_query(con, "latest_run")
        run_id = latest[0]["run_id"] if latest else None
        con.execute(
            "insert into reviews (finding_id, status, reviewer, note, reviewed_at, members_hash, verdict, run_id) "
            "values (?, ?, ?, ?, ?, ?, ?, ?)",
            [full_id, status, reviewer, note, at, members_hash, verdict, run_id],
        )
    return Review(full_id, status, reviewer, note, at, verdict, members_hash, run_id, summary or "")


def latest_reviews(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, object]]:
    """finding_id → its latest review (status, reviewer, note, reviewed_at, changed_since_review …)."""
    return {r["finding_id"]: r for r in run_query(con, "finding_reviews")}


def review_history(con: duckdb.DuckDBPyConnection, finding_id: str) -> list[dict[str, object]]:
    return run_query(con, "review_history", finding_id=finding_id)


def open_reviews(con: duckdb.DuckDBPyConnection) -> list[dict[str, object]]:
    """The review queue: current discrepancies not yet settled, newest first."""
    return rows(con, "select * from v_review_queue")
