"""``make bench``: the extraction benchmark, then the dashboard one, then a summary.

Each benchmark writes its own JSON under ``benchmarks/out/``; this runner prints one
table of every target from those files. A missed target is reported, not fatal: the
exit status is non-zero only when a benchmark crashed (or could not run at all).

    python -m benchmarks.run [--only extract|dashboard] [--size-mb N] [--seed S]
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["main", "summary_rows"]

OUT = Path(__file__).resolve().parent / "out"
DASHBOARD_MODULE = "benchmarks.bench_dashboard"


def _run_extract(size_mb: float, seed: int) -> int:
    from benchmarks import bench_extract

    return bench_extract.main(["--size-mb", f"{size_mb:g}", "--seed", str(seed)])


def _run_dashboard() -> int | None:
    """The dashboard benchmark's status, or None if that module is not written yet."""
    try:
        module = importlib.import_module(DASHBOARD_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != DASHBOARD_MODULE:
            raise  # the module exists but something it imports is missing: a crash
        print(f"{DASHBOARD_MODULE} does not exist yet: dashboard benchmark skipped")
        return None
    main: Callable[[], int] = module.main
    return main()


def _guarded(name: str, bench: Callable[[], int | None]) -> str:
    """Run one benchmark; 'ok', 'skipped' or 'crashed', never an exception."""
    print(f"\n===== {name} benchmark =====", flush=True)
    sys.stderr.flush()
    try:
        status = bench()
    except Exception:  # a crash in one benchmark must not hide the other's numbers
        traceback.print_exc()
        return "crashed"
    except SystemExit as exc:  # an argparse error or sys.exit() inside the benchmark
        return "ok" if exc.code in (0, None) else "crashed"
    if status is None:
        return "skipped"
    return "ok" if status == 0 else "crashed"


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return str(value)


def summary_rows(name: str, data: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(benchmark, measure, value, target, result) rows from one benchmark's JSON.

    Reads a ``checks`` list of dicts with name/value/target and ok (or passed/status);
    a JSON without one is summarised as a single row pointing at the file.
    """
    checks = data.get("checks")
    if not isinstance(checks, list) or not checks:
        return [(name, "(see JSON)", "", "", "")]
    rows = []
    for check in checks:
        if not isinstance(check, dict):
            continue
        ok = check.get("ok", check.get("passed", check.get("status")))
        result = (
            {True: "PASS", False: "MISS"}.get(ok, str(ok or "").upper()) if ok is not None else ""
        )
        value = f"{_fmt(check.get('value', ''))} {check.get('unit', '')}".strip()
        target = ""
        if "target" in check:
            direction = check.get("higher_is_better")
            sign = "" if direction is None else (">= " if direction else "<= ")
            target = f"{sign}{_fmt(check['target'])} {check.get('unit', '')}".strip()
        rows.append((name, str(check.get("name", "?")), value, target, result))
    return rows


def _print_summary(statuses: dict[str, str]) -> None:
    rows: list[tuple[str, str, str, str, str]] = [("bench", "measure", "value", "target", "result")]
    for name, status in statuses.items():
        path = OUT / f"{name}.json"
        if status != "ok":
            rows.append((name, f"{status.upper()} (see its output above)", "", "", ""))
        elif not path.is_file():
            rows.append((name, f"no {path.name} written", "", "", ""))
        else:
            rows += summary_rows(name, json.loads(path.read_text(encoding="utf-8")))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    sys.stderr.flush()
    print("\n===== summary =====")
    for i, row in enumerate(rows):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    misses = [r for r in rows[1:] if r[4] == "MISS"]
    if misses:
        print(f"{len(misses)} target(s) missed: " + "; ".join(f"{r[0]}: {r[1]}" for r in misses))
    print(f"JSON results in {OUT}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("extract", "dashboard"), help="run one benchmark")
    parser.add_argument("--size-mb", type=float, default=50.0, help="extraction corpus MB")
    parser.add_argument("--seed", type=int, default=0, help="extraction corpus seed")
    args = parser.parse_args(argv)
    if args.size_mb <= 0:
        parser.error(f"--size-mb must be positive, got {args.size_mb:g}")
    statuses: dict[str, str] = {}
    if args.only in (None, "extract"):
        statuses["extract"] = _guarded("extract", lambda: _run_extract(args.size_mb, args.seed))
    if args.only in (None, "dashboard"):
        statuses["dashboard"] = _guarded("dashboard", _run_dashboard)
    _print_summary(statuses)
    return 1 if "crashed" in statuses.values() else 0


if __name__ == "__main__":
    sys.exit(main())
