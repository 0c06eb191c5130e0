"""The pinned quality floors: readable, and they fail a run that falls below them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.quality.floors import check  # noqa: E402


def test_a_run_below_a_floor_is_reported() -> None:
    below = check("mrpc", {"accuracy": 70.0, "f1": 90.0})
    assert below == ["`mrpc` accuracy: 70.0 < floor 78.5"]


def test_a_missing_metric_counts_as_below() -> None:
    assert len(check("checkthat2020-task2-en", {})) == 3


def test_allow_regression_reports_nothing() -> None:
    assert check("mrpc", {"accuracy": 0.0, "f1": 0.0}, allow_regression=True) == []


def test_the_measured_figures_clear_the_floors() -> None:
    assert check("mrpc", {"accuracy": 78.7, "f1": 84.3}) == []
    assert check("checkthat2020-task2-en", {"map@5": 0.9095, "mrr": 0.9115, "p@1": 0.8844}) == []
