"""Pinned quality floors (``floors.json``): a benchmark run with ``--check`` fails below them.

A floor only moves down with ``--allow-regression`` passed explicitly (and a new
``floors.json`` committed with the reason); it moves up by editing the file.
"""

from __future__ import annotations

import json
from pathlib import Path

FLOORS = Path(__file__).with_name("floors.json")


def check(benchmark: str, measured: dict[str, float], allow_regression: bool = False) -> list[str]:
    """The metrics of *benchmark* that fell below their floor, as readable lines (empty: all good)."""
    floors = json.loads(FLOORS.read_text(encoding="utf-8")).get(benchmark, {})
    below = [f"`{benchmark}` {name}: {measured.get(name)} < floor {floor}"
             for name, floor in floors.items() if measured.get(name, float("-inf")) < floor]
    return [] if allow_regression else below
