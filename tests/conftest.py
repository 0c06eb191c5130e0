"""Shared fixtures: the alias table, the bundled corpus as documents, a Prefect harness."""

from __future__ import annotations

import json
import os
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
FETCHED = datetime(2024, 10, 25, tzinfo=timezone.utc)


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
