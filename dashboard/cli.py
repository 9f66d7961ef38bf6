"""Start the dashboard: what ``event-atlas dashboard`` and ``make run`` call.

``run_dashboard(events, port)`` runs ``streamlit run dashboard/app.py`` with static
serving on (Leaflet comes from ``dashboard/static``) and hands the events path to the
app after ``--``. The app reads it back with ``events_path(argv)``: ``--events PATH``,
else ``$EVENT_ATLAS_EVENTS``, else ``geodata/events.geojson`` in the repository.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = [
    "APP",
    "DEFAULT_EVENTS",
    "REPO",
    "dashboard_command",
    "events_path",
    "main",
    "run_dashboard",
]

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "dashboard" / "app.py"
DEFAULT_EVENTS = REPO / "geodata" / "events.geojson"
ENV_EVENTS = "EVENT_ATLAS_EVENTS"


def events_path(argv: Sequence[str]) -> Path:
    """The events file the app should show (see the module docstring)."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--events", type=Path, default=None)
    args, _ = parser.parse_known_args(list(argv))
    if args.events is not None:
        return Path(args.events)
    env = os.environ.get(ENV_EVENTS)
    return Path(env) if env else DEFAULT_EVENTS


def dashboard_command(events: Path, port: int) -> list[str]:
    """The ``streamlit run`` command line for ``events`` on ``port``."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.port",
        str(port),
        "--server.enableStaticServing",
        "true",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--",
        "--events",
        str(events.resolve()),
    ]


def run_dashboard(events: Path, port: int) -> int:
    """Serve the dashboard until interrupted; the exit code of streamlit."""
    if not 0 < port < 65536:
        print(f"error: port {port} is not between 1 and 65535", file=sys.stderr)
        return 2
    if not events.is_file():
        # Still start: the app says so on the page and uploads keep working.
        print(f"warning: events file not found: {events}", file=sys.stderr)
    try:
        # From the repository root, so .streamlit/config.toml applies.
        return subprocess.call(dashboard_command(events, port), cwd=REPO)
    except KeyboardInterrupt:
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.cli", description="Start the Event Atlas dashboard."
    )
    parser.add_argument(
        "--events", type=Path, default=DEFAULT_EVENTS, help="events GeoJSON (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8501, help="port to serve on (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    return run_dashboard(args.events, args.port)


if __name__ == "__main__":
    raise SystemExit(main())
