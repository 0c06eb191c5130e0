"""Settings: each one a name, a default, an environment variable and help text.

Precedence, lowest first: defaults < environment (CLAIMS_*) < command-line flags.
``tests/test_docs.py`` checks that every setting is documented in the README.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from importlib.resources import files
from pathlib import Path

from reconcile.model import MatchPolicy


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: object
    help: str


SETTINGS = (
    Setting("db", "CLAIMS_DB", "warehouse.duckdb", "DuckDB warehouse file (created if missing)"),
    Setting("report_dir", "CLAIMS_REPORT_DIR", "reports", "folder for the per-run Markdown report"),
    Setting("aliases", "CLAIMS_ALIASES", None, "extra alias table (TOML) that extends the shipped one"),
    Setting("date_window_days", "CLAIMS_DATE_WINDOW_DAYS", 4, "claims further apart in days are not 'the same time'"),
    Setting("stance_days", "CLAIMS_STANCE_DAYS", 32, "statements of one proposition this many days apart still meet"),
    Setting("running_days", "CLAIMS_RUNNING_DAYS", 28,
            "a growing count's snapshots this many days apart are one finding"),
    Setting("about_tolerance", "CLAIMS_ABOUT_TOLERANCE", 0.05, "relative slack of an 'about' figure"),
    Setting("exact_tolerance", "CLAIMS_EXACT_TOLERANCE", 0.01, "relative slack of a bare figure"),
    Setting("agree_tolerance", "CLAIMS_AGREE_TOLERANCE", 0.0, "extra relative slack before two figures disagree"),
    Setting("numeric_threshold", "CLAIMS_NUMERIC_THRESHOLD", 55.0, "minimum score (0-100) to match two figures"),
    Setting("statement_threshold", "CLAIMS_STATEMENT_THRESHOLD", 45.0, "minimum weighted term overlap to match statements"),
    Setting("max_span_ratio", "CLAIMS_MAX_SPAN_RATIO", 3.0, "a range wider than this many times its low end matches nothing"),
)
_POLICY_FIELDS = {f.name for f in fields(MatchPolicy)}


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path = Path("warehouse.duckdb")
    report_dir: Path = Path("reports")
    aliases: Path | None = None
    policy: MatchPolicy = field(default_factory=MatchPolicy)

    def config_hash(self) -> str:
        """Hash of what changes results: the extractor's code and data, the alias file, the policy.

        Recorded with each run; when it changes, stored claims are extracted again.
        """
        blob = json.dumps({"policy": asdict(self.policy), "aliases": self.aliases_text(),
                           "extractor": extractor_fingerprint()}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def aliases_text(self) -> str | None:
        if self.aliases is None:
            return None
        try:
            return self.aliases.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read alias file `{self.aliases}`: {exc}") from exc


def extractor_fingerprint() -> str:
    """Hash of reconcile/'s code and shipped data: a new extractor means new claims."""
    digest = hashlib.sha256()
    root = files("reconcile")
    for name in sorted(p.name for p in root.iterdir() if p.name.endswith(".py")):
        digest.update(name.encode() + root.joinpath(name).read_bytes())
    for name in sorted(p.name for p in root.joinpath("data").iterdir()):
        digest.update(name.encode() + root.joinpath("data").joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


class ConfigError(ValueError):
    """A setting with a value that cannot be used; the message names the setting."""


def load_settings(env: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Defaults, then CLAIMS_* variables from *env*, then *overrides* (None means 'not given')."""
    env = dict(os.environ if env is None else env)
    values: dict[str, object] = {}
    for s in SETTINGS:
        raw: object = s.default
        if s.env in env and env[s.env] != "":
            raw = env[s.env]
        if overrides.get(s.name) is not None:
            raw = overrides[s.name]
        values[s.name] = raw
    policy_values = {}
    for name in _POLICY_FIELDS & values.keys():
        default = getattr(MatchPolicy(), name)
        try:
            policy_values[name] = type(default)(values[name])
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"setting `{name}` must be a {type(default).__name__}, got {values[name]!r}") from exc
    return Settings(
        db=Path(str(values["db"])),
        report_dir=Path(str(values["report_dir"])),
        aliases=Path(str(values["aliases"])) if values["aliases"] else None,
        policy=replace(MatchPolicy(), **policy_values),
    )
