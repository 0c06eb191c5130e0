"""Processes for the scheduling tests: a Prefect server, `claims` runs against it, and stopping them."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

BIN = Path(sys.executable).parent
CORPUS = Path(__file__).resolve().parents[2] / "sources" / "corpus"
STARTUP_TIMEOUT = 90.0  # about 7-10 s on this project's 2-core machines; CI may be slower


def executable(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else shutil.which(name) or name


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def base_env(home: Path) -> dict[str, str]:
    """This process's environment without any Prefect API, with its own PREFECT_HOME and no telemetry."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API_", "PREFECT_PROFILE"))}
    env.update(PREFECT_HOME=str(home), DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PYTHONUNBUFFERED="1")
    return env


def stop(proc: subprocess.Popen, signals: tuple[int, ...] = (signal.SIGINT,), timeout: float = 10.0) -> None:
    """Stop *proc*: each of *signals* in turn, *timeout* seconds each, then SIGKILL; then its leftovers.

    Leftovers are the processes it started: those in its process group (tests start it in
    a session of its own) and its descendants as they were before it was signalled (the
    Prefect runner starts each flow run in a new session).
    """
    import psutil

    try:
        descendants = psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        descendants = []
    for sig in signals:
        if proc.poll() is not None:
            break
        proc.send_signal(sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            continue
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    _, alive = psutil.wait_procs(descendants, timeout=timeout)
    for child in alive:
        child.kill()
    psutil.wait_procs(alive, timeout=10)


@dataclass(frozen=True)
class PrefectServer:
    api_url: str
    home: Path
    log: Path

    def env(self, home: Path) -> dict[str, str]:
        """An environment for a client process of this server (its own PREFECT_HOME).

        A served deployment polls for due runs every second (default: every 10 s).
        """
        home.mkdir(parents=True, exist_ok=True)
        return {**base_env(home), "PREFECT_API_URL": self.api_url, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}

    def client(self):
        """A client of this server, whatever this process's own Prefect settings say."""
        from prefect.client.orchestration import SyncPrefectClient

        return SyncPrefectClient(self.api_url)


def launch_server(home: Path) -> tuple[subprocess.Popen, PrefectServer]:
    """Start `prefect server start` on a free port of 127.0.0.1; wait_healthy() waits for it to answer.

    Its scheduler looks for new deployments to schedule every second (default: 5 s, and
    60 s for all deployments), so a deployment served by a test gets its first runs at once.
    """
    port = free_port()
    log = home / "server.log"
    env = {**base_env(home), "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "1",
           "PREFECT_SERVER_SERVICES_SCHEDULER_RECENT_DEPLOYMENTS_LOOP_SECONDS": "1"}
    with log.open("w") as out:
        proc = subprocess.Popen([executable("prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    return proc, PrefectServer(f"http://127.0.0.1:{port}/api", home, log)


def wait_healthy(proc: subprocess.Popen, server: PrefectServer, timeout: float = STARTUP_TIMEOUT) -> None:
    """Return once the server answers /health; raise RuntimeError (with its log) if it dies or never does."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with {proc.returncode}:\n{server.log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{server.api_url}/health", timeout=2).json() is True:
                return
        except (httpx.HTTPError, ValueError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"prefect server not healthy after {timeout:.0f} s:\n{server.log.read_text()[-3000:]}")
        time.sleep(0.25)


def claims(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run the `claims` command to the end."""
    return subprocess.run([executable("claims"), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def start(args: list[str], env: dict[str, str], cwd: Path, log: Path) -> subprocess.Popen:
    """Start *args* in a session of its own, its output going to *log*."""
    with log.open("w") as out:
        return subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def wait_for(condition, timeout: float, what: str, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)
