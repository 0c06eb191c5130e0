"""The flow's heavy stages on the default runner and on a Dask LocalCluster, by corpus size.

    python benchmarks/dask_scale.py [--sizes 1000 10000] [--runners default dask] [--workers 2] [--json]

For each size and runner, a fresh process generates the synthetic corpus and runs a
Prefect flow that calls the pipeline's own code for the stages that grow with the corpus:
claim extraction, matching (candidates, scores, clustering, verdicts) and the warehouse
write (the pipeline's `store` task, into a new DuckDB file in a temporary folder).

- default: the pipeline's `extract_new_claims` task (a process pool of one process per
  CPU from 200 documents up) and its `match_and_decide` task (one process);
- dask: a LocalCluster of --workers processes (one thread each) through prefect-dask,
  the pipeline's `extract_on_dask` (document chunks) and `match_on_dask` (partitions by
  blocking key); the cluster's start is included.

On both, matches go to the run's MatchSpool as matching hands them over, and the write
inserts them from there. Ingest and the report are left out: they cost the same on both
runners. Prints seconds per stage, documents per second, CPU seconds (of the flow's own
process, which on the Dask runner also hosts the LocalCluster's scheduler, and in all,
with the worker processes), peak RSS (sampled every 0.2 s: the whole process tree, the
flow's process alone, the largest single child: a pool or Dask worker; and the tree's
peak during each stage, "MB e/m/w" for extraction, matching and the write), a digest of
the findings (of the claims with --stages extract) and one of the stored matches, which
must be the same on both runners. Both runners report to one Prefect server: the one at
PREFECT_API_URL, or one this script starts on a free port and stops at the end.

The corpus: benchmarks/synthetic.py's article(i), with three changes. article(i) dates
every document within 20 days and knows 7 subjects and 10 kinds of things, so any number
of its articles is one news story in one news cycle, and matching cost then grows with
the square of the corpus (200 of them take minutes). A corpus of 100,000 documents is
many stories over years; to keep claims per story and per cycle what they would be, each
article gets its own publication day (2020-01-01 + i days) and the only absolute date in
the generator ("on Oct. 18") becomes a relative one ("on Friday"). And its statements are
varied (context_sentence): article(i) repeats the same two statements about three times
in every article.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

from prefect import flow  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from benchmarks.synthetic import FILLER, article  # noqa: E402
from flows import pipeline, scaleout  # noqa: E402
from reconcile.entities import load_aliases  # noqa: E402
from reconcile.model import Document, MatchPolicy, RunRecord, SourceInfo  # noqa: E402
from warehouse import db as wdb  # noqa: E402
from warehouse.store import MatchSpool, match_spool_folder  # noqa: E402

# The data of one measurement. The flow reaches them only through _measurement(), never by
# name, nor through a flow parameter or a variable it closes over: see run_stages.
_DOCS: list[Document] = []
_RUN: dict[str, Any] = {}


def _measurement() -> tuple[list[Document], dict[str, SourceInfo], dict[str, str], dict[str, float], Path,
                            Callable[[str], None]]:
    """(documents, their sources, place parents, seconds per stage, warehouse file, PeakRss.stage) of the
    current measurement."""
    return _DOCS, _RUN["sources"], _RUN["place_parents"], _RUN["times"], _RUN["db"], _RUN["rss"].stage


# The context sentences of spread_article. synthetic.FILLER has two statements ("Analysts
# said the move reflected a deepening partnership ...", "Officials have repeatedly warned
# that the situation could escalate ..."), drawn about three times each in every article:
# at 1,000 documents 6,432 statements with 2 distinct texts, every copy matching every copy
# within the statement window, 85% of all matches, and all of them in the one statement
# partition. Real coverage does not repeat two sentences in every article of every story.
# Here the five FILLER sentences without a claim stay as they are, and a statement, as
# often as before, is one of THINGS × STANCES (96; four stances and "the deployment" put it
# in a frame: escalation, sanction, concern, threat, deploy), said by one of WHO × REPORTED: articles near in time share
# a stance now and then, from other speakers. At 10,000 documents: 58,656 statements,
# 336,151 of 568,420 matches (59%; still one partition, but not 85% of it).
_NEUTRAL = [s for s in FILLER if " said " not in s and " warned " not in s]
WHO = ["Analysts", "Diplomats", "Officials in Seoul", "Military experts", "Western officials",
       "Opposition lawmakers", "Researchers at a Seoul think tank", "Aid groups", "Regional observers",
       "Former intelligence officials"]
REPORTED = ["said", "warned", "noted", "argued"]
THINGS = ["the move", "the deployment", "the agreement", "the exercise", "the visit", "the shipment",
          "the new policy", "the decision"]
STANCES = ["reflected a deepening partnership between the two countries",
           "could escalate tensions in the coming months", "would strain relations with neighbouring states",
           "was likely to draw new sanctions", "had been planned for months", "showed the limits of the alliance",
           "raised concern among humanitarian agencies", "marked a shift in strategy",
           "was driven by economic pressure", "would complicate efforts to reopen talks",
           "posed a threat to regional stability", "was aimed at a domestic audience"]


def context_sentence(rng: random.Random) -> str:
    """A context sentence of spread_article: FILLER's share of statements (2 in 7), more varied."""
    if rng.random() < len(_NEUTRAL) / len(FILLER):
        return rng.choice(_NEUTRAL)
    return f"{rng.choice(WHO)} {rng.choice(REPORTED)} that {rng.choice(THINGS)} {rng.choice(STANCES)}."


def spread_article(i: int) -> Document:
    doc = article(i, context=context_sentence)
    return replace(doc, text=doc.text.replace("on Oct. 18", "on Friday"),
                   published_at=datetime(2020, 1, 1, tzinfo=UTC) + timedelta(days=i))


class PeakRss:
    """Peaks of RSS, sampled in a thread: of this process and all its descendants summed
    (``peak``), of this process alone (``peak_self``) and of its largest child (``peak_child``);
    and of the whole tree per stage (``stage_peaks``, from each ``stage(name)`` to the next)."""

    def __init__(self, every: float = 0.2) -> None:
        import psutil

        self._me = psutil.Process()
        self._every = every
        self._stop = threading.Event()
        self.peak = self.peak_self = self.peak_child = 0
        self.stage_peaks: dict[str, int] = {}
        self._stage: str | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            mine = self._me.memory_info().rss
            children = []
            for p in self._me.children(recursive=True):
                try:
                    children.append(p.memory_info().rss)
                except psutil.Error:
                    pass
            self.peak = max(self.peak, mine + sum(children))
            if self._stage is not None:
                self.stage_peaks[self._stage] = max(self.stage_peaks.get(self._stage, 0), mine + sum(children))
            self.peak_self = max(self.peak_self, mine)
            self.peak_child = max([self.peak_child, *children])
            self._stop.wait(self._every)

    def stage(self, name: str) -> None:
        """From now on, the tree's RSS counts toward stage *name*'s peak."""
        self._stage = name

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@flow(name="bench-dask-scale")
def run_stages(size: int, runner: str, workers: int, stages: str) -> tuple[int, int, list]:
    """The stages, as the pipeline's flow runs them; seconds per stage go to the times dict.

    Prefect hands the flow object to every task it submits to Dask (in the serialized run
    context), and Dask pickles it with the task. ``@flow`` takes this function's name in
    the module, so cloudpickle cannot refer to the function by name and copies it *by
    value*, with every module global it reads. When it read ``_DOCS`` by name, every
    extraction chunk and match partition carried the whole corpus: the "large graph"
    warnings (17 MiB at 5,000 documents, 336 MiB at 100,000), most of the flow process's
    CPU (Dask's tokenize pickles each argument twice and unpickles it once, then it is
    pickled again for the graph), and each worker unpickling the corpus per task. Reading
    the data through the plain function ``_measurement`` (pickled by name) sends none of it.
    """
    docs, sources, place_parents, times, db, stage = _measurement()
    pipeline.load_warehouse_state(db)  # the flow's first warehouse step: creates the schema
    t0 = time.perf_counter()
    findings, n_matches = [], 0
    with ExitStack() as held:
        dask = None
        if runner == "dask":
            stage("cluster")
            dask = held.enter_context(scaleout.dask_task_runner(None, workers))
            times["cluster_s"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        stage("extract")
        if dask is None:
            claims, errors = pipeline.extract_new_claims(quote(docs), None, "none")  # as the flow calls them
        else:
            claims, errors = pipeline.extract_on_dask(dask, docs, None, "none")
        times["extract_s"] = time.perf_counter() - t1
        assert not errors, errors[:3]
        if stages == "all":
            t1 = time.perf_counter()
            stage("match")
            spool = MatchSpool(match_spool_folder(db))
            if dask is None:
                spool, findings = pipeline.match_and_decide(quote(claims), quote(sources), MatchPolicy(),
                                                            place_parents, spool)
            else:
                spool, findings = pipeline.match_on_dask(dask, claims, sources, MatchPolicy(), place_parents, spool)
            times["match_s"] = time.perf_counter() - t1
            t1 = time.perf_counter()  # as the pipeline's flow does: the Dask runner's workers stop before the write
            stage("cluster")
            held.close()
            times["cluster_close_s"] = time.perf_counter() - t1
            t1 = time.perf_counter()
            stage("write")
            now = datetime.now(UTC)
            pipeline.store(db, quote(RunRecord(run_id=uuid.uuid4().hex, started_at=now, finished_at=now,
                                               documents=tuple(docs), claims=tuple(claims), links=(), matches=spool,
                                               findings=tuple(findings), errors=())))
            n_matches = len(spool)
            spool.remove()
            times["write_s"] = time.perf_counter() - t1
        t1 = time.perf_counter()  # the Dask runner's close, when it is still open (--stages extract)
        stage("cluster")
    times["cluster_close_s"] = times.get("cluster_close_s", 0.0) + time.perf_counter() - t1
    times["stages_s"] = time.perf_counter() - t0
    # What the two runners must agree on: the findings, or the claims when only extraction ran.
    checked = [(f.finding_id, f.verdict, f.members_hash) for f in findings] if stages == "all" else \
        [c.claim_id for c in claims]
    digest = hashlib.sha256(json.dumps(sorted(checked)).encode()).hexdigest()[:12]
    return len(claims), n_matches, [len(findings), digest]


def matches_digest(db: Path) -> str:
    """A digest of the stored matches, whatever their row order: the rows' hashes xor-ed together."""
    with wdb.connect(db, read_only=True) as con:
        (value,) = con.execute("select bit_xor(hash(claim_id_a, claim_id_b, score, method, components, "
                               "values_agree)) from claim_matches").fetchone()
    return f"{(value or 0) & (2**48 - 1):012x}"


def measure(size: int, runner: str, workers: int, stages: str = "all") -> dict[str, object]:
    """One measurement, in this process: generate the corpus, run the stages in a flow."""
    start = time.perf_counter()
    _DOCS[:] = [spread_article(i) for i in range(size)]
    generate_s = time.perf_counter() - start
    folder = Path(tempfile.mkdtemp(prefix="bench-dask-scale-"))
    _RUN.update(sources={d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in _DOCS},
                place_parents=load_aliases().place_parents(), times={}, db=folder / "bench.duckdb")
    times = _RUN["times"]

    load_before = os.getloadavg()[0]
    before = _cpu_seconds()
    try:
        with PeakRss() as rss:
            _RUN["rss"] = rss
            t = time.perf_counter()
            n_claims, n_matches, (n_findings, digest) = run_stages(size, runner, workers, stages)
            flow_s = time.perf_counter() - t
        flow_cpu_s, children_cpu_s = (after - first for after, first in zip(_cpu_seconds(), before, strict=True))
        stored = matches_digest(_RUN["db"]) if stages == "all" else "-"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    stages_s = times["stages_s"]
    return {"docs": size, "runner": runner, "stages": stages,
            "workers": workers if runner == "dask" else os.cpu_count(),
            "claims": n_claims, "matches": n_matches, "findings": n_findings, "digest": digest,
            "matches_digest": stored, "extract_s": round(times["extract_s"], 2),
            "match_s": round(times.get("match_s", 0.0), 2), "write_s": round(times.get("write_s", 0.0), 2),
            "cluster_s": round(times.get("cluster_s", 0.0) + times.get("cluster_close_s", 0.0), 2),
            "stages_s": round(stages_s, 2), "flow_s": round(flow_s, 2), "docs_per_s": round(size / stages_s, 1),
            "flow_cpu_s": round(flow_cpu_s, 1), "cpu_s": round(flow_cpu_s + children_cpu_s, 1),
            "peak_rss_mb": round(rss.peak / 2**20), "peak_flow_rss_mb": round(rss.peak_self / 2**20),
            "peak_child_rss_mb": round(rss.peak_child / 2**20),
            "peak_rss_stage_mb": {k: round(v / 2**20) for k, v in rss.stage_peaks.items()}, "generate_s": round(generate_s, 2),
            "load_avg": [round(load_before, 1), round(os.getloadavg()[0], 1)]}


def _cpu_seconds() -> tuple[float, float]:
    """(CPU seconds of this process, of its finished child processes: pool or Dask workers), user + system."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server() -> tuple[subprocess.Popen, str, Path]:
    """`prefect server start` on a free port, in a temporary PREFECT_HOME; returns (process, api url, home)."""
    import httpx

    home = Path(tempfile.mkdtemp(prefix="bench-prefect-"))
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    prefect = Path(sys.executable).with_name("prefect")
    proc = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=(home / "server.log").open("w"), stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).json() is True:
                return proc, url, home
        except (httpx.HTTPError, ValueError):
            time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"prefect server did not come up; see {home / 'server.log'}")


def stop_server(proc: subprocess.Popen, home: Path) -> None:
    proc.send_signal(2)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)
    shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runners", nargs="+", choices=["default", "dask"], default=["default", "dask"])
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes (LocalCluster)")
    parser.add_argument("--stages", choices=["all", "extract"], default="all",
                        help="extract: extraction only (matching of the largest corpora needs hours and more memory)")
    parser.add_argument("--json", action="store_true", help="also print one JSON object at the end")
    parser.add_argument("--one", nargs=4, metavar=("SIZE", "RUNNER", "WORKERS", "STAGES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        # Measure through the module's importable name, so that its flow is pickled by reference.
        from benchmarks import dask_scale

        print(json.dumps(dask_scale.measure(int(args.one[0]), args.one[1], int(args.one[2]), args.one[3])),
              flush=True)
        return

    server = None
    if not os.environ.get("PREFECT_API_URL"):
        server = start_server()
        os.environ["PREFECT_API_URL"] = server[1]
    rows = []
    header = (f"{'docs':>7} {'runner':>7} {'claims':>8} {'matches':>9} {'extract s':>9} {'match s':>8} "
              f"{'write s':>7} {'cluster s':>9} {'total s':>8} {'docs/s':>7} {'CPU s':>7} {'flow CPU s':>10} "
              f"{'peak RSS MB':>11} {'flow MB':>7} {'child MB':>8} {'MB e/m/w':>17} {'load':>9}  digest / matches digest")
    print(header, flush=True)
    try:
        for size in args.sizes:
            for runner in args.runners:
                done = subprocess.run([sys.executable, __file__, "--one", str(size), runner, str(args.workers),
                                       args.stages], capture_output=True, text=True)
                if done.returncode != 0:
                    print(f"{size:>7} {runner:>7} failed:\n{done.stderr[-3000:]}", flush=True)
                    continue
                r = json.loads(done.stdout.strip().splitlines()[-1])
                rows.append(r)
                load = "-".join(str(x) for x in r["load_avg"])
                by_stage = "/".join(str(r["peak_rss_stage_mb"].get(k, "-")) for k in ("extract", "match", "write"))
                print(f"{r['docs']:>7} {r['runner']:>7} {r['claims']:>8} {r['matches']:>9} {r['extract_s']:>9} "
                      f"{r['match_s']:>8} {r['write_s']:>7} {r['cluster_s']:>9} {r['stages_s']:>8} {r['docs_per_s']:>7} "
                      f"{r['cpu_s']:>7} {r['flow_cpu_s']:>10} {r['peak_rss_mb']:>11} {r['peak_flow_rss_mb']:>7} "
                      f"{r['peak_child_rss_mb']:>8} {by_stage:>17} {load:>9}  {r['digest']} / {r['matches_digest']}", flush=True)
    finally:
        if server:
            stop_server(server[0], server[2])
    digests = {}
    for r in rows:
        digests.setdefault(r["docs"], set()).add((r["digest"], r["matches_digest"]))
    for size, found in digests.items():
        if len(found) > 1:
            print(f"MISMATCH at {size} documents: the runners found different findings ({sorted(found)})")
    if args.json:
        print(json.dumps({"benchmark": "dask_scale", "cpus": os.cpu_count(), "runs": rows}))


if __name__ == "__main__":
    main()
