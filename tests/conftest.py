"""Shared fixtures: the alias table, the bundled corpus as documents, a Prefect harness."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from reconcile.entities import AliasTable, load_aliases  # noqa: E402
from reconcile.model import Document  # noqa: E402
from sources.local import iter_files, read_file  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "sources" / "corpus"
GOLD = ROOT / "tests" / "gold" / "bundled.json"
GOLDEN_DIR = ROOT / "tests" / "golden"
FETCHED = datetime(2024, 10, 25, tzinfo=timezone.utc)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite tests/golden/ from the current output (then review the diff)")


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/<name>; --update-goldens rewrites the file instead."""
    update = request.config.getoption("--update-goldens")

    def check(name: str, actual: str) -> None:
        path = GOLDEN_DIR / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"missing golden {name}: run pytest --update-goldens, then review the diff"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{name} differs from the golden; if the change is intended: pytest --update-goldens"

    return check


@pytest.fixture(scope="session")
def aliases() -> AliasTable:
    return load_aliases()


@pytest.fixture(scope="session")
def corpus_docs() -> dict[str, Document]:
    """The bundled corpus, read through sources/, keyed by file stem."""
    out = {}
    for path in iter_files(CORPUS):
        result = read_file(path, FETCHED)
        assert result.document is not None, result.error
        out[path.stem] = result.document
    return out


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def prefect_harness():
    """A throwaway Prefect API for the session; heartbeats off so a flow run costs ~0.1 s."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            yield
