"""Fetching one URL: timeouts, retryable statuses, redirects, caps, content types, safety, validators.

Most tests hit the loopback newsroom; a few use httpx.MockTransport where the server
would have to misbehave in ways a real socket makes awkward.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import httpx
import pytest

from sources.cache import HttpCache
from sources.crawl import Failed, Fetched, Retry, Target, fetch_batch
from sources.errors import TransientFetchError
from sources.http import USER_AGENT, FetchOptions, HostSlots, Page, fetch, make_client

NOW = datetime(2024, 10, 25, tzinfo=timezone.utc)


def get(url: str, options: FetchOptions, cache: HttpCache | None = None) -> Page | object:
    with make_client(options) as client:
        return fetch(url, client=client, options=options, cache=cache)


def test_a_page_is_fetched_with_our_user_agent(newsroom, fetch_options) -> None:
    page = get(newsroom.url("/news/seed"), fetch_options)
    assert isinstance(page, Page) and page.content_type == "text/html" and b"North Korea" in page.body
    assert newsroom.requests[0][1]["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("claim-reconciliation/")


def test_404_is_an_error_row_not_an_exception(newsroom, fetch_options) -> None:
    error = get(newsroom.url("/missing"), fetch_options)
    assert (error.stage, error.reason) == ("fetch", "http_404")


def test_5xx_raises_transient_for_the_orchestrator_to_retry(newsroom, fetch_options) -> None:
    with pytest.raises(TransientFetchError) as caught:
        get(newsroom.url("/news/flaky"), fetch_options)
    assert caught.value.reason == "http_500"
    assert isinstance(get(newsroom.url("/news/flaky"), fetch_options), Page)  # the second attempt succeeds
    assert newsroom.hits["/news/flaky"] == 2


def test_a_timeout_is_transient(newsroom, fetch_options) -> None:
    with pytest.raises(TransientFetchError) as caught:
        get(newsroom.url("/slow"), fetch_options)
    assert caught.value.reason == "timeout"
    row = caught.value.as_ingest_error(3)
    assert row.reason == "timeout" and "3 attempts" in row.detail


def test_a_redirect_loop_is_detected(newsroom, fetch_options) -> None:
    error = get(newsroom.url("/loop/a"), fetch_options)
    assert error.reason == "redirect_loop"
    assert newsroom.hits["/loop/a"] == 1 and newsroom.hits["/loop/b"] == 1


def test_redirects_are_capped() -> None:
    def chain(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"Location": f"/{n + 1}"})

    options = FetchOptions(max_redirects=3, allow_private=True)
    with make_client(options, httpx.MockTransport(chain)) as client:
        error = fetch("http://127.0.0.1/0", client=client, options=options)
    assert error.reason == "too_many_redirects"


def test_a_redirect_to_a_local_file_is_refused(newsroom, fetch_options) -> None:
    error = get(newsroom.url("/redirect-file"), fetch_options)
    assert error.reason == "redirect_refused" and "file:" in error.detail


def test_a_redirect_to_cloud_metadata_is_refused_even_with_allow_private(newsroom, fetch_options) -> None:
    error = get(newsroom.url("/redirect-metadata"), fetch_options)
    assert error.reason == "metadata_address"


def test_a_redirect_gives_the_destination_and_its_aliases(newsroom, fetch_options) -> None:
    page = get(newsroom.url("/moved"), fetch_options)
    assert page.url == newsroom.url("/news/level1-a")
    assert page.aliases == (newsroom.url("/moved"), newsroom.url("/news/level1-a"))


def test_a_streamed_body_is_abandoned_past_the_cap(newsroom, fetch_options) -> None:
    error = get(newsroom.url("/huge"), fetch_options)
    assert error.reason == "too_large" and "stopped reading" in error.detail


def test_a_declared_length_past_the_cap_is_refused_before_reading(newsroom, fetch_options) -> None:
    error = get(newsroom.url("/huge-declared"), fetch_options)
    assert error.reason == "too_large" and "Content-Length" in error.detail


def test_a_pdf_is_refused_by_its_content_type(newsroom, fetch_options) -> None:
    error = get(newsroom.url("/report"), fetch_options)
    assert error.reason == "unsupported_content_type" and "application/pdf" in error.detail


def test_loopback_is_refused_without_allow_private_and_nothing_is_sent(newsroom, fetch_options) -> None:
    error = get(newsroom.url("/news/seed"), replace(fetch_options, allow_private=False))
    assert (error.stage, error.reason) == ("resolve", "private_address")
    assert newsroom.hits["/news/seed"] == 0


def test_other_schemes_never_reach_the_network(fetch_options) -> None:
    error = get("file:///etc/passwd", fetch_options)
    assert error.reason == "unsupported_scheme"


def test_an_unknown_host_is_an_error_row(fetch_options) -> None:
    error = get("http://no-such-host.invalid/story", fetch_options)
    assert (error.stage, error.reason) == ("resolve", "dns_error")


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_retryable_statuses(status: int) -> None:
    options = FetchOptions(allow_private=True)
    transport = httpx.MockTransport(lambda request: httpx.Response(status))
    with make_client(options, transport) as client, pytest.raises(TransientFetchError) as caught:
        fetch("http://127.0.0.1/x", client=client, options=options)
    assert caught.value.reason == f"http_{status}"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451])
def test_permanent_statuses_are_rows(status: int) -> None:
    options = FetchOptions(allow_private=True)
    transport = httpx.MockTransport(lambda request: httpx.Response(status))
    with make_client(options, transport) as client:
        assert fetch("http://127.0.0.1/x", client=client, options=options).reason == f"http_{status}"


def test_a_gzip_bomb_stops_at_the_cap_of_decompressed_bytes() -> None:
    import gzip

    bomb = gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>")
    options = FetchOptions(max_bytes=100_000, allow_private=True)
    transport = httpx.MockTransport(lambda request: httpx.Response(
        200, content=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "text/html"}))
    with make_client(options, transport) as client:
        error = fetch("http://127.0.0.1/bomb", client=client, options=options)
    assert len(bomb) < 100_000 and error.reason == "too_large"


def test_conditional_requests_reuse_the_cached_copy_on_304(newsroom, fetch_options, tmp_path) -> None:
    with HttpCache(tmp_path / "http.sqlite") as cache:
        first = get(newsroom.url("/news/etag"), fetch_options, cache)
        assert isinstance(first, Page) and not first.not_modified and first.etag == '"v1"'
    with HttpCache(tmp_path / "http.sqlite") as cache:  # a later run reads the validators from the file
        second = get(newsroom.url("/news/etag"), fetch_options, cache)
    assert isinstance(second, Page) and second.not_modified and second.body == first.body
    assert newsroom.requests[0][1].get("If-None-Match") is None
    assert newsroom.requests[1][1]["If-None-Match"] == '"v1"'


def test_last_modified_is_sent_back_as_if_modified_since(newsroom, fetch_options, tmp_path) -> None:
    with HttpCache(tmp_path / "http.sqlite") as cache:
        get(newsroom.url("/news/changing"), fetch_options, cache)
        get(newsroom.url("/news/changing"), fetch_options, cache)
    assert newsroom.requests[1][1]["If-Modified-Since"] == "Fri, 18 Oct 2024 09:00:00 GMT"


def test_per_host_concurrency_is_limited(newsroom, fetch_options) -> None:
    targets = [Target(newsroom.url(f"/slowish/{i}"), 0, newsroom.url("/")) for i in range(6)]
    options = replace(fetch_options, per_host=2, concurrency=6, timeout=2.0)
    outcomes = fetch_batch(targets, options, NOW)
    assert all(isinstance(o, Fetched) for o in outcomes)
    assert newsroom.max_in_flight == 2


def test_host_slots_are_shared_across_batches() -> None:
    slots = HostSlots()
    with slots.hold("a.example", 1):
        # a second holder of the same host would block; a different host does not
        with slots.hold("b.example", 1):
            pass
    assert len(slots._slots) == 2


def test_a_batch_turns_each_url_into_one_outcome_in_order(newsroom, fetch_options) -> None:
    urls = ["/news/seed", "/missing", "/news/flaky", "/report", "/empty"]
    outcomes = fetch_batch([Target(newsroom.url(u), 0, newsroom.url(u)) for u in urls], fetch_options, NOW)
    assert [type(o) for o in outcomes] == [Fetched, Failed, Retry, Failed, Failed]
    assert [o.error.reason for o in outcomes if isinstance(o, Failed)] == [
        "http_404", "unsupported_content_type", "no_article_text"]
    assert outcomes[2].error(1).reason == "http_500"


@pytest.mark.parametrize("url", ["http://xn--/", "http://a\x00b.example/x", "http://h.example:99999/",
                                 "http://[::1/x", "http://bücher.invalid/x", "https://", "http:///path-only"])
def test_malformed_urls_are_rows_never_exceptions(url: str, fetch_options) -> None:
    error = get(url, fetch_options)
    assert error.stage == "resolve" and error.reason in {"invalid_url", "dns_error", "unsupported_scheme"}
