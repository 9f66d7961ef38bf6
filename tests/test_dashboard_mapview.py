"""The Folium map builders (dashboard/mapview.py), checked on the JS/HTML they emit."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import folium
import pytest
import streamlit_folium as sf
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import assets
from dashboard.data import EventTable, load_events, parse_events
from dashboard.filters import FilterState, filter_events
from dashboard.mapjs import prefetch_url
from dashboard.mapview import (
    DATA_ISLAND_ID,
    STATIC_PREFIX,
    MapOptions,
    build_map,
    build_markers,
    map_payload,
    map_payload_files,
    publish_payload,
    safe_json,
)

FIXTURE = Path(__file__).parent / "fixtures" / "events_small.geojson"
ISLAND = re.compile(
    r'<script type="application/json" id="' + DATA_ISLAND_ID + r'">(.*?)</script>', re.S
)


@pytest.fixture(scope="module")
def table() -> EventTable:
    return load_events(FIXTURE)


def _parts(fmap: folium.Map) -> tuple[str, str]:
    """What st_folium sends to the browser: the map script and the page header."""
    fmap.get_root().render()
    header = sf._get_header(fmap)
    return sf._get_map_string(fmap), header


def _island(header: str) -> dict[str, Any]:
    match = ISLAND.search(header)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def test_base_map_script_is_identical_across_reruns(table: EventTable) -> None:
    payload = map_payload(table)
    first, _ = _parts(build_map(table, payload, local_assets=True))
    second, _ = _parts(build_map(table, payload, local_assets=True))
    assert first == second
    assert sf.generate_js_hash(first, "map") == sf.generate_js_hash(second, "map")
    other, _ = _parts(build_map(table, payload, MapOptions(cluster=False), local_assets=True))
    assert other != first  # an option the reader changes does rebuild the map


def test_filtering_does_not_touch_the_base_map(table: EventTable) -> None:
    """Only the marker group changes with the slider, so the iframe never reloads."""
    payload = map_payload(table)
    scripts = set()
    groups = set()
    for state in (
        FilterState(),
        FilterState(start=2011, end=2024),
        FilterState(include_undated=False),
    ):
        fmap = build_map(table, payload, local_assets=True)
        scripts.add(_parts(fmap)[0])
        groups.add(sf._get_feature_group_string(build_markers(filter_events(table, state)), fmap))
    assert len(scripts) == 1 and len(groups) == 3


@pytest.mark.parametrize("tiles", [True, False])
def test_the_map_has_a_finite_zoom_range_without_any_tile_layer(
    table: EventTable, tiles: bool
) -> None:
    # Offline the tile layer is dropped; markercluster then builds cluster levels from
    # the map's maxZoom down, which must not be Infinity (that froze the page).
    script, _ = _parts(build_map(table, map_payload(table), MapOptions(tiles=tiles)))
    config = json.loads(re.search(r"var cfg = (\{.*?\});", script, re.S)[1])  # type: ignore[index]
    assert 0 <= config["minZoom"] < config["maxZoom"] <= 19
    assert script.index("map.setMaxZoom(cfg.maxZoom)") < script.index("L.markerClusterGroup(")


def test_data_island_holds_every_event_once(table: EventTable) -> None:
    _, header = _parts(build_map(table, local_assets=True))
    data = _island(header)
    assert data["v"] == table.digest
    assert len(data["lon"]) == len(data["pop"]) == len(table)
    assert data["lon"] == pytest.approx(list(table.frame["lon"]))
    assert data["lat"] == pytest.approx(list(table.frame["lat"]))
    assert data["prec"] == list(table.frame["geo_precision"])
    assert "<mark>" in data["pop"][0]  # popups arrive built and highlighted


def test_marker_group_shows_positions_and_releases_old_groups(table: EventTable) -> None:
    fmap = build_map(table, local_assets=True)
    group = sf._get_feature_group_string(build_markers([3, 1, 4], focus=4), fmap)
    assert "window.atlas.show([3,1,4], 4)" in group
    # streamlit-folium appends every group to window.feature_group; ours empties it
    # first, so old views do not pile up over hundreds of slider moves.
    assert group.index("window.feature_group.length = 0") < group.index("window.feature_group.push")
    assert "window.atlas.show([], null)" in sf._get_feature_group_string(build_markers([]), fmap)


def test_scripts_come_from_the_local_static_folder(table: EventTable) -> None:
    fmap = build_map(table, local_assets=True)
    urls = [url for _, url in fmap.default_js[1:] + fmap.default_css]
    assert urls and all(url.startswith(STATIC_PREFIX) for url in urls)
    assert fmap.default_js[0][1].startswith("data:text/javascript")  # the prefetch
    assert STATIC_PREFIX + "leaflet/dist/leaflet.js" in urls
    script, header = _parts(fmap)
    assert "cdn" not in (script + header).lower()
    assert STATIC_PREFIX + assets.OUTLINES in script  # offline outlines layer


def test_without_installed_assets_it_falls_back_to_cdns(table: EventTable) -> None:
    fmap = build_map(table, local_assets=False)
    assert [url for _, url in fmap.default_js[1:]] == list(assets.CDN_JS)
    script, _ = _parts(fmap)
    assert '"outlines":null' in script


def test_empty_table_builds_a_map_centred_on_syria() -> None:
    empty = parse_events({"type": "FeatureCollection", "features": []}, "empty")
    script, header = _parts(build_map(empty, local_assets=True))
    assert "center: [34.8, 38.5]" in script
    assert _island(header)["lon"] == []


def test_safe_json_cannot_close_a_script_element() -> None:
    text = safe_json({"a": "</script><script>alert(1)</script>", "b": "x\u2028y & z"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>", "b": "x\u2028y & z"}


hostile = st.one_of(
    st.sampled_from(["<img src=x onerror=alert(1)>", "${alert(1)}", "`", "</script>", "${"]),
    st.text(alphabet=st.sampled_from(list("a <>&\"'`${}/\\")), min_size=1, max_size=30),
)


def _feature(text: str) -> dict[str, Any]:
    props = {
        "id": text,
        "place": text,
        "mention": text,
        "event": text,
        "evidence": f"Near {text} in 2020.",
        "source": text,
        "category": "incident",
        "actors": [text],
        "date_start": "2020",
        "date_text": text,
        "date_anchor": text,
        "date_precision": "year",
        "year_start": 2020,
        "year_end": 2020,
        "geo_precision": 1,
        "confidence": 0.5,
    }
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [36.0, 34.0]},
        "properties": props,
    }


def _page(text: str) -> str:
    table = parse_events(
        {"type": "FeatureCollection", "features": [_feature(text)]}, "t", digest="fixed"
    )
    fmap = build_map(table, local_assets=True)
    script, header = _parts(fmap)
    group = sf._get_feature_group_string(build_markers([0]), fmap)
    return header + script + group + fmap.get_root().render()


@settings(max_examples=60, deadline=None)
@given(hostile)
def test_no_document_string_reaches_the_map_page_unescaped(text: str) -> None:
    """Differential: a hostile string adds not one <, backtick or ${ to the page
    compared with a harmless string of the same length in the same fields."""
    page, plain = _page(text), _page("a" * len(text))
    for token in ("<", "`", "${", "</script"):
        assert page.count(token) == plain.count(token), token


def test_regression_jinja_braces_in_a_document_are_never_run_as_a_template() -> None:
    """branca compiles macro output as Jinja; a sentence with {{ ... }} once broke the
    map (and could have run code on the server)."""
    page = _page("{{ 7 * 7 }}{% if true %}")
    assert "{{ 7 * 7 }}{% if true %}" in page
    assert "Near 49" not in page


def test_published_payload_is_two_static_files_the_map_fetches(
    table: EventTable, tmp_path: Path
) -> None:
    points, texts = map_payload_files(table)
    urls = (
        publish_payload(points, f"{table.digest}.points", tmp_path / "data"),
        publish_payload(texts, f"{table.digest}.texts", tmp_path / "data"),
    )
    assert urls == (
        f"../../app/static/data/{table.digest}.points.json",
        f"../../app/static/data/{table.digest}.texts.json",
    )
    assert (tmp_path / "data" / f"{table.digest}.texts.json").read_text("utf-8") == texts
    # Points first and small; the two together are exactly what the island holds.
    assert "pop" not in json.loads(points) and len(points) < len(texts)
    assert json.loads(points) | json.loads(texts) == json.loads(map_payload(table))
    script, header = _parts(
        build_map(table, options=MapOptions(), local_assets=True, data_urls=(urls[0], urls[1]))
    )
    assert f'"dataUrl":"{urls[0]}"' in script and f'"textUrl":"{urls[1]}"' in script
    assert DATA_ISLAND_ID not in header.replace(
        f'"dataId":"{DATA_ISLAND_ID}"', ""
    )  # nothing embedded
    assert ISLAND.search(header) is None


def _prefetched(fmap: folium.Map) -> tuple[list[str], list[str], list[str]]:
    """The scripts, stylesheets and fetches the map's first (``data:``) script starts."""
    name, url = fmap.default_js[0]
    assert name == "atlas_prefetch"
    prefix = "data:text/javascript;charset=utf-8,"
    assert url.startswith(prefix) and not re.search(r"[\s\"'<>]", url)
    code = unquote(url.removeprefix(prefix))
    arrays: list[list[str]] = []
    decoder, at = json.JSONDecoder(), 0
    while len(arrays) < 3:  # each array is read whole, so what is inside cannot misalign
        start = code.index("[", at)
        value, at = decoder.raw_decode(code, start)
        assert code.startswith(".forEach", at)
        arrays.append(value)
    return arrays[0], arrays[1], arrays[2]


def test_the_first_script_fetches_the_points_and_later_assets_in_parallel(
    table: EventTable,
) -> None:
    urls = ("../../app/static/data/a.points.json", "../../app/static/data/a.texts.json")
    fmap = build_map(table, local_assets=True, data_urls=urls)
    scripts, styles, fetches = _prefetched(fmap)
    later = [url for _, url in fmap.default_js[2:]]  # the first real script loads anyway
    assert scripts == later and styles == [url for _, url in fmap.default_css]
    assert fetches == [urls[0]]  # the texts still follow the points
    script, _ = _parts(fmap)
    assert "window.atlasPrefetch" in script  # the map takes over the early request
    assert _prefetched(build_map(table, local_assets=True))[2] == []  # embedded data


def test_prefetch_urls_are_data_even_when_hostile() -> None:
    hostile = ['x"]);alert(1);//', "</script><script>alert(2)</script>", "a%20b\u2028"]
    fmap = folium.Map(tiles=None)
    fmap.default_js = [("atlas_prefetch", prefetch_url(hostile, hostile[:1], hostile[1:]))]
    assert _prefetched(fmap) == (hostile, hostile[:1], hostile[1:])


def test_publishing_keeps_only_the_newest_files_and_survives_a_read_only_folder(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    for i in range(20):
        assert publish_payload("{}", f"d{i:02d}", folder) is not None
    assert len(list(folder.glob("*.json"))) == 16
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", "utf-8")
    assert publish_payload("{}", "x", blocked) is None
