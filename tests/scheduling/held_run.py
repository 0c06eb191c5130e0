"""A real flow run that holds the warehouse until told to go on: `python held_run.py CORPUS DB GO_FILE`.

Its matching stage waits for GO_FILE to exist, so a test can start other runs while this
one certainly holds the run lock. Exits with the run's exit code.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import pipeline

real_match_and_decide = pipeline.match_and_decide


@task(name="match_and_decide", cache_policy=NO_CACHE)
def held_match_and_decide(*args, **kwargs):
    go = Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.05)
    return real_match_and_decide.fn(*args, **kwargs)


if __name__ == "__main__":
    pipeline.match_and_decide = held_match_and_decide
    corpus, db = sys.argv[1], sys.argv[2]
    summary = pipeline.reconcile_coverage(sources=[corpus], db=db, report_dir=str(Path(db).parent / "reports"))
    print(f"documents_new={summary.documents_new}", flush=True)
    sys.exit(summary.exit_code)
