"""Which named places only say where another one is.

"the Kuweires airbase east of Aleppo", "Shayrat Airbase ... about 31 km southeast of the
city of Homs", "**Al-Kiswah:** a base south of Damascus": the site is not in Aleppo,
Homs or Damascus, so an event there must not be put on them. A place that *contains*
the site is different: "the Mazzeh neighborhood of Damascus", "Khmeimim airfield in
north Syria", "mausoleums in Raqqa (shrines of ...)" -- the reference annotation keeps
both, and so do we (a country is the exception: it adds nothing once a place inside it
is named).
"""

from __future__ import annotations

import itertools
import re

from extract import lexicon
from extract.locating import AREA_KINDS, before_mention
from extract.places import listed_together
from extract.records import PlaceMention, Sentence

__all__ = ["between", "containers", "drop_landmarks", "offset_counts_from"]

_COUNTRY_KINDS = frozenset({"country"})
_OPEN_KINDS = frozenset({"sea", "gulf", "continent"})  # no country holds them


def drop_landmarks(mentions: list[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """The located mentions of a sentence without those that only locate another."""
    return _drop_covered_areas(_drop_located_by(mentions, sentence), sentence)


# A whole country as the event's extent: "hit dozens of targets across Syria".
_SPANNED = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?$", re.IGNORECASE)


def _drop_covered_areas(mentions: list[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """A country adds nothing to the map when the sentence names a place inside it, nor
    a sea or continent when it names any town or site ("its only facility in the
    Mediterranean", said of Tartus). A country the event spans stays: "hit targets
    across Syria, destroying the aircraft at Tiyas" tells of strikes on the country as
    well as on the base."""
    inner = {m.place.country for m in mentions if m.place.kind not in AREA_KINDS}
    # (a province inside the country covers it too: "first strikes in Syria, hitting
    # targets in the countryside of Homs and Hama")
    provinces = {
        m.place.country for m in mentions if m.place.kind in _PROVINCE_KINDS and m.place.country
    }
    covered = inner | provinces
    return [
        m
        for m in mentions
        if not (
            m.place.kind in _COUNTRY_KINDS
            and m.place.country in covered
            and not _spanned(m, sentence)
        )
        and not (m.place.kind in _OPEN_KINDS and inner)
    ]


def _spanned(mention: PlaceMention, sentence: Sentence) -> bool:
    return _SPANNED.search(before_mention(mention, sentence, 20)) is not None


# Where something lies relative to a place: a direction, a distance, "near", "outside".
# A distance: "35 km (22 mi)", "a few hundred metres".
_DISTANCE = (
    r"(?:\d+(?:[.,]\d+)?|a\s+few(?:\s+hundred)?|several(?:\s+hundred)?|hundreds\s+of"
    # "about ten kilometres south of Damascus"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)(?:[- ](?:five|hundred))?)\s*"
    r"(?:km|kilometres?|kilometers?|miles?|metres?|meters?)(?:\s*\([^()]{1,20}\))?\s+"
)
# What may stand before the name a distance is measured from: "the centre of the city
# of", "the coastal city of", "central".
_FROM_NAME = (
    r"(?:the\s+(?:centre|center|heart)\s+of\s+)?"
    r"(?:the\s+(?:(?:[a-z]+\s+)?(?:city|town|village|province|governorate|port)\s+of\s+)?)?"
    r"(?:(?:central|downtown)\s+)?"
    # "a few kilometres from Russia's base at Hmeimim"
    r"(?:(?:[A-Z][\w-]*['’]s|the)\s+(?:[a-z-]+\s+){0,2}(?:base|air\s?base|airfield|airport"
    r"|facility)\s+(?:at|in|of|near)\s+)?"
    r"(?:\[\[|\*\*|\[)?$"  # (a wiki link or bold markup opening the name)
)
_RELATIVE = (
    r"(?:(?:about|some|roughly|around|nearly|just)\s+)?"
    rf"(?:{_DISTANCE})?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:of|from)|near|outside"
    r"|close\s+to|next\s+to|adjacent\s+to|beside|opposite"
    r"|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of"
    # "the castle, which overlooks the village of al-Hosn", "a citadel overlooking Apamea"
    r"|(?:which\s+|that\s+)?overlook(?:s|ed|ing)?"
    # "The T4 base, in the desert between Homs and Palmyra"
    r"|(?:in\s+the\s+(?:desert|area|region|plain|valley|mountains|hills)\s+|midway\s+|halfway\s+)between"
    r"|(?<=km\s)from|(?<=kilometres\s)from|(?<=kilometers\s)from|(?<=miles\s)from)\s+" + _FROM_NAME
)
# Right after the site: "the Kuweires airbase east of Aleppo", "T-4, 60 km west of", or
# what it is before where: "Kuweires Military Airbase is a Syrian air base east of".
_LANDMARK_LINK = re.compile(
    r"^\s*(?:(?:neighbou?rhood|district|area|town|village|suburb|quarter|camp)\b\s*)?"
    # "the T4 (Tiyas) airbase east of Homs": the site's gloss and noun first
    r"(?:(?:\([^()]{1,40}\)|\))\s*(?:(?:military\s+)?(?:air\s?base|airfield|airport|base)\b\s*)?)?"
    r",?\s*"
    # what the site is, or how it sits: "the Hamdan airport, an old airstrip west of",
    # "the shrine, tucked into the lanes just north of"
    r"(?:(?:(?:is|was|lies|sits)\s+)?(?:an?|the)\s+[^,;:.()]{0,60}?\s"
    r"|(?:tucked|perched|nestled|hidden|set)\s+[^,;:.()]{0,40}?\s)?"
    # "Albu Kamal, on the Euphrates River opposite the Iraqi town of al-Qaim"
    r"(?:(?:on|along)\s+the\s+[^,;:.()]{0,40}?\s)?" + _RELATIVE,
    re.IGNORECASE,
)
# After a topic label, the description may name what the place is first: "**Al-Kiswah:**
# a base south of Damascus".
_LABELLED_LINK = re.compile(
    rf"^[*_]*\s*(?::[*_]*|[–—])\s+(?:[^,;:.()]{{0,80}}?\s)?{_RELATIVE}", re.IGNORECASE
)
# Anywhere later, after a verb of lying or building: "located about 31 km southeast of the
# city of Homs", "was built south of Al-Bukamal".
_WHERE = re.compile(
    r"(?:\b(?:located|situated|lying|lies|sits|stands|built|constructed|established"
    r"|set\s+up)\s+|\b(?=\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s))" + _RELATIVE,
    re.IGNORECASE,
)

# Quarters of a town, and small places, are located by what comes after them.
_QUARTERS = frozenset({"district", "neighborhood", "neighbourhood"})
_SMALL_KINDS = frozenset({"town", "village", *_QUARTERS})


# A measured offset: "a depot 20 kilometres north of Latakia", "100 m north of the
# Umayyad Mosque", "some 30 km from Damascus". Whatever it places is not at that place,
# named or not.
_MEASURED_OFFSET = re.compile(
    rf"\b(?:{_DISTANCE}|\d+(?:[.,]\d+)?\s*(?:m|yards)\s+"
    # a walk's measure: "a few steps from", "a short walk from", "minutes' drive from"
    r"|(?:a\s+few|several|\d+|a\s+hundred)\s+(?:steps|paces|blocks|yards)\s+"
    r"|a\s+(?:short\s+|few\s+minutes['’]\s+|ten-minute\s+|five-minute\s+)?(?:walk|stroll|drive)\s+"
    r"|(?:\d+|a\s+few|five|ten|fifteen|twenty)\s+minutes['’]?\s+(?:walk|drive)\s+)"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:of|from)|(?:away\s+)?from)"
    r"\s+" + _FROM_NAME,
    re.IGNORECASE,
)


# Where fire came from, not where it struck: "an air aggression from the direction of
# the occupied Syrian Golan".
_DIRECTION_OF = re.compile(
    # ("missiles fired from over the Golan Heights")
    r"\b(?:fired|launched)\s+(?:(?:the|its|their|[a-z]+)\s+){0,3}?from\s+over\s+(?:the\s+)?"
    r"(?:occupied\s+)?$|"
    r"\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?"
    # "from the direction of northwest of Tripoli", "... of the sea west of Baniyas"
    r"(?:(?:[a-z]+\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+)?"
    r"(?:occupied\s+)?(?:Syrian\s+)?$",
    re.IGNORECASE,
)
# A compass offset in apposition to a name or a site noun, known to the gazetteer or not:
# "near Athriya, southeast of Aleppo", "the Jandar power station, south of Homs",
# "Mission Support Site Conoco, northeast of Deir al-Zour city".
_APPOSED_OFFSET = re.compile(
    r"(?:\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]*"
    r"|\b(?:station|base|airbase|airport|field|depot|facility|camp|plant|crossing|area"
    r"|site|compound|post|checkpoint|dam|bridge|refinery|village|town))\s*,\s*"
    # "In Arzah, a village near Muhradah, ...": what the name it follows is
    r"(?:an?\s+(?:small\s+)?(?:village|town|hamlet|suburb|district|neighbou?rhood)\s+"
    r"(?:near|outside|close\s+to)\s+"
    r"|(?:(?:about|some|roughly|around|nearly|just)\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+)"
    r"(?:the\s+(?:(?:city|town|village|province|governorate)\s+of\s+)?)?$"
)


# The same without the comma, after a place noun or a name with an Arabic article: "near
# the T2 pumping station west of Abu Kamal", "in the al-Hamdan area north of Albu Kamal",
# "one near Marj al-Sultan east of the capital" (not "positions east of Homs": what lies
# there is no place of its own).
_ADJOINED_OFFSET = re.compile(
    # (not a base or a depot: "the 47th Brigade base south of Hama" is near enough to
    # Hama that a map of Hama shows it; a pumping station or a village is a place apart)
    r"(?:\b(?:station|field|plant|crossing|area|checkpoint|dam|bridge|refinery|village)"
    r"|\b(?:al|el|ad|ash|as|an|ar|az|at|ibn|bin)-[A-Z][\w'’-]*)\s+"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+"
    r"(?:the\s+(?:(?:city|town|village|province|governorate)\s+of\s+)?)?$"
)


def _drop_located_by(mentions: list[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """Places that only say where a site (or a small place) named before them lies, and
    places a measured offset is counted from."""
    measured = [m for m in mentions if _measured_from(m, sentence)]
    if measured and len(measured) == len(mentions):
        # the sentence's only places are what offsets count from: a site a few kilometres
        # out is best shown at the town ("raided a missile plant about 5 kilometers west
        # of the town of Masyaf"), one further off not at all
        return [m for m in measured if _close_offset(m, sentence)]
    mentions = [m for m in mentions if m not in measured]
    kept = mentions[:1]
    paired = False  # the last place dropped was the first of "between X and Y"
    for site, mention in itertools.pairwise(mentions):
        if paired and _AND.fullmatch(between(site, mention, sentence)):
            paired = False
            continue  # "... between Homs and Palmyra": Palmyra locates the site too
        if _is_landmark(site, mention, sentence):
            paired = between(site, mention, sentence).rstrip().endswith("between")
            continue
        paired = False
        if _says_where(mention, sentence) and any(_locates(m, mention) for m in kept):
            continue
        kept.append(mention)
    return kept


_AND = re.compile(r"\s+and\s+")


def offset_counts_from(mention: PlaceMention, sentence: Sentence) -> bool:
    """A measured distance is counted from the place: "a few hundred metres from the
    shrine", "20 km north of Latakia"."""
    local = mention.start - sentence.start
    return _MEASURED_OFFSET.search(sentence.text, max(0, local - 60), local) is not None


def _measured_from(mention: PlaceMention, sentence: Sentence) -> bool:
    """The place is what a distance, a direction of fire or an apposed compass offset
    is counted from."""
    local = mention.start - sentence.start
    lo = max(0, local - 60)
    if not _may_count_from(sentence.text[lo:local]):
        return False  # most places: four searches spared
    return any(
        pattern.search(sentence.text, lo, local) is not None
        for pattern in (_MEASURED_OFFSET, _DIRECTION_OF, _APPOSED_OFFSET, _ADJOINED_OFFSET)
    )


def _may_count_from(window: str) -> bool:
    """False when none of _measured_from's patterns can match in ``window``: each holds
    "of" or "from" (in any case), or a comma and "near", "outside" or "close"."""
    lowered = window.lower()
    return (
        "of" in lowered
        or "from" in lowered
        or ("," in window and ("near" in window or "outside" in window or "close" in window))
    )


# How far from a town a site may lie and still be shown at it: what a town's point is
# trusted to (see the evaluation's 5 km for towns).
_CLOSE_KM = 5.0
_KM_PER_MILE = 1.609
_OFFSET_AMOUNT = re.compile(
    r"(?i:\b(?P<n>\d+(?:[.,]\d+)?|a\s+few(?:\s+hundred)?|several(?:\s+hundred)?|hundreds\s+of"
    r"|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*(?P<unit>km|kilomet\w*|miles?|m\b|metres?|meters?|yards))"
)
_A_FEW = 3


def _close_offset(mention: PlaceMention, sentence: Sentence) -> bool:
    """Is the place what a short measured offset counts from ("5 km west of Masyaf")?"""
    local = mention.start - sentence.start
    offset = _MEASURED_OFFSET.search(sentence.text, max(0, local - 60), local)
    if offset is None:
        return False
    amount = _OFFSET_AMOUNT.match(sentence.text, offset.start())
    if amount is None:
        return False
    unit = amount["unit"].lower()
    if unit.startswith(("me", "y")) or unit == "m":
        return True  # metres or yards away
    words = " ".join(amount["n"].lower().split())
    if "hundred" in words or words == "several":
        return False  # "a few hundred kilometres": far
    number = _A_FEW if words == "a few" else lexicon.NUMBER_WORDS.get(words)
    km = (number or float(words.replace(",", "."))) * (_KM_PER_MILE if unit[:2] == "mi" else 1)
    return km <= _CLOSE_KM


def _says_where(mention: PlaceMention, sentence: Sentence) -> bool:
    local = mention.start - sentence.start
    return _WHERE.search(sentence.text[max(0, local - 80) : local]) is not None


def _locates(site: PlaceMention, mention: PlaceMention) -> bool:
    """Can ``mention`` be what says where ``site`` is (a town for a site, a city for a
    village)?"""
    kind, first = mention.place.kind, site.place.kind
    return (
        first in lexicon.SITE_KINDS and (kind not in lexicon.SITE_KINDS or kind in _QUARTERS)
    ) or (first in _SMALL_KINDS and kind not in _SMALL_KINDS and kind not in lexicon.SITE_KINDS)


def _is_landmark(site: PlaceMention, mention: PlaceMention, sentence: Sentence) -> bool:
    gap = between(site, mention, sentence)
    if not _locates(site, mention) and not _beside_a_site(site, mention, gap):
        return False
    link = _LABELLED_LINK if gap.lstrip("*_ ").startswith(":") else _LANDMARK_LINK
    return link.match(gap) is not None


# A site placed by the compass from another: "the shrine of Sayyida Ruqayya, just north of
# the Umayyad Mosque" (not "near": two sites near each other may both be hit).
_COMPASS = re.compile(r"\b(?:north|south|east|west)\w*\s+(?:of|from)\s", re.IGNORECASE)


def _beside_a_site(site: PlaceMention, mention: PlaceMention, gap: str) -> bool:
    sites = lexicon.SITE_KINDS
    return site.place.kind in sites and mention.place.kind in sites and bool(_COMPASS.search(gap))


# "the T4 airbase in central Syria", "the Mazzeh neighborhood of Damascus", "the 720th
# Support Point in Tartus", "al-Qusayr in Homs Governorate": the place right after a site
# (or a quarter, or a town) that holds it.
_CONTAINER_LINK = re.compile(
    r"^\s*,?\s*(?:(?:is\s+|was\s+)?(?:located|situated|stands|stood|lies|sits)\s+)?"
    r"(?:in|inside|at|of|within)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|port|province|governorate|region|area)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)


def _is_province(mention: PlaceMention) -> bool:
    return mention.place.kind == "region"


def _in_list(first: PlaceMention, second: PlaceMention, sentence: Sentence) -> bool:
    base = sentence.start
    return listed_together(sentence.text, first.start - base, second.end - base)


def containers(mentions: list[PlaceMention], sentence: Sentence) -> dict[int, int]:
    """By start offset, each place that holds the site named right before it, mapped to
    that site's start: the two tell of one event ("Khmeimim airfield in north Syria" is a
    basing deal in both), as the reference annotation has it."""
    held: dict[int, int] = {}
    for site, place, after in itertools.zip_longest(mentions, mentions[1:], mentions[2:]):
        if place is None:
            break
        holds = _locates(site, place) or _in_province(site, place)
        gap = between(site, place, sentence)
        # "| T-4 airbase, Homs |": after a comma, only a province is named as a holder
        linked = _CONTAINER_LINK.match(gap) or (
            gap.strip() == "," and _is_province(place) and not _in_list(site, place, sentence)
        )
        # "| Hmeimim air base | Latakia |": a row's province cell after its site's cell
        linked = linked or (sentence.is_row and gap.strip() == "|" and _is_province(place))
        if holds and linked:
            held[place.start] = site.start
            if after is not None and _POSSESSIVE.fullmatch(between(place, after, sentence)):
                held[after.start] = site.start  # "in Syria's Latakia province"
        elif _OWNER_FIRST.fullmatch(gap) and (_locates(place, site) or _in_province(place, site)):
            held[site.start] = place.start  # "Damascus's Old City", "Beirut's southern suburbs"
    return held


_POSSESSIVE = re.compile(r"['’]s\s+")
# A town whose quarter or site follows in the possessive, with a word or two of how.
_OWNER_FIRST = re.compile(r"['’]s?\s+(?:(?:[a-z]+|[A-Z][a-z]+ern)\s+){0,2}(?:the\s+)?")


_PROVINCE_KINDS = frozenset({"region", "admin1", "province"})


def _in_province(town: PlaceMention, place: PlaceMention) -> bool:
    """ "the town of al-Qusayr in Homs Governorate": a town and the province holding it."""
    return town.place.kind in lexicon.TOWN_KINDS and place.place.kind in _PROVINCE_KINDS


def between(first: PlaceMention, second: PlaceMention, sentence: Sentence) -> str:
    """The text between two mentions of one sentence."""
    return sentence.text[first.end - sentence.start : second.start - sentence.start]
