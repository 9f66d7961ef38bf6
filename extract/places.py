"""Find the places a text names: gazetteer names matched as whole words, then judged.

One Aho-Corasick automaton holds every spelling of every gazetteer name (aliases, Arabic
article swaps, transliteration variants, and site phrases such as "Latakia airport" or
"naval base in the port of Tartus" built from a site's anchors and head nouns), plus the
phrases of ``geodata/not_places.csv`` that contain a place but are not one ("Washington
Post", "Islamic State in Syria and Iraq"). It runs over :func:`surface_fold` of the text,
which has the text's length, so a hit's offsets are the text's offsets.

A hit becomes a :class:`PlaceMention` when it is written as a proper noun, is not part
of a longer blocked phrase, is not an attributive ("Abu Dhabi-based") or a title
("President of Syria"), and (for an uncurated GeoNames town) is not part of a person's
name. The longest hit wins; then cues in the words around a mention refine it: "province
of Latakia" is the governorate, "shrines like Sayida Zaynab" the shrine, "the Iranian
embassy" the embassy in the host country the text is about. Mentions never overlap,
except that a group name ("Greater and Lesser Tunbs") yields one mention per member,
all with the group's span.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from extract import lexicon
from extract.capital import capitals
from extract.gazetteer import (
    ARTICLES,
    Gazetteer,
    cache_load,
    cache_store,
    distance_km,
    fold,
    load_gazetteer,
    read_not_places,
    surface_fold,
)
from extract.records import Place, PlaceMention

__all__ = ["PlaceMatcher", "default_matcher", "listed_together"]

_MATCHER_VERSION = "7"
_MAX_CONTEXT_BONUS = 2.5  # a country the text names (+1) and a place beside another (+1.5)
PLACE, BLOCK, EMBASSY = 0, 1, 2
_CONSULAR_NOUNS = ("building", "annex", "section")
_ADJOINS = ("next to", "beside", "adjacent to", "of")

# Words a place phrase may write in lower case ("the port of Tartus", "southern Syria").
FUNCTION_WORDS = (
    frozenset(
        [
            "of",
            "the",
            "and",
            "in",
            "at",
            "near",
            "on",
            "to",
            "for",
            "de",
            "la",
            "le",
            "du",
            "des",
            "da",
            "do",
            "y",
            "bin",
            "ibn",
            "bint",
            "s",
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "upper",
            "lower",
            "northwest",
            "northeast",
            "southwest",
            "southeast",
            "northwestern",
            "northeastern",
            "southwestern",
            "southeastern",
            "port",
            "city",
            "town",
            "province",
            "governorate",
            "region",
            "district",
            "neighborhood",
            "neighbourhood",
            "countryside",
            "suburbs",
            "coast",
            "coastal",
            "island",
            "islands",
            "river",
            "sea",
            "strait",
            "outside",
            "international",
        ]
    )
    | ARTICLES
)
PRE_PREPOSITIONS = ("in", "at", "near", "of")
PRE_FILLERS = ("", "the ", "the port of ", "the city of ", "the town of ")
# Heads too general to stand before "in <town>": "a base in Latakia" is not Khmeimim.
POST_ONLY_HEADS = frozenset({"base", "site", "facility", "plant", "complex", "garrison", "outpost"})
EMBASSY_HEADS = frozenset(
    {"embassy", "consulate", "embassy compound", "consular annex", "consulate general",
     "consulate-general", "consular section", "consular building"}
)  # fmt: skip
SHRINE_HEADS = frozenset({"shrine", "mosque", "mausoleum", "tomb"})
# How the devout name the saint of a shrine: "the shrine of Lady Zeinab", "Hazrat Ruqayya".
SHRINE_HONORIFICS = ("Lady", "Hazrat", "Bibi")

_ATTRIBUTIVE = re.compile(
    r"[-–‐]\s?(?:based|led|backed|born|aligned|allied|sponsored|funded|affiliated|"
    r"headquartered|registered|owned|made|bound)\b",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"\b(?:president|prime minister|king|queen|emir|sultan|shah|ambassador|envoy|consul|"
    r"governor|mayor|minister|leader|crown prince|prince|patriarch|mufti|chief)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A post held in a city: "the Iranian Ambassador in Damascus", "Cultural Counselor in
# Damascus", "AFP's correspondent in Beirut" (not "the ambassador met Assad in Damascus").
_POST_IN = re.compile(
    # (not a chargé d'affaires, whom a ministry summons where he serves)
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:-[Gg]eneral)?"
    r"|[Cc]ounsell?or|[Aa]ttach[eé]|[Cc]orrespondent|[Bb]ureau [Cc]hief)\s+in\s+$"
)
# "the province of Latakia", and each name of a list after a plural: "the provinces of
# Aleppo, Raqqa and Al-Hasakah".
_PROVINCE_BEFORE = re.compile(
    r"\b(?:province|governorate|countryside|desert"
    # (a shared countryside too: "incursions in the countryside of Quneitra and Dar'a")
    r"|(?:provinces|governorates|countrysides?)\s+of\s+(?:the\s+)?"
    # (an item may carry a count: "the provinces of Damascus (4), Latakia (2) and Hama (3)")
    r"(?:[^,.;:()]{1,30}?(?:\s*\(\d{1,4}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,6})\s*"
    r"(?:of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "eastern Homs", "southern Idlib": a compass part of a province. A big city's own parts
# ("eastern Aleppo", besieged in 2016) are named the same way, so not a big city's.
# (and the mention keeps the word: see _with_compass_words)
_COMPASS_BEFORE = re.compile(
    r"\b(?:(?:north|south)-?)?(?:east|west)?(?<=[a-z])ern[ \t]+$", re.IGNORECASE
)
# Arabic articles that are also lowercase English words: "at-Tabqa", but "a base at Tabqa".
_ENGLISH_ARTICLE_LOOKALIKES = frozenset({"at", "as", "an", "us", "en", "et", "un", "ad", "il"})
# A city with parts of its own ("eastern Aleppo"), and that streets far away are named
# after ("Baghdad Street" in Damascus).
_BIG_CITY = 1_000_000
_NAMESAKE_STREET_KINDS = frozenset({"country", "region", "continent"})
_STRAY_POPULATION = 50_000
_VOUCHING_KM = 100.0
_OWNER_REACH = 160  # how far back "its embassy" looks for its state, within its sentence
# "Homs province", and the countryside of a governorate's capital: "the Idlib countryside",
# "rural Idlib" (the governorate, not the city).
# "the Deir ez-Zor desert" too: the desert of a province, not its capital.
_ANY_ONE = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach|[Aa]nother|[Nn]o)\s+$")
_SPELLING_GLOSS = re.compile(
    r"\s\((?:(?:also|or)\s+(?:spelled\s+|spelt\s+|written\s+|known\s+as\s+)?)?"
    r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\)"
)
# (state media's "Hama northern countryside", a truce's "Idlib de-escalation zone")
_PROVINCE_AFTER = re.compile(
    r"\s+(?:(?:(?:north|south)?-?(?:east|west)?(?<=[a-z])ern)\s+)?"
    r"(?:province|governorate|countryside|desert|de-?escalation\s+(?:zone|area))\b",
    re.IGNORECASE,
)
# (a cheap test first: this runs for every name the matcher resolves)
_PROVINCE_AFTER_STARTS = (
    " province", " governorate", " countryside", " desert", " de-escalation", " deescalation",
    " north", " south", " east", " west",
)  # fmt: skip
# The first of two names that share one such noun: "the Latakia and Tartus countryside".
# A capitalised name right before a capitalised site head: "Harir Air Base", "Hama AB".
_OTHER_NAMED_SITE = re.compile(r"\b(?!(?:The|A|An|At|In|On|Near|From|To|Of)\b)[A-Z][\w'’-]+\s+$")
_SHARED_PROVINCE_AFTER = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s*,?\s+and\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
    r"(?:provinces|governorates|countrysides|province|governorate|countryside)\b"
)
# One head noun shared by a list of towns: "the airports of Damascus and Aleppo", "the
# ports of Latakia and Tartus" name each town's airport or port.
_SHARED_HEAD = re.compile(
    r"\b(airports|ports|air\s?bases|airfields|naval\s+bases)\s+(?:of|at|in)\s+(?:the\s+)?"
    r"(?:[A-Z][^,.;:()]{0,30}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,4}$",
    re.IGNORECASE,
)
_SINGULAR_HEADS = {
    "airports": "airport", "ports": "port", "airbases": "airbase", "airfields": "airfield",
    "navalbases": "navalbase", "prisons": "prison",
}  # fmt: skip
# Words of a navy around a port town with a naval base.
_NAVAL_CUE = re.compile(
    r"\b(?:warships?|frigates?|corvettes?|submarines?|destroyers?|flotilla|fleet|roadstead"
    r"|Navy|navy|naval\s+(?:group|presence|vessels|ships|task\s+force))\b"
)
# Words of detention around a town known for its prison.
_DETENTION_CUE = re.compile(
    r"\b(?:detain\w*|detention|detainees?|prisoners?|inmates?|transferred|imprisoned|jailed"
    r"|executions?|executed|hanged|tortur\w*|ended\s+up\s+(?:at|in)|broke\s+into|cells?)\b",
    re.IGNORECASE,
)
_SHRINE_CUE = re.compile(
    r"\b(?:shrines?|mausoleums?|tombs?|mosques?|pilgrimages?|pilgrims?|prayed|prayers?"
    r"|worshippers|gates\s+of)\b[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
_SHRINE_PREFIX = re.compile(r"\b(?:shrines?|tombs?|mausoleums?)\s+of\s+$", re.IGNORECASE)
_AND = re.compile(r"^\s*(?:,\s*)?and\s+(?:the\s+)?$")
# One plural head noun after a list of names: "Damascus and Aleppo airports", "Damascus
# and Aleppo International airports", "the Mezzeh, Shayrat and Tiyas (T4) airbases".
_PLURAL_HEADS = sorted(lexicon.PLURAL_SITE_HEADS, key=len, reverse=True)
_PLURAL_HEAD = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:(?i:international|military|civil|civilian)\s+)?("
    + "|".join(h.replace(" ", r"\s+") for h in _PLURAL_HEADS)
    + r")\b"
)
# A cheap test first: most sentences have no plural head at all.
_PLURAL_HEAD_SEARCH = re.compile(
    "(?:" + "|".join(sorted({h.split()[-1] for h in _PLURAL_HEADS})) + r")\b", re.IGNORECASE
)
_PROVINCE_KINDS = frozenset({"region"})
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_TOKEN = re.compile(r"[^\W_]+")
# A word of a name, with the apostrophes a transliteration writes inside it ("A'zaz").
_NAME_WORD = re.compile(r"[^\W_]+(?:['’‘ʼʿʾ`][^\W_]+)*")
_SITE_AFTER = re.compile(
    r"\b((?:(?:[A-Z][\w'’-]*|al|el|ibn|bin)\s+){0,3}[A-Z][\w'’-]*)\s+"
    r"(air ?base|air ?field|air base|military airport|naval base|naval facility|shrine|"
    r"[Mm]osque|[Aa]irport|Air Base|Airbase|Airfield|Naval Base|Shrine|Military Airport)\b"
)
_SITE_BEFORE = re.compile(
    r"\b(?:[Ss]hrine|[Tt]omb|[Mm]ausoleum|Mosque) of\s+"
    r"((?:(?:[A-Z][\w'’-]*|al|el|ibn|bin)\s*){1,5})"
)
# A square, street or road named after a place is not that place.
_STREET_AFTER = re.compile(
    r" (?:Square|Street|St\.|Road|Avenue|Boulevard|Highway|Bridge|Gate|Roundabout)\b"
)
_CAP_BEFORE = re.compile(r"([A-Z][\w'’]*)[ -]+(?:al[ -]|el[ -])?$")
_CAP_AFTER = re.compile(r"[ -]+([A-Z][\w'’]*)")
# An Arabic construct ("Bab al-Saghir", "Ras al-Ain"): a name followed by article + name.

# A ship's noun or prefix right before a name: the name is the ship's ("the supply ship
# Kharg", "the destroyer Shahid Qandi", "RFS Novorossiysk").
_SHIP_BEFORE = re.compile(
    r"(?:\b(?i:ship|vessel|tanker|frigate|destroyer|corvette|submarine|cruiser|warship"
    r"|freighter|trawler|ferry|yacht|carrier)|\b(?:MV|MT|RFS|INS|USS|HMS|IRIS|SS))\s+$"
)

_CONSTRUCT_AFTER = re.compile(r" (?:" + "|".join(sorted(ARTICLES)) + r")-[A-Z]", re.IGNORECASE)
_ARTICLE_START = re.compile(r"(?:" + "|".join(sorted(ARTICLES)) + r")[ -]", re.IGNORECASE)
# Capitalised words that start sentences or phrases rather than names.
_SENTENCE_WORDS = FUNCTION_WORDS | frozenset(
    [
        "from",
        "by",
        "with",
        "as",
        "after",
        "before",
        "during",
        "since",
        "via",
        "into",
        "across",
        "through",
        "over",
        "under",
        "between",
        "a",
        "an",
        "or",
        "but",
        "while",
        "when",
        "where",
        "then",
        "also",
        "both",
        "either",
        "however",
        "meanwhile",
        # a settlement's kind before its name: "near Kibbutz Harduf"
        "kibbutz",
        "moshav",
    ]
)
_DIRECTIONS = {
    "north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western",
    "northwest": "Northwestern", "northeast": "Northeastern",
    "southwest": "Southwestern", "southeast": "Southeastern",
}  # fmt: skip
# "the northwest" on its own: not "the northwest of Aleppo", not "the North Atlantic".
_BARE_DIRECTION = re.compile(
    # (not a part of "the north-east of Damascus" or "the south-western countryside")
    r"\bthe\s+((?:north|south)[-]?(?:east|west)|north|south|east|west)\b(?![-\w])"
    r"(?!\s+(?:of\b|[A-Z]))"
)
# Searched in casefolded text: a case-insensitive regex is five times slower, and it runs
# on every sentence.
_SITE_WORDS = (
    *("air base", "airbase", "air field", "airfield", "airport", "naval", "shrine"),
    *("mosque", "tomb", "mausoleum"),
)  # none inside another, so their occurrences start in the order they end
_SITE_WORD = re.compile("|".join(_SITE_WORDS))


def _site_word_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for word in _SITE_WORDS:
        automaton.add_word(word)
    automaton.make_automaton()
    return automaton


# A whole document in one linear pass: the regex tries its alternatives at every "a",
# "n", "s", "m" or "t", which is most of the text.
_SITE_WORD_AUTOMATON = _site_word_automaton()
_NOT_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "our",
        "russian",
        "iranian",
        "syrian",
    ]
)


@dataclass(frozen=True, slots=True)
class _Key:
    """What an automaton entry means: the canonical keys it stands for, and how to judge it."""

    keys: tuple[str, ...]
    what: int = PLACE
    exact_case: bool = False
    owner: str = ""
    head: str = ""  # an embassy entry's noun: "embassy" or "consulate"


class _Hit(NamedTuple):
    """One automaton hit in text coordinates (a tuple: tens of thousands per megabyte)."""

    start: int
    end: int
    key: _Key


class _Context:
    """What a text is about: the countries it names, and where its other places lie.

    Both are worked out on first use: most mentions are unambiguous and never ask.
    """

    def __init__(self, gazetteer: Gazetteer, hits: list[_Hit] | Callable[[], list[_Hit]]) -> None:
        self._gazetteer, self._hits = gazetteer, hits
        self._countries: Counter[str] | None = None
        self._located: dict[str, Place] = {}
        self._cells: frozenset[tuple[int, int]] | None = None
        self._countries_named: Counter[str] = Counter()  # named as countries ("Syria")
        self._named_by_country: dict[str, set[str]] | None = None

    @property
    def countries(self) -> Counter[str]:
        if self._countries is None:
            self._countries = Counter()
            if callable(self._hits):
                self._hits = self._hits()  # a whole document, matched only if someone asks
            for hit in self._hits:
                if hit.key.what != PLACE or len(hit.key.keys) != 1:
                    continue
                found = self._gazetteer.candidates_for_key(hit.key.keys[0])
                if found and _decisive(self._gazetteer, found):
                    # only what the text names without doubt says what the text is about
                    self._countries[found[0].country] += 1
                    if found[0].kind != "country":
                        self._located[found[0].id] = found[0]
                    else:
                        self._countries_named[found[0].country] += 1
        return self._countries

    def names(self, place: Place) -> bool:
        """Does the text name this place without doubt?"""
        _ = self.countries
        return place.id in self._located

    def vouches_for(self, place: Place) -> bool:
        """Does the text name the place's country, or another place in it?"""
        _ = self.countries
        if self._named_by_country is None:
            named: dict[str, set[str]] = {}
            for p in self._located.values():
                named.setdefault(p.country, set()).add(p.id)
            self._named_by_country = named
        if self._countries_named[place.country] > 0:
            return True
        # another place of that country, near it: a Zaytā in the West Bank is no namesake of
        # the Syrian village when the text's Palestinian places are Gaza's
        others = self._named_by_country.get(place.country, set()) - {place.id}
        return any(distance_km(place, self._located[other]) < _VOUCHING_KM for other in others)

    def cells(self) -> frozenset[tuple[int, int]]:
        if self._cells is None:
            _ = self.countries
            self._cells = frozenset(c for p in self._located.values() for c in _cells_around(p))
        return self._cells


# --------------------------------------------------------------------------- spellings


_DIPHTHONG = re.compile(r"(?:ai|ay|ei|ey)(?![aeiouy])")


def _translit_options(token: str) -> list[str]:
    """A token and its common transliteration variants, each rule applied on top of the
    others (Sayyidah -> Sayidah -> Sayida): yy/y, -ah/-a, ou/u, then ai/ay/ei/ey."""
    options = [token]
    rules = (
        lambda t: t.replace("yy", "y") if "yy" in t else None,
        lambda t: t[:-1] if t.endswith("ah") and len(t) > 4 else None,
        lambda t: t + "h" if t.endswith("a") and len(t) > 3 else None,
        lambda t: t.replace("ou", "u") if "ou" in t else None,
        lambda t: _DOUBLED.sub(r"\1", t) if _DOUBLED.search(t) else None,  # Raqqa/Raqa
    )
    for rule in rules:
        options += [v for v in map(rule, options) if v and v not in options]
    pair = _DIPHTHONG.search(token)
    if pair:
        swapped = [
            o.replace(pair.group(0), alt, 1) for o in options for alt in ("ay", "ai", "ei", "ey")
        ]
        options += [v for v in swapped if v not in options]
    return options[:12]


# Arabic articles come before names, never before these: "US Embassy" is not "us-"
# plus "Embassy" (which left out the article would make "embassy in Damascus" the US's).
_NOT_AFTER_ARTICLE = frozenset(
    word for head in (*POST_ONLY_HEADS, *EMBASSY_HEADS, *SHRINE_HEADS) for word in head.split()
) | {"airport", "airbase", "airfield", "air", "naval", "military", "port", "square", "camp"}


_DOUBLED = re.compile(r"([b-df-hj-np-tv-xz])\1")
# "Tell" (a mound) opens many Syrian place names and is written four ways.
_TELL = ("tal", "tall", "tel", "tell")
_HAS_TELL = re.compile(r"(?:^| )(?:tal|tall|tel|tell) ")


def _token_options(token: str, rich: bool, next_token: str | None) -> list[str]:
    """Spellings of one folded token; "" means the token may be left out."""
    if token in _TELL and next_token:
        return [token, *(t for t in _TELL if t != token)]
    if token in _ABBREVIATED:
        return [token, _ABBREVIATED[token]]  # a NOTAM's "DAMASCUS INTL AIRPORT"
    if token in ARTICLES and next_token and next_token not in _NOT_AFTER_ARTICLE:
        sun = re.match(r"(?:th|dh|sh|[tdrzsn])", next_token)
        extra = [f"a{sun.group(0)}", f"e{sun.group(0)}"] if sun else []
        return list(dict.fromkeys([token, "al", "el", "", *extra]))
    if rich and len(token) > 2 and token not in FUNCTION_WORDS:
        return _translit_options(token)
    return [token]


# Words that notices and tables abbreviate.
_ABBREVIATED = {"international": "intl"}
_NEEDS_VARIANTS = re.compile(r"(?:^| )(?:" + "|".join(sorted(ARTICLES)) + r") ")


def spellings(name: str, rich: bool = False, limit: int = 48) -> set[str]:
    """Folded forms of ``name`` a text may contain (single-spaced where the name is)."""
    folded = surface_fold(name).strip()
    if (
        not rich
        and not _NEEDS_VARIANTS.search(folded)
        and not _HAS_TELL.search(folded)
        and not re.search("['’‘ʼʿʾ`]", name)
    ):
        return {folded} if folded else set()  # the common case: one spelling
    out: set[str] = set()
    bases = {name} | ({re.sub("['’‘ʼʿʾ`]", "", name)} if re.search("['’‘ʼʿʾ`]", name) else set())
    for base in bases:
        parts = re.split(r"( +)", surface_fold(base).strip())
        tokens, seps = parts[::2], parts[1::2]
        nexts = [*tokens[1:], None]
        choices = [_token_options(t, rich, n) for t, n in zip(tokens, nexts, strict=True)]
        # The spellings closest to the name first: fewest and earliest departures.
        combos = itertools.islice(itertools.product(*(range(len(c)) for c in choices)), 4096)
        for picks in sorted(combos, key=sum)[:limit]:
            combo = [choices[i][k] for i, k in enumerate(picks)]
            words = []
            for i, word in enumerate(combo):
                if word:
                    words.append(word + (seps[i] if i < len(seps) else ""))
            text = "".join(words).strip()
            if text:
                out.add(text)
    return out


_MILITARY_HEADS = frozenset({"air base", "airbase", "airfield", "base", "naval base"})


def _site_phrases(gazetteer: Gazetteer, place: Place) -> Iterator[tuple[str, str]]:
    """(phrase, owner) pairs: "<anchor> <head>", "<head> in the port of <anchor>", and for an
    embassy "<Iranian> embassy in <anchor>" (owner "" unless the phrase needs the host)."""
    info = gazetteer.sites.get(place.id)
    if not info:
        return
    for anchor, head in itertools.product(info.anchors, info.heads):
        if head in EMBASSY_HEADS:
            yield from _embassy_phrases(gazetteer, info.owner, anchor, head)
            continue
        yield f"{anchor} {head}", ""
        yield f"{anchor}'s {head}", ""  # "Aleppo's airport was closed"
        if head in _MILITARY_HEADS:
            yield f"{anchor} military {head}", ""  # "the Kuweires military air base"
        if head in POST_ONLY_HEADS:
            continue
        forms = (head, f"{head}s") if head in SHRINE_HEADS else (head,)
        if head in _MILITARY_HEADS:
            forms = (head, f"military {head}")  # "the military airfield at Palmyra"
        for form, prep, filler in itertools.product(forms, PRE_PREPOSITIONS, PRE_FILLERS):
            yield f"{form} {prep} {filler}{anchor}", ""
        if head in SHRINE_HEADS:
            for honorific in SHRINE_HONORIFICS:  # "the holy shrine of Lady Zeinab"
                yield f"{head} of {honorific} {anchor}", ""
                yield f"{honorific} {anchor} {head}", ""


def _owner_words(gazetteer: Gazetteer, owner: str) -> tuple[list[str], list[str]]:
    demonyms = [d for d, iso in gazetteer.demonyms.items() if iso == owner]
    # the country's name and its official ones: "the Islamic Republic of Iran's embassy"
    names = [
        name
        for p in gazetteer.places()
        if p.kind == "country" and p.country == owner
        for name in (p.name, *(a for a in p.aliases if len(a.split()) > 1))
    ]
    return demonyms, names


def _embassy_phrases(
    gazetteer: Gazetteer, owner: str, anchor: str, head: str
) -> Iterator[tuple[str, str]]:
    demonyms, names = _owner_words(gazetteer, owner)
    for word in (*demonyms, *(f"{n}'s" for n in names), *names):
        for prep in ("in", "at"):
            yield f"{word} {head} {prep} {anchor}", ""
    for name in names:
        yield f"{head} of {name} in {anchor}", ""
        if len(name.split()) > 1:  # "the Embassy of the Islamic Republic of Iran in Damascus"
            yield f"{head} of the {name} in {anchor}", ""


_REGION_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|district|countryside)\b")


# --------------------------------------------------------------------------- the matcher


_ARTICLE_PREFIX = re.compile(r"^(?:[Aa][lrsdtzn]|[Aa]sh|[Ee]l)[- ]")


def _nearest(names: Sequence[str], text: str, start: int, end: int) -> int:
    """How far from ``start:end`` the nearest of ``names`` is written (within
    ``_NEAR_CHARS``; beyond that, ``_NEAR_CHARS``)."""
    lo, hi = max(0, start - _NEAR_CHARS), end + _NEAR_CHARS
    best = _NEAR_CHARS
    for name in names:
        before = text.rfind(name, lo, start)
        if before >= 0:
            best = min(best, start - before - len(name))
        after = text.find(name, end, hi)
        if after >= 0:
            best = min(best, after - end)
    return best


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals stands beside another, space apart ("MOSUL DAM")."""
    return bool(
        _CAPITALS_BEFORE.search(text, max(0, start - 12), start) or _CAPITALS_AFTER.match(text, end)
    )


_CODE_LETTERS = 3  # an airfield's code: "DAM", "OSDI"
_NEAR_CHARS = 120  # the words around an embassy's mention that may name its city
_ACRONYM_LETTERS = 4  # "AMA", "NATO": an acronym more often than a town in capitals
# (one space: a table's columns stand further apart, "OSLK   HLLB Benina")
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{3,} $")
_CAPITALS_AFTER = re.compile(r" [A-Z]{3,}\b")


def _is_proper(slice_: str, generic: frozenset[str]) -> bool:
    """Every word that is not a generic word is capitalised, and one such word exists."""
    named = False
    for token in _NAME_WORD.findall(slice_):
        token = token.lstrip("ʿʾʻʼ")
        if not token or surface_fold(token) in generic:
            continue
        if not (token[0].isupper() or token[0].isdigit()):
            return False
        named = True
    return named


class PlaceMatcher:
    """Finds gazetteer places in text; build it once (``default_matcher()``) and reuse it."""

    def __init__(self, gazetteer: Gazetteer, not_places: Iterable[str] = ()) -> None:
        self.gazetteer = gazetteer
        self._anchor_sites = self._index_anchors()
        self._generic = self._generic_words()
        self._bare_stops = self._stop_words_behind_articles()
        cache_name = f"matcher-{_MATCHER_VERSION}-{gazetteer.fingerprint}.pickle"
        cached = cache_load(cache_name) if gazetteer.fingerprint else None
        if isinstance(cached, tuple) and len(cached) == 2:
            self._automaton, self._keys = cached
        else:
            self._automaton, self._keys = self._build(tuple(not_places))
            if gazetteer.fingerprint:
                cache_store(cache_name, (self._automaton, self._keys))
        self._context: tuple[str, _Context] | None = None
        self._proper: dict[str, bool] = {}
        self._settled: dict[int, Place | None] = {}
        self._last: tuple[str, int, list[_Hit]] | None = None
        self._document: tuple[str, list[int], list[tuple[int, int, Place]]] | None = None
        # The last text _hits() folded, and the site words of the document being matched
        # (see _may_name_sites): the starts and the ends of the matches.
        self._folded: tuple[str, str] | None = None
        self._site_words: tuple[str, tuple[list[int], list[int]]] | None = None
        self._country_names = {
            p.country: p.name
            for p in map(gazetteer.get, gazetteer.curated)
            if p is not None and p.kind == "country"
        }

    # -- building

    def _stop_words_behind_articles(self) -> frozenset[str]:
        """Stop words that a curated name is, but for its article ("Bab" of "Al-Bab")."""
        stop, found = self.gazetteer.stop, set()
        for place in map(self.gazetteer.get, self.gazetteer.curated):
            for name in (place.name, *place.aliases) if place is not None else ():
                core = _ARTICLE_PREFIX.sub("", name)
                if core != name and core in stop:
                    found.add(core)
        return frozenset(found)

    def _entries(self, blocked: tuple[str, ...]) -> dict[str, _Key]:
        gaz = self.gazetteer
        found: dict[str, dict[str, None]] = {}
        exact: set[str] = set()
        for place in gaz.places():
            rich = gaz.is_curated(place) and place.kind != "country"
            canon = fold(place.name)
            for name in (place.name, *place.aliases):
                for form in spellings(name, rich=rich, limit=48 if rich else 8):
                    found.setdefault(form, {})[canon] = None
                    if sum(c.isalpha() for c in name) <= 4 and name.replace(".", "").isupper():
                        exact.add(form)
            for phrase, _ in _site_phrases(gaz, place):
                for form in spellings(phrase, limit=8):
                    found.setdefault(form, {})[canon] = None  # a phrase names its site
        entries = {
            form: _Key(tuple(keys), exact_case=form in exact and len(keys) == 1)
            for form, keys in found.items()
        }
        entries.update(self._embassy_entries())
        for phrase in blocked:
            for form in spellings(phrase, limit=8):
                entries[form] = _Key((fold(phrase),), what=BLOCK)
        return entries

    def _embassy_entries(self) -> dict[str, _Key]:
        owners = {info.owner for info in self.gazetteer.sites.values() if info.owner}
        out: dict[str, _Key] = {}
        for owner in owners:
            demonyms, names = _owner_words(self.gazetteer, owner)
            # (and the capital for the state: "Tehran's embassy on the Mezzeh motorway")
            capital = capitals().get(owner)
            words = [*demonyms, *(f"{n}'s" for n in (*names, *([capital] if capital else [])))]
            for word, head in itertools.product(
                words, ("embassy", "consulate", "embassy compound")
            ):
                for form in spellings(f"{word} {head}", limit=4):
                    out[form] = _Key((), what=EMBASSY, owner=owner, head=head)
            for name, head in itertools.product(names, ("embassy", "consulate")):
                for form in spellings(f"{head} of {name}", limit=4):
                    out[form] = _Key((), what=EMBASSY, owner=owner, head=head)
            # (a pronoun's mission: "Iran said its embassy in Damascus": whose, the words
            # before it tell; see _pronoun_owner)
            for head in ("embassy", "consulate", "embassy compound"):
                out[f"its {head}"] = _Key((), what=EMBASSY, head=head)
            # its consulate told by the embassy it adjoins: "the consular building next to
            # the Iranian embassy"
            for word, noun, link in itertools.product(demonyms, _CONSULAR_NOUNS, _ADJOINS):
                for form in spellings(f"consular {noun} {link} the {word} embassy", limit=4):
                    out[form] = _Key((), what=EMBASSY, owner=owner, head="consulate")
        return out

    def _build(self, blocked: tuple[str, ...]) -> tuple[ahocorasick.Automaton, list[_Key]]:
        """The automaton stores ints (cheap to pickle): key index << 8 | form length."""
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        keys: dict[_Key, int] = {}
        for form, key in self._entries(blocked).items():
            if len(form) < 256:
                automaton.add_word(f" {form} ", keys.setdefault(key, len(keys)) << 8 | len(form))
        automaton.make_automaton()
        return automaton, list(keys)

    def _generic_words(self) -> frozenset[str]:
        """Words a place phrase may write in lower case: function words, the head nouns of
        sites ("airport", "naval base") and any word a curated name writes in lower case
        ("pipeline", "port of Tartus")."""
        # (and a country's ground as the region's texts name it: "Syrian territory")
        words = set(FUNCTION_WORDS) | {"embassy", "consulate", "territory", "soil", "consular"}
        words.update(w for link in _ADJOINS for w in link.split())  # "consular building beside"
        for info in self.gazetteer.sites.values():
            for head in info.heads:
                words.update(surface_fold(head).split())
        for place in map(self.gazetteer.get, self.gazetteer.curated):
            if place is None or place.kind == "country":
                continue
            for name in (place.name, *place.aliases):
                words.update(
                    surface_fold(t) for t in _TOKEN.findall(name) if t.isalpha() and t.islower()
                )
        return frozenset(words)

    def _index_anchors(self) -> dict[str, list[Place]]:
        """Canonical anchor name -> the sites named after it (for cue words)."""
        index: dict[str, list[Place]] = {}
        for pid, info in self.gazetteer.sites.items():
            place = self.gazetteer.get(pid)
            if place is None:
                continue
            for anchor in info.anchors:
                index.setdefault(fold(anchor), []).append(place)
        return index

    # -- raw hits

    def _hits(self, text: str) -> list[_Hit]:
        """Every whole-word automaton hit, judged on its own (case, attributive, title)."""
        back: list[int] | None = None
        if "  " in text and _SPACE_RUN.search(text):
            # justified or column-aligned text ("Damascus  International Airport"): the
            # automaton reads the words one space apart; ``back`` maps its offsets home
            short, back = _squeezed(text)
            folded = f" {surface_fold(short)} "
            self._folded = None
        else:
            folded = f" {surface_fold(text)} "
            self._folded = (text, folded)
        hits: list[_Hit] = []
        keys, proper, size = self._keys, self._proper, len(text)
        for last, value in self._automaton.iter(folded):
            key = keys[value >> 8]
            # ``last`` is the trailing space of " form " in ``folded``, i.e. the index just
            # past the form in ``text`` (``folded`` has one extra leading space).
            end = last - 1
            start = end - (value & 0xFF)
            if back is not None:
                start, end = back[start], back[end - 1] + 1
            # ("its embassy" is lower case by nature: whose it is, _resolve settles)
            if key.what != BLOCK and (key.what != EMBASSY or key.owner):
                written = text[start:end]
                ok = proper.get(written)
                if ok is None:
                    # a stop word is no name, though a curated name with its article
                    # folds to it: "Bab Mosalla" is no al-Bab
                    ok = proper[written] = (
                        _is_proper(written, self._generic) and written not in self._bare_stops
                    )
                if key.exact_case and len(written) >= _CODE_LETTERS:
                    # a code in capitals is a name whatever word it spells ("DAM", "ALP"),
                    # but not a word of a line in capitals ("SUBJECT: MOSUL DAM SAFETY")
                    ok = (
                        written.isupper()
                        and written not in self._bare_stops
                        and not _in_capitals(text, start, end)
                    )
                elif key.exact_case:
                    ok = ok and written.replace(".", "").isupper()  # "US", "U.K."
                elif len(written) <= _ACRONYM_LETTERS and written.isupper():
                    ok = ok and not self._acronym(key)  # "AMA" over a thread is no town
                if not ok:
                    continue
                if written[2:3] == " " and written[:2] in _ENGLISH_ARTICLE_LOOKALIKES:
                    continue  # "at Tabqa" is English "at" (the shorter "Tabqa" hit stays)
                if end < size and text[end] in "-–‐" and _ATTRIBUTIVE.match(text, end):
                    continue
                if "of " in text[start - 8 if start > 8 else 0 : start].lower() and _TITLE.search(
                    text, max(0, start - 40), start
                ):
                    continue
                if "in " in text[start - 4 if start > 4 else 0 : start] and _POST_IN.search(
                    text, max(0, start - 40), start
                ):
                    continue  # "Iranian Ambassador in Damascus Mohammad Reza Sheibani": a post
            hits.append(_Hit(start, end, key))
        return _longest(hits)

    def _acronym(self, key: _Key) -> bool:
        """A short name in capitals that only a foreign GeoNames town bears: an acronym
        ("AMA", "AFP"), not Hama or Iraq written in capitals."""
        return not self._well_known(key)

    def _well_known(self, key: _Key) -> bool:
        """A name of a curated place, a country, a town of the region or a big city."""
        return any(
            p.id in self.gazetteer.curated
            or p.kind == "country"
            or p.country in _REGION
            or p.population >= _BIG_CITY
            for p in self._ranked(key.keys)
        )

    def names_in_any_case(self, text: str) -> list[tuple[int, int]]:
        """The words of well-known place names in ``text``, whatever their case: in
        "deployed its jets to khmeimim air base" the span of "khmeimim". Not the generic
        words of a name ("air base", "the port of"), nor a name that is also an English
        word ("may", "split"). See :mod:`extract.truecase`."""
        spans: list[tuple[int, int]] = []
        stop, generic = self.gazetteer.stop, self._generic
        for last, value in self._automaton.iter(f" {surface_fold(text)} "):
            key = self._keys[value >> 8]
            end = last - 1
            start = end - (value & 0xFF)
            if key.what != PLACE or fold(text[start:end]) in stop or not self._well_known(key):
                continue
            for word in _TOKEN.finditer(text, start, end):
                token = word.group()
                if surface_fold(token) not in generic and token not in FUNCTION_WORDS:
                    spans.append(word.span())
        return spans

    # -- resolution

    def _rough_hits(self, text: str) -> list[_Hit]:
        """Capitalised place hits of a whole document, unjudged: enough to say which
        countries it is about, at a fraction of the cost of :meth:`_hits`."""
        keys = self._keys
        hits = []
        for last, value in self._automaton.iter(f" {surface_fold(text)} "):
            key = keys[value >> 8]
            start = last - 1 - (value & 0xFF)
            if key.what == PLACE and text[start].isupper():
                hits.append(_Hit(start, last - 1, key))
        return hits

    def _context_for(self, source: str | list[_Hit]) -> _Context:
        """Countries a text names (with counts) and, lazily, where its other places are."""
        if isinstance(source, str):
            if self._context is not None and self._context[0] is source:
                return self._context[1]
            context = _Context(self.gazetteer, lambda: self._rough_hits(source))
            self._context = (source, context)
            return context
        return _Context(self.gazetteer, source)

    def _choose(self, keys: tuple[str, ...], context: _Context) -> Place | None:
        ranked = self._ranked(keys)
        if not ranked or _decisive(self.gazetteer, ranked):
            return ranked[0] if ranked else None  # no context could change the answer
        prior = self.gazetteer.score
        countries, near = context.countries, context.cells()

        def score(place: Place) -> float:
            value = prior(place) + (1.0 if countries[place.country] else 0.0)
            if _cell(place) in near:
                value += 1.5  # beside another place the text names ("Damascus ... Martyrs' Square")
            return value

        return max(ranked, key=score)

    def _ranked(self, keys: tuple[str, ...]) -> list[Place]:
        if len(keys) == 1:
            return self.gazetteer.candidates_for_key(keys[0])
        merged = {p.id: p for key in keys for p in self.gazetteer.candidates_for_key(key)}
        return sorted(merged.values(), key=self.gazetteer.score, reverse=True)

    def _settle(self, key: _Key) -> None:
        """Remember, across calls, the place a key means whatever the context."""
        ranked = self._ranked(key.keys)
        if not ranked or _decisive(self.gazetteer, ranked):
            self._settled[id(key)] = ranked[0] if ranked else None

    def _embassy(
        self, owner: str, context: _Context, head: str = "", at: tuple[str, int, int] = ("", 0, 0)
    ) -> Place | None:
        """The owner's curated embassy (or consulate, as ``head`` says) in the country the
        text talks about most: of its missions there, one known by that noun, in a city the
        words nearest it (``at``: the text and the mention's span) name, else one the text
        names ("the Iranian consulate" of a story on Aleppo is Aleppo's; "the consular
        building next to the Iranian embassy in Mezzeh, Damascus" is Damascus's in a text
        that also names Aleppo)."""
        best: tuple[tuple[int, bool, int, bool], Place] | None = None
        for pid, info in self.gazetteer.sites.items():
            place = self.gazetteer.get(pid)
            if info.owner != owner or place is None or not EMBASSY_HEADS & set(info.heads):
                continue
            weight = context.countries[place.country] if place.country != owner else 0
            if not weight:
                continue
            rank = (
                weight,
                head in info.heads,
                -_nearest(info.anchors, *at),
                self._anchor_named(info.anchors, context),
            )
            if best is None or rank > best[0]:
                best = (rank, place)
        return best[1] if best else None

    def _pronoun_owner(self, text: str, start: int) -> str:
        """Whose "its embassy" is: the state named last before it in its sentence ("Iran's
        foreign ministry says its consulate", "Tehran is ready to reopen its embassy")."""
        lo = max(0, start - _OWNER_REACH)
        stop = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
        owner = ""
        for word in self._owner_words.finditer(text, max(lo, stop + 1), start):
            owner = self._owner_of[word.group().lower()]
        return owner

    @functools.cached_property
    def _owner_of(self) -> dict[str, str]:
        """The words that name a state with missions here (its name, adjective, capital)."""
        out: dict[str, str] = {}
        for owner in {info.owner for info in self.gazetteer.sites.values() if info.owner}:
            demonyms, names = _owner_words(self.gazetteer, owner)
            capital = capitals().get(owner)
            for word in (*demonyms, *names, *([capital] if capital else [])):
                out[word.lower()] = owner
        return out

    @functools.cached_property
    def _owner_words(self) -> re.Pattern[str]:
        words = sorted(self._owner_of, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)

    def _anchor_named(self, anchors: tuple[str, ...], context: _Context) -> bool:
        """Whether the text names one of a site's towns."""
        for anchor in anchors:
            town = self.gazetteer.best(anchor)
            if town is not None and context.names(town):
                return True
        return False

    def _refine(self, text: str, hit: _Hit, place: Place) -> Place:
        """Cue words around a mention: a province, a shrine."""
        start, end = hit.start, hit.end
        window = text[start - 90 if start > 90 else 0 : start].lower()
        province_before = "province of" in window or "provinces of" in window
        # "Sweida (also spelled Suwayda) province": the province noun past a spelling gloss
        gloss = _SPELLING_GLOSS.match(text, end) if text.startswith(" (", end) else None
        after = gloss.end() if gloss else end
        if (
            (
                (
                    province_before
                    or "governorate" in window
                    or "countryside of" in window
                    or "desert of" in window
                )
                and _PROVINCE_BEFORE.search(text, max(0, start - 90), start)
            )
            or (
                text.startswith(_PROVINCE_AFTER_STARTS, after)
                and _PROVINCE_AFTER.match(text, after)
            )
            or (" and " in text[end : end + 60] and _SHARED_PROVINCE_AFTER.match(text, end))
            or text[max(0, start - 6) : start].lower() == "rural "
            or (
                "ern " in text[max(0, start - 5) : start]
                and place.population < _BIG_CITY
                and _COMPASS_BEFORE.search(text, max(0, start - 16), start)
            )
        ):
            governorate = self._governorate(text[start:end], place)
            if governorate is not None:
                return governorate
        sites = self._anchor_sites.get(hit.key.keys[0]) if place.kind != "shrine" else None
        if sites and _SHRINE_CUE.search(text, max(0, start - 60), start):
            for site in sites:
                if site.kind == "shrine":
                    return site
        if sites and _DETENTION_CUE.search(text, max(0, start - 60), min(len(text), end + 40)):
            # "others ended up at Saydnaya", "transferred to Saydnaya": its prison
            prison = self._site_with_head(sites, "prisons")
            if prison is not None:
                return prison
        if sites and _NAVAL_CUE.search(text, max(0, start - 60), min(len(text), end + 60)):
            # "Russian warships had left the Tartus roadstead": its naval base
            naval = self._site_with_head(sites, "navalbases")
            if naval is not None:
                return naval
        if sites and (shared := _SHARED_HEAD.search(text, max(0, start - 90), start)):
            return self._site_with_head(sites, shared.group(1)) or place
        return place

    def _site_with_head(self, sites: list[Place], plural: str) -> Place | None:
        """The one of a town's sites a plural head names: "airports" -> its airport."""
        head = _SINGULAR_HEADS.get(plural.lower().replace(" ", ""))
        for site in sites:
            info = self.gazetteer.sites.get(site.id)
            if info and any(h.replace(" ", "") == head for h in info.heads):
                return site
        return None

    def _governorate(self, name: str, place: Place) -> Place | None:
        """The province named after a town ("Homs" -> Homs Governorate), if any."""
        for spelling in (name, place.name):  # "Deir Ezzor": Deir ez-Zor's
            # "Damascus countryside" is Rif Dimashq, not the city's own governorate
            for suffix in (" countryside", " governorate", " province"):
                for cand in self.gazetteer.candidates_for_key(fold(spelling + suffix)):
                    if cand.kind == "region":
                        return cand
        return None

    def _is_person_part(self, text: str, hit: _Hit, place: Place) -> bool:
        """An uncurated town name inside a run of capitalised words is part of a person's
        or an organisation's name ("Hassan Nasrallah", "Bashar al-Assad"); any town's
        bare name before "al-Xxx" heads a longer Arabic name ("the Bab al-Saghir
        cemetery" is not Al-Bab, "Ras al-Ain" is not Ras); any place's name before
        "Square" or "Street" names a square or a street; a name right after a ship's
        noun names the ship ("the supply ship Kharg", "the frigate Novorossiysk")."""
        if hit.start and _SHIP_BEFORE.search(text, max(0, hit.start - 24), hit.start):
            return True
        if _CONSTRUCT_AFTER.match(text, hit.end) and not _ARTICLE_START.match(text, hit.start):
            return place.kind in lexicon.TOWN_KINDS
        if (
            text.startswith(" ", hit.end)
            and (place.kind in _NAMESAKE_STREET_KINDS or place.population >= _BIG_CITY)
            and _STREET_AFTER.match(text, hit.end)
        ):
            # "Palestine Square in Tehran", "Baghdad Street" in Damascus; a quarter's road
            # ("Mezzeh Highway") runs through the quarter
            return True
        if place.id in self.gazetteer.curated:
            return False
        if _REGION_AFTER.match(text, hit.end):
            return False  # "Russia's Voronezh region": no one's name goes on so
        before = _CAP_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        after = _CAP_AFTER.match(text, hit.end)
        return any(m and m.group(1).lower() not in _SENTENCE_WORDS for m in (before, after))

    def find(self, text: str, offset: int = 0, *, context: str | None = None) -> list[PlaceMention]:
        """Places named in ``text``, in order; ``start``/``end`` are ``offset`` + index.

        ``context`` (for instance the whole document when ``text`` is one sentence) is
        what "the Iranian embassy" and an ambiguous "Tripoli" are resolved against; by
        default the text itself. When ``text`` is ``context[offset:offset + len(text)]``
        the whole document is matched once and each sentence takes its share, which is
        both faster and the same answer.
        """
        if context is not None and len(context) > len(text) and context.startswith(text, offset):
            spans = self._document_spans(context, offset, offset + len(text))
        else:
            spans = self._spans(text, context)
        if spans and _has_compass_word(text) and _BARE_DIRECTION.search(text):
            spans = self._with_directions(text, spans)
        mentions = _mentions(text, offset, spans, self.gazetteer)
        if mentions and _PERSIAN_YEAR.search(text):
            mentions = [
                m for m in mentions if not _persian_month(text, m.start - offset, m.end - offset)
            ]
        if "port" in text.lower() and _civil_port_context(text):
            mentions = [self._civil_port(m) for m in mentions]
        if _PLACED_NAME.search(text):
            mentions = self._with_folded_names(text, offset, mentions)
        if _PLURAL_HEAD_WORDS.search(text) and _SITES_SHARING_A_HEAD.search(text):
            mentions = self._with_shared_head_sites(text, offset, mentions)
        if ") " in text and _GLOSSED_HEAD.search(text):
            mentions = self._with_glossed_site_heads(text, offset, mentions)
        if _QUOTED_SITE.search(text):
            mentions = self._with_quoted_site_names(text, offset, mentions)
        mentions = _provinces_holding(
            text, offset, _without_sites_placed_elsewhere(text, offset, mentions), self.gazetteer
        )
        if mentions and any(m.place.id in lexicon.PROVINCE_BY_DEFAULT for m in mentions):
            mentions = _provinces_by_default(text, offset, mentions, self.gazetteer)
        if mentions and "ern " in text:
            mentions = _with_compass_words(text, offset, mentions)
        if mentions and _VESSEL_NOUN.search(text):
            mentions = [m for m in mentions if not _names_a_vessel(text, m.start - offset)]
        return mentions

    def _with_folded_names(
        self, text: str, offset: int, mentions: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Plus a town of the region that a locative phrase names in a spelling the
        matcher's forms miss but the gazetteer's folding knows ("in Darat Izza" for
        Dārat ‘Izzah, "near Qudsaya" for Qadsayyā): one candidate, a town, in the region."""
        taken = [(m.start - offset, m.end - offset) for m in mentions]
        added: list[PlaceMention] = []
        for found in _PLACED_NAME.finditer(text):
            # the phrase's first name, then the names listed after it ("in Hermel, Arsal
            # and Qaa")
            spans = [found.span("name")]
            while listed := _LISTED_NAME.match(text, spans[-1][1]):
                spans.append(listed.span("name"))
            for start, end in spans:
                if any(s < end and start < e for s, e in taken):
                    continue
                place = self._regional_town(text[start:end])
                if place is not None:
                    added.append(PlaceMention(offset + start, offset + end, text[start:end], place))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _with_shared_head_sites(
        self, text: str, offset: int, mentions: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Plus the sites of names the gazetteer knows only with their head noun, listed
        before one plural head: "the regime's Nayrab and Kuweires airports" (bare "Nayrab"
        is no place; "Nayrab airport" is)."""
        by_span = {(m.start - offset, m.end - offset): m for m in mentions}
        for found in _SITES_SHARING_A_HEAD.finditer(text):
            singular = lexicon.PLURAL_SITE_HEADS[" ".join(found["head"].lower().split())]
            for name in _NAME_IN_LIST.finditer(text, found.start(), found.start("head")):
                span, known = name.span(), by_span.get(name.span())
                if known is None and any(s < span[1] and span[0] < e for s, e in by_span):
                    continue  # part of a longer name
                if known is not None and known.place.kind in _NAMED_SITE_KINDS:
                    continue
                place = next(
                    filter(None, (self._place_named(f"{name[0]} {head}", _NAMED_SITE_KINDS)
                                  for head in (singular, *_KIN_HEADS.get(singular, ())))),
                    None,
                )  # fmt: skip
                if place is not None:  # "Hama airports": the town's airport, not the town
                    by_span[span] = PlaceMention(offset + span[0], offset + span[1], name[0], place)
        return sorted(by_span.values(), key=lambda m: m.start)

    def _with_glossed_site_heads(
        self, text: str, offset: int, mentions: list[PlaceMention]
    ) -> list[PlaceMention]:
        """A town's name, its gloss and a site's head noun name the site: "their base at
        Qamişlo (Qamishli) airport" is Qamishli Airport, not the town twice."""
        out: list[PlaceMention] = []
        skip_to = -1
        for mention in mentions:
            if mention.start < skip_to:
                continue  # the gloss, inside the site's name
            glossed = _GLOSSED_HEAD.match(text, mention.end - offset)
            site = (
                self._place_named(f"{mention.place.name} {glossed['head']}", _NAMED_SITE_KINDS)
                if glossed is not None and mention.place.kind in lexicon.TOWN_KINDS
                else None
            )
            if glossed is None or site is None:
                out.append(mention)
                continue
            end = offset + glossed.end()
            out.append(
                PlaceMention(mention.start, end, text[mention.start - offset : end - offset], site)
            )
            skip_to = end
        return out

    def _with_quoted_site_names(
        self, text: str, offset: int, mentions: list[PlaceMention]
    ) -> list[PlaceMention]:
        """A site's name in quotes before its head noun, as translated reports write it:
        'the "Imam Ali" base in Al-Bokamal countryside' is the Imam Ali base."""
        for quoted in _QUOTED_SITE.finditer(text):
            site = self._place_named(f"{quoted['name']} {quoted['head']}", _NAMED_SITE_KINDS)
            if site is None:
                continue
            start, end = offset + quoted.start(), offset + quoted.end()
            mentions = [m for m in mentions if m.end <= start or m.start >= end]
            mentions.append(PlaceMention(start, end, quoted.group(0), site))
        return sorted(mentions, key=lambda m: m.start)

    def _regional_town(self, name: str) -> Place | None:
        if _is_stop_name(name, self.gazetteer.stop):
            return None  # "near Zahra" is a woman, whatever town folds to her name
        candidates = [
            p
            for p in self.gazetteer.candidates(name)
            if p.kind in lexicon.TOWN_KINDS and p.country in _REGION
        ]
        return candidates[0] if len(candidates) == 1 else None

    def _civil_port(self, mention: PlaceMention) -> PlaceMention:
        """ "A fire broke out at a fuel depot in the port of Tartus": with no navy in the
        sentence, a naval facility reached through its town's port is the commercial port
        (when the gazetteer has one: "commercial port of <town>")."""
        place = mention.place
        if place.kind not in lexicon.SITE_KINDS or "port" not in mention.mention.lower().split():
            return mention
        info = self.gazetteer.sites.get(place.id)
        for town in info.anchors if info else ():
            for civil in self.gazetteer.candidates_for_key(fold(f"commercial port of {town}")):
                if civil.kind == "port" and civil.country == place.country:
                    return PlaceMention(mention.start, mention.end, mention.mention, civil)
        return mention

    def _spans(self, text: str, context: str | None) -> list[tuple[int, int, Place]]:
        """Resolved, merged place spans of ``text`` (text coordinates)."""
        all_hits = self._hits(text)
        self._last = (text, 0, all_hits)  # unresolved() on the same text reuses them
        hits = [h for h in all_hits if h.key.what != BLOCK]
        if not hits:
            return []
        ctx = self._context_for(all_hits if context is None else context)
        chosen: dict[int, Place | None] = {}
        resolved: list[tuple[_Hit, Place]] = []
        for hit in hits:
            place = self._resolve(text, hit, ctx, chosen)
            if place is not None:
                resolved.append((hit, place))
        if _PLURAL_HEAD_SEARCH.search(text):
            resolved = self._shared_heads(text, resolved)
        return self._with_named_towns(text, _merge_and_extend(text, resolved))

    def _with_named_towns(
        self, text: str, spans: list[tuple[int, int, Place]]
    ) -> list[tuple[int, int, Place]]:
        """A site phrase that names its town ("the Hmeimim airbase in Latakia", "the naval
        facility at the port of Tartus") is two mentions: the site, and the town that holds
        it (the reference annotation gives the town its own row)."""
        out: list[tuple[int, int, Place]] = []
        for start, end, place in spans:
            split = None
            if place.kind in _NAMED_SITE_KINDS:
                split = _TOWN_IN_SITE.search(text, start, end)
            town = self._town_named(text, split, end, place) if split else None
            if split is None or town is None:
                out.append((start, end, place))
                continue
            other = _OTHER_NAMED_SITE.search(text, 0, start) if text[start].isupper() else None
            if other is None or other[0].strip().lower() in place.name.lower():
                out.append((start, split.start(), place))
            # (else "Harir Air Base in Erbil" is another base than Erbil's airport: the
            # town alone)
            out.append((split.end(), end, town))
        return out

    def _town_named(self, text: str, link: re.Match[str], end: int, site: Place) -> Place | None:
        """The town (or, "in Latakia province", the province) a site phrase ends with."""
        name = text[link.end() : end]
        province = "province" in link[0] or "governorate" in link[0]
        for place in self.gazetteer.candidates_for_key(fold(name)):
            if place.kind in _TOWNS and place.country == site.country:
                if province or _PROVINCE_AFTER.match(text, end):
                    return self._governorate(name, place)
                return place
        return None

    def _shared_heads(
        self, text: str, resolved: list[tuple[_Hit, Place]]
    ) -> list[tuple[_Hit, Place]]:
        """ "both Damascus and Aleppo airports", "the T4 and Palmyra airbases": a list of
        names before one plural head noun names one site of each, when the gazetteer
        knows it ("Aleppo airport"); a name that already is a site stays itself."""
        out = list(resolved)
        for last, (hit, _place) in enumerate(resolved):
            head = _PLURAL_HEAD.match(text, hit.end)
            if head is None:
                continue
            singular = lexicon.PLURAL_SITE_HEADS[" ".join(head.group(1).lower().split())]
            first = last
            while first > 0 and _LIST_GAP.fullmatch(
                text, resolved[first - 1][0].end, resolved[first][0].start
            ):
                first -= 1
            if first == last:
                continue
            kinds = _PROVINCE_KINDS if singular == "province" else _NAMED_SITE_KINDS
            for i in range(first, last + 1):
                member_hit, member = out[i]
                if member.kind in kinds:
                    continue
                name = text[member_hit.start : member_hit.end]
                if singular == "province":
                    found = self._governorate(name, member)
                else:
                    found = self._place_named(f"{name} {singular}", kinds)
                out[i] = (member_hit, found or member)
        return out

    def _place_named(self, phrase: str, kinds: frozenset[str]) -> Place | None:
        """The place of one of ``kinds`` that ``phrase`` names whole, if the gazetteer
        knows one ("Aleppo airport", "Hama province")."""
        spans = self._spans(phrase, None)
        if len(spans) == 1 and spans[0][1] == len(phrase):
            place = spans[0][2]
            return place if place.kind in kinds else None
        return None

    def _document_spans(self, document: str, lo: int, hi: int) -> list[tuple[int, int, Place]]:
        """The spans of ``document[lo:hi]``, from one match of the whole document."""
        cached = self._document
        if cached is None or cached[0] is not document:
            spans = self._spans(document, None)
            cached = self._document = (document, [s for s, _, _ in spans], spans)
        _, starts, spans = cached
        first = bisect.bisect_left(starts, lo)
        last = bisect.bisect_left(starts, hi, lo=first)
        return [(s - lo, e - lo, p) for s, e, p in spans[first:last] if e <= hi]

    def _with_directions(
        self, text: str, spans: list[tuple[int, int, Place]]
    ) -> list[tuple[int, int, Place]]:
        """ "the northwest" in a sentence about Syria is Northwestern Syria: a bare compass
        word takes the one country the same text names (never a guess across countries)."""
        # Places inside a country say more than country names, which are often actors
        # ("Iran's outreach ... the northwest and southern Syria").
        countries = {p.country for _, _, p in spans if p.country and p.kind != "country"}
        countries = countries or {p.country for _, _, p in spans if p.country}
        if len(countries) != 1:
            return spans
        (country,) = countries
        name = self._country_names.get(country)
        extra: list[tuple[int, int, Place]] = []
        for match in _BARE_DIRECTION.finditer(text):
            start, end = match.span(1)
            if name is None or any(s < end and start < e for s, e, _ in spans):
                continue
            word = _DIRECTIONS[match.group(1).lower().replace("-", "")]
            for place in self.gazetteer.candidates(f"{word} {name}"):
                if place.kind == "region" and place.country == country:
                    extra.append((start, end, place))
                    break
        return sorted([*spans, *extra], key=lambda span: span[0])

    def _resolve(
        self, text: str, hit: _Hit, ctx: _Context, chosen: dict[int, Place | None]
    ) -> Place | None:
        if hit.key.what == EMBASSY:
            if _ANY_ONE.search(text, max(0, hit.start - 8), hit.start):
                return None  # "from a Syrian embassy": any of them, none in particular
            owner = hit.key.owner or self._pronoun_owner(text, hit.start)
            if not owner:
                return None
            return self._embassy(owner, ctx, hit.key.head, (text, hit.start, hit.end))
        memo = id(hit.key)  # keys live as long as the matcher; hashing them costs more
        if memo in self._settled:
            place = self._settled[memo]
        elif memo in chosen:
            place = chosen[memo]
        else:
            self._settle(hit.key)
            place = chosen[memo] = self._choose(hit.key.keys, ctx)
        if place is not None and self._stray(place, ctx, text, hit.start):
            # a namesake abroad: the curated site of that name, if any ("Rukban" is the camp,
            # not the Jordanian town), never another namesake
            curated, stray = self.gazetteer.curated, place.id
            place = next(
                (p for p in self._ranked(hit.key.keys) if p.id in curated and p.id != stray), None
            )
        if place is not None and (
            "," in text[hit.start : hit.end] or "(" in text[hit.start : hit.end]
        ):
            place = self._in_named_country(text[hit.start : hit.end], hit, place)
        if place is None or self._is_person_part(text, hit, place):
            return None
        return self._refine(text, hit, place)

    def _in_named_country(self, surface: str, hit: _Hit, place: Place) -> Place:
        """ "Tripoli, Lebanon", "Tripoli (Lebanon)": the namesake in the country the
        name's own qualifier names."""
        qualifier = _COUNTRY_QUALIFIER.search(surface)
        country = self.gazetteer.best(qualifier["country"]) if qualifier else None
        if country is None or country.kind != "country" or country.country == place.country:
            return place
        return next((p for p in self._ranked(hit.key.keys) if p.country == country.country), place)

    def _stray(self, place: Place, context: _Context, text: str, start: int) -> bool:
        """A small town in a country the text never names is a namesake of a place the
        gazetteer lacks: "Al-Hamidiyah near Al-Bukamal" is not the town in the Emirates,
        nor "the Ramon airport near Eilat" a town in the Philippines. So is a foreign
        province called by its Arabic name ("al-Sharqiyah", "the eastern": Saudi Arabia's
        Eastern Province, or a phosphate mine near Palmyra)."""
        # (the cheap tests first: this runs for every place a text names)
        if place.kind == "region":
            candidate = place.country not in _ARAB_REGION and _arabic_named(text, start)
        else:
            candidate = (
                0 < place.population < _STRAY_POPULATION
                and place.kind in lexicon.TOWN_KINDS
                and place.id not in self.gazetteer.curated
            )
        return candidate and bool(context.countries) and not context.vouches_for(place)

    def _known_hits(self, text: str, offset: int) -> list[tuple[int, int]]:
        """Spans of ``text`` the automaton knows, reusing the last find() when it covered it."""
        last = self._last
        if last is not None and last[0] is text:
            return _overlapping(last[2], 0, len(text))
        document = self._document[0] if self._document else None
        if (
            last is not None
            and document is not None
            and last[0] is document
            and document.startswith(text, offset)
        ):
            return _overlapping(last[2], offset, offset + len(text))
        return _overlapping(self._hits(text), 0, len(text))

    def unresolved(self, text: str, offset: int = 0) -> list[tuple[int, int, str]]:
        """Capitalised site phrases the gazetteer does not know ("Dumayr air base",
        "Shrine of Sayyida Sukayna"), for an optional online geocoder: (start, end, phrase)."""
        if not self._may_name_sites(text, offset):
            return []  # the common case, decided by one fast scan
        spans = list(_site_spans(text))
        if not spans:
            return []
        known = self._known_hits(text, offset)
        out: list[tuple[int, int, str]] = []
        for start, end in spans:
            if any(s < end and start < e for s, e in known):
                continue
            out.append((start + offset, end + offset, text[start:end]))
        return out

    def _may_name_sites(self, text: str, offset: int) -> bool:
        """False when ``text`` holds no site word (so no site phrase either).

        A sentence of the document being matched asks the document's one scan: a site
        word in the sentence is, or overlaps, a match in the document, so a sentence no
        match overlaps has none. Other text is scanned on its own.
        """
        document = self._document[0] if self._document else None
        if document is None or not document.startswith(text, offset):
            return _SITE_WORD.search(text.casefold()) is not None
        starts, ends = self._document_site_words(document)
        first = bisect.bisect_right(ends, offset)  # the first match that ends past offset
        return first < len(ends) and starts[first] < offset + len(text)

    def _document_site_words(self, document: str) -> tuple[list[int], list[int]]:
        """Spans of the site words in the document's :func:`surface_fold`.

        That fold (which _hits() made already) keeps every offset, unlike casefold(),
        and it lower-cases ASCII letters and keeps spaces, so every site phrase
        ``_site_spans`` can find (ASCII words such as "Air Base", "Shrine") folds to a
        site word at the same place.
        """
        cached = self._site_words
        if cached is None or cached[0] is not document:
            last = self._folded
            if last is not None and last[0] is document:
                padded = last[1]  # " " + fold + " "
            else:
                padded = f" {surface_fold(document)} "
            # (last index, length) of every occurrence, in order; "- 1" undoes the padding
            found = list(_SITE_WORD_AUTOMATON.iter(padded))
            words = ([last - size for last, size in found], [last for last, _ in found])
            cached = self._site_words = (document, words)
        return cached[1]


def _overlapping(hits: list[_Hit], lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the (start-sorted, non-overlapping) hits that reach into [lo, hi)."""
    first = max(0, bisect.bisect_left(hits, lo, key=lambda h: h.start) - 1)
    out = []
    for hit in itertools.islice(hits, first, None):
        if hit.start >= hi:
            break
        if lo < hit.end:
            out.append((hit.start - lo, hit.end - lo))
    return out


# Ships are often named for places: "the Iranian container ship *Shahr-e Kord* was hit",
# "the tanker Adrian Darya 1". A name right after a ship's noun is the ship's; a place
# it is at takes a preposition ("a tanker at Baniyas").
_VESSEL_NOUN = re.compile(
    r"\b(?:ships?|vessels?|tankers?|frigates?|destroyers?|corvettes?|cruisers?|submarines?"
    r"|freighters?|carriers?|trawlers?|dhows?|ferry|ferries|boats?)\b",
    re.IGNORECASE,
)
_VESSEL_BEFORE = re.compile(_VESSEL_NOUN.pattern + r"\s+[*_\"“']?$", re.IGNORECASE)


def _names_a_vessel(text: str, local: int) -> bool:
    return _VESSEL_BEFORE.search(text, max(0, local - 16), local) is not None


def _with_compass_words(text: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A compass adjective before a town, province or country is part of the name the
    text gives ("eastern Aleppo", "the western Aleppo countryside", "north-eastern Jordan"):
    the mention keeps it and the place stays the one named (a city's side has no row)."""
    out: list[PlaceMention] = []
    for m in mentions:
        local = m.start - offset
        word = _COMPASS_BEFORE.search(text, max(0, local - 16), local)
        if word is None or m.place.kind in lexicon.SITE_KINDS or m.mention[:1].islower():
            out.append(m)
            continue
        start = offset + word.start()
        out.append(PlaceMention(start, m.end, text[word.start() : m.end - offset], m.place))
    return out


def _has_compass_word(text: str) -> bool:
    return "north" in text or "south" in text or "east" in text or "west" in text


def _decisive(gazetteer: Gazetteer, ranked: list[Place]) -> bool:
    """The first candidate wins whatever the context (so it may set the context)."""
    if len(ranked) == 1 or ranked[0].kind == "country":
        return True
    return gazetteer.score(ranked[0]) - gazetteer.score(ranked[1]) > _MAX_CONTEXT_BONUS


def _cell(place: Place) -> tuple[int, int]:
    return round(place.lat * 4), round(place.lon * 4)


def _cells_around(place: Place) -> Iterator[tuple[int, int]]:
    """The quarter-degree cell of a place and its neighbours (~50 km around it)."""
    lat, lon = _cell(place)
    for dlat, dlon in itertools.product((-1, 0, 1), repeat=2):
        yield lat + dlat, lon + dlon


def _site_spans(text: str) -> Iterator[tuple[int, int]]:
    for match in _SITE_AFTER.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in _NOT_NAME:
            words.pop(0)
        if words:
            yield match.end(1) - len(" ".join(words)), match.end()
    for match in _SITE_BEFORE.finditer(text):
        yield match.start(), match.start(1) + len(match.group(1).rstrip())


_SPACE_RUN = re.compile(r"(?<=\S)  +(?=\S)")


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of spaces between words made one space, and for every
    character kept, its offset in ``text``."""
    kept: list[int] = []
    last = 0
    for run in _SPACE_RUN.finditer(text):
        kept.extend(range(last, run.start() + 1))  # the words, and the run's first space
        last = run.end()
    kept.extend(range(last, len(text)))
    return "".join(text[i] for i in kept), kept


def _longest(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits, longest first; a blocked phrase shadows the places inside it.
    A longer hit that starts inside an earlier one gives way to it: "the Mazzeh airport
    in Damascus" is the Mazzeh airport and Damascus, not Mazzeh and "airport in Damascus"."""
    hits.sort(key=lambda h: (h.start - h.end, h.start, h.key.what != BLOCK))
    chosen = _greedy(hits)
    cut_in = _cutting_in(hits, chosen)
    return _greedy([h for h in hits if h not in cut_in]) if cut_in else chosen


def _greedy(hits: list[_Hit]) -> list[_Hit]:
    starts: list[int] = []
    chosen: list[_Hit] = []
    for hit in hits:
        i = bisect.bisect_left(starts, hit.start)
        if i > 0 and chosen[i - 1].end > hit.start:
            continue
        if i < len(chosen) and chosen[i].start < hit.end:
            continue
        starts.insert(i, hit.start)
        chosen.insert(i, hit)
    return chosen


def _cutting_in(hits: list[_Hit], chosen: list[_Hit]) -> set[_Hit]:
    """Chosen place hits that start inside an earlier place hit and run past its end."""
    starts = [c.start for c in chosen]
    out: set[_Hit] = set()
    for hit in hits:
        if hit.key.what == BLOCK:
            continue
        i = bisect.bisect_right(starts, hit.start)
        if i < len(chosen):
            later = chosen[i]
            if (
                later.key.what != BLOCK
                and later.start < hit.end < later.end
                and later.key.keys != hit.key.keys  # "Hmeimim air base in Latakia": one site
            ):
                out.add(later)
    return out


def _merge_and_extend(
    text: str, resolved: list[tuple[_Hit, Place]]
) -> list[tuple[int, int, Place]]:
    """ "X and Y" naming one place is one mention; "shrines of X" takes its head noun along."""
    spans: list[tuple[int, int, Place]] = []
    for hit, place in resolved:
        if spans and spans[-1][2].id == place.id and _AND.match(text[spans[-1][1] : hit.start]):
            spans[-1] = (spans[-1][0], hit.end, place)
        elif spans and _heads_the_name_before(text, spans[-1], hit.start):
            # "the T-4 air base near Palmyra": the head noun phrase is T-4's own, not
            # another air base near Palmyra
            spans[-1] = (spans[-1][0], hit.end, spans[-1][2])
        else:
            spans.append((hit.start, hit.end, place))
    out = []
    for start, end, place in spans:
        window = max(0, start - 30)
        prefix = _SHRINE_PREFIX.search(text[window:start]) if place.kind == "shrine" else None
        out.append((window + prefix.start() if prefix else start, end, place))
    return out


# What makes a port a navy's: "Russian warships in the port of Tartus", "the naval base".
_NAVAL_WORDS = re.compile(
    r"(?i:\b(?:nav(?:al|y)|military|russian|russia(?:['’]s)?|warships?|fleet|frigates?|submarines?"
    r"|destroyers?|corvettes?|sailors|marines|base|facility|logistics\s+point|support\s+point"
    r"|pmto|moscow|kremlin|lease|leased|landing\s+ships?)\b)"
)
# Trade through a port is the commercial port's even when Russia is named: "a concession
# to Russia's Stroytransgaz ... exports through the port of Tartus have stopped".
_TRADE_WORDS = re.compile(
    r"(?i:\b(?:exports?|imports?|exported|imported|cargo|cargoes|shipping|container|commercial"
    r"|trade|traders|tankers?|grain|wheat|phosphate|customs|terminal|stroytransgaz|concession)\b)"
)
_WARSHIP_WORDS = re.compile(
    r"(?i:\b(?:nav(?:al|y)|warships?|fleet|frigates?|submarines?|destroyers?|corvettes?|sailors"
    r"|marines|logistics\s+point|support\s+point|pmto|landing\s+ships?)\b)"
)


def _civil_port_context(text: str) -> bool:
    """Whether "the port of <town>" in ``text`` is the town's commercial port."""
    if not _NAVAL_WORDS.search(text):
        return True
    return bool(_TRADE_WORDS.search(text)) and not _WARSHIP_WORDS.search(text)


_NAMED_SITE_KINDS = frozenset(
    {"base", "airbase", "facility", "airport", "shrine", "embassy", "building", "prison"}
)
_TOWNS = frozenset({*lexicon.TOWN_KINDS, "district"})
# The link from a site's head noun to its town, inside one site phrase: " in ", " at the port
# of ", " in the province of " (the last one: "embassy of Iran in Damascus"). Not "near":
# a town near the site is a landmark, not where it is.
_TOWN_IN_SITE = re.compile(
    r"\s(?:in|at)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:port|city|town|province|governorate"
    r"|capital)\s+(?:city\s+)?of\s+(?:the\s+)?)?(?=[A-Z])(?!.*\s(?:in|at)\s)"
)


def _heads_the_name_before(text: str, before: tuple[int, int, Place], start: int) -> bool:
    """A site phrase that opens with its head noun ("air base near Palmyra") right after a
    site's name continues that name."""
    return (
        before[2].kind in _NAMED_SITE_KINDS
        and text[start : start + 1].islower()
        and not text[before[1] : start].strip()
    )


# English writes the towns of Iran, Turkey and Russia without an Arabic article; a name
# that has one is an Arab namesake the gazetteer lacks.
_NON_ARAB = frozenset({"IR", "TR", "RU", "AZ", "AF", "PK", "AM", "GE"})
_ARABIC_ARTICLE = re.compile(lexicon.ARABIC_ARTICLE_BEFORE)


def _arabic_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` is written with an Arabic article ("al-Sharqiyah")."""
    return bool(
        _ARABIC_ARTICLE.search(text, max(0, start - 4), start)
        or _ARABIC_ARTICLE_OPENING.match(text, start)
    )


# ... or that opens with one: "Al-Rai", "al Rai" (not "As", "At", "An": English words)
_ARABIC_ARTICLE_OPENING = re.compile(r"(?:(?:[Aa][lsdrtzn]|[Aa]sh|[Ee][lz])-|[Aa]l\s|[Ee]l\s)")
# A Persian ezafe joining a name to the next word: "Golestan-e Shohada", "Naqsh-e Jahan".
_EZAFE = re.compile(r"-(?:e|ye|i)\s+[A-Z]")


_ARAB_REGION = frozenset({"SY", "IQ", "LB", "JO", "PS", "IL"})
# The Arabic words that open an armed unit's name: what follows names the unit.
_UNIT_BEFORE = re.compile(
    r"\b(?:Liwa['’]?|Liwaa|Kata['’]?ib|Saraya|Faylaq|Jaysh|Jaish|Firqat|Quwat|Harakat)\s+$"
)


def _arab_namesake(gaz: Gazetteer, name: str) -> Place | None:
    """The best place of the name in the Arab countries around Syria (a reviewed one
    first), if any."""
    near = [p for p in gaz.candidates(name) if p.country in _ARAB_REGION]
    return next((p for p in near if gaz.is_curated(p)), near[0] if near else None)


def _mentions(
    text: str, offset: int, spans: list[tuple[int, int, Place]], gaz: Gazetteer
) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for start, end, place in spans:
        if place.country in _NON_ARAB and _arabic_named(text, start):
            # "the neighbourhoods of al-Ansari and al-Mashhad": not Mashhad, Iran; "shelled
            # Al-Rai": the Aleppo town, not Rey
            namesake = _arab_namesake(gaz, text[start:end])
            if namesake is None:
                continue
            place = namesake
        if _UNIT_BEFORE.search(text, max(0, start - 12), start):
            continue  # "Liwa Ammar ibn Yasir", "Saraya al-Quds": a unit named after a place
        if text.startswith("-", end) and _EZAFE.match(text, end):
            continue  # "the Golestan-e Shohada cemetery": a longer Persian name's first word
        for member in (gaz.members(place.id) if place.id in gaz.sites else None) or [place]:
            out.append(
                PlaceMention(
                    start=start + offset, end=end + offset, mention=text[start:end], place=member
                )
            )
    return out


# "Iran's consulate in Aleppo", "the Sayyidah Zainab mosque in Cairo": a site the text
# itself places in another country, or in a town far from it, is another site of that
# kind or name, not the one the gazetteer knows. Far: a town's name may stand for its
# province ("the T-4 airbase in Homs" is 110 km from Homs city).
_PLACED_IN = re.compile(
    # (a consulate-general too: "the Iranian Consulate General in Aleppo")
    r"(?:\s+[Gg]eneral)?,?\s+in\s+(?:the\s+)?(?:(?:city|town|capital|port)\s+of\s+)?"
    # "the Wadi-us-Salaam graveyard of Qom": a namesake, the site's noun after its name
    r"|\s+(?:graveyard|cemetery|shrine|mosque|square|camp|quarter|district)\s+(?:of|in)\s+"
)
_ELSEWHERE_KM = 200.0


def _elsewhere(site: Place, where: Place) -> bool:
    if site.country and where.country and site.country != where.country:
        return True
    return where.kind in lexicon.TOWN_KINDS and distance_km(site, where) > _ELSEWHERE_KM


def _without_sites_placed_elsewhere(
    text: str, offset: int, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    kept: list[PlaceMention] = []
    for i, mention in enumerate(mentions):
        after = next((m for m in mentions[i + 1 :] if m.start >= mention.end), None)
        if after is not None and (
            _placed_in_another(text, offset, mention, after)
            or _qualified_by_another_country(text, offset, mention, after)
        ):
            continue
        kept.append(mention)
    return kept


def _placed_in_another(text: str, offset: int, site: PlaceMention, after: PlaceMention) -> bool:
    """ "the Wadi-us-Salaam graveyard of Qom": a site said to be where it is not."""
    return (
        site.place.kind in lexicon.SITE_KINDS
        and _PLACED_IN.fullmatch(text, site.end - offset, after.start - offset) is not None
        and _elsewhere(site.place, after.place)
    )


def _qualified_by_another_country(
    text: str, offset: int, mention: PlaceMention, after: PlaceMention
) -> bool:
    """ "the naval base at Mari, Cyprus": a name the text places in another country than
    the gazetteer's place of that name is a namesake it lacks (not a list's items: "in
    Damascus, Lebanon and Iraq")."""
    return (
        after.place.kind == "country"
        and mention.place.kind not in _AREA_OR_COUNTRY
        and bool(mention.place.country)
        and mention.place.country != after.place.country
        and _COUNTRY_COMMA.fullmatch(text, mention.end - offset, after.start - offset) is not None
        # the country closes the phrase: not "Tartus, Russia's only naval base", "Aleppo,
        # Iran's foreign ministry said"
        and _PHRASE_ENDS.match(text, after.end - offset) is not None
        and not listed_together(text, mention.start - offset, after.end - offset)
    )


_COUNTRY_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
# A gloss between a town's name and a site's head: "Qamişlo (Qamishli) airport".
_QUOTED_SITE = re.compile(
    r"[\"“](?P<name>[A-Z][\w'’ -]{1,40}?)[\"”]\s+(?P<head>(?i:base|military\s+base|air\s?base"
    r"|airport|military\s+airport|camp|barracks|compound|military\s+compound|facility"
    r"|shrine|mosque))\b"
)
_GLOSSED_HEAD = re.compile(
    r"\s*\([^()]{1,40}\)\s+(?P<head>(?i:airport|air\s?base|airfield|military\s+airport|port))\b"
)
_COUNTRY_QUALIFIER = re.compile(r"[,(]\s*(?P<country>[^,()]+?)\s*\)?$")
_PHRASE_ENDS = re.compile(r"\s*(?:[.;:)!?]|,(?!\s*(?:and|or)\b)|$)")
_AREA_OR_COUNTRY = frozenset({"country", "region", "continent", "sea", "ocean"})


# "the Qamishli airport in al-Hasakah", "Kuweires airbase in Aleppo", a table's "Jableh,
# Latakia": a city named to hold a place well away from it stands for its province, as
# the reference annotation has "an airbase in the province of Latakia".
_HELD_IN = re.compile(  # not ", in": "near Damascus, in Deir ez-Zor"
    r"\s+(?:in|(?:district|neighbou?rhood|quarter|suburb)\s+of)\s+(?:the\s+)?"
)
_HELD_COMMA = re.compile(r",\s*")
_HELD_PAREN = re.compile(r"\s*\(\s*")
_PAREN_CLOSES = re.compile(r"\s*(?:province|governorate|countryside)?\s*\)")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b)")
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")


def listed_together(text: str, first_start: int, second_end: int) -> bool:
    """Two names side by side in ``text`` are items of a longer list ("Qusayr, Qalamoun,
    Aleppo"; "Damascus, Homs and Hama"), not a place and what holds it ("Jableh, Latakia")."""
    return bool(
        _LISTED_BEFORE.search(text, 0, first_start) or _LIST_GOES_ON.match(text, second_end)
    )


_HOLDING_CITY_KM = 40.0  # Hmeimim is 20 km from Latakia: "in Latakia" may be the city
_SMALL_PLACE = 100_000


def _is_stop_name(name: str, stop: frozenset[str]) -> bool:
    return name in stop or fold(name) in stop


def _provinces_holding(
    text: str, offset: int, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """``mentions`` with each city that holds a far place read as its province, and
    without a small town that a city too far away is said to hold: "al-Zahraa, Homs" is
    a quarter of Homs, not the town of that name north of Aleppo."""
    out = mentions
    namesakes: set[int] = set()
    for i, (inner, outer) in enumerate(itertools.pairwise(mentions), start=1):
        if outer.place.kind not in lexicon.TOWN_KINDS or not _holds(text, offset, inner, outer):
            continue
        province = _province_of(outer.place, gazetteer)
        if _too_far_to_hold(inner.place, outer.place, province):
            namesakes.add(inner.start)
            continue
        if province is not None:
            out = out.copy() if out is mentions else out
            out[i] = PlaceMention(outer.start, outer.end, outer.mention, province)
    return [m for m in out if m.start not in namesakes] if namesakes else out


_NAMESAKE_KM = 100.0
_NAMESAKE_PROVINCE_KM = 150.0  # from the province's centroid: Rmelan is in Hasakah's
_NAMESAKE_POPULATION = 20_000


def _too_far_to_hold(inner: Place, outer: Place, province: Place | None) -> bool:
    return (
        inner.kind in lexicon.TOWN_KINDS
        and inner.population < _NAMESAKE_POPULATION
        and distance_km(inner, outer) > _NAMESAKE_KM
        and (province is None or distance_km(inner, province) > _NAMESAKE_PROVINCE_KM)
    )


def _holds(text: str, offset: int, inner: PlaceMention, outer: PlaceMention) -> bool:
    """``outer`` is named as what holds ``inner``, a town or site well away from it."""
    site = inner.place.kind in lexicon.SITE_KINDS
    if not (site or inner.place.kind in lexicon.TOWN_KINDS):
        return False
    gap = (inner.end - offset, outer.start - offset)
    if _HELD_IN.fullmatch(text, *gap):
        held = True
    elif _HELD_PAREN.fullmatch(text, *gap) and _PAREN_CLOSES.match(text, outer.end - offset):
        held = True  # "Khan Shaykhun (Idlib)": the province the town is in
    elif _HELD_COMMA.fullmatch(text, *gap):
        # "Damascus, Homs and Hama" is a list; "Jableh, Latakia" names where Jableh is
        small = site or inner.place.population < _SMALL_PLACE
        held = small and not listed_together(text, inner.start - offset, outer.end - offset)
    else:
        return False
    return (
        held
        and inner.place.country == outer.place.country
        and distance_km(inner.place, outer.place) > _HOLDING_CITY_KM
    )


def _provinces_by_default(
    text: str, offset: int, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """A bare "Idlib" or "Quneitra" read as its province (see ``PROVINCE_BY_DEFAULT``),
    unless the words make it the town: "Idlib city", "the city of Quneitra"."""
    out: list[PlaceMention] = []
    for m in mentions:
        start, end = m.start - offset, m.end - offset
        province = (
            _province_of(m.place, gazetteer)
            if m.place.id in lexicon.PROVINCE_BY_DEFAULT
            and not _TOWN_NOUN_IN.search(m.mention)  # (an alias: "Idleb", not "Idlib City")
            and not _TOWN_NOUN_AFTER.match(text, end)
            and not _TOWN_NOUN_BEFORE.search(text, max(0, start - 30), start)
            else None
        )
        out.append(m if province is None else PlaceMention(m.start, m.end, m.mention, province))
    return out


_TOWN_NOUN_IN = re.compile(r"\b(?:city|town)\b", re.IGNORECASE)
_TOWN_NOUN_AFTER = re.compile(r"\s+(?:city|town)\b")
_TOWN_NOUN_BEFORE = re.compile(r"\b(?:city|town|capital)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _province_of(city: Place, gazetteer: Gazetteer) -> Place | None:
    for candidate in gazetteer.candidates(f"{city.name} Governorate"):
        if candidate.kind == "region" and candidate.country == city.country:
            return candidate
    return None


# A name a locative phrase places: "in Darat Izza", "near the town of Qudsaya". Its
# words are capitalised, none a month or a weekday.
_PLACED_NAME_HEAD = (
    r"\b(?:in|at|near|outside|around|of)\s+(?:the\s+(?:towns?|villages?|city|district)\s+of\s+)?"
)
_NAME_WORDS = (
    r"(?:(?:al|el|as|ad|ar|ash|at|az|an)-)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z'’‘]{2,}"
    r"(?:[ -](?:(?:al|el)-)?[A-Z][a-z'’‘]{2,}){0,2}"
)
_PLACED_NAME = re.compile(rf"{_PLACED_NAME_HEAD}(?P<name>{_NAME_WORDS})\b")
# Names listed before one plural site noun: "Nayrab and Kuweires airports".
_SITES_SHARING_A_HEAD = re.compile(
    rf"\b{_NAME_WORDS}(?:\s*,\s*{_NAME_WORDS})*\s*,?\s+and\s+{_NAME_WORDS}"
    r"\s+(?:(?:military|international)\s+)?"
    r"(?P<head>airports|air\s?bases|airfields|oil\s+fields|gas\s+fields|facilities)\b"
)
_NAME_IN_LIST = re.compile(_NAME_WORDS)
# What else a listed name may be known by: "the Conoco and al-Omar oil fields" (Conoco is a
# gas field), "the Conoco and al-Omar facilities" (an oil and a gas field).
_KIN_HEADS = {
    "oil field": ("gas field",),
    "facility": ("oil field", "gas field", "base", "plant", "airport", "air base"),
}
_PLURAL_HEAD_WORDS = re.compile(r"ports\b|bases\b|fields\b|facilities\b")  # a cheap test first
_LISTED_NAME = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<name>{_NAME_WORDS})\b")
_REGION = frozenset({"SY", "LB", "IQ"})  # where the small towns of these texts lie


# A month of the Iranian calendar, not a town: "13 Bahman 1402", "in Azar 1403".
_PERSIAN_MONTHS = frozenset({*lexicon.PERSIAN_MONTHS, "amordad"})
# (its digit first, the boundary tested behind it: the engine skips to each "1")
_PERSIAN_YEAR = re.compile(r"1(?<=\b1)[34]\d\d\b")
_YEAR_AFTER = re.compile(r"\s+1[34]\d\d\b")


def _persian_month(text: str, start: int, end: int) -> bool:
    word = text[start:end].lower()
    return word in _PERSIAN_MONTHS and _YEAR_AFTER.match(text, end) is not None


@functools.cache
def default_matcher() -> PlaceMatcher:
    """The matcher over the default gazetteer, built (or loaded from cache) once."""
    return PlaceMatcher(load_gazetteer(), read_not_places())
