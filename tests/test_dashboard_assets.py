"""Offline map assets (dashboard/assets.py) and the dashboard launcher (dashboard/cli.py)."""

from __future__ import annotations

import io
import json
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

from dashboard import assets, cli, uploads


def test_topojson_decoder_undoes_quantisation_and_delta_encoding() -> None:
    # Two arcs sharing the edge x=1: a unit square's left half, walked both ways.
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10.0, 20.0]},
        "arcs": [
            [[2, 0], [-2, 0], [0, 2], [2, 0]],  # (2,0) (0,0) (0,2) (2,2) quantised
            [[2, 2], [0, -2]],  # (2,2) (2,0)
        ],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "A"}},
                    {"type": "MultiPolygon", "arcs": [[[~1, ~0]]], "properties": {"name": "B"}},
                    {"type": "Point", "coordinates": [0, 0]},
                ],
            }
        },
    }
    collection = assets.topojson_to_geojson(topology, "countries")
    assert [f["properties"]["name"] for f in collection["features"]] == ["A", "B"]
    ring = collection["features"][0]["geometry"]["coordinates"][0]
    assert ring == [[11.0, 20.0], [10.0, 20.0], [10.0, 21.0], [11.0, 21.0], [11.0, 20.0]]
    reverse = collection["features"][1]["geometry"]["coordinates"][0][0]
    assert reverse == ring[::-1]


def _tarball(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_install_unpacks_pinned_packages_and_writes_outlines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    topo = {
        "type": "Topology",
        "arcs": [[[0, 0], [1, 0], [1, 1], [0, 0]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [{"type": "Polygon", "arcs": [[0]]}],
            }
        },
    }
    packed: list[list[str]] = []

    def fake_pack(specs: list[str], dest: Path) -> list[Path]:
        packed.append(list(specs))
        for spec in specs:
            name, version = spec.rsplit("@", 1)
            files = {rel: b"/* asset */" for rel in assets.PACKAGES[spec]}
            if name == "world-atlas":
                files["countries-50m.json"] = json.dumps(topo).encode()
            (dest / f"{name}-{version}.tgz").write_bytes(_tarball(files))
        return sorted(dest.glob("*.tgz"))

    monkeypatch.setattr(assets, "_npm_pack", fake_pack)
    static = tmp_path / "static"
    assert not assets.assets_installed(static)
    vendor = assets.install(static)
    assert assets.assets_installed(static)
    assert (vendor / "leaflet/dist/leaflet.js").read_bytes() == b"/* asset */"
    outlines = json.loads((vendor / assets.OUTLINES).read_text("utf-8"))
    assert outlines["features"][0]["geometry"]["type"] == "Polygon"
    assets.install(static)  # second run: nothing to fetch
    assert len(packed) == 1


def test_missing_npm_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(assets.shutil, "which", lambda _: None)
    monkeypatch.setattr(assets, "STATIC_DIR", tmp_path)
    with pytest.raises(assets.AssetError, match="npm not found"):
        assets.install(tmp_path, force=True)
    monkeypatch.setattr(assets, "install", lambda **_: assets._npm_pack([], tmp_path))
    assert assets.main(["install"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: npm not found") and err.count("\n") == 1


def test_unknown_assets_command_is_refused() -> None:
    assert assets.main(["fetch"]) == 2


def test_events_path_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cli.ENV_EVENTS, raising=False)
    assert cli.events_path([]) == cli.DEFAULT_EVENTS
    monkeypatch.setenv(cli.ENV_EVENTS, str(tmp_path / "env.geojson"))
    assert cli.events_path(["-k", "x"]) == tmp_path / "env.geojson"
    assert cli.events_path(["--events", "given.geojson"]) == Path("given.geojson")


def test_dashboard_command_runs_the_app_with_static_serving(tmp_path: Path) -> None:
    events = tmp_path / "e.geojson"
    command = cli.dashboard_command(events, 8600)
    assert command[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert command[4] == str(cli.APP)
    assert command[command.index("--server.port") + 1] == "8600"
    assert command[command.index("--server.enableStaticServing") + 1] == "true"
    assert command[-3:] == ["--", "--events", str(events.resolve())]


def test_run_dashboard_refuses_a_bad_port(tmp_path: Path, capsys: Any) -> None:
    assert cli.run_dashboard(tmp_path / "e.geojson", 70000) == 2
    assert "port 70000" in capsys.readouterr().err


def test_run_dashboard_returns_streamlits_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fake_call(command: list[str], cwd: Path) -> int:
        seen.update(command=command, cwd=cwd)
        return 3

    monkeypatch.setattr(cli.subprocess, "call", fake_call)
    events = tmp_path / "e.geojson"
    events.write_text("{}", "utf-8")
    assert cli.run_dashboard(events, 8601) == 3
    assert seen["cwd"] == cli.REPO and seen["command"] == cli.dashboard_command(events, 8601)


def test_uploads_without_an_extractor_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> Any:
        raise ImportError("No module named 'extract.pipeline'")

    monkeypatch.setattr(uploads, "_extractor", missing)
    result = uploads.extract_uploads([("a.txt", b"Damascus")])
    assert result.features == () and len(result.errors) == 1
    assert "extractor is missing" in result.errors[0]
