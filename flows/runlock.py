"""One flow run per warehouse at a time: an OS file lock held for the whole run.

DuckDB allows one writer, and a run reads the warehouse when it starts and writes it when
it ends; two runs interleaved would each write a world the other never saw (and the
second writer would be refused the file mid-run). So a run takes ``<db>.lock`` first and
keeps it until it has written its report. A run that finds the lock taken waits for it,
up to a bound, or gives up at once with ``wait=0`` (a scheduled run then skips its slot).

The lock is ``fcntl.flock`` on the lock file: the kernel drops it when the holding
process exits, however it exits, so a crashed run never leaves a stale lock. The file is
never deleted (deleting a flock'ed file lets two processes lock two different inodes);
it holds one JSON line naming the holder while locked, and is empty otherwise. POSIX
only, and the warehouse should be on a local disk (flock over NFS is not reliable).
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_WAIT_SECONDS = 300.0
POLL_SECONDS = 0.2
SKIPPED_EXIT_CODE = 75  # sysexits EX_TEMPFAIL: nothing failed, try again later


class RunLockBusy(Exception):
    """Another run holds the warehouse's run lock, and waiting did not get it."""

    def __init__(self, db: str, holder: str, waited: float) -> None:
        super().__init__(db, holder, waited)
        self.db = db
        self.holder = holder
        self.waited = waited

    def __str__(self) -> str:
        waited = f"after waiting {self.waited:.0f} s" if self.waited >= 0.5 else "without waiting (--wait-for-lock 0)"
        return (f"skipped: warehouse `{self.db}` is in use by another run ({self.holder}); gave up {waited}. "
                "Nothing was read or written; the next run picks up where that one leaves off.")


def lock_path(db: str | Path) -> Path:
    return Path(f"{db}.lock")


def describe(holder: dict[str, object] | None) -> str:
    """'flow run clever-fox (pid 412 on host-a, since 12:03:09 UTC)', or what is known of it."""
    if not holder:
        return "holder unknown"
    who = f"flow run {holder['flow_run_name']}" if holder.get("flow_run_name") else "a run"
    where = f"pid {holder.get('pid', '?')}" + (f" on {holder['host']}" if holder.get("host") else "")
    since = ""
    if isinstance(holder.get("since"), str):
        try:
            since = ", since " + datetime.fromisoformat(str(holder["since"])).strftime("%Y-%m-%d %H:%M:%S UTC")
        except ValueError:
            pass
    return f"{who} ({where}{since})"


def read_holder(db: str | Path) -> dict[str, object] | None:
    """What the current holder wrote into the lock file; None when nobody holds it or it says nothing."""
    try:
        text = lock_path(db).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def is_held(db: str | Path) -> bool:
    """True when some process holds the run lock of *db* right now."""
    path = lock_path(db)
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing releases the probe's lock
    return False


@contextmanager
def run_lock(db: str | Path, *, wait: float = DEFAULT_WAIT_SECONDS, flow_run_id: str | None = None,
             flow_run_name: str | None = None,
             on_wait: Callable[[str], None] | None = None) -> Iterator[dict[str, object]]:
    """Hold the run lock of *db* for the duration of the block.

    Waits up to *wait* seconds for another holder to finish; *on_wait* is told once, with
    the holder's description, when waiting starts. Yields what was recorded as holder.

    :raises RunLockBusy: the lock is still held after *wait* seconds (at once when 0).
    """
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        start = time.monotonic()
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                waited = time.monotonic() - start
                if waited >= wait:
                    raise RunLockBusy(str(db), describe(read_holder(db)), waited) from None
                if not told and on_wait is not None:
                    on_wait(describe(read_holder(db)))
                    told = True
                time.sleep(min(POLL_SECONDS, max(wait - waited, 0.0)))
        holder: dict[str, object] = {
            "pid": os.getpid(), "host": socket.gethostname(), "flow_run_id": flow_run_id,
            "flow_run_name": flow_run_name, "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(holder) + "\n").encode("utf-8"), 0)
        try:
            yield holder
        finally:
            os.ftruncate(fd, 0)  # then closing the file releases the lock
    finally:
        os.close(fd)
