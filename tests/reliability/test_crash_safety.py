"""Crash safety: `kill -9` inside the warehouse write loses nothing and leaves nothing half-written.

A real `claims run` process is killed with SIGKILL at a point the test chooses, inside
save_run's open transaction (the CLAIMS_FAULT test hook of warehouse/store.py). The
warehouse must then open, hold exactly the state of the last complete run (every table's
row count and content checksum), and the next run must end where an uninterrupted run ends.
"""

from __future__ import annotations

import shutil
import signal
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest
from reliability_kit import Claims, copy_corpus, corpus_names, integrity_problems, outcome, snapshot

from flows.pipeline import reconcile_coverage
from reconcile.model import RunRecord
from warehouse import db as wdb
from warehouse.store import FAULT_POINTS, match_spool_folder, save_run

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


@dataclass
class Story:
    folder: Path  # the corpus: 7 files at the first run, all 13 at the second
    after_first: Path  # the warehouse after the first run (read-only template)
    reference: Path  # the warehouse after the first and an uninterrupted second run
    reports: Path


@pytest.fixture(scope="module")
def story(prefect_harness, tmp_path_factory: pytest.TempPathFactory) -> Story:
    base = tmp_path_factory.mktemp("crash")
    names = corpus_names()
    folder = copy_corpus(base / "corpus", names[:7])
    after_first = base / "after-first.duckdb"
    first = reconcile_coverage(sources=[str(folder)], db=str(after_first), report_dir=str(base / "reports"))
    assert first.exit_code == 0 and first.documents == 7
    copy_corpus(folder, names[7:])  # later coverage arrives
    reference = base / "reference.duckdb"
    shutil.copyfile(after_first, reference)
    second = reconcile_coverage(sources=[str(folder)], db=str(reference), report_dir=str(base / "reports"))
    assert second.exit_code == 0 and second.documents == 13 and second.documents_new == 6
    return Story(folder, after_first, reference, base / "reports")


@pytest.mark.slow
@pytest.mark.parametrize("point", ["after-claims", "after-matches", "before-commit"])
def test_kill_9_inside_the_warehouse_write_keeps_the_last_complete_state(story: Story, claims: Claims,
                                                                          tmp_path: Path, point: str) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copyfile(story.after_first, db)
    before = snapshot(db)

    killed = claims.run("run", "--db", str(db), "--report-dir", str(story.reports), "--source", str(story.folder),
                        extra_env={"CLAIMS_FAULT": f"store:{point}"}, timeout=90)
    assert killed.returncode == -signal.SIGKILL, killed.describe()
    assert "Task run 'match_and_decide" in killed.stderr and "run " not in killed.stdout, killed.describe()

    # The warehouse opens and holds exactly what the last complete run left: same tables, rows, content.
    assert snapshot(db) == before
    assert integrity_problems(db) == []

    # The next run completes, and ends where an uninterrupted run ends.
    again = reconcile_coverage(sources=[str(story.folder)], db=str(db), report_dir=str(story.reports))
    assert again.exit_code == 0 and again.documents_new == 6
    assert not match_spool_folder(db).exists()  # the killed run's spool, cleared and then removed by this one
    assert outcome(db) == outcome(story.reference)
    assert integrity_problems(db) == []


def test_the_fault_hook_is_validated_and_rolls_back_like_any_error(tmp_path: Path, monkeypatch) -> None:
    """A misspelt CLAIMS_FAULT fails loudly (a crash test must never pass because its hook never fired)."""
    now = datetime.now(timezone.utc)
    record = RunRecord(run_id="r-hook", started_at=now, finished_at=now, documents=(), claims=(), links=(),
                       matches=(), findings=(), errors=())
    db = tmp_path / "w.duckdb"
    with wdb.connect(db) as con:
        wdb.apply_migrations(con)
        monkeypatch.setenv("CLAIMS_FAULT", "store:after-clams")
        with pytest.raises(ValueError, match="after-claims"):
            save_run(con, record)
        assert con.execute("select count(*) from runs").fetchall() == [(0,)]
        monkeypatch.setenv("CLAIMS_FAULT", "flows:elsewhere")  # another module's point: not ours
        save_run(con, record)
        assert con.execute("select count(*) from runs").fetchall() == [(1,)]
    assert set(FAULT_POINTS) >= {"after-claims", "after-matches", "before-commit"}
