"""Events per year by category (dashboard/timeline.py)."""

from __future__ import annotations

from pathlib import Path

from dashboard.data import load_events
from dashboard.filters import FilterState, filter_events
from dashboard.timeline import timeline_chart, timeline_counts

FIXTURE = Path(__file__).parent / "fixtures" / "events_small.geojson"


def test_counts_cover_every_dated_event_once_by_start_year() -> None:
    table = load_events(FIXTURE)
    positions = filter_events(table, FilterState())
    counts = timeline_counts(table, positions)
    dated = table.frame.iloc[positions].dropna(subset=["year_start"])
    assert int(counts["events"].sum()) == len(dated)
    for row in counts.itertuples():
        same = dated[(dated["year_start"] == row.year) & (dated["category"] == row.category)]
        assert len(same) == row.events
    assert list(counts["year"]) == sorted(counts["year"])
    assert counts["year"].min() < 0  # BCE years stay on the axis


def test_chart_spec_labels_bce_and_uses_the_map_colours() -> None:
    table = load_events(FIXTURE)
    spec = timeline_chart(timeline_counts(table, filter_events(table, FilterState()))).to_dict()
    assert "BCE" in spec["encoding"]["x"]["axis"]["labelExpr"]
    assert spec["encoding"]["color"]["scale"]["domain"] == [
        "base",
        "shrine",
        "incident",
        "diplomacy",
        "other",
    ]
    assert spec["encoding"]["x2"]["field"] == "until"


def test_empty_view_gives_an_empty_frame() -> None:
    table = load_events(FIXTURE)
    counts = timeline_counts(table, [])
    assert counts.empty and list(counts.columns) == ["year", "category", "events"]


def test_span_fixes_the_axis_to_the_chosen_years() -> None:
    table = load_events(FIXTURE)
    counts = timeline_counts(table, filter_events(table, FilterState(start=2000, end=2010)))
    spec = timeline_chart(counts, (2000, 2010)).to_dict()
    assert spec["encoding"]["x"]["scale"]["domain"] == [2000, 2011]
    assert "scale" not in timeline_chart(counts).to_dict()["encoding"]["x"]
