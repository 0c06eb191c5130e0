"""The reviewer's discrepancy report, rendered from the warehouse as Markdown or HTML.

Article text is untrusted: titles, quotes, outlets, URLs and error details come from
documents someone else wrote. So:

- Markdown: every such value goes through the ``md`` filter, which escapes Markdown and
  HTML syntax and folds newlines, so it can neither break a table nor inject markup.
- HTML: Jinja2 autoescaping is on for the whole template, nothing is marked safe, and
  the page forbids scripts outright (a Content-Security-Policy with no script source).
- Links: only ``http:`` and ``https:`` URLs become links (:func:`safe_url`); anything
  else (``javascript:``, ``data:`` …) is shown as text.

Both formats come from one :func:`report_data`, so they say the same things.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
from jinja2 import Environment, PackageLoader, StrictUndefined

from warehouse.chart import value_chart
from warehouse.db import UnknownRunError, run_query
from warehouse.review import latest_reviews

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
MAX_QUOTE_CHARS = 400
VERDICT_ORDER = {"discrepancy": 0, "update": 1, "agreement": 2, "uncorroborated": 3}

# What counts as "a number" when highlighting quotes: numerals (12,000 · 1.5 · 12-thousand)
# and spelled-out numbers (fifteen hundred). For date claims, day and month names too.
_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|"
    "thousand|thousands|million|millions|billion|billions|dozen|dozens|half"
)
_SCALE = r"(?:[\s-]?(?:hundred|thousand|million|billion|bn|k|m)\b)?"
_NUMERAL = rf"\d(?:[\d,.]*\d)?%?{_SCALE}"
_SPELLED = rf"\b(?:{_NUMBER_WORDS})(?:[\s-]+(?:{_NUMBER_WORDS}))*\b"
_DATE_WORDS = (
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    r"(?:\s+\d{1,2}\b)?"
)
_HIGHLIGHT = re.compile(f"{_NUMERAL}|{_SPELLED}", re.IGNORECASE)
_HIGHLIGHT_DATES = re.compile(f"{_DATE_WORDS}|{_NUMERAL}|{_SPELLED}", re.IGNORECASE)
_SAFE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f<>\"'`\\]+", re.IGNORECASE)


def fold(value: object, limit: int = MAX_QUOTE_CHARS) -> str:
    """*value* as one line of at most *limit* characters."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))


def md(value: object, limit: int = MAX_QUOTE_CHARS) -> str:
    """Escape *value* for a Markdown table cell or line: no markup, no newlines, bounded length."""
    return _md_escape(fold(value, limit))


def code(value: object, limit: int = 200) -> str:
    """*value* as a Markdown code span (whose contents are literal); backticks cannot end it early."""
    text = fold(value, limit).replace("`", "'")
    return f"`{text}`" if text else ""


def safe_url(url: object) -> str | None:
    """*url* when it is a plain http(s) address that may become a link; None for anything else.

    Browsers drop tabs and newlines inside URLs and ignore leading control characters,
    so ``java\\tscript:`` would run: any whitespace or control character disqualifies.
    """
    if not isinstance(url, str) or not _SAFE_URL.fullmatch(url):
        return None
    return url


def md_url(url: str) -> str:
    """A safe URL as a Markdown link destination: characters Markdown cares about percent-encoded."""
    return quote(url, safe=":/?#[]@!$&'*+,;=%~.-_")


def highlight(text: object, kind: str = "numeric", limit: int = MAX_QUOTE_CHARS) -> list[tuple[str, bool]]:
    """Split a quote into (segment, is_number) pairs, numbers marked for highlighting."""
    folded = fold(text, limit)
    pattern = _HIGHLIGHT_DATES if kind == "date" else _HIGHLIGHT
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in pattern.finditer(folded):
        if m.start() > pos:
            out.append((folded[pos : m.start()], False))
        out.append((m.group(0), True))
        pos = m.end()
    if pos < len(folded):
        out.append((folded[pos:], False))
    return out


def md_quote(segments: list[tuple[str, bool]]) -> str:
    """A highlighted quote in Markdown: every segment escaped, numbers in bold."""
    return "".join(f"**{_md_escape(s)}**" if hit else _md_escape(s) for s, hit in segments)


def fmt_number(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def fmt_value(row: dict[str, Any]) -> str:
    """A claim's figure as a reviewer reads it: 'about 1,500', '2,000–9,000', 'up to 12,000'."""
    if row["kind"] == "date":
        return f"{row['date_value']}" + (f"–{row['date_value_end']}" if row.get("date_value_end") else "")
    if row["kind"] == "statement":
        return row.get("polarity") or ""
    q = row.get("qualifier") or "exact"
    if q in ("range", "vague"):
        return f"{fmt_number(row['value_low'])}–{fmt_number(row['value_high'])}"
    return {"about": "about ", "at_least": "at least ", "up_to": "up to "}.get(q, "") + fmt_number(row["value"])


def fmt_day(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return "undated" if value is None else str(value)


def fmt_time(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if isinstance(value, datetime) else ("—" if value is None else str(value))


def fmt_spread(f: dict[str, Any]) -> str:
    if f.get("relative_spread") is None or f.get("value_min") is None:
        return ""
    return (f"spread {f['relative_spread'] * 100:.0f}% "
            f"({fmt_number(f['value_min'])} to {fmt_number(f['value_max'])})")


def _environment(html: bool) -> Environment:
    env = Environment(loader=PackageLoader("warehouse", "templates"), undefined=StrictUndefined,
                      autoescape=html, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=md, code=code, md_quote=md_quote, md_url=md_url, fold=fold, day=fmt_day, time=fmt_time,
                       number=fmt_number, spread=fmt_spread)
    return env


def resolve_run_id(con: duckdb.DuckDBPyConnection, run_id: str) -> str:
    """The stored run *run_id* names: itself or a unique prefix.

    :raises UnknownRunError: no stored run, or several, match.
    """
    found = [r[0] for r in con.execute(
        "select run_id from runs where stored_seq is not null and starts_with(run_id, ?) "
        "order by run_id = ? desc, stored_seq desc", [run_id, run_id]).fetchall()]
    if found and (found[0] == run_id or len(found) == 1):
        return found[0]
    raise UnknownRunError(run_id, [r["run_id"] for r in run_query(con, "recent_runs", limit=5)], found)


@dataclass(frozen=True, slots=True)
class ReportScope:
    run_id: str | None  # the run the header describes (default: the latest stored run)
    since: str | None  # the run "new" and "resolved" compare with (default: the run before)


def report_scope(con: duckdb.DuckDBPyConnection, run_id: str | None = None, since: str | None = None) -> ReportScope:
    latest = run_query(con, "latest_run")
    if run_id is not None:
        run_id = resolve_run_id(con, run_id)
    elif latest:
        run_id = latest[0]["run_id"]
    if since is not None:
        since = resolve_run_id(con, since)
    elif run_id is not None:
        since = run_query(con, "run_info", run_id=run_id)[0]["previous_run_id"]
    return ReportScope(run_id, since)


def _member(row: dict[str, Any]) -> dict[str, Any]:
    m = dict(row)
    m["value_text"] = fmt_value(row)
    # No outlet (a file without front matter): its file name, not the whole path.
    m["source"] = row["outlet"] or (row["uri"].rstrip("/").rsplit("/", 1)[-1] if row["uri"] else "unknown source")
    m["origin"] = row["attributed_to"] or "—"
    m["link"] = safe_url(row["url"]) or safe_url(row["uri"])
    m["segments"] = highlight(row["quote"], row["kind"])
    return m


def report_data(con: duckdb.DuckDBPyConnection, run_id: str | None = None, since: str | None = None) -> dict[str, Any]:
    """Everything both report formats show, computed once, in a deterministic order."""
    scope = report_scope(con, run_id, since)
    run = run_query(con, "run_info", run_id=scope.run_id)[0] if scope.run_id else None
    since_run = run_query(con, "run_info", run_id=scope.since)[0] if scope.since else None
    new = run_query(con, "new_since", run=scope.run_id, since=scope.since) if scope.run_id else []
    resolved = run_query(con, "resolved_since", run=scope.run_id, since=scope.since) if scope.since else []
    reviews = latest_reviews(con)
    change_of = {r["finding_id"]: r for r in new}

    findings: dict[str, dict[str, Any]] = {}
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in run_query(con, "finding_members"):
        findings.setdefault(row["finding_id"], row)
        members[row["finding_id"]].append(_member(row))
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fid, f in findings.items():
        item = dict(f)
        sides = [s["label"] for s in json.loads(f["sides"] or "[]")]
        ms = members[fid]
        side_rank = {s: i for i, s in enumerate(dict.fromkeys([*sides, *(m["side"] for m in ms)]))}
        if f["verdict"] == "discrepancy":
            ms = sorted(ms, key=lambda m: (side_rank.get(m["side"], 99), m["published_at"] or datetime.max,
                                           m["uri"], m["start_char"]))
        item["members"] = ms
        item["origins"] = sorted({m["attributed_to"] or m["source"] for m in ms})
        item["outlets"] = sorted({m["source"] for m in ms})
        item["review"] = reviews.get(fid)
        item["change"] = change_of.get(fid)
        item["chart"] = value_chart(ms, list(side_rank)) if f["verdict"] == "discrepancy" else None
        grouped[f["verdict"]].append(item)
    for verdict in grouped:
        grouped[verdict].sort(key=lambda f: (-(f["independent_origins"] or 0), -(f["relative_spread"] or 0),
                                             f["finding_id"]))
    notable_new = [r for r in new if r["verdict"] != "uncorroborated"]
    return {
        "run": run,
        "since_run": since_run,
        "counts": json.loads(run["counts"]) if run and run["counts"] else {},
        "new": new,
        "notable_new": notable_new,
        "new_uncorroborated": len(new) - len(notable_new),
        "resolved": resolved,
        "discrepancies": grouped.get("discrepancy", []),
        "updates": grouped.get("update", []),
        "agreements": grouped.get("agreement", []),
        "uncorroborated": grouped.get("uncorroborated", []),
        "errors": run_query(con, "run_errors", run_id=scope.run_id) if scope.run_id else [],
        "open_reviews": sum(1 for f in grouped.get("discrepancy", [])
                            if not f["review"] or f["review"]["review_status"] == "needs-follow-up"
                            or f["review"]["changed_since_review"]),
    }


def render_markdown(con: duckdb.DuckDBPyConnection, run_id: str | None = None, since: str | None = None) -> str:
    return _environment(html=False).get_template("report.md.j2").render(**report_data(con, run_id, since))


def render_html(con: duckdb.DuckDBPyConnection, run_id: str | None = None, since: str | None = None) -> str:
    """One self-contained page: inline CSS and SVG, no scripts, no external assets."""
    return _environment(html=True).get_template("report.html.j2").render(**report_data(con, run_id, since))


def render(con: duckdb.DuckDBPyConnection, fmt: str = "md", run_id: str | None = None,
           since: str | None = None) -> str:
    if fmt == "html":
        return render_html(con, run_id, since)
    if fmt == "md":
        return render_markdown(con, run_id, since)
    raise ValueError(f"unknown report format {fmt!r}; use md or html")


def write_report(con: duckdb.DuckDBPyConnection, report_dir: Path, run_id: str) -> Path:
    """Write report-<run>.md/.html and latest.md/.html into *report_dir*; return the Markdown path."""
    report_dir.mkdir(parents=True, exist_ok=True)
    for fmt in ("md", "html"):
        text = render(con, fmt, run_id)
        (report_dir / f"report-{run_id}.{fmt}").write_text(text, encoding="utf-8")
        (report_dir / f"latest.{fmt}").write_text(text, encoding="utf-8")
    return report_dir / f"report-{run_id}.md"


def discrepancy_table(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The current discrepancies as flat JSON-ready rows (the flow's table artifact)."""
    out = []
    for row in run_query(con, "discrepancy_table"):
        out.append({k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in row.items()})
    return out
