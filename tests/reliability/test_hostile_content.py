"""Hostile content through the whole pipeline: markup, scripts, SQL and bad links stay data.

tests/warehouse covers the report templates on a hand-built warehouse. Here the hostile
strings go in the way an attacker would send them, as article files and pages read by a
real `claims run`, and the reports the run wrote are checked: the HTML one in Chromium,
the Markdown one by parsing its tables.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from reliability_kit import CONTRACT_TABLES, Claims, Finished, integrity_problems, query, table_names

from flows.pipeline import reconcile_coverage

pytestmark = [pytest.mark.e2e, pytest.mark.integration, pytest.mark.slow]  # one real run, ~5 s, shared

SCRIPT = "<script>window.__pwned=1;document.title='pwned'</script>"
EVIL_TITLE = f"{SCRIPT} North | Korea <img src=x onerror=\"window.__pwned=2\"> troops"
EVIL_OUTLET = "Evil | Outlet <b>bold</b> `tick` [x](javascript:alert(1))"
EVIL_OUTLET_2 = "Outlet\"><svg onload=\"window.__pwned=4\"> || </td></tr></table>"
SQL_TITLE = "'); DROP TABLE claims; --"
SQL_OUTLET = "Robert'); DROP TABLE documents;--"
SQL_TEXT = "'; DELETE FROM findings WHERE '1'='1"
BAD_LINKS = ("javascript:alert(document.cookie)", "file:///etc/passwd", "data:text/html;base64,PHNjcmlwdD4=")
PASSWD_MARK = "root:x:0:0"

ARTICLES = {
    "evil-a.md": f"""---
title: '{EVIL_TITLE}'
outlet: '{EVIL_OUTLET}'
url: 'javascript:alert(document.domain)'
published: 2024-10-18
---
North Korea has sent 12,000 troops {SCRIPT} | to Russia, South Korea's spy agency said on Friday.

Related coverage:
[Click me](javascript:alert(1))
[Local file](file:///etc/passwd)
[Data](data:text/html;base64,PHNjcmlwdD4=)
""",
    "evil-b.md": f"""---
title: Kyiv counts 11,000 | troops </td><script>window.__pwned=5</script>
outlet: '{EVIL_OUTLET_2}'
url: 'file:///etc/passwd'
published: 2024-10-18
---
North Korea has sent about 11,000 troops | </td><script>window.__pwned=5</script> | to Russia, Ukraine's military intelligence said on Friday.
""",
    "sql.md": f"""---
title: "{SQL_TITLE}"
outlet: "{SQL_OUTLET}"
published: 2024-10-19
---
North Korea has sent 3,000 troops to Russia{SQL_TEXT}, a blogger said on Saturday.
""",
}

PAGE = f"""<!DOCTYPE html><html><head><title>{SCRIPT} A page with hostile links</title>
<base href="file:///etc/"></head><body><article><h1>A page with hostile links</h1>
<p>North Korea has sent about 1,500 special forces to Russia, South Korea's spy agency said on Friday, in a move
that officials in Seoul and Kyiv described as a serious escalation of the war.</p>
<p>See <a href="passwd">the password file</a>, <a href="{BAD_LINKS[0]}">a script</a>,
<a href="{BAD_LINKS[1]}">a local file</a> and <a href="{BAD_LINKS[2]}">some data</a>.</p>
</article><section><h2>Related coverage</h2><ul>
<li><a href="{BAD_LINKS[0]}">Script link</a></li><li><a href="{BAD_LINKS[1]}">File link</a></li>
<li><a href="{BAD_LINKS[2]}">Data link</a></li><li><a href="passwd">Relative to a file: base</a></li>
</ul></section></body></html>"""


@dataclass
class Site:
    server: ThreadingHTTPServer
    hits: Counter

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.server.server_address[1]}{path}"


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    hits: Counter = Counter()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            hits[self.path] += 1
            body = PAGE.encode() if self.path == "/hostile" else b"not here"
            self.send_response(200 if self.path == "/hostile" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(server, hits)
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@dataclass
class HostileRun:
    db: Path
    folder: Path
    result: Finished
    reports: Path

    @property
    def run_id(self) -> str:
        return self.result.stdout.split()[1]

    def markdown(self) -> str:
        return (self.reports / f"report-{self.run_id}.md").read_text(encoding="utf-8")

    def html_path(self) -> Path:
        return self.reports / f"report-{self.run_id}.html"


@pytest.fixture(scope="module")
def hostile(module_claims: Claims, site: Site, tmp_path_factory: pytest.TempPathFactory) -> HostileRun:
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db, reports = base / "w.duckdb", base / "reports"
    result = module_claims.run(
        "run", "--db", str(db), "--report-dir", str(reports), "--allow-private", "--depth", "1",
        "--source", str(folder), "--source", site.url("/hostile"),
        "--source", "http://169.254.169.254/latest/meta-data/", *(x for link in BAD_LINKS for x in ("--source", link)),
        timeout=90)
    assert result.returncode == 3, result.describe()  # completed; the refused sources are listed
    assert "Traceback" not in result.stderr, result.describe()
    return HostileRun(db, folder, result, reports)


# --- SQL-like strings are data ------------------------------------------------------------------


def test_sql_in_titles_and_text_is_stored_as_data(hostile: HostileRun) -> None:
    [(title, outlet, text)] = query(hostile.db, "select title, outlet, text from documents where uri = ?",
                                    [str(hostile.folder / "sql.md")])
    assert (title, outlet) == (SQL_TITLE, SQL_OUTLET) and SQL_TEXT in text
    with duckdb.connect(str(hostile.db), read_only=True) as con:
        assert set(CONTRACT_TABLES) <= set(table_names(con))
        assert con.execute("select count(*) from claims").fetchall()[0][0] > 0
        assert con.execute("select count(*) from documents").fetchall()[0][0] == 4
        quotes = [q for (q,) in con.execute("select quote from claims").fetchall()]
    assert any("3,000" in q for q in quotes)
    assert integrity_problems(hostile.db) == []
    assert SQL_OUTLET in hostile.markdown().replace("\\", "")  # and it reaches the report, as text


# --- links with other schemes are refused --------------------------------------------------------


def test_sources_with_other_schemes_are_refused_and_never_read(hostile: HostileRun) -> None:
    refused = dict(query(hostile.db, "select uri, reason from ingest_errors"))
    for link in BAD_LINKS:
        assert refused[link] == "unsupported_scheme"
    assert refused["http://169.254.169.254/latest/meta-data/"] == "metadata_address"  # even with --allow-private
    uris = [u for (u,) in query(hostile.db, "select uri from documents")]
    assert all(u.startswith(("http://127.0.0.1:", str(hostile.folder))) for u in uris), uris
    assert query(hostile.db, "select count(*) from documents where text like ?", [f"%{PASSWD_MARK}%"]) == [(0,)]


def test_links_in_pages_with_other_schemes_are_never_fetched(hostile: HostileRun, site: Site) -> None:
    # The page itself; its relative link "passwd" may be followed, as http on the page's own site (the
    # <base href="file:///etc/"> is refused), never as a file. Nothing else: the other links are not http.
    assert site.hits["/hostile"] == 1 and set(site.hits) <= {"/hostile", "/passwd"}, site.hits
    page_links = query(hostile.db, "select l.url from links l join documents d on d.doc_id = l.from_doc_id "
                                   "where d.uri = ?", [site.url("/hostile")])
    assert all(url is None or url.startswith("http") for (url,) in page_links), page_links
    # Links in a local file are resolved against the catalogue, never fetched or opened.
    file_links = query(hostile.db, "select l.url, l.to_doc_id, l.resolved_by from links l join documents d "
                                   "on d.doc_id = l.from_doc_id where d.uri = ?", [str(hostile.folder / "evil-a.md")])
    assert {url.split(":", 1)[0] for url, _, _ in file_links} == {"javascript", "file", "data"}
    assert all(to is None and by == "unresolved" for _, to, by in file_links)


# --- the Markdown report ---------------------------------------------------------------------------


def split_row(line: str) -> list[str]:
    """The cells of a GFM table row: `|` splits unless escaped with a backslash."""
    cells, cell, escaped = [], "", False
    for ch in line.strip()[1:]:
        if escaped:
            cell, escaped = cell + ch, False
        elif ch == "\\":
            cell, escaped = cell + ch, True
        elif ch == "|":
            cells.append(cell)
            cell = ""
        else:
            cell += ch
    assert cell.strip() == "", f"row does not end with `|`: {line!r}"
    return cells


def tables(markdown: str) -> list[list[str]]:
    out: list[list[str]] = []
    current: list[str] = []
    for line in [*markdown.splitlines(), ""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            out.append(current)
            current = []
    return out


def test_hostile_text_never_breaks_a_markdown_table(hostile: HostileRun) -> None:
    markdown = hostile.markdown()
    found = tables(markdown)
    assert len(found) >= 2  # the summary, and the discrepancy between the two hostile outlets
    for table in found:
        header = split_row(table[0])
        assert re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", table[1].strip()), table[1]
        for row in table[1:]:
            assert len(split_row(row)) == len(header), row
    rows_with_outlets = [r for t in found for r in t if "Evil" in r or "Outlet" in r]
    assert rows_with_outlets, "the hostile outlets should be in a table"
    # The injected markup appears escaped, never raw.
    assert not re.search(r"(?<!\\)<(script|img|svg|/td)", markdown, re.I)
    assert r"\<script\>" in markdown and r"Evil \| Outlet \<b\>bold\</b\>" in markdown
    assert "javascript:" not in re.sub(r"\\.", "", "".join(re.findall(r"\]\(([^)]*)\)", markdown)))


# --- the HTML report, in a browser -----------------------------------------------------------------


@pytest.mark.browser
def test_hostile_text_never_executes_in_the_html_report(hostile: HostileRun, browser) -> None:
    path = hostile.html_path()
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(path.as_uri(), wait_until="load")
        assert page.evaluate("window.__pwned") is None
        assert page.title().startswith("Claim reconciliation report") and not dialogs and not errors
        assert page.evaluate("document.querySelectorAll('script, img, svg:not(figure.chart svg), iframe, "
                             "object, embed, [onerror], [onload]').length") == 0
        hrefs = page.evaluate("[...document.querySelectorAll('[href], [src], [action]')]"
                              ".map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))")
        assert all(h.startswith(("http://", "https://", "#")) for h in hrefs), hrefs
        text = page.locator("body").inner_text()
        assert SCRIPT in text  # shown as text
        assert "Evil | Outlet <b>bold</b>" in text and "<svg onload=" in text
        assert SQL_TITLE in text
        assert requests == [path.as_uri()]  # nothing else was loaded
    finally:
        page.close()


# --- private addresses ----------------------------------------------------------------------------


@pytest.mark.usefixtures("prefect_harness")
def test_private_addresses_are_refused_without_allow_private(site: Site, tmp_path: Path) -> None:
    before = dict(site.hits)
    port = site.server.server_address[1]
    urls = [site.url("/hostile"), site.url("/hostile", host="localhost"), f"http://[::1]:{port}/hostile",
            "http://10.0.0.1/story", "http://192.168.1.1/story", "http://169.254.169.254/latest/meta-data/"]
    summary = reconcile_coverage(sources=urls, db=str(tmp_path / "w.duckdb"), report_dir=str(tmp_path / "r"))
    assert summary.exit_code == 3 and summary.documents == 0
    reasons = dict(query(tmp_path / "w.duckdb", "select uri, reason from ingest_errors"))
    assert reasons == {**{u: "private_address" for u in urls[:-1]}, urls[-1]: "metadata_address"}
    assert dict(site.hits) == before  # refused before connecting
