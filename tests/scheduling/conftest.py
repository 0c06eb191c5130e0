"""A real `prefect server start` on 127.0.0.1 for the session (tests marked `server`).

Schedules, served deployments and the Dask runner need a Prefect server: the temporary
one Prefect starts on its own never runs schedules, and every Dask worker would start one
of its own. The server gets its own PREFECT_HOME in the session's tmp folder and runs with
telemetry off; it takes about 10 s to come up and is stopped by PID (SIGINT, then SIGKILL
after a timeout).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect_procs import CORPUS, PrefectServer, launch_server, stop, wait_healthy

# Three documents of one day: enough for findings, quick to extract in a subprocess.
SMALL_CORPUS = ["ap-2024-10-18-nk-dispatched-12000.md", "kyodo-2024-10-18-nk-12000-troops.md",
                "yonhap-2024-10-18-nis-troop-dispatch.md"]


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in SMALL_CORPUS:
        shutil.copy(CORPUS / name, corpus / name)
    return corpus


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    proc, server = launch_server(tmp_path_factory.mktemp("prefect-server"))
    try:
        wait_healthy(proc, server)
        yield server
    except RuntimeError as exc:
        pytest.fail(str(exc))
    finally:
        stop(proc)
