"""The reviewer's discrepancy report, rendered from the warehouse with Jinja2.

Article text is untrusted: every value that comes from a document goes through the
``md`` filter, which escapes Markdown and HTML syntax and folds newlines, so a title or
quote can neither break a table nor inject markup.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb
from jinja2 import Environment, PackageLoader, StrictUndefined

from warehouse.db import run_query

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
MAX_QUOTE_CHARS = 400


def md(value: object, limit: int = MAX_QUOTE_CHARS) -> str:
    """Escape *value* for a Markdown table cell or line: no markup, no newlines, bounded length."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    text = text.replace("&", "&amp;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def fmt_value(row: dict[str, Any]) -> str:
    def n(x: float | None) -> str:
        if x is None:
            return "?"
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"

    if row["kind"] == "date":
        return f"{row['date_value']}" + (f"–{row['date_value_end']}" if row.get("date_value_end") else "")
    if row["kind"] == "statement":
        return row.get("polarity") or ""
    q = row.get("qualifier") or "exact"
    if q in ("range", "vague"):
        return f"{n(row['value_low'])}–{n(row['value_high'])}"
    return {"about": "about ", "at_least": "at least ", "up_to": "up to "}.get(q, "") + n(row["value"])


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("warehouse", "templates"), undefined=StrictUndefined,
                      autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md"] = md
    env.filters["value"] = fmt_value
    return env


def report_data(con: duckdb.DuckDBPyConnection, run_id: str | None) -> dict[str, Any]:
    findings: dict[str, dict[str, Any]] = {}
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in run_query(con, "finding_members"):
        findings.setdefault(row["finding_id"], row)
        members[row["finding_id"]].append(row)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fid, f in findings.items():
        item = dict(f)
        item["members"] = members[fid]
        item["origins"] = sorted({m["attributed_to"] or (m["outlet"] or "unattributed") for m in members[fid]})
        item["outlets"] = sorted({m["outlet"] or m["uri"] for m in members[fid]})
        grouped[f["verdict"]].append(item)
    for verdict in grouped:
        grouped[verdict].sort(key=lambda f: (-(f["independent_origins"] or 0), -(f["relative_spread"] or 0),
                                             f["finding_id"]))
    run = run_query(con, "run_info", run_id=run_id)[0] if run_id else None
    return {
        "run": run,
        "counts": json.loads(run["counts"]) if run and run["counts"] else {},
        "discrepancies": grouped.get("discrepancy", []),
        "updates": grouped.get("update", []),
        "agreements": grouped.get("agreement", []),
        "uncorroborated": grouped.get("uncorroborated", []),
        "errors": run_query(con, "run_errors", run_id=run_id) if run_id else [],
    }


def render_markdown(con: duckdb.DuckDBPyConnection, run_id: str | None) -> str:
    return _environment().get_template("report.md.j2").render(**report_data(con, run_id))


def write_report(con: duckdb.DuckDBPyConnection, report_dir: Path, run_id: str) -> Path:
    """Write report-<run>.md and latest.md into *report_dir*; return the run's report path."""
    report_dir.mkdir(parents=True, exist_ok=True)
    text = render_markdown(con, run_id)
    path = report_dir / f"report-{run_id}.md"
    path.write_text(text, encoding="utf-8")
    (report_dir / "latest.md").write_text(text, encoding="utf-8")
    return path
