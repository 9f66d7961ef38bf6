"""Events per year by category: the chart under the map, as plain SVG.

Counts are made in pandas first (one row per year and category), so the chart gets
a few hundred rows even for 100k events. An event is counted in the year it starts;
undated events have no year and are left out of the chart (the counts above it say
how many there are). BCE years are labelled "539 BCE" on the axis.

Why SVG and not a Vega chart: Streamlit's Vega bundle costs the page about a second
of main-thread time on first paint and again on every slider move (measured in
``benchmarks/bench_dashboard.py``), and the map shares that thread. A stacked bar
chart needs none of it, and as an image (``st.image`` turns SVG markup into a data
URL) it costs the page no Markdown or DOM work either: it replaced an inline SVG that
took ~0.13 s of main-thread time per move. Inside an ``<img>`` no script runs and
nothing is fetched; every text is escaped all the same, so the markup stays valid XML.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.data import EventTable
from dashboard.filters import format_year
from dashboard.mapview import CATEGORY_STYLE
from dashboard.popups import escape_text
from extract.records import CATEGORIES

__all__ = ["timeline_counts", "timeline_svg"]

WIDTH, HEIGHT = 1000, 200
LEFT, RIGHT, TOP, BOTTOM = 44, 10, 26, 22  # room for the y labels, legend and x labels
_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000)
_MAX_YEAR_LABELS = 12
_FALLBACK_COLOUR = "#999999"
# C0 controls other than tab and newlines: XML forbids them outright, even escaped.
_CONTROLS = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def timeline_counts(table: EventTable, positions: Sequence[int] | np.ndarray) -> pd.DataFrame:
    """Columns ``year`` (int), ``category``, ``events``; dated events only, sorted."""
    # Two columns before the rows: taking rows of the whole frame copies the evidence.
    view = table.frame[["year_start", "category"]].iloc[np.asarray(positions, dtype=np.int64)]
    dated = view[view["year_start"].notna()]
    counts = (
        dated.groupby([dated["year_start"].astype("int64"), "category"])
        .size()
        .rename("events")
        .reset_index()
        .rename(columns={"year_start": "year"})
    )
    counts["year"] = counts["year"].astype("int64")
    counts["events"] = counts["events"].astype("int64")
    return counts.sort_values(["year", "category"], ignore_index=True)


@dataclass(frozen=True, slots=True)
class _Frame:
    """The plot area and its scales: years [lo, hi + 1) across, 0..top events up."""

    lo: int
    hi: int
    top: int

    @property
    def year_width(self) -> float:
        return (WIDTH - LEFT - RIGHT) / (self.hi + 1 - self.lo)

    def x(self, year: float) -> float:
        return LEFT + (year - self.lo) * self.year_width

    def y(self, events: float) -> float:
        return HEIGHT - BOTTOM - events / self.top * (HEIGHT - TOP - BOTTOM)


def _text(value: str) -> str:
    """Text for the SVG: escaped, and without the control characters XML forbids."""
    return escape_text(value.translate(_CONTROLS))


def nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten that is >= ``value`` (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value)


def year_step(span_years: int) -> int:
    """A round step between x labels that keeps at most a dozen of them."""
    return next((s for s in _YEAR_STEPS if span_years / s <= _MAX_YEAR_LABELS), _YEAR_STEPS[-1])


def _bars(counts: pd.DataFrame, frame: _Frame) -> list[str]:
    """One ``<rect>`` per (year, category), stacked in the legend's order."""
    order = {c: i for i, c in enumerate(CATEGORIES)}
    rows = counts.assign(rank=counts["category"].map(order).fillna(len(order)))
    gap = 1.0 if frame.year_width > 4 else 0.0  # separate bars only where there is room
    rects = []
    for year, group in rows.sort_values(["year", "rank"]).groupby("year", sort=True):
        below = 0
        for category, events in zip(group["category"], group["events"], strict=True):
            y0, y1 = frame.y(below + events), frame.y(below)
            colour = CATEGORY_STYLE.get(str(category), (_FALLBACK_COLOUR, ""))[0]
            label = _text(f"{format_year(int(year))}: {events:,} {category}")
            rects.append(
                f'<rect x="{frame.x(int(year)):.1f}" y="{y0:.1f}"'
                f' width="{max(frame.year_width - gap, 0.8):.1f}" height="{y1 - y0:.1f}"'
                f' fill="{colour}"><title>{label}</title></rect>'
            )
            below += int(events)
    return rects


def _axes(frame: _Frame) -> list[str]:
    """Horizontal grid lines with event counts, and round years along the bottom."""
    parts = []
    for events in (0, frame.top // 2, frame.top) if frame.top > 1 else (0, 1):
        y = frame.y(events)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{events:,}</text>'
        )
    step = year_step(frame.hi + 1 - frame.lo)
    first = math.ceil(frame.lo / step) * step
    for year in range(first, frame.hi + 1, step):
        x = frame.x(year + 0.5)
        parts.append(
            f'<text x="{x:.1f}" y="{HEIGHT - 6}" text-anchor="middle">'
            f"{_text(format_year(year))}</text>"
        )
    return parts


def _legend(categories: Sequence[str]) -> list[str]:
    parts, x = [], LEFT
    for category in categories:
        colour = CATEGORY_STYLE.get(category, (_FALLBACK_COLOUR, ""))[0]
        parts.append(
            f'<rect x="{x}" y="6" width="11" height="11" fill="{colour}"/>'
            f'<text x="{x + 15}" y="16">{_text(category)}</text>'
        )
        x += 24 + 8 * len(category)
    return parts


def timeline_svg(counts: pd.DataFrame, span: tuple[int, int] | None = None) -> str:
    """Stacked bars per year, coloured as on the map, as one ``<svg>`` string.

    ``span`` fixes the x axis to the years the reader chose (inclusive), so one busy
    year is not a wall; without it the axis covers the years in ``counts``. Each bar
    spans [year, year + 1), so years without events stay visible as gaps.
    """
    if counts.empty and span is None:
        return _svg("No dated events in this view", _empty_note())
    lo, hi = span if span is not None else (int(counts["year"].min()), int(counts["year"].max()))
    inside = counts[(counts["year"] >= lo) & (counts["year"] <= hi)]
    totals = inside.groupby("year")["events"].sum()
    frame = _Frame(lo=lo, hi=max(hi, lo), top=nice_ceiling(int(totals.max()) if len(totals) else 1))
    shown = [c for c in CATEGORIES if c in set(inside["category"])] + sorted(
        set(inside["category"]) - set(CATEGORIES)
    )
    body = _axes(frame) + _bars(inside, frame) + _legend(shown)
    if inside.empty:
        body.append(_empty_note())
    return _svg(f"Events per year by category, {format_year(lo)} to {format_year(hi)}", body)


def _empty_note() -> str:
    return (
        f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" font-size="14">'
        "No dated events in this view</text>"
    )


def _svg(title: str, body: Sequence[str] | str) -> str:
    label = _text(title)
    return (
        f'<svg class="atlas-timeline" xmlns="http://www.w3.org/2000/svg"'
        f' viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img"'
        f' aria-label="{label}" font-family="sans-serif" font-size="11" fill="#444">'
        f"<title>{label}</title>{''.join(body)}</svg>"
    )
