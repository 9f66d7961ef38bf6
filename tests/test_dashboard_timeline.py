"""Events per year by category (dashboard/timeline.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from dashboard.data import load_events
from dashboard.filters import FilterState, filter_events
from dashboard.mapview import CATEGORY_STYLE
from dashboard.timeline import (
    HEIGHT,
    LEFT,
    RIGHT,
    WIDTH,
    nice_ceiling,
    timeline_counts,
    timeline_svg,
    year_step,
)

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


def test_empty_view_gives_an_empty_frame() -> None:
    table = load_events(FIXTURE)
    counts = timeline_counts(table, [])
    assert counts.empty and list(counts.columns) == ["year", "category", "events"]


SVG = "{http://www.w3.org/2000/svg}"


def _svg(counts: pd.DataFrame, span: tuple[int, int] | None = None) -> ET.Element:
    return ET.fromstring(timeline_svg(counts, span))


def _bars(root: ET.Element) -> list[ET.Element]:
    return [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]


def _counts(rows: list[tuple[int, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "category", "events"])


def test_one_bar_per_year_and_category_in_the_map_colours() -> None:
    table = load_events(FIXTURE)
    counts = timeline_counts(table, filter_events(table, FilterState()))
    bars = _bars(_svg(counts))
    assert len(bars) == len(counts)
    for bar in bars:
        category = (bar.findtext(f"{SVG}title") or "").rsplit(" ", 1)[-1]
        assert bar.get("fill") == CATEGORY_STYLE[category][0]


def test_bar_heights_add_up_to_the_year_totals_and_stack_without_overlap() -> None:
    counts = _counts(
        [(2015, "incident", 6), (2015, "base", 2), (2016, "shrine", 8), (2017, "base", 1)]
    )
    bars = _bars(_svg(counts, (2015, 2017)))
    by_x: dict[str, list[ET.Element]] = {}
    for bar in bars:
        by_x.setdefault(bar.get("x", ""), []).append(bar)
    heights = {x: sum(float(b.get("height", 0)) for b in group) for x, group in by_x.items()}
    tallest = max(heights.values())
    ordered = [heights[x] for x in sorted(by_x, key=float)]
    assert [round(h / tallest * 8, 1) for h in ordered] == [8.0, 8.0, 1.0]
    stack = sorted(by_x[min(by_x, key=float)], key=lambda b: float(b.get("y", 0)))
    assert float(stack[0].get("y", 0)) + float(stack[0].get("height", 0)) == float(
        stack[1].get("y", 0)
    )
    # Base is drawn first, at the bottom of the stack (the legend's order).
    assert stack[1].get("fill") == CATEGORY_STYLE["base"][0]


def test_span_fixes_the_axis_and_keeps_empty_years_as_gaps() -> None:
    counts = _counts([(2000, "incident", 1), (2010, "incident", 1)])
    xs = sorted(float(b.get("x", 0)) for b in _bars(_svg(counts, (2000, 2010))))
    width = (WIDTH - LEFT - RIGHT) / 11
    assert xs[0] == LEFT and abs(xs[1] - (LEFT + 10 * width)) < 0.1
    # Years outside the span are not drawn.
    assert len(_bars(_svg(counts, (2005, 2010)))) == 1


def test_bce_years_are_labelled_bce_on_the_axis() -> None:
    table = load_events(FIXTURE)
    counts = timeline_counts(table, filter_events(table, FilterState()))
    labels = [t.text or "" for t in _svg(counts).iter(f"{SVG}text")]
    assert any(label.endswith(" BCE") for label in labels)
    assert not any(label.startswith("-") for label in labels)


def test_empty_view_says_so_instead_of_drawing_nothing() -> None:
    for root in (_svg(_counts([])), _svg(_counts([]), (2000, 2010))):
        assert _bars(root) == []
        assert "No dated events in this view" in [t.text for t in root.iter(f"{SVG}text")]


@given(
    st.lists(
        st.tuples(
            st.integers(-3000, 2100), st.text(min_size=1, max_size=12), st.integers(1, 10**6)
        ),
        max_size=30,
    )
)
def test_any_counts_give_well_formed_svg_inside_the_view_box(
    rows: list[tuple[int, str, int]],
) -> None:
    counts = _counts(rows).drop_duplicates(["year", "category"])
    root = _svg(counts)  # parses: every document-derived text is escaped
    for bar in _bars(root):
        x, y = float(bar.get("x", 0)), float(bar.get("y", 0))
        assert LEFT <= x <= WIDTH - RIGHT and 0 <= y <= HEIGHT
        assert float(bar.get("height", 0)) >= 0


def test_document_text_is_escaped_and_read_back_unchanged() -> None:
    hostile = '<img src=x onerror=alert(1)> & "quoted" ${1} `x`'
    markup = timeline_svg(_counts([(2015, hostile, 3)]))
    assert "<img" not in markup and "onerror=alert(1)>" not in markup
    titles = [t.findtext(f"{SVG}title") for t in _bars(_svg(_counts([(2015, hostile, 3)])))]
    assert titles == [f"2015: 3 {hostile}"]  # the reader still sees the text as it was


def test_round_steps_for_axes() -> None:
    assert [nice_ceiling(v) for v in (0, 1, 3, 7, 12, 99, 101)] == [1, 1, 5, 10, 20, 100, 200]
    assert year_step(14) == 2 and year_step(5) == 1 and year_step(2560) == 250
