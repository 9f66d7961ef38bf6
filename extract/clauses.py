"""Dependent clauses: the parts of a sentence that tell of another event than its own.

"Zahedi is the most senior officer killed since a US strike killed Soleimani in January
2020", "strikes hit the Imam Ali base, which the IRGC has used since 2018", "the deadliest
attack since 2018": the dates in such a clause, and a "since" date a superlative compares
with, say when something else happened, not when the sentence's own event did. Both the dating of a
paragraph (what its later sentences inherit) and the dating of each place ask this.
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "answers_another",
    "clause_at",
    "dependent_clauses",
    "in_relative_clause",
    "is_background_date",
    "recalled_by_anniversary",
    "tells_origin",
]

# A clause whose dates are another event's, to its closing comma: a relative clause
# (", which" / ", where" / ", who"), what the event answered ("In retaliation for the
# Tower 22 attack on 28 January, US jets struck ...") or, inside the sentence, what it
# followed or has lasted since ("flew to Tehran on 22 May after Raisi's death on 19 May";
# a sentence that opens "After the fall of Damascus on 8 December, ..." is dated by it).
# "after the revolution in 1979" is a clause; "after 2015", "since March 2011" or "since
# last week" is the main clause's own time, and so is a date that opens the sentence.
_ORIGIN = (
    r",\s+(?:(?:first|originally)\s+)?(?:built|inaugurated|founded|established|opened"
    r"|constructed|completed|erected|consecrated|dedicated|rebuilt|restored|renovated"
    r"|reconstructed|formed|created|set\s+up)\s"
)
# What a place's description says of its past: "Qusayr, a town that the group helped
# capture in 2013", "the base which Russia recaptured in 2016" (no comma before it).
_PLACE_NOUNS = (
    r"town|city|village|base|air\s?base|airfield|airport|area|region|province|site|facility"
    r"|shrine|mosque|crossing|port|compound|district|neighbou?rhood|suburb|camp"
)
_RELATIVE = re.compile(rf",\s+(?:which|where|who|whose)\s|\b(?:{_PLACE_NOUNS})\s+(?:that|which)\s")
_ANSWER = r"[Ii]n\s+(?:retaliation\s+for|response\s+to)\s"
_ANSWERS = re.compile(_ANSWER)
_RELATIVE_OPEN = re.compile(
    rf",\s+(?:which|where|who|whose)\s|\b(?:{_PLACE_NOUNS})\s+(?:that|which)\s"
    r"(?=(?:the|a|an|it|its|they|he|she|we|[A-Z][\w-]*)\s"
    # ... or its own past verb: "Hama, the city that bled in February 1982, was liberated"
    r"|(?:had\s+|has\s+|was\s+|were\s+)?(?:[a-z]+ed|bled|fell|saw|rose|became|held|bore"
    r"|hosted|housed|lost|won)\b)"
    rf"|(?:^|(?<=[\s,–—-])){_ANSWER}"
    r"|(?:^|(?<=[\s,]))(?:[Aa]lthough|[Tt]hough|[Ww]hereas)\s"
    # a participle in apposition tells when its noun came to be: "the shrine, inaugurated
    # in 2004, was blown up in March 2014"
    rf"|{_ORIGIN}(?=[^,;]*,)"
    # a restrictive clause telling when its noun's own event was: "the air campaign that
    # began on 30 September 2015", "the strike that killed Soleimani in January 2020"
    r"|(?<=[a-z]\s)(?:that|which)\s(?=(?:began|started|ended|broke\s+out|erupted|followed"
    r"|preceded|killed|triggered|sparked|(?:was|were)\s+launched)\b)"
    r"|(?<=[a-z,]\s)(?<!named\s)(?<!renamed\s)(?:following|after|since)\s"
    # (not a name's source: "named after him in 2020")
    r"(?!(?:early|late|mid|last|this|past|the\s+past|yesterday|then|him|her|them)\b|[0-9]"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    # a person's past told without a comma: "a commander who had joined the settlement in 2018"
    r"|(?<=[a-z] )who\s+(?:had|has|have)\s+(?!been\s+(?:killed|wounded|arrested)\b)"
)
# What a "since" date measures against: "the deadliest attack since 2018", "the first
# visit since 2010" compare with an earlier event; "has guarded the shrine since 2012"
# says when a state began, and dates it.
_COMPARED = re.compile(
    r"\b(?:first|deadliest|bloodiest|largest|biggest|worst|heaviest|highest|lowest|"
    r"most|only|longest|strongest|latest|busiest|fiercest|greatest|costliest|sharpest"
    # (an abbreviation's full stop is no end: "the most senior U.S. official ... since")
    r"|toughest|hardest|quietest|fastest|slowest|closest)\b(?:[^,;.]|(?<=[A-Z])\.)*$",
    re.IGNORECASE,
)


# What may open a sentence before its "after": the clause is then the sentence's own time,
# as a sentence-opening "After ..." is ("In the days after the fall of Assad on 8 December,
# Israel struck ...", "Hours after the strike on Monday, ...").
_OPENING_TIME = re.compile(
    r"\W*(?:(?:[Ii]n|[Ww]ithin|[Oo]n)\s+the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[Dd]ays?|[Hh]ours?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Mm]inutes?|[Mm]oments?)\s+"
    r"|\W*(?:Shortly|Soon|Immediately|Just|Only|Right|Long|Even)\s+"
)


# A piece of every opening _RELATIVE_OPEN knows.
_OPENING_WORDS = (
    "wh", "hereas", "etaliation", "esponse", "following", "after", "since", "hough", "that",
    "built", "inaugurated", "founded", "established", "opened", "constructed", "completed",
    "erected", "consecrated", "dedicated", "rebuilt", "restored", "renovated", "formed",
    "created", "set up",
)  # fmt: skip


# One search for any of them: cheaper than a substring test for each.
_OPENING_WORD = re.compile("|".join(map(re.escape, _OPENING_WORDS)))


# (a document's worth of sentences: the date resolver asks of each sentence, and the
# events ask again of the same sentences after it)
@functools.lru_cache(maxsize=4096)
def dependent_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each such clause of a sentence, offsets into ``text``."""
    if _OPENING_WORD.search(text) is None:
        return ()  # most sentences: a substring test is far cheaper than the pattern
    return tuple(
        (m.start(), _clause_end(text, m.end(), restrictive=m[0][:1] in "tw"))
        for m in _RELATIVE_OPEN.finditer(text)
        if not _OPENING_TIME.fullmatch(text, 0, m.start())
    )


# A comma inside a list the clause holds: "which was hit by U.S., British and French
# missiles in April 2018, was struck again" (not the clause's closing comma).
_LIST_COMMA = re.compile(
    r",\s+(?!(?:And|Or|But)\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:,|\s+(?:and|or)\s)"
)


def _clause_end(text: str, start: int, restrictive: bool = False) -> int:
    semicolon = text.find(";", start)
    comma = text.find(",", start)
    while comma != -1 and _LIST_COMMA.match(text, comma):
        comma = text.find(",", comma + 1)
    if comma != -1 and _LIST_LEAD.match(text, comma):
        comma = -1  # the clause's list runs on to the sentence's end or a ";"
    ends = [i for i in (comma, semicolon) if i != -1]
    if restrictive and (verb := _MAIN_VERB.search(text, start)) is not None:
        # no comma closes a restrictive clause: the sentence's own verb does ("The
        # offensive that ended fifty-three years of Assad rule began in Idlib on ...")
        ends.append(verb.start())
    return min(ends, default=len(text))


# A comma that leads into a list of what the clause named: "dozens of sites in Damascus,
# among them Branch 215, ... and Branch 251".
_LIST_LEAD = re.compile(
    r",\s+(?:among\s+them|among\s+which|including|such\s+as|notably|in\s+particular)\s"
)


# The sentence's verb after a restrictive clause's own (not one coordinated with it: "the
# strike that killed two and wounded five"): a past tense after a word of the clause.
_MAIN_VERB = re.compile(
    r"(?<=[a-z0-9)])(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bthen)\s"
    r"(?=(?:began|started|ended|came|went|fell|took|left"
    r"|struck|hit|drew|led|prompted|triggered|sparked|forced|killed|marked|became|saw"
    r"|was|were|is|remains|remained)\b)"
)


def tells_origin(text: str, clause: tuple[int, int]) -> bool:
    """Whether a clause is a participle telling when its noun came to be ("the centre,
    established in the 1980s, has expanded"): the noun's past, never the sentence's event."""
    return re.match(_ORIGIN, text[clause[0] : clause[1]]) is not None


def in_relative_clause(text: str, offset: int) -> bool:
    """Whether ``offset`` is inside a relative clause (", which ...", "a town that the
    group captured ..."): what it says is its noun's, not the sentence's."""
    clause = clause_at(text, offset)
    return clause is not None and _RELATIVE.match(text, clause[0]) is not None


def clause_at(text: str, offset: int) -> tuple[int, int] | None:
    """The dependent clause of ``text`` that holds ``offset``, if any."""
    return next((c for c in dependent_clauses(text) if c[0] <= offset < c[1]), None)


def answers_another(text: str, clause: tuple[int, int]) -> bool:
    """Whether ``clause`` tells what its sentence's event answered ("in retaliation for
    an attack in Jordan"): an earlier event, which the sentence does not date."""
    return _ANSWERS.match(text, clause[0]) is not None


# (the date resolver asks of each date several times, and the events ask again)
@functools.lru_cache(maxsize=4096)
def is_background_date(text: str, offset: int, words: str) -> bool:
    """Whether the date written ``words`` at ``offset`` of sentence ``text`` dates another
    event: one in a dependent clause, or a "since" date a superlative compares with."""
    if words[:5].lower() == "since":
        # a superlative's comparison, or a relative clause's: "Russia, which has deployed
        # forces since 2015, keeps its air base at Hmeimim"
        compared = _COMPARED.search(text, max(0, offset - 80), offset) is not None
        return (
            compared or in_relative_clause(text, offset) or _closes_restrictive(text, offset, words)
        )
    if _BIRTH.search(text, max(0, offset - 30), offset):
        return True  # "born on 8 August 1957", a record's "DOB: 8.8.1957": a life, no event
    if "anniversar" in text and _ANNIVERSARY_OF.search(text, max(0, offset - 90), offset):
        return True  # "a speech marking the anniversary of the withdrawal ... in 2000"
    if "(" in text and _in_reporting_aside(text, offset):
        return True  # "According to Axios (which reported it in January 2025), the raid ..."
    return clause_at(text, offset) is not None


# What an anniversary recalls is another, older event.
_ANNIVERSARY_OF = re.compile(r"\banniversar(?:y|ies)\s+of\s+[^.;:()]*$", re.IGNORECASE)


def recalled_by_anniversary(text: str, place: int, date: int) -> bool:
    """The place at offset ``place`` and the date at ``date`` are both in what an
    anniversary recalls: "the anniversary of the Israeli withdrawal from southern Lebanon
    in 2000", "the tenth anniversary of ... the 2007 destruction of the al-Kibar reactor"."""
    return (
        "anniversar" in text
        and _ANNIVERSARY_OF.search(text, max(0, place - 90), place) is not None
        and _ANNIVERSARY_OF.search(text, max(0, date - 90), date) is not None
    )


# A restrictive clause the "since" date closes, its sentence's verb right after: "fighters
# who had guarded the shrine since 2013 withdrew on Friday".
_WHO_BEFORE = re.compile(r"\b(?:who|which)\s[^,;:()]*$")
_MAIN_VERB_AFTER = re.compile(
    r"\s+(?:(?:later|then|finally|also)\s+)?(?:[a-z]{3,}ed|withdrew|left|fled|took|began|came"
    r"|went|fell|broke|ran|drove|flew|sent|met|held|won|lost|gave|made|saw|told|said|struck"
    r"|hit|shot|fought|rode|swept|overran|led|knew)\b"
)


def _closes_restrictive(text: str, offset: int, words: str) -> bool:
    end = offset + len(words)
    return (
        _MAIN_VERB_AFTER.match(text, end) is not None
        and _WHO_BEFORE.search(text, max(0, offset - 120), offset) is not None
    )


# ... and a forum member's "Join Date: Mar 2009": a membership, no event either
_BIRTH = re.compile(
    r"(?:\bborn(?:\s+(?:on|in))?|\bDOB\s*:|\bdate\s+of\s+birth\s*:"
    r"|\bjoin(?:ed|\s+date)\s*:|\bmember\s+since|\bregistered\s*:)\s*$",
    re.I,
)


_REPORTING = re.compile(r"\b(?:reported|published|wrote|said|announced|cited|quoted)\b")


def _in_reporting_aside(text: str, offset: int) -> bool:
    """The date is inside brackets that say when something was reported."""
    opened = text.rfind("(", 0, offset)
    if opened < 0 or ")" in text[opened:offset]:
        return False
    closed = text.find(")", offset)
    aside = text[opened : closed if closed > 0 else len(text)]
    return _REPORTING.search(aside) is not None
