"""Descriptions that point back at a named site: "the shrine", "the base".

Texts name a site once and then call it by its common noun: "The Sayyida Zaynab Mosque
... In June 2012 a car bomb exploded near the shrine". Such a description becomes a
mention of that site when it can only mean one: exactly one site of the matching sort
was named in the same section within the last few sentences, and nothing in between
introduced another one ("a second base"). A description that names its own referent
("the shrine of Hujr ibn Adi", "the base at Hmeimim") is left to the place matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.records import Place, PlaceMention, Sentence

__all__ = ["resolve_descriptions"]

# How many sentences back (the current one included) an antecedent may be.
_WINDOW = 3


def _is_shrine(place: Place) -> bool:
    return place.kind in {"shrine", "mosque", "mausoleum"}


def _is_base(place: Place) -> bool:
    return place.kind in {"base", "airbase", "air base", "naval base"}


def _is_airport(place: Place) -> bool:
    return place.kind in {"facility", "airport"} and "airport" in place.name.lower()


def _is_embassy(place: Place) -> bool:
    return place.kind in {"embassy", "consulate"}


_SORTS: dict[str, Callable[[Place], bool]] = {
    "shrine": _is_shrine, "mosque": _is_shrine, "mausoleum": _is_shrine, "tomb": _is_shrine,
    "base": _is_base, "airbase": _is_base, "air base": _is_base, "airfield": _is_base,
    "airport": _is_airport, "embassy": _is_embassy, "consulate": _is_embassy,
}  # fmt: skip

_NOUN = r"(shrine|mosque|mausoleum|tomb|air\s?base|airfield|base|airport|embassy|consulate)"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
# "the shrine", not "the shrines", "the shrine of X" or "the base at Hmeimim": those name
# (or describe) their referent themselves.
_DESCRIPTION = re.compile(
    rf"\b[Tt]he\s+{_NOUN}\b(?!s\b|-)"
    r"(?!\s+of\b)(?!\s+(?:at|in|near|on|outside)\s+(?:the\s+)?(?!" + _MONTHS + r")[A-Z])"
)
# Something that introduces another site of a sort: "a second base", "another shrine".
_NEW_SITE = re.compile(
    rf"\b(?:[Aa]n?|[Aa]nother|[Ss]econd|[Tt]hird|[Nn]ew|[Oo]ther)\s+(?:[\w-]+\s+){{0,2}}{_NOUN}\b"
)


def resolve_descriptions(
    sentences: Sequence[Sentence], found: Sequence[list[PlaceMention]]
) -> list[list[PlaceMention]]:
    """``found`` (the mentions of each sentence), plus the descriptions that point back
    at a site named shortly before, as mentions of that site."""
    result = [list(mentions) for mentions in found]
    for index, sentence in enumerate(sentences):
        if sentence.is_heading or "he " not in sentence.text:
            continue
        for match in _DESCRIPTION.finditer(sentence.text):
            mention = _resolve(match, index, sentences, result)
            if mention is not None:
                result[index] = sorted([*result[index], mention], key=lambda m: m.start)
    return result


def _resolve(
    match: re.Match[str],
    index: int,
    sentences: Sequence[Sentence],
    found: Sequence[list[PlaceMention]],
) -> PlaceMention | None:
    sentence = sentences[index]
    start, end = sentence.start + match.start(), sentence.start + match.end()
    if any(m.start < end and start < m.end for m in found[index]):
        return None  # part of a name the matcher found ("the Iranian embassy")
    sort = _SORTS[re.sub(r"\s+", " ", match.group(1).lower())]
    candidates: dict[str, Place] = {}
    for back in range(index, max(-1, index - _WINDOW), -1):
        earlier = sentences[back]
        if earlier.section != sentence.section:
            break
        limit = start if back == index else earlier.end
        places = [m for m in found[back] if m.end <= limit and sort(m.place)]
        after = places[-1].end - earlier.start if places else 0
        if _NEW_SITE.search(earlier.text, after, limit - earlier.start):
            return None  # "a second base" came after the last one named
        if places:
            candidates.update((m.place.id, m.place) for m in places)
            break  # the nearest sentence that names a site of the sort decides
    if len(candidates) != 1:
        return None
    (place,) = candidates.values()
    return PlaceMention(start=start, end=end, mention=match.group(0), place=place)
