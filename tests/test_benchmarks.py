"""The benchmark corpus is varied, realistic in shape, and deterministic for a seed.

These are fast checks on a corpus of a few hundred kilobytes, not timing tests.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus_vocab as V
from benchmarks import run as bench_run
from benchmarks.bench_extract import _descendants, _pss_kib, _TreeMemory, evaluate, format_table
from benchmarks.gen_corpus import (
    PLACELESS_SHARE,
    date_phrase,
    fill_template,
    generate_corpus,
    load_vocabulary,
    make_sentence,
)
from benchmarks.run import summary_rows

MONTH = "(?:" + "|".join(V.MONTHS) + ")"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate_corpus(tmp_path_factory.mktemp("corpus"), 0.4, seed=7)


def _read(paths: list[Path]) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in paths)


def test_same_seed_gives_identical_files(corpus: list[Path], tmp_path: Path) -> None:
    again = generate_corpus(tmp_path, 0.4, seed=7)
    assert [p.name for p in again] == [p.name for p in corpus]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, corpus, strict=True))


def test_other_seed_gives_other_text(corpus: list[Path], tmp_path: Path) -> None:
    other = generate_corpus(tmp_path, 0.4, seed=8)
    assert _read(other) != _read(corpus)


def test_corpus_reaches_size_in_many_mixed_documents(corpus: list[Path]) -> None:
    sizes = [p.stat().st_size for p in corpus]
    assert sum(sizes) >= 400_000
    assert sum(sizes[:-1]) < 400_000  # stops as soon as the size is reached
    assert len(corpus) >= 8
    assert len(set(sizes)) == len(sizes)
    assert {p.suffix for p in corpus} == {".txt", ".md"}


def test_regeneration_removes_a_bigger_corpus_tail(tmp_path: Path) -> None:
    big = generate_corpus(tmp_path, 0.3, seed=1)
    small = generate_corpus(tmp_path, 0.05, seed=1)
    assert len(small) < len(big)
    assert sorted(tmp_path.iterdir()) == sorted(small)


def test_corpus_has_the_messy_parts_real_documents_have(corpus: list[Path]) -> None:
    text = _read(corpus)
    assert re.search(r"^={2,3} ?[^=\n]+ ?={2,3}$", text, re.M), "wiki headings"
    assert re.search(r"^#{2,3} \S", text, re.M), "markdown headings"
    assert re.search(r"^Country: \w+\nLanguage: English$", text, re.M), "spam metadata"
    assert any(line in text for line in V.NAVIGATION_LINES), "navigation lines"
    assert any(k in text for k in V.KEYWORD_STUFFING), "keyword stuffing"


def test_sentences_rarely_repeat_and_a_third_are_placeless() -> None:
    rng = random.Random(3)
    vocab = load_vocabulary()
    drawn = [make_sentence(rng, vocab) for _ in range(3000)]
    texts = Counter(text for text, _ in drawn)
    assert len(texts) / len(drawn) > 0.97
    placeless = sum(not has_place for _, has_place in drawn) / len(drawn)
    assert abs(placeless - PLACELESS_SHARE) < 0.05


def test_there_are_many_templates_and_every_slot_fills() -> None:
    templates = V.PLACE_TEMPLATES + V.PLACELESS_TEMPLATES
    assert len(set(templates)) >= 60
    vocab = load_vocabulary()
    rng = random.Random(0)
    for template in templates:
        filled = fill_template(template, rng, vocab)
        assert "{" not in filled and "}" not in filled, template


def test_placeless_templates_name_no_place() -> None:
    vocab = load_vocabulary()
    names = set(V.STATES) | set(V.TOWNS) | set(vocab.bases) | set(vocab.shrines)
    names |= set(vocab.regions) | set(V.ISLANDS)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    assert not any(slot in t for t in V.PLACELESS_TEMPLATES for slot in V.PLACE_SLOTS)
    rng = random.Random(5)
    for template in V.PLACELESS_TEMPLATES * 20:
        filled = fill_template(template, rng, vocab)
        assert not pattern.search(filled), filled


@pytest.mark.parametrize(
    ("form", "pattern"),
    [
        ("day", rf"^On \d{{1,2}} {MONTH} \d{{4}}$"),
        ("day, US order", rf"^On {MONTH} \d{{1,2}}, \d{{4}}$"),
        ("month", rf"^In {MONTH} \d{{4}}$"),
        ("yearless month", rf"^In {MONTH}$"),
        ("year", r"^In \d{4}$"),
        ("year range", r"^Between \d{4} and \d{4}$"),
        ("day range", rf"^From {MONTH} \d+ to {MONTH} \d+$"),
        ("decade", r"^In the \d{3}0s$"),
        ("season", r"^In the (?:spring|summer|autumn|winter) of \d{4}$"),
    ],
)
def test_date_phrases_cover_every_form(form: str, pattern: str) -> None:
    rng = random.Random(11)
    phrases = [date_phrase(rng, (2000, 2011)) for _ in range(2000)]
    assert any(re.match(pattern, p) for p in phrases), form


def test_ancient_sections_get_ancient_dates() -> None:
    rng = random.Random(2)
    phrases = {date_phrase(rng, (-600, 0)) for _ in range(300)}
    assert any(re.match(r"^In \d{3} BCE$", p) for p in phrases)
    assert any(p.endswith(" century") for p in phrases)
    assert not any(re.search(rf"{MONTH}|19\d\d|20\d\d", p) for p in phrases)


def test_modern_dates_stay_in_the_section_window() -> None:
    rng = random.Random(4)
    for _ in range(2000):
        phrase = date_phrase(rng, (1979, 1990))
        for year in re.findall(r"\b1\d{3}\b|\b20\d\d\b", phrase):
            assert 1979 <= int(year) <= 1994, phrase  # ranges may run 4 years past


def test_gazetteer_rows_feed_the_vocabulary(tmp_path: Path) -> None:
    csv_path = tmp_path / "gazetteer.csv"
    csv_path.write_text(
        "id,name,kind,lat,lon,country,precision,aliases,source\n"
        "zz-base,Qaryat Test Airbase,base,35.4,35.9,SY,1,Test Field|QT airfield,test\n"
        "zz-shrine,Test Shrine of Nobody,shrine,33.4,36.3,SY,1,,test\n"
        "zz-town,Testabad,town,33.4,36.3,SY,1,,test\n",
        encoding="utf-8",
    )
    vocab = load_vocabulary(csv_path)
    assert {"Qaryat Test Airbase", "Test Field", "QT airfield"} <= set(vocab.bases)
    assert "Test Shrine of Nobody" in vocab.shrines
    assert "Testabad" in vocab.towns


def test_non_positive_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="size_mb must be positive"):
        generate_corpus(tmp_path, 0)


# ---------------------------------------------------------------- bench reporting


@pytest.mark.parametrize(
    ("startup", "speed", "rss", "verdicts"),
    [
        (1.5, 5.0, 500.0, ["PASS", "PASS", "PASS"]),  # targets are inclusive
        (1.51, 4.99, 500.1, ["MISS", "MISS", "MISS"]),
        (0.4, 12.0, 800.0, ["PASS", "PASS", "MISS"]),
    ],
)
def test_extract_targets_pass_or_miss(
    startup: float, speed: float, rss: float, verdicts: list[str]
) -> None:
    checks = evaluate(startup, speed, rss)
    table = format_table(checks).splitlines()
    assert [line.split()[-1] for line in table[2:]] == verdicts
    assert [c.ok for c in checks] == [v == "PASS" for v in verdicts]


def test_summary_reads_another_benchmarks_checks() -> None:
    data = {
        "checks": [{"name": "10k first map", "value": 2.5, "unit": "s", "target": 3, "ok": False}]
    }
    assert summary_rows("dashboard", data) == [
        ("dashboard", "10k first map", "2.5 s", "3 s", "MISS")
    ]
    assert summary_rows("dashboard", {"other": 1}) == [("dashboard", "(see JSON)", "", "", "")]


def test_missing_dashboard_benchmark_is_skipped_not_crashed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench_run, "DASHBOARD_MODULE", "benchmarks.no_such_benchmark")
    assert bench_run._run_dashboard() is None
    assert "does not exist yet" in capsys.readouterr().out


def test_summary_leaves_target_blank_for_informational_rows() -> None:
    data = {"checks": [{"name": "1000 events: move_median_s", "value": 0.1234, "unit": "s"}]}
    assert summary_rows("dashboard", data) == [
        ("dashboard", "1000 events: move_median_s", "0.123 s", "", "")
    ]


def test_summary_shows_direction_and_readable_big_numbers() -> None:
    data = {"checks": [c.as_dict() for c in evaluate(0.5, 0.23, 1466.14)]}
    rows = summary_rows("extract", data)
    assert rows[1][2:] == ("0.23 MB/s", ">= 5 MB/s", "MISS")
    assert rows[2][2:] == ("1466 MB", "<= 500 MB", "MISS")


def test_dashboard_target_applies_to_a_first_time_visitor() -> None:
    from benchmarks.bench_dashboard import checks

    result = {"events": 10_000, "first_map_s": 3.2, "first_map_repeat_s": 1.6}
    result |= {"keepalive_request_ms": 2.5}
    rows = {row["name"]: row for row in checks([result | {"move_median_s": 0.4}])}
    first = rows["10000 events: first_map_s"]
    assert (first["target"], first["ok"]) == (3.0, False)  # cache off: every script fetched
    assert "target" not in rows["10000 events: first_map_repeat_s"]  # reported only
    assert rows["10000 events: move_median_s"]["ok"] is True
    assert rows["10000 events: kept-alive request"] == {
        "name": "10000 events: kept-alive request",
        "value": 2.5,
        "unit": "ms",
    }


def test_keepalive_request_reuses_one_connection() -> None:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from benchmarks.bench_dashboard import keepalive_request_ms

    seen: list[tuple[str, int]] = []

    class Page(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive

        def do_GET(self) -> None:
            seen.append((self.path, self.client_address[1]))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            pass

    with ThreadingHTTPServer(("127.0.0.1", 0), Page) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            ms = keepalive_request_ms(f"http://127.0.0.1:{server.server_port}/", requests=5)
        finally:
            server.shutdown()
    assert ms > 0
    assert len(seen) == 6 and {path for path, _ in seen} == {"/"}
    assert len({port for _, port in seen}) == 1  # one client connection for all


def test_tree_memory_finds_worker_processes_and_their_memory() -> None:
    # A parent that starts a child and waits: the shape of a run with workers.
    sleep = "import time; time.sleep(3)"
    code = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {sleep!r}])"
    parent = subprocess.Popen([sys.executable, "-c", code])
    try:
        for _ in range(100):
            if len(_descendants(parent.pid)) == 2:
                break
            threading.Event().wait(0.02)
        tree = _descendants(parent.pid)
        assert tree[0] == parent.pid and len(tree) == 2
        assert all(_pss_kib(pid) > 0 for pid in tree)
        sampler = _TreeMemory(parent.pid, every_s=0.02)
        sampler.start()
        threading.Event().wait(0.2)
        sampler.stop()
        assert sampler.peak_mb > 1
    finally:
        parent.kill()
        parent.wait()
    assert _pss_kib(parent.pid) == 0  # a process that is gone holds nothing
    assert os.getpid() in _descendants(os.getpid())
