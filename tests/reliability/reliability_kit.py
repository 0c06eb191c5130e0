"""Helpers of the reliability suite: real `claims` processes, warehouse snapshots, hostile servers.

Nothing here is a stand-in for a shipped component: runs are real `python -m flows run`
subprocesses (sharing the session's Prefect test API, so none starts its own server), the
warehouse is a real DuckDB file, and the servers are real sockets on 127.0.0.1.
"""

from __future__ import annotations

import contextvars
import hashlib
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import duckdb

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "sources" / "corpus"
T = TypeVar("T")
CONTRACT_TABLES = ("documents", "links", "claims", "claim_matches", "findings", "finding_claims", "runs",
                   "ingest_errors", "reviews")


@dataclass
class Finished:
    """A finished `claims` process: exit status, output, wall time and peak memory."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float  # peak resident set size of the process (and any child it waited for)
    timed_out: bool = False

    def describe(self) -> str:
        return (f"`claims {' '.join(self.args)}` → exit {self.returncode} in {self.seconds:.1f} s"
                f"{' (TIMED OUT)' if self.timed_out else ''}\n--- stdout\n{self.stdout[-3000:]}"
                f"\n--- stderr\n{self.stderr[-3000:]}")


@dataclass
class Claims:
    """Starts `python -m flows …` with the environment of the session (the test Prefect API)."""

    env: dict[str, str]
    workdir: Path

    def start(self, *args: str, extra_env: dict[str, str] | None = None, name: str = "claims") -> Running:
        out = self.workdir / f"{name}-{time.monotonic_ns()}.out"
        err = out.with_suffix(".err")
        with open(out, "wb") as stdout, open(err, "wb") as stderr:
            proc = subprocess.Popen([sys.executable, "-m", "flows", *args], cwd=self.workdir,
                                    env={**self.env, **(extra_env or {})}, stdout=stdout, stderr=stderr)
        return Running(list(args), proc, out, err, time.monotonic())

    def run(self, *args: str, extra_env: dict[str, str] | None = None, timeout: float = 120.0) -> Finished:
        return self.start(*args, extra_env=extra_env).wait(timeout)


@dataclass
class Running:
    args: list[str]
    proc: subprocess.Popen
    out: Path
    err: Path
    started: float
    result: Finished | None = field(default=None, init=False)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def state(self) -> str:
        """The kernel's state letter of the process (R, S, T for stopped, Z …); '' once reaped."""
        try:
            stat = Path(f"/proc/{self.pid}/stat").read_text()
        except OSError:
            return ""
        return stat.rsplit(")", 1)[1].split()[0]

    def wait_for_state(self, letter: str, timeout: float) -> bool:
        give_up = time.monotonic() + timeout
        while time.monotonic() < give_up:
            state = self.state()
            if state == letter:
                return True
            if state in ("", "Z"):
                return False
            time.sleep(0.05)
        return False

    def wait(self, timeout: float) -> Finished:
        """Reap the process with wait4 (its own rusage, not the sum over every child of the test)."""
        if self.result is not None:
            return self.result
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            with _suppress():
                os.kill(self.pid, signal.SIGCONT)
                os.kill(self.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(self.pid, 0)
        finally:
            timer.cancel()
        self.proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        self.result = Finished(self.args, self.proc.returncode, self.out.read_text(errors="replace"),
                               self.err.read_text(errors="replace"), time.monotonic() - self.started,
                               usage.ru_maxrss / 1024, killed.is_set())
        return self.result

    def kill(self) -> None:
        if self.proc.returncode is None:
            with _suppress():
                os.kill(self.pid, signal.SIGCONT)
                os.kill(self.pid, signal.SIGKILL)
            self.wait(30)


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return exc[0] is not None and issubclass(exc[0], ProcessLookupError)  # type: ignore[arg-type]


def copy_corpus(dest: Path, names: Sequence[str] | None = None) -> Path:
    """The bundled corpus (or the files *names*) copied into *dest*."""
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(CORPUS.iterdir()):
        if names is None or path.name in names:
            shutil.copyfile(path, dest / path.name)
    return dest


def corpus_names() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir())


def query(db: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def table_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("select table_name from information_schema.tables "
                                      "where table_type = 'BASE TABLE' order by 1").fetchall()]


def snapshot(db: Path) -> dict[str, tuple[int, str]]:
    """Every table's row count and a checksum of its content (rows sorted, so order does not matter)."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for name in table_names(con):
            rows = sorted(repr(r) for r in con.execute(f'select * from "{name}"').fetchall())
            out[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return out


def outcome(db: Path) -> dict[str, set[tuple]]:
    """What a run leaves behind, without what differs between two runs of the same input
    (run ids, timestamps, Prefect names): documents, claims, matches, findings, memberships."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "documents": set(con.execute("select doc_id, uri, version, content_hash, title, outlet, published_at, "
                                         "text, url, source_kind, notes from documents").fetchall()),
            "claims": set(con.execute("select * from claims").fetchall()),
            "claim_matches": set(con.execute("select claim_id_a, claim_id_b, score, method, components, "
                                             "values_agree from claim_matches").fetchall()),
            "findings": set(con.execute("select finding_id, verdict, kind, subject, measure, summary, "
                                        "independent_origins, value_min, value_max, relative_spread, sides, "
                                        "members_hash, members from findings").fetchall()),
            "finding_claims": set(con.execute("select * from finding_claims").fetchall()),
            "links": set(con.execute("select from_doc_id, to_doc_id, anchor_text, url, resolved_by, score "
                                     "from links").fetchall()),
            "stored_runs": {(n,) for (n,) in con.execute("select count(*) from runs where stored_seq is not null")
                            .fetchall()},
        }


def integrity_problems(db: Path) -> list[str]:
    """Cross-table checks a half-written or doubly written warehouse would fail; [] when consistent."""
    checks = {
        "a claim without its document": "select count(*) from claims where doc_id not in (select doc_id from documents)",
        "a membership without its finding": "select count(*) from finding_claims "
                                            "where finding_id not in (select finding_id from findings)",
        "a membership without its claim": "select count(*) from finding_claims "
                                          "where claim_id not in (select claim_id from claims)",
        "two documents with one uri and version": "select count(*) from (select uri, version from documents "
                                                  "group by all having count(*) > 1)",
        "one content stored twice under one uri": "select count(*) from (select uri, content_hash from documents "
                                                  "group by all having count(*) > 1)",
        "two runs with one stored_seq": "select count(*) from (select stored_seq from runs "
                                        "where stored_seq is not null group by all having count(*) > 1)",
        "a claim whose quote is not its text": "select count(*) from claims c join documents d using (doc_id) "
                                               "where substring(d.text, c.start_char + 1, c.end_char - c.start_char)"
                                               " <> c.quote",
        "a non-finite number": "select (select count(*) from claims where not (isfinite(coalesce(value, 0)) and "
                               "isfinite(coalesce(value_low, 0)) and isfinite(coalesce(value_high, 0)))) + "
                               "(select count(*) from findings where not (isfinite(coalesce(value_min, 0)) and "
                               "isfinite(coalesce(value_max, 0)) and isfinite(coalesce(relative_spread, 0)))) + "
                               "(select count(*) from claim_matches where not isfinite(coalesce(score, 0)))",
    }
    problems = []
    with duckdb.connect(str(db), read_only=True) as con:
        shipped = sorted(p.name for p in (ROOT / "warehouse" / "migrations").glob("*.sql"))
        applied = sorted(r[0] for r in con.execute("select name from _migrations").fetchall())
        if applied != shipped:
            problems.append(f"migrations recorded {applied}, shipped {shipped}")
        missing = set(CONTRACT_TABLES) - set(table_names(con))
        if missing:
            problems.append(f"tables missing: {sorted(missing)}")
        for what, sql in checks.items():
            n = con.execute(sql).fetchall()[0][0]
            if n:
                problems.append(f"{n} × {what}")
    return problems


def within(seconds: float, fn: Callable[[], T]) -> T:
    """fn(), run in a daemon thread (with this thread's context): fails the test, instead of hanging
    it, when fn is not done after *seconds*. The thread is left behind; the servers' teardown ends it."""
    import pytest

    box: dict[str, Any] = {}
    context = contextvars.copy_context()

    def target() -> None:
        try:
            box["value"] = context.run(fn)
        except BaseException as exc:  # re-raised in the test's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="within", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"still running after {seconds:g} s: nothing bounded it")
    if "error" in box:
        raise box["error"]
    return box["value"]


# --- hostile servers ----------------------------------------------------------------------------


@dataclass
class HostileServer:
    """A TCP server on 127.0.0.1 whose every connection is handled by *behaviour* in a thread."""

    behaviour: str
    host: str = "127.0.0.1"  # any 127.x.y.z is loopback: one address per server keeps per-host limits apart
    sock: socket.socket = field(init=False)
    stop: threading.Event = field(default_factory=threading.Event)
    accepted: int = 0
    threads: list[threading.Thread] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((self.host, 0))
        self.sock.listen(32)
        self.sock.settimeout(0.2)
        thread = threading.Thread(target=self._accept, name=f"hostile-{self.behaviour}", daemon=True)
        thread.start()
        self.threads.append(thread)

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    def url(self, path: str = "/story") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            worker.start()
            self.threads.append(worker)

    def _serve(self, conn: socket.socket) -> None:
        try:
            getattr(self, "_" + self.behaviour.replace("-", "_"))(conn)
        except OSError:
            pass  # the client gave up: what these servers are for
        finally:
            conn.close()

    def _drip(self, conn: socket.socket, data: bytes) -> None:
        """One byte a second, for as long as the client listens (or the test ends)."""
        for i in range(len(data)):
            if self.stop.wait(0 if i == 0 else 1.0):
                return
            conn.sendall(data[i : i + 1])

    def _read_request(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return
            data += chunk

    def _drip_headers(self, conn: socket.socket) -> None:  # slowloris: the status line and headers never end
        self._read_request(conn)
        self._drip(conn, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"z" * 100_000)

    def _drip_body(self, conn: socket.socket) -> None:  # headers at once, then the body a byte a second
        self._read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 100000\r\n\r\n")
        self._drip(conn, b"<html><body><p>" + b"x" * 99_000)

    def _rst(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close() sends RST

    def _reset_on_accept(self, conn: socket.socket) -> None:
        self._rst(conn)

    def _reset_after_request(self, conn: socket.socket) -> None:
        self._read_request(conn)
        self._rst(conn)

    def _reset_mid_body(self, conn: socket.socket) -> None:
        self._read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 50000\r\n\r\n"
                     b"<html><body><p>North Korea sent about 1,500 troops")
        time.sleep(0.1)
        self._rst(conn)

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        for thread in self.threads:
            thread.join(timeout=5)


def hostile_servers(behaviours: Sequence[str]) -> Iterator[dict[str, HostileServer]]:
    servers = {b: HostileServer(b, f"127.0.0.{10 + i}") for i, b in enumerate(behaviours)}
    try:
        yield servers
    finally:
        for server in servers.values():
            server.close()
