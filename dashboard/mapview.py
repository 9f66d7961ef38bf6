"""Build the Folium map: a deterministic base map plus a tiny per-view marker group.

``build_map`` returns the base map. It embeds every event of the table once, as a
JSON data island (``map_payload``), plus the Leaflet code in ``mapjs.py``; for a given
table and options its script is byte-for-byte the same on every rerun, so
streamlit-folium never reloads the iframe and the reader keeps zoom and pan.

``build_markers(positions)`` returns the FeatureGroup handed to ``st_folium`` as
``feature_group_to_add``: it holds only a call ``window.atlas.show([...positions])``,
so a slider move ships a list of integers instead of thousands of folium objects.
It also empties ``window.feature_group``: streamlit-folium pushes every group it ever
evaluated onto that array, which would keep each old view alive for the page's life.

Scripts and stylesheets come from ``dashboard/static/vendor`` (see ``assets.py``),
addressed relative to the component iframe so they work behind any base URL path.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import folium
import numpy as np
from branca.element import Element, MacroElement
from jinja2 import Template

from dashboard import assets
from dashboard.data import EventTable
from dashboard.mapjs import ATLAS_CSS, ATLAS_JS, prefetch_url
from dashboard.popups import popup_html, tooltip_html
from extract.records import CATEGORIES

__all__ = [
    "CATEGORY_STYLE",
    "DATA_ISLAND_ID",
    "STATIC_PREFIX",
    "MapOptions",
    "build_map",
    "build_markers",
    "map_payload",
    "map_payload_files",
    "publish_payload",
    "safe_json",
]

DATA_ISLAND_ID = "atlas-data"
# The st_folium iframe lives at <base>/component/<name>/index.html, Streamlit's static
# folder at <base>/app/static/: two levels up keeps any base URL path.
STATIC_ROOT = "../../app/static/"
STATIC_PREFIX = STATIC_ROOT + "vendor/"
DATA_DIR = assets.STATIC_DIR / "data"
_KEEP_DATA_FILES = 16  # points and texts for the newest 8 tables
TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILE_ATTRIBUTION = "&copy; OpenStreetMap contributors"
MIN_ZOOM, MAX_ZOOM = 2, 18  # the map's own zoom range (see "setMaxZoom" in mapjs)

# category -> (colour, SVG shape in a 20x20 box). Shape and colour both differ, so
# the legend still reads in greyscale or for colour-blind readers.
CATEGORY_STYLE: dict[str, tuple[str, str]] = {
    "base": ("#1f5fa8", '<rect x="3" y="3" width="14" height="14"/>'),
    "shrine": ("#2e8b57", '<polygon points="10,1 19,10 10,19 1,10"/>'),
    "incident": ("#c0392b", '<polygon points="10,2 19,18 1,18"/>'),
    "diplomacy": ("#8e44ad", '<circle cx="10" cy="10" r="8"/>'),
    "other": ("#6e6e6e", '<polygon points="5,2 15,2 20,10 15,18 5,18 0,10"/>'),
}
# geo_precision -> (icon size px, fill opacity, stroke dash): a solid small mark for a
# site or town, a faded one near/in a region, a large hollow dashed one for a
# province- or country-level centroid, which is not where the event happened.
_PRECISION_LOOK: dict[int, tuple[int, float, str]] = {
    1: (16, 0.95, ""),
    2: (20, 0.55, ""),
    3: (28, 0.15, ' stroke-dasharray="3 2"'),
}
_PRECISION_TEXT = {1: "site or town", 2: "near a town / in a region", 3: "province or country"}


@dataclass(frozen=True, slots=True)
class MapOptions:
    """Reader choices that change the base map (and so reload the iframe)."""

    cluster: bool = True
    tiles: bool = True


def safe_json(value: Any) -> str:
    """JSON that can sit inside a <script> element and a JS source file unharmed."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _shape(category: str, precision: int) -> str:
    colour, shape = CATEGORY_STYLE[category]
    size, opacity, dash = _PRECISION_LOOK[precision]
    width = 2 if precision == 3 else 1.5
    stroke = "#ffffff" if precision == 1 else colour
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 20 20">'
        f'<g fill="{colour}" fill-opacity="{opacity}" stroke="{stroke}" '
        f'stroke-width="{width}"{dash}>{shape}</g></svg>'
    )


def _legend() -> str:
    rows = ['<div class="atlas-legend-title">Category</div>']
    rows += [f"<div>{_shape(c, 1)}{c}</div>" for c in CATEGORIES]
    rows.append('<div class="atlas-legend-title">Location precision</div>')
    rows += [f"<div>{_shape('other', p)}{_PRECISION_TEXT[p]}</div>" for p in (1, 2, 3)]
    rows.append("<div>numbered circle: several events, click to spread</div>")
    return "".join(rows)


def _points(table: EventTable) -> dict[str, Any]:
    """What drawing the markers needs: position, category and precision per event."""
    frame = table.frame
    cat_index = {c: i for i, c in enumerate(CATEGORIES)}
    return {
        "v": table.digest,
        "lon": np.round(frame["lon"].to_numpy(dtype=float), 6).tolist(),
        "lat": np.round(frame["lat"].to_numpy(dtype=float), 6).tolist(),
        "cat": [cat_index[c] for c in frame["category"]],
        "prec": frame["geo_precision"].astype(int).tolist(),
    }


def _texts(table: EventTable) -> dict[str, Any]:
    """Tooltip and popup HTML per event, built (and escaped) here, in Python, so the
    browser never has to assemble markup from document strings."""
    props = [
        dict(f["properties"], uploaded=bool(u))
        for f, u in zip(table.features, table.frame["uploaded"], strict=True)
    ]
    return {
        "v": table.digest,
        "tip": [tooltip_html(p) for p in props],
        "pop": [popup_html(p) for p in props],
    }


def map_payload(table: EventTable) -> str:
    """Every event once, as script-safe JSON: the map's data island."""
    return safe_json(_points(table) | _texts(table))


def map_payload_files(table: EventTable) -> tuple[str, str]:
    """The payload split in two files: points, then texts.

    The texts are ~95% of the bytes (10k events: ~0.35 MB of points, ~8.4 MB of
    popups); the map draws its markers from the points alone and fetches the texts
    after, so the first markers do not wait for every popup to download and parse.
    """
    return safe_json(_points(table)), safe_json(_texts(table))


def publish_payload(payload: str, stem: str, folder: Path = DATA_DIR) -> str | None:
    """Write the payload where Streamlit serves static files; its URL, or None.

    A 100k-event payload is ~90 MB: inside the page it would be re-rendered and
    re-sent on every slider move; as a file the browser fetches it once. Files are
    named ``<stem>.json`` from the table's content digest (so a cached copy is always
    right) and only the newest few are kept. None when the folder is not writable:
    the caller embeds instead.
    """
    name = f"{stem}.json"
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".gitignore").write_text("*\n", "utf-8")
        if not target.is_file():
            partial = folder / f".{name}.{os.getpid()}.part"
            partial.write_text(payload, "utf-8")
            partial.replace(target)  # atomic: a reader never sees half a file
        old = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[_KEEP_DATA_FILES:]:
            if stale != target:
                stale.unlink(missing_ok=True)
    except OSError:
        return None
    return f"{STATIC_ROOT}{folder.name}/{name}"


def _config(
    table: EventTable, options: MapOptions, local: bool, data_urls: tuple[str, str] | None
) -> str:
    config = {
        "dataId": DATA_ISLAND_ID,
        "dataUrl": data_urls[0] if data_urls else None,
        "textUrl": data_urls[1] if data_urls else None,
        "version": table.digest,
        "cluster": options.cluster,
        "tiles": options.tiles,
        "tileUrl": TILE_URL,
        "minZoom": MIN_ZOOM,
        "maxZoom": MAX_ZOOM,
        "tileAttribution": TILE_ATTRIBUTION,
        "tileName": "OpenStreetMap tiles (online)",
        "outlinesName": "Country outlines (offline)",
        "outlines": STATIC_PREFIX + assets.OUTLINES if local else None,
        "outlineStyle": {
            "color": "#8a8a8a",
            "weight": 0.7,
            "fillColor": "#f3efe6",
            "fillOpacity": 1,
        },
        "categories": list(CATEGORIES),
        "overlayNames": [
            f'<span class="atlas-swatch" style="background:{CATEGORY_STYLE[c][0]}"></span>{c}'
            for c in CATEGORIES
        ],
        "sizes": {str(p): look[0] for p, look in _PRECISION_LOOK.items()},
        "shapes": [{str(p): _shape(c, p) for p in _PRECISION_LOOK} for c in CATEGORIES],
        "legend": _legend(),
    }
    return safe_json(config)


class _Raw(Element):  # type: ignore[misc]
    """Text placed in the page as it is.

    branca wraps each macro's output in a new ``Element``, which compiles it as a
    Jinja template: a document sentence holding ``{{ ... }}`` would then be run on
    the server. The data island carries document text, so it never goes that way.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _AtlasLayer(MacroElement):  # type: ignore[misc]
    """The data island, the CSS and the ``window.atlas`` code, as one map child."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        + ATLAS_JS.replace("{{ map }}", "{{ this._parent.get_name() }}").replace(
            "{{ config }}", "{{ this.config }}"
        )
        + "{% endmacro %}"
    )

    def __init__(self, payload: str | None, config: str) -> None:
        super().__init__()
        self._name = "AtlasLayer"
        self.payload = payload
        self.config = config

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        island = (
            f'<script type="application/json" id="{DATA_ISLAND_ID}">{self.payload}</script>'
            if self.payload is not None
            else ""
        )
        figure.header.add_child(_Raw(f"{island}<style>{ATLAS_CSS}</style>"), name=self.get_name())
        script = self._template.module.script(self, kwargs)
        figure.script.add_child(_Raw(script), name=self.get_name())


class _AtlasSelection(MacroElement):  # type: ignore[misc]
    """Shows the given row positions; lives inside the per-view FeatureGroup."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "if (window.feature_group) { window.feature_group.length = 0; }\n"
        "if (window.atlas) { window.atlas.show({{ this.ids }}, {{ this.focus }}); }\n"
        "{% endmacro %}"
    )

    def __init__(self, ids: str, focus: str) -> None:
        super().__init__()
        self._name = "AtlasSelection"
        self.ids = ids
        self.focus = focus


def _view(table: EventTable) -> tuple[list[float], list[list[float]] | None]:
    """Centre and bounds from the data (middle 96%), so outliers do not zoom out."""
    if len(table) == 0:
        return [34.8, 38.5], None  # Syria
    lat = table.frame["lat"].to_numpy(dtype=float)
    lon = table.frame["lon"].to_numpy(dtype=float)
    south, north = (float(v) for v in np.quantile(lat, [0.02, 0.98]))
    west, east = (float(v) for v in np.quantile(lon, [0.02, 0.98]))
    pad = 0.5
    bounds = [
        [round(south - pad, 3), round(west - pad, 3)],
        [round(north + pad, 3), round(east + pad, 3)],
    ]
    return [round((south + north) / 2, 3), round((west + east) / 2, 3)], bounds


def build_map(
    table: EventTable,
    payload: str | None = None,
    options: MapOptions = MapOptions(),
    *,
    local_assets: bool | None = None,
    data_urls: tuple[str, str] | None = None,
) -> folium.Map:
    """The base map for ``table``: deterministic for the same table and options.

    The events come from ``data_urls`` (points and texts, see ``map_payload_files``
    and ``publish_payload``) when given, else from ``payload`` (``map_payload(table)``;
    pass a cached one) embedded in the page. ``local_assets`` defaults to whether
    ``python -m dashboard.assets install`` has run, falling back to public CDNs otherwise.
    """
    local = assets.assets_installed() if local_assets is None else local_assets
    centre, bounds = _view(table)
    fmap = folium.Map(location=centre, zoom_start=6, tiles=None, control_scale=True)
    prefix = STATIC_PREFIX if local else ""
    js = [prefix + p for p in assets.VENDOR_JS] if local else list(assets.CDN_JS)
    css = [prefix + p for p in assets.VENDOR_CSS] if local else list(assets.CDN_CSS)
    # Per instance: folium's class defaults pull jQuery, Bootstrap and more from CDNs.
    early = prefetch_url(js[1:], css, data_urls[:1] if data_urls else ())
    fmap.default_js = [("atlas_prefetch", early)]
    fmap.default_js += [(f"atlas_js_{i}", url) for i, url in enumerate(js)]
    fmap.default_css = [(f"atlas_css_{i}", url) for i, url in enumerate(css)]
    if bounds is not None:
        fmap.fit_bounds(bounds)
    if data_urls is None and payload is None:
        payload = map_payload(table)
    config = _config(table, options, local, data_urls)
    layer = _AtlasLayer(None if data_urls is not None else payload, config)
    layer.add_to(fmap)
    return fmap


def build_markers(
    positions: Sequence[int] | np.ndarray, focus: int | None = None
) -> folium.FeatureGroup:
    """The per-view group for ``st_folium(feature_group_to_add=...)``."""
    ids = json.dumps([int(p) for p in positions], separators=(",", ":"))
    group = folium.FeatureGroup(name="events", control=False)
    _AtlasSelection(ids, "null" if focus is None else str(int(focus))).add_to(group)
    return group
