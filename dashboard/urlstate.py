"""The view in the URL, so a copied link opens the same view.

``to_params(view)`` turns a ``View`` into query parameters (only what differs from
the defaults, so a plain link stays plain); ``from_params(params)`` reads them back,
skipping values it cannot use and saying why. ``from_params(to_params(v)) == v``.

Parameters: ``from``, ``to`` (years; BCE as negative, ``539BCE`` is accepted too),
``mode`` (``window`` | ``cumulative``), ``undated``, ``ancient``, ``cluster``,
``tiles``, ``table`` (``0`` | ``1``), ``q`` (text in the evidence), and repeatable ``cat``,
``actor``, ``place``, ``source``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from dashboard.filters import FilterState
from dashboard.mapview import MapOptions
from extract.records import CATEGORIES

__all__ = ["PARAMS", "View", "from_params", "to_params"]

PARAMS: tuple[str, ...] = (
    "from",
    "to",
    "mode",
    "undated",
    "ancient",
    "cluster",
    "tiles",
    "table",
    "q",
    "cat",
    "actor",
    "place",
    "source",
)
_SETS = {"cat": "categories", "actor": "actors", "place": "places", "source": "sources"}
_YEAR = re.compile(r"^\s*(-?\d{1,5})\s*$|^\s*(\d{1,5})\s*BCE\s*$", re.IGNORECASE)
_MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class View:
    """Everything a link restores: the filters, the ancient toggle, the map options,
    and whether the events table is open.

    ``filters.start``/``end`` of None mean "the default window".
    """

    filters: FilterState = field(default_factory=FilterState)
    ancient: bool = False
    map: MapOptions = field(default_factory=MapOptions)
    table: bool = False


def _flag(value: bool) -> str:
    return "1" if value else "0"


def to_params(view: View) -> dict[str, str | list[str]]:
    """Query parameters for ``view``; defaults are left out."""
    f = view.filters
    params: dict[str, str | list[str]] = {}
    if f.start is not None:  # kept in cumulative mode too: switching back restores it
        params["from"] = str(f.start)
    if f.end is not None:
        params["to"] = str(f.end)
    if f.cumulative:
        params["mode"] = "cumulative"
    for key, value, default in (
        ("undated", f.include_undated, True),
        ("ancient", view.ancient, False),
        ("cluster", view.map.cluster, True),
        ("tiles", view.map.tiles, True),
        ("table", view.table, False),
    ):
        if value != default:
            params[key] = _flag(value)
    if f.text.strip():
        params["q"] = f.text
    for key, attr in _SETS.items():
        values: frozenset[str] = getattr(f, attr)
        if values:
            params[key] = sorted(values)
    return params


def _year(raw: str) -> int | None:
    match = _YEAR.match(raw)
    if match is None:
        return None
    return int(match.group(1)) if match.group(1) is not None else -int(match.group(2))


def _bool(raw: str) -> bool | None:
    return {"1": True, "true": True, "0": False, "false": False}.get(raw.strip().lower())


def _last(params: Mapping[str, Sequence[str]], key: str) -> str | None:
    values = params.get(key) or []
    return values[-1] if values else None


def _years(params: Mapping[str, Sequence[str]], notes: list[str]) -> dict[str, int | None]:
    found: dict[str, int | None] = {}
    for key, attr in (("from", "start"), ("to", "end")):
        raw = _last(params, key)
        if raw is None:
            continue
        year = _year(raw)
        if year is None:
            notes.append(f"ignored {key}={raw!r}: not a year (use 2011 or 539BCE)")
        found[attr] = year
    start, end = found.get("start"), found.get("end")
    if start is not None and end is not None and end < start:
        notes.append(f"ignored from={start}, to={end}: the window ends before it starts")
        return {}
    return found


def _flags(params: Mapping[str, Sequence[str]], notes: list[str]) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for key in ("undated", "ancient", "cluster", "tiles", "table"):
        raw = _last(params, key)
        if raw is None:
            continue
        value = _bool(raw)
        if value is None:
            notes.append(f"ignored {key}={raw!r}: use 1 or 0")
        else:
            found[key] = value
    return found


def _sets(params: Mapping[str, Sequence[str]], notes: list[str]) -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {}
    for key, attr in _SETS.items():
        values = {v for v in params.get(key) or [] if v}
        if key == "cat" and values - set(CATEGORIES):
            bad = ", ".join(sorted(values - set(CATEGORIES)))
            notes.append(f"ignored cat={bad}: not one of {', '.join(CATEGORIES)}")
            values &= set(CATEGORIES)
        if values:
            found[attr] = frozenset(values)
    return found


def from_params(params: Mapping[str, Sequence[str]]) -> tuple[View, list[str]]:
    """The view a link asks for, and one note per value that was ignored."""
    notes: list[str] = []
    filters = FilterState()
    mode = _last(params, "mode")
    if mode is not None and mode not in {"window", "cumulative"}:
        notes.append(f"ignored mode={mode!r}: use window or cumulative")
    filters = replace(filters, cumulative=mode == "cumulative", **_years(params, notes))
    flags = _flags(params, notes)
    text = (_last(params, "q") or "")[:_MAX_TEXT]
    filters = replace(
        filters, include_undated=flags.get("undated", True), text=text, **_sets(params, notes)
    )
    options = MapOptions(cluster=flags.get("cluster", True), tiles=flags.get("tiles", True))
    return View(filters, flags.get("ancient", False), options, flags.get("table", False)), notes
