"""Fixtures of the reliability suite: `claims` subprocesses on the session's Prefect API, Chromium.

Every `claims run` here is a real process. They share the Prefect API of the session's
``prefect_harness`` (tests/conftest.py) through PREFECT_API_URL, so none of them spends
~15 s starting a temporary Prefect server of its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_kit import Claims

CHROMIUM = os.environ.get("CLAIMS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic", "--no-first-run", "--disable-default-apps",
]


HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test of this folder is marked `reliability` (`pytest -m reliability` runs the suite alone)."""
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.reliability)


@pytest.fixture(scope="session")
def claims_env(prefect_harness, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a `claims` subprocess: the session's Prefect API, telemetry off."""
    from prefect.settings import PREFECT_API_URL

    api = PREFECT_API_URL.value()
    assert api, "prefect_harness did not set PREFECT_API_URL"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAIMS_", "PREFECT_"))}
    env.update({
        "PREFECT_API_URL": api,
        "PREFECT_HOME": str(tmp_path_factory.mktemp("prefect-home")),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PYTHONUNBUFFERED": "1",
    })
    return env


@pytest.fixture
def claims(claims_env: dict[str, str], tmp_path: Path) -> Claims:
    return Claims(claims_env, tmp_path)


@pytest.fixture(scope="module")
def module_claims(claims_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Claims:
    return Claims(claims_env, tmp_path_factory.mktemp("claims"))


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium, as in tests/warehouse/test_report_browser.py (CI never skips it)."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install -y chromium`)"
        if os.environ.get("CLAIMS_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
