"""Which events the reader sees: the year window, the mode and the other filters.

``filter_events(table, state)`` returns the row positions (ascending) of the events a
``FilterState`` selects; the map, the table, the timeline and the downloads all use
those same positions, so they always agree. Years follow the contract: an int per
event (``year_start``..``year_end``), BCE as a negative year (-539 is "539 BCE"),
null for undated events.

Window mode keeps events whose span overlaps the window; cumulative mode keeps every
event that started by the end year. Undated events have no place on the time axis, so
they are kept or dropped as a whole by ``include_undated``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd

from dashboard.data import EventTable

__all__ = [
    "FilterState",
    "YearDomain",
    "filter_events",
    "format_year",
    "next_play_window",
    "options",
    "year_domain",
]

Positions = npt.NDArray[np.int64]

# The default window starts after the widest gap in time that still leaves most
# events to its right, so a handful of ancient events (Cyrus in 539 BCE) do not
# squash fifty modern years into a sliver of the slider.
_MODERN_SHARE = 0.8
_MIN_GAP = 50


@dataclass(frozen=True, slots=True)
class FilterState:
    """What the reader asked for. Empty sets mean "no restriction".

    ``start``/``end`` are inclusive years (None = open); in cumulative mode ``start``
    is ignored. ``text`` is matched case-insensitively inside the evidence.
    """

    start: int | None = None
    end: int | None = None
    cumulative: bool = False
    include_undated: bool = True
    categories: frozenset[str] = field(default_factory=frozenset)
    actors: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    sources: frozenset[str] = field(default_factory=frozenset)
    text: str = ""

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"year window ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True, slots=True)
class YearDomain:
    """The span of the data (``full``) and its modern part (``modern``), inclusive."""

    full: tuple[int, int]
    modern: tuple[int, int]

    def years(self, ancient: bool) -> list[int]:
        lo, hi = self.full if ancient else self.modern
        return list(range(lo, hi + 1))


def format_year(year: int) -> str:
    """2024 -> "2024"; -539 -> "539 BCE"."""
    return f"{-year} BCE" if year < 0 else str(year)


def _years(frame: pd.DataFrame, key: str) -> npt.NDArray[np.float64]:
    return frame[key].to_numpy(dtype=np.float64, na_value=np.nan)


def year_domain(table: EventTable, current_year: int | None = None) -> YearDomain:
    """The slider's span. With no dated events, a one-year span around ``current_year``."""
    starts = _years(table.frame, "year_start")
    ends = _years(table.frame, "year_end")
    dated = ~np.isnan(starts)
    if not dated.any():
        year = current_year if current_year is not None else 2000
        return YearDomain((year - 1, year), (year - 1, year))
    lo, hi = int(starts[dated].min()), int(ends[dated].max())
    if lo == hi:
        lo -= 1  # a range slider needs two distinct stops
    return YearDomain((lo, hi), (_modern_start(np.sort(starts[dated]), lo, hi), hi))


def _modern_start(ordered: npt.NDArray[np.float64], lo: int, hi: int) -> int:
    """Start of the modern period: after the latest wide gap among the earliest events.

    The latest, not the widest: ancient events are sparse and far apart (2334 BCE,
    539 BCE, 333 BCE, ...), and the widest gap among them would leave most of
    antiquity inside the "modern" window.
    """
    last = int(len(ordered) * (1.0 - _MODERN_SHARE))  # splits that keep >= the share
    if last < 1:
        return lo
    gaps = np.diff(ordered[: last + 1])
    wide = np.flatnonzero(gaps >= _MIN_GAP)
    if not len(wide):
        return lo
    split = int(wide[-1]) + 1
    start = int(ordered[split])
    return max(lo, min(start - start % 10, hi - 1))


def _in_set(values: pd.Series, wanted: frozenset[str]) -> npt.NDArray[np.bool_]:
    return values.isin(list(wanted)).to_numpy(dtype=bool)


def _any_actor(actors: pd.Series, wanted: frozenset[str]) -> npt.NDArray[np.bool_]:
    return np.fromiter((not wanted.isdisjoint(a) for a in actors), dtype=bool, count=len(actors))


def _time_mask(frame: pd.DataFrame, state: FilterState) -> npt.NDArray[np.bool_]:
    starts = _years(frame, "year_start")
    ends = _years(frame, "year_end")
    undated = np.isnan(starts)
    keep = np.ones(len(frame), dtype=bool)
    with np.errstate(invalid="ignore"):  # NaN compares False: undated handled below
        if state.end is not None:
            keep &= starts <= state.end
        if state.start is not None and not state.cumulative:
            keep &= ends >= state.start
    return np.where(undated, state.include_undated, keep)


def filter_events(table: EventTable, state: FilterState) -> Positions:
    """Row positions of the events ``state`` selects, ascending."""
    frame = table.frame
    mask = _time_mask(frame, state)
    if state.categories:
        mask &= _in_set(frame["category"], state.categories)
    if state.places:
        mask &= _in_set(frame["place"], state.places)
    if state.sources:
        mask &= _in_set(frame["source"], state.sources)
    if state.actors:
        mask &= _any_actor(frame["actors"], state.actors)
    needle = state.text.strip()
    if needle:
        found = frame["evidence"].str.contains(needle, case=False, regex=False)
        mask &= found.to_numpy(dtype=bool, na_value=False)
    return np.flatnonzero(mask).astype(np.int64)


def options(table: EventTable, column: str) -> list[str]:
    """Sorted distinct values of a text column (``actors`` is flattened)."""
    series = table.frame[column]
    if column == "actors":
        series = series.explode()  # vectorised: iterating an Arrow column is slow
    return sorted(str(v) for v in series.dropna().unique() if v)


def next_play_window(
    start: int, end: int, domain: tuple[int, int], cumulative: bool
) -> tuple[int, int] | None:
    """One play step: the window moves one year on (cumulative: the end does).

    Returns None when the end year is already the last year of the domain.
    """
    if end >= domain[1]:
        return None
    if cumulative:
        return start, end + 1
    return start + 1, end + 1
