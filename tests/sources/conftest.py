"""A newsroom on 127.0.0.1: real pages, a feed and every way a fetch can fail.

The server is a stdlib ``ThreadingHTTPServer`` started inside the test session; nothing
here touches the internet. Each test gets a reset server (hit counts, request log,
mutable pages), so counts can be asserted.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sources.collect import IngestOptions
from sources.http import FetchOptions

HUGE_BYTES = 2 * 1024 * 1024
CAP_BYTES = 256 * 1024


def article(title: str, paragraphs: list[str], *, related: list[tuple[str, str]] = (), body_links: list[tuple[str, str]] = (),
            date: str = "2024-10-18", site: str = "Loopback News", extra_head: str = "", charset: str | None = None) -> str:
    """A news page: nav, article with paragraphs and inline links, a related-coverage list, footer."""
    links = "".join(f' See <a href="{escape(h)}">{escape(t)}</a>.' for t, h in body_links)
    paras = "".join(f"<p>{escape(p)}{links if i == 1 else ''}</p>" for i, p in enumerate(paragraphs))
    rel = ""
    if related:
        items = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in related)
        rel = f"<section><h2>Related coverage</h2><ul>{items}</ul></section>"
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html><head>{meta_charset}<title>{escape(title)} | {site}</title>"
            f'<meta property="og:site_name" content="{site}">'
            f'<meta property="article:published_time" content="{date}T09:00:00Z">{extra_head}</head>'
            f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f"<article><h1>{escape(title)}</h1>{paras}</article>{rel}"
            f"<footer>© {site}</footer></body></html>")


def prose(topic: str, n: int = 4) -> list[str]:
    base = [
        f"South Korea's spy agency said on Friday that about 1,500 special forces were moved, in a report about {topic}.",
        f"Officials said a total of 12,000 troops could follow in the coming months, according to the {topic} desk.",
        f"Ukraine's president said on Thursday that 10,000 soldiers were being prepared, a figure cited about {topic}.",
        f"Analysts cautioned that the figures could not be independently verified, the {topic} correspondent wrote.",
        f"The ministry declined to comment further on {topic}, saying more details would follow next week.",
    ]
    return base[:n]


@dataclass
class Newsroom:
    """Routes and state of the test server; tests change ``pages`` to publish new versions."""

    server: ThreadingHTTPServer
    hits: Counter = field(default_factory=Counter)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def other_host(self, path: str) -> str:
        """The same server under the name `localhost`: another site for --same-site tests."""
        return f"http://localhost:{self.server.server_address[1]}{path}"

    def publish(self, path: str, title: str, topic: str) -> None:
        """Publish a new version of the page at *path*."""
        self.pages[path] = article(title, prose(topic))

    def reset(self) -> None:
        self.hits.clear()
        self.requests.clear()
        self.pages = default_pages(self)
        self.max_in_flight = 0


def default_pages(room: Newsroom) -> dict[str, str]:
    return {
        "/news/seed": article(
            "North Korea moves troops to Russia", prose("the seed"),
            related=[("Seoul says 1,500 special forces moved", "/news/level1-a"),
                     ("Kyiv counts 10,000 troops", "/news/level1-b?utm_source=feed#top"),
                     ("The same story via an old address", "/moved")],
            body_links=[("our explainer", "/news/level1-a")]),
        "/news/level1-a": article("Seoul says 1,500 special forces moved", prose("level one A"),
                                  body_links=[("deeper background", "/news/level2-a")]),
        "/news/level1-b": article("Kyiv counts 10,000 troops", prose("level one B"),
                                  related=[("Other site's take", room.other_host("/news/other-site"))]),
        "/news/level2-a": article("Background on the brigades", prose("level two"),
                                  related=[("Even deeper", "/news/level3-a")]),
        "/news/level3-a": article("Three hops away", prose("level three")),
        "/news/other-site": article("A take from another site", prose("another site")),
        "/news/feed-item-2": article("Feed item two, on the page", prose("feed item two")),
        "/news/changing": article("A story that gets updated", prose("the first version", 3)),
        "/news/etag": article("A page with an ETag", prose("conditional requests")),
        "/news/flaky": article("Flaky server, good story", prose("the flaky page")),
        "/cp1251": "",  # built in the handler: bytes, not text
        "/latin1": "",
        "/empty": ("<html><head><title>App</title></head><body><div id='app'></div>"
                   "<script>window.render()</script><noscript>Enable JavaScript.</noscript></body></html>"),
        "/evil": article(
            "A page with hostile links", prose("hostile links"),
            extra_head='<base href="file:///etc/">',
            related=[("Passwords", "passwd"), ("Absolute file", "file:///etc/passwd"),
                     ("Script", "javascript:alert(1)"), ("Data", "data:text/html,<b>x</b>"),
                     ("Metadata", "http://169.254.169.254/latest/meta-data/")]),
        "/e2e/seed": article(
            "Coverage round-up with every kind of link", prose("the round-up"),
            related=[("Seoul says 1,500 special forces moved", "/news/level1-a"),
                     ("Flaky server, good story", "/news/flaky"),
                     ("Gone missing", "/missing"), ("Sleepy server", "/slow"),
                     ("Going round in circles", "/loop/a"), ("A very large page", "/huge"),
                     ("The PDF report", "/report"), ("A script-only page", "/empty"),
                     ("Cyrillic coverage", "/cp1251"), ("Latin-1 coverage", "/latin1"),
                     ("A story that gets updated", "/news/changing"), ("A page with an ETag", "/news/etag")]),
    }


CP1251_TEXT = ("Северная Корея направила около 1500 военнослужащих сил специальных операций в Россию, "
               "сообщила разведка Южной Кореи в пятницу. Всего может быть отправлено 12 000 человек, "
               "говорится в докладе ведомства. Киев заявил, что готовятся 10 000 солдат.")
LATIN1_TEXT = ("Selon les services de renseignement sud-coréens, environ 1 500 soldats d’élite ont été "
               "déployés vers l’Extrême-Orient russe. Le total prévu atteindrait 12 000 hommes, a-t-on "
               "appris vendredi à Séoul, où l’on s’inquiète déjà de la suite des opérations.")

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Loopback Wire</title><link>{base}/</link><description>Test feed</description>
<item><title>Full text in the feed</title><link>{base}/news/feed-item-1</link>
<pubDate>Fri, 18 Oct 2024 08:00:00 GMT</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[{full}]]></content:encoded></item>
<item><title>Feed item two, on the page</title><link>{base}/news/feed-item-2</link>
<pubDate>Sat, 19 Oct 2024 08:00:00 GMT</pubDate><description>Only a summary here.</description></item>
<item><title>No link, no text</title><description>Nothing to read.</description></item>
</channel></rss>"""


def make_handler(room: Newsroom) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def handle(self) -> None:  # a client that stops reading (the size cap) is expected here
            try:
                super().handle()
            except (BrokenPipeError, ConnectionResetError):
                pass

        def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                 headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def redirect(self, location: str, status: int = 302) -> None:
            self.send(status, b"", headers={"Location": location})

        def do_GET(self) -> None:  # noqa: C901 - one route table
            path = self.path.split("?", 1)[0]
            with room.lock:
                room.hits[path] += 1
                room.requests.append((path, dict(self.headers.items())))
                count = room.hits[path]
            try:
                self.route(path, count)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def route(self, path: str, count: int) -> None:
            if path == "/feed.xml":
                full = "".join(f"<p>{p}</p>" for p in prose("the feed's full text", 5))
                body = FEED.format(base=room.base, full=full).encode()
                return self.send(200, body, "application/rss+xml")
            if path == "/missing":
                return self.send(404, b"<html><body>Not found</body></html>")
            if path == "/news/flaky" and count == 1:
                return self.send(500, b"<html><body>Internal error</body></html>")
            if path == "/always-500":
                return self.send(503, b"busy")
            if path == "/slow" or path.startswith("/slow/"):
                room.stop.wait(1.5)
                return self.send(200, article("Too late", prose("slowness")).encode())
            if path.startswith("/slowish/"):  # counts requests being served at once, before answering
                with room.lock:
                    room.in_flight += 1
                    room.max_in_flight = max(room.max_in_flight, room.in_flight)
                room.stop.wait(0.2)
                with room.lock:
                    room.in_flight -= 1
                return self.send(200, article(f"Slowish {path}", prose(f"slowish {path}")).encode())
            if path == "/loop/a":
                return self.redirect("/loop/b")
            if path == "/loop/b":
                return self.redirect("/loop/a")
            if path == "/moved":
                return self.redirect("/news/level1-a", 301)
            if path == "/redirect-file":
                return self.redirect("file:///etc/passwd")
            if path == "/redirect-metadata":
                return self.redirect("http://169.254.169.254/latest/meta-data/")
            if path == "/huge":  # chunked, no Content-Length: the client must stop reading itself
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"<p>" + b"x" * 65_000 + b"</p>"
                for _ in range(HUGE_BYTES // len(chunk) + 1):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
                return None
            if path == "/huge-declared":
                return self.send(200, b"<p>" + b"x" * (CAP_BYTES + 10) + b"</p>")
            if path == "/report":
                return self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
            if path == "/cp1251":
                html = article("Северная Корея направила войска", [CP1251_TEXT, CP1251_TEXT[:120]],
                               site="Лупбэк")
                return self.send(200, html.encode("cp1251"), "text/html; charset=windows-1251")
            if path == "/latin1":  # charset only in <meta>, and a windows-1252 apostrophe (0x92)
                html = article("Des soldats d’élite déployés", [LATIN1_TEXT, LATIN1_TEXT[:150]],
                               site="Boucle Info", charset="iso-8859-1")
                return self.send(200, html.encode("cp1252"), "text/html")
            if path == "/news/etag":
                etag = '"v1"'
                if self.headers.get("If-None-Match") == etag:
                    return self.send(304, b"", headers={"ETag": etag})
                return self.send(200, room.pages[path].encode(), headers={"ETag": etag})
            if path == "/news/changing":
                return self.send(200, room.pages[path].encode(),
                                 headers={"Last-Modified": "Fri, 18 Oct 2024 09:00:00 GMT"})
            if path in room.pages and room.pages[path]:
                return self.send(200, room.pages[path].encode())
            return self.send(404, b"<html><body>Not found</body></html>")

    return Handler


@pytest.fixture(scope="session")
def _newsroom() -> Iterator[Newsroom]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    room = Newsroom(server)
    server.RequestHandlerClass = make_handler(room)
    thread = threading.Thread(target=server.serve_forever, name="newsroom", daemon=True)
    thread.start()
    yield room
    room.stop.set()
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def newsroom(_newsroom: Newsroom) -> Newsroom:
    _newsroom.reset()
    return _newsroom


@pytest.fixture
def fetch_options() -> FetchOptions:
    """Short timeouts and a small body cap; loopback allowed."""
    return FetchOptions(timeout=0.3, total_timeout=3.0, max_bytes=CAP_BYTES, allow_private=True, concurrency=8)


@pytest.fixture
def ingest_options(fetch_options: FetchOptions, tmp_path) -> Callable[..., IngestOptions]:
    def make(**kw: object) -> IngestOptions:
        kw.setdefault("fetch", fetch_options)
        kw.setdefault("workers", 1)
        return IngestOptions(**kw)  # type: ignore[arg-type]

    return make

