"""Two runs on one warehouse: the second waits (bounded) or says why it cannot run; nothing is corrupted.

DuckDB lets one process open the file at a time. Either outcome is accepted for the
second run: it waits and then succeeds, or it exits non-zero at once with one clear
message that names the lock and its holder. Never a traceback, never a hang, and the file
stays consistent either way.
"""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import pytest
from reliability_kit import Claims, Finished, copy_corpus, corpus_names, integrity_problems, query

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

BOUND = 90.0  # seconds any run here may take, waiting included


def assert_ran_or_refused_clearly(result: Finished, holder_pid: int | None = None) -> bool:
    """True when the run completed; False when it was refused with a clear message. Fails otherwise."""
    assert not result.timed_out and result.seconds < BOUND, result.describe()
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.describe()
    if result.returncode in (0, 3):
        assert result.stdout.startswith("run ") and "warehouse:" in result.stdout, result.describe()
        return True
    assert result.returncode == 1, result.describe()
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("Error: "), result.describe()
    assert "lock" in message.lower(), result.describe()
    if holder_pid is not None:
        assert f"PID {holder_pid}" in message, result.describe()
    return False


def assert_consistent(db: Path, documents: int) -> None:
    assert integrity_problems(db) == []
    assert query(db, "select count(*) from documents") == [(documents,)]  # no document stored twice
    stored = query(db, "select count(*) from runs where stored_seq is not null and status = 'completed'")[0][0]
    assert stored >= 1


@pytest.mark.slow
def test_a_second_run_while_the_first_holds_the_warehouse_mid_write(claims: Claims, tmp_path: Path) -> None:
    """The first run is frozen (SIGSTOP) inside its write transaction, holding the file; it resumes after 1 s."""
    folder = copy_corpus(tmp_path / "corpus", corpus_names()[:5])
    db = tmp_path / "w.duckdb"
    args = ("run", "--db", str(db), "--report-dir", str(tmp_path / "reports"), "--source", str(folder))
    first = claims.start(*args, extra_env={"CLAIMS_FAULT": "store:after-claims:stop"}, name="first")
    try:
        assert first.wait_for_state("T", timeout=BOUND), first.wait(5).describe()
        resume = threading.Timer(1.0, lambda: first.proc.send_signal(signal.SIGCONT))
        resume.start()
        try:
            second = claims.run(*args, timeout=BOUND)
        finally:
            resume.join()
        first_result = first.wait(BOUND)
    finally:
        first.kill()
    print(f"second run while the first held the file: exit {second.returncode} after {second.seconds:.1f} s: "
          f"{(second.stderr.strip().splitlines() or [''])[-1][:120]}")
    assert first_result.returncode == 0, first_result.describe()
    assert_ran_or_refused_clearly(first_result)
    assert_ran_or_refused_clearly(second, holder_pid=first.pid)
    assert_consistent(db, documents=5)


@pytest.mark.slow
def test_two_runs_started_at_once(claims: Claims, tmp_path: Path) -> None:
    folder = copy_corpus(tmp_path / "corpus", corpus_names()[:5])
    db = tmp_path / "w.duckdb"
    args = ("run", "--db", str(db), "--report-dir", str(tmp_path / "reports"), "--source", str(folder))
    runs = [claims.start(*args, name=f"run{i}") for i in range(2)]
    try:
        results = [r.wait(BOUND) for r in runs]
    finally:
        for r in runs:
            r.kill()
    completed = [assert_ran_or_refused_clearly(r) for r in results]
    print("two runs at once: " + ", ".join(f"exit {r.returncode} in {r.seconds:.1f} s" for r in results))
    assert any(completed), [r.describe() for r in results]
    assert_consistent(db, documents=5)
    if all(completed):  # both ran, one after the other's stages: the second stored nothing new
        assert query(db, "select count(*) from runs where stored_seq is not null") == [(2,)]
