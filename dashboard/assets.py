"""Leaflet and its plugins, served by Streamlit itself so the map works air-gapped.

Folium points its pages at public CDNs; with no internet the map never appears. This
module installs the browser assets the map needs from the npm registry (``npm pack``,
pinned versions) into ``dashboard/static/vendor/`` (git-ignored), which Streamlit serves
at ``/app/static/vendor/...`` when ``server.enableStaticServing`` is on. It also turns
the ``world-atlas`` TopoJSON into a GeoJSON file of country outlines: the offline base
layer drawn when map tiles cannot be reached.

    python -m dashboard.assets install      # called by ``make install``
    python -m dashboard.assets check        # exit 1 and say what is missing
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.errors import AtlasError

__all__ = [
    "CDN_CSS",
    "CDN_JS",
    "OUTLINES",
    "PACKAGES",
    "VENDOR_CSS",
    "VENDOR_JS",
    "AssetError",
    "assets_installed",
    "install",
    "main",
    "topojson_to_geojson",
    "vendor_dir",
]

STATIC_DIR = Path(__file__).resolve().parent / "static"

# npm package spec -> files kept from its tarball (paths inside ``package/``).
PACKAGES: dict[str, tuple[str, ...]] = {
    "leaflet@1.9.4": (
        "dist/leaflet.js",
        "dist/leaflet.css",
        "dist/images/layers.png",
        "dist/images/layers-2x.png",
        "dist/images/marker-icon.png",
        "dist/images/marker-icon-2x.png",
        "dist/images/marker-shadow.png",
        "LICENSE",
    ),
    "leaflet.markercluster@1.5.3": (
        "dist/leaflet.markercluster.js",
        "dist/MarkerCluster.css",
        "dist/MarkerCluster.Default.css",
        "MIT-LICENCE.txt",
    ),
    "world-atlas@2.0.2": ("countries-50m.json", "LICENSE"),
}

# Relative to the vendor folder; order matters for scripts (Leaflet before plugins).
VENDOR_JS: tuple[str, ...] = (
    "leaflet/dist/leaflet.js",
    "leaflet.markercluster/dist/leaflet.markercluster.js",
)
VENDOR_CSS: tuple[str, ...] = (
    "leaflet/dist/leaflet.css",
    "leaflet.markercluster/dist/MarkerCluster.css",
    "leaflet.markercluster/dist/MarkerCluster.Default.css",
)
OUTLINES = "countries-50m.geojson.json"

# Used only when the vendor folder is missing and the machine is online.
CDN_JS: tuple[str, ...] = (
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.js",
    "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/leaflet.markercluster.js",
)
CDN_CSS: tuple[str, ...] = (
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.css",
    "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/MarkerCluster.css",
    "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/MarkerCluster.Default.css",
)

_STAMP = "versions.json"


class AssetError(AtlasError, RuntimeError):
    """The browser assets cannot be installed (no npm, registry unreachable, ...)."""


def vendor_dir(static_dir: Path = STATIC_DIR) -> Path:
    return static_dir / "vendor"


def assets_installed(static_dir: Path = STATIC_DIR) -> bool:
    """True when every script, stylesheet and the outlines file are in place."""
    vendor = vendor_dir(static_dir)
    wanted = (*VENDOR_JS, *VENDOR_CSS, OUTLINES)
    return all((vendor / rel).is_file() for rel in wanted)


def _package_name(spec: str) -> str:
    return spec.rsplit("@", 1)[0]


def _npm_pack(specs: Sequence[str], dest: Path) -> list[Path]:
    npm = shutil.which("npm")
    if npm is None:
        raise AssetError(
            "npm not found: install Node.js and npm (e.g. `apt-get install npm`), "
            "then run `python -m dashboard.assets install`"
        )
    cmd = [npm, "pack", "--silent", "--pack-destination", str(dest), *specs]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise AssetError(f"`npm pack {' '.join(specs)}` failed: {last}")
    return sorted(dest.glob("*.tgz"))


def _extract(tarball: Path, spec: str, out: Path) -> None:
    keep = PACKAGES[spec]
    with tarfile.open(tarball) as tar:
        for rel in keep:
            member = tar.getmember(f"package/{rel}")
            source = tar.extractfile(member)
            if source is None:
                raise AssetError(f"{tarball.name}: {rel} is not a file")
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read())


def _decode_arc(arc: list[list[int]], transform: dict[str, Any] | None) -> list[list[float]]:
    if transform is None:
        return [[float(x), float(y)] for x, y, *_ in arc]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    x = y = 0
    points = []
    for dx, dy, *_ in arc:  # quantized arcs are delta-encoded
        x, y = x + dx, y + dy
        points.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
    return points


def _ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    ring: list[list[float]] = []
    for index in indexes:
        # A negative index means the arc ~index, walked backwards.
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _geometry(geom: dict[str, Any], arcs: list[list[list[float]]]) -> dict[str, Any] | None:
    kind = geom.get("type")
    if kind == "Polygon":
        return {"type": kind, "coordinates": [_ring(r, arcs) for r in geom["arcs"]]}
    if kind == "MultiPolygon":
        polys = [[_ring(r, arcs) for r in poly] for poly in geom["arcs"]]
        return {"type": kind, "coordinates": polys}
    return None  # outlines only need areas


def topojson_to_geojson(topology: dict[str, Any], name: str) -> dict[str, Any]:
    """Decode one object of a TopoJSON topology into a GeoJSON FeatureCollection."""
    transform = topology.get("transform")
    arcs = [_decode_arc(arc, transform) for arc in topology["arcs"]]
    features = []
    for geom in topology["objects"][name]["geometries"]:
        shape = _geometry(geom, arcs)
        if shape is not None:
            props = {"name": str(geom.get("properties", {}).get("name", ""))}
            features.append({"type": "Feature", "properties": props, "geometry": shape})
    return {"type": "FeatureCollection", "features": features}


def _write_outlines(vendor: Path) -> None:
    topo = json.loads((vendor / "world-atlas" / "countries-50m.json").read_text("utf-8"))
    outlines = topojson_to_geojson(topo, "countries")
    (vendor / OUTLINES).write_text(json.dumps(outlines, separators=(",", ":")), "utf-8")


def install(static_dir: Path = STATIC_DIR, *, force: bool = False) -> Path:
    """Fetch the pinned packages with npm into ``static/vendor``; idempotent."""
    vendor = vendor_dir(static_dir)
    stamp = vendor / _STAMP
    wanted = sorted(PACKAGES)
    fresh = assets_installed(static_dir) and stamp.is_file()
    if fresh and not force and json.loads(stamp.read_text("utf-8")) == wanted:
        return vendor
    with tempfile.TemporaryDirectory() as tmp:
        tarballs = _npm_pack(wanted, Path(tmp))
        for spec in wanted:
            name = _package_name(spec)
            match = [t for t in tarballs if t.name.startswith(f"{name}-")]
            match = [t for t in match if t.name[len(name) + 1 : len(name) + 2].isdigit()]
            if len(match) != 1:
                raise AssetError(f"npm pack gave no single tarball for {spec}")
            shutil.rmtree(vendor / name, ignore_errors=True)
            _extract(match[0], spec, vendor / name)
    _write_outlines(vendor)
    stamp.write_text(json.dumps(wanted), "utf-8")
    return vendor


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "install"
    if command not in {"install", "check"}:
        print(f"usage: python -m dashboard.assets [install|check] (got {command!r})")
        return 2
    if command == "check":
        ok = assets_installed()
        print("assets installed" if ok else f"assets missing under {vendor_dir()}")
        return 0 if ok else 1
    try:
        where = install(force="--force" in args)
    except AssetError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"map assets installed in {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
