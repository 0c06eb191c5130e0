"""Servers that never finish: a slowloris (a byte a second, forever) and connection resets (RST).

tests/sources covers the ordinary faults (404, timeouts, loops, huge bodies, charsets).
These servers attack the deadline itself: a byte a second never trips a per-read timeout,
so only a deadline on the whole fetch ends them. Each ends in bounded time as an error
row, through the library and through the flow into the warehouse.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from reliability_kit import HostileServer, hostile_servers, query, within

from flows.pipeline import reconcile_coverage
from sources.crawl import Retry, Target, fetch_batch
from sources.errors import TransientFetchError
from sources.http import FetchOptions, fetch, make_client

BEHAVIOURS = ("drip-headers", "drip-body", "reset-on-accept", "reset-after-request", "reset-mid-body")
EXPECTED = {"drip-headers": "timeout", "drip-body": "timeout", "reset-on-accept": "connection_error",
            "reset-after-request": "connection_error", "reset-mid-body": "connection_error"}


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, HostileServer]]:
    yield from hostile_servers(BEHAVIOURS)


def test_every_hostile_server_ends_within_the_fetch_deadline(servers: dict[str, HostileServer]) -> None:
    # Each read may wait 1.5 s, longer than the drip's second: only the 2 s deadline ends the drips.
    options = FetchOptions(timeout=1.5, total_timeout=2.0, allow_private=True, concurrency=8)
    targets = [Target(servers[b].url(), 0, servers[b].url()) for b in BEHAVIOURS]
    started = time.monotonic()
    outcomes = within(10, lambda: fetch_batch(targets, options, datetime.now(timezone.utc)))
    took = time.monotonic() - started
    print(f"library fetch of {len(BEHAVIOURS)} hostile servers at once: {took:.2f} s "
          f"(deadline {options.total_timeout:g} s)")
    assert took < options.total_timeout + 1.5
    got = {}
    for behaviour, outcome in zip(BEHAVIOURS, outcomes, strict=True):
        assert isinstance(outcome, Retry), (behaviour, outcome)  # transient: the flow may retry it
        got[behaviour] = outcome.reason
    assert got == EXPECTED
    assert all(servers[b].accepted >= 1 for b in BEHAVIOURS)  # each server was really reached


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_the_flow_stores_an_error_row_for_each_in_bounded_time(servers: dict[str, HostileServer],
                                                                tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    fetch_timeout = 1.5  # longer than the drip's second: only the whole fetch's deadline ends the drip
    deadline = max(3 * fetch_timeout, fetch_timeout + 5)  # the flow's per-fetch deadline
    started = time.monotonic()
    summary = within(60, lambda: reconcile_coverage(
        sources=[servers[b].url() for b in BEHAVIOURS], db=str(db), report_dir=str(tmp_path / "reports"), depth=0,
        allow_private=True, fetch_timeout=fetch_timeout, fetch_retries=0))
    took = time.monotonic() - started
    print(f"flow run against {len(BEHAVIOURS)} hostile servers at once: {took:.1f} s (deadline {deadline:g} s)")
    assert took < deadline + 5  # one attempt each (no retries), plus the flow's own overhead
    assert summary.exit_code == 3 and summary.documents == 0
    rows = query(db, "select uri, stage, reason, detail from ingest_errors where run_id = ?", [summary.run_id])
    by_url = {uri: (stage, reason, detail) for uri, stage, reason, detail in rows}
    assert set(by_url) == {servers[b].url() for b in BEHAVIOURS}
    for b in BEHAVIOURS:
        stage, reason, detail = by_url[servers[b].url()]
        assert (stage, reason) == ("fetch", EXPECTED[b]), (b, detail)
        assert "gave up after 1 attempt" in detail
    for b in ("drip-headers", "drip-body"):
        assert f"not complete after {deadline:g} s" in by_url[servers[b].url()][2]


def test_a_fetch_deadline_does_not_outlive_its_fetch(servers: dict[str, HostileServer]) -> None:
    """After a fetch hits its deadline, the next fetch in the same thread starts with a fresh one."""
    options = FetchOptions(timeout=1.5, total_timeout=1.2, allow_private=True)

    def two_fetches() -> tuple[TransientFetchError, TransientFetchError]:
        errors = []
        with make_client(options) as client:
            for url in (servers["drip-headers"].url(), servers["reset-after-request"].url()):
                with pytest.raises(TransientFetchError) as caught:
                    fetch(url, client=client, options=options)
                errors.append(caught.value)
        return errors[0], errors[1]

    drip, reset = within(10, two_fetches)
    assert drip.reason == "timeout"
    assert reset.reason == "connection_error"  # reached the server: not refused by a stale deadline
