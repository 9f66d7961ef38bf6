"""Event Atlas dashboard: a time-sliderable map of the events in a GeoJSON file.

    streamlit run dashboard/app.py -- --events geodata/events.geojson

This script only wires widgets to the builders (``filters``, ``mapview``,
``timeline``, ``downloads``); each is tested on its own. One list of row positions,
from ``filter_events``, feeds the map, the counts, the timeline, the table and the
downloads, so they always show the same events.
"""

from __future__ import annotations

import hashlib
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import assets, controls, downloads
from dashboard.cli import events_path
from dashboard.counts import count_line
from dashboard.data import EventsFileError, EventTable, combine, empty_table, load_events
from dashboard.filters import filter_events, year_domain
from dashboard.mapview import (
    build_map,
    build_markers,
    map_payload,
    map_payload_files,
    publish_payload,
)
from dashboard.popups import date_label
from dashboard.timeline import timeline_counts, timeline_svg
from dashboard.uploads import UPLOAD_TYPES, extract_uploads, upload_limit

MAP_HEIGHT = 560
TABLE_ROWS = 1000  # more rows slow every rerun and the first paint; downloads hold all


@st.cache_resource(show_spinner="Loading events…", max_entries=4)
def _load(path: str, stamp: tuple[int, int]) -> EventTable:
    return load_events(Path(path))


@st.cache_resource(show_spinner=False, max_entries=4)
def _payload(_table: EventTable, digest: str) -> str:
    return map_payload(_table)


@st.cache_resource(show_spinner=False, max_entries=8)
def _data_urls(_table: EventTable, digest: str) -> tuple[str, str] | None:
    """Events as two static files (points, then popups) the map fetches once, when
    the server serves static files; None means: embed them in the page instead."""
    if not st.get_option("server.enableStaticServing"):
        return None
    points, texts = map_payload_files(_table)
    urls = publish_payload(points, f"{digest}.points"), publish_payload(texts, f"{digest}.texts")
    return (urls[0], urls[1]) if urls[0] and urls[1] else None


@st.cache_resource(show_spinner=False, max_entries=8)
def _choices(_table: EventTable, digest: str) -> controls.Choices:
    """The multiselect options: sorting 10k events' actors costs ~30 ms a run."""
    return controls.choices(_table)


def load_base(path: Path) -> tuple[EventTable, str | None]:
    """The events file, or an empty table and a one-line reason."""
    try:
        info = path.stat()
        return _load(str(path), (info.st_mtime_ns, info.st_size)), None
    except FileNotFoundError:
        return (
            empty_table(),
            f"{path}: events file not found (run `make extract` or pass --events PATH)",
        )
    except (OSError, EventsFileError) as err:
        return empty_table(), str(err)


def upload_widget(box: Any) -> None:
    """The sidebar's document uploader. Drawn after the map: its value is read from
    session state first (``uploaded_features``), so the map's message leaves before the
    uploader's and a first visit fetches the map's scripts before the uploader's."""
    box.file_uploader(
        "Add documents (.txt, .md, .html, .pdf, RSS/Atom feeds)",
        type=list(UPLOAD_TYPES),
        accept_multiple_files=True,
        key="upload",
        max_upload_size=max(1, math.ceil(upload_limit() / (1024 * 1024))),
        help="The extractor runs on them; their events join the map marked 'uploaded'.",
    )


def uploaded_features(box: Any) -> tuple[dict[str, Any], ...]:
    """Extract events from the files in the uploader (once per file content), with
    progress and messages in ``box``."""
    files = st.session_state.get("upload")
    done: dict[tuple[str, str], Any] = st.session_state.setdefault("_uploads", {})
    features: list[dict[str, Any]] = []
    for upload in files or []:
        data = upload.getvalue()
        key = (upload.name, hashlib.sha256(data).hexdigest())
        if key not in done:
            bar = box.progress(0.0, text=f"Extracting {upload.name}…")

            def progress(step: int, total: int, bar: Any = bar, name: str = upload.name) -> None:
                bar.progress(
                    min(1.0, step / max(total, 1)), text=f"Extracting {name}… {step}/{total}"
                )

            done[key] = extract_uploads([(upload.name, data)], progress)
            bar.empty()
        result = done[key]
        for message in result.errors:
            box.error(message)
        if not result.errors:
            box.caption(f"{upload.name}: {len(result.features)} events added")
        features.extend(result.features)
    return tuple(features)


def with_uploads(base: EventTable, features: tuple[dict[str, Any], ...]) -> EventTable:
    key = (
        base.digest,
        hashlib.sha256(repr([f["properties"].get("id") for f in features]).encode()).hexdigest(),
    )
    cached = st.session_state.get("_combined")
    if cached is None or cached[0] != key:
        cached = (key, combine(base, features))
        st.session_state["_combined"] = cached
    table: EventTable = cached[1]
    return table


def show_counts(table: EventTable, positions: np.ndarray) -> None:
    view = table.frame[["category", "year_start"]].iloc[positions]
    per_category = view["category"].value_counts().to_dict()
    undated = int(view["year_start"].isna().sum())
    st.markdown(count_line(len(positions), len(table), undated, per_category))


def table_focus() -> int | None:
    """The event picked in the table on the last run, once (then the map keeps still)."""
    state = st.session_state
    selection = state.get("table")
    rows = list(getattr(getattr(selection, "selection", None), "rows", []) or [])
    previous = state.get("_table_positions")
    picked = (
        int(previous[rows[0]])
        if rows and previous is not None and rows[0] < len(previous)
        else None
    )
    if picked == state.get("_focused"):
        return None
    state["_focused"] = picked
    return picked


def show_map(table: EventTable, positions: np.ndarray, view: Any) -> None:
    if not assets.assets_installed():
        st.warning(
            "Map scripts are not installed, so they load from the internet: "
            "run `make install` (or `python -m dashboard.assets install`) for offline use."
        )
    data_urls = _data_urls(table, table.digest)
    payload = None if data_urls is not None else _payload(table, table.digest)
    fmap = build_map(table, payload, view.map, data_urls=data_urls)
    st_folium(
        fmap,
        key="map",
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=[],
        feature_group_to_add=build_markers(positions, table_focus()),
    )


def show_table(table: EventTable, positions: np.ndarray) -> None:
    shown = positions[:TABLE_ROWS]
    view = table.frame.iloc[shown]
    frame = pd.DataFrame(
        {
            "year": view["year_start"],
            "when": [
                date_label(r)
                for r in view[["date_start", "date_end", "date_precision", "date_anchor"]].to_dict(
                    "records"
                )
            ],
            "place": view["place"],
            "category": view["category"],
            "event": view["event"],
            "actors": view["actors"].map(", ".join),
            "precision": view["geo_precision"],
            "confidence": view["confidence"],
            "source": view["source"],
            "uploaded": view["uploaded"],
            "evidence": view["evidence"],
        }
    ).reset_index(drop=True)
    if len(positions) > TABLE_ROWS:
        st.caption(
            f"First {TABLE_ROWS:,} of {len(positions):,} events; the downloads hold all of them."
        )
    st.session_state["_table_positions"] = shown
    st.dataframe(
        frame,
        key="table",
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
    )


def show_downloads(table: EventTable, positions: np.ndarray, view: Any) -> None:
    name = downloads.download_name(view.filters, "geojson")
    columns = st.columns(3)
    # Callables: files are built only when clicked, not on every slider move.
    columns[0].download_button(
        "Download GeoJSON",
        data=lambda: downloads.geojson_bytes(table, positions),
        file_name=name,
        mime=downloads.GEOJSON_MIME,
        key="download_geojson",
        on_click="ignore",
    )
    columns[1].download_button(
        "Download CSV",
        data=lambda: downloads.csv_bytes(table, positions),
        file_name=name.replace(".geojson", ".csv"),
        mime=downloads.CSV_MIME,
        key="download_csv",
        on_click="ignore",
    )
    columns[2].download_button(
        "Download GeoPackage",
        data=lambda: downloads.geopackage_bytes(table, positions),
        file_name=name.replace(".geojson", ".gpkg"),
        mime=downloads.GPKG_MIME,
        key="download_gpkg",
        on_click="ignore",
    )


def main() -> None:
    st.set_page_config(page_title="Event Atlas", layout="wide", initial_sidebar_state="expanded")
    st.title("Event Atlas")
    filters_box = st.sidebar.container()
    st.sidebar.header("Documents")
    upload_box, notes_box = st.sidebar.container(), st.sidebar.container()
    base, error = load_base(events_path(sys.argv[1:]))
    if error:
        st.error(error)
    table = with_uploads(base, uploaded_features(notes_box))
    domain = year_domain(table)
    for note in controls.seed_from_url(domain):
        st.warning(f"Link: {note}")
    offered = _choices(table, table.digest)
    view = controls.prepare(domain, offered)
    positions = filter_events(table, view.filters)
    counts_box = st.container()
    show_map(table, positions, view)  # before the widgets: see controls.prepare
    with filters_box:
        controls.sidebar(domain, offered)
    upload_widget(upload_box)
    controls.write_url(view)
    with counts_box:
        show_counts(table, positions)
    st.subheader("Events per year")
    counts = timeline_counts(table, positions)
    f = view.filters
    first = f.start if not f.cumulative else (int(counts["year"].min()) if len(counts) else f.start)
    span = (min(first, f.end), f.end) if first is not None and f.end is not None else None
    st.image(timeline_svg(counts, span), width="stretch")
    st.subheader("Events")
    # Off by default: Streamlit's data grid costs the page ~2 s of main-thread time
    # to start (measured in Chromium), which would hold up the first map.
    if st.toggle(
        "Show the table of these events",
        key="show_table",
        help="Sortable; pick a row to fly the map to it and open its popup.",
    ):
        show_table(table, positions)
    else:
        st.caption(
            f"{len(positions):,} events in this view: open the table to sort and browse them."
        )
    show_downloads(table, positions, view)
    controls.play_ticker(domain, view.ancient)
    controls.confirm_url()


main()
