"""Ingest throughput: documents per second from a folder of HTML files and from a loopback HTTP server.

    python benchmarks/ingest.py            # a table
    python benchmarks/ingest.py --json     # one JSON object, for CI or the README

(a) Folder: N synthetic news pages (nav, scripts, an article of 6-10 paragraphs with
    inline links, a related-coverage list, a footer full of links; about 8 KB each) are
    written to a temporary folder, then read through ``sources.collect.read_local`` - the
    path ``claims run --source DIR`` takes: read, decode, trafilatura extraction, htmldate
    fallback, related-coverage harvest. Measured with one process and with one per core.
(b) HTTP: M pages served by a ``ThreadingHTTPServer`` on 127.0.0.1, fetched and read by
    ``sources.collect.collect`` with depth 0 - the ``claims run --source URL`` path
    without Prefect: safety checks, httpx streaming, charset detection, extraction.

Generation and server start-up are not timed. The goal (issue 3) is at least 300
pages/s of extraction on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import socket
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sources.collect import IngestOptions, collect, read_local
from sources.http import FetchOptions

NOW = datetime(2024, 10, 25, tzinfo=timezone.utc)
SUBJECTS = ["North Korea", "Pyongyang", "South Korea's spy agency", "Ukraine's defence ministry", "NATO", "the Kremlin",
            "Japan's foreign ministry", "the Pentagon", "Seoul", "Kyiv"]
VERBS = ["said", "reported", "estimated", "told reporters", "claimed", "confirmed", "denied"]
THINGS = ["special forces troops", "soldiers", "infantry", "artillery shells", "landing ships", "officers", "drones"]
WHEN = ["on Friday", "last week", "on Monday", "earlier this month", "by Nov. 1", "in October", "on Tuesday"]


def sentence(rng: random.Random) -> str:
    n = rng.choice([1_500, 3_000, 10_000, 11_000, 12_000, 2_600, 40])
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(WHEN)} that about {n:,} "
            f"{rng.choice(THINGS)} had been moved, {rng.choice(['citing officials', 'according to a report', 'without giving details'])}.")


def synthetic_page(i: int, rng: random.Random) -> str:
    """A news page the size and shape of a real one, minus the megabytes of tracking scripts."""
    nav = "".join(f'<li><a href="/section/{s}">{s.title()}</a></li>' for s in
                  ["world", "asia", "europe", "politics", "business", "tech", "science", "sport", "opinion"])
    paras = []
    for p in range(rng.randint(6, 10)):
        text = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        if p == 2:
            text += f' <a href="https://wire{i % 7}.example/story/{rng.randint(1, 99999)}">the wire report</a> said so.'
        paras.append(f"<p>{text}</p>")
    related = "".join(f'<li><a href="/news/{rng.randint(1, 99999)}">{sentence(rng)[:70]}</a></li>' for _ in range(4))
    footer = "".join(f'<a href="/about/{k}">{k}</a> ' for k in ["contact", "privacy", "terms", "careers", "ads"] * 6)
    script = "<script>window.dataLayer=window.dataLayer||[];" + "var x=1;" * 200 + "</script>"
    day = 10 + i % 18
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {i}: {sentence(rng)[:60]} | '
            f'Bench News</title><meta property="og:site_name" content="Bench News">'
            f'<meta property="article:published_time" content="2024-10-{day:02d}T08:00:00Z">'
            f'<link rel="stylesheet" href="/s.css">{script}</head><body><header><nav><ul>{nav}</ul></nav></header>'
            f'<main><article><h1>Story {i}: {sentence(rng)[:80]}</h1><p class="byline">By Staff, Oct {day}, 2024</p>'
            f'{"".join(paras)}</article><aside><h2>Related coverage</h2><ul>{related}</ul></aside></main>'
            f'<footer>{footer}<p>© Bench News</p></footer>{script}</body></html>')


def bench_folder(pages: int, workers: int) -> dict[str, object]:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        folder = Path(tmp)
        size = 0
        for i in range(pages):
            html = synthetic_page(i, rng)
            size += len(html)
            (folder / f"page-{i:05d}.html").write_text(html, encoding="utf-8")
        files = sorted(folder.glob("*.html"))
        cpu_before = cpu_seconds()
        start = time.perf_counter()
        result = read_local(files, NOW, workers=workers)
        elapsed = time.perf_counter() - start
        cpu = cpu_seconds() - cpu_before
    return {"case": "folder", "pages": pages, "workers": workers, "documents": len(result.documents),
            "errors": len(result.errors), "seconds": round(elapsed, 2), "pages_per_s": round(pages / elapsed, 1),
            "cpu_ms_per_page": round(cpu / pages * 1000, 2), "pages_per_cpu_s": round(pages / cpu, 1),
            "mean_page_kb": round(size / pages / 1024, 1), "load_avg_1m": round(os.getloadavg()[0], 2)}


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker processes), user + system."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def bench_http(pages: int, concurrency: int, per_host: int) -> dict[str, object]:
    rng = random.Random(11)
    bodies = {f"/news/{i}": synthetic_page(i, rng).encode() for i in range(pages)}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm and the
            # client's delayed ACK stall each response ~40 ms and the benchmark measures that instead.
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self) -> None:
            body = bodies.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        options = IngestOptions(depth=0, max_docs=None, fetch=FetchOptions(
            allow_private=True, concurrency=concurrency, per_host=per_host))
        cpu_before = cpu_seconds()
        start = time.perf_counter()
        result = collect([base + path for path in bodies], NOW, options)
        elapsed = time.perf_counter() - start
        cpu = cpu_seconds() - cpu_before  # includes the server's threads: it runs in this process
    finally:
        server.shutdown()
        server.server_close()
    return {"case": "http", "pages": pages, "concurrency": concurrency, "per_host": per_host,
            "documents": len(result.documents), "errors": len(result.errors), "seconds": round(elapsed, 2),
            "pages_per_s": round(pages / elapsed, 1), "cpu_ms_per_page": round(cpu / pages * 1000, 2),
            "load_avg_1m": round(os.getloadavg()[0], 2)}


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "platform": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="synthetic HTML files for the folder case")
    parser.add_argument("--http-pages", type=int, default=1_000, help="pages served for the HTTP case")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    results = [bench_folder(args.pages, 1)]
    if cores > 1:
        results.append(bench_folder(args.pages, cores))
    results.append(bench_http(args.http_pages, concurrency=8, per_host=2))
    results.append(bench_http(args.http_pages, concurrency=8, per_host=8))
    report = {"machine": machine(), "results": results}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['machine']['cpus']} cores, {report['machine']['cpu']}, Python {report['machine']['python']}")
        for r in results:
            extra = (f"workers={r['workers']}" if r["case"] == "folder"
                     else f"concurrency={r['concurrency']} per_host={r['per_host']}")
            print(f"{r['case']:7} {r['pages']:>6} pages  {extra:28} {r['seconds']:>7.2f} s  "
                  f"{r['pages_per_s']:>7.1f} pages/s  {r['cpu_ms_per_page']:>5.2f} CPU ms/page  "
                  f"({r['errors']} errors, load {r['load_avg_1m']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
