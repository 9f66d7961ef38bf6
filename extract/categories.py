"""What happened at a place: the event words near it and the category they give.

Triggers from ``lexicon.CATEGORY_TRIGGERS`` are found in one pass per sentence; each
pulls the place towards its category with a weight that fades with distance (faster
after the place, and across a clause break). A site's own kind adds a prior ("the
Hmeimim air base" is a base event unless something else happened there), and a strike
whose object is a facility noun located at the place is a strike there ("bombed a
research facility near Masyaf").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import ahocorasick

from extract import lexicon
from extract.clauses import clause_at
from extract.landmarks import offset_counts_from
from extract.locating import (
    CLAUSE_BREAK,
    MODIFIERS,
    before_mention,
    lower_words,
    preposition_before,
)
from extract.records import Place, PlaceMention, Sentence

__all__ = ["ARABIC_GLOSS", "Hit", "Triggers", "categorise", "sentence_triggers"]

Hit = tuple[int, int, str, str, float]

# One pattern for every lead: "during the war", "since the outbreak of the civil war".
_TEMPORAL_LEAD = re.compile(
    r"\b(?:"
    + "|".join(re.escape(lead) for lead in lexicon.TEMPORAL_LEADS)
    + r")(?:\s[\w'’-]+){0,3}\s*$"
)


# Any lead anywhere: a sentence without one (most) needs no per-trigger look-back.
_ANY_TEMPORAL_LEAD = re.compile("|".join(re.escape(lead) for lead in lexicon.TEMPORAL_LEADS))


def _after_temporal_lead(lowered: str, start: int, category: str) -> bool:
    """ "during the war", "since the outbreak of the civil war": a time frame, not an event
    (but a clause the lead opens tells one: "after the Islamic State seized Palmyra"; and
    a meeting is held where it is: "shakes hands with Sharaa during their meeting in
    Moscow")."""
    lead = _TEMPORAL_LEAD.search(lowered[max(0, start - 40) : start])
    if lead is None:
        return False
    if category == "diplomacy" and lead[0][:6] == "during" and _HELD_AT.match(lowered, start):
        return False
    # (not "until the Ottoman Empire took over", "since the regime recaptured the area":
    # how long, not what happened; the past verb may come right before the trigger's noun:
    # "after the regime regained control of Daraa")
    return lead[0][:6] != "after " or (
        _PAST_VERB.match(lowered, start) is None
        and _PAST_VERB_BEFORE.search(lowered, max(0, start - 16), start) is None
    )


# "took" with the place right after it as its object: a capture.
_TAKES = frozenset({"took ", "takes ", "take=", "taken=", "occupied", "occupy", "occupies"})
_TAKEN_OBJECT = re.compile(
    # ("occupied the Syrian side of Mount Hermon": a part of it; "took the nearby al-Dabaa
    # airbase": the place itself)
    r"\s*(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|side|part|summit|peak|slopes?|outskirts)"
    r"\s+of\s+|the\s+(?:[a-z][\w-]*\s+)?)?"
)
_PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]+ed|took|seized|won)\s+$")
# A meeting placed where it was held: "during their meeting in Moscow" (not "during a
# meeting of IRGC officers", the time a strike came).
# ... or a visit placed where it went: "during his visits to Moscow in April 1977".
_HELD_AT = re.compile(r"[a-z]+\s+(?:at|in)\s|(?:visits?|trips?|journeys?)\s+to\s")
# A verb in the past tense: what a temporal lead's clause says happened.
_PAST_VERB = re.compile(
    r"(?:[a-z]+ed|took|struck|fell|hit|overran|shot|blew|stormed|seized|captured)\b(?!\s+by\b)"
)


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


class Triggers(NamedTuple):
    """A sentence's event words, found once for all its places: the hits and the
    padded, lower-cased sentence their offsets index. A table row's cells are fields of
    one record, and its section heading ("Timeline of strikes") says what they record."""

    hits: list[Hit]
    padded: str
    heading: tuple[Hit, ...] = ()
    # By a killing's start, the places its participle names ("fighters killed in Syria",
    # "killed in Syria near Aleppo"): that killing was there, not at the sentence's others.
    bound: dict[int, frozenset[int]] | None = None
    # The sentence opens with a strike's targets ("Among the targets ... were the T-4
    # airbase and ..."): every site it names was struck.
    targets_first: bool = False
    # Where, if anywhere, a purpose opens: "received Vahidi in Baghdad to discuss ...",
    # "travels to Moscow to plan a joint intervention" (its words are the topic).
    purpose: int = -1


# Line breaks, quotation marks and Markdown emphasis are spaces to the " word" needles: a
# hard-wrapped line, a partial quote ('the enemy "targeted sites in Qusayr"'), a bold name
# ("Turkey launches **Operation Olive Branch** against the YPG in Afrin"), a wiki link's
# brackets ("militias took [[Abu Kamal|Al-Bukamal]]", its target blanked by the view).
_SPACES = str.maketrans('\n\r\t\f\v"“”«»*[]', "             ")


def sentence_triggers(sentence: Sentence, mentions: Sequence[PlaceMention]) -> Triggers:
    """The triggers of ``sentence`` outside its place names, strikes moved onto the sites
    they hit (see ``_struck_sites``)."""
    padded = _without_glosses(f" {sentence.text.lower().translate(_SPACES)} ")
    hits = _struck_sites(_outside_names(_trigger_hits(padded), mentions, sentence), padded)
    hits = _without_modifying_nouns(hits, padded)
    hits = _who_was_there(hits, padded)
    out = _DROVE_OUT.search(padded) if " out of " in padded else None
    if out is not None and clause_at(sentence.text, out.start() - 1) is None:
        # "the army drove Islamic State out of Palmyra": fighting there (not when another
        # event's clause tells it: "a hub since the army drove IS out of the town")
        hits = [*hits, (out.start(), out.end(), "incident", "expel", 1.0)]
    if " into " in padded or "enter" in padded:
        hits = _forces_moving_in(hits, padded)
    if "landed" in padded or "impacted" in padded:
        hits = _munitions_landing(hits, padded)
    if " from " in padded and ("flew" in padded or "flies" in padded):
        # "flew from Tehran to Damascus": a flight to where "to" points
        hits = [*hits, *((m.start(1), m.end(1), "other", m[1] + " to", 0.8) for m in (
            _FLEW_FROM.finditer(padded)))]  # fmt: skip
    targets = (
        padded[:20].lstrip().startswith("among the") and bool(_TARGETS_FIRST.match(padded))
    ) or bool(_TARGETS_INCLUDED.match(padded))
    if targets:  # "Among the targets, the military says, were the T-4 airbase and depots"
        # every base word there describes a target: "the naval facilities at Latakia"
        hits = [(h[0], h[1], "incident", "target", h[4]) if h[2] == "base" else h for h in hits]
        hits = _sites_struck(hits, "target")
    aim = _TO_DISCUSS.search(padded) if "to " in padded else None
    purpose = aim.start() if aim is not None else -1
    entry_strike: tuple[Hit, ...] = ()
    if not sentence.is_row and sentence.heading and _DATED_ENTRY.match(sentence.text):
        # "December 16: Tartous naval base and air defence sites." under "Timeline: Key
        # Israeli strikes": the entry's sites were struck, as a strike table's cells are
        entry_strike = tuple(
            h for h in _heading_hits(sentence.heading) if h[3] in lexicon.STRIKE_TRIGGERS
        )[:1]
        if entry_strike:
            hits, targets = _sites_struck(hits, entry_strike[0][3], entry_strike[0][4]), True
    if not sentence.is_row:
        bound = _bound_participles(hits, mentions, sentence, padded)
        if mentions and _ANY_TEMPORAL_LEAD.search(padded):
            hits, bound = _events_named_for_places(hits, bound, mentions, sentence, padded)
        return Triggers(
            hits, padded, entry_strike, bound=bound, targets_first=targets, purpose=purpose
        )
    heading = _heading_hits(sentence.heading or "")
    strike = next((h for h in heading if h[3] in lexicon.STRIKE_TRIGGERS), None)
    if strike is not None:  # under "Strikes on Iranian sites", a row's "depot" was struck
        hits = _sites_struck(hits, strike[3], strike[4])
    return Triggers(hits, padded, heading=heading, targets_first=targets, purpose=purpose)


_OPENED = frozenset({"inaugurat", "opened", "reopen"})
# Talks whose topic is a place ("talks on the future of Khmeimim", "negotiating the status
# of the Tartus naval facility", "talks over Tartus and Hmeimim").
_TALKS = frozenset({"talks", "negotiat", "discussion", "consultation"})
_ABOUT_ITS_FUTURE = re.compile(
    r"[a-z]*\s+(?:(?:on|over|about|of|regarding|concerning)\s+(?:the\s+)?"
    r"(?:(?:future|status|fate)\s+of\s+)?|(?:the\s+)?(?:future|status|fate)\s+of\s+)"
    # (its own words, not where the talks were or who held them: "talks of Lavrov and
    # Zarif in Moscow")
    r"(?:the\s+)?(?:(?!(?:in|with|between|by|and|from)\b)[\w'’-]+\s+){0,5}?"
)
# A chronology's entry: its day, then a colon ("December 14-15: ...", "Feb 25, 2025: ...").
_DATED_ENTRY = re.compile(
    r"[\s*_-]*(?:\d{1,2}(?:[-–]\d{1,2})?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:[-–]\d{1,2})?)"
    r"(?:,?\s+\d{4})?\s*:\s"
)
_FLEW_FROM = re.compile(r"\b(flew|flies)\s+(?:back\s+|home\s+)?from\s+[^,.;:]{2,50}?\sto\s")


# Armed men moving into a place, however far the verb from who they are: "Opposition
# forces led by Hay'at Tahrir al-Sham entered Damascus", "government forces moved into
# Sweida".
_FORCES_IN = re.compile(
    r"\b(?:" + "|".join(lexicon.ADVANCING) + r")\b[^.;:]{0,60}?\b(entered|enters|entering|enter"
    r"|(?:move[sd]?|moving|push(?:es|ed|ing)?|advance[sd]?|advancing|swept|rolled|marched)"
    r"\s+into"
    # "the SDF briefly crossed the river into Deir ez-Zor city"
    r"|crossed\s+(?:the\s+(?:river|euphrates|tigris|orontes|border|frontier|line)\s+)?into)\b"
)


# A unit's timeline entry whose subject is the unit: "6 February 2020: entered Saraqib".
_ENTRY_ENTERED = re.compile(
    r"\s*[^:;.]{3,40}:\s+(entered|moved\s+into|swept\s+into|pushed\s+into|advanced\s+into)\b"
)
# Forces invited in deploy there: what the sentence's base words already say.
_ALLIED = re.compile(
    r"\b(?:russian|iranian|american|u\.s\.|us|coalition|military\s+police"
    r"|peacekeep\w*)\b"
)


def _forces_moving_in(hits: list[Hit], padded: str) -> list[Hit]:
    found = _FORCES_IN.search(padded) or _ENTRY_ENTERED.match(padded)
    if found is None or any(h[3].endswith(" enter") for h in hits):
        return hits
    if _ALLIED.search(padded, max(0, found.start() - 30), found.start(1)):
        return hits  # "Russian forces moved into the town at the invitation of Damascus"
    return [*hits, (found.start(1), found.end(1), "incident", "forces enter", 1.0)]


# What was fired, then where it came down: "mortar shells fired from Syria landed in open
# areas in the southern Golan Heights" (an aircraft or a delegation that landed flew).
_MUNITIONS_LANDED = re.compile(
    r"\b(?:shells?|rockets?|missiles?|mortars?|projectiles?|rounds|drones?|bombs?)\b"
    r"[^.;:]{0,60}?\s(landed|impacted)\b"
)


def _munitions_landing(hits: list[Hit], padded: str) -> list[Hit]:
    """The hits with a munition's landing read as a strike where it came down."""
    found = _MUNITIONS_LANDED.search(padded)
    if found is None:
        return hits
    start, end = found.span(1)
    kept = [h for h in hits if not (h[0] <= start < h[1] + 1 and h[3] == "landed")]
    return [*kept, (start - 1, end, "incident", "shell", 1.0)]


def _without_modifying_nouns(hits: list[Hit], padded: str) -> list[Hit]:
    """Without a site's or a mission's noun that only modifies the violent noun after it:
    "Damascus shrine bombings", "the embassy bombing in Beirut" tell of bombings."""
    violent = {h[0] for h in hits if h[2] == "incident" and h[3] in lexicon.STRIKE_TRIGGERS}
    if not violent:
        return hits
    return [h for h in hits if h[2] == "incident" or _word_end(h, padded) not in violent]


def _word_end(hit: Hit, padded: str) -> int:
    """Where the hit's word ends (the space before the next word)."""
    end = hit[1]
    while end < len(padded) and padded[end].isalnum():
        end += 1
    return end


def _sites_struck(hits: list[Hit], prefix: str, weight: float | None = None) -> list[Hit]:
    """The hits with each site noun read as the strike ``prefix`` at its own place (with
    the strike's ``weight``, else its own): what was hit, not what stands there."""
    return [
        (h[0], h[1], "incident", prefix, h[4] if weight is None else weight)
        if h[3] in lexicon.SITE_NOUN_TRIGGERS
        else h
        for h in hits
    ]


# "fighters killed in Syria", "a soldier wounded near Palmyra": a participle of harm and
# the place it happened, right after it.
_PARTICIPLES = frozenset({"kill", "martyred", "wound"})
_PARTICIPLE_LINK = re.compile(r"[a-z]*\s+(?:in|at|near|outside)\s+(?:the\s+)?$")


def _bound_participles(
    hits: list[Hit], mentions: Sequence[PlaceMention], sentence: Sentence, padded: str
) -> dict[int, frozenset[int]] | None:
    bound: dict[int, frozenset[int]] = {}
    for start, end, _category, prefix, _weight in hits:
        if prefix in _PARTICIPLES:
            first_link = _PARTICIPLE_LINK
        elif prefix in _BASED_AT_PREFIXES:
            first_link = _BASED_AT_LINK  # "the Centre, based at the Hmeymim airbase, ..."
        else:
            continue
        chain: list[int] = []
        reach, link = end, first_link
        for mention in sorted(mentions, key=lambda m: m.start):
            local = mention.start - sentence.start + 1  # the padded text's offset
            if reach <= local <= reach + 16 and link.fullmatch(padded, reach, local):
                chain.append(mention.start)
                reach, link = local + len(mention.mention), _CHAIN_LINK
        if chain:
            bound[start] = frozenset(chain)
    return bound or None


def _events_named_for_places(
    hits: list[Hit],
    bound: dict[int, frozenset[int]] | None,
    mentions: Sequence[PlaceMention],
    sentence: Sentence,
    padded: str,
) -> tuple[list[Hit], dict[int, frozenset[int]] | None]:
    """ "after the Battle of Karbala", "since the siege of Aleppo": a temporal lead makes
    the battle a time frame for the rest of the sentence, but the place it is named for
    is where it was fought. The battle is bound to that place alone."""
    hits, bound = list(hits), dict(bound or {})
    for mention in mentions:
        local = mention.start - sentence.start + 1  # the padded text's offset
        named = _EVENT_NAMED_FOR.search(padded, max(0, local - 70), local)
        if named is None:
            continue
        start, end = named.span("noun")
        if not any(hit[0] == start for hit in hits):
            hits.append((start, end, "incident", named["noun"], 1.0))
        bound[start] = frozenset({mention.start})
    return hits, bound or None


_EVENT_NAMED_FOR = re.compile(
    r"\b(?:after|during|since|before|until|throughout|following|amid)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>battle|siege|fall|capture|recapture|liberation|sack"
    r"|massacre|bombing|assault|offensive|occupation|invasion|storming|destruction)s?"
    r"\s+(?:of|for|on)\s+(?:the\s+)?$"
)


# ... and where something is kept is the place right after "based at": the Centre
# "based at the Hmeymim airbase" that delivered aid to Al-Harabesh set up no base there.
_BASED_AT_PREFIXES = frozenset({"based at", "based in"})
_BASED_AT_LINK = re.compile(r"\s+(?:the\s+)?")
_CHAIN_LINK = re.compile(r"\s*,?\s+(?:in|at|near|outside)\s+(?:the\s+)?|\s*,\s*")


# A name's gloss in Arabic script: "the Imam Ali base (قاعدة الإمام علي) and the ...".
ARABIC_GLOSS = re.compile("\\s*\\([^()a-zA-Z]*[\u0600-\u06ff][^()a-zA-Z]*\\)")


def _without_glosses(padded: str) -> str:
    """The text with glosses in Arabic script blanked out (same length): they part a list
    of objects no more than a comma does."""
    if "(" not in padded:
        return padded
    return ARABIC_GLOSS.sub(lambda m: " " * len(m[0]), padded)


def _who_was_there(hits: list[Hit], padded: str) -> list[Hit]:
    """The hits with what the people named say about a place: beside a strike, fighters
    are mostly who was hit or who did it (half a deployment), and forces that arrive
    somewhere deploy there, where a delegation would visit."""
    struck = any(h[3] in lexicon.STRIKE_TRIGGERS or h[3] in _FIGHTING for h in hits)
    out: list[Hit] = []
    for start, end, category, prefix, weight in hits:
        if struck and prefix in lexicon.VICTIM_NOUN_TRIGGERS:
            weight *= _PRESENCE_BESIDE_A_STRIKE
        if (
            category == "diplomacy"
            and prefix.startswith("arriv")
            and _FORCES_BEFORE.search(padded, max(0, start - 40), start + 1)
        ):
            category, prefix = "base", "deploy"  # "Russian forces also arrived in Ain Issa"
        out.append((start, end, category, prefix, weight))
    return out


# A heading over a list of sites says what its rows are: "Map 2: Russian sites in
# Latakia", "Iranian sites by governorate:".
_SITES_HEADING = re.compile(
    r"\b(?:russian|iranian|iran-backed|iranian-backed|turkish|american|us|u\.s\.|coalition"
    r"|foreign|military|irgc|hezbollah|israeli)\b[\w\s-]{0,30}?\b(?:sites|locations"
    r"|positions|installations|deployments)\b"
)


@functools.lru_cache(maxsize=256)
def _heading_hits(heading: str) -> tuple[Hit, ...]:
    if not heading:
        return ()
    lowered = f" {heading.lower()} "
    hits = _trigger_hits(lowered)
    sites = _SITES_HEADING.search(lowered)
    if sites is not None and not hits:  # "Strikes on Iranian-linked sites": strikes
        hits.append((sites.start(), sites.end(), "base", "base=", 1.0))
    return tuple(hits)


# A heading's event word counts for each row under it, less than the row's own words.
_HEADING_WEIGHT = 0.8


def _trigger_hits(lowered: str) -> list[Hit]:
    """Every trigger in the padded, lower-cased text: (start, end, category, prefix,
    weight). Sorted in lexicon order, then by position: ``categorise`` keeps the first
    of equal scores, so the order decides which trigger names the event."""
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
            if not (leads and _after_temporal_lead(lowered, start + 1, category)):
                found.append((order, start, (start, end, category, prefix, weight)))
    # (order, start) pairs are unique (a needle's entries differ in order), so a plain
    # tuple sort never compares the hits themselves: the same order as a key, faster.
    found.sort()
    hits = [hit for _order, _start, hit in found]
    if not hits:
        return hits
    if any(h[3] in _FIRED_AT for h in hits):
        hits = [h for h in hits if h[3] not in _FIRED_AT or _FIRED.search(lowered, 0, h[0] + 1)]
    spans = _idiom_spans(lowered)
    return [h for h in hits if not any(lo <= h[0] + 1 and h[1] <= hi for lo, hi in spans)]


# What was fired at a place counts when something fired it: "fired several rockets at
# two U.S. bases", not "helped Syria produce Scud missiles at sites near Hama".
_FIRED_AT = frozenset({"rockets at", "missiles at", "drones at", "shells at", "mortars at",
                       "rounds at"})  # fmt: skip
_FIRED = re.compile(
    r"\b(?:fir(?:e|ed|es|ing)|launch(?:ed|es|ing)?|lob(?:bed|s)?|shot|shoot(?:s|ing)?"
    r"|hurl(?:ed|s)?)\s+(?:[^\s.;:]+\s+){0,5}$"
)


# Set phrases in which an event word names no event: "the defenders of the shrine" are
# fighters (Iran's name for its volunteers in Syria), wherever they are.
def _idiom_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase in lexicon.NOT_TRIGGER_PHRASES:
        automaton.add_word(phrase, len(phrase))
    automaton.make_automaton()
    return automaton


_IDIOMS = _idiom_automaton()
_IDIOM_PATTERNS = tuple(re.compile(p) for _keys, p in lexicon.NOT_TRIGGER_PATTERNS)


# Each pattern runs only on a text that holds one of its key words. One pass of an
# automaton finds which keys a sentence holds: testing each pattern's keys with ``in``
# walked the sentence some seventy times.
def _idiom_key_automaton() -> ahocorasick.Automaton:
    patterns_of: dict[str, list[int]] = {}
    for index, (keys, _pattern) in enumerate(lexicon.NOT_TRIGGER_PATTERNS):
        for key in keys:
            patterns_of.setdefault(key, []).append(index)
    automaton = ahocorasick.Automaton()
    for key, indices in patterns_of.items():
        automaton.add_word(key, tuple(indices))
    automaton.make_automaton()
    return automaton


_IDIOM_KEYS = _idiom_key_automaton()


def _idiom_spans(lowered: str) -> list[tuple[int, int]]:
    """Where the set phrases and patterns of ``lexicon.NOT_TRIGGER_*`` are in the text."""
    spans = [(last + 1 - size, last + 1) for last, size in _IDIOMS.iter(lowered)]
    keyed = {index for _last, indices in _IDIOM_KEYS.iter(lowered) for index in indices}
    for index in sorted(keyed):  # in the lexicon's order, as before
        spans.extend(m.span() for m in _IDIOM_PATTERNS[index].finditer(lowered))
    return spans


# "An explosion ripped through a depot of pro-Iranian militias in Mayadin": beside a
# strike, the fighters named are mostly who was hit or who did it, not a deployment.
_PRESENCE_BESIDE_A_STRIKE = 0.5
# Violence that takes no object but has victims and fighters all the same: "was killed
# near Aleppo while advising the army", "troops pounded rebel-held districts".
_FIGHTING = frozenset(
    {"kill", "martyred", "assassinat", "massacr", "clash", "fighting", "fought", "battle",
     "ambush", "pounded", "pounding", "besieg", "siege", "shot dead", "gunned down", "wound"}
)  # fmt: skip

# Who arrives: forces deploy, delegations visit.
_FORCES_BEFORE = re.compile(
    r"\b(?:forces|troops|fighters|militias?|militiamen|soldiers|reinforcements|jets|aircraft"
    r"|warplanes|units|advisers|police|commandos|marines|contractors|detachments|mercenaries)\b"
    r"(?:\s+[a-z]+){0,2}\s*$"
)

# What a site is (a base, a shrine) counts for this much as what happened there.
_SITE_PRIOR = 0.6
# A sentence that continues the last one ("It was ...") keeps its category when it
# says nothing stronger; weaker than what a site is, so "The base has hosted drones"
# after a strike on the base is the base again, not a drone strike.
_CARRIED = 0.5
_CLAUSE_REACH = 90.0  # characters: an incident word this close in the clause is its event
# Between a shrine noun and the name it heads: "the holy shrine of| Sayyida Zaynab", "the
# Sayyida Zaynab| shrine".
# (after the name's gloss or other name, or inside it: "the T4 (Tiyas) airbase")
_HEADS_THE_NAME = re.compile(r"\)?(?:\s*\([^()]{0,30}\))?(?:(?:\s+of)?\s+(?:the\s+)?|\s*)")

# A noun heading a list the place is in: "facilities including Saydnaya prison, ...".
_HEADS_A_LIST = re.compile(
    r"\s*,?\s*(?:including|such\s+as|like|notably|among\s+them)\s(?:[^.;:]{0,120}?,\s*"
    r"|[^.;:]{0,120}?\s(?:and|or)\s)?(?:the\s+)?$"
)

# How fast a trigger's pull fades with its distance (in characters) from the place.
_DECAY_CHARS = 30.0
_AFTER_PENALTY = 1.5


# A semicolon joins what could be two sentences: an event word in the one before says
# little about a place in the one after.
_SENTENCE_BREAK = re.compile(r";")
_OTHER_SENTENCE = 3.0


# A coordinated clause with a subject and a finite verb of its own: what it tells
# happened to its subject, not at a place named in the clause before.
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas|although|though)\s+(?!(?:then|later|also|again)\b)"
    r"(?:[^\s,;:]+\s+){1,4}(?:was|were|is|are|has|have|had|will|would"
    r"|held|met|said|says|announced|agreed|called|declared|reported|accused|warned|denied"
    r"|claimed)\b"
)


# A relative clause the place is inside, opened after a comma and not yet closed: "Russia,
# which keeps ships at its naval facility in Tartus, condemned the attack".
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s+[^,;:()]*$")


def _relative_clause_end(padded: str, local_start: int, local_end: int) -> int:
    """Where the relative clause around the place closes (its next comma), after which the
    main clause's verbs are its subject's; the text's end when the place is in none."""
    if _RELATIVE_OPEN.search(padded, max(0, local_start - 160), local_start) is None:
        return len(padded)
    close = padded.find(",", local_end)
    return close if close >= 0 else len(padded)


_CONTINUES = re.compile(r"^(?:It|They|This|These|Its|Their|The (?:same|centre|center|base|site))\b")


def _own_event(triggers: Triggers, previous: str) -> bool:
    """The sentence names a strike or a killing outright ("It was shot down by an Apache
    near Beit She'an" after a base): no other category carries over into it."""
    return previous != "incident" and any(
        hit[2] == "incident" and hit[4] >= _OWN_EVENT_WEIGHT for hit in triggers.hits
    )


_OWN_EVENT_WEIGHT = 1.0


def _outside_names(
    hits: list[Hit], mentions: Sequence[PlaceMention], sentence: Sentence
) -> list[Hit]:
    """Triggers that are not part of a place's name: the "airfield" of "Khmeimim
    airfield" says what that place is, not what happened at the town named next."""
    spans = [(m.start - sentence.start, m.end - sentence.start + 2) for m in mentions]
    outside = [h for h in hits if not any(lo <= h[0] and h[1] <= hi for lo, hi in spans)]
    if "(" not in sentence.text:
        return outside
    # ... nor is the head noun after a name's gloss: "the T4 (Tiyas) airbase"
    heads = set()
    for m in mentions:
        gloss = _GLOSS.match(sentence.text, m.end - sentence.start)
        if gloss is not None:
            heads.add(gloss.end())  # a hit's start in the padded text is its word's here
    return [h for h in outside if h[0] not in heads or h[3] not in lexicon.SITE_NOUN_TRIGGERS]


_GLOSS = re.compile(r"\s*\([^()]{1,30}\)\s+|\)\s+")


# People leaving through a base or sheltering at it, and (what would make it the base's
# own use) arms or forces acting in the same sentence.
_PASSAGE = re.compile(
    r"\b(?:(?P<evacuat>evacuat\w*|fl(?:own|ew|ying)\s+out|airlifted)"
    r"|(?P<fled>fled|fleeing)|(?P<refuge>(?:sought|took|taking|found)\s+refuge|sheltered"
    r"|sheltering|camped))\b",
    re.IGNORECASE,
)
_ARMED_ACTION = re.compile(
    r"\b(?:strik\w*|struck|air\s?strikes?|sorties?|bomb\w*|raids?|shell\w*|missiles?|drones?"
    r"|jets?|warplanes?|fighters?|bombers?|launch\w*|deploy\w*|station\w*|based|troops"
    r"|weapons|munitions|equipment|hardware|helicopters?|vehicles|forces|army|military)\b",
    re.IGNORECASE,
)


def _passage_only(text: str) -> str | None:
    """The trigger of people passing through or sheltering, when nothing armed acts."""
    found = _PASSAGE.search(text)
    if found is None or _ARMED_ACTION.search(text):
        return None
    return found.lastgroup


def _is_origin(mention: PlaceMention, sentence: Sentence) -> bool:
    """The place is where something set out from ("launched from X") or is kept
    ("jets based at Hmeimim struck Idlib")."""
    before = sentence.text[: mention.start - sentence.start]
    return (
        (
            preposition_before(lower_words(before[-60:]))[0] == "from"
            # (not a distance from it: "killed 130 people a few hundred metres from the shrine")
            and not offset_counts_from(mention, sentence)
        )
        or _BASED_AT.search(before[-30:]) is not None
        or _OUT_OF.search(before[-40:]) is not None
    )


def _attack_set_out(mention: PlaceMention, sentence: Sentence) -> bool:
    """A weapon or an attack, not an aircraft, set out from the place: "a drone
    launched from T4", "a UAV that had taken off from the base", "rockets fired from"."""
    return _ATTACK_FROM.search(before_mention(mention, sentence, 90)) is not None


_ATTACK_FROM = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|mortars?|shells|projectiles?|attacks?|offensive)\b"
    r"[^,;.]{0,40}?\b(?:launched|fired|lobbed|took\s+off|taken\s+off|take-?off)\s+"
    r"(?:[\w'’-]+\s+){0,2}?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BASED_AT = re.compile(r"\b(?:based|stationed|deployed)\s+(?:in|at)\s+(?:the\s+)?$")
# "Su-34s flying out of Khmeimim airbase carried out strikes", "operating out of T4"
_OUT_OF = re.compile(
    r"\b(?:fl(?:y|ying|ew|own)|operat(?:e|es|ed|ing)|launch(?:ed|ing)?|took\s+off|taking\s+off)"
    r"\s+out\s+of\s+(?:the\s+)?$"
)


# What may stand between a strike and its target: a short noun phrase ("bombed a
# Scientific Studies and Research Centre facility near"), not another clause ("the
# strikes came two weeks after an attack on ...", "struck Aleppo, and a depot").
_STRIKE_OBJECT_WORDS = 8
_MAX_LISTED = 8  # items of a list of a strike's objects
_LISTED_WORDS = 6  # words of one item
_NOT_IN_AN_OBJECT = frozenset(
    {
        "after", "before", "since", "during", "following", "amid", "than", "while",
        "because", "but", "then", "which", "that", "who", "where", "when", "was", "were",
        "is", "are", "be", "been", "had", "has", "have", "came", "said", "says", "from",
    }
)  # fmt: skip
_OBJECT_PREPOSITIONS = frozenset({"of", "on", "against"})
# The strike's targets listed after its object: "dozens of targets, among them ...".
_TARGET_LIST = re.compile(
    r",\s+(?:including|among\s+them|among\s+which|such\s+as|notably|in\s+particular)\s+(?!.*,)"
)


# An incident reported at a place: "explosions were heard near", "a blast was reported at",
# also at a site the place holds: "explosions were reported near an air base in Isfahan".
_REPORTED_AT = re.compile(
    r"[a-z]*\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:reported|heard|seen|felt|recorded|observed)\s+(?:at|near|in|inside|outside|over|on)\s+"
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:in|at|near|outside)\s+)?(?:the\s+|an?\s+)?$"
)

# Who fought whom, then where: "clashes between the SDF and the SNA around the Tishreen Dam"
_FIGHTS = frozenset({"clash", "battle", "fighting", "fought", "fight=", "fights", "combat"})
_FOUGHT_AROUND = re.compile(
    r"[^,.;:!?]{0,30}\bbetween\s[^,.;:!?]{3,90}?\s(?:around|near|over|for|at|in|outside)\s+"
    r"(?:the\s+)?$"
)

_STRUCK_NOUNS = lexicon.SITE_NOUN_TRIGGERS | lexicon.VICTIM_NOUN_TRIGGERS
# Verbs that make victims: killing, wounding, kidnapping, and losing fighters ("lost at
# least 80").
_HARMS = frozenset({"kill", "wound", "martyred", "kidnap", "abduct"}) | {
    prefix for prefix, _ in lexicon.CATEGORY_TRIGGERS["incident"] if prefix.startswith("lost ")
}


def _struck_sites(hits: list[Hit], padded: str) -> list[Hit]:
    """The hits, with each site noun (or victim) that a strike takes as its object
    ("struck a weapons depot near Qusayr", "targeting pilgrims at") replaced by that
    strike at the noun's place: what happened there is the strike, the noun only says
    what was hit. People killed or wounded are victims too ("killed dozens of pilgrims")."""
    strikes = [h for h in hits if h[3] in lexicon.STRIKE_TRIGGERS]
    harms = strikes + [h for h in hits if h[3] in _HARMS]
    if not harms:
        return hits
    result: list[Hit] = []
    for hit in hits:
        start, end, _category, prefix, _weight = hit
        verb = None
        if prefix in _STRUCK_NOUNS:
            verbs = harms if prefix in lexicon.VICTIM_NOUN_TRIGGERS else strikes
            verb = next((s for s in reversed(verbs) if _strikes_at(s, start, padded)), None)
            verb = verb or next((s for s in verbs if _struck_passive(end, s, padded)), None)
            verb = verb or next((s for s in strikes if _reported_at(s, start, padded)), None)
        result.append(hit if verb is None else (start, end, verb[2], verb[3], verb[4]))
    return result


# The passive: "the shrine of Sayyida Sukayna in Darayya was damaged", "a mosque in
# Aleppo was destroyed": the noun is what the strike hit, however the verb comes after.
_PASSIVE_GAP = re.compile(
    # the name's gloss or other name may come first: "the Tiyas airbase (T-4) in ..."
    r"\)?(?:\s*\([^()]{0,40}\))?"
    # a relative clause may come between: "Damascus airport, which opened in 1960, was hit"
    # ... or a participle's aside, after where the site lies: "The Imam Ali compound
    # south-east of Albu Kamal, first exposed by ImageSat in 2019, was also reportedly hit"
    r"(?:(?:[^,;:.()\[\]]{0,40}?,\s+(?:first\s+|once\s+|long\s+)?[a-z]+ed\b[^,;:.()\[\]]{0,80},)"
    r"|,\s+(?:which|who|where)\b[^,;:.()\[\]]{0,80},"
    # ... or what the site is, at length: "Tower 22, a small logistics outpost in Jordan's
    # north-eastern corner near the borders with Syria and Iraq, was hit"
    r"|,\s+(?:a|an|the|its|their)\s[^,;:.()\[\]]{0,140},)?"
    r"(?:(?!,\s+(?:and|but|while|which|who)\b)[^;:.()\[\]]){0,60}?"
    r"\s(?:was|were|(?:has|have|had)\s+"
    r"(?:(?:itself|themselves|also|repeatedly|already|since|twice|once|[a-z]+ly)\s+){0,2}been"
    r"|is|are"
    r"|get|gets|got|getting"  # a speaker's passive: "the Mezzeh airbase got hammered too"
    # "came under a massive attack", "have come under more than 160 rocket and drone attacks"
    r"|(?:came|come|comes|coming)(?:\s+under(?:\s+[\w-]+){0,6}?)?)"
    # "was badly damaged", "was first targeted", "were reportedly also hit"
    r"(?:\s+(?:[a-z]+ly|also|later|then|again|twice|first|last|once|already|even|still)){0,2}"
    # "was the target of a drone attack", "were among the targets of the strikes"
    r"(?:\s+(?:the|a|an|among\s+the|one\s+of\s+the)\s+(?:main\s+|primary\s+|first\s+)?"
    r"targets?\s+of(?:\s+[a-z-]+){0,4})?"
    # translated news: "was exposed to several Israeli strikes", "were subjected to shelling"
    r"(?:\s+(?:exposed|subjected)\s+to(?:\s+[\w-]+){0,5}?)?"
    # "had been the target of 59 Tomahawk missiles": the "target" word itself
    r"(?:\s+(?:the|a|an|one\s+of\s+the|among\s+the)(?:\s+(?:main|primary|first|frequent"
    r"|repeated|latest))?)?"
    r"\s*$"
)


def _reported_at(incident: Hit, noun_start: int, padded: str) -> bool:
    """ "explosions were reported near an air base": the base is where they happened."""
    if incident[1] > noun_start:
        return False
    return _REPORTED_AT.match(padded, incident[1], noun_start + 1) is not None


def _struck_passive(noun_end: int, strike: Hit, padded: str) -> bool:
    if strike[0] <= noun_end:
        return False
    if _PASSIVE_GAP.fullmatch(padded, noun_end, strike[0]) is not None:
        return True
    # a participle in apposition: "Its consulate in Aleppo, stormed by rebel fighters on"
    return _COMMA_ONLY.fullmatch(padded, noun_end, strike[0]) is not None and (
        _BY_AGENT.match(padded, strike[1]) is not None
    )


_COMMA_ONLY = re.compile(r"\s*,\s*")
_BY_AGENT = re.compile(r"[a-z]*ed\s+by\s|[a-z]*\s+by\s")


# Weapons fired at a place: the place is their target.
_WEAPONS = frozenset({"missile", "rocket", "drone", "shell", "bomb"})
_AIMED = re.compile(
    r"\s(?:at|on|against|into|towards?)\s+(?:the\s+|its\s+|their\s+)?"
    # (or at a site the place locates: "a drone at the US base in al-Shaddadi")
    r"(?:(?:[\w-]+\s+){0,2}(?:base|airbase|positions?|posts?|camp|depot|headquarters|outpost)"
    r"\s+(?:in|near|at|outside)\s+(?:the\s+)?)?$"
)
_AIM_CHARS = 120
_MADE_OR_KEPT = re.compile(
    r"\b(?:workshop|factory|factories|plant|depot|warehouse|storage|production|facility"
    r"|facilities|base|site|launchers?)\b"
)


def _aimed_at(weapon: Hit, target: int, padded: str) -> bool:
    """The weapon comes before the place in the same clause, which ends in "at (the)"."""
    between = padded[weapon[1] : target]
    if weapon[1] > target or len(between) > _AIM_CHARS or ";" in between or ", and " in between:
        return False
    aimed = _AIMED.search(between)
    # (a noun before the "at" may say where weapons are made: "a missile workshop at Jamraya")
    return aimed is not None and _MADE_OR_KEPT.search(between, 0, aimed.start()) is None


def _struck_here(strike: Hit, start: int, end: int, padded: str) -> bool:
    """The strike's object (or, in the passive, its subject) is the place at start:end."""
    return (
        _strikes_at(strike, start, padded)
        or _struck_passive(end, strike, padded)
        or _aimed_object_at(strike, start, padded)
        or _headline_passive(strike, start, end, padded)
        or _reported_at(strike, start, padded)
    )


# A headline's subject before its participle: "Iranian embassy in Damascus", "Consulate in".
_OPENING = re.compile(
    # (after a timeline entry's date: "Dec. 8, 2024 — Iranian embassy in Damascus stormed")
    r"[\s*_#>•·–—-]*(?:(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
    r"\s*[—–:-]\s*)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:in|of|at)\s+)?"
)
_OWN_CONTAINER = re.compile(r"(?:\s+(?:in|of|at)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s*")
# The participle ends its clause or takes no object: "stormed and ransacked", "stormed by".
_NO_OBJECT = re.compile(r"\s*(?:$|[.;,:)]|(?:and|by|in|on|at|after|during|overnight|again)\b)")


def _headline_passive(strike: Hit, start: int, end: int, padded: str) -> bool:
    """A headline's passive without its "was": "Iranian embassy in Damascus stormed and
    ransacked", the place opening the line and the participle right after it."""
    if strike[0] <= end or not _OPENING.fullmatch(padded, 0, start):
        return False
    if not _OWN_CONTAINER.fullmatch(padded, end, strike[0]):
        return False
    word_end = strike[1]
    while word_end < len(padded) and padded[word_end].isalpha():
        word_end += 1
    word = padded[strike[0] : word_end].strip()
    participle = word.endswith(("ed", "en")) or word in ("hit", "struck")
    return participle and _NO_OBJECT.match(padded, word_end) is not None


# "The strikes were conducted by two F-16s against a weapons storage facility near Abu
# Kamal", "fired mortars at positions of the government troops near Saraqib": the
# strike's target is named after "against"/"at"/"on", and the place locates that target.
_AIM_WORD = re.compile(r"\s(?:against|at|on|targeting)\s")
_TARGET_LOCATED = frozenset({"near", "in", "at", "outside", "around", "inside"})
_AIM_REACH = 160  # characters from the strike word to the place
# An object named after "against"/"on" may be longer than a bare object: "an attack on the
# consular section of the Islamic Republic of Iran's embassy in Damascus".
_AIMED_OBJECT_WORDS = 12


def _aimed_object_at(strike: Hit, target: int, padded: str) -> bool:
    """The strike's clause aims at an object noun phrase that the place locates."""
    between = padded[strike[1] : target]
    if strike[1] > target or len(between) > _AIM_REACH or any(m in between for m in ",;:()[]"):
        return False
    aims = list(_AIM_WORD.finditer(between))
    if not aims:
        return False
    # the aim word, not the preposition that locates its object ("against forces at X")
    aim = aims[-2] if len(aims) > 1 and aims[-1].end() >= len(between) - 1 else aims[-1]
    tokens = lower_words(between[aim.end() :])
    if "and" in tokens:  # "a weapons facility and an ammunition facility near"
        tokens = tokens[len(tokens) - tokens[::-1].index("and") :]
    while tokens and tokens[-1] in _OBJECT_MODIFIERS_AFTER:
        tokens.pop()  # "near the settlement of"
    if len(tokens) < 2 or tokens[-1] not in _TARGET_LOCATED:
        return False
    words = tokens[:-1]  # the object noun phrase itself
    return (
        len(words) <= _AIMED_OBJECT_WORDS
        and _NOT_IN_AN_OBJECT.isdisjoint(words)
        and all(w in _OBJECT_PREPOSITIONS or w not in lexicon.LOCATIVE_PREPOSITIONS for w in words)
    )


_OBJECT_MODIFIERS_AFTER = frozenset(
    {"the", "settlement", "settlements", "town", "city", "village", "of", "area"}
)


def _last_listed(between: str) -> str:
    """The last item of a list of objects ("X, the Conoco field and the"): what the
    strike hit last, when every item before it is a short phrase, not a clause."""
    items = between.split(",")
    if len(items) > _MAX_LISTED or not all(map(_is_listed, items[1:-1])):
        return between
    if len(items) == 2 and _places(items[0]) and not _ARTICLE_LED.match(items[1]):
        # "officers captured in Lebanon, and Assad's trip to": not a list (but "warehouses
        # in Masyaf, an airbase at" is one)
        return between
    return items[-1]


_ARTICLE_LED = re.compile(
    # (a list's item may repeat the strike's preposition: "strikes on vessels in the port
    # of Latakia on 9 December, on the Mezzeh military airport and on ...")
    r"\s*(?:and\s+)?(?:(?:on|at|against)\s+)?(?:a|an|the|its|their|several|two|three|four"
    r"|five|other)\s",
    re.IGNORECASE,
)


def _is_listed(item: str) -> bool:
    """A short noun phrase ("the Conoco gas field"), not a clause."""
    words = lower_words(item)
    return len(words) <= _LISTED_WORDS and _NOT_IN_AN_OBJECT.isdisjoint(words)


def _places(phrase: str) -> bool:
    """The phrase has a locative preposition ("in Lebanon")."""
    return any(
        w not in _OBJECT_PREPOSITIONS and w in lexicon.LOCATIVE_PREPOSITIONS
        for w in lower_words(phrase)
    )


_ASIDE = re.compile(r"\s*\([^()\[\],;:.]{1,40}\)")


# A comma and a conjunction open another clause: no strike's object runs past them.
_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?:as|while|when|after|before|which|where|who|because|although|though|since"
    r"|until|but)\s"
)


_A_COUNT = re.compile(r"\b(?:more|fewer|less|no\s+fewer|no\s+less|at\s+least)\s+than\b")
_WHERE_IT_WAS = re.compile(
    r"\b(?:that|which)\s+(?:remained|remain|remains|were|was|are|is|had\s+been|have\s+been"
    r"|stood|stand|lay|lie)(?:\s+(?:still|stored|kept|deployed|stationed|based|located|parked"
    r"|housed|left))?(?=\s+(?:at|in|on|inside|near)\b)"
)


def _strikes_at(strike: Hit, target: int, padded: str) -> bool:
    """The strike's object runs up to ``target`` (an offset in the padded, lowered
    sentence), ending at most in the preposition that locates it ("... near")."""
    word_end = min(_word_end(strike, padded), target)  # "bomb" of "bombed": past "ed"
    said = padded[strike[0] : strike[1]].lstrip()
    if padded[word_end : word_end + 1] == "," and said.startswith(strike[3]):
        # "Following the attack, the United States ...": the noun's phrase ends (not a
        # struck site's own noun opening a list: "a logistics headquarters, an intelligence
        # compound ... and depots at X")
        return False
    # "hit the base and the area near X, as well as positions in Y": one list of objects
    between = padded[word_end:target].replace(", as well as ", " and ")
    if "," in between and _CLAUSE_AFTER_COMMA.search(between):
        return False  # "... in an attack claimed by IS, as peace talks opened in Geneva"
    # "positions held by the Syrian Democratic Forces (SDF) and US advisers near": a
    # bracketed acronym or gloss is no break in the object
    between = _ASIDE.sub("", between)
    if " than " in between:  # "hit more than 26 positions in": a count, no comparison
        between = _A_COUNT.sub(" ", between)
    if "that " in between or "which " in between:
        # "struck military capabilities that remained at the Hama and T4 military bases":
        # a clause that only says where the object was
        between = _WHERE_IT_WAS.sub(" ", between)
    if between.count(":") == 1:  # "hit Iranian targets: the depots at X, Y and Z"
        head, _, tail = between.partition(":")
        if len(lower_words(head)) <= _STRIKE_OBJECT_WORDS // 2:
            between = tail
    listed = _TARGET_LIST.search(between)
    if listed:  # "struck dozens of targets, among them a compound at": the list's item
        between = between[listed.end() :]
    elif "," in between:  # "targeted the al-Omar field, the Conoco field and the al-Tanf"
        between = _last_listed(between)
    if strike[1] > target or any(mark in between for mark in ",;:.()[]"):
        return False
    tokens = lower_words(between)
    if not _NOT_IN_AN_OBJECT.isdisjoint(tokens):
        return False
    if "and" in tokens:  # "sites in Kiswah and a compound at": the last object's place
        tokens = tokens[len(tokens) - tokens[::-1].index("and") :]
        if tokens and tokens[0].endswith("ed"):
            return False  # "... and summoned the envoy in": another verb, not an object
    if len(tokens) > _STRIKE_OBJECT_WORDS:
        return False
    while tokens and tokens[-1] in MODIFIERS:  # "near the", "in the Syrian city of"
        tokens.pop()
    inner = tokens[:-1] if tokens and tokens[-1] in lexicon.LOCATIVE_PREPOSITIONS else tokens
    return all(w in _OBJECT_PREPOSITIONS or w not in lexicon.LOCATIVE_PREPOSITIONS for w in inner)


def _only_hosted(triggers: Triggers) -> bool:
    """The sentence's one diplomacy word is "hosted"."""
    words = {hit[3] for hit in triggers.hits if hit[2] == "diplomacy"}
    return words == {"hosted"}


_FALL_OF = re.compile(r"\bfall\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$")


_KILLINGS = frozenset({"kill", "massacr", "assassinat", "martyred"})
# Harm done to people at a site, beside strikes and killings: "arrested at the mosque".
_HARMS_AT_A_SITE = frozenset({"arrest", "detain", "abduct", "kidnap"})
_AIRCRAFT = frozenset({"bomber", "bombers", "fighters", "fighter"})


def _move(
    best: dict[str, tuple[float, str | None]], source: str, target: str, label: str | None = None
) -> None:
    """Give ``target`` the score ``source`` had, when that is more than its own: what the
    sentence says is of the other kind. The trigger that names it stays ``target``'s own,
    else ``label``, else ``source``'s."""
    score, trigger = best.pop(source)
    own_score, own_trigger = best.get(target, (0.0, None))
    best[target] = (max(own_score, score), own_trigger or label or trigger)


def _violent(hit: Hit, padded: str) -> bool:
    """A strike or a killing (not "bombers" or "fighters", the aircraft)."""
    start, end, category, prefix, weight = hit
    return (
        category == "incident"
        and weight >= 1.0
        and (prefix in lexicon.STRIKE_TRIGGERS or prefix in _KILLINGS)
        and padded[start : end + 3].split()[0] not in _AIRCRAFT
    )


def _violent_before(
    hit: Hit, place_start: int, padded: str, also: frozenset[str] = frozenset()
) -> bool:
    """A strike or a killing (or a harm of ``also``) earlier in the place's own clause."""
    end = hit[1]
    return (
        (_violent(hit, padded) or hit[3] in also)
        and end <= place_start
        and not CLAUSE_BREAK.search(padded, end, place_start)
        and not _OTHER_CLAUSE.search(padded, end, place_start)
    )


def _struck_it(hit: Hit, place_end: int, padded: str) -> bool:
    """A strike later in the sentence whose object is "it": the site named before it
    ("T4 is a proper airbase with a drone hangar inside it, and the Israelis hit it")."""
    if hit[0] <= place_end or hit[3] not in lexicon.STRIKE_TRIGGERS:
        return False
    return _IT_OBJECT.match(padded, hit[1]) is not None


# (the rest of the strike's word, then "it" as its object: "hit it", "bombed it again")
_IT_OBJECT = re.compile(r"[a-z]*\s+it\b(?!['’]s|\s+(?:was|is|had|has|would|will)\b)")


def _harmed_at(hit: Hit, place_start: int, padded: str) -> bool:
    """A killing or a strike whose clause goes on to where it happened, a base: "troops
    killed twenty-three Hezbollah members at the Fathallah barracks" (not "troops who
    killed protesters were stationed at the airbase": what the base is)."""
    if not _violent_before(hit, place_start, padded) or place_start - hit[1] > _HARM_REACH:
        return False
    between = padded[hit[1] : place_start]
    return (
        _HARM_AT.search(between) is not None
        and _STATE_VERB.search(between) is None
        and _FLED_ON.search(between) is None
    )


_HARM_REACH = 80
_HARM_AT = re.compile(r"\s(?:at|inside|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_STATE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|stationed|based|deployed|posted|housed|held|kept)\b"
)


# Who fled the killing went on elsewhere: "civilians fleeing killings in the countryside
# sought refuge at Hmeimim".
_FLED_ON = re.compile(r"\b(?:refuge|shelter\w*|fled|escaped|evacuated|sought|moved)\b")


# A subordinate clause's opening: "the raid came a week after Russia opened a base near".
_OTHER_CLAUSE = re.compile(r"\b(?:after|before|since|when|while|until|because|although)\b")


# What a meeting is about, right after its place: "talks in Damascus on (the) bases".
_TOPIC_AFTER = re.compile(
    r"\s+(?:on|about|over|regarding)(?:\s+(?:the|its|their|russia['’]s|russian|iranian"
    r"|military|naval))*\s*"
)
# (or to plan it: "travels to Moscow to plan a joint intervention")
# What a measure is taken against, which then did not happen: "to prevent looting".
_PREVENTED = re.compile(
    r"\bto\s+(?:prevent|avert|deter|forestall|guard\s+against|ward\s+off)"
    r"\s+(?:any\s+|further\s+|more\s+|possible\s+|new\s+)?$"
)
# What an agreement is to do at a place, which is then the project's site, not where
# the agreement was made.
_TO_BUILD = re.compile(
    r"\bto\s+(?:build|construct|rebuild|reconstruct|lay|develop|expand|upgrade|modernise"
    r"|modernize)\b"
)
_TO_DISCUSS = re.compile(r"\bto\s+(?:discuss|plan|coordinate|prepare|negotiate|arrange)\b")
# A site noun whose place follows it: "at a base near", "the outpost outside".
_NOUN_LOCATED = re.compile(r"[a-z]*\s+(?:near|outside|in|at|close\s+to)\s+(?:the\s+)?")
# A site noun after a locative preposition says where something happened.
_WHERE_NOUN = re.compile(r"\b(?:near|at|outside|beside|around|by)\s+(?:the\s+|a\s+|an\s+)?\s?$")


# Travel words that make a state visit of officials and a pilgrimage of pilgrims.
_FLOWN = frozenset({"flew to", "flies to", "fly to", "landed", "landing at"})
_TRAVEL = frozenset(
    {"visit", "arriv", "went to", "came to", "comes to", "travel", "tour=", "toured", "trip=",
     "trips", "stop at", "stopover"}
)  # fmt: skip
# Who went somewhere to fight or to lead fighters: a posting, not a visit.
_TO_FIGHT = re.compile(
    r"\bto\s+(?:fight|defend|organi[sz]e|command|advise|lead|train|serve|join\s+the\s+(?:fight"
    r"|battle|war|front))\b"
)
# ... or to study or work: a life, not a visit.
_TO_STUDY = re.compile(r"\bto\s+(?:study|work|live|teach|settle)\b")
# The writer on the road: "I arrived in Damascus on the overnight bus", "we visited".
_WRITER_TRAVELS = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,2}(?:arriv|visit|travel|went\s+to|toured|took\s+a)"
    # ... and an airline's or a guide's passengers, tourists and visitors
    r"|(?i:\b(?:passengers|travell?ers|tourists|visitors|holidaymakers|backpackers)\b)"
    # ... and a tour's itinerary: "Arrive Damascus International Airport, transfer to hotel"
    r"|^[\s*_-]*(?:Day\s+\d+[^:]{0,20}:\s*)?(?:Arrive|Depart|Transfer|Drive|Fly|Return|Continue)\b"
)
_PILGRIMS = re.compile(
    r"(?i:\b(?:pilgrim|pilgrimage|ziyara|ziyarat|worshipper|devotee)s?\b"
    # "we drove to Darayya to visit the shrine of Sayyida Sukayna"
    r"|\bto\s+(?:visit|pray\s+at)\s+the\s+(?:holy\s+)?(?:shrine|tomb|mausoleum|mosque)s?\b)"
)
_TRANSIT_KINDS = frozenset({"airport", "crossing", "border_crossing", "port"})
# What a basing agreement is called: at the base itself it is a base event.
_PACT_WORDS = frozenset(
    {"agreement", "sign=", "signed", "signing", "signs", "treaty", "accord=", "accords=",
     "memorand", "deal=", "deals", "lease"}
)  # fmt: skip


def _is_transit(place: Place) -> bool:
    """An airport, a port or a border crossing (the gazetteer's crossings are sites)."""
    return place.kind in _TRANSIT_KINDS or "crossing" in place.name.lower()


# People whose being sent somewhere is a posting there.
_PERSONNEL = re.compile(
    r"(?i:\b(?:advis[eo]rs?|commanders?|officers?|troops|soldiers|forces|fighters|personnel"
    r"|militiamen|mercenaries|contingents?|units?|brigades?|battalions?|specialists|instructors"
    r"|experts|generals?|detachments?|contractors|volunteers|recruits)\b)"
)
_SENT = re.compile(r"\b(?:sent|send|sends|sending)\b")
_AID = re.compile(r"(?i:\b(?:aid|relief|humanitarian|supplies|fuel|food|medicine)\b)")


def _people_sent(text: str) -> bool:
    """People, not goods, are what the sentence sent: "he was sent to Syria as an
    adviser", "officers sent to Lebanon" (but "sent aid convoys")."""
    for verb in _SENT.finditer(text):
        window = text[max(0, verb.start() - 50) : verb.end() + 50]
        if _PERSONNEL.search(window) and not _AID.search(window):
            return True
    return False


# Ships, planes and cargo that travel; and the people whose travel is a visit.
_CRAFT = re.compile(
    r"(?i:\b(?:ship|ships|vessel|vessels|tanker|tankers|supertanker|frigate|frigates"
    r"|freighter|freighters|cargo|aircraft|plane|planes|flight|flights|convoy|convoys"
    r"|carrier|submarine|submarines|destroyer|destroyers|Il-76|An-124|airlifter)\b)"
)


def _craft_leads(sentence: Sentence) -> bool:
    """A plane or a ship opens the sentence: what flew is the craft, not an envoy."""
    return _CRAFT.search(sentence.text[:40]) is not None


# A leader's visit or meeting at a base is a state visit there ("Putin made a surprise
# stop at the Hmeimim base, where he met President Assad"), not what the base is.
_MEETINGS = frozenset({*_TRAVEL, "met=", "met with", "meet"})


def _state_visit(prior: str, best: dict[str, tuple[float, str | None]], sentence: Sentence) -> bool:
    met = best.get("diplomacy", (0.0, None))[1] in _MEETINGS
    return prior == "base" and met and _ENVOYS.search(sentence.text) is not None


# A flight's diplomatic purpose, whoever flew: "flew to Damascus to contain the damage",
# "for talks with Assad".
_ON_A_MISSION = re.compile(
    r"\b(?:to\s+(?:meet|mediate|negotiate|discuss|contain|reassure|hold\s+talks|sign|patch"
    r"|smooth|defuse|calm|convey|deliver\s+a\s+message)|for\s+(?:talks|meetings|consultations"
    r"|negotiations))\b"
)
_ENVOYS = re.compile(
    r"(?i:\b(?:president|minister|ministers|delegation|envoy|ambassador|foreign|prime"
    r"|leader|king|emir|official|officials|diplomat|diplomats|secretary)\b)"
    # the leaders texts on Syria name without a title
    r"|\b(?:Putin|Shoigu|Lavrov|Raisi|Rouhani|Ahmadinejad|Khamenei|Zarif|Araghchi"
    r"|Amir-Abdollahian|Sharaa|Erdogan|Erdoğan|Netanyahu|Medvedev)\b"
)


_DROVE_OUT = re.compile(
    r"\b(?:drove|driven|drive|drives|driving|pushed|forced|chased|kicked|ousted)\s+"
    r"(?:[\w'’-]+\s+){0,4}?out\s+of\b"
)
# "Targets reported in open sources included the Mezzeh military airport, ... and the
# naval facilities at Latakia": every site listed was struck.
_TARGETS_INCLUDED = re.compile(
    r"[\s*_]*(?:[\d.]+\s+)?(?:the\s+)?(?:targets|sites\s+(?:hit|struck))\b[^.;:]{0,60}?"
    r"\b(?:included|include|includes|were)\b"
)
_TARGETS_FIRST = re.compile(
    r"\s*among\s+the\s+(?:[\w-]+\s+){0,2}?(?:targets|sites\s+(?:hit|struck))\b"
)


def categorise(
    mention: PlaceMention, sentence: Sentence, triggers: Triggers, previous: str | None = None
) -> tuple[str, str | None, float]:
    """(category, trigger prefix, score): the strongest nearby trigger decides."""
    local_start = mention.start - sentence.start + 1  # +1: hits index the padded text
    local_end = local_start + len(mention.mention)
    best: dict[str, tuple[float, str | None]] = {}
    padded = triggers.padded
    prior = lexicon.KIND_CATEGORY.get(mention.place.kind)
    struck_in_clause = False  # an incident word earlier in the place's own clause
    site_noun_here = False  # a site noun the place locates: "a base near Hasakah"
    violent_before = False  # a strike or a killing earlier in the place's clause
    struck_directly = False  # the place is what a strike hit (object or passive subject)
    clause = _NEW_CLAUSE.search(padded, local_end)
    new_clause = clause.start() if clause else len(padded)
    if "which " in padded or "who " in padded:
        new_clause = min(new_clause, _relative_clause_end(padded, local_start, local_end))
    bound = triggers.bound
    for hit in triggers.hits:
        start, end, category, prefix, weight = hit
        if start >= local_start - 1 and end <= local_end + 1:
            continue  # the place's own name ("Naval base") is not evidence of an event
        if bound and mention.start not in bound.get(start, (mention.start,)):
            continue  # "funerals for fighters killed in Syria ... in Najaf": Syria's killing
        if (
            category == prior
            and prior in ("shrine", "base")
            and _HEADS_THE_NAME.fullmatch(
                padded, *((end, local_start) if end <= local_start else (local_end, start))
            )
        ):
            continue  # nor the noun its name is written with ("the holy shrine of X")
        if (
            category in ("base", "shrine")
            and end <= local_start
            and mention.place.kind in lexicon.SITE_KINDS
            and _HEADS_A_LIST.match(padded, end, local_start)
        ):
            continue  # "died in facilities including Saydnaya prison": what the sites are
        # A trigger after the place fades faster: English puts the event word (the head
        # of "intervention in Syria", "fighters in Syria") before the place.
        gap = max(0.0, local_start - end, (start - local_end) * _AFTER_PENALTY)
        if sentence.is_row:
            gap = 0.0  # the cells of a row are one record: no word is nearer than another
            if category in ("shrine", "base") and _WHERE_NOUN.search(
                padded, max(0, start - 16), start + 1
            ):
                weight /= 2  # "| Twin bombings kill 70 near the shrine |": where, not what
        if end < local_start and _SENTENCE_BREAK.search(padded, end, local_start):
            gap *= _OTHER_SENTENCE  # "Moscow wanted a naval foothold; Tehran ... in Lebanon"
        if category in ("base", "shrine") and _TOPIC_AFTER.fullmatch(padded, local_end, start):
            continue  # "holds talks in Damascus on bases": the talks' topic, not the place
        if (
            prefix in _TALKS
            and end <= local_start
            and _ABOUT_ITS_FUTURE.fullmatch(padded, end, local_start)
        ):
            # "negotiating the future of Tartus", "the discussion of Khmeimim": the talks
            # are elsewhere; what they say of the place is that it is a base
            category, prefix = "base", "future of"
        if (
            category == "diplomacy"
            and end <= local_start
            and _TO_BUILD.search(padded, end, local_start)
        ):
            continue  # "signed a contract to build a power station in Latakia": its site
        if category == "incident" and _PREVENTED.search(padded, max(0, start - 32), start + 1):
            continue  # "posted guards at the shrine to prevent looting": what did not happen
        purposed = triggers.purpose >= 0 and start > local_end
        if purposed and _TO_DISCUSS.search(padded, local_end, start):
            continue  # "received Vahidi in Baghdad to discuss ... the Arbaeen pilgrimage"
        if start > local_end and CLAUSE_BREAK.search(padded, local_end, start):
            if start >= new_clause:
                continue  # "fields near Palmyra, and its fighters were killed": not Palmyra's
            gap *= _AFTER_PENALTY  # "... a naval facility in Tartus, called the strikes"
        direct = False  # the place is what was struck: that outweighs what the place is
        if (
            prefix in _TAKES
            and end <= local_start
            and _TAKEN_OBJECT.fullmatch(padded, end, local_start)
        ):
            weight, gap = max(weight, 1.0), 0.0  # "militias took Albu Kamal": its capture
        if (
            gap
            and prefix in lexicon.STRIKE_TRIGGERS
            and _struck_here(hit, local_start, local_end, padded)
            # (not where the strikers were kept: "airstrikes by aircraft stationed at")
            and not (
                end <= local_start
                and _BASED_AT.search(padded, max(0, local_start - 30), local_start)
            )
        ):
            gap, direct = 0.0, True  # "struck positions near the airport", "was shelled"
        elif gap and category == "incident" and _REPORTED_AT.match(padded, end, local_start):
            gap = 0.0  # "explosions were heard near the T4 airbase"
        elif gap and prefix in _FIGHTS and _FOUGHT_AROUND.fullmatch(padded, end, local_start):
            gap = 0.0  # "fighting continues between the SDF and the SNA around the dam"
        elif gap and prior and _struck_it(hit, local_end, padded):
            gap, direct = 0.0, True  # "the same Imam Ali base ..., and jets hit it on"
        elif gap and prior == "base" and _harmed_at(hit, local_start, padded):
            gap, direct = 0.0, True  # "troops killed 23 Hezbollah members at the barracks"
        elif prefix in _WEAPONS and _aimed_at(hit, local_start, padded):
            gap, weight, direct = 0.0, max(weight, 1.0), True  # "59 missiles ... at Shayrat"
        if category == "incident" and end <= local_start and gap < _CLAUSE_REACH:
            struck_in_clause = struck_in_clause or not CLAUSE_BREAK.search(padded, end, local_start)
        if (
            category in ("base", "shrine")
            and end <= local_start
            and _NOUN_LOCATED.fullmatch(padded, end, local_start)
        ):
            site_noun_here = True  # "killed a contractor at a base near Hasakah"
        violent_before = violent_before or _violent_before(
            hit, local_start, padded, _HARMS_AT_A_SITE
        )
        struck_directly = struck_directly or direct
        score = weight / (1.0 + gap / _DECAY_CHARS) + (_SITE_PRIOR if direct else 0.0)
        if score > best.get(category, (0.0, None))[0]:
            best[category] = (score, prefix)
    if sentence.is_row and any(_violent(hit, padded) for hit in triggers.hits):
        struck_directly = True  # a row that records a strike records it at its place
    if triggers.targets_first:
        struck_directly = True  # "Among the targets, the military says, were the ... bases"
    if site_noun_here and violent_before and not prior and "incident" in best:
        # "a drone killed a US contractor at a base near Hasakah", "men were arrested after
        # prayers at the Grand Mosque in Douma": what happened at the site the town
        # locates is the killing or the arrest, not the base or the mosque
        score, trigger = best["incident"]
        site = max(best.get("base", (0.0, None))[0], best.get("shrine", (0.0, None))[0])
        best["incident"] = (max(score, site + 0.01), trigger)
    if _FALL_OF.search(padded, max(0, local_start - 40), local_start):
        # "the fall of Hama": the town was taken, not a regime's fall somewhere
        best["incident"] = max(best.get("incident", (0.0, None)), (1.0 + _SITE_PRIOR, "fell="))
    for _start, _end, category, prefix, weight in triggers.heading:
        # "Iranian bases in Syria" over a row of bases says nothing about what happened
        if category != prior and weight * _HEADING_WEIGHT > best.get(category, (0.0, None))[0]:
            best[category] = (weight * _HEADING_WEIGHT, prefix)
    if previous and _CONTINUES.match(sentence.text) and not _own_event(triggers, previous):
        carried, trigger = best.get(previous, (0.0, None))
        best[previous] = (max(carried, _CARRIED), trigger)
    if (
        prior == "base"
        and not (struck_directly or sentence.is_row)
        and (passage := _passage_only(sentence.text))
    ):
        # "Assad had been flown out of the country from Hmeimim", "thousands of Alawites
        # sought refuge at Hmeimim": people passing through or sheltering, not the base's use
        score, trigger = best.get("other", (0.0, None))
        return "other", trigger or passage, max(score, _SITE_PRIOR)
    if prior and not struck_directly and _is_origin(mention, sentence):
        if "incident" in best and _attack_set_out(mention, sentence):
            # "an Iranian drone launched from T-4 was shot down": where an attack came
            # from is part of the attack (the jets that "flew from" a base are its use)
            # (no site bonus: a strike on the site itself, named again, says more)
            return "incident", "launched from", best["incident"][0]
        # "strikes from Hmeimim", "jets flew from the T-4 airbase": the action happened
        # elsewhere; what the sentence says of the site is that it was used as one.
        score, trigger = best.get(prior, (0.0, None))
        return prior, trigger, score + _SITE_PRIOR
    if prior == "shrine" and best.get("diplomacy", (0.0, None))[1] in _TRAVEL:
        _move(best, "diplomacy", "shrine")  # "Iranians were visiting the shrine": a pilgrimage
    if prior == "shrine" and best.get("diplomacy", (0.0, None))[1] in _OPENED:
        # "the new mosque was inaugurated in 1991", "the shrine reopened to visitors"
        _move(best, "diplomacy", "shrine")
    if best.get("other", (0.0, None))[1] in ("sent=", "send") and _people_sent(sentence.text):
        _move(best, "other", "base", "posted")  # "he was sent to Syria as an adviser"
    flown = best.get("other", (0.0, None))[1] in _FLOWN
    if (
        flown
        and (_ENVOYS.search(sentence.text) or _ON_A_MISSION.search(sentence.text))
        and not _craft_leads(sentence)
    ):
        _move(best, "other", "diplomacy", "visit")  # "Foreign Minister Velayati flew to"
    travel = best.get("diplomacy", (0.0, None))[1]
    if travel in _TRAVEL and _PILGRIMS.search(sentence.text):
        # "Iranian pilgrims began to visit Sayyida Zaynab": a pilgrimage, not a state visit
        _move(best, "diplomacy", "other" if mention.place.kind in _TRANSIT_KINDS else "shrine")
    elif travel in _TRAVEL and _CRAFT.search(sentence.text) and not _ENVOYS.search(sentence.text):
        _move(best, "diplomacy", "other", "arrival")  # "the tanker arrived at Baniyas"
    elif travel in _TRAVEL and _TO_FIGHT.search(sentence.text):
        _move(best, "diplomacy", "base", "posted")  # "he went to Syria to organise volunteers"
    elif travel in _TRAVEL and (_WRITER_TRAVELS.search(sentence.text) or _TO_STUDY.search(padded)):
        _move(best, "diplomacy", "other", "arrival")  # a travel blog's "I arrived in Damascus"
    if "shrine" in best and _is_transit(mention.place):
        _move(best, "shrine", "other")  # "pilgrim convoys entered via Bab al-Hawa": traffic
    if travel in ("reopen", "opened") and _is_transit(mention.place):
        _move(best, "diplomacy", "other")  # "Aleppo airport reopened": traffic, not relations
    if prior == "base" and best.get("diplomacy", (0.0, None))[1] in _PACT_WORDS:
        _move(best, "diplomacy", "base")  # "the agreement on the Tartus support point": basing
    hosting = best.get("diplomacy", (0.0, None))[1] == "hosted"
    if hosting and prior in ("base", "shrine") and _only_hosted(triggers):
        # "The base has hosted Iranian drones since 2016": what a site houses says what
        # it is (talks it hosted bring their own words: "talks", "summit").
        hosted = best.pop("diplomacy")
        site_score, site_trigger = best.get(prior, (0.0, None))
        best[prior] = (max(site_score, hosted[0]), site_trigger)
    if prior:
        prior_score, prior_trigger = best.get(prior, (0.0, None))
        # What a site is counts when nothing happened to it: "a bomb killed six near the
        # shrine" is an incident there, however far the verb ("martyred while defending
        # the holy shrine"), unless the sentence also says what the site is for.
        # A site that was hit is not also what it is ("US forces based at al-Omar have
        # come under 160 attacks" is an attack on it).
        unharmed = not struck_directly and (prior_trigger is not None or not struck_in_clause)
        if unharmed and not _state_visit(prior, best, sentence):
            best[prior] = (prior_score + _SITE_PRIOR, prior_trigger)
    if not best:
        return "other", None, 0.0
    category = max(sorted(best), key=lambda c: best[c][0])
    return category, best[category][1], best[category][0]
