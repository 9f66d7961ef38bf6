"""What a table's column says of the places in its cells.

A row of a Markdown table is read as one record (``Sentence.is_row``); its header row
says what each cell is. Under "Place of martyrdom" a town is where someone was killed,
under "Burial place" where he was buried, under "Birthplace" where he came from (no
event there), under a fact-check's "Claim" what a false post said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.gazetteer import Gazetteer
from extract.lexicon import TOWN_KINDS
from extract.records import PlaceMention, Sentence

__all__ = [
    "CellRole",
    "cell_role",
    "is_status_row",
    "is_strike_table",
    "regions_in_columns",
    "table_headers",
]

CellRole = str  # "origin", "claim", "incident", "burial", "region", "target" or "source"

_ROLES: tuple[tuple[CellRole, re.Pattern[str]], ...] = (
    # (a bare "Origin" column, not a fact-check's "Actual origin")
    ("origin", re.compile(r"\b(?:birth\s*place|place\s+of\s+birth|born|home\s*(?:town|village)"
                          r"|(?:country|place)\s+of\s+origin|nationality)\b|^origin$", re.I)),
    ("claim", re.compile(r"\b(?:claim(?:ed)?|purported|alleged)\b", re.I)),
    ("burial", re.compile(r"\b(?:burial|buried|resting\s+place|grave|cemetery)\b", re.I)),
    ("incident",
     re.compile(r"\b(?:place\s+of\s+(?:death|martyrdom)|martyred|killed|died)\b", re.I)),
    ("region", re.compile(r"^(?:governorates?|provinces?|muhafazah|wilayah)$", re.I)),
    # what was struck: "| Date | Target | Status after strike |"
    ("target", re.compile(r"^(?:targets?|(?:what\s+was\s+)?(?:hit|struck)|site\s+(?:hit|struck))$",
                          re.I)),
    # who reported it: "| Date | Place | Event | Source |" ("Kremlin", "SANA")
    ("source", re.compile(r"^(?:sources?|reported\s+by|according\s+to|via|references?)$", re.I)),
)  # fmt: skip


_BRACKETED = re.compile(r"\([^()]*\)")
# A table of strikes says so in its header: "| Date | Location | Target | Killed |".
_STRIKE_COLUMN = re.compile(
    r"^(?:targets?|killed|dead|deaths|fatalities|casualties|wounded|strikes?|attacks?"
    r"|(?:what\s+was\s+)?hit)$",
    re.IGNORECASE,
)


def is_strike_table(header: Sequence[str]) -> bool:
    """Whether a table's header has a column that only a list of strikes would have."""
    return any(_STRIKE_COLUMN.match(cell.strip()) for cell in header)


# A travel advisory's or bulletin's table of what is open: "| Crossing | Neighbour | Status |"
# with "| Nassib / Jaber | Jordan | Open |". (not an order of battle's "Status (2022)" of
# "Active" or "Destroyed" bases)
_STATUS_COLUMN = re.compile(r"(?:current\s+|operational\s+)?status\b", re.IGNORECASE)
_OPEN_OR_SHUT = re.compile(
    r"(?:partially\s+)?(?:open|closed|restricted|limited|suspended|avoid|intermittent)\b"
    r"(?![^|]*\b(?:presence|deploy\w*|troops|forces|garrison\w*)\b)",  # "Limited presence"
    re.IGNORECASE,
)


def is_status_row(row: str, header: Sequence[str]) -> bool:
    """Whether the row's Status cell says only whether the place is open, shut or to avoid:
    how things stand, no event."""
    column = next((i for i, cell in enumerate(header) if _STATUS_COLUMN.match(cell)), None)
    if column is None:
        return False
    cells = _cells(row)
    return column < len(cells) and _OPEN_OR_SHUT.match(cells[column]) is not None


def table_headers(sentences: Sequence[Sentence], text: str = "") -> dict[int, tuple[str, ...]]:
    """By sentence index, the header cells of the table each later row belongs to (its
    run's first row, when that row holds no digit: a header, not a record). ``text``, the
    document's, shows where a blank line parts two tables that follow each other."""
    headers: dict[int, tuple[str, ...]] = {}
    cells: tuple[str, ...] = ()
    previous = -2
    for index, sentence in enumerate(sentences):
        if not sentence.is_row or "|" not in sentence.text:
            continue  # (a borderless row too: "Mehdi Yazdeli     | Colonel    | Yazd")
        parted = index == previous + 1 and _BLANK_LINE.search(
            text, sentences[previous].end, sentence.start
        )
        if index != previous + 1 or parted:  # a new table
            first = sentence.text
            # a header holds no digit, bar a bracketed year ("| Status (2022) |")
            cells = () if any(c.isdigit() for c in _BRACKETED.sub("", first)) else _cells(first)
        elif cells:
            headers[index] = cells
        previous = index
    return headers


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def cell_role(row: str, header: tuple[str, ...], offset: int) -> CellRole | None:
    """What the header says of the cell of ``row`` that holds ``offset``, if anything."""
    column = row.count("|", 0, offset) - (1 if row.lstrip().startswith("|") else 0)
    if not 0 <= column < len(header):
        return None
    label = header[column]
    role = next((role for role, pattern in _ROLES if pattern.search(label)), None)
    if role == "target" and not any(_WHEN_COLUMN.match(cell) for cell in header):
        return None  # a sanctions list's "Targets" are people and groups, on no day
    return role


_WHEN_COLUMN = re.compile(r"(?:date|day|when|time)\b", re.IGNORECASE)


def _cells(row: str) -> tuple[str, ...]:
    return tuple(cell.strip(" *_") for cell in row.strip().strip("|").split("|"))


def regions_in_columns(
    sentences: Sequence[Sentence],
    found: Sequence[list[PlaceMention]],
    headers: dict[int, tuple[str, ...]],
    gazetteer: Gazetteer,
) -> list[list[PlaceMention]]:
    """``found`` with each city named in a Governorate column as its governorate."""
    result = [list(mentions) for mentions in found]
    for index, header in headers.items():
        row = sentences[index]
        result[index] = [
            _as_region(m, gazetteer)
            if cell_role(row.text, header, m.start - row.start) == "region"
            else m
            for m in result[index]
        ]
    return result


def _as_region(mention: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    if mention.place.kind not in TOWN_KINDS:
        return mention
    for suffix in ("Governorate", "Province"):
        region = gazetteer.best(f"{mention.mention} {suffix}")
        if region is not None and region.country == mention.place.country:
            return PlaceMention(mention.start, mention.end, mention.mention, region)
    return mention
