"""What an article is about: the town or site its title is nothing but the name of.

Encyclopedia articles are titled with their subject ("Masyaf", "Kuweires Military
Airbase", "Sayyida Ruqayya Mosque - Wikipedia") and then call it by a common noun ("the
town", "the base", "the shrine": :mod:`extract.anaphora` reads those) or, for an air
base named after a small place, by that place's name alone: "ISIL launched an assault on
Kuweires", "Su-24s were deployed to Dumayr". In the base's own article such a short name
is the base, unless its phrase says it is the place ("the town of Dumayr", "the Mezzeh
district"). A town's article calls the sites named after it by their common nouns: its
companions.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence

from extract import lexicon
from extract.blocks import front_matter_end
from extract.gazetteer import Gazetteer, fold
from extract.records import Place, PlaceMention, Sentence

__all__ = [
    "companions",
    "lead_subject",
    "name_the_subject",
    "opening_title",
    "short_names",
    "title_subject",
]

# What a subject's title may add to its name: "Latakia, Syria", "Jableh (city)",
# "Masyaf - Wikipedia".
_TITLE_EXTRAS = re.compile(r"(?i:[\W_]|\b(?:syria|city|town|village|wikipedia)\b)+")

# A short name is the base's only when the place it also names is small: a village, a
# district, a town of under this many people ("Dumayr"), not a city ("Hama", "Palmyra").
_SMALL_PLACE = 40_000
_BASE_KINDS = frozenset({"base", "airbase", "air base", "naval base", "airport", "facility"})
_PLACE_KINDS = frozenset({*lexicon.TOWN_KINDS, "district", "neighbourhood", "neighborhood"})

# "the town of Dumayr", "the village of Kuweires Sharqi", "residents of Mezzeh": the place.
_PLACE_BEFORE = re.compile(
    r"\b(?:town|village|city|district|neighbou?rhood|suburb|municipality|residents|people"
    r"|countryside|outskirts|area)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Mezzeh district", "Kuweires Sharqi", "Mezzeh 86", "Dumayr-based": another name.
_PLACE_AFTER = re.compile(
    r"^(?:\s+(?:town|village|city|district|neighbou?rhood|suburb|municipality|residents"
    r"|countryside|highway|road|prison|[A-Z0-9])|-)"
)


# A first line that reads as a title: short, no sentence punctuation at its end.
_TITLE_LINE = re.compile(r"[ \t]*(?:#+[ \t]+)?(?P<title>[^\n]{2,100}?)[ \t]*(?:\n|$)")


def opening_title(text: str, sentences: Sequence[Sentence]) -> Sentence | None:
    """The heading a document opens with: its first sentence when that is a heading, or
    its first line when the reader set it aside with what followed (a saved article's
    title, "From Wikipedia ..." and the infobox form one block that is not prose)."""
    first = sentences[0] if sentences else None
    opens = front_matter_end(text)  # (past a Markdown file's "---" front matter)
    line = _TITLE_LINE.match(text, opens + len(text[opens:]) - len(text[opens:].lstrip()))
    if line is None or (first is not None and first.start <= line.start("title")):
        return first if first is not None and first.is_heading else None
    title = line.group("title")
    if title[-1] in ".!?:;,":
        return None
    start = line.start("title")
    return Sentence(start, start + len(title), title, -1, -1, is_heading=True)


def title_subject(title: Sentence, mentions: Sequence[PlaceMention]) -> Place | None:
    """The town or site a title is nothing but the name of: the article's subject. A
    site's title may say where it is: "Russian naval facility in Tartus"."""
    if not mentions:
        return None
    place = mentions[0].place
    if len(mentions) > 1 and not _site_where(mentions):
        return None
    if place.kind not in lexicon.TOWN_KINDS and place.kind not in lexicon.SITE_KINDS:
        return None
    rest, last = [], title.start
    for mention in mentions:
        rest.append(title.text[last - title.start : mention.start - title.start])
        last = mention.end
    rest.append(title.text[last - title.start :])
    extras = "".join(rest[:1] + [_WHERE_LINK.sub("", r) for r in rest[1:-1]] + rest[-1:])
    return place if not extras or _TITLE_EXTRAS.fullmatch(extras) else None


# How an encyclopedia's lead defines its subject: "Sayyida Zaynab Mosque is a mosque and
# shrine in ...", "The Khmeimim Air Base (Russian: ...) is a Russian military airbase".
_DEFINED = re.compile(
    r"\s*(?:\([^()]{0,120}\)\s*)?(?:,[^,.]{1,80},\s*)?(?:is|was)\s+(?:a|an|one\s+of)\b"
)
_LEAD_OPENING = re.compile(r"[\s*_'\"]*(?:The\s+)?$")
_LEAD_SENTENCES = 4  # the lead's first sentence comes before this many others


def lead_subject(
    sentences: Sequence[Sentence], found: Sequence[Sequence[PlaceMention]]
) -> Place | None:
    """The place the first sentence of an untitled article defines: its subject (pasted
    wiki source and plain-text encyclopedia entries have no title line)."""
    for index, (sentence, mentions) in enumerate(zip(sentences, found, strict=False)):
        if index >= _LEAD_SENTENCES:
            return None
        if sentence.is_heading or sentence.is_row:
            continue
        if not mentions:
            return None
        first = mentions[0]
        opening = sentence.text[: first.start - sentence.start]
        defined = _DEFINED.match(sentence.text, first.end - sentence.start)
        kind = first.place.kind
        if (
            _LEAD_OPENING.fullmatch(opening)
            and defined is not None
            and (kind in lexicon.TOWN_KINDS or kind in lexicon.SITE_KINDS)
        ):
            return first.place
        return None
    return None


# How a site's title says where it is: "... in Tartus", "..., Latakia", "... near Aleppo".
_WHERE_LINK = re.compile(r"^\s*(?:,|in|at|near)\s*$")


def _site_where(mentions: Sequence[PlaceMention]) -> bool:
    """The title names a site first, then only the places it lies in."""
    site, *where = mentions
    if site.place.kind not in lexicon.SITE_KINDS:
        return False
    return all(m.place.kind not in lexicon.SITE_KINDS for m in where)


def short_names(subject: Place, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The names a base's article calls it by alone: the small place its name opens with
    ("Dumayr" of "Dumayr Military Airport") and that place's other spellings among the
    base's anchors. None for a shrine, a town, or a base named after a city."""
    info = gazetteer.sites.get(subject.id)
    if subject.kind not in _BASE_KINDS or info is None:
        return ()
    lead = next((a for a in info.anchors if subject.name.startswith(f"{a} ")), None)
    if lead is None:
        return ()
    place = gazetteer.best(lead)
    if place is not None and place != subject and not _is_small(place):
        return ()
    return tuple(a for a in info.anchors if gazetteer.best(a) == place)


def companions(subject: Place, gazetteer: Gazetteer) -> list[Place]:
    """The sites a town's article means by "the shrine", "the airport": those named
    after the town or placed by it ("Sayyidah Zaynab Mosque" in the article on the town
    of Sayyidah Zaynab, Latakia's airport in Latakia's)."""
    if subject.kind not in lexicon.TOWN_KINDS:
        return []
    index = _COMPANIONS.get(gazetteer)
    if index is None:
        index = _COMPANIONS[gazetteer] = _companion_index(gazetteer)
    return list(index.get((subject.country, fold(subject.name)), ()))


# A gazetteer's sites by (country, the town names that lead or anchor them), built once:
# asked of every town a document names, a scan of the curated rows would cost more than
# the rest of the document.
_COMPANIONS: weakref.WeakKeyDictionary[Gazetteer, dict[tuple[str, str], list[Place]]] = (
    weakref.WeakKeyDictionary()
)


def _companion_index(gazetteer: Gazetteer) -> dict[tuple[str, str], list[Place]]:
    index: dict[tuple[str, str], list[Place]] = {}
    for pid in sorted(gazetteer.curated):
        site = gazetteer.get(pid)
        if site is None or site.kind in lexicon.TOWN_KINDS:
            continue
        info = gazetteer.sites.get(pid)
        words = fold(site.name).split()
        keys = {" ".join(words[:n]) for n in range(1, len(words))}  # its name's leads
        keys.update(fold(a) for a in (info.anchors if info is not None else ()))
        for key in keys:
            index.setdefault((site.country, key), []).append(site)
    return index


def _is_small(place: Place) -> bool:
    return place.kind in _PLACE_KINDS and place.population < _SMALL_PLACE


def name_the_subject(
    sentences: Sequence[Sentence],
    found: Sequence[list[PlaceMention]],
    text: str,
    subject: Place,
    names: Sequence[str],
) -> list[list[PlaceMention]]:
    """``found`` with each short name of the subject, alone in prose, as the subject:
    a mention of the small place it also names is replaced, an unmatched one added."""
    result = [list(mentions) for mentions in found]
    if not names:
        return result
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    )
    for index, sentence in enumerate(sentences):
        if sentence.is_heading:
            continue
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if _PLACE_BEFORE.search(text[max(0, start - 40) : start]) or _PLACE_AFTER.match(
                text[end : end + 20]
            ):
                continue
            result[index] = _as_subject(result[index], start, end, match.group(0), subject)
    return result


def _as_subject(
    mentions: list[PlaceMention], start: int, end: int, name: str, subject: Place
) -> list[PlaceMention]:
    overlapping = [m for m in mentions if m.start < end and start < m.end]
    if any(m.start != start or m.end != end for m in overlapping):
        return mentions  # part of a longer name the matcher found ("Dumayr airbase")
    kept = [m for m in mentions if m not in overlapping]
    return sorted([*kept, PlaceMention(start, end, name, subject)], key=lambda m: m.start)
