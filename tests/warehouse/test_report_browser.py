"""The HTML report in a real headless browser: Debian's Chromium driven by Python playwright.

Playwright's own browser download does not work on these machines, so the test drives
/usr/bin/chromium (`apt-get install chromium`; `.ci/run` does it). The page is opened
from a file:// URL, offline, exactly as a reviewer would open a saved report.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from handmade import SCRIPT

from warehouse.report import render_html

pytestmark = [pytest.mark.browser, pytest.mark.integration]
CHROMIUM = os.environ.get("CLAIMS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic", "--no-first-run", "--disable-default-apps",
]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install -y chromium`)"
        if os.environ.get("CLAIMS_REQUIRE_BROWSER"):
            pytest.fail(message)  # CI installs it and sets this: the browser test never silently skips there
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_report(browser, path: Path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    page_errors: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: page_errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    return page, requests, page_errors, dialogs


def test_html_report_renders_with_a_visible_chart_and_inert_article_text(browser, hand_warehouse, tmp_path) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        path = tmp_path / "report.html"
        path.write_text(render_html(con), encoding="utf-8")
    page, requests, page_errors, dialogs = open_report(browser, path)
    try:
        # It renders: the title, the summary and the one discrepancy.
        assert page.title() == "Claim reconciliation report · run hand-r2"
        assert page.locator("h1").inner_text() == "Claim reconciliation report"
        assert page.locator("#discrepancies article.finding").count() == 1
        assert "needs-follow-up" in page.locator("#discrepancies .review").inner_text()
        assert "changed since review" in page.locator("#discrepancies .review").inner_text()

        # The chart is visible, with a dot per source and labels.
        svg = page.locator("#discrepancies figure.chart svg")
        assert svg.is_visible()
        box = svg.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 80
        dots = svg.locator("g.mark circle")
        assert dots.count() == 4
        assert all(dots.nth(i).is_visible() for i in range(4))
        assert "Ukrainska Pravda" in svg.locator("text.src").all_text_contents()

        # Numbers in quotes are highlighted.
        assert "12,000" in page.locator("#discrepancies mark").all_inner_texts()

        # The planted script did not run, and it is on the page as text.
        assert page.evaluate("window.__pwned") is None
        assert page.evaluate("document.querySelectorAll('script, img, iframe').length") == 0
        assert page.title() != "pwned" and not dialogs and not page_errors
        assert SCRIPT in page.locator("#uncorroborated").inner_text()

        # Links are plain http(s); the javascript: URL is shown, not linked.
        hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
        assert hrefs and all(h.startswith(("https://", "#")) for h in hrefs), hrefs
        assert "javascript:alert(document.domain)" in page.locator(".unsafe-url").first.inner_text()

        # Self-contained: the page loaded nothing but itself.
        assert requests == [path.as_uri()]
    finally:
        page.close()


def test_the_browser_test_would_catch_a_live_script(browser, tmp_path) -> None:
    """The check above can fail: the same browser does run a script that is not escaped."""
    path = tmp_path / "unescaped.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>report</title></head><body>{SCRIPT}</body></html>",
                    encoding="utf-8")
    page, _, _, _ = open_report(browser, path)
    try:
        assert page.evaluate("window.__pwned") == 1
        assert page.title() == "pwned"
    finally:
        page.close()
