"""From place mentions to events: is this place where something happened, and what?

Input: one sentence, the places the matcher found in it and the dates resolved for it.
Output: at most one ``Event`` per place in the sentence, with a category, actors, a
short label, a date and a confidence.

Most place names in political prose are not event locations: "Tehran will keep its
forces" names a government, "relations with Egypt" a party, "the Washington Post" an
outlet. So a mention of a town, region or country becomes an event only when the
sentence places something there: a locative preposition ("in Syria", "the port of
Tartus", "visit to Moscow"), the object of an event verb ("captured Damascus"), or an
event noun it modifies ("the Hama massacre"). Sites (bases, shrines, embassies,
districts, islands) are locations whatever their grammatical role. Negated, hedged and
quoted mentions are dropped, and so is a country when the same sentence names a more
specific place inside it.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import ahocorasick

from extract import lexicon
from extract.noise import Stuffing
from extract.records import DateSpan, Event, PlaceMention, Sentence

__all__ = ["EventContext", "events_for_sentence", "find_actors"]

_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
# Words allowed between a preposition and the place: "in the western province of".
_MODIFIERS = frozenset(
    {
        "the",
        "a",
        "an",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northwestern",
        "northeastern",
        "southwestern",
        "southeastern",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "syrian",
        "iranian",
        "iraqi",
        "lebanese",
        "israeli",
        "turkish",
        "russian",
        "coastal",
        "neighboring",
        "neighbouring",
        "occupied",
        "nearby",
        "its",
        "their",
        "his",
        "her",
        "old",
        "rural",
        "greater",
        "upper",
        "lower",
        "downtown",
        "besieged",
        "war-torn",
        "rebel-held",
        "government-held",
        "regime-held",
        "city",
        "town",
        "village",
        "capital",
        "port",
        "heart",
        "outskirts",
        "suburbs",
        "of",
        "post-assad",
        "new",
        "modern",
        "ancient",
        "then",
    }
)
_COUNTRY_KINDS = frozenset({"country"})
_AREA_KINDS = frozenset({"country", "region", "continent", "sea", "gulf", "admin1", "province"})
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s|\s[–—]\s")


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


def _words(text: str) -> list[str]:
    if text.isascii():
        # One lower() for the whole text instead of one per word: in ASCII, lower-casing
        # keeps every character's length and whether it is a word character, so the
        # words are the same (not so for "İ", which lower-cases to two characters).
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


def _clause_before(text: str) -> str:
    """The text from the last clause break up to the end of ``text``."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        start = match.end()
    return text[start:]


def _inside_quotes(before: str) -> bool:
    if before.count('"') % 2 == 1:
        return True
    # Curly quotes: “ and « open, ” and » close (plain counts: this runs per mention).
    opened = before.count("“") + before.count("«")
    return opened > 0 and opened > before.count("”") + before.count("»")


def _preposition_before(words: list[str]) -> tuple[str | None, list[str]]:
    """The preposition governing the place, skipping modifiers; and the words before it."""
    i = len(words) - 1
    while i >= 0 and words[i] in _MODIFIERS and words[i] != "of":
        i -= 1
    if i >= 0 and words[i] == "of":
        return "of", words[:i]
    if i >= 0 and words[i] in lexicon.LOCATIVE_PREPOSITIONS:
        return words[i], words[:i]
    return None, words[: i + 1]


def _of_is_locative(head_words: list[str]) -> bool:
    """ "the port of Tartus" yes, "President of Syria" no."""
    if head_words and head_words[-1] in lexicon.TITLE_NOUNS:
        return False
    return not lexicon.OF_SITE_NOUNS.isdisjoint(head_words[-5:])


_CUED_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "to": lexicon.MOTION_CUES,
    "from": lexicon.FROM_CUES,
    "on": lexicon.ON_CUES,
    "for": lexicon.FOR_CUES,
    "toward": lexicon.TOWARD_CUES,
    "towards": lexicon.TOWARD_CUES,
}


# "sources in Damascus", "influence in Syria": a preposition after these locates nothing.
_NOT_LOCATED_HEADS = lexicon.REPORTING_NOUNS | lexicon.GOAL_NOUNS


def _is_locative(before: str) -> bool:
    words = _words(before[-160:])
    prep, head = _preposition_before(words)
    if prep is None:
        return False
    if prep == "of":
        return _of_is_locative(head)
    if head and head[-1] in _NOT_LOCATED_HEADS:
        return False
    cues = _CUED_PREPOSITIONS.get(prep)
    if cues is None:
        return True
    window = " ".join(head[-8:])
    return any(cue in window for cue in cues)


def _is_verb_object(before: str) -> bool:
    words = _words(before[-60:])
    i = len(words) - 1
    while i >= 0 and words[i] in ("the", "a", "an", "city", "town", "syrian", "capital"):
        i -= 1
    return i >= 0 and words[i].startswith(lexicon.VERB_OBJECT_TRIGGERS)


_MODIFIER_LEADS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "of",
        "for",
        "in",
        "after",
        "before",
        "during",
        "since",
        "following",
        "by",
        "amid",
        "over",
        "and",
        "with",
        "to",
    }
)


def _is_event_modifier(before: str, after: str, kind: str) -> bool:
    """ "the Hama massacre", "the 2006 Lebanon War", "after Tehran terror attacks".

    Only nouns count ("Iran attacks Israel" is a verb), so the place must follow a
    determiner, a preposition or a year; a country only modifies wars and the like.
    """
    nxt = _words(after[:30])
    prev = _words(before[-30:])
    if not nxt or not prev:
        return False
    # A capitalised noun ("the Astana Process") is a name's part; otherwise ask for a noun
    # phrase start before the place, so "Iran attacks Israel" (a verb) does not count.
    titled = after.lstrip()[:1].isupper()
    if not (titled or prev[-1] in _MODIFIER_LEADS or prev[-1].isdigit()):
        return False
    nouns = lexicon.MODIFIED_NOUNS_AREA if kind in _AREA_KINDS else lexicon.MODIFIED_NOUNS_TOWN
    return nxt[0] in nouns


def _is_dyad(before: str, after: str) -> bool:
    """ "Iran–Iraq War", "Iran–Syria relations", "Tehran-Damascus axis": a pair, not a place."""
    joins = ("–", "-", "—", "/")
    before_dyad = before[-1:] in joins and before[-2:-1].isalpha()
    after_dyad = after[:1] in joins and after[1:2].isalpha()
    return before_dyad or after_dyad


# A town's name used as the modifier of a site noun names where that site is.
_SITE_NOUN_AFTER = re.compile(
    r"\s+(?:(?:naval|air|military|army|missile|drone|weapons?|supply)\s+)?"
    r"(?:base|bases|facility|facilities|air\s?base|air\s?field|airport|garrison|depot|"
    r"barracks|outpost|compound|headquarters|shrine|mosque|port)\b",
    re.IGNORECASE,
)


def _is_attributive_org(after: str) -> bool:
    """ "an Abu Dhabi-based outlet", "Syria's", "Iran International"-style possessives."""
    lowered = after[:12].lower()
    return lowered.startswith(("-based", "–based", " based", "'s", "’s", "' ", "’ "))


_HEDGE = re.compile(r"\b(?:" + "|".join(re.escape(c.strip()) for c in lexicon.HEDGE_CUES) + r")\b")
# Any negation cue as a plain substring: one scan instead of one ``in`` per cue.
_NEGATION = re.compile("|".join(re.escape(c) for c in lexicon.NEGATION_CUES))


def _blocked(before: str) -> bool:
    """Quoted, negated or hedged ("could", "plans to"): not something that happened."""
    if _inside_quotes(before):
        return True
    clause = _clause_before(before)
    if _NEGATION.search(clause.lower()) is not None:
        return True
    # Case-sensitive: "may" hedges, "May 2024" is a month.
    return _HEDGE.search(clause) is not None


def _after(mention: PlaceMention, sentence: Sentence) -> str:
    return sentence.text[mention.end - sentence.start :]


def is_event_location(
    mention: PlaceMention, sentence: Sentence, noise: Stuffing | None = None
) -> bool:
    """Does the sentence say something happened at this place (see module docstring)?"""
    local = mention.start - sentence.start
    before = sentence.text[:local]
    after = sentence.text[local + len(mention.mention) :]
    if noise is not None:
        before, after = noise.blank_out(before), noise.blank_out(after)
    if _blocked(before) or _is_dyad(before, after):
        return False
    if mention.place.kind in lexicon.SITE_KINDS:
        return True
    if mention.place.kind not in _AREA_KINDS and _SITE_NOUN_AFTER.match(after):
        return True  # "its Tartus facility", "the Hama airbase": the site is in the town
    if _is_attributive_org(after):
        return False
    return (
        _is_locative(before)
        or _is_verb_object(before)
        or _is_event_modifier(before, after, mention.place.kind)
    )


Hit = tuple[int, int, str, str, float]

# One pattern for every lead: "during the war", "since the outbreak of the civil war".
_TEMPORAL_LEAD = re.compile(
    r"\b(?:"
    + "|".join(re.escape(lead) for lead in lexicon.TEMPORAL_LEADS)
    + r")(?:\s[\w'’-]+){0,3}\s*$"
)


# Any lead anywhere: a sentence without one (most) needs no per-trigger look-back.
_ANY_TEMPORAL_LEAD = re.compile("|".join(re.escape(lead) for lead in lexicon.TEMPORAL_LEADS))


def _after_temporal_lead(lowered: str, start: int) -> bool:
    """ "during the war", "since the outbreak of the civil war": a time frame, not an event."""
    return _TEMPORAL_LEAD.search(lowered[max(0, start - 40) : start]) is not None


# A trigger as the automaton stores it: (lexicon order, category, prefix, weight, whole word).
_Trigger = tuple[int, str, str, float, bool]


def _trigger_automaton() -> ahocorasick.Automaton:
    """Every trigger as " word" (a word start) in one automaton: one pass per sentence
    instead of a str.find loop per trigger. A needle may serve several triggers."""
    needles: dict[str, list[_Trigger]] = {}
    order = 0
    for category, triggers in lexicon.CATEGORY_TRIGGERS.items():
        for prefix, weight in triggers:
            needle = " " + prefix.strip().rstrip("=")
            needles.setdefault(needle, []).append(
                (order, category, prefix, weight, prefix.endswith("="))
            )
            order += 1
    automaton = ahocorasick.Automaton()
    for needle, entries in needles.items():
        automaton.add_word(needle, (len(needle), tuple(entries)))
    automaton.make_automaton()
    return automaton


_TRIGGERS = _trigger_automaton()


def _trigger_hits(text: str) -> list[Hit]:
    """Every trigger in the text: (start, end, category, prefix, weight), padded offsets.

    Sorted in lexicon order, then by position: ``_categorise`` keeps the first of equal
    scores, so the order decides which trigger names the event."""
    lowered = f" {text.lower()} "
    # _TEMPORAL_LEAD needs a lead inside its window, so without one in the whole text no
    # trigger follows a lead.
    leads = _ANY_TEMPORAL_LEAD.search(lowered) is not None
    found: list[tuple[int, int, Hit]] = []
    for last, (size, entries) in _TRIGGERS.iter(lowered):
        end = last + 1
        start = end - size
        for order, category, prefix, weight, whole in entries:
            if whole and lowered[end].isalnum():
                continue
            if not (leads and _after_temporal_lead(lowered, start + 1)):
                found.append((order, start, (start, end, category, prefix, weight)))
    # (order, start) pairs are unique (a needle's entries differ in order), so a plain
    # tuple sort never compares the hits themselves: the same order as a key, faster.
    found.sort()
    return [hit for _order, _start, hit in found]


# How fast a trigger's pull fades with its distance (in characters) from the place.
_DECAY_CHARS = 30.0
_AFTER_PENALTY = 1.5


_CONTINUES = re.compile(r"^(?:It|They|This|These|Its|Their|The (?:same|centre|center|base|site))\b")


def _outside_names(
    hits: list[Hit], mentions: Sequence[PlaceMention], sentence: Sentence
) -> list[Hit]:
    """Triggers that are not part of a place's name: the "airfield" of "Khmeimim
    airfield" says what that place is, not what happened at the town named next."""
    spans = [(m.start - sentence.start, m.end - sentence.start + 2) for m in mentions]
    return [h for h in hits if not any(lo <= h[0] and h[1] <= hi for lo, hi in spans)]


def _is_origin(mention: PlaceMention, sentence: Sentence) -> bool:
    """The place is where something set out from ("launched from X")."""
    before = sentence.text[: mention.start - sentence.start]
    return _preposition_before(_words(before[-60:]))[0] == "from"


# What may stand between a strike and its target: a short noun phrase ("bombed a
# Scientific Studies and Research Centre facility near"), not another clause ("the
# strikes came two weeks after an attack on ...", "struck Aleppo, and a depot").
_STRIKE_OBJECT_WORDS = 8
_NOT_IN_AN_OBJECT = frozenset(
    {
        "after", "before", "since", "during", "following", "amid", "than", "while",
        "because", "but", "then", "which", "that", "who", "where", "when", "was", "were",
        "is", "are", "be", "been", "had", "has", "have", "came", "said", "says", "from",
    }
)  # fmt: skip
_OBJECT_PREPOSITIONS = frozenset({"of", "on", "against"})


def _struck_sites(hits: list[Hit], text: str) -> list[Hit]:
    """The hits, with each site noun that a strike takes as its object ("struck a
    weapons depot near Qusayr") replaced by that strike at the noun's place: what
    happened there is the strike, the noun only says what was hit."""
    strikes = [h for h in hits if h[3] in lexicon.STRIKE_TRIGGERS]
    if not strikes:
        return hits
    padded = f" {text.lower()} "
    result: list[Hit] = []
    for hit in hits:
        start, end, _category, prefix, _weight = hit
        verb = None
        if prefix in lexicon.SITE_NOUN_TRIGGERS:
            verb = next((s for s in reversed(strikes) if _strikes_at(s, start, padded)), None)
        result.append(hit if verb is None else (start, end, verb[2], verb[3], verb[4]))
    return result


def _strikes_at(strike: Hit, target: int, padded: str) -> bool:
    """The strike's object runs up to ``target`` (an offset in the padded, lowered
    sentence), ending at most in the preposition that locates it ("... near")."""
    word_end = strike[1]  # past the rest of the trigger's word: "bomb" of "bombed"
    while word_end < target and padded[word_end].isalnum():
        word_end += 1
    between = padded[word_end:target]
    if strike[1] > target or any(mark in between for mark in ",;:.()[]"):
        return False
    words = _words(between)
    if len(words) > _STRIKE_OBJECT_WORDS or not _NOT_IN_AN_OBJECT.isdisjoint(words):
        return False
    while words and words[-1] in _MODIFIERS:  # "near the", "in the Syrian city of"
        words.pop()
    inner = words[:-1] if words and words[-1] in lexicon.LOCATIVE_PREPOSITIONS else words
    return all(w in _OBJECT_PREPOSITIONS or w not in lexicon.LOCATIVE_PREPOSITIONS for w in inner)


def _categorise(
    mention: PlaceMention, sentence: Sentence, hits: list[Hit], previous: str | None = None
) -> tuple[str, str | None, float]:
    """(category, trigger prefix, score): the strongest nearby trigger decides."""
    local_start = mention.start - sentence.start + 1  # +1: hits index the padded text
    local_end = local_start + len(mention.mention)
    best: dict[str, tuple[float, str | None]] = {}
    padded = f" {sentence.text.lower()} "
    for hit in hits:
        start, end, category, prefix, weight = hit
        if start >= local_start - 1 and end <= local_end + 1:
            continue  # the place's own name ("Naval base") is not evidence of an event
        # A trigger after the place fades faster: English puts the event word (the head
        # of "intervention in Syria", "fighters in Syria") before the place.
        gap = max(0.0, local_start - end, (start - local_end) * _AFTER_PENALTY)
        if start > local_end and _CLAUSE_BREAK.search(padded, local_end, start):
            gap *= _AFTER_PENALTY  # "... a naval facility in Tartus, called the strikes"
        if gap and prefix in lexicon.STRIKE_TRIGGERS and _strikes_at(hit, local_start, padded):
            gap = 0.0  # "struck several positions near the airport": struck right there
        score = weight / (1.0 + gap / _DECAY_CHARS)
        if score > best.get(category, (0.0, None))[0]:
            best[category] = (score, prefix)
    if previous and _CONTINUES.match(sentence.text):
        carried, trigger = best.get(previous, (0.0, None))
        best[previous] = (carried + 0.5, trigger)
    prior = lexicon.KIND_CATEGORY.get(mention.place.kind)
    if prior and _is_origin(mention, sentence):
        # "strikes from Hmeimim", "jets flew from the T-4 airbase": the action happened
        # elsewhere; what the sentence says of the site is that it was used as one.
        return prior, None, best.get(prior, (0.0, None))[0] + 0.6
    if prior:
        prior_score, prior_trigger = best.get(prior, (0.0, None))
        best[prior] = (prior_score + 0.6, prior_trigger)
    if not best:
        return "other", None, 0.0
    category = max(sorted(best), key=lambda c: best[c][0])
    return category, best[category][1], best[category][0]


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
    first: dict[str, int] = {}
    for last, (size, actors) in _ACTORS.iter(text):
        start = last + 1 - size
        if start > 0 and (text[start - 1] == "." or _is_word_char(text[start - 1])):
            continue
        if last + 1 < len(text) and _is_word_char(text[last + 1]):
            continue
        for actor in actors:
            first[actor] = min(start, first.get(actor, start))
    return tuple(sorted(first, key=lambda actor: (first[actor], actor)))


def _pick_date(mention: PlaceMention, ctx: EventContext) -> DateSpan | None:
    if not ctx.own_dates:
        return ctx.inherited_date
    if len(ctx.own_dates) == 1:
        return ctx.own_dates[0]  # the common case: nothing to compare
    return min(
        ctx.own_dates,
        key=lambda d: (max(0, d.start - mention.end, mention.start - d.end), d.start),
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


def _event_id(source: str, sentence: Sentence, place_id: str) -> str:
    key = f"{source}\x00{sentence.start}\x00{sentence.end}\x00{place_id}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _drop_covered_areas(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A country adds nothing to the map when the sentence names a place inside it."""
    inner = {m.place.country for m in mentions if m.place.kind not in _AREA_KINDS}
    return [
        m for m in mentions if not (m.place.kind in _COUNTRY_KINDS and m.place.country in inner)
    ]


# "the Kuweires airbase east of Aleppo", "T-4, 60 km west of Palmyra", "the Yarmouk camp
# in southern Damascus": a town that only says where a named site lies is a landmark,
# not a second place where it happened (the site is the more precise point).
_LANDMARK_LINK = re.compile(
    r"^\s*,?\s*(?:(?:about|some|roughly|around|nearly)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:of|from)|near|outside"
    r"|close\s+to|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of"
    r"|in(?:\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?)?"
    r"|(?<=km\s)from|(?<=kilometres\s)from|(?<=kilometers\s)from|(?<=miles\s)from)\s+"
    r"(?:the\s+(?:(?:city|town|village|province|governorate)\s+of\s+)?)?$",
    re.IGNORECASE,
)


# Quarters of a town locate a site in them ("the shrine in the Old City of Damascus").
_QUARTERS = frozenset({"district", "neighborhood", "neighbourhood"})


def _drop_landmarks(mentions: list[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """Towns that only locate the named site just before them."""
    kept = mentions[:1]
    for site, mention in itertools.pairwise(mentions):
        if not _is_landmark(site, mention, sentence):
            kept.append(mention)
    return kept


def _is_landmark(site: PlaceMention, mention: PlaceMention, sentence: Sentence) -> bool:
    kind = mention.place.kind
    return (
        site.place.kind in lexicon.SITE_KINDS
        and (kind not in lexicon.SITE_KINDS or kind in _QUARTERS)
        and _LANDMARK_LINK.match(_between(site, mention, sentence)) is not None
    )


def _between(first: PlaceMention, second: PlaceMention, sentence: Sentence) -> str:
    return sentence.text[first.end - sentence.start : second.start - sentence.start]


def _unique_places(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    seen: set[str] = set()
    unique = []
    for mention in mentions:
        if mention.place.id not in seen:
            seen.add(mention.place.id)
            unique.append(mention)
    return unique


def _make_event(
    mention: PlaceMention,
    ctx: EventContext,
    judged: tuple[str, str | None, float],
    actors: tuple[str, ...],
) -> Event:
    category, trigger, score = judged
    sentence = ctx.sentence
    date = _pick_date(mention, ctx)
    date_start, date_end, precision, date_text, anchor, year_start, year_end = _date_fields(date)
    place = mention.place
    return Event(
        id=_event_id(ctx.source, sentence, place.id),
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


# "in Tehran and Damascus": the second place shares the first one's preposition. A bare
# comma does not count: "in Syria, Russia, Iran and Turkey spearheaded" is a list of actors.
_CONJUNCTION = re.compile(r"^\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?$")


def _with_conjuncts(
    mentions: Sequence[PlaceMention], sentence: Sentence, noise: Stuffing | None
) -> list[PlaceMention]:
    """Located mentions, plus those conjoined to one: "in Tehran and Damascus"."""
    if noise is not None and not noise.may_occur(sentence.text):
        noise = None  # nothing to read past in this sentence: skip blank_out() per mention
    located: list[PlaceMention] = []
    previous: PlaceMention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        gap = _between(previous, mention, sentence) if previous else ""
        conjoined = (
            previous is not None
            and previous in located
            and bool(_CONJUNCTION.match(gap))
            and not _is_attributive_org(_after(mention, sentence))
            # "at Tartous, and Moscow announced ...": a new clause's subject, not a conjunct
            and not _is_subject(mention, sentence)
        )
        if conjoined or is_event_location(mention, sentence, noise):
            located.append(mention)
        previous = mention
    return located


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


_FUNCTION_WORDS = lexicon.LOCATIVE_PREPOSITIONS | {"and", "or", "of", "as", "with", "by"}


def _is_subject(mention: PlaceMention, sentence: Sentence) -> bool:
    """ "Iran established ...": a name followed by a verb acts, it is not the place."""
    words = _WORD.findall(_after(mention, sentence)[:30])
    return bool(words) and words[0].islower() and words[0] not in _FUNCTION_WORDS


def events_for_sentence(ctx: EventContext, mentions: Sequence[PlaceMention]) -> list[Event]:
    """The events one sentence states, one per place."""
    sentence = ctx.sentence
    if sentence.is_heading or not mentions or sentence.text.rstrip().endswith("?"):
        return []
    located = _with_conjuncts(mentions, sentence, ctx.noise)
    if "there" in sentence.text:
        located += _there_antecedents(mentions, located, sentence)
    located = _unique_places(_drop_covered_areas(_drop_landmarks(located, sentence)))
    if not located:
        return []
    hits = _struck_sites(
        _outside_names(_trigger_hits(sentence.text), mentions, sentence), sentence.text
    )
    actors: tuple[str, ...] | None = None  # the same for every event of the sentence
    events = []
    for mention in located:
        judged = _categorise(mention, sentence, hits, ctx.previous_category)
        if mention.place.kind not in lexicon.SITE_KINDS and judged[2] < _min_score(mention):
            continue  # nothing happens near enough to this place in the sentence
        if actors is None:
            actors = _shared(find_actors(sentence.text))
        events.append(_make_event(mention, ctx, judged, actors))
    return events


# A town needs some event word in its sentence; a country or region, one close by,
# because long sentences name countries as background far from what happened.
_MIN_SCORE_TOWN = 0.1
_MIN_SCORE_AREA = 0.2


def _min_score(mention: PlaceMention) -> float:
    return _MIN_SCORE_AREA if mention.place.kind in _AREA_KINDS else _MIN_SCORE_TOWN
