"""Scale-out on a dask.distributed cluster, through prefect-dask's DaskTaskRunner.

The flow's own task runner stays Prefect's default thread pool. With ``runner="dask"``
the flow opens a :class:`DaskTaskRunner` for its two heavy stages and maps a few coarse
tasks per Dask worker on it: extraction by document chunk, matching by partition
(``reconcile.partition``: claims that can never be compared go to different partitions).
Choosing the runner by parameter, not by ``flow.with_options(task_runner=...)``, keeps it
working for deployments and ``flow.serve``, which load the flow from its entrypoint.

Every task run on a Dask worker reports to the Prefect API. Without ``PREFECT_API_URL``
each worker process would start its own temporary Prefect server (seconds per worker,
and runs recorded in no server you can see), so the Dask runner requires a configured
server and says so.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

RUNNERS = ("default", "dask")
# Dask settings for the workers of a LocalCluster (set them on a real cluster's workers too):
# the statistical profiler samples every worker thread's stack every 10 ms, which made our
# pure-Python matching 2-3x slower on the workers; INFO logs of distributed are chatter.
WORKER_DASK_CONFIG = {"DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False", "DASK_LOGGING__DISTRIBUTED": "warning"}
PARTITIONS_PER_THREAD = 3  # a few per worker thread: the scheduler can balance, the server sees tens of tasks
MIN_DOCS_PER_CHUNK = 50  # below this, a task's overhead weighs
MAX_DOCS_PER_CHUNK = 1000  # above this, results come back in lumps and workers hold much at once
IN_FLIGHT_PER_THREAD = 2  # extraction chunks submitted ahead per worker thread: the graph never holds the corpus


class Parcel:
    """A value handed to, or returned by, a task on a Dask worker, cheaply.

    Three costs it avoids, each measured on the flow's own process (py-spy, 5,000 synthetic
    documents on a LocalCluster of 2 workers), which is the one that does not scale with
    workers:

    - Prefect visits every element of a task's parameters looking for futures (for lists
      of claims, every field of every claim); it does not look inside an object of a plain
      class like this one. (Prefect's own ``quote()`` does not survive the trip through
      prefect-dask 0.3.7.)
    - Dask names each submitted task by hashing its arguments (``dask.tokenize``), which
      pickles each argument, unpickles it and pickles it again to check that the hash is
      stable: 64% of the flow thread's CPU went there. A Parcel names itself with a random
      token instead (``__dask_tokenize__``): every Parcel is a new value anyway.
    - Pickling a slotted dataclass (Document, Claim, ClaimMatch...) goes through
      ``dataclasses``' Python-level ``__getstate__``/``__setstate__``, which call
      ``fields()`` for every object: most of the rest of the CPU, on both sides. A Parcel
      pickles a list of records of one class as tuples of their fields and rebuilds them
      with ``cls(*row)`` (``_pack``/``_unpack`` below).
    """

    __slots__ = ("value", "_token")

    def __init__(self, value: Any) -> None:
        self.value = value
        self._token = uuid.uuid4().hex

    def __dask_tokenize__(self) -> tuple[str, str]:
        return ("Parcel", self._token)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unpack_parcel, (_pack(self.value),))

    def __repr__(self) -> str:
        size = f" of {len(self.value)}" if hasattr(self.value, "__len__") else ""
        return f"Parcel({type(self.value).__name__}{size})"


# How _pack wrote a value: as it is, a tuple of packed values, a list of records of one
# class as rows, or a dict whose values are such a list.
_PLAIN, _TUPLE, _RECORDS, _DICT = range(4)


def _record_fields(value: Any) -> tuple[str, ...] | None:
    """The field names of a dataclass record that ``cls(*row)`` rebuilds, else None."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return None
    fields = dataclasses.fields(value)
    if any(not f.init for f in fields):
        return None
    return tuple(f.name for f in fields)


def _pack(value: Any) -> tuple[Any, ...]:
    if type(value) is tuple:
        return (_TUPLE, [_pack(v) for v in value])
    if type(value) is list and value:
        cls = type(value[0])
        names = _record_fields(value[0])
        if names is not None and all(type(v) is cls for v in value):
            return (_RECORDS, cls, [tuple([getattr(v, n) for n in names]) for v in value])
    if type(value) is dict and value:
        packed = _pack(list(value.values()))
        if packed[0] == _RECORDS:
            return (_DICT, list(value), packed)
    return (_PLAIN, value)


def _unpack(packed: tuple[Any, ...]) -> Any:
    how = packed[0]
    if how == _TUPLE:
        return tuple(_unpack(p) for p in packed[1])
    if how == _RECORDS:
        cls = packed[1]
        return [cls(*row) for row in packed[2]]
    if how == _DICT:
        return dict(zip(packed[1], _unpack(packed[2]), strict=True))
    return packed[1]


def _unpack_parcel(packed: tuple[Any, ...]) -> Parcel:
    return Parcel(_unpack(packed))


class ScaleOutError(Exception):
    """The scale-out runner cannot be used as configured; the message says what to do."""


class NeedsPrefectServerError(ScaleOutError):
    def __init__(self, what: str, why: str) -> None:
        super().__init__(what, why)
        self.what = what
        self.why = why

    def __str__(self) -> str:
        return (f"{self.what} needs a Prefect server and none is configured (PREFECT_API_URL is not set; {self.why}): "
                "start one with `prefect server start`, then `export PREFECT_API_URL=http://127.0.0.1:4200/api` "
                "and try again")


DASK_WHY = "without it every Dask worker would start a temporary server of its own"
SCHEDULE_WHY = "Prefect's temporary server never runs schedules"


def configured_api_url() -> str | None:
    """The Prefect API this process talks to, when one is configured (None: the temporary server)."""
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return str(url) if url else None


def require_server(what: str, why: str) -> str:
    """The configured API URL.

    :raises NeedsPrefectServerError: none is configured.
    """
    url = configured_api_url()
    if not url:
        raise NeedsPrefectServerError(what, why)
    return url


def check_runner(runner: str) -> None:
    if runner not in RUNNERS:
        raise ScaleOutError(f"unknown runner `{runner}`; use one of: {', '.join(RUNNERS)}")
    if runner == "dask":
        require_server("the Dask runner", DASK_WHY)


def local_cluster_kwargs(workers: int | None, api_url: str) -> dict[str, Any]:
    """A LocalCluster of worker processes, one thread each, no dashboard, reporting to *api_url*."""
    env = {"PREFECT_API_URL": api_url, **WORKER_DASK_CONFIG}
    for name in ("DO_NOT_TRACK", "PREFECT_SERVER_ANALYTICS_ENABLED", "PREFECT_HOME", "PREFECT_LOGGING_LEVEL",
                 *WORKER_DASK_CONFIG):
        if os.environ.get(name):
            env[name] = os.environ[name]
    return {"n_workers": workers or min(os.cpu_count() or 1, 8), "threads_per_worker": 1, "processes": True,
            "dashboard_address": None, "env": env}


@contextmanager
def dask_task_runner(address: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A started DaskTaskRunner: on the scheduler at *address*, or on a new LocalCluster of *workers*."""
    from prefect_dask import DaskTaskRunner

    api_url = require_server("the Dask runner", DASK_WHY)
    if address:
        runner = DaskTaskRunner(address=address)
    else:
        runner = DaskTaskRunner(cluster_kwargs=local_cluster_kwargs(workers, api_url))
    # The LocalCluster's scheduler and nannies live in this process: keep their INFO chatter
    # (start, stop, "Batched Comm Closed" at shutdown) out of the run's log unless asked for.
    chatter = logging.getLogger("distributed")
    level = chatter.level
    if not os.environ.get("DASK_LOGGING__DISTRIBUTED"):
        chatter.setLevel(logging.WARNING)
    try:
        with runner:
            yield runner
    finally:
        chatter.setLevel(level)


def worker_threads(runner: Any) -> int:
    """Threads across the cluster's workers now (at least 1: an adaptive cluster may start empty)."""
    return max(1, sum(runner.client.nthreads().values()))


def chunks(items: list[Any], threads: int) -> list[list[Any]]:
    """*items* cut into contiguous chunks: a few per thread, of MIN_DOCS_PER_CHUNK to MAX_DOCS_PER_CHUNK each."""
    if not items:
        return []
    size = math.ceil(len(items) / (PARTITIONS_PER_THREAD * threads))
    size = max(MIN_DOCS_PER_CHUNK, min(size, MAX_DOCS_PER_CHUNK))
    return [items[i : i + size] for i in range(0, len(items), size)]
