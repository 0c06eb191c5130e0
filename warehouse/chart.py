"""The geometry of the small value-by-source chart drawn for each discrepancy.

Only numbers come out of here; the HTML template draws them as inline SVG, and every
label goes through the template's autoescaping like any other document text.

One row per member claim: a dot at the reported figure, and a bar for its hedge.
"about 1,500" spans ±about_tolerance (MatchPolicy's default), a range spans its
bounds, "at least" runs off the right edge and "up to" off the left edge.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reconcile.model import MatchPolicy

WIDTH = 640
LABEL_WIDTH = 210
RIGHT_PAD = 40  # room for the last tick's label (a date is ~60 px wide)
TOP = 10
ROW_HEIGHT = 30
AXIS_HEIGHT = 34
LABEL_CHARS = 28
PALETTE = ("#1f6fb4", "#c7362b", "#2b8a3e", "#7b4bb3", "#d9730d", "#6d4c41")


@dataclass(frozen=True, slots=True)
class Mark:
    y: float
    label: str  # the source (outlet), shortened
    detail: str  # the origin the figure is attributed to
    value_text: str
    x: float | None  # the dot; None when the claim gives only a range
    x_low: float | None  # the bar (hedge), when there is one
    x_high: float | None
    open_low: bool  # the bar runs off the left edge ("up to")
    open_high: bool  # ... off the right edge ("at least")
    colour: str
    title: str  # tooltip: the whole label and value


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    plot_left: float
    plot_right: float
    axis_y: float
    marks: tuple[Mark, ...]
    ticks: tuple[Tick, ...]
    caption: str
    legend: str


def _interval(m: dict[str, Any], about: float) -> tuple[float | None, float | None, float | None, bool, bool] | None:
    """(dot, bar low, bar high, open low, open high) of one claim, in data units; None if it has no figure."""
    if m["kind"] == "date":
        if m.get("date_value") is None:
            return None
        lo = float(m["date_value"].toordinal())
        hi = float(m["date_value_end"].toordinal()) if m.get("date_value_end") else None
        return (lo, None, None, False, False) if hi is None else (None, lo, hi, False, False)
    if m["kind"] != "numeric":
        return None
    q = m.get("qualifier") or "exact"
    v, lo, hi = m.get("value"), m.get("value_low"), m.get("value_high")
    if q in ("range", "vague") and lo is not None and hi is not None:
        return (None, float(lo), float(hi), False, False)
    if v is None:
        v = lo if lo is not None else hi
    if v is None or not math.isfinite(v):
        return None
    v = float(v)
    if q == "about":
        return (v, v * (1 - about), v * (1 + about), False, False)
    if q == "at_least":
        return (v, v, None, False, True)
    if q == "up_to":
        return (v, None, v, True, False)
    return (v, None, None, False, False)


def _nice_step(span: float, target: int = 5) -> float:
    raw = span / max(target, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _tick_label(value: float, step: float, dates: bool) -> str:
    if dates:
        return date.fromordinal(int(round(value))).isoformat()
    if step >= 1:
        return f"{value:,.0f}"
    decimals = max(0, -math.floor(math.log10(step)))
    return f"{value:,.{decimals}f}"


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def value_chart(members: Sequence[dict[str, Any]], sides: Sequence[str | None],
                about_tolerance: float | None = None) -> Chart | None:
    """The chart of one finding's *members* (rows of queries/finding_members.sql), or None.

    *sides* orders the colours: members on sides[0] get the first colour, and so on.
    Statements (no figure) and findings with fewer than two figures get no chart.
    """
    about = MatchPolicy().about_tolerance if about_tolerance is None else about_tolerance
    dates = any(m["kind"] == "date" for m in members)
    rows = []
    for m in members:
        iv = _interval(m, about)
        if iv is not None:
            rows.append((m, iv))
    if len(rows) < 2:
        return None
    values = [x for _, iv in rows for x in iv[:3] if x is not None]
    lo, hi = min(values), max(values)
    if not dates and lo > 0 and any(iv[3] for _, iv in rows):
        lo = 0.0  # "up to N" admits everything below N: show the axis from zero
    if hi == lo:
        pad = 1.0 if dates else max(abs(lo) * 0.1, 1.0)
        lo, hi = lo - pad, hi + pad
    if dates:  # whole days, a day of margin, at most ~7 ticks
        lo, hi = lo - 1, hi + 1
        step = float(max(1, math.ceil((hi - lo) / 6)))
    else:
        step = _nice_step(hi - lo)
        lo, hi = math.floor(lo / step) * step, math.ceil(hi / step) * step

    plot_left, plot_right = float(LABEL_WIDTH), float(WIDTH - RIGHT_PAD)

    def sx(v: float) -> float:
        return round(plot_left + (v - lo) / (hi - lo) * (plot_right - plot_left), 1)

    side_colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(dict.fromkeys(sides))}
    marks = []
    for i, (m, (dot, blo, bhi, open_lo, open_hi)) in enumerate(rows):
        y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2
        # Without an outlet, a document is known by its file or page name, not its whole path.
        source = m.get("outlet") or (m.get("uri") or "?").rstrip("/").rsplit("/", 1)[-1]
        origin = m.get("attributed_to") or "unattributed"
        value_text = m.get("value_text") or ""
        x_low = plot_left if open_lo else (sx(blo) if blo is not None else None)
        x_high = plot_right if open_hi else (sx(bhi) if bhi is not None else None)
        marks.append(Mark(
            y=y, label=_short(source), detail=_short(f"{origin} · {value_text}", 36), value_text=value_text,
            x=sx(dot) if dot is not None else None, x_low=x_low, x_high=x_high, open_low=open_lo, open_high=open_hi,
            colour=side_colour.get(m.get("side"), PALETTE[-1]), title=f"{source} ({origin}): {value_text}",
        ))
    axis_y = TOP + len(rows) * ROW_HEIGHT + 4
    ticks = []
    t = lo
    while t <= hi + step * 1e-9:
        ticks.append(Tick(sx(t), _tick_label(t, step, dates)))
        t += step
    if dates:
        caption, legend = "date by source", "dots are the reported dates, bars date ranges"
    else:
        caption = "value by source"
        legend = (f"dots are the reported figures, bars their hedges (“about” ±{about:.0%}, ranges, "
                  "arrows for “at least” and “up to”)")
    return Chart(WIDTH, int(axis_y + AXIS_HEIGHT), plot_left, plot_right, axis_y, tuple(marks), tuple(ticks),
                 caption, legend + "; colours are the sides of the discrepancy.")
