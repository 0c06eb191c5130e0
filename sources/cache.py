"""HTTP validators (ETag, Last-Modified) and the bodies they validate, kept between runs.

A scheduled re-run sends ``If-None-Match`` / ``If-Modified-Since``; a ``304 Not
Modified`` then means "the page you have is current", so we must still *have* it: the
cache keeps the body next to its validators, and a 304 is answered from here. Re-extracting
the cached body yields the same document (same content hash, so the warehouse adds no
row) and the same links, so the crawl can go on past an unchanged page.

The cache is a small SQLite file next to the warehouse (the flow chooses the path). It
is written from fetch threads, so each :class:`HttpCache` serialises its writes, and
SQLite's WAL plus a busy timeout lets several of them share the file.
"""

from __future__ import annotations

import sqlite3
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

_SCHEMA = """
create table if not exists http_cache (
    url            text primary key,   -- canonical URL as requested
    final_url      text not null,      -- after redirects
    etag           text,
    last_modified  text,
    content_type   text,
    body           blob not null,      -- zlib-compressed response body
    stored_at      text not null
)
"""


@dataclass(frozen=True, slots=True)
class CachedPage:
    url: str
    final_url: str
    etag: str | None
    last_modified: str | None
    content_type: str
    body: bytes
    stored_at: str = ""

    def validators(self) -> dict[str, str]:
        """The conditional-request headers this cached copy allows."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class HttpCache:
    """Validators and bodies by canonical URL, in a SQLite file.

    :raises sqlite3.Error: when the file cannot be opened as a cache (e.g. not SQLite).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._con = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        self._con.execute("pragma journal_mode=wal")
        self._con.execute(_SCHEMA)

    def get(self, url: str) -> CachedPage | None:
        with self._lock:
            row = self._con.execute(
                "select url, final_url, etag, last_modified, content_type, body, stored_at "
                "from http_cache where url = ?", (url,)).fetchone()
        if row is None:
            return None
        try:
            body = zlib.decompress(row[5])
        except zlib.error:
            return None  # a damaged entry is a cache miss, never a failure
        return CachedPage(row[0], row[1], row[2], row[3], row[4] or "", body, row[6])

    def put(self, page: CachedPage) -> None:
        with self._lock:
            self._con.execute(
                "insert or replace into http_cache values (?, ?, ?, ?, ?, ?, ?)",
                (page.url, page.final_url, page.etag, page.last_modified, page.content_type,
                 zlib.compress(page.body, 6), page.stored_at))

    def __len__(self) -> int:
        with self._lock:
            return int(self._con.execute("select count(*) from http_cache").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> HttpCache:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
