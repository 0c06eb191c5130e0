"""Which failures the flow retries: transient fetch errors only (no Prefect server needed)."""

from __future__ import annotations

import pickle

from prefect.states import Completed, Failed

from flows.pipeline import default_http_cache, retry_if_transient
from sources.errors import TransientFetchError


def test_transient_fetch_errors_are_retried_and_nothing_else() -> None:
    assert retry_if_transient(None, None, Failed(data=TransientFetchError("https://x.example/", "http_503")))
    assert not retry_if_transient(None, None, Failed(data=ValueError("a bug")))
    assert not retry_if_transient(None, None, Completed(data=1))


def test_transient_error_message_names_the_url_and_becomes_a_row() -> None:
    exc = TransientFetchError("https://x.example/a", "timeout", "ReadTimeout after 10 s")
    assert str(exc) == "could not fetch `https://x.example/a` (timeout: ReadTimeout after 10 s); retryable"
    again = pickle.loads(pickle.dumps(exc))  # Prefect persists failed states' exceptions
    assert (again.url, again.reason, again.detail) == (exc.url, exc.reason, exc.detail)
    row = exc.as_ingest_error(3)
    assert (row.uri, row.stage, row.reason) == ("https://x.example/a", "fetch", "timeout")
    assert row.detail == "ReadTimeout after 10 s; gave up after 3 attempts"


def test_the_http_cache_lives_next_to_the_warehouse(tmp_path) -> None:
    assert default_http_cache(tmp_path / "warehouse.duckdb") == tmp_path / "warehouse.http-cache.sqlite"
