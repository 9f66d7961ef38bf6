"""Step 1, second half: turn decoded text into blocks of prose and headings.

How a block is chosen:

* Lines are grouped into units. A line joins the one above when it continues it: it
  starts in lower case, or the document is hard-wrapped (PDF, wrapped Markdown) and the
  line above is full -- its successor's first word would not have fitted on it -- and
  does not end a sentence.
* Marked headings (``= T =``, ``==T==``, ``# T``, underlined Markdown titles, HTML
  ``h1``-``h6``) become heading blocks with their level; ``See also``, ``References``
  and similar sections are skipped up to the next heading of the same or higher level.
* Boilerplate lines (``extract.boilerplate``) are dropped.
* A short line (at most ``_MAX_TITLE_WORDS`` words) that does not end like a sentence is
  a title candidate: it becomes a heading (level 1 first in the document, else 2) when
  prose follows it, is kept as prose when it reads like a sentence (it has a verb-ish
  word), and is dropped otherwise (``Factsheet``, ``Country Iran``, ``Videos``). Trailing
  site names (``... - Wikipedia``, ``... | ISW``) are cut from title candidates.
"""

from __future__ import annotations

import csv
import itertools
import re

from extract import lexicon
from extract.boilerplate import (
    PHOTO_CREDIT,
    ends_sentence,
    is_boilerplate,
    is_list_item,
    is_skip_section,
    is_told_caption,
    key_value_runs,
    reads_like_sentence,
    running_heads,
    site_suffix_start,
    trim_line,
)
from extract.records import Block

__all__ = ["find_blocks", "front_matter_end", "is_table_row"]

_WIKI_HEADING = re.compile(r"(={1,6})\s*([^=\s].*?)\s*\1")
_ATX_HEADING = re.compile(r"(#{1,6})\s+(\S.*?)(?:\s+#+)?")
_FRAMED_HEADING = re.compile(lexicon.FRAMED_TITLE)
_FRAMED_LEVEL = 2
_UNDERLINE = re.compile(r"=+|-+")
_FENCE = re.compile(r"(```|~~~)")
_MAX_TITLE_WORDS = 20
# A bibliography entry: "Lister, C., et al. (2018). Iran's Network in Syria. ..."
_REFERENCE_ENTRY = re.compile(
    r"^[A-Z][\w'’-]+,\s+(?:[A-Z]\.|[A-Z][a-z]+)|\((?:19|20)\d\d[a-z]?\)\.|\bRetrieved\b"
    r"|\bdoi:|\bISBN\b"
    # an organisation as the author: "Kommersant (2018) 'Ataka dronov ...'", "Alma Research
    # and Education Center (2021) Iranian Entrenchment ..."
    r"|^[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|of|for|the|&)){0,6}\s+\((?:19|20)\d\d[a-z]?\)\s"
)


# A table row: cells between pipes, at least two of them with letters or digits (the
# Markdown syntax, and what extract.html_text makes of an HTML row).
_TABLE_ROW = re.compile(r"\|(?:[^|\n]*\|){2,}")
_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?")
# A plain-text grid's rule: "-------------+----------------+-------".
_GRID_RULE = re.compile(r"[-=]{3,}(?:\+[-=]+)+\+?")
_RULE_CHARS = frozenset("-=+ \t")


def is_table_row(line: str) -> bool:
    """Whether a stripped line is a table row ("| a | b |")."""
    return (
        line.startswith("|")
        and _TABLE_ROW.fullmatch(line) is not None
        and sum(1 for cell in line.split("|") if cell.strip()) >= 2
        and not _TABLE_RULE.fullmatch(line)
    )


def _continues_table(line: str, units: list[_Unit]) -> bool:
    """A row with one filled cell under a table's rows ("| | | Raisi also visited the
    Sayyida Ruqayya shrine. | |"): the row above's continuation, not a title."""
    return (
        bool(units)
        and units[-1].kind == "row"
        and line.startswith("|")
        and _TABLE_ROW.fullmatch(line) is not None
        and not _TABLE_RULE.fullmatch(line)
        and any(cell.strip() for cell in line.split("|"))
    )


# An infobox row is a label and its value ("| Location | Latakia, Syria |", "| Built |
# 2015 |"): a fact about the page's subject, not a record of something that happened.
_INFOBOX_LABELS = frozenset(
    {
        "type", "location", "coordinates", "built", "in use", "operator", "operators",
        "owner", "ownership", "controlled by", "garrison", "occupants", "elevation",
        "runways", "site area", "area", "country", "capital", "founded", "population",
        "website", "status", "established", "opened", "height", "architect", "style",
        "completed", "denomination", "affiliation", "region", "province", "governorate",
        "district", "religion", "sect", "founder", "commander", "commanders", "battles",
        "wars", "battles/wars", "part of", "materials", "condition", "open to the public",
        # a person's infobox
        "born", "died", "place of birth", "place of death", "place of burial",
        "resting place", "buried", "allegiance", "service", "branch", "years of service",
        "rank", "unit", "awards", "spouse", "children", "nationality", "alma mater",
        # an organisation's
        "headquarters", "branches", "native name", "abbreviation", "formation",
        "parent organization", "parent organisation", "formerly", "purpose",
    }
)  # fmt: skip


def _is_infobox_row(line: str) -> bool:
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    label = cells[0].strip("*_ ").lower().rstrip(":")
    return len(cells) == 2 and (label in _INFOBOX_LABELS or label.startswith("coordinates"))


# A news page's label over a picture's credit or caption: "Image source, Reuters",
# "Image caption,".
_CAPTION_LABEL = re.compile(r"\s*(?:Image|Media|Video|Photo)\s+(?:source|caption)\b", re.IGNORECASE)


def _is_menu_row(line: str) -> bool:
    """A site's section menu set out with bars: "Americas | Africa | Asia Pacific | Europe |
    Middle East | United Kingdom", "About Reuters | Careers | ..." (a table's header row
    names its columns, not the site's sections)."""
    if line.lstrip().startswith("|") or any(char.isdigit() for char in line):
        return False
    cells = [cell.strip() for cell in line.split(" | ")]
    return (
        len(cells) >= _MENU_CELLS
        and all(0 < len(cell.split()) <= 3 and cell[:1].isupper() for cell in cells)
        and any(cell.lower() in _MENU_WORDS for cell in cells)
    )


_MENU_CELLS = 4
_MENU_WORDS = frozenset(
    {"world", "business", "markets", "sport", "sports", "technology", "opinion", "culture",
     "americas", "africa", "europe", "asia", "asia pacific", "careers", "about", "contact",
     "contact us", "privacy", "terms", "home", "news", "video", "videos", "podcasts",
     "newsletters", "subscribe", "science", "health", "lifestyle", "travel"}
)  # fmt: skip


def _infobox_tables(lines: list[tuple[int, int, str, bool]]) -> set[int]:
    """The lines of every two-column table whose first row leaves a cell empty ("| | |",
    "| Scientific Studies and Research Center | |"): an infobox, each row a label and
    its value."""
    found: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end][2].lstrip().startswith("|"):
            end += 1
        if end > index:
            cells = [c.strip() for c in lines[index][2].strip().strip("|").split("|")]
            if len(cells) == 2 and not all(cells):
                found.update(range(index, end))
        index = end + 1
    return found


class _Unit:
    """A run of kept text on one or more lines, before it becomes a block."""

    __slots__ = ("caption", "end", "kind", "level", "lines", "list_item", "start", "text")

    def __init__(self, start: int, end: int, text: str, kind: str, level: int = 0) -> None:
        self.start, self.end, self.text = start, end, text
        self.kind = kind  # "text", "row", "heading" or "drop"
        self.level = level
        self.lines = 1
        self.list_item = False
        self.caption = False  # a photo's caption that tells what it shows


def _lines(text: str) -> list[tuple[int, int, str, bool]]:
    """Non-blank lines as (start, end, stripped text, blank line before it)."""
    out: list[tuple[int, int, str, bool]] = []
    pos, blank = 0, True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append((pos + lead, pos + lead + len(stripped), stripped, blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return out


def is_hard_wrapped(text: str) -> bool:
    """Whether the text's prose is wrapped at a fixed width (a PDF's or an e-mail's)."""
    return _wrap_width(_lines(text)) > 0


def _wrap_width(lines: list[tuple[int, int, str, bool]]) -> int:
    """The line width of a hard-wrapped document, or 0 when lines are paragraphs."""
    if len(lines) < 4:
        return 0
    width = _column_width(lines)
    if not 30 <= width <= 130:
        return 0
    full = wrapped = lower = 0
    for (_, _, text, _), nxt in itertools.pairwise(lines):
        if len(text) >= 0.6 * width:
            full += 1
            if not nxt[3] and not ends_sentence(text):
                wrapped += 1
                lower += nxt[2][0].islower()
    # Wrapped prose breaks mid-sentence, so many continuation lines start in lower
    # case; a list of headlines (also long lines without full stops) never does.
    return width if wrapped >= max(2, full // 4) and lower * 4 >= wrapped else 0


def _column_width(lines: list[tuple[int, int, str, bool]]) -> int:
    """How wide the lines are that break mid-sentence (the next line goes on in lower
    case): a wrapped column's width. Not the longest lines': a journal's title, its
    affiliations and references run past its column, and a two-column abstract's lines
    ("The collapse of ...      Russia; Iran;") are no column's."""
    lengths = sorted(
        len(text)
        for (_, _, text, _), nxt in itertools.pairwise(lines)
        if not nxt[3] and nxt[2][0].islower() and not _COLUMN_GAP.search(text)
    )
    return lengths[(len(lengths) * 9) // 10] if lengths else 0


def _joins(prev: str, line: str, width: int) -> bool:
    """Whether ``line`` continues the unit whose last line is ``prev``."""
    if is_list_item(line):
        return False  # a new bullet, however full the line before it
    if prev.endswith("]") and _CHAT_STAMP_END.search(prev):
        return False  # a chat message under its stamp: "Channel, [12.11.24 08:41]"
    first = line[0]
    if first.islower() and not ends_sentence(prev):
        return True
    if _UNFINISHED.search(prev):
        return True  # "... against targets in Homs and" / "Hama provinces, ...": one sentence
    if not width:
        return False
    if prev.endswith((",", ";", "-")) or first.islower():
        return True
    if ends_sentence(prev):
        return len(prev) >= 0.9 * width
    # A wrapped line is full: its successor's first word would not have fitted on it.
    # Without this test a list of short headlines would be read as one paragraph.
    word = line.split(None, 1)[0]
    return len(prev) + 1 + len(word) > 0.85 * width


_CHAT_STAMP_END = re.compile(lexicon.BRACKETED_CHAT_STAMP + "$")
# A line that stops on a word no sentence or title ends with: the next line goes on.
_UNFINISHED = re.compile(
    r"\s(?:and|or|of|the|a|an|in|on|at|to|from|with|by|for|into|between|near|its|their)$"
)


# A chronology's entry: a short label, then its text after a run of spaces ("Aug       Syrian
# Foreign Minister ... visits Tehran and"), its later lines indented to that text
# ("          Qom; meets Khomeini.").
_HANGING_LABEL = re.compile(r"\S.{0,14}?\s{2,}(?=\S)")


def _hangs(text: str, prev_start: int, start: int) -> bool:
    """Whether the line at ``start`` is indented to the text of the labelled line before."""
    column = start - (text.rfind("\n", 0, start) + 1)
    if column < 4:
        return False
    label = _HANGING_LABEL.match(text, prev_start)
    prev_column = prev_start - (text.rfind("\n", 0, prev_start) + 1)
    return label is not None and prev_column + label.end() - prev_start == column


def _marked_heading(text: str, start: int, hints: dict[int, int]) -> int:
    if start in hints:
        return hints[start]  # 0 for an HTML list item or table cell
    found = _WIKI_HEADING.fullmatch(text) or _ATX_HEADING.fullmatch(text)
    if found:
        return len(found.group(1))
    return _FRAMED_LEVEL if _FRAMED_HEADING.fullmatch(text) else 0


def find_blocks(
    text: str, hints: dict[int, int] | None = None, *, markdown: bool = False, html: bool = False
) -> tuple[Block, ...]:
    """The prose and heading blocks of a decoded document, in order.

    ``hints`` maps a line's start offset to a heading level (HTML ``h1``-``h6``), or to
    0 for a list item or table cell, which is never promoted to a title. ``markdown``
    turns on fenced-code skipping.
    """
    hints = hints or {}
    lines = _lines(text)
    # HTML lines are block elements, never hard-wrapped prose.
    width = 0 if html else _wrap_width(lines)
    units = _units(text, lines, hints, markdown, width)
    _inventories(text, units)
    blocks = _resolve(text, units)
    matter = front_matter_end(text)
    if matter:  # a static site's "---" / "title: ..." / "---": no prose
        blocks = [b for b in blocks if b.start >= matter]
    return tuple(blocks)


def front_matter_end(text: str) -> int:
    """Where a Markdown file's YAML front matter ends (0 when it has none)."""
    matter = _FRONT_MATTER.match(text)
    return matter.end() if matter is not None else 0


# A Markdown file's YAML front matter: "---", "key: value" lines, "---".
_FRONT_MATTER = re.compile(
    r"\ufeff?---[ \t]*\n(?:[\w-]+[ \t]*:[^\n]*\n|[ \t]+[^\n]*\n){1,40}---[ \t]*\n"
)


def _units(
    text: str,
    lines: list[tuple[int, int, str, bool]],
    hints: dict[int, int],
    markdown: bool,
    width: int,
) -> list[_Unit]:
    metadata = key_value_runs(lines) | running_heads(lines)
    aligned = _aligned_rows(lines)
    delimited = _delimited_rows(lines)
    units: list[_Unit] = []
    infoboxes = _infobox_tables(lines)
    skip_level, skip_list, fenced = 0, False, False
    prev_text = ""
    for index, (start, end, line, blank) in enumerate(lines):
        if markdown and _FENCE.match(line):
            fenced = not fenced
            continue
        if " | " in line and _is_menu_row(line):
            units.append(_Unit(start, end, line, "drop"))  # a site's menu, set out with bars
            continue
        if index in delimited and not skip_level:
            # a data export's record ("09 April 2018,Explosions,...,T4 Airbase,...,"Missiles
            # hit ..."), in a fenced block too: a row of its own
            units.append(_Unit(start, end, line, "row"))
            prev_text = line
            continue
        level = _marked_heading(line, start, hints)
        if fenced or (skip_level and (not level or level > skip_level)):
            continue
        skip_level = 0
        if skip_list and _UNDERLINE.fullmatch(line) and len(line) >= 3:
            skip_list = False  # a rule closes a contents list ("In this issue" ... "-----")
            continue
        if skip_list and _CAPTION_LABEL.match(line):
            skip_list = False  # a page's picture, under its "Related Topics": the list is over
        if skip_list and (
            is_list_item(line)
            or len(line.split(None, 8)) <= 8
            or _REFERENCE_ENTRY.search(line)
            # (a headline under "Related:", however long: no full stop ends it)
            or (len(line.split(None, 20)) <= 20 and not ends_sentence(line) and "|" not in line)
        ):
            continue  # the items of an unmarked "References" list
        skip_list = False
        if level:
            if is_skip_section(_heading_words(line)):
                skip_level = level
            else:
                units.append(_Unit(start, end, line, "heading", level))
            continue
        if _UNDERLINE.fullmatch(line) and len(line) >= 3:
            _promote_setext(units, line, blank)
            continue
        if is_table_row(line) or _continues_table(line, units):
            # A row is a record of its own ("| 9 April 2018 | T-4 airbase | IRGC compound |"):
            # never joined to its neighbours, never a title.
            kind = "drop" if index in infoboxes or _is_infobox_row(line) else "row"
            units.append(_Unit(start, end, line, kind))
            prev_text = line
            continue
        if _TABLE_RULE.fullmatch(line) or _GRID_RULE.fullmatch(line):
            continue  # "|---|:---:|" under a Markdown header row, "-----+-----" in plain text
        if index in aligned:
            # a column-aligned row of a report's table, as pdftotext lays it out
            units.append(_Unit(start, end, line, "row"))
            prev_text = line
            continue
        if (index + 1 in aligned or index + 2 in aligned) and _TABLE_CAPTION.match(line):
            # "Table 1. Selected Israeli Strikes on Iranian-Linked Sites": what its rows record
            units.append(_Unit(start, end, line, "heading", 3))
            continue
        if index + 1 in aligned and not blank and units and _is_caption(units[-1]):
            units[-1].end, units[-1].text = end, text[units[-1].start : end]  # its 2nd line
            continue
        if index in metadata and _EVENT_FIELD.match(line):
            # a memorial's "Martyred: 7 October 2015, near Aleppo": a record of an event
            units.append(_Unit(start, end, line, "row"))
            prev_text = line
            continue
        if is_skip_section(line):
            skip_list = True  # (before the boilerplate test: "Related Coverage" is both)
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following is not None
            and not following[3]
            and _URL_LINE.fullmatch(following[2])
            # (a channel's message over its link is prose: "Funeral procession for the seven
            # IRGC officers in Tehran today, then the burial of Zahedi in Isfahan tomorrow.")
            and not _reads_as_prose(line)
        ):
            # "1. Israel Strikes Iranian Base Near Damascus | Site" over its link: a result's
            # or a link's title, not a sentence of the text: it heads what follows
            units.append(_Unit(start, end, line, "heading", 3))
            continue
        last = units[-1] if units else None
        if (
            last is not None
            and last.kind == "text"
            and not blank
            and _WRAPPED_YEAR.fullmatch(line)
            and _DATE_CUT.search(prev_text)
        ):
            # a wrapped date's year, its footnote glued on: "... on January 3," / "2020.45"
            last.end, last.text, last.lines = end, text[last.start : end], last.lines + 1
            prev_text = line
            continue
        if _YEAR_LINE.fullmatch(line):
            # "2017" over a timeline's "- 18 May: ..." items: the year they are in
            units.append(_Unit(start, end, line, "heading", 2))
            continue
        if index in metadata or is_boilerplate(line):
            units.append(_Unit(start, end, line, "drop"))
            continue
        lo, hi, listed = trim_line(start, line)
        listed = listed or start in hints
        last = units[-1] if units else None
        if (
            last
            and last.kind == "text"
            and not blank
            and (_joins(prev_text, line, width) or _hangs(text, lines[index - 1][0], start))
            and not (len(units) == 1 and _DESCRIPTOR.fullmatch(line))
        ):
            last.end, last.text, last.lines = hi, text[last.start : hi], last.lines + 1
        else:
            unit = _Unit(lo, hi, text[lo:hi], "text")
            unit.list_item = listed
            unit.caption = lo > start and is_told_caption(line)
            units.append(unit)
        prev_text = line
    return units


# What an encyclopedia prints under its title: "town, Syria", "city and port, Syria" (not a
# wrapped line of the title: it names a kind, then a country).
_DESCRIPTOR = re.compile(r"[a-z][a-z -]{1,40},\s*[A-Z][\w .-]{1,30}")


# A line that is only the year of a date the line above began, and what closes it.
_WRAPPED_YEAR = re.compile(r"\s*(?:1[6-9]|20)\d\d[.,;:)]?\d{0,3}\s*")
_DATE_CUT = re.compile(
    rf"\b(?:{lexicon.MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    rf"(?:\s+\d{{1,2}})?,?\s*$|\b\d{{1,2}}\s+{lexicon.MONTH_NAME}\s*$"
)


# A row of a table whose columns are aligned with spaces: at least two gaps of three
# spaces or more (or tabs) between cells, in a run of two such lines or more.
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t+)(?=\S)")
_TABLE_CAPTION = re.compile(r"\s*Table\s+\d+[.:]?\s+\S")
_MIN_ALIGNED_RUN = 2


def _delimited_rows(lines: list[tuple[int, int, str, bool]]) -> set[int]:
    """Indexes of the lines of a comma- or tab-separated table: a run of three lines or
    more that parse into the same number of fields, five at least (quoted fields may hold
    commas)."""
    rows: set[int] = set()
    run: list[int] = []
    width = 0
    for index, (_start, _end, line, blank) in enumerate([*lines, (0, 0, "", True)]):
        separators = max(line.count(","), line.count("\t"))
        fields = _field_count(line) if line and separators >= _MIN_FIELDS - 1 else 0
        if blank or fields < _MIN_FIELDS or fields != width:  # (a blank line ends a run)
            if len(run) >= _MIN_DELIMITED_RUN:
                rows.update(run)
            run, width = [], fields
        if fields >= _MIN_FIELDS:
            run.append(index)
    return rows


_MIN_FIELDS = 5
_MIN_DELIMITED_RUN = 3


def _field_count(line: str) -> int:
    if line.count("\t") >= _MIN_FIELDS - 1:
        return line.count("\t") + 1  # a tab-separated export
    try:
        return len(next(csv.reader([line]), []))
    except csv.Error:
        return 0


def _aligned_rows(lines: list[tuple[int, int, str, bool]]) -> set[int]:
    """Indexes of lines that are rows of a space-aligned table ("Feb. 10, 2018     T-4
    air base, Homs     Drone control unit") or of one whose cells a bar parts without a
    border ("Feb 10, 2018 | Drone control center | T-4 air base, Homs"): a run of lines
    with column gaps, two of them with two gaps or more (a cell may run into the next:
    "... Damascus IRGC ...")."""
    rows: set[int] = set()
    run: list[int] = []
    wide = 0
    for index, (_start, _end, line, blank) in enumerate([*lines, (0, 0, "", True)]):
        if line and set(line) <= _RULE_CHARS:
            continue  # the rule under a header row continues the run ("-----+-----" too)
        gaps = len(_COLUMN_GAP.findall(line)) if "   " in line or "\t" in line else 0
        if " | " in line and not line.startswith("|"):
            gaps += line.count(" | ")  # a plain-text table: "Feb 10, 2018 | T-4 air base"
        if blank or not gaps:
            if wide >= _MIN_ALIGNED_RUN:
                rows.update(run)
            run, wide = [], 0
        if gaps:
            run.append(index)
            wide += gaps >= 2
    return rows


# The fields of a biography's header that record an event, not a fact about a person.
_EVENT_FIELD = re.compile(
    r"[*_\s]*(?:martyred|killed|died|death|place\s+of\s+death|date\s+of\s+death|captured"
    r"|kidnapped|abducted|arrested|wounded|assassinated|executed|buried|burial|funeral"
    r"|resting\s+place)[*_]*\s*:\s*\S",
    re.IGNORECASE,
)


def _is_caption(unit: _Unit) -> bool:
    return (
        unit.kind == "heading" and unit.level == 3 and _TABLE_CAPTION.match(unit.text) is not None
    )


def _heading_words(line: str) -> str:
    return line.strip("=# \t")


def _reads_as_prose(line: str) -> bool:
    """A line longer than a title, or a sentence of several words that ends as one."""
    words = len(line.split(None, _MAX_TITLE_WORDS))
    return words > _MAX_TITLE_WORDS or (words >= _MIN_SENTENCE_WORDS and ends_sentence(line))


_MIN_SENTENCE_WORDS = 6


def _promote_setext(units: list[_Unit], line: str, blank: bool) -> None:
    """``Title`` over ``=====``/``-----`` is a Markdown heading; the rule is dropped."""
    last = units[-1] if units else None
    if last and not blank and last.kind == "text" and last.lines == 1:
        last.kind, last.level = "heading", 1 if line[0] == "=" else 2


def _prose_like(unit: _Unit) -> bool:
    if unit.lines > 1:
        return True
    # Counting stops past the title limit: paragraphs run to thousands of words.
    words = len(unit.text.split(None, _MAX_TITLE_WORDS))
    if (ends_sentence(unit.text) and words >= 3) or (unit.text[-1] == ":" and words >= 4):
        return True
    return words > _MAX_TITLE_WORDS


def _resolve(text: str, units: list[_Unit]) -> list[Block]:
    """Turn units into blocks: prose stays, title candidates become headings or go."""
    blocks: list[Block] = []
    for i, unit in enumerate(units):
        if unit.kind == "heading":
            blocks.append(Block(unit.start, unit.end, "heading", unit.level))
        elif unit.kind == "row":
            blocks.append(Block(unit.start, unit.end, "row"))
        elif unit.kind == "lead":
            blocks.append(Block(unit.start, unit.end, "lead"))
        elif unit.kind == "text" and (
            unit.caption or _prose_like(unit) or _BLOCK_QUOTE.match(text, _line_start(text, unit))
        ):
            # (a Markdown block quote is a passage quoted, never a title: an IDF statement
            # with no full stop inside its quotation marks)
            # ("Caption: Guards outside the shrine, Damascus, 10 January 2025.": the scene)
            blocks.append(Block(unit.start, unit.end, "prose"))
        elif unit.kind == "text" and _DEPLOYED_LINE.match(text, head := _line_start(text, unit)):
            # "Known locations: al-Mayadin, al-Quriyah", "HQ: Deir ez-Zor Military Airport":
            # a record of where a unit is (its label kept: a speaker's "HQ: " was trimmed)
            blocks.append(Block(head, unit.end, "row"))
        elif unit.kind == "text" and (credit := PHOTO_CREDIT.search(unit.text)):
            # A photo caption: what the picture shows is prose, its credit is not.
            blocks.append(Block(unit.start, unit.start + credit.start(), "prose"))
        elif unit.kind == "text":
            start, end = _title_span(unit)
            line = text[start:end]
            if line.endswith(("...", "…")) and reads_like_sentence(line):
                # A search snippet cut short ("… visited by thousands of pilgrims every
                # year..."), not a title: titles do not trail off.
                blocks.append(Block(start, end, "prose"))
            elif (not unit.list_item or _numbered_title(text, unit)) and _prose_follows(units, i):
                blocks.append(Block(start, end, "heading", 1 if not blocks else 2))
            elif reads_like_sentence(text[start:end]):
                blocks.append(Block(start, end, "prose"))
            elif unit.list_item and _is_record_item(unit.text):
                blocks.append(Block(unit.start, unit.end, "row"))
            elif unit.list_item and _led_in_by_a_sentence(text, units, i):
                # "The targets included:" then "- the Quds Force logistics headquarters
                # in al-Kiswah": the sentence's items, without verbs of their own
                blocks.append(Block(unit.start, unit.end, "row"))
    return blocks


def _led_in_by_a_sentence(text: str, units: list[_Unit], index: int) -> bool:
    """Whether the list item at ``index`` belongs to a sentence that ends in a colon."""
    for unit in reversed(units[:index]):
        if unit.kind == "text" and unit.list_item:
            continue  # an earlier item of the same list
        lead = _LAST_SENTENCE.split(unit.text)[-1]
        return (
            unit.kind == "text"
            and not unit.list_item
            and lead.endswith(":")
            and len(lead.split()) >= _MIN_LEAD_SENTENCE_WORDS
            and _FIELD_NAME.search(lead) is None
            and _LINKS_LEAD.search(lead[-60:]) is None
        )
    return False


_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_FIELD_NAME = re.compile(r"\S\s{2,}:$|\s:$")  # a record's "desc    :", not a sentence's

# A lead-in to links, not to what a sentence lists: "Read more on Syria:", "Related
# stories:", "Follow us on social media:".
_LINKS_LEAD = re.compile(
    r"(?i:\b(?:read|related|see\s+also|more\s+(?:on|from|about|stories|news)|recommended"
    r"|popular|trending|latest|follow|share|tags?|topics?|links?|subscribe|sign\s+up"
    r"|download|contents)\b)[^.:]*:$"
)


_DEPLOYED_LINE = re.compile(lexicon.DEPLOYMENT_LABEL)


def _line_start(text: str, unit: _Unit) -> int:
    return text.rfind("\n", 0, unit.start) + 1


_BLOCK_QUOTE = re.compile(r"[ \t]*>[ \t]*[\"“]?\w")
_URL_LINE = re.compile(r"\s*(?:https?://|www\.)\S+\s*")
# A line that is only a year or a span of years, as a timeline heads its entries: "2017",
# "2019:", "2011-2012", "Late 2017".
_YEAR_LINE = re.compile(
    r"[\s*_#]*(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?:1[5-9]|20)\d\d"
    r"(?:\s*[-–]\s*(?:(?:1[5-9]|20)\d\d|\d\d))?[\s*_:]*"
)


# An inventory's entry: "1. Tiyas (T4) airbase – Homs countryside – IRGC, Hezbollah",
# "- Mhardeh: observation point". Read like a table row, not dropped as a bare label.
_RECORD_SEPARATOR = re.compile(r"\s[–—-]\s|:\s|\s\|\s")
_RECORD_WORD = re.compile(
    r"\b(?:bases?|air\s?bases?|airfields?|airports?|military|points?|posts?|outposts?"
    r"|headquarters|HQ|depots?|warehouses?|camps?|garrisons?|barracks|compounds?"
    r"|facilit(?:y|ies)|shrines?|mosques?|mausoleums?|tombs?|positions?|brigades?"
    r"|militias?|IRGC|Hezbollah|Russian|Iranian|struck|strikes?|raids?)\b",
    re.IGNORECASE,
)
_MAX_RECORD_WORDS = 30


# An inventory: a list under a heading or a lead-in line that says its items are sites
# ("Map 2: Russian sites in Latakia and Tartus", "Iranian sites by governorate:"). Each
# item is a record, even a bare name ("- Jableh port") or a count ("- Damascus: 12
# sites") that would otherwise pass for a menu entry or a metadata field.
_INVENTORY = re.compile(
    r"\b(?:sites|locations|bases|air\s?bases|airfields|outposts|installations|garrisons"
    r"|(?:observation|military)\s+(?:posts|points|positions)|deployments|depots|camps"
    r"|facilities|shrines|positions|strongholds|areas\s+of\s+(?:operation|deployment))\b",
    re.IGNORECASE,
)
_MAX_LEAD_IN_WORDS = 10
_MIN_LEAD_SENTENCE_WORDS = 3  # "The targets included:", not a menu's "Share:"
_MAX_ITEM_WORDS = 20


def _inventories(text: str, units: list[_Unit]) -> None:
    """Mark the items of every inventory as rows, and a lead-in line as their lead."""
    inventory = False
    for index, unit in enumerate(units):
        if unit.kind == "heading":
            inventory = _INVENTORY.search(unit.text) is not None
        elif (
            (_is_lead_in(unit) or (inventory and _leads_in(unit)))
            and index + 1 < len(units)
            and _item(text, units[index + 1])
        ):
            # (under an inventory's heading any lead-in line leads its items: "Positions
            # reported by monitoring projects (2018-2023):")
            unit.kind, inventory = "lead", True
        elif inventory and (item := _item(text, unit)) is not None:
            # an item that tells what happened stays prose: "Adra; the tomb was desecrated"
            if len(item[2].split(None, _MAX_ITEM_WORDS)) <= _MAX_ITEM_WORDS and not (
                reads_like_sentence(item[2])
            ):
                unit.start, unit.end, unit.text, unit.kind = *item, "row"
        elif unit.kind != "drop":
            inventory = False


def _is_lead_in(unit: _Unit) -> bool:
    return _leads_in(unit) and _INVENTORY.search(unit.text) is not None


def _leads_in(unit: _Unit) -> bool:
    line = unit.text.rstrip()
    return (
        unit.kind == "text"
        and not unit.list_item
        and line.endswith(":")
        and len(line.split(None, _MAX_LEAD_IN_WORDS)) <= _MAX_LEAD_IN_WORDS
    )


def _item(text: str, unit: _Unit) -> tuple[int, int, str] | None:
    """(start, end, text) of a list item's entry without its bullet, if ``unit`` is one
    (a dropped line still has its bullet), and not a citation."""
    if unit.kind == "text" and unit.list_item:
        start, end = unit.start, unit.end
    elif unit.kind == "drop" and is_list_item(unit.text):
        start, end, _ = trim_line(unit.start, unit.text)
    else:
        return None
    entry = text[start:end]
    return None if _CITATION.search(entry) else (start, end, entry)


# A bibliography entry has the shape too: "The Russian Way of War in Syria (2020) - ISBN ..."
_CITATION = re.compile(r"\bISBN\b|\bdoi\b|https?://|www\.|\(\d{4}\)|\bpp?\.\s*\d", re.I)


def _is_record_item(line: str) -> bool:
    return (
        len(line.split(None, _MAX_RECORD_WORDS)) <= _MAX_RECORD_WORDS
        and _RECORD_SEPARATOR.search(line) is not None
        and _RECORD_WORD.search(line) is not None
        and _CITATION.search(line) is None
    )


# "1. Introduction", "2.3 Russian bases", "IV. Basing": a numbered section title, when
# prose (not the next item of a list) follows it.
_SECTION_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}\.)[ \t]+")
_MAX_NUMBERED_TITLE_WORDS = 8


def _numbered_title(text: str, unit: _Unit) -> bool:
    line_start = text.rfind("\n", 0, unit.start) + 1
    return (
        _SECTION_NUMBER.fullmatch(text, line_start, unit.start) is not None
        and unit.text[:1].isupper()
        and len(unit.text.split()) <= _MAX_NUMBERED_TITLE_WORDS
    )


def _title_span(unit: _Unit) -> tuple[int, int]:
    """A title line without its trailing ``- Site Name`` / ``| Site``."""
    cut = site_suffix_start(unit.text)
    return (unit.start, unit.start + cut) if cut is not None else (unit.start, unit.end)


def _prose_follows(units: list[_Unit], index: int) -> bool:
    """Prose (or a table) comes next; or, for a short line with a clock time, a heading
    over prose: a live entry's "Sat 30 Nov 2024 16.21 GMT" over its headline; or, for
    the document's first line, headings over prose: a timeline's title over "2015",
    "OCTOBER" and its entries."""
    line = units[index].text
    dated = len(line) <= _MAX_STAMP and _CLOCK_TIME.search(line) is not None
    title = index == 0
    for at, unit in enumerate(units[index + 1 :], start=index + 1):
        if unit.kind == "heading" and (dated or title):
            dated = False  # (one heading only, then what is under it)
            continue
        if title and _titles_prose(units, at):
            return True  # right over a line that heads prose: "2015", "OCTOBER", entries
        # (a site's name over a dropped address line is no title: "example.org › ...")
        title = False
        if unit.kind != "drop":
            return unit.kind == "row" or (unit.kind == "text" and _prose_like(unit))
    return False


def _titles_prose(units: list[_Unit], index: int) -> bool:
    """A timeline's year or month line ("2015", "OCTOBER", "NOVEMBER 2024") over prose."""
    unit = units[index]
    return (
        unit.kind == "text"
        and not unit.list_item
        and _CALENDAR_LINE.fullmatch(unit.text) is not None
        and _prose_follows(units, index)
    )


_CALENDAR_LINE = re.compile(f"{lexicon.YEAR_LINE}|{lexicon.MONTH_LINE}")


_CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
_MAX_STAMP = 60
