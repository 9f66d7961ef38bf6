"""The Streamlit script, run headless with AppTest (dashboard/app.py)."""

from __future__ import annotations

import base64
import json
import re
import sys
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import load_events
from dashboard.filters import FilterState, filter_events, year_domain

pytestmark = pytest.mark.app

APP = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")
FIXTURE = Path(__file__).parent / "fixtures" / "events_small.geojson"
STATIC = Path(APP).parent / "static"
TABLE = load_events(FIXTURE)
DOMAIN = year_domain(TABLE)


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("EVENT_ATLAS_EVENTS", str(FIXTURE))
    return AppTest.from_file(APP, default_timeout=60)


def _args(at: AppTest) -> dict[str, Any]:
    components = at.get("component_instance")
    assert len(components) == 1
    assert components[0].proto.component_name == "streamlit_folium.st_folium"
    args: dict[str, Any] = json.loads(components[0].proto.json_args)
    return args


def _shown_ids(at: AppTest) -> list[int]:
    match = re.search(r"window\.atlas\.show\(\[([\d,]*)\]", _args(at)["feature_group"])
    assert match is not None
    return [int(i) for i in match.group(1).split(",") if i]


def _param(at: AppTest, key: str) -> list[str]:
    value = at.query_params[key]
    return list(value) if isinstance(value, list | tuple) else [value]


def _map_data(at: AppTest) -> dict[str, Any]:
    """The events the map loads: the static files it fetches, or the page's island."""
    args = _args(at)
    urls = [
        re.search(rf'"{key}":"\.\./\.\./app/static/([^"]+)"', args["script"])
        for key in ("dataUrl", "textUrl")
    ]
    if urls[0] is not None and urls[1] is not None:
        points, texts = (json.loads((STATIC / u.group(1)).read_text("utf-8")) for u in urls)
        assert points["v"] == texts["v"]
        data: dict[str, Any] = points | texts
        return data
    island = re.search(
        r'<script type="application/json" id="atlas-data">(.*?)</script>', args["header"], re.S
    )
    assert island is not None
    data = json.loads(island.group(1))
    return data


def _shown(at: AppTest) -> int:
    """The "N of M events shown" count above the map."""
    lines = [m.value for m in at.markdown if "events shown" in m.value]
    assert len(lines) == 1
    match = re.match(r"\*\*([\d,]+)\*\* of [\d,]+ events shown", lines[0])
    assert match is not None, lines[0]
    return int(match[1].replace(",", ""))


def _expect(at: AppTest, state: FilterState) -> None:
    """Map, counts and URL agree with filter_events for ``state``."""
    positions = filter_events(TABLE, state).tolist()
    assert _shown_ids(at) == positions
    assert _shown(at) == len(positions)


def test_runs_and_sends_the_map_to_st_folium(app: AppTest) -> None:
    at = app.run()
    assert not at.exception and not at.error
    args = _args(at)
    assert "window.atlas = {" in args["script"] and "L.map(" in args["script"]
    assert "window.atlas.show([" in args["feature_group"]
    data = _map_data(at)
    assert data["v"] == TABLE.digest and len(data["pop"]) == len(TABLE)
    assert args["returned_objects"] == []
    assert args["js_links"] and not any(link.startswith("http") for link in args["js_links"])


def test_default_view_is_the_modern_period_with_undated_events(app: AppTest) -> None:
    at = app.run()
    start, end = DOMAIN.modern
    assert at.select_slider(key="years").value == (start, end)
    _expect(at, FilterState(start=start, end=end))
    assert _param(at, "from") == [str(start)] and _param(at, "to") == [str(end)]


def test_slider_moves_change_the_markers_counts_and_link(app: AppTest) -> None:
    at = app.run()
    before = _args(at)
    at.select_slider(key="years").set_value((2011, 2016)).run()
    _expect(at, FilterState(start=2011, end=2016))
    after = _args(at)
    assert after["script"] == before["script"]  # same base map: the iframe stays
    assert after["feature_group"] != before["feature_group"]
    assert _param(at, "from") == ["2011"] and _param(at, "to") == ["2016"]


def _timeline_total(at: AppTest) -> int:
    """Events drawn in the timeline: the numbers in its bars' hover titles."""
    urls = [img.url for image in at.get("image") for img in image.proto.imgs]
    svgs = [base64.b64decode(u.split(",", 1)[1]).decode() for u in urls if "svg" in u[:30]]
    assert len(svgs) == 1 and 'class="atlas-timeline"' in svgs[0]
    return sum(int(n.replace(",", "")) for n in re.findall(r"<title>[^<]*?: ([\d,]+) ", svgs[0]))


def test_timeline_counts_the_dated_events_in_the_window(app: AppTest) -> None:
    at = app.run()
    start, end = DOMAIN.modern
    dated = TABLE.frame.iloc[filter_events(TABLE, FilterState(start=start, end=end))]
    assert _timeline_total(at) == int(dated["year_start"].between(start, end).sum())
    at.select_slider(key="years").set_value((2011, 2016)).run()
    dated = TABLE.frame.iloc[filter_events(TABLE, FilterState(start=2011, end=2016))]
    assert _timeline_total(at) == int(dated["year_start"].between(2011, 2016).sum())


def test_cumulative_mode_and_undated_toggle(app: AppTest) -> None:
    at = app.run()
    at.radio(key="mode").set_value("cumulative").run()
    end = DOMAIN.modern[1]
    _expect(at, FilterState(start=DOMAIN.modern[0], end=end, cumulative=True))
    at.select_slider(key="year_to").set_value(2000).run()
    _expect(at, FilterState(start=DOMAIN.modern[0], end=2000, cumulative=True))
    at.toggle(key="undated").set_value(False).run()
    _expect(at, FilterState(end=2000, cumulative=True, include_undated=False))
    assert _param(at, "mode") == ["cumulative"] and _param(at, "undated") == ["0"]


def test_ancient_history_toggle_widens_the_window(app: AppTest) -> None:
    at = app.run()
    at.toggle(key="ancient").set_value(True).run()
    assert at.select_slider(key="years").value == (DOMAIN.full[0], DOMAIN.modern[1])
    _expect(at, FilterState(start=DOMAIN.full[0], end=DOMAIN.modern[1]))
    assert "539 BCE" in at.select_slider(key="years").options


def test_filters_narrow_the_view(app: AppTest) -> None:
    at = app.run()
    full = FilterState(start=DOMAIN.modern[0], end=DOMAIN.modern[1])
    at.multiselect(key="categories").set_value(["incident"]).run()
    _expect(at, FilterState(full.start, full.end, categories=frozenset({"incident"})))
    at.multiselect(key="actors").set_value(["Israel"]).run()
    _expect(
        at,
        FilterState(
            full.start, full.end, categories=frozenset({"incident"}), actors=frozenset({"Israel"})
        ),
    )
    at.multiselect(key="categories").set_value([]).run()
    at.multiselect(key="actors").set_value([]).run()
    at.text_input(key="text").set_value("consulate").run()
    _expect(at, FilterState(full.start, full.end, text="consulate"))
    assert _param(at, "q") == ["consulate"]


def test_query_params_set_the_view(app: AppTest) -> None:
    app.query_params.update(
        {"from": "-539", "to": "2000", "cat": ["diplomacy", "other"], "undated": "0"}
    )
    at = app.run()
    assert not at.exception and not at.warning
    assert at.toggle(key="ancient").value is True  # a BCE start opens the ancient span
    assert at.select_slider(key="years").value == (-539, 2000)
    assert set(at.multiselect(key="categories").value) == {"diplomacy", "other"}
    _expect(
        at,
        FilterState(
            start=-539,
            end=2000,
            include_undated=False,
            categories=frozenset({"diplomacy", "other"}),
        ),
    )


def test_bad_query_params_give_a_warning_not_an_error(app: AppTest) -> None:
    app.query_params.update({"from": "someday", "cat": "war"})
    at = app.run()
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "someday" in warnings and "war" in warnings


def test_map_options_rebuild_the_base_map(app: AppTest) -> None:
    at = app.run()
    before = _args(at)["script"]
    at.toggle(key="cluster").set_value(False).run()
    assert _args(at)["script"] != before
    assert '"cluster":false' in _args(at)["script"]


def test_play_button_toggles_playing(app: AppTest) -> None:
    at = app.run()
    at.button(key="play").click().run()
    assert at.session_state["_playing"] is True
    assert "Pause" in at.button(key="play").label
    at.button(key="play").click().run()
    assert at.session_state["_playing"] is False


def test_download_buttons_and_table(app: AppTest) -> None:
    at = app.run()
    labels = {b.label for b in at.get("download_button")}
    assert labels == {"Download GeoJSON", "Download CSV", "Download GeoPackage"}
    shown = len(filter_events(TABLE, FilterState(*DOMAIN.modern)))
    # The table opens on request (it would slow the first map), and says what it holds.
    assert len(at.dataframe) == 0
    assert any(c.value.startswith(f"{shown:,} events in this view") for c in at.caption)
    at.toggle(key="show_table").set_value(True).run()
    assert len(at.dataframe[0].value) == shown
    assert _param(at, "table") == ["1"]


def test_a_link_can_open_the_table(app: AppTest) -> None:
    app.query_params["table"] = "1"
    at = app.run()
    assert not at.exception and at.toggle(key="show_table").value is True
    assert len(at.dataframe) == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "events file not found"),
        ("{not json", "not valid JSON"),
        ('{"type": "FeatureCollection", "features": [{"type": "Feature"}]}', "feature 0"),
    ],
)
def test_missing_or_bad_events_file_is_a_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str | None, expected: str
) -> None:
    path = tmp_path / "events.geojson"
    if content is not None:
        path.write_text(content, "utf-8")
    monkeypatch.setenv("EVENT_ATLAS_EVENTS", str(path))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert len(at.error) == 1 and expected in at.error[0].value and str(path) in at.error[0].value
    assert _shown(at) == 0
    assert _shown_ids(at) == []


def _fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """A stand-in extractor: one Damascus event per document, real records/export."""
    from event_factory import make_event

    from extract.records import Event

    calls: list[tuple[int, int]] = []

    def extract_documents(
        docs: Sequence[Any], *, progress: Callable[[int, int], None] | None = None
    ) -> list[Event]:
        events = []
        for n, doc in enumerate(docs, 1):
            evidence = doc.text.strip().splitlines()[0]
            start = doc.text.index(evidence)
            events.append(
                make_event(
                    n,
                    id=f"up-{n}",
                    place_id="geonames:170654",
                    category="incident",
                    event="uploaded",
                    date_start="2024",
                    date_precision="year",
                    date_text="2024",
                    year_start=2024,
                    year_end=2024,
                    actors=("Israel",),
                    evidence=evidence,
                    source=doc.source,
                    char_start=start,
                    char_end=start + len(evidence),
                    confidence=0.5,
                    lat=33.5102,
                    lon=36.2913,
                )
            )
            if progress is not None:
                progress(n, len(docs))
                calls.append((n, len(docs)))
        return events

    module = types.ModuleType("extract.pipeline")
    module.extract_documents = extract_documents  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "extract.pipeline", module)
    return calls


def test_uploaded_documents_join_the_map_marked_uploaded(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _fake_pipeline(monkeypatch)
    at = app.run()
    before = _shown(at)
    hostile = b"Strike on Damascus <img src=x onerror=alert(1)> ${alert(1)} in 2024.\n"
    at.file_uploader(key="upload").set_value(("hostile.txt", hostile, "text/plain")).run()
    assert not at.exception and not at.error
    assert calls == [(1, 1)]
    assert _shown(at) == before + 1
    assert len(TABLE) in _shown_ids(at)  # the new row comes after the loaded ones
    popup = _map_data(at)["pop"][len(TABLE)]
    assert "&lt;img src=x onerror=alert(1)&gt;" in popup and "&#36;{alert(1)}" in popup
    at.toggle(key="show_table").set_value(True).run()
    assert at.dataframe[0].value["uploaded"].sum() == 1


def test_bad_and_oversized_uploads_are_refused_with_a_message(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    import extract.documents

    _fake_pipeline(monkeypatch)
    monkeypatch.setattr(extract.documents, "MAX_BYTES", 64)
    at = app.run()
    before = _shown(at)
    files = [
        ("big.txt", b"Damascus " * 20, "text/plain"),
        ("binary.pdf", b"%PDF-1.4 not really a pdf \x00\x01", "application/pdf"),
    ]
    at.file_uploader(key="upload").set_value(files).run()
    assert not at.exception
    messages = [e.value for e in at.error]
    assert len(messages) == 2
    assert any("big.txt" in m and "limit" in m for m in messages)
    assert any("binary.pdf" in m for m in messages)
    assert all("\n" not in m for m in messages)
    assert _shown(at) == before
