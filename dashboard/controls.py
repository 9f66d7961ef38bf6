"""The sidebar: widgets with stable keys, wired to a ``View`` and back to the URL.

Widget keys are a public contract (browser tests and links rely on them; see
dashboard/README.md). The year window lives in two plain session keys (``_start``,
``_end``) that the slider callbacks update, because Streamlit forgets the state of a
widget that is not drawn in a run, and the window must survive switching between the
window slider (``years``) and the cumulative one (``year_to``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from dashboard.data import EventTable
from dashboard.filters import FilterState, YearDomain, format_year, next_play_window, options
from dashboard.mapview import MapOptions
from dashboard.urlstate import View, from_params, to_params
from extract.records import CATEGORIES

__all__ = [
    "PLAY_SECONDS",
    "Choices",
    "choices",
    "confirm_url",
    "play_ticker",
    "prepare",
    "seed_from_url",
    "sidebar",
    "write_url",
]

PLAY_SECONDS = 1.0
_MODES = {"window": "Years in the window", "cumulative": "Everything up to the end year"}


def _clamp(year: int, years: list[int]) -> int:
    return min(max(year, years[0]), years[-1])


@dataclass(frozen=True, slots=True)
class Choices:
    """What the multiselects offer: the values present in the loaded events."""

    actors: list[str]
    places: list[str]
    sources: list[str]


def choices(table: EventTable) -> Choices:
    return Choices(options(table, "actors"), options(table, "place"), options(table, "source"))


def prepare(domain: YearDomain, offered: Choices) -> View:
    """Bring the widgets' state in line with the data, and return the view it holds.

    The view comes from session state, not from the widgets' return values, so the
    app can draw the map before the sidebar: its message then leaves first, and the
    browser starts on the map while it lays out the widgets (about 0.1 s sooner on a
    slider move, see benchmarks/bench_dashboard.py). Widget values are in session
    state before a rerun starts, and ``seed_from_url`` put them there on the first.
    """
    state = st.session_state
    years = domain.years(bool(state["ancient"]))
    state["_start"] = _clamp(int(state["_start"]), years)
    state["_end"] = max(_clamp(int(state["_end"]), years), state["_start"])
    for key, values in (
        ("categories", list(CATEGORIES)),
        ("actors", offered.actors),
        ("places", offered.places),
        ("sources", offered.sources),
    ):
        allowed = set(values)
        state[key] = [v for v in state.get(key, []) if v in allowed]
    filters = FilterState(
        start=int(state["_start"]),
        end=int(state["_end"]),
        cumulative=state["mode"] == "cumulative",
        include_undated=bool(state["undated"]),
        categories=frozenset(state["categories"]),
        actors=frozenset(state["actors"]),
        places=frozenset(state["places"]),
        sources=frozenset(state["sources"]),
        text=str(state["text"]),
    )
    options_ = MapOptions(cluster=bool(state["cluster"]), tiles=bool(state["tiles"]))
    table = bool(state.get("show_table", False))  # its toggle sits under the map
    return View(filters, bool(state["ancient"]), options_, table)


def seed_from_url(domain: YearDomain) -> list[str]:
    """On a session's first run, set the widgets from the link; notes on bad values."""
    state = st.session_state
    if state.get("_seeded"):
        return []
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    view, notes = from_params(params)
    f = view.filters
    state["_seeded"] = True
    state["ancient"] = view.ancient or (f.start is not None and f.start < domain.modern[0])
    state["_start"] = f.start if f.start is not None else domain.modern[0]
    state["_end"] = f.end if f.end is not None else domain.modern[1]
    state["mode"] = "cumulative" if f.cumulative else "window"
    state["undated"] = f.include_undated
    state["categories"] = sorted(f.categories)
    state["actors"] = sorted(f.actors)
    state["places"] = sorted(f.places)
    state["sources"] = sorted(f.sources)
    state["text"] = f.text
    state["cluster"] = view.map.cluster
    state["tiles"] = view.map.tiles
    state["show_table"] = view.table
    return notes


def write_url(view: View) -> None:
    """Make the address bar match ``view``: when it differs, or when the run that last
    wrote it was cut short. A run interrupted by a newer one (a slider press, the map
    reporting its bounds) may never deliver its address to the browser while the server
    already holds it (streamlit/streamlit#7961); until a run that wrote it finishes
    (``confirm_url``), it is written again."""
    wanted = to_params(view)
    current = {key: st.query_params.get_all(key) for key in st.query_params}
    as_lists = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    state = st.session_state
    if current != as_lists or state.get("_url_confirmed") != as_lists:
        st.query_params.from_dict(wanted)
    state["_url_written"] = as_lists


def confirm_url() -> None:
    """The run reached its end: the address it wrote reached the browser."""
    st.session_state["_url_confirmed"] = st.session_state.get("_url_written")


def _on_slider() -> None:
    state = st.session_state
    if state.get("mode") == "cumulative":
        state["_end"] = state["year_to"]
    else:
        state["_start"], state["_end"] = state["years"]
    state["_playing"] = False


def _on_ancient(domain: YearDomain) -> Callable[[], None]:
    def update() -> None:
        state = st.session_state
        if state["ancient"]:
            state["_start"] = domain.full[0]
        else:
            state["_start"] = max(state["_start"], domain.modern[0])

    return update


def _on_play() -> None:
    st.session_state["_playing"] = not st.session_state.get("_playing", False)
    st.session_state["_last_step"] = time.monotonic()


def _year_widgets(domain: YearDomain) -> None:
    state = st.session_state
    st.toggle(
        "Include ancient history",
        key="ancient",
        on_change=_on_ancient(domain),
        help="Widen the slider to the whole span of the data, back to its oldest event.",
    )
    years = domain.years(bool(state["ancient"]))  # prepare() clamped the window to them
    st.radio(
        "Time filter", list(_MODES), format_func=_MODES.__getitem__, key="mode", horizontal=False
    )
    if state["mode"] == "cumulative":
        state["year_to"] = state["_end"]
        st.select_slider(
            "Up to year",
            options=years,
            format_func=format_year,
            key="year_to",
            on_change=_on_slider,
        )
    else:
        window = (state["_start"], state["_end"])
        state["years"] = window
        # ``value`` makes it a range slider; the state above keeps it in step with
        # play, the ancient toggle and the mode switch.
        st.select_slider(
            "Years",
            options=years,
            value=window,
            format_func=format_year,
            key="years",
            on_change=_on_slider,
        )
    label = "⏸ Pause" if state.get("_playing") else "▶ Play"
    st.button(label, key="play", on_click=_on_play, help="Step through the years, one a second.")


def sidebar(domain: YearDomain, offered: Choices) -> None:
    """Draw the filter widgets (in the current container), after ``prepare``."""
    st.header("Filters")
    _year_widgets(domain)
    st.toggle("Show undated events", key="undated")
    for label, key, values, placeholder in (
        ("Category", "categories", list(CATEGORIES), "All categories"),
        ("Actor", "actors", offered.actors, "All actors"),
        ("Place", "places", offered.places, "All places"),
        ("Source document", "sources", offered.sources, "All sources"),
    ):
        st.multiselect(label, values, key=key, placeholder=placeholder)
    st.text_input("Search the evidence", key="text", placeholder="e.g. drone")
    st.header("Map")
    st.toggle(
        "Group nearby markers",
        key="cluster",
        help="Cluster markers that overlap; click a cluster to spread it out.",
    )
    st.toggle(
        "Online map tiles",
        key="tiles",
        help="OpenStreetMap tiles when reachable; country outlines always work offline.",
    )


def play_ticker(domain: YearDomain, ancient: bool) -> None:
    """While playing, step the window one year a second (a timed fragment)."""
    state = st.session_state
    if not state.get("_playing"):
        return
    state["_last_step"] = time.monotonic()

    @st.fragment(run_every=PLAY_SECONDS)
    def _tick() -> None:
        if time.monotonic() - state.get("_last_step", 0.0) < PLAY_SECONDS * 0.9:
            return  # the full run just drew this year; wait for the timer
        lo, hi = domain.full if ancient else domain.modern
        step = next_play_window(
            state["_start"], state["_end"], (lo, hi), state["mode"] == "cumulative"
        )
        if step is None:
            state["_playing"] = False
        else:
            state["_start"], state["_end"] = step
        st.rerun(scope="app")

    _tick()
