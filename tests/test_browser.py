"""The real dashboard in headless Chromium: map, slider, popup, download, upload.

A module fixture starts ``streamlit run dashboard/app.py`` on a generated events file
(``benchmarks/gen_events.py``) and every page runs in a browser context that aborts any
request leaving 127.0.0.1, so a map that renders here renders air-gapped. Expected
counts are computed here, independently, from the events file and the slider's window
as the page shows it (overlap of ``year_start..year_end`` with the window; undated
events shown by default), never copied from the app.

Every page fails its test if a JS dialog opens or an uncaught JS error occurs:
document strings carry ``<img onerror>``, ``${...}``, backticks and ``</script>``.
Chromium missing is a failure that says how to install it, not a skip.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import browser_support as bs
import pytest
from playwright.sync_api import Browser, Page, Playwright, Route, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from benchmarks.gen_events import HOSTILE_STRINGS, generate_events, write_events

# The thread method: a Playwright wait that hangs cannot be interrupted by a signal,
# and a hung browser test must fail the run, not stall it.
pytestmark = [pytest.mark.browser, pytest.mark.timeout(240, method="thread")]

SCREENSHOT = bs.REPO / "docs" / "screenshot.png"
VIEWPORT = {"width": 1400, "height": 1000}
SCREENSHOT_VIEWPORT = {"width": 1400, "height": 1250}  # map and timeline
WAIT_MS = 60_000
# An uploaded document mixing real event sentences with injection probes.
HOSTILE_DOCUMENT = (
    "Iranian forces in Syria\n\n"
    "In 2015, Iranian advisers were deployed to Latakia <img src=x onerror=alert(1)> "
    "alongside Syrian army units.\n\n"
    "On 4 May 2019, an Israeli air strike hit a weapons depot near Masyaf ${alert(2)} "
    "`alert(3)` </script><script>alert(4)</script>, killing several fighters.\n"
)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    try:
        chromium = bs.launch_chromium(playwright)
    except bs.HarnessError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield chromium
    chromium.close()


def _serve(path: Path) -> Iterator[tuple[bs.Server, list[dict[str, Any]]]]:
    """The dashboard over the events file ``path``, and that file's features."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    try:
        server = bs.start_server(bs.APP, ["--events", str(path)])
    except bs.HarnessError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server, features
    finally:
        bs.stop_server(server)


def _server(
    path: Path, collection: dict[str, Any]
) -> Iterator[tuple[bs.Server, list[dict[str, Any]]]]:
    write_events(collection, path)
    yield from _serve(path)


@pytest.fixture(scope="module")
def atlas(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[bs.Server, list[dict[str, Any]]]]:
    """The dashboard over 400 ordinary generated events."""
    path = tmp_path_factory.mktemp("events") / "events.geojson"
    yield from _server(path, generate_events(400, seed=4))


@pytest.fixture(scope="module")
def hostile_atlas(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[bs.Server, list[dict[str, Any]]]]:
    """The dashboard over events whose every document string carries a probe."""
    path = tmp_path_factory.mktemp("hostile") / "events.geojson"
    yield from _server(path, generate_events(60, seed=9, hostile=True))


@pytest.fixture(scope="module")
def seed_atlas(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[bs.Server, list[dict[str, Any]]]]:
    """The dashboard over what the extractor makes of the seed documents."""
    path = tmp_path_factory.mktemp("seeds") / "events.geojson"
    command = [sys.executable, "-m", "extract.cli", "extract", "seeds", "-o", str(path)]
    subprocess.run(command, cwd=bs.REPO, check=True, capture_output=True, timeout=300)
    yield from _serve(path)


@dataclass
class Session:
    """One page on the dashboard, with what went wrong in it recorded."""

    page: Page
    log: bs.NetworkLog
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _open(browser: Browser, server: bs.Server) -> Iterator[Session]:
    context, log = bs.offline_context(browser, viewport=VIEWPORT, accept_downloads=True)
    page = context.new_page()
    session = Session(page, log)

    def on_dialog(dialog: Any) -> None:
        session.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: session.errors.append(str(exc)))
    page.goto(server.url)
    # The script state reads "notRunning" for a moment before the first run starts.
    bs.slider_thumbs(page, bs.YEAR_SLIDER_KEY).first.wait_for(state="attached", timeout=WAIT_MS)
    bs.wait_script_done(page, WAIT_MS)
    try:
        yield session
        assert session.dialogs == [], "a JS dialog fired: injected code ran"
        assert session.errors == [], "uncaught JS errors on the page"
    finally:
        bs.close_context(page.context)


@pytest.fixture
def session(browser: Browser, atlas: tuple[bs.Server, list[dict[str, Any]]]) -> Iterator[Session]:
    yield from _open(browser, atlas[0])


@pytest.fixture
def seed_session(
    browser: Browser, seed_atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> Iterator[Session]:
    yield from _open(browser, seed_atlas[0])


@pytest.fixture
def hostile_session(
    browser: Browser, hostile_atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> Iterator[Session]:
    yield from _open(browser, hostile_atlas[0])


# ---------------------------------------------------------------- helpers


def parse_year(label: str) -> int:
    """The slider's label back to a year: "539 BCE" -> -539."""
    match = re.fullmatch(r"(\d+)( BCE)?", label.strip())
    assert match, f"unexpected year label {label!r}"
    return -int(match[1]) if match[2] else int(match[1])


def window(page: Page) -> tuple[int, int]:
    thumbs = bs.slider_thumbs(page, bs.YEAR_SLIDER_KEY)
    assert thumbs.count() == 2, "the year slider should be a range slider"
    start, end = (parse_year(thumbs.nth(i).get_attribute("aria-valuetext") or "") for i in (0, 1))
    return start, end


def expected_ids(features: list[dict[str, Any]], start: int, end: int) -> list[str]:
    """Events whose span overlaps the window, plus undated ones (shown by default)."""
    kept = []
    for feature in features:
        props = feature["properties"]
        first = props["year_start"]
        last = props["year_end"] if props["year_end"] is not None else first
        if first is None or (first <= end and last >= start):
            kept.append(props["id"])
    return kept


def shown_count(page: Page) -> int:
    """What the map itself says it shows (``window.atlas.state.count``, dashboard/mapjs.py)."""
    return int(bs.wait_atlas(page, "s => s.ready", timeout_ms=WAIT_MS)["count"])


def settle(page: Page, features: list[dict[str, Any]]) -> tuple[tuple[int, int], int]:
    """Wait until the map shows exactly the events of the window the slider shows."""
    bs.wait_script_done(page, WAIT_MS)
    years = window(page)
    want = len(expected_ids(features, *years))
    bs.wait_atlas(page, "(s, n) => s.ready && s.count === n", want, WAIT_MS)
    return years, want


ANIMATING = ".leaflet-cluster-anim, .leaflet-zoom-anim"


def _still(page: Page) -> None:
    """Wait for cluster and zoom animations to end: markers move while they run."""
    page.wait_for_function(
        "([sel, busy]) => { const doc = document.querySelector(sel).contentDocument;"
        " return doc && doc.querySelector('.leaflet-container') && !doc.querySelector(busy); }",
        arg=[bs.MAP_IFRAME, ANIMATING],
        timeout=WAIT_MS,
    )


# The index of the first element matching a selector that a click would reach: its
# centre lies inside the map's visible box and nothing covers it there. Markers
# outside the view still sit in the DOM (clipped by the map container), and clicking
# them hits whatever the page shows at that point instead.
REACHABLE_JS = """(selector) => {
  const box = document.querySelector('.leaflet-container').getBoundingClientRect();
  const items = Array.from(document.querySelectorAll(selector));
  return items.findIndex((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (x < box.left + 8 || x > box.right - 8 || y < box.top + 8 || y > box.bottom - 8) {
      return false;
    }
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  });
}"""
SINGLE = ".leaflet-marker-pane .atlas-marker"
CLUSTER = ".leaflet-marker-pane .marker-cluster"


def reachable(page: Page, selector: str) -> Any:
    """A marker matching ``selector`` that a user could click now, or None."""
    page.locator(bs.MAP_IFRAME).evaluate("el => el.scrollIntoView({block: 'center'})")
    _still(page)
    frame = bs.map_frame(page, WAIT_MS)
    index = int(frame.evaluate(REACHABLE_JS, selector))
    return None if index < 0 else frame.locator(selector).nth(index)


def open_some_popup(page: Page, texts: bool = True) -> str:
    """Click clusters until a single marker is in view, click it, return the popup's text.

    Popup texts follow the points (mapjs ``load()``): with ``texts``, wait for them first.
    """
    if texts:
        bs.wait_atlas(page, "s => s.texts === 'loaded'", timeout_ms=WAIT_MS)
    for _ in range(25):
        single = reachable(page, SINGLE)
        if single is not None:
            single.click(timeout=10_000)
            content = bs.map_frame(page, WAIT_MS).locator(".leaflet-popup-content")
            try:
                content.wait_for(timeout=5_000)
            except PlaywrightTimeout:
                continue  # the marker moved under the click (a spiderfy settling): again
            return content.inner_text()
        cluster = reachable(page, CLUSTER)
        if cluster is None:  # a cluster click can zoom its children to the map's edges
            bs.map_frame(page, WAIT_MS).evaluate("() => window.map.zoomOut()")
            continue
        before = bs.map_signature(bs.map_state(page))
        cluster.click(timeout=10_000)
        # A cluster click zooms in or spreads the markers: wait for the change.
        page.wait_for_function(
            f"sel => ({bs.SIGNATURE_JS})(({bs.MAP_STATE_JS})(sel)) !== {json.dumps(before)}",
            arg=bs.MAP_IFRAME,
            timeout=WAIT_MS,
        )
    raise AssertionError("no single marker could be clicked after 25 tries")


def event_of_popup(text: str, features: list[dict[str, Any]]) -> dict[str, Any]:
    """The event whose evidence the popup quotes (evidence sentences are unique enough)."""
    flat = " ".join(text.split())
    matches = [
        f["properties"] for f in features if " ".join(f["properties"]["evidence"].split()) in flat
    ]
    assert matches, f"popup quotes no event's evidence verbatim: {text!r}"
    return matches[0]


# ---------------------------------------------------------------- tests


def test_map_renders_air_gapped_with_local_leaflet(
    session: Session, atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    page, features = session.page, atlas[1]
    state = bs.wait_map(page, "s => s.points > 0 && s.dom > 0", WAIT_MS)
    frame = bs.map_frame(page, WAIT_MS)
    assert frame.locator(".leaflet-container").count() == 1
    _, want = settle(page, features)
    # Counted once the first fit-to-bounds zoom is over: while it animates, the cluster
    # layer holds markers of two zoom levels at once and the count is double.
    _still(page)
    state = bs.map_state(page) or state
    assert 0 < state["events"] <= want
    # Leaflet and the cluster plugin came from this server; nothing but map tiles
    # (which the map drops for its offline outlines) even tried to leave the machine.
    scripts = [u for t, u in session.log.requests if t == "script" and bs.is_local(u)]
    assert any(u.endswith("/leaflet.js") for u in scripts), scripts
    assert any(u.endswith("/leaflet.markercluster.js") for u in scripts), scripts
    assert [r for r in session.log.off_host() if r[0] != "image"] == []
    # The offline outlines load right after the first markers are drawn.
    bs.wait_atlas(page, "s => s.outlines === 'loaded'", timeout_ms=WAIT_MS)


def test_counts_on_the_page_match_the_map(
    session: Session, atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    _, want = settle(session.page, atlas[1])
    line = session.page.get_by_text("events shown").first.inner_text()
    shown = re.match(r"([\d,]+) of [\d,]+ events shown", line)
    assert shown is not None, line
    assert int(shown[1].replace(",", "")) == want == shown_count(session.page)


def test_slider_move_changes_the_markers(
    session: Session, atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    page, features = session.page, atlas[1]
    (start, end), before = settle(page, features)
    markers_before = bs.wait_map(page, "s => s.points > 0", WAIT_MS)
    bs.press_on(bs.slider_thumbs(page, bs.YEAR_SLIDER_KEY).nth(1), "ArrowLeft", 12)
    page.wait_for_function(
        "([sel, end]) => document.querySelectorAll(sel)[1].getAttribute('aria-valuetext') !== end",
        arg=[f".st-key-{bs.YEAR_SLIDER_KEY} input[type='range']", str(end)],
        timeout=WAIT_MS,
    )
    (new_start, new_end), after = settle(page, features)
    # Not exactly end - 12: a press that lands while a rerun redraws the slider can be lost.
    assert new_start == start and new_end < end
    assert after < before
    markers_after = bs.map_state(page)
    assert markers_after is not None and markers_after["events"] != markers_before["events"]
    page.wait_for_function(
        "end => new URLSearchParams(location.search).get('to') === end",
        arg=str(new_end),
        timeout=WAIT_MS,
    )
    assert re.search(rf"to={new_end}\b", page.url), "the URL should carry the window"


def test_search_narrows_the_map_and_the_page_stays_responsive(
    session: Session, atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    # Dropping most markers at once clears the cluster layer: with no tile layer that
    # once looped forever (maxZoom Infinity) and froze the page, offline.
    page, features = session.page, atlas[1]
    (start, end), before = settle(page, features)
    in_window = set(expected_ids(features, start, end))
    word = features[0]["properties"]["place"]
    want = [
        f
        for f in features
        if f["properties"]["id"] in in_window
        and word.casefold() in f["properties"]["evidence"].casefold()
    ]
    assert 0 < len(want) < before / 2, "the probe word should pick out a few events"
    search = bs.widget(page, "text", "input")
    search.fill(word)
    search.press("Enter")
    bs.wait_atlas(page, "(s, n) => s.ready && s.count === n", len(want), WAIT_MS)
    assert page.evaluate("() => 1 + 1") == 2  # the page still runs scripts
    # The query string is written by the rerun's last step: wait for it, under load too.
    page.wait_for_function("() => /[?&]q=/.test(location.search)", timeout=WAIT_MS)
    assert re.search(r"[?&]q=", page.url), "the URL should carry the search"


def test_markers_come_before_the_popup_texts_which_fill_in_when_they_arrive(
    browser: Browser, atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    context, _ = bs.offline_context(browser, viewport=VIEWPORT)
    held: list[Route] = []
    context.route("**/*.texts.json", lambda route: held.append(route))  # answered later
    try:
        page = context.new_page()
        page.goto(atlas[0].url)
        state = bs.wait_atlas(page, "s => s.ready && s.count > 0", timeout_ms=WAIT_MS)
        assert state["texts"] == "pending" and held, "the markers waited for the popup texts"
        assert "Loading details" in open_some_popup(page, texts=False)
        held[0].continue_()
        frame = bs.map_frame(page, WAIT_MS)
        frame.wait_for_function(
            "() => !document.querySelector('.leaflet-popup-content')"
            ".textContent.includes('Loading details')",
            timeout=WAIT_MS,
        )
        # The popup that was open while waiting now quotes its event.
        event_of_popup(frame.locator(".leaflet-popup-content").inner_text(), atlas[1])
    finally:
        bs.close_context(context)


def test_points_are_requested_while_the_map_scripts_still_load(
    browser: Browser, atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    # streamlit-folium loads the map's scripts one by one; the points must not queue
    # behind them (on a cold cache that chain was most of the wait for the markers).
    context, log = bs.offline_context(browser, viewport=VIEWPORT)
    held: list[Route] = []
    context.route("**/leaflet.markercluster.js", lambda route: held.append(route))
    try:
        page = context.new_page()
        page.goto(atlas[0].url)
        deadline = time.monotonic() + WAIT_MS / 1000
        while not (held and any(u.endswith(".points.json") for _, u in log.requests)):
            assert time.monotonic() < deadline, "the points waited for the map's scripts"
            page.wait_for_timeout(50)
        held[0].continue_()
        bs.wait_atlas(page, "s => s.ready && s.count > 0", timeout_ms=WAIT_MS)
    finally:
        bs.close_context(context)


def test_popup_shows_the_event_escaped(
    session: Session, atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    settle(session.page, atlas[1])
    text = open_some_popup(session.page)
    props = event_of_popup(text, atlas[1])
    for value in (props["place"], props["category"], props["source"], f"{props['confidence']:.2f}"):
        assert value in text
    frame = bs.map_frame(session.page)
    marked = frame.locator(".leaflet-popup-content mark").first.inner_text()
    assert marked.casefold() in (props["mention"].casefold(), props["place"].casefold())


def test_hostile_event_text_is_shown_not_run(
    hostile_session: Session, hostile_atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    page = hostile_session.page
    settle(page, hostile_atlas[1])
    text = open_some_popup(page)
    props = event_of_popup(text, hostile_atlas[1])
    probes = [p for p in HOSTILE_STRINGS if p in props["evidence"]]
    assert probes and all(p in text for p in probes), "the probe should read as plain text"
    frame = bs.map_frame(page)
    injected = frame.locator(".leaflet-popup-content :is(img, svg, script, iframe)").count()
    assert injected == 0
    marker = reachable(page, SINGLE)
    assert marker is not None, "the popup's marker should still be in view"
    marker.hover(timeout=10_000)
    frame.wait_for_selector(".leaflet-tooltip", timeout=WAIT_MS)
    assert frame.locator(".leaflet-tooltip :is(img, svg, script)").count() == 0


def _download(page: Page, key: str, tries: int = 3) -> Any:
    """Click a download button until the browser downloads. A click that lands while a
    rerun is replacing the button is lost on a loaded machine (the file is built on the
    click, by a request naming the button); a user clicks again, and so does this."""
    for _ in range(tries - 1):
        try:
            return _download_once(page, key, WAIT_MS // tries)
        except PlaywrightTimeout:
            bs.wait_script_done(page, WAIT_MS)
    return _download_once(page, key, WAIT_MS // tries)


def _download_once(page: Page, key: str, timeout_ms: int) -> Any:
    with page.expect_download(timeout=timeout_ms) as info:
        bs.widget(page, key, "button").click()
    return info.value


def test_download_is_exactly_the_filtered_view(
    session: Session, atlas: tuple[bs.Server, list[dict[str, Any]]]
) -> None:
    page, features = session.page, atlas[1]
    settle(page, features)
    bs.press_on(bs.slider_thumbs(page, bs.YEAR_SLIDER_KEY).nth(1), "ArrowLeft", 7)
    bs.press_on(bs.slider_thumbs(page, bs.YEAR_SLIDER_KEY).nth(0), "ArrowRight", 3)
    (start, end), want = settle(page, features)
    download = _download(page, "download_geojson")
    assert re.fullmatch(r"events_.+\.geojson", download.suggested_filename)
    assert str(end) in download.suggested_filename
    response = page.context.request.get(download.url)
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    ids = [f["properties"]["id"] for f in collection["features"]]
    assert sorted(ids) == sorted(expected_ids(features, start, end))
    assert len(ids) == want == shown_count(page)
    by_id = {f["properties"]["id"]: f for f in features}
    assert all(f == by_id[f["properties"]["id"]] for f in collection["features"])


def test_uploaded_hostile_document_joins_the_map_without_running_code(session: Session) -> None:
    page = session.page
    before = shown_count(page)
    bs.widget(page, "upload", 'input[type="file"]').set_input_files(
        files=[
            {"name": "hostile.txt", "mimeType": "text/plain", "buffer": HOSTILE_DOCUMENT.encode()}
        ]
    )
    caption = page.get_by_text(re.compile(r"hostile\.txt: \d+ events added"))
    alert = page.locator('[data-testid="stSidebar"] [data-testid="stAlert"]')
    caption.or_(alert).first.wait_for(timeout=WAIT_MS)
    assert not alert.count(), f"the upload was refused: {alert.first.inner_text()}"
    added = int(re.search(r"(\d+) events added", caption.inner_text())[1])  # type: ignore[index]
    assert added >= 1, "the extractor found no event in the uploaded document"
    bs.wait_script_done(page, WAIT_MS)
    bs.wait_atlas(page, "(s, n) => s.count > n", before, WAIT_MS)
    # Narrow the view to the uploaded events through the evidence search, then read one.
    search = bs.widget(page, "text", "input")
    search.fill("onerror")
    search.press("Enter")
    bs.wait_atlas(page, "(s, n) => s.count >= 1 && s.count <= n", added, WAIT_MS)
    bs.wait_script_done(page, WAIT_MS)
    text = open_some_popup(page)
    assert "uploaded" in text and "<img src=x onerror=alert(1)>" in text
    assert (
        bs.map_frame(page, WAIT_MS).locator(".leaflet-popup-content :is(img, script)").count() == 0
    )


def test_seed_events_from_the_extractor_render_and_make_the_readme_screenshot(
    seed_session: Session, seed_atlas: tuple[bs.Server, list[dict[str, Any]]], tmp_path: Path
) -> None:
    page, features = seed_session.page, seed_atlas[1]
    assert len(features) >= 50, "the extractor should find the seeds' events"
    page.set_viewport_size(SCREENSHOT_VIEWPORT)
    (start, _), want = settle(page, features)
    dated = [f["properties"]["year_start"] for f in features if f["properties"]["year_start"]]
    assert min(dated) < start, "ancient events wait behind the ancient toggle by default"
    assert want >= 0.8 * len(features), "the default window holds most events"
    bs.wait_atlas(page, "s => s.outlines === 'loaded'", timeout_ms=WAIT_MS)
    # Clusters fade in: wait until no cluster or zoom animation is running.
    bs.wait_stable(page)
    _still(page)
    shot = tmp_path / "screenshot.png"
    page.screenshot(path=str(shot), animations="disabled")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 50_000
    # Refresh the committed screenshot only when asked (or when there is none), so
    # running the tests does not dirty the work tree with a new PNG every time.
    if os.environ.get("EVENT_ATLAS_SCREENSHOT") == "1" or not SCREENSHOT.exists():
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)
