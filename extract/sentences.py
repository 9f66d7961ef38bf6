"""Step 2 of the pipeline: split a document's blocks into sentences.

``split_sentences(doc)`` walks ``doc.blocks`` in order. A heading block becomes one
``Sentence(is_heading=True)`` spanning the whole heading line (``==History==`` included,
because ``Sentence.text`` must equal ``doc.text[start:end]``); it opens a new section.
A table row block is one sentence (``is_row``).
Prose blocks are cut at sentence boundaries by a hand-written scanner (a regex finds
the candidates, a few rules veto them), which runs at tens of MB/s where a blank spaCy
pipeline manages about one.

Numbering and headings, as the date stage reads them:

* ``section`` is 0 before the first heading and goes up by one at every heading, of any
  level; a heading sentence carries the number of the section it opens.
* ``paragraph`` is the 0-based index of the prose block; a heading sentence carries the
  index the next prose block will get.
* ``heading`` is the *cleaned* title of the latest heading (``2000s–2011`` for
  ``===2000s–2011===``, ``History`` for ``## History ##``), None before the first one;
  a heading sentence carries its own title. The raw line is the heading sentence's text.

A boundary is ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) followed
by whitespace and a capital, digit, opening quote or bracket, or by an ellipsis that
starts a new fragment; or, as posts write, a plain word, a full stop and a lower-case
word (``at dawn. residents celebrating``; not after ``etc.`` or ``incl.``).
It is vetoed after abbreviations (``Mr.``, ``Gen.``, ``U.S.``,
``e.g.``, ``Jan.``, ``No. 5``), after single-letter initials (``A. B. Smith``,
``U. S. Secretary``), and inside a quotation that closes later in the same block. A
period glued to a capitalised word (``republic.Overview``) is also a boundary when the
word before it is a plain lower-case word, a common defect of scraped text, and a
heading that lost its line break (``Military Support The Iranian regime's ...``: up to
five capitalised words, then ``The``/``In``/``According``...) becomes its own sentence.
Citation marks after a full stop (``.[47]``) belong to neither sentence, and spans with
no word character (a lone ``...``) are not sentences.

No sentence is longer than ``MAX_SENTENCE`` characters: a longer run (a list of names
with no full stop, a pdftotext table, a pasted CSV line) is cut at its last clause break
(``;``, a line break, ``,``) or space before that length. Real sentences stay well under
it (the longest in some 400 probe documents has 646), and the event rules, which look
back over the sentence from every place in it, would otherwise take time that grows with
the square of its length: a 1 MB line of names ran for minutes.
"""

from __future__ import annotations

import re

from extract.records import Block, Document, Sentence

__all__ = ["MAX_SENTENCE", "heading_title", "split_sentences"]

MAX_SENTENCE = 1500

# Abbreviations that never end a sentence (compared lower-cased, without the period).
_ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col"),
        *("maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "gov", "sen"),
        *("rep", "pres", "amb", "hon", "rev", "fr", "sr", "jr", "st", "mt", "ft", "vs", "v"),
        *("cf", "al", "approx", "dept", "est", "inc", "ltd", "corp", "co", "bros", "fig"),
        *("figs", "vols", "ed", "eds", "ch", "sec", "para", "ca", "op"),
        # a transliterated Arabic name's "son/daughter of": "al-Husayn b. ʿAli", "Zaynab bt. ʿAli"
        *("b", "bt"),
    }
)
# Abbreviations that only stay attached before a number: "No. 5", "p. 12", "pp. 3-9".
# ("c. 1450 BCE"; a life's "d. 1952", a reign's "r. 1970-2000", "fl. 1200")
_BEFORE_NUMBER = frozenset({"no", "nos", "p", "pp", "art", "vol", "c", "d", "r", "fl"})
_MONTHS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
_OPENERS = "\"'“‘«([¿¡*_"  # quotes, brackets and Markdown emphasis ("**Jan. 22**")
# Terminal marks, closing quotes/brackets, then citation marks ("[47]", Markdown's "[^3]",
# a UN report's "(12)", a hearing record's "\1\", a superscript "³", or a footnote number
# glued to the stop before a capital: "into Iraq.4 Opposition";
# left out of both sentences), then whitespace or a glued capitalised word.
_CANDIDATE = re.compile(
    r"""([.!?…]+)(["'”’»)\]*_]*)((?:\[\^?[\w-]{1,12}\]|\(\d{1,3}\)|\\\d{1,3}\\|[¹²³⁴⁵⁶⁷⁸⁹⁰]+"""
    # an encyclopedia's maintenance tag: "[citation needed]", "[when?]", "[dubious – discuss]"
    r"""|\[(?:[a-z]+(?:\s+[a-z]+){0,3}\?|(?:citation|clarification|verification|page|year"""
    r"""|better\s+source|full\s+citation)\s+needed|dubious(?:\s+[–—-]\s+discuss)?"""
    r"""|unreliable\s+source\??|not\s+in\s+citation\s+given|failed\s+verification)\]"""
    r"""|\d{1,3}(?=\s+[A-Z]))*)"""
    r"(\s+|(?=[A-Z][a-z]))"
)
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d$")
_DAY_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d$"
)
# A heading that lost its line break: "Military Support The Iranian regime's support".
# Up to five capitalised words, then a word that typically opens a sentence, then more.
_FOLLOWERS = (
    *("The", "A", "An", "In", "On", "At", "This", "These", "Those", "Since", "During"),
    *("After", "Before", "When", "While", "Although", "However", "According"),
)
_FOLLOWER_SET = frozenset(_FOLLOWERS)
_GLUED_TITLE = re.compile(
    r"(?=[A-Z][\w'’-]*\s+[A-Z])((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+"
    rf"(?=(?:{'|'.join(_FOLLOWERS)})\s+\S+\s+\S+\s+\S+)"
)
_HAS_WORD = re.compile(r"\w")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # U.S, e.g, i.e, a.m
_QUOTE_REACH = 600  # how far ahead a closing quote may be and still hold a sentence open
_HEADING_MARKS = re.compile(r"^\s*(?:={1,6}|#{1,6})\s*|\s*(?:={1,6}|\s#+)\s*$")


def heading_title(line: str) -> str:
    """A heading line without its wiki ``=``, Markdown ``#`` or ``**bold**`` markers."""
    title = _HEADING_MARKS.sub("", line).strip()
    if len(title) > 4 and title[:2] in ("**", "__") and title.endswith(title[:2]):
        title = title[2:-2].strip()
    return title or line.strip()


def split_sentences(doc: Document) -> list[Sentence]:
    """The sentences (and headings) of ``doc.blocks``, in document order."""
    out: list[Sentence] = []
    section = paragraph = 0
    heading: str | None = None
    lead: str | None = None
    for block in doc.blocks:
        if block.kind == "heading":
            lead = None
            section += 1
            span = _stripped(doc.text, block.start, block.end)
            if span is None:
                continue
            raw = doc.text[span[0] : span[1]]
            heading = heading_title(raw)
            out.append(Sentence(span[0], span[1], raw, paragraph, section, heading, True))
            continue
        if block.kind == "row":  # a table row is one record, whatever stops it holds
            for start, end in _capped(doc.text, block.start, block.end):
                row = Sentence(start, end, doc.text[start:end], paragraph, section,
                               lead or heading, is_row=True)  # fmt: skip
                out.append(row)
        else:
            for start, end in _spans(doc.text, block):
                out.append(Sentence(start, end, doc.text[start:end], paragraph, section, heading))
            # the rows after a lead-in line are records of what it names
            lead = doc.text[block.start : block.end].strip() if block.kind == "lead" else None
        paragraph += 1
    return out


def _stripped(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without surrounding whitespace, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _ends_word(char: str) -> bool:
    return char.isalpha() or char in ")]\"'”’"


def _spans(text: str, block: Block) -> list[tuple[int, int]]:
    """Sentence spans of one prose block, as document offsets."""
    chunk = text[block.start : block.end]
    size = len(chunk)
    spans: list[tuple[int, int]] = []
    begin = 0
    quotes = _QuoteState(chunk)
    # One loop with the common case inline: this runs once per sentence of the corpus.
    for found in _CANDIDATE.finditer(chunk):
        dot, bare_end = found.span(1)
        stop, resume = found.end(2), found.end(4)
        if resume >= size:
            continue
        nxt = chunk[resume]
        if found.end(3) == resume and not _glued_boundary(chunk, dot, found.group(1)):
            continue
        if (
            found.group(3)[-1:].isdigit()
            and not _ends_word(chunk[dot - 1 : dot])
            and not _YEAR_BEFORE.search(chunk, max(0, dot - 6), dot)
            and not _DAY_BEFORE.search(chunk, max(0, dot - 16), dot)
        ):
            continue  # "33.42 Mb": a decimal, not a footnote after a word or a year
            # (a PDF's "operational in 1977.5 The Soviet Navy ..." is a footnote, and a
            # report's "through December 31.1 The attacks")
        if not (
            nxt.isupper()
            or nxt.isdigit()
            or nxt in _OPENERS
            or _starts_other(nxt)
            or (nxt.islower() and _lower_case_start(chunk, dot, found))
        ):
            continue
        # A lone "." with no quote or citation after it may belong to an abbreviation.
        lone_dot = bare_end - dot == 1 and chunk[dot] == "." and found.end(3) == bare_end
        if lone_dot and _abbreviation(chunk, dot, nxt):
            continue
        if quotes.quoted and quotes.inside(stop):
            continue
        _add(chunk, begin, stop, spans)
        begin = resume
    _add(chunk, begin, size, spans)
    start = block.start
    return [(start + a, start + b) for a, b in spans]


def _add(chunk: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the trimmed span, split off a glued title, skip spans with no words."""
    span = _stripped(chunk, start, end)
    if span is None:
        return
    if not chunk[span[0]].isalnum() and not _HAS_WORD.search(chunk, span[0], span[1]):
        return
    title = _GLUED_TITLE.match(chunk, span[0], span[1])
    if title and _FOLLOWER_SET.isdisjoint(title.group(1).split()):
        spans.append((span[0], title.end(1)))
        span = (title.end(), span[1])
    spans.extend(_capped(chunk, *span))


# Where an over-long run may be cut, best first: a clause break, then any space.
_CUTS = (re.compile(r"[;\n]\s*"), re.compile(r",\s+"), re.compile(r"\s+"))


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start:end`` cut into pieces of at most ``MAX_SENTENCE`` characters."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = None
        for pattern in _CUTS:
            # the last break in the second half, so no piece is needlessly short
            for found in pattern.finditer(text, start + MAX_SENTENCE // 2, limit):
                cut = found
            if cut is not None:
                break
        stop, resume = (cut.start(), cut.end()) if cut is not None else (limit, limit)
        pieces.append((start, stop))
        start = resume
    if start < end:
        pieces.append((start, end))
    return pieces


class _QuoteState:
    """Whether a position sits inside a quotation that closes later in the block.

    Counts are carried forward incrementally so a block is scanned once, however many
    candidate boundaries it has.
    """

    __slots__ = ("chunk", "curly", "pos", "quoted", "straight")

    def __init__(self, chunk: str) -> None:
        self.chunk = chunk
        self.pos = 0
        self.straight = 0
        self.curly = 0
        self.quoted = '"' in chunk or "“" in chunk or "«" in chunk

    def inside(self, at: int) -> bool:
        seen = self.chunk[self.pos : at]
        self.pos = at
        self.straight += seen.count('"')
        opened = seen.count("“") + seen.count("«")
        self.curly = max(0, self.curly + opened - seen.count("”") - seen.count("»"))
        reach = at + _QUOTE_REACH
        # An unmatched quote (common in scraped text) must not swallow the block, so
        # a quotation only holds the sentence open when its closing mark is in sight.
        if self.straight % 2 and self.chunk.find('"', at, reach) != -1:
            return True
        return self.curly > 0 and (
            self.chunk.find("”", at, reach) != -1 or self.chunk.find("»", at, reach) != -1
        )


def _starts_other(nxt: str) -> bool:
    """Sentence starts other than a capital, digit or opening quote."""
    if nxt in "….":
        return True  # "... reported by" after a full stop starts a new snippet fragment
    return nxt.isalpha() and not nxt.islower()  # scripts without case (Arabic, CJK)


def _token_before(chunk: str, end: int) -> str:
    start = max(chunk.rfind(" ", 0, end), chunk.rfind("\n", 0, end), chunk.rfind("\t", 0, end))
    return chunk[start + 1 : end].lstrip(_OPENERS)


_NEXT_SENTENCE = re.compile(r"\s+[A-Z][a-z]+\b(?!\s+time\b)")
_OPENING_CLOCK = re.compile(
    r"\s*[\"“]?(?:(?:At|By|Around|About|Until|From|Shortly\s+(?:after|before)"
    r"|Just\s+(?:after|before))\s+)?(?:around\s+|about\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m"
)


def _abbreviation(chunk: str, dot: int, nxt: str) -> bool:
    token = _token_before(chunk, dot)
    if not token:
        return False
    lower = token.lower()
    if lower in ("a.m", "p.m"):
        # "shortly after 10 a.m. By 3 p.m. he was inside": a capitalised word after the
        # clock time opens the next sentence (not "10 a.m. GMT", "9 a.m. Damascus time");
        # but a clock time that opens its sentence is no sentence ("At 11:30 p.m. Israeli
        # jets struck ...")
        opened = max(chunk.rfind(". ", 0, dot), chunk.rfind("\n", 0, dot)) + 1
        if _OPENING_CLOCK.fullmatch(chunk, opened, dot) is not None:
            return True
        return _NEXT_SENTENCE.match(chunk, dot + 1) is None
    if lower in _ABBREVIATIONS or token in _MONTHS:
        return True
    if lower in _BEFORE_NUMBER and nxt.isdigit():
        return True
    if len(token) == 1 and token.isupper():
        return True  # an initial: "A. B. Smith", "U. S. Secretary"
    return "." in token and _DOTTED.fullmatch(token) is not None


# Short forms a lower-case word may follow: "tanks, trucks etc. were seen", "incl. near".
_BEFORE_LOWER = frozenset(
    {"etc", "incl", "excl", "esp", "viz", "resp", "ibid", "govt", "univ", "intl", "natl"}
)


def _lower_case_start(chunk: str, dot: int, found: re.Match[str]) -> bool:
    """A post that starts its sentences in lower case ("withdrew from al-Bukamal at dawn.
    residents celebrating"): a full stop right after a plain word, then a plain word."""
    if found.group(1) not in (".", "!", "?") or found.group(2) or found.group(3):
        return False
    token = _token_before(chunk, dot)
    if not (len(token) >= 3 and token.isalpha() and (token.islower() or token.istitle())):
        return False
    lower = token.lower()
    if lower in _BEFORE_LOWER or lower in _ABBREVIATIONS or token in _MONTHS:
        return False
    return _WORD_AFTER.match(chunk, found.end(4)) is not None


_WORD_AFTER = re.compile(r"[a-z]{2,}\b(?![.-]\w)")


def _glued_boundary(chunk: str, dot: int, punct: str) -> bool:
    """``republic.Overview``: only after a plain lower-case word, never in a URL."""
    if punct not in (".", "!", "?"):
        return False
    token = _token_before(chunk, dot)
    return len(token) >= 3 and token.isalpha() and token.islower()
