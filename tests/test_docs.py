"""Every setting and every CLI command is documented in the README."""

from __future__ import annotations

from pathlib import Path

from flows.cli import cli
from flows.config import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_setting_and_its_variable_is_in_the_readme() -> None:
    for s in SETTINGS:
        assert s.env in README, s.env
        assert f"`{s.name}`" in README or f"`--{s.name.replace('_', '-')}`" in README, s.name


def test_every_command_is_in_the_readme() -> None:
    for name in cli.commands:
        assert f"claims {name}" in README, name
