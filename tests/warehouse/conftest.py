"""Fixtures of the warehouse tests: the hand-built warehouse (see handmade.py) and the old one."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from handmade import HandWarehouse, build_hand_warehouse

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLD_WAREHOUSE = FIXTURES / "warehouse-0001.duckdb"


@pytest.fixture(scope="session")
def _hand_warehouse_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hand_warehouse(tmp_path_factory.mktemp("hand") / "hand.duckdb").path


@pytest.fixture
def hand_warehouse(_hand_warehouse_file: Path, tmp_path: Path) -> HandWarehouse:
    """A fresh copy of the two-run hand-built warehouse (built once per session)."""
    path = tmp_path / "hand.duckdb"
    shutil.copyfile(_hand_warehouse_file, path)
    return HandWarehouse(path)


@pytest.fixture
def old_warehouse(tmp_path: Path) -> Path:
    """A copy of the committed warehouse written by schema 0001 (tests/fixtures/make_warehouse_0001.py)."""
    path = tmp_path / "old.duckdb"
    shutil.copyfile(OLD_WAREHOUSE, path)
    return path


@pytest.fixture
def make_hand_warehouse(tmp_path: Path) -> Callable[..., HandWarehouse]:
    def make(runs: int = 2, name: str = "w.duckdb") -> HandWarehouse:
        return build_hand_warehouse(tmp_path / name, runs)

    return make

