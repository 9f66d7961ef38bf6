"""Is this place where something happened? The grammar around a place mention.

Most place names in political prose are not event locations: "Tehran will keep its
forces" names a government, "relations with Egypt" a party, "the Washington Post" an
outlet. So a mention of a town, region or country becomes an event location only when
the sentence places something there: a locative preposition ("in Syria", "the port of
Tartus", "visit to Moscow"), the object of an event verb ("captured Damascus"), an event
noun it modifies ("the Hama massacre"), or a site noun it names ("its Tartus facility").
Sites (bases, shrines, embassies, districts, islands) are locations whatever their
grammatical role. Negated, hedged and quoted mentions are not.
"""

from __future__ import annotations

import re

from extract import lexicon
from extract.columns import row_separator
from extract.noise import Stuffing, phrase_automaton
from extract.records import PlaceMention, Sentence

__all__ = [
    "AREA_KINDS",
    "CLAUSE_BREAK",
    "METONYM_POPULATION",
    "MODIFIERS",
    "WORD",
    "after_mention",
    "before_mention",
    "holds_armed_men",
    "is_attributive_org",
    "is_event_location",
    "is_reported_quote",
    "lower_words",
    "preposition_before",
    "stretch_from",
    "unplaced_list_start",
]

WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
# Words allowed between a preposition and the place: "in the western province of".
MODIFIERS = frozenset(
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
        # "in the disputed Shebaa Farms", "the restive province of Daraa"
        "disputed",
        "contested",
        "annexed",
        "embattled",
        "restive",
        "strategic",
        # "into the demilitarised buffer zone on the Golan Heights", "the so-called Alawite
        # heartland", "the former Russian base at Qamishli"
        "demilitarised",
        "demilitarized",
        "so-called",
        "former",
        "remote",
        "mountainous",
        "northernmost",
        "southernmost",
        "nearby",
        # "buried in his native Isfahan", "his home city of", "the holy city of Qom"
        "native",
        "home",
        "holy",
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
        "settlement",
        "settlements",
        "capital",
        "port",
        "ports",  # "strikes on naval vessels in the ports of Latakia and Minet al-Baida"
        "heart",
        "outskirts",
        "suburbs",
        "of",
        "post-assad",
        "new",
        "modern",
        "ancient",
        "then",
        # "in the Kazakh capital Astana", "the Jordanian town of Ramtha"
        *("kazakh", "jordanian", "egyptian", "saudi", "qatari", "emirati", "omani", "kuwaiti"),
        *("bahraini", "yemeni", "afghan", "pakistani", "azerbaijani", "armenian", "libyan"),
        *("palestinian", "french", "british", "american", "swiss", "austrian", "german"),
        *("belgian", "italian", "chinese", "cypriot", "greek", "kurdish", "persian"),
    }
)
AREA_KINDS = frozenset({"country", "region", "continent", "sea", "gulf", "admin1", "province"})
_PROVINCE_KINDS = frozenset({"region", "admin1", "province"})
CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s|\s[–—]\s")


def lower_words(text: str) -> list[str]:
    if text.isascii():
        # One lower() for the whole text instead of one per word: in ASCII, lower-casing
        # keeps every character's length and whether it is a word character, so the
        # words are the same (not so for "İ", which lower-cases to two characters).
        return WORD.findall(text.lower())
    return [w.lower() for w in WORD.findall(text)]


def _clause_before(text: str) -> str:
    """The text from the last clause break up to the end of ``text``."""
    start = 0
    for match in CLAUSE_BREAK.finditer(text):
        start = match.end()
    return text[start:]


# A quoted passage, not a title: a sentence that opens with the quotation mark and reads
# on for eight words or more ('"Gunmen stormed the Iranian embassy in the Mezzeh area of
# Damascus on Sunday after Assad's departure.' pasted into a thread).
# (a cited title closes its quotes before a comma: '"Israeli strikes near Aleppo kill
# dozens", Reuters')
# (a Markdown quote's ">" before it: an IDF statement set off as a block quote)
_QUOTED_PASSAGE = re.compile(
    r"[\s>*_]*[\"“](?:[^\"”\s]+\s+){8}[^\"”]*(?:[.!?]\s*[\"”]|[\"”][\s.!?]*$|$)"
)
# ... that tells what happened (not an opinion: '"Moscow wants Tartus and Khmeimim."')
_TOLD_PAST = re.compile(
    r"\b(?:was|were|had|took|struck|hit|fell|left|drove|came|went|[a-z]{3,}ed)\b"
)


def _quoted_passage(text: str) -> bool:
    return _QUOTED_PASSAGE.match(text) is not None and _TOLD_PAST.search(text) is not None


def _inside_quotes(before: str) -> bool:
    if before.count('"') % 2 == 1:
        return True
    # Curly quotes: “ and « open, ” and » close (plain counts: this runs per mention); in
    # a text quoting the German way („Warten vor den Toren von Hmeimim“) “ closes „.
    if "„" in before:
        opened = before.count("„") + before.count("«")
        return opened > before.count("“") + before.count("”") + before.count("»")
    opened = before.count("“") + before.count("«")
    return opened > 0 and opened > before.count("”") + before.count("»")


# A quotation a source is said to have given: 'a military source told SANA: "..."',
# '"Ten drones were approaching the base," the ministry said'. Such statements are how
# state media and ministries report strikes; a quotation without an attribution is more
# often a title, a slogan or a scare quote.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stated|reported|announced|added|declared|noted|statement|"
    r"quoted\s+as\s+saying|saying|told(?:\s+[\w.-]+){0,3}"
    # a partial quote: 'a source as saying that the Israeli enemy "targeted sites in ..."'
    r"|(?:saying|said|says|stated|announced|claimed)\s+that(?:\s+[\w.'’-]+){0,6})"
    r"\s*[:,]?\s*$"
)
_SAID_AFTER = re.compile(
    r"[\s,.;:!?]*(?:[\w.'’-]+\s+){0,6}?(?:said|says|added|stated|reported|announced|told)\b"
)
_CLOSING_QUOTES = '"”»'


def _quoted_name(before: str, after: str) -> bool:
    """The quotation marks hold the name alone: 'the "Glass House" near the airport'."""
    return before[-1:] in _OPENING_QUOTES and after[:1] in _CLOSING_QUOTES


_OPENING_QUOTES = '"“«'


def is_reported_quote(text: str, at: int) -> bool:
    """Is position ``at`` of ``text`` inside a quotation attributed to a source?"""
    before = text[:at]
    if not _inside_quotes(before):
        return False
    opened = max(before.rfind('"'), before.rfind("“"), before.rfind("«"))
    if _SAID_BEFORE.search(text, max(0, opened - 80), opened):
        return True
    closes = [i for i in (text.find(q, at) for q in _CLOSING_QUOTES) if i != -1]
    return bool(closes) and _SAID_AFTER.match(text, min(closes) + 1) is not None


_POSSESSIVES = ("'s", "’s")


def preposition_before(words: list[str]) -> tuple[str | None, list[str]]:
    """The preposition governing the place, skipping modifiers; and the words before it."""
    i = len(words) - 1
    while i >= 0 and words[i] in MODIFIERS and words[i] != "of":
        i -= 1
    if (
        i >= 1
        and words[i].endswith(_POSSESSIVES)
        and (words[i - 1] == "of" or words[i - 1] in lexicon.LOCATIVE_PREPOSITIONS)
    ):
        i -= 1  # "in Syria's Deir ez-Zor province": the owner stands between
    if i >= 0 and words[i] == "of":
        return "of", words[:i]
    if i >= 0 and words[i] in lexicon.LOCATIVE_PREPOSITIONS:
        return words[i], words[:i]
    return None, words[: i + 1]


def _of_is_locative(head_words: list[str]) -> bool:
    """ "the port of Tartus" yes, "President of Syria" no; "drove IS out of Palmyra" yes."""
    if head_words and head_words[-1] in lexicon.TITLE_NOUNS:
        return False
    if head_words and head_words[-1] == "out":
        return any(w.startswith(_DRIVERS) for w in head_words[-7:-1])
    return not lexicon.OF_SITE_NOUNS.isdisjoint(head_words[-5:])


# Who was driven out of a place was fought there: "the army drove Islamic State out of";
# forces that pulled out of one left it: "militias pulled out of Deir Ezzor".
# (and where an offensive set out: "launched an offensive out of Idlib")
_DRIVERS = (
    "drove", "driven", "drive", "pushed", "push", "forced", "chased", "kicked", "ousted",
    "pull", "withdr", "retreat", "evacuat", "offensive", "launch",
)  # fmt: skip


# How many words before the preposition its cue may stand (8 unless said here).
_CUE_REACH = {"between": 14, "to": 12}
_CUED_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "to": lexicon.MOTION_CUES,
    "from": lexicon.FROM_CUES,
    "on": lexicon.ON_CUES,
    "for": lexicon.FOR_CUES,
    "toward": lexicon.TOWARD_CUES,
    "towards": lexicon.TOWARD_CUES,
    "between": lexicon.BETWEEN_CUES,
    "against": lexicon.AGAINST_CUES,
}


# "along the Palmyra road", "along the Lebanon border": a way named for where it leads
# (but "deployed along the Golan ceasefire line" is on the Golan).
_LINK_AFTER = re.compile(r"\s+(?:road|highway|motorway|route|border)s?\b", re.I)


def _along_a_link(before: str, after: str) -> bool:
    return before[-10:].lower().rstrip().endswith(("along", "along the")) and bool(
        _LINK_AFTER.match(after)
    )


# What lies "between" two places without being at either: a road, a border, and what is
# between two sides ("the conflict between Israel and Hamas"). (A crossing between two
# towns is at both: "the crossing between Albu Kamal and al-Qaim reopened".)
_LINKS = frozenset(
    {
        "road", "roads", "highway", "motorway", "railway", "pipeline", "route", "border",
        "line", "frontier", "conflict", "war",
        "relations", "ties", "talks", "tensions", "dispute", "rivalry", "agreement", "deal",
        "treaty",
    }
)  # fmt: skip
# "sources in Damascus", "influence in Syria", "growing concern in Moscow": a preposition
# after these locates nothing.
_NOT_LOCATED_HEADS = lexicon.REPORTING_NOUNS | lexicon.GOAL_NOUNS | lexicon.MOOD_NOUNS
# The words that make "to" a source, a cause or a comparison (not "next to", "close to").
_NO_PLACE_TO = frozenset(
    {"according", "owing", "due", "thanks", "compared", "contrary", "similar", "relative"}
)


# A title's seat or post: "commander of the Quds Force in Lebanon", "Iran's ambassador
# to Syria", "Khamenei's representative in Syria": where the office is, not an event.
_ROLE_TITLE = re.compile(
    r"\b(?:" + "|".join(sorted(lexicon.ROLE_TITLE_NOUNS)) + ")"
    # (the words of the office, not a verb: "a commander of the forces was killed in")
    r"(?:\s+of\s+(?:the\s+)?(?:(?!(?:was|were|is|are|has|have|had|been)\b)[\w'’-]+\s+){1,5}?)?"
    r"\s*(?:in|to|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_EN_ROUTE_CUES = ("ing ", "bound ", "route ", "way ", "headed ")
# Names before this one in a list: "Marea and ", "Kafr Nabl, Hazarin, Kansafra and ".
_LISTED_ITEM = r"(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,2}"
_LIST_BEFORE = re.compile(
    rf"(?:{_LISTED_ITEM}(?:\s*,\s*|\s+and\s+)){{1,6}}(?<![,] and )(?<=and )$"
)  # not ", and ": "fired at the Golan Heights, and Israel responded" opens a clause
_COMMA_LIST_BEFORE = re.compile(rf"(?:{_LISTED_ITEM}\s*,\s*){{1,6}}$")
# The list goes on past the name and an "and"/"or" closes it: "Aleppo and Deir ez-Zor".
_LIST_GOES_ON = re.compile(
    r"(?:\s*,\s*(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-|ez-|az-)?[A-Z][\w'’-]*){0,2})*"
    r"\s*,?\s+(?:and|or)\s+(?:the\s+)?(?:al-|el-)?[A-Z]"
)
_LIST_END = re.compile(
    r"\s*(?:[.,;:)!?]|$|(?:and|or|in|on|at|near|after|before|with|where|which|from|to|for)\b"
    # a plural verb agrees with what is in the places, not with the last of them: "US
    # forces in Iraq and Syria have been attacked"
    r"|(?:have|are|were)\s)"
)
# Places given as examples of what the sentence is about: "several towns, including".
_EXAMPLES = re.compile(
    r"\b(?:towns|villages|cities|areas|sites|positions|bases|airports|air\s?bases|shrines|"
    r"targets|locations|facilities|depots|neighbou?rhoods|districts|provinces|governorates)"
    # "raided villages in Quneitra province in December 2024, including"
    # ... or "border villages inhabited by Lebanese Shia, among them"
    r"\b(?:\s+(?:in|near|around|across|of|along|on|[a-z]+ed\s+by)\s+[^.;:()]{1,50}?)?,?\s+"
    r"(?:including|such\s+as"
    r"|among\s+them)\s+"
    r"(?:(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
# Where a person was born, or the area a post covered: a life and a job, not an event.
_LIFE_OR_POST = re.compile(
    r"\bborn\s+(?:and\s+raised\s+)?(?:on\s+[^,;.()]{1,30}?\s+"
    # "Born 1990 in Herat", "born in March 1957 in Qom": the day of birth first
    r"|(?:in\s+)?(?:\d{1,2}\s+)?(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4},?\s+)?"
    r"(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$"
    # a career's area: "who commanded forces in Syria", "had led Quds Force operations in"
    r"|\b(?:who\s+(?:had\s+)?|had\s+)(?:commanded|headed|oversaw|overseen|ran|directed|led|coordinated"
    r"|spent|served|worked|lived|fought|grew\s+up|studied|taught"
    r"|was\s+(?:responsible|in\s+charge|stationed|posted|raised|educated)"
    r"|been\s+(?:responsible|in\s+charge|stationed|posted))\b"
    # (within that clause: not "... in Lebanon and Syria and was killed in Damascus")
    r"(?:(?!\b(?:was|were|is|are|been)\b)[^,;.()]){0,60}\b(?:in|for|across)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+(?:and|,)\s+)*$",
    re.IGNORECASE,
)
# A field of a person's or company's record, as sanctions lists print them.
# Where people come from: "fighters from Lebanon, Iraq and Afghanistan", "families from
# the villages south of Jableh", "most of them came from the southern suburbs of Beirut".
_PEOPLE_FROM = re.compile(
    r"(?:(?P<verb>(?<![\w-])[a-z]+\s+)?(?:its\s+|their\s+|the\s+)?\b(?:fighters|militiamen|militias|militants|volunteers"
    r"|recruits|mercenaries|refugees|families|people|pilgrims|workers|students|migrants"
    r"|returnees|civilians|nationals|men|women|children|man|woman|residents?|villagers?"
    r"|farmers?|mothers?|fathers?|survivors?|activists?|journalists?)\s+from"
    r"|\b(?:came|come|comes|hail|hails|hailed)\s+from|\boriginally\s+from)\s+"
    # then names, a list of them, or where among them: "the villages south of"
    r"(?:(?:the|southern|northern|eastern|western|central|villages?|towns?|city|suburbs"
    r"|countryside|areas?|camps?|south|north|east|west|of|in|and|[A-Z][\w'’-]*),?\s+){0,8}?$"
)


# Where a person lives or a company is registered: a seat, not an event.
_DOMICILE = re.compile(
    # (not what was "registered" as it happened: "violations were registered in Aleppo")
    r"\b(?:(?:residing|resides|reside|resident|(?<!were\s)(?<!been\s)registered|incorporated"
    r"|domiciled"
    # "Assad, who lives in exile in Moscow", "has been living in Moscow"
    r"|(?:live|lives|living|lived)(?:\s+(?:in\s+exile|quietly|since))?)\s+in"
    # "my cousin lives near the Mezzeh military airport"
    r"|(?:live|lives|living|lived)\s+(?:near|outside|next\s+to|close\s+to))\s+"
    # (and the names listed before: "many of whom now live in Hermel and Baalbek")
    r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s*,\s*|\s+and\s+|\s+)){0,4}?$"
)


def _people_from(tail: str) -> bool:
    """Where people come from; not where they were taken from ("evacuated its nationals
    from Syria", "repatriated people from al-Hol")."""
    found = _PEOPLE_FROM.search(tail)
    if found is None:
        return False
    verb = (found["verb"] or "").strip()
    if verb.endswith("ed") or verb in ("withdrew", "pulled", "took", "drove", "brought"):
        return False
    if _TAKEN_AWAY.match(verb):
        return False  # "has withdrawn its fighters from Qusayr"
    return _TAKEN_AWAY.search(tail, 0, found.start()) is None


_TAKEN_AWAY = re.compile(r"(?i:evacuat|repatriat|withdr|expel|deport|rescu|relocat|transferr)")


_RECORD_FIELD = re.compile(
    r"\b(?:POB|place\s+of\s+birth|birthplace|address(?:es)?|nationality|citizenship"
    r"|registered\s+office|registration|passport(?:\s+no\.?)?|DOB|date\s+of\s+birth)"
    r"\s*:\s*[^:|.]{0,60}$",  # ";" may part two values: "Address: Aleppo; Damascus"
    re.IGNORECASE,
)
# (a summons too: "was summoned to the Foreign Ministry in Tehran" happened there)
_MEETS = re.compile(
    r"\b(?:receiv\w*|met|meets|meeting|hosted|hosts|welcomed|summon(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# Who told the people there spoke there too: "told reporters in Tehran".
_TOLD_THEM_IN = re.compile(r"\btold\s+(?:reporters|journalists)\s+in\s+$", re.IGNORECASE)
# Where something was going, said of a thing on its way: "an Il-20 returning to
# Khmeimim was shot down", "a convoy bound for Al-Bukamal" (not "forces were heading to").
_EN_ROUTE = re.compile(
    # (not a clause of its own after a comma: "made his first trip abroad, flying to
    # Riyadh on February 2 to meet the crown prince" got there)
    # (nor the subject's next move: "met Assad, before travelling to Ankara for talks")
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!,)(?<!\bbefore)(?<!\bafter)"
    r"(?<!\bthen)"
    r"\s(?:returning|heading|headed|bound|en\s+route|on\s+(?:its|their|his|her)\s+way"
    r"|travell?ing|driving|sailing|flying)"
    r"(?:\s+from\s+[^,;.()]{1,40}?)?\s+(?:back\s+)?(?:to|for|towards?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_BACK_HOME = re.compile(
    r"\b(?:flying|flew|travell?ing|travell?ed|driving|drove|returning|returned|heading|headed"
    r"|going|went)\s+back\s+(?:home\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Who crossed "from" a country crossed out of it, at its border: the point crossed is
# a town's ("crossed from Al-Bukamal into Iraq"), never a country's or a province's.
_CROSSED_FROM = re.compile(r"\bcross(?:ed|es|ing)\b[^.;:]{0,50}\bfrom\s+(?:the\s+)?$")


# A wire agency's dateline after a place in ordinary case: "Tehran, IRNA –", "Moscow
# (TASS) -".
_AGENCY_DATELINE = re.compile(
    r"\s*(?:,\s*|\(\s*)(?:IRNA|Tasnim|Mehr|ISNA|Fars|SANA|Reuters|AFP|AP|TASS|RIA\s+Novosti"
    r"|Sputnik|Xinhua|Anadolu|Press\s+TV|IRIB|dpa|UPI|Kyodo)(?:\s+News(?:\s+Agency)?)?\s*\)?"
    r"\s*[–—-]"
)


def _is_dateline(name: str, before: str) -> bool:
    """A place in capitals opening a sentence: the dateline of a wire report."""
    return len(name) > 3 and name.isupper() and not before.strip(" *_#>\t\n")


# A journey's end after "for": "left for Damascus", "left Muscat for Damascus",
# "departed the capital for Moscow" (not "a convoy bound for Albu Kamal": where it was
# headed, not where it went).
_JOURNEY_FOR = re.compile(
    r"\b(?:left|leaves|leaving|departed|departs|departing|set\s+off|sets\s+off)"
    r"(?:\s+(?:the\s+[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?\s+for\s*$"
)


def _is_locative(before: str) -> bool:
    tail = before[-160:]
    # a colon ends a preposition's reach: "(spoke in Chinese): China condemns"
    words = lower_words(tail[tail.rfind(": ") + 1 :] if ": " in tail else tail)
    prep, head = preposition_before(words)
    if prep is None:
        return False
    if prep == "of":
        return _of_is_locative(head)
    if prep == "to" and head and head[-1] in _NO_PLACE_TO:
        return False  # "according to Israel", "owing to Russia's absence": no destination
    if head and head[-1] in _NOT_LOCATED_HEADS:
        # "officials in Damascus said"; but "met officials in Daraa": where they met,
        # "told reporters in Tehran": where he spoke, and "was seized by Italian
        # authorities in Salerno": where it was done
        return prep == "in" and (
            _MEETS.search(before[-60:]) is not None
            or _TOLD_THEM_IN.search(before[-40:]) is not None
            or _PASSIVE_AGENT.search(before) is not None
        )
    if prep == "for" and _JOURNEY_FOR.search(before[-60:]):
        return True  # "left Muscat for Damascus": where the journey ends
    if prep in ("in", "to", "for") and _ROLE_TITLE.search(before[-90:]):
        # ... unless someone received or met the envoy there: "receives X's envoy in Damascus"
        # (not an envoy "to" a capital: "met the Islamic Republic's ambassador to Damascus")
        return prep == "in" and (
            _MEETS.search(before[-90:]) is not None
            or _TOLD_THEM_IN.search(before[-40:]) is not None
        )
    cues = _CUED_PREPOSITIONS.get(prep)
    if cues is None:
        return True
    if prep == "between" and head and head[-1] in _LINKS:
        return False  # "the road between Homs and Palmyra" runs from one to the other
    # (a patrol's or a deployment's stretch may come after its day: "Joint patrols began
    # along the M4 on 15 March, initially between Saraqib and Jisr al-Shughur")
    # (and "to" may end a long list of what was sent: "sent thousands of Guard advisers
    # and allied Shiite fighters to Syria")
    window = " ".join(head[-_CUE_REACH.get(prep, 8) :])
    return any(cue in window for cue in cues)


# Between an event verb and its place: "captured the city of", "retook eastern Aleppo".
_OBJECT_MODIFIERS = frozenset(
    {
        "the", "a", "an", "city", "town", "syrian", "capital", "of", "rebel-held",
        "village", "villages", "towns", "settlement", "settlements",
        "besieged", "eastern", "western", "northern", "southern", "central",
        "east", "west", "north", "south",  # "retook east Aleppo"
        # "controlled much of", "seized parts of", "captured most of"
        "much", "most", "all", "half", "part", "parts", "large", "swaths", "swathes",
        "side", "area", "areas", "outskirts",  # "occupied the Syrian side of"
        "both", "either", "nearby",  # "attacked both Tartus and ...", "captured nearby"
        "new",  # "recognised the new Islamic Republic"
    }
)  # fmt: skip
# ... and who held it: "bombed opposition-held Idlib", "entered regime-controlled Hama"
_HELD = ("-held", "-controlled")


_DETERMINERS = frozenset({"the", "a", "an", "of", "its", "their", "this", "that"})


def _is_verb_object(before: str) -> bool:
    tail = before[-60:]
    # (a semicolon or a colon ends the verb's reach: "carried out the strike; Tehran vowed")
    tail = tail[max(tail.rfind(";"), tail.rfind(": ")) + 1 :]
    words = lower_words(tail)
    if "re-" in before:  # "re-entered Palmyra": the verb under its prefix
        words = [w.removeprefix("re-") for w in words]
    i = len(words) - 1
    while i >= 0 and (words[i] in _OBJECT_MODIFIERS or words[i].endswith(_HELD)):
        if words[i].startswith(lexicon.VERB_OBJECT_TRIGGERS) and (
            i == 0 or words[i - 1] not in _DETERMINERS
        ):
            return True  # "the army besieged Homs", not "the besieged city of Homs"
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


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our"})


def _is_event_modifier(before: str, after: str, kind: str) -> bool:
    """ "the Hama massacre", "the 2006 Lebanon War", "after Tehran terror attacks".

    Only nouns count ("Iran attacks Israel" is a verb), so the place must follow a
    determiner, a preposition or a year; a country only modifies wars and the like.
    """
    nxt = lower_words(after[:30])
    prev = lower_words(before[-30:])
    if not nxt or not prev:
        return False
    # A capitalised noun ("the Astana Process") is a name's part; otherwise ask for a noun
    # phrase start before the place, so "Iran attacks Israel" (a verb) does not count.
    titled = after.lstrip()[:1].isupper()
    # (a possessive opens one too: "Putin's Damascus visit", "his Tehran trip")
    owned = prev[-1].endswith(_POSSESSIVES) or prev[-1] in _POSSESSIVE_PRONOUNS
    if not (titled or owned or prev[-1] in _MODIFIER_LEADS or prev[-1].isdigit()):
        return False
    nouns = lexicon.MODIFIED_NOUNS_AREA if kind in AREA_KINDS else lexicon.MODIFIED_NOUNS_TOWN
    if len(nxt) > 1 and nxt[0] in _EVENT_ADJECTIVES:
        nxt = nxt[1:]  # "the Khan Shaykhun chemical attack", "the Damascus car bombing"
    return nxt[0] in nouns


# Words between a town and its event noun that keep it one noun phrase.
_EVENT_ADJECTIVES = frozenset(
    {
        "chemical", "sarin", "gas", "car", "suicide", "terror", "terrorist", "air", "drone",
        "missile", "rocket", "bomb", "truck", "airport", "embassy", "shrine", "mosque",
        "prison", "military", "naval", "twin", "double", "deadly",
        # a facility's kind: "the Kafr Nabl surgical hospital", "the Saraqib central market"
        "surgical", "central", "national", "general", "field", "vegetable", "main",
        "maternity", "municipal", "popular",
    }
)  # fmt: skip


def _is_dyad(before: str, after: str) -> bool:
    """ "Iran–Iraq War", "Iran–Syria relations", "Tehran-Damascus axis": a pair, not a place."""
    joins = ("–", "-", "—", "/")
    before_dyad = before[-1:] in joins and before[-2:-1].isalpha()
    after_dyad = after[:1] in joins and after[1:2].isalpha()
    if (before_dyad or after_dyad) and _CROSSING_NEXT.match(after):
        return False  # "the al-Qaim–Albu Kamal border crossing": where two towns meet
    return before_dyad or after_dyad


_CROSSING_NEXT = re.compile(
    r"(?:[–—/-][\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:border\s+)?crossing\b"
)


# A town's name used as the modifier of a site noun names where that site is.
_SITE_NOUN_AFTER = re.compile(
    r"\s+(?:(?:naval|air|military|army|missile|drone|weapons?|supply)\s+)?"
    r"(?:base|bases|facility|facilities|air\s?base|air\s?field|airport|garrison|depot|"
    r"barracks|outpost|compound|headquarters|shrine|mosque|port"
    # "the Albu Kamal border crossing", "the al-Qaim–Albu Kamal crossing"
    r"|(?:border\s+)?crossing(?:\s+point)?|border\s+post"
    # plants and works: "the Banias thermal power station", "the Homs refinery"
    r"|(?:(?:thermal|gas|steam|solar|combined[\s-]cycle)\s+)?power\s+(?:station|plant)"
    r"|refinery|(?:cement|fertili[sz]er|steel|phosphate|desalination)\s+(?:plant|factory|works)"
    r"|container\s+terminal)\b",
    re.IGNORECASE,
)


# A possessive that names a part of the place is still the place: "in Damascus's Old
# City", "on Aleppo's southern outskirts", "in Syria's north".
_PLACE_PART = re.compile(
    # (its own name may come first: "in Damascus's Dweila district")
    r"['’]s\s+(?-i:(?:(?:al|el|as|ad|ar|at|az)-)?[A-Z][\w'’-]*\s+){0,3}?"
    r"(?:(?:old|southern|northern|eastern|western|central|rural|outer|inner|main|commercial"
    r"|grand|great|new|historic|ancient|famous|busiest|largest|oldest)\s+)?"
    r"(?:old\s+city|city\s+cent(?:re|er)|outskirts|suburbs?|countryside|districts?"
    r"|neighbou?rhoods?|quarters?|(?:north|south)(?:-?(?:east|west))?|east|west"
    r"|airport|port|harbou?r"
    # the town's own streets and buildings: "on al-Mayadin's main street", "rebuilt Hatla's
    # husseiniya"
    r"|streets?|squares?|souqs?|markets?|bazaars?|husseiniyas?|husayniyyas?|hussainiyas?"
    r"|cemetery|cemeteries|hospitals?|citadel|castle|museum|gates?|mosques?|church(?:es)?"
    r"|shrines?)\b",
    re.IGNORECASE,
)


# What may stand before a town's street or building: a preposition of place, or a verb
# that acts on it ("run Tartus's commercial port", "rebuilt Hatla's husseiniya").
# A site named for its town ("the Abu Kamal site", "the Masyaf facility"), with a head
# noun the gazetteer's own site phrases do not take.
_SITE_NAMED_FOR = re.compile(
    r"\s+(?:military\s+)?(?:site|facility|compound|complex|plant|depot|warehouses?|camp"
    r"|barracks|outpost|garrison|headquarters)\b",
    re.IGNORECASE,
)
_TAKES_A_PART = re.compile(
    r"\b(?:in|on|at|near|along|outside|inside|around|across|into|to|[a-z]+ed|run|runs"
    r"|running|rebuilt|built|hit|struck|took|seized|stormed)\s+(?:the\s+)?$"
)


# A name that opens a firm's ("Al-Sukari Trading Company", "Latakia Port Company", "Cham
# Holding"): the firm, wherever it did business.
_COMPANY_AFTER = re.compile(
    r"(?:\s+(?:general|port|oil|petroleum|shipping|cement|steel|investment))?\s+"
    r"(?:trading|company|co\.|holdings?|corp\.?|corporation|bank|airlines|airways"
    r"|establishment|enterprises|industries|ltd\.?|llc|inc\.?|s\.a\.|shipping\s+line"
    # ... or an outlet's: "Mehr news agency reported", "the Fars news agency"
    r"|news\s+agency|news\s+network|news\s+website)"
    r"(?![\w-])",
    re.IGNORECASE,
)


# A capitalised institution's name that ends in its state's: "the Cultural Centre of
# the", "the Embassy of the", "the Ministry of Foreign Affairs of the" (not "the territory
# of the Syrian Arab Republic").
_INSTITUTION_OF = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|for|and))*\s+of\s+the\s+$")
# A body whose name ends in the country it works in or on: "the Russian Centre for
# reconciliation of opposing sides in the Syrian Arab Republic", "the Independent
# International Commission of Inquiry on the Syrian Arab Republic".
_BODY_IN = re.compile(
    r"\b(?:Centre|Center|Commission|Committee|Council|Office|Mission|Agency|Directorate"
    r"|Bureau|Authority|Fund|Programme|Group)\b[^.;:!?()]{0,70}?\s(?:in|of|on|for)\s+the\s+$"
)


# A town's own named site after its possessive, where someone is or was laid: "buried in
# Isfahan's Golestan-e Shohada", "laid to rest in Qom's Golzar-e Shohada cemetery".
_NAMED_SITE_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w'’]*)(?:[\s-]+(?:[A-Z][\w'’]*|e|al|ol|ul))+")
_IN_OR_AT = re.compile(r"\b(?:in|at)\s+$")


def _named_site_in(mention: PlaceMention, before: str, after: str) -> bool:
    return (
        mention.place.kind in lexicon.TOWN_KINDS
        and _IN_OR_AT.search(before[-5:]) is not None
        and _NAMED_SITE_AFTER.match(after) is not None
    )


def is_attributive_org(after: str) -> bool:
    """ "an Abu Dhabi-based outlet", "Syria's", "Iran International"-style possessives."""
    lowered = after[:12].lower()
    if lowered.startswith(("'s", "’s")):
        return _PLACE_PART.match(after) is None
    return lowered.startswith(("-based", "–based", " based", "' ", "’ "))


# (not an informal post's lower-case month: "| may 2013 | Damascus airport |")
# A speaker's courtesy, not a condition: "I would remind you that our aviation group was
# deployed at Hmeimim", "we would note that ...".
_COURTESY = re.compile(
    r"\b(?:I|[Ww]e)\s+would\s+(?:just\s+)?(?:like\s+to\s+)?(?:remind|note|say|add|stress"
    r"|emphasi[sz]e|point\s+out|recall|mention|underline|reiterate)\b"
    # ... or a guide's: "Visitors should note that the area around Hmeimim hosts Russian
    # forces" (what they should know is so)
    r"|\b(?:should|must)\s+(?:note|know|remember|be\s+aware|bear\s+in\s+mind"
    r"|keep\s+in\s+mind)\s+that\b"
)
_HEDGE = re.compile(
    r"\b(?:" + "|".join(re.escape(c.strip()) for c in lexicon.HEDGE_CUES) + r")\b(?<!may)"
    r"|\bmay\b(?!\s+\d)"
)
# Any negation cue, from a word's start ("the governor of Tartus" holds "nor "; "cannot"
# is "not"): one scan instead of one ``in`` per cue.
# ... or a denial of the event itself: "recorded no Israeli strike on Latakia", "there was
# no Iranian presence at T4", "no record of a strike on the embassy" (not "no casualties
# were reported after the strike on Homs": the strike happened)
_NO_EVENT = (
    r"\bno\s+(?:[a-z-]+\s+){0,2}?(?:(?:air\s*)?strikes?|airstrikes?|attacks?|raids?|"
    r"shelling|bombing|presence|deployments?|records?|signs?|traces?|indications?"
    # "no damage to the base": the place was spared (not "no damage was reported after
    # the strike on Homs": the strike happened)
    r"|damage\s+(?:to|at|in|on))\b"
)
# ... or what a post or a clip is claimed to show: "users claiming it shows an Israeli
# strike on an Iranian base in Latakia", "a post shared on Facebook claims that ..."
_CLAIMED = (
    r"\b(?:posts?|users|accounts|videos?|clips?|footage|images?|photos?|pictures?|tweets?"
    r"|captions?)\b[^.;:]{0,80}?\bclaim(?:s|ed|ing)?\b"
    r"|\bclaim(?:s|ed|ing)?\s+(?:that\s+)?(?:it|they|this|these|the\s+\w+)\s+"
    r"(?:shows?|showed|depicts?|depicted)\b"
)
_NEGATION = re.compile(
    r"n't|(?<![a-z])(?:"
    + "|".join(re.escape(c) for c in lexicon.NEGATION_CUES if c != "n't")
    + r"|cannot)(?!theless)"  # "nevertheless" denies nothing
    + f"|{_NO_EVENT}"
)


# Words every match of _HEDGE or _NEGATION holds one of: one pass of an automaton over a
# clause shows that most clauses (95%) hold none, and spares them the pattern's search.
_HEDGE_WORDS = phrase_automaton({*(c.strip() for c in lexicon.HEDGE_CUES), "may"})
_NEGATION_WORDS = phrase_automaton({*lexicon.NEGATION_CUES, "cannot", "no"})


def _hedged(clause: str) -> bool:
    return next(_HEDGE_WORDS.iter(clause), None) is not None and bool(_HEDGE.search(clause))


def _negates(lowered: str) -> bool:
    return next(_NEGATION_WORDS.iter(lowered), None) is not None and bool(_NEGATION.search(lowered))


# (a claim reaches past clause breaks: "claims that Sharaa sold the coast during his visit
# to Russia, and that the Kremlin had been granted a lease on the port of Tartus")
_CLAIMED_BEFORE = re.compile(_CLAIMED, re.IGNORECASE)
_NOT_LEAVING = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:be\s+)?(?:leav\w*|withdraw\w*|abandon\w*|evacuat\w*"
    r"|pull\w*\s+out|giv\w+\s+up)\b"
)
# A place the sentence says was spared: "... at Tartus was not targeted", "were never hit".
_SPARED = re.compile(
    # (a thread's "was NOT hit", "wasn't hit")
    r"[\s,]*(?:(?i:was|were|is|are|has|have|had)\s+(?i:not|never)\s+|(?i:wasn|weren|isn|aren"
    r"|hasn|haven|hadn)['’]t\s+)(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:targeted|struck|hit|attacked|damaged|bombed|shelled|affected|touched)\b"
    # an imagery caption's finding: "Al-Bukamal border crossing: no damage observed"
    r"|[^.;:]{0,40}:\s*no\s+(?:[a-z]+\s+)?damage\b"
    # what never came to be: "The Latakia lease never happened", "the deal fell through"
    r"|(?:\s+[a-z]+){0,2}\s+(?:(?i:never|did\s+not|didn['’]t)\s+(?:happen\w*|materiali[sz]\w*"
    r"|t(?:ake|ook)\s+place|(?:go|went)\s+ahead|c(?:o|a)me\s+about)|fell\s+through)\b"
)
# A clause's subject past the comma that ends a fronted phrase: "South of the city,
# Israel bombed a compound" (not the city's: its preposition's reach ends at the comma).
_ACTS_AFTER = re.compile(
    r"\s+(?:(?:later|also|then|again|first|\w+ly)\s+)?(?:[a-z]+ed|struck|hit|sent|built|took|"
    r"says|said|has|had)\s+(?!(?:and|or|by)\b)"
)
# Where a road goes: "a highway ... that leads toward the coastal city of Tartus".
_WAY_LEADS_TO = re.compile(
    r"\b(?:road|highway|motorway|route|street|path|track|railway|pipeline|corridor)s?\b"
    r"[^.;:]{0,40}?\b(?:(?:that|which)\s+leads?|leading)\s+(?:(?:south|north|east|west)\w*\s+)?"
    r"(?:to|towards?|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:city|town|port|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# An Arabic article the place matcher left outside the name: "to As-|Sweida".
_ARTICLE_LEFT = re.compile(lexicon.ARABIC_ARTICLE_BEFORE)
_SPACED_ARTICLES = frozenset({"al ", "Al ", "el ", "El "})
# Travellers setting out: "Our caravan left Qom", "the buses left Najaf at dawn" (armed
# men who left a town withdrew from it, which is an event there).
_TRAVELLERS_LEFT = re.compile(
    r"\b(?:caravan|buses|bus|coach|minibus(?:es)?|pilgrims|group|we|flight|plane|tour)\s+"
    r"(?:\w+\s+)?left\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Negations that deny nothing: "don't forget", "not to mention".
_NOT_A_DENIAL = re.compile(r"\b(?:don['’]t|do\s+not|not\s+to)\s+(?:forget|mention)\b")
_DENIED_ROLE = re.compile(
    # ("had no involvement in the strike in Damascus": the strike happened)
    r"\b(?:denied|denies|deny|(?:had|has|have|played|plays)\s+no)\s+(?:any\s+|a\s+|its\s+|their\s+)?"
    r"(?:involvement|responsibility|role|part|knowledge)\b"
)


# "The Syrian Observatory for Human Rights, based in Britain": where an organisation sits,
# not a base.
_ORG_BASED = re.compile(
    r"\b(?:(?:observatory|monitor|monitoring group|group|organi[sz]ation|agency|newspaper|outlet"
    r"|website|institute|think[- ]tank|firm|network|channel|broadcaster|ngo|charity"
    r"|foundation|council|committee|centre|center|daily|radio|television|exchange|bank"
    r"|business|subsidiary)s?|compan(?:y|ies)|news|media"
    # a person's residence: "a Syrian national based in Moscow", "a drug lord based in"
    r"|national|citizen|businessman|businessmen|financier|individual|broker|trader|dealer"
    r"|drug\s+lord|kingpin|smuggler|trafficker|facilitator|money\s+launderer"
    # ... or a writer's: "a journalist based in Amman", an author bio
    r"|journalist|reporter|correspondent|analyst|researcher|writer|editor|photographer"
    r"|fellow|scholar|academic|author|consultant|commentator|producer"
    # a military command's seat: "CENTCOM, based in Tampa"
    r"|command|centcom|eucom|africom|socom|cybercom)s?\b"
    r"[^.;,]{0,40}?,?\s(?:(?:which|that)\s+is\s+)?(?:based|headquartered)\s+(?:in|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# A site its owner already has, named inside a plan: "Russia plans to turn its naval
# facility in the port of Tartus into a permanent base" -- the facility exists.
_OWNED_SITE = re.compile(
    r"\b(?:its|their|[A-Z][a-z]+['’]s)\s+(?:[\w-]+\s+){0,2}(?:facility|base|airbase|air\s+base"
    r"|naval\s+base|port|embassy|consulate|garrison|outpost)\b[^,;:.]{0,40}$"
)


def _negated(before: str) -> bool:
    return _negates(_clause_before(before).lower())


def _owned_site(mention: PlaceMention, before: str) -> bool:
    """(the site's own words count: "would keep its naval facility" names it in full)"""
    if mention.place.kind not in lexicon.SITE_KINDS:
        return False
    return bool(_OWNED_SITE.search(f"{before[-80:]}{mention.mention}"))


# Names listed after "based in" ("front companies based in Damascus and Beirut"): the
# later ones sit where the first does.
_LISTED_NAMES = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:[ -](?:al-)?[A-Z][\w'’-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:in\s+)?)+$"
)
# Where a business keeps offices ("Company-A, which maintains offices in Damascus", "a
# money service business with branches in Damascus, Homs, and Aleppo"), or whose members
# are said to sit ("Hamsho Trading and Hamsho Paper, both based in Damascus").
_OFFICES = re.compile(
    r"(?:\b(?:maintain\w*|ha[sd]|have|having|with|operat\w*|run\w*|keep\w*)\s+"
    r"(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:offices?|branch(?:es)?)"
    r"|\b(?:both|all|each)\s+(?:of\s+them\s+)?(?:based|headquartered))\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _without_listed_names(before: str) -> str:
    """``before`` without the names listed ahead of the place ("... based in Damascus and
    ", "... outside Iraq and "): what governs the list governs its last name."""
    window = before[-120:]
    if not _ends_as_a_list(window):
        return before  # most places: the pattern would be tried at each of 120 positions
    listed = _LISTED_NAMES.search(window)
    if listed is None or listed.start() == 0:
        return before
    return before[: len(before) - len(window) + listed.start()]


def _ends_as_a_list(text: str) -> bool:
    """Whether ``text`` ends as a match of _LISTED_NAMES must: with a comma or "and",
    then maybe "in"."""
    tail = text.rstrip()
    if tail.endswith("in"):
        tail = tail[:-2].rstrip()
    return tail.endswith((",", "and"))


def _ranked_in(before: str) -> bool:
    """ "one of the largest air bases in Syria", "the most visited shrines outside Iraq
    and Iran": where it ranks, not where it is."""
    return bool(_RANKED_IN.search(before) or _RANKED_IN.search(_without_listed_names(before)))


def _org_seat(before: str) -> bool:
    before = _without_listed_names(before)
    # "based in the " ends the text when the pattern can match: a cheap test first
    tail = before[-30:]
    if ("based" in tail or "quartered" in tail) and _ORG_BASED.search(before[-120:]):
        return True
    return ("ffice" in tail or "ranch" in tail or "based" in tail) and bool(
        _OFFICES.search(before[-80:])
    )


# A place something is only compared with: "in a style resembling the shrines of Iran".
_COMPARED = re.compile(
    r"\b(?:resembl\w*|similar\s+to|modell?ed\s+(?:on|after)|in\s+the\s+(?:style|manner)\s+of"
    r"|reminiscent\s+of|inspired\s+by|akin\s+to"
    # "larger than the Shayrat Airbase", "in Damascus rather than in Moscow", "follows
    # Persian models such as the Masumeh shrine"
    r"|(?:[a-z]{2,}er|more\s+[a-z]+|less\s+[a-z]+|rather)\s+than(?:\s+(?:in|at|to|from))?"
    # (not a count: "seized no fewer than 410 homes in al Mayadeen")
    r"(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand|million)\b|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens|half)\b))"
    r"|models?\s+(?:such\s+as|like)"
    # "compared Iran's strategy in Deir Ezzor to the model it applied in"
    r"|compar(?:e|es|ed|ing)\b[^.;:]{0,60}?\b(?:to|with)"
    # "The slogan was the same in Qom as in Najaf"
    r"|the\s+same\s+(?:in|at)(?:\s+[^.;:]{1,40}?\s+as\s+(?:in|at))?)\s+"
    r"(?:(?!(?:was|were|is|are|in|at|near|and|but|on)\s)[\w'’-]+\s+){0,4}"
    r"(?:(?:in|at|near)\s+(?:the\s+)?)?$",  # (and where that lies: "the shrine in Qom")
    re.IGNORECASE,
)


_BY_COMPARISON = re.compile(r"\b(?:by|in|for)\s+comparison\b", re.IGNORECASE)
_COMPARED_CUES = (
    "resembl", "imilar", "odel", "style", "manner", "reminiscent", "nspired", "akin",
    " than ", "ompar", "same ",
)  # fmt: skip
# A war as a point in time: "two weeks into the Gaza war".
_TIME_INTO = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+into\s+(?:the\s+)?$", re.IGNORECASE)


# A sentence that opens with what it compares with: "Like the Sayyida Zaynab shrine, the
# Ruqayya mosque ...", "Compare: the Sayyidah Zainab mosque in Cairo ..."
_COMPARED_FIRST = re.compile(
    r"[\s*_\"“]*(?:(?:Like|Unlike)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}"
    # a report's aside: "Compare the aftermath of the 2005 Hariri assassination in Beirut"
    r"|Compare(?:d)?(?:\s+(?:with|to))?\s*:?\s+(?:[\w'’-]+\s+){0,8})$"
)


def is_compared(before: str) -> bool:
    """The place that follows ``before`` (its sentence up to the place) is only
    compared with: "resembling the shrines of Iran", "Like the Zaynab shrine, ..."."""
    if len(before) < 60 and _COMPARED_FIRST.fullmatch(before):
        return True
    if "comparison" in before and _BY_COMPARISON.search(before):
        return True  # "We note, by comparison, that the bombing of the embassy in Belgrade"
    tail = before[-80:]
    return any(cue in tail for cue in _COMPARED_CUES) and _COMPARED.search(tail) is not None


# A sentence that opens with its condition is about what would follow from it, all of it.
_FLED_INTO = re.compile(
    r"\b(?:withdr\w+|fled|flee\w*|retreat\w*|pulled\s+(?:back|out)|escaped|evacuated)\b"
    r"[^.;]{0,60}\binto\s+(?:the\s+)?$"
)
# A hypothetical event as the subject of what it would bring about.
_WHAT_IT_WOULD_CAUSE = re.compile(
    r"[^,;.()]{0,30}?\b(?:could|would)\s+(?:\w+ly\s+)?(?:produce|cause|lead\s+to"
    r"|trigger|result\s+in|spark|provoke|unleash|create|bring)\b"
)
_THROUGH = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$")
_CONDITIONAL = re.compile(r"[\s*_\"“]*(?:If|Unless|Should)\s+(?!anything\b|so\b|not\b)")


# A superlative's scope: "one of the largest air bases in Syria", "the most visited Shia
# pilgrimage site in Syria" (not "the latest strike in Syria", which happened there).
_RANKED_IN = re.compile(
    r"\b(?:(?:one|some|two|three|among)\s+of\s+the|the)\s+(?:[\w-]+\s+){0,2}?"
    # ("the only Russian naval facility in the Mediterranean": where it ranks too)
    r"(?:most|only|(?!latest\b|last\b|first\b)[a-z]+est)\s"
    # (not where counts are highest: "the highest figures in Aleppo" were in Aleppo)
    r"(?!(?:figures|numbers|death\s+tolls?|tolls|casualties|concentrations?)\b)"
    # ("the most visited Shia shrines outside Iraq and Iran": where it ranks, not is)
    r"[^,;.()]{0,60}?\s+(?:in|outside)\s+(?:the\s+)?$"
)


# Where a source was interviewed, a study published, a person schooled: the apparatus of a
# paper or a life, not an event there ("interviewed in Gaziantep in March 2019",
# "published in Washington", "trained as an ophthalmologist in London").
_WHERE_WRITTEN = re.compile(
    r"\b(?:interviewed|published|printed|educated|schooled|studied|graduated"
    r"|trained\s+as\s+(?:an?\s+)?[\w-]+)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:in|at|from)\s+)"
    r"(?:the\s+)?$"
)
# Where a traveller set out from, as he left: "Before leaving Mehrabad Airport in Tehran".
_SEEN_OFF = re.compile(r"\b(?:[Bb]efore|[Uu]pon|[Oo]n)\s+leaving\b[^,.;:]{0,50}$")
# What a route or a service goes round is not where it goes: "bypassing hubs in the UAE".
_BYPASSED = re.compile(r"\b[Bb]ypass(?:ing|ed|es)?\b(?:\s+[\w'’-]+){0,5}\s+(?:in|at|of)?\s*$")


def _blocked(before: str) -> bool:
    """Negated, hedged ("could", "plans to") or compared with, an organisation's seat, or
    where something was only heading: not something that happened there."""
    if _org_seat(before):
        return True
    if is_compared(before):
        return True
    tail = before[-80:]
    if " into" in tail and _TIME_INTO.search(before[-40:]):
        return True
    if any(cue in tail for cue in _EN_ROUTE_CUES) and _EN_ROUTE.search(tail):
        return True  # "an Il-20 returning to Khmeimim was shot down": it never got there
    if " back " in tail and _BACK_HOME.search(tail):
        return True  # "visited the shrine before flying back to Tehran": home again
    if " from " in tail and _people_from(tail):
        return True  # "fighters from Lebanon and Iraq", "most of them came from Dahiyeh"
    if "left " in tail and _TRAVELLERS_LEFT.search(tail):
        return True  # "Our caravan left Qom on 18 October": where a journey began
    if "ed " in tail and _WHERE_WRITTEN.search(tail):
        return True  # "an officer interviewed in Gaziantep", "a study published in London"
    if "eaving" in tail and _SEEN_OFF.search(tail):
        return True  # "Before leaving Mehrabad Airport in Tehran, Raisi told reporters"
    if "ypass" in tail and _BYPASSED.search(tail):
        return True  # "a direct service, bypassing transshipment hubs in the UAE"
    if (" in" in tail or "liv" in tail) and _DOMICILE.search(tail):
        # "an Iranian national residing in Bandar Abbas", "registered in Sharjah", "who
        # lives in exile in Moscow"
        return True
    if ("born" in tail or "Born" in tail or "who " in tail or "had " in tail) and (
        _LIFE_OR_POST.search(tail)
    ):
        return True  # "born in Khomeyn", "who commanded operations in Syria and Lebanon"
    if ":" in tail and _RECORD_FIELD.search(tail):
        return True  # a sanctions list's "POB: Qardaha, Syria", "Address: Mezzeh, Damascus"
    if "laim" in before and _CLAIMED_BEFORE.search(before):
        return True
    clause = _clause_before(before)
    lowered = clause.lower()
    if "den" in lowered or " no " in lowered:
        # "denied involvement in the blast at X", "had no role in it": the blast happened
        lowered = _DENIED_ROLE.sub(" ", lowered)
    if "not " in lowered or "never" in lowered:  # "is not leaving its bases at Hmeimim": stays
        lowered = _NOT_LEAVING.sub(" ", lowered)
    if "n't" in lowered or "not " in lowered:  # "don't forget the shrine in Darayya"
        lowered = _NOT_A_DENIAL.sub(" ", lowered)
    if _negates(lowered):
        return True
    if "would" in clause or " that" in clause:  # "I would remind you that ...": no hedge
        clause = _COURTESY.sub(" ", clause)
    # Case-sensitive: "may" hedges, "May 2024" is a month.
    if not _hedged(clause):
        return False
    if " and " in clause:
        # "foiled a plot to bomb the shrine and arrested a cell near Damascus": the next
        # verb in the past tells what was done
        return _hedged(clause[max((m.start() for m in _AND_DONE.finditer(clause)), default=0) :])
    return True


_AND_DONE = re.compile(
    r"\band\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|took|struck|hit|seized)\s"
)


def after_mention(mention: PlaceMention, sentence: Sentence) -> str:
    return sentence.text[mention.end - sentence.start :]


def before_mention(mention: PlaceMention, sentence: Sentence, reach: int) -> str:
    """The sentence's last ``reach`` characters before the mention."""
    at = mention.start - sentence.start
    return sentence.text[max(0, at - reach) : at]


_WHERE_AFTER = re.compile(
    # "to Ankara, where he met"; past the names listed with it, an apposition or a locator:
    # "Al-Kiswah, south of the capital, where reports described an Iranian base", "Mayadin
    # and Deir ez-Zor city along the Euphrates, where militias controlled checkpoints",
    # "Masyaf, site of a research complex where engineers worked"
    r"(?:\s*(?:,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+(?:[A-Z]|(?:a[lsdrz]|e[lz])-)[\w'’-]*){0,2})*"
    r"(?:\s+(?:city|town))?"
    r"(?:\s+(?:along|near)\s+[^,;:()]{1,40}"
    r"|\s*,\s+(?:(?:north|south)\w*|east\w*|west\w*|near|on|in|along)\b[^,;:()]{0,60}(?=,))?"
    r"(?:,\s+|,\s+(?:the\s+)?(?:site|home)\s+of\s+[^,;:()]{1,60}?\s+)"
    r"where\s+(?!(?:it|he|she|they)\s+(?:is|are|was|were)\b)"
)


def holds_armed_men(mention: PlaceMention, sentence: Sentence) -> bool:
    """The sentence opens with the place and says armed men hold it: a base there."""
    local = mention.start - sentence.start
    return _holds_armed_men(sentence.text[:local], sentence.text[local + len(mention.mention) :])


def _befell_in_apposition(after: str) -> bool:
    """The sentence's subject, a place, is glossed with what befell it."""
    told = _PARTICIPLE_APPOSITION.match(after)
    return told is not None and told[1].startswith(_PASSIVE_VERBS)


# "Palmyra, retaken from ...", "Aleppo, besieged for four years, ...": a participle; the
# subject may be a list ("Kafr Zita and al-Latamneh, shelled almost daily since ...").
_PARTICIPLE_APPOSITION = re.compile(
    r"(?-i:(?:\s*(?:,|\s+and)\s+(?:al-|el-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*)"
    r"(?:\s*\([^()]{1,40}\))?\s*,\s+(?:(?:later|first|twice|briefly|again|finally|itself|once)"
    r"\s+)?([a-z]+(?:ed|en)|struck|hit|held|overrun|shot|won|lost)\s+"
    r"(?:by|from|in|on|during|with|after|twice|repeatedly|several|for|since|and|almost|nearly"
    r"|daily|heavily)\b"
)
# The names listed before the subject's last: "Kafr Zita and", "Foua, Kefraya and".
_LISTED_OPENING = re.compile(
    r"(?:The\s+)?(?:(?:al-|el-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*,|\s+and)\s*)+"
)


def _opens_the_sentence(before: str) -> bool:
    """Whether a name is its sentence's subject, alone or last of a list ("Kafr Zita and")."""
    opening = before.strip(' *_"“')
    return opening in ("", "The") or _LISTED_OPENING.fullmatch(opening) is not None


def _holds_armed_men(before: str, after: str) -> bool:
    opening = before.strip(' *_"“')
    return opening in ("", "The") and _IS_A_STRONGHOLD.match(after) is not None


_HOSTS = re.compile(r"\s+(?:has\s+|had\s+|will\s+|also\s+)?(?:hosted|hosts|host)\b")


# The subject of a passive event verb is where it happened: "Hama was shelled". An
# apposition may come between ("Khan Tuman, south of Aleppo, was captured").
# (an apposition may hold a number's comma: "Foua and Kefraya, two towns with some 20,000
# inhabitants, have been besieged")
_APPOSITION = r"(?:,(?:[^,;:()]|(?<=\d),(?=\d{3})){1,80},\s*)"
# A name's gloss in brackets: "Al-Mayadin (الميادين)", "Palmyra (Tadmur)".
_NAME_GLOSS = r"(?:\s*\([^()]{1,40}\))?"
# A sentence that opens with a place (and the names listed with it) and says what armed men
# hold there: "Nubl and al-Zahraa, the two Shiite towns north of Aleppo, host Hezbollah
# personnel", "Al-Qusayr ... has been a Hezbollah stronghold".
_IS_A_STRONGHOLD = re.compile(
    r"(?:\s*(?:,|\band\b)\s*(?:(?:al|as|ad|ar|at|el)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
    # (the name may qualify its place noun: "The Sayyida Zeinab suburb hosts ...")
    rf"{_NAME_GLOSS}(?:\s+(?:town|city|suburb|district|village|area|neighbou?rhood|quarter))?"
    rf"\s*{_APPOSITION}?\s*"
    r"(?:(?:has\s+been|had\s+been|is|was|remains|remained|became|has\s+become)\s+(?:a|an|the)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:stronghold|bastion|garrison|headquarters|foothold"
    r"|(?:logistics|logistical|military|weapons|arms|supply|militia)\s+hub)"
    r"|(?:hosts?|hosted|house[sd]?)\s+(?:[\w'’-]+\s+){0,3}?(?:personnel|fighters|forces|troops"
    # (or a unit's seat: "The Sayyida Zeinab suburb hosts the headquarters of Liwa Fatemiyoun")
    r"|militias?|advisers|advisors|headquarters|bases|garrisons?|command|offices))\b"
)
# The noun a place's name may qualify and still be the place: "the Damascus area has
# been hit", "the Idlib countryside came under shelling".
_PLACE_NOUN = (
    r"(?:city|town|village|district|province|governorate|countryside|area|region|outskirts"
    r"|suburbs|environs|vicinity|front)"
)
_PASSIVE_AFTER = re.compile(
    # the name's gloss first: "Al-Mayadin (الميادين) had been captured"
    _NAME_GLOSS + rf"\s*{_APPOSITION}?"
    # an intensifier: "Maaloula itself was badly damaged", "Palmyra, too, was looted"
    r"(?:(?:itself|themselves|too|also|alone)\b,?\s*)?"
    # "Homs city", "the Damascus area"
    rf"(?:{_PLACE_NOUN}\s+)?"
    # a site's own noun and where it lies: "Jamraya research centre northwest of Damascus"
    r"(?:(?:[a-z-]+\s+){0,2}(?:(?:north|south)(?:-?(?:east|west))?|east|west|near|outside)"
    r"(?:\s+of)?\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+)?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+"
    r"(?:(?:later|then|again|also|first|soon|all|both|[a-z]{3,}ly)\s+){0,2}"  # "badly"
    # "Albu Kamal was declared captured on 19 November"
    r"(?:(?:declared|reported|confirmed|announced)\s+(?:(?:fully|officially)\s+)?)?"
    r"[\"“‘']?([a-z]+)"  # (in scare quotes: 'Damascus had been "liberated"')
)


_DECLARED_TAKEN = re.compile(r"\bdeclared\s+(?:the\s+)?$")
_TAKEN = re.compile(
    r"\s+(?:(?:city|town)\s+)?(?:(?:fully|officially|completely)\s+)?(?:captured|recaptured"
    r"|liberated|secured|taken|retaken|cleared)\b"
)
# (its own area noun may follow, shared or not: "| Homs countryside (Dabaa airbase) |",
# "| Quneitra and Daraa governorates |")
_CELL_GLOSS = re.compile(
    r"\s*(?:(?:countryside|governorates?|provinces?)\b\s*)?"
    r"(?:\([^()|]{0,40}\)\s*)?(?:(?:[/&]|and\b)\s*[^|]{1,30}?|[^|]{1,30}?\s*(?:[/&]|\band))?\s*"
)
_CAME_UNDER = re.compile(
    rf"{_NAME_GLOSS}\s*{_APPOSITION}?\s*(?:{_PLACE_NOUN}\s+)?"
    r"(?:came|comes|come|has\s+come|had\s+come|was|were|is|are)"
    r"\s+under"
    r"\s+(?:\w+\s+){0,2}(?:siege|attack|fire|shelling|bombardment|assault|blockade)\b"
)


def _is_passive_target(after: str) -> bool:
    match = _PASSIVE_AFTER.match(after)
    if (
        match is None
        and after[:1] in ", "
        and (" were " in after or " are " in after or " been " in after)  # cheap guard
        and (listed := _NAMES_BEFORE_PLURAL.match(after))
    ):
        # "Khan Shaykhun, Morek and Taybat al-Imam were liberated": every listed name
        match = _PASSIVE_AFTER.match(after, listed.end())
    return match is not None and match.group(1).startswith(_PASSIVE_VERBS)


# The rest of a list of names that a plural passive follows: ", Morek and Taybat al-Imam"
# before "were liberated" (the gazetteer may not know the last one).
_NAME = (
    r"(?:(?:[Aa][lnrsd]|[Ee]l)-)?[A-Z][\w'’-]*(?:\s+(?:(?:[Aa][lnrsd]|[Ee]l)-)?[A-Z][\w'’-]*){0,3}"
)
_NAMES_BEFORE_PLURAL = re.compile(
    # (the last may be a stretch a name locates: "and the desert near Albu Kamal")
    rf"{_NAME_GLOSS}(?:\s+city)?(?:\s*,\s*(?:and\s+)?{_NAME}{_NAME_GLOSS})*(?:\s*,?\s+and\s+"
    rf"(?:the\s+[a-z]+\s+(?:near|around|outside|of)\s+)?{_NAME}{_NAME_GLOSS})"
    rf"(?=\s*{_APPOSITION}?\s*(?:were|are|have\s+been|had\s+been)\s)"
)


_SPEAKING_CUES = ("speak", "spoke", "said", "told", "address", "announc", "stated")
# A route's waypoint: "via Turkey", "travelled overland through Iraq", "by way of Amman".
# (and the later names of such a list: "via Turkey and Iraq")
_TRANSIT = re.compile(
    r"\b(?:via|by\s+way\s+of|(?:travell?ed|travell?ing|drove|driving|overland|flew|flying"
    r"|passed|passing|transited|transiting|routed|shipped|flights?|overflights?)"
    r"\s+(?:overland\s+)?(?:through|across|over))"
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,\s*|\s+and\s+|\s+or\s+))*"
    r"(?:the\s+)?$"
)
# A government a thing is given to: "the lease gave Moscow the right", "Iran sent Damascus
# a shipment", "supplied Damascus with the S-300": the receiving state, not a place.
_GIVEN_TO = re.compile(
    r"\b(?:gave|give[sn]?|giving|grant(?:ed|s|ing)?|offer(?:ed|s|ing)?|hand(?:ed|s|ing)"
    r"|sen[dt]s?|sending|promis(?:ed|es|ing)|assur(?:ed|es|ing)|allow(?:ed|s|ing)"
    r"|supplie[ds]|supply(?:ing)?|provid(?:ed|es|ing)|equipp(?:ed|ing)|arm(?:ed|s|ing)"
    r"|award(?:ed|s|ing)?|lent|loan(?:ed|s)?)\s+$"
)
_GIVEN_THING = re.compile(
    r"\s+(?:with\b|(?:the|a|an|its|their|his|her|new|more|full|permission|access|rights?"
    r"|assurances|guarantees|weapons|arms|missiles|oil|credit|loans?)\b)"
)
_GROUP_IN = re.compile(
    r"\b(?:Hezbollah|Hamas|Houthis|ally|allies|proxy|proxies|partners?)\s+in\s+(?:the\s+)?$"
)
_TAKEN_TO_HOSPITAL = re.compile(
    r"\b(?:taken|transferred|rushed|evacuated|moved|brought|admitted)\s+to\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|medical\s+(?:centre|center|point))"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
)
# The agent of a passive event, then where it acted: "was arrested by Syrian authorities
# in Damascus", "were seized by Italian authorities in Salerno".
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|ught)\s+by\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:authorities|officials|police|forces|customs|agents)\s+in\s+$",
    re.IGNORECASE,
)
# Authorities acting where they are: "authorities in Gibraltar detained the tanker" (not
# "officials in Damascus said").
_AUTHORITIES_IN = re.compile(
    r"\b(?:authorities|police|customs|officials|security\s+forces)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ACTS_THERE = re.compile(
    r"\s*(?:have\s+|had\s+|on\s+\w+\s+)?(?:detained|arrested|seized|impounded|raided|stormed"
    r"|confiscated|intercepted|boarded|demolished|executed|expelled|deported)\b"
)
_CHAT_SENDER = re.compile(lexicon.CHAT_STAMP_AND_SENDER)
# A place a force used as its base: "had used the Mayadin and Bukamal areas as a
# launching pad", "uses Qusayr as a rear base".
_USED_BEFORE = re.compile(r"\b(?:used|uses|using|use)\s+(?:the\s+)?$")
_AS_A_BASE = re.compile(
    r"(?:\s+(?:and|,)\s+[\w'’ -]{1,30}?)?"
    r"(?:\s+(?:areas?|towns?|city|cities|region|airport|airbase))?"
    r"\s+as\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:base|launch(?:ing)?[\s-]*pad"
    r"|staging\s+(?:ground|area|post)|hub|headquarters|springboard|depot|foothold)\b"
)
_GOVERNMENT_IN = re.compile(
    r"\b(?P<body>regime|government|authorities|leadership|rulers)\s+in\s+$", re.IGNORECASE
)
# Big cities stand for governments ("Damascus announced", "the regime in Baghdad").
METONYM_POPULATION = 500_000


def _is_big_city(mention: PlaceMention) -> bool:
    place = mention.place
    return place.kind not in AREA_KINDS and place.population >= METONYM_POPULATION


# Russian wires' note on a group: "(both outlawed in Russia)", "(a terrorist organisation
# banned in Russia)".
_BANNED_IN = re.compile(
    r"(?:\([^()]*|\b(?:organi[sz]ations?|group|groups|movement)\s+(?:that\s+is\s+|which\s+is\s+)?)"
    r"\b(?:banned|outlawed|prohibited|proscribed|illegal)\s+in\s+(?:the\s+)?$"
)
_CONVENTION = re.compile(r"\s+Conventions?\b")
# What talks were about: "met Assad in Sochi to discuss the situation in Idlib".
_TALKED_ABOUT = re.compile(
    r"\b(?:discuss\w*|talks?\s+(?:on|about)|talked\s+about|focus\w*\s+on|review\w*"
    r"|exchanged\s+views\s+on)\s+(?:the\s+)?(?:latest\s+|current\s+)?(?:situation|developments"
    r"|crisis|conflict|future|settlement|fighting|escalation|security)\s+(?:in|on|around|of)"
    # "the situation in Gaza and the Red Sea": every place of the topic
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|\band\b)\s*(?:the\s+)?)*$"
    # ... whatever the topic: "to discuss security arrangements for the Arbaeen pilgrimage
    # to Karbala"
    r"|\bto\s+discuss\b[^.;:(),]{0,80}?\b(?:in|on|around|of|to|for|at)\s+(?:the\s+)?$"
)
# Who a strike is laid at: "blamed on Israel", "attributed to Israel and the United States".
_ACCUSED = re.compile(
    r"\b(?:blamed\s+(?:it\s+)?on|attributed\s+(?:it\s+)?to|accus(?:ed|ing))\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$"
)
# The people a statement comes from, placed: "Travel agents in Baghdad said", "Workers at
# the port of Tartus told", "residents of Aleppo reported".
_CALLED_AN_ATTACK = re.compile(
    r"\b(?:call\w*|describ\w*|characteri[sz]\w*|term\w*|label\w*|deem\w*|consider\w*)"
    r"\b[^.;]{0,80}?\b(?:as\s+)?an?\s+(?:direct\s+)?(?:attack|aggression|assault)\s+on\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_SPOKE_TO_IN = re.compile(
    r"\b(?:I|we|[Ww]e've|I've)\s+(?:have\s+)?(?:spoke|spoken|talked|interviewed|met)"
    r"(?:\s+(?:to|with))?\s+(?:in|at)\s+(?:the\s+)?$"
    # "he told me in Tehran last autumn": where the writer heard it
    r"|\b(?:told|tells|telling|said\s+to)\s+(?:me|us)\s+(?:in|at)\s+(?:the\s+)?$"
)
_ANYONE_IN = re.compile(
    r"\b(?:[Nn]obody|[Nn]o\s+one|[Ee]veryone|[Ee]verybody|[Aa]nyone|[Aa]nybody|[Ss]omeone)"
    r"\s+in\s+$"
)


def _ends_in_or_at(text: str) -> bool:
    """Whether ``text`` ends with "in" or "at" (maybe then "the"), as every match of
    _SPOKE_TO_IN and _ANYONE_IN does: a cheap test before their searches."""
    return text.rstrip().endswith(("in", "at", "the"))


# Who works from a town, not an armed presence: an author's bio, a newsroom's footer.
_CIVIL_BASED = re.compile(
    r"(?i:\b(?:historian|journalist|writer|researcher|analyst|correspondent|photographer"
    r"|figure|activist|exile|dissident|critic|opponent|politician|cleric|businessm[ae]n"
    r"|reporter|author|fellow|consultant|scholar|academic|professor|lecturer|editor"
    r"|filmmaker|artist|lawyer|investigator|translator|organi[sz]ation|ngo|think[\s-]tank"
    r"|newsroom|outlet|agency|website|newspaper|magazine|company|firm|charity|institute"
    r"|collective|publisher|broadcaster|consultancy|startup)s?"
    r",?\s+(?:who\s+is\s+|now\s+|currently\s+)?based\s+(?:in|at)\s+(?:the\s+)?$)"
)
_SOURCE_IN = re.compile(
    r"(?i:\b(?:agents?|agencies|workers|employees|residents|sources?|officials|activists"
    r"|journalists|traders|merchants|doctors|analysts|diplomats|witnesses|locals|companies"
    r"|operators|correspondents?|reporters?"
    # a body that speaks from a town: "the Internal Security Command in Lattakia announced"
    r"|command|company|directorate|council|department|authority|office|administration"
    # "The Ministry of National Defence in Ankara said"
    r"|ministry|ministries)"
    r"(?:\s+(?:for|of)(?:\s+[\w-]+){1,3}?)?\s+(?:in|at|of|from)\s+(?:the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of\s+)?)?)"
    # the later names of a list: "Travel agencies in Mashhad and Qom tell Tasnim"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,\s*|\s+and\s+))*$"
)
_SOURCE_SAID = re.compile(
    r"(?:\s*(?:,|\s+and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
    r"\s*(?:,[^,;:.]{1,60},\s*)?(?:said|say|says|told|tell|tells|reported|report|reports"
    r"|added|stated|confirmed|complained|announced|announces|announce)\b"
)
_WITNESSES = re.compile(r"(?i:\b(?:residents|witnesses|locals|inhabitants)\b)")
_WHAT_THEY_HEARD = re.compile(
    r"\s*(?:reported|report|reports|said|say|says|described|told\s+[\w-]+\s+of)\s+"
    r"(?:(?:hearing|seeing)\s+)?(?:(?:a|an|the|several|loud|heavy|multiple|huge|large"
    r"|powerful|violent|successive|two|three|four|five)\s+)*"
    r"(?:explosions?|blasts?|gunfire|shelling|air\s*strikes?|airstrikes?|strikes?"
    r"|bombardments?|detonations?|clashes)\b"
)
_PREDICATE_NOUNS = (
    "base", "hub", "stronghold", "garrison", "headquarters", "outpost", "staging", "foothold",
    "launch", "bastion", "enclave", "centre", "center", "capital",
)  # fmt: skip
# (a timeline's present too: "Yabroud falls on 16 March")
_FELL_WORDS = (
    "fell", "fallen", "falls", "surrendered", "surrenders", "capitulated",
    # control passed between the sides: "Maaloula changed hands several times"
    "changed hands", "change hands", "changes hands", "changing hands",
)  # fmt: skip
_FELL = re.compile(
    # (the names listed with it first: "Aleppo and Hama fell quickly"; or an apposition:
    # "Homs, Syria's third-largest city, fell")
    r"(?-i:(?:\s*(?:,|\s+and)\s+(?:al-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*)"
    r"(?:\s+(?:city|town|village))?"  # "Aleppo city falls"
    rf"(?:\s*{_APPOSITION}(?=[a-z])|\s+)(?:had\s+|has\s+|have\s+)?(?:{'|'.join(_FELL_WORDS)}|fall(?=\s+to\b))\b",
    re.IGNORECASE,
)
_SPOKEN_AT = (  # "at his weekly news conference", "in a speech at a mosque"
    r"\s+(?:at|to|during|before|in)\s+(?:(?:an?|the|his|her|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
)
_SPEAKING_IN = re.compile(
    r"\b(?:(?:speaking|spoke|addressing\s+\w+)"
    r"(?:\s+(?:later|earlier|afterwards|separately|again|today|yesterday))?"
    rf"(?:{_SPOKEN_AT}){{0,2}}"
    # an official who "said in Damascus" or "announced in Damascus that Russia would lease
    # the port" said it there, on a visit: diplomacy there, as the annotators read it;
    # said in a speech or at a news conference, it is only where words were said
    r"|(?:said|told\s+reporters|told\s+journalists|announced|announcing|stated)"
    r"(?:\s+(?:later|earlier|afterwards|separately|again|today|yesterday))?"
    rf"(?:{_SPOKEN_AT}){{1,2}})"
    r"\s+(?:in|from|at)\s+(?:the\s+)?$"
)
_STATEMENT_CUES = ("speech", "sermon", "address", "interview", "conference", "statement", "remarks")
_STATEMENT_IN = re.compile(
    r"\b(?:speech|sermon|address|interview|(?:press|news)\s+conference|statement|remarks)"
    r"(?:\s+(?:delivered|given|made|released|issued|published))?\s+(?:in|at|from)\s+(?:the\s+)?$"
)
# A fronted "In Moscow, ..." whose clause only reacts: the speaker's seat. (Not "said":
# "In Aleppo, rebels said they had taken the airport" tells of Aleppo.)
_FRONTED_IN = re.compile(r"[\s*_]*In\s+(?:the\s+)?")
_REACTED = re.compile(
    r",[^,;:.()]{0,80}?\b(?:condemned|condemns|denounced|denounces|warned|warns|urged|urges"
    r"|critici[sz]ed|critici[sz]es|welcomed|welcomes|praised|praises|rejected|rejects"
    r"|accused|accuses|blamed|blames|vowed|vows|expressed|expresses|reacted|responded"
    r"|commented|called)\b"
)
# ... or whose clause is an official's statement: "In Tehran, foreign ministry spokeswoman
# Marzieh Afkham said", "In Damascus, a Syrian military source said".
_OFFICIAL_SAID = (
    r",[^,;:.()]{0,80}?\b(?i:spokes(?:man|woman|person)|ministry|minister|officials?"
    r"|diplomats?|envoy|ambassador|sources?|agency|state\s+media|state\s+television)\b"
    r"[^,;:.()]{0,60}?\b(?:said|says|told|stated|announced|added|insisted|confirmed|called"
    r"|described)\b"
)
# ... or a named speaker's: "In Tehran, Supreme Leader Ali Khamenei said on 11 December".
_NAMED_SAID = r",\s*(?:[A-Z][\w'’.-]*\s+){1,6}(?:said|says|told|stated|declared|insisted)\b"
_SPOKE_THERE = re.compile(f"{_REACTED.pattern}|{_OFFICIAL_SAID}|{_NAMED_SAID}")
# The sides of something between two countries: "between Israel and", "between Israel on
# one side and".
# Another war named as a time or a reason, not as what happened in the sentence: "since
# the start of the war in Gaza", "had redeployed much of its force to the war in Ukraine".
_WAR_AS_TIME = re.compile(
    r"\b(?:since|amid|after|before|during|to|because\s+of|by|over|following|until)\s+"
    r"(?:the\s+(?:start|outbreak|beginning|end)\s+of\s+)?the\s+(?:ongoing\s+|full-scale\s+)?"
    r"(?:war|conflict)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BETWEEN_SIDES = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:and\s+(?:the\s+)?)?$", re.IGNORECASE
)
_ADJECTIVAL_ABBREVIATIONS = frozenset({"U.S.", "US", "U.S", "UK", "U.K.", "USA", "UAE"})
# Full names that go before a noun as their owner's: "a United States outpost".
_ADJECTIVAL_NAMES = frozenset({"United States", "United Kingdom", "Soviet Union"})
_OWNED_NOUN = re.compile(
    r"\s+(?:outposts?|bases?|forces|troops|military|army|navy|embassy|soldiers|personnel"
    r"|officials|government|administration|envoy|ambassador|garrison|contractors?|marines"
    r"|aircraft|drones?|jets?|warships?|special)\b"
)
# A place the sentence leaves out: "except in the city of Qamishli", "with the exception
# of Manbij".
_EXCEPT = re.compile(
    r"\b(?:except|excepting|excluding|with\s+the\s+exception\s+of|save\s+for)"
    r"(?:\s+(?:in|at|for|from|near|around))?"
    r"(?:\s+the(?:\s+(?:city|town|village|province|area)\s+of)?)?\s+$"
)
# What makes an abbreviation an adjective: a word after it ("U.S. personnel", its final
# dot read as the mention's end), "-backed", or "and" another side's adjective ("U.S. and
# coalition forces", "U.S. and Israeli officials").
_WORD_AFTER = re.compile(
    r"\.?(?:\s+(?!(?:in|on|at|and|or|to|of|for|from|by|with|as|since|after|before|during"
    r"|was|were|is|are|has|have|had)\b)[A-Za-z]|-[a-z]"
    r"|\s+and\s+(?:coalition|allied|partner|international|[Cc]oalition|Israeli|British"
    r"|French|Iraqi|Kurdish|Turkish|Jordanian|Russian|Syrian|Western)\b)"
)
# A place said to be a base: "Al-Bukamal has been one of the main bases of Iran's militias".
_TARGET_PREDICATE = re.compile(
    r"\s*(?:,[^,;:()]{1,70},\s*)?(?:is|was|has\s+been|had\s+been|have\s+been|became|remains"
    r"|remained)\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,2}?targets?\b"
)
_PREDICATE_SITE = re.compile(
    r"\s*(?:,[^,;:()]{1,60},\s*)?(?:is|was|has\s+been|had\s+been|became|becomes|(?:has|had|have)\s+become"
    r"|remains|remained"
    # "Qusayr has served for more than a decade as the group's main rear base"
    r"|(?:has\s+|had\s+|have\s+)?(?:served|serves|serve)(?:\s+for\s+[\w\s]{1,30}?)?\s+as"
    r"|(?:was|were|is|are|has\s+been|had\s+been)\s+used\s+(?:\w+\s+){0,2}?as)"
    r"\s+(?:(?:one|of|the|a|an|its|their|main|largest|key|major|principal|biggest|chief"
    r"|important|military|logistics|forward|rear|operating|[\w-]+['’]s?)\s+){0,6}"
    r"(?:base|bases|hub|stronghold|strongholds|garrison|headquarters|outpost"
    # "Nubl became one of the main staging areas", "Raqqa became the group's de facto capital"
    r"|staging\s+(?:areas?|grounds?|posts?|points?)|foothold|launch\s?pad|bastion|enclave"
    r"|(?:administrative\s+|command\s+|logistics\s+|nerve\s+)?(?:centres?|centers?)"
    r"|(?:de\s+facto\s+)?capital)\b"
)


# What may open a timeline entry or a headline before its subject: "2016: ", "- ".
_LINE_OPENING = re.compile(
    # "2016: ", "19 November 2017 – ", "**Nov. 19, 2017** — "
    r"[\s*_#>•·–—-]*(?:(?:\d{1,2}(?:[–-]\d{1,2})?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?:\d{1,2},?\s+)?\d{3,4}[*_]*\s*(?:[:–—]|-\s)\s*)?(?:[*_]+\s*)?"
)
# The participle ends its clause or takes a preposition, not an object: "Palmyra
# recaptured in March", not "Moscow evacuated personnel".
_HEADLINE_PARTICIPLE = re.compile(
    r"\s+([a-z]+(?:ed|en))(?=\s*(?:$|[.;,:)]|\s(?:in|on|at|by|after|from|as|during|for|with"
    r"|again|amid|following)\b))"
)


def _is_headline_passive(after: str) -> bool:
    """ "Palmyra recaptured", "Tartus lease extended" without their "was"."""
    match = _HEADLINE_PARTICIPLE.match(after)
    return match is not None and match.group(1).startswith(_PASSIVE_VERBS)


# "Al-Bukamal ... has been used by militias", "Palmyra was held by IS": also a place's
# use or hold, beside the event verbs.
_PASSIVE_VERBS = (
    *lexicon.VERB_OBJECT_TRIGGERS,
    "used",
    "held",
    "garrison",
    "manned",
    "founded",
    "moored",
    "anchored",
    "docked",
    # what befell a town: "It was badly damaged by earthquakes in 494 and 555"
    "damag",
    "destroy",
    "devastat",
    "ravag",
    # a town handed over: "Damascus ... was surrendered to Parmenion"
    "surrender",
    # a siege lifted: "Deir ez-Zor, besieged for three years, was relieved"
    "reliev",
    "flatten",
    "razed",
    "rebuilt",
    "restored",
)


# A list item or a paragraph that opens with the place's name and a colon is about that
# place: what follows describes it ("Jamraya: the research centre, bombed in 2013").
_REACTING_KINDS = frozenset({"country"})
# (the label may list several places: "- Daraa and Quneitra – Russian military police ...")
_TOPIC_LABEL_BEFORE = re.compile(
    r"[\s*_#>•·–—-]*(?:[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?(?:\s*,\s*|\s+and\s+))*"
)
_TOPIC_LABEL_AFTER = re.compile(
    # ... with the day it is about: "- **Sochi, November 2017**: first trilateral summit"
    r"(?:,\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?\s+\d{4}|,\s*\d{4})?[*_]*\s*:(?!\d)"
    r"|\s+(?:--|\|)\s+(?=\S)"
    # a list's "al-Kiswah – An Iranian base south of Damascus was struck ..." (not a
    # dateline's "Tehran – Iran's foreign minister said ...")
    r"|(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)*"
    r"\s+[–—]\s+(?![^.;]{0,80}\b(?:said|says|told|announced|reported)\b)"
    # ... or what the label is: "- **Mayadin** – a town on the Euphrates where ...", "in
    # January 2021, strikes across the province ..."
    r"(?=[A-Z]|(?:a|an|the|in|on|since)\s)"
)


# The people of a place who suffered or left it: what happened there.
_RESIDENTS_OF = re.compile(
    r"\b(?:residents|inhabitants|people|population|civilians|families)\s+of\s+"
    r"(?:the\s+(?:besieged\s+)?(?:towns?|villages?|city)\s+of\s+)?$",
    re.IGNORECASE,
)
_THEY_SUFFERED = re.compile(
    r"(?:\s*(?:,|\s+and)\s+(?:al-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
    r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:bussed|evacuated|displaced"
    r"|killed|besieged|expelled|forced|starved|shelled|massacred|moved|trapped|deported)"
    r"|fled|left|escaped)\b"
)


def _what_the_clause_says(mention: PlaceMention, before: str, after: str) -> bool | None:
    """What the words right around the place say of it, when they settle it: True where
    something happened there, False where it is only a speaker's seat or an owner's
    name, None when the prepositions and verbs must decide.

    Cheap substring tests guard the rarer patterns: this runs once per place mention."""
    if _HOSTS.match(after) or ("where" in after[:120] and _WHERE_AFTER.match(after)):
        return True  # "Tehran hosted the talks", "to Ankara, where he met": where it was
    if _holds_armed_men(before, after):
        return True  # "Al-Qusayr, near the border, has been a Hezbollah stronghold since"
    if _befell_in_apposition(after) and _opens_the_sentence(before):
        return True  # "Palmyra, retaken from the Islamic State in March 2017, became ..."
    tail = before[-60:]
    lowered = tail.lower()
    if any(cue in lowered for cue in _SPEAKING_CUES) and _SPEAKING_IN.search(lowered):
        return False  # "Araghchi, speaking in Tehran, ...": where a statement was made
    if any(cue in lowered for cue in _STATEMENT_CUES) and _STATEMENT_IN.search(lowered):
        return False  # "In a 2014 speech in Hamadan he said", "a statement released in Moscow"
    if after[:1] == "," and _FRONTED_IN.fullmatch(before) and _SPOKE_THERE.match(after):
        # "In Moscow, Zakharova condemned the strikes", "In Tehran, a foreign ministry
        # spokeswoman said ...": where they spoke
        return False
    if mention.place.kind == "country" and "between" in lowered and _BETWEEN_SIDES.search(tail):
        return False  # "the first direct confrontation between Israel and Iran": two sides
    if "war" in lowered and _WAR_AS_TIME.search(tail):
        return False  # "since the start of the war in Gaza", "redeployed to the war in Ukraine"
    if mention.mention in _ADJECTIVAL_ABBREVIATIONS and _WORD_AFTER.match(after):
        return False  # "a U.S. drone strike", "U.S. officials": whose, not where
    if mention.mention in _ADJECTIVAL_NAMES and _OWNED_NOUN.match(after):
        return False  # "an abandoned United States outpost near Manbij"
    if "xcept" in tail and _EXCEPT.search(tail):
        return False  # "deployed along the border, except in the city of Qamishli"
    if _TRANSIT.search(tail):
        return False  # "arrived in Damascus via Turkey", "travelled overland through Iraq"
    if ("blam" in tail or "attribut" in tail or "accus" in tail) and _ACCUSED.search(tail):
        return False  # "the strike, which Iran blamed on Israel": who, not where
    if ("hospital" in lowered or "clinic" in lowered or "medical" in lowered) and (
        _TAKEN_TO_HOSPITAL.search(tail)
    ):
        return False  # "transferred to a field hospital in Al-Mayadin": not where it happened
    if (
        " in" in lowered[-9:]
        and (government := _GOVERNMENT_IN.search(tail))
        and (
            _is_big_city(mention)
            or (
                government["body"].lower() != "authorities" and mention.place.kind not in AREA_KINDS
            )
        )
        and not _PASSIVE_AGENT.search(tail)
        and not _ACTS_THERE.match(after)
    ):
        # "the regime in Baghdad allowed": a government (the reference keeps a country:
        # "the fall of ... the Assad regime in Syria"); a "regime in" any city is one
        # ("the regime in Tel Aviv")
        return False
    if mention.place.kind == "country" and " in" in lowered[-9:] and _GROUP_IN.search(tail):
        return False  # "Hezbollah in Lebanon", "Iran's main ally in Lebanon": who, not where
    if ("(" in tail or "lawed" in tail or "banned" in tail) and _BANNED_IN.search(tail):
        # "Jabhat al-Nusra (both outlawed in Russia)", "... is a terrorist organization
        # outlawed in Russia": a wire's legal note
        return False
    if _CONVENTION.match(after):
        return False  # "protected under the Vienna Convention": a treaty's name
    if (
        mention.place.kind not in AREA_KINDS
        and _GIVEN_THING.match(after)
        and _GIVEN_TO.search(tail)
    ):
        # "gave Moscow the right to keep warships at Tartus": a capital for its government
        # (a country supplied is the reference's event: "provided Iran with Scud missiles")
        return False
    topic = before[-140:]
    if ("discuss" in topic or "talk" in lowered or "view" in lowered) and _TALKED_ABOUT.search(
        topic
    ):
        return False  # "to discuss the situation in Idlib": what the talks were about
    # (the anchored match first: it fails at once after most places, the search would
    # be tried at every position of the tail)
    if _SOURCE_SAID.match(after) and _SOURCE_IN.search(tail):
        # "Travel agents in Baghdad said": where the speakers are; but what residents
        # report hearing happened where they live ("Residents of Damascus reported loud
        # explosions")
        return bool(_WITNESSES.search(tail[-40:]) and _WHAT_THEY_HEARD.match(after))
    if " on" in lowered[-12:] and _CALLED_AN_ATTACK.search(before[-140:]):
        return False  # "called the strike an attack on Iranian soil": a claim, not a place
    if _ends_in_or_at(tail) and (_SPOKE_TO_IN.search(tail) or _ANYONE_IN.search(tail)):
        # "Analysts I spoke to in Jerusalem say", "Nobody in Tehran wants a war": where
        # a source is, or whose mood, not where anything happened
        return False
    if "based" in lowered[-30:] and _CIVIL_BASED.search(tail):
        return False  # "a historian based in Toronto": where a writer or a firm works
    if "of" in lowered[-40:] and _RESIDENTS_OF.search(tail) and _THEY_SUFFERED.match(after):
        return True  # "The last residents of Fuah and Kefraya were bussed out": there
    head = after[:160]
    if any(noun in head for noun in _PREDICATE_NOUNS) and _PREDICATE_SITE.match(after):
        return True  # "Al-Bukamal has been one of the main bases of ..."
    if any(w in head[:110].lower() for w in (*_FELL_WORDS, "fall to")) and _FELL.match(after):
        return True  # "Hama fell on 5 December", "Damascus has fallen"
    if " under " in head and _CAME_UNDER.match(after):
        return True  # "Eastern Aleppo, home to 250,000 people, came under full siege"
    if (
        _is_passive_target(after)
        or ("target" in head and _TARGET_PREDICATE.match(after))
        # the name in apposition: "the last Daesh stronghold in Syria, Abu Kamal, was
        # liberated"
        or (after[:1] == "," and before.endswith(", ") and _is_passive_target(after[1:]))
    ):
        # "Palmyra was recaptured", "Khan Tuman, south of Aleppo, was captured", "Albu
        # Kamal, on the Euphrates, has been a frequent target"
        return True
    if _LINE_OPENING.fullmatch(before) and _is_headline_passive(after):
        return True  # a timeline entry or a headline: "2016: Palmyra recaptured in March"
    if _TOPIC_LABEL_BEFORE.fullmatch(before) and _TOPIC_LABEL_AFTER.match(after):
        # "- **Al-Kiswah:** a base south of Damascus, struck in 2017"; but a country
        # heads the reactions its government gave ("Turkey: Erdoğan called the strike ...")
        return mention.place.kind not in _REACTING_KINDS
    if mention.place.kind not in AREA_KINDS and _SITE_NOUN_AFTER.match(after):
        return True  # "its Tartus facility", "the Hama airbase": the site is in the town
    return None


# "positions stretching from the city of Deir el-Zour to the Albu Kamal desert", "hit
# sites from Deir ez-Zor to Al-Bukamal": a stretch's two ends, both where it happened (not
# a route: "Assad was flown from Hmeimim to Moscow").
# (not a road between: "firing positions over the road from Homs to Tartus")
_NOT_A_WAY = r"(?!\b(?:road|highway|route|motorway|trip|journey|flight|drive|way)\b)"
# What was struck or held along a stretch, and the strikes themselves.
_STRUCK_ALONG = (
    r"stretch\w*|positions|sites|targets|outposts|bases|facilities|depots|(?:air\s*)?strikes"
    r"|struck|hit|shelled|shelling|raids|raided|bomb(?:ed|ing)|attack(?:s|ed)"
)
_STRETCH_FROM = re.compile(
    rf"\b(?:{_STRUCK_ALONG}|extend\w*|spann?\w*|rang(?:e|es|ed|ing)|areas|lines?|front\w*"
    r"|corridor|presence|deploy\w*|control\w*|hold\w*|held|villages|towns)\b"
    rf"(?:{_NOT_A_WAY}[^.;:]){{0,25}}\bfrom\s+(?:the\s+)?(?:[\w-]+\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_STRETCH_TO = re.compile(
    r"(?:\s+(?:city|town|province|governorate|countryside|area))?"  # "from Deir ez-Zor city to"
    r"\s+(?:(?:up|down|all\s+the\s+way|right)\s+)?to\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){1,2}(?:of|at|near)\s+)?"  # "to the border strip at Al-Bukamal"
    r"(?:(?:al|as|ad|ar|at|el)-)?[A-Z]"
)
# ... and its far end when its near one is no name: "airstrikes from the outskirts of the
# provincial capital to Mayadin".
_STRETCH_ENDS_AT = re.compile(
    rf"\b(?:{_STRUCK_ALONG})\b(?:{_NOT_A_WAY}[^.;:]){{0,40}}\bfrom\s+(?:(?!\bto\b){_NOT_A_WAY}[^.;:]){{3,60}}?\s"
    r"(?:(?:up|down|all\s+the\s+way|right)\s+)?to\s+(?:the\s+)?(?:(?:[a-z]+\s+){1,2}(?:of|at|near)\s+)?$",
    re.IGNORECASE,
)


# A site, then its town after a comma, as chronologies and captions write it: "Suicide
# bombing of the US embassy, Beirut.", "a strike on a weapons depot, Masyaf, on 3 May".
_SITE_THEN_TOWN = re.compile(
    r"\b(?:embassy|consulate|barracks|base|airbase|air\s+base|airport|airfield|mosque|shrine"
    r"|camp|hotel|building|headquarters|compound|church|market|hospital|school|station|port"
    r"|facility|depot|warehouse|checkpoint|prison|cemetery|square|bridge|factory)\s*,\s*$",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"\s*(?:[.;:)(\]]|$|[–—]|,\s*(?=\d|(?:on|in|by)\s|[A-Z][a-z]{2}\.?\s+\d)"
    rf"|(?:on|in)\s+(?:\d|{lexicon.MONTH_NAME}))"
)


def stretch_from(before: str) -> bool:
    """Does ``before`` (the text up to a place) open a stretch of ground with "from"?"""
    return "from" in before[-40:] and _STRETCH_FROM.search(before[-90:]) is not None


def unplaced_list_start(mention: PlaceMention, sentence: Sentence) -> int | None:
    """Where a list opens (an offset in the sentence) whose items before ``mention`` are
    capitalised names, when a locative or a verb's object opens it and an "and" closes it
    after the mention: "in the areas of Sarakib, Aleppo and Deir ez-Zor". The caller knows
    whether those names were places the gazetteer lacks."""
    local = mention.start - sentence.start
    before = sentence.text[:local]
    if not before.endswith(", "):
        return None
    if not _LIST_GOES_ON.match(sentence.text, local + len(mention.mention)):
        return None
    listed = _COMMA_LIST_BEFORE.search(before)
    if listed is None:
        return None
    opening = before[: listed.start()]
    return listed.start() if _is_locative(opening) or _is_verb_object(opening) else None


# A capital as the subject of what a government says: "Tehran vowed revenge", "Moscow
# blamed Israel", "Damascus called it a declaration of war".
_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:later|also|quickly|immediately)\s+)?(?:said|says|vowed|vows|blamed|blames"
    r"|condemned|condemns|denied|denies|warned|warns|threatened|threatens|accused|accuses"
    r"|called|calls|demanded|demands|protested|protests|rejected|rejects|announced"
    r"|announces|claimed|claims)\b"
)


# A list of people, each with an age ("- Mehmet Aydemir, 44, a Turkish national of
# Istanbul"): a person's entry is prose about them, not a record of what happened at
# its town.
_PERSON_ENTRY = re.compile(
    r"\s*(?:[-*+•]\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+,\s+(?:aged\s+)?\d{1,3},\s"
)


# An act's closing formula: "Done at Brussels, 4 November 2021."
_SIGNED_AT = frozenset({"Done at", "Done in", "Signed at", "Signed in", "Given at"})
_DATE_AFTER_COMMA = re.compile(
    r",\s*(?:on\s+|this\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?[A-Z]"
)


def is_event_location(
    mention: PlaceMention, sentence: Sentence, noise: Stuffing | None = None
) -> bool:
    """Does the sentence say something happened at this place (see module docstring)?"""
    local = mention.start - sentence.start
    text = sentence.text
    if text[:1].isdigit() or text[:1] == "[":
        sender = _CHAT_SENDER.match(text)
        if sender is not None and local < sender.end():
            return False  # a chat message's sender: "12/8/24, 00:12 - Abu Fares Mezzeh:"
    if "\n" in text:
        text = text.replace("\n", " ")  # a hard-wrapped line: "changed\nhands twice"
    before = text[:local]
    if before[-1:] == "-" and (article := _ARTICLE_LEFT.search(before)):
        before = before[: article.start()]  # "deployed to As-Sweida": the name's own article
    elif before[-3:] in _SPACED_ARTICLES and before[-4:-3] in (" ", ""):
        before = before[:-3]  # "in al Latamna town": the article written apart
    # Markup closing the name ("[[Aleppo]] was struck", "**Hama** fell") is no word.
    after = text[local + len(mention.mention) :].lstrip("*_]")
    if noise is not None:
        before, after = noise.blank_out(before), noise.blank_out(after)
    if (
        _inside_quotes(before)
        and not is_reported_quote(sentence.text, local)
        and not _quoted_name(before, after)
        and not _quoted_passage(sentence.text)
    ):
        return False  # a quotation nobody is said to have given: a title, a slogan
    if _blocked(before) and not (_owned_site(mention, before) and not _negated(before)):
        return False  # a plan's own site exists ("would keep its naval facility")
    if _is_dyad(before, after):
        return False
    ranking = "st " in before[-120:] or "only " in before[-120:]
    if mention.place.kind in AREA_KINDS and ranking and _ranked_in(before):
        return False  # "one of the largest air bases in Syria": where it ranks, not is
    if _CONDITIONAL.match(sentence.text):
        return False  # "If Russia loses Hmeimim, its operations in Africa would suffer"
    if "ould " in after[:60] and _WHAT_IT_WOULD_CAUSE.match(after):
        return False  # "a strike on the Baniyas refinery could produce a disaster"
    if _is_dateline(mention.mention, before) or (
        not before.strip(" *_#>\t\n") and _AGENCY_DATELINE.match(after)
    ):
        return False  # "HMEIMIM (Syria), December 11 - RIA Novosti.", "Tehran, IRNA –"
    if before.strip(" *_") in _SIGNED_AT and _DATE_AFTER_COMMA.match(after):
        return False  # an act's closing formula: "Done at Brussels, 4 November 2021."
    if _COMPANY_AFTER.match(after):
        return False  # "sold through Al-Sukari Trading Company": a firm's name
    if mention.place.kind == "country" and _THROUGH.search(before[-16:]):
        return False  # "gas supplied to Syria through Turkey": a country passed through
    if mention.place.kind == "country" and " into " in before[-30:] and _FLED_INTO.search(before):
        return False  # "withdrew from Albu Kamal across the border into Iraq": a refuge
    if mention.place.kind == "country" and (
        _INSTITUTION_OF.search(before[-80:]) or _BODY_IN.search(before[-90:])
    ):
        return False  # "the Cultural Centre of the Islamic Republic of Iran in Damascus"
    if _SPARED.match(after):
        return False  # "the Russian facility at Tartus was not targeted"
    if mention.place.kind in lexicon.SITE_KINDS:
        return True
    if " lead" in before and _WAY_LEADS_TO.search(before[-90:]):
        return False  # "a highway outside Masyaf that leads toward Tartus was hit": not Tartus
    if sentence.is_row and not _PERSON_ENTRY.match(sentence.text):
        if _SPEAKS_AFTER.match(after):
            return False  # a Notes cell's "Tehran vowed revenge": a government speaking
        if mention.place.kind not in AREA_KINDS:
            return True  # a town in a row is the row's place
        separator = row_separator(sentence.text) or "|"
        before = before[before.rfind(separator) + 1 :]  # a country is read within its cell
        after = after[: after.find(separator)] if separator in after else after
        if (
            mention.place.kind in _PROVINCE_KINDS
            and _CELL_GLOSS.fullmatch(before)
            and _CELL_GLOSS.fullmatch(after)
        ):
            # a province alone in its cell ("| Aleppo |" under "Governorate"), glossed or
            # paired ("| Rif Dimashq (Damascus countryside) |", "| Latakia / Tartus |")
            return True
    verdict = _what_the_clause_says(mention, before, after)
    if verdict is not None:
        return verdict
    if is_attributive_org(after) and not _named_site_in(mention, before, after):
        return False
    if after[:1] in "'’" and _PLACE_PART.match(after) and _TAKES_A_PART.search(before[-30:]):
        return True  # "opened on al-Mayadin's main street", "rebuilt Hatla's husseiniya"
    if (
        mention.place.kind in lexicon.TOWN_KINDS
        and before[-4:].lower() in ("the ", "its ")
        and _SITE_NAMED_FOR.match(after)
    ):
        return True  # "The Abu Kamal site was hit again": a site at the town
    if "declared" in before[-20:] and _DECLARED_TAKEN.search(before) and _TAKEN.match(after):
        return True  # "The army declared Deir ez-Zor city fully recaptured"
    if (
        mention.place.kind in AREA_KINDS
        and "cross" in before[-80:]
        and _CROSSED_FROM.search(before[-80:])
    ):
        return False  # "crossed the fence from Syria into the Golan": out of it
    if "in " in before[-8:] and _AUTHORITIES_IN.search(before[-40:]) and _ACTS_THERE.match(after):
        return True  # "authorities in Gibraltar detained the tanker": where they did it
    if "us" in before[-30:] and _USED_BEFORE.search(before[-30:]) and _AS_A_BASE.match(after):
        return True  # "militias used the Mayadin and Bukamal areas as a launching pad"
    if (
        (
            _is_locative(before)
            and not _along_a_link(before, after)
            and not (before.endswith(", ") and _ACTS_AFTER.match(after))
        )
        or _is_verb_object(before)
        or _is_event_modifier(before, after, mention.place.kind)
        or (stretch_from(before) and _STRETCH_TO.match(after) is not None)
        or (" to " in before[-40:] and _STRETCH_ENDS_AT.search(before[-140:]) is not None)
        or (before.endswith(", ") and _SITE_THEN_TOWN.search(before) and _PHRASE_END.match(after))
    ):
        return True
    # Later in a list whose first names the gazetteer lacks ("shelled villages near Marea
    # and Azaz"), or a list of examples ("recaptured several towns, including Palmyra").
    # (not a subject: "struck near Hama and Damascus denied any losses")
    ends = before.endswith(" and ") and _LIST_END.match(after) is not None
    listed = _LIST_BEFORE.search(before) if ends else None
    if listed is not None and (
        _is_locative(before[: listed.start()]) or _is_verb_object(before[: listed.start()])
    ):
        return True
    tail = before[-60:]
    examples = "includ" in tail or "such as" in tail or "among" in tail
    return examples and _EXAMPLES.search(before) is not None
