"""Which named places only say where another one is.

"the Kuweires airbase east of Aleppo", "Shayrat Airbase ... located in Homs Governorate",
"| T-4 | Homs | Drone base |", "Iran's embassy in Damascus, Syria": Aleppo, Homs and Syria
say where the site is; they are not second places where something happened. Dropping
them keeps each event on its most precise point.
"""

from __future__ import annotations

import itertools
import re

from extract import lexicon
from extract.blocks import is_table_row
from extract.gazetteer import distance_km
from extract.locating import AREA_KINDS
from extract.records import PlaceMention, Sentence

__all__ = ["between", "drop_landmarks"]

_COUNTRY_KINDS = frozenset({"country"})
_OPEN_KINDS = frozenset({"sea", "gulf", "continent"})  # no country holds them


def drop_landmarks(mentions: list[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """The located mentions of a sentence without those that only locate another."""
    kept = _drop_covered_areas(_drop_located_by(mentions, sentence))
    if sentence.text.startswith("|") and is_table_row(sentence.text):
        kept = _drop_row_context(kept)
    return kept


# A table row with a site (or a city quarter) names the town or province it lies in
# in another cell ("| T-4 | Homs | Drone base |", "| Damascus (Mazzeh) |"): context.
_ROW_CONTEXT_KM = 150.0


def _drop_row_context(mentions: list[PlaceMention]) -> list[PlaceMention]:
    precise = [m for m in mentions if m.place.kind in lexicon.SITE_KINDS]
    return [
        m
        for m in mentions
        if m.place.kind in lexicon.SITE_KINDS
        or not any(
            p.place.country == m.place.country and distance_km(p.place, m.place) <= _ROW_CONTEXT_KM
            for p in precise
        )
    ]


def _drop_covered_areas(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A country adds nothing to the map when the sentence names a place inside it, nor
    a sea or continent when it names any town or site ("its only facility in the
    Mediterranean", said of Tartus)."""
    inner = {m.place.country for m in mentions if m.place.kind not in AREA_KINDS}
    return [
        m
        for m in mentions
        if not (m.place.kind in _COUNTRY_KINDS and m.place.country in inner)
        and not (m.place.kind in _OPEN_KINDS and inner)
    ]


# "the Kuweires airbase east of Aleppo", "T-4, 60 km west of Palmyra", "the Yarmouk camp
# in southern Damascus": a town that only says where a named site lies is a landmark,
# not a second place where it happened (the site is the more precise point).
_LINK = (
    r"(?:(?:about|some|roughly|around|nearly)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:of|from)|near|outside"
    r"|close\s+to|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of"
    r"|in(?:\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?)?"
    r"|(?<=km\s)from|(?<=kilometres\s)from|(?<=kilometers\s)from|(?<=miles\s)from)\s+"
    r"(?:the\s+(?:(?:city|town|village|province|governorate)\s+of\s+)?)?$"
)
_LANDMARK_LINK = re.compile(rf"^\s*,?\s*{_LINK}", re.IGNORECASE)
# After a topic label, the description may name what the place is first: "**Al-Kiswah:**
# a base south of Damascus".
_LABELLED_LINK = re.compile(rf"^[*_]*\s*:[*_]*\s+(?:[^,;:.()]{{0,80}}?\s)?{_LINK}", re.IGNORECASE)


# Quarters of a town locate a site in them ("the shrine in the Old City of Damascus").
_QUARTERS = frozenset({"district", "neighborhood", "neighbourhood"})


def _drop_located_by(mentions: list[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """Towns that only locate the named site just before them, or (after "located in",
    "31 km southeast of") any site named earlier in the sentence."""
    kept = mentions[:1]
    for site, mention in itertools.pairwise(mentions):
        if _is_landmark(site, mention, sentence):
            continue
        if _says_where(mention, sentence) and any(_locates(m, mention) for m in kept):
            continue
        if any(_town_of_site(m, mention, sentence) for m in kept):
            continue
        kept.append(mention)
    return kept


# "Shayrat Airbase ... is a base located in Homs Governorate, about 31 km southeast of the
# city of Homs": the phrases that say where something lies.
_WHERE = re.compile(
    r"(?:\b(?:located|situated|lying|lies|sits|stands|based|built|constructed|established"
    r"|set\s+up)\s+"
    r"(?:(?:about|some|roughly|around|nearly|just)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s+)?"
    r"|\b\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s+)"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:of|from)|in|near|outside"
    r"|at|close\s+to|on\s+the\s+outskirts\s+of|from)\s+"
    r"(?:the\s+(?:(?:(?:syrian\s+)?(?:port\s+)?city|town|village|province|governorate)\s+of\s+)?)?$",
    re.IGNORECASE,
)


def _says_where(mention: PlaceMention, sentence: Sentence) -> bool:
    local = mention.start - sentence.start
    return _WHERE.search(sentence.text[max(0, local - 80) : local]) is not None


# "The 720th Logistics Support Point is a naval facility of the Russian Navy in the
# Syrian port city of Tartus": a town right by a site named earlier in the same clause,
# introduced as where something is, is the site's town, not a second place.
_SITE_TOWN_KM = 10.0
_IN_TOWN = re.compile(
    r"\b(?:in|near|outside|at)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|port)\s+of\s+)?$",
    re.IGNORECASE,
)
_NEW_PHRASE = re.compile(r"[;:]|\s(?:and|or|but|while|whereas)\s|\.\s")


def _town_of_site(site: PlaceMention, town: PlaceMention, sentence: Sentence) -> bool:
    if site.place.kind not in lexicon.SITE_KINDS or site.place.kind in _QUARTERS:
        return False
    if town.place.kind in lexicon.SITE_KINDS or town.place.kind in AREA_KINDS:
        return False
    before = sentence.text[max(0, town.start - sentence.start - 60) : town.start - sentence.start]
    return (
        _IN_TOWN.search(before) is not None
        and _NEW_PHRASE.search(between(site, town, sentence)) is None
        and distance_km(site.place, town.place) <= _SITE_TOWN_KM
    )


def _locates(site: PlaceMention, mention: PlaceMention) -> bool:
    """Can ``mention`` be what says where ``site`` is (a town for a site, a city for a
    village)?"""
    kind, first = mention.place.kind, site.place.kind
    return (
        first in lexicon.SITE_KINDS and (kind not in lexicon.SITE_KINDS or kind in _QUARTERS)
    ) or (first in _SMALL_KINDS and kind not in _SMALL_KINDS and kind not in lexicon.SITE_KINDS)


# A small place is located by a bigger one after it: "Khan Tuman, south of Aleppo".
_SMALL_KINDS = frozenset({"town", "village", *_QUARTERS})


def _is_landmark(site: PlaceMention, mention: PlaceMention, sentence: Sentence) -> bool:
    if not _locates(site, mention):
        return False
    gap = between(site, mention, sentence)
    link = _LABELLED_LINK if gap.lstrip("*_ ").startswith(":") else _LANDMARK_LINK
    return link.match(gap) is not None


def between(first: PlaceMention, second: PlaceMention, sentence: Sentence) -> str:
    """The text between two mentions of one sentence."""
    return sentence.text[first.end - sentence.start : second.start - sentence.start]
