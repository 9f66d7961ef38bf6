"""Writing events: RFC 7946 GeoJSON, other formats by suffix, atomic and deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest
from event_factory import make_event

from extract import export
from extract.errors import OutputError
from extract.export import PROPERTY_ORDER, feature_collection, write_events

EVENTS = [
    make_event(2),
    make_event(
        1,
        date_start="-539",
        date_end=None,
        year_start=-539,
        year_end=-539,
        date_precision="year",
        date_text="539 BCE",
    ),
    make_event(
        3,
        date_start=None,
        date_end=None,
        year_start=None,
        year_end=None,
        date_precision="undated",
        date_text=None,
        actors=(),
    ),
]


def test_geojson_is_rfc7946_with_every_contract_property(tmp_path: Path) -> None:
    out = write_events(EVENTS, tmp_path / "events.geojson")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert "crs" not in data
    assert len(data["features"]) == 3
    for feature in data["features"]:
        assert list(feature["properties"]) == list(PROPERTY_ORDER)
        lon, lat = feature["geometry"]["coordinates"]
        assert lon == pytest.approx(36.29199, abs=1e-5)  # [lon, lat] order
        assert lat == pytest.approx(33.51312, abs=1e-5)
        assert len(repr(lon).split(".")[1]) <= 6
    props = [f["properties"] for f in data["features"]]
    assert [p["id"] for p in props] == ["id001", "id002", "id003"]  # sorted by position
    assert props[0]["year_start"] == -539 and isinstance(props[0]["year_start"], int)
    assert props[2]["year_start"] is None and props[2]["date_start"] is None
    assert props[1]["actors"] == ["Iran", "Syria"]


def test_feature_collection_matches_written_file(tmp_path: Path) -> None:
    out = write_events(EVENTS, tmp_path / "events.geojson")
    written = json.loads(out.read_text(encoding="utf-8"))
    in_memory = feature_collection(EVENTS)
    assert [f["properties"] for f in written["features"]] == [
        f["properties"] for f in in_memory["features"]
    ]


def test_output_is_byte_identical_across_runs_and_input_order(tmp_path: Path) -> None:
    a = write_events(EVENTS, tmp_path / "a.geojson").read_bytes()
    b = write_events(list(reversed(EVENTS)), tmp_path / "b.geojson").read_bytes()
    assert a == b


@pytest.mark.parametrize("suffix", [".gpkg", ".csv", ".parquet"])
def test_other_formats_round_trip(tmp_path: Path, suffix: str) -> None:
    out = write_events(EVENTS, tmp_path / f"events{suffix}")
    if suffix == ".csv":
        text = out.read_text(encoding="utf-8")
        assert text.splitlines()[0].startswith("id,place,place_id")
        assert "Iran; Syria" in text
        assert len(text.splitlines()) == 4
        return
    frame = gpd.read_parquet(out) if suffix == ".parquet" else gpd.read_file(out)
    assert len(frame) == 3
    assert frame.geometry.x.iloc[0] == pytest.approx(36.29199, abs=1e-5)


def test_unknown_suffix_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"events\.xlsx.*unknown output format"):
        write_events(EVENTS, tmp_path / "events.xlsx")


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_then_fail(events: object, tmp: Path) -> None:
        tmp.write_text('{"type": "Feat', encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_geojson", half_then_fail)
    target = tmp_path / "events.geojson"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(OutputError, match="No space left on device"):
        write_events(EVENTS, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.geojson"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_events(EVENTS, tmp_path / "nope" / "events.geojson")
