"""Headlines: headings that tell what happened, read as sentences of the story.

A news page's title ("Israeli strikes near Masyaf kill at least 18 in central Syria"), a
live blog's entry ("23:41 GMT — Opposition says its fighters are inside Homs") and a
search result's bold title state an event as a sentence does, often one the text below
never states as plainly. A heading that names a topic ("Timeline of Israeli attacks on
Iranian targets in Syria", "Russian bases", "Table 1. Russian Military Sites in Syria")
states none: headings stay out of the event stage unless they read as a headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from extract.boilerplate import sentence_cased
from extract.dates import SentenceDates
from extract.records import DateSpan, Sentence

__all__ = ["headline_dates", "headline_indices", "reads_as_headline"]

# Fewer words than this is a label ("Russian bases", "Strike on T-4"), not a headline;
# a live blog's entries are terser ("13.50 GMT — Iranian embassy stormed").
_MIN_WORDS = 5
_MIN_WORDS_STAMPED = 3
# A headline's verb: a present tense ("kills", "says", "arrives"), a participle
# ("killed", "stormed"), or a bare verb after a plural subject ("Syria and Lebanon sign").
_VERB_SHAPE = re.compile(r"[a-z]+(?:s|ed)")
_BARE_VERBS = frozenset(
    {"hit", "struck", "met", "took", "fled", "sent", "set", "shot", "blow", "sign", "reach",
     "enter", "seize", "strike", "kill", "visit", "open", "arrive", "meet", "fall", "fell",
     "vow", "agree", "reopen", "remain", "foil", "hold", "leave", "left", "pull", "quit"}
)  # fmt: skip
# Plurals a topic's heading is made of ("Foreign military sites in Syria"), not verbs.
_PLURAL_NOUNS = frozenset(
    {"sites", "bases", "forces", "troops", "militias", "fighters", "rebels", "positions",
     "facilities", "talks", "relations", "ties", "guards", "advisers", "advisors",
     "officials", "leaders", "commanders", "residents", "refugees", "civilians", "shrines",
     "pilgrims", "weapons", "missiles", "drones", "rockets", "years", "days", "months",
     "weeks", "operations", "interests", "assets", "sanctions", "elections", "protests",
     "sources", "reports", "news", "updates", "events", "developments", "things", "lessons",
     "options", "stakes", "tensions", "states", "allies", "militants", "jets", "warplanes",
     "ships", "vessels", "routes", "crossings", "borders", "areas", "regions", "provinces",
     "towns", "villages", "cities", "airports", "ports", "camps", "prisons", "groups",
     "units", "members", "soldiers", "people", "casualties", "deaths", "losses", "words",
     "ambitions", "footprints", "networks", "proxies", "partners", "powers", "foreigners",
     "deployments", "agreements", "documents", "contracts", "projects", "investments"}
)  # fmt: skip
# Nouns that are verbs after a name ("Israel strikes ...") and nouns after an adjective
# ("Israeli strikes near Masyaf kill ...").
_NOUN_OR_VERB = frozenset(
    {"strikes", "attacks", "raids", "clashes", "targets", "bombs", "hits", "shells", "calls",
     "plans", "claims", "warns", "moves", "bids", "pledges", "vows", "visits", "talks"}
)  # fmt: skip
_DEMONYM_END = ("i", "ian", "ish", "ese", "an")
# The verbs a Title Case headline is written with ("Syria, Russia Reopen File of Hmeimim
# and Tartus Bases", "Martyr Hojaji Laid to Rest in Hometown of Najafabad").
_NOT_BEFORE_A_VERB = frozenset(
    {"the", "a", "an", "of", "in", "on", "and", "for", "to", "with", "by", "at", "from", "its",
     "their", "his", "her", "new", "more", "after", "before", "amid", "over"}
)  # fmt: skip
_TITLE_VERBS = frozenset(
    {"arrives", "visits", "kills", "killed", "strikes", "hits", "hit", "says", "meets",
     "signs", "signed", "opens", "reopens", "reopen", "warns", "vows", "condemns",
     "launches", "seizes", "seized", "captures", "captured", "takes", "enters", "leaves",
     "withdraws", "deploys", "sends", "targets", "targeted", "bombs", "attacks", "attacked",
     "denies", "receives", "hosts", "begins", "resumes", "returns", "flees", "falls",
     "martyred", "buried", "laid", "stormed", "destroyed", "damaged", "arrested", "meet",
     "sign", "agree", "agrees", "inaugurates", "inaugurated", "wraps", "holds", "held"}
)  # fmt: skip
# How a topic's heading opens: lists, tables, figures, timelines, questions, backgrounds.
_TOPIC = re.compile(
    r"(?:Timeline|Chronology|List|Table|Figure|Fig\.|Map|Chart|Background|Overview|Key"
    r"|Who|What|Why|How|Where|When|Previous|See also|Further reading|Related|Read more)\b"
)
_MARKUP = "#=*_ \t|>"
_PUNCTUATION = ",.;:!'\"‘’“”()"  # around a headline's word
# A live blog's clock or "Posted at" before the entry's words.
_STAMP = re.compile(
    r"(?:posted\s+at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EET|[AP]M))?[^\w]*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\b)?[\s*—–:-]*",
    re.IGNORECASE,
)


# The title of an encyclopedia's article on one event: its year, then what happened
# ("2024 Iranian consulate airstrike in Damascus", "2018 Khmeimim drone attack").
_EVENT_ARTICLE = re.compile(
    r"(?:1[89]|20)\d\d(?:[–-]\d{2,4})?\s+(?:[\w'’-]+\s+){0,5}?(?:raid|airstrikes?|air\s+strikes?"
    r"|strikes?|attacks?|bombings?|massacre|offensive|siege|shelling|explosions?|incursion"
    r"|clashes|capture|fall|visit|summit|protests|uprising|evacuation|agreement|treaty)\b"
)


def reads_as_headline(heading: Sentence) -> bool:
    """Whether a heading states an event as a news headline does."""
    text = heading.text.strip(_MARKUP)
    stamp = _STAMP.match(text)
    words = text[stamp.end() :].strip(_MARKUP) if stamp and stamp.end() else text
    if _EVENT_ARTICLE.match(words):
        return True  # an encyclopedia's article on one event: "2024 Masyaf raid"
    least = _MIN_WORDS_STAMPED if stamp and stamp.end() else _MIN_WORDS
    if len(words.split()) < least or words.endswith((":", "?")):
        return False
    if _TOPIC.match(words) is not None:
        return False
    split = words.split()
    if words.isupper():  # "RUSSIAN CONVOYS PULL OUT OF POSTS IN NORTHEAST SYRIA"
        split = sentence_cased(split)
    return _has_a_verb(split) or (_title_cased(split) and _has_a_title_verb(split))


def _title_cased(words: list[str]) -> bool:
    """ "Raisi Arrives in Damascus for Talks": every long word capitalised."""
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


def _has_a_title_verb(words: list[str]) -> bool:
    """A Title Case headline's verb: names of people end in "-ed" too ("Ahmed"), so only
    the verbs news headlines are written with count."""
    lowered = [w.strip(_PUNCTUATION).lower() for w in words]
    # (a noun when it opens the title or follows a determiner or a preposition: "Attacks
    # on U.S. Forces in Syria", "... the Holy Shrine and the Strikes")
    return any(
        word in _TITLE_VERBS and before not in _NOT_BEFORE_A_VERB
        for before, word in pairwise(lowered)
    )


def _has_a_verb(words: list[str]) -> bool:
    for before, word in zip(["", *words], words, strict=False):
        word = word.strip(_PUNCTUATION)
        if word in _BARE_VERBS or (word.endswith("ed") and _VERB_SHAPE.fullmatch(word)):
            return True
        if not _VERB_SHAPE.fullmatch(word) or word.endswith(("ss", "us", "is")):
            continue
        if word in _NOUN_OR_VERB:
            if before[:1].isupper() and not before.endswith(_DEMONYM_END):
                return True  # "Israel strikes", not "Israeli strikes"
        elif word not in _PLURAL_NOUNS:
            return True
    return False


def headline_dates(
    own: tuple[DateSpan, ...], below: SentenceDates | None, page: DateSpan | None
) -> SentenceDates:
    """A headline's dates: its own, else what the story's first sentence under it tells
    or inherits (the lede's "late on Sunday", the entry's stamp), else the page's day."""
    if own:
        return SentenceDates(own, None)
    if below is not None and below.own:
        return SentenceDates((), below.own[0])
    return SentenceDates((), below.inherited if below and below.inherited else page)


def headline_indices(sentences: Sequence[Sentence]) -> list[int]:
    """The indices of the headings that read as headlines."""
    return [i for i, s in enumerate(sentences) if s.is_heading and reads_as_headline(s)]
