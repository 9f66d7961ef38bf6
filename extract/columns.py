"""What a table's column says of the places in its cells.

A row of a Markdown table, or of a comma- or tab-separated data export, is read as one
record (``Sentence.is_row``); its header row says what each cell is. Under "Place of
martyrdom" a town is where someone was killed, under "Burial place" where he was buried,
under "Birthplace" where he came from (no event there), under a fact-check's "Claim" what
a false post said; under an export's "actor1" a force ("Military Forces of Israel") and
under its "admin1" the province that holds the row's "location".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract import lexicon
from extract.gazetteer import Gazetteer
from extract.lexicon import TOWN_KINDS
from extract.records import PlaceMention, Sentence

__all__ = [
    "CellRole",
    "cell_role",
    "event_type_category",
    "is_status_row",
    "is_strike_table",
    "names_the_target",
    "opens_list_item",
    "regions_in_columns",
    "regions_in_lists",
    "row_separator",
    "struck_cell",
    "table_headers",
]

# "origin", "claim", "incident", "burial", "region", "target", "source", "actor" or "place"
CellRole = str

_ROLES: tuple[tuple[CellRole, re.Pattern[str]], ...] = (
    # (a bare "Origin" column, not a fact-check's "Actual origin")
    ("origin", re.compile(r"\b(?:birth\s*place|place\s+of\s+birth|born|home\s*(?:town|village)"
                          r"|(?:country|place)\s+of\s+origin|nationality)\b|^origin$", re.I)),
    ("claim", re.compile(r"\b(?:claim(?:ed)?|purported|alleged)\b", re.I)),
    ("burial", re.compile(r"\b(?:burial|buried|resting\s+place|grave|cemetery)\b", re.I)),
    ("incident",
     re.compile(r"\b(?:place\s+of\s+(?:death|martyrdom)|martyred|killed|died)\b", re.I)),
    ("region", re.compile(r"^(?:governorates?|provinces?|muhafazah|wilayah|admin_?[1-3]"
                          r"|country|(?:sub_?)?districts?|nahiya)$", re.I)),
    # an export's forces and groups: "actor1" "Military Forces of Israel (2009-)"
    ("actor", re.compile(r"^(?:(?:assoc_)?actors?_?\d*|perpetrators?|attackers?|inter\d)$", re.I)),
    # where the row's event happened, past the province that holds it
    ("place", re.compile(r"^(?:location|locality|place|site|town|village|city)(?:_name)?$", re.I)),
    # what was struck: "| Date | Target | Status after strike |"
    ("target", re.compile(r"^(?:targets?|(?:what\s+was\s+)?(?:hit|struck)|site\s+(?:hit|struck))$",
                          re.I)),
    # who reported it: "| Date | Place | Event | Source |" ("Kremlin", "SANA")
    ("source", re.compile(r"^(?:sources?|reported\s+by|according\s+to|via|references?)$", re.I)),
)  # fmt: skip


_BRACKETED = re.compile(r"\([^()]*\)")
# A table of strikes says so in its header: "| Date | Location | Target | Killed |".
# A Target column, qualified or not: "Target", "Reported target".
_TARGET = r"(?:(?:reported|alleged|main|primary|claimed|intended|stated)\s+)?targets?"
_STRIKE_COLUMN = re.compile(
    # (a target qualified or paired: "Reported target", "Target / outcome")
    rf"^(?:{_TARGET}"
    r"(?:\s*(?:/|&|and)\s*(?:outcomes?|results?|damage|effects?|casualties))?"
    r"|killed|dead|deaths|fatalities|casualties|wounded|strikes?|attacks?"
    r"|(?:what\s+was\s+)?hit"
    # who struck: "Attributed to", "Claimed by", "Perpetrator"
    r"|attributed\s+to|claimed\s+by|perpetrators?|attackers?|(?:carried\s+out|struck)\s+by)$",
    re.IGNORECASE,
)


_TARGET_COLUMN = re.compile(rf"^{_TARGET}\b", re.IGNORECASE)


def names_the_target(row: str, header: Sequence[str], word: str) -> bool:
    """Whether ``word`` stands in a strike table's Target cell: "| Sayyida Zeinab |
    Residence of an IRGC adviser |" names what was struck, not a presence."""
    cells = _cells(row)
    return any(
        _TARGET_COLUMN.match(name.strip())
        and i < len(cells)
        and word.rstrip("=") in cells[i].lower()
        for i, name in enumerate(header)
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


# An export's "event_type" / "sub_event_type" cell: ACLED's "Battles", "Explosions/Remote
# violence", "Violence against civilians", "Air/drone strike", "Riots".
_TYPE_COLUMN = re.compile(r"^(?:(?:sub_?)?event_?type|(?:incident|event)\s+type|type)$", re.I)
_TYPE_CATEGORIES = (
    ("incident", re.compile(
        r"\b(?:battles?|explosions?|remote\s+violence|violence|strikes?|attacks?|shelling"
        r"|armed|clash\w*|riots?|mob|abduction|assault|raids?|bombing|ied|suicide)\b", re.I)),
    ("diplomacy", re.compile(r"\b(?:visits?|agreements?|meetings?|talks|negotiations?)\b", re.I)),
    ("base", re.compile(r"\b(?:headquarters|base\s+established|deploy\w*)\b", re.I)),
)  # fmt: skip


def event_type_category(row: str, header: Sequence[str]) -> str | None:
    """What the row's event-type cells say happened ("Battles", "Air/drone strike",
    "Visit", "Headquarters or base established"), whatever its notes call the place ("a
    logistics compound at Damascus International Airport"); "" when its type columns
    name none of these ("Strategic developments", "Other"); None for a table without."""
    columns = [i for i, cell in enumerate(header) if _TYPE_COLUMN.match(cell)]
    if not columns:
        return None
    cells = _cells(row)
    typed = " ".join(cells[i] for i in columns if i < len(cells))
    return next((name for name, words in _TYPE_CATEGORIES if words.search(typed)), "")


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
        if not sentence.is_row or row_separator(sentence.text) is None:
            continue  # (a borderless row too: "Mehdi Yazdeli     | Colonel    | Yazd")
        parted = index == previous + 1 and _BLANK_LINE.search(
            text, sentences[previous].end, sentence.start
        )
        if index != previous + 1 or parted:  # a new table
            first = sentence.text
            cells = () if _holds_a_number(first) else _cells(first)
        elif cells:
            headers[index] = cells
        previous = index
    return headers


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def cell_role(row: str, header: tuple[str, ...], offset: int) -> CellRole | None:
    """What the header says of the cell of ``row`` that holds ``offset``, if anything."""
    column = _column_at(row, offset)
    if not 0 <= column < len(header):
        return None
    label = header[column]
    role = next((role for role, pattern in _ROLES if pattern.search(label)), None)
    if role == "target" and not any(_WHEN_COLUMN.match(cell) for cell in header):
        return None  # a sanctions list's "Targets" are people and groups, on no day
    return role


_WHEN_COLUMN = re.compile(r"(?:date|day|when|time)\b", re.IGNORECASE)


def _holds_a_number(row: str) -> bool:
    """Whether a table's first row is a record: a header holds no digit, bar a bracketed
    year ("| Status (2022) |") or an export's numbered column name ("admin1", "actor2")."""
    if row_separator(row) != "|":
        row = _NUMBERED_NAME.sub("", row)
    return any(c.isdigit() for c in _BRACKETED.sub("", row))


_NUMBERED_NAME = re.compile(r"(?<=[A-Za-z_])\d\b")


# A cell that tells the row's site was struck or taken: a list's "Status" of "Captured, 5
# December 2024" or "Raided by Israeli commandos, 8 September 2024".
_STRUCK_CELL = re.compile(
    r"(?i:\b(?:captur|seiz|raid|struck|bomb|shell|destroy|attack|storm|retak|recaptur"
    r"|blown\s+up|blew\s+up|loot|ransack|targeted|hit\s+by))"
)


def struck_cell(row: str, after: int, starts: Sequence[int]) -> tuple[int, str] | None:
    """Of the dates starting at ``starts`` (offsets into ``row``), the first in a cell past
    offset ``after`` whose words tell the site was struck or taken, and the word that
    tells it ("captur"); pipe- or tab-parted rows only (a comma-parted one keeps its words
    and its date in cells apart)."""
    separator = row_separator(row)
    if separator not in ("|", "\t"):
        return None
    for at in starts:
        lo = row.rfind(separator, 0, at) + 1
        if lo <= after:
            continue  # the place's own cell, or one before it
        hi = row.find(separator, at)
        told = _STRUCK_CELL.search(row, lo, hi if hi >= 0 else len(row))
        if told is not None:
            return at, told[0].lower()
    return None


def row_separator(row: str) -> str | None:
    """What parts a row's cells: pipes, tabs (an export's four or more) or commas (four
    or more outside quotes); None for a row of no such table (a space-aligned one)."""
    if "|" in row:
        return "|"
    if row.count("\t") >= _MIN_SEPARATORS:
        return "\t"
    if row.count(",") >= _MIN_SEPARATORS and len(_comma_cells(row)) > _MIN_SEPARATORS:
        return ","
    return None


_MIN_SEPARATORS = 4  # five fields, as ``extract.blocks`` reads an export


def _comma_cells(row: str) -> list[tuple[int, int]]:
    """The spans of a comma-separated row's cells; a quoted cell may hold commas."""
    spans: list[tuple[int, int]] = []
    start, quoted = 0, False
    for at, char in enumerate(row):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            spans.append((start, at))
            start = at + 1
    spans.append((start, len(row)))
    return spans


def _column_at(row: str, offset: int) -> int:
    separator = row_separator(row)
    if separator == ",":
        return next(i for i, (_, end) in enumerate(_comma_cells(row)) if offset <= end)
    if separator == "\t":
        return row.count("\t", 0, offset)
    return row.count("|", 0, offset) - (1 if row.lstrip().startswith("|") else 0)


def _cells(row: str) -> tuple[str, ...]:
    separator = row_separator(row)
    if separator == ",":
        return tuple(row[a:b].strip(' "*_') for a, b in _comma_cells(row))
    if separator == "\t":
        return tuple(cell.strip(" *_") for cell in row.split("\t"))
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


def regions_in_lists(
    sentences: Sequence[Sentence],
    found: Sequence[list[PlaceMention]],
    text: str,
    gazetteer: Gazetteer,
) -> list[list[PlaceMention]]:
    """``found`` with the city a list item opens with as its governorate, under a heading
    or lead-in that lists by governorate ("Iran's sites by governorate:", "- Deir ez-Zor:
    131 sites"): the item's label is the province, what follows it may name towns."""
    result = [list(mentions) for mentions in found]
    lead = ""
    for index, sentence in enumerate(sentences):
        item = opens_list_item(sentence, text)
        if not item:
            lead = sentence.text if sentence.text.rstrip().endswith(":") else ""
        if sentence.is_heading:
            lead = sentence.text
        if not item or not result[index] or not _BY_PROVINCE.search(lead):
            continue
        first = result[index][0]
        label = _ITEM_LABEL.match(sentence.text)
        if label is not None and first.start - sentence.start < label.end():
            result[index][0] = _as_region(first, gazetteer)
    return result


def opens_list_item(sentence: Sentence, text: str) -> bool:
    """Whether the sentence opens a list item (its marker may lie before it: "2. ...")."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return _LIST_ITEM.match(text, line_start, sentence.end) is not None


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*•])\s")
_ITEM_LABEL = re.compile(lexicon.ITEM_LABEL)
_BY_PROVINCE = re.compile(r"(?i:\b(?:by|per|in\s+each)\s+(?:governorate|province|region)s?\b)")


def _as_region(mention: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    if mention.place.kind not in TOWN_KINDS:
        return mention
    for suffix in ("Governorate", "Province"):
        region = gazetteer.best(f"{mention.mention} {suffix}")
        if region is not None and region.country == mention.place.country:
            return PlaceMention(mention.start, mention.end, mention.mention, region)
    return mention
