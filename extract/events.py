"""From place mentions to events: one per place where the sentence says something happened.

Input: one sentence, the places the matcher found in it and the dates resolved for it.
Output: at most one ``Event`` per place in the sentence, with a category, actors, a
short label, a date and a confidence. Whether a place is an event location is
``locating``'s question and what happened there ``categories``'; this module puts them
together: conjoined places ("in Tehran and Damascus"), "there", landmarks that only
locate a site, a country when a place inside it is named, and the event record.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

import ahocorasick

from extract import lexicon
from extract.categories import ARABIC_GLOSS, Triggers, categorise, sentence_triggers
from extract.clauses import (
    answers_another,
    clause_at,
    is_background_date,
    recalled_by_anniversary,
    tells_origin,
)
from extract.columns import (
    cell_role,
    event_type_category,
    is_status_row,
    is_strike_table,
    names_the_target,
    struck_cell,
)
from extract.gazetteer import ARTICLES, distance_km
from extract.landmarks import between, containers, drop_landmarks
from extract.locating import (
    AREA_KINDS,
    METONYM_POPULATION,
    WORD,
    after_mention,
    holds_armed_men,
    is_attributive_org,
    is_event_location,
    is_reported_quote,
    stretch_from,
    unplaced_list_start,
)
from extract.noise import Stuffing
from extract.records import DateSpan, Event, PlaceMention, Sentence

__all__ = [
    "DISASTER_WORDS",
    "EventContext",
    "acts_as_government",
    "events_for_sentence",
    "find_actors",
    "is_event_location",
]


@dataclass(frozen=True, slots=True)
class EventContext:
    """What the events stage needs besides the mentions: where the sentence is from."""

    source: str
    sentence: Sentence
    own_dates: tuple[DateSpan, ...] = ()
    inherited_date: DateSpan | None = None
    noise: Stuffing | None = None  # keyword stuffing to read past
    # The category of the previous sentence's event in the same paragraph, for a sentence
    # that goes on about the same thing: "Iran opened a cultural centre... It was later
    # moved next to Martyrs' Square."
    previous_category: str | None = None
    # A table row's header cells: what each column holds (see ``extract.columns``).
    header: tuple[str, ...] = ()
    # The document tells of an earthquake: its dead and its ruins are no attack's.
    disaster: bool = False
    # An item of a list its lead-in says was struck ("The targets struck included:"):
    # every place it names was hit, whatever it was ("Syrian Air Force airfields").
    struck_item: bool = False


def _actor_automaton() -> ahocorasick.Automaton:
    """Every alias in one automaton (case-sensitive): one pass per sentence."""
    automaton = ahocorasick.Automaton()
    for actor, aliases in lexicon.ACTOR_ALIASES.items():
        for alias in aliases:
            _size, known = automaton.get(alias, (0, ()))
            automaton.add_word(alias, (len(alias), (*known, actor)))
    automaton.make_automaton()
    return automaton


_ACTORS = _actor_automaton()


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` means in a str pattern


def find_actors(text: str) -> tuple[str, ...]:
    """Actors named in the text, in order of first mention (ties by name).

    An alias counts as a whole word not preceded by a dot ("U.S." is not "S."); aliases
    overlap ("Revolutionary Guard Corps", "Syrian" in "Syrian Democratic Forces"), so
    every occurrence is checked, not just the leftmost-longest."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for last, (size, actors) in _ACTORS.iter(text):
        start = last + 1 - size
        if start > 0 and (text[start - 1] == "." or _is_word_char(text[start - 1])):
            continue
        if last + 1 < len(text) and (_is_word_char(text[last + 1]) or text[last + 1] == "$"):
            continue  # "US$30 billion" is money
        found.append((start, last + 1, actors))
    first: dict[str, int] = {}
    for start, end, actors in found:
        # "Hezbollah" inside "Kataib Hezbollah", "Syrian" inside "Free Syrian Army": the
        # longer name is the actor
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found):
            continue
        for actor in actors:
            first[actor] = min(start, first.get(actor, start))
    return tuple(sorted(first, key=lambda actor: (first[actor], actor)))


_FRONTED_CHARS = 4  # where a sentence-opening date starts: "On 14 December", "In 2018"
_CLAUSE_JOIN = re.compile(r";|,\s+(?:and|but|while|whereas|then)\s")
# A coordinate clause that opens with its own date: ", and on 13 January 2017 its jets".
_NEXT_CLAUSE = re.compile(r"(?:;|,\s+(?:and|but|while|whereas))\s+(?:then\s+)?(?:(?:on|in)\s+)?$")
# A year that names a document ("cancelled a 2019 contract", "under the 1971 agreement"):
# when it was signed, not when the sentence's event happened, if the sentence has another.
_DOCUMENT_YEAR = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:contract|agreement|deal|lease|treaty|accord|memorandum|protocol"
    r"|law|decree|resolution|pact|concession)s?\b"
)


def _names_another_document(text: str, d: DateSpan, mention: PlaceMention, base: int) -> bool:
    """A document's year that is not about the place: "cancelled a 2019 contract", but
    not "the 2017 agreement on the naval facility at Tartus"."""
    document = _DOCUMENT_YEAR.match(text, d.end - base) if d.precision == "year" else None
    if document is None:
        return False
    return not _ABOUT.fullmatch(text, document.end(), max(document.end(), mention.start - base))


_ABOUT = re.compile(r"\s+(?:on|over|about|covering)\s+[^,;.]{0,40}")


# A sentence that opens with the time frame it happened in: "During the offensive of
# November 2024, ...".
_FRAME = re.compile(r"[\s*_\"“]*(?:During|Amid|Throughout|Over\s+the\s+course\s+of)\b")


# A told event named as the cause of what the sentence dates: "The attack on the Iranian
# consulate prompted Iran's first direct attack on Israel on 13 April 2024" (the dates
# are the consequence's, the consulate's attack was told before).
_CAUSE = re.compile(
    r"[\s*_\"“]*(?:The|This|That|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attack|strike|air\s*strike|airstrike|bombing|raid|assassination|killing|assault"
    r"|explosion|blast)s?\s+(?:on|in|at|near|against)\s+(?P<np>[^,;.]{1,80}?)\s+"
    r"(?:prompted|triggered|sparked|provoked|led\s+to|drew|spurred|fuell?ed|caused"
    r"|was\s+followed\s+by|precipitated)\b"
)


def _cause_at(text: str, at: int) -> tuple[int, int] | None:
    """The span of the cause named at the sentence's head, if ``at`` is its place."""
    cause = _CAUSE.match(text) if text[:40].lstrip(' *_"“')[:1] == "T" else None
    if cause is None or not cause.start("np") <= at < cause.end("np"):
        return None
    return cause.start(), cause.end("np")


def _pick_date(
    mention: PlaceMention, ctx: EventContext, others: Sequence[int] = (), state: bool = False
) -> DateSpan | None:
    """The date of the place's event; ``others``: where the sentence's places start;
    ``state``: the event is a state (a base), which a "since" date of its clause dates."""
    if not ctx.own_dates:
        return ctx.inherited_date
    text, base = ctx.sentence.text, ctx.sentence.start
    cause = _cause_at(text, mention.start - base)
    if cause is not None:
        # "The attack on the consulate prompted Iran's attack on 13 April": the cause's
        # own date, if its words give one ("The 9 April strike on T-4 prompted ...")
        return next((d for d in ctx.own_dates if cause[0] <= d.start - base < cause[1]), None)
    place_clause = clause_at(text, mention.start - base)

    heads = _line_heads(ctx.own_dates, text, base)
    openings = _opening_days(ctx.own_dates, ctx.sentence)
    # "Hama city on December 5": the place's own noun is part of it
    noun = _AREA_NOUN_AT.match(text, mention.end - base)
    mention_end = mention.end + (noun.end() - (mention.end - base) if noun else 0)
    # "and Homs on the night of 7-8 December": the part of the day is the date's too
    part = _PART_OF_DAY.match(text, mention_end - base)
    mention_end += part.end() - (mention_end - base) if part else 0

    def remoteness(d: DateSpan) -> tuple[int, bool, bool, int, int]:
        # A date across a ";" or a ", and" belongs to another clause: "rebels captured 48
        # Iranians near the shrine in August 2012; they were released in January 2013",
        # "In 2018 Israel struck T-4, and in September 2019 jets bombed ...". So does one
        # on the other side of a dependent clause's edge ("withdrew from Qamishli, where
        # they had been stationed since 2019, on December 14"), and a "since" one is how
        # long a state lasted, not when the event was.
        # A date that opens the sentence ("On 14 December convoys left Qamishli, ..., and
        # the garrison at Kobani was pulled back") still times its later coordinate
        # clauses, better than a dependent clause's date does.
        lo, hi = min(d.start, mention.start), max(d.end, mention.end)
        since = d.text[:5].lower() == "since"
        other_event = (
            clause_at(text, d.start - base) != place_clause
            or (since and not (state and _own_since(d, mention, text, base)))
            or _names_another_document(text, d, mention, base)
        )
        joined = _CLAUSE_JOIN.search(text, lo - base, hi - base) is not None
        # (a date told between the opening one and the place dates the place's clause:
        # "Between 609 and 611 ...; Antioch fell in 613, and Damascus surrendered")
        fronted = d.start - base <= _FRONTED_CHARS and not _told_between(d, mention, ctx)
        apart = 2 if other_event or (joined and not fronted) else int(joined)
        if d.end <= mention.start and _FRAME.match(text) and "," in text[d.end - base : hi - base]:
            # "During the offensive of November 2024, the base was captured on 1 December
            # 2024": the frame's date gives way to the clause's own
            apart = max(apart, 1)
        if d.text[:5].lower() in ("until", "till "):
            apart = max(apart, 1)  # "extended its consent ... until 13 July": a deadline
        if (
            d.start >= mention.end
            and _COUNTED_DAY.match(d.text)
            and any(mention.end <= o < d.start for o in others)
        ):
            # "flies to Damascus, then travels on to Ankara the next day": Ankara's day
            apart = max(apart, 2)
        distance = max(0, d.start - mention_end, mention.start - d.end)
        opening = d.start in openings and d.start not in heads
        return apart, not opening, d.start in heads or d.start in refined, distance, d.start

    refined = _refined_dates(ctx.own_dates)
    if state:
        started = next(
            (d for d in ctx.own_dates if _starts_the_state(d, mention, text, base)), None
        )
        if started is not None:
            return started  # "has operated from Hmeimim ... since it intervened in 2015"
    best = min(ctx.own_dates, key=remoteness) if len(ctx.own_dates) > 1 else ctx.own_dates[0]
    if best.start >= mention_end and _NEXT_CLAUSE.search(
        text, mention_end - base, best.start - base
    ):
        # "Israel has struck the airport several times, and on 13 January 2017 its jets
        # hit the Mezzeh military airport": the next clause's day is its own
        return ctx.inherited_date
    if place_clause is not None and clause_at(text, best.start - base) != place_clause:
        counted = _counted_from(best, text, place_clause[0])
        if counted is not None:
            return counted  # "On 2 February, five days after soldiers were killed at Tower 22"
    if (
        place_clause is not None
        and answers_another(text, place_clause)
        and clause_at(text, best.start - base) != place_clause
    ):
        # "struck Iraq on Friday in retaliation for an attack in Jordan": the attack came
        # before, and the sentence does not say when
        return None
    named = _INSTRUMENT_YEAR.search(text, max(0, best.start - base - 120), best.start - base)
    if named is not None and not named.start() <= mention.start - base < best.start - base:
        # "a violation of the Vienna Convention on Diplomatic Relations of 1961": the year
        # names the treaty, not when the strike was (the Algiers Agreement of 1975 was then)
        return ctx.inherited_date
    # The sentence's only dates tell of another event ("the deadliest attack since 2018",
    # "strikes hit Qamishli after Assad fled on 8 December"): its place takes what the
    # paragraph says, as an undated sentence would. A clause on the place itself ("the
    # battle for al-Qusayr, which ended on 5 June 2013") tells of the place's own event.
    if place_clause is None and is_background_date(text, best.start - base, best.text):
        if recalled_by_anniversary(text, mention.start - base, best.start - base):
            return best  # "the anniversary of the withdrawal from southern Lebanon in 2000"
        told = clause_at(text, best.start - base)
        if (
            told is not None
            and _AFTER_AN_INCIDENT.match(text, told[0])
            and not any(told[0] <= start - base < told[1] for start in others)
        ):
            return best  # a caption's "damaged jets at Hmeimim after a drone attack on 6 Jan"
        if (
            told is None
            or tells_origin(text, told)
            or _struck_since(best, text, told)
            or not _ANTECEDENT_GAP.fullmatch(text, mention.end - base, told[0])
        ):
            return ctx.inherited_date
    return best


def _told_between(opening: DateSpan, mention: PlaceMention, ctx: EventContext) -> bool:
    """A main clause's date told after the sentence's opening one, before the place (not
    a dependent clause's "where they had been based since 2019")."""
    text, base = ctx.sentence.text, ctx.sentence.start
    return any(
        opening.end <= o.start
        and o.end <= mention.start
        and o.text[:5].lower() != "since"
        and clause_at(text, o.start - base) is None
        for o in ctx.own_dates
    )


# A treaty's or a resolution's name that ends in its year: "the Vienna Convention on
# Diplomatic Relations of 1961", "the Algiers Agreement of 1975".
_INSTRUMENT_YEAR = re.compile(
    r"(?:\b[A-Z][\w'’-]*\s+){0,3}(?:Convention|Conventions|Treaty|Agreement|Accords?|Protocol"
    r"|Charter|Declaration|Resolution)\b[^.;,()]{0,60}?\s+of\s+$"
)


def _starts_the_state(d: DateSpan, mention: PlaceMention, text: str, base: int) -> bool:
    """The date is in a "since" clause right after the place's own words: when the state
    there began ("has operated from Hmeimim, southeast of Latakia, since it intervened in
    the war in 2015")."""
    told = clause_at(text, d.start - base)
    if told is None or text[told[0] : told[0] + 6].lower() != "since ":
        return False
    gap = text[mention.end - base : told[0]]
    return told[0] >= mention.end - base and _CLAUSE_JOIN.search(gap) is None and "." not in gap


def _own_since(d: DateSpan, mention: PlaceMention, text: str, base: int) -> bool:
    """A "since" date in the place's own coordinate clause, before it: "took part in the
    siege of Aleppo in 2016 and, since 2017, has maintained a base near the airport"."""
    if d.end > mention.start:
        return False
    return _CLAUSE_JOIN.search(text, d.end - base, mention.start - base) is None


# A day counted from the sentence's own ("the next day", "three days later"): the day of
# the place right before it.
_COUNTED_DAY = re.compile(
    r"(?i:(?:the\s+)?(?:next|following)\s+day|(?:a|an|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+(?:later|earlier|afterwards))"
)


# "five days after three US soldiers were killed at Tower 22", "two days after the Douma
# chemical attack": the clause's event, counted back (or on) from the sentence's day.
_DAYS_APART = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+$",
    re.IGNORECASE,
)


def _counted_from(day: DateSpan, text: str, clause_start: int) -> DateSpan | None:
    """The day of an "N days after/before ..." clause's event, from the sentence's day."""
    if day.precision != "day" or not day.date_start or len(day.date_start) != 10:
        return None
    word = text[clause_start : clause_start + 7].lower()
    if not word.startswith(("after ", "before ")):
        return None
    found = _DAYS_APART.search(text, max(0, clause_start - 20), clause_start)
    if found is None:
        return None
    count = lexicon.NUMBER_WORDS.get(found["n"].lower()) or int(found["n"])
    sign = -1 if word.startswith("after") else 1
    shifted = datetime.date.fromisoformat(day.date_start) + datetime.timedelta(sign * count)
    iso = shifted.isoformat()
    return replace(
        day, date_start=iso, date_end=None, year_start=shifted.year, year_end=shifted.year
    )


# Dates listed with commas and "and" ("attacks on the al-Safira factories in 2019, 2022
# and 2023", "visited Tehran in February 2019 and May 2022", "struck in September 2017,
# and again on 13 April 2019"): one event on each. Two dates parted by ", and" are two
# clauses' ("took Tall Jabin on 2 February, and on 3 February units reached Nubl").
_DATE_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:again\s+)?(?:(?:in|on)\s+)?")
_CLAUSE_GAP = re.compile(r"\s*,\s*and\s+(?!again\b)")
_NOT_LISTED = frozenset({"since", "until", "till", "by", "before", "after", "from", "between"})


def listed_dates(
    date: DateSpan | None, ctx: EventContext
) -> tuple[DateSpan | None, tuple[DateSpan, ...]]:
    """``date``, and the other dates listed with it in text order (two dates close
    together are one range already: see :mod:`extract.dates`)."""
    if date is None or date not in ctx.own_dates or len(ctx.own_dates) < 2:
        return date, ()
    text, base = ctx.sentence.text, ctx.sentence.start
    group: list[DateSpan] = []
    for d in sorted(ctx.own_dates, key=lambda x: x.start):
        joined = bool(group) and _DATE_LIST_GAP.fullmatch(
            text, group[-1].end - base, d.start - base
        )
        if not joined and date in group:
            break
        if not joined:
            group = []
        group.append(d)
    closing = text[group[-2].end - base : group[-1].end - base] if len(group) > 1 else ""
    if " and " not in closing:
        return date, ()  # "stationed there since 2019, on December 14": no list
    if len(group) == 2 and _CLAUSE_GAP.match(text, group[0].end - base):
        return date, ()
    if any(d.text.split(None, 1)[0].lower() in _NOT_LISTED for d in group):
        return date, ()  # "since 2019 and again in 2021": how long, then when
    refined = _refined_dates(group)  # "in 2011, and on 27 August 2011": the day
    listed = [d for d in group if d.start not in refined and d.date_start]
    if date not in listed or len(listed) < 2:
        return date, ()
    return date, tuple(d for d in listed if d is not date)


_STRIKES = re.compile(r"\b(?:struck|hit|attacked|bombed|targeted|shelled|raided)\b")


def _struck_since(date: DateSpan, text: str, told: tuple[int, int]) -> bool:
    """ "the T4 airbase, which Israel has struck repeatedly since February 2018": how long
    strikes went on, which dates no presence there (unlike "stationed there since 2019")."""
    if date.text.split(None, 1)[0].lower() not in _NOT_LISTED:
        return False
    return _STRIKES.search(text, told[0], told[1]) is not None


# The date a search result or a feed entry opens with: "**Sep 10, 2019** · The Imam Ali
# compound ... was struck on Sept. 9". The sentence's own date, if it has one, is the
# event's; the line's is when it was published.
_LINE_HEAD_AFTER = re.compile(r"[*_\s]*[·•—–-]\s")  # (not a table row's first cell)


def _line_heads(dates: Sequence[DateSpan], text: str, base: int) -> frozenset[int]:
    """A line's opening stamp that an earlier day in the line is the event of: a search
    result's "**Feb 26, 2021** · ... a strike on 25 February" (a timeline entry's
    "**26 August 2015** – ... (text published in January 2016)" is its own event's)."""
    if len(dates) < 2:
        return frozenset()
    return frozenset(
        d.start
        for d in dates
        if _opens_the_line(d, text, base)
        and any(o is not d and (o.date_start or "") <= (d.date_start or "") for o in dates)
    )


def _opens_the_line(d: DateSpan, text: str, base: int) -> bool:
    """A date at the line's start with a separator after it: "**26 August 2015** – "."""
    return (
        d.start - base <= _FRONTED_CHARS and _LINE_HEAD_AFTER.match(text, d.end - base) is not None
    )


def _opening_days(dates: Sequence[DateSpan], sentence: Sentence) -> frozenset[int]:
    """The day a timeline entry or a table row opens with ("**26 August 2015** – ...",
    "| 8 September 2024 | Masyaf | ... |"): the line's own event's, before a later day a
    note adds ("text published in January 2016", "It emerged in January 2025 ...")."""
    if len(dates) < 2:
        return frozenset()
    text, base = sentence.text, sentence.start
    return frozenset(
        d.start
        for d in dates
        if d.precision == "day"
        and (
            _FIRST_CELL.fullmatch(text, 0, d.start - base) is not None
            if sentence.is_row
            else _opens_the_line(d, text, base)
        )
    )


_FIRST_CELL = re.compile(r"\s*\|?\s*[*_]*\s*")


def _within_a_year(d: DateSpan) -> bool:
    return d.year_start is not None and d.year_end in (None, d.year_start) and d.precision != "year"


def _refined_dates(dates: Sequence[DateSpan]) -> frozenset[int]:
    """Where the sentence's years (or spans of years) start that a finer date of it falls
    in: "In 2024, Hama fell on December 5" happened on the day, not merely in the year."""
    fine = [d.year_start for d in dates if _within_a_year(d)]
    return frozenset(
        d.start
        for d in dates
        if not _within_a_year(d)
        and d.year_start is not None
        and any(d.year_start <= y <= (d.year_end or d.year_start) for y in fine if y)
    )


# An "after" clause that names an incident and no place of its own: the incident was at
# the place the sentence names ("Smoke rises over Mezzeh after an Israeli strike on 20
# January"); "... after a drone attack on Eilat on 5 May" names where it was.
_AFTER_AN_INCIDENT = re.compile(
    r"(?:after|following)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|air\s+strike"
    r"|raid|bombing|explosion|blast|shelling|drone\s+attack|missile\s+attack)s?\b"
)


# What may stand between a place and a relative clause on it: "Jamraya, northwest of
# Damascus, which was hit ...", "the base at Qamishli airport in the northeast, which",
# "the Iranian embassy in Mezzeh, Damascus, whose ...", "T-4 (Tiyas), which".
_ANTECEDENT_GAP = re.compile(
    r"(?:\s*\([^()]{0,40}\))?"
    # the rest of a list the place opens: "the Fordow, Natanz and Isfahan nuclear
    # facilities, which US forces struck"; the site noun it names: "crossing, which"
    r"(?:\s?[–—/-]\s?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*)?"  # "Albu Kamal–Al-Qaim crossing"
    r"(?:(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"(?:\s+(?:[\w-]+\s+){0,2}(?:facilit(?:y|ies)|bases?|airbases?|sites?|plants?|airports?"
    r"|crossings?|cent(?:re|er)s?|compounds?|depots?|shrines?|mosques?|complex(?:es)?))?"
    r"(?:\s+(?:in|near|at|on|outside)\s[^,;()]{0,40}"
    r"|,\s+(?:(?:\w+\s+){0,2}(?:of|in|near)\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
)


@functools.cache
def _trigger_noun(trigger: str) -> str | None:
    """The label of a trigger, or of the longest labelled prefix of it: the whole-word
    and inflected forms ("sold=", "advances", "investment") share their stem's label."""
    word = trigger.rstrip("=")
    for end in range(len(word), 0, -1):
        noun = lexicon.TRIGGER_LABELS.get(word[:end])
        if noun is not None:
            return noun
    return None


def _label(trigger: str | None, category: str, mention: PlaceMention) -> str:
    noun = (trigger and _trigger_noun(trigger)) or category.capitalize()
    joiner = "at" if mention.place.kind in lexicon.SITE_KINDS else "in"
    return _shared(f"{noun} {joiner} {mention.place.name}")


# Labels, mentions, dates, years and actor lists repeat across events ("Strike in
# Damascus"): a big corpus keeps hundreds of thousands of events until they are written,
# so each distinct value is kept once. Keyed by type too, since 1 == 1.0 == True.
# Bounded, so a long-lived process (the dashboard) does not grow.
_SHARED: dict[tuple[type, Hashable], Any] = {}
_SHARED_MAX = 100_000
_V = TypeVar("_V", bound=Hashable)


def _shared(value: _V) -> _V:
    if len(_SHARED) >= _SHARED_MAX:
        _SHARED.clear()
    return cast(_V, _SHARED.setdefault((type(value), value), value))


# An event's date fields: date_start, date_end, date_precision, date_text, date_anchor,
# year_start, year_end.
_DateFields = tuple[str | None, str | None, str, str | None, str | None, int | None, int | None]
_UNDATED: _DateFields = (None, None, "undated", None, None, None, None)


def _date_fields(date: DateSpan | None) -> _DateFields:
    """The date fields, each value shared (a tuple per distinct date held more memory)."""
    if date is None:
        return _UNDATED
    return (
        _shared_or_none(date.date_start),
        _shared_or_none(date.date_end),
        date.precision,
        _shared(date.text),
        _shared_or_none(date.anchor),
        _shared_or_none(date.year_start),
        _shared_or_none(date.year_end),
    )


def _shared_or_none(value: _V | None) -> _V | None:
    return None if value is None else _shared(value)


def _confidence(mention: PlaceMention, score: float, dated: bool, category: str) -> float:
    value = 0.45
    value += 0.2 if mention.place.kind in lexicon.SITE_KINDS else 0.1
    value += min(0.2, score / 5.0)
    value += 0.1 if dated else 0.0
    value -= 0.15 if category == "other" else 0.0
    value -= 0.1 if mention.place.precision == 3 else 0.0
    return round(max(0.05, min(0.95, value)), 2)


def _event_id(source: str, sentence: Sentence, place_id: str, nth: str = "") -> str:
    """``nth``: the date of a place's second or later event in the sentence."""
    key = f"{source}\x00{sentence.start}\x00{sentence.end}\x00{place_id}"
    key += f"\x00{nth}" if nth else ""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _make_events(
    mention: PlaceMention,
    ctx: EventContext,
    judged: tuple[str, str | None, float],
    actors: tuple[str, ...],
    others: Sequence[int] = (),
    again: bool = False,
) -> list[Event]:
    """The place's event, one for each date listed with its own (``again``: the place's
    second naming in the sentence, which needs an id of its own)."""
    # (a strike table's row is one strike: a note's later day is when it emerged)
    if ctx.sentence.is_row and len(ctx.own_dates) > 1 and not is_strike_table(ctx.header):
        split = _status_events(mention, ctx, judged, actors, f"@{mention.start}" if again else "")
        if split:
            return split
    state = judged[0] == "base"
    first, more = listed_dates(_pick_date(mention, ctx, others, state), ctx)
    clause = _struck_after(mention, ctx)
    if clause is not None and judged[0] == "incident":
        # "an offensive on al Mayadeen city, which was captured on October 14, 2017": the
        # day the clause says the place fell ends the incident told (a strike the clause
        # tells of is another, told elsewhere)
        taken = next((d for d in ctx.own_dates if clause[0] <= d.start < clause[1]), None)
        if taken is not None and _TAKEN_IN_CLAUSE.match(clause[2]):
            first, more = taken, ()
        clause = None
    struck = None
    if clause is not None:
        lo, hi, words = clause
        own = next((d for d in ctx.own_dates if lo <= d.start < hi), None)
        struck = own or (first if _SAME_TIME.search(words) else None)
        if own is not None and first is own:
            first, more = ctx.inherited_date, ()  # the clause's year is the strike's
    events = [
        _make_event(mention, ctx, judged, actors, first, f"@{mention.start}" if again else "")
    ]
    events += [_make_event(mention, ctx, judged, actors, d, d.text) for d in more]
    if clause is not None:
        events.append(_make_event(mention, ctx, ("incident", "struck", 1.0), (), struck, "struck"))
    return events


def _status_events(
    mention: PlaceMention,
    ctx: EventContext,
    judged: tuple[str, str | None, float],
    actors: tuple[str, ...],
    nth: str = "",
) -> list[Event]:
    """A list's row whose later cell tells the site was struck or taken, on a day of its
    own ("| Hama Military Airport | ... | 2015 | Captured, 5 December 2024 |"): the
    strike on that day, and the base (a site that is one) on the row's first date."""
    base = ctx.sentence.start
    starts = [d.start - base for d in ctx.own_dates]
    found = struck_cell(ctx.sentence.text, mention.end - base, starts)
    if found is None:
        return []
    at, word = found
    status = next(d for d in ctx.own_dates if d.start - base == at)
    events: list[Event] = []
    if judged[0] == "base" or lexicon.KIND_CATEGORY.get(mention.place.kind) == "base":
        built = next(d for d in ctx.own_dates if d is not status)
        trigger = judged[1] if judged[0] == "base" else None
        events.append(_make_event(mention, ctx, ("base", trigger, judged[2]), actors, built, nth))
    struck = judged if judged[0] == "incident" else ("incident", word, 1.0)
    events.append(
        _make_event(mention, ctx, struck, actors, status, f"{nth}status" if events else nth)
    )
    return events


# A relative clause that tells the place was hit: "the Imam Ali base near Albu Kamal,
# which Israeli aircraft struck later that month", "the T-4 airbase, which was bombed in
# 2018".
# What a relative clause may say befell the place: a strike, or its fall.
_STRUCK = "struck|hit|bombed|targeted|attacked|shelled|raided"
_TAKEN = "captured|recaptured|retaken|seized|liberated|overrun"
_STRUCK_AFTER = re.compile(
    r"(?:\s+(?:city|town|village))?"  # "al Mayadeen city, which ..."
    r"(?:\s+(?:near|in|at|outside)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    # "al-Kiswah, south of Damascus, which Israel struck"
    r"(?:,\s+(?:\w+\s+){0,2}(?:of|in|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r",\s+which\s+(?P<clause>(?:(?:was|were|had\s+been|has\s+been)\s+(?:repeatedly\s+)?"
    # ("al Mayadeen city, which was captured on October 14, 2017")
    rf"(?:{_STRUCK}|{_TAKEN})"
    rf"|[^,;:.()]{{0,60}}?\b(?:{_STRUCK}))\b"
    r"[^,;:()]{0,80})"
)
_TAKEN_IN_CLAUSE = re.compile(rf"(?:was|were|had\s+been|has\s+been)\s+(?:{_TAKEN})\b")
# ... when it does so the same month, week or day as the sentence's event
_SAME_TIME = re.compile(r"\b(?:later\s+that\s+(?:day|week|month|year)|(?:days|hours)\s+later)")


def _bound_to_antecedents(
    triggers: Triggers, located: Sequence[PlaceMention], ctx: EventContext
) -> Triggers:
    """The strike a relative clause tells of befell its antecedent only: "a base at
    al-Kiswah, ..., which Israel struck in December 2017, and a large compound near Albu
    Kamal" (Albu Kamal's compound was kept, not struck)."""
    if ", which" not in ctx.sentence.text:
        return triggers
    base = ctx.sentence.start - 1  # hits index the sentence padded by one character
    bound = dict(triggers.bound or {})
    for mention in located:
        clause = _struck_after(mention, ctx)
        if clause is None:
            continue
        for hit in triggers.hits:
            if clause[0] - base <= hit[0] < clause[1] - base:
                bound[hit[0]] = bound.get(hit[0], frozenset()) | {mention.start}
    return triggers._replace(bound=bound) if bound else triggers


def _struck_after(mention: PlaceMention, ctx: EventContext) -> tuple[int, int, str] | None:
    """Where the relative clause right after the place that tells it was struck runs
    (document offsets), and its words."""
    text, base = ctx.sentence.text, ctx.sentence.start
    end = mention.end - base
    if ", which" not in text[end : end + 60]:
        return None
    clause = _STRUCK_AFTER.match(text, end)
    if clause is None:
        return None
    return clause.start("clause") + base, clause.end("clause") + base, clause["clause"]


def _make_event(
    mention: PlaceMention,
    ctx: EventContext,
    judged: tuple[str, str | None, float],
    actors: tuple[str, ...],
    date: DateSpan | None,
    nth: str = "",
) -> Event:
    category, trigger, score = judged
    sentence = ctx.sentence
    date_start, date_end, precision, date_text, anchor, year_start, year_end = _date_fields(date)
    place = mention.place
    return Event(
        id=_event_id(ctx.source, sentence, place.id, nth),
        place=place.name,
        place_id=place.id,
        mention=_shared(mention.mention),
        place_kind=place.kind,
        geo_precision=place.precision,
        category=category,
        event=_label(trigger, category, mention),
        date_start=date_start,
        date_end=date_end,
        date_precision=precision,
        date_text=date_text,
        date_anchor=anchor,
        year_start=year_start,
        year_end=year_end,
        actors=actors,
        evidence=sentence.text,
        source=ctx.source,
        char_start=sentence.start,
        char_end=sentence.end,
        confidence=_shared(_confidence(mention, score, date is not None, category)),
        geocoder="geonames" if place.id.startswith("geonames:") else "gazetteer",
        lat=place.lat,
        lon=place.lon,
    )


# "in Tehran and Damascus", "the suburbs of Aleppo, including al-Safira": the second
# place shares the first one's preposition. A bare comma does not count: "in Syria,
# Russia, Iran and Turkey spearheaded" is a list of actors.
# Markdown emphasis or wiki links may wrap the names: "**Hmeimim** and **Tartus**",
# "[[Hama]] and [[Aleppo]]".
_MARKS = r"[*_\[\]]*"
_SPACE_OR_MARKS = r"[\s*_\[\]]*"
# "to Masyaf and, a month later, to Tartus": the preposition repeated, a time between.
_LATER = (
    r"(?:,\s*(?:(?:a|one|two|three|several|some)\s+(?:days?|weeks?|months?|years?)\s+later"
    r"|later|then|eventually|finally|soon\s+after(?:wards)?|shortly\s+after(?:wards)?"
    # "entered Homs and, by dawn, Damascus"
    r"|by\s+(?:dawn|nightfall|evening|morning|noon|midnight)"
    r"|(?:by\s+)?the\s+(?:next|following)\s+(?:day|morning|week)"
    r"|within\s+(?:hours|days|a\s+(?:day|week)))\s*,)"
)
_SAME_PREPOSITION = r"(?:(?:to|in|at|into|near|from)\s+)"
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|rural)"
_CONJUNCTION = re.compile(
    # ("captured Qara and then al-Nabk")
    # ("struck Deir ez-Zor as well as Albu Kamal", a spun copy's "and also Albu Kamal")
    rf"^{_SPACE_OR_MARKS}(?:,{_SPACE_OR_MARKS})?(?:(?:and|or)(?:{_LATER}|\s+then|\s+also)?\s*"
    rf"{_SAME_PREPOSITION}?"
    # ("struck four sites in Syria (including Albu Kamal, Mayadin and Deir ez-Zor)")
    r"|(?:\(\s*)?(?:&|as\s+well\s+as|including|such\s+as|notably|especially|among\s+them"
    r"|mainly|mostly|chiefly|e\.g\.,?)\s+)"
    # "in southern Idlib and northern Hama": a part of the next place; "Zabadani and
    # neighbouring Madaya"
    rf"(?:the\s+)?(?:{_COMPASS}\s+|(?:neighbou?ring|nearby|adjacent)\s+)?{_MARKS}$"
)
# A bare comma joins places only inside a list that an "and"/"or" closes: "around
# Talbiseh, Rastan and Kafr Nabudah" (the last name may be one the gazetteer lacks). The
# list must not end in a verb: "in Syria, Russia, Iran and Turkey spearheaded" lists actors.
_COMMA = re.compile(rf"^{_SPACE_OR_MARKS},{_SPACE_OR_MARKS}(?:{_COMPASS}\s+)?$")
_PLURAL_HEADS = frozenset(head.split()[0] for head in lexicon.PLURAL_SITE_HEADS)
_ARTICLE = "|".join(sorted(ARTICLES, key=len, reverse=True))
_WORD_OF_NAME = rf"(?:(?:{_ARTICLE})-)?[A-Z][\w'’-]*"  # "Kafr", "al-Bukamal"
_NAME = rf"{_WORD_OF_NAME}(?:\s+{_WORD_OF_NAME})*"
# Names the gazetteer lacks inside a list are still its items: "power stations at Deir
# ez-Zor, Mhardeh, Zayzoun and Tartus" (the gap from Mhardeh to Tartus reads " and ").
_AREA_NOUN = r"(?:\s+(?:city|town|province|governorate|countryside))?"  # "Homs city"
# "Latakia province (2)", "Kinsabba (Latakia province)": a count or a gloss
_COUNT = r"(?:\s*\((?:\d{1,4}|[A-Z][^()]{0,38})\))?"
_UNLISTED = re.compile(
    rf"^\s*,\s*(?:{_NAME}{_COUNT}\s*,\s*)*{_NAME}{_COUNT}(?=\s*,?\s+(?:and|or)\s|\s*,)"
)
_COUNT_AFTER = re.compile("^" + _COUNT)
_LIST_TAIL = re.compile(
    # (an item may be a compass part: "Eastern Ghouta, northern Homs and Daraa province")
    # (and may carry a count: "Latakia province (2), Idlib province (3) and Hama (1)")
    rf"{_MARKS}{_AREA_NOUN}{_COUNT}"
    rf"(?:\s*,\s*{_MARKS}(?:{_COMPASS}\s+)?{_NAME}{_AREA_NOUN}{_MARKS}{_COUNT})*"
    r"\s*,?\s+(?:(?:and|or)(?:\s+also)?|as\s+well\s+as)\s+"
    # "Kerman and before that in Baghdad": the list goes on past a time phrase
    r"(?:(?:before|after)\s+that\s+(?:in\s+|at\s+)?|later\s+(?:in\s+)?|then\s+(?:in\s+)?)?"
    rf"(?:the\s+)?(?:{_COMPASS}\s+)?"
    # "... and the countryside of Lattakia": the last item a part of a named place (or
    # named places: "... and the villages of Al-Hri and Al-Hamdan")
    r"(?:(?:countryside|outskirts|suburbs|province|governorate|city|town|area|villages?"
    r"|towns)\s+of\s+)?"
    rf"{_MARKS}{_NAME}{_MARKS}(?P<after>\s+[a-z]+)?"
    # "Douma, Harasta, Moadamiyeh and other suburbs of Damascus": the list's own kind
    rf"|(?:\s*,\s*{_NAME})*\s*,?\s+and\s+other\s+(?:suburbs|towns|villages|cities|areas"
    r"|districts|neighbou?rhoods|parts|provinces|governorates)\b"
)


def _with_conjuncts(
    mentions: Sequence[PlaceMention],
    sentence: Sentence,
    noise: Stuffing | None,
    dates: Sequence[DateSpan] = (),
) -> tuple[list[PlaceMention], dict[int, int]]:
    """Located mentions, plus those conjoined to one ("in Tehran and Damascus"); and, by
    start offset, the mention each conjunct was conjoined to."""
    if noise is not None and not noise.may_occur(sentence.text):
        noise = None  # nothing to read past in this sentence: skip blank_out() per mention
    located: list[PlaceMention] = []
    heads: dict[int, int] = {}
    ends = frozenset(m.end for m in mentions)
    by_start = {m.start: m for m in mentions}
    previous: PlaceMention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        if previous is not None and _glosses(previous, mention, sentence):
            continue  # "Kinsabba (Latakia province)": where the item is, not one of them
        # a gloss in Arabic script ("Najaf (النجف) and Karbala") is no part of the link
        gap = ARABIC_GLOSS.sub("", between(previous, mention, sentence)) if previous else ""
        gap = _OWN_AREA_NOUN.sub("", gap, count=1)  # "Latakia city and Tartous"
        gap = _COUNT_AFTER.sub("", gap, count=1)  # "Latakia province (2), Idlib province (3)"
        gap = _UNLISTED.sub("", gap, count=1)  # "Mhardeh, Zayzoun and Tartus"
        conjoined = (
            previous is not None
            and previous in located
            and (
                bool(_CONJUNCTION.match(gap))
                or _in_closed_list(gap, mention, sentence, ends)
                or _gapped(previous, mention, sentence, dates)
                or _spanned(previous, gap, sentence)
                or _travels_on(previous, gap, sentence)
            )
            and not is_attributive_org(after_mention(mention, sentence))
            and not _opens_clause(mention, previous, gap, sentence, heads, by_start)
        )
        if conjoined and previous is not None:
            heads[mention.start] = heads.get(previous.start, previous.start)
        if (
            previous is not None
            and previous not in located
            and _only_locates(previous, mention, gap)
        ):
            continue  # "a native of Herat in western Afghanistan": no event in either
        route = previous is not None and (
            _names_a_route(previous, mention, gap, sentence)
            or _crosses_borders(previous, mention, gap, sentence)
        )
        if route and previous in located:
            located.remove(previous)  # "seized the main Beirut-Damascus crossing": neither
        short_road = (
            previous is not None
            and previous not in located
            and _on_a_short_road(previous, mention, gap, sentence)
        )
        if short_road and previous is not None:
            located.append(previous)  # "on the road between Nawa and Sheikh Saad": both
        # a group's members share their name's words and its verdict ("the al-Qaim–Albu
        # Kamal border crossing": the crossing and the two towns)
        member = previous in located and _same_words(previous, mention)
        if not route and (
            conjoined
            or short_road
            or member
            or is_event_location(mention, sentence, noise)
            or _after_unplaced(mention, previous, sentence)
        ):
            located.append(mention)
            if previous is not None and previous not in located and _PAIRED.fullmatch(gap):
                located.insert(-1, previous)  # "the al-Qaim–Albu Kamal border crossing"
        previous = mention
    return located, heads


def _same_words(one: PlaceMention | None, two: PlaceMention) -> bool:
    return one is not None and one.start == two.start and one.end == two.end


# Between a place and the country or province that holds it: "Herat in western
# Afghanistan", "Khomeyn, Iran", "Qusayr in the Homs countryside".
_LOCATOR_GAP = re.compile(r"\s*(?:,|\bin)\s+(?:the\s+)?(?:[a-z-]+\s+)?")


def _only_locates(previous: PlaceMention, mention: PlaceMention, gap: str) -> bool:
    """``mention`` only says where ``previous`` lies, and ``previous`` is no event place."""
    return (
        mention.place.kind in _HOLDER_KINDS
        and mention.place.country == previous.place.country
        and mention.place.id != previous.place.id
        and _LOCATOR_GAP.fullmatch(gap) is not None
    )


_HOLDER_KINDS = frozenset({"country", "region"})
_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS = re.compile(_COUNT)


def _glosses(previous: PlaceMention, mention: PlaceMention, sentence: Sentence) -> bool:
    """``mention`` opens a bracketed gloss on the place before it, a list's item's
    province or other name: "Kinsabba (Latakia province), Khan Touman (Aleppo province)
    and ...", "Kobani (Ayn al-Arab), Ain Issa and Tell Tamr"."""
    if mention.place.kind not in AREA_KINDS and mention.place.id != previous.place.id:
        return False
    end, start = previous.end - sentence.start, mention.start - sentence.start
    gloss = _GLOSS.match(sentence.text, end)
    return bool(gloss and gloss.end() > start and _GLOSS_OPEN.fullmatch(sentence.text, end, start))


def _after_unplaced(
    mention: PlaceMention, previous: PlaceMention | None, sentence: Sentence
) -> bool:
    """A later item of a list whose first items the gazetteer lacks: "in the areas of
    Sarakib, Aleppo and Deir ez-Zor" (not "recruited in Iran, Afghanistan": Iran is known)."""
    start = unplaced_list_start(mention, sentence)
    if start is not None and (previous is None or previous.end <= sentence.start + start):
        return True
    # ... or one a description opens: "moved into the city and Abu Kamal"
    local = mention.start - sentence.start
    return _DESCRIPTION_AND.search(sentence.text, max(0, local - 60), local) is not None


_DESCRIPTION_AND = re.compile(
    r"\b(?:in|into|at|to|near|around|from|entered|captured|took|seized|reached|struck|hit"
    r"|shelled|bombed)\s+the\s+(?:[a-z-]+\s+)?(?:city|town|village|area|base|airport|airbase"
    r"|camp|district|province|countryside)\s+(?:and|or)\s+$"
)


# Two places a dash or a slash makes one name of: "the al-Qaim–Albu Kamal crossing", "the
# Qusayr–Homs axis".
_PAIRED = re.compile(r"\s?[–—/-]\s?")
# ... which, far apart, name a route between them, not a place at either end: "the
# Beirut-Damascus highway", "the main Beirut-Damascus crossing" (at Masnaa).
_ROUTE_NOUN = re.compile(
    r"\s+(?:(?:border|main|old|international|coastal)\s+)?(?:crossing|highway|road|motorway"
    r"|route|corridor|pipeline|railway|railroad|line|axis|flight|flights|ferry|service)s?\b",
    re.IGNORECASE,
)
_ROUTE_KM = 40.0


def _names_a_route(
    previous: PlaceMention, mention: PlaceMention, gap: str, sentence: Sentence
) -> bool:
    """ "X-Y highway" with X and Y far apart: the two names make one route's."""
    if not _PAIRED.fullmatch(gap):
        return False
    if _ROUTE_NOUN.match(sentence.text, mention.end - sentence.start) is None:
        return False
    return distance_km(previous.place, mention.place) > _ROUTE_KM


def _crosses_borders(
    previous: PlaceMention, mention: PlaceMention, gap: str, sentence: Sentence
) -> bool:
    """ "a land corridor from Tehran to Damascus": a route whose ends lie in two countries
    runs through the lands between, at neither end (a stretch held inside one country is
    held at both: "a corridor stretching from Mayadin to Abu Kamal")."""
    countries = previous.place.country, mention.place.country
    if not _TO.fullmatch(gap) or not all(countries) or countries[0] == countries[1]:
        return False
    before = sentence.text[: previous.start - sentence.start]
    return _ROUTE_FROM.search(before[-80:]) is not None


_TO = re.compile(r"\s+(?:all\s+the\s+way\s+)?to\s+(?:the\s+)?")
_ROUTE_FROM = re.compile(
    r"\b(?:corridor|route|road|highway|railway|railroad|rail\s+link|link|line|axis|pipeline"
    r"|bridge|supply\s+line|connection)s?\b(?:\s+[\w-]+){0,3}?\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "on the road between Al-Quriyah and Al-Asharah": what happened on a road between two
# towns this close happened at either (a long road's is at neither: "the road between
# Homs and Palmyra", 150 km).
_ROAD_BETWEEN = re.compile(
    r"\b(?:road|highway|motorway|route)\s+(?:that\s+runs\s+|running\s+)?between\s+(?:the\s+)?"
    r"(?:(?:towns?|villages?|cities)\s+of\s+)?$",
    re.IGNORECASE,
)


def _on_a_short_road(
    previous: PlaceMention, mention: PlaceMention, gap: str, sentence: Sentence
) -> bool:
    before = sentence.text[
        max(0, previous.start - sentence.start - 60) : previous.start - sentence.start
    ]
    return (
        gap.strip() == "and"
        and _ROAD_BETWEEN.search(before) is not None
        and distance_km(previous.place, mention.place) <= _ROUTE_KM
    )


# "Hama fell on 5 December and Homs on 7 December", "captured Aleppo on November 30, Hama
# on December 5, and Homs on December 7": a clause's verb is left out; its place and date
# answer the first clause's.
_GAPPED_AND = re.compile(r"(?:,\s*(?:(?:and|while|then)\s+)?|\s(?:and|while|then)\s+)(?:the\s+)?$")
_CLAUSE_END = re.compile(r"\s*(?:[.;,)]|\band\b|$)")


def _gapped(
    previous: PlaceMention | None,
    mention: PlaceMention,
    sentence: Sentence,
    dates: Sequence[DateSpan],
) -> bool:
    """``mention`` and a date are all that is left of a clause like the one before it."""
    if previous is None or len(dates) < 2:
        return False
    text, base = sentence.text, sentence.start
    conjunction = _GAPPED_AND.search(text, previous.end - base, mention.start - base)
    if conjunction is None:
        return False
    # "Aleppo fell within days, then Hama on 5 December": "then" carries the verb on
    first = "then" in conjunction.group() or any(
        previous.end <= d.start and d.end - base <= conjunction.start() for d in dates
    )
    after = mention.end - base
    after += ((noun := _AREA_NOUN_AT.match(text, after)) and noun.end() - after) or 0
    # "and Homs on the night of December 7": the part of the day before the date
    after += ((part := _PART_OF_DAY.match(text, after)) and part.end() - after) or 0
    own = next((d for d in dates if 0 <= d.start - base - after <= 4), None)
    return first and own is not None and bool(_CLAUSE_END.match(text, own.end - base))


_PART_OF_DAY = re.compile(
    r"\s+(?:on\s+|in\s+|at\s+)?the\s+(?:night|morning|evening|eve|dawn|afternoon|early\s+hours)"
    r"\s+of(?=\s)"
)


_SPAN_TO = re.compile(
    r"\s+(?:(?:up|down|all\s+the\s+way|right)\s+)?to\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+)?(?:city|town|village|area)\s+of\s+)?"  # "to the border town of"
)


def _spanned(previous: PlaceMention | None, gap: str, sentence: Sentence) -> bool:
    """Not a route ("Assad was flown from Hmeimim to Moscow"): a stretch of ground."""
    if previous is None or not _SPAN_TO.fullmatch(gap):
        return False
    return stretch_from(sentence.text[: previous.start - sentence.start])


# A trip's next leg: "flew to Damascus on 1 December to show support, and then to Ankara".
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
_THEN_ON_TO = re.compile(
    r"[^.;:!?]{0,60},\s*(?:and\s+)?(?:then|later|afterwards|from\s+there)\s+(?:on\s+)?to\s+"
    r"(?:the\s+)?"
)


def _travels_on(previous: PlaceMention | None, gap: str, sentence: Sentence) -> bool:
    """``previous`` was where a trip went ("to Damascus") and the gap sends it on."""
    if previous is None or not _THEN_ON_TO.fullmatch(gap):
        return False
    return bool(_TO_BEFORE.search(sentence.text, 0, previous.start - sentence.start))


def _opens_clause(
    mention: PlaceMention,
    previous: PlaceMention,
    gap: str,
    sentence: Sentence,
    heads: dict[int, int],
    by_start: dict[int, PlaceMention],
) -> bool:
    """``mention`` is a new clause's subject, not a conjunct: "at Tartous, and Moscow
    announced ..." (unless an "and" closes a list that hangs off a preposition: "centres in
    Damascus, Aleppo and Homs were closed")."""
    if not _is_subject(mention, sentence):
        return False
    if "," in gap:
        return True
    return _may_act(mention) and not _in_prepositional_list(previous, heads, by_start, sentence)


# (and what lies around it: "positions in Al-Mayadin city and its desert, Al-Bukamal city
# and the villages of ...")
_OWN_AREA_NOUN = re.compile(
    r"^\s+(?:city|town|province|governorate|countryside)\b"
    r"(?:\s+and\s+its\s+(?:desert|countryside|outskirts|surroundings|environs|suburbs)\b)?"
    r"|^\s+and\s+its\s+(?:desert|countryside|outskirts|surroundings|environs|suburbs)\b"
)
_AREA_NOUN_AT = re.compile(r"\s+(?:city|town|province|governorate|countryside)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|around|outside|across|inside)\s+(?:the\s+)?$")


def _in_prepositional_list(
    previous: PlaceMention,
    heads: dict[int, int],
    by_start: dict[int, PlaceMention],
    sentence: Sentence,
) -> bool:
    """The list's first place follows a locative preposition: the list is that phrase's."""
    first = by_start[heads.get(previous.start, previous.start)]
    if previous.place.kind not in lexicon.TOWN_KINDS:
        return False  # "groups in Iraq and Syria claimed": countries may act
    if "," not in sentence.text[first.end - sentence.start : previous.start - sentence.start]:
        return False  # "struck near Hama and Damascus denied": a pair may part two clauses
    local = first.start - sentence.start
    return _PREPOSITION_BEFORE.search(sentence.text, max(0, local - 16), local) is not None


def _in_closed_list(
    gap: str, mention: PlaceMention, sentence: Sentence, ends: frozenset[int]
) -> bool:
    """The comma before ``mention`` is inside a list of names closed by "and"/"or"
    (``ends``: where the sentence's mentions end, so a last item may be a place name
    with a lower-case word: "and the Damascus countryside")."""
    if not _COMMA.match(gap):
        return False
    tail = _LIST_TAIL.match(sentence.text, mention.end - sentence.start)
    if tail is None:
        return False
    if tail.end() + sentence.start in ends:
        return True
    after = tail.group("after")
    # "the Hama, Shayrat and Mezzeh airbases": a head noun shared by the list
    word = after.strip() if after else ""
    # "... and the Al-Haffah area", "... and Latakia city": the last name's own noun
    if not word or word in _FUNCTION_WORDS or word in _PLURAL_HEADS or word in _AREA_NOUNS:
        return True
    # a list of towns is what the verb after it tells of ("Jindires, Harim and Salqin are
    # among the most affected"); a list of countries is of actors ("Syria, Russia, Iran
    # and Turkey spearheaded")
    return mention.place.kind in lexicon.TOWN_KINDS


_AREA_NOUNS = frozenset(
    {"area", "areas", "region", "countryside", "district", "districts", "city", "town",
     "province", "governorate", "neighbourhood", "neighborhood", "suburbs", "outskirts"}
)  # fmt: skip


# Anaphoric "there" ("Following the independence of Syria, Iran established a consulate
# there") points back at the last place named before it; existential "there is" does not.
_THERE = re.compile(
    r"(?<![.;:!?]\s)(?<!^)\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|remain|seem|exist|appear|may|might|could|must|should|can))",
)


def _there_antecedents(
    mentions: Sequence[PlaceMention], located: list[PlaceMention], sentence: Sentence
) -> list[PlaceMention]:
    """Mentions that an anaphoric "there" later in the sentence makes a location."""
    extra: list[PlaceMention] = []
    for match in _THERE.finditer(sentence.text):
        at = sentence.start + match.start()
        before = [m for m in mentions if m.end <= at and not _is_subject(m, sentence)]
        if before and before[-1] not in located and before[-1] not in extra:
            extra.append(before[-1])
    return extra


# A wire lead's "here": the town its dateline opens with ("Bushehr, July 25, IRNA -- Iran,
# Iraq and Syria signed a memorandum of understanding here on Monday").
# (not where a statement was made: "officials said here that ...")
_HERE = re.compile(
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bstated\s)(?<!\bannounced\s)"
    r"\bhere\b(?!\s+(?:is|are)\b)"
)
_DATELINE_DASH = re.compile(r"[^.!?]{0,60}?\s(?:--|—|–)\s")


def _here_antecedent(
    mentions: Sequence[PlaceMention], located: list[PlaceMention], sentence: Sentence
) -> list[PlaceMention]:
    """The sentence's opening name, when a dateline's dash follows it and a "here" later
    points back at it."""
    first = mentions[0] if mentions else None
    if first is None or first in located:
        return []
    if sentence.text[: first.start - sentence.start].strip(" *_>#\t\n"):
        return []  # not the sentence's opening name
    dash = _DATELINE_DASH.match(sentence.text, first.end - sentence.start)
    if dash is None or _HERE.search(sentence.text, dash.end()) is None:
        return []
    return [first]


# Words that cannot follow a subject as its verb: "near Homs and Hama the same day".
_FUNCTION_WORDS = lexicon.LOCATIVE_PREPOSITIONS | {
    "and", "or", "of", "as", "with", "by", "the", "a", "an", "this", "that", "these",
    "those", "which", "who", "where", "when", "while", "but", "after", "before", "during",
    "until", "since", "for", "from",
}  # fmt: skip


# What may stand between a subject and its verb: "Moscow later set up a base there".
_ADVERBS = frozenset(
    {"later", "earlier", "also", "then", "again", "now", "recently", "reportedly",
     "subsequently", "soon", "already", "still", "yesterday", "today", "quickly"}
)  # fmt: skip


# Countries, regions and big cities stand for governments ("Damascus announced"); a town
# or a site does not act, so "strikes near Deir ez-Zor and Al-Bukamal killed dozens" is
# two places struck, not a town that killed.
def _may_act(mention: PlaceMention) -> bool:
    place = mention.place
    if place.kind in lexicon.SITE_KINDS:
        return False
    return place.kind in AREA_KINDS or place.population >= METONYM_POPULATION


def acts_as_government(mention: PlaceMention, sentence: Sentence) -> bool:
    """A capital or a country that opens its sentence as its subject: "Moscow also used
    culture to advertise its success" (a government acting, not a place to point back at;
    not "Aleppo's shrine was damaged")."""
    opening = sentence.text[: mention.start - sentence.start].strip(' *_"“')
    if opening or sentence.text.startswith(("'s", "’s"), mention.end - sentence.start):
        return False
    return _may_act(mention) and _is_subject(mention, sentence)


def _is_subject(mention: PlaceMention, sentence: Sentence) -> bool:
    """ "Iran established ...": a name followed by a verb acts, it is not the place (a
    participle after a comma does not: "the facility in Tartus, allowing ...")."""
    after = after_mention(mention, sentence)[:30].lstrip("*_]")
    if after[:1] in ",;:":
        return False
    if _PLACED_SUBJECT.match(sentence.text, mention.end - sentence.start):
        return True  # "..., and the Iranian embassy in Damascus was sacked by crowds"
    words = WORD.findall(after)
    if len(words) > 1 and words[0] in _ADVERBS:
        words = words[1:]  # "Moscow later set up a base there": the verb after the adverb
    return (
        bool(words)
        and words[0].islower()
        and words[0] not in _FUNCTION_WORDS
        and words[0] not in _HEAD_NOUNS  # "Latakia and Tartus provinces"
    )


# A subject placed by its town before its verb: "the Iranian embassy in Damascus was".
_PLACED_SUBJECT = re.compile(
    r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:was|were|is|are|has|have|had)\s"
)
_HEAD_NOUNS = frozenset(
    {"province", "provinces", "governorate", "governorates", "countryside", "region",
     "area", "city", "town", "border", "coast", "airport", "airports", "port", "ports",
     "base", "bases", "airbase", "airbases",
     # nor a count or a time after the name: "in Syria and Iraq three times"
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
     "many", "dozens", "hundreds", "times", "once", "twice", "last", "this", "next",
     "earlier", "later", "yesterday", "today", "overnight"}
)  # fmt: skip


def _with_containers(
    located: list[PlaceMention],
    mentions: Sequence[PlaceMention],
    sentence: Sentence,
    heads: dict[int, int],
) -> list[PlaceMention]:
    """``located`` plus the places that hold a located site ("in Syria's Latakia
    province"), each sharing its site's event (a country adds nothing: see
    ``landmarks.drop_landmarks``)."""
    starts = {m.start for m in located}
    ordered = sorted(mentions, key=lambda m: m.start)
    kinds = {m.start: m.place.kind for m in ordered}
    held: dict[int, int] = {}
    for place, site in containers(ordered, sentence).items():
        if site in starts:
            held[place] = site
        elif kinds[place] in _PROVINCE_KINDS and (before := [s for s in starts if s < site]):
            # "the Hmeimim airfield near Jableh in Latakia province": the town only says
            # where the site is, and the province holds them both
            held[place] = max(before)
    extra = [
        m
        for m in mentions
        if m.start in held and m.start not in starts and m.place.kind not in _COUNTRY_KINDS
    ]
    for place, site in held.items():
        heads.setdefault(place, heads.get(site, site))  # the site's event is the town's too
    return sorted([*located, *extra], key=lambda m: m.start) if extra else located


_COUNTRY_KINDS = frozenset({"country"})
_PROVINCE_KINDS = frozenset({"region"})


# What a column says happened at the places in its cells, with the weight of a trigger.
_COLUMN_EVENTS = {
    "incident": ("incident", "martyred", 1.0),
    "burial": ("other", "buried", 1.0),
    "target": ("incident", "target", 1.0),
}


def _column_roles(ctx: EventContext, mentions: Sequence[PlaceMention]) -> dict[int, str | None]:
    """By start, what its table column says of each place of a row (empty for prose)."""
    if not ctx.header:
        return {}
    row, base = ctx.sentence.text, ctx.sentence.start
    return {m.start: cell_role(row, ctx.header, m.start - base) for m in mentions}


def _in_event_columns(
    mentions: Sequence[PlaceMention], roles: dict[int, str | None]
) -> list[PlaceMention]:
    """The places of a row's cells that say where something happened: not a birthplace,
    a claim, a source or a force ("Military Forces of Israel"), nor the province that only
    holds a place the row's Location cell names ("Homs" over "T4 Airbase")."""
    kept = [m for m in mentions if roles[m.start] not in _NO_EVENT_COLUMNS]
    if any(roles[m.start] == "place" for m in kept):
        kept = [m for m in kept if roles[m.start] != "region"]
    return kept


_NO_EVENT_COLUMNS = frozenset({"origin", "claim", "source", "actor"})


def _column_category(
    judged: tuple[str, str | None, float], role: str | None, typed: str | None = None
) -> tuple[str, str | None, float]:
    column = _COLUMN_EVENTS.get(role or "")
    overrides = typed == "incident" or _only_a_site(judged)
    if column is None and typed and judged[0] != typed and overrides:
        # an export row's "Battles" (but a "naval base lease" keeps its base over "Agreement")
        return typed, "event type", max(judged[2], 1.0)
    if column is None:
        return judged
    return column[0], column[1], max(judged[2], column[2])


# Harm that an earthquake does as well as an attack: in a report of a disaster, the dead,
# the wounded and the ruins are its, unless the sentence tells of fighting.
_DISASTER_HARM = frozenset(
    {"kill", "casualt", "deaths", "wound", "damag", "destroy", "destruct", "collapse", "rubble"}
)
# Words for an earthquake: a document that keeps naming one tells of a disaster (see the
# pipeline), and a sentence that names one tells of what it did.
DISASTER_WORDS = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?)\b", re.IGNORECASE)
_ATTACK_WORDS = re.compile(
    r"\b(?:strik|struck|air\s*strik|attack|bomb|shell|raid|missile|rocket|drone|clash|fight"
    r"|gunmen|gunfire|fired|shot|assault|artillery|mortar)"
)


def _harm_of_a_disaster(judged: tuple[str, str | None, float], triggers: Triggers) -> bool:
    return (
        judged[0] == "incident"
        and judged[1] in _DISASTER_HARM
        and _ATTACK_WORDS.search(triggers.padded) is None
    )


def _how_things_stand(ctx: EventContext, mentions: Sequence[PlaceMention]) -> bool:
    """An undated row of a table of what is open or shut, naming no shrine or base (a
    shrine's row of such a table still puts the shrine on the map)."""
    return (
        bool(ctx.header)
        and not ctx.own_dates
        and is_status_row(ctx.sentence.text, ctx.header)
        # (an airfield's code in its own cell, "| Palmyra | OSPR | Closed |", names no base)
        and not any(
            m.place.kind in ("shrine", "base") and not m.mention.isupper() for m in mentions
        )
    )


def _struck_cell(judged: tuple[str, str | None, float], role: str | None) -> bool:
    """Whether a strikes table's row says of this place that it was struck: it names no
    other event, or it stands in the row's Location or Target cell and the row names no
    presence there ("| 2019 | Tiyas airbase | - | Iranian drone unit stationed |"): a visit
    or an earthquake is a Notes cell's aside."""
    return _only_a_site(judged) or (role in ("place", "target") and judged[0] in _ASIDES)


_ASIDES = frozenset({"diplomacy", "other"})


def _only_a_site(judged: tuple[str, str | None, float]) -> bool:
    """The category comes from no verb, at most from what the place is ("depots", "base"):
    a strikes table's row may still say what was hit (not "drone unit stationed")."""
    return judged[0] in ("base", "other") and (
        judged[1] is None or judged[1] in lexicon.SITE_NOUN_TRIGGERS
    )


# A report's paragraph led by the province or town it is about: "Homs: A cell of ISIS
# attacked positions near Al-Sukhnah".
_LEAD_LABEL = re.compile(r"[*_\s]*$")
_LABEL_END = re.compile(r"[*_]*\s*:\s")


def _without_lead_label(located: list[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """Without the label that leads a paragraph when the sentence names a place of its own:
    the label only files the item under its province."""
    if len(located) < 2:
        return located
    first = located[0]
    local = first.start - sentence.start
    labelled = _LEAD_LABEL.fullmatch(sentence.text, 0, local) and _LABEL_END.match(
        sentence.text, first.end - sentence.start
    )
    return located[1:] if labelled else located


def events_for_sentence(ctx: EventContext, mentions: Sequence[PlaceMention]) -> list[Event]:
    """The events one sentence states, one per place."""
    sentence = ctx.sentence
    if sentence.is_heading or not mentions:
        return []
    if _asks(sentence.text):
        return []  # a question asks; "Remember when Raisi came to Damascus in May 2023?" tells
    if _ABOUT_THE_STUDY.match(sentence.text):
        return []  # "This briefing is based on interviews ... in Damascus": the method
    if _is_claim(sentence):
        return []  # what a fact-check debunks: "Claim: Video shows a strike in Latakia"
    if _ADVICE.match(sentence.text):
        return []  # "c) Avoid anchoring in the vicinity of the Tartus naval facility"
    if not ctx.own_dates and _HABITUAL.search(sentence.text):
        return []  # "Air strikes are frequent in Idlib": a risk told, no event
    if _FURNITURE.match(sentence.text):
        return []  # "Welcome to our live coverage of the offensive in northern Syria"
    if _PHOTOGRAPHED.match(sentence.text):
        return []  # a caption: "The former Iranian embassy in Damascus, photographed on 4 May"
    if _FOOTNOTE_SEE.match(sentence.text) or (
        ": " in sentence.text and _IMPRINT.search(sentence.text)
    ):
        return []  # a footnote's book: "8 On ... see Ranstorp, Hizb'allah in Lebanon"
    if _how_things_stand(ctx, mentions):
        return []  # "| Damascus International Airport | Open | — |": how things stand
    roles = _column_roles(ctx, mentions)
    if roles:  # a birthplace column, a fact-check's claim column: no event there
        mentions = _in_event_columns(mentions, roles)
        if not mentions:
            return []
    label = _DEPLOYED_AT.match(sentence.text)
    if label is not None:
        # "Known locations: al-Mayadin, al-Quriyah, Albu Kamal", "HQ: Deir ez-Zor Military
        # Airport (from 2013)": every place the label lists is where the unit is based
        listed = drop_landmarks(
            [m for m in mentions if m.start - sentence.start >= label.end()], sentence
        )
        deployed = ("base", "deploy", 1.0)
        return _events_of(ctx, [(m, deployed) for m in _one_a_place(listed)], mentions)
    counted = mentions[0] if _counts_sites(sentence, mentions[0]) else None
    located, heads = _with_conjuncts(mentions, sentence, ctx.noise, ctx.own_dates)
    if "there" in sentence.text:
        located += _there_antecedents(mentions, located, sentence)
    if " here" in sentence.text:  # (not "where", "there")
        located += _here_antecedent(mentions, located, sentence)
    # A river's middle is no place on the map: "east of the Euphrates", "strikes on its
    # eastern bank" happened somewhere along hundreds of kilometres of it.
    located = [m for m in drop_landmarks(located, sentence) if m.place.kind != "river"]
    located = _without_lead_label(located, sentence)
    if counted is not None and counted not in located:
        # an inventory's count ("- Deir ez-Zor: 131 sites, most of them in al-Mayadin"):
        # the place the item opens with holds that many military sites
        located.insert(0, counted)
        heads.pop(counted.start, None)
    if not located:
        return []
    located = _with_containers(located, mentions, sentence, heads)
    triggers = _bound_to_antecedents(sentence_triggers(sentence, mentions), located, ctx)
    typed = event_type_category(sentence.text, ctx.header) if roles else None
    base = sentence.start
    judged_at: dict[int, tuple[str, str | None, float]] = {}
    best: dict[str, tuple[PlaceMention, tuple[str, str | None, float]]] = {}
    for mention in located:
        # Coordinated places share their predicate: "buried in Mashhad and Qom".
        shared = judged_at.get(heads.get(mention.start, -1))
        judged = shared or categorise(mention, sentence, triggers, ctx.previous_category)
        if roles:
            judged = _column_category(judged, roles.get(mention.start), typed)
        if (
            typed is None
            and ctx.header
            and (
                _struck_cell(judged, roles.get(mention.start))
                or (  # (a dated row: a sanctions list's "Targets" strike nothing)
                    judged[0] == "base"
                    and judged[1] is not None
                    and bool(ctx.own_dates)
                    and names_the_target(sentence.text, ctx.header, judged[1])
                )
            )
            and is_strike_table(ctx.header)
        ):
            # "| 13 Jan 2021 | Deir ez-Zor, Albu Kamal | Militia depots | 57 |" under "Target"
            # and "Killed": the depots were struck (and the Location cell's place, whatever
            # visit a Notes cell mentions)
            judged = ("incident", "strike", max(judged[2], _MIN_SCORE_AREA))
        if ctx.struck_item:
            judged = ("incident", "strike", max(judged[2], 1.0))
        if mention is counted:
            judged = ("base", "military site", max(judged[2], 1.0))
        if (
            not sentence.is_row
            and _harm_of_a_disaster(judged, triggers)
            and (ctx.disaster or DISASTER_WORDS.search(sentence.text))
        ):
            # "86 buildings collapsed in Jableh", "the earthquake ... killed several hundred
            # people, most of them in Jableh": what a disaster did, no attack
            judged = ("other", judged[1], judged[2])
        if (judged[2] < _min_score(mention) or judged[1] == "hosted") and holds_armed_men(
            mention, sentence
        ):
            # "Nubl ... host Hezbollah personnel", "Al-Mayadin hosted offices of Kataib
            # Hezbollah": the armed men it holds, no guests
            judged = ("base", "garrison", max(judged[2], 1.0))
        if judged[1] is None and shared is None:
            judged = _as_its_holders(mention, judged, located, heads, sentence, triggers)
        judged_at[mention.start] = judged
        if mention.place.kind not in lexicon.SITE_KINDS and judged[2] < _min_score(mention):
            continue  # nothing happens near enough to this place in the sentence
        if judged[0] != "incident" and is_reported_quote(sentence.text, mention.start - base):
            continue  # a source's statement counts for what it reports was hit, not its views
        # One event a place: a place named twice ("launched from the T-4 airbase ...
        # bombed a vehicle at T-4") is where its strongest event happened, unless each
        # naming has its own day ("Israel struck T4 on March 21, and again hit T4 on
        # April 2"): two events.
        key = mention.place.id
        kept = best.get(key)
        if kept is not None and _dated_apart(kept[0], mention, ctx):
            key = f"{key}\x00{mention.start}"
            kept = None
        if kept is None or judged[2] > kept[1][2]:
            best[key] = (mention, judged)
    return _events_of(ctx, list(best.values()), mentions)


def _as_its_holders(
    site: PlaceMention,
    judged: tuple[str, str | None, float],
    located: Sequence[PlaceMention],
    heads: dict[int, int],
    sentence: Sentence,
    triggers: Triggers,
) -> tuple[str, str | None, float]:
    """A site no event word is near was hit when the places its own phrase locates it by
    were: "the Iranian Embassy in the Mezzeh neighborhood of Damascus stands empty and
    looted" (the looting is nearer Mezzeh than the embassy). Only an attack carries over:
    "moored at the naval facility in Tartus, loading vehicles" stays a base's event."""
    held = [m for m in located if m.start > site.start and heads.get(m.start) == site.start]
    told = [categorise(m, sentence, triggers, None) for m in held]
    hit = [j for j in told if j[0] == "incident" and j[1] is not None]
    return max(hit, key=lambda j: j[2], default=judged)


def _dated_apart(first: PlaceMention, second: PlaceMention, ctx: EventContext) -> bool:
    """Do two namings of one place in a sentence take two different own dates?"""
    if len(ctx.own_dates) < 2:
        return False
    one, two = _pick_date(first, ctx), _pick_date(second, ctx)
    return (
        one is not None
        and two is not None
        and one in ctx.own_dates
        and (two in ctx.own_dates and one.date_start != two.date_start)
    )


# An inventory's item that counts the military sites of a place: "Deir ez-Zor: 131
# sites", "**Aleppo** – 95 positions", "Homs: about 40 points".
_COUNTED_SITES = re.compile(
    rf"(?=[\s*_•·-]*[A-Z]){lexicon.ITEM_LABEL}\s*(?:about\s+|some\s+|around\s+)?"
    r"\d{1,4}\s+(?:(?:military|Iranian|Russian|Turkish|US|American|foreign)\s+)?"
    r"(?:sites?|positions?|bases?|points?|posts?|outposts?|facilities|installations?)\b"
)


def _counts_sites(sentence: Sentence, first: PlaceMention) -> bool:
    text = sentence.text
    if ":" not in text and "–" not in text and "—" not in text:
        return False
    counted = _COUNTED_SITES.match(text)
    return (
        counted is not None
        and first.start - sentence.start <= counted.end("label")
        and first.place.kind != "country"  # "Russia: 105 sites": whose, not where
    )


# A unit's entry that lists where it is: "Known locations:", "HQ:", "Bases:", "Area of
# operations:", "Garrisons:", "Stationed at:".
_DEPLOYED_AT = re.compile(lexicon.DEPLOYMENT_LABEL)


def _one_a_place(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    first: dict[str, PlaceMention] = {}
    for mention in mentions:
        first.setdefault(mention.place.id, mention)
    return list(first.values())


def _events_of(
    ctx: EventContext,
    best: list[tuple[PlaceMention, tuple[str, str | None, float]]],
    mentions: Sequence[PlaceMention],
) -> list[Event]:
    """The events of the chosen (place mention, judgement) pairs, in text order."""
    if not best:
        return []
    sentence = ctx.sentence
    actors = _shared(find_actors(sentence.text))  # the same for every event of the sentence
    chosen = sorted(best, key=lambda pair: pair[0].start)
    starts = [m.start for m in mentions]
    named = [m.place.id for m, _ in chosen]
    return [
        event
        for i, (mention, judged) in enumerate(chosen)
        for event in _make_events(
            mention, ctx, judged, actors, starts, again=mention.place.id in named[:i]
        )
    ]


# A fact-check's statement of the claim it checks, labelled ("**Claim:** A photo shows the
# shrine destroyed") or under its own heading ("What was claimed", "The claim").
_CLAIM_LABEL = re.compile(r"[\s*_>\"“]*(?:the\s+)?claim(?:ed)?\s*[*_]*\s*:", re.IGNORECASE)
_CLAIM_HEADING = re.compile(
    r"(?:what\s+(?:was|is|they)\s+claim(?:ed|ing)?|what\s+the\s+posts?\s+(?:say|said|claim)"
    r"|(?:the\s+)?claims?|(?:the\s+)?rumou?rs?|claimed)\W*",
    re.IGNORECASE,
)


def _is_claim(sentence: Sentence) -> bool:
    heading = sentence.heading
    if (
        heading
        and len(heading) < 40
        and ("laim" in heading or "umo" in heading or "LAIM" in heading)
        and _CLAIM_HEADING.fullmatch(heading.strip(" *_#:"))
    ):
        return True
    return "laim" in sentence.text[:20] and _CLAIM_LABEL.match(sentence.text) is not None


# Advice, an order to the reader: "Avoid anchoring near ...", "Do not travel to Idlib",
# "Check with your airline before flying to Damascus" (after a list's "c)" or "2.").
_ADVICE = re.compile(
    r"[\s*_>•-]*(?:\(?[a-z0-9]{1,2}[.)]\s+)?"
    r"(?:Avoid|Do\s+not|Don['’]t|Never|Expect|Monitor|Ensure|Keep|Maintain|Reconsider"
    r"|Stay|Register|Check|Verify|Carry|Remain|Leave)\s+(?!(?:of|and|to|is|was|were|has|had)\b)"
)


# What happens as a rule, not on a day: an advisory's "Air strikes are frequent in Idlib",
# "Israeli strikes regularly target Damascus", "Further strikes are likely near Homs",
# "frontlines can shift quickly" (told with a day, the day's event still counts).
_HABITUAL = re.compile(
    r"\b(?:are|is|remain|remains)\s+(?:(?:very|increasingly|still)\s+)?(?:frequent|common"
    r"|routine|commonplace|likely|possible|widespread)\b"
    r"|\b(?:regularly|frequently|routinely|periodically|sporadically|habitually)\b"
    r"|\bcan\s+(?:shift|change|occur|happen|escalate)\b|\bremains?\s+active\b"
    # a guidebook's timetable: "Boats to Arwad leave every 30 minutes", "buses run daily"
    r"|\bevery\s+(?:\d+|few|couple\s+of|other)?\s*(?:minutes?|hours?|mornings?|days?)\b"
    r"|\b(?:leave|leaves|depart|departs|run|runs)\s+(?:[\w-]+\s+){0,3}?(?:daily|hourly)\b",
    re.IGNORECASE,
)


# A photo's caption: a noun phrase (no verb of its own), then when it was photographed.
_PHOTOGRAPHED = re.compile(
    r"[\s*_>]*(?:An?|The)\s(?:(?!\b(?:is|are|was|were|has|have|had)\b)[^.;:!?]){1,160}?,\s+"
    r"(?:photographed|pictured|seen|shown)\s+(?:on|in|at|from|during|last)\b"
)
# A live page's words about itself: its greeting, where coverage goes on, a correction of
# what an earlier version said ("An earlier version said rebels had captured Hama city").
_FURNITURE = re.compile(
    r"[\s*_>]*(?:Welcome\s+to\s+(?:our|the)\s|You\s+can\s+(?:follow|read|find|catch\s+up)\s"
    r"|Follow\s+(?:our|the)\s+(?:live|latest|continuing)\s"
    r"|Our\s+(?:live\s+|continuing\s+)?coverage\s+of\s[^.]{0,120}?\scontinues\b"
    r"|(?:An|The)\s+earlier\s+version\s+of\s+this\s+\w+\s"
    r"|Corrections?\b[^.:]{0,30}:"  # "Correction, 3 December: an earlier version ..."
    r"|An\s+earlier\s+version\s+(?:said|stated|misstated|reported|wrongly|incorrectly)\b"
    r"|This\s+(?:article|post|story|blog|entry|report)\s+(?:was|has\s+been)\s+"
    r"(?:amended|corrected)\b"
    # a page's change log: "Latest update: 14 April 2025 — added Israeli strikes on Hama"
    r"|(?:Latest|Last)\s+updated?\b[^.]{0,50}?(?:added|updated|removed|revised|amended"
    r"|changed|reviewed)\b)",
    re.IGNORECASE,
)


# A report's words about itself, its scope and method: "This brief reviews imagery of
# the facility", "We focus on three areas: ...", "Human Rights Watch interviewed former
# detainees in Gaziantep".
_ABOUT_THE_STUDY = re.compile(
    r"[\s*_>\"“]*(?:(?:This|The\s+present|Our)\s+(?:brief(?:ing)?|report|paper|study|analysis"
    r"|update|article|chapter|section|note|assessment|review|research)\s+(?:\w+\s+){0,2}?"
    r"(?:is\s+based|draws|reviews|examines|covers|focuses|looks|assesses|analy[sz]es|describes"
    r"|maps|documents|uses|relies)"
    r"|We\s+(?:\w+\s+)?(?:focus|examine|review|reviewed|look|analy[sz]e|map|interviewed"
    r"|spoke|examined|draw|compared)"
    r"|(?:Human\s+Rights\s+Watch|Amnesty\s+International|Researchers)\s+(?:\w+\s+)?"
    r"(?:interviewed|spoke\s+(?:to|with)))\b"
)
_REMINDER = re.compile(
    r"[\s*_\"“]*(?:(?:And|But|Also|So)\s+)?(?:Remember|Recall|Do\s+you\s+remember)\b"
)
# A reporter's question that takes a strike as given tells it: "How many times has
# al-Tanf been targeted?", "the depot that was struck in Mayadin - was it the IRGC's?"
# (not one that asks what may come: "Will Israel strike the T4 airbase?").
_PRESUPPOSED_STRIKE = re.compile(
    r"\b(?:was|were|(?:has|have|had)(?:\s+(?!not\b|never\b)[\w'’-]+){0,4}?\s+been)"
    r"\s+(?:\w+ly\s+)?(?:targeted|struck|hit"
    r"|attacked|shelled|bombed|destroyed|damaged)\b",
    re.IGNORECASE,
)
# ... and so does one that names a strike as a thing known: "Was the strike on Kiswah on
# Tuesday night also Israeli?", "Do you see last month's strike on T4 as ...?"
_PRESUPPOSED_EVENT = re.compile(
    r"\b(?:the|this|that|these|those|(?:last|this)\s+(?:week|month|night|year)['’]s"
    r"|yesterday['’]s|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|air\s*strikes?|attacks?"
    r"|raids?|bombings?|explosions?|blasts?|shelling)\s+(?:on|at|in|against|near|targeting)\s",
    re.IGNORECASE,
)
_WHAT_MAY_COME = re.compile(
    r"\b(?:will|would|could|can|might|may|should|shall|if|going\s+to)\b", re.IGNORECASE
)


# A statement with a tag that asks to agree tells what it states: "The base reopened in
# September 2019 -- that was the land bridge, right?", "They hit Tartus, didn't they?"
_TAG_QUESTION = re.compile(
    r"(?:,|\s[-–—]+)\s*(?:right|correct|no|yes|remember|you\s+know|(?:is|was|did|do|does|have"
    r"|has|had|were|are)n['’]t\s+(?:it|they|he|she|we|you|there))\s*\?[\s\"”']*$",
    re.IGNORECASE,
)


_AFTER_THE_MARK = " \t\n*_\"'”’)]⌄▾▼▸›»+-"


# A cited book's imprint, "(London: Macmillan, 1997)", "(New York: Columbia University
# Press, 2019), 33-5": the sentence is a reference, its places are titles and publishers'.
_IMPRINT = re.compile(
    r"\((?:[A-Z][\w.]*(?:[ -][A-Z][\w.]*){0,3}(?:,\s*[A-Z][\w.]*)?):\s*[A-Z][^():]{1,60}?,\s*"
    r"(?:1[6-9]|20)\d\d\)"
)


# A footnote that sends the reader to a source: "8 See ...", "12 On the Baalbek
# contingent see ...", "3 Cf. ...".
_FOOTNOTE_SEE = re.compile(r"\d{1,3}\s+(?:See|Cf\.|On\s[^.;]{1,60}?,?\s(?:see|cf\.))\s")


def _asks(text: str) -> bool:
    """The sentence is a question that tells nothing of what happened."""
    # (past a widget's arrow or markup after the mark: "Does Iran still have bases in
    # Syria?     ⌄", "**Why does Israel strike Damascus airport?**")
    if not text.rstrip(_AFTER_THE_MARK).endswith("?"):
        return False
    if _REMINDER.match(text) or _TAG_QUESTION.search(text):
        return False
    told = _PRESUPPOSED_STRIKE.search(text) or _PRESUPPOSED_EVENT.search(text)
    return not (told and not _WHAT_MAY_COME.search(text))


# A town needs some event word in its sentence; a country or region, one close by,
# because long sentences name countries as background far from what happened.
_MIN_SCORE_TOWN = 0.1
_MIN_SCORE_AREA = 0.2


def _min_score(mention: PlaceMention) -> float:
    return _MIN_SCORE_AREA if mention.place.kind in AREA_KINDS else _MIN_SCORE_TOWN
