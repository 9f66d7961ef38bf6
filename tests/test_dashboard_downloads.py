"""Downloads are exactly the filtered view (dashboard/downloads.py)."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from dashboard.data import EventTable, combine, load_events
from dashboard.downloads import (
    GEOJSON_MIME,
    csv_bytes,
    download_name,
    feature_collection,
    geojson_bytes,
    geopackage_bytes,
)
from dashboard.filters import FilterState, filter_events

FIXTURE = Path(__file__).parent / "fixtures" / "events_small.geojson"
VIEW = FilterState(start=2011, end=2024, include_undated=False)


@pytest.fixture(scope="module")
def table() -> EventTable:
    return load_events(FIXTURE)


def test_geojson_is_rfc7946_and_equals_the_view(table: EventTable) -> None:
    positions = filter_events(table, VIEW)
    data = json.loads(geojson_bytes(table, positions))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    source = json.loads(FIXTURE.read_text("utf-8"))["features"]
    assert data["features"] == [source[i] for i in positions]
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert (
            2011 <= feature["properties"]["year_start"] <= 2024
            or feature["properties"]["year_end"] >= 2011
        )


def test_full_view_download_equals_the_events_file(table: EventTable) -> None:
    everything = filter_events(table, FilterState())
    assert json.loads(geojson_bytes(table, everything)) == json.loads(FIXTURE.read_text("utf-8"))


def test_uploaded_events_say_so_in_the_download(table: EventTable) -> None:
    extra = [json.loads(FIXTURE.read_text("utf-8"))["features"][0]]
    both = combine(table, extra)
    data = feature_collection(both, [0, len(table)])
    assert "uploaded" not in data["features"][0]["properties"]
    assert data["features"][1]["properties"]["uploaded"] is True


def test_csv_has_one_row_per_event_with_lon_lat(table: EventTable) -> None:
    positions = filter_events(table, VIEW)
    frame = pd.read_csv(io.BytesIO(csv_bytes(table, positions)))
    assert len(frame) == len(positions)
    assert list(frame["id"]) == list(table.frame["id"].iloc[positions])
    assert frame["lon"].tolist() == pytest.approx(table.frame["lon"].iloc[positions].tolist())
    multi = table.frame["actors"].iloc[positions].map(len).idxmax()
    assert "; " in frame.loc[list(positions).index(multi), "actors"]


def test_geopackage_reads_back_with_the_same_events(table: EventTable, tmp_path: Path) -> None:
    positions = filter_events(table, VIEW)
    path = tmp_path / "view.gpkg"
    path.write_bytes(geopackage_bytes(table, positions))
    with sqlite3.connect(path) as db:  # a GeoPackage is an SQLite file
        assert db.execute("select count(*) from gpkg_contents").fetchone()[0] == 1
    frame = gpd.read_file(path, layer="events")
    assert len(frame) == len(positions)
    assert frame.crs.to_epsg() == 4326
    assert list(frame["id"]) == list(table.frame["id"].iloc[positions])
    assert frame.geometry.x.tolist() == pytest.approx(table.frame["lon"].iloc[positions].tolist())


def test_empty_view_downloads_are_valid(table: EventTable) -> None:
    assert json.loads(geojson_bytes(table, [])) == {"type": "FeatureCollection", "features": []}
    assert csv_bytes(table, []).decode().startswith("id,place")


@pytest.mark.parametrize(
    ("state", "name"),
    [
        (FilterState(start=2011, end=2024), "events_2011-2024.geojson"),
        (FilterState(start=-539, end=2024), "events_539BCE-2024.geojson"),
        (FilterState(start=1970, end=2024, cumulative=True), "events_to-2024.geojson"),
        (FilterState(), "events_all.geojson"),
        (
            FilterState(start=2011, end=2024, categories=frozenset({"shrine", "base"})),
            "events_2011-2024_base+shrine.geojson",
        ),
        (FilterState(start=2011, end=2024, text="drone"), "events_2011-2024_filtered.geojson"),
        (
            FilterState(start=2011, end=2024, include_undated=False),
            "events_2011-2024_dated.geojson",
        ),
    ],
)
def test_file_name_says_the_filter(state: FilterState, name: str) -> None:
    assert download_name(state, "geojson") == name
    assert download_name(state, ".csv") == name.replace(".geojson", ".csv")


def test_geojson_mime_type() -> None:
    assert GEOJSON_MIME == "application/geo+json"
