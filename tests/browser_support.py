"""Drive the real dashboard: start its Streamlit server, open it in headless Chromium.

Shared by the browser tests (``tests/test_browser.py``) and the dashboard benchmark
(``benchmarks/bench_dashboard.py``). It knows nothing about pytest: a missing browser or
a server that never comes up raises ``HarnessError`` with a one-line reason, and the
caller decides whether that fails a test or a benchmark.

The browser is Debian's Chromium (``/usr/bin/chromium``, or ``$EVENT_ATLAS_CHROMIUM``):
``playwright install`` cannot download browsers on these machines. Every context made
here blocks requests that leave 127.0.0.1, so whatever renders proves the dashboard
works air-gapped.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Frame, Page, Playwright, Route

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "dashboard" / "app.py"
CHROMIUM_ENV = "EVENT_ATLAS_CHROMIUM"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
# st_folium is a Streamlit custom component: an iframe titled after the component.
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
APP_ROOT = '[data-testid="stApp"]'
# Leaflet markers as they appear in the DOM: icons (incl. cluster and div icons) in the
# marker pane, and interactive vector markers (CircleMarker) in the overlay pane.
MARKER_SELECTOR = ".leaflet-marker-pane > .leaflet-marker-icon, path.leaflet-interactive"
# The year slider's widget key in dashboard/app.py.
YEAR_SLIDER_KEY = "years"
# What the map in the st_folium iframe shows, read from the parent page (the iframe is
# same-origin), so it survives the iframe being reloaded. streamlit-folium keeps the
# Leaflet map in ``window.map``. ``points`` counts point layers on the map (markers,
# circle markers, cluster icons; popups and tooltips excluded), ``events`` adds up the
# events behind them (a cluster counts its children), ``dom`` counts marker elements.
# Layers rather than DOM nodes, because a canvas renderer draws markers without any.
MAP_STATE_JS = """(iframeSelector) => {
  const frame = document.querySelector(iframeSelector);
  let win = null, doc = null;
  try { win = frame && frame.contentWindow; doc = frame && frame.contentDocument; }
  catch (e) { return null; }
  if (!win || !doc || !win.map || !win.L || !doc.querySelector('.leaflet-container')) {
    return null;
  }
  let points = 0, events = 0;
  win.map.eachLayer((layer) => {
    if (typeof layer.getLatLng !== 'function' || layer instanceof win.L.DivOverlay) return;
    points += 1;
    events += typeof layer.getChildCount === 'function' ? layer.getChildCount() : 1;
  });
  const dom = doc.querySelectorAll(MARKERS).length;
  return { points, events, dom };
}""".replace("MARKERS", json.dumps(MARKER_SELECTOR))
SIGNATURE_JS = "(s) => (s ? `${s.points}|${s.events}` : null)"
INSTALL_HINT = (
    "Install it with `sudo apt-get install chromium` (Debian; `make browser-deps` does this "
    f"as root) or point ${CHROMIUM_ENV} at a Chromium binary."
)


class HarnessError(RuntimeError):
    """The browser or the dashboard server could not be brought up."""


# ---------------------------------------------------------------- the browser


def chromium_path() -> str:
    """The Chromium binary to drive, or HarnessError saying how to install one."""
    candidate = os.environ.get(CHROMIUM_ENV, DEFAULT_CHROMIUM)
    resolved = shutil.which(candidate)
    if resolved is None:
        raise HarnessError(f"Chromium not found at {candidate}. {INSTALL_HINT}")
    return resolved


# Every host name but the local ones fails to resolve: a browser launched with this is
# air-gapped without intercepting requests (interception costs each request a round
# trip to this process and switches the HTTP cache off, which a benchmark must not do).
NO_DNS_ARG = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"


def launch_chromium(playwright: Playwright, *, no_dns: bool = False) -> Browser:
    args = [*LAUNCH_ARGS, NO_DNS_ARG] if no_dns else list(LAUNCH_ARGS)
    return playwright.chromium.launch(executable_path=chromium_path(), args=args)


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return (parts.hostname or "") in LOCAL_HOSTS or f"[{parts.hostname}]" in LOCAL_HOSTS


@dataclass
class NetworkLog:
    """Every request a context attempted, and the ones refused for leaving the machine."""

    requests: list[tuple[str, str]] = field(default_factory=list)  # (resource type, url)
    blocked: list[tuple[str, str]] = field(default_factory=list)

    def off_host(self, *types: str) -> list[tuple[str, str]]:
        """Attempted requests to other hosts, optionally only of the given resource types."""
        return [(t, u) for t, u in self.requests if not is_local(u) and (not types or t in types)]


def offline_context(browser: Browser, **options: Any) -> tuple[BrowserContext, NetworkLog]:
    """A context that aborts every request leaving 127.0.0.1 and logs all requests."""
    context = browser.new_context(**options)
    log = NetworkLog()

    def guard(route: Route) -> None:
        request = route.request
        if is_local(request.url):
            route.continue_()
        else:
            log.blocked.append((request.resource_type, request.url))
            route.abort("internetdisconnected")

    context.on("request", lambda r: log.requests.append((r.resource_type, r.url)))
    context.route("**/*", guard)
    return context, log


def close_context(context: BrowserContext) -> None:
    """Close a context made by ``offline_context`` without routes racing the close."""
    context.unroute_all(behavior="ignoreErrors")
    context.close()


# ---------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running ``streamlit run`` of the dashboard."""

    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def log_tail(self, lines: int = 25) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def server_command(app: Path, port: int, app_args: Sequence[str]) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true",
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
        "--", *app_args,
    ]  # fmt: skip


def start_server(
    app: Path = APP, app_args: Sequence[str] = (), *, timeout: float = 60.0, cwd: Path = REPO
) -> Server:
    """Start the app on a free port and return once ``/_stcore/health`` answers ok."""
    if not app.is_file():
        raise HarnessError(f"dashboard script not found: {app}")
    port = free_port()
    log_path = Path(tempfile.mkstemp(prefix="atlas-streamlit-", suffix=".log")[1])
    with log_path.open("wb") as log:
        # Own session, so stop_server can end streamlit and anything it spawned.
        process = subprocess.Popen(
            server_command(app, port, app_args),
            cwd=cwd,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    server = Server(process, port, log_path)
    try:
        wait_healthy(server, timeout)
    except BaseException:
        stop_server(server)
        raise
    return server


def wait_healthy(server: Server, timeout: float) -> None:
    """Poll the health endpoint until it answers ok, the server dies, or time runs out."""
    health = f"{server.url}_stcore/health"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise HarnessError(
                f"streamlit exited with {server.process.returncode} before answering "
                f"{health}:\n{server.log_tail()}"
            )
        if _answers_ok(health):
            return
        time.sleep(0.1)
    raise HarnessError(
        f"streamlit did not answer {health} within {timeout:.0f}s:\n{server.log_tail()}"
    )


def _answers_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError):
        return False


def stop_server(server: Server) -> None:
    """Terminate the server's process group, killing it if it does not stop in time."""
    if server.process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=10)
    server.log_path.unlink(missing_ok=True)


@contextlib.contextmanager
def running_server(app: Path = APP, app_args: Sequence[str] = (), **kw: Any) -> Iterator[Server]:
    server = start_server(app, app_args, **kw)
    try:
        yield server
    finally:
        stop_server(server)


# ---------------------------------------------------------------- the page


def wait_script_done(page: Page, timeout_ms: float = 60_000) -> None:
    """Wait until Streamlit is connected and its script run has finished."""
    page.wait_for_selector(
        f'{APP_ROOT}[data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]',
        state="attached",
        timeout=timeout_ms,
    )


def widget(page: Page, key: str, inner: str = "") -> Any:
    """The element Streamlit renders for the widget with ``key`` (class ``st-key-<key>``)."""
    selector = f".st-key-{key}"
    return page.locator(f"{selector} {inner}" if inner else selector)


def map_frame(page: Page, timeout_ms: float = 60_000) -> Frame:
    """The st_folium iframe's frame, once Leaflet has built its map container in it."""
    handle = page.wait_for_selector(MAP_IFRAME, state="attached", timeout=timeout_ms)
    assert handle is not None
    frame = handle.content_frame()
    if frame is None:
        raise HarnessError("the st_folium iframe has no frame")
    frame.wait_for_selector(".leaflet-container", state="attached", timeout=timeout_ms)
    return frame


def count_markers(frame: Frame, selector: str = MARKER_SELECTOR) -> int:
    return int(frame.evaluate("s => document.querySelectorAll(s).length", selector))


def wait_markers(
    frame: Frame,
    predicate: str = "n => n > 0",
    selector: str = MARKER_SELECTOR,
    timeout_ms: float = 60_000,
) -> int:
    """Wait until the marker count satisfies the JS arrow function ``predicate``."""
    handle = frame.wait_for_function(
        f"s => {{ const n = document.querySelectorAll(s).length;"
        f" return ({predicate})(n) ? {{ n }} : false; }}",
        arg=selector,
        timeout=timeout_ms,
        polling="raf",
    )
    return int(handle.json_value()["n"])


def wait_stable(page: Page, quiet_ms: int = 300, timeout_ms: float = 60_000) -> None:
    """Wait for the script run to end and the map to stop changing for ``quiet_ms``.

    For set-up steps whose outcome is not known in advance; tests that know what the
    map must show wait for exactly that instead.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    last, since = None, time.monotonic()
    while time.monotonic() < deadline:
        wait_script_done(page, timeout_ms)
        now = map_signature(map_state(page))
        if now != last:
            last, since = now, time.monotonic()
        elif now is not None and (time.monotonic() - since) * 1000 >= quiet_ms:
            return
        page.wait_for_timeout(50)
    raise HarnessError(f"the map kept changing for {timeout_ms / 1000:.0f}s")


def slider_thumbs(page: Page, key: str) -> Any:
    """The thumbs of the slider widget ``key``: hidden range inputs that take keys."""
    return widget(page, key, 'input[type="range"]')


def press_on(locator: Any, key: str, times: int = 1) -> None:
    """Focus a control and press a key on it (the reliable way to move a slider thumb)."""
    locator.focus()
    for _ in range(times):
        locator.press(key)


def map_state(page: Page) -> dict[str, int] | None:
    """Points, events and marker elements on the map now (None: no map yet)."""
    state = page.evaluate(MAP_STATE_JS, MAP_IFRAME)
    return None if state is None else {k: int(v) for k, v in state.items()}


def map_signature(state: dict[str, Any] | None) -> str | None:
    """What changes when the markers change; same format as ``SIGNATURE_JS``."""
    return None if state is None else f"{state['points']}|{state['events']}"


# The map's own account of itself (``window.atlas.state``, dashboard/mapjs.py), read from
# the parent page like MAP_STATE_JS: a wait on the iframe's frame never resolves once
# streamlit-folium replaces that iframe, while the parent page outlives it.
ATLAS_STATE_JS = """(iframeSelector) => {
  const frame = document.querySelector(iframeSelector);
  try {
    const atlas = frame && frame.contentWindow && frame.contentWindow.atlas;
    return atlas ? JSON.parse(JSON.stringify(atlas.state)) : null;
  } catch (e) { return null; }
}"""


def atlas_state(page: Page) -> dict[str, Any] | None:
    """``window.atlas.state`` of the map now (None: no map yet)."""
    state = page.evaluate(ATLAS_STATE_JS, MAP_IFRAME)
    return None if state is None else dict(state)


def wait_atlas(
    page: Page, predicate: str, arg: Any = None, timeout_ms: float = 60_000
) -> dict[str, Any]:
    """Wait until ``window.atlas.state`` satisfies the JS arrow ``(state, arg) => bool``."""
    handle = page.wait_for_function(
        f"([sel, arg]) => {{ const s = ({ATLAS_STATE_JS})(sel);"
        f" return s && ({predicate})(s, arg) ? s : false; }}",
        arg=[MAP_IFRAME, arg],
        timeout=timeout_ms,
    )
    return dict(handle.json_value())


def wait_map(
    page: Page, predicate: str = "s => s.points > 0", timeout_ms: float = 60_000
) -> dict[str, int]:
    """Wait until the map exists and its state satisfies the JS arrow ``predicate``."""
    handle = page.wait_for_function(
        f"(sel) => {{ const s = ({MAP_STATE_JS})(sel);"
        f" return s && ({predicate})(s) ? s : false; }}",
        arg=MAP_IFRAME,
        timeout=timeout_ms,
        polling="raf",
    )
    return {k: int(v) for k, v in handle.json_value().items()}
