"""Which URLs the pipeline may fetch, and the one canonical spelling of each.

Canonical URLs make "the same page reached by two links" one document: courlan lowers
the scheme and host, drops default ports and tracking parameters and sorts the query;
we also drop the fragment (``#section`` is the same page) and resolve dot segments.

Safety rules live here so that every fetch, every redirect hop and every link found in
a page goes through the same checks:

- only ``http`` and ``https`` (a ``file:``, ``javascript:`` or ``data:`` link, or a
  ``<base href="file:///">`` trick, never reaches the fetcher);
- a host that resolves to a private, loopback, link-local, shared or otherwise
  non-global address is refused unless ``allow_private`` is set;
- cloud metadata endpoints are refused even with ``allow_private``: nobody ingests news
  from 169.254.169.254, and a link that points there is an attack.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan
from courlan.filters import extension_filter

from reconcile.model import IngestError

SCHEMES = frozenset({"http", "https"})

# Instance metadata services (AWS/GCP/Azure/OpenStack, Alibaba, AWS IPv6, Oracle).
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "100.100.100.200", "fd00:ec2::254", "192.0.0.192",
))
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata.goog", "metadata", "instance-data",
                            "instance-data.ec2.internal"})


@lru_cache(maxsize=65_536)
def canonical_url(url: str | None) -> str | None:
    """The one spelling of *url* used for identity; None when it is not an absolute http(s) URL.

    Pure and cached: a crawl canonicalises the same links many times over.

    >>> canonical_url("HTTPS://Example.org:443/a/../b?utm_source=x&id=3#top")
    'https://example.org/b?id=3'
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port outside 0-65535
    except ValueError:  # an unbalanced IPv6 bracket, a port out of range
        return None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES or not host:
        return None
    path = parts.path or "/"  # "https://host" and "https://host/" are one page
    if "/." in path:  # RFC 3986 dot segments: urljoin resolves them
        path = urlsplit(urljoin(f"{scheme}://{parts.netloc}/", path)).path
    try:
        normal = courlan.normalize_url(urlunsplit((scheme, parts.netloc, path, parts.query, "")))
    except (ValueError, TypeError):  # courlan raises on malformed ports and queries
        return None
    return normal.split("#", 1)[0]


def is_http_url(url: str) -> bool:
    return url.strip().lower().startswith(("http://", "https://"))


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def site_of(url: str) -> str:
    """The registered domain ("bbc.co.uk" for news.bbc.co.uk); the bare host for IPs and localhost."""
    return courlan.extract_domain(url) or host_of(url)


def looks_like_a_page(url: str) -> bool:
    """False for links to images, archives, media and documents, which are never coverage.

    Only links found in pages are filtered this way; a URL the user gives is always fetched.
    """
    try:
        return extension_filter(urlsplit(url).path)
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class LinkScope:
    """Which links found in pages are followed: --same-site and --allow-domain.

    With neither, every http(s) link is in scope (safety checks still apply). With both,
    a link is followed when either allows it.
    """

    same_site: bool = False
    allow_domains: tuple[str, ...] = ()

    def allows(self, url: str, origin: str) -> bool:
        """Whether *url*, found while crawling from the seed *origin*, may be followed."""
        if not self.same_site and not self.allow_domains:
            return True
        if self.same_site and site_of(url) == site_of(origin):
            return True
        host = host_of(url)
        return any(host == d or host.endswith("." + d) for d in self.normalized_domains())

    def normalized_domains(self) -> tuple[str, ...]:
        return tuple(d.strip().lower().lstrip(".") for d in self.allow_domains if d.strip())


def refuse_scheme(url: str, stage: str = "resolve") -> IngestError | None:
    """An error row when *url* is not an absolute http(s) URL, else None."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in SCHEMES:
        return IngestError(url, stage, "unsupported_scheme",
                           f"only http and https are fetched, not `{scheme or url[:40]}`")
    if canonical_url(url) is None:
        return IngestError(url, stage, "invalid_url", "not a valid absolute URL")
    return None


def address_problem(address: str, allow_private: bool) -> tuple[str, str] | None:
    """(reason, detail) when connecting to *address* is refused, else None."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "invalid_address", f"`{address}` is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return "metadata_address", f"{ip} is a cloud metadata endpoint"
    if ip.is_global or allow_private:
        return None
    kind = ("loopback" if ip.is_loopback else "link-local" if ip.is_link_local else
            "private" if ip.is_private else "non-global")
    return "private_address", f"{ip} is a {kind} address; pass --allow-private to fetch it"


def resolve_problem(host: str, port: int, allow_private: bool) -> tuple[str, str] | None:
    """Resolve *host* and check every address it has; (reason, detail) when refused.

    Every address must pass, because the connection may use any of them. httpx resolves
    again when it connects, so :func:`sources.http.fetch` also checks the address it
    actually reached (DNS rebinding).

    :raises OSError: from the resolver, when the name cannot be resolved.
    """
    name = host.lower().rstrip(".")
    if name in METADATA_HOSTS:
        return "metadata_address", f"`{host}` is a cloud metadata host"
    infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    return first_problem((info[4][0] for info in infos), allow_private)


def first_problem(addresses: Iterable[str], allow_private: bool) -> tuple[str, str] | None:
    for address in addresses:
        problem = address_problem(str(address), allow_private)
        if problem:
            return problem
    return None
