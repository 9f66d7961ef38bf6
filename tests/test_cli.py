"""The ``event-atlas`` command as a user runs it: help, exit codes, one-line errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from extract.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extract.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("command", [[], ["extract"], ["geocode"], ["evaluate"], ["dashboard"]])
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: event-atlas" in out
    assert len(out.splitlines()) > 3


def test_extract_writes_geojson_and_a_closing_line(tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    result = _run("extract", str(SEEDS), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["features"]) > 20
    closing = result.stderr.strip().splitlines()[-1]
    assert "5 documents read, 0 failed" in closing
    assert "events" in closing and "undated" in closing and " s" in closing


def test_bad_files_warn_and_the_rest_still_runs(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (corpus / "good.txt").write_text(
        "In May 2023, President Raisi went to Damascus for talks.", encoding="utf-8"
    )
    out = tmp_path / "events.geojson"
    result = _run("extract", str(corpus), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 3
    for name in ("empty.txt", "binary.txt", "broken.pdf"):
        assert any(name in line for line in warnings)
    assert "Traceback" not in result.stderr
    places = [f["properties"]["place"] for f in json.loads(out.read_text())["features"]]
    assert places == ["Damascus"]


def test_no_readable_document_exits_2_and_keeps_old_output(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "events.geojson"
    out.write_text("previous", encoding="utf-8")
    result = _run("extract", str(tmp_path / "empty.txt"), "-o", str(out), "--quiet")
    assert result.returncode == 2
    assert "no document could be read" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "previous"


def test_missing_path_and_bad_suffix_are_one_line_errors(tmp_path: Path) -> None:
    result = _run("extract", str(tmp_path / "nope"), "-o", str(tmp_path / "e.geojson"), "-q")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "nope" in result.stderr
    result = _run("extract", str(SEEDS), "-o", str(tmp_path / "e.xlsx"), "-q")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "e.xlsx" in result.stderr


def test_geocode_json_one_object_per_name_in_order() -> None:
    result = _run("geocode", "Hmeimim", "Lattakia", "Nowhereville Qq", "--json")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert [r["query"] for r in records] == ["Hmeimim", "Lattakia", "Nowhereville Qq"]
    for record in records:
        assert set(record) == {"query", "name", "lat", "lon", "kind", "source"}
    assert records[0]["lat"] == pytest.approx(35.40, abs=0.05)
    assert records[1]["lon"] == pytest.approx(35.79, abs=0.1)
    assert records[2]["lat"] is None and records[2]["name"] is None


def test_evaluate_prints_table_and_json(tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    assert _run("extract", str(SEEDS), "-o", str(out), "-q").returncode == 0
    gold = ROOT / "tests" / "seeds_gold.json"
    table = _run("evaluate", "--gold", str(gold), str(out))
    assert table.returncode == 0 and "precision" in table.stdout
    scores = json.loads(_run("evaluate", "--gold", str(gold), str(out), "--json").stdout)
    assert {"precision", "recall", "f1", "year_accuracy", "median_error_km"} <= set(scores)


def test_default_run_makes_no_network_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    out = tmp_path / "events.geojson"
    assert main(["extract", str(SEEDS), "-o", str(out), "-q"]) == 0
    assert main(["geocode", "Tartus", "--json"]) == 0
    assert attempts == []
    assert out.exists()


def test_a_reader_that_leaves_early_gets_no_traceback() -> None:
    # `event-atlas geocode ... --json | head -1`: more output than a pipe holds.
    names = ["Damascus"] * 2000
    process = subprocess.Popen(
        [sys.executable, "-m", "extract.cli", "geocode", *names, "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert json.loads(first)["query"] == "Damascus"
    assert "Traceback" not in errors


def test_extract_in_process_leaves_the_garbage_collector_as_it_was(tmp_path: Path) -> None:
    import gc

    before = gc.get_threshold()
    out = tmp_path / "events.geojson"
    assert main(["extract", str(SEEDS), "-o", str(out), "--quiet"]) == 0
    assert out.exists()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_large_run_lets_the_place_index_go_before_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer's libraries take the index's memory; the output is the same."""
    from extract import cli
    from extract.places import default_matcher

    kept, released = tmp_path / "kept.geojson", tmp_path / "released.geojson"
    assert main(["extract", str(SEEDS), "-o", str(kept), "-q"]) == 0
    before = default_matcher()
    monkeypatch.setattr(cli, "_LARGE_RUN", 1)
    assert main(["extract", str(SEEDS), "-o", str(released), "-q"]) == 0
    assert default_matcher() is not before  # let go, and loaded again on the next use
    assert released.read_bytes() == kept.read_bytes()
