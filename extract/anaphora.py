"""Descriptions that point back at a named site: "the shrine", "the base".

Texts name a site once and then call it by its common noun: "The Sayyida Zaynab Mosque
... In June 2012 a car bomb exploded near the shrine". Such a description becomes a
mention of that site when it can only mean one: the last site of the matching sort was
named in the same section a few sentences before, with no other site of that sort named
or introduced ("a second base") since. The site an article opens with (its first prose
sentence names it) stays the referent across sections, as long as no other site of its
sort comes up: "The base was built in the 1970s" under "History" is the article's base.
A description that names its own referent ("the shrine of Hujr ibn Adi", "the base at
Hmeimim", "the city of Aleppo") is left to the place matcher. Towns work the same way:
"The Islamic State seized the town in July 2014" after a sentence naming Al-Bukamal.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extract import lexicon
from extract.events import acts_as_government
from extract.locating import is_compared
from extract.records import Place, PlaceMention, Sentence

__all__ = ["resolve_descriptions"]

# How many prose sentences back (the current one included) a referent stays in reach;
# a shrine, castle or embassy, which a section names once and then calls "the shrine"
# for a whole paragraph, for longer (not "the site", "the base", "the city": sorts a
# text names many of, most never by name).
_WINDOW = 3
_LONG_WINDOW = 8
_LONG_SORTS = frozenset({"shrine", "castle", "embassy"})


def _is_shrine(place: Place) -> bool:
    return place.kind in {"shrine", "mosque", "mausoleum"}


def _is_base(place: Place) -> bool:
    return place.kind in {"base", "airbase", "air base", "naval base"}


def _is_airport(place: Place) -> bool:
    """An airport, or an air base known as one ("Palmyra Airport", "Mezzeh Military
    Airport")."""
    return place.kind in {"facility", "airport", "base"} and "airport" in place.name.lower()


def _is_facility(place: Place) -> bool:
    return place.kind in {"facility", "base", "naval base", "airbase", "air base"}


def _is_port(place: Place) -> bool:
    """A port, or a naval base known as one ("port of Tartus")."""
    if place.kind not in {"facility", "port", "base", "naval base"}:
        return False
    return any("port" in name.lower().split() for name in (place.name, *place.aliases))


def _is_town(place: Place) -> bool:
    return place.kind in lexicon.TOWN_KINDS


# A city this big is "the city", never "the town" or "the village": "Experts from the
# Hermitage in St Petersburg surveyed the site. ISIS recaptured the town" is Palmyra.
_BIG_CITY = 1_000_000


def _is_small_town(place: Place) -> bool:
    return _is_town(place) and (place.population or 0) < _BIG_CITY


def _is_quarter(place: Place) -> bool:
    """What "the district" or "the suburb" may be: a city's district, or a small town
    ("Sayyida Zaynab ... killed 80 people in the same district")."""
    return place.kind == "district" or _is_small_town(place)


def _is_embassy(place: Place) -> bool:
    return place.kind in {"embassy", "consulate"}


def _is_castle(place: Place) -> bool:
    """A castle or citadel: "Masyaf Castle ... seized the castle"."""
    words = {w for name in (place.name, *place.aliases) for w in name.lower().split()}
    return place.kind == "landmark" and not words.isdisjoint({"castle", "citadel", "fortress"})


def _is_building(place: Place) -> bool:
    """What "the building" means: a shrine's own house (not a base's, a town's or an
    embassy compound's, where it is one building among several)."""
    return _is_shrine(place)


# The sorts of site a description can point at, and the nouns that name each.
_SORTS: dict[str, Callable[[Place], bool]] = {
    "shrine": _is_shrine, "base": _is_base, "airport": _is_airport,
    "facility": _is_facility, "site": _is_facility, "embassy": _is_embassy, "port": _is_port,
    "town": _is_town, "small town": _is_small_town, "quarter": _is_quarter,
    "castle": _is_castle, "building": _is_building,
}  # fmt: skip
_SORT_OF_NOUN = {
    "shrine": "shrine", "mosque": "shrine", "mausoleum": "shrine", "tomb": "shrine",
    "grave": "shrine", "mashhad": "shrine", "building": "building",
    "base": "base", "airbase": "base", "air base": "base", "airfield": "base",
    "airport": "airport", "embassy": "embassy", "consulate": "embassy",
    "facility": "facility", "compound": "facility", "complex": "site", "site": "site",
    "port": "port", "terminal": "port", "harbour": "port", "harbor": "port",
    "town": "small town", "city": "town", "village": "small town",
    "castle": "castle", "citadel": "castle", "fortress": "castle",
    "district": "quarter", "suburb": "quarter", "neighbourhood": "quarter",
    "neighborhood": "quarter",
}  # fmt: skip

_NOUN = (
    r"(shrine|mosque|mausoleum|tomb|grave|mashhad|building|air\s?base|airfield|base|airport|embassy|consulate"
    r"|facility|compound|complex|site|port|terminal|harbou?r|town|city|village|castle|citadel"
    r"|fortress|district|suburb|neighbou?rhood)"
)
# "the naval facility", "the Russian base": still the one named before.
_MODIFIER = (
    r"(?:(?:same|naval|air|military|russian|iranian|syrian|israeli|former|main|old"
    # "the new mosque was inaugurated", "the restored shrine", "the damaged base"
    r"|new|present|current|original|modern|restored|rebuilt|renovated|damaged|destroyed"
    r"|ruined|entire|whole|historic|holy|sprawling|nearby|underground|empty|small|tiny"
    r"|ancient|medieval|famous|sacred|revered"
    r"|[a-z]+-[a-z]+)\s+){0,2}"
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
# "the shrine", not "the shrines", "the shrine of X" or "the base at Hmeimim": those name
# (or describe) their referent themselves; nor "the port city", a town.
_DESCRIPTION = re.compile(
    # (not a road named for it: "the airport road")
    # (these whole-text patterns open with their letters and test the word boundary
    # behind them: a pattern that opens with letters lets the regex engine skip to where
    # they are, one that opens with a boundary is tried at every position of the text)
    rf"[Tt]he(?<=\b[Tt]he)\s+{_MODIFIER}{_NOUN}\b(?!s\b|-|\s+(?:city|town|road|highway|motorway|street)\b)"
    r"(?!\s+of\b)(?!\s+(?:at|in|near|on|outside)\s+(?:the\s+)?(?!" + _MONTHS + r")[A-Z])"
)
# Something that introduces another site of a sort: "a second base", "another shrine";
# not a predicate or an apposition that says what a named site is ("X is a naval
# facility", "Al-Kiswah, a base south of Damascus").
_NEW_SITE = re.compile(
    # (the boundary and the first letter first: they fail fast where the six looks
    # behind would be tried at every position)
    r"\b(?=[AaSsTtNnOo])(?<!\bis )(?<!\bwas )(?<!\bas )(?<!, )(?<!\bremains )(?<!\bbecame )"
    rf"(?:[Aa]n?|[Aa]nother|[Ss]econd|[Tt]hird|[Nn]ew|[Oo]ther)\s+(?:[\w-]+\s+){{0,2}}{_NOUN}\b"
)


# A site named with capitals before its noun ("the Shah Cheragh shrine"): when the place
# matcher does not know it, it is still another site of that sort.
_NAMED_SITE = re.compile(
    rf"[A-Z](?<=\b[A-Z])[\w'’-]*\s+(?:[A-Z][\w'’-]*\s+){{0,3}}{_NOUN}\b(?!s\b)"
)
# Capitalised words before a site noun that do not name it: "The shrine", "the Russian
# base", "Holy shrine".
_NOT_A_NAME = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
        "in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "as",
        "and", "or", "but", "when", "while", "since", "near", "russian", "iranian", "syrian",
        "israeli", "turkish", "american", "us", "iraqi", "lebanese", "soviet", "shia",
        "shiite", "sunni", "alawite", "christian", "holy", "great", "grand", "old", "new",
        "main", "military", "naval", "air", "former", "second", "third", "another",
    }
)  # fmt: skip


def _is_unknown_name(match: re.Match[str]) -> bool:
    words = match.group(0).split()[:-1]
    return not any(word.lower().strip("'’") in _NOT_A_NAME for word in words)


@dataclass(frozen=True, slots=True)
class _Referent:
    """What a description of one sort would point at: None when that is unclear."""

    place: Place | None
    sentence: int  # index among the prose sentences
    section: int
    topic: bool  # named in the document's first prose sentence
    # where the name ends, when it opened its sentence (what the sentence is about); else -1
    opened: int = -1


def _sort(noun: str) -> str:
    return _SORT_OF_NOUN[re.sub(r"\s+", " ", noun.lower())]


def resolve_descriptions(
    sentences: Sequence[Sentence],
    found: Sequence[list[PlaceMention]],
    text: str,
    title: Sequence[PlaceMention] = (),
    subject: Place | None = None,
    companions: Sequence[Place] = (),
    headed: Callable[[int], Sequence[PlaceMention]] | None = None,
    sites_of: Callable[[Place], Sequence[Place]] | None = None,
) -> list[list[PlaceMention]]:
    """``found`` (the mentions of each sentence of ``text``), plus the descriptions that
    point back at a site named before, as mentions of that site. ``title``: the places
    the document's title names, what a description means until others are named.
    ``subject``: the town or site an article is about (its title is its name), what
    "the town" or "the shrine" means unless its own sentence names another first.
    ``companions``: the sites a town's article means by their sort until others are named
    ("the shrine" in the article on the town of Sayyidah Zaynab).
    ``headed``: by sentence index, the places a heading names ("#6 — Aleppo International
    Airport, 7 March 2023"): what "the airport" under it means, as if its first sentence
    had named it (asked only of documents with something to resolve).
    ``sites_of``: a town's own sites (its airport, its port): what "the airport" means
    after the town is named, when no airport was named before it."""
    result = [list(mentions) for mentions in found]
    descriptions = list(_DESCRIPTION.finditer(text))
    pointers = [
        *_THERE.finditer(text), *_HERE.finditer(text), *_IT.finditer(text),
        *_IT_TAKEN.finditer(text),
    ]  # fmt: skip
    if not (descriptions or pointers):
        return result  # most documents: nothing to resolve, and no state to keep
    # One scan of the whole text, each match filed under its sentence.
    named = [m for m in _NAMED_SITE.finditer(text) if _is_unknown_name(m)]
    cues = _by_sentence(sentences, [*descriptions, *_NEW_SITE.finditer(text), *named, *pointers])
    current: dict[str, _Referent] = {}
    last_sites: tuple[int, int, frozenset[Place]] = (-2, -1, frozenset())
    prose = -1
    _title(title, current)
    _companions(companions, current)
    # what a town's article means by its sorts when the last naming left one unclear
    # ("the shrine" after a sentence named two: the town's own shrine)
    fallback: dict[str, _Referent] = {}
    _companions(companions, fallback)
    # ... and what the title named, when the last naming is unclear or a section back
    # ("the castle" of a report on Krak des Chevaliers, after a paragraph that compared it
    # with Qal'at Salah El-Din)
    _title(title, fallback)
    for index, sentence in enumerate(sentences):
        if sentence.is_heading and headed is not None and (in_heading := headed(index)):
            _heading_names(in_heading, _next_section(sentences, index), current, prose + 1)
        if sentence.is_heading or sentence.is_row:
            continue  # a table lists records; the prose after it goes on from before it
        prose += 1
        mentions = result[index]
        if not (index in cues or any(_sorts_of(m.place) for m in mentions)):
            last_sites = (prose, sentence.section, frozenset())
            continue
        sentence_cues = cues.get(index, [])
        if sites_of is not None and subject is None:  # (an article's own sites come first)
            _towns_sites(mentions, sentence, sites_of, fallback, prose)
        added = _walk(sentence, mentions, sentence_cues, current, prose, subject, fallback)
        added += _there(sentence, mentions, sentence_cues, last_sites, prose, subject)
        if added:
            result[index] = mentions = sorted([*mentions, *added], key=lambda m: m.start)
        # a town named only to say where a site lies is not what "It" goes on to mean
        sites = frozenset(
            m.place for m in mentions if _sorts_of(m.place) and not _names_a_landmark(m, sentence)
        )
        last_sites = (prose, sentence.section, sites)
    return result


# "there" pointing back ("Russian forces deployed helicopters there"), not existential.
_THERE = re.compile(
    r"there(?<=\bthere)\b(?!\s+(?:is|are|was|were|has|have|had|will|would|remain|remains|seem|seems"
    r"|exist|exists|appear|appears|may|might|could|must|should|can|be)\b)"
)


# A sentence-opening "It" that a participle says something of ("It was hit again in
# April", "It was later expanded", "It has been used by Iranian forces"): the site the
# last sentence named. Not the "it" of reports and views ("It was reported that ...",
# "It is unclear whether ..."), nor an "it" that is the event ("It was the first strike").
_IT_ADVERB = (
    r"(?:also|later|then|again|subsequently|first|once|reportedly|briefly|originally"
    r"|previously|repeatedly|heavily|badly|partly|largely|twice|allegedly|itself)"
)
_IT = re.compile(
    rf"[Ii]t(?<=\b[Ii]t)(?=\s+(?:{_IT_ADVERB}\s+)*(?:is|was|has\s+been|had\s+been)\s+(?:{_IT_ADVERB}\s+)*"
    r"(?!(?:reported|believed|thought|said|claimed|estimated|expected|feared|announced"
    r"|confirmed|alleged|rumou?red|understood|needed|required|decided|agreed|noted"
    r"|suggested|assumed|argued|hoped|planned|proposed|recommended|added|stressed|described"
    r"|considered|regarded|seen|viewed|called|dubbed|labell?ed|termed"
    # what befalls an aircraft or a missile, not a site: "It was shot down near Beit She'an"
    r"|shot\s+down|brought\s+down|downed|intercepted|launched|fired|flown)\b)"
    r"(?:[a-z]+ed|built|hit|struck|taken|seized|held|shot|overrun|rebuilt|retaken|known"
    r"|made|kept|lost|won|given|run|set)\b)"
)

# An "it" a capture or a ruin befalls, in a town's or a site's article: the article's
# subject ("Tancred, regent of Antioch, took it from the Byzantines in 1103, and ...
# Saladin captured it in 1188"). Not "took it as a signal", "took it upon himself".
_IT_TAKEN = re.compile(
    r"\b(?:took|captured|seized|sacked|besieged|retook|recaptured|stormed|occupied|conquered"
    r"|destroyed|razed|rebuilt|restored|bombed|shelled|plundered|looted|annexed|liberated)"
    r"\s+(it)\b(?!\s+(?:as|for|that|upon|to|into|seriously|over|up|in\s+turn)\b)"
)
# A place an "it" may follow in its sentence: one named in a title ("regent of Antioch").
_TITLE_OF = re.compile(r"\bof\s+$")

# A feature's "here": the place the sentence before named ("The fishermen of Tartus have a
# name for the gray ships ... The Soviet Navy first came here in 1971"). Not "here is",
# "here and there", "from here on", nor "here in Latakia" (which names its place).
_HERE = re.compile(
    # (not after a quotation mark nor inside a word: "here" opens the pattern, see
    # _DESCRIPTION)
    r"[Hh]ere(?<![\"“\w][Hh]ere)\b(?!\s+(?:is|are|was|were|and\s+there|on\b|in\s+[A-Z]|at\s+[A-Z]))"
    r"(?!['’]s)"
)

_POINTERS = (_THERE, _HERE, _IT, _IT_TAKEN)


def _there(
    sentence: Sentence,
    mentions: list[PlaceMention],
    cues: list[re.Match[str]],
    last: tuple[int, int, frozenset[Place]],
    prose: int,
    subject: Place | None = None,
) -> list[PlaceMention]:
    """A "there" or a "here" before any place of its sentence, or the "It" that opens it
    ("In 1921 it was occupied"), points at the one site the sentence before named: "...
    the base was besieged in 2015. Russian forces deployed attack helicopters there in
    2016." (Within a sentence, ``events`` resolves "there".) In an article about a site,
    "It" is the site; in a town's or a site's article, so is the "it" a capture befalls
    ("Saladin captured it in 1188")."""
    previous, section, sites = last
    follows = previous == prose - 1 and section == sentence.section
    named = next(iter(sites)) if follows and len(sites) == 1 else None
    # a site's article calls the site "it", whatever the sentence before named; a town's
    # calls the town so when the sentence before named no one place ("Latakia was under
    # the Ottomans. It was badly damaged by earthquakes in 494 and 555")
    topic = subject if subject is not None and subject.kind in lexicon.SITE_KINDS else None
    town = subject if subject is not None and subject.kind in lexicon.TOWN_KINDS else None
    first = min((m.start for m in mentions), default=sentence.end)
    article = topic or town
    for cue in cues:
        if cue.re is _IT_TAKEN and article and _only_titles_before(cue, sentence, mentions):
            return [PlaceMention(cue.start(1), cue.end(1), cue.group(1), article)]
        if cue.start() >= first or cue.re not in _POINTERS or cue.re is _IT_TAKEN:
            continue
        if cue.re in (_THERE, _HERE) and named is not None:
            return [PlaceMention(cue.start(), cue.end(), cue.group(0), named)]
        site = topic or named or town
        if cue.re is _IT and site and _opens_sentence(sentence.text, cue.start() - sentence.start):
            return [PlaceMention(cue.start(), cue.end(), cue.group(0), site)]
    return []


def _only_titles_before(
    cue: re.Match[str], sentence: Sentence, mentions: list[PlaceMention]
) -> bool:
    """Whether every place named before the "it" is in a title ("regent of Antioch"):
    another place named as the subject's neighbour may be what "it" means."""
    return all(
        _TITLE_OF.search(sentence.text[: m.start - sentence.start])
        for m in mentions
        if m.start < cue.start()
    )


# What may come before a sentence's subject "it": nothing, or a fronted time ("In 1921",
# "On 7 April 2017,", "Since September 2015").
_FRONTED_TIME = re.compile(
    r"[\s*_]*(?:(?:In|On|By|During|After|Before|Since|From|Until)\s+[^,;:.()]{1,40}?,?\s+)?"
)


def _opens_sentence(text: str, offset: int) -> bool:
    if offset == 0:
        return text[:2] == "It"
    return _FRONTED_TIME.fullmatch(text, 0, offset) is not None


def _by_sentence(
    sentences: Sequence[Sentence], matches: list[re.Match[str]]
) -> dict[int, list[re.Match[str]]]:
    starts = [s.start for s in sentences]
    cues: dict[int, list[re.Match[str]]] = {}
    for match in matches:
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= sentences[index].end:
            cues.setdefault(index, []).append(match)
    return cues


# A town named only to say where something else lies ("a town 10 km south of Damascus")
# is not what "the town" goes on to mean.
_LANDMARK_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|km\s+(?:from|of)"
    # where someone came or spoke from is not what "the city" goes on to mean: "Putin
    # appearing by video link from Sochi. ... IS fighters retook the city"
    r"|(?:video\s+link|phone|telephone|videoconference)\s+from)"
    r"\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$",
    re.IGNORECASE,
)


def _landmark_before(before: str) -> bool:
    """Whether ``before`` ends as _LANDMARK_BEFORE matches. Its matches end with "of",
    "from" or "the" (in any case): a cheap test spares most places the search."""
    return before.rstrip().lower().endswith(("of", "from", "the")) and bool(
        _LANDMARK_BEFORE.search(before)
    )


def _names_a_landmark(mention: PlaceMention, sentence: Sentence) -> bool:
    before = sentence.text[
        max(0, mention.start - sentence.start - 40) : mention.start - sentence.start
    ]
    return _landmark_before(before)


def _walk(
    sentence: Sentence,
    mentions: list[PlaceMention],
    cues: list[re.Match[str]],
    current: dict[str, _Referent],
    prose: int,
    subject: Place | None = None,
    fallback: dict[str, _Referent] | None = None,
) -> list[PlaceMention]:
    """Go through one sentence in text order: names and new sites update ``current``,
    descriptions are resolved against it (or, when that is unclear, ``fallback``)."""
    items: list[tuple[int, PlaceMention | re.Match[str]]] = [(m.start, m) for m in mentions]
    items += [(cue.start(), cue) for cue in cues]
    added: list[PlaceMention] = []
    named: dict[str, set[str]] = {}
    for _start, item in sorted(items, key=lambda i: i[0]):
        if isinstance(item, PlaceMention):
            # A site only compared with ("reminiscent of the Imam Reza shrine") is not
            # what "the shrine" goes on to mean.
            # Nor is a capital acting as its government ("Moscow also used culture ...").
            before = sentence.text[: item.start - sentence.start]
            if not (
                is_compared(before)
                or _landmark_before(before[-40:])
                or (_is_town(item.place) and acts_as_government(item, sentence))
            ):
                _name(item, sentence, named, current, prose)
        elif item.re in _POINTERS:
            continue
        elif item.re is _NAMED_SITE:
            if not any(m.start < item.end() and item.start() < m.end for m in mentions):
                # a site the gazetteer does not know: "the Shah Cheragh shrine"
                current[_sort(item.group(1))] = _Referent(None, prose, sentence.section, False)
        elif item.re is _NEW_SITE:
            current[_sort(item.group(1))] = _Referent(None, prose, sentence.section, False)
        else:
            sort = _sort(item.group(1))
            referent = current.get(sort)
            if subject is not None and sort not in named and _is_subjects(sort, subject):
                # an article about a town or a site names many others ("20 km from
                # Damascus", "after the Sayyida Zaynab Mosque"); "the town" or "the
                # shrine" is still its own unless its own sentence names another first
                referent = _Referent(subject, prose, sentence.section, True)
            if (referent is None or referent.place is None) and fallback and sort in fallback:
                referent = fallback[sort]
            place = referent.place if referent is not None else None
            if place is not None and not _fits(item.group(0), place):
                continue  # "the naval base" is not the air base named last
            window = _LONG_WINDOW if sort in _LONG_SORTS else _WINDOW
            mention = _resolve(item, sentence, mentions, referent, prose, window)
            if mention is None and fallback and sort in fallback:
                # the last one named is too far back: the town's own site
                mention = _resolve(item, sentence, mentions, fallback[sort], prose, window)
            if mention is not None:
                added.append(mention)
    return added


def _fits(description: str, place: Place) -> bool:
    """Whether a description's "naval" or "air" agrees with the site: "left the naval
    base alone" does not mean the Khadim air base named before it; "the embassy" is no
    consulate."""
    words = description.lower()
    names = " ".join((place.name, *place.aliases)).lower()
    naval = place.kind == "naval base" or "naval" in names or "navy" in names
    if "naval" in words:
        return naval or " port" in f" {names}"
    if "air" in words:
        return not naval
    if "embassy" in words:  # "crowds ransacked the embassy whose annex Israel destroyed"
        return not place.name.lower().startswith("consulate")
    return True


def _is_subjects(sort: str, subject: Place) -> bool:
    """Whether a description of ``sort`` means the article's subject: one of its sorts,
    or "the site" / "the complex" of any site's article (a shrine's too)."""
    return sort in _sorts_of(subject) or (sort == "site" and not _is_town(subject))


def _title(mentions: Sequence[PlaceMention], current: dict[str, _Referent]) -> None:
    """The site a document's title names ("# Imam Ali military base") is what "the base"
    means throughout, until another base is named."""
    for sort in {s for m in mentions for s in _sorts_of(m.place)}:
        places = {m.place for m in mentions if sort in _sorts_of(m.place)}
        if len(places) == 1:
            current[sort] = _Referent(places.pop(), -1, -1, True)


def _heading_names(
    mentions: Sequence[PlaceMention], section: int, current: dict[str, _Referent], prose: int
) -> None:
    """A heading that names one site of a sort is what that sort means in the prose under
    it (``section``, ``prose``: that prose's section and first sentence)."""
    for sort in {s for m in mentions for s in _sorts_of(m.place)}:
        places = {m.place for m in mentions if sort in _sorts_of(m.place)}
        before = current.get(sort)
        if len(places) != 1 or (before is not None and before.place in places):
            continue  # two of a sort say nothing; the title's own site stays the topic
        current[sort] = _Referent(places.pop(), prose, section, False)


def _next_section(sentences: Sequence[Sentence], index: int) -> int:
    """The section of the first sentence after ``index`` that is no heading (a heading's
    own line may be followed by a short "Evidence: ..." line read as one)."""
    later = (s.section for s in sentences[index + 1 :] if not s.is_heading)
    return next(later, sentences[index].section)


# ("the Beirut road", "Beirut airport road", "the Damascus–Beirut highway")
_ROAD_AFTER = re.compile(r"[\s–—-]*(?:[\w'’-]+\s+)?(?:road|highway|motorway|street)\b", re.I)


def _towns_sites(
    mentions: Sequence[PlaceMention],
    sentence: Sentence,
    sites_of: Callable[[Place], Sequence[Place]],
    fallback: dict[str, _Referent],
    prose: int,
) -> None:
    """The sites of the towns this sentence names become what their sorts mean when the
    last naming leaves a sort open ("inside Deir ez-Zor ... into the airport")."""
    for mention in mentions:
        if not _is_town(mention.place) or acts_as_government(mention, sentence):
            continue
        if _ROAD_AFTER.match(sentence.text, mention.end - sentence.start):
            continue  # "out on the Beirut road": a way out, not the town the story is in
        if _names_a_landmark(mention, sentence):
            continue  # "a town south of Damascus": where another place lies
        places = sites_of(mention.place)
        for sort in {s for p in places for s in _sorts_of(p)} - {"site"}:
            of_sort = [p for p in places if sort in _sorts_of(p)]
            if len(of_sort) == 1:
                fallback[sort] = _Referent(of_sort[0], prose, sentence.section, False)


def _companions(places: Sequence[Place], current: dict[str, _Referent]) -> None:
    """Each sort that one companion alone has points at it, unless the title named one
    ("the site" of a town's article is as likely the town itself)."""
    for sort in {s for p in places for s in _sorts_of(p)} - set(current) - {"site"}:
        of_sort = [p for p in places if sort in _sorts_of(p)]
        if len(of_sort) == 1:
            current[sort] = _Referent(of_sort[0], -1, -1, True)


def _name(
    mention: PlaceMention,
    sentence: Sentence,
    named: dict[str, set[str]],
    current: dict[str, _Referent],
    prose: int,
) -> None:
    """A site named: it becomes what its sorts point at (nothing, if the sentence names
    two of a sort)."""
    sorts = _sorts_of(mention.place)
    if "base" not in sorts and _CALLED_A_BASE.search(mention.mention):
        sorts = (*sorts, "base")  # a gas field's "Mission Support Site Conoco"
    local = mention.start - sentence.start
    opened = mention.end if not sentence.text[:local].strip(_MARKUP) else -1
    for sort in sorts:
        named.setdefault(sort, set()).add(mention.place.id)
        clear = len(named[sort]) == 1
        before = current.get(sort)
        if not clear and before is not None and _still_the_subject(before, sentence, local, prose):
            continue  # the subject is still what "the town" means
        topic = clear and (
            prose == 0 or (before is not None and before.topic and before.place == mention.place)
        )
        place = mention.place if clear else None
        current[sort] = _Referent(place, prose, sentence.section, topic, opened if clear else -1)


_MARKUP = " *_\"'“‘["
# What may stand between two names of one subject: "Damascus and Aleppo were struck",
# "Albu Kamal, al-Mayadin and Deir ez-Zor fell".
_SUBJECT_LIST = re.compile(r"(?:[\s,*_/&]|and\b|or\b|the\b|[A-Z][\w'’-]*|\w+[-'’][\w'’-]+)*")


def _still_the_subject(before: _Referent, sentence: Sentence, start: int, prose: int) -> bool:
    """Whether the place this sentence opened with stays what its sort means though the
    sentence names another of that sort later, outside its subject ("Albu Kamal lies on
    the road linking Deir ez-Zor with the Iraqi town of al-Qa'im. ... the town")."""
    if before.opened < 0 or before.sentence != prose or before.place is None:
        return False
    return _SUBJECT_LIST.fullmatch(sentence.text, before.opened - sentence.start, start) is None


# A name that calls a site of another kind a base: "Mission Support Site Conoco", "Patrol
# Base Shaddadi", "the Conoco base".
_CALLED_A_BASE = re.compile(r"(?i:\b(?:base|outpost|garrison|support\s+site)\b)")


@functools.lru_cache(maxsize=4096)
def _sorts_of(place: Place) -> tuple[str, ...]:
    return tuple(sort for sort, test in _SORTS.items() if test(place))


def _resolve(
    match: re.Match[str],
    sentence: Sentence,
    mentions: list[PlaceMention],
    referent: _Referent | None,
    prose: int,
    window: int = _WINDOW,
) -> PlaceMention | None:
    start, end = match.span()
    if referent is None or referent.place is None:
        return None
    if any(m.start < end and start < m.end for m in mentions):
        return None  # part of a name the matcher found ("the Iranian embassy")
    near = referent.section == sentence.section and prose - referent.sentence < window
    if not (near or referent.topic):
        return None
    return PlaceMention(start=start, end=end, mention=match.group(0), place=referent.place)
