"""Downloads of exactly the filtered view: GeoJSON, CSV and GeoPackage.

All three are made from the same row positions the map shows. The GeoJSON holds the
Features as they were loaded (RFC 7946: a FeatureCollection, [lon, lat], no ``crs``),
so a download of the full view equals the events file. The file name says the filter:
``events_2011-2024.geojson``, ``events_539BCE-2024_incident.geojson``,
``events_to-2024.geojson`` in cumulative mode.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dashboard.data import COLUMNS, EventTable
from dashboard.filters import FilterState

__all__ = [
    "CSV_MIME",
    "GEOJSON_MIME",
    "GPKG_MIME",
    "csv_bytes",
    "download_name",
    "feature_collection",
    "geojson_bytes",
    "geopackage_bytes",
]

GEOJSON_MIME = "application/geo+json"
CSV_MIME = "text/csv"
GPKG_MIME = "application/geopackage+sqlite3"


def _indexes(positions: Sequence[int] | np.ndarray) -> list[int]:
    return [int(p) for p in positions]


def feature_collection(table: EventTable, positions: Sequence[int] | np.ndarray) -> dict[str, Any]:
    """The view as a FeatureCollection (uploaded events carry ``"uploaded": true``)."""
    frame_uploaded = table.frame["uploaded"].to_numpy(dtype=bool)
    features = []
    for i in _indexes(positions):
        feature = table.features[i]
        if frame_uploaded[i] and not feature["properties"].get("uploaded"):
            feature = {**feature, "properties": {**feature["properties"], "uploaded": True}}
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def geojson_bytes(table: EventTable, positions: Sequence[int] | np.ndarray) -> bytes:
    return json.dumps(feature_collection(table, positions), ensure_ascii=False).encode("utf-8")


def _flat(table: EventTable, positions: Sequence[int] | np.ndarray) -> pd.DataFrame:
    view = table.frame.iloc[np.asarray(_indexes(positions), dtype=np.int64)].copy()
    view["actors"] = view["actors"].map("; ".join)
    return view[list(COLUMNS)].reset_index(drop=True)


def csv_bytes(table: EventTable, positions: Sequence[int] | np.ndarray) -> bytes:
    """One row per event; actors joined with "; "; ``lon``/``lat`` columns."""
    return _flat(table, positions).to_csv(index=False).encode("utf-8")


def geopackage_bytes(table: EventTable, positions: Sequence[int] | np.ndarray) -> bytes:
    """A GeoPackage with one point layer ``events`` in EPSG:4326."""
    import geopandas as gpd  # here, not at import: it costs the app ~0.3 s to start
    from shapely.geometry import Point

    flat = _flat(table, positions)
    geometry = [Point(xy) for xy in zip(flat["lon"], flat["lat"], strict=True)]
    frame = gpd.GeoDataFrame(flat.drop(columns=["lon", "lat"]), geometry=geometry, crs="EPSG:4326")
    for key in ("year_start", "year_end"):
        frame[key] = frame[key].astype("float64")  # GDAL has no nullable int column here
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.gpkg"
        frame.to_file(path, driver="GPKG", layer="events")
        return path.read_bytes()


def _year_token(year: int) -> str:
    return f"{-year}BCE" if year < 0 else str(year)


def download_name(state: FilterState, suffix: str) -> str:
    """``events_<years>[_<categories>][_filtered][_dated].<suffix>``."""
    if state.cumulative and state.end is not None:
        years = f"to-{_year_token(state.end)}"
    elif state.start is not None and state.end is not None:
        years = f"{_year_token(state.start)}-{_year_token(state.end)}"
    else:
        years = "all"
    parts = ["events", years]
    if state.categories:
        parts.append("+".join(sorted(state.categories)))
    if state.actors or state.places or state.sources or state.text.strip():
        parts.append("filtered")
    if not state.include_undated:
        parts.append("dated")
    return "_".join(parts) + "." + suffix.lstrip(".")
