"""MediaWiki source ("Edit source" wikitext): a reading view with the markup blanked.

Offsets must index the document's text, so the wikitext is never rewritten. Instead
``reading_view`` gives a string of the same length in which markup that is no prose is
replaced by spaces, and the stages read that view (``Document.view``): every offset in it
is an offset in the text, only the characters differ.

* ``<ref>...</ref>``, ``<ref name=x />``, comments and templates (``{{cite news|...}}``,
  ``{{Infobox ...}}``, ``{{Coord|...}}``, ``{{reflist}}``) are blanked whole: citation
  titles and access dates are not the article's places and dates.
  ``{{convert|60|km|mi}}`` shows "60 km", ``{{flag|Russia}}`` "Russia".
* ``[[Mayadin|Al-Mayadin]]`` shows its label as a plain link ``[[Al-Mayadin]]`` (the
  target is blanked, the brackets move next to the label); ``[[Category:...]]`` goes;
  ``[[File:...|thumb|caption]]`` keeps its caption; ``[url label]`` keeps the label.
* ``'''bold'''`` and ``''italic''`` marks, other HTML tags and ``__MAGIC__`` words go; a
  numbered item's ``#`` reads as a bullet (it is no Markdown heading).
* A table ``{| ... |}`` shows each row as one Markdown-like line, ``| a | b | c |``
  (its caption line as a line of its own), so it reads as rows do elsewhere.

Headings (``==History==``) stay: the block finder reads them as they are.
"""

from __future__ import annotations

import re

__all__ = ["looks_like_wikitext", "reading_view"]

# Markers only wikitext has: a piped link or a reference tag.
_SURE_SIGN = re.compile(r"\[\[[^\[\]|\n]{1,200}\|[^\[\]\n]{1,200}\]\]|<ref[\s>/]")
# Markers that may also turn up elsewhere: wikitext has several kinds.
_SIGNS = ("[[", "{{", "'''", "\n==")
_MIN_SIGNS = 3


def looks_like_wikitext(text: str) -> bool:
    """Whether ``text`` holds MediaWiki source: a piped link or a <ref>, or three kinds
    of its markup. The substring tests come first: most documents stop there."""
    kinds = sum(1 for sign in _SIGNS if sign in text)
    if kinds >= _MIN_SIGNS:
        return True
    return ("[[" in text or "<ref" in text) and _SURE_SIGN.search(text) is not None


def reading_view(text: str) -> str:
    """``text`` with its wiki markup blanked (see the module docstring); same length."""
    view = list(text)
    for pattern in (_REF, _COMMENT):
        for found in pattern.finditer(text):
            _blank_inline(view, text, found.start(), found.end())
    _templates(text, view)
    _files(view)
    _links(view)
    for pattern in (_TAG, _EMPHASIS, _MAGIC_WORD):
        for found in pattern.finditer("".join(view)):
            _blank(view, found.start(), found.end())
    _tables(view)
    for found in _LIST_MARKS.finditer(text):
        if view[found.start()] == found.group()[0]:  # (not inside blanked markup)
            # "# item" is a numbered item, not a Markdown heading; ":" only indents
            marks = found.group().replace("#", "*").replace(":", " ")
            view[found.start() : found.end()] = marks
    return "".join(view)


# (a reference never holds a blank line: an unclosed one must not swallow the prose)
_REF = re.compile(
    r"<ref\b[^>\n]*?/>|<ref\b[^>]*>(?:(?!\n\s*\n).)*?</ref\s*>", re.IGNORECASE | re.DOTALL
)
_LIST_MARKS = re.compile(r"^[*#:;]*[#:][*#:;]*", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?/?>")
_EMPHASIS = re.compile(r"'{2,5}")
_MAGIC_WORD = re.compile(r"__[A-Z]{3,}__")


def _blank(view: list[str], start: int, end: int) -> None:
    """Spaces over ``view[start:end]``; line breaks stay, so lines keep their places."""
    for at in range(start, end):
        if view[at] != "\n":
            view[at] = " "


def _blank_inline(view: list[str], text: str, start: int, end: int) -> None:
    """Spaces over ``view[start:end]``, its line breaks too when it sits inside a line
    ("in Homs<ref>\n{{cite ...}}\n</ref> and Hama" stays one sentence)."""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        view[start:end] = " " * (end - start)
    else:
        _blank(view, start, end)


# --------------------------------------------------------------------------- templates

# Templates that show some of their parameters: (first, last) of them, 1-based.
_SHOWN_PARAMS = {
    "convert": (1, 2), "cvt": (1, 2),  # {{convert|60|km|mi}}: "60 km"
    "flag": (1, 1), "flagcountry": (1, 1), "flagu": (1, 1),
    "nowrap": (1, 1), "nobr": (1, 1),
}  # fmt: skip
# {{convert|3|to|5|km}}: a range shows four.
_RANGE_WORDS = frozenset({"-", "–", "to", "and", "or", "by", "x"})
_BRACES = re.compile(r"\{\{|\}\}")


def _templates(text: str, view: list[str]) -> None:
    """Blank every outermost ``{{...}}``, save the parameters a few of them show."""
    depth, start = 0, 0
    for found in _BRACES.finditer(text):
        if found.group() == "{{":
            if depth == 0:
                start = found.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                _template(text, view, start, found.end())


def _template(text: str, view: list[str], start: int, end: int) -> None:
    inner = text[start + 2 : end - 2]
    params = _split_params(inner, start + 2)
    name = inner[: params[0][1] - start - 2].strip().lower()
    shown = _SHOWN_PARAMS.get(name)
    _blank_inline(view, text, start, end)
    if shown is None or "{{" in inner:
        return
    first, last = shown
    if len(params) <= last:
        return  # a parameter missing: nothing worth showing
    range_ = len(params) > 4 and text[slice(*params[2])].strip() in _RANGE_WORDS
    if name in ("convert", "cvt") and range_:
        last = 4
    for lo, hi in params[first : last + 1]:
        view[lo:hi] = text[lo:hi]


def _split_params(inner: str, offset: int) -> list[tuple[int, int]]:
    """Spans of a template's name and parameters (pipes inside ``[[...]]`` do not part)."""
    spans, begin, depth = [], 0, 0
    for at, char in enumerate(inner):
        if inner.startswith("[[", at):
            depth += 1
        elif inner.startswith("]]", at) and depth:
            depth -= 1
        elif char == "|" and not depth:
            spans.append((offset + begin, offset + at))
            begin = at + 1
    spans.append((offset + begin, offset + len(inner)))
    return spans


# --------------------------------------------------------------------------- links

_FILE = re.compile(r"\[\[\s*(?:File|Image)\s*:", re.IGNORECASE)
_FILE_OPTION = re.compile(
    r"\s*(?:thumb|thumbnail|frame|frameless|border|left|right|center|centre|none|upright"
    r"(?:[= ]?[\d.]+)?|\d*x?\d+px|(?:alt|link|lang|page|class|upright)\s*=.*)\s*",
    re.IGNORECASE,
)
_CAPTION_LABEL = "Caption: "  # fits: "[[File:" and a name and a pipe come before it
_PIPED = re.compile(r"\[\[([^\[\]|\n]*)\|([^\[\]\n]*)\]\]")
_NO_TEXT_LINK = re.compile(r"\[\[\s*(?:Category|[a-z]{2,3}(?:-[a-z]+)?)\s*:[^\[\]\n]*\]\]")
_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\]]+(\s+[^\]\n]*)?\]")


def _files(view: list[str]) -> None:
    """``[[File:x.jpg|thumb|Caption with [[links]]]]``: the caption alone stays."""
    text = "".join(view)
    for found in _FILE.finditer(text):
        end = _closing(text, found.start())
        if end is None:
            continue
        params = _split_params(text[found.start() + 2 : end - 2], found.start() + 2)
        caption = params[-1] if len(params) > 1 else None
        if caption is not None and _FILE_OPTION.fullmatch(text, *caption):
            caption = None
        _blank(view, found.start(), end)
        if caption is not None:
            view[caption[0] : caption[1]] = text[caption[0] : caption[1]]
            line_start = text.rfind("\n", 0, found.start()) + 1
            room = caption[0] - found.start()
            if room >= len(_CAPTION_LABEL) and not text[line_start : found.start()].strip():
                # a picture on a line of its own: its caption reads as captions do
                # elsewhere ("Caption: Guards outside the shrine, 10 January 2025")
                view[caption[0] - len(_CAPTION_LABEL) : caption[0]] = _CAPTION_LABEL


def _closing(text: str, start: int) -> int | None:
    """End of the ``[[...]]`` opening at ``start``, nested links counted."""
    depth, at = 0, start
    while at < len(text) - 1:
        pair = text[at : at + 2]
        if pair == "[[":
            depth, at = depth + 1, at + 2
        elif pair == "]]":
            depth, at = depth - 1, at + 2
            if depth == 0:
                return at
        elif text[at] == "\n" and text[at + 1] == "\n":
            return None  # a link never spans paragraphs
        else:
            at += 1
    return None


def _links(view: list[str]) -> None:
    text = "".join(view)
    for found in _NO_TEXT_LINK.finditer(text):
        _blank(view, found.start(), found.end())
    for found in _PIPED.finditer(text):
        label_start, label_end = found.span(2)
        if not text[label_start:label_end].strip():
            continue  # the pipe trick "[[Mayadin|]]": rare, left as it is
        # "[[Mayadin|Al-Mayadin]]" -> "        [[Al-Mayadin]]": the list and place readers
        # know a plain link; the target is no word of the sentence.
        _blank(view, found.start(), label_start - 2)
        view[label_start - 2 : label_start] = "[["
    for found in _EXTERNAL.finditer(text):
        label = found.group(1)
        if label and label.strip():
            _blank(view, found.start(), found.start(1))
            _blank(view, found.end() - 1, found.end())
        else:
            _blank(view, found.start(), found.end())


# --------------------------------------------------------------------------- tables

_TABLE_START = re.compile(r"^[ \t]*\{\|", re.MULTILINE)


def _tables(view: list[str]) -> None:
    """Each row of a ``{| ... |}`` table on one line: ``| a | b | c |``."""
    text = "".join(view)
    for found in _TABLE_START.finditer(text):
        _table(view, text, found.start())


def _table(view: list[str], text: str, start: int) -> None:
    lines = _lines_from(text, start)
    _blank(view, *lines[0])  # "{| class=wikitable"
    row: list[tuple[int, int]] = []  # the cell lines of the current row
    for lo, hi in lines[1:]:
        line = text[lo:hi].lstrip()
        at = hi - len(text[lo:hi].lstrip())
        if line.startswith(("|-", "|}")):
            _close_row(view, text, row, at)
            row = []
            _blank(view, at + 2, hi)
            if line.startswith("|}"):
                return
            continue
        if line.startswith("|+"):
            _blank(view, at, at + 2)  # the caption: a line of its own, a title
        elif line.startswith(("|", "!")):
            _cells(view, text, at, hi)
            row.append((at, hi))
        elif row:
            row.append((lo, hi))  # a cell's text that runs on to the next line


def _lines_from(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of every line from ``start`` to the table's end (or the text's)."""
    spans, lo = [], start
    while lo < len(text):
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        spans.append((lo, hi))
        if text[lo:hi].lstrip().startswith("|}"):
            break
        lo = hi + 1
    return spans


def _cells(view: list[str], text: str, start: int, end: int) -> None:
    """One line of cells: "! a !! b" or "| a || b", attributes ("style=x |") blanked."""
    view[start] = "|"
    bounds = [start + 1]
    for found in re.finditer(r"\|\||!!", text[start:end]):
        view[start + found.start()] = " "
        view[start + found.start() + 1] = "|"
        bounds.append(start + found.end())
    for lo, hi in zip(bounds, [b - 2 for b in bounds[1:]] + [end], strict=True):
        pipe = "".join(view[lo:hi]).find("|")
        if pipe >= 0:
            _blank(view, lo, lo + pipe + 1)  # the cell's attributes


def _close_row(view: list[str], text: str, row: list[tuple[int, int]], at: int) -> None:
    """Join the row's lines into one and close it with a bar where the "|-" was."""
    if not row:
        return
    for _lo, hi in row[:-1]:
        view[hi] = " "  # the line break between two cell lines
    newline = row[-1][1]
    if newline + 1 == at and text[at] == "|":
        # "... 18\n|-" -> "... 18 |\n": the bar closes the row, the break moves right
        view[newline], view[at], view[at + 1] = " ", "|", "\n"
