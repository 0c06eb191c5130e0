"""Canonical URLs and the safety rules every fetch, redirect and link goes through."""

from __future__ import annotations

import pytest

from sources.urls import LinkScope, address_problem, canonical_url, looks_like_a_page, refuse_scheme, resolve_problem


@pytest.mark.parametrize(("given", "canonical"), [
    ("HTTPS://Example.org:443/a/../b?utm_source=x&id=3#top", "https://example.org/b?id=3"),
    ("http://example.org", "http://example.org/"),
    ("http://example.org/", "http://example.org/"),
    ("https://example.org/story?b=2&a=1", "https://example.org/story?a=1&b=2"),
    ("  https://example.org/story#comments  ", "https://example.org/story"),
])
def test_two_spellings_of_one_page_have_one_canonical_url(given: str, canonical: str) -> None:
    assert canonical_url(given) == canonical


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "ftp://x.org/a",
                                 "/relative/path", "mailto:a@b.org", "http://[::1/x", "http://h.example:99999/",
                                 "", None])
def test_only_absolute_http_urls_have_a_canonical_form(url: str | None) -> None:
    assert canonical_url(url) is None


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "gopher://x"])
def test_other_schemes_are_refused_with_a_reason(url: str) -> None:
    error = refuse_scheme(url)
    assert error is not None and error.reason == "unsupported_scheme" and error.uri == url


@pytest.mark.parametrize(("address", "reason"), [
    ("127.0.0.1", "private_address"), ("10.1.2.3", "private_address"), ("192.168.0.10", "private_address"),
    ("172.16.5.4", "private_address"), ("169.254.10.10", "private_address"), ("::1", "private_address"),
    ("fe80::1", "private_address"), ("::ffff:127.0.0.1", "private_address"), ("100.64.0.1", "private_address"),
    ("0.0.0.0", "private_address"), ("169.254.169.254", "metadata_address"), ("fd00:ec2::254", "metadata_address"),
])
def test_non_global_addresses_are_refused(address: str, reason: str) -> None:
    problem = address_problem(address, allow_private=False)
    assert problem is not None and problem[0] == reason


def test_allow_private_opens_private_networks_but_never_cloud_metadata() -> None:
    assert address_problem("127.0.0.1", allow_private=True) is None
    assert address_problem("10.0.0.1", allow_private=True) is None
    assert address_problem("169.254.169.254", allow_private=True)[0] == "metadata_address"
    assert address_problem("8.8.8.8", allow_private=False) is None


def test_a_host_name_is_judged_by_every_address_it_resolves_to() -> None:
    assert resolve_problem("localhost", 80, allow_private=False)[0] == "private_address"
    assert resolve_problem("localhost", 80, allow_private=True) is None
    assert resolve_problem("metadata.google.internal", 80, allow_private=True)[0] == "metadata_address"


def test_scope_same_site_compares_registered_domains() -> None:
    scope = LinkScope(same_site=True)
    assert scope.allows("https://www.bbc.co.uk/news/1", "https://news.bbc.co.uk/x")
    assert not scope.allows("https://reuters.com/a", "https://news.bbc.co.uk/x")


def test_scope_allow_domain_takes_subdomains_and_combines_with_same_site() -> None:
    scope = LinkScope(allow_domains=("Reuters.com",))
    assert scope.allows("https://www.reuters.com/a", "https://bbc.co.uk/")
    assert not scope.allows("https://notreuters.com/a", "https://bbc.co.uk/")
    both = LinkScope(same_site=True, allow_domains=("reuters.com",))
    assert both.allows("https://bbc.co.uk/b", "https://bbc.co.uk/") and both.allows("https://reuters.com/", "https://bbc.co.uk/")
    assert LinkScope().allows("https://anything.example/", "https://bbc.co.uk/")


def test_links_to_media_and_documents_are_not_pages() -> None:
    assert looks_like_a_page("https://example.org/news/story")
    assert looks_like_a_page("https://example.org/news/story.html")
    assert not looks_like_a_page("https://example.org/photo.jpg")
    assert not looks_like_a_page("https://example.org/report.pdf")
