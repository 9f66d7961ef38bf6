"""The ``event-atlas`` command: extract, geocode, evaluate, dashboard.

Every user mistake (a missing file, a bad suffix, an unreadable gold file) ends as one
line on stderr and a non-zero exit, never a traceback: the commands raise ``AtlasError``
and ``main`` prints it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from extract.errors import AtlasError
from extract.workers import available_cpus

__all__ = ["main"]

DEFAULT_EVENTS = Path("geodata/events.geojson")
DEFAULT_SEEDS = Path("seeds")
EXIT_NO_INPUT = 2


# Young objects the cycle collector lets pile up before it looks (Python's default: 700).
_GC_YOUNG_THRESHOLD = 10_000
# Events from which a run lets the place index go before it writes them (peak memory is
# the events, the index and the writer's libraries at once); a smaller run keeps it, so
# that a process extracting again (tests, a notebook) does not load it again.
_LARGE_RUN = 20_000


@contextlib.contextmanager
def _collecting_less() -> Iterator[None]:
    """Fewer garbage collections while extracting (about a tenth of the run's time).

    A run makes millions of small short-lived objects, which reference counting frees,
    and keeps its events until it writes them; with the default thresholds the collector
    walked the gazetteer and the growing list of events again and again. What is alive
    after start-up (modules, the gazetteer) lives as long as the process, so it is frozen
    out of collections, and the young generation is collected less often. Cycles are
    still collected, so memory stays bounded. Both are undone on the way out (main()
    also runs inside tests).
    """
    young, older, oldest = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(_GC_YOUNG_THRESHOLD, older, oldest)
    try:
        yield
    finally:
        gc.set_threshold(young, older, oldest)
        gc.unfreeze()


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _cmd_extract(args: argparse.Namespace) -> int:
    from extract.pipeline import warm_up

    warm_up()  # before the freeze: the gazetteer lives as long as the process
    with _collecting_less():
        return _run_extract(args)


def _run_extract(args: argparse.Namespace) -> int:
    from extract.export import write_events
    from extract.pipeline import extract_paths, release_place_index

    paths = args.paths or [DEFAULT_SEEDS]
    geocoder = None
    if args.online:
        from extract.geocode import build_geocoder

        geocoder = build_geocoder(online=True, user_agent=args.user_agent)
    events, report = extract_paths(
        paths, progress=not args.quiet, geocoder=geocoder, jobs=args.jobs
    )
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if report.documents_read == 0:
        print(
            "error: no document could be read from " + ", ".join(map(str, paths)), file=sys.stderr
        )
        return EXIT_NO_INPUT
    if len(events) >= _LARGE_RUN:
        release_place_index()  # the writer's libraries take the index's memory instead
    write_events(events, args.output)
    print(f"{report.summary()} -> {args.output}", file=sys.stderr)
    return 0


def _cmd_geocode(args: argparse.Namespace) -> int:
    from extract.geocode import build_geocoder, geocode_record

    geocoder = build_geocoder(online=args.online, user_agent=args.user_agent)
    missing = 0
    for name in args.names:
        record = geocode_record(name, geocoder)
        missing += record["lat"] is None
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        elif record["lat"] is None:
            print(f"{name}: not found")
        else:
            print(
                f"{name}: {record['name']} ({record['kind']}) "
                f"{record['lat']}, {record['lon']} [{record['source']}]"
            )
    return 1 if missing == len(args.names) else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from extract.evaluate import evaluate_files, format_score, score_dict

    score = evaluate_files(args.gold, args.predictions, args.coords)
    if args.json:
        print(json.dumps(score_dict(score), ensure_ascii=False, indent=2))
    else:
        print(format_score(score, details=args.details))
    return 0


def _cmd_dashboard(args: argparse.Namespace) -> int:
    from dashboard.cli import run_dashboard

    if not args.events.exists():
        raise AtlasError(f"{args.events}: events file not found (run: event-atlas extract)")
    return run_dashboard(args.events, args.port)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="event-atlas",
        description="Turn documents about Iran–Syria relations into a map of dated, "
        "geocoded events.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ext = sub.add_parser(
        "extract",
        help="documents -> events GeoJSON",
        description="Extract geocoded, dated events from documents "
        "(.txt, .md, .html, .pdf; folders are walked recursively).",
    )
    ext.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help=f"files or folders (default: {DEFAULT_SEEDS}/)",
    )
    ext.add_argument(
        "-o",
        "--output",
        type=Path,
        default=DEFAULT_EVENTS,
        help="output file; the suffix picks the format: .geojson, .gpkg, .csv, "
        f".parquet (default: {DEFAULT_EVENTS})",
    )
    ext.add_argument(
        "--online",
        action="store_true",
        help="also ask Nominatim for site names the gazetteer lacks "
        "(rate-limited to 1 request/s, cached in geodata/)",
    )
    ext.add_argument(
        "--user-agent", default="event-atlas", help="user agent for the online geocoder"
    )
    ext.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=available_cpus(),
        metavar="N",
        help="documents extracted in N processes at once (default: the CPUs available, "
        f"{available_cpus()} here; --online always uses one)",
    )
    ext.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ext.set_defaults(func=_cmd_extract)

    geo = sub.add_parser(
        "geocode",
        help="look place names up in the gazetteer",
        description="Geocode place names offline (gazetteer + GeoNames).",
    )
    geo.add_argument("names", nargs="+", metavar="NAME")
    geo.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per line: {"query","name","lat","lon","kind","source"}',
    )
    geo.add_argument("--online", action="store_true", help="fall back to Nominatim (cached)")
    geo.add_argument("--user-agent", default="event-atlas")
    geo.set_defaults(func=_cmd_geocode)

    ev = sub.add_parser(
        "evaluate",
        help="score predictions against a gold annotation",
        description="Precision/recall/F1 of (place, category) pairs, year "
        "accuracy, geocoding error and negatives hit.",
    )
    ev.add_argument("--gold", type=Path, required=True, help="gold annotation JSON")
    ev.add_argument(
        "predictions",
        nargs="?",
        type=Path,
        default=DEFAULT_EVENTS,
        help=f"predicted events GeoJSON (default: {DEFAULT_EVENTS})",
    )
    ev.add_argument(
        "--coords",
        type=Path,
        default=None,
        help="reference coordinates CSV (place,lat,lon,source); default: "
        "reference_coords.csv beside the gold file",
    )
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--details", action="store_true", help="list misses and false positives")
    ev.set_defaults(func=_cmd_evaluate)

    dash = sub.add_parser(
        "dashboard",
        help="start the Streamlit dashboard",
        description="Open the map of events in a browser (Streamlit).",
    )
    dash.add_argument(
        "--events",
        type=Path,
        default=DEFAULT_EVENTS,
        help=f"events GeoJSON (default: {DEFAULT_EVENTS})",
    )
    dash.add_argument("--port", type=int, default=8501, help="port (default: 8501)")
    dash.set_defaults(func=_cmd_dashboard)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AtlasError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_NO_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader left early (`| head`): not an error. Point stdout at /dev/null so
        # the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
