"""Fetching one URL with httpx, safely and politely.

:func:`fetch` returns a :class:`Page` or an :class:`~reconcile.model.IngestError` (an
expected failure: a 404, a PDF, a redirect loop, a private address), and raises
:class:`~sources.errors.TransientFetchError` for what a retry may fix (timeouts, dropped
connections, 408/425/429/5xx), so the orchestrator retries exactly those.

Every request has timeouts; the whole fetch, redirects and body included, also has a
deadline (a server that drips one byte a second never trips a read timeout). Redirects
are followed by hand, up to a cap, so that each hop is checked like a fresh URL: scheme,
host address, loops. Bodies are streamed and abandoned past ``max_bytes`` (decompressed
bytes, so a gzip bomb stops too). Content types other than HTML and feeds are refused
from the headers, before any body is read. A per-host semaphore keeps us from opening
more than ``per_host`` connections to one server, across every thread of the process.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import Message
from importlib.metadata import PackageNotFoundError, version

import httpx

from reconcile.model import IngestError
from sources.cache import CachedPage, HttpCache
from sources.errors import TransientFetchError
from sources.urls import address_problem, canonical_url, refuse_scheme, resolve_problem


def _user_agent() -> str:
    try:
        ours = version("claim-reconciliation")
    except PackageNotFoundError:
        ours = "0+unknown"
    # No contact URL yet: the project has no public home. Add "+https://…" here when it has one.
    return (f"claim-reconciliation/{ours} (news coverage reconciliation; reads articles and the coverage "
            f"they link to) httpx/{httpx.__version__}")


USER_AGENT = _user_agent()
RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                        "text/xml", "application/feed+xml"})
ACCEPT = "text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,*/*;q=0.1"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How one fetch behaves. Plain values, so they travel to Prefect tasks and threads."""

    timeout: float = 10.0  # seconds for connect, each read, each write and the pool wait
    total_timeout: float = 30.0  # seconds for the whole fetch, redirects and body included
    max_bytes: int = 5 * 1024 * 1024  # a news page is well under 5 MB of HTML
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    allow_private: bool = False  # fetch hosts on private/loopback networks (tests, intranets)
    per_host: int = 2  # concurrent connections to one host
    concurrency: int = 8  # concurrent fetches in one batch


@dataclass(frozen=True, slots=True)
class Page:
    """A response body we may read: HTML or a feed, within the caps."""

    requested: str  # the canonical URL asked for
    url: str  # the canonical URL the body came from, after redirects
    content_type: str  # media type, lowercased, without parameters
    charset: str | None  # as declared by the Content-Type header
    body: bytes
    redirects: tuple[str, ...] = ()  # canonical URLs passed through on the way
    not_modified: bool = False  # a 304: the body is the cached copy
    etag: str | None = None
    last_modified: str | None = None

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every URL that led to this body: one page reached by several names is one document."""
        return tuple(dict.fromkeys((self.requested, *self.redirects, self.url)))


@dataclass(frozen=True, slots=True)
class Moved:
    """A redirect to a URL the caller already has or will fetch: not followed a second time."""

    requested: str
    url: str  # the canonical URL the redirects led to
    redirects: tuple[str, ...] = ()

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.requested, *self.redirects)))


@dataclass
class HostSlots:
    """At most *limit* concurrent requests per host, shared by every thread of the process."""

    _lock: threading.Lock = field(default_factory=threading.Lock)
    _slots: dict[tuple[str, int], threading.BoundedSemaphore] = field(default_factory=dict)

    @contextmanager
    def hold(self, host: str, limit: int) -> Iterator[None]:
        with self._lock:
            slot = self._slots.setdefault((host, limit), threading.BoundedSemaphore(max(1, limit)))
        with slot:
            yield


HOST_SLOTS = HostSlots()


def make_client(options: FetchOptions, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An httpx client with our timeouts, User-Agent and no automatic redirects.

    ``trust_env=False``: proxy variables would hide the address we actually connect to,
    which the private-address check needs to see. Tests pass an ``httpx.MockTransport``.
    """
    return httpx.Client(
        timeout=httpx.Timeout(options.timeout),
        follow_redirects=False,
        headers={"User-Agent": options.user_agent, "Accept": ACCEPT},
        limits=httpx.Limits(max_connections=max(4, options.concurrency * 2),
                            max_keepalive_connections=max(2, options.concurrency)),
        trust_env=False,
        transport=transport,
    )


def _host(url: str) -> str:
    """The host as sent on the wire (IDNA-encoded ASCII), which is what the resolver takes.

    :raises httpx.InvalidURL, ValueError: for URLs httpx cannot parse (idna errors are ValueErrors).
    """
    return httpx.URL(url).raw_host.decode("ascii")


def _refuse_host(url: str, requested: str, options: FetchOptions) -> IngestError | None:
    try:
        parsed = httpx.URL(url)
        host = _host(url)
    except (httpx.InvalidURL, ValueError) as exc:
        return IngestError(requested, "resolve", "invalid_url", f"`{url}`: {exc}")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        problem = resolve_problem(host, port, options.allow_private)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:  # the resolver is busy or unreachable: try again later
            raise TransientFetchError(requested, "dns_error", f"`{host}`: {exc.strerror}") from exc
        return IngestError(requested, "resolve", "dns_error", f"`{host}`: {exc.strerror or exc}")
    except (OSError, UnicodeError) as exc:
        return IngestError(requested, "resolve", "dns_error", f"`{host}`: {exc}")
    if problem:
        reason, detail = problem
        where = f" (redirected to `{url}`)" if url != requested else ""
        return IngestError(requested, "resolve", reason, detail + where)
    return None


def _peer_problem(response: httpx.Response, requested: str, options: FetchOptions) -> IngestError | None:
    """Check the address the connection really reached (the name may have re-resolved since)."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return None  # an in-memory transport (tests) has no peer
    problem = address_problem(str(peer[0]), options.allow_private)
    if problem:
        return IngestError(requested, "resolve", problem[0], problem[1] + " (reached after name resolution)")
    return None


def split_content_type(value: str) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header value; ("", None) when there is none."""
    if not value.strip():
        return "", None
    message = Message()
    message["content-type"] = value
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def _read_body(response: httpx.Response, requested: str, options: FetchOptions, deadline: float) -> bytes | IngestError:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        return IngestError(requested, "fetch", "too_large",
                           f"Content-Length {int(declared):,} bytes; the limit is {options.max_bytes:,}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            return IngestError(requested, "fetch", "too_large",
                               f"more than {options.max_bytes:,} bytes; stopped reading")
        if time.monotonic() > deadline:
            raise TransientFetchError(requested, "timeout", f"body not complete after {options.total_timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, *, client: httpx.Client, options: FetchOptions, cache: HttpCache | None = None,
          known: Collection[str] = frozenset(), slots: HostSlots = HOST_SLOTS) -> Page | Moved | IngestError:
    """Fetch *url* (any spelling; it is made canonical first).

    With a *cache*, a URL fetched before is asked for conditionally, and a 304 returns
    the cached body with ``not_modified=True``. A redirect to one of the *known* URLs
    (pages the crawl has or is fetching) stops there and returns :class:`Moved`.

    :raises TransientFetchError: timeouts, network errors, 408/425/429/5xx.
    """
    refused = refuse_scheme(url)
    if refused:
        return refused
    requested = canonical_url(url) or url
    current = requested
    passed: list[str] = []
    deadline = time.monotonic() + options.total_timeout
    for hop in range(options.max_redirects + 1):
        refused = _refuse_host(current, requested, options)
        if refused:
            return refused
        cached = cache.get(current) if cache is not None else None
        try:
            request = client.build_request("GET", current, headers=cached.validators() if cached else None)
            with slots.hold(_host(current), options.per_host):
                response = client.send(request, stream=True)
                try:
                    result = _handle(response, requested, current, cached, passed, hop, options, cache, deadline)
                finally:
                    response.close()
        except httpx.TimeoutException as exc:
            raise TransientFetchError(requested, "timeout", f"{type(exc).__name__} after {options.timeout:g} s") from exc
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise TransientFetchError(requested, "connection_error", f"{type(exc).__name__}: {exc}") from exc
        except httpx.DecodingError as exc:
            return IngestError(requested, "fetch", "undecodable", f"content encoding: {exc}")
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # local protocol errors, bad URLs: a retry will not help
            return IngestError(requested, "fetch", "http_error", f"{type(exc).__name__}: {exc}")
        if isinstance(result, str):  # a redirect: the next hop
            passed.append(current)
            current = result
            if current in known:
                return Moved(requested, current, tuple(passed))
            continue
        return result
    return IngestError(requested, "fetch", "too_many_redirects", f"more than {options.max_redirects} redirects")


def _handle(response: httpx.Response, requested: str, current: str, cached: CachedPage | None, passed: list[str],
            hop: int, options: FetchOptions, cache: HttpCache | None, deadline: float) -> Page | IngestError | str:
    """One response: a Page, an error row, or the canonical URL of the next redirect hop."""
    problem = _peer_problem(response, requested, options)
    if problem:
        return problem
    status = response.status_code
    if response.has_redirect_location:
        target = response.next_request.url if response.next_request else None
        location = response.headers.get("location", "")
        if target is None or target.scheme not in ("http", "https"):
            return IngestError(requested, "fetch", "redirect_refused",
                               f"HTTP {status} to `{location[:200]}`: only http and https are followed")
        nxt = canonical_url(str(target))
        if nxt is None:
            return IngestError(requested, "fetch", "redirect_refused", f"HTTP {status} to `{location[:200]}`")
        if nxt == current or nxt in passed:
            chain = " → ".join([*passed, current, nxt])
            return IngestError(requested, "fetch", "redirect_loop", chain[:1000])
        if hop >= options.max_redirects:
            return IngestError(requested, "fetch", "too_many_redirects",
                               f"more than {options.max_redirects} redirects; last to `{nxt}`")
        return nxt
    if status == 304:
        if cached is None:
            return IngestError(requested, "fetch", "http_304", "304 Not Modified to an unconditional request")
        media, charset = split_content_type(cached.content_type)
        return Page(requested, current, media, charset, cached.body, tuple(passed), not_modified=True,
                    etag=cached.etag, last_modified=cached.last_modified)
    if status in RETRYABLE_STATUS:
        raise TransientFetchError(requested, f"http_{status}", response.reason_phrase)
    if status >= 300 or status < 200:
        return IngestError(requested, "fetch", f"http_{status}", response.reason_phrase)
    media, charset = split_content_type(response.headers.get("content-type", ""))
    if media and media not in HTML_TYPES and media not in FEED_TYPES:
        return IngestError(requested, "fetch", "unsupported_content_type",
                           f"`{media}` is not an HTML page or a feed")
    body = _read_body(response, requested, options, deadline)
    if isinstance(body, IngestError):
        return body
    page = Page(requested, current, media, charset, body, tuple(passed),
                etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
    if cache is not None and (page.etag or page.last_modified):
        cache.put(CachedPage(current, current, page.etag, page.last_modified,
                             response.headers.get("content-type", ""), body,
                             datetime.now(timezone.utc).isoformat(timespec="seconds")))
    return page
