"""Typed records handed from one pipeline stage to the next.

All records are frozen, slotted dataclasses that validate themselves on creation, so a
bad offset or coordinate fails where it is made rather than three stages later. Every
record that comes from text carries its character offsets into ``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "CATEGORIES",
    "DATE_PRECISIONS",
    "Block",
    "DateSpan",
    "Document",
    "Event",
    "Place",
    "PlaceMention",
    "Sentence",
]

CATEGORIES: tuple[str, ...] = ("base", "shrine", "incident", "diplomacy", "other")
DATE_PRECISIONS: tuple[str, ...] = (
    "day",
    "month",
    "season",
    "year",
    "range",
    "decade",
    "century",
    "undated",
)

BlockKind = Literal["prose", "heading", "row", "lead"]


def _check_span(start: int, end: int, what: str) -> None:
    if start < 0 or end < start:
        raise ValueError(f"{what}: bad span {start}:{end}")


@dataclass(frozen=True, slots=True)
class Block:
    """A run of kept text in a document: a prose paragraph or a section heading.

    Boilerplate (spam metadata, navigation, banners) is simply not covered by any
    block, so offsets into ``Document.text`` stay those of the decoded text.
    ``level`` is the heading depth (1 for ``= T =`` or ``# T``), 0 for prose. A "lead"
    is prose that introduces a list of records ("Iranian sites by governorate:"), which
    says what the rows after it record as a heading would.
    """

    start: int
    end: int
    kind: BlockKind
    level: int = 0

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, "Block")


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded document: its text and the blocks of it worth reading.

    ``view`` is the text as the stages read it when it differs from ``text``: the same
    length, markup blanked (MediaWiki source, see ``extract.wikitext``), so its offsets
    are the text's. None for every other document.
    """

    source: str  # path relative to the corpus root, with forward slashes
    text: str
    blocks: tuple[Block, ...] = ()
    view: str | None = None

    def __post_init__(self) -> None:
        if self.view is not None and len(self.view) != len(self.text):
            raise ValueError(f"{self.source}: view and text differ in length")
        for block in self.blocks:
            if block.end > len(self.text):
                raise ValueError(f"{self.source}: block {block.start}:{block.end} past end")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or one heading) with where it sits in the document.

    ``paragraph`` numbers the prose blocks; ``section`` numbers the stretches between
    headings, and ``heading`` is the text of the innermost heading above the sentence
    (None before the first heading). Date anchoring uses all three.
    """

    start: int
    end: int
    text: str
    paragraph: int
    section: int
    heading: str | None = None
    is_heading: bool = False
    is_row: bool = False  # a table row ("| 2019 | T-4 | Drone base |"): one record

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, "Sentence")
        if self.end - self.start != len(self.text):
            raise ValueError(f"Sentence: text length does not match span {self.start}:{self.end}")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``id`` is a curated slug or ``geonames:<id>``; ``precision`` is the ACLED-style
    geo_precision a point at this place is worth (1 site/town, 2 part of a region,
    3 province or country). ``country`` is an ISO 3166-1 alpha-2 code or "".
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str = ""
    population: int = 0
    precision: int = 1
    source: str = ""
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not (-90.0 <= self.lat <= 90.0 and -180.0 <= self.lon <= 180.0):
            raise ValueError(f"Place {self.id!r}: coordinates out of range {self.lat}, {self.lon}")
        if self.precision not in (1, 2, 3):
            raise ValueError(f"Place {self.id!r}: precision must be 1, 2 or 3")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text: ``text[start:end] == mention``."""

    start: int
    end: int
    mention: str
    place: Place

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, "PlaceMention")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A temporal expression, resolved to ISO 8601 strings.

    ``date_start``/``date_end`` are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a BCE year is
    negative: ``-539``); ``date_end`` is None unless the expression is a range, decade,
    century or season. ``anchor`` says where a year the text lacked came from (the
    words of the earlier date, or the section heading); it is None for explicit dates.
    ``start``/``end`` are offsets of ``text`` in the document.
    """

    start: int
    end: int
    text: str
    date_start: str | None
    date_end: str | None
    precision: str
    year_start: int | None
    year_end: int | None
    anchor: str | None = None

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, "DateSpan")
        if self.precision not in DATE_PRECISIONS:
            raise ValueError(f"DateSpan: unknown precision {self.precision!r}")
        years = (self.year_start, self.year_end)
        if years[0] is not None and years[1] is not None and years[1] < years[0]:
            raise ValueError(f"DateSpan {self.text!r}: ends before it starts")


@dataclass(frozen=True, slots=True)
class Event:
    """One place tied to what happened there: one GeoJSON Feature of the contract."""

    id: str
    place: str
    place_id: str
    mention: str
    place_kind: str
    geo_precision: int
    category: str
    event: str
    date_start: str | None
    date_end: str | None
    date_precision: str
    date_text: str | None
    date_anchor: str | None
    year_start: int | None
    year_end: int | None
    actors: tuple[str, ...]
    evidence: str
    source: str
    char_start: int
    char_end: int
    confidence: float
    geocoder: str
    lat: float
    lon: float

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"Event {self.id}: unknown category {self.category!r}")
        if self.date_precision not in DATE_PRECISIONS:
            raise ValueError(f"Event {self.id}: unknown date precision {self.date_precision!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"Event {self.id}: confidence {self.confidence} not in [0, 1]")
        if self.char_end - self.char_start != len(self.evidence):
            raise ValueError(f"Event {self.id}: evidence does not match its span")
