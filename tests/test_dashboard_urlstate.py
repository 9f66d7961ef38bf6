"""Views round-trip through the URL (dashboard/urlstate.py)."""

from __future__ import annotations

import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import controls
from dashboard.filters import FilterState
from dashboard.mapview import MapOptions
from dashboard.urlstate import View, from_params, to_params
from extract.records import CATEGORIES


def _as_lists(params: dict[str, str | list[str]]) -> dict[str, list[str]]:
    """What st.query_params.get_all gives back."""
    return {k: v if isinstance(v, list) else [v] for k, v in params.items()}


words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20
)


@st.composite
def views(draw: st.DrawFn) -> View:
    start = draw(st.one_of(st.none(), st.integers(-3000, 2100)))
    end = draw(st.one_of(st.none(), st.integers(start if start is not None else -3000, 2100)))
    filters = FilterState(
        start=start,
        end=end,
        cumulative=draw(st.booleans()),
        include_undated=draw(st.booleans()),
        categories=draw(st.frozensets(st.sampled_from(CATEGORIES))),
        actors=draw(st.frozensets(words, max_size=3)),
        places=draw(st.frozensets(words, max_size=3)),
        sources=draw(st.frozensets(words, max_size=2)),
        text=draw(st.one_of(st.just(""), words.filter(lambda w: w.strip() == w))),
    )
    options = MapOptions(cluster=draw(st.booleans()), tiles=draw(st.booleans()))
    return View(filters, draw(st.booleans()), options, draw(st.booleans()))


@settings(max_examples=200, deadline=None)
@given(views())
def test_every_view_round_trips(view: View) -> None:
    back, notes = from_params(_as_lists(to_params(view)))
    assert notes == []
    assert back == view


def test_default_view_makes_an_empty_query() -> None:
    assert to_params(View()) == {}


def test_link_example() -> None:
    params = to_params(
        View(
            FilterState(
                start=-539, end=2024, cumulative=True, categories=frozenset({"shrine", "base"})
            ),
            True,
        )
    )
    assert params == {
        "from": "-539",
        "to": "2024",
        "mode": "cumulative",
        "ancient": "1",
        "cat": ["base", "shrine"],
    }


def test_bce_spelling_is_accepted() -> None:
    view, notes = from_params({"from": ["539BCE"], "to": ["30 bce"]})
    assert notes == [] and (view.filters.start, view.filters.end) == (-539, -30)


def test_bad_values_are_ignored_with_a_note_each() -> None:
    view, notes = from_params(
        {"from": ["soon"], "mode": ["sideways"], "undated": ["maybe"], "cat": ["shrine", "war"]}
    )
    assert view.filters.start is None and not view.filters.cumulative
    assert view.filters.include_undated is True
    assert view.filters.categories == frozenset({"shrine"})
    assert len(notes) == 4 and all("ignored" in n for n in notes)
    assert any("war" in n for n in notes)


def test_window_that_ends_before_it_starts_is_ignored() -> None:
    view, notes = from_params({"from": ["2020"], "to": ["2010"]})
    assert (view.filters.start, view.filters.end) == (None, None)
    assert notes and "ends before it starts" in notes[0]


def test_long_search_text_is_cut() -> None:
    view, _ = from_params({"q": ["x" * 5000]})
    assert len(view.filters.text) == 200


class _Params(dict[str, list[str]]):
    """What ``st.query_params`` holds, and how often the app wrote the address."""

    writes = 0

    def get_all(self, key: str) -> list[str]:
        return self.get(key, [])

    def from_dict(self, wanted: dict[str, str | list[str]]) -> None:
        self.writes += 1
        self.clear()
        self.update({k: v if isinstance(v, list) else [v] for k, v in wanted.items()})


def test_an_address_a_cut_short_run_wrote_is_written_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = types.SimpleNamespace(query_params=_Params(), session_state={})
    monkeypatch.setattr(controls, "st", fake)
    view = View(FilterState(start=2010, end=2020))
    controls.write_url(view)  # a run writes the address, then a newer run cuts it short
    controls.write_url(view)  # the server holds the address, the browser may not
    assert fake.query_params.writes == 2
    controls.confirm_url()  # this run finished: its address reached the browser
    controls.write_url(view)
    assert fake.query_params.writes == 2
