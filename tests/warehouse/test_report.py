"""The reports: a golden Markdown report, escaping of untrusted text, a self-contained HTML page."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from handmade import EVIL, F_BATCH, F_DEC, F_SCRIPT, F_TROOPS, F_WEEKS, SCRIPT

from warehouse import db as wdb
from warehouse.chart import value_chart
from warehouse.report import highlight, md, md_quote, render_html, render_markdown, report_data, safe_url

pytestmark = pytest.mark.integration


def test_markdown_report_matches_the_golden(hand_warehouse, golden) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        golden("reports/hand-built.md", render_markdown(con))


def test_markdown_report_since_the_first_run_equals_the_default(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        assert render_markdown(con, since="hand-r1") == render_markdown(con)
        since_itself = render_markdown(con, since="hand-r2")
    assert "Compared with run `hand-r2`" in since_itself
    assert "Nothing resolved." in since_itself


def test_report_sections_say_what_changed(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        data = report_data(con)
    assert data["run"]["run_id"] == "hand-r2" and data["since_run"]["run_id"] == "hand-r1"
    assert {(r["finding_id"], r["change"]) for r in data["new"]} == {(F_DEC, "verdict changed")}
    assert {(r["finding_id"], r["change"]) for r in data["resolved"]} == {(F_WEEKS, "no longer found")}
    [troops] = data["discrepancies"]
    assert troops["finding_id"] == F_TROOPS
    assert troops["review"]["review_status"] == "needs-follow-up" and troops["review"]["changed_since_review"]
    assert [m["side"] for m in troops["members"]] == ["about 3,000", "up to 10,000", "about 11,000", "12,000"]
    assert [f["finding_id"] for f in data["agreements"]] == [F_DEC, F_BATCH]
    assert [f["finding_id"] for f in data["uncorroborated"]] == [F_SCRIPT]
    assert [e["reason"] for e in data["errors"]] == ["http_404"]


def test_markdown_escapes_document_text(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        text = render_markdown(con)
    # Markdown renders a backslash-escaped "<" as text; an unescaped one would start markup.
    assert re.search(r"(?<!\\)[<>]", text) is None
    assert r"\<script\>window.\_\_pwned=**1**;document.title='pwned'\</script\>" in text
    assert "javascript:" not in text.replace(r"javascript:alert\(1\)", "")  # only the quoted text, never a link
    assert "](javascript" not in text
    # the hostile outlet cannot break the table: its pipe is escaped
    assert r"Evil \<b\>Outlet\</b\> \| x" in text
    # a safe link stays a link
    assert "[Kyodo News](https://kyodo.example/nk-12000)" in text


def test_html_escapes_document_text_and_links_only_http(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        html = render_html(con)
    assert SCRIPT not in html and "<img" not in html and "<b>Outlet" not in html
    assert "&lt;script&gt;window.__pwned=1;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("https://", "#")) for h in hrefs), hrefs
    assert 'href="javascript' not in html
    assert "javascript:alert(document.domain)" in html  # shown as text, marked as not a link


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_is_self_contained(hand_warehouse) -> None:
    with hand_warehouse.connect(read_only=True) as con:
        html = render_html(con)
    assert html.startswith("<!DOCTYPE html>")
    parser = _Tags()
    parser.feed(html)
    tags = {t for t, _ in parser.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base", "form", "input"}, tags
    attrs = [(t, name, value) for t, a in parser.tags for name, value in a.items()]
    assert not [x for x in attrs if x[1] == "src" or x[1].startswith("on")]
    assert {t for t, name, _ in attrs if name == "href"} == {"a"}
    style = html[html.index("<style>"): html.index("</style>")]
    assert "@import" not in style and "url(" not in style
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert tags >= {"svg", "circle", "line"} and html.count("<svg") == 1  # one chart: the one discrepancy


def test_safe_url_accepts_only_plain_http_addresses() -> None:
    assert safe_url("https://example.org/a?b=c#d") == "https://example.org/a?b=c#d"
    assert safe_url("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"
    for bad in ("javascript:alert(1)", " https://x.org", "java\tscript:alert(1)", "https://x.org/\nb",
                "data:text/html,<script>", "//evil.org", "https://x.org/\"onmouseover=", None, 42, ""):
        assert safe_url(bad) is None, bad


def test_md_escapes_markup_and_folds_lines() -> None:
    assert md("a|b\n<i>*x*</i> [l](u)") == r"a\|b \<i\>\*x\*\</i\> \[l\]\(u\)"
    assert md("x" * 500, 10) == "x" * 9 + "…"


def test_numbers_in_quotes_are_highlighted() -> None:
    assert highlight("has sent about 1,500 troops and twelve thousand more") == [
        ("has sent about ", False), ("1,500", True), (" troops and ", False), ("twelve thousand", True),
        (" more", False)]
    assert md_quote(highlight("the North had committed some 12-thousand troops")) == (
        "the North had committed some **12-thousand** troops")
    assert md_quote(highlight("a *mark* of 3")) == r"a \*mark\* of **3**"
    assert [s for s, hit in highlight("meeting in Naples on Saturday, Oct. 19", "date") if hit] == [
        "Saturday", "Oct. 19"]


def test_chart_places_values_and_hedges_in_order() -> None:
    members = [
        {"kind": "numeric", "value": 3000.0, "value_low": None, "value_high": None, "qualifier": "about",
         "outlet": "Reuters", "attributed_to": "NIS", "side": "a", "value_text": "about 3,000"},
        {"kind": "numeric", "value": 10000.0, "value_low": None, "value_high": None, "qualifier": "up_to",
         "outlet": "Evil", "attributed_to": None, "side": "b", "value_text": "up to 10,000"},
        {"kind": "numeric", "value": None, "value_low": 2000.0, "value_high": 9000.0, "qualifier": "range",
         "outlet": None, "uri": "corpus/x.md", "attributed_to": None, "side": "c", "value_text": "2,000–9,000"},
        {"kind": "numeric", "value": 12000.0, "value_low": None, "value_high": None, "qualifier": "exact",
         "outlet": "Kyodo", "attributed_to": "NIS", "side": "d", "value_text": "12,000"},
    ]
    chart = value_chart(members, ["a", "b", "c", "d"])
    assert chart is not None
    about, up_to, rng, exact = chart.marks
    assert chart.plot_left <= about.x < exact.x <= chart.plot_right
    assert about.x_low < about.x < about.x_high  # ±10% hedge
    assert up_to.open_low and up_to.x_low == chart.plot_left and up_to.x_high == up_to.x
    assert rng.x is None and rng.x_low < rng.x_high and rng.label == "x.md"
    assert exact.x_low is None and exact.x_high is None
    assert len({m.colour for m in chart.marks}) == 4
    assert chart.ticks[0].label == "0"  # "up to" admits everything down to zero
    assert float(chart.ticks[-1].label.replace(",", "")) >= 12000 and chart.ticks[-1].x == chart.plot_right


def test_chart_of_dates_and_no_chart_for_statements() -> None:
    dates = [{"kind": "date", "date_value": date(2024, 10, 18), "date_value_end": None, "side": "x"},
             {"kind": "date", "date_value": date(2024, 10, 19), "date_value_end": None, "side": "y"}]
    chart = value_chart(dates, ["x", "y"])
    assert chart is not None and chart.caption == "date by source"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", t.label) for t in chart.ticks)
    assert value_chart([{"kind": "statement", "side": "affirm"}] * 2, ["affirm"]) is None


def test_report_of_an_empty_warehouse(tmp_path) -> None:
    with wdb.connect(tmp_path / "empty.duckdb") as con:
        wdb.apply_migrations(con)
        text = render_markdown(con)
        html = render_html(con)
    assert "No runs are stored yet" in text and "No discrepancies." in text
    assert "No runs are stored yet" in html


def test_the_hostile_document_really_is_in_the_warehouse(hand_warehouse) -> None:
    # Guards the escaping tests above: they must have something to escape.
    with hand_warehouse.connect(read_only=True) as con:
        quote = con.execute("select quote from claims where claim_id = 'c-evil-script'").fetchall()[0][0]
        url = con.execute("select url from documents where doc_id = ?", [EVIL.doc_id]).fetchall()[0][0]
    assert SCRIPT in quote and url.startswith("javascript:")
