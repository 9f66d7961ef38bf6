"""GeoJSON written a chunk at a time is byte for byte the single write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from event_factory import make_event

from extract import export
from extract.errors import OutputError
from extract.records import Event


def _event(n: int) -> Event:
    evidence = f"In May 2023, Raisi went to Damascus ({n})."
    dated = n % 4 != 0
    return make_event(
        n,
        geo_precision=1 + n % 3,
        date_start="2023-05" if dated else None,
        date_precision="month" if dated else "undated",
        date_text="In May 2023" if dated else None,
        year_start=2023 if dated else None,
        year_end=2023 if dated else None,
        actors=("Iran", "Syria")[: n % 3],
        evidence=evidence,
        source=f"doc{n % 5}.txt",
        char_start=100 * n,
        char_end=100 * n + len(evidence),
        lat=33.5138 + n / 1000,
        lon=36.2765 - n / 1000,
    )


@pytest.mark.parametrize("chunk", [1, 3, 7, 23])
def test_chunked_geojson_is_the_single_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    events = [_event(n) for n in range(23)]
    whole = export.write_events(events, tmp_path / "whole.geojson").read_bytes()
    monkeypatch.setattr(export, "GEOJSON_CHUNK", chunk)
    chunked = export.write_events(events, tmp_path / "chunked.geojson").read_bytes()
    assert chunked == whole
    assert len(json.loads(chunked)["features"]) == 23
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chunked.geojson", "whole.geojson"]


def test_an_unexpected_gdal_layout_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="unexpected GeoJSON layout"):
        export._split_collection(b'{"type": "FeatureCollection"}', tmp_path / "x.geojson")
