"""Load and validate an events GeoJSON file into an ``EventTable``.

The extractor writes one Feature per event (see DESIGN.md, "The contract"). This stage
checks each Feature once, at load time, and hands on an ``EventTable``: the Features
themselves (for the download, which must be exactly what was loaded) and a pandas
frame with one row per Feature in the same order (for filtering, the table and the
timeline). Everything downstream addresses events by their row position.

A file that is missing or breaks the contract raises ``EventsFileError`` with a one-line
message naming the file, the feature and what is wrong.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from extract.errors import AtlasError
from extract.records import CATEGORIES

__all__ = [
    "COLUMNS",
    "EventTable",
    "EventsFileError",
    "combine",
    "empty_table",
    "load_events",
    "parse_events",
]

Feature = dict[str, Any]

# Frame columns, in table order; lon/lat come from the geometry.
COLUMNS: tuple[str, ...] = (
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
    "lon",
    "lat",
    "uploaded",
)

_TEXT = ("id", "place", "place_id", "mention", "place_kind", "event", "evidence", "source")
_OPTIONAL_TEXT = ("date_start", "date_end", "date_text", "date_anchor")


class EventsFileError(AtlasError, ValueError):
    """An events file is missing, is not JSON, or breaks the GeoJSON event contract."""


@dataclass(frozen=True, slots=True, eq=False)
class EventTable:
    """Validated events: the Features, a frame with one row per Feature, a digest.

    ``digest`` changes whenever the content changes; the map uses it to know when
    its embedded data (and so its iframe) must be rebuilt. Treat both read-only:
    the table is shared between reruns and sessions.
    """

    features: tuple[Feature, ...]
    frame: pd.DataFrame
    digest: str

    def __len__(self) -> int:
        return len(self.features)


def _fail(where: str, why: str) -> EventsFileError:
    return EventsFileError(f"{where}: {why}")


def _point(feature: Mapping[str, Any], where: str) -> tuple[float, float]:
    geometry = feature.get("geometry")
    if not isinstance(geometry, Mapping) or geometry.get("type") != "Point":
        raise _fail(where, "geometry must be a GeoJSON Point")
    coords = geometry.get("coordinates")
    if not isinstance(coords, Sequence) or len(coords) < 2:
        raise _fail(where, "Point coordinates must be [longitude, latitude]")
    lon, lat = coords[0], coords[1]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lon, lat)):
        raise _fail(where, f"coordinates must be numbers, got {list(coords)[:2]!r}")
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0) or math.isnan(lon + lat):
        raise _fail(where, f"coordinates out of range: [{lon}, {lat}] (must be [lon, lat])")
    return float(lon), float(lat)


def _year(props: Mapping[str, Any], key: str, where: str) -> int | None:
    value = props.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise _fail(where, f"{key} must be an integer year or null, got {value!r}")
    return int(value)


def _text(props: Mapping[str, Any], key: str, where: str, default: str = "") -> str:
    value = props.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _fail(where, f"{key} must be a string, got {type(value).__name__}")
    return value


def _actors(props: Mapping[str, Any], where: str) -> tuple[str, ...]:
    value = props.get("actors", [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise _fail(where, "actors must be a list of strings")
    return tuple(value)


def _number(props: Mapping[str, Any], key: str, where: str, default: float) -> float:
    value = props.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(where, f"{key} must be a number, got {value!r}")
    return float(value)


def _row(feature: Any, where: str) -> dict[str, Any]:
    if not isinstance(feature, Mapping) or feature.get("type") != "Feature":
        raise _fail(where, "not a GeoJSON Feature")
    props = feature.get("properties")
    if not isinstance(props, Mapping):
        raise _fail(where, "properties must be an object")
    category = props.get("category")
    if category not in CATEGORIES:
        raise _fail(where, f"category {category!r} is not one of {', '.join(CATEGORIES)}")
    lon, lat = _point(feature, where)
    year_start = _year(props, "year_start", where)
    year_end = _year(props, "year_end", where)
    if year_end is None:
        year_end = year_start  # a single year: the window test needs both ends
    if year_start is None and year_end is not None:
        year_start = year_end
    if year_start is not None and year_end is not None and year_end < year_start:
        raise _fail(where, f"year_end {year_end} is before year_start {year_start}")
    precision = _number(props, "geo_precision", where, 1.0)
    if precision not in (1.0, 2.0, 3.0):
        raise _fail(where, f"geo_precision must be 1, 2 or 3, got {props.get('geo_precision')!r}")
    confidence = _number(props, "confidence", where, 0.0)
    if not 0.0 <= confidence <= 1.0:
        raise _fail(where, f"confidence {confidence} is not between 0 and 1")
    row: dict[str, Any] = {key: _text(props, key, where) for key in _TEXT}
    row |= {
        key: props.get(key) if isinstance(props.get(key), str) else None for key in _OPTIONAL_TEXT
    }
    row |= {
        "geo_precision": int(precision),
        "category": category,
        "date_precision": _text(props, "date_precision", where, "undated") or "undated",
        "year_start": year_start,
        "year_end": year_end,
        "actors": _actors(props, where),
        "char_start": int(_number(props, "char_start", where, 0)),
        "char_end": int(_number(props, "char_end", where, 0)),
        "confidence": confidence,
        "geocoder": _text(props, "geocoder", where),
        "lon": lon,
        "lat": lat,
        "uploaded": props.get("uploaded") is True,
    }
    return row


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    # Nullable ints keep undated events as <NA> rather than turning years into floats.
    for key in ("year_start", "year_end"):
        frame[key] = pd.array(frame[key].tolist(), dtype="Int64")
    frame["geo_precision"] = frame["geo_precision"].astype(np.int8)
    frame["uploaded"] = frame["uploaded"].astype(bool)
    return frame


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def parse_events(collection: Any, name: str, digest: str | None = None) -> EventTable:
    """Validate a decoded FeatureCollection; ``name`` is used in error messages.

    ``digest`` identifies the content (the loader passes a hash of the raw file);
    without it one is computed from the Features.
    """
    if not isinstance(collection, Mapping) or collection.get("type") != "FeatureCollection":
        raise _fail(name, "not a GeoJSON FeatureCollection")
    features = collection.get("features")
    if not isinstance(features, list):
        raise _fail(name, "FeatureCollection has no features list")
    rows = [_row(feature, f"{name}: feature {i}") for i, feature in enumerate(features)]
    if digest is None:
        digest = _digest(json.dumps(features, sort_keys=True).encode())
    return EventTable(tuple(features), _frame(rows), digest)


def load_events(path: Path) -> EventTable:
    """Read and validate an events GeoJSON file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _fail(
            str(path), "events file not found (run `make extract` or pass --events PATH)"
        ) from None
    except OSError as err:
        raise _fail(str(path), f"cannot read: {err.strerror or err}") from err
    try:
        collection = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise _fail(str(path), f"not valid JSON ({err})") from err
    return parse_events(collection, str(path), _digest(raw))


def empty_table() -> EventTable:
    return EventTable((), _frame([]), _digest(b""))


def combine(base: EventTable, uploaded: Sequence[Feature]) -> EventTable:
    """``base`` followed by uploaded Features, each marked ``"uploaded": true``."""
    if not uploaded:
        return base
    marked = [{**f, "properties": {**f["properties"], "uploaded": True}} for f in uploaded]
    extra = parse_events({"type": "FeatureCollection", "features": marked}, "upload")
    frame = pd.concat([base.frame, extra.frame], ignore_index=True) if len(base) else extra.frame
    return EventTable(
        base.features + extra.features, frame, _digest((base.digest + extra.digest).encode())
    )
