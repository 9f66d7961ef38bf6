"""Loading and validating events files (dashboard/data.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dashboard.data import EventsFileError, combine, empty_table, load_events, parse_events

FIXTURE = Path(__file__).parent / "fixtures" / "events_small.geojson"


def _collection() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FIXTURE.read_text("utf-8"))
    return data


def test_fixture_loads_one_row_per_feature_in_order() -> None:
    table = load_events(FIXTURE)
    raw = _collection()["features"]
    assert len(table) == len(raw) == len(table.frame)
    assert list(table.frame["id"]) == [f["properties"]["id"] for f in raw]
    assert list(table.frame["lon"]) == [f["geometry"]["coordinates"][0] for f in raw]


def test_undated_events_keep_null_years_and_single_years_fill_year_end() -> None:
    frame = load_events(FIXTURE).frame
    undated = frame[frame["date_precision"] == "undated"]
    assert len(undated) >= 1
    assert undated["year_start"].isna().all() and undated["year_end"].isna().all()
    dated = frame[frame["year_start"].notna()]
    assert (dated["year_end"] >= dated["year_start"]).all()


def test_digest_changes_with_content_and_not_otherwise(tmp_path: Path) -> None:
    copy = tmp_path / "copy.geojson"
    copy.write_bytes(FIXTURE.read_bytes())
    assert load_events(copy).digest == load_events(FIXTURE).digest
    changed = _collection()
    changed["features"][0]["properties"]["place"] = "Elsewhere"
    copy.write_text(json.dumps(changed), "utf-8")
    assert load_events(copy).digest != load_events(FIXTURE).digest


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda c: c.update(type="Feature"), "not a GeoJSON FeatureCollection"),
        (
            lambda c: c["features"][2].update(geometry=None),
            "feature 2: geometry must be a GeoJSON Point",
        ),
        (
            lambda c: c["features"][1]["geometry"].update(coordinates=[35.0, 95.0]),
            "feature 1: coordinates out of range",
        ),
        (
            lambda c: c["features"][3]["properties"].update(category="war"),
            "feature 3: category 'war'",
        ),
        (
            lambda c: c["features"][0]["properties"].update(year_start="2011"),
            "year_start must be an integer",
        ),
        (lambda c: c["features"][0]["properties"].update(actors="Iran"), "actors must be a list"),
        (
            lambda c: c["features"][0]["properties"].update(confidence=3),
            "confidence 3.0 is not between",
        ),
        (
            lambda c: c["features"][0]["properties"].update(year_start=2020, year_end=2010),
            "year_end 2010 is before year_start 2020",
        ),
    ],
)
def test_contract_violations_name_the_file_feature_and_reason(
    tmp_path: Path, mutate: Any, expected: str
) -> None:
    collection = _collection()
    mutate(collection)
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps(collection), "utf-8")
    with pytest.raises(EventsFileError) as info:
        load_events(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message and expected in message


def test_missing_and_non_json_files_give_one_line(tmp_path: Path) -> None:
    with pytest.raises(EventsFileError, match="events file not found"):
        load_events(tmp_path / "nope.geojson")
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", ', "utf-8")
    with pytest.raises(EventsFileError, match="not valid JSON") as info:
        load_events(broken)
    assert "\n" not in str(info.value)


def test_combine_marks_uploads_and_appends_after_base() -> None:
    base = load_events(FIXTURE)
    extra = _collection()["features"][:2]
    both = combine(base, extra)
    assert len(both) == len(base) + 2
    assert not both.frame["uploaded"].iloc[: len(base)].any()
    assert both.frame["uploaded"].iloc[len(base) :].all()
    assert both.features[-1]["properties"]["uploaded"] is True
    assert both.digest != base.digest
    assert combine(base, ()) is base
    assert "uploaded" not in extra[0]["properties"]  # the caller's dicts are not touched


def test_empty_table_and_empty_collection() -> None:
    assert len(empty_table()) == 0
    table = parse_events({"type": "FeatureCollection", "features": []}, "empty")
    assert len(table) == 0 and list(table.frame.columns) == list(empty_table().frame.columns)
