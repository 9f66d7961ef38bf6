"""Extraction benchmark: start-up time, end-to-end throughput and peak memory.

Generates (once, cached under ``benchmarks/out/corpus-<size>-<seed>/``) a synthetic corpus
with ``benchmarks.gen_corpus``, then measures, each in a fresh subprocess so that no
warm cache of this process flatters the numbers:

* start-up: ``import extract.pipeline; extract.pipeline.warm_up()`` wall time, median of 3;
* throughput: ``event-atlas extract <corpus> -o <tmp>.geojson`` wall time on one core
  (pinned with ``taskset -c 0`` when available) -> MB/s, and the events it found;
* peak RSS of that run, from the kernel's rusage for that very child (``os.wait4``).

The synthetic corpus is richer in places than real prose (about 6 events per KB against
about 2 in ``seeds/``), so its throughput is a conservative figure.

Targets: >= 5 MB/s, <= 500 MB peak RSS, <= 1.5 s start-up. A missed target is reported
as MISS in the table and in ``benchmarks/out/extract.json``; only a crash fails the run.

``python -m benchmarks.bench_extract --profile`` instead runs cProfile in-process on
about 5 MB of the corpus and prints the top functions by cumulative and own time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.gen_corpus import DEFAULT_GAZETTEER, generate_corpus
from extract.workers import available_cpus

__all__ = [
    "Check",
    "ExtractRun",
    "corpus_dir",
    "ensure_corpus",
    "evaluate",
    "format_table",
    "main",
    "measure_extract",
    "measure_startup",
    "profile",
]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
TARGET_MB_PER_S = 5.0
TARGET_PEAK_RSS_MB = 500.0
TARGET_STARTUP_S = 1.5
STARTUP_CODE = "import extract.pipeline; extract.pipeline.warm_up()"
# What the cached corpus depends on: regenerate when any of these change.
_GENERATOR_FILES = (
    ROOT / "benchmarks" / "gen_corpus.py",
    ROOT / "benchmarks" / "corpus_vocab.py",
    DEFAULT_GAZETTEER,
)


class BenchError(Exception):
    """The benchmark cannot run (the pipeline is missing or crashed): one clear line."""


@dataclass(frozen=True, slots=True)
class Check:
    """One measured number against its target."""

    name: str
    value: float
    unit: str
    target: float
    higher_is_better: bool

    @property
    def ok(self) -> bool:
        if self.higher_is_better:
            return self.value >= self.target
        return self.value <= self.target

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


@dataclass(frozen=True, slots=True)
class ExtractRun:
    """What one ``event-atlas extract`` subprocess cost and produced."""

    wall_s: float
    user_s: float
    sys_s: float
    peak_rss_mb: float  # the largest single process
    tree_pss_mb: float  # all processes together, shared pages counted once (0: unknown)
    events: int
    categories: dict[str, int]
    dated: int
    pinned: bool
    command: tuple[str, ...]


def evaluate(startup_s: float, mb_per_s: float, peak_rss_mb: float) -> list[Check]:
    """The three extraction targets, in table order."""
    return [
        Check("start-up (import + warm_up)", startup_s, "s", TARGET_STARTUP_S, False),
        Check("throughput, one core", mb_per_s, "MB/s", TARGET_MB_PER_S, True),
        Check("peak RSS", peak_rss_mb, "MB", TARGET_PEAK_RSS_MB, False),
    ]


def format_table(checks: Sequence[Check]) -> str:
    """A plain-text table: what, measured, target, PASS/MISS."""
    rows = [("measure", "value", "target", "result")]
    for c in checks:
        sign = ">=" if c.higher_is_better else "<="
        rows.append(
            (c.name, f"{c.value:.2f} {c.unit}", f"{sign} {c.target:g} {c.unit}", _verdict(c))
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def _verdict(check: Check) -> str:
    return "PASS" if check.ok else "MISS"


# ----------------------------------------------------------------------------- corpus


def corpus_dir(size_mb: float, seed: int) -> Path:
    return OUT / f"corpus-{size_mb:g}-{seed}"


def _generator_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in _GENERATOR_FILES:
        digest.update(path.read_bytes() if path.is_file() else b"-")
    return digest.hexdigest()[:16]


def ensure_corpus(size_mb: float, seed: int) -> list[Path]:
    """The cached corpus for (size, seed), regenerated if the generator or gazetteer changed.

    The marker sits beside the folder, not in it, so the extractor never reads it; it is
    written last, so an interrupted generation is never mistaken for a finished one.
    """
    folder = corpus_dir(size_mb, seed)
    marker = folder.with_suffix(".json")
    fingerprint = _generator_fingerprint()
    if marker.is_file():
        meta = json.loads(marker.read_text(encoding="utf-8"))
        paths = [folder / name for name in meta.get("files", [])]
        if meta.get("fingerprint") == fingerprint and all(p.is_file() for p in paths):
            return paths
        marker.unlink()
    print(f"generating a {size_mb:g} MB corpus (seed {seed}) in {_rel(folder)} ...", flush=True)
    paths = generate_corpus(folder, size_mb, seed)
    meta = {"fingerprint": fingerprint, "files": [p.name for p in paths]}
    marker.write_text(json.dumps(meta), encoding="utf-8")
    return paths


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------------- measurements


def _pipeline_problem() -> str | None:
    """Why the pipeline cannot be benchmarked yet, or None."""
    if not (ROOT / "extract" / "pipeline.py").is_file():
        return "extract/pipeline.py does not exist yet: nothing to benchmark"
    probe = subprocess.run(
        [sys.executable, "-c", STARTUP_CODE], cwd=ROOT, capture_output=True, text=True
    )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["(no output)"])[-1]
        return f"`{STARTUP_CODE}` fails: {last}"
    return None


def measure_startup(runs: int = 3) -> list[float]:
    """Wall seconds of a fresh interpreter importing the pipeline and warming it up."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", STARTUP_CODE], cwd=ROOT, check=True)
        times.append(time.perf_counter() - started)
    return times


def _python_baseline() -> float:
    """Wall seconds of a bare ``python -c pass``: the part of start-up nobody can cut."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("event-atlas")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from extract.cli import main; sys.exit(main())"]


def _summarise(geojson: Path) -> tuple[int, dict[str, int], int]:
    """Event count, events per category and dated events in the written GeoJSON."""
    features = json.loads(geojson.read_text(encoding="utf-8")).get("features", [])
    cats = Counter(str(f["properties"].get("category")) for f in features)
    dated = sum(1 for f in features if f["properties"].get("year_start") is not None)
    return len(features), dict(sorted(cats.items())), dated


def _rss_wrapper(rss_file: Path) -> list[str]:
    """GNU time's %M for the child's own peak RSS, if GNU time is installed.

    The kernel's ru_maxrss of a child spawned straight from this (big) process starts
    at this process's size (vfork + exec keeps the parent's high-water mark); a small
    intermediate process like time(1) makes the number the extractor's alone.
    """
    gnu_time = Path("/usr/bin/time")
    return [str(gnu_time), "-f", "%M", "-o", str(rss_file)] if gnu_time.is_file() else []


def measure_extract(corpus: Path, output: Path, *, one_core: bool = True) -> ExtractRun:
    """Run the CLI on ``corpus`` once and read its rusage: pinned to one core, or with
    its default of one worker process per available CPU."""
    taskset = shutil.which("taskset") if one_core else None
    rss_file = output.with_suffix(".rss")
    rss_file.unlink(missing_ok=True)
    command = [*_rss_wrapper(rss_file), *([taskset, "-c", "0"] if taskset else []), *_cli()]
    command += ["extract", str(corpus), "-o", str(output), "-q"]
    log = output.with_suffix(".log")
    with log.open("wb") as sink:
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT)
        tree = _TreeMemory(proc.pid)
        tree.start()
        _, status, usage = os.wait4(proc.pid, 0)  # the rusage of this child alone
        wall = time.perf_counter() - started
        tree.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
        raise BenchError(f"extract exited {proc.returncode}: " + " | ".join(tail))
    peak_kib = usage.ru_maxrss  # fallback: an upper bound (see _rss_wrapper)
    if rss_file.is_file():
        peak_kib = int(rss_file.read_text(encoding="utf-8").split()[-1])
    events, cats, dated = _summarise(output)
    return ExtractRun(
        wall_s=wall,
        tree_pss_mb=tree.peak_mb,
        user_s=usage.ru_utime,
        sys_s=usage.ru_stime,
        peak_rss_mb=peak_kib / 1024,  # Linux reports KiB
        events=events,
        categories=cats,
        dated=dated,
        pinned=taskset is not None,
        command=tuple(command),
    )


class _TreeMemory:
    """Samples the proportional set size (PSS) of a process and all its descendants.

    Worker processes forked from a warmed-up parent share its gazetteer page by page,
    so adding up their RSS would count it once per worker; PSS splits each shared page
    between the processes that map it, so the sum is what the run really holds.
    """

    def __init__(self, pid: int, every_s: float = 0.2) -> None:
        self._pid, self._every = pid, every_s
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self.peak_mb = 0.0

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._done.wait(self._every):
            total = sum(_pss_kib(pid) for pid in _descendants(self._pid))
            self.peak_mb = max(self.peak_mb, total / 1024)


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux; just ``pid`` elsewhere)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text()
        except OSError:
            continue
        todo.extend(int(child) for child in children.split())
    return found


def _pss_kib(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:  # gone already, or not Linux
        return 0
    return next((int(line.split()[1]) for line in text.splitlines() if line.startswith("Pss:")), 0)


# --------------------------------------------------------------------------- profile


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB (Linux)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = Path("/proc/self/status")
    if not status.is_file():
        return peak, peak
    line = next(x for x in status.read_text().splitlines() if x.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024, peak


def _prefix(paths: Sequence[Path], size_mb: float) -> tuple[list[Path], int]:
    chosen, total = [], 0
    for path in paths:
        if total >= size_mb * 1e6:
            break
        chosen.append(path)
        total += path.stat().st_size
    return chosen, total


def profile(size_mb: float = 5.0, seed: int = 0, top: int = 25) -> None:
    """cProfile what the CLI does (``extract_paths`` then ``write_events``) in-process
    on about ``size_mb`` MB of the corpus, with the time and memory of each stage."""
    import cProfile
    import pstats

    problem = _pipeline_problem()
    if problem:
        raise BenchError(problem)
    from extract.export import write_events
    from extract.pipeline import extract_paths, warm_up

    chosen, total = _prefix(ensure_corpus(size_mb, seed), size_mb)
    warm_up()  # start-up is measured on its own; profile the steady state
    stages = [("warm-up", 0.0, *_rss_mb())]
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    events, _ = extract_paths(chosen)
    stages.append(("extract_paths", time.perf_counter() - started, *_rss_mb()))
    written = time.perf_counter()
    write_events(events, OUT / "profile-run.geojson")
    profiler.disable()
    stages.append(("write_events", time.perf_counter() - written, *_rss_mb()))
    print(f"profiled {len(chosen)} files, {total / 1e6:.1f} MB, {len(events)} events ")
    print("(times are inflated by cProfile; compare stages, not absolute speed)")
    for name, seconds, rss, peak in stages:
        print(f"  {name:14} {seconds:7.1f} s   RSS {rss:7.0f} MB   peak {peak:7.0f} MB")
    profiler.dump_stats(OUT / "extract.prof")
    stats = pstats.Stats(profiler).strip_dirs()
    print(f"\n== top {top} by cumulative time ==")
    stats.sort_stats("cumulative").print_stats(top)
    print(f"== top {top} by own time ==")
    stats.sort_stats("tottime").print_stats(top)
    print(f"full profile: {_rel(OUT / 'extract.prof')} (open with snakeviz or pstats)")


# ------------------------------------------------------------------------------ main


def run(size_mb: float, seed: int) -> dict[str, Any]:
    """Every measurement; returns what goes into ``extract.json``."""
    problem = _pipeline_problem()
    if problem:
        raise BenchError(problem)
    paths = ensure_corpus(size_mb, seed)
    corpus = corpus_dir(size_mb, seed)
    size = sum(p.stat().st_size for p in paths)
    startup = measure_startup()
    baseline = _python_baseline()
    print(f"running event-atlas extract on {len(paths)} files ({size / 1e6:.1f} MB) ...")
    load_before = os.getloadavg()[0]
    result = measure_extract(corpus, OUT / "extract-run.geojson")
    mb_per_s = size / 1e6 / result.wall_s
    cpu_mb_per_s = size / 1e6 / max(result.user_s + result.sys_s, 1e-9)
    checks = evaluate(statistics.median(startup), mb_per_s, result.peak_rss_mb)
    spread = _measure_all_cores(corpus, size, OUT / "extract-run.geojson")
    return {
        "benchmark": "extract",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": sys.version.split()[0],
        "machine": f"{platform.machine()} {platform.processor()} cpus={os.cpu_count()}",
        "corpus": {"path": _rel(corpus), "files": len(paths), "bytes": size, "seed": seed},
        "startup_s": startup,
        "python_baseline_s": baseline,
        "extract": {**asdict(result), "mb_per_s": mb_per_s, "cpu_mb_per_s": cpu_mb_per_s},
        # Wall time is the target, but on a shared machine other processes steal the
        # pinned core; the load average and CPU-time rate show when that happened.
        "load_average": [load_before, os.getloadavg()[0]],
        "all_cores": spread,
        "checks": [c.as_dict() for c in checks],
        "ok": all(c.ok for c in checks),
    }


def _measure_all_cores(corpus: Path, size: int, one_core_output: Path) -> dict[str, Any] | None:
    """The CLI's default run, one worker per CPU: not a target, what a user gets."""
    cpus = available_cpus()
    if cpus < 2:
        return None
    print(f"running it again with its default of {cpus} worker processes ...")
    output = OUT / "extract-run-all-cores.geojson"
    result = measure_extract(corpus, output, one_core=False)
    same = output.read_bytes() == one_core_output.read_bytes()
    output.unlink()
    return {**asdict(result), "cpus": cpus, "mb_per_s": size / 1e6 / result.wall_s, "same": same}


def _report(data: dict[str, Any]) -> None:
    checks = [Check(**{k: v for k, v in c.items() if k != "ok"}) for c in data["checks"]]
    ex = data["extract"]
    print(format_table(checks))
    print(
        f"\n{ex['events']} events ({ex['dated']} dated, "
        f"{ex['events'] / (data['corpus']['bytes'] / 1000):.1f} per KB) "
        f"from {data['corpus']['files']} files; "
        f"wall {ex['wall_s']:.1f} s, cpu {ex['user_s'] + ex['sys_s']:.1f} s, "
        f"{'pinned to core 0' if ex['pinned'] else 'NOT pinned (no taskset)'}; "
        f"start-up runs {', '.join(f'{t:.2f}' for t in data['startup_s'])} s "
        f"(bare python {data['python_baseline_s']:.2f} s)"
    )
    cpu = ex["user_s"] + ex["sys_s"]
    if cpu < 0.8 * ex["wall_s"]:
        print(
            f"note: the extractor had the CPU only {cpu / ex['wall_s']:.0%} of the wall time "
            f"(load average {data['load_average'][0]:.1f} -> {data['load_average'][1]:.1f}): "
            f"the machine was busy; by CPU time it ran at {ex['cpu_mb_per_s']:.2f} MB/s"
        )
    _report_all_cores(data.get("all_cores"), ex)
    misses = [c.name for c in checks if not c.ok]
    print("all targets met" if not misses else "MISSED: " + "; ".join(misses))


def _report_all_cores(spread: dict[str, Any] | None, one_core: dict[str, Any]) -> None:
    if spread is None:
        print("one CPU available: no run with worker processes")
        return
    print(
        f"with {spread['cpus']} worker processes (the CLI's default here): "
        f"{spread['mb_per_s']:.2f} MB/s, wall {spread['wall_s']:.1f} s "
        f"({one_core['wall_s'] / spread['wall_s']:.2f}x the one-core run); "
        f"memory of all processes {spread['tree_pss_mb']:.0f} MB PSS, "
        f"largest process {spread['peak_rss_mb']:.0f} MB; output "
        + ("byte-identical to the one-core run" if spread["same"] else "DIFFERS from one core")
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=50.0, help="corpus size (default 50)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--profile", action="store_true", help="cProfile ~5 MB in-process")
    parser.add_argument("--profile-mb", type=float, default=5.0, help="MB to profile")
    args = parser.parse_args(argv)
    if args.size_mb <= 0 or args.profile_mb <= 0:
        parser.error("sizes must be positive")
    try:
        if args.profile:
            profile(args.profile_mb, args.seed)
            return 0
        data = run(args.size_mb, args.seed)
    except (BenchError, subprocess.CalledProcessError) as exc:
        sys.stdout.flush()
        print(f"bench_extract: {exc}", file=sys.stderr, flush=True)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "extract.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    _report(data)
    print(f"written: {_rel(OUT / 'extract.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
