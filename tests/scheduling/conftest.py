"""A real `prefect server start` on 127.0.0.1 for the session (tests marked `server`).

Schedules, served deployments and the Dask runner need a Prefect server: the temporary
one Prefect starts on its own never runs schedules, and every Dask worker would start one
of its own. The server gets its own PREFECT_HOME in the session's tmp folder and runs with
telemetry off; it takes about 10 s to come up and is stopped by PID (SIGINT, then SIGKILL
after a timeout).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from prefect_procs import PrefectServer, launch_server, stop, wait_healthy


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
