"""Write events: GeoDataFrame -> GeoJSON (RFC 7946), GeoPackage, CSV or GeoParquet.

The GeoJSON FeatureCollection is the contract between extractor and dashboard
(DESIGN.md). Output is deterministic (events sorted, keys in contract order,
coordinates rounded to what the location is worth) and every write is atomic: the
bytes go to a temporary file in the target folder, which then replaces the target, so a
crash never leaves half a file and an older file is never lost.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from extract.errors import OutputError
from extract.records import Event

__all__ = [
    "PROPERTY_ORDER",
    "SUFFIXES",
    "atomic_write",
    "event_properties",
    "events_to_geodataframe",
    "feature_collection",
    "sort_events",
    "write_events",
]

# Contract order of the Feature properties (DESIGN.md); lat/lon live in the geometry.
PROPERTY_ORDER: tuple[str, ...] = (
    "id",
    "place",
    "place_id",
    "mention",
    "place_kind",
    "geo_precision",
    "category",
    "event",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "date_anchor",
    "year_start",
    "year_end",
    "actors",
    "evidence",
    "source",
    "char_start",
    "char_end",
    "confidence",
    "geocoder",
)

# Decimal places a coordinate is worth, by geo_precision: a site to ~1 m, a region's
# centroid to ~100 m, a country's to ~1 km. RFC 7946 advises no more than 6.
_DECIMALS = {1: 5, 2: 3, 3: 2}

SUFFIXES: dict[str, str] = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".gpkg": "GPKG",
    ".csv": "CSV",
    ".parquet": "GeoParquet",
    ".geoparquet": "GeoParquet",
}


def sort_events(events: Sequence[Event]) -> list[Event]:
    """Order events by document and position, so output never depends on run order."""
    return sorted(events, key=lambda e: (e.source, e.char_start, e.place_id, e.category, e.id))


def event_properties(event: Event) -> dict[str, Any]:
    """The contract properties of one event, in contract order."""
    # Every field is a scalar or a tuple of str: asdict's deep copy would buy nothing.
    props = {key: getattr(event, key) for key in PROPERTY_ORDER}
    props["actors"] = list(event.actors)
    return props


def _coordinates(event: Event) -> list[float]:
    digits = _DECIMALS.get(event.geo_precision, 5)
    return [round(event.lon, digits), round(event.lat, digits)]


def feature_collection(events: Sequence[Event]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection ([lon, lat], no ``crs`` member)."""
    features = [
        {
            "type": "Feature",
            "id": event.id,
            "geometry": {"type": "Point", "coordinates": _coordinates(event)},
            "properties": event_properties(event),
        }
        for event in sort_events(events)
    ]
    return {"type": "FeatureCollection", "features": features}


def events_to_geodataframe(events: Sequence[Event]) -> Any:
    """A GeoDataFrame in EPSG:4326 with one row per event, in output order."""
    import geopandas as gpd  # heavy: imported only when writing
    import pandas as pd

    ordered = sort_events(events)
    # Column by column, and object columns that point at the events' own strings:
    # pandas' Arrow-backed str dtype would copy every string (the evidence sentences
    # most of all) and the GDAL writer then copy them back into Python objects.
    columns = {
        key: pd.Series([getattr(event, key) for event in ordered], dtype=_DTYPES.get(key, object))
        for key in PROPERTY_ORDER
    }
    # One list per distinct tuple: pyogrio only reads them, and sentences repeat them.
    lists: dict[tuple[str, ...], list[str]] = {}
    actors = [lists.setdefault(event.actors, list(event.actors)) for event in ordered]
    columns["actors"] = pd.Series(actors, dtype=object)
    lon, lat = _coordinate_arrays(ordered)
    geometry = gpd.points_from_xy(lon, lat)
    return gpd.GeoDataFrame(columns, geometry=geometry, crs="EPSG:4326")


def _coordinate_arrays(events: Sequence[Event]) -> tuple[Any, Any]:
    """Longitudes and latitudes as two float arrays, each event rounded once."""
    import numpy as np

    pairs = np.array([_coordinates(event) for event in events], dtype=float).reshape(-1, 2)
    return np.ascontiguousarray(pairs[:, 0]), np.ascontiguousarray(pairs[:, 1])


# Non-string columns; nullable ints so that a year column with nulls stays integer.
_DTYPES: dict[str, str] = {
    "geo_precision": "int64",
    "year_start": "Int64",
    "year_end": "Int64",
    "char_start": "int64",
    "char_end": "int64",
    "confidence": "float64",
}


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Run ``write(tmp)`` then move tmp over ``path``; on any failure ``path`` is untouched."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # some writers (GDAL) refuse to overwrite an existing file
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    finally:
        if tmp.exists():
            tmp.unlink()


# Events per GDAL write. A frame of every event of a large corpus (300k rows) cost more
# memory than the events themselves; chunks keep it small. On 63k events, chunks of
# 20,000 rows raised the peak by 87 MB, of 5,000 by 33 MB, and wrote no slower.
GEOJSON_CHUNK = 5_000
# How GDAL lays out a FeatureCollection: members, then one Feature a line, then this.
_FEATURES_OPEN = b'"features": [\n'
_FEATURES_CLOSE = b"\n]\n}\n"


def _write_geojson(events: Sequence[Event], tmp: Path) -> None:
    """The FeatureCollection, written by GDAL a chunk at a time and spliced into one file:
    byte for byte what a single write of every event gives."""
    ordered = sort_events(events)
    if len(ordered) <= GEOJSON_CHUNK:
        _write_geojson_part(ordered, tmp)
        return
    part = tmp.with_name(f"{tmp.name}.part")
    try:
        with tmp.open("wb") as out:
            for lo in range(0, len(ordered), GEOJSON_CHUNK):
                _write_geojson_part(ordered[lo : lo + GEOJSON_CHUNK], part)
                head, features = _split_collection(part.read_bytes(), part)
                out.write(head if lo == 0 else b",\n")
                out.write(features)
            out.write(_FEATURES_CLOSE)
    finally:
        part.unlink(missing_ok=True)


def _split_collection(data: bytes, path: Path) -> tuple[bytes, bytes]:
    """(everything up to the first Feature, the Feature lines) of a GDAL GeoJSON file."""
    start = data.find(_FEATURES_OPEN)
    if start < 0 or not data.endswith(_FEATURES_CLOSE):
        raise OutputError(f"{path}: GDAL wrote an unexpected GeoJSON layout")
    start += len(_FEATURES_OPEN)
    return data[:start], data[start : -len(_FEATURES_CLOSE)]


def _write_geojson_part(events: Sequence[Event], tmp: Path) -> None:
    # GDAL's RFC 7946 mode: [lon, lat], WGS84, no crs member, no bbox.
    events_to_geodataframe(events).to_file(
        tmp,
        driver="GeoJSON",
        layer="events",
        RFC7946="YES",
        COORDINATE_PRECISION=6,
        WRITE_BBOX="NO",
    )


def _write_tabular(events: Sequence[Event], tmp: Path, kind: str) -> None:
    gdf = events_to_geodataframe(events)
    gdf["actors"] = ["; ".join(e.actors) for e in sort_events(events)]
    if kind == "GeoParquet":
        # Arrow strings in the file's schema, as when pandas inferred the column types.
        text = [name for name in gdf.columns if gdf[name].dtype == object]
        gdf.astype(dict.fromkeys(text, "str")).to_parquet(tmp, index=False)
    elif kind == "CSV":
        frame = gdf.drop(columns="geometry")
        frame.insert(5, "lat", gdf.geometry.y)
        frame.insert(6, "lon", gdf.geometry.x)
        frame.to_csv(tmp, index=False)
    else:
        gdf.to_file(tmp, driver="GPKG", layer="events")


def write_events(events: Sequence[Event], path: Path) -> Path:
    """Write events in the format the suffix names; raises OutputError on a bad suffix."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(SUFFIXES))
        raise OutputError(f"{path}: unknown output format {path.suffix!r} (use one of {known})")
    if kind == "GeoJSON":
        atomic_write(path, lambda tmp: _write_geojson(events, tmp))
    else:
        atomic_write(path, lambda tmp: _write_tabular(events, tmp, kind))
    return path
