"""The synthetic events generator honours the DESIGN.md GeoJSON contract.

The dashboard benchmark and the browser tests feed its output to the real app, so a
drift from the contract here would make them measure or test the wrong thing.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.gen_events import HOSTILE_STRINGS, generate_events, main
from extract.records import CATEGORIES, DATE_PRECISIONS, Event

CONTRACT: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "place": (str,),
    "place_id": (str,),
    "mention": (str,),
    "place_kind": (str,),
    "geo_precision": (int,),
    "category": (str,),
    "event": (str,),
    "date_start": (str, type(None)),
    "date_end": (str, type(None)),
    "date_precision": (str,),
    "date_text": (str, type(None)),
    "date_anchor": (str, type(None)),
    "year_start": (int, type(None)),
    "year_end": (int, type(None)),
    "actors": (list,),
    "evidence": (str,),
    "source": (str,),
    "char_start": (int,),
    "char_end": (int,),
    "confidence": (float,),
    "geocoder": (str,),
}
# Syria, Iran, Iraq and Lebanon fit in this box.
LON_RANGE, LAT_RANGE = (34.0, 64.0), (29.0, 40.0)


@pytest.fixture(scope="module")
def features() -> list[dict[str, Any]]:
    collection = generate_events(3000, seed=11)
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection  # RFC 7946
    return list(collection["features"])


def test_every_feature_has_exactly_the_contract_properties(features: list[dict[str, Any]]) -> None:
    for feature in features:
        props = feature["properties"]
        assert set(props) == set(CONTRACT)
        for name, types in CONTRACT.items():
            assert isinstance(props[name], types), (name, props[name])


def test_features_build_valid_event_records(features: list[dict[str, Any]]) -> None:
    # The typed record validates categories, precisions, confidence and offsets.
    for feature in features:
        props = dict(feature["properties"], actors=tuple(feature["properties"]["actors"]))
        lon, lat = feature["geometry"]["coordinates"]
        Event(**props, lat=lat, lon=lon)


def test_geometry_is_a_rounded_point_in_the_region(features: list[dict[str, Any]]) -> None:
    for feature in features:
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert LON_RANGE[0] < lon < LON_RANGE[1] and LAT_RANGE[0] < lat < LAT_RANGE[1]
        assert all(len(repr(c).split(".")[1]) <= 6 for c in (lon, lat))


def test_evidence_names_the_place_at_the_claimed_offsets(features: list[dict[str, Any]]) -> None:
    for feature in features:
        props = feature["properties"]
        assert props["mention"] in props["evidence"]
        assert props["char_end"] - props["char_start"] == len(props["evidence"])
        if props["date_text"] is not None:
            assert props["date_text"] in props["evidence"]


def test_dates_are_consistent(features: list[dict[str, Any]]) -> None:
    for feature in features:
        p = feature["properties"]
        if p["date_precision"] == "undated":
            assert p["date_start"] is p["date_end"] is p["year_start"] is p["year_end"] is None
            continue
        assert p["year_start"] <= p["year_end"] <= 2029  # "the 2020s" ends in 2029
        assert int(p["date_start"].lstrip("-").split("-")[0]) == abs(p["year_start"])


def test_the_spread_covers_what_the_dashboard_must_show(features: list[dict[str, Any]]) -> None:
    props = [f["properties"] for f in features]
    assert set(Counter(p["category"] for p in props)) == set(CATEGORIES)
    assert set(Counter(p["date_precision"] for p in props)) == set(DATE_PRECISIONS)
    assert {p["geo_precision"] for p in props} == {1, 2, 3}
    years = [p["year_start"] for p in props if p["year_start"] is not None]
    assert min(years) < 0  # some BCE
    modern = [y for y in years if 1946 <= y <= 2025]
    assert len(modern) > 0.8 * len(years)
    assert len({y for y in modern}) > 60  # spread over the period, not a few years
    assert any(p["actors"] for p in props) and any(not p["actors"] for p in props)
    assert len({p["place"] for p in props}) > 20
    assert len({p["source"] for p in props}) > 10


def test_same_seed_same_events_other_seed_other_events() -> None:
    assert generate_events(200, seed=5) == generate_events(200, seed=5)
    assert generate_events(200, seed=5) != generate_events(200, seed=6)
    ids = [f["properties"]["id"] for f in generate_events(2000)["features"]]
    assert len(set(ids)) == len(ids)


def test_hostile_events_carry_a_probe_in_every_document_field() -> None:
    for feature in generate_events(100, seed=2, hostile=True)["features"]:
        props = feature["properties"]
        for name in ("mention", "event", "evidence", "source"):
            assert any(probe in props[name] for probe in HOSTILE_STRINGS), name


def test_cli_writes_the_collection(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "events.geojson"
    assert main(["25", "--seed", "3", "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8")) == generate_events(25, seed=3)


def test_cli_refuses_a_negative_count(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["-1", "-o", "unused.geojson"])
    assert exit_info.value.code == 2
    assert "n must be >= 0, got -1" in capsys.readouterr().err


def test_cli_reports_an_unwritable_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["3", "-o", str(blocker / "events.geojson")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot write") and err.count("\n") == 1
