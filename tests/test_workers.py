"""Extraction spread over processes: the same events, report and output file as one
process gives, with bad files still reported, and online geocoding kept in one process."""

from __future__ import annotations

import os
import shutil
from dataclasses import astuple
from pathlib import Path

import pytest

import extract.pipeline as pipeline
from extract import workers
from extract.cli import main
from extract.pipeline import extract_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _pid(_item: int) -> int:
    return os.getpid()


def _fail_on_three(item: int) -> int:
    if item == 3:
        raise ValueError("three")
    return item * 2


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seeds, two unreadable files among them, and a nested folder."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder / "seeds")
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "seeds" / "broken.pdf").write_bytes(b"%PDF-1.4 not a pdf")
    (folder / "z" / "deep").mkdir(parents=True)
    (folder / "z" / "deep" / "visit.md").write_text(
        "# Visit\n\nOn 3 May 2023 President Raisi arrived in Damascus for talks.\n",
        encoding="utf-8",
    )
    return folder


def _report_fields(report: pipeline.ExtractionReport) -> tuple[object, ...]:
    fields = astuple(report)
    return fields[:5] + fields[6:]  # all but the seconds


def test_map_in_processes_runs_elsewhere_and_keeps_input_order() -> None:
    assert os.getpid() not in set(workers.map_in_processes(_pid, list(range(6)), 2))
    items = [5, 1, 4, 2, 8, 0, 7]
    assert list(workers.map_in_processes(_fail_on_three, items, 3)) == [i * 2 for i in items]


def test_a_worker_error_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="three"):
        list(workers.map_in_processes(_fail_on_three, [1, 2, 3, 4], 2))


def test_workers_give_the_events_and_report_one_process_gives(corpus: Path) -> None:
    calls: list[tuple[int, int]] = []
    alone, alone_report = extract_paths([corpus], jobs=1)
    spread, spread_report = extract_paths(
        [corpus], jobs=3, progress=lambda d, t: calls.append((d, t))
    )
    assert spread == alone and len(alone) > 50
    assert _report_fields(spread_report) == _report_fields(alone_report)
    assert spread_report.documents_read == 6 and spread_report.documents_failed == 2
    assert [w.split(":")[0] for w in spread_report.warnings] == [
        w.split(":")[0] for w in alone_report.warnings
    ]
    assert calls == [(done, 8) for done in range(1, 9)]


def test_extract_command_writes_the_same_bytes_with_any_number_of_jobs(
    corpus: Path, tmp_path: Path
) -> None:
    one, three = tmp_path / "one.geojson", tmp_path / "three.geojson"
    assert main(["extract", str(corpus), "-o", str(one), "-q", "-j", "1"]) == 0
    assert main(["extract", str(corpus), "-o", str(three), "-q", "--jobs", "3"]) == 0
    assert three.read_bytes() == one.read_bytes()


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_jobs_must_be_a_whole_number_of_at_least_one(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "-j", value])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"'{value}' is not a whole number of at least 1" in error


class _RecordingGeocoder:
    """Stands in for the online chain: remembers what it was asked, knows nothing."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def geocode(self, query: str) -> None:
        self.asked.append(query)


def test_online_geocoding_stays_in_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_workers(*_args: object) -> None:
        raise AssertionError("the online geocoder was handed to worker processes")

    monkeypatch.setattr(pipeline, "map_in_processes", no_workers)
    for name in ("one", "two", "three"):
        (tmp_path / f"{name}.txt").write_text(
            "In 2019 Israeli jets struck the Blei airbase near Damascus.", encoding="utf-8"
        )
    geocoder = _RecordingGeocoder()
    _, report = extract_paths([tmp_path], jobs=4, geocoder=geocoder)  # type: ignore[arg-type]
    assert geocoder.asked and len(geocoder.asked) == report.ungeocoded == 3


def test_available_cpus_follows_the_affinity_mask(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {3}, raising=False)
    assert workers.available_cpus() == 1
    monkeypatch.delattr(os, "sched_getaffinity")
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert workers.available_cpus() == 1
