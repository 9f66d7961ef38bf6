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

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract import lexicon
from extract.records import DateSpan, Event, PlaceMention, Sentence

__all__ = ["EventContext", "events_for_sentence", "find_actors"]

_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
# Words allowed between a preposition and the place: "in the western province of".
_MODIFIERS = frozenset(
    {
        "the", "a", "an", "northern", "southern", "eastern", "western", "central", "north",
        "south", "east", "west", "northwestern", "northeastern", "southwestern", "southeastern",
        "northwest", "northeast", "southwest", "southeast", "syrian", "iranian", "iraqi",
        "lebanese", "israeli", "turkish", "russian", "coastal", "neighboring", "neighbouring",
        "occupied", "nearby", "its", "their", "his", "her", "old", "rural", "greater", "upper",
        "lower", "downtown", "besieged", "war-torn", "rebel-held", "government-held",
        "regime-held", "city", "town", "village", "capital", "port", "heart", "outskirts",
        "suburbs", "of", "post-assad", "new", "modern", "ancient", "then",
    }
)
_COUNTRY_KINDS = frozenset({"country"})
_AREA_KINDS = frozenset({"country", "region", "continent", "sea", "gulf", "admin1", "province"})
_QUOTES_OPEN = "“«"
_QUOTES_CLOSE = "”»"
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s|\s[–—]\s")


@dataclass(frozen=True, slots=True)
class EventContext:
    """What the events stage needs besides the mentions: where the sentence is from."""

    source: str
    sentence: Sentence
    own_dates: tuple[DateSpan, ...] = ()
    inherited_date: DateSpan | None = None


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _clause_before(text: str) -> str:
    """The text from the last clause break up to the end of ``text``."""
    last = None
    for last in _CLAUSE_BREAK.finditer(text):
        pass
    return text[last.end() :] if last else text


def _inside_quotes(before: str) -> bool:
    straight = before.count('"') % 2 == 1
    curly = sum(before.count(c) for c in _QUOTES_OPEN) > sum(before.count(c) for c in _QUOTES_CLOSE)
    return straight or curly


def _has_cue(text: str, cues: Sequence[str]) -> bool:
    padded = f" {text.lower()} "
    return any(f" {cue}" in padded or f"{cue}" in padded and cue.startswith(" ") for cue in cues)


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
    """"the port of Tartus" yes, "President of Syria" no."""
    if head_words and head_words[-1] in lexicon.TITLE_NOUNS:
        return False
    return any(w in lexicon.OF_SITE_NOUNS for w in head_words[-5:])


def _is_locative(before: str) -> bool:
    words = _words(before[-160:])
    prep, head = _preposition_before(words)
    if prep is None:
        return False
    if prep == "of":
        return _of_is_locative(head)
    if head and head[-1] in lexicon.REPORTING_NOUNS:
        return False
    if prep in ("to", "from", "toward", "towards"):
        window = " ".join(head[-8:])
        return any(cue in window for cue in lexicon.MOTION_CUES)
    return True


def _is_verb_object(before: str) -> bool:
    words = _words(before[-60:])
    i = len(words) - 1
    while i >= 0 and words[i] in ("the", "a", "an", "city", "town", "syrian", "capital"):
        i -= 1
    return i >= 0 and words[i].startswith(lexicon.VERB_OBJECT_TRIGGERS)


def _is_event_modifier(after: str) -> bool:
    """"the Hama massacre", "the 2006 Lebanon War", "Tehran terror attacks"."""
    words = _words(after[:40])
    if not words:
        return False
    nxt = f" {words[0]} "
    for category in ("incident", "diplomacy"):
        for prefix, _weight in lexicon.CATEGORY_TRIGGERS[category]:
            if nxt.startswith(f" {prefix.strip()}"):
                return True
    return False


def _is_dyad(before: str, after: str) -> bool:
    """"Iran–Iraq War", "Iran–Syria relations", "Tehran-Damascus axis": a pair, not a place."""
    joins = ("–", "-", "—", "/")
    before_dyad = before[-1:] in joins and before[-2:-1].isalpha()
    after_dyad = after[:1] in joins and after[1:2].isalpha()
    return before_dyad or after_dyad


def _is_attributive_org(after: str) -> bool:
    """"an Abu Dhabi-based outlet", "Syria's", "Iran International"-style possessives."""
    lowered = after[:12].lower()
    return lowered.startswith(("-based", "–based", " based", "'s", "’s", "' ", "’ "))


def _blocked(before: str, after: str) -> bool:
    clause = _clause_before(before)
    lowered = clause.lower()
    if _inside_quotes(before):
        return True
    if any(cue in lowered for cue in lexicon.NEGATION_CUES):
        return True
    if any(cue in f"{lowered} " for cue in lexicon.HEDGE_CUES):
        return True
    return lowered.rstrip().endswith(tuple(c.split()[0] for c in lexicon.GOAL_CUES))


def is_event_location(mention: PlaceMention, sentence: Sentence) -> bool:
    """Does the sentence say something happened at this place (see module docstring)?"""
    local = mention.start - sentence.start
    before = sentence.text[:local]
    after = sentence.text[local + len(mention.mention) :]
    if _blocked(before, after) or _is_dyad(before, after):
        return False
    if mention.place.kind in lexicon.SITE_KINDS:
        return True
    if _is_attributive_org(after):
        return False
    return _is_locative(before) or _is_verb_object(before) or _is_event_modifier(after)


def _trigger_hits(text: str) -> list[tuple[int, int, str, str, float]]:
    """Every trigger in the text: (start, end, category, prefix, weight)."""
    lowered = f" {text.lower()} "
    hits: list[tuple[int, int, str, str, float]] = []
    for category, triggers in lexicon.CATEGORY_TRIGGERS.items():
        for prefix, weight in triggers:
            needle = prefix if prefix.startswith(" ") else f" {prefix}"
            start = lowered.find(needle)
            while start != -1:
                hits.append((start, start + len(needle), category, prefix, weight))
                start = lowered.find(needle, start + 1)
    return hits


def _categorise(
    mention: PlaceMention, sentence: Sentence, hits: list[tuple[int, int, str, str, float]]
) -> tuple[str, str | None, float]:
    """(category, trigger prefix, score): the nearest strong trigger wins."""
    local_start = mention.start - sentence.start + 1  # +1: hits index the padded text
    local_end = local_start + len(mention.mention)
    scores: dict[str, float] = {}
    best_trigger: dict[str, tuple[float, str]] = {}
    for start, end, category, prefix, weight in hits:
        if start >= local_start and end <= local_end + 1:
            continue  # the place's own name ("Naval base") is not evidence of an event
        gap = max(0, local_start - end, start - local_end)
        score = weight / (1.0 + gap / 30.0)
        scores[category] = scores.get(category, 0.0) + score
        if score > best_trigger.get(category, (0.0, ""))[0]:
            best_trigger[category] = (score, prefix)
    prior = lexicon.KIND_CATEGORY.get(mention.place.kind)
    if prior:
        scores[prior] = scores.get(prior, 0.0) + 0.8
    if not scores:
        return "other", None, 0.0
    # "other" names a generic action; it only wins when nothing specific is there.
    specific = {c: s for c, s in scores.items() if c != "other"}
    pool = specific if specific and max(specific.values()) >= 0.25 else scores
    category = max(sorted(pool), key=lambda c: pool[c])
    return category, best_trigger.get(category, (0.0, None))[1], pool[category]


def find_actors(text: str) -> tuple[str, ...]:
    """Actors named in the text, in order of first mention."""
    found: list[tuple[int, str]] = []
    for actor, aliases in lexicon.ACTOR_ALIASES.items():
        positions = [_alias_position(text, alias) for alias in aliases]
        hits = [p for p in positions if p >= 0]
        if hits:
            found.append((min(hits), actor))
    return tuple(actor for _pos, actor in sorted(found))


_ALIAS_PATTERNS: dict[str, re.Pattern[str]] = {}


def _alias_position(text: str, alias: str) -> int:
    pattern = _ALIAS_PATTERNS.get(alias)
    if pattern is None:
        pattern = re.compile(rf"(?<![\w.]){re.escape(alias)}(?![\w])")
        _ALIAS_PATTERNS[alias] = pattern
    if alias not in text:
        return -1
    match = pattern.search(text)
    return match.start() if match else -1


def _pick_date(mention: PlaceMention, ctx: EventContext) -> DateSpan | None:
    if not ctx.own_dates:
        return ctx.inherited_date
    return min(
        ctx.own_dates,
        key=lambda d: (max(0, d.start - mention.end, mention.start - d.end), d.start),
    )


def _label(trigger: str | None, category: str, mention: PlaceMention) -> str:
    noun = lexicon.TRIGGER_LABELS.get(trigger or "", category.capitalize())
    joiner = "at" if mention.place.kind in lexicon.SITE_KINDS else "in"
    return f"{noun} {joiner} {mention.place.name}"


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


def _unique_places(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    seen: set[str] = set()
    unique = []
    for mention in mentions:
        if mention.place.id not in seen:
            seen.add(mention.place.id)
            unique.append(mention)
    return unique


def _make_event(mention: PlaceMention, ctx: EventContext, hits: list[tuple[int, int, str, str, float]]) -> Event:
    sentence = ctx.sentence
    category, trigger, score = _categorise(mention, sentence, hits)
    date = _pick_date(mention, ctx)
    place = mention.place
    return Event(
        id=_event_id(ctx.source, sentence, place.id),
        place=place.name,
        place_id=place.id,
        mention=mention.mention,
        place_kind=place.kind,
        geo_precision=place.precision,
        category=category,
        event=_label(trigger, category, mention),
        date_start=date.date_start if date else None,
        date_end=date.date_end if date else None,
        date_precision=date.precision if date else "undated",
        date_text=date.text if date else None,
        date_anchor=date.anchor if date else None,
        year_start=date.year_start if date else None,
        year_end=date.year_end if date else None,
        actors=find_actors(sentence.text),
        evidence=sentence.text,
        source=ctx.source,
        char_start=sentence.start,
        char_end=sentence.end,
        confidence=_confidence(mention, score, date is not None, category),
        geocoder="geonames" if place.id.startswith("geonames:") else "gazetteer",
        lat=place.lat,
        lon=place.lon,
    )


_CONJUNCTION = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?$")


def _with_conjuncts(mentions: Sequence[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """Located mentions, plus those conjoined to one: "in Tehran and Damascus"."""
    located: list[PlaceMention] = []
    previous: PlaceMention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        gap = sentence.text[previous.end - sentence.start : mention.start - sentence.start] if previous else ""
        conjoined = previous is not None and previous in located and bool(_CONJUNCTION.match(gap))
        if conjoined or is_event_location(mention, sentence):
            located.append(mention)
        previous = mention
    return located


def events_for_sentence(ctx: EventContext, mentions: Sequence[PlaceMention]) -> list[Event]:
    """The events one sentence states, one per place."""
    sentence = ctx.sentence
    if sentence.is_heading or not mentions or sentence.text.rstrip().endswith("?"):
        return []
    located = _with_conjuncts(mentions, sentence)
    located = _unique_places(_drop_covered_areas(located))
    if not located:
        return []
    hits = _trigger_hits(sentence.text)
    if not hits and not any(m.place.kind in lexicon.SITE_KINDS for m in located):
        return []  # a place with nothing happening there is not an event
    return [_make_event(mention, ctx, hits) for mention in located]
