"""Imports flow one way: flows → (sources | warehouse) → reconcile; only flows knows Prefect."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "reconcile": {"flows", "sources", "warehouse", "prefect", "duckdb", "httpx", "trafilatura", "click", "dask"},
    "sources": {"flows", "warehouse", "prefect", "duckdb", "dask"},
    "warehouse": {"flows", "sources", "prefect", "httpx", "trafilatura", "dask"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_what_its_layer_may(package: str) -> None:
    offenders = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = imported_roots(path) & FORBIDDEN[package]
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_nothing_imports_flows() -> None:
    for package in ("reconcile", "sources", "warehouse"):
        for path in (ROOT / package).rglob("*.py"):
            assert "flows" not in imported_roots(path), path
