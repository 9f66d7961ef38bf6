"""Events per year by category: the chart under the map.

Counts are made in pandas first (one row per year and category), so the chart gets
a few hundred rows even for 100k events. An event is counted in the year it starts;
undated events have no year and are left out of the chart (the counts above it say
how many there are). BCE years are labelled "539 BCE" on the axis.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import numpy as np
import pandas as pd

from dashboard.data import EventTable
from dashboard.mapview import CATEGORY_STYLE
from extract.records import CATEGORIES

__all__ = ["timeline_chart", "timeline_counts"]


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


def timeline_chart(counts: pd.DataFrame, span: tuple[int, int] | None = None) -> alt.Chart:
    """Stacked bars per year, coloured as on the map; ``span`` fixes the x axis
    to the years the reader chose (inclusive), so one busy year is not a wall."""
    colours = alt.Scale(domain=list(CATEGORIES), range=[CATEGORY_STYLE[c][0] for c in CATEGORIES])
    bce = "datum.value < 0 ? (-datum.value) + ' BCE' : '' + datum.value"
    # Each bar spans [year, year + 1): visible at any span, and the gaps between
    # years without events stay honest (a nominal axis would close them up).
    spans = counts.assign(until=counts["year"] + 1)
    return (
        alt.Chart(spans)
        .mark_bar()
        .encode(
            x=alt.X(
                "year:Q",
                title="year",
                axis=alt.Axis(format="d", labelExpr=bce),
                scale=alt.Scale(domain=[span[0], span[1] + 1]) if span else alt.Undefined,
            ),
            x2="until:Q",
            y=alt.Y("sum(events):Q", title="events"),
            color=alt.Color("category:N", scale=colours, title="category"),
            tooltip=["year:Q", "category:N", "events:Q"],
        )
        .properties(height=180)
    )
