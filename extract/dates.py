"""Stage 4: temporal expressions, found in sentences and resolved to ``DateSpan`` records.

``find_dates`` finds the explicit, fully resolved dates in one string ("16 June 2006",
"In May 2023", "between 1986 and 1988", "the 1980s", "539 BCE", "the spring of 2015").
``resolve_dates`` walks a whole document's sentences in order: a date without a year
("in late August", "From July 24 to July 26") takes the year of the nearest earlier
explicit date in the same section, else of the section heading, and records it in
``anchor``; a sentence with no date of its own inherits the paragraph's last date, else
the heading's years, else (in a news story's lead, told in the past tense, before the
story turns to another year or a new section) the page's day. The events stage reads both.

A span's words include the preposition and modifier that lead into it ("In late June
2011", "throughout the 1980s") but not a lone "the" ("the 2006 Lebanon War" gives
"2006"). The anchor of a year-less date is the nearest earlier explicit date of its
section, which must name a single year (after "between 1986 and 1988", "in August" is
ambiguous and dropped); months do not roll over into the next year.

Conventions (the GeoJSON contract relies on them):

* Years are ``YYYY`` (``0609``); a BCE year is a plain negative number (``-539``), with
  no year zero. Each end of a range keeps its own precision (``2011-03`` .. ``2011-05``).
* A period of Syria's history is the range its rulers held it ("the Ottoman period"
  1516-1918, "the French Mandate" 1920-1946); "early"/"late" take its first/last third.
* Seasons are meteorological: spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov;
  ``winter 2016`` is Jan-Feb 2016 (kept inside its year), ``winter of 2016-17`` is
  Dec 2016 - Feb 2017.
* Decades keep the whole decade even when early/mid/late narrows the words ("the
  mid-to-late 1980s" is 1980..1989). ``the 1800s`` is 1800..1899, precision century
  (but ``the 2000s`` is a decade).
  Centuries are strict: the 10th century is 901..1000, the 5th century BCE -500..-401.
* ``2024-present`` is an open range: ``date_end`` and ``year_end`` are None, because we
  never invent the current year. ``from 2011 onward`` is the year 2011.
* Relative expressions ("last year", "3 weeks ago") are skipped. "before 1979",
  "prior to 1979" and "pre-1979" give no date: the year bounds the event, it is not when
  it happened. A year-less date with no anchor is dropped (the sentence then inherits).
* A bare number is a year only in a date-like context: a preposition or early/mid/late
  before it; ``the``, ``of``, ``year(s)`` or a possessive before a four-digit year;
  parentheses around it; a list after another year; or a heading. Never before a count
  noun ("1500 troops"), never inside a longer number, code or page reference. Bare years
  run 1000..2100; three-digit years need an era (``AD 609``) or a preposition and
  punctuation after; years with an era marker go back to 3000 BCE.
* Month names are case-sensitive ("it may", "the march" are never dates); a month alone
  needs a preposition or early/mid/late before it; an abbreviation alone never counts.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import NamedTuple

from extract import lexicon
from extract.boilerplate import (
    METADATA_KEYS,
    PHOTO_CREDIT,
    ends_sentence,
    is_list_item,
    snippet_date,
)
from extract.clauses import dependent_clauses, in_relative_clause, is_background_date
from extract.records import DateSpan, Sentence

__all__ = [
    "SentenceDates",
    "document_date",
    "find_dates",
    "post_stamps",
    "resolve_dates",
    "source_date",
]

_YMD = tuple[int | None, int | None, int | None]

MIN_YEAR = -3000  # BCE years need an era marker; older dates are out of scope
MAX_YEAR = 2100
MAX_RANGE_YEARS = 500  # a longer "1200-1800" is more likely a quantity than a period

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = frozenset(calendar.month_name[1:])
_SEASONS = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (1, 2),
}  # fmt: skip
_ORDINALS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
    *("seventeenth", "eighteenth", "nineteenth", "twentieth"),
)

# --- regular expressions (compiled once; each branch starts with a digit or a capital so
# the scanner skips plain prose quickly; boundaries are checked in Python) ---------------
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # capitals, as bylines write them: "Published: MAY 14, 2022"
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?"
    # lower case, as informal posts write them ("10 feb 2018", "dec 8 2024"): only with a
    # day or a year (see _calendar_atom)
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:st|nd|rd|th)?"
_YEAR4 = r"[12][0-9]{3}(?![0-9])"
# A three-digit year after a month, where punctuation or an era closes it: "in October
# 680," (not "in March 500 fighters").
_YEAR3_CLOSED = (
    r"[1-9][0-9]{2}(?![0-9])"
    # ("July 657 (37 AH)": another calendar's year in brackets closes it too)
    r"(?=[,;:)]|\.(?!\d)|\s*\(|\s?(?:AD|CE|BCE|BC|A\.D\.|C\.E\.|B\.C\.)(?!\w))"
)
_ERA = r"(?:BCE\b|BC\b|B\.C\.(?:E\.)?|AD\b|A\.D\.|CE\b|C\.E\.)"
_DASH = r"\s?[–—‒―−-]\s?"
_DAY_TO = rf"(?:{_DASH}|\s+(?:to|and|until|till|through)\s+)"  # "14 and 16 June", "June 14-16"

_MASTER = re.compile(
    rf"(?P<iso>(?P<iso_y>{_YEAR4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12][0-9]|3[01])"
    r"(?![0-9-])"
    # year first with slashes or dots, as Arabic outlets date pages: "2025/08/17" (not a
    # link's path: "/2025/08/17/slug")
    rf"|(?<![/\w.])(?P<iso_y2>{_YEAR4})(?P<iso_sep>[/.])(?P<iso_m2>0[1-9]|1[0-2])(?P=iso_sep)"
    r"(?P<iso_d2>0[1-9]|[12][0-9]|3[01])(?![0-9/.]?\w))"
    rf"|(?P<cen>(?P<cen_n>[0-9]{{1,2}})(?:st|nd|rd|th)[\s-]+[Cc]entur(?:y|ies)\b"
    rf"(?:\s?(?P<cen_e>{_ERA}))?)"
    # ("the 20th day of April, 2022": a legal instrument's date)
    rf"|(?P<dm>(?P<dm_d>{_DAY})(?:{_DAY_TO}(?P<dm_d2>{_DAY}))?(?:\s+(?:day\s+)?of)?\s+(?P<dm_m>{_MONTH})"
    rf"(?:,?\s+(?P<dm_y>{_YEAR4}|{_YEAR3_CLOSED})(?:\s?(?P<dm_e>{_ERA}))?)?)"
    # "July, 27, 2023 - 15:48" (a news agency's byline): the comma only before day and year
    rf"|(?P<md>(?P<md_m>{_MONTH})(?:,(?=\s+{_DAY},\s+{_YEAR4}))?(?:\s+(?P<md_d>{_DAY})(?![0-9]|:[0-9])(?:{_DAY_TO}(?P<md_d2>{_DAY})(?![0-9]|:[0-9]))?)?"
    rf"(?:,?\s+(?:of\s+)?(?P<md_y>{_YEAR4}|{_YEAR3_CLOSED})(?:\s?(?P<md_e>{_ERA}))?)?)"
    r"|(?P<ad>(?:AD|A\.D\.)\s?(?P<ad_y>[1-9][0-9]{0,3})(?![0-9]))"
    r"|(?P<yr>(?P<yr_a>[1-9][0-9]{2,3})(?![0-9])(?P<yr_as>['’]?s\b)?"
    rf"(?:(?P<yr_dash>{_DASH})(?:(?P<yr_b>[0-9]{{2,4}})(?![0-9])(?P<yr_bs>['’]?s\b)?"
    r"|(?P<yr_open>present|now|today)\b))?"
    rf"(?:\s?(?P<yr_e>{_ERA}))?)"
    # a year of one or two digits only with its era after it: "41 BCE", "32 CE"
    rf"|(?P<ey>(?P<ey_y>[1-9][0-9]?)\s?(?P<ey_e>{_ERA}))"
)
_SEASON = re.compile(
    r"(?i:(?P<se>spring|summer|autumn|fall|winter)(?:time)?)\b"
    rf"(?:(?:\s+(?i:of|in|out[\s-]of))?\s+(?P<se_y>{_YEAR4})(?:[–—/-](?P<se_y2>[0-9]{{2,4}})(?![0-9]))?)?"
)
_WORD_CENTURY = re.compile(
    r"(?i:(?P<wc>twenty[\s-]first|" + "|".join(_ORDINALS) + r")[\s-]+centur(?:y|ies))\b"
    rf"(?:\s?(?P<wc_e>{_ERA}))?"
)
# Cheap triggers, one pass each: every alternation of them in one pattern defeats the
# regex engine's fast skip and runs several times slower than the four passes together.
_TRIGGERS = (
    (re.compile(r"[0-9][0-9]*"), _MASTER),  # faster than [0-9]+ in CPython's re
    (
        re.compile(
            r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|A\.?D\b"
            r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
        ),
        _MASTER,
    ),
    # Lower case only before a number ("dec 8 2024"; "8 dec" starts at its digit), on a
    # pattern of its own: in the alternation above it made the scan ten times slower.
    (
        re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?=[a-z]*\.?,?\s+\d)"),
        _MASTER,
    ),
    (re.compile(r"[sSfFaAwW](?:pring|ummer|utumn|all|inter)"), _SEASON),
)
_CENTURY_TRIGGER = re.compile(r"[Cc]entur")
# The words before a date ("In the mid-to-late", "By the end of the", "As of"), read
# backwards: the regex runs on the reversed text before the date and is anchored there,
# which is one attempt instead of a search through the window.
_M_R = r"(?:retal|etal|dim|ylrae)"  # later, late, mid, early
_RCTX = re.compile(
    # the word right before: the, of, year(s), by, or a possessive ("Syria's 2011 ...")
    r"(?:(?=\s+(?:(?P<last>eht|fo|s?raey|yb|na|a|taht)\b|(?P<poss>s['’])\w)))?"
    # a page, volume or catalogue number: "pp. 1986-1988", "No. 1975", "ISBN 1986", "#1975"
    # (a "#" with a space is a Markdown heading: "## October 2023")
    r"(?:(?=(?P<code>(?:\s*(?:\.?pp|\.p|s?egap|\.on|\.lov|:?nbsi)|#)(?!\w))))?"
    # the leading words, which the span takes in: modifier, "end of", preposition
    rf"(?P<mod>(?:-|\s+){_M_R}(?:[\s-]+ot[\s-]+{_M_R})?\b)?"
    r"(?P<end>(?:\s+eht\b)?\s+fo\s+(?:dne|gninnigeb|trats|elddim|nrut|flah\s+tsrif"
    # "in the first week of December"
    r"|flah\s+dnoces|keew\s+(?:tsrif|dnoces|driht|htruof|tsal|lanif))\b(?:\s+eht\b)?)?"
    # ("since at least 2017", a filing's "in or about March 2015")
    r"(?:(?:\s+eht\b)?\s*(?P<prep>tsael\s+ta\s+(?:ecnis|morf)|tuoba\s+ro\s+(?:ni|no)|ni|no|ta|gnirud|ecnis|litnu|llit|yb|morf|neewteb"
    r"|tuohguorht|hguorht|dnuora|acric|\.ac|\.c|fo\s+sa|retfa|sa\s+ylrae\s+sa"
    r"|sa\s+etal\s+sa|ni\s+gnitrats|ni\s+gninnigeb)\b)?"
    # and before them a bound: "before 1979", "prior to 1979", "pre-1979"
    r"(?P<bound>-?erp\b|\s+(?:erofeb|ot\s+roirp)\b)?",
    re.IGNORECASE,
)
_LEAD_WINDOW = 56
# Prepositions that make a bare number a year ("in 2011"); "on" and "at" do not.
_STRONG = frozenset(
    {
        *("in", "during", "since", "until", "till", "by", "from", "between", "throughout"),
        *("through", "around", "circa", "ca.", "c.", "after", "as of", "as early as"),
        *("as late as", "starting in", "beginning in"),
        *("since at least", "from at least", "in or about"),
    }
)
_QUANTITY_HEAD = re.compile(
    r"\b(?:total|toll|number|sum|force|population|height|depth|cost|budget|value|price"
    r"|amount|rate|distance|maximum|minimum|average|capacity|strength|group|crowd|fleet"
    r"|army|list|batch|series|set|estimate|figure|increase|decrease|rise|drop|loss|losses"
    r"|out|one|some|all|each|any|those|these|increased|decreased|rose|fell|grew|dropped"
    r"|declined|risen|fallen|grown|up|down|cut|reduced|raised|exceeded)\s+(?:of|by)\s+\Z",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    r"\s*-?\s*(?:%|(?:per\s?cent|people|persons?|individuals|civilians|fighters|troops"
    r"|soldiers|militants|militiamen|men|women|children|refugees|families|households"
    r"|villages|homes|houses|residents|members|officers|officials|prisoners|detainees"
    r"|casualties|deaths|dead|killed|wounded|injured|pilgrims|tourists|visitors|students"
    r"|workers|employees|units|vehicles|tanks|rockets|missiles|drones|aircraft|planes|jets"
    r"|ships|vessels|barrels|tons?|tonnes?|kg|kilograms?|km|kilomet(?:er|re)s?|miles?"
    r"|met(?:er|re)s?|feet|ft|sq|square|hectares?|acres?|dollars|euros|rials?|pounds"
    r"|liras?|usd|copies|pages|words|times|years?|months?|weeks?|days?|hours?|minutes?"
    r"|seconds?|votes|seats|sites|targets|bases|facilities|crates"
    r"|shells|rounds|mb|gb|kb|bytes?|points|strong|million|billion|thousand|hundred)\b)",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s+(?:Alliance|Movement|Coalition|[Cc]amp|[Bb]loc|Forces)\b")
_SENTENCE_STOP = re.compile(r"\s*(?:[.;:)]|,\s|$)")
_NUMBER_AFTER = re.compile(r"\s*(?:and|or|to|[–—-])\s*\$?([0-9]+(?:[.,][0-9]+)*)")
_CONNECT = re.compile(
    r"\s*(?P<c>[–—‒―−-]|to|through|thru|till|until|and|so\s+you\s+can|so\s+that\s+you\s+can"
    r"|so\s+you(?:'|’)re\s+able\s+to|in\s+order\s+to)\s*(?:\bthe\s+)?"
)
_LIST = re.compile(r"\s*(?:,|and|or|&)\s*(?:and\s+|or\s+)?")
_TO_PRESENT = re.compile(
    r"\s+(?:to|until|till|through)\s+(?:the\s+)?(?:present(?:\s+day)?|today|now|date)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r" [A-Za-z]")
_OF = re.compile(r"\s+of\b")
_ONWARD = re.compile(r"\s+onwards?\b", re.IGNORECASE)
_HEADING_MARKS = "=#* \t"
_ISO_CACHE: dict[_YMD, str] = {}
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # a common year's
_SEP = "\x00"  # joins a document's sentences for one scan; no pattern matches it


@dataclass(frozen=True, slots=True)
class SentenceDates:
    """The dates of one sentence: its own, else the context it inherits."""

    own: tuple[DateSpan, ...]  # written in the sentence, text order; year-less ones anchored
    # The paragraph's earlier date, else the heading's: when own is empty, or when every
    # own date tells of another event ("since 2010", ", which ... in 2014").
    inherited: DateSpan | None


class _Atom(NamedTuple):  # a tuple: made tens of thousands of times per megabyte
    """One candidate expression before context checks; offsets within the scanned string.

    ``gate`` says what context it still needs: "none", "year" (bare 4-digit year),
    "year3" (bare 3-digit year), "month" (a month alone), "abbr" (an abbreviated month
    alone: never), "season" (a season alone). A year of None means the text gave none.
    """

    start: int
    end: int
    lo: _YMD
    hi: _YMD | None
    precision: str
    gate: str = "none"
    era: str | None = None
    open_end: bool = False


# --- small helpers -------------------------------------------------------------------


def _iso(ymd: _YMD) -> str | None:
    text = _ISO_CACHE.get(ymd)
    if text is None:  # few distinct dates recur in a corpus: format each once
        year, month, day = ymd
        if year is None:
            return None
        text = f"{year:04d}" if year >= 0 else str(year)
        if month is not None:
            text += f"-{month:02d}"
            if day is not None:
                text += f"-{day:02d}"
        if len(_ISO_CACHE) < 100_000:
            _ISO_CACHE[ymd] = text
    return text


def _with_anchor(span: DateSpan, anchor: str) -> DateSpan:
    # dataclasses.replace is several times slower, and this runs once per dated sentence
    return DateSpan(
        span.start,
        span.end,
        span.text,
        span.date_start,
        span.date_end,
        span.precision,
        span.year_start,
        span.year_end,
        anchor,
    )


def _valid_day(year: int | None, month: int, day: int) -> bool:
    # Without a year, allow Feb 29; the anchor year re-checks it.
    # What calendar.monthrange(year, month)[1] says, without the weekday it also works out.
    last = _MONTH_DAYS[month]
    if month == 2 and calendar.isleap(year if year and year > 0 else 2000):
        last += 1
    return 1 <= day <= last


def _month(word: str) -> int:
    return _MONTHS[word[:3].lower()]


def _era_sign(era: str | None) -> int:
    return -1 if era is not None and era.startswith("B") else 1


def _back(text: str, start: int, n: int) -> int:
    """Where a look-back window of ``n`` characters starts, stopping at a sentence
    separator (see ``_scan_prose``)."""
    lo = max(0, start - n)
    cut = text.rfind(_SEP, lo, start)
    return lo if cut < 0 else cut + 1


def _left_ok(text: str, start: int) -> bool:
    """False when the match continues a word, a number, a code or an amount."""
    if start == 0:
        return True
    prev = text[start - 1]
    if prev.isalnum() or prev in "$€£¥#/+@_'’":
        return False
    if prev == ",":  # a thousands group ("1,986") goes on a number; a CSV field does not
        return not (start >= 2 and text[start - 2].isdigit() and _GROUP.match(text, start))
    return not (prev in ".:-–" and start >= 2 and text[start - 2].isdigit())


def _right_ok(text: str, end: int) -> bool:
    """False when a number goes on after the match: "2006.5", "1986,000", "2019-05-03"
    (not a footnote's number after a sentence's full stop: "since 2017.13 The siege")."""
    nxt = text[end : end + 2]
    if nxt[:1] == ",":  # "1986,000" goes on; "28 March 2024,2024,1" is a CSV row's next field
        return _GROUP.match(text, end + 1) is None
    if not (len(nxt) == 2 and nxt[0] in ".:/-–" and nxt[1].isdigit()):
        return True
    return nxt[0] == "." and _FOOTNOTE_AFTER.match(text, end) is not None


_GROUP = re.compile(r"\d{3}(?!\d)")
_FOOTNOTE_AFTER = re.compile(r"\.\d{1,3}(?:\s+[A-Z]|\s*[\x00\n]|\s*$)")


# --- atoms: one per regex match ------------------------------------------------------


def _century(n: int, era: str | None, start: int, end: int) -> _Atom | None:
    if not 1 <= n <= 21:
        return None
    if _era_sign(era) < 0:
        return _Atom(
            start, end, (-n * 100, None, None), (-(n - 1) * 100 - 1, None, None), "century"
        )
    return _Atom(start, end, ((n - 1) * 100 + 1, None, None), (n * 100, None, None), "century")


def _calendar_atom(m: re.Match[str], pre: str) -> _Atom | None:
    """A day-month or month-day-year form (``pre`` is "dm" or "md")."""
    word = m.group(f"{pre}_m")
    month = _month(word)
    day_s, day2_s, year_s = m.group(f"{pre}_d"), m.group(f"{pre}_d2"), m.group(f"{pre}_y")
    year = int(year_s) if year_s else None
    if year is not None and year > MAX_YEAR:
        return None
    era = m.group(f"{pre}_e")
    if year is not None and era is not None:
        # "in November 333 BCE": a month of an era's year
        year = _era_sign(era) * year
        if year < MIN_YEAR:
            return None
    start, end = m.start(), m.end()
    if (
        word[0].islower()
        and year is None
        and (day_s is None or (pre == "md" and word[:3] in ("may", "mar")))
    ):
        return None  # "in june", "we may 2", "march 20 km": a lower-case month needs more
    if day_s is None:
        if year is not None:
            return _Atom(start, end, (year, month, None), None, "month")
        gate = "month" if word.rstrip(".") in _FULL_MONTHS else "abbr"
        return _Atom(start, end, (None, month, None), None, "month", gate)
    day = int(day_s.rstrip("stndrh"))
    if not _valid_day(year, month, day):
        return None
    if day2_s is None:
        return _Atom(start, end, (year, month, day), None, "day")
    day2 = int(day2_s.rstrip("stndrh"))
    if day2 <= day or not _valid_day(year, month, day2):
        return None
    return _Atom(start, end, (year, month, day), (year, month, day2), "range")


def _second_year(a_s: str, b_s: str) -> int | None:
    """The end year of "1980–88" (1988) or "1998–02" (2002)."""
    if len(b_s) >= len(a_s):
        return int(b_s)
    if len(b_s) != 2 or len(a_s) not in (3, 4):
        return None
    base = int(a_s) // 100 * 100 + int(b_s)
    return base if base > int(a_s) else base + 100


def _decade_end(year: int, suffix: str | None, century: bool = False) -> int:
    """Last year of "1980s" (a decade) or, when ``century``, of "1800s"."""
    if not suffix:
        return year
    return year + (99 if century and year % 100 == 0 and year < 2000 else 9)


def _single_year(m: re.Match[str]) -> _Atom | None:
    """ "2017", "539 BCE", "the 1980s", "the 1800s"."""
    a_s, suffix, era = m.group("yr_a"), m.group("yr_as"), m.group("yr_e")
    year, start, end = int(a_s), m.start(), m.end()
    sign = _era_sign(era)
    if suffix and (year % 10 == 0 and (era or len(a_s) == 4)):
        last = _decade_end(year, suffix, century=True)
        precision = "century" if last - year == 99 else "decade"
        lo, hi = (year, last) if sign > 0 else (-last, -year)
        return _Atom(start, end, (lo, None, None), (hi, None, None), precision)
    if suffix and not suffix.startswith(("'", "’")):
        return None  # "1985s" is not a decade
    if era:
        if year > (MAX_YEAR if sign > 0 else -MIN_YEAR):
            return None
        return _Atom(start, end, (sign * year, None, None), None, "year", era=era)
    if suffix:  # possessive "2011's": drop the "'s" from the span
        end -= len(suffix)
    gate = "year" if len(a_s) == 4 else "year3"
    return _Atom(start, end, (year, None, None), None, "year", gate)


_OTHER_CALENDAR_DAY = re.compile(r"\s+[A-Z]")


def _year_range(m: re.Match[str]) -> _Atom | None:
    """ "1980–88", "333–332 BCE", "1979–1990s", "2024–present"."""
    a_s, era = m.group("yr_a"), m.group("yr_e")
    a, start, end = int(a_s), m.start(), m.end()
    if m.group("yr_open"):
        if era or not 1000 <= a <= MAX_YEAR or m.group("yr_as"):
            return None
        return _Atom(start, end, (a, None, None), None, "range", open_end=True)
    b_s = m.group("yr_b")
    if "-" in m.group("yr_dash") and len(b_s) == 2 and 1 <= int(b_s) <= min(12, a % 100):
        return _Atom(start, end, (a, int(b_s), None), None, "month")  # "2019-05" is May 2019
    spaced = m.group("yr_dash") != m.group("yr_dash").strip()
    if len(b_s) == 2 and spaced and _OTHER_CALENDAR_DAY.match(m.string, end):
        return None  # "2016 - 22 Rabi' al-Awwal 1438": another calendar's day, not 2016–22
    b = _second_year(a_s, b_s)
    if b is None:
        return None
    lo, hi = a, _decade_end(b, m.group("yr_bs"))
    if _era_sign(era) < 0:
        lo, hi = -_decade_end(a, m.group("yr_as")), -b
        if lo > hi or a > -MIN_YEAR:
            return None
    elif not ((era or a >= 100) and lo < hi <= MAX_YEAR and hi - lo <= MAX_RANGE_YEARS):
        return None
    # (a three-digit one, "in 961–62", must pass the checks of a bare three-digit year)
    gate = "year3" if not era and a < 1000 else "none"
    return _Atom(start, end, (lo, None, None), (hi, None, None), "range", gate, era)


def _master_atom(m: re.Match[str]) -> _Atom | None:
    kind = m.lastgroup
    if kind == "iso":
        y, mo, d = (
            (int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
            if m.group("iso_y")
            else (int(m.group("iso_y2")), int(m.group("iso_m2")), int(m.group("iso_d2")))
        )
        ok = y <= MAX_YEAR and _valid_day(y, mo, d)
        return _Atom(m.start(), m.end(), (y, mo, d), None, "day") if ok else None
    if kind == "cen":
        return _century(int(m.group("cen_n")), m.group("cen_e"), m.start(), m.end())
    if kind in ("dm", "md"):
        return _calendar_atom(m, kind)
    if kind == "ad":
        year = int(m.group("ad_y"))
        ok = year <= MAX_YEAR
        return _Atom(m.start(), m.end(), (year, None, None), None, "year", era="AD") if ok else None
    if kind == "ey":
        year = _era_sign(m.group("ey_e")) * int(m.group("ey_y"))
        return _Atom(m.start(), m.end(), (year, None, None), None, "year", era=m.group("ey_e"))
    if m.group("yr_dash"):
        return _year_range(m)
    return _single_year(m)


def _season_atom(text: str, m: re.Match[str]) -> _Atom | None:
    """ "the spring of 2015", "winter of 2016–17", or a season alone (needs a year later)."""
    if m.group("se")[0].isupper() and _after_proper_name(text, m.start()):
        return None  # "Arab Spring", "Damascus Spring" are names, not seasons
    first, last = _SEASONS[m.group("se").lower()]
    start, end = m.start(), m.end()
    if (
        m.group("se_y") is None
        and m.group("se").lower() == "fall"
        and not _FALL_SEASON_BEFORE.search(text, max(0, start - 20), start)
    ):
        return None  # "the first visit since the fall": the regime's, not autumn
    if m.group("se_y") is None:
        return _Atom(start, end, (None, first, None), (None, last, None), "season", "season")
    year = int(m.group("se_y"))
    if year > MAX_YEAR:
        return None
    y2_s = m.group("se_y2")
    if y2_s is None:
        return _Atom(start, end, (year, first, None), (year, last, None), "season")
    year2 = _second_year(m.group("se_y"), y2_s)
    if year2 is None or year2 != year + 1:
        return None
    if first == 1:  # "winter of 2016-17": the winter that starts in December 2016
        return _Atom(start, end, (year, 12, None), (year2, 2, None), "season")
    return _Atom(start, end, (year, first, None), (year2, last, None), "range")


# A year-less "fall" is the season after these ("in the fall", "last fall", "that fall").
_FALL_SEASON_BEFORE = re.compile(
    r"(?i:\b(?:in\s+the|this|last|next|that|early|late|the\s+following|by\s+the)\s+)$"
)


def _after_proper_name(text: str, start: int) -> bool:
    """A capitalised word right before, not a preposition: "Arab Spring"."""
    raw = text[_back(text, start, 30) : start]
    before = raw.rstrip()
    if len(before) == len(raw):
        return False  # no space: not a separate word
    words = before.split()
    if not words or not words[-1][:1].isupper():
        return False
    return not _lead(text, start)[1]


def _word_centuries(text: str, trigger: re.Match[str]) -> list[_Atom]:
    """ "the tenth century": the ordinal word comes before the trigger word."""
    m = _WORD_CENTURY.search(text, max(0, trigger.start() - 24), trigger.end() + 16)
    if m is None or not _left_ok(text, m.start()):
        return []
    word = " ".join(m.group("wc").lower().replace("-", " ").split())
    n = 21 if word == "twenty first" else _ORDINALS.index(word) + 1
    atom = _century(n, m.group("wc_e"), m.start(), m.end())
    return [atom] if atom is not None else []


def _atoms(text: str, slashed: str | None = None) -> list[_Atom]:
    """Candidates: the full patterns are tried only where a cheap trigger fires.
    ``slashed``: what the document writes first in a slashed day, "day" or "month", when
    its days that cannot swap show it (see _slash_order)."""
    found: list[_Atom] = []
    for trigger, full in _TRIGGERS:
        last = -1
        for t in trigger.finditer(text):
            pos = t.start()
            if pos < last or not _left_ok(text, pos):
                continue
            m = full.match(text, pos)
            if m is None:
                continue
            last = m.end()
            atom = _season_atom(text, m) if full is _SEASON else _master_atom(m)
            if atom is not None:
                found.append(atom)
    for t in _CENTURY_TRIGGER.finditer(text):
        found.extend(_word_centuries(text, t))
    if "." in text or "/" in text or "-" in text:
        read = _numeric_day if slashed is None else functools.partial(_numeric_day, slashed=slashed)
        found.extend(filter(None, map(read, _NUMERIC_DAY.finditer(text))))
    if "/" in text:
        found.extend(filter(None, map(_weekday_month_day, _WEEKDAY_MD.finditer(text))))
    if "[" in text:
        found.extend(filter(None, map(_short_stamp, _SHORT_STAMP.finditer(text))))
    if "Christmas" in text or "New Year" in text:
        found.extend(_holiday(m) for m in _HOLIDAY.finditer(text))
        found.extend(_holiday(m) for m in _YEARLESS_HOLIDAY.finditer(text))
    if _PERIOD_CUE.search(text):
        found.extend(_period(m) for m in _PERIOD.finditer(text))
    if _PERSIAN_CUE.search(text):
        found.extend(filter(None, map(_persian_day, _PERSIAN_DAY.finditer(text))))
        found.extend(map(_persian_month, _PERSIAN_MONTH_YEAR.finditer(text)))
    if _LEVANTINE_CUE.search(text):
        found.extend(filter(None, map(_levantine_day, _LEVANTINE_DAY.finditer(text))))
    if "ossibly get" in text:
        found.extend(map(_spun_may_day, _SPUN_MAY_DAY.finditer(text)))
    if " of " in text or _MONTH_THEN_ORDINAL.search(text):
        found.extend(filter(None, map(_ordinal_of_month, _ordinals_of_months(text))))
    return _drop_overlaps(found) if len(found) > 1 else found


# A day by its ordinal before "of" its month, as spoken and translated texts write it: "on
# the first of December", "the 2nd of April 2024".
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_ORDINAL_WORDS = {
    word: day
    for day, word in enumerate(
        (*_UNITS, *_TEENS, "twentieth", *(f"twenty-{u}" for u in _UNITS), "thirtieth",
         "thirty-first"),
        start=1,
    )
}  # fmt: skip
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_FULL_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_ORDINAL_OF_MONTH = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<day>(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?i:"
    + _ORDINAL_WORD
    + rf"))\s+of\s+(?P<month>{_FULL_MONTH})(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?\b"
    # ... or after it, in words: "February tenth, 2018" (May only with its year)
    + rf"|\b(?P<month_first>{_FULL_MONTH})\s+(?P<day_word>{_ORDINAL_WORD})\b"
    r"(?:,?\s+(?P<year_after>(?:1[89]|20)\d\d))?\b"
)


# A spun copy's "May 10": the spinner read the month as the verb "may" and swapped it for
# "could possibly get" ("on the very early times of Could possibly get 10, ...").
_SPUN_MAY_DAY = re.compile(
    r"\b[Cc]ould\s+possibly\s+get\s+(?P<day>[1-9]|[12]\d|3[01])\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?=\s*(?:[,.;:)]|$))"
)


def _spun_may_day(m: re.Match[str]) -> _Atom:
    year = int(m["year"]) if m["year"] else None
    return _Atom(m.start(), m.end(), (year, 5, int(m["day"])), None, "day")


# Where the search for _ORDINAL_OF_MONTH starts: a month name (no two overlap) and the
# start of a word.
_MONTH_NAME = re.compile(_FULL_MONTH)
_WORD_START = re.compile(r"\b\w")


def _ordinals_of_months(text: str) -> Iterator[re.Match[str]]:
    """What ``_ORDINAL_OF_MONTH.finditer(text)`` yields, tried only at the few words before
    each month name: scanning every position of a long text with its many alternatives was
    the slowest search of the date scan. A match holds a month name, and before the first
    one it holds only "the", the day and "of", three words that contain none."""
    pos = 0  # where the last match ended
    floor = 0  # a match cannot start at or before a month name that started none
    for month in _MONTH_NAME.finditer(text):
        at = month.start()
        if at < pos:
            continue  # inside the last match
        lo = max(pos, floor, _words_back(text, at, 3))
        for word in _WORD_START.finditer(text, lo, at + 1):
            m = _ORDINAL_OF_MONTH.match(text, word.start())
            if m is not None:
                yield m
                pos = m.end()
                break
        floor = at + 1


def _words_back(text: str, at: int, count: int) -> int:
    """Where the ``count`` whitespace-separated words before ``at`` start (at the latest)."""
    i = at
    for _ in range(count):
        while i and text[i - 1].isspace():
            i -= 1
        while i and not text[i - 1].isspace():
            i -= 1
    return i


_MONTH_THEN_ORDINAL = re.compile(
    r"(?:uary|March|April|May|June|July|August|ber)\s+(?:[a-z-]+th|first|second|third)\b"
)


def _ordinal_of_month(m: re.Match[str]) -> _Atom | None:
    word = (m["day"] or m["day_word"]).lower()
    day = _ORDINAL_WORDS.get(word) or int(word[:-2])
    name = m["month"] or m["month_first"]
    month = _MONTHS[name[:3].lower()]
    written = m["year"] or m["year_after"]
    year = int(written) if written else None
    if name == "May" and year is None:
        return None  # "May first" is too often no date
    if day > calendar.monthrange(year or 2024, month)[1]:
        return None
    return _Atom(m.start(), m.end(), (year, month, day), None, "day")


# The Syriac month names Syrian and Iraqi papers use for the Gregorian months, in a full
# date only ("Thursday 22 Kanun al-Awwal 2016"): alone, "Nisan" and "Ab" are other words.
_LEVANTINE_MONTHS = {
    "kanunalthani": 1, "shubat": 2, "shbat": 2, "adhar": 3, "azar": 3, "nisan": 4, "naysan": 4,
    "ayyar": 5, "ayar": 5, "haziran": 6, "hziran": 6, "tammuz": 7, "tamuz": 7, "ab": 8,
    "aab": 8, "aylul": 9, "ailul": 9, "eylul": 9, "tishrinalawwal": 10, "tishrinalawal": 10,
    "tishrinalthani": 11, "kanunalawwal": 12, "kanunalawal": 12,
}  # fmt: skip
# (Kanun and Tishrin come in pairs: "Kanun al-Thani", "Tishrin al-Awwal")
_LEVANTINE_PAIRED = r"K[aā]n[uoū]+n|Tis?h?r[ei]+n|Teshr[ei]+n"
_LEVANTINE_SINGLE = (
    r"Shu?bat|Adhar|Azar|Nisan|Naysan|Ayy?ar|Hz?iran|Haziran|Tamm?uz|Aa?b|Aylul|Ailul|Eylul"
)
_LEVANTINE_CUE = re.compile(rf"\b(?:{_LEVANTINE_PAIRED}|{_LEVANTINE_SINGLE})\b")
_LEVANTINE_DAY = re.compile(
    rf"\b([1-9]|[12]\d|3[01])\s+((?:{_LEVANTINE_PAIRED})\s+(?:[Aa]l|[Ee]l)?[- ]?"
    rf"(?:[Aa]wwal|[Aa]wal|[Tt]hani)|{_LEVANTINE_SINGLE}),?\s+((?:19|20)\d\d)\b"
)


def _levantine_day(m: re.Match[str]) -> _Atom | None:
    name = re.sub(r"[^a-z]", "", m[2].lower().replace("ā", "a").replace("ū", "u"))
    name = name.replace("kanoun", "kanun").replace("kanoon", "kanun").replace("een", "in")
    name = name.replace("teshrin", "tishrin").replace("tishren", "tishrin").replace("el", "al")
    month = _LEVANTINE_MONTHS.get(name.replace("alal", "al"))
    day, year = int(m[1]), int(m[3])
    if month is None or not _valid_day(year, month, day):
        return None
    return _Atom(m.start(), m.end(), (year, month, day), None, "day")


# Fixed-date holidays with their year: "On Christmas Day 2023", "New Year's Eve 2017".
_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31),
}  # fmt: skip
_HOLIDAY = re.compile(
    r"\b(Christmas\s+Day|Christmas\s+Eve|Christmas|New\s+Year['’]s\s+(?:Day|Eve))"
    r"(?:\s+of)?,?\s+((?:19|20)\d\d)\b"
)


# The periods of Syria's history that encyclopedia articles date by: "in the late Ottoman
# period", "under Mamluk rule", "during the French Mandate". Years as the dynasties ruled
# Syria (the Abbasid caliphate's span, the Ottoman conquest of 1516 to 1918).
_PERIODS = {
    "byzantine": (395, 636), "umayyad": (661, 750), "abbasid": (750, 1258),
    "hamdanid": (890, 1004), "fatimid": (909, 1171), "seljuk": (1037, 1194),
    "crusader": (1098, 1291), "ayyubid": (1171, 1260), "mamluk": (1260, 1516),
    "ottoman": (1516, 1918), "french mandate": (1920, 1946),
}  # fmt: skip
_PERIOD_CUE = re.compile(
    r"Byzantine|Umayyad|Abbasid|Hamdanid|Fatimid|Seljuk|Crusader|Ayyubid|Mamluk|Ottoman|Mandate"
)
_PERIOD = re.compile(
    r"\b(?:(?P<mod>[Ee]arly|[Ll]ate)\s+)?"
    r"(?:(?P<name>Byzantine|Umayyad|Abbasid|Hamdanid|Fatimid|Seljuk|Crusader|Ayyubid|Mamluk"
    r"|Ottoman)\s+(?:period|era|rule|times|days)|(?P<mandate>French\s+Mandate))\b"
    r"(?!\s+[a-z])"  # not a modifier: "the French Mandate authorities built it in the 1930s"
)


def _period(m: re.Match[str]) -> _Atom:
    name = "french mandate" if m["mandate"] else m["name"].lower()
    first, last = _PERIODS[name]
    third = (last - first) // 3
    if m["mod"] and m["mod"].lower() == "early":
        last = first + third
    elif m["mod"]:
        first = last - third
    return _Atom(m.start(), m.end(), (first, None, None), (last, None, None), "range")


# A day of the Iranian solar calendar, as Iranian outlets write them: "7 Dey 1402".
_PERSIAN_MONTHS = lexicon.PERSIAN_MONTHS
_PERSIAN_MONTH = "|".join(m.capitalize() for m in (*_PERSIAN_MONTHS, "amordad"))
# (its digit first, the boundary tested behind it: the engine skips to each "1")
_PERSIAN_CUE = re.compile(r"1(?<=\b1)[34]\d\d\b")
# English copies of Iranian papers also put the month first: "Khordad 14, 1368".
_PERSIAN_DAY_NUMBER = r"[1-9]|[12]\d|3[01]"
_PERSIAN_DAY = re.compile(
    rf"\b(?:(?P<day>{_PERSIAN_DAY_NUMBER})\s+(?P<month>{_PERSIAN_MONTH})"
    rf"|(?P<month_first>{_PERSIAN_MONTH})\s+(?P<day_after>{_PERSIAN_DAY_NUMBER}),?)"
    r"\s+(?P<year>1[34]\d\d)\b"
)


def _persian_day(m: re.Match[str]) -> _Atom | None:
    """The Gregorian day of a solar Hijri date, counted from Nowruz (21 March, 20 March in
    a Gregorian leap year: right for these decades, a day off at worst)."""
    day, year = int(m["day"] or m["day_after"]), int(m["year"])
    name = m["month"] or m["month_first"]
    month = _PERSIAN_MONTHS.index(name.lower().replace("amordad", "mordad"))
    if day > (31 if month < 6 else 30):
        return None
    gregorian = year + 621
    nowruz = datetime.date(gregorian, 3, 20 if calendar.isleap(gregorian) else 21)
    offset = month * 31 if month < 6 else 186 + (month - 6) * 30
    iso = nowruz + datetime.timedelta(days=offset + day - 1)
    return _Atom(m.start(), m.end(), (iso.year, iso.month, iso.day), None, "day")


# "in Azar 1403": the Gregorian month that holds most of that Iranian month (Azar, 21
# November to 20 December, is December).
_PERSIAN_MONTH_YEAR = re.compile(rf"(?<![0-9]\s)\b({_PERSIAN_MONTH})\s+(1[34]\d\d)\b")


def _persian_month(m: re.Match[str]) -> _Atom:
    month = _PERSIAN_MONTHS.index(m[1].lower().replace("amordad", "mordad")) + 4
    year = int(m[2]) + 621 + (1 if month > 12 else 0)
    month = month - 12 if month > 12 else month
    return _Atom(m.start(), m.end(), (year, month, None), None, "month")


# ... and without it, anchored like any year-less day: "killed on Christmas Day".
_YEARLESS_HOLIDAY = re.compile(
    r"\b(?<=[Oo]n\s)(Christmas\s+Day|Christmas\s+Eve|New\s+Year['’]s\s+(?:Day|Eve))\b"
    r"(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"
)


def _holiday(m: re.Match[str]) -> _Atom:
    name = re.sub(r"\s+", " ", m[1].lower().replace("’", "'"))
    month, day = _HOLIDAYS[name]
    year = int(m[2]) if m.lastindex and m.lastindex >= 2 else None
    return _Atom(m.start(), m.end(), (year, month, day), None, "day")


# "[02.12.2024 14:05]" (day first, as dotted dates are written), "25/12/2024"; a slashed
# date whose day and month could swap ("12/3/2018") is left out, unless the document's
# other slashed days show which comes first.
# (the first digit opens the pattern and what must not come before it is tested behind
# it: the engine skips to digits instead of trying every position)
_NUMERIC_DAY = re.compile(
    r"(\d(?<![\w.-]\d)(?<![Vv]ersion \d)\d?)([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\w]|[.-]\d)"
)


# A chat export's message stamp with a two-digit year: Telegram's "[12.11.24 08:41]"
# (day first; the clock time makes it a stamp, not a version or a score).
_SHORT_STAMP = re.compile(r"\[(\d{1,2})\.(\d{1,2})\.(\d\d) \d{1,2}:\d\d(?::\d\d)?\]")


def _short_stamp(m: re.Match[str]) -> _Atom | None:
    day, month, year = int(m[1]), int(m[2]), 2000 + int(m[3])
    if not 1 <= month <= 12 or not _valid_day(year, month, day):
        return None
    return _Atom(m.start(1), m.end(3), (year, month, day), None, "day")


def _numeric_day(m: re.Match[str], slashed: str | None = None) -> _Atom | None:
    first, second, year = int(m[1]), int(m[3]), int(m[4])
    if m[2] in ".-" or first > 12 >= second or first == second or slashed == "day":
        day, month = first, second  # "08-12-2024", "25/12/2024": day first
    elif second > 12 >= first or slashed == "month":
        day, month = second, first
    else:
        return None
    if not 1 <= month <= 12 or not _valid_day(year, month, day):
        return None
    return _Atom(m.start(), m.end(), (year, month, day), None, "day")


# A newsletter's "Mon 9/9", "on Wednesday 7/8": a weekday makes a slashed pair the
# American month/day, without a year (the page's year anchors it).
_WEEKDAY_MD = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
    r"\s+(\d{1,2})/(\d{1,2})\b(?![/\d])"
)


def _weekday_month_day(m: re.Match[str]) -> _Atom | None:
    month, day = int(m[1]), int(m[2])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _Atom(m.start(), m.end(), (None, month, day), None, "day")


def _drop_overlaps(atoms: list[_Atom]) -> list[_Atom]:
    atoms.sort(key=lambda a: (a.start, -a.end))  # at one place, the longer match first
    kept: list[_Atom] = []
    for atom in atoms:
        if kept and atom.start < kept[-1].end:
            continue  # the earlier, longer match (e.g. "spring of 2015") wins
        kept.append(atom)
    return kept


# --- what stands before a date -----------------------------------------------------


def _lead(text: str, start: int) -> tuple[int, str, bool]:
    """Where the leading words start, the preposition (lower case) and whether a
    modifier (early/mid/late, end of) is there."""
    ctx = _context(text, start)
    return ctx.start, ctx.prep, ctx.mod


class _Context(NamedTuple):
    """What stands right before a candidate date."""

    start: int  # where the leading words ("In the mid-to-late") start
    prep: str  # their preposition, lower case, or ""
    mod: bool  # early/mid/late or "the end of" is there
    last: str  # the word just before the date, lower case ("the", "of", ...), or ""
    bound: bool  # "before 1979" bounds the event; "pp. 1986" is no date at all


def _context(text: str, start: int) -> _Context:
    # One anchored match on the reversed window answers every look-back question.
    m = _RCTX.match(text[max(0, start - _LEAD_WINDOW) : start][::-1])
    if m is None:  # every part is optional, so this cannot happen
        return _Context(start, "", False, "", False)
    mod_r, end_r, prep_r, bound_r, last_r, poss_r, code_r = m.group(
        "mod", "end", "prep", "bound", "last", "poss", "code"
    )
    n = m.end() - (len(bound_r) if bound_r else 0)
    prep = " ".join(prep_r[::-1].lower().split()) if prep_r else ""
    last_r = last_r or poss_r
    last = last_r[::-1].lower() if last_r else ""
    bound = bool(bound_r or code_r)
    return _Context(start - n, prep, bool(mod_r or end_r), last, bound)


# --- ranges: two atoms joined by "to", "-", "and" (after "between"), ... ----------------


def _key(ymd: _YMD) -> tuple[int, int, int]:
    return (ymd[0] or 0, ymd[1] or 0, ymd[2] or 0)


def _fill_years(lo: _YMD, hi: _YMD) -> tuple[_YMD, _YMD]:
    """Give a year-less end the other end's year ("March to May 2011", "July 24 to 26")."""
    if lo[0] is None and hi[0] is not None:
        back = 1 if lo[1] and hi[1] and (lo[1], lo[2] or 0) > (hi[1], hi[2] or 0) else 0
        lo = (hi[0] - back, lo[1], lo[2])
    elif hi[0] is None and lo[0] is not None:
        ahead = 1 if lo[1] and hi[1] and (hi[1], hi[2] or 0) < (lo[1], lo[2] or 0) else 0
        hi = (lo[0] + ahead, hi[1], hi[2])
    return lo, hi


def _range_ok(lo: _YMD, hi: _YMD) -> bool:
    if lo[0] is None or hi[0] is None:
        return _key(lo) <= _key(hi)
    if lo[0] < MIN_YEAR or hi[0] > MAX_YEAR or hi[0] - lo[0] > MAX_RANGE_YEARS:
        return False
    return _key(lo) <= _key(hi)


def _pair(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """One range from two neighbours ("between 1986 and 1988", "From July 24 to July 26"),
    or None when they are two separate dates."""
    if a.open_end or b.open_end or b.start - a.end > 30:
        return None
    conn = _CONNECT.fullmatch(text, a.end, b.start)
    if conn is None:
        return None
    _, prep, mod = _lead(text, a.start)
    if conn.group("c").lower() == "and" and prep != "between" and a.lo[0] is not None:
        return None  # "in 2011 and 2012" lists two years; "in March and April 2025" spans
    if a.gate in ("year", "year3") and not (prep in _STRONG or mod):
        return None
    lo = a.lo
    if a.era is None and _era_sign(b.era) < 0 and lo[0] is not None:
        lo = (-lo[0], None, None)  # "550 to 330 BC": the era covers both ends
    lo, hi = _fill_years(lo, b.hi or b.lo)
    if not _range_ok(lo, hi):
        return None
    era = b.era or a.era
    short = "year3" in (a.gate, b.gate) and era is None
    gate = (
        "year3" if short else "none" if prep in ("from", "between") or a.gate == "none" else a.gate
    )
    if gate == "abbr" and b.gate == "none" and b.lo[0] is not None and text[a.start].isupper():
        gate = "none"  # "in Feb and April 2018": the full month and its year vouch for it
    if lo == hi and a.hi is None:  # "from July 28 to July 28" is one day
        return _Atom(a.start, b.end, lo, None, a.precision, gate, era)
    return _Atom(a.start, b.end, lo, hi, "range", gate, era)


def _extend(text: str, a: _Atom) -> _Atom:
    """Swallow "to the present" (an open range) or "onward" after a single date."""
    if a.hi is not None or a.open_end or a.lo[0] is None:
        return a
    m = _TO_PRESENT.match(text, a.end)
    if m is not None:
        return a._replace(end=m.end(), precision="range", open_end=True)
    m = _ONWARD.match(text, a.end)
    return a._replace(end=m.end()) if m is not None else a


def _merge(text: str, atoms: list[_Atom]) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        merged = _pair(text, atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        out.append(merged if merged is not None else _extend(text, atoms[i]))
        i += 2 if merged is not None else 1
    return out


# --- context: is this candidate a date at all? ------------------------------------------


def _tail_ok(text: str, a: _Atom) -> bool:
    """Reject what follows a number that makes it a count or a code. A day or a month
    with its year is no count ("On 5 June 2013 fighters captured ..."), nor is a year
    that opens its sentence after "In" ("In 2013 fighters ...")."""
    if not text[a.end - 1].isdigit():
        return True
    if not _right_ok(text, a.end) or _HIJRI.match(text, a.end):
        return False
    if _OTHER_CALENDAR_AFTER.match(text, a.end) or _OTHER_CALENDAR_BEFORE.search(
        text, max(0, a.start - 45), a.start
    ):
        return False  # "the Iranian calendar year 1396", "in 1396 of the Persian calendar"
    if a.lo[1] is not None or _OPENING_IN.search(text, max(0, a.start - 4), a.start):
        return True
    return _COUNT_AFTER.match(text, a.end) is None


# A year of the Islamic or the Iranian calendar: "1400 AH", "1402 SH" (not converted).
_HIJRI = re.compile(r"\s*(?:AH|A\.H\.|SH|S\.H\.|AP|AHS|H\.?Sh\.?|Sh\.|Š\.?|Q\.)(?![\w])")
# ... or one the words around it say is: "the Iranian calendar year 1396", "in 1396 of
# the Persian calendar", "1396 in the Iranian calendar"
_CALENDARS = r"(?:Iranian|Persian|Solar(?:\s+Hijri)?|Shamsi|Islamic|Hijri|lunar)"
_OTHER_CALENDAR_BEFORE = re.compile(rf"\b{_CALENDARS}\s+(?:calendar\s+)?year\s+$", re.IGNORECASE)
_OTHER_CALENDAR_AFTER = re.compile(
    rf"\s+(?:of|in)\s+the\s+{_CALENDARS}\s+calendar\b", re.IGNORECASE
)
_OPENING_IN = re.compile(r"(?:^|[\x00\n]|[.!?]\s)In\s$")


def _quantity_pair(text: str, a: _Atom, prep: str) -> bool:
    """True for "between 2000 and 3000 (fighters)": a bare number paired with another
    that did not make a range of years."""
    m = _NUMBER_AFTER.match(text, a.end)
    if m is None:
        return False
    if a.gate == "year3" and m.group(1).isdigit() and 0 < int(m.group(1)) - (a.lo[0] or 0) <= 2:
        return bool(_COUNT_AFTER.match(text, m.end()))  # "in 639 or 640": either year
    if (
        a.gate == "year3"
        and prep == "in"
        and m.group(0).lstrip().startswith("and")
        and m.group(1).isdigit()
        and len(m.group(1)) >= 3
    ):
        # "damaged by earthquakes in 494 and 555": two years, unless a count follows or
        # the text goes on as prose ("in 200 and 300 cases")
        later = int(m.group(1)) > (a.lo[0] or 0)
        return not (later and _SENTENCE_STOP.match(text, m.end()))
    if prep in ("between", "from") or not (len(m.group(1)) == 4 and m.group(1).isdigit()):
        return True
    return not 1000 <= int(m.group(1)) <= MAX_YEAR or bool(_COUNT_AFTER.match(text, m.end()))


# A year that cites a work, not an event: "(Goodarzi 2006; Ehteshami and Hinnebusch
# 1997)", "(Lister et al., 2018)", "According to Smith (2020), ...".
_CITED_IN_PARENS = re.compile(
    r"[(;]\s*[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)*"
    r"(?:\s+et\s+al\.?)?,?\s+$"
)
_CITED_AUTHOR = re.compile(
    # ("For Kofman and Rojansky (2018), Hmeimim was a laboratory")
    r"\b(?:[Aa]ccording\s+to|[Ss]ee|[Cc]f\.|[Aa]s|[Ff]or|[Ff]ollowing|[Uu]nlike|[Ll]ike)\s+"
    r"[A-Z][\w'’-]+(?:\s+(?:and|&)\s+"
    r"[A-Z][\w'’-]+)?(?:\s+et\s+al\.?)?\s+\($"
)


_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]\\s*$")
# The Islamic and Iranian months: a year after them is not a Gregorian one.
_CALENDAR_MONTHS = (
    r"\b(?:Muharram|Moharram|Safar|Rabi[ʿʻ'’]?\s*(?:al|ul|ol)?[- ]?(?:Awwal|Awal|Thani|Akhir|Sani)"
    r"|Jumad[ae]\s*(?:al|ul|ol)?[- ]?(?:Ula|Oula|Awwal|Akhira|Akhirah|Thani|Akhir|Sani)"
    r"|Rajab|Sha[ʿʻ'’]?ban|Ramadan|Ramazan|Shawwal|Dhu\s*(?:al|l)?[- ]?(?:Qa[ʿʻ'’]?dah?|Hijjah?)"
    rf"|{_PERSIAN_MONTH})"
)
_CALENDAR_MONTH_BEFORE = re.compile(rf"{_CALENDAR_MONTHS}\s+$")
# Another calendar's day beside the Gregorian one on a dateline: "5 Dhu al-Hijjah 1445",
# "29 Rabi' al-Awwal 1445 AH", "24 Farvardin 1403"
_CALENDAR_DAY = re.compile(rf"\d{{1,2}}\s+{_CALENDAR_MONTHS}\s+\d{{3,4}}(?:\s*(?:AH|A\.H\.|SH))?")


# A journal's issue after its year: "MIDDLE EAST POLICY 2025, VOL. 14, NO. 2, 211–238".
_VOLUME_AFTER = re.compile(r",?\s*(?i:vol(?:ume)?\.?|no\.|issue)\s*\d")


def _is_citation(text: str, a: _Atom) -> bool:
    if _VOLUME_AFTER.match(text, a.end):
        return True
    window = max(0, a.start - 80)
    if _CITED_IN_PARENS.search(text, window, a.start):
        return True
    return text[a.end : a.end + 1] == ")" and bool(_CITED_AUTHOR.search(text, window, a.start))


def _bare_year_ok(text: str, a: _Atom, ctx: _Context, heading: bool, listed: bool) -> bool:
    year = a.lo[0] or 0
    if _quantity_pair(text, a, ctx.prep) or _is_citation(text, a):
        return False
    if _CALENDAR_MONTH_BEFORE.search(text, max(0, a.start - 28), a.start):
        return False  # "3 Jumada al-Ula 1441", "13 Farvardin 1403": another calendar's year
    if _ARABIC_SCRIPT.search(text, max(0, a.start - 12), a.start):
        return False  # "29 رجب 1446": a month in Arabic script, an Islamic year
    if a.gate == "year3":
        nxt = text[a.end : a.end + 1]
        if not (100 <= year <= 999 and (ctx.prep in _STRONG or listed)):
            return False
        return nxt == "" or nxt in ",.;:)" or _year3_in_context(text, a, ctx)
    if not 1000 <= year <= MAX_YEAR:
        return False
    if ctx.last in ("of", "by") and _QUANTITY_HEAD.search(text, max(0, a.start - 40), a.start):
        return False  # "a total of 1500", "rose by 2000"
    if text[a.start - 1 : a.start] == "(" and text[a.end : a.end + 1] == ")":
        return True  # "Resolution 2254 (2015)"
    if text[max(0, a.start - 3) : a.start].rstrip().endswith("|") and text[
        a.end : a.end + 3
    ].lstrip().startswith("|"):
        return True  # a table cell that holds only the year: "| 2019 |"
    if text[a.end : a.end + 3].lstrip().startswith("|") and _CELL_LEAD.search(
        text, max(0, a.start - 30), a.start
    ):
        return True  # a cell that ends with its year: "| Retaken 2018 |", "| Captured in 2016 |"
    if _TIMELINE_HEAD.search(text, max(0, a.start - 8), a.start) and _TIMELINE_SEP.match(
        text, a.end
    ):
        return True  # a timeline entry: "2013 - Hezbollah joins ...", "- **2019:** ..."
    if _DASH_BEFORE.search(text, max(0, a.start - 4), a.start) and _ITEM_END.match(text, a.end):
        return True  # an inventory item's year: "Mazzeh (liaison office) – 2020"
    if _OCCASION_BEFORE.search(text, max(0, a.start - 12), a.start):
        return True  # "during Arba'een 2025", "by Ramadan 2013": the feast of that year
    if _DATES_BACK.search(text, max(0, a.start - 30), a.start):
        return True  # "the alliance dates to 1982", "goes back to 1980"
    weak = ctx.last in ("the", "of", "year", "years", "'s", "’s")
    dated_noun = ctx.last in ("a", "an") and _DATED_NOUN.match(text, a.end) is not None
    return ctx.prep in _STRONG or ctx.mod or heading or listed or weak or dated_noun


_DASH_BEFORE = re.compile(r"\s[–—-]\s*$")
# Where something began: "dates to 1982", "dates back to", "goes back to", "dating from".
_DATES_BACK = re.compile(
    r"\b(?:(?:dates?|dated|dating)(?:\s+back)?"
    r"|(?:goes|go|went|going|traces?|traced|tracing|harks?)\s+back)\s+(?:to|from)\s+$"
)
# The feasts and pilgrimages texts on Syria date by: "Arba'een 2025", "Ashura 2012".
_OCCASION_BEFORE = re.compile(
    r"\b(?:Arba[ʿ'’]?e?een|Arbaeen|Arbain|Ashura|Ramadan|Ramazan|Muharram|Eid(?:\s+al-[A-Z]\w+)?"
    r"|Nowruz|Norouz|Hajj|Christmas|Easter)\s+$"
)
_ITEM_END = re.compile(r"[\s*_.)]*(?:$|[\n\x00|])")
# The start of a table cell and up to two words before its closing year.
_CELL_LEAD = re.compile(r"\|\s*(?:[A-Za-z][\w-]*\s+){1,2}$")


# "in 639 or 640", "in 680 and 681": a second year after the first.
_SECOND_YEAR3 = re.compile(r"\s+(?:or|and|to)\s+\d{3,4}\b")


def _years_not_counts(a: _Atom) -> bool:
    """A short span of years, not a round bracket of numbers: "between 609 and 611
    Persian armies" (not "between 500 and 600 Iranian fighters")."""
    lo, hi = a.lo[0] or 0, (a.hi[0] if a.hi else None) or 0
    return 0 < hi - lo <= _SHORT_SPAN and not (lo % 10 == 0 and hi % 10 == 0)


_SHORT_SPAN = 20  # years: an ancient range in prose is a reign or a war, not a count


# "In 634 Palmyra was taken", "In 531 the Battle of ...": a sentence opening with "In"
# and a name after the year (not a demonym before its noun: "In 500 Syrian soldiers"
# counts people; "In 272 Aurelian defeated ..." is a year).
_NAME_NEXT = re.compile(r"\s+(?:the\s+)?(?![A-Z][a-z]*(?:ian|ish|ese|an|i)\s+[a-z]+s\b)[A-Z][a-z]")


def _year3_in_context(text: str, a: _Atom, ctx: _Context) -> bool:
    """A three-digit year that punctuation does not close: another year follows it, or
    it opens the sentence ("In 634 Palmyra ...")."""
    if _SECOND_YEAR3.match(text, a.end) or _HIJRI_GLOSS.match(text, a.end):
        return True
    if a.hi is not None and (_NAME_NEXT.match(text, a.end) or _years_not_counts(a)):
        return True  # "Between 609 and 611 Persian armies crossed"
    opening = ctx.start == 0 or text[ctx.start - 1] in "\x00\n"
    return (
        opening and text[ctx.start : ctx.start + 3] == "In " and bool(_NAME_NEXT.match(text, a.end))
    )


# The Islamic year a Gregorian one is glossed with: "she died in 682 (62 AH)".
_HIJRI_GLOSS = re.compile(r"\s*[(/]\s*\d{1,4}" + _HIJRI.pattern)


# A year that opens a line (after a list marker or emphasis) and a separator.
# (A sentence's start counts as a line's: the document is scanned as sentences joined by
# _SEP, and a sentence that opens "2013 - ..." is a timeline entry wherever it stands.)
_TIMELINE_HEAD = re.compile(r"(?:^|[\n\x00])[ \t]*(?:[-*•>][ \t]+)?(?:\*\*|__)?$")
# (and a search result's "**Feb 26, 2021** · The US strikes on Thursday ...")
_TIMELINE_SEP = re.compile(r"(?:\*\*|__)?(?:\s+[-–—·•]|\s*[:.)])(?:\*\*|__)?\s")

# "a 1971 agreement", "a 2013 attack": a year before such a noun dates it ("a 1500
# strong force" and "a 2000 km border" stay counts).
_DATED_NOUN = re.compile(
    r"\s+(?:agreement|treaty|deal|accord|memorandum|pact|protocol|contract|lease|visit"
    r"|attack|attacks|strike|strikes|airstrikes?|offensive|raids?|bombing|massacre|uprising"
    r"|war|ceasefire|assassination|killing|shelling"
    r"|truce|summit|conference|meeting|report|law|decree|resolution|election|elections"
    r"|speech|statement|interview|census|survey|coup|invasion|intervention|earthquake)\b"
)


_DAY_BEFORE_ITS_NOUN = re.compile(
    # (its modifiers may be a demonym: "the January 20 Israeli airstrike in Mazzeh")
    r"(?:\s+(?:[a-z][\w-]*|[A-Z]{2,5}s?|[A-Z][a-z]+(?:i|an|ish|ese))){1,4}?"
    + _DATED_NOUN.pattern
    + r"\s+(?:on|in|at|against|near|outside)\b"
)


# Days that name one event whatever the year around them: "the September 11 attacks",
# "the October 7 attack" (on Israel, 2023).
_NAMED_DAYS = frozenset({(9, 11), (10, 7)})


def _named_day(text: str, a: _Atom, ctx: _Context) -> bool:
    """ "the September 11 attacks", "the March 14 Alliance": a name, not this one's date
    ("the August 15 attack on At Tanf" is that attack's day)."""
    if _NAME_AFTER.match(text, a.end):
        return True
    if ctx.last != "the" or not text[a.start].isalpha() or _WORD.match(text, a.end) is None:
        return False
    if (a.lo[1], a.lo[2]) in _NAMED_DAYS:
        return True
    # "the Jan. 28 one-way unmanned aerial system attack on Tower 22": the noun may come
    # after the attack's own modifiers
    return (
        _DATED_NOUN.match(text, a.end) is None and _DAY_BEFORE_ITS_NOUN.match(text, a.end) is None
    )


def _accept(text: str, a: _Atom, heading: bool, prev_end: int) -> _Atom | None:
    ctx = _context(text, a.start)
    if ctx.bound or not _tail_ok(text, a):
        return None
    listed = prev_end >= 0 and _LIST.fullmatch(text, prev_end, a.start) is not None
    if a.gate in ("year", "year3"):
        ok = _bare_year_ok(text, a, ctx, heading, listed)
    elif a.gate in ("month", "season"):
        ok = ctx.prep in _STRONG or ctx.mod or ctx.prep == "on" or _heads_an_entry(text, a)
        # "the August 15 attack on At Tanf": a day that names an event
        ok = ok or (a.lo[2] is not None and ctx.last == "the")
        # "That December, Putin landed at Khmeimim": the month of the year just told
        ok = ok or (ctx.last == "that" and _THAT_MONTH_BEFORE.search(text, 0, a.start) is not None)
        # "The Aleppo offensive (November–December 2016) was ...": a month with its year in
        # brackets of its own
        ok = ok or (
            a.lo[0] is not None
            and text[a.start - 1 : a.start] == "("
            and text[a.end : a.end + 1] == ")"
        )
        if a.gate == "season" and text[a.start : a.start + 4].lower() == "fall":
            ok = ok and _OF.match(text, a.end) is None
    else:
        ok = a.gate == "none"
    if not ok or (a.precision in ("decade", "century") and _OF.match(text, a.end)):
        return None  # "the 1000s of messages" counts thousands
    if a.lo[0] is None and a.precision == "day" and _named_day(text, a, ctx):
        return None
    start = ctx.start
    if not (ctx.prep or ctx.mod) or (a.gate in ("year", "year3") and ctx.last == "the"):
        start = a.start  # "after the 2024 offensives": the year is a modifier
    return _Atom(start, a.end, a.lo, a.hi, a.precision, "none", a.era, a.open_end)


_THAT_MONTH_BEFORE = re.compile(
    r"(?:^|[\x00.;,:]\s*|\b(?:[Ii]n|[Bb]y|[Uu]ntil)\s+"
    # "the Temple of Bel was blown up that August": after the verb it dates
    r"|\b(?:was|were)\s+(?:[a-z]+\s+){1,3}?)"
    r"[Tt]hat\s+$"
)


# A timeline entry headed by its month: "- September: ImageSat publishes ...",
# "November – Israeli jets struck Masyaf" (under a year's heading).
_ENTRY_HEAD_BEFORE = re.compile(r"[\x00\s*_]*")
_ENTRY_HEAD_AFTER = re.compile(r"[*_]*\s*(?::|[–—-]\s)")


def _heads_an_entry(text: str, a: _Atom) -> bool:
    if text[a.start : a.end].rstrip(".") not in _FULL_MONTHS:
        return False
    line = text.rfind(_SEP, 0, a.start) + 1
    return (
        _ENTRY_HEAD_BEFORE.fullmatch(text, line, a.start) is not None
        and _ENTRY_HEAD_AFTER.match(text, a.end) is not None
    )


def _scan(text: str, heading: bool = False, slashed: str | None = None) -> list[_Atom]:
    """Every accepted expression in ``text``, year-less ones included, in text order."""
    out: list[_Atom] = []
    prev_end = -1
    text = text.replace("\u060c", ",")  # the Arabic comma ("1 July، 2019"); same length
    for atom in _merge(text, _atoms(text, slashed)):
        found = _accept(text, atom, heading, prev_end)
        if found is not None and found.precision == "decade":
            found = _decade_part(text, found)
        if found is not None:
            if out and _glosses_a_hijri_year(text, out[-1], found):
                out.pop()  # "back in 1397 (2018)": the Common Era gloss dates it
            out.append(found)
            prev_end = found.end
    return out


# The part of a decade an early/mid/late before it names: "the late 1990s" is its second
# half, as annotators and most writers read it (1995-1999), "the early 1980s" 1980-1984.
_DECADE_PART = re.compile(
    r"\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:[\s-]+to[\s-]+(?P<to>mid|late))?(?:-|\s+)(?:the\s+)?$"
)
_DECADE_YEARS = {"early": (0, 4), "mid": (3, 6), "late": (5, 9)}


def _decade_part(text: str, atom: _Atom) -> _Atom:
    digits = re.search(r"\d", text[atom.start : atom.end])
    at = atom.start + (digits.start() if digits else 0)
    part = _DECADE_PART.search(text, max(0, at - 20), at)
    lo = atom.lo[0]
    if part is None or lo is None or lo < 0 or lo % 10:
        return atom
    first = _DECADE_YEARS[part["part"].lower()][0]
    last = _DECADE_YEARS[(part["to"] or part["part"]).lower()][1]  # "mid-to-late": 3-9
    return atom._replace(lo=(lo + first, None, None), hi=(lo + last, None, None))


# A Hijri year and its Common Era gloss differ by 579 (lunar, 1400 AH ~ 1979) to 622
# (solar, 1397 ~ 2018) years.
_HIJRI_OFFSETS = range(575, 625)
_GLOSS_OPEN = re.compile(r"\s*\(\s*")


def _glosses_a_hijri_year(text: str, year: _Atom, gloss: _Atom) -> bool:
    """Whether ``gloss`` is the bracketed Common Era date of the Hijri ``year`` before it
    ("1397 (2018)", "1445 (March 2024)")."""
    if year.precision != "year":
        return False
    if year.lo[0] is None or gloss.lo[0] is None:
        return False
    return (
        gloss.lo[0] - year.lo[0] in _HIJRI_OFFSETS
        and _GLOSS_OPEN.fullmatch(text, year.end, gloss.start) is not None
    )


# --- turning atoms into DateSpans ------------------------------------------------------


def _to_span(
    a: _Atom, text: str, offset: int, year: int | None = None, anchor: str | None = None
) -> DateSpan | None:
    lo, hi = a.lo, a.hi
    if lo[0] is None:
        if year is None:
            return None
        lo, hi = _fill_years((year, lo[1], lo[2]), hi) if hi else ((year, lo[1], lo[2]), None)
        for ymd in (lo, hi) if hi else (lo,):
            if ymd[1] and ymd[2] and not _valid_day(ymd[0], ymd[1], ymd[2]):
                return None  # "29 February" anchored to a common year
    year_end = None if a.open_end else (hi[0] if hi else lo[0])
    return DateSpan(  # start, end, text, date_start, date_end, precision, years, anchor
        offset + a.start,
        offset + a.end,
        text[a.start : a.end],
        _iso(lo),
        _iso(hi) if hi else None,
        a.precision,
        lo[0],
        year_end,
        anchor,
    )


def find_dates(text: str, offset: int = 0, slashed: str | None = None) -> list[DateSpan]:
    """The explicit, fully resolved dates in ``text``; year-less ones are left out.

    ``offset`` is where ``text`` starts in its document, so spans carry document offsets.
    ``slashed``: how the document writes its slashed days, "day" or "month" first (see
    _slash_order), for those whose day and month could swap.
    """
    if offset < 0:
        raise ValueError(f"find_dates: offset must be >= 0, got {offset}")
    spans = (_to_span(a, text, offset) for a in _scan(text, slashed=slashed))
    return [s for s in spans if s is not None]


# --- a whole document: anchoring and inheritance ----------------------------------------


def _heading_key(text: str) -> str:
    return text.strip().strip(_HEADING_MARKS).strip()


_UPDATED = re.compile(r"\b(?i:updated?|modified|edited|revised)\b")


def _heading_span(sentence: Sentence, own: Sequence[DateSpan]) -> DateSpan:
    """One span for a heading's years: "===1979–1990s===" is 1979..1999."""
    if len(own) > 1:
        # a page's stamp: "Thursday, 04 May 2023 3:16 PM [ Last Update: ... ]" is the day
        # it was published, not a span from then to its update
        told = [d for d in own if not _UPDATED.search(sentence.text, 0, d.start - sentence.start)]
        own = told[:1] if told and len(told) < len(own) else own
    if len(own) == 1:
        return _with_anchor(own[0], sentence.text.strip())
    first, last = own[0], own[-1]
    ends = [s.year_end for s in own]
    return DateSpan(
        start=first.start,
        end=last.end,
        text=sentence.text[first.start - sentence.start : last.end - sentence.start],
        date_start=first.date_start,
        date_end=last.date_end or last.date_start,
        precision="range",
        year_start=min(s.year_start for s in own if s.year_start is not None),
        year_end=None if None in ends else max(e for e in ends if e is not None),
        anchor=sentence.text.strip(),
    )


# A weekday right before a day: "On the evening of Tuesday 27 August", "Friday, May 3".
_WEEKDAY_BEFORE = re.compile(rf"\b(?i:{lexicon.WEEKDAY_NAME}),?\s+(?:the\s+)?$")


def _weekday_year(
    atom: _Atom, text: str, found: tuple[int, str], others: Sequence[DateSpan | None]
) -> tuple[int, str]:
    """A year-less day its weekday names takes the year where that weekday falls: a blog
    of 2019 that told of "July 1935" before "Tuesday 27 August" means 2019 (the first of
    the page's, the heading's and the last written year that fits; else ``found``)."""
    before = text[max(0, atom.start - 16) : atom.start]
    match = _WEEKDAY_BEFORE.search(before)
    month, day = atom.lo[1], atom.lo[2]
    if match is None or month is None or day is None:
        return found
    named = _WEEKDAYS.index(match[0].split(",")[0].split()[0].lower())
    years = [found] + [(o.year_start, o.anchor or o.text) for o in others if o and o.year_start]
    for year, words in years:
        if _valid_day(year, month, day) and datetime.date(year, month, day).weekday() == named:
            return year, words
    return found


def _anchor_year(
    explicit: DateSpan | None, heading: DateSpan | None, month: int | None = None
) -> tuple[int, str] | None:
    """The year a year-less date takes, and the words it came from."""
    source = explicit if explicit is not None else heading
    if source is None or source.year_start is None:
        return None  # nothing earlier
    words = source.anchor if source is heading and source.anchor else source.text
    if source.year_start == source.year_end:
        return source.year_start, words
    # A range: the one year its months put the month in ("March 17" under "December
    # 2024 - August 2025"), else which of its years would we pick?
    year = _year_in_range(source, month)
    return (year, words) if year is not None else None


def _year_in_range(span: DateSpan, month: int | None) -> int | None:
    if month is None or span.date_start is None or span.date_end is None:
        return None
    if len(span.date_start) < 7 or len(span.date_end) < 7:
        return None  # whole years: any month is in both
    start = (int(span.date_start[:4]), int(span.date_start[5:7]))
    end = (int(span.date_end[:4]), int(span.date_end[5:7]))
    inside = [year for year in range(start[0], end[0] + 1) if start <= (year, month) <= end]
    return inside[0] if len(inside) == 1 else None


@dataclass(slots=True)
class _Memory:
    """What a document has said so far, for anchoring and inheritance."""

    by_section: dict[int, DateSpan]  # the last explicit date of each section
    by_paragraph: dict[int, DateSpan]  # the last date of each paragraph...
    inherit: dict[int, DateSpan]  # ...as its dateless sentences inherit it (made lazily)
    headings: dict[str, DateSpan | None]  # heading title -> its years
    last_title: str | None = None  # the last title looked up, and its years
    last_years: DateSpan | None = None
    # The document's first heading, when it is dated ("Iran Update, March 5, 2024"):
    # what a year-less date anchors to when its own section has no year.
    title_years: DateSpan | None = None
    titled: bool = False
    # The latest (year, month, day) the prose writes out in full: a page whose text
    # goes past its "date" is about that date (an infobox's), not published on it.
    latest: tuple[int, int, int] = (MIN_YEAR, 1, 1)
    section_paragraph: dict[int, int] = field(default_factory=dict)  # where by_section's is
    last_written: DateSpan | None = None  # the last day or month with its year, anywhere
    dated_headings: bool = False  # a heading so far gave years
    # A later year-less day of a section ("On May 3" after "May 1, 2023"): what "the next
    # day" counts from
    last_day: dict[int, DateSpan] = field(default_factory=dict)
    # The stamp of the post the text is in, if any, and the paragraph it dates: the
    # post's first one below its stamp line (-1 until that paragraph is reached).
    stamp: DateSpan | None = None
    stamp_paragraph: int = -1
    paragraph_section: dict[int, int] = field(default_factory=dict)  # by_paragraph's sections
    # A news story's lead, before it turns to another year or a new section: what it
    # tells in the past tense without a date happened on the page's day.
    in_lead: bool = True
    prose_seen: bool = False
    # A one-day report (a daily bulletin, "Over the past 24 hours, ..."): every section
    # tells of its day, not only the lead.
    one_day: bool = False
    # Every day the text writes out is decades before the page's own: a history, whose
    # year-less days are of the years it tells of, not of when it was put online.
    history: bool = False
    # The last day a heading gave ("Day 1 – Friday 19 March"): what a heading naming its
    # weekday alone counts on from ("Day 2 – Saturday").
    heading_day: DateSpan | None = None
    # The story retells a day years back ("Ten years ago today, ..."): its year-less days
    # are that year's, not the page's
    retold: bool = False
    # A section's dateline day ("ALEPPO, Feb 8 (Reuters) -"): what its weekdays count from
    datelines: dict[int, DateSpan] = field(default_factory=dict)
    # The years of the heading right above, with no prose between: a live entry's
    # "Sat 30 Nov 2024 16.21 GMT" over its headline, "== 2015 ==" over "=== Reactions ===".
    over_heading: DateSpan | None = None
    # A timeline's last year heading and its level ("== 2018 =="): the year of the month
    # headings under it ("=== April ===").
    timeline_year: tuple[DateSpan, int | None] | None = None
    # The period a report covers ("The present report covers the period from 1 January to
    # 30 June 2024"): what "during the reporting period" means.
    period: DateSpan | None = None


# A report saying what period it covers, and its sentences that point back at it.
_PERIOD_DEFINED = re.compile(
    r"\b(?:cover(?:s|ing|ed)?|for|during|in|over)\s+the\s+period\s+(?:from|of|between)?",
    re.IGNORECASE,
)
_PERIOD_MEANT = re.compile(
    r"\b(?P<end>by\s+the\s+end\s+of\s+)?(?:during|in|throughout|over|within|for|of)?\s*the\s+"
    r"(?:(?:current|present|same)\s+)?(?:reporting\s+period|period\s+under\s+(?:review"
    r"|consideration)|period\s+covered(?:\s+by\s+the\s+(?:present\s+)?report)?)\b"
    r"|\bthroughout\s+the\s+period\b",
    re.IGNORECASE,
)
_PERIOD_DAYS = 400  # a report's period is months, not years


def _report_period(sentences: Sequence[Sentence]) -> DateSpan | None:
    """The span of days a report says it covers, if it says so in its first sentences."""
    for s in sentences[:40]:
        for m in _PERIOD_DEFINED.finditer(s.text):
            window = s.text[m.end() : m.end() + 80]
            span = next((d for d in find_dates(window) if d.precision == "range"), None)
            if span is None or span.date_start is None or span.date_end is None:
                continue
            if len(span.date_start) == len(span.date_end) == 10 and (
                _days_between(span.date_start, span.date_end) <= _PERIOD_DAYS
            ):
                return span
    return None


def _days_between(first: str, last: str) -> int:
    try:
        return (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days
    except ValueError:
        return _PERIOD_DAYS + 1


def _in_the_period(sentence: Sentence, period: DateSpan) -> list[DateSpan]:
    """ "During the reporting period, ...": the report's period; "By the end of the
    reporting period": its last day."""
    m = _PERIOD_MEANT.search(sentence.text)
    if m is None:
        return []
    start, end = sentence.start + m.start(), sentence.start + m.end()
    if m["end"]:
        last = period.date_end or ""
        year = int(last[:4])
        return [DateSpan(start, end, m[0], last, None, "day", year, year, period.text)]
    return [replace(period, start=start, end=end, text=m[0], anchor=period.text)]


def _heading_year(
    atom: _Atom, year: int, anchor: str, page: DateSpan | None, memory: _Memory
) -> tuple[int, str]:
    """A year-less heading date's year: the text's last, or the page's unless that puts
    it after the page ("... raided a missile plant in September" saved on 3 January)."""
    if page is None:
        return year, anchor
    return _before_the_page(atom, (year, anchor), page, memory.latest)


def _timeline_year(heading: str, years: DateSpan | None, memory: _Memory) -> DateSpan | None:
    """A timeline's month heading is of the last year heading above it, however many
    months came before ("== 2018 ==", "=== February ===", ..., "=== April ==="); a heading
    of another kind at the year's level or above ends the year's reach."""
    level = _markup_level(heading)
    if years is not None and _YEAR_HEADING.fullmatch(heading):
        memory.timeline_year = (years, level)
        return years
    if memory.timeline_year is None:
        return years
    year, year_level = memory.timeline_year
    if _MONTH_HEADING.fullmatch(heading):
        return years or year
    if level is None and year_level is not None and year_level >= _FRAMED_MARKS:
        # a plain line under a year framed by rules ("======== 2023 ========") is an
        # item of that year: a digest's headline over its dateline "BEIRUT, Feb 19"
        return years or year
    if level is None or year_level is None or level <= year_level:
        memory.timeline_year = None
    return years


# More marks than a wiki heading has ("======", level 6): a rule framing a title.
_FRAMED_MARKS = 7
_FRAMED_TITLE = re.compile(lexicon.FRAMED_TITLE)


def _year_in_force(heading: str, memory: _Memory) -> DateSpan | None:
    """The year heading a sub-heading is under ("## 2023" over "### October 25"), if any."""
    if memory.timeline_year is None:
        return None
    year, year_level = memory.timeline_year
    level = _markup_level(heading)
    return year if level is not None and year_level is not None and level > year_level else None


def _markup_level(heading: str) -> int | None:
    """A marked heading's level ("=== April ===" 3, "## 2018" 2); None for a plain line."""
    marks = len(heading) - len(heading.lstrip("#="))
    if marks:
        return marks
    return _FRAMED_MARKS if _FRAMED_TITLE.fullmatch(heading) else None  # "--- 2023 ---"


_BARE_YEAR_HEADING = re.compile(
    r"[#=*~_\s-]*(?:1[5-9]|20)\d\d(?:\s*[–-]\s*(?:\d\d){1,2})?\s*:?[#=*~_\s-]*"
)


def _heading_dates(sentence: Sentence, memory: _Memory) -> SentenceDates:
    atoms = _scan(sentence.text, heading=True)
    spans = [s for a in atoms if (s := _to_span(a, sentence.text, sentence.start)) is not None]
    # (not a cited resolution's year: "Implementation of resolution 2254 (2015)")
    spans = [s for s in spans if not _names_an_instrument(s, sentence)]
    # (or, before the text writes any, the page's: a live page's "## Thursday, 5 December")
    # (but under a year's heading, that year: "## 2023" over "### October 25")
    in_force = _year_in_force(sentence.text, memory)
    last = (
        in_force
        or _recent_written(memory)
        or (memory.title_years if _page_day(memory.title_years) else None)
    )
    if not spans and atoms and last is not None and last.year_start is not None and memory.titled:
        # "Damascus, December 8" in a report that last wrote 2024: that year's day
        year, anchor = last.year_start, last.anchor or last.text
        # (the page's day, or a day the text wrote that is the page's: a saved note's)
        on_page = _page_day(memory.title_years)
        page = last if memory.last_written is None or last.date_start == on_page else None
        if page is None and on_page and last.year_start == _ymd(on_page)[0]:
            # the text's last year is the page's: no later month of it has happened yet
            # ("A scramble in December" over a story of October 2025 is December 2024)
            page = memory.title_years
        page = None if in_force is not None else page
        spans = [
            s
            for a in atoms
            if a.lo[1] is not None
            and (
                s := _to_span(
                    a, sentence.text, sentence.start, *_heading_year(a, year, anchor, page, memory)
                )
            )
            is not None
        ]
    years = _heading_span(sentence, spans) if spans else None
    if not atoms and memory.heading_day is not None:
        years = _next_weekday(sentence, memory.heading_day)  # "Day 2 – Saturday"
    if years is not None and years.precision == "day":
        memory.heading_day = years
    if (
        years is not None
        and _is_background(years, sentence)
        and not _stamped_title(years, sentence)
    ):
        years = None  # "Raisi in Damascus -- first presidential visit since 2010"
    if years is not None and _is_lifespan(years, sentence.text):
        years = None  # "Qassem Soleimani (1957–2020)": a life, not the story's years
    if years is not None and "(" in sentence.text and _glossed_year(years, sentence):
        years = None  # "Ancient City of Aleppo (inscribed 1986)": the subject's, not the story's
    # A year alone ("## 2023", "======== 2023 ========") labels a section of a
    # chronology, even as the first heading of a dated page: no title, never background
    bare = (
        years is not None
        and memory.title_years is not None
        and _BARE_YEAR_HEADING.fullmatch(sentence.text) is not None
    )
    first = not memory.titled and not bare
    memory.titled = memory.titled or bare
    if years is None and not first:
        years = memory.over_heading  # a sub-heading is of its dated heading's day
    if not first:
        years = _timeline_year(sentence.text, years, memory)
    if first:
        memory.titled = True
        if _background_year(years, memory.title_years):
            years = None  # "... first visit by an Iranian president since 2010", dated 2023
        memory.title_years = years or memory.title_years
    # Prose sentences name their heading by its cleaned title; the heading sentence
    # carries the same title, and its raw line is a fallback for other splitters.
    # (the title's years do not make a chronology of headings: "Part of the Iran–Israel
    # proxy conflict (2023–present)" over an article's sections)
    # (nor do an infobox's lines over the lead: "In office" / "2008–2016" head no
    # sections; before the prose only a marked heading, "### 2025", opens a chronology)
    infobox = not memory.prose_seen and not sentence.text.startswith(("#", "="))
    memory.dated_headings = memory.dated_headings or (
        years is not None and not first and not infobox
    )
    memory.over_heading = None if first else years
    for title in (sentence.heading, sentence.text):
        if title:
            memory.headings[_heading_key(title)] = years
    memory.last_title = None
    return SentenceDates(tuple(spans), None)


def _recent_written(memory: _Memory) -> DateSpan | None:
    """The last day or month the text wrote, unless a news page's story went back years
    for it: "Strikes stepped up since 7 October" on a page of 26 December 2023, under a
    paragraph that recalled "a US drone strike ... in January 2020", is of 2023."""
    last, page = memory.last_written, _page_day(memory.title_years)
    if last is None or page is None or memory.history or last.year_start is None:
        return last
    return last if last.year_start >= _ymd(page)[0] - 1 else None


_HEADING_WEEKDAY = re.compile(
    rf"\b(?P<day>(?i:{lexicon.WEEKDAY_NAME}))\b|\((?P<abbr>MON|TUE|WED|THU|FRI|SAT|SUN)\)"
)


def _next_weekday(heading: Sentence, last: DateSpan) -> DateSpan | None:
    """The first day after ``last`` that a heading's lone weekday names: a diary's "Day 2
    – Saturday" after "Day 1 – Friday 19 March", an itinerary's "DAY 3 (FRI)"."""
    match = _HEADING_WEEKDAY.search(heading.text)
    if match is None or last.date_start is None:
        return None
    named = [d[:3] for d in _WEEKDAYS].index((match["day"] or match["abbr"])[:3].lower())
    try:
        day = datetime.date.fromisoformat(last.date_end or last.date_start)
    except ValueError:
        return None
    ahead = (named - day.weekday()) % 7 or 7
    iso = (day + datetime.timedelta(days=ahead)).isoformat()
    year = int(iso[:4])
    start = heading.start + match.start()
    return DateSpan(start, heading.start + match.end(), match[0], iso, None, "day", year, year,
                    last.anchor or last.text)  # fmt: skip


def _stamped_title(span: DateSpan, heading: Sentence) -> bool:
    """A day in brackets closing a title (or a post's title line) is the title's own: "US
    strikes 85 targets in response to Tower 22 (Feb 2, 2024)" (not the day of what it
    responds to)."""
    start, end = span.start - heading.start, span.end - heading.start
    return (
        span.precision == "day"
        and heading.text[:start].rstrip().endswith("(")
        and heading.text[end:].strip(" *_#") in (")", ").")
    )


# A year a heading's gloss gives its subject: "Ancient City of Aleppo (inscribed 1986)",
# "Imam Khomeini Hussainiya (built 1990)", "(est. 1979)".
_YEAR_GLOSS = re.compile(
    r"\(\s*(?i:inscribed|founded|established|est\.|built|opened|listed|completed|constructed"
    r"|consecrated|inaugurated)\s+(?:in\s+)?(?:c\.\s*)?\d{3,4}\s*\)"
)


def _glossed_year(years: DateSpan, heading: Sentence) -> bool:
    start = years.start - heading.start
    return any(m.start() < start < m.end() for m in _YEAR_GLOSS.finditer(heading.text))


# A person's life after their name: "Qassem Soleimani (1957–2020)", "(b. 1957 – d. 2020)".
_LIFESPAN = re.compile(
    r"[A-Z][\w'’-]+\s*\(\s*(?:b\.\s*)?(?:1[89]|20)\d\d\s*[–—-]\s*(?:d\.\s*)?(?:1[89]|20)\d\d\s*\)"
)


def _is_lifespan(years: DateSpan, heading: str) -> bool:
    """A person's years after their name (a war's "(1980–1988)" is shorter)."""
    lived = (years.year_end or 0) - (years.year_start or 0)
    return _LIFE_YEARS[0] <= lived <= _LIFE_YEARS[1] and _LIFESPAN.search(heading) is not None


_LIFE_YEARS = (20, 105)
_DAY_OF_MONTH = re.compile(rf"\b(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b)")
_ANY_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _yearless_day(heading: str | None) -> bool:
    return (
        bool(heading)
        and _DAY_OF_MONTH.search(heading or "") is not None
        and not (_ANY_YEAR.search(heading or ""))
    )


def _heading_years(title: str | None, memory: _Memory) -> DateSpan | None:
    if not title:
        return None
    if title is not memory.last_title:  # most sentences share their neighbour's heading
        memory.last_title = title
        memory.last_years = memory.headings.get(_heading_key(title))
    return memory.last_years


_COUNTS = lexicon.NUMBER_WORDS
# A year counted from the last one the section named: "the following year", "two years
# later", "the year before", "later that year".
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?P<next>the\s+(?:following|next|subsequent)\s+year)"
    r"|(?P<prev>the\s+(?:previous|preceding)\s+year|the\s+year\s+before(?=\s*[,.;:]))"
    r"|(?P<same>(?:that|the\s+same)\s+year)"
    r"|(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)\s+years?\s+"
    # "two years before the revolution" counts from the revolution, not the last year
    r"(?P<dir>later|afterwards?|earlier|before(?=\s*[,.;:])))\b",
    re.IGNORECASE,
)


def _relative_year(sentence: Sentence, base: DateSpan | None) -> DateSpan | None:
    """The year a relative phrase in ``sentence`` points at, counted from ``base``."""
    if base is None or base.year_start is None or base.year_start != base.year_end:
        return None  # nothing earlier, or a range: which of its years would we count from?
    m = _RELATIVE_YEAR.search(sentence.text)
    if m is None:
        return None
    if m["count"]:
        n = _COUNTS.get(m["count"].lower()) or int(m["count"])
        delta = n if m["dir"].lower().startswith(("later", "after")) else -n
    else:
        delta = 1 if m["next"] else -1 if m["prev"] else 0
    year = base.year_start + delta
    if year == 0 or not MIN_YEAR <= year <= MAX_YEAR:
        return None  # no year 0 between 1 BCE and 1 CE
    iso = _iso((year, None, None))
    start = sentence.start + m.start()
    return DateSpan(start, start + len(m[0]), m[0], iso, None, "year", year, year, base.text)


# A day counted from the last day the section named: "A week later", "two days later",
# "the next day", "the following day", "on the same day", "the day before".
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|twenty|\d{1,2})\s+"
    # "after"/"before" alone: "two days after the strike" counts from the strike
    r"(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier|afterwards|(?:after|before)(?=\s*[,.;:]))"
    r"|(?:the\s+)?(?P<next>next|following|subsequent)\s+day\b"
    r"|(?:the\s+)?day\s+(?P<after>after|before)(?=\s*[,.;:])"
    # "killed ... the previous night", "the night before."
    r"|\bthe\s+(?P<prev_day>previous|preceding)\s+(?:day|night|evening|morning|afternoon)\b"
    r"|\bthe\s+(?P<night_before>night|evening)\s+before(?=\s*[,.;:])"
    r"|\b(?:on\s+)?(?:the|that)\s+(?P<same>same)\s+(?:day|night|evening|morning|afternoon)\b"
    # the rest of the day told: "later that day", "that afternoon", "In the evening, ..."
    r"|\b(?:later\s+)?that\s+(?:day|night|evening|afternoon)\b"
    r"|^(?:later\s+)?in\s+the\s+(?:afternoon|evening)\b"
    # "the next night" is the night after the day named
    r"|(?:the\s+)?(?P<next_night>next|following)\s+(?:night|morning|evening)\b)",
    re.IGNORECASE,
)


_DAY_PARTS = re.compile(
    r"(?i:\b(?:same|next|following)\s+(?:night|evening|morning|afternoon)\b"
    r"|\bthat\s+(?:night|evening|afternoon)\b|^(?:later\s+)?in\s+the\s+(?:afternoon|evening)\b)"
)


def _relative_day(sentence: Sentence, base: DateSpan | None) -> DateSpan | None:
    """The day a relative phrase in ``sentence`` points at, counted from ``base``'s day."""
    if base is None or base.precision != "day" or base.date_start is None:
        return None
    m = _RELATIVE_DAY.search(sentence.text)
    if m is None:
        return None
    if m["count"]:
        n = _COUNTS.get(m["count"].lower()) or int(m["count"])
        n *= 7 if m["unit"].lower().startswith("week") else 1
        delta = -n if m["dir"].lower() in ("earlier", "before") else n
    else:
        before = m["after"] == "before" or m["prev_day"] or m["night_before"]
        delta = 1 if m["next"] or m["next_night"] or m["after"] == "after" else -1 if before else 0
    try:
        day = datetime.date.fromisoformat(base.date_start) + datetime.timedelta(days=delta)
    except (ValueError, OverflowError):
        return None
    start = sentence.start + m.start()
    iso = day.isoformat()
    return DateSpan(start, start + len(m[0]), m[0], iso, None, "day", day.year, day.year, base.text)


def _counted_within(own: list[DateSpan], sentence: Sentence) -> list[DateSpan]:
    """Plus a day counted from the sentence's one day, after it: "fired at Shayrat on 7
    April 2017 in response to the attack on Khan Shaykhun three days earlier", "entered
    Hama on 5 December and took Masyaf the next day"."""
    days = [d for d in own if d.precision == "day"]
    text = sentence.text
    if len(days) != 1 or not (
        "earlier" in text
        or "later" in text
        or "before" in text
        or "previous" in text
        or "preceding" in text
        or "next day" in text
        or "following day" in text
    ):
        return own
    counted = _relative_day(sentence, days[0])
    if counted is None or counted.start < days[0].end or not _COUNTED.match(counted.text):
        return own
    return sorted([*own, counted], key=lambda d: d.start)


_COUNTED = re.compile(
    r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d|(?:the\s+)?(?:next|following)\s+day"
    r"|the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+(?:night|evening)\s+before)"
)


# A month counted from the last month or day the section named: "Two months later",
# "three months earlier" (not "two months after the strike": that counts from the strike).
_RELATIVE_MONTH = re.compile(
    r"\b(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
    r"months?\s+(?P<dir>later|earlier|afterwards)\b",
    re.IGNORECASE,
)


# "Over the following days", "in the weeks that followed": the month the section last
# named, as precise as the text allows.
_FOLLOWING_DAYS = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:following|next|subsequent|coming)\s+(?:days|weeks)\b"
    r"|\bin\s+the\s+(?:days|weeks)\s+(?:that\s+followed|afterwards?)\b",
    re.IGNORECASE,
)


def _following_days(sentence: Sentence, base: DateSpan | None) -> DateSpan | None:
    if base is None or base.precision not in ("day", "month") or base.date_start is None:
        return None
    m = _FOLLOWING_DAYS.search(sentence.text)
    if m is None or base.year_start is None:
        return None
    start = sentence.start + m.start()
    month = base.date_start[:7]
    return DateSpan(
        start, start + len(m[0]), m[0], month, None, "month", base.year_start, base.year_start,
        base.text,
    )  # fmt: skip


def _ordinal_day(sentence: Sentence, base: DateSpan | None) -> DateSpan | None:
    """The day "on the 8th" names in the month of ``base`` (a day or a month): a post's
    "got trashed on the 8th" when the text wrote no month before (see _ordinal_days)."""
    if base is None or base.precision not in ("day", "month") or base.date_start is None:
        return None
    m = _ORDINAL_DAY.search(sentence.text) if _THE_ORDINAL.search(sentence.text) else None
    if m is None:
        return None
    try:
        day = datetime.date.fromisoformat(f"{base.date_start[:7]}-{int(m['day']):02d}")
    except ValueError:
        return None  # "the 31st" of a 30-day month
    start = sentence.start + m.start()
    return DateSpan(
        start, start + len(m[0]), m[0], day.isoformat(), None, "day", day.year, day.year,
        base.text,
    )  # fmt: skip


def _relative_month(sentence: Sentence, base: DateSpan | None) -> DateSpan | None:
    """The month "two months later" points at, counted from ``base``'s month."""
    if base is None or base.precision not in ("day", "month") or base.date_start is None:
        return None
    m = _RELATIVE_MONTH.search(sentence.text)
    if m is None or base.date_start.startswith("-"):
        return None
    word = m["count"].lower()
    n = int(word) if word.isdigit() else _COUNTS.get(word, 11)  # "eleven" is the one left
    delta = -n if m["dir"].lower() == "earlier" else n
    months = int(base.date_start[:4]) * 12 + int(base.date_start[5:7]) - 1 + delta
    year, month = divmod(months, 12)
    if not MIN_YEAR <= year <= MAX_YEAR or year <= 0:
        return None
    start = sentence.start + m.start()
    iso = f"{year:04d}-{month + 1:02d}"
    return DateSpan(start, start + len(m[0]), m[0], iso, None, "month", year, year, base.text)


# "Aleppo fell on 30 November and Hama on 5 December 2024", "from 27 November to 8
# December 2024", "on 9 April, 17 May and 18 May 2018": a year-less day takes the year
# of the dated day it is paired or listed with.
_PAIRED_GAP = re.compile(
    r"(?:[^.;:()]{0,40}?\b(?:and|to|until|till|through)\b[^.;:()]{0,25}|\s*,\s*(?:and\s+)?(?:on\s+)?)$"
)


def _paired_year(atom: _Atom, later: Sequence[_Atom], text: str) -> tuple[int, str] | None:
    month = atom.lo[1]
    if month is None:
        return None
    partner = next((a for a in later if a.lo[0] is not None), None)
    if partner is None or partner.lo[1] is None or partner.start - atom.end > 70:
        return None
    if not _PAIRED_GAP.fullmatch(text, atom.end, partner.start):
        return None
    year, partner_month = partner.lo[0], partner.lo[1]
    if year is None:
        return None
    return (year - 1 if month > partner_month else year), text[partner.start : partner.end]


_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\b(?:[Tt]hat|[Tt]he\s+same)\s+$")


def _year_referred_back(
    atom: _Atom, text: str, section: DateSpan | None, memory: _Memory
) -> DateSpan | None:
    """The year a year-less month or day points back to with "that": "in November of
    that year", "That December" (the section's last date, else the last one written)."""
    if not _refers_back(atom, text):
        return None
    return section or memory.last_written


def _refers_back(atom: _Atom, text: str) -> bool:
    return bool(
        _OF_THAT_YEAR.match(text, atom.end)
        or _THAT_BEFORE.search(text, max(0, atom.start - 10), atom.start)
    )


def _told_earlier_here(own: Sequence[DateSpan]) -> DateSpan | None:
    """The last year the sentence wrote before, background or not: what "of that year"
    points back to ("... on January 28, 2024, ... on February 2 of that year")."""
    return next((span for span in reversed(own) if span.year_end is not None), None)


def _background_year(section: DateSpan | None, page: DateSpan | None) -> bool:
    """On a dated news page, the section's last date is a bare year of another year:
    background ("stationed there since 2019", "agreed in 2015"), not the narrative's
    year. A day or month with its year ("On 30 September 2015") still anchors."""
    day = _page_day(page)
    return (
        section is not None
        and day is not None
        and section.precision in ("year", "decade", "century")
        and section.year_start != int(day[:4])
    )


def _told_before(section: DateSpan | None, sentence: Sentence, memory: _Memory) -> bool:
    """On a news page, a year of an earlier paragraph is background the story came back
    from: "In January 2017, Moscow signed a 49-year lease. [...] On 28 January, a Russian
    delegation ..." on a page of 29 January 2025 is that January's. A paragraph that
    names its own year keeps it ("In March 2018 ... In May, ...")."""
    day = _page_day(memory.title_years)
    if section is None or day is None or memory.latest > _ymd(day):
        return False  # an encyclopedia's sections, or a "page date" the text goes past
    return memory.section_paragraph.get(sentence.section) != sentence.paragraph


def _ymd(iso_day: str) -> tuple[int, int, int]:
    return int(iso_day[:4]), int(iso_day[5:7]), int(iso_day[8:10])


def _page_day(page: DateSpan | None) -> str | None:
    """The one day a page's dateline gives ("18/12/2024 - 11:52 Modified: 18/12/2024"
    reads as a range of that one day), if it gives one."""
    if page is None or page.date_start is None or len(page.date_start) != 10:
        return None
    if page.date_end is not None and page.date_end[:10] != page.date_start:
        return None
    return page.date_start


def _around(text: str, at: int) -> str:
    """The stretch of ``text`` between the full stops around ``at``: a run-on post's
    sentence ("... on 31 july and met Lavrov. lets see, the russians will stay") says
    what it looks ahead to in its own words."""
    start = text.rfind(". ", 0, max(0, at)) + 1
    end = text.find(". ", at)
    return text[start : end if end >= 0 else len(text)]


def _before_the_page(
    atom: _Atom,
    found: tuple[int, str],
    page: DateSpan,
    latest: tuple[int, int, int],
    told: str = "",
    back: DateSpan | None = None,
) -> tuple[int, str]:
    """A page dated January 10, 2025 tells of "mid-December" in 2024: a year-less date
    in the page's year is not after the page, unless the text itself writes a later
    month."""
    day_of_page = _page_day(page)
    if day_of_page is None:
        return found
    if latest[:2] > _ymd(day_of_page)[:2]:
        if latest[0] != _ymd(day_of_page)[0]:
            return found  # (pages of other years: a search's results, a print archive)
        # the text writes a later month of the page's year (a print edition's next day, an
        # update's "dated 12.02.2025"): no year-less date of that year goes past it
        day_of_page = "{:04d}-{:02d}-{:02d}".format(*latest)
    # A later month is last year's; a later day of the page's own month, or a day of the
    # next few weeks, is more likely what the page looks ahead to ("talks are due on
    # January 25") or a timeline entry's sequel ("October 31, 2015 - ... On November 17").
    month = atom.lo[1]
    _, page_month, page_day = _ymd(day_of_page)
    if month is not None and month < page_month and _WILL.search(told):
        return found[0] + 1, found[1]  # "In January ... will convene the Congress in Sochi"
    if month is None or month < page_month:
        return found
    ahead = (month - page_month) * 30 + (atom.lo[2] or 15) - page_day
    if ahead <= 0 or (_WILL.search(told) and ahead <= _PLANNED_DAYS):
        return found  # "officials will meet in Moscow on April 28" on a January page
    if ahead <= _LOOK_AHEAD_DAYS and not (
        back is not None and back.year_start == found[0] - 1 and _told_in_past(told)
    ):
        # (but a past tense going on from last year's "1 December 2024" is that year's:
        # "On the morning of 8 December, a crowd broke into the embassy" on a page of 3
        # December 2025)
        return found
    return found[0] - 1, found[1]


_LOOK_AHEAD_DAYS = 31
_PLANNED_DAYS = 200
# What a sentence says is still to come.
_WILL = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+scheduled|are\s+scheduled|is\s+expected\s+to"
    r"|are\s+expected\s+to|is\s+set\s+to|are\s+set\s+to|to\s+be\s+held)\b",
    re.IGNORECASE,
)
# A sentence told in the past tense, with nothing that looks ahead: "On the morning of 8
# December, a crowd broke into the embassy" on a page of 3 December is last year's.
_PAST_TENSE = re.compile(
    r"\b(?:was|were|had|did|came|went|broke|took|fell|struck|hit|met|flew|left|fled|began"
    r"|stormed|[a-z]{2,}ed)\b"
)
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|would|shall|is|are|due|scheduled|expected|planned|set\s+to|upcoming|next"
    r"|to\s+be\s+held|plans?)\b",
    re.IGNORECASE,
)


def _told_in_past(text: str) -> bool:
    return bool(_PAST_TENSE.search(text)) and not _LOOKS_AHEAD.search(text)


def _into_next_year(
    atom: _Atom,
    found: tuple[int, str],
    section: DateSpan,
    page: DateSpan | None,
    sentence: Sentence,
) -> tuple[int, str]:
    """ "On 31 December 2017 ... Then on 5 January" in a post of 8 January 2018: a story
    goes on forward, into the next year, when that day is still before the page's (not
    when it looks back: "had been hit in late January", "earlier, in January")."""
    day, page_day = section.date_start or "", _page_day(page)
    month = atom.lo[1]
    if month is None or len(day) < 7 or found[0] != section.year_start:
        return found
    if page_day is None and (page is not None or int(day[5:7]) < _LATE_IN_YEAR):
        return found  # (without a page, only a story told from the year's last months on)
    if _LOOKS_BACK.search(sentence.text):
        return found
    if month >= int(day[5:7]):
        return found
    if page_day is not None and (found[0] + 1, month, atom.lo[2] or 1) > _ymd(page_day):
        return found
    return found[0] + 1, found[1]


_LATE_IN_YEAR = 11  # "In December 2024 ... In January": the next January


_LOOKS_BACK = re.compile(r"(?i:\b(?:had|earlier|previously|before|prior)\b)")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "on Sunday", "late on Tuesday", "last Friday": a day of the week the dated page is about.
_DAY_NAME = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# (and a day's worship, in the week a page tells of: "during Sunday mass", "at Friday prayers")
_DAY_PART = r"\s+(?:night|morning|evening|afternoon|mass|prayers|services?|sermon)"
# The verbs a wire puts a bare weekday after: "Israel said Thursday it had struck".
_REPORTING_VERBS = ("said", "says", "told", "announced", "reported", "confirmed")
_WEEKDAY = re.compile(
    # (AP's "Later Thursday, Assad hosted ...": that day)
    r"\b(?:(?i:late|early)\s+(?:on\s+)?|(?i:on|last|since|overnight|next|later|earlier)\s+|"
    + "|".join(rf"(?<=\b{verb}\s)" for verb in _REPORTING_VERBS)
    + rf"){_DAY_NAME}"
    rf"(?:{_DAY_PART})?"
    # "returned Wednesday night", not "on a Thursday evening" (any Thursday)
    rf"|(?<!\ba\s)(?<!\bA\s)\b{_DAY_NAME}{_DAY_PART}\b"
    r"|\b([Yy]esterday)\b"
    # a possessive names the day's event: "Monday's agreement in Sochi"
    r"|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=['’]s\s)"
)


# The day a statement was made, which what it reports may only approximate.
_SAID_DAY = re.compile(rf"\b(?:{'|'.join(_REPORTING_VERBS)})\s$")


# A date that opens a line before a dash or colon, as a timeline entry's does ("- 8 December
# 2024 – Rebels enter Damascus; on Sunday Assad fled"): its weekdays count back from it.
# (or a wire dateline's: "BEIRUT, Dec 20, 2015 (Reuters) - ... late on Saturday",
# "DAMASCUS/DUBAI, April 2 (Reuters) - ... on Monday")
_LINE_HEAD_BEFORE = re.compile(r"[\s*_#>•·–—-]*(?:[A-Z][A-Z ./'’-]{1,30},\s*)?")
_AGENCY_AFTER = re.compile(r"\s*\([^()]{1,40}\)")


def _is_line_head(span: DateSpan, sentence: Sentence) -> bool:
    at, end = span.start - sentence.start, span.end - sentence.start
    if _LINE_HEAD_BEFORE.fullmatch(sentence.text, 0, at) is None:
        return False
    agency = _AGENCY_AFTER.match(sentence.text, end)
    return bool(_TIMELINE_SEP.match(sentence.text, agency.end() if agency else end))


# What a sentence looks ahead with, before its weekday: "will be held on Wednesday", "is
# due to arrive on Friday" (and "next Monday" itself).
_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set|slated)\s+to"
    # "is due in Doha on Saturday", "are scheduled for Monday"
    r"|(?:is|are)\s+(?:due|scheduled|set|slated)\s+(?:in|at|for)|plans?\s+to|planning\s+to)\b",
    re.I,
)


# Spans a dated page counts from: "last week", "earlier this month", "over the past 24
# hours", "last year"; and the page's own day: "overnight", "during the night", "earlier
# this evening", "a short while ago" (what a statement or a live post reports).
_PAGE_RELATIVE_CUE = re.compile(
    r"(?i:\b(?:week|month|year|hours|today|tonight|night|overnight|morning|afternoon|evening"
    r"|ago|last|recent|weeks|months|weekend)\b)"
)
_MONTH_NAMES = "|".join(calendar.month_name[1:])
_PAGE_RELATIVE = re.compile(
    # "One year ago today", "two years ago": counted back from the page's day
    r"\b(?P<ago>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|\d{1,2})\s+years?\s+ago(?P<ago_today>\s+(?:today|this\s+week))?\b"
    # "Last May": the latest May before the page
    rf"|\b(?:last|this\s+past)\s+(?P<last_month>{_MONTH_NAMES})\b"
    r"|\b(?:(?P<last>last|previous)|(?P<past>past)|(?P<this>(?:earlier\s+|later\s+)?this))\s+"
    r"(?P<unit>week|month|year)\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<hours>24|48|72)\s+hours"
    # "In recent weeks they have struck Damascus": the weeks or months before the page
    r"|\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past\s+few|last\s+few)\s+(?P<recent>weeks|months)\b"
    r"|\b(?P<day>(?:earlier\s+|later\s+)?today|tonight|this\s+morning)\b"
    # "Over the weekend there were attempted attacks" in a Monday briefing
    r"|\b(?P<weekend>(?:over|during|on|at)\s+the\s+weekend|(?:last|this|this\s+past)\s+weekend)\b"
    # the night or the hours a paragraph's own date may already have named
    # "last night" in a statement of 3 April is the night of 2 April
    r"|\b(?P<last_night>last\s+night)\b"
    r"|\b(?P<loose>overnight(?!\s+(?:bus|train|ferry|flight|journey|trip|stay|service))"
    r"|during\s+the\s+night"
    r"|(?:earlier\s+|later\s+)?this\s+(?:afternoon|evening)"
    r"|(?:a\s+short\s+while|moments|a\s+few\s+hours|hours)\s+ago)\b",
    re.IGNORECASE,
)


_NAMED_YEAR = re.compile(r"(?<!since )\b(?P<which>[Ll]ast|[Tt]his)\s+year\b")
_AGO_TODAY = re.compile(
    r"\b(?:(?P<n>[A-Za-z]+|\d{1,3})\s+)?years?\s+ago\s+(?:today|this\s+week)\b", re.IGNORECASE
)


def _dateline_before_ago(
    own: Sequence[DateSpan], sentence: Sentence, page: DateSpan | None = None
) -> bool:
    """A dateline's day before "N years ago today": what the years count back from. Not
    an anniversary item's own day ("**7 December 2016** — Eight years ago this week, the
    army took Aleppo" in a digest of December 2024): that day is the event's."""
    # (a substring test first: few sentences count years back, and the pattern tries a
    # word at each word)
    if len(own) != 1 or "ago" not in sentence.text.lower():
        return False
    ago = _AGO_TODAY.search(sentence.text)
    if ago is None or own[0].precision != "day" or own[0].end - sentence.start > ago.start():
        return False
    word = (ago["n"] or "one").lower()
    years = int(word) if word.isdigit() else _COUNTS.get(word)
    day = _page_day(page)
    return not (years and day and own[0].year_start == int(day[:4]) - years)


def _named_year(sentence: Sentence, page: DateSpan | None, at: int) -> tuple[int, str] | None:
    """ "Last year, a strike on June 10 cratered the runways": a day of the year before
    the page's ("this year": of the page's). Written after a day ("On 25 December last
    year, ... and on 20 January"), it is that day's alone: ``at``, where the date ends in
    the sentence, says which."""
    day = _page_day(page)
    found = _NAMED_YEAR.search(sentence.text)
    if day is None or found is None or in_relative_clause(sentence.text, found.start()):
        return None
    before = sentence.text[: found.start()].rstrip(" ,")
    if _ENDS_ON_A_DAY.search(before) and not len(before) <= at <= found.start():
        return None
    return int(day[:4]) - (found["which"] in ("last", "Last")), found[0]


def _hamas_attack_day(atom: _Atom, joined: str, memory: _Memory) -> tuple[int, str] | None:
    """A year-less "October 7" in a text on the Gaza war, written after it: the day of the
    Hamas attack, 7 October 2023 ("The Hamas attack on October 7 changed the tempo")."""
    if atom.lo[1:] != (10, 7) or not _GAZA_WAR.search(joined):
        return None
    day = _page_day(memory.title_years)
    if day is not None and day < _HAMAS_ATTACK:
        return None
    return int(_HAMAS_ATTACK[:4]), "7 October 2023"


_HAMAS_ATTACK = "2023-10-07"
_GAZA_WAR = re.compile(r"\b(?:Hamas|Gaza)\b")


_ENDS_ON_A_DAY = re.compile(rf"(?:\b\d{{1,2}}|{lexicon.MONTH_NAME})$")


def _back_from(day: datetime.date, match: re.Match[str]) -> tuple[str, None, str]:
    """ "One year ago today" (that day), "two years ago" (that year), "last May"."""
    if match["last_month"]:
        month = list(calendar.month_name).index(match["last_month"].capitalize())
        year = day.year if month < day.month else day.year - 1
        return f"{year:04d}-{month:02d}", None, "month"
    word = match["ago"].lower()
    years = int(word) if word.isdigit() else _COUNTS.get(word, 1)
    if match["ago_today"]:
        then = day.replace(
            year=day.year - years, day=min(day.day, 28) if day.month == 2 else day.day
        )
        return then.isoformat(), None, "day"
    return str(day.year - years), None, "year"


_QUOTED_TITLE = re.compile(r"[\"“][^\"”]+[.,]?[\"”].?")


def _page_relative(sentence: Sentence, page: DateSpan, told: bool = False) -> DateSpan | None:
    """The span a phrase counted from the page's date names, on a page dated to a day.
    ``told``: the paragraph already gave a date, which "overnight" or "hours ago" keeps
    (a forum post's "Round two last night" under its own stamp)."""
    match = _PAGE_RELATIVE.search(sentence.text)
    day_of_page = _page_day(page)
    if match is None or day_of_page is None or (told and match["loose"]):
        return None
    if in_relative_clause(sentence.text, match.start()):
        return None  # "the shrine, which militias restored last year": another event's time
    if match[0].isupper() or _QUOTED_TITLE.fullmatch(
        sentence.text, max(0, match.start() - 1), min(len(sentence.text), match.end() + 2)
    ):
        return None  # a programme's name ("THIS WEEK", welcome to "This Week."), no time
    day = datetime.date.fromisoformat(day_of_page)
    unit = (match["unit"] or "").lower()
    if match["ago"] or match["last_month"]:
        first, last, precision = _back_from(day, match)
    elif match["last_night"]:
        first, last, precision = (day - datetime.timedelta(days=1)).isoformat(), None, "day"
    elif match["weekend"]:
        # the Saturday and Sunday on or before the page's day
        saturday = day - datetime.timedelta(days=(day.weekday() - 5) % 7)
        sunday = min(saturday + datetime.timedelta(days=1), day)
        first, last, precision = saturday.isoformat(), sunday.isoformat(), "range"
    elif match["recent"]:
        back = 28 if match["recent"].lower() == "weeks" else 120
        first = (day - datetime.timedelta(days=back)).isoformat()
        last, precision = day.isoformat(), "range"
    elif match["day"] or match["loose"] or match["hours"] == "24":
        first, last, precision = day.isoformat(), None, "day"
    elif match["hours"] or (match["past"] and unit == "week"):
        # "over the past 48 hours", "over the past week": the days up to the page's
        days = int(match["hours"]) // 24 - 1 if match["hours"] else 7
        first = (day - datetime.timedelta(days=days)).isoformat()
        last, precision = day.isoformat(), "range"
    elif unit == "week":
        monday = day - datetime.timedelta(days=day.weekday() + (7 if match["last"] else 0))
        end = monday + datetime.timedelta(days=6) if match["last"] else day
        first, last, precision = monday.isoformat(), end.isoformat(), "range"
    elif unit == "month":
        earlier = match["last"] or match["past"]
        month = day.replace(day=1) - datetime.timedelta(days=1) if earlier else day
        first, last, precision = month.isoformat()[:7], None, "month"
    else:
        first, last, precision = str(day.year - (0 if match["this"] else 1)), None, "year"
    start = sentence.start + match.start()
    years = (int(first[:4]), int((last or first)[:4]))
    return DateSpan(
        start, start + len(match[0]), match[0], first, last, precision, *years, page.anchor
    )


def _weekday_in_week(sentence: Sentence, week: DateSpan, match: re.Match[str]) -> DateSpan | None:
    """A weekday named under a week's dates ("28 September – 4 October 2024"): that day of
    the week, when the week is a span of days no longer than a fortnight."""
    named = match.group(1) or match.group(2) or match.group(4)
    if week.precision != "range" or not named or not week.date_end or len(week.date_end) != 10:
        return None
    try:
        first = datetime.date.fromisoformat(week.date_start or "")
        last = datetime.date.fromisoformat(week.date_end)
    except ValueError:
        return None
    if not 0 < (last - first).days <= 14:
        return None
    day = last - datetime.timedelta(days=(last.weekday() - _WEEKDAYS.index(named.lower())) % 7)
    if day < first:
        return None
    start = sentence.start + match.start()
    return DateSpan(
        start,
        start + len(match[0]),
        match[0],
        day.isoformat(),
        None,
        "day",
        day.year,
        day.year,
        week.text,
    )


def _weekday_date(sentence: Sentence, page: DateSpan) -> DateSpan | None:
    """The day a weekday names: the latest such day on or before the page's date."""
    match = _WEEKDAY.search(sentence.text)
    if match is None or page.date_start is None:
        return None
    if page.precision != "day":
        return _weekday_in_week(sentence, page, match)
    bare = match[0][:1].isupper()  # "said Tuesday", not "reported on Monday"
    if (
        bare
        and _SAID_DAY.search(sentence.text, 0, match.start())
        and _PAGE_RELATIVE.search(sentence.text)
    ):
        return None  # "said Tuesday it had carried out strikes over the past 48 hours"
    try:
        day = datetime.date.fromisoformat(page.date_start)
    except ValueError:
        return None
    named = match.group(1) or match.group(2) or match.group(4)  # None for "yesterday"
    back = (day.weekday() - _WEEKDAYS.index(named.lower())) % 7 if named else 1
    if named and not back and match[0][:4].lower() == "last":
        back = 7  # "last Saturday" on a Saturday's page: a week ago
    ahead = match[0][:4].lower() == "next" or _AHEAD.search(sentence.text, 0, match.start())
    if named and back and ahead:
        back -= 7  # "funerals will be held on Wednesday": the next one ("later on Tuesday": today)
    iso = (day - datetime.timedelta(days=back)).isoformat()
    start = sentence.start + match.start()
    year = int(iso[:4])
    return DateSpan(
        start, start + len(match[0]), match[0], iso, None, "day", year, year, page.anchor
    )


def _counted_on(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """A day, month or year the sentence counts from the section's last one ("two days
    later", "three months earlier", "the following year"); later ones count on from it."""
    here, text = sentence.section, sentence.text
    last = memory.last_day.get(here) or memory.by_section.get(here)
    if last is None and not memory.dated_headings:
        last = memory.last_written  # as a year-less day's year: see _prose_dates
    found = None
    if "day" in text or "week" in text or _DAY_PARTS.search(text):
        found = _relative_day(sentence, last)
    if found is None and ("days" in text or "weeks" in text):
        found = _following_days(sentence, last)
    if found is None and "the " in text:
        # (a post's "on the 8th" is of the month it was posted in)
        found = _ordinal_day(sentence, last or memory.stamp or memory.title_years)
    if found is None and "month" in text:
        found = _relative_month(sentence, last)
    if found is None and "year" in text:
        found = _relative_year(sentence, last)
    if found is not None:
        memory.by_section[here] = found
        memory.section_paragraph[here] = sentence.paragraph
    return found


def _year_told_here(own: Sequence[DateSpan], sentence: Sentence) -> DateSpan | None:
    """The last year the sentence itself wrote before a year-less date, if its own."""
    for span in reversed(own):
        if span.year_end is not None and span.anchor is None:
            return None if _is_background(span, sentence) or _since(span) else span
    return None


def _since(span: DateSpan) -> bool:
    """A state's start ("has held Mount Hermon since December 2024"): the story's own
    year is that one or later, so it anchors no later year-less day ("27 Nov")."""
    return span.text[:5].lower() == "since"


def _remember(span: DateSpan, sentence: Sentence, memory: _Memory) -> None:
    """An explicit date: what the section's later year-less dates anchor to."""
    memory.by_section[sentence.section] = span
    memory.last_day.pop(sentence.section, None)
    memory.section_paragraph[sentence.section] = sentence.paragraph
    if span.precision in ("day", "month"):  # not "the 1974 agreement"
        memory.last_written = span


def _prose_dates(
    sentence: Sentence, atoms: list[_Atom], text: str, shift: int, memory: _Memory
) -> SentenceDates:
    """``atoms`` were found in ``text`` (the joined document); ``shift`` maps their
    offsets to the document's."""
    heading = _heading_years(sentence.heading, memory)
    own: list[DateSpan] = []
    for i, atom in enumerate(atoms):
        if atom.lo[0] is not None:
            span = _to_span(atom, text, shift)
            if (
                span is not None
                and (not _is_background(span, sentence) or _stamped_title(span, sentence))
                and not _names_a_thing(span, sentence)  # "the 1974 Disengagement Agreement"
                and not _since(span)
            ):
                _remember(span, sentence, memory)
        elif (paired := _paired_year(atom, atoms[i + 1 :], text)) is not None:
            span = _to_span(atom, text, shift, *paired)
        else:
            section = memory.by_section.get(sentence.section)
            page = memory.title_years  # the page's dateline or dated title, if any
            # (a history page "Updated 14 March 2021": its year-less days are 1860's)
            told = not (memory.history or memory.retold) and _told_before(section, sentence, memory)
            if memory.history:
                page = None
            here = _year_told_here(own, sentence)
            if here is None and _refers_back(atom, text):
                here = _told_earlier_here(own)  # "... 2024 ... on February 2 of that year"
            if here is not None:
                # "In 2015 the division fought near Tal Qurin, and in October it joined the
                # offensive": the sentence's own year, however old the page is
                section, told = here, False
            elif (before := _later_than_before(sentence, memory)) is not None:
                # "In January 2016, a car bomb ... A month later, on Feb. 21, ...": the
                # story's year, on a page of 2023
                section, told = before, False
            elif (back := _year_referred_back(atom, text, section, memory)) is not None:
                # "retook Hujayra in November of that year", "That December": the year
                # just told, however old the page is
                section, told = back, False
            elif told or _background_year(section, page):
                section = None  # "agreed in 2015" does not date "On August 31" on a 2022 page
            # Back from background, a news story is its dated heading's ("THE APRIL 2024
            # STRIKE" ... "On the night of April 13-14"), else the page's ("How relations
            # evolved after December 2024" ... "on July 31" on a page of October 2025).
            found = _anchor_year(section, heading or page, atom.lo[1])
            if (
                found is None
                and section is None
                and (not memory.dated_headings or _yearless_day(sentence.heading) or memory.history)
            ):
                # "On 8 April" under "Aftermath", in an article that told of "7 April 2017"
                # in its lead: the year the document last wrote, in any section (not in a
                # document whose headings carry years: a section without one has left
                # the chronology, "## Iranian presence" after "### 2025"; one that names a
                # day without its year has not: "5. Israeli operations after 8 December")
                found = _anchor_year(memory.last_written, None)
            # A dated heading ("Bulletin (November 2, 2023)") is its section's page.
            later = _later_heading(heading, memory) if section is None and not told else None
            ref = later or page
            if found and ref is not None and found[0] == ref.year_start:
                back = memory.by_section.get(sentence.section) if told else None
                local = _around(sentence.text, atom.start + shift - sentence.start)
                found = _before_the_page(atom, found, ref, memory.latest, local, back)
            elif found and section is not None and _SINCE.match(text, atom.start):
                found = _since_before(atom, found, section)
            elif found and section is not None:
                found = _into_next_year(atom, found, section, memory.stamp or ref, sentence)
            if found and ("ast year" in sentence.text or "his year" in sentence.text):
                end = atom.end + shift - sentence.start
                found = _named_year(sentence, memory.title_years, end) or found
            found = _hamas_attack_day(atom, text, memory) or found
            if found and atom.precision == "day":
                found = _weekday_year(atom, text, found, (page, heading, memory.last_written))
            span = _to_span(atom, text, shift, *found) if found else None
            if span is not None and span.precision == "day" and not _is_background(span, sentence):
                # "On May 3 ... The next day": later days count from this one (but its
                # guessed year anchors nothing)
                memory.last_day[sentence.section] = span
        if span is not None:
            own.append(span)
    # (a background date leaves the sentence's own to count: "Two days later a strike hit
    # Abu Kamal, where the base has been under construction since 2018")
    if (
        all(_is_background(d, sentence) for d in own)
        and (counted := _counted_on(sentence, memory)) is not None
    ):
        own.append(counted)
    if not own and memory.period is not None and "period" in sentence.text:
        own.extend(_in_the_period(sentence, memory.period))
    lead = own[0] if own and own[0].precision == "day" and _is_line_head(own[0], sentence) else None
    if lead is not None:
        memory.datelines[sentence.section] = lead
    head = lead if len(own) == 1 else None
    # what "today" and weekdays count from: a timeline entry's own date, its section's
    # dateline, a dated heading ("Bulletin (November 2, 2023)"), or the page's
    page = head or (
        None
        if own
        else memory.datelines.get(sentence.section)
        or _later_heading(heading, memory)
        or memory.title_years
    )
    # (a weekly's "28 September – 4 October 2024" heading: the week its weekdays are in)
    basis = page if page is not None or own else heading
    if basis is not None and "day" in sentence.text.lower():
        weekday = _weekday_date(sentence, basis)
        if weekday is not None:
            own = [_with_anchor(weekday, basis.text) if head else weekday]
    # "The centre, established in the 1980s, has expanded this year": the clause's date is
    # another event's, "this year" the sentence's own
    if _dateline_before_ago(own, sentence, memory.title_years):
        # "SAYYIDA ZAYNAB, 21 February 2026 — Ten years ago today, two bombs ...": the
        # dateline's day is what the years count back from
        page, own = own[0], []
    background = bool(own) and all(_is_background(d, sentence) for d in own)
    if background:
        page = _later_heading(heading, memory) or memory.title_years
        if page is not None and "day" in sentence.text.lower():
            # "strikes on Friday night ..., in retaliation for the attack ... on January
            # 28": the weekday is the sentence's own, the clause's day another event's
            weekday = _weekday_date(sentence, page)
            own = [*own, weekday] if weekday is not None else own
    if (background or not own) and page is not None and _PAGE_RELATIVE_CUE.search(sentence.text):
        known = _inherited(sentence.paragraph, memory) or heading
        told = known is not None and known.precision == "day"
        counted = _page_relative(sentence, page, told)
        own = [*own, counted] if counted is not None else own
        if counted is not None and _AGO_TODAY.search(counted.text):
            # "A year ago today, Israeli F-15s struck T4": the story told from here on is
            # that year's ("on the night of 29 April" on a page of 9 April 2019 is 2018's)
            _remember(counted, sentence, memory)
    own = _without_named_years(own, sentence) if own else own
    if own and _only_older_things(own, sentence, _inherited(sentence.paragraph, memory)):
        # "Within hours, troops crossed the 1974 disengagement line and took Mount Hermon"
        # in a paragraph of 8 December 2024: the paragraph's day, not the line's year
        own = []
    if own:
        own = _coordinated(own, sentence)
        own = _counted_within(own, sentence)
        narrative = [d for d in own if not _is_background(d, sentence)]
        if not narrative:  # "the first visit since Ahmadinejad's in September 2010"
            # (a news lead's event is the page's day: "Gunmen killed a commander who had
            # joined the settlement in 2018")
            known = _inherited(sentence.paragraph, memory) or heading
            return SentenceDates(tuple(own), known or _story_day(sentence, memory))
        time_before = _time_before(sentence, memory)
        memory.by_paragraph[sentence.paragraph] = narrative[-1]
        if (
            memory.in_lead
            and narrative[-1].year_start != _page_year(memory)
            and not _CAPTION_DATE.search(sentence.text)  # a photo's: "..., November 2018."
        ):
            memory.in_lead = False  # background: "In 2017, Russia signed a 49-year lease"
        memory.paragraph_section[sentence.paragraph] = sentence.section
        memory.inherit.pop(sentence.paragraph, None)
        return SentenceDates(tuple(own), time_before)
    if _HABITUAL.search(sentence.text) and _HABITUAL.search(
        _RELATIVE_CLAUSE.sub("", sentence.text)
    ):
        # "Israel has struck the airport for years" (not "hit the centre in Barzeh, which
        # Western governments have long linked to ...": the clause's, not the strike's)
        return SentenceDates((), None)
    stamped = _stamped_lead(sentence, memory)  # a post's own stamp beats the heading's
    if _states_the_present(sentence.text):
        # "Russia retains forces at Hmeimim": as things stand when it was written, not on
        # the day the sentence before told of
        return SentenceDates((), stamped or heading)
    if sentence.heading and _ITINERARY_DAY.match(sentence.heading):
        # a tour's step ("Afternoon return to Sayyida Zaynab") happens on the tour's day,
        # not in the years a history aside before it told of
        return SentenceDates((), stamped or heading)
    inherited = (
        _inherited(sentence.paragraph, memory)
        or _continued(sentence, memory)
        or _the_event_again(sentence, memory)
        or stamped
        or heading
        or _story_day(sentence, memory)
        or _after_the_titled_event(sentence, memory)
    )
    return SentenceDates((), _coarsened(inherited, sentence.text))


# A section that goes on from the event an article is titled after ("2017 Shayrat
# missile strike" ... "## Aftermath" ... "Hours after the strike, Syrian warplanes ...").
_AFTER_THE_EVENT = re.compile(
    r"[\s*_\"“]*(?:(?:Hours|Minutes|Days|Shortly|Immediately|Soon)\s+(?:after|following)"
    r"|(?:After|Following|In\s+the\s+aftermath\s+of|In\s+response\s+to))\s+the\s+"
    r"(?:[\w-]+\s+){0,2}(?:strikes?|attacks?|raids?|bombings?|operation|assault|explosions?)\b"
)


def _after_the_titled_event(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """The date of the event a dated title names, for a sentence that opens after it."""
    title = memory.title_years
    if title is None or not _AFTER_THE_EVENT.match(sentence.text):
        return None
    return title


# An itinerary's day: "Day 4: Darayya – Sayyida Sukayna", "DAY 3 (FRI)".
_ITINERARY_DAY = re.compile(r"[\W_]*(?i:day)\s+\d{1,2}\b")


# A state told in the present tense, with no verb in the past: "Russia retains military
# forces at Hmeimim", "Most are with air defence units around Damascus".
# (not a timeline's present of what happened: "Assad is flown from Hmeimim to Moscow")
_PRESENT_STATE = re.compile(
    r"\b(?:(?:is|are)(?!\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|flown|hit|struck|shot|held|built"
    r"|sent|led|seen|said|set|put|cut|lost|won|kept|brought|thrown|killed)\b)"
    r"|remains?|retains?|maintains?|hosts?|operates?|keeps?|holds?|houses?"
    # (not the noun: "strikes the T-4 control trailer", "the control tower")
    r"|controls?(?!\s+(?:trailer|tower|room|station|centre|center|point|system|zone|line|post)))\b"
)
# Past tenses _PAST_TENSE leaves out, which a state in the present has none of.
_PAST_IRREGULAR = re.compile(
    r"\b(?:gave|made|said|sent|led|held|won|lost|built|kept|brought|told|saw|found|got|ran"
    r"|became|put|set|cut|shot|sank|rose|drove|wrote|spoke|knew|thought|fought|bought|stood"
    r"|flown|been|done|gone|seen|taken|given|known)\b"
)


def _states_the_present(text: str) -> bool:
    return (
        _PRESENT_STATE.search(text) is not None
        and _PAST_TENSE.search(text) is None
        and _PAST_IRREGULAR.search(text) is None
    )


_HISTORY_YEARS = 30


def _tells_history(latest: tuple[int, int, int], page: DateSpan | None) -> bool:
    day = _page_day(page)
    return day is not None and latest[0] > MIN_YEAR and latest[0] < int(day[:4]) - _HISTORY_YEARS


# A text that speaks of its own time is no history, whatever old years its asides write
# (a travel diary's "this summer was my first trip to Iran" beside "in July 1935").
_PRESENT = re.compile(
    r"\b(?i:this|last)\s+(?:year|summer|spring|autumn|winter|month|week)\b"
    r"|\b(?:yesterday|this\s+morning|tonight|last\s+night)\b"
)


def _page_year(memory: _Memory) -> int | None:
    day = _page_day(memory.title_years)
    return int(day[:4]) if day else None


# A report of one day's events: "Bulletin of the Russian Centre for reconciliation",
# "Daily report"; "Over the past 24 hours, 11 violations ..." (not a flash update's or a
# situation report's sections, which look back over days).
_ONE_DAY_TITLE = re.compile(
    r"\b(?:bulletin|daily\s+(?:reports?|update|brief\w*|summary|death\s+toll|toll|roundup))\b",
    re.IGNORECASE,
)
_TITLE_HEADINGS = 3  # a site's name may stand over the report's own title
_PAST_DAY = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+24\s+hours\b", re.I)


def _tells_one_day(sentences: Sequence[Sentence]) -> bool:
    """Whether a dated page is a one-day report: its title says so, or its text counts
    the past 24 hours."""
    titles = itertools.islice((s.text for s in sentences if s.is_heading), _TITLE_HEADINGS)
    if any(_ONE_DAY_TITLE.search(title) for title in titles):
        return True
    return any(_PAST_DAY.search(s.text) for s in sentences[:_ONE_DAY_LEAD])


_ONE_DAY_LEAD = 12  # sentences: the report's opening


# A picture's caption ends in the day or month it was taken: "Members of an Iranian-backed
# militia at a checkpoint in Albu Kamal, November 2018."
_CAPTION_DATE = re.compile(
    rf",\s+(?:(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}},)?\s+)?\d{{4}}\.?\s*$"
)


def _story_day(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """The page's day, for an undated sentence of a news story's lead told in the past
    tense ("Heavy explosions were heard in Albu Kamal" on a page of 3 February 2024)."""
    if not memory.in_lead or _page_year(memory) is None:
        return None
    text = sentence.text
    if memory.stamp is not None and text[:1].isdigit() and _CLOCK_HEAD.match(text):
        return memory.title_years  # a live entry told at its clock time: "00:21 Loud blasts"
    for start, end in reversed(dependent_clauses(text)):
        text = text[:start] + text[end:]  # what a clause tells is its noun's past
    if "had" in text:
        text = _REPORTED_HAD.sub(r"\1", text)  # "said they had taken": that day's news
    if _LOOKS_BACK_FAR.search(text):
        return None  # "Iranian forces left Syria years ago", "once used the base"
    return memory.title_years if _told_in_past(text) else None


# What someone said had happened, told the day it was said: "the rebels said they had
# seized Aleppo international airport" (the "had" only follows the reporting verb).
_REPORTED_HAD = re.compile(
    r"\b((?:said|says|reported|confirmed|announced|claimed|acknowledged|added|stated"
    r"|told\s+\w+)(?:\s+(?!had\b)[\w'’-]+){0,6}?\s+)had\b(?!\s+(?:long|once|already)\b)"
)


_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;:()]*")
# What has gone on for long, on no one day: "has struck the airport for years".
_HABITUAL = re.compile(
    r"\b(?:for\s+(?:many\s+)?(?:years|decades|a\s+decade)|over\s+the\s+(?:years|past\s+decade)"
    r"|has\s+long|have\s+long|had\s+long|historically|repeatedly\s+over)\b",
    re.IGNORECASE,
)
_LOOKS_BACK_FAR = re.compile(
    r"\b(?:ago|once|formerly|previously|long\s+(?:been|before)|used\s+to|for\s+years"
    r"|for\s+(?:a|two|three|several)\s+decades?|for\s+decades|in\s+the\s+past|earlier|had"
    r"|historically|at\s+the\s+time|over\s+the\s+(?:years|past))\b",
    re.IGNORECASE,
)


# "later" on its own: not "later that day", "two days later", "later in March"
_LATER_ON = re.compile(
    r"(?:^|(?<=\s))(?P<before>[\w-]+\s+)?[Ll]ater\b"
    r"(?!\s+(?:that|the\s+same|on\s+\w+day|in|this|than|stage))"
)
# ... which a count or a measure before it makes a relative day: "two days later"
_LATER_BY = frozenset(
    {"minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month", "year",
     "moments", "shortly", "soon", "much", "even", "bit", "little", "long"}
)  # fmt: skip


def _later_on(text: str) -> bool:
    return any(
        not (m["before"] and m["before"].strip().lower() in _LATER_BY)
        for m in _LATER_ON.finditer(text)
    )


# "Later that month", "the same year": the month or year of the date before, not its day.
_THAT_MONTH = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:that|in\s+the)|(?:that|the\s+same))\s+(?P<unit>month|year)\b",
    re.IGNORECASE,
)


def _coarsened(span: DateSpan | None, text: str) -> DateSpan | None:
    """``span`` cut to the month or year a sentence says it shares with it."""
    if span is None or span.date_start is None or span.precision not in ("day", "month"):
        return span
    if "ater" in text and _later_on(text):
        # "The monitor later reported new offices in Albu Kamal": some time after the day
        # told, in that year or a later one
        return None
    found = _THAT_MONTH.search(text) if "month" in text or "year" in text else None
    if found is None or (found["unit"].lower() == "month" and span.precision == "month"):
        return span
    keep = 7 if found["unit"].lower() == "month" else 4
    precision = "month" if keep == 7 else "year"
    return replace(span, date_start=span.date_start[:keep], date_end=None, precision=precision)


def _stamped_lead(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """The post's stamp, for the undated sentences of the paragraph it heads."""
    return memory.stamp if sentence.paragraph == memory.stamp_paragraph else None


def _on_stamp_line(sentence: Sentence, memory: _Memory) -> bool:
    stamp = memory.stamp
    return (
        stamp is not None
        and 0 <= sentence.start - stamp.start < _STAMP_MAX_CHARS
        and stamp.text in sentence.text
        # (a chat message may start on its stamp's line: "11/30/24, 09:05 - Omar: Hama ...")
        and (_CHAT_STAMP.fullmatch(stamp.text) is None or sentence.text.strip() == stamp.text)
    )


_SINCE = re.compile(r"(?i:since\b)")


def _since_before(atom: _Atom, found: tuple[int, str], section: DateSpan) -> tuple[int, str]:
    """ "Since October 17" after "Feb. 4, 2024": looking back from a day earlier in the
    year, the month is last year's."""
    day = section.date_start or ""
    month = atom.lo[1]
    if len(day) < 7 or month is None or found[0] != section.year_start:
        return found
    if (month, atom.lo[2] or 1) > (int(day[5:7]), int(day[8:10] or 1) if len(day) == 10 else 1):
        return found[0] - 1, found[1]
    return found


def _later_heading(heading: DateSpan | None, memory: _Memory) -> DateSpan | None:
    """A heading dated to a day no earlier than the page: the page of its section (a
    bulletin's, a later post's). An earlier one is more likely a caption's."""
    if heading is None or heading.precision != "day" or heading.date_start is None:
        return None
    if memory.stamp is not None:
        return None  # a post's own stamp says what its "today" is
    page = _page_day(memory.title_years)
    return heading if page is None or heading.date_start >= page else None


def _is_background(span: DateSpan, sentence: Sentence) -> bool:
    """A date of another event or of how long a state has lasted: what the paragraph's
    later sentences do not inherit (see :mod:`extract.clauses`)."""
    return is_background_date(sentence.text, span.start - sentence.start, span.text)


# Two dates joined by a bare "and" close together: "On 31 December 2017 and 6 January
# 2018, Khmeimim came under attack" (one event's range), "in 639 or 640" (one of the
# two). Far apart they are two events ("visited Tehran in February 2019 and May 2022"),
# which the events stage tells apart (see :func:`extract.events.listed_dates`); so are
# two "again" joins, however close ("in April 2018 and again in May 2018").
_AND_ONLY = re.compile(r"\s+(?:and|or)\s+(?:(?:in|on)\s+)?")
_NEAR_DAYS = 62


# A year that names an event ("The 2024 Masyaf raid was ... on the night of 8–9
# September 2024", "the 2017 agreement"): an article or possessive before it, a word after.
_NAMING_YEAR_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+$")
_NAMING_YEAR_AFTER = re.compile(r"\s+[A-Za-z]")


# A conflict dataset's actor, with the years of the government or force it names:
# "Military Forces of Syria (2000-2024)", "Government of Iran (2021-2024)".
_BODY_BEFORE = re.compile(
    r"\b(?:Forces|Government|Police|Militia|Army|Regime|Guard\s+Corps)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*\(\s*$"
)


def _names_a_body(span: DateSpan, sentence: Sentence) -> bool:
    start = span.start - sentence.start
    return sentence.text[start - 1 : start] == "(" and bool(
        _BODY_BEFORE.search(sentence.text, max(0, start - 60), start)
    )


# A person's gloss of their life or reign: "Muhsin al-Amin (d. 1371 AH / 1952 CE)",
# "(b. 1950)", "Hafez al-Assad (r. 1971-2000)".
_LIFE_GLOSS = re.compile(r"\((?:b|d|r|fl)\.\s*(?:\d{1,4}\s*(?:AH|SH|AP)\s*/\s*)?$")


def _a_life_gloss(span: DateSpan, sentence: Sentence) -> bool:
    start = span.start - sentence.start
    return "(" in sentence.text and bool(
        _LIFE_GLOSS.search(sentence.text, max(0, start - 20), start)
    )


# A cell after a cell of prose that ended its sentence: "... at positions in Sheikh
# Miskeen. | 2.9.2022 |" (a sanctions annex's date of listing, a list's date added).
_AFTER_PROSE_CELL = re.compile(r"[.!?]['\"”’)]*\s*\|\s*$")


def _a_records_own_cell(span: DateSpan, sentence: Sentence) -> bool:
    start = span.start - sentence.start
    return "|" in sentence.text[max(0, start - 4) : start] and bool(
        _AFTER_PROSE_CELL.search(sentence.text, max(0, start - 12), start)
    )


def _names_a_thing(span: DateSpan, sentence: Sentence) -> bool:
    """A year that names a thing: "the 1974 Disengagement Agreement", "a 2019 contract",
    "the Vienna Conventions of 1961 and 1963"."""
    if span.precision != "year":
        return False
    text, base = sentence.text, sentence.start
    if _names_an_instrument(span, sentence):
        return True
    return bool(
        _NAMING_YEAR_BEFORE.search(text, 0, span.start - base)
        and _NAMING_YEAR_AFTER.match(text, span.end - base)
    )


def _only_older_things(own: Sequence[DateSpan], sentence: Sentence, told: DateSpan | None) -> bool:
    """Whether every date of ``own`` is the year of a thing ("the 2019 contract", "the
    1974 disengagement line", not "the 2006 Lebanon War") older than the paragraph's."""
    if told is None or told.year_start is None:
        return False
    return all(
        d.year_start is not None
        and d.year_start < told.year_start
        and _names_a_thing(d, sentence)
        and _COMMON_NOUN_AFTER.match(sentence.text, d.end - sentence.start)
        # (an event the sentence tells of, however old: "the 2007 destruction of the
        # al-Kibar reactor")
        and not _EVENT_NOUN_AFTER.match(sentence.text, d.end - sentence.start)
        for d in own
    )


_COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:destruction|bombing|bombardment|strikes?|airstrikes?|air\s+strikes?|raids?"
    r"|attacks?|capture|recapture|siege|fall|massacre|invasion|assault|explosion|sack)\b"
)


def _names_an_instrument(span: DateSpan, sentence: Sentence) -> bool:
    """ "the Vienna Conventions of 1961 and 1963": the years of a treaty's name."""
    if span.precision not in ("year", "range"):
        return False
    before = span.start - sentence.start
    return bool(
        _INSTRUMENT_OF.search(sentence.text, 0, before)
        or _NUMBERED_INSTRUMENT.search(sentence.text, 0, before)
    )


# A treaty, resolution or law named with its year after it: "the Vienna Conventions of
# 1961 and 1963", "Resolution 2254 of 2015", "the Adana Agreement of 1998".
_INSTRUMENT_OF = re.compile(
    r"\b(?:Conventions?|Agreements?|Accords?|Treat(?:y|ies)|Protocols?|Resolutions?"
    r"(?:\s+\d+)?|Law|Decree|Act|Charter)\s+of\s+(?:(?:the\s+)?years?\s+)?"
    r"(?:\d{4}(?:\s*,\s*|\s+and\s+))*$"
)


# A resolution cited with its year in brackets: "resolution 2254 (2015)", "resolutions 338
# (1973) and 350 (1974)", "its resolution 2401 (2018), ...".
_NUMBERED_INSTRUMENT = re.compile(
    r"\b[Rr]esolutions?\s+(?:\d{2,4}\s*\(\d{4}\)\s*(?:,\s*(?:and\s+)?|and\s+))*\d{2,4}\s*\($"
)


def _without_named_years(own: list[DateSpan], sentence: Sentence) -> list[DateSpan]:
    """``own`` without a year that names an event when the sentence also gives a day or
    a month: the finer date is the event's, whether in that year ("The 2024 Masyaf raid
    ... on 8 September 2024") or another ("On 8 December 2024 troops crossed the 1974
    disengagement line")."""
    # never the event's: an instrument's year, a dataset actor's ("Military Forces of Syria
    # (2000-2024)")
    own = [
        d
        for d in own
        if not _names_an_instrument(d, sentence)
        and not _names_a_body(d, sentence)
        and not _a_records_own_cell(d, sentence)
        and not _a_life_gloss(d, sentence)
    ]
    if len(own) < 2:
        return own
    named = [d for d in own if _names_a_thing(d, sentence)]
    if not named or len(named) == len(own):
        return own
    if all(_is_background(d, sentence) for d in own if d not in named):
        # "leased Tartus under a 2017 agreement, and has operated from Hmeimim since it
        # intervened in 2015": the clause's year is another event's; the lease's is 2017
        return own
    return [d for d in own if d not in named]


def _near(first: DateSpan, then: DateSpan) -> bool:
    """Does ``then`` begin within two months of ``first``'s end (years: the next year)?"""
    end, start = first.date_end or first.date_start or "", then.date_start or ""
    if len(end) == 4 or len(start) == 4:
        return int(start[:4]) - int(end[:4]) <= 1
    last = datetime.date.fromisoformat(f"{end}-28" if len(end) == 7 else end)
    begin = datetime.date.fromisoformat(f"{start}-01" if len(start) == 7 else start)
    return (begin - last).days <= _NEAR_DAYS


_LIST_COMMA = re.compile(r"\s*,\s*")
_BETWEEN = re.compile(r"\b[Bb]etween\s+$")


def _after_between(first: DateSpan, sentence: Sentence) -> bool:
    """ "Between 17 October 2023 and early February 2024": one stretch, however long."""
    return first.text[:8].lower() == "between " or bool(
        _BETWEEN.search(sentence.text, 0, first.start - sentence.start)
    )


def _coordinated(own: list[DateSpan], sentence: Sentence) -> list[DateSpan]:
    out = [own[0]]
    for i, span in enumerate(own[1:], 1):
        first = out[-1]
        gap = sentence.text[first.end - sentence.start : span.start - sentence.start]
        # the last two of a longer list are two of its dates ("in 2019, 2022 and 2023")
        listed = i >= 2 and _LIST_COMMA.fullmatch(
            sentence.text, own[i - 2].end - sentence.start, first.start - sentence.start
        )
        if (
            not listed
            and _AND_ONLY.fullmatch(gap)
            and first.year_start is not None
            and span.year_start is not None
            and first.year_start <= span.year_start
            and (first.date_end or first.date_start or "") < (span.date_start or "")
            and (" or " in gap or _near(first, span) or _after_between(first, sentence))
        ):
            text = sentence.text[first.start - sentence.start : span.end - sentence.start]
            out[-1] = DateSpan(
                first.start, span.end, text, first.date_start, span.date_end or span.date_start,
                "range", first.year_start, span.year_end, first.anchor or span.anchor,
            )  # fmt: skip
        else:
            out.append(span)
    return out


# A paragraph that goes on with the last one's story: "He also prayed at the Umayyad
# Mosque ..." after "On Thursday, Raisi met Assad ...".
# The month or year told before: "The same month", "Later that year", "That month".
_THAT_TIME = r"(?:(?:In\s+the|The)\s+same|(?:Later|Earlier)\s+that|That)\s+(?:month|year)\b"
_GOES_ON = re.compile(
    r"[\s*_\"“]*(?:(?:He|She|They)\s+(?:also|then|later|later\s+also)\b"
    r"|(?:Later|Afterwards|Hours\s+later|Later\s+that\s+day|The\s+same\s+day)\b"
    # "The same month, a Russian delegation ...", "Later that year" (cut to that month or
    # year; "the following year" is counted on, see _counted_on)
    rf"|{_THAT_TIME}"
    # "In the hours after the regime fell, crowds stormed ...", "Israel, meanwhile, struck"
    r"|(?:Meanwhile|At\s+the\s+same\s+time|That\s+(?:night|day|evening|morning)"
    r"|Within\s+(?:hours|days)|In\s+the\s+(?:hours|days)\s+(?:after|that\s+followed)"
    # "Hours after Assad's departure, crowds stormed the Iranian embassy"
    r"|(?:Hours|Minutes|Moments)\s+(?:after|later)"
    # a night told hour by hour: "By midnight, the army had abandoned ...", "At about
    # 1 a.m., ...", "Ninety minutes later, ..."
    r"|(?:By|Around|Shortly\s+(?:before|after)|At(?:\s+(?:about|around))?)\s+"
    r"(?:midnight|dawn|daybreak|noon|\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm))"
    r"|[A-Z][a-z]+(?:[\s-][a-z]+)?\s+(?:minutes|hours)\s+later)"
    r"(?![\w.])"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*meanwhile\b)"
)


# A sentence that opens on the time told before it: "Later that month he met Trump in
# Riyadh, and in September he addressed the General Assembly".
_OPENS_ON_THAT = re.compile(rf"[\s*_\"“]*{_THAT_TIME}")


def _time_before(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """What a sentence with dates of its own that opens on the time before it ("Later
    that month ..., and in September ...") dates its first clause with."""
    if _OPENS_ON_THAT.match(sentence.text) is None:
        return None
    before = _inherited(sentence.paragraph, memory) or _continued(sentence, memory)
    return _coarsened(before, sentence.text)


# A paragraph that opens counted on from the one before: "A month later, on Feb. 21, ...".
_COUNTED_LATER = re.compile(
    r"[\s*_\"“]*(?:A|One|Two|Three|Four|Five|Six|Several|Some|A\s+few)\s+"
    r"(?:days?|weeks?|months?)\s+later\b"
)


def _later_than_before(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """The date of the paragraph before, in the same section, for one that opens counted
    on from it (whose year-less day is of that year, not the page's)."""
    if not _COUNTED_LATER.match(sentence.text):
        return None
    return _paragraph_before(sentence, memory)


def _paragraph_before(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """The date of the paragraph before the sentence's, when it is of the same section."""
    previous = sentence.paragraph - 1
    if previous not in memory.by_paragraph:
        return None
    if memory.paragraph_section.get(previous) != sentence.section:
        return None
    return _inherited(previous, memory)


# The event a story told, named again as what did something: "In Syria, the strikes hit
# IRGC-QF and militia sites in and around Deir ez-Zor", "The raid took place near Jarablus".
_TOLD_AGAIN = re.compile(
    r"\b[Tt]he\s+(?:(?:air|missile|drone|U\.?S\.?|Israeli|Russian|American|Turkish)\s+)?"
    r"(?:strikes?|airstrikes?|attacks?|raids?|bombings?|operation|assault|explosions?|blasts?)"
    r"\s+(?:were\s+|was\s+|also\s+)?(?:hit|struck|targeted|killed|destroyed|damaged"
    r"|carried\s+out|took\s+place|conducted|began|happened|occurred)\b"
)
# How far back a story's last dated paragraph may be (a list of targets in between).
_TOLD_AGAIN_PARAGRAPHS = 3


def _the_event_again(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """The date of the story's last dated paragraph in the section, for a sentence that
    names its event again as what happened ("the strikes hit ..." two paragraphs after
    "At 4:00 p.m. (EST) February 2, CENTCOM forces conducted airstrikes")."""
    if _TOLD_AGAIN.search(sentence.text) is None:
        return None
    for paragraph in range(
        sentence.paragraph - 1, sentence.paragraph - 1 - _TOLD_AGAIN_PARAGRAPHS, -1
    ):
        if memory.paragraph_section.get(paragraph, sentence.section) != sentence.section:
            return None
        if paragraph in memory.by_paragraph:
            return _inherited(paragraph, memory)
    return None


def _continued(sentence: Sentence, memory: _Memory) -> DateSpan | None:
    """The previous paragraph's date, for a paragraph's first sentence that goes on with
    its story, in the same section."""
    if sentence.paragraph - 1 not in memory.by_paragraph or not _GOES_ON.match(sentence.text):
        return None
    found = _paragraph_before(sentence, memory)
    if found is not None and sentence.paragraph not in memory.by_paragraph:
        # the story goes on: a next paragraph that goes on too ("Israel, meanwhile, ...")
        # continues from this one
        memory.by_paragraph[sentence.paragraph] = found
        memory.paragraph_section[sentence.paragraph] = sentence.section
    return found


def _inherited(paragraph: int, memory: _Memory) -> DateSpan | None:
    found = memory.inherit.get(paragraph)
    if found is None:
        earlier = memory.by_paragraph.get(paragraph)
        if earlier is None:
            return None
        found = memory.inherit[paragraph] = _with_anchor(earlier, earlier.text)
    return found


# An infobox field of a person's life: "| Born | 2 November 1960 |", "Died\t7 October 2015".
_LIFE_FIELD = re.compile(
    r"[|*_\s]*(?:Born|Died|Buried|Date\s+of\s+(?:birth|death)|Resting\s+place)\b[*_:]*(?:\s|\||$)",
    re.IGNORECASE,
)
# The first lines of a news page or report: its dateline or byline date ("Damascus, SANA
# — September 9, 2024", "RIA Novosti, May 5, 2016"), not a "Key: value" metadata line.
_HEAD_CHARS = 900
_HEAD_LINES = 6
_STAMPED_HEAD_LINES = 18  # "20 October 2024, 5:41 pm" below a site's menu and header lines
_MAX_DATELINE_WORDS = 12
_MAX_FIELD_WORDS = 10
_METADATA_LINE = re.compile(r"[A-Z][\w ]{0,20}:\s")


# A saved page's file name that carries its day: "mfa_presser_2024-04-08.txt".
# ("presser_2024-04-08.txt", or run together: "bbc_damascus_live_20241208.txt")
_NAME_DAY = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<month>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
)


def source_date(name: str) -> DateSpan | None:
    """The day a document's file name gives, if it gives one: what a page whose text names
    no day of its own ("TEHRAN, April 8") was most likely saved or published on."""
    found = _NAME_DAY.search(name.rsplit("/", 1)[-1])
    if found is None:
        return None
    year, month, day = (int(found[key]) for key in ("year", "month", "day"))
    if not _valid_day(year, month, day):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return DateSpan(0, 0, found[0], iso, None, "day", year, year, f"file name {found[0]}")


def _dateline_words(line: str) -> int:
    """How long a line is, as a dateline goes: not counting the separators between its
    parts, nor another calendar's day beside the Gregorian one ("Issue No. 4812 –
    Wednesday 12 June 2024 – 5 Dhu al-Hijjah 1445" is a masthead's dateline)."""
    return sum(1 for word in _CALENDAR_DAY.sub(" ", line).split() if word not in "–—-|/·•")


def _head(text: str) -> str:
    """The document's first lines, whole: a line the window cuts short ("On 26 November
    2024 several rockets w") would pass for a short dateline."""
    if len(text) <= _HEAD_CHARS or text[_HEAD_CHARS] in "\r\n":
        return text[:_HEAD_CHARS]
    return text[:_HEAD_CHARS].rpartition("\n")[0]


def document_date(text: str) -> DateSpan | None:
    """The day a document gives on one of its first short lines, if any: what its
    year-less dates ("on Sunday ... on March 27") most likely belong to."""
    lines = [line.strip() for line in _head(text).splitlines() if line.strip()]
    # "Key: value" lines, not counting "Published: ..." and "Updated: ..." themselves,
    # nor an e-mail's header ("From:", "Subject:"), whose "Date:" dates the letter.
    # (a field is short: "Syrian Arab Republic: Recent developments in north-western Syria
    # and Hama - Flash Update No. 7" is a report's title)
    keyed = [
        _METADATA_LINE.match(x) is not None
        and not _PUBLISHED.match(x)
        and not _EMAIL_KEY.match(x)
        and len(x.split()) <= _MAX_FIELD_WORDS
        and x.split(":", 1)[0].strip(" *_#").lower() in METADATA_KEYS  # not "Syria: news ..."
        for x in lines
    ]
    cabled = next((_cable_day(m) for x in lines if (m := _DATE_TIME_GROUP.fullmatch(x))), None)
    if cabled is not None:
        return cabled
    emailed = sum(1 for x in lines[:_HEAD_LINES] if _EMAIL_KEY.match(x)) >= 2
    book = any(_BOOK_KEY.match(x) for x in lines)
    record = any(_RECORD_KEY.match(x) for x in lines)
    sourced = any(_SOURCE_KEY.match(x) for x in lines)
    for i, line in enumerate(lines[:_STAMPED_HEAD_LINES]):
        if (saved := _SAVED.match(line)) is not None:
            line = saved["when"]  # a researcher's note: "_Saved 3 Jan 2025, 09:40 (Beirut ..."
        published = _PUBLISHED.match(line) is not None or (emailed and _EMAIL_DATE.match(line))
        stamped = published or _UPDATE_OR_CLOCK.search(line) is not None
        # (a cover's day alone on the line under its authors: "By A and B" / "10 October 2024")
        stamped = stamped or (
            i > 0 and _BY_LINE.match(lines[i - 1]) is not None and len(line.split()) <= 5
        )
        if i >= _HEAD_LINES and not stamped:
            continue  # further down, under a kicker, headline and standfirst: a stamp only
        wire = _WIRE_DATELINE.match(line)
        if wire is None and (day_only := _WIRE_DAY_ONLY.match(line)) is not None:
            wire_day = _wire_day_in_year(day_only, line, text)
            if wire_day is not None:
                return wire_day
        if wire is not None:
            # "DAMASCUS, March 18, 2025 (Reuters) - Syria's new authorities ...": the lead
            # opens with the day it was filed
            filed = [d for d in find_dates(wire["head"]) if d.precision == "day"]
            if len(filed) == 1:
                return _with_anchor(filed[0], wire["head"].strip())
        longer = (  # "By A and B · 11 Nov 2025 · ...", "A, Correspondent, and B - 13 Nov 2023"
            stamped or _BY_LINE.match(line) is not None or _NAMES_THEN_DAY.match(line) is not None
        )
        too_long = _dateline_words(line) > _MAX_DATELINE_WORDS * (2 if longer else 1)
        if too_long and " | " in line and (cell := _barred_day(line)) is not None:
            # "**Outlet** | Posted 31 December 2024 | Tags: ...", "A and B | Thursday 10
            # May 2018 16.40 BST | Last modified 19.02 BST": the byline is that cell
            line, too_long = cell, False
        elif too_long and " · " in line and (cell := _day_cell(line)) is not None:
            # "**Natalia Ershova** · Jan 24, 2025 · *Eastern Flank* — a newsletter on ...":
            # a newsletter's byline, its day a field of its own
            line, too_long = cell, False
        # "Published: MAY 14, 2022" or "News ID: 3442187 - Wednesday 14 October 2015 -
        # 16:25" alone is a byline; in a run of "Key: value" lines ("Author: ...",
        # "Published: 8 May 2005") it is a spam book's metadata.
        in_run = (i > 0 and keyed[i - 1]) or (i + 1 < len(keyed) and keyed[i + 1])
        key_value = _METADATA_LINE.match(line) is not None
        metadata = key_value and (in_run or not stamped)
        if metadata and not book and (_CREATED.match(line) or (record and _DATE_KEY.match(line))):
            metadata = False  # a record's own header: a cable's or a memo's "Created: <day>"
        elif metadata and not book and (sourced or not in_run) and _DATE_KEY.match(line):
            # a report's "Date: 19 March 2025" under its title, alone or beside the
            # "Source:" that published it (an infobox's "Date:" sits among "Location:" and
            # "Result:")
            metadata = False
        if metadata and _WEEK_OF.match(line):
            metadata = False  # a bulletin's "Period covered: 1 - 15 March 2024"
        if too_long or metadata or is_list_item(line):
            continue  # a list item is a timeline entry ("- 5 March 2016 – ..."), not a dateline
        if PHOTO_CREDIT.search(line):
            continue  # a photo caption dates its picture, not the page
        if _SPEAKER_TURN.match(line):
            continue  # "[00:01:25] GUEST: February 10, 2018 — a drone ...": what is said
        if _LIFE_FIELD.match(line):
            continue  # an infobox's "| Born | 2 November 1960, Isfahan |": a life, no page
        found = find_dates(line)
        if not stamped and _is_prose_line(line, found):
            continue  # "HTS took Aleppo on 30 November 2024.": the story's first sentence
        days = {d.date_start: d for d in found if d.precision == "day"}
        if len(days) == 1:  # one day, maybe twice: "Published 10 Mar 2025 | Updated 10 Mar 2025"
            return _with_anchor(next(iter(days.values())), line)
        if not days and (slashed := _published_day_first(line)) is not None:
            return _with_anchor(slashed, line)
        if not days and (period := _period_line(line, found)) is not None:
            return _with_anchor(period, line)  # a quarterly's "OCTOBER 1, 2023 - DECEMBER 31, 2023"
        if not days and _WEEK_OF.match(line) and (week := _last_day_of_week(found)) is not None:
            return _with_anchor(week, line)  # "Week of September 9-13, 2019": its last day
        if len(days) == 2 and _UPDATED_LATER.search(line):
            # "January 28, 2025 11:15 PM  Updated January 29, 2025": published on the first
            return _with_anchor(next(iter(days.values())), line)
    return _late_stamp(text) or _weekday_line(text)  # no byline among the first lines


# A cable's date-time group under its routing lines: "R 151230Z MAR 09" (routine, the 15th
# at 12:30 Zulu, March 2009), "O 081415Z FEB 08".
_DATE_TIME_GROUP = re.compile(
    r"(?:[OPRZ]{1,2}\s+)?(?P<day>\d{2})\d{4}Z\s+(?P<month>[A-Z]{3})\s+(?P<year>\d{2}|\d{4})"
)
_CENTURY_PIVOT = 50  # a cable's two-digit year: "MAR 09" is 2009, "OCT 73" 1973


def _cable_day(group: re.Match[str]) -> DateSpan | None:
    month = _MONTHS.get(group["month"].lower())
    year = int(group["year"])
    if len(group["year"]) == 2:
        year += 1900 if year >= _CENTURY_PIVOT else 2000
    try:
        day = datetime.date(year, month or 0, int(group["day"]))
    except ValueError:
        return None
    return DateSpan(0, 0, group[0], day.isoformat(), None, "day", year, year, group[0])


# A sentence's date follows a preposition, with words of its own before or after it ("...
# captured Aleppo on 30 November 2024.", "On 5 June 2013 the army retook al-Qusayr."); a
# dateline's stands alone ("MOSCOW, January 10, 2025").
_PROSE_DATE = re.compile(r"(?:on|in|since|until|by|from)\b", re.IGNORECASE)


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _period_line(line: str, found: Sequence[DateSpan]) -> DateSpan | None:
    """A line that is nothing but a report's period within one year, from day to day."""
    if len(found) != 1 or found[0].precision != "range" or found[0].year_start != found[0].year_end:
        return None
    period = found[0]
    if not (
        _FULL_DAY.fullmatch(period.date_start or "") and _FULL_DAY.fullmatch(period.date_end or "")
    ):
        return None
    return (
        period
        if not line[: period.start].strip(" *_#|") and not line[period.end :].strip(" *_#|.")
        else None
    )


def _is_prose_line(line: str, found: Sequence[DateSpan]) -> bool:
    """A short line that is a sentence of the story, whose date is its event's."""
    if not found or not ends_sentence(line.rstrip("*_ ")):
        return False
    first = found[0]
    if _PROSE_DATE.match(first.text) is None:
        return False
    return len(line[: first.start].split()) >= 3 or len(line[first.end :].split()) >= 3


# A publication stamp's slashed day whose day and month could swap: "(AFP) - Published:
# 03/02/2026 - 14:27". Pages that stamp days with slashes write the day first (a US
# page writes the month's name).
_PUBLISHED_SLASHED = re.compile(
    r"(?i:published|posted|updated|issued)(?:\s+on)?\s*:?\s*"
    r"(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d\d)\b"
)
# ... or a byline's cell beside a clock time: "Rudaw | 15-11-2019 | 11:42".
_STAMP_CELL = re.compile(r"(?:^|\|)\s*(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d\d)\s*(?:\||$)")


def _published_day_first(line: str) -> DateSpan | None:
    found = _PUBLISHED_SLASHED.search(line)
    if found is None and _CLOCK.search(line):
        found = _STAMP_CELL.search(line)
    if found is None:
        return None
    day, month, year = int(found[1]), int(found[2]), int(found[3])
    if not 1 <= month <= 12 or not _valid_day(year, month, day):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    start = found.start(1)
    text = line[start : found.end(3)]
    return DateSpan(start, start + len(text), text, iso, None, "day", year, year, None)


# A hearing's or a statement's own line further down its cover: "THURSDAY, MARCH 7, 2024",
# "FEBRUARY 14, 2024" (a line that is only a day, and the only one of the cover).
_WEEKDAY_LINE_CHARS = 1200
_WEEKDAY_LINE = re.compile(
    r"[\s*_#]*(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?P<day>.{6,30})"
)
_DAY_LINE_REST = re.compile(r"[\s*_#,.]*")


def _weekday_line(text: str) -> DateSpan | None:
    """The day of the first line that is only a (week)day, when no other day comes
    before it: the day a record's cover gives."""
    lines = [line.strip() for line in text[:_WEEKDAY_LINE_CHARS].splitlines()]
    dated = [(line, find_dates(line)) for line in lines if any(c.isdigit() for c in line)]
    dated = [(line, found) for line, found in dated if any(d.precision != "year" for d in found)]
    if not dated:
        return None  # no date, or only bare years ("FISCAL YEAR 2025")
    line, found = dated[0]
    if len(found) != 1 or found[0].precision != "day":
        return None
    weekday = _WEEKDAY_LINE.fullmatch(line) is not None
    alone = _DAY_LINE_REST.fullmatch(line.replace(found[0].text, "")) is not None
    only = sum(1 for _, f in dated if len(f) == 1 and f[0].precision == "day") == 1
    return _with_anchor(found[0], line) if weekday or (alone and only) else None


def _day_cell(line: str, separator: str = " · ") -> str | None:
    """The field of a byline (dotted or barred) that is a day and nothing else, but for
    its weekday and clock time ("Thursday 10 May 2018 16.40 BST")."""
    for cell in line.split(separator):
        bare = cell.strip(" *_")
        found = find_dates(bare) if any(c.isdigit() for c in bare) else []
        if len(found) == 1 and found[0].precision == "day":
            day = _DAY_CELL.fullmatch(bare)
            if day is not None and day["day"] == found[0].text:
                return bare
    return None


# A byline's day field: the day, with at most its weekday before and its time after.
_DAY_CELL = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?P<day>.+?)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?"
)


def _barred_day(line: str) -> str | None:
    """The "Posted <day>" cell of a byline whose fields a bar parts, else its day cell."""
    published = (c.strip() for c in line.split(" | ") if _PUBLISHED.match(c.strip()))
    return next(published, None) or _day_cell(line, " | ")


# A weekly's dateline: "Week of September 9-13, 2019", "For the week of 2-8 March 2024".
# ... or a bulletin's or situation report's "Reporting period: 24–30 November 2025"
_WEEK_OF = re.compile(
    r"[*_\s#]*(?:for\s+the\s+)?week\s+of\b|.*\b(?:reporting\s+period|period\s+covered)\b",
    re.IGNORECASE,
)


def _last_day_of_week(found: Sequence[DateSpan]) -> DateSpan | None:
    """The last day of the one range of days, up to a month long, a line gives, as a day."""
    spans = [d for d in found if d.precision == "range" and d.date_end and len(d.date_end) == 10]
    if len(spans) != 1 or not spans[0].date_start or len(spans[0].date_start) != 10:
        return None
    span = spans[0]
    first = datetime.date.fromisoformat(span.date_start or "")
    last = datetime.date.fromisoformat(span.date_end or "")
    if not 0 < (last - first).days <= 31:
        return None
    year = last.year
    return DateSpan(span.start, span.end, span.text, last.isoformat(), None, "day", year, year)


# A live page puts its "Updated 8 December 2024" line under a summary list, further
# down than a byline: a line that is only that stamp counts a little further in.
_STAMP_CHARS = 2000
_STAMP_LINE = re.compile(
    r"[*_\s]*(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?\s*:?\s*(?P<rest>.{6,60})",
    re.IGNORECASE,
)


def _late_stamp(text: str) -> DateSpan | None:
    """The day of the first "Published/Updated <day>" line among a page's first lines,
    unless it sits in a run of "Key: value" lines (a spam book's metadata)."""
    lines = [line.strip() for line in text[:_STAMP_CHARS].splitlines() if line.strip()]
    for i, line in enumerate(lines):
        match = _STAMP_LINE.fullmatch(line)
        if match is None or any(
            _METADATA_LINE.match(x) and not _PUBLISHED.match(x)
            for x in lines[max(0, i - 1) : i + 2]
        ):
            continue
        days = {d.date_start: d for d in find_dates(match.group("rest")) if d.precision == "day"}
        if len(days) == 1:
            return _with_anchor(next(iter(days.values())), line)
    return None


_PUBLISHED = re.compile(r"[*_\s]*(?:first\s+)?(?:published|posted|updated|last\s+updated)\b", re.I)
# When a page was saved, up to the note's next part: "Saved 3 Jan 2025, 09:40 (Beirut
# time) by R.M. — pasted from news.google.com", "Retrieved on 12 May 2024".
_SAVED = re.compile(
    r"[*_\s]*(?i:saved|retrieved|accessed|captured|archived|downloaded)(?:\s+on)?\s*:?\s+"
    r"(?P<when>[^—–(;*_]{6,40}?)\s*(?=\(|—|–|;|\bby\b|[*_]|$)"
)
# The key that dates a record in its own header of "Key: value" lines (a cable's
# "Reference ID: ... / Created: 2006-01-22 14:37 / Released: ..."); not in a spam page's
# fake book metadata, whose keys give it away.
# (also in a cell of its own: "Classification: Client distribution | Issued: 30 December
# 2021")
_CREATED = re.compile(r"(?:^|.*\|\s*)(?i:(?:created|dated|issued|written|filed)\s*:)")
# A plain "Date:" dates a record whose header numbers it ("News ID: 723418", "Reference
# ID:", "Ref:"), not an infobox's "Date:" of the event an article is about.
_DATE_KEY = re.compile(r"(?i:date\s*:)")
_RECORD_KEY = re.compile(
    r"(?i:(?:news\s+|reference\s+|document\s+)?id|ref|reference)\s*(?:no\.?\s*)?:"
)
_BOOK_KEY = re.compile(
    r"(?i:(?:isbn|pages|downloads|uploader|price|genre|(?:pdf|epub|file)(?:\s+file)?\s+size)\s*:)"
)
_BY_LINE = re.compile(r"[*_\s]*By\s+[A-Z]")
# A byline of names and roles that ends in its day: "Tom Arkwright, Middle East
# Correspondent, and Dr Helen Voss, Senior Analyst - 13 November 2023" (only capitalised
# words, commas and "and" before the dash: no prose).
_NAMES_THEN_DAY = re.compile(
    r"[*_\s]*[A-Z][\w.'’-]*(?:(?:,?\s+|,\s*)(?:and\s+|&\s+)?[A-Z][\w.'’-]*){1,20}"
    r"\s+[-–—|·]\s+(?:[A-Z][a-z]+,?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d\s*$"
)
# A wire story's first line: "DAMASCUS, March 18, 2025 (Reuters) - ...", "BEIRUT, Dec 20,
# 2015 (AFP) — ..."
_WIRE_DATELINE = re.compile(
    r"(?P<head>[*_\s]*[A-Z][A-Z ./'’-]{1,30},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+(?:19|20)\d\d"
    r"\s*(?:\([^()]{1,40}\))?)\s*[-–—]\s"
)
# ... and one without its year, as wires file: "BEIRUT, Oct 4 (Reuters) - An Israeli ..."
_WIRE_DAY_ONLY = re.compile(
    r"[*_\s]*[A-Z][A-Z ./'’-]{1,30},\s*(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))\s*\([^()]{1,40}\)\s*[-–—]\s"
)


def _wire_day_in_year(match: re.Match[str], line: str, text: str) -> DateSpan | None:
    """A wire's year-less filing day, in the year that puts it after every day the story
    writes out in full ("BEIRUT, Oct 4 (Reuters)" over "since Oct. 8, 2023" is 2024's)."""
    atoms = [a for a in _scan(match["day"]) if a.lo[1] is not None and a.lo[2] is not None]
    written = [(d.year_start, d.date_start) for d in find_dates(text) if d.precision == "day"]
    if len(atoms) != 1 or not written:
        return None
    year, latest = max(written, key=lambda pair: pair[1] or "")
    month, day = atoms[0].lo[1], atoms[0].lo[2]
    if year is None or latest is None or month is None or day is None:
        return None
    if (month, day) < (int(latest[5:7]), int(latest[8:10])):
        year += 1
    head = line[: match.end()].strip(" -–—")
    span = _to_span(atoms[0], match["day"], match.start("day"), year, head)
    return _with_anchor(span, head) if span is not None else None


# A transcript's turn: "[00:01:25] GUEST: ...", "HOST: ...".
_SPEAKER_TURN = re.compile(
    r"[*_\s]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[A-Z][\w .'’-]{0,40}:\s"
    r"|(?:HOST|GUEST|INTERVIEWER|MODERATOR|PRESENTER|ANCHOR|Q|A)\s*:\s)"
)
_SOURCE_KEY = re.compile(r"(?i:(?:source|publisher|published\s+by|organi[sz]ation)\s*:)")
_EMAIL_KEY = re.compile(r"(?i:(?:from|to|cc|subject|date|sent|reply-to)\s*:)")
_EMAIL_DATE = re.compile(r"(?i:(?:date|sent)\s*:)")
# A second day on a byline that is its update: "... Updated January 29, 2025".
# (a recording's later release too: "Recorded December 18, 2024 · Released December 20")
_UPDATED_LATER = re.compile(r"(?i:\b(?:updated|update|modified|edited|released|aired)\b)")
# What marks a byline further in: "[ Last Update: ... ]", "| Updated", a clock time "13:40".
_CLOCK = re.compile(r"\b(?:[01]?[0-9]|2[0-3]):[0-5][0-9]\b")
# (a British page's clock has a dot and its zone: "Sun 8 Dec 2024 22.01 GMT")
_ZONED_CLOCK = re.compile(
    r"\b(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]\s*(?:GMT|BST|UTC|CET|CEST|EET|EEST|ET|EST|EDT)\b"
)
_UPDATE_OR_CLOCK = re.compile(
    rf"(?i:\bupdate[ds]?\b|\bfirst\s+published\b)|{_CLOCK.pattern}|{_ZONED_CLOCK.pattern}"
)


# A line that is only a day and a clock time: the stamp of a post or a live entry
# ("[08.12.2024 04:12]", "Nov 29, 2024 · 6:02 PM", "### 9 Sep 2024 09.41 BST",
# "Posted at 21:48, 8 December 2024").
_STAMP_MAX_CHARS = 80
_STAMP_MARKUP = re.compile(r"[\s#>*_|·•\[\](),:=–—-]*")
_STAMP_REST = re.compile(
    r"(?i:\b(?:posted|updated|published|last|edited|at|on|(?:mon|tues|wednes|thurs|fri"
    # (a feed's RFC 822 "Sun, 09 Feb 2025 11:20:30 +0200": a short weekday, seconds)
    r"|satur|sun)day|mon|tue|wed|thu|fri|sat|sun"
    r"|(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|bst|utc|cet|cest"
    r"|eet|eest|est|edt|pst|pdt|msk|irst|ast|idt|ist|local\s+time|gmt\s*[+-]\s*\d{1,2})\b"
    r"|[+-]\d{1,2}(?::?\d{2})?\b)"
)
# What a stamp line may open with: markup, and a thread's post number ("#841  Posted 30
# September 2015, 19:22").
_STAMP_LEAD = re.compile(
    # a map feed's "[explosion icon] 25 Dec 2023 16:48", a section's "=== 2 April 2024 ==="
    r"[#>*_= ]*(?:\[[^\]\d]{1,30}\]\s*)?(?:(?<=#)\d{1,7}\s+"
    # a numbered record of a series: "Statement No. 7 - 20 January 2025", "Bulletin 12:"
    r"|(?i:(?:statement|bulletin|update|press\s+release|release|communiqu[eé]|notice|report)"
    r"\s+(?:no\.?\s*|#)?\d{1,5}\s*[-–—:,]\s*)"
    # a forum post's author: "by sergei_k » 12/01/2025 18:22"
    r"|(?i:by)\s+\S{1,40}\s*[»›|]\s*)?"
)


_LINK_BEFORE_DATE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:[\w-]+\.)+[a-z]{2,6}(?:/\S*)?\s+(?:[·|—–-]\s+)?(?=[A-Z0-9])"
)


def post_stamps(text: str, page: DateSpan | None = None) -> list[DateSpan]:
    """The stamps of the posts or entries a document is made of (a channel export, a
    live page, a thread, a page of search results), in order: each dates the text under
    it. Fewer than two dated ones means one story, dated by :func:`document_date`.

    A search result dated only "3 days ago" gets an undated stamp (``date_start`` None):
    the result before it no longer dates what it says. On a page dated to a day
    (``page``), a live entry headed by its clock time alone ("### 5:48 pm — Syrian media:
    ...") is that day's."""
    stamps: list[DateSpan] = []
    today = page if _page_day(page) is not None else None
    slashed = _slash_order(text)
    # "1h ago" counts from when the page itself was updated, not from an item's date
    updated = today if today is not None and _UPDATE_OR_CLOCK.search(today.anchor or "") else None
    order = _chat_day_first(text)
    offset, above = 0, (0, "")  # the line before: where it starts, and its words
    handle = post = -1  # where the last handle line starts; where the last stamp does
    dated = (False, False)  # whether the two lines before were date lines
    for line in text.splitlines(keepends=True):
        (start, offset), prior = (offset, offset + len(line)), above
        body = line.strip()
        above = (start, body)
        if body[:1] == "@" and _HANDLE.fullmatch(body):
            handle = start  # (a post in lower case runs on from its handle's line)
        link = _LINK_BEFORE_DATE.match(body)
        if link is not None:
            body = body[link.end() :]  # a result's "aljazeera.com/news/2023/5/3/... May 3, 2023"
        if "|" in body or "·" in body or "•" in body:
            body = _STAMP_BYLINE.sub("", body)  # "Posted on 2014-01-21 | Editor: R. Milhem"
        outlet = _OUTLET_STAMP.match(body)
        if outlet is not None:
            body = outlet["when"]  # a news aggregator's "Reuters · Jan 29, 2025"
        elif body.endswith("]") and (sent := _SENDER_STAMP.search(body)) is not None:
            # a message copied out of Telegram: "Euphrates Eye, [12.11.24 08:41]"
            body = sent["when"]
        chat = _CHAT_STAMP.match(body)
        if chat is not None:
            # a chat export's message: "[01.04.2024 17:21] Syria Frontline:", "11/30/24,
            # 09:05 - Omar: Hama is gone." dates its own line and what follows it
            stamps.extend(_chat_stamp(chat, start, order))
            dated = (dated[1], False)
            continue
        head = snippet_date(body) if body[:1].isalnum() else None
        day = _stamp_day(head or body, slashed)
        if day is None and today is not None and (clock := _CLOCK_HEAD.match(body)):
            # the day of the last day divider above it (a chat export's "3 February 2024"
            # over its messages' "08:15"; not an embedded post's "11:48 AM · Dec 4, 2024"),
            # else the page's
            day = replace(_day_divider(stamps) or today, text=clock[1])
        elif day is None and (short := _YEARLESS_STAMP.fullmatch(body)) is not None:
            known = today or _last_dated(stamps)  # a live map's "9 Apr, 03:55"
            day = _stamp_of_year(short, known) if known is not None else None
        elif day is None and today is not None and (divider := _YEARLESS_DIVIDER.fullmatch(body)):
            day = _stamp_of_year(divider, today)  # a live page's "**Friday 27 September**"
        if day is None and updated is not None and (ago := _AGO_STAMP.fullmatch(body)):
            day = _days_before(updated, ago)  # "1h ago" on a page "Last updated: 14 April 2018"
        # a date line, not a dated snippet
        date_line = outlet is not None or (head is None and day is not None)
        after_stamp, dated = dated[0], (dated[1], date_line)
        # The headline right above a date line is the item's too ("Raisi visits Damascus
        # - AP" over "May 3, 2023"), unless a date line stands above that headline (a
        # carousel's "CNN · Apr 1, 2024" over its headline).
        if date_line and not after_stamp:
            start = prior[0] if _HEADLINE_ABOVE.fullmatch(prior[1]) else start
        if day is not None and handle > max(post, 0) and _CLOCK_FIRST.match(body):
            # X prints a post's stamp under it ("@Conflict_Monitor" / text / "9:47 AM · Dec
            # 8, 2024"): it dates the post from its handle's line down
            start = handle
        if day is not None:
            post = start
            stamps.append(
                DateSpan(start, start, day.text, day.date_start, day.date_end, day.precision,
                         day.year_start, day.year_end, (head or body).strip(" —–-·"))
            )  # fmt: skip
        elif head is not None or (outlet is not None and _RELATIVE_WHEN.fullmatch(body)):
            mark = head or body
            stamps.append(DateSpan(start, start, mark, None, None, "day", None, None, mark))
    return stamps if sum(1 for s in stamps if s.date_start) > 1 else []


# ... and its stamp after the sender's name, as Telegram copies a message.
_SENDER_STAMP = re.compile(
    r"(?<=[^\W\d_]|[^\x00-\x7f])\s*,\s*"
    rf"(?P<when>{lexicon.BRACKETED_CHAT_STAMP})$"
)
# A chat app's message stamp and sender: Telegram's "[01.04.2024 17:21] Syria Frontline:",
# WhatsApp's "11/30/24, 09:05 - Lina Haddad: ..." or "[4/2/24, 9:17:05 PM] Omar: ...".
_CHAT_STAMP = re.compile(lexicon.CHAT_STAMP_AND_SENDER)


def _chat_day_first(text: str) -> bool:
    """Whether a chat export writes its days first ("30.11.24"): dotted days always are,
    slashed ones when one of them has a first number above 12; "11/30/24" says not."""
    for stamp in _CHAT_STAMP.finditer(text):
        if stamp["sep"] == "." or int(stamp["a"]) > _LAST_MONTH:
            return True
        if int(stamp["b"]) > _LAST_MONTH:
            return False
    return True


_LAST_MONTH = 12


def _chat_stamp(stamp: re.Match[str], start: int, day_first: bool) -> list[DateSpan]:
    day, month = (stamp["a"], stamp["b"]) if day_first else (stamp["b"], stamp["a"])
    year = int(stamp["y"]) + (2000 if len(stamp["y"]) == 2 else 0)
    try:
        when = datetime.date(year, int(month), int(day))
    except ValueError:
        return []
    text = stamp[0]
    return [DateSpan(start, start, text, when.isoformat(), None, "day", year, year, text)]


# A live map's stamp without its year: "9 Apr, 03:55", "Apr 9, 03:55".
_YEARLESS_STAMP = re.compile(
    rf"[\s*_\[]*(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})),?"
    r"\s+(?:[01]?\d|2[0-3]):[0-5]\d[\]\s*_]*"
)


# A live page's day divider over its entries' clock times: "**Friday 27 September**".
_YEARLESS_DIVIDER = re.compile(
    rf"[\s*_#]*(?:{lexicon.WEEKDAY_NAME},?\s+)"
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}))[\s*_]*"
)
# A live map's relative stamp: "1h ago", "35 min ago", "2d ago".
_AGO_STAMP = re.compile(
    r"[\s*_\[]*(?:(?P<n>\d{1,2})\s*(?P<unit>m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?"
    r"|weeks?)\s+ago|(?P<word>yesterday|today))[\]\s*_]*",
    re.IGNORECASE,
)


def _days_before(page: DateSpan, ago: re.Match[str]) -> DateSpan | None:
    """The day a relative stamp counts back to from the page's day (hours: that day; a
    week: seven days, as a results page rounds)."""
    if ago["word"]:
        back = 1 if ago["word"].lower() == "yesterday" else 0
    else:
        unit = ago["unit"].lower()
        back = int(ago["n"]) * (7 if unit.startswith("w") else 1 if unit.startswith("d") else 0)
    day = datetime.date.fromisoformat(page.date_start or "") - datetime.timedelta(days=back)
    return DateSpan(0, 0, ago[0].strip(), day.isoformat(), None, "day", day.year, day.year, None)


def _day_divider(stamps: Sequence[DateSpan]) -> DateSpan | None:
    """The last day with no clock time of its own, past the clock lines of the messages
    under it (not when a post stamped with both comes first: an embedded tweet's)."""
    for stamp in reversed(stamps):
        anchor = stamp.anchor or ""
        if not stamp.date_start or _CLOCK_ONLY.fullmatch(anchor):
            continue  # an earlier message's "16:45" under the same divider
        return None if _CLOCK_TIME.search(anchor) else stamp
    return None


_CLOCK_ONLY = re.compile(
    r"[#*_\s]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|UTC))?[*_\s]*",
    re.IGNORECASE,
)


_CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def _last_dated(stamps: Sequence[DateSpan]) -> DateSpan | None:
    return next((s for s in reversed(stamps) if s.precision == "day" and s.date_start), None)


def _stamp_of_year(found: re.Match[str], page: DateSpan) -> DateSpan | None:
    """The day of a year-less stamp on a page of a known day: the page's year, or the year
    before for a later month ("28 Dec" on a page of 3 January)."""
    month = _month(found["m1"] or found["m2"])
    day = int(found["d1"] or found["d2"])
    page_year, page_month, _ = _ymd(page.date_start or "")
    year = page_year - 1 if month > page_month else page_year
    if not _valid_day(year, month, day):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return DateSpan(0, 0, found[0].strip(), iso, None, "day", year, year, page.anchor)


# A live entry's heading that opens with its clock time: "### 5:48 pm — Syrian media: ...",
# "**09:41** IDF says ...".
_CLOCK_HEAD = re.compile(
    r"[#*_\s]*((?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|UTC))?)[*_]*"
    # (or the entry's first words on its line: "00:08 Red alert sirens sound across ...")
    r"(?:\s+[—–|-]\s+|\s*$|\s+(?-i:(?=[A-Z\"“][a-z\"“'’A-Z])))",
    re.IGNORECASE,
)
# "Al-Monitor · 2 hours ago", "Reuters via Yahoo News · Dec 29, 2017", "The Moscow Times ·
# 4 days ago": an outlet and when it published the item.
_OUTLET_STAMP = re.compile(
    # (the outlet in bold or italics: "**Fox News** · Sep 3, 2019")
    r"[*_]{0,3}(?:[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,5})[*_]{0,3}\s+[·•|]\s+"
    r"(?P<when>[^·•|]{3,40})"
)
_HANDLE = re.compile(r"@\w{1,30}")
_CLOCK_FIRST = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•]")
_RELATIVE_WHEN = re.compile(r"(?i:\d{1,2}\s+(?:minute|hour|day|week)s?\s+ago|yesterday|today)")
# A headline right above such a line: short, no sentence's full stop.
_HEADLINE_ABOVE = re.compile(r"[^\n]{8,160}(?<![.:;])")


_STAMP_BYLINE = re.compile(
    r"\s*[|·•]\s*(?:editor|by|author|written\s+by|reporter)\s*:\s*[^|·•]{1,40}$", re.IGNORECASE
)


def _stamp_day(body: str, slashed: str | None = None) -> DateSpan | None:
    """The day of a line that is only a day and a clock time, or None."""
    if not body or len(body) > _STAMP_MAX_CHARS or not any(c.isdigit() for c in body):
        return None
    body = _STAMP_LEAD.sub("", body, count=1)
    body = _STAMP_BYLINE.sub("", body)  # "Posted on 2014-01-21 | Editor: Rasha Milhem"
    days = [d for d in find_dates(body, slashed=slashed) if d.precision == "day"]
    if len(days) != 1:
        return None
    rest = body.replace(days[0].text, " ")
    return days[0] if _STAMP_MARKUP.fullmatch(_STAMP_REST.sub(" ", rest)) else None


def _scan_prose(sentences: Sequence[Sentence]) -> tuple[str, list[int], list[list[_Atom]]]:
    """Scan all prose sentences at once, joined by a character no pattern crosses: one
    pass over a document is much cheaper than a few regex calls per sentence."""
    joined = _SEP.join("" if s.is_heading else s.text for s in sentences)
    bases: list[int] = []
    pos = 0
    for s in sentences:
        bases.append(pos)
        pos += (0 if s.is_heading else len(s.text)) + len(_SEP)
    per: list[list[_Atom]] = [[] for _ in sentences]
    for atom in _scan(joined, slashed=_slash_order(joined)):
        per[bisect_right(bases, atom.start) - 1].append(atom)
    for index, atom in _entry_days(sentences, bases):
        per[index].insert(0, atom)
    for index, atom in _entry_months(sentences, bases, per):
        per[index].insert(0, atom)
    for index, atom in _ordinal_days(sentences, bases, per):
        per[index].append(atom)
        per[index].sort(key=attrgetter("start"))
    return joined, bases, per


# A day of the month the text is telling of, by its ordinal alone: "landed at about 2 a.m.
# on the 19th", "On our last full day, the 15th, we went to Bab al-Saghir".
_ORDINAL_DAY = re.compile(
    r"(?:\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom)\s+|,\s+)the\s+(?P<day>[123]?\d)(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:at|in|on|via|and|when|while|as|we|they|he|she|it|the|after"
    r"|before|from|to|of\s+(?:that|this|the\s+same)\s+month)\b)"
)
# What every match of _ORDINAL_DAY holds: found fast (it opens with a word), it spares most
# sentences the full pattern, which opens with alternatives tried at every position.
_THE_ORDINAL = re.compile(r"the\s+[123]?\d(?:st|nd|rd|th)\b")


def _ordinal_days(
    sentences: Sequence[Sentence], bases: list[int], per: list[list[_Atom]]
) -> Iterator[tuple[int, _Atom]]:
    """Day atoms for "the 19th" after a day or month the text wrote: of that month when
    the day is not earlier than the one written, its year the written one's, or anchored
    as a year-less day's is."""
    last: _YMD | None = None
    for index, s in enumerate(sentences):
        if s.is_heading:
            dated = [a for a in _scan(s.text, heading=True) if a.lo[1] is not None]
            last = dated[-1].hi or dated[-1].lo if dated else None
            continue
        dated = [a for a in per[index] if a.lo[1] is not None]
        if (dated or (last is not None and last[1] is not None)) and _THE_ORDINAL.search(s.text):
            for match in _ORDINAL_DAY.finditer(s.text):
                # (a month the sentence wrote before it comes first: "in December 2021,
                # on the 7th and again on the 28th")
                here = bases[index] + match.start()
                before = [a for a in dated if a.end <= here]
                told = (before[-1].hi or before[-1].lo) if before else last
                if told is None or told[1] is None:
                    continue
                day, (year, month, written) = int(match["day"]), told
                if not 1 <= day <= 31 or (written is not None and day < written):
                    continue  # "28 November ... on the 3rd": the next month's, or told back?
                start = bases[index] + match.start("day")
                end = bases[index] + match.end()
                yield index, _Atom(start, end, (year, month, day), None, "day")
        if dated:
            last = dated[-1].hi or dated[-1].lo


# A timeline's month heading ("January", "OCTOBER", "### October", "NOVEMBER 2024",
# "9–10 December") and the day number that opens each entry under it ("* 20 – An Israeli
# airstrike ...", " 4: Satellite imagery shows ...", "- **9** — Airstrikes hit ...").
_MONTH_HEADING = re.compile(lexicon.MONTH_LINE)
# (a dash or a colon after the number, never "1." or "2)": those number a list)
_ENTRY_DAY = re.compile(
    r"(?:\*\*|__)?(?P<day>[123]?\d)(?:\s*[–—-]\s*(?P<to>[123]?\d))?(?:\*\*|__)?"
    r"(?:\s+[-–—]|\s*:)\s"
)
_YEAR_HEADING = re.compile(lexicon.YEAR_LINE)
_HEADING_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _timeline_heading(text: str, year: int | None, first: bool) -> tuple[int | None, int | None]:
    """The month a heading opens (None when it is no month's) and the year in force."""
    head = _MONTH_HEADING.fullmatch(text)
    if head is not None:
        return _month(head["month"]), int(head["year"]) if head["year"] else year
    head = _YEAR_HEADING.fullmatch(text)
    if head is not None:
        return None, int(head["year_only"])
    if first and len(years := set(_HEADING_YEARS.findall(text))) == 1:
        return None, int(years.pop())  # the title's one year
    return None, year


def _entry_days(sentences: Sequence[Sentence], bases: list[int]) -> Iterator[tuple[int, _Atom]]:
    """The day of each timeline entry under a month heading, as a day atom over the
    entry's number. Its year is the heading's, or the last year heading's ("2016" over
    "JANUARY"), or the title's when it names one year ("Timeline ... (January–June
    2024)"); else it is anchored as any year-less day's is. Only the first sentence of
    an entry's paragraph opens one."""
    month: int | None = None
    year: int | None = None
    paragraph = -1
    for index, s in enumerate(sentences):
        if s.is_heading:
            month, year = _timeline_heading(s.text, year, first=index == 0)
            continue
        opens, paragraph = s.paragraph != paragraph, s.paragraph
        entry = _ENTRY_DAY.match(s.text) if month is not None and opens else None
        if entry is None or month is None:
            continue
        day, to = int(entry["day"]), int(entry["to"] or 0)
        if not 1 <= day <= 31 or (to and not day < to <= 31):
            continue
        lo = (year, month, day)
        hi = (year, month, to) if to else None
        start = bases[index] + entry.start("day")
        end = bases[index] + (entry.end("to") if to else entry.end("day"))
        yield index, _Atom(start, end, lo, hi, "range" if to else "day")


# A chronology's entry that opens with its month alone, set off by a column's spaces, a
# dash or a colon: "Aug       Khaddam visits Tehran", "Jun-Jul   IRGC contingent deployed",
# "**Nov** – Pasdaran occupy ...". (An abbreviation alone is otherwise never a date.)
_ENTRY_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\.?"
)
_ENTRY_MONTH = re.compile(
    rf"(?:\*\*|__)?(?P<m>{_ENTRY_MON})(?:\s?[-–—/]\s?(?P<m2>{_ENTRY_MON}))?(?:\*\*|__)?"
    r"(?=\s{2,}\S|\t|\s+[–—-]\s|:\s)"
)


def _entry_months(
    sentences: Sequence[Sentence], bases: list[int], per: list[list[_Atom]]
) -> Iterator[tuple[int, _Atom]]:
    """A month atom over the month that opens a chronology's entry (the first sentence of
    its paragraph, with no date before it), year-less: anchored as any month alone is."""
    paragraph = -1
    for index, s in enumerate(sentences):
        if s.is_heading:
            continue
        opens, paragraph = s.paragraph != paragraph, s.paragraph
        entry = _ENTRY_MONTH.match(s.text) if opens else None
        if entry is None or any(
            a.start - bases[index] < entry.end() for a in per[index] if a.gate == "none"
        ):
            continue
        month = _month(entry["m"])
        to = _month(entry["m2"]) if entry["m2"] else None
        if to is not None and to <= month:
            continue
        start, end = bases[index] + entry.start("m"), bases[index] + entry.end()
        hi = (None, to, None) if to else None
        yield index, _Atom(start, end, (None, month, None), hi, "range" if to else "month")


def _slash_order(text: str) -> str | None:
    """What the document writes first in its slashed days that cannot swap, when they all
    agree: "day" ("16/07/2025": then its "08/12/2024" is 8 December), "month"
    ("12/25/2024": then its "4/2/2024" is April 2); None when none show it."""
    if "/" not in text:
        return None
    day_first = month_first = 0
    for m in _NUMERIC_DAY.finditer(text):
        if m[2] == "/":
            day_first += int(m[1]) > 12 >= int(m[3])
            month_first += int(m[3]) > 12 >= int(m[1])
    if day_first and not month_first:
        return "day"
    return "month" if month_first and not day_first else None


# A spam page's line of search keywords: lower case, no punctuation, with the years or
# words SEO pages stack ("hmeimim airbase russia tartus naval base syria 2017 2018 latest
# news", "iran military bases in syria map 2019 t4 airbase").
_KEYWORD_LINE = re.compile(
    r"(?=[^A-Z.!?,;:()]*$)(?=.*\b(?:(?:19|20)\d\d\s+(?:19|20)\d\d|latest\s+news|pdf|download"
    r"|free|map|wiki)\b)(?:[a-z0-9'’-]+\s+){5,}[a-z0-9'’-]+"
)


def resolve_dates(
    sentences: Sequence[Sentence],
    document_date: DateSpan | None = None,
    stamps: Sequence[DateSpan] = (),
) -> list[SentenceDates]:
    """Dates for every sentence of one document, given in document order.

    Headings (``is_heading``) get their own years in ``own`` and never inherit.
    ``document_date`` (see :func:`document_date`) anchors year-less dates of sections
    without a year when the document's first heading gives none; from each of
    ``stamps`` on (see :func:`post_stamps`), that stamp does.
    """
    memory = _Memory({}, {}, {}, {}, title_years=document_date)
    memory.period = (
        _report_period(sentences) if "period" in "".join(s.text for s in sentences[:40]) else None
    )
    joined, bases, atoms = _scan_prose(sentences)
    byline = _byline_index(sentences, document_date)
    written = [
        (a.lo[0], a.lo[1], a.lo[2] or 1)
        for i, per in enumerate(atoms)
        if i != byline
        for a in per
        if a.lo[0] and a.lo[1]
    ]
    memory.latest = max(written, default=memory.latest)
    memory.history = _tells_history(memory.latest, document_date) and not _PRESENT.search(joined)
    memory.one_day = _page_day(document_date) is not None and _tells_one_day(sentences)
    out: list[SentenceDates] = []
    pending = list(reversed(stamps))
    last_row: tuple[DateSpan, ...] = ()  # the dates of the last table row that had any
    for s, base, found in zip(sentences, bases, atoms, strict=True):
        while pending and pending[-1].start <= s.start:
            # a new post: its "today" is its own, and so is what its lead tells undated
            stamp = pending.pop()
            dated = stamp.date_start is not None
            memory.title_years = stamp if dated else None  # "3 days ago": no day known
            memory.stamp = stamp if dated else None
            memory.stamp_paragraph = -1
            # each release of a compilation is a story with a lead of its own
            memory.in_lead, memory.prose_seen = dated, False
        if memory.stamp_paragraph < 0 and not s.is_heading and not _on_stamp_line(s, memory):
            memory.stamp_paragraph = s.paragraph
        if not s.text[:1].isupper() and _KEYWORD_LINE.fullmatch(s.text.strip()):
            out.append(SentenceDates((), None))  # an SEO page's keywords date nothing
            continue
        if s.is_heading:
            out.append(_heading_dates(s, memory))
            # a new section (of a one-day report, still the day's)
            memory.in_lead = memory.in_lead and (memory.one_day or not memory.prose_seen)
        elif len(out) == byline:
            # "Published 9 December 2024 | Updated 12 November 2025": the page's date is
            # known; the update's year anchors none of the story's days
            kept = replace(memory, by_section=dict(memory.by_section))
            out.append(_prose_dates(s, found, joined, s.start - base, memory))
            memory.by_section, memory.last_written = kept.by_section, kept.last_written
        else:
            out.append(_prose_dates(s, found, joined, s.start - base, memory))
            memory.prose_seen = True
            if out[-1].own and "ago" in s.text and _AGO_TODAY.search(s.text):
                memory.retold = True
        if not s.is_heading:
            memory.over_heading = None
        if s.is_row:
            last_row = _row_dates(s, out, last_row)
    return out


_BLANK_FIRST_CELL = re.compile(r"\s*\|\s*\|")


def _row_dates(
    row: Sentence, out: list[SentenceDates], last: tuple[DateSpan, ...]
) -> tuple[DateSpan, ...]:
    """A table row whose first cell is blank goes on from the row above ("| | Moscow |
    Assad arrived and was granted asylum. |" under "| 8 Dec 2024 | ..."): it takes that
    row's dates. Returns the dates the next such row would take."""
    if out[-1].own or not _BLANK_FIRST_CELL.match(row.text):
        return out[-1].own
    if last:
        out[-1] = SentenceDates(last, None)
    return last


def _byline_index(sentences: Sequence[Sentence], page: DateSpan | None) -> int:
    """Which sentence is the line the page's date was read from, or -1."""
    line = page.anchor if page is not None else None
    if not line or not (_PUBLISHED.search(line) or _UPDATE_OR_CLOCK.search(line)):
        return -1
    for i, sentence in enumerate(sentences):
        if sentence.start > _HEAD_CHARS:
            break
        if sentence.text.strip() and sentence.text.strip() in line:
            return i
    return -1
