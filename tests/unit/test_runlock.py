"""The warehouse's run lock: one holder, named in the lock file; others wait, bounded, or give up."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from flows import runlock


def test_the_holder_is_recorded_while_held_and_cleared_after(tmp_path) -> None:
    db = tmp_path / "w.duckdb"
    assert not runlock.is_held(db) and runlock.read_holder(db) is None
    with runlock.run_lock(db, wait=0, flow_run_id="1234", flow_run_name="clever-fox") as holder:
        assert runlock.is_held(db)
        assert runlock.read_holder(db) == holder
        assert holder["pid"] == os.getpid() and holder["flow_run_name"] == "clever-fox"
        assert runlock.describe(holder).startswith(f"flow run clever-fox (pid {os.getpid()} on ")
    assert not runlock.is_held(db) and runlock.read_holder(db) is None
    assert (tmp_path / "w.duckdb.lock").exists()  # never deleted: see the module's docstring
    with runlock.run_lock(db, wait=0):  # free again
        pass


def test_a_second_run_gives_up_at_once_or_after_its_wait(tmp_path) -> None:
    db = tmp_path / "w.duckdb"
    with runlock.run_lock(db, wait=0, flow_run_name="first"):
        with pytest.raises(runlock.RunLockBusy) as busy, runlock.run_lock(db, wait=0):
            pass
        assert "flow run first" in str(busy.value) and "without waiting" in str(busy.value)
        start = time.monotonic()
        told: list[str] = []
        with pytest.raises(runlock.RunLockBusy, match="after waiting 1 s"), runlock.run_lock(db, wait=0.6,
                                                                                            on_wait=told.append):
            pass
        assert 0.55 <= time.monotonic() - start < 3
        assert len(told) == 1 and told[0].startswith("flow run first")


def test_a_waiting_run_gets_the_lock_when_the_holder_finishes(tmp_path) -> None:
    db = tmp_path / "w.duckdb"
    order: list[str] = []
    held = threading.Event()

    def first() -> None:
        with runlock.run_lock(db, wait=0, flow_run_name="first"):
            held.set()
            time.sleep(0.5)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    held.wait(5)
    with runlock.run_lock(db, wait=10, flow_run_name="second") as holder:
        order.append("second has it")
        assert runlock.read_holder(db) == holder
    thread.join()
    assert order == ["first done", "second has it"]


def test_the_lock_dies_with_its_process(tmp_path) -> None:
    """A crashed run leaves no stale lock: the kernel drops a flock when its holder exits."""
    db = tmp_path / "w.duckdb"
    code = ("import os, sys; from flows import runlock\n"
            f"with runlock.run_lock({str(db)!r}, wait=0, flow_run_name='doomed'):\n"
            "    print('held', flush=True); os._exit(9)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 9 and done.stdout == "held\n"
    assert runlock.read_holder(db)["flow_run_name"] == "doomed"  # what it wrote is still there ...
    assert not runlock.is_held(db)  # ... but nobody holds the lock
    with runlock.run_lock(db, wait=0, flow_run_name="next") as holder:
        assert runlock.read_holder(db) == holder
