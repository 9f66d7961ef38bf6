"""The browser side of the map: Leaflet code that draws events from embedded data.

Drawing 10k events as 10k folium objects costs seconds per slider move, so the map
works the other way round. Python hands over every event once (coordinates, category,
precision and the already-escaped popup and tooltip HTML), as two static JSON files
or as a JSON data island in the page header; this script, which is the same on every
rerun, builds markers lazily from it and exposes ``window.atlas``. A slider move
then only ships the list of row positions to show (see ``mapview.build_markers``),
and ``window.atlas.show(ids)`` swaps the markers inside one marker-cluster layer
without reloading the iframe.

No string from a document is ever concatenated into code here: popups and tooltips
arrive as HTML that ``popups.py`` escaped, read from JSON.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import quote

__all__ = ["ATLAS_CSS", "ATLAS_JS", "prefetch_url"]

ATLAS_CSS = """
.atlas-marker { background: none; border: none; }
.atlas-marker svg { display: block; overflow: visible; }
.atlas-popup { font: 13px/1.35 sans-serif; max-width: 340px; }
.atlas-popup mark { background: #ffe066; padding: 0 1px; }
.atlas-evidence { margin: 4px 0; padding-left: 6px; border-left: 3px solid #bbb; }
.atlas-uploaded { background: #444; color: #fff; border-radius: 3px; padding: 0 4px;
  font-size: 11px; }
.atlas-legend, .atlas-count { background: rgba(255,255,255,0.92); padding: 4px 8px;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: 12px/1.5 sans-serif; }
.atlas-legend svg { vertical-align: middle; margin-right: 4px; }
.atlas-legend .atlas-legend-title { font-weight: bold; margin-top: 2px; }
.atlas-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px;
  margin-right: 4px; }
"""

# Rendered by jinja inside folium's script macro: ``{{ map }}`` is the Leaflet map
# variable and ``{{ config }}`` a script-safe JSON object (see mapview._config).
ATLAS_JS = r"""
(function () {
  var map = {{ map }};
  var cfg = {{ config }};
  // Filled by load() at the bottom, once everything below exists.
  var data = {lon: [], lat: [], cat: [], prec: [], tip: [], pop: []};
  var n = 0;
  var markers = [];
  var onMap = new Uint8Array(0);
  var icons = {};
  var hidden = {};
  var current = [];
  var state = {version: cfg.version, total: 0, count: 0, selected: 0, loaded: false,
               ready: false, error: null, texts: "pending", tiles: "pending",
               outlines: "pending"};
  // Popups and tooltips read the texts when they open; until those arrive (they are
  // fetched after the points, see load()) they say so.
  var WAITING = {pending: "Loading details\u2026", failed: "Details could not be loaded."};
  var openOverlays = [];
  map.on("popupopen tooltipopen", function (e) { openOverlays.push(e.popup || e.tooltip); });
  map.on("popupclose tooltipclose", function (e) {
    var gone = e.popup || e.tooltip;
    openOverlays = openOverlays.filter(function (o) { return o !== gone; });
  });
  function text(kind, i) {
    var list = data[kind];
    return list && list[i] !== undefined ? list[i] : WAITING[state.texts] || "";
  }

  // The map's own zoom range: with no tile layer (offline, or tiles switched off) its
  // maxZoom would be Infinity, and markercluster's clearLayers then loops forever
  // building cluster levels from Infinity down, freezing the page.
  map.setMinZoom(cfg.minZoom);
  map.setMaxZoom(cfg.maxZoom);
  map.createPane("atlasOutlines");
  map.getPane("atlasOutlines").style.zIndex = 150;
  map.getContainer().style.background = "#d7e6ef";

  var countBox = L.control({position: "bottomleft"});
  countBox.onAdd = function () {
    var div = L.DomUtil.create("div", "atlas-count");
    div.setAttribute("data-count", "0");
    return div;
  };
  countBox.addTo(map);

  function updateCount() {
    var div = countBox.getContainer();
    div.setAttribute("data-count", String(state.count));
    div.setAttribute("data-ready", state.ready ? "1" : "0");
    div.textContent = state.error ? "events could not be loaded: " + state.error
      : !state.loaded ? "loading events\u2026"
      : state.count + (state.count === 1 ? " event" : " events") + " on the map";
  }

  var legend = L.control({position: "bottomright"});
  legend.onAdd = function () {
    var div = L.DomUtil.create("div", "atlas-legend");
    div.innerHTML = cfg.legend;
    return div;
  };
  legend.addTo(map);

  var outlinesOnly = L.layerGroup();
  var baseLayers = {};
  var tiles = null;
  if (cfg.tiles) {
    tiles = L.tileLayer(cfg.tileUrl, {attribution: cfg.tileAttribution, maxZoom: cfg.maxZoom});
    var loaded = 0, failed = 0;
    tiles.on("tileload", function () { loaded += 1; state.tiles = "online"; });
    tiles.on("tileerror", function () {
      failed += 1;
      // No tile ever arrived: we are offline, so fall back to the outlines alone.
      if (loaded === 0 && failed >= 3 && map.hasLayer(tiles)) {
        map.removeLayer(tiles);
        outlinesOnly.addTo(map);
        state.tiles = "offline";
      }
    });
    baseLayers[cfg.tileName] = tiles;
    tiles.addTo(map);
  } else {
    outlinesOnly.addTo(map);
    state.tiles = "offline";
  }
  baseLayers[cfg.outlinesName] = outlinesOnly;

  // Outlines load after the events are drawn (see use()): markers come first, and a
  // canvas renderer keeps thousands of coastline vertices cheap to pan and zoom.
  function loadOutlines() {
    if (!cfg.outlines || !window.fetch) { state.outlines = "unavailable"; return; }
    fetch(cfg.outlines).then(function (r) {
      return r.ok ? r.json() : Promise.reject(new Error("HTTP " + r.status));
    }).then(function (geo) {
      var renderer = L.canvas({pane: "atlasOutlines"});
      L.geoJSON(geo, {pane: "atlasOutlines", interactive: false, style: cfg.outlineStyle,
                      renderer: renderer}).addTo(map);
      state.outlines = "loaded";
    }).catch(function () { state.outlines = "failed"; });
  }

  var clustered = cfg.cluster && typeof L.markerClusterGroup === "function";
  // Synchronous adds: chunked loading keeps adding a superseded selection after a
  // newer one arrived, and the diff below keeps most slider moves small anyway.
  var layer = clustered ? L.markerClusterGroup({
    showCoverageOnHover: false, spiderfyOnMaxZoom: true, maxClusterRadius: 40
  }) : L.layerGroup();
  layer.addTo(map);

  var overlays = {};
  cfg.categories.forEach(function (name, c) {
    var group = L.layerGroup();
    group.atlasCategory = c;
    overlays[cfg.overlayNames[c]] = group;
    group.addTo(map);
  });
  map.on("overlayadd overlayremove", function (e) {
    if (e.layer.atlasCategory === undefined) { return; }
    hidden[e.layer.atlasCategory] = e.type === "overlayremove";
    render();
  });
  L.control.layers(baseLayers, overlays, {collapsed: true, position: "topright"}).addTo(map);

  function icon(c, p) {
    var key = c + ":" + p;
    if (!icons[key]) {
      var s = cfg.sizes[p];
      icons[key] = L.divIcon({
        className: "atlas-marker atlas-cat-" + cfg.categories[c] + " atlas-prec-" + p,
        html: cfg.shapes[c][p], iconSize: [s, s], iconAnchor: [s / 2, s / 2],
        popupAnchor: [0, -s / 2], tooltipAnchor: [s / 2, 0]
      });
    }
    return icons[key];
  }

  function marker(i) {
    var m = markers[i];
    if (!m) {
      m = L.marker([data.lat[i], data.lon[i]],
                   {icon: icon(data.cat[i], data.prec[i]), keyboard: false, riseOnHover: true});
      m.bindPopup(function () { return text("pop", i); }, {maxWidth: 360});
      m.bindTooltip(function () { return text("tip", i); });
      m.atlasIndex = i;
      markers[i] = m;
    }
    return m;
  }

  function wanted() {
    var want = new Uint8Array(n);
    for (var k = 0; k < current.length; k++) {
      var i = current[k];
      if (i >= 0 && i < n && !hidden[data.cat[i]]) { want[i] = 1; }
    }
    return want;
  }

  // Swap markers by difference: a one-year slider step touches few of them.
  function render() {
    if (!state.loaded) { return; }  // load() renders the pending selection
    var began = Date.now();
    var want = wanted();
    var add = [], drop = [], count = 0;
    for (var i = 0; i < n; i++) {
      if (want[i]) { count += 1; }
      if (want[i] && !onMap[i]) { add.push(marker(i)); }
      else if (!want[i] && onMap[i]) { drop.push(markers[i]); }
    }
    if (drop.length > count) {
      layer.clearLayers();
      add = [];
      for (var j = 0; j < n; j++) { if (want[j]) { add.push(marker(j)); } }
    } else if (drop.length) {
      if (clustered) { layer.removeLayers(drop); }
      else { drop.forEach(function (m) { layer.removeLayer(m); }); }
    }
    if (clustered) { layer.addLayers(add); }
    else { add.forEach(function (m) { layer.addLayer(m); }); }
    onMap = want;
    state.count = count;
    state.selected = current.length;
    state.ready = true;
    state.renderMs = Date.now() - began;
    updateCount();
  }

  function focus(i) {
    if (!(i >= 0 && i < n)) { return; }
    var m = marker(i);
    if (!layer.hasLayer(m)) { return; }
    if (clustered) {
      layer.zoomToShowLayer(m, function () { m.openPopup(); });
    } else {
      map.setView(m.getLatLng(), Math.max(map.getZoom(), 9));
      m.openPopup();
    }
  }

  function show(ids, focusOn) {
    current = ids || [];
    render();
    if (focusOn !== null && focusOn !== undefined) { focus(focusOn); }
  }

  function use(loaded) {
    data = loaded;
    n = data.lon.length;
    if (data.pop) { state.texts = "loaded"; }
    markers = new Array(n);
    onMap = new Uint8Array(n);
    state.total = n;
    state.loaded = true;
    state.loadedAt = Date.now();
    render();
    setTimeout(loadOutlines, 0);
  }

  // A popup or tooltip opened while the texts were on their way shows the outcome.
  function textsArrived(outcome) {
    state.texts = outcome;
    openOverlays.forEach(function (o) { o.update(); });
  }

  function useTexts(texts) {
    data.tip = texts.tip;
    data.pop = texts.pop;
    textsArrived("loaded");
  }

  // A request prefetch_url() started while Leaflet was still loading, else a new one.
  function fetchJson(url) {
    var early = window.atlasPrefetch || {};
    var pending = early[url] || fetch(url);
    delete early[url];
    return pending.then(function (r) {
      return r.ok ? r.json() : Promise.reject(new Error("HTTP " + r.status));
    });
  }

  // Large tables come as static JSON files the browser fetches once (and caches):
  // the points first, so markers appear without waiting for the much bigger popup
  // texts, which follow. Small tables, or a server without static serving, come as
  // one data island in the page.
  function load() {
    if (cfg.dataUrl && window.fetch) {
      fetchJson(cfg.dataUrl).then(function (points) {
        use(points);
        if (!cfg.textUrl) { return; }
        fetchJson(cfg.textUrl).then(useTexts).catch(function () { textsArrived("failed"); });
      }).catch(function (e) {
        state.error = String(e.message || e);
        updateCount();
        loadOutlines();
      });
    } else {
      var island = document.getElementById(cfg.dataId);
      use(island ? JSON.parse(island.textContent) : data);
    }
  }

  window.atlas = {show: show, focus: focus, marker: marker, state: state, map: map};
  updateCount();
  load();
})();
"""


# streamlit-folium loads a map's scripts one after another and only then runs the
# map's own code, so on a cold browser cache the points waited for Leaflet and its
# plugin, and the stylesheets for both. This script goes first in that chain: it asks
# for the later scripts and stylesheets and starts the points request at once.
_PREFETCH_JS = """(function () {
  var head = document.head;
  function link(rel, href, as) {
    var l = document.createElement("link");
    l.rel = rel; l.href = href; if (as) { l.as = as; }
    head.appendChild(l);
  }
  %(scripts)s.forEach(function (u) { link("preload", u, "script"); });
  %(styles)s.forEach(function (u) { link("stylesheet", u); });
  var early = window.atlasPrefetch = window.atlasPrefetch || {};
  if (window.fetch) { %(fetches)s.forEach(function (u) { early[u] = fetch(u); }); }
})();"""


def prefetch_url(scripts: Sequence[str], styles: Sequence[str], fetches: Sequence[str]) -> str:
    """A ``data:`` script URL that starts loading these resources in parallel.

    Our own URLs only (asset paths and payload files), never document text; they are
    JSON-encoded all the same, and the whole script percent-encoded for the URL.
    """
    script = _PREFETCH_JS % {
        "scripts": json.dumps(list(scripts)),
        "styles": json.dumps(list(styles)),
        "fetches": json.dumps(list(fetches)),
    }
    return "data:text/javascript;charset=utf-8," + quote(script, safe="")
