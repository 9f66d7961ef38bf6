"""Which events a filter keeps (dashboard/filters.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.data import EventTable, load_events, parse_events
from dashboard.filters import (
    FilterState,
    filter_events,
    format_year,
    next_play_window,
    options,
    year_domain,
)
from extract.records import CATEGORIES

FIXTURE = Path(__file__).parent / "fixtures" / "events_small.geojson"


@pytest.fixture(scope="module")
def table() -> EventTable:
    return load_events(FIXTURE)


def _feature(year_start: int | None, year_end: int | None, **props: Any) -> dict[str, Any]:
    base = {"category": "other", "year_start": year_start, "year_end": year_end, "evidence": ""}
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [36.0, 34.0]},
        "properties": base | props,
    }


def _table(*features: dict[str, Any]) -> EventTable:
    return parse_events({"type": "FeatureCollection", "features": list(features)}, "test")


def test_window_keeps_overlapping_spans_cumulative_keeps_everything_started() -> None:
    t = _table(
        _feature(2010, 2010),  # 0 before the window
        _feature(2008, 2013),  # 1 a range that reaches into the window
        _feature(2014, 2014),  # 2 inside
        _feature(2020, 2030),  # 3 starts after the window ends
        _feature(-539, -539),  # 4 BCE
    )
    window = FilterState(start=2012, end=2015)
    assert filter_events(t, window).tolist() == [1, 2]
    cumulative = FilterState(start=2012, end=2015, cumulative=True)
    assert filter_events(t, cumulative).tolist() == [0, 1, 2, 4]


def test_bce_years_are_negative_and_ordered() -> None:
    t = _table(_feature(-539, -539), _feature(-300, -201), _feature(613, 613))
    assert filter_events(t, FilterState(start=-600, end=-500)).tolist() == [0]
    assert filter_events(t, FilterState(start=-250, end=0)).tolist() == [1]
    assert format_year(-539) == "539 BCE" and format_year(2024) == "2024"


def test_undated_toggle_keeps_or_drops_undated_whatever_the_window() -> None:
    t = _table(_feature(None, None), _feature(2000, 2000))
    assert filter_events(t, FilterState(start=1990, end=1995)).tolist() == [0]
    assert filter_events(t, FilterState(start=1990, end=1995, include_undated=False)).tolist() == []
    assert filter_events(t, FilterState(include_undated=False)).tolist() == [1]


def test_category_actor_place_source_and_text_filters(table: EventTable) -> None:
    frame = table.frame
    everything = FilterState()
    assert len(filter_events(table, everything)) == len(table)

    kept = filter_events(table, FilterState(categories=frozenset({"shrine", "base"})))
    assert set(frame["category"].iloc[kept]) == {"shrine", "base"}
    assert len(kept) == int(frame["category"].isin(["shrine", "base"]).sum())

    kept = filter_events(table, FilterState(actors=frozenset({"Russia"})))
    assert len(kept) > 0 and all("Russia" in a for a in frame["actors"].iloc[kept])
    assert len(kept) == sum("Russia" in a for a in frame["actors"])

    kept = filter_events(table, FilterState(places=frozenset({"Damascus"})))
    assert len(kept) > 1 and set(frame["place"].iloc[kept]) == {"Damascus"}

    source = frame["source"].iloc[0]
    kept = filter_events(table, FilterState(sources=frozenset({source})))
    assert set(frame["source"].iloc[kept]) == {source}

    kept = filter_events(table, FilterState(text="  CONSULATE "))
    assert len(kept) > 0 and all("consulate" in e.lower() for e in frame["evidence"].iloc[kept])


def test_filter_text_is_literal_not_a_regex(table: EventTable) -> None:
    assert filter_events(table, FilterState(text="${alert(1)}")).size == 1
    assert filter_events(table, FilterState(text=".*")).size == 0


def test_window_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="ends"):
        FilterState(start=2020, end=2010)


def test_domain_spans_data_and_modern_part_skips_the_ancient_gap(table: EventTable) -> None:
    domain = year_domain(table)
    years = table.frame["year_start"].dropna()
    assert domain.full == (int(years.min()), int(table.frame["year_end"].max()))
    lo, hi = domain.modern
    assert hi == domain.full[1] and domain.full[0] < lo
    share = float((years >= lo).mean())
    assert share >= 0.8  # the default window holds most events
    assert domain.years(ancient=True)[0] == domain.full[0]
    assert domain.years(ancient=False)[0] == lo


def test_modern_part_starts_after_the_last_ancient_gap_not_the_widest() -> None:
    ancient = [-2334, -539, -333, 601, 1301, 1801]  # sparse, the widest gap first
    modern = list(range(1946, 2006))
    domain = year_domain(_table(*(_feature(y, y) for y in ancient + modern)))
    assert domain.full == (-2334, 2005)
    assert domain.modern == (1940, 2005)


def test_domain_of_one_year_or_no_dates_still_has_two_stops() -> None:
    assert year_domain(_table(_feature(2011, 2011))).full == (2010, 2011)
    assert len(year_domain(_table(_feature(None, None)), current_year=2024).years(False)) == 2


def test_options_are_sorted_distinct_and_flatten_actors(table: EventTable) -> None:
    actors = options(table, "actors")
    assert actors == sorted(set(actors))
    assert {"Iran", "Russia", "Israel"} <= set(actors)
    assert options(table, "place") == sorted(set(table.frame["place"]))


@pytest.mark.parametrize(
    ("start", "end", "cumulative", "expected"),
    [
        (2000, 2005, False, (2001, 2006)),
        (2000, 2005, True, (2000, 2006)),
        (2000, 2024, False, None),
    ],
)
def test_play_steps_one_year_and_stops_at_the_end(
    start: int, end: int, cumulative: bool, expected: tuple[int, int] | None
) -> None:
    assert next_play_window(start, end, (1970, 2024), cumulative) == expected


years = st.one_of(st.none(), st.integers(-600, 2030))


@st.composite
def events(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(years)
    end = None if start is None else draw(st.integers(start, start + 40))
    return _feature(
        start,
        end,
        category=draw(st.sampled_from(CATEGORIES)),
        actors=draw(st.lists(st.sampled_from(["Iran", "Syria", "Israel"]), max_size=2)),
    )


@settings(max_examples=150, deadline=None)
@given(
    st.lists(events(), max_size=25),
    st.integers(-600, 2030),
    st.integers(0, 200),
    st.booleans(),
    st.booleans(),
    st.frozensets(st.sampled_from(CATEGORIES), max_size=2),
    st.frozensets(st.sampled_from(["Iran", "Syria", "Israel"]), max_size=2),
)
def test_filter_matches_the_rule_event_by_event(
    features: list[dict[str, Any]],
    start: int,
    width: int,
    cumulative: bool,
    undated: bool,
    categories: frozenset[str],
    actors: frozenset[str],
) -> None:
    state = FilterState(start, start + width, cumulative, undated, categories, actors)

    def keep(props: dict[str, Any]) -> bool:
        if props["year_start"] is None:
            in_time = undated
        elif cumulative:
            in_time = props["year_start"] <= state.end
        else:
            in_time = props["year_start"] <= state.end and props["year_end"] >= state.start
        wanted_category = not categories or props["category"] in categories
        wanted_actor = not actors or bool(actors & set(props["actors"]))
        return in_time and wanted_category and wanted_actor

    expected = [i for i, f in enumerate(features) if keep(f["properties"])]
    assert filter_events(_table(*features), state).tolist() == expected
