"""The events stage on constructed sentences: which mentions are event locations, and what happened.

Places are built by hand so these tests pin the linguistic rules, not the gazetteer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text

from extract.categories import sentence_triggers
from extract.dates import find_dates
from extract.documents import read_document
from extract.events import EventContext, events_for_sentence, find_actors, is_event_location
from extract.pipeline import extract_document
from extract.records import DateSpan, Event, Place, PlaceMention, Sentence

PLACES = {
    "Syria": Place("syria", "Syria", "country", 35.0, 38.0, "SY", precision=3),
    "Iran": Place("iran", "Iran", "country", 32.0, 53.0, "IR", precision=3),
    "Egypt": Place("egypt", "Egypt", "country", 26.8, 30.8, "EG", precision=3),
    "Lebanon": Place("lebanon", "Lebanon", "country", 33.85, 35.86, "LB", precision=3),
    "Tehran": Place("tehran", "Tehran", "city", 35.69, 51.39, "IR"),
    "Damascus": Place("damascus", "Damascus", "city", 33.51, 36.29, "SY"),
    "Moscow": Place("moscow", "Moscow", "city", 55.75, 37.62, "RU"),
    "Hama": Place("hama", "Hama", "city", 35.13, 36.76, "SY"),
    "Aleppo": Place("aleppo", "Aleppo", "city", 36.2, 37.13, "SY"),
    "Tartus": Place("tartus", "Tartus", "city", 34.89, 35.89, "SY"),
    "Latakia": Place("latakia", "Latakia", "city", 35.52, 35.79, "SY"),
    "Abu Dhabi": Place("abu-dhabi", "Abu Dhabi", "city", 24.45, 54.38, "AE"),
    "Khmeimim airfield": Place("khmeimim", "Khmeimim Air Base", "base", 35.40, 35.95, "SY"),
    "Sayyida Zaynab": Place("zaynab", "Sayyidah Zaynab Mosque", "shrine", 33.44, 36.34, "SY"),
    "Iranian embassy": Place("embassy", "Embassy of Iran, Damascus", "embassy", 33.5, 36.25, "SY"),
    "Kuweires airbase": Place("kuweires", "Kuweires Military Airbase", "base", 36.19, 37.58, "SY"),
    "T-4 airbase": Place("t4", "Tiyas Military Airbase", "base", 34.52, 37.63, "SY"),
    "Palmyra": Place("palmyra", "Palmyra", "city", 34.56, 38.28, "SY"),
    "Yarmouk camp": Place("yarmouk", "Yarmouk Camp", "district", 33.47, 36.30, "SY"),
    "Old City": Place("old-city", "Old City of Damascus", "district", 33.51, 36.31, "SY"),
    "Sayyida Ruqayya shrine": Place("ruqayya", "Sayyidah Ruqayya", "shrine", 33.51, 36.31, "SY"),
    "Khan Tuman": Place("khan-tuman", "Khan Tuman", "town", 36.11, 37.05, "SY"),
    "Mediterranean": Place("med", "Mediterranean Sea", "sea", 35.0, 18.0, "", precision=3),
    "Russia": Place("russia", "Russia", "country", 60.0, 100.0, "RU", precision=3),
    "Turkey": Place("turkey", "Turkey", "country", 39.0, 35.0, "TR", precision=3),
    "Talbiseh": Place("talbiseh", "Talbiseh", "town", 34.83, 36.73, "SY"),
    "Rastan": Place("rastan", "Ar Rastan", "city", 34.93, 36.73, "SY", population=50_000),
    "Manbij": Place("manbij", "Manbij", "city", 36.53, 37.95, "SY", population=100_000),
    "Kobani": Place("kobani", "Kobani", "city", 36.89, 38.35, "SY", population=45_000),
    "Kiswah": Place("kiswah", "Al-Kiswah", "town", 33.36, 36.24, "SY"),
    "Deir ez-Zor": Place("deir", "Deir ez-Zor", "city", 35.34, 40.14, "SY", population=240_000),
    "Al-Bukamal": Place("bukamal", "Abu Kamal", "city", 34.45, 40.92, "SY", population=50_000),
    "Isfahan": Place("isfahan", "Isfahan", "city", 32.65, 51.68, "IR", population=2_000_000),
    "Daraa": Place("daraa", "Daraa", "city", 32.62, 36.10, "SY", population=100_000),
    "Quneitra": Place("quneitra", "Quneitra", "city", 33.13, 35.82, "SY"),
    "Damascus countryside": Place("rif", "Rif Dimashq Governorate", "region", 33.45, 36.9, "SY"),
    "Sayyida Zaynab shrine": Place(
        "zaynab", "Sayyidah Zaynab Mosque", "shrine", 33.44, 36.34, "SY"
    ),
    "Iraq": Place("iraq", "Iraq", "country", 33.0, 44.0, "IQ", precision=3),
    "Israel": Place("israel", "Israel", "country", 31.5, 34.75, "IL", precision=3),
    "Gaza": Place("gaza", "Gaza", "city", 31.5, 34.47, "PS", population=500_000),
    "Mount Hermon": Place("hermon", "Mount Hermon", "region", 33.42, 35.86, "SY", precision=2),
    "Golan Heights": Place("golan", "Golan Heights", "region", 33.0, 35.75, "SY", precision=2),
    "Homs Governorate": Place("homs-gov", "Homs Governorate", "region", 34.5, 38.2, "SY"),
    "Damascus airport": Place(
        "dam-airport", "Damascus International Airport", "facility", 33.41, 36.51, "SY"
    ),
    "Umayyad Mosque": Place("umayyad", "Umayyad Mosque", "mosque", 33.51, 36.31, "SY"),
}


def _events(text: str, names: list[str], dates: tuple[DateSpan, ...] = ()) -> list[Event]:
    """Events of one sentence that starts at offset 100 of its document."""
    sentence = Sentence(start=100, end=100 + len(text), text=text, paragraph=0, section=0)
    mentions = []
    for name in names:
        at = text.index(name)
        mentions.append(PlaceMention(100 + at, 100 + at + len(name), name, PLACES[name]))
    return events_for_sentence(EventContext("doc.txt", sentence, dates, None), mentions)


def _run(text: str, names: list[str], dates: tuple[DateSpan, ...] = ()) -> dict[str, str]:
    """Events of one sentence as {mention: category}."""
    return {e.mention: e.category for e in _events(text, names, dates)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Iranian president says Tehran will keep its forces in place.", "Tehran"),
        ("Moscow has been a key arms supplier to the regime.", "Moscow"),
        ("Syria's strategic alliance with Egypt ended in a treaty dispute.", "Egypt"),
        (
            "The report was published by an Abu Dhabi-based media outlet after the strikes.",
            "Abu Dhabi",
        ),
        ("Assad did not visit Iran while the Ayatollah was alive.", "Iran"),
        ("He told reporters that Iran could visit Damascus next year.", "Damascus"),
        ("Bashar al-Assad took over as President of Syria after the funeral.", "Syria"),
        ('He said: "In Syria, the hand of America is evident," after the attack.', "Syria"),
        ("The Iran–Syria alliance was signed after talks.", "Syria"),
        ("Iran reported the attack, according to one diplomat in Damascus.", "Damascus"),
        ("In 2025 the authorities in Damascus said Iranian advisers had left.", "Damascus"),
        ("Critics in Moscow said most strikes hit rebel groups.", "Moscow"),
        # Iran's name for its volunteers in Syria, not a shrine in Tehran:
        ("Khamenei praised the defenders of the shrine in Tehran in 2017.", "Tehran"),
        # a report of nothing
        ("Nothing was reported at the T-4 airbase that night.", "T-4 airbase"),
        # who says so, however far into the sentence: not where anything was targeted
        ("Jets hit Homs in 2018, targeting weapons depots and, according to Israel, a radar.",
         "Israel"),
        ("Jets hit Homs in 2018, sent weapons to depots owing to Russia's absence.", "Russia"),
    ],
)  # fmt: skip
def test_mentions_that_are_not_event_locations(text: str, name: str) -> None:
    assert name not in _run(text, [name])


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("On 16 June 2006, Iran and Syria signed an agreement in Tehran.", "Tehran", "diplomacy"),
        # an airfield's control tower is equipment, not control of ground
        (
            "In 2015 a mobile air-traffic control tower was going up at the Khmeimim airfield.",
            "Khmeimim airfield",
            "base",
        ),
        (
            "In May 2023, President Raisi went to Damascus on a state visit.",
            "Damascus",
            "diplomacy",
        ),
        (
            "After rebels captured Damascus on 8 December 2024, looting began.",
            "Damascus",
            "incident",
        ),
        (
            "Khomeini was restrained in his condemnation of the 1982 Hama massacre.",
            "Hama",
            "incident",
        ),
        (
            "Russia and Syria signed a basing agreement for Khmeimim airfield.",
            "Khmeimim airfield",
            "base",
        ),
        ("It has a naval base in the Syrian port of Tartus.", "Tartus", "base"),
        ("Iranians made pilgrimages to shrines like Sayyida Zaynab.", "Sayyida Zaynab", "shrine"),
        ("The Iranian embassy was ransacked by crowds.", "Iranian embassy", "incident"),
        ("Iran has deployed troops and advisers in Syria since the uprising.", "Syria", "base"),
        ("Rebel forces took over the Syrian city of Aleppo.", "Aleppo", "incident"),
        ("Iran sent weapons and oil shipments to Syria by air.", "Syria", "other"),
        # a lease of a base is a basing deal, as the reference annotation has "a basing
        # agreement for Khmeimim airfield": base, not diplomacy
        ("The Tartus lease was signed in 2017.", "Tartus", "base"),
        ("In 2016 the army, backed by Russian jets, retook eastern Aleppo.", "Aleppo", "incident"),
        ("By 2019 Iranian militias controlled much of Aleppo.", "Aleppo", "incident"),
        ("Israel responded by striking dozens of targets in Aleppo.", "Aleppo", "incident"),
        ("The government cancelled the Tartus port contract in 2025.", "Tartus", "diplomacy"),
        # A shrine destroyed or desecrated is an incident there; one visited or restored,
        # a shrine event.
        ("In 2014 its fighters blew up the shrine in Aleppo.", "Aleppo", "incident"),
        ("A mosque in Aleppo was destroyed in 2013.", "Aleppo", "incident"),
        ("The shrine in Hama was badly damaged by shelling.", "Hama", "incident"),
        ("Sayyida Zaynab was desecrated by rebels in 2013.", "Sayyida Zaynab", "incident"),
        ("The Sayyida Zaynab shrine was visited by thousands.", "Sayyida Zaynab", "shrine"),
        ("The shrine in Hama was restored in 2010.", "Hama", "shrine"),
        # an observation post is a military position
        ("Turkish troops set up 12 observation posts around Aleppo in 2018.", "Aleppo", "base"),
        ("Hezbollah kept an observation point near Hama.", "Hama", "base"),
        # money routed through a country is no rout; a claim to be somewhere's protector
        # is no territorial claim
        ("Weapons were routed to Abu Dhabi in 2019.", "Abu Dhabi", "other"),
        (
            "Many claim to be protecting the Sayyida Zaynab shrine.",
            "Sayyida Zaynab shrine",
            "shrine",
        ),
        # a forum's words for being struck
        ("The T-4 airbase got hammered again in 2024.", "T-4 airbase", "incident"),
        ("The Iranian embassy got trashed on 8 December.", "Iranian embassy", "incident"),
        # an arrest at a mosque happened there
        ("Security forces arrested 40 men at the Grand Mosque in Rastan.", "Rastan", "incident"),
        # an envoy's arrival is a visit (a visa "upon arrival" is none)
        (
            "Upon arrival at Damascus airport, the minister told reporters the talks would go on.",
            "Damascus airport",
            "diplomacy",
        ),
        ("In 2024 visas upon arrival were issued to travellers in Latakia.", "Latakia", "other"),
        # what a trip was to plan is no event at its end; a stock of rockets is no attack;
        # a Security Council session is diplomacy
        (
            "In July 2015 Soleimani travelled to Latakia to plan a joint offensive.",
            "Latakia",
            "diplomacy",
        ),
        (
            "He replenished Hezbollah's rocket stocks, routing cargo flights into Latakia.",
            "Latakia",
            "other",
        ),
        (
            "In 2024 a session of the Security Council in Abu Dhabi ended without a vote.",
            "Abu Dhabi",
            "diplomacy",
        ),
        # a weapon aimed at a site the town locates
        (
            "In 2024 militias launched a drone at the US base in Deir ez-Zor.",
            "Deir ez-Zor",
            "incident",
        ),
        # positions fired at are a target
        ("In 2025 the army returned fire at positions inside Syria.", "Syria", "incident"),
        # a speaker's passive: "got hammered"
        (
            "In 2024 the T-4 airbase got hammered too, and the missile depots around Hama.",
            "T-4 airbase",
            "incident",
        ),
        # troops pushing into a place; land bulldozed
        ("In 2025 Israeli troops push into western Hama.", "Hama", "incident"),
        ("In 2025 soldiers had bulldozed farmland near Hama.", "Hama", "incident"),
        # men under arms who died in a war
        (
            "In 2016 our servicemen who died in Syria, including at Palmyra, were honoured.",
            "Palmyra",
            "incident",
        ),
        # a crowd's presence is no force's
        (
            "In 2024 the funeral was held in Hama with magnificent presence of people.",
            "Hama",
            "other",
        ),
        # a withdrawal told by "quit"
        ("In 2024 Hezbollah and Iranian advisers quit Palmyra.", "Palmyra", "base"),
        # a force crossing into a town; a siege relieved
        ("In 2024 the SDF briefly crossed the river into Deir ez-Zor.", "Deir ez-Zor", "incident"),
        (
            "Iran joined the campaign to relieve Deir ez-Zor, besieged since 2014.",
            "Deir ez-Zor",
            "incident",
        ),
    ],
)
def test_event_locations_and_categories(text: str, name: str, category: str) -> None:
    assert _run(text, [name]).get(name) == category


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 2017 Israel bombed a chemical weapons research facility near Hama.", "Hama"),
        ("Missiles targeted a weapons depot outside Palmyra on Sunday.", "Palmyra"),
        ("Israeli jets struck several positions near the T-4 airbase.", "T-4 airbase"),
        ("Drones attacked the Russian garrison at Khmeimim airfield overnight.",
         "Khmeimim airfield"),
        ("Explosions were reported at the T-4 airbase on Sunday.", "T-4 airbase"),
        # The target follows "against"/"at", and the place only locates it.
        ("The strikes were conducted by two F-16 aircraft against a weapons storage "
         "facility and an ammunition storage facility near Palmyra.", "Palmyra"),
        ("Militants fired mortars at positions of the government troops near Hama.", "Hama"),
        ("They mourned the advisers killed in the attack on the consular section of the "
         "Islamic Republic of Iran's embassy in Damascus in 2024.", "Damascus"),
    ],
)  # fmt: skip
def test_a_strike_on_a_site_is_an_incident_there(text: str, name: str) -> None:
    # The facility noun names what was hit; the event at the place is the strike.
    assert _run(text, [name]) == {name: "incident"}


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # The strike belongs to another clause: the site is only where the facility is.
        ("After the strikes, Iran rebuilt a weapons depot near Hama.", "Hama", "base"),
        ("The raid came a week after Russia opened a base outside Palmyra.", "Palmyra", "base"),
        # A trigger past a clause break after the place belongs to the next clause.
        ("Iran, which uses the T-4 airbase, denied the strikes.", "T-4 airbase", "base"),
    ],
)  # fmt: skip
def test_a_strike_elsewhere_in_the_sentence_does_not_take_the_site(
    text: str, name: str, category: str
) -> None:
    assert _run(text, [name]) == {name: category}


def test_a_strike_a_relative_clause_tells_of_is_an_event_of_its_own() -> None:
    """ "The T-4 airbase, which Israel struck in 2018, hosts Iranian drones": the base, and
    the strike on it in its own year."""
    text = "The T-4 airbase, which Israel struck in 2018, hosts Iranian drones."
    at = 100 + text.index("in 2018")
    year = DateSpan(at, at + 7, "in 2018", "2018", None, "year", 2018, 2018)
    events = _events(text, ["T-4 airbase"], (year,))
    told = sorted((e.category, e.date_start) for e in events)
    assert told == [("base", None), ("incident", "2018")]
    assert len({e.id for e in events}) == 2


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # Whole words only: "soldiers" is no sale, "important" no import,
        # "investigation" no investment, "advanced" (an adjective) no advance.
        ("Iran keeps soldiers in Tartus.", "Tartus", "base"),
        ("He called the port of Tartus important.", "Tartus", None),
        ("An investigation in Aleppo began.", "Aleppo", None),
        ("Iran sent advanced missiles to Aleppo.", "Aleppo", "other"),
    ],
)
def test_trigger_prefixes_do_not_match_unrelated_words(
    text: str, name: str, category: str | None
) -> None:
    assert _run(text, [name]).get(name) == category


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Whole-word and inflected triggers take their stem's label.
        ("Russia sold jets to Syria in 2010.", "Syria", "Sale in Syria"),
        ("The regime's forces advances on Aleppo stalled.", "Aleppo", "Advance in Aleppo"),
        ("Iranian advisers fought in Aleppo.", "Aleppo", "Fighting in Aleppo"),
        ("Iran's foreign minister met Assad in Damascus.", "Damascus", "Meeting in Damascus"),
        # (a stem's label is no shorter word's: soldiers are no sale)
        ("In 2014 Syrian soldiers were in Hama.", "Hama", "Troops in Hama"),
    ],
)
def test_event_labels_name_the_trigger(text: str, name: str, label: str) -> None:
    assert [e.event for e in _events(text, [name])] == [label]


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("The Russian navy expanded its Tartus facility in 2019.", "Tartus", "base"),
        ("Israeli missiles hit the Hama airbase overnight.", "Hama", "incident"),
        ("Pilgrims crowded the Damascus shrine.", "Damascus", "shrine"),
    ],
)
def test_a_town_naming_a_site_is_where_the_site_is(text: str, name: str, category: str) -> None:
    assert _run(text, [name]) == {name: category}


def test_a_country_before_a_site_noun_is_no_location() -> None:
    assert _run("Syria facilities were sanctioned.", ["Syria"]) == {}


def test_a_conjoined_place_followed_by_a_time_phrase_is_no_subject() -> None:
    text = "Russian jets began striking targets near Damascus and Hama the same day."
    assert _run(text, ["Damascus", "Hama"]) == {"Damascus": "incident", "Hama": "incident"}


def test_every_trigger_names_its_event() -> None:
    # A popup that says "Incident in Palmyra" tells the reader nothing the colour did not.
    from extract import lexicon

    for category, triggers in lexicon.CATEGORY_TRIGGERS.items():
        for prefix, _weight in triggers:
            word = prefix.rstrip("=")
            if word == category or word in lexicon.REPORTING_NOUNS | lexicon.ROLE_TITLE_NOUNS:
                continue  # "shrine" is labelled "Shrine"; "diplomat in", "envoy to" locate nothing
            text = f"It began with {word} in Damascus."
            if word.endswith(" at"):  # what was fired at a place needs its firing
                text = f"It began when they fired {word} Damascus."
            if word.split()[-1] in lexicon.GOAL_NOUNS:  # "security in Damascus" is a goal
                text = f"It began when they {word} and stability to the city of Damascus."
            if word in lexicon.OPENING_TRIGGERS:  # a treaty's "Done at Damascus on ..."
                text = f"{word.capitalize()} Damascus on 26 August 2015."
            labels = [e.event for e in _events(text, ["Damascus"])]
            generic = {f"{c.capitalize()} in Damascus" for c in lexicon.CATEGORY_TRIGGERS}
            assert labels and labels[0] not in generic, (category, prefix, labels)


def test_coordinated_places_share_what_happened() -> None:
    text = "They were buried in Tehran and Damascus after being killed in Aleppo."
    assert _run(text, ["Tehran", "Damascus", "Aleppo"]) == {
        "Tehran": "other", "Damascus": "other", "Aleppo": "incident"
    }  # fmt: skip


def test_a_town_located_by_a_city_keeps_the_event_to_itself() -> None:
    text = "In 2016 IRGC advisers were killed near Khan Tuman, south of Aleppo."
    assert _run(text, ["Khan Tuman", "Aleppo"]) == {"Khan Tuman": "incident"}


def test_the_date_comes_from_the_place_s_own_clause() -> None:
    text = "In August 2012 rebels seized 48 Iranians in Damascus; they were freed in January 2013."
    [event] = _events(text, ["Damascus"], tuple(find_dates(text, offset=100)))
    assert event.date_start == "2012-08"  # nearer, but across the ";": January 2013


def test_a_date_after_a_coordinated_clause_belongs_to_that_clause() -> None:
    text = "In 2018 Israel struck a depot at T-4 airbase, and in September 2019 jets bombed Hama."
    events = _events(text, ["T-4 airbase", "Hama"], tuple(find_dates(text, offset=100)))
    assert {e.mention: e.date_start for e in events} == {"T-4 airbase": "2018", "Hama": "2019-09"}


def test_a_line_break_inside_a_sentence_does_not_hide_its_event_word() -> None:
    text = "In September 2019 unidentified jets\nbombed the Kuweires airbase."
    assert _run(text, ["Kuweires airbase"]) == {"Kuweires airbase": "incident"}


def test_a_sea_adds_nothing_when_a_town_is_named() -> None:
    text = "Russia's naval base in Tartus is its only facility in the Mediterranean."
    assert _run(text, ["Tartus", "Mediterranean"]) == {"Tartus": "base"}
    alone = "Iranian tankers were seized in the Mediterranean."
    assert _run(alone, ["Mediterranean"]) == {"Mediterranean": "incident"}


def test_site_mention_is_an_event_without_any_trigger() -> None:
    assert _run("Sayyida Zaynab lies south of the capital.", ["Sayyida Zaynab"]) == {
        "Sayyida Zaynab": "shrine"
    }


def test_sentence_without_anything_happening_gives_no_event() -> None:
    assert _run("The Shia community lives in Lebanon.", ["Lebanon"]) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Who attacked the convoy in Syria?",
        "Who attacked the convoy in Syria?                                   ⌄",  # an FAQ widget
        "**Who attacked the convoy in Syria?**",
    ],
)
def test_questions_are_not_events(text: str) -> None:
    assert _run(text, ["Syria"]) == {}


def test_country_dropped_when_a_place_inside_it_is_named() -> None:
    text = "In 2008, Iranians visited Syria to make pilgrimages to shrines like Sayyida Zaynab."
    assert _run(text, ["Syria", "Sayyida Zaynab"]) == {"Sayyida Zaynab": "shrine"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2018 Israel hit dozens of targets across Syria, destroying aircraft at Palmyra.",
        "In 2024 some 480 strikes throughout Syria hit depots, including one at Palmyra.",
        "In 2024 Israel struck sites all over Syria after rockets landed near Palmyra.",
    ],
)
def test_a_country_the_event_spans_stays_beside_a_place_inside_it(text: str) -> None:
    assert _run(text, ["Syria", "Palmyra"]) == {"Syria": "incident", "Palmyra": "incident"}


def test_one_event_per_place_per_sentence() -> None:
    text = "Clashes in Damascus spread as militias attacked checkpoints in Damascus."
    at1 = text.index("Damascus")
    at2 = text.index("Damascus", at1 + 1)
    sentence = Sentence(0, len(text), text, 0, 0)
    mentions = [
        PlaceMention(at1, at1 + 8, "Damascus", PLACES["Damascus"]),
        PlaceMention(at2, at2 + 8, "Damascus", PLACES["Damascus"]),
    ]
    events = events_for_sentence(EventContext("d.txt", sentence), mentions)
    assert len(events) == 1


def test_event_carries_contract_fields_and_nearest_date() -> None:
    text = "In 1983 Iran opened a cultural center in Damascus, and in 2005 Syria did so too."
    early = DateSpan(3, 7, "1983", "1983", None, "year", 1983, 1983)
    late = DateSpan(
        text.index("2005"), text.index("2005") + 4, "2005", "2005", None, "year", 2005, 2005
    )
    sentence = Sentence(0, len(text), text, 0, 0)
    at = text.index("Damascus")
    mention = PlaceMention(at, at + 8, "Damascus", PLACES["Damascus"])
    (event,) = events_for_sentence(EventContext("a/b.txt", sentence, (early, late)), [mention])
    assert event.category == "diplomacy"
    assert event.year_start == 2005 or event.year_start == 1983
    assert text[event.char_start : event.char_end] == event.evidence
    assert event.source == "a/b.txt"
    assert 0 < event.confidence <= 1
    assert event.actors == ("Iran", "Syria")
    assert "Damascus" in event.event


def test_event_ids_are_stable_and_distinct() -> None:
    text = "Talks were held in Tehran and Damascus."
    first = _ids(text)
    assert first == _ids(text)
    assert len(set(first)) == 2


def _ids(text: str) -> list[str]:
    sentence = Sentence(0, len(text), text, 0, 0)
    mentions = [
        PlaceMention(text.index(n), text.index(n) + len(n), n, PLACES[n])
        for n in ("Tehran", "Damascus")
    ]
    return [e.id for e in events_for_sentence(EventContext("x.txt", sentence), mentions)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Iranian and Russian officials met the IRGC.", ("Iran", "Russia", "IRGC")),
        ("The US-led coalition struck IS targets.", ("United States", "Islamic State")),
        ("Hezbollah fighters and Israeli jets clashed.", ("Hezbollah", "Israel")),
        ("Nothing about anyone here.", ()),
        ("Fatemiyoun and Zainabiyoun fighters guarded the shrine.", ("Fatemiyoun", "Zainabiyoun")),
        ("Wagner Group contractors left Palmyra.", ("Wagner Group",)),
        ("The YPG fought the Nusra Front.", ("SDF", "Nusra Front")),
        # a name inside a longer one is not a second actor
        ("Kataib Hezbollah and Hezbollah fighters.", ("Kataib Hezbollah", "Hezbollah")),
        ("Kataib Hezbollah fighters crossed.", ("Kataib Hezbollah",)),
        (
            "The Free Syrian Army and the PMF clashed.",
            ("Free Syrian Army", "Popular Mobilization Forces"),
        ),
    ],
)
def test_actors(text: str, actors: tuple[str, ...]) -> None:
    assert find_actors(text) == actors


def test_is_event_location_for_site_even_as_subject() -> None:
    text = "Khmeimim airfield hosts Russian jets."
    sentence = Sentence(0, len(text), text, 0, 0)
    mention = PlaceMention(0, 17, "Khmeimim airfield", PLACES["Khmeimim airfield"])
    assert is_event_location(mention, sentence)


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("Russian helicopters were redeployed to the Kuweires airbase east of Aleppo in 2016.",
         ["Kuweires airbase", "Aleppo"], ["Kuweires airbase"]),
        ("Israeli jets struck the T-4 airbase, some 60 km west of Palmyra, at dawn.",
         ["T-4 airbase", "Palmyra"], ["T-4 airbase"]),
        # Not a landmark: the city holds the camp (both are where it happened).
        ("The Yarmouk camp in southern Damascus was recaptured by government forces.",
         ["Yarmouk camp", "Damascus"], ["Yarmouk camp", "Damascus"]),
        # Not a landmark: the jets went on to strike the town itself.
        ("Russian jets flew from Khmeimim airfield and bombed Aleppo.",
         ["Khmeimim airfield", "Aleppo"], ["Khmeimim airfield", "Aleppo"]),
    ],
)  # fmt: skip
def test_a_town_that_only_locates_a_named_site_is_a_landmark_not_an_event(
    text: str, names: list[str], kept: list[str]
) -> None:
    assert list(_run(text, names)) == kept


def test_a_town_a_measure_or_fire_counts_from_is_no_event_place(tmp_path: Path) -> None:
    text = (
        "Tiyas\n\n**Tiyas Military Airbase** is a military airfield of the Syrian air force "
        "located in the eastern part of [[Homs Governorate]], about 60 km west of "
        "[[Palmyra]].\n\n"
        "On 2 January 2023 missiles fired from over the Golan Heights struck Damascus "
        "International Airport.\n\n"
        "On 20 January 2024 SANA said Israeli jets had fired the missiles from over the "
        "occupied Golan Heights and that air defences intercepted some of them.\n"
    )
    places = by_place(extract_text(tmp_path, text, "t4.md"))
    assert {"Tiyas Military Airbase", "Damascus International Airport"} <= set(places)
    assert "Palmyra" not in places  # a wiki link around the town is no word
    assert "Golan Heights" not in places  # fired "from over" it


def test_a_word_of_a_site_name_is_no_cue_for_the_town_named_next() -> None:
    # "airfield" names Khmeimim; what happened at Aleppo is the bombing.
    text = "Russian jets flew from Khmeimim airfield and bombed Aleppo."
    assert _run(text, ["Khmeimim airfield", "Aleppo"])["Aleppo"] == "incident"


def test_a_plural_place_noun_before_of_is_locative_for_every_conjunct() -> None:
    text = "Iranian-backed militias were stationed in the towns of Hama and Aleppo."
    assert _run(text, ["Hama", "Aleppo"]) == {"Hama": "base", "Aleppo": "base"}


def test_a_place_that_opens_a_new_clause_is_not_a_conjunct() -> None:
    text = "Russia signed a lease for the naval base at Tartus, and Moscow announced plans."
    assert "Moscow" not in _run(text, ["Tartus", "Moscow"])
    assert "Aleppo" in _run("Troops were sent to Tartus and Aleppo.", ["Tartus", "Aleppo"])


def test_a_site_that_something_set_out_from_keeps_its_own_category() -> None:
    text = "In 2015 Russian aircraft began strikes from Khmeimim airfield on rebel towns."
    assert _run(text, ["Khmeimim airfield"]) == {"Khmeimim airfield": "base"}
    hit = "In 2015 rebels fired rockets at Khmeimim airfield."
    assert _run(hit, ["Khmeimim airfield"]) == {"Khmeimim airfield": "incident"}
    out_of = "In 2024 Su-34s flying out of Khmeimim airfield carried out strikes on rebels."
    assert _run(out_of, ["Khmeimim airfield"]) == {"Khmeimim airfield": "base"}
    kept = "In 2015 it began with airstrikes by aircraft stationed at Khmeimim airfield."
    assert _run(kept, ["Khmeimim airfield"]) == {"Khmeimim airfield": "base"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2018 an Iranian drone launched from Khmeimim airfield was shot down over Israel.",
        "In 2018 a UAV that had taken off from Khmeimim airfield was shot down over Israel.",
        "In 2019 rockets fired from Khmeimim airfield struck a village.",
    ],
)
def test_the_site_an_attack_was_launched_from_is_part_of_the_attack(text: str) -> None:
    # Unlike the jets of the test above, a drone or a rocket is the attack itself.
    assert _run(text, ["Khmeimim airfield"]) == {"Khmeimim airfield": "incident"}


def test_a_strike_on_an_embassy_is_an_incident_a_visit_is_diplomacy() -> None:
    struck = "Israeli jets struck the Iranian embassy in April 2024."
    assert _run(struck, ["Iranian embassy"]) == {"Iranian embassy": "incident"}
    talks = "Ministers met at the Iranian embassy to sign a memorandum."
    assert _run(talks, ["Iranian embassy"]) == {"Iranian embassy": "diplomacy"}


def test_according_to_is_attribution_not_an_accord() -> None:
    text = "In 2024 Israeli commandos raided a site in Hama, according to officials."
    assert _run(text, ["Hama"]) == {"Hama": "incident"}


def test_a_quarter_that_holds_a_shrine_shares_its_event() -> None:
    # As the reference annotation has it ("the Mazzeh neighborhood of Damascus": both).
    text = "The Sayyida Ruqayya shrine in the Old City was rebuilt in 1985."
    found = _run(text, ["Sayyida Ruqayya shrine", "Old City"])
    assert found == {"Sayyida Ruqayya shrine": "shrine", "Old City": "shrine"}


def test_a_comma_list_closed_by_and_shares_its_preposition() -> None:
    text = "The first strikes targeted positions around Talbiseh, Rastan and Kafr Nabudah."
    assert _run(text, ["Talbiseh", "Rastan"]) == {"Talbiseh": "incident", "Rastan": "incident"}
    actors = "Elections were held in Syria, Russia, Iran and Turkey spearheaded talks."
    assert "Russia" not in _run(actors, ["Syria", "Russia", "Iran", "Turkey"])


def test_a_town_conjoined_before_a_verb_is_still_a_place() -> None:
    text = "In January 2021 strikes near Deir ez-Zor and Al-Bukamal killed dozens of fighters."
    found = _run(text, ["Deir ez-Zor", "Al-Bukamal"])
    assert found == {"Deir ez-Zor": "incident", "Al-Bukamal": "incident"}
    plural = "In 2023 US forces in Iraq and Syria have meanwhile been attacked 100 times."
    assert _run(plural, ["Iraq", "Syria"]) == {"Iraq": "incident", "Syria": "incident"}
    capital = "Israeli jets struck near Hama and Damascus denied any losses."
    big = Place("damascus", "Damascus", "city", 33.51, 36.29, "SY", population=2_000_000)
    at = capital.index("Damascus")
    sentence = Sentence(start=0, end=len(capital), text=capital, paragraph=0, section=0)
    mentions = [
        PlaceMention(capital.index("Hama"), capital.index("Hama") + 4, "Hama", PLACES["Hama"]),
        PlaceMention(at, at + 8, "Damascus", big),
    ]
    events = events_for_sentence(EventContext("doc.txt", sentence), mentions)
    assert [e.place for e in events] == ["Hama"]  # a big city stands for its government


def test_a_new_clause_with_its_own_subject_keeps_its_event_words() -> None:
    text = (
        "Contractors were reported to guard fields near Palmyra, and its fighters were "
        "killed in a strike near Deir ez-Zor in February 2018."
    )
    found = _run(text, ["Palmyra", "Deir ez-Zor"])
    assert found.get("Deir ez-Zor") == "incident"
    assert found.get("Palmyra") != "incident"


def _mentions_everywhere(text: str, names: list[str]) -> list[PlaceMention]:
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append(PlaceMention(at, at + len(name), name, PLACES[name]))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda m: m.start)


def test_a_place_named_twice_is_where_its_strongest_event_happened() -> None:
    text = (
        "A drone launched from the T-4 airbase was shot down; Israel then bombed "
        "the drone's control vehicle at T-4 airbase."
    )
    sentence = Sentence(start=0, end=len(text), text=text, paragraph=0, section=0)
    events = events_for_sentence(
        EventContext("doc.txt", sentence), _mentions_everywhere(text, ["T-4 airbase"])
    )
    assert [(e.category, e.event) for e in events] == [
        ("incident", "Bombing at Tiyas Military Airbase")
    ]


def test_the_items_listed_after_a_strike_are_struck() -> None:
    text = (
        "After Iranian forces fired rockets, Israel struck dozens of targets across Syria, "
        "among them sites in Kiswah "
        "and a logistics compound at Damascus airport."
    )
    found = _run(text, ["Kiswah", "Damascus airport"])
    assert found == {"Kiswah": "incident", "Damascus airport": "incident"}


@pytest.mark.parametrize(
    ("text", "names", "category"),
    [
        (
            "Russian military police began patrolling Manbij and Kobani.",
            ["Manbij", "Kobani"],
            "base",
        ),
        ("In 2018 an Israeli F-16 was downed and crashed near Hama.", ["Hama"], "incident"),
    ],
)
def test_patrols_and_shoot_downs(text: str, names: list[str], category: str) -> None:
    assert _run(text, names) == dict.fromkeys(names, category)


def test_a_power_station_is_no_military_post() -> None:
    # (nor diplomacy: the agreement was not made there, Latakia is the project's site)
    text = "In 2019 Iran signed an agreement to build a power station in Latakia."
    assert _run(text, ["Latakia"]) == {"Latakia": "other"}


def test_a_place_that_labels_a_list_item_is_what_the_item_describes() -> None:
    text = "- **Kiswah:** a base south of Damascus, struck in December 2017."
    assert list(_run(text, ["Kiswah", "Damascus"])) == ["Kiswah"]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Palmyra was recaptured in March 2017.", ["Palmyra"], {"Palmyra": "incident"}),
        ("Hama was heavily shelled in 2012.", ["Hama"], {"Hama": "incident"}),
        ("Khan Tuman, south of Aleppo, was captured by rebels in 2016.",
         ["Khan Tuman", "Aleppo"], {"Khan Tuman": "incident"}),
        ("Damascus was the capital of the Umayyads.", ["Damascus"], {}),
        # the area a name qualifies is the place
        ("The Damascus area was hit by Israeli airstrikes in 2016.", ["Damascus"],
         {"Damascus": "incident"}),
        ("The Hama countryside came under heavy shelling.", ["Hama"], {"Hama": "incident"}),
        ("The Hama area is home to many churches.", ["Hama"], {}),
    ],
)  # fmt: skip
def test_the_subject_of_a_passive_event_verb_is_where_it_happened(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    assert _run(text, names) == expected


def test_a_town_that_says_where_a_site_lies_is_no_second_place() -> None:
    text = "Kuweires airbase is a base located in Syria, about 30 km east of the city of Aleppo."
    assert list(_run(text, ["Kuweires airbase", "Syria", "Aleppo"])) == ["Kuweires airbase"]


def test_the_town_a_site_is_in_shares_the_site_s_event() -> None:
    site = Place("t-fac", "Russian naval facility in Tartus", "base", 34.915, 35.874, "SY")
    described = "Russia leased the support point in the city of Tartus in 2017."
    assert _with_site(described, site) == [
        ("Russian naval facility in Tartus", "base"),
        ("Tartus", "base"),
    ]


def _with_site(text: str, site: Place) -> list[str]:
    sentence = Sentence(start=0, end=len(text), text=text, paragraph=0, section=0)
    at = text.index("support point")
    town = text.index("Tartus")
    mentions = [
        PlaceMention(at, at + len("support point"), "support point", site),
        PlaceMention(town, town + 6, "Tartus", PLACES["Tartus"]),
    ]
    events = events_for_sentence(EventContext("d.txt", sentence), mentions)
    return [(e.place, e.category) for e in events]


def test_weapons_fired_at_a_site_strike_it() -> None:
    text = (
        "In 2017 the United States launched 59 cruise missiles from two destroyers in the "
        "Mediterranean at Khmeimim airfield."
    )
    assert _run(text, ["Khmeimim airfield"]) == {"Khmeimim airfield": "incident"}


def test_a_town_before_an_adjective_and_an_event_noun_names_where_it_happened() -> None:
    text = "After the Hama chemical attack in 2017, the US struck back."
    assert _run(text, ["Hama"]) == {"Hama": "incident"}


def test_an_event_word_before_a_semicolon_says_little_about_the_next_clause() -> None:
    text = "Moscow wanted a naval foothold on the coast; Tehran wanted a corridor in Lebanon."
    assert _run(text, ["Lebanon"]) == {}


def test_a_site_struck_in_the_passive_past_an_apposition() -> None:
    text = "The Kuweires airbase, near Aleppo, was struck by aircraft, killing 18 fighters."
    assert _run(text, ["Kuweires airbase"]) == {"Kuweires airbase": "incident"}


def test_a_place_that_hosts_an_event_is_where_it_happened() -> None:
    assert _run("In 2018 Tehran hosted talks on Syria.", ["Tehran"]) == {"Tehran": "diplomacy"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("US forces at Kuweires airbase came under drone attack in October 2023.",
         "Kuweires airbase"),
        ("Russian troops at Hama came under fire.", "Hama"),
        ("US forces at Kuweires airbase have come under repeated rocket attacks.",
         "Kuweires airbase"),
    ],
)  # fmt: skip
def test_a_place_that_came_under_attack_is_where_it_happened(text: str, name: str) -> None:
    assert _run(text, [name]) == {name: "incident"}


def test_where_an_organisation_is_based_is_no_base() -> None:
    text = "The Syrian Observatory for Human Rights, based in Moscow, reported the deaths."
    assert _run(text, ["Moscow"]) == {}
    military = "In 2015 Russian aircraft based at Khmeimim airfield began striking targets."
    assert _run(military, ["Khmeimim airfield"]) == {"Khmeimim airfield": "base"}


def test_a_place_given_as_an_example_shares_the_event() -> None:
    text = "Iranian-backed fighters joined the offensive on Aleppo, including Khan Tuman."
    assert _run(text, ["Aleppo", "Khan Tuman"]) == {"Aleppo": "incident", "Khan Tuman": "incident"}


def test_a_town_a_site_was_built_near_is_a_landmark() -> None:
    text = "The T-4 airbase was built south of Palmyra in the 1970s."
    assert list(_run(text, ["T-4 airbase", "Palmyra"])) == ["T-4 airbase"]


def test_denying_a_role_in_an_event_does_not_deny_the_event() -> None:
    text = "In 2023 Israel denied involvement in the blast at Kuweires airbase."
    assert _run(text, ["Kuweires airbase"]) == {"Kuweires airbase": "incident"}
    denied = "In 2019 Iran denied that its forces were stationed in Hama."
    assert _run(denied, ["Hama"]) == {}


def test_martyr_before_a_name_is_an_honorific_not_a_killing() -> None:
    text = "He served in Syria in the 1980s and was a companion of martyr Qassem Soleimani."
    assert _run(text, ["Syria"]) == {}
    killed = "In 2023 two advisers were martyred in an attack on Damascus."
    assert _run(killed, ["Damascus"]) == {"Damascus": "incident"}


def test_a_town_after_a_quarter_south_of_it_is_a_landmark() -> None:
    text = "In 2023 an adviser was killed in the Khan Tuman area south of Aleppo."
    assert list(_run(text, ["Khan Tuman", "Aleppo"])) == ["Khan Tuman"]


def test_an_incident_reported_near_an_unnamed_site_happened_in_the_town_holding_it() -> None:
    text = "On 19 April 2024 explosions were reported near an air base in Isfahan."
    assert _run(text, ["Isfahan"]) == {"Isfahan": "incident"}


def test_a_town_and_the_province_holding_it_share_the_event() -> None:
    text = (
        "The battle was fought in 2013 by the army, backed by Hezbollah fighters, and rebels"
        " in the town of Rastan in Homs Governorate."
    )
    assert _run(text, ["Rastan", "Homs Governorate"]) == {
        "Rastan": "incident",
        "Homs Governorate": "incident",
    }


def test_an_event_verb_that_can_also_modify_a_town_is_still_a_verb() -> None:
    assert _run("In 2015 the army besieged Hama.", ["Hama"]) == {"Hama": "incident"}


def test_people_a_strike_takes_as_its_object_are_victims_not_a_presence() -> None:
    text = (
        "In 2017 twin suicide bombings targeting Iraqi pilgrims at the Bab al-Saghir cemetery"
        " in Damascus's Old City killed at least 40 people."
    )
    assert _run(text, ["Damascus"]) == {"Damascus": "incident"}


def test_a_possessive_naming_a_part_of_a_town_is_the_town() -> None:
    text = "In 2017 a bomb exploded in Damascus's Old City."
    assert _run(text, ["Damascus"]) == {"Damascus": "incident"}
    assert _run("In 2017 Damascus's allies met to discuss the strikes.", ["Damascus"]) == {}


@pytest.mark.parametrize(
    "text",
    [
        "In 2022 repairs at Aleppo took several days each time.",
        "In 2022 the handover at Aleppo took place without incident.",
    ],
)
def test_took_that_takes_no_place_is_no_conquest(text: str) -> None:
    assert _run(text, ["Aleppo"]).get("Aleppo") != "incident"


def test_occupying_part_of_a_place_is_an_event_there() -> None:
    text = "In December 2024 Israel occupied the Syrian side of Mount Hermon."
    assert _run(text, ["Mount Hermon"]) == {"Mount Hermon": "incident"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It was built in 1985 in a style resembling the shrines of Iran.", "Iran"),
        ("In 2016 Russia built a base modelled on Khmeimim airfield.", "Khmeimim airfield"),
    ],
)
def test_a_place_something_is_only_compared_with_is_no_event(text: str, name: str) -> None:
    assert _run(text, [name]) == {}
    built = "In 2016 a base similar to Khmeimim airfield was built in Latakia."
    assert _run(built, ["Khmeimim airfield", "Latakia"]) == {"Latakia": "base"}


def test_a_war_used_as_a_point_in_time_is_no_event_there() -> None:
    text = "In 2023 missiles hit Damascus, two weeks into the Gaza war."
    assert _run(text, ["Damascus", "Gaza"]) == {"Damascus": "incident"}


def test_emphasised_names_joined_by_and_share_their_predicate() -> None:
    text = "In 2025 Russia kept a reduced presence at **Khmeimim airfield** and **Tartus**."
    assert _run(text, ["Khmeimim airfield", "Tartus"]) == {
        "Khmeimim airfield": "base",
        "Tartus": "base",
    }


def test_a_participle_after_a_comma_does_not_make_a_place_its_subject() -> None:
    text = (
        "In 2017 Russia and Syria agreed to expand the naval base at Tartus, allowing"
        " warships to dock there."
    )
    assert "Russia" not in _run(text, ["Russia", "Syria", "Tartus"])


def test_people_killed_are_victims_not_a_presence() -> None:
    text = (
        "In March 2017 a suicide bombing near a cemetery, close to the Sayyida Ruqayya"
        " shrine, killed dozens of Iraqi pilgrims."
    )
    assert _run(text, ["Sayyida Ruqayya shrine"]) == {"Sayyida Ruqayya shrine": "incident"}


@pytest.mark.parametrize(
    "text",
    [
        "In August 2012 48 Iranian pilgrims were kidnapped on a road near Damascus.",
        "In August 2012 gunmen abducted 48 Iranian pilgrims near Damascus.",
    ],
)
def test_pilgrims_kidnapped_are_victims_not_a_pilgrimage(text: str) -> None:
    assert _run(text, ["Damascus"]) == {"Damascus": "incident"}


def test_between_locates_an_area_or_a_fight_not_a_relation() -> None:
    text = (
        "In 2015 Iranian-backed forces led an offensive in the triangle between Daraa,"
        " Quneitra and the Damascus countryside."
    )
    assert _run(text, ["Daraa", "Quneitra", "Damascus countryside"]) == {
        "Daraa": "incident",
        "Quneitra": "incident",
        "Damascus countryside": "incident",
    }
    relation = "In 2015 relations between Tehran and Damascus improved after the offensive."
    assert _run(relation, ["Tehran", "Damascus"]) == {}


def test_the_government_in_a_capital_is_that_government() -> None:
    text = "In 2024 Russian officers built a network that no new government in Damascus can ignore."
    assert _run(text, ["Damascus"]) == {}


def test_beside_a_strike_the_fighters_named_are_no_deployment() -> None:
    text = (
        "An explosion ripped through an arms depot belonging to pro-Iranian militias in"
        " Hama on 17 June 2024."
    )
    assert _run(text, ["Hama"]) == {"Hama": "incident"}
    assert _run("In 2024 pro-Iranian militias deployed to Hama.", ["Hama"]) == {"Hama": "base"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 an Iranian general was killed on the outskirts of Hama while advising the army.",
        "In 2012 government troops pounded rebel-held districts of Hama with artillery.",
    ],
)
def test_beside_a_killing_or_shelling_the_soldiers_named_are_no_deployment(text: str) -> None:
    assert _run(text, ["Hama"]) == {"Hama": "incident"}


@pytest.mark.parametrize(
    "framing",
    [
        "a video purporting to show",
        "posts shared a clip with the claim that it shows",
        "accounts falsely said the footage showed",
        "imagery shows no visible damage from",
    ],
)
def test_what_a_fact_check_debunks_did_not_happen(framing: str) -> None:
    text = f"In 2024, {framing} an Israeli strike on Hama."
    assert _run(text, ["Hama"]) == {}
    assert _run("In 2024 a video showed an Israeli strike on Hama.", ["Hama"]) == {
        "Hama": "incident"
    }


def test_a_site_glossed_in_brackets_is_still_the_subject_of_its_passive() -> None:
    text = "In 2018 the T-4 airbase (Tiyas) in the eastern desert came under missile attack."
    assert _run(text, ["T-4 airbase"]) == {"T-4 airbase": "incident"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("In 2013 he went to Hama to organise the Afghan volunteers.", "base"),
        ("In 2011 he went to Hama to study at the seminary.", "other"),
        ("In 2023 Raisi travelled to Hama to meet Assad.", "diplomacy"),
    ],
)
def test_why_someone_went_somewhere_says_what_the_journey_was(text: str, category: str) -> None:
    assert _run(text, ["Hama"]) == {"Hama": category}


def _read(folder: Path, text: str) -> list[Event]:
    """The events of ``text`` through the real pipeline and gazetteer."""
    path = folder / "a.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(read_document(path, folder))


def test_a_list_closed_by_a_name_and_its_area_noun_shares_the_event(tmp_path: Path) -> None:
    text = "Clashes took place around Jableh, Baniyas, Al-Qardaha and the Al-Haffah area in 2025.\n"
    assert {e.place: e.category for e in _read(tmp_path, text)} == {
        "Jableh": "incident",
        "Baniyas": "incident",
        "Qardaha": "incident",
        "Al Haffah": "incident",
    }


def test_a_list_closed_by_the_countryside_of_a_town_shares_the_event(tmp_path: Path) -> None:
    text = "In 2025 gunmen attacked troops in Jableh, Baniyas and the countryside of Lattakia.\n"
    places = {e.place for e in _read(tmp_path, text)}
    assert {"Jableh", "Baniyas"} <= places


def test_a_town_written_with_its_noun_still_heads_a_pair(tmp_path: Path) -> None:
    text = "Opposition forces took control of Latakia city and Tartous on 9 December 2024.\n"
    places = {e.place for e in _read(tmp_path, text)}
    assert places == {"Latakia", "Tartus"}


def test_a_list_of_towns_before_its_verb_shares_the_event(tmp_path: Path) -> None:
    text = "In 2020 the Iranian cultural centres in Damascus, Aleppo and Homs were closed.\n"
    places = {e.place for e in _read(tmp_path, text)}
    assert {"Damascus", "Aleppo", "Homs"} <= places


def test_a_travel_writers_own_trips_are_no_state_visits_nor_bases() -> None:
    assert _run("I arrived in Damascus on the overnight bus in 2009.", ["Damascus"]) == {
        "Damascus": "other"
    }
    assert _run("In 2008 Latakia made a pleasant base for exploring the coast.", ["Latakia"]) == {}
    passengers = "In 2024 passengers booked to travel to Hama were told to rebook."
    assert _run(passengers, ["Hama"]) == {"Hama": "other"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2007 contacts in Hama speculate wildly about the target.",
        "In 2007 an attache speculated that the Israelis struck a convoy near Hama.",
    ],
)
def test_speculation_and_its_informants_place_nothing(text: str) -> None:
    assert _run(text, ["Hama"]) == {}


@pytest.mark.parametrize(
    "text",
    [
        "In 2008 a Russian carrier group was more likely to visit Hama than to be based there.",
        "In 2023 Raisi accepted an invitation to visit Hama.",
        "In 2024 the sides decided to hold the next meeting in Hama.",
    ],
)
def test_likelihoods_invitations_and_meetings_decided_on_have_not_happened(text: str) -> None:
    assert _run(text, ["Hama"]) == {}


def test_who_reports_a_war_is_no_war() -> None:
    text = "In 2024 Israeli jets targeted a convoy near Hama, a war monitor said."
    sentence = Sentence(start=0, end=len(text), text=text, paragraph=0, section=0)
    assert "war=" not in [hit[3] for hit in sentence_triggers(sentence, []).hits]
    fought = Sentence(start=0, end=24, text="The war in Hama went on.", paragraph=0, section=0)
    assert "war=" in [hit[3] for hit in sentence_triggers(fought, []).hits]


def test_flying_to_a_city_is_no_event_of_the_clause_after_it() -> None:
    text = "Assad flew to Moscow on 8 December 2024 after rebels captured Damascus."
    assert _run(text, ["Moscow", "Damascus"]) == {"Moscow": "other", "Damascus": "incident"}


def test_an_attache_in_a_capital_says_where_he_serves_not_an_event() -> None:
    text = "The Iranian cultural attaché in Damascus inaugurated a centre in Latakia in 2019."
    assert _run(text, ["Damascus", "Latakia"]) == {"Latakia": "diplomacy"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2017 Putin made a surprise stop at the T-4 airbase, where he met Assad.",
        "The foreign minister visited the T-4 airbase in 2019.",
    ],
)
def test_a_leaders_visit_to_a_base_is_diplomacy_there(text: str) -> None:
    assert _run(text, ["T-4 airbase"]) == {"T-4 airbase": "diplomacy"}


def test_a_base_visited_by_troops_is_still_a_base() -> None:
    text = "In 2017 Russian troops arrived at the T-4 airbase."
    assert _run(text, ["T-4 airbase"]) == {"T-4 airbase": "base"}


def test_a_visit_to_a_shrine_is_a_pilgrimage() -> None:
    text = "In 2019 Iranians were visiting the Sayyida Zaynab shrine."
    assert _run(text, ["Sayyida Zaynab shrine"]) == {"Sayyida Zaynab shrine": "shrine"}


@pytest.mark.parametrize(
    ("text", "names", "category"),
    [
        ("In 2020 memorial ceremonies were held in Damascus.", ["Damascus"], "other"),
        ("In 2024 opposition forces entered Damascus.", ["Damascus"], "incident"),
        ("In 2018 rebels attacked both Tartus and Hama.", ["Tartus", "Hama"], "incident"),
        ("In 2015 IS captured nearby Palmyra.", ["Palmyra"], "incident"),
        ("In 2016 Hezbollah lost at least 80 fighters around Hama.", ["Hama"], "incident"),
        ("In 2013 Hezbollah fought to take the town of Rastan.", ["Rastan"], "incident"),
        ("In 2023 Iran Air operated four weekly flights to Damascus airport.",
         ["Damascus airport"], "other"),
        ("In 2024 commandos and troops took part in the operation in Hama.", ["Hama"],
         "incident"),
        ("In 2020 an explosive device went off in Kobani as a joint patrol was passing.",
         ["Kobani"], "incident"),
        ("In 2016 Iranian reinforcements arrived in Aleppo.", ["Aleppo"], "base"),
        ("In 2017 army units restored security and stability to the city of Manbij.",
         ["Manbij"], "incident"),
        ("In 2019 Kilo-class submarines rotated through Latakia repeatedly.", ["Latakia"],
         "base"),
        ("In 2019 the frigate Admiral Essen was alongside at Latakia.", ["Latakia"], "base"),
        ("In 2024 displaced voters cast their ballots at special centres in Hama city.",
         ["Hama"], "other"),
        ("In 2018 voting also took place in Eastern Ghouta towns such as Kobani.", ["Kobani"],
         "other"),
    ],
)  # fmt: skip
def test_event_wordings_of_news_prose(text: str, names: list[str], category: str) -> None:
    assert _run(text, names) == dict.fromkeys(names, category)


def test_names_listed_before_their_plural_head_are_both_places() -> None:
    text = "In 2025 clashes killed hundreds of civilians in Latakia and Tartus provinces."
    assert _run(text, ["Latakia", "Tartus"]) == {"Latakia": "incident", "Tartus": "incident"}


def test_money_in_us_dollars_is_no_actor() -> None:
    assert find_actors("In 2019 Iran pledged US$30 billion to Syria.") == ("Iran", "Syria")


def test_a_place_followed_by_where_and_an_event_is_where_it_happened() -> None:
    text = "In 2017 Putin flew to Cairo and then to Tehran, where he met Rouhani."
    assert _run(text, ["Tehran"]) == {"Tehran": "diplomacy"}


def test_a_place_used_by_fighters_in_the_passive_is_their_base() -> None:
    text = "Palmyra, a desert town, has been used by Iran-backed militias since 2017."
    assert _run(text, ["Palmyra"]) == {"Palmyra": "base"}


def test_a_province_after_a_country_s_possessive_holds_the_site(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "In August 2023 air defences shot down six drones launched at the Hmeimim air base"
        " in Syria's Latakia province.\n",
        encoding="utf-8",
    )
    events = extract_document(read_document(path, tmp_path))
    assert {e.place_id: e.category for e in events} == {
        "khmeimim-air-base": "incident",
        "sy-latakia-gov": "incident",
    }


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("2016: Palmyra recaptured in March.", ["Palmyra"], {"Palmyra": "incident"}),
        ("- 1982: Hama shelled by the army.", ["Hama"], {"Hama": "incident"}),
        ("Moscow evacuated personnel from Aleppo in 2024.", ["Moscow"], {}),
    ],
)
def test_a_timeline_entry_or_headline_drops_its_was(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    assert _run(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("In 2016 militias took part in the final assault on eastern Aleppo.", ["Aleppo"],
         {"Aleppo": "incident"}),
        ("In 2014 IRGC personnel were present in Hama.", ["Hama"], {"Hama": "base"}),
        ("In 2013 a wheat shipment arrived in Tartus.", ["Tartus"], {"Tartus": "other"}),
        ("In 2023 Raisi had been scheduled to visit Aleppo.", ["Aleppo"], {}),
        ("In 2023 a proposed railway to Latakia was discussed.", ["Latakia"], {}),
        # what is still to come
        ("In April 2021 the tanker is expected back at Tartus.", ["Tartus"], {}),
        ("In 2024 Iran is set to open a consulate in Aleppo.", ["Aleppo"], {}),
        ("In 2019 a new terminal will be built in Latakia.", ["Latakia"], {}),
        ("In 2024 CTP-ISW assessed that these fighters will likely deploy to Tartus.",
         ["Tartus"], {}),
        # shipping's words: a boarding is a seizure; a ship-to-ship transfer's "meetings"
        # are no talks, an insurer's "war risk" no war
        ("In April 2024 commandos fast-roped onto a ship near Tartus.", ["Tartus"],
         {"Tartus": "incident"}),
        ("In April 2024 we counted 11 STS meetings off Tartus.", ["Tartus"], {}),
        ("In April 2024 war-risk premiums for Tartus rose.", ["Tartus"], {}),
        # Iran's footprint bought and preached
        ("In 2020 Iranian businessmen bought 40 houses in Tartus.", ["Tartus"],
         {"Tartus": "other"}),
        ("Since 2017 dozens of families in Talbiseh converted to Shiism.", ["Talbiseh"],
         {"Talbiseh": "other"}),
        ("In 2019 the militia held a religious ceremony in Manbij.", ["Manbij"],
         {"Manbij": "other"}),
        ("In 2015 the army bought time in Manbij.", ["Manbij"], {}),
        ("In 2023 every second shop sign in Manbij was in Persian.", ["Manbij"], {}),
        # a route taken is no town taken
        ("In 2021 the tanker went around Tartus and the Adrian Darya took the same route.",
         ["Tartus"], {}),
        ("The Syrian Observatory, which is based in Moscow, reported deaths in 2024.",
         ["Moscow"], {}),
    ],
)  # fmt: skip
def test_more_event_wordings_and_non_events(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    assert _run(text, names) == expected


def test_a_count_after_the_last_of_two_places_is_no_verb() -> None:
    text = "In 2023 militias attacked US positions in Syria and Iraq three times."
    assert _run(text, ["Syria", "Iraq"]) == {"Syria": "incident", "Iraq": "incident"}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a route between two countries' cities runs through neither's ground
        ("In 2017 the militias opened a land corridor from Tehran to Damascus.",
         ["Tehran", "Damascus"], {}),
        ("In 2018 Iran planned a rail link from Isfahan to Latakia.", ["Isfahan", "Latakia"],
         {}),
        # ... but a stretch held inside one country is held at both ends
        ("In 2019 the militias controlled a corridor stretching from Deir ez-Zor to "
         "Al-Bukamal.", ["Deir ez-Zor", "Al-Bukamal"],
         {"Deir ez-Zor": "base", "Al-Bukamal": "base"}),
    ],
)  # fmt: skip
def test_a_corridor_across_borders_is_at_neither_end(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    assert _run(text, names) == expected


def test_a_patrol_between_two_towns_is_at_both() -> None:
    text = "In 2019 Russian police began a patrol between Daraa and Quneitra."
    assert _run(text, ["Daraa", "Quneitra"]) == {"Daraa": "base", "Quneitra": "base"}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("In 2015 an Il-76 landed at Hama.", ["Hama"], {"Hama": "other"}),
        ("In 2013 Iran set up a missile workshop at Hama.", ["Hama"], {"Hama": "base"}),
        ("In 1982 Iran dispatched 1,500 Guards to Lebanon.", ["Lebanon"], {"Lebanon": "base"}),
        ("Araghchi, speaking in Tehran, condemned the strike in 2024.", ["Tehran"], {}),
        ("In 2024 he said in a speech at a mosque in Tehran that the war was lost.", ["Tehran"],
         {}),
        ("In 2024 the spokesman told reporters at a briefing in Tehran that Iran would act.",
         ["Tehran"], {}),
        # ... but an official who says it in a city said it there: diplomacy there
        ("In 2017 Borisov announced in Damascus that a company would lease the port.",
         ["Damascus"], {"Damascus": "diplomacy"}),
        ("In 2023 the foreign minister said in Damascus that Iran would stand by Syria.",
         ["Damascus"], {"Damascus": "diplomacy"}),
        ("On 7 October 2024 the spokesman told reporters in Tehran that Iran would act.",
         ["Tehran"], {"Tehran": "diplomacy"}),
        ("In 2024 Russia might relocate its ships, perhaps to Latakia.", ["Latakia"], {}),
        # a plot foiled, a deployment only weighed: nothing happened at the place
        ("In 2025 police foiled an Islamic State plot to bomb the Sayyida Zaynab shrine.",
         ["Sayyida Zaynab shrine"], {}),
        ("In 2025 Turkey was considering deploying air-defence systems at the T-4 airbase.",
         ["T-4 airbase"], {}),
        ("In 2025 Ankara is weighing a deployment of drones to the T-4 airbase.",
         ["T-4 airbase"], {}),
        # a commenter's bet on what comes next
        ("My bet is they keep a small presence at the Khmeimim airfield for a while.",
         ["Khmeimim airfield"], {}),
        ("I reckon Russia keeps the Khmeimim airfield into 2026.", ["Khmeimim airfield"], {}),
        # an intention
        ("In 2025 Turkey intended to station air-defence systems at the T-4 airbase.",
         ["T-4 airbase"], {}),
        ("In 2011 Iran sent riot-control equipment to Damascus.", ["Damascus"],
         {"Damascus": "other"}),
        ("Since 2018, Palmyra has been one of the main bases of the militias.", ["Palmyra"],
         {"Palmyra": "base"}),
    ],
)  # fmt: skip
def test_landings_workshops_dispatches_statements_and_hedges(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    assert _run(text, names) == expected


def test_an_abbreviated_country_before_a_noun_says_whose_not_where() -> None:
    us = Place("us", "United States", "country", 39.8, -98.6, "US", precision=3)
    text = "In 2024 a U.S. drone strike killed two men."
    sentence = Sentence(start=0, end=len(text), text=text, paragraph=0, section=0)
    at = text.index("U.S.")
    assert not is_event_location(PlaceMention(at, at + 4, "U.S.", us), sentence)


def test_where_strike_aircraft_are_based_is_their_base_not_the_target() -> None:
    text = "In 2019 jets based at Khmeimim airfield struck Aleppo."
    assert _run(text, ["Khmeimim airfield", "Aleppo"]) == {
        "Khmeimim airfield": "base",
        "Aleppo": "incident",
    }
    label = _events(
        "In 2024 Russia withdrew its aircraft from Khmeimim airfield.", ["Khmeimim airfield"]
    )
    assert label[0].event == "Withdrawal at Khmeimim Air Base"


def test_where_a_person_is_based_is_no_base() -> None:
    assert _run("In 2018 OFAC designated a Syrian national based in Moscow.", ["Moscow"]) == {}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Hama fell on 5 December 2024.", ["Hama"], {"Hama": "incident"}),
        ("In 2024 Iran launched a barrage of missiles against Israel.", ["Israel"],
         {"Israel": "incident"}),
        ("In 2019 the US imposed sanctions against Iran.", ["Iran"], {}),
        ("In 2019 Rouhani prayed at the Sayyida Zaynab shrine.", ["Sayyida Zaynab shrine"],
         {"Sayyida Zaynab shrine": "shrine"}),
        # (a diplomat as the source is no diplomacy; commanders who left withdrew)
        ("In 2024 commanders left Hama, according to a Western diplomat.", ["Hama"],
         {"Hama": "base"}),
        # control passing between fighters is a capture, however it is worded
        ("Rastan changed hands several times in 2013.", ["Rastan"], {"Rastan": "incident"}),
        ("Talbiseh had changed hands twice by June 2013.", ["Talbiseh"],
         {"Talbiseh": "incident"}),
        # a siege lifted, a town that held out, drones launched at a base: fighting there
        ("Aleppo, besieged by rebels for three years, was relieved on 5 September 2017.",
         ["Aleppo"], {"Aleppo": "incident"}),
        ("In 2015 the towns of Hama and Rastan held out for three years.", ["Hama", "Rastan"],
         {"Hama": "incident", "Rastan": "incident"}),
        ("In 2018 drones were launched at the Khmeimim airfield and the naval facility.",
         ["Khmeimim airfield"], {"Khmeimim airfield": "incident"}),
        ("In 2018 home-made drones were launched at Khmeimim airfield and the naval facility.",
         ["Khmeimim airfield"], {"Khmeimim airfield": "incident"}),
        # a launch at a ceremony is no attack
        ("In 2019 the project was launched at a ceremony at Khmeimim airfield.",
         ["Khmeimim airfield"], {"Khmeimim airfield": "base"}),
        # a road accident is no killing in the war
        ("In 1994 Bassel al-Assad was killed in a car crash near Damascus.", ["Damascus"],
         {"Damascus": "other"}),
        ("In 2016 two officers died in a traffic accident near Hama.", ["Hama"],
         {"Hama": "other"}),
        # a leader who came to a capital visited it; what came to an end did not
        ("In 2006 Mahmoud Ahmadinejad came to Damascus and again in 2010.", ["Damascus"],
         {"Damascus": "diplomacy"}),
        ("In 2000 Bashar al-Assad came to power in Damascus.", ["Damascus"], {}),
        # a timeline's present: "take", "retake"; a participle headline "recaptured by"
        ("5 June 2013 – Hezbollah and Syrian army take Rastan.", ["Rastan"],
         {"Rastan": "incident"}),
        ("19 November 2017 – Palmyra recaptured by government and allied forces.",
         ["Palmyra"], {"Palmyra": "incident"}),
        ("In 2013 they take part in talks in Damascus.", ["Damascus"], {"Damascus": "diplomacy"}),
        # an official flying to a capital; a new republic recognised
        ("In 1979 Khaddam was among the first Arab officials to fly to Tehran.", ["Tehran"],
         {"Tehran": "diplomacy"}),
        # a long apposition between a site and its passive
        ("The T-4 airbase, a sprawling airfield in the desert east of Homs near the road to "
         "Palmyra and the pumping station, was hit before dawn on 9 April 2018.",
         ["T-4 airbase"], {"T-4 airbase": "incident"}),
        # what rebels have taken, a prison's gates opened, a line crossed near a town
        ("On 8 December 2024 rebels said they have taken Damascus.", ["Damascus"],
         {"Damascus": "incident"}),
        ("On 8 December 2024 rebels opened the gates of the prison in Hama.", ["Hama"],
         {"Hama": "incident"}),
        ("On 8 December 2024 Israeli tanks crossed the ceasefire line near Quneitra.",
         ["Quneitra"], {"Quneitra": "incident"}),
        ("On 8 December 2024 Assad and his family were granted asylum in Moscow.", ["Moscow"],
         {"Moscow": "diplomacy"}),
        ("8 December 2024 – Assad flies to Moscow and receives asylum.", ["Moscow"],
         {"Moscow": "diplomacy"}),
        # air power over a place is an attack on it
        ("In 2016 the brigade flew ground-attack sorties over the countryside of Hama.",
         ["Hama"], {"Hama": "incident"}),
        # a caption's present tense: who welcomes or receives a guest there
        ("Putin welcomes al-Sharaa in Moscow, Oct. 15, 2025.", ["Moscow"],
         {"Moscow": "diplomacy"}),
        ("Assad receives Raisi in Damascus, 3 May 2023.", ["Damascus"],
         {"Damascus": "diplomacy"}),
        ("On 8 December 2024 rebels said they have taken Damascus and that Assad has fled.",
         ["Damascus"], {"Damascus": "incident"}),
        # a flight whose purpose is talks or mediation is a visit, whoever flew
        ("In 1987 Velayati flew to Damascus to contain the damage.", ["Damascus"],
         {"Damascus": "diplomacy"}),
        ("In 2012 Jalili flew to Damascus for talks with Assad.", ["Damascus"],
         {"Damascus": "diplomacy"}),
        # a shrine torn down to be rebuilt was rebuilt, not attacked
        ("Between 1985 and 1991 the Sayyida Ruqayya shrine was demolished and rebuilt in "
         "Persian style.", ["Sayyida Ruqayya shrine"], {"Sayyida Ruqayya shrine": "shrine"}),
        # put out of action
        ("In 2023 Damascus airport and Aleppo were both knocked out on 12 October.",
         ["Damascus airport", "Aleppo"], {"Damascus airport": "incident", "Aleppo": "incident"}),
        # a port taken over under a contract changed hands by a deal, not by force
        ("In April 2019 a Russian company took over the port of Latakia under a 49-year "
         "investment contract.", ["Latakia"], {"Latakia": "diplomacy"}),
        # an intensifier between the town and its passive verb
        ("Palmyra itself was badly damaged in 2015.", ["Palmyra"], {"Palmyra": "incident"}),
        ("Aleppo, too, was heavily shelled in 2016.", ["Aleppo"], {"Aleppo": "incident"}),
    ],
)  # fmt: skip
def test_falls_barrages_prayers_and_diplomatic_sources(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    assert _run(text, names) == expected


def test_a_lease_for_a_place_is_a_basing_deal_there() -> None:
    text = "In 2017 Russia signed a 49-year lease for Tartus."
    assert _run(text, ["Tartus"]) == {"Tartus": "base"}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("In 2019 Russian forces also arrived in Hama.", ["Hama"], {"Hama": "base"}),
        ("In 2019 Lavrov arrived in Damascus.", ["Damascus"], {"Damascus": "diplomacy"}),
        ("In 2015 a convoy was ambushed on the road between Homs and Palmyra.",
         ["Palmyra"], {}),
        ("In 2024 a convoy was ambushed on the M5 motorway between Hama and Palmyra.",
         ["Palmyra"], {}),
        ("In 2021 US jets struck militia positions between Deir ez-Zor and Palmyra.",
         ["Deir ez-Zor", "Palmyra"], {"Deir ez-Zor": "incident", "Palmyra": "incident"}),
        ("In 2023 strikes were kept apart from the conflict between Israel and Hamas.",
         ["Israel"], {}),
        ("In 2018 clashes broke out between Israel on one side and Iran on the other.",
         ["Israel", "Iran"], {}),
    ],
)  # fmt: skip
def test_who_arrives_and_what_lies_between(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    assert _run(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("In 2021 Israeli jets struck a depot 20 kilometres north of Latakia.", ["Latakia"], []),
        (
            "The Sayyida Ruqayya shrine stands 100 m north of the Umayyad Mosque.",
            ["Sayyida Ruqayya shrine", "Umayyad Mosque"],
            ["Sayyida Ruqayya shrine"],
        ),
        ("In 2019 a convoy was hit some 30 km from Damascus.", ["Damascus"], []),
        ("In 2019 a convoy was hit near Damascus.", ["Damascus"], ["Damascus"]),
        # a walk's measure, fronted: the shrine was rebuilt, the mosque only measures
        (
            "A few steps from the Umayyad Mosque, the Sayyida Ruqayya shrine was rebuilt in "
            "the 1980s.",
            ["Umayyad Mosque", "Sayyida Ruqayya shrine"],
            ["Sayyida Ruqayya shrine"],
        ),
        (
            "In 1985, a short walk from the Umayyad Mosque, the Sayyida Ruqayya shrine was "
            "rebuilt.",
            ["Umayyad Mosque", "Sayyida Ruqayya shrine"],
            ["Sayyida Ruqayya shrine"],
        ),
        # a distance with its conversion, a vague distance, a name's "central"
        (
            "The Kuweires airbase lies about 35 km (22 mi) east of the city of Aleppo.",
            ["Kuweires airbase", "Aleppo"],
            ["Kuweires airbase"],
        ),
        (
            "The Sayyida Ruqayya shrine stands a few hundred metres north-east of the "
            "Umayyad Mosque.",
            ["Sayyida Ruqayya shrine", "Umayyad Mosque"],
            ["Sayyida Ruqayya shrine"],
        ),
        ("In 2016 a bomb hit a bus 10 kilometres south of central Damascus.", ["Damascus"], []),
        (
            "The Kuweires airbase is a Syrian air base east of Aleppo.",
            ["Kuweires airbase", "Aleppo"],
            ["Kuweires airbase"],
        ),
        (
            "In 2015 jets took off from the Kuweires airbase, near the northern city of Aleppo.",
            ["Kuweires airbase", "Aleppo"],
            ["Kuweires airbase"],
        ),
    ],
)
def test_a_place_a_measured_offset_is_counted_from_is_no_event_location(
    text: str, names: list[str], kept: list[str]
) -> None:
    assert list(_run(text, names)) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The base is about 4 km from the centre of the city of Hama.", ["Hama"]),
        ("In 2024 commandos raided a plant about 5 kilometers west of the town of Hama.", ["Hama"]),
        ("In 2023 a drone struck a depot 3 miles north of Hama.", ["Hama"]),
        ("In 2023 a drone struck a depot 500 metres north of Hama.", ["Hama"]),
        # further off, or with another place to show it at
        ("In 2023 a drone struck a depot 40 km north of Hama.", []),
        ("In 2023 a drone struck a depot 4 km north of Hama, near Latakia.", ["Latakia"]),
    ],
)
def test_a_site_a_few_kilometres_from_a_town_is_shown_at_the_town(
    text: str, kept: list[str]
) -> None:
    # when the offset's town is all the sentence names, it is the best point there is
    assert list(_run(text, [name for name in ("Hama", "Latakia") if name in text])) == kept


@pytest.mark.parametrize(
    "text",
    [
        "In 2013 a truck bomb exploded at the southern entrance of Talbiseh.",
        "In 2016 car bombs were launched against the eastern front of Talbiseh.",
        "In 2024 Israeli troops seized a post on the Syrian side of Talbiseh.",
    ],
)
def test_a_part_of_a_towns_edge_of_the_town_is_in_the_town(text: str) -> None:
    assert _run(text, ["Talbiseh"]) == {"Talbiseh": "incident"}


@pytest.mark.parametrize("who", ["Revolutionary factions", "Insurgents", "Jihadists", "Militias"])
def test_armed_groups_entering_a_town_is_an_incident(who: str) -> None:
    text = f"In 2024 {who} entered the western neighbourhoods of Talbiseh."
    assert _run(text, ["Talbiseh"]) == {"Talbiseh": "incident"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is one of the largest air bases in Syria.", {}),
        ("In 2013 it was the most visited Shia pilgrimage site in Syria.", {}),
        ("In 2019 it was the only Russian naval facility in Syria.", {}),
        ("In 2023 bombings killed the highest numbers in Syria.", {"Syria": "incident"}),
        ("In 2024 the latest strike in Syria hit a depot.", {"Syria": "incident"}),
    ],
)
def test_a_superlatives_scope_is_where_it_ranks_not_where_it_is(
    text: str, expected: dict[str, str]
) -> None:
    assert _run(text, ["Syria"]) == expected


def test_a_fronted_place_whose_clause_only_reacts_is_the_speakers_seat() -> None:
    text = "In Hama, the ministry condemned the strikes on Talbiseh in 2012."
    assert _run(text, ["Hama", "Talbiseh"]) == {"Talbiseh": "incident"}
    acted = "In Hama, government forces shelled Talbiseh in 2012."
    assert set(_run(acted, ["Hama", "Talbiseh"])) == {"Hama", "Talbiseh"}
    # an official's statement there is where it was made; what others said happened
    # there is not
    said = "In Tehran, a foreign ministry spokeswoman said Iran supported the strikes in 2015."
    assert _run(said, ["Tehran"]) == {}
    told = "In Aleppo, rebels said they had shelled the airport in 2015."
    assert _run(told, ["Aleppo"]) == {"Aleppo": "incident"}


@pytest.mark.parametrize(
    "text",
    [
        "Talbiseh became one of the main staging areas for Iranian-backed militias in 2016.",
        "By 2015 Talbiseh had become the militias' foothold in the north.",
    ],
)
def test_a_town_said_to_be_a_staging_area_or_foothold_is_a_base(text: str) -> None:
    assert _run(text, ["Talbiseh"]) == {"Talbiseh": "base"}


def test_a_sentence_that_opens_with_its_condition_is_hypothetical_throughout() -> None:
    text = "If Iran loses Talbiseh, its forces in Hama would be cut off."
    assert _run(text, ["Talbiseh", "Hama"]) == {}
    idiom = "If anything, the 2012 shelling of Talbiseh showed the army's reach."
    assert _run(idiom, ["Talbiseh"]) == {"Talbiseh": "incident"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024 rebel fighters reached the outskirts of Hama after taking Talbiseh.",
            {"Hama": "incident", "Talbiseh": "incident"},
        ),
        ("In 2024 rebels said their forces were at the gates of Hama.", {"Hama": "incident"}),
        ("On 28 January 2025 a Russian envoy arrives in Damascus.", {"Damascus": "diplomacy"}),
    ],
)
def test_advancing_on_taking_and_arriving_in_a_town(text: str, expected: dict[str, str]) -> None:
    assert _run(text, list(expected)) == expected


def test_a_country_heading_its_reaction_is_no_event_location() -> None:
    reaction = "Iraq: The foreign ministry condemned the strike on Talbiseh in 2012."
    assert _run(reaction, ["Iraq", "Talbiseh"]) == {"Talbiseh": "incident"}
    topic = "- Talbiseh: a town shelled by the army in 2012."
    assert _run(topic, ["Talbiseh"]) == {"Talbiseh": "incident"}


def test_every_name_listed_before_a_plural_passive_was_its_target() -> None:
    text = "In 2024 Talbiseh, Hama and Tal Unknown were liberated by rebels."
    assert _run(text, ["Talbiseh", "Hama"]) == {"Talbiseh": "incident", "Hama": "incident"}


def test_a_speaker_speaking_later_in_a_city_is_no_event_there() -> None:
    text = "Syrian officials, speaking later in Damascus, said the bases in Hama would stay."
    assert "Damascus" not in _run(text, ["Damascus", "Hama"])


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a headline's passive without its "was": what happened to the site
        ("Iranian embassy in Damascus stormed and ransacked by gunmen.", "incident"),
        ("Iranian embassy in Damascus hit in overnight strike.", "incident"),
        # a participle with an object is an active verb of the subject, not the site's
        ("Iranian embassy in Damascus hosted talks on Sunday.", "diplomacy"),
    ],
)
def test_a_headline_passive_tells_what_happened_to_the_site(text: str, category: str) -> None:
    assert _run(text, ["Iranian embassy"])["Iranian embassy"] == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("From 1979, Iranian pilgrims began to visit Damascus in large numbers.", "shrine"),
        ("Busloads of worshippers travel to Damascus every week.", "shrine"),
        ("President Raisi visited Damascus in May 2023.", "diplomacy"),
        ("In 2023 we drove to Damascus to visit the shrine of Sayyida Ruqayya.", "shrine"),
        # a tour's itinerary arrives; no envoy visits
        ("Day 2 (Sun 18 Aug): Arrive in Damascus, transfer to hotel.", "other"),
    ],
)
def test_pilgrims_travelling_make_a_pilgrimage_not_a_state_visit(text: str, category: str) -> None:
    assert _run(text, ["Damascus"]) == {"Damascus": category}


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet signed a contract granting a firm the management and operation of the "
        "port in Tartus.",
        "In 2021, container throughput fell by a fifth at the port in Tartus.",
    ],
)
def test_running_a_port_and_falling_numbers_are_no_military_event(text: str) -> None:
    assert _run(text, ["Tartus"]).get("Tartus") != "incident"


@pytest.mark.parametrize(
    "text",
    [
        "In 273, Aurelian's troops sacked Palmyra.",
        "Timur plundered Palmyra in 1401.",
        "In 1270 Palmyra surrendered to Baybars.",
        "The Arab conquest of Palmyra came in 634.",
    ],
)
def test_what_chronicles_say_befell_a_town_is_an_incident_there(text: str) -> None:
    assert _run(text, ["Palmyra"]) == {"Palmyra": "incident"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The tanker Adrian Darya arrived in Latakia on 9 September 2019.", "other"),
        ("In November 2016 the carrier group arrived off Latakia.", "other"),
        # a plane that carries an envoy still brings a visit
        ("In 2017 the foreign minister's plane arrived in Latakia.", "diplomacy"),
    ],
)
def test_a_ship_or_plane_arriving_is_no_visit(text: str, category: str) -> None:
    assert _run(text, ["Latakia"]) == {"Latakia": category}


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 a street in Tehran was renamed after him.",
        "In 2024 a mural of him was unveiled in Tehran.",
        "In 2024 he was buried in his hometown of Tehran.",
        "In 2024 he was buried the next day in his native Tehran.",
        "In 2024 he was laid to rest in his home city, Tehran.",
        "In 2017 the coffin was taken to the holy city of Tehran, where mourners wept.",
        "In 2016 his body was flown to Tehran on Wednesday evening.",
    ],
)
def test_how_the_dead_are_remembered_happens_somewhere(text: str) -> None:
    assert _run(text, ["Tehran"]) == {"Tehran": "other"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("In 2016 a triple bombing near a bus station in Hama killed 71.", "incident"),
        ("In 2017 Iran began to rehabilitate units at two stations in Hama.", "other"),
        ("In 2015 Russian troops were stationed in Hama.", "base"),
        ("In 2015 the Russian aerial station in Hama was expanded.", "base"),
    ],
)
def test_a_station_is_a_post_only_when_the_words_say_so(text: str, category: str) -> None:
    assert _run(text, ["Hama"]).get("Hama", "other") == category


def test_an_envoy_flying_somewhere_is_a_visit() -> None:
    text = "In February 1987 Foreign Minister Velayati flew to Damascus to defuse the crisis."
    assert _run(text, ["Damascus"]) == {"Damascus": "diplomacy"}


def test_a_ship_sinking_is_an_incident_where_it_sank() -> None:
    text = "On 23 December 2024 the cargo ship Ursa Major sank off Latakia."
    assert _run(text, ["Latakia"]) == {"Latakia": "incident"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("In 2012 he was sent to Damascus as an adviser to the Syrian army.", "base"),
        ("In 2012 the first Guards officers were sent to Damascus.", "base"),
        ("In 2016 fighters were sent to Damascus.", "base"),
        ("In 2017 he was sent back to Damascus.", "base"),
        # goods sent are a shipment, and aid convoys are no posting
        ("In 2013 Iran sent fuel to Damascus.", "other"),
        ("In 2023 the IRGC commander sent aid convoys to Damascus.", "other"),
    ],
)
def test_people_sent_somewhere_are_posted_there(text: str, category: str) -> None:
    assert _run(text, ["Damascus"]) == {"Damascus": category}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("In March 2023 a drone killed a US contractor at a base near Hama.", "incident"),
        ("In 2017 Iran built a base near Hama.", "base"),
        ("In 2016 Russian bombers operated from a base near Hama.", "base"),
        ("In November 2023 US forces at a base near Hama came under rocket fire.", "incident"),
    ],
)
def test_a_killing_at_a_base_near_a_town_is_an_incident_there(text: str, category: str) -> None:
    assert _run(text, ["Hama"]) == {"Hama": category}


def test_a_site_noun_that_is_the_topic_of_talks_is_not_what_happened() -> None:
    text = "In January 2025 the Russian envoy holds talks in Damascus on bases."
    assert _run(text, ["Damascus"]) == {"Damascus": "diplomacy"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("From 2010 to 2012 he commanded the 106th Airborne Division at Hama.", "base"),
        ("In 2021 a soldier of the Fourth Division was shot dead in Hama.", "incident"),
    ],
)
def test_units_are_posts_and_a_man_shot_dead_is_a_killing(text: str, category: str) -> None:
    assert _run(text, ["Hama"]) == {"Hama": category}


def test_what_was_fired_at_a_base_struck_it_but_what_was_made_there_did_not() -> None:
    fired = "In 2022 militants fired several rockets at two U.S. bases near Deir ez-Zor."
    (event,) = _events(fired, ["Deir ez-Zor"])
    assert (event.category, event.event) == ("incident", "Rocket attack in Deir ez-Zor")
    made = "In the 1980s North Korea helped Syria produce missiles at sites near Hama."
    assert [e.event for e in _events(made, ["Hama"])] != ["Missile attack in Hama"]


@pytest.mark.parametrize(
    "text",
    [
        "In December 2024 HTS fighters entered the city of Hama.",
        "In December 2024 fighters also took the airport near Hama.",
        "In December 2024 the fighters have taken the strategic town of Hama.",
    ],
)
def test_entering_or_taking_a_town_or_a_base_is_its_capture(text: str) -> None:
    (event,) = _events(text, ["Hama"])
    assert (event.category, event.event) == ("incident", "Capture in Hama")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("In 2024 crowds gathered in Tehran overnight, celebrating the missile attack.", "other"),
        # a state's shelter for a fallen ruler is an act of its foreign policy
        ("In 2024 Assad was granted asylum in Tehran.", "diplomacy"),
    ],
)
def test_celebrations_are_other_events_and_asylum_diplomacy(text: str, category: str) -> None:
    assert _run(text, ["Tehran"]) == {"Tehran": category}


def test_a_country_s_possessive_before_the_place_keeps_the_preposition() -> None:
    text = "In 2017 US jets struck militia positions in Syria's Deir ez-Zor province."
    assert _run(text, ["Syria", "Deir ez-Zor"]) == {"Deir ez-Zor": "incident"}


def test_driving_fighters_out_of_a_town_is_fighting_there() -> None:
    text = "In March 2016 the army drove Islamic State out of Palmyra."
    assert _run(text, ["Palmyra"]) == {"Palmyra": "incident"}
    hub = "Abu Kamal has been a militia hub since the army drove IS out of Palmyra in 2017."
    assert _run(hub, ["Palmyra"]).get("Palmyra") != "incident"


def test_checkpoints_military_police_set_up_are_a_deployment_not_the_treaty_before() -> None:
    text = (
        "Following the memorandum signed in Astana in May 2017, Russian military police set "
        "up checkpoints around Hama."
    )
    assert _run(text, ["Hama"]) == {"Hama": "base"}


def test_a_fronted_attack_noun_takes_no_object_past_its_comma() -> None:
    text = "Following the attack, Russia and Syria reached an agreement in Hama in 2013."
    assert _run(text, ["Hama"]) == {"Hama": "diplomacy"}


def test_a_strikes_object_stops_at_a_comma_and_a_conjunction() -> None:
    text = (
        "On 31 January 2016 a car bomb killed more than 70 people, in an attack claimed by "
        "Islamic State, as peace talks opened in Hama."
    )
    assert _run(text, ["Hama"]) == {"Hama": "diplomacy"}


def test_where_drones_are_run_is_no_drone_strike() -> None:
    text = "In 2016 the IRGC established a drone command centre at Kuweires airbase."
    assert _run(text, ["Kuweires airbase"]) == {"Kuweires airbase": "base"}
    assert _run("In 2018 drone strikes hit Hama.", ["Hama"]) == {"Hama": "incident"}


def test_a_destroyer_in_port_is_a_port_call_not_a_destruction() -> None:
    text = "In 2019 the Iranian destroyer Sahand docked at Tartus."
    assert _run(text, ["Tartus"]) == {"Tartus": "other"}


def test_forces_that_pulled_out_of_a_town_withdrew_from_it() -> None:
    text = "In December 2024 Iranian-backed militias pulled out of Palmyra and Hama."
    assert _run(text, ["Palmyra", "Hama"]) == {"Palmyra": "base", "Hama": "base"}


def test_the_summit_of_a_mountain_is_the_mountain_and_no_summit_meeting() -> None:
    text = "In 2024 Israeli troops seized the army post on the summit of Mount Hermon."
    assert _run(text, ["Mount Hermon"]) == {"Mount Hermon": "incident"}


def test_a_resort_of_a_town_is_the_town_not_the_sea() -> None:
    text = "In 2018 Putin met Erdogan in the Mediterranean resort of Tartus."
    assert _run(text, ["Mediterranean", "Tartus"]) == {"Tartus": "diplomacy"}


def test_assaults_on_a_base_are_an_incident_there() -> None:
    text = "In 2014 IS fighters launched several assaults on the T-4 airbase."
    assert _run(text, ["T-4 airbase"]) == {"T-4 airbase": "incident"}


def test_sites_listed_as_a_strikes_targets_were_struck() -> None:
    text = "Among the targets, the military says, were the T-4 airbase and depots in Hama."
    assert _run(text, ["T-4 airbase", "Hama"]) == {"T-4 airbase": "incident", "Hama": "incident"}


def test_drone_units_based_at_a_site_are_a_base_not_a_drone_strike() -> None:
    text = "In 2017 Iranian drone units were based at the T-4 airbase."
    assert _run(text, ["T-4 airbase"]) == {"T-4 airbase": "base"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("In 2021 Russia deployed Tu-22M3 long-range bombers to Hama.", "base"),
        ("In 2025 Alawite families took refuge in Hama.", "other"),
    ],
)
def test_bombers_are_aircraft_and_refuge_is_no_seizure(text: str, category: str) -> None:
    assert _run(text, ["Hama"]) == {"Hama": category}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partial quote's words count
        ('In 2024 SANA said that the enemy "targeted a number of sites in Hama."',
         {"Hama": "incident"}),
        # where a speech or a statement was given is no event place
        ("In a 2014 speech in Tehran he said Iran was fighting in Aleppo.",
         {"Aleppo": "incident"}),
        # "demonstrates" shows, it is no protest
        ('Moscow said the capture of Palmyra "demonstrates the effectiveness" of the campaign.',
         {"Palmyra": "incident"}),
        # a title quoted the German way is a title; the words after it are prose again
        ("It ran in 2025 under the title „Warten vor den Toren von Hama“.", {}),
        ("The paper called it „a bad deal“, and jets struck Aleppo in 2025.",
         {"Aleppo": "incident"}),
    ],
)  # fmt: skip
def test_quotes_speeches_and_what_demonstrates(text: str, expected: dict[str, str]) -> None:
    names = [n for n in ("Hama", "Tehran", "Aleppo", "Palmyra") if n in text]
    assert _run(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a capital given something is its government; the place given to stays
        (
            "In 2017 the lease gave Moscow the right to keep warships at Tartus.",
            ["Moscow", "Tartus"],
            {"Tartus": "base"},
        ),
        ("In 2019 Iran sent Damascus a shipment of oil.", ["Damascus"], {}),
        # a country supplied is the reference's own event ("provided Iran with Scud missiles")
        ("In 1987 Syria provided Iran with missiles.", ["Syria", "Iran"], {"Iran": "other"}),
        # what talks were about is not where they were held
        (
            "Putin met Assad in Moscow in 2018 to discuss the situation in Daraa.",
            ["Moscow", "Daraa"],
            {"Moscow": "diplomacy"},
        ),
    ],
)
def test_a_capital_given_something_and_a_topic_of_talks_are_no_event_places(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    assert _run(text, names) == expected


def test_a_clause_saying_where_the_struck_things_were_keeps_the_strike(tmp_path: Path) -> None:
    text = "IDF jets struck military capabilities that remained at the Hama and T4 military bases."
    events = extract_text(tmp_path, f"Notes\n\n{text}\n")
    assert {e.category for e in events} == {"incident"}
    assert {e.place for e in events} == {"Hama Military Airport", "Tiyas Military Airbase"}


def test_a_list_goes_on_past_a_town_s_desert_and_into_named_villages(tmp_path: Path) -> None:
    text = (
        "The airstrikes hit more than 26 positions in Al-Mayadin city and its desert, "
        "Al-Bukamal city and the villages of Al-Hri near the border on 3 February 2024."
    )
    events = extract_text(tmp_path, f"Report\n\n{text}\n")
    # every town was struck: "more than 26" is a count, not a comparison ending the object
    assert {(e.place, e.category) for e in events} == {
        ("Al-Mayadin", "incident"),
        ("Abu Kamal", "incident"),
        ("al-Hari", "incident"),
    }


def test_what_happened_on_a_short_road_between_two_towns_happened_at_both(
    tmp_path: Path,
) -> None:
    # a few kilometres apart, either town says where; Homs and Palmyra are 150 km apart
    text = (
        "Report\n\nA bomb exploded on the road between Nawa and Sheikh Saad in rural Daraa on 3 "
        "May 2024.\n\n"
        "In 2015 a convoy was ambushed on the road between Homs and Palmyra, officials said.\n"
    )
    events = {(e.place, e.category) for e in extract_text(tmp_path, text)}
    assert {("Nawa", "incident"), ("Sheikh Saad (Daraa)", "incident")} <= events
    assert not {p for p, _ in events} & {"Homs", "Palmyra"}


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        ("U.S. journalist Austin Tice was abducted near Damascus in August 2012.", "Damascus",
         "incident"),
        ("An IED detonated against an army truck near al-Busayrah on 29 November 2025.",
         "al-Busayrah", "incident"),
        ("Sirens sounded in the Golan Heights on 14 April 2024.", "Golan Heights", "incident"),
        ("Russia signed a 49-year lease on Tartus in 2017.", "Tartus", "base"),
        ("The ministry imposed a curfew on Homs city on 23 November 2025.", "Homs", "other"),
        ("In 1971 the Soviet navy set up a material-technical supply point at Tartus.",
         "Russian naval facility in Tartus", "base"),
        ("Russia has maintained a maritime logistics point in the seaside city of Tartous "
         "since 1971.", "Tartus", "base"),
        ("Fighters freed hundreds of detainees from Hama central prison on 5 December 2024.",
         "Hama Central Prison", "incident"),
        ("Its advisers coordinated the sieges of Aleppo in 2016.", "Aleppo", "incident"),
        ("Russian warplanes bombed opposition-held Idlib for much of 2019, residents said.",
         "Idlib Governorate", "incident"),
        ('Rebels announced on state television that Damascus had been "liberated".', "Damascus",
         "incident"),
        ("Hafez al-Assad died in Damascus on June 10, 2000.", "Damascus", "other"),
        # a visit after "during" is placed where it went
        ("The grant was announced during a visit to Riyadh by the energy minister.", "Riyadh",
         "diplomacy"),
        # a participle after a comma tells what the subject did, not a trip cut short
        ("He made his first trip abroad, flying to Riyadh on February 2 to meet the prince.",
         "Riyadh", "diplomacy"),
        # patrols of a foreign army entering a village: an incursion
        ("Israeli patrols were also reported entering Jubata al-Khashab on 25 November.",
         "Jubata al-Khashab", "incident"),
        ("In 1920 French troops reoccupied Damascus after the short-lived Arab kingdom fell.",
         "Damascus", "incident"),
        # drones kept at a base are no drone strike
        ("From 2016 Russian helicopters and Iranian-operated drones were based at T4 airbase.",
         "Tiyas Military Airbase", "base"),
        # a strike of workers is no air strike
        ("In 1936 the nationalists answered with a general strike that paralysed Damascus.",
         "Damascus", "other"),
        # ... nor is weather a storming (as rebels who stormed it would be)
        ("In March 2025 a dust storm swept over Palmyra and closed its roads.", "Palmyra",
         "other"),
        # a capture told as a participle, an advance to a compass side of a town
        ("After taking Aleppo in late November 2024, the HTS-led opposition pressed on.",
         "Aleppo", "incident"),
        ("On 2 December 2024 the opposition reached the northern outskirts of Hama.", "Hama",
         "incident"),
        # the harm an earthquake did is no attack, even in a text about a war
        ("The earthquake of 6 February 2023 killed several hundred people, most of them in "
         "Jableh.", "Jableh", "other"),
        # a shrine that reopens to visitors receives pilgrims, not envoys
        ("The Sayyida Ruqayya shrine reopened its doors to visitors on 20 December 2024.",
         "Sayyidah Ruqayya Mosque", "shrine"),
        # talks on a base's future are elsewhere; they tell that it is a base
        ("In October 2025 Moscow was still negotiating the status of Hmeimim.",
         "Khmeimim Air Base", "base"),
        ("In October 2025 the discussion of Khmeimim went calmly.", "Khmeimim Air Base",
         "base"),
        # (but talks held somewhere are held there)
        ("The talks of Lavrov and Zarif in Moscow ended in 2019.", "Moscow", "diplomacy"),
        # troops who occupy a place are an occupation there, not a garrison
        ("Dec 8-10, 2024: Israeli troops occupy the Syrian side of Mount Hermon.",
         "Mount Hermon", "incident"),
        # a flag raised over a town marks its capture
        ("On 12 July 2018 government troops raised the flag over Hama.", "Hama", "incident"),
        # a war's campaign over a place is fighting there, whoever wages it
        ("In 2019 pro-Government forces continued their aerial and ground campaign in Hama.",
         "Hama", "incident"),
        ("In 2015 Russia began a bombing campaign in Hama.", "Hama", "incident"),
        # troops who take a base capture it ("the nearby", "the strategic": still the base)
        ("Government forces took the nearby Khmeimim airbase on 1 June 2013.",
         "Khmeimim Air Base", "incident"),
        # a capture in a battle's words
        ("On 27 March 2016, Palmyra Airport was secured by the army and its engineers.",
         "Palmyra Airport", "incident"),
        # a briefing's airspace incursion
        ("During the day, the airspace of the Syrian Arab Republic was violated six times near "
         "Abu Kamal.", "Abu Kamal", "incident"),
        # a possessive opens the noun phrase a town modifies
        ("Putin's Damascus visit on 7 January 2020 came amid soaring tensions.", "Damascus",
         "diplomacy"),
        # a flight told in the present, or as an escape
        ("In the story's present tense, the president flees to Moscow as rebels close in.",
         "Moscow", "other"),
        ("Cornered, the president escaped to Moscow on a Russian jet.", "Moscow", "other"),
        # an adjective between the preposition and the place
        ("Israel said it had deployed troops into the demilitarised buffer zone on the Golan "
         "Heights.", "Golan buffer zone (UNDOF Area of Separation)", "base"),
    ],
)  # fmt: skip
def test_more_event_words_and_objects(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    events = extract_text(tmp_path, f"Notes\n\n{sentence}\n")
    assert [(e.place, e.category) for e in events] == [(place, category)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nubl and al-Zahraa, the two Shiite towns north of Aleppo, host Hezbollah personnel "
         "and local militias.", {"Nubl", "al-Zahraa"}),
        ("Al-Qusayr, near the Lebanese border, has been a Hezbollah stronghold since the group "
         "took it.", {"Al-Qusayr"}),
        ("Al-Qusayr remained a Hezbollah logistics hub until December 2024.", {"Al-Qusayr"}),
        # (a host of armed men's offices has no guests)
        ("Al-Mayadin, upriver, hosted offices of Kata'ib Hezbollah in 2019.", {"Al-Mayadin"}),
        # (not a country that sends troops elsewhere)
        ("Iran has been sending troops to fight in the Syrian Civil War.", set()),
    ],
)  # fmt: skip
def test_a_place_that_holds_armed_men_is_a_base(
    tmp_path: Path, sentence: str, expected: set[str]
) -> None:
    events = extract_text(tmp_path, f"Report\n\n{sentence}\n")
    based = {e.place for e in events if e.category == "base"}
    assert based >= expected and (expected or not based)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation right after "as saying that" reports what happened
        ('SANA quoted a military official as saying that "the Israeli enemy carried out an '
         'aerial aggression on the city of Deir el-Zour and the Boukamal region" on 13 January '
         "2021.", {"Deir ez-Zor", "Abu Kamal"}),
        # strikes on a stretch from one town to another hit both
        ("On 13 January 2021 Israeli jets hit some 18 targets stretching from Deir ez-Zor "
         "city to the Albu Kamal desert.", {"Deir ez-Zor", "Abu Kamal"}),
        ("On 13 January 2021 Israeli jets hit some 18 targets stretching from Deir ez-Zor "
         "city to the border strip at Al-Bukamal.", {"Deir ez-Zor", "Abu Kamal"}),
        # ... and a stretch whose near end is no name still ends at its far one
        ("On 13 January 2021 waves of airstrikes across Deir ez-Zor province, from the "
         "outskirts of the provincial capital to Mayadin, killed 57.",
         {"Deir ez-Zor Governorate", "Al-Mayadin"}),
        # the grounds of a holy place locate what happened there
        ("On 27 July 2023 a bomb exploded near the holy precinct of Sayyidah Zaynab.",
         {"Sayyidah Zaynab"}),
        # a monitor's count of incidents is of incidents there
        ("In 2024 the Monitor documented 187 incidents affecting civilians in Idlib "
         "governorate.", {"Idlib Governorate"}),
        # examples of the villages a participle describes
        ("In late 2012 Hezbollah fighters took up positions in a string of border villages "
         "inhabited by Lebanese Shia, among them Hawsh al-Sayyid Ali and Hawik.",
         {"Hawsh al-Sayyed Ali", "Hawik"}),
        # a compass word between the verb and its object
        ("After government forces retook east Aleppo in December 2016, engineers arrived.",
         {"Aleppo"}),
        # what was done after a foiled plot was done
        ("In January 2025, Syrian intelligence said it had foiled an ISIS plot to blow up a "
         "shrine and arrested a cell near Damascus.", {"Damascus"}),
        # a shrine's sanctuary is the shrine
        ("Iranian funding paid for the expansion of the Sayyida Zaynab sanctuary in the "
         "1980s.", {"Sayyidah Zaynab Mosque"}),
        # a subject glossed with what befell it
        ("Palmyra, retaken from the Islamic State with Russian help in March 2017, became a "
         "waystation for militia convoys.", {"Palmyra"}),
        ("Kafr Zita and al-Latamneh, shelled almost daily since the spring of 2019, were "
         "by then empty.", {"Kafr Zita", "Al-Lataminah"}),
        # a fronted phrase's preposition does not reach past its comma to the subject
        ("South of the city, Israel repeatedly bombed a compound near al-Kiswah in December "
         "2017.", {"Al-Kiswah"}),
        # (a road is no stretch of ground: where it leads is not where it was hit)
        ("A highway outside Masyaf that leads toward the coastal city of Tartus was hit on "
         "8 September 2024.", {"Masyaf"}),
        # forces deployed or patrolling between two towns are at both
        ("In 2019 IRGC units deployed between Albu Kamal and al-Mayadin.",
         {"Abu Kamal", "Al-Mayadin"}),
        ("Joint patrols began along the M4 highway on 15 March 2020, initially between "
         "Saraqib and Jisr al-Shughur.", {"Saraqib", "Jisr al-Shughur"}),
        # (what lies between two towns is at neither; nor are talks between capitals)
        ("The T-4 airbase lies in the desert between Homs and Palmyra.",
         {"Tiyas Military Airbase"}),
        ("Talks between Tehran and Damascus resumed in 2019.", set()),
        # an advance closing in on a town; where an offensive set out
        ("Rebels closed in on Damascus on 7 December 2024.", {"Damascus"}),
        ("HTS launched an offensive from Idlib province on 27 November 2024.",
         {"Idlib Governorate"}),
        ("HTS launched an offensive out of Idlib on 27 November 2024.", {"Idlib Governorate"}),
        # what is denied did not happen; where critics are based is no base
        ("Iraqi militias deny sending fighters to Syria.", set()),
        ("Hezbollah denies having bases in Qusayr.", set()),
        ("Critics, including Syrian opposition figures based in Istanbul, accuse Iran of "
         "using the shrines.", set()),
        ("The militia denied involvement in the blast at Sayyida Zaynab on 3 June 2019.",
         {"Sayyidah Zaynab"}),
        ("The United States had no involvement in the strike in Damascus on 1 April 2024.",
         {"Damascus"}),
        # a town a force used as its base
        ("In 2023 Kataib Hezbollah had used the Mayadin and Bukamal areas as a launching pad "
         "for attacks.", {"Al-Mayadin", "Abu Kamal"}),
        # what was taken control of
        ("In mid-2012 armed groups took control of neighbouring Hujeira and Yalda.",
         {"Hujayra", "Yalda"}),
        # authorities acting where they are; cargo suspected of going somewhere
        ("On 4 July 2019 authorities in Gibraltar detained the tanker Grace 1 on suspicion "
         "of carrying crude to the Baniyas refinery.", {"Gibraltar"}),
        ("Officials in Damascus said the strike killed two on 3 May 2024.", set()),
        ("Analysts called the killing on 25 December 2023 an act of desperation by the regime "
         "in Tel Aviv.", set()),
        # what never came to be; a comparison; where the writer was told
        ("The Latakia lease never happened.", set()),
        ("The visit to Damascus never took place.", set()),
        ("The slogan was the same in Qom as in Najaf in 2014.", set()),
        ('"We had the men on the ground," he told me in Tehran last autumn.', set()),
        # weapons made somewhere are no attack there; a town that is a force's nerve centre
        ("Factories in al-Safira produce rockets for Hezbollah.", {"Al-Safira"}),
        ("Albu Kamal remains the nerve center of Iran's network in 2021.", {"Abu Kamal"}),
        # the country that only says where a person's origin lies is no event place either
        ("One of the fighters, a native of Herat in western Afghanistan, had migrated to "
         "Iran in 2012.", set()),
        ("A commander from Herat was killed in Damascus in 2016.", {"Damascus"}),
        # a place left of a clause like the one before, a time between
        ("On 7 December 2024 rebels entered Homs and, by dawn, Damascus.", {"Homs", "Damascus"}),
        # the ground a zone covers
        ("On 4 May 2017 the three states agreed on de-escalation zones covering Idlib "
         "Governorate.", {"Idlib Governorate"}),
        # ... or after "as saying:" (the state-media formula)
        ('SANA quoted a military source as saying: "The Israeli enemy launched an aerial '
         'aggression targeting sites in Masyaf."', {"Masyaf"}),
        # the country a force withdrew into is its refuge
        ("On 6 December 2024 Iraqi militias withdrew from Albu Kamal across the border into "
         "Iraq.", {"Abu Kamal"}),
        # where Iranian-backed militias come from (the hyphenated "backed" is no verb)
        ("Iranian-backed militias from Deir ez-Zor were also sent to Aleppo to help clear "
         "rubble in February 2023.", {"Aleppo"}),
    ],
)  # fmt: skip
def test_the_places_a_sentence_tells_of(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert {e.place for e in extract_text(tmp_path, f"News\n\n{text}\n")} == expected


def test_a_sweep_from_one_town_to_another_is_at_both(tmp_path: Path) -> None:
    text = "News\n\nAs Islamist-led rebels swept from Aleppo to Damascus, Iran's axis fell.\n"
    assert {e.place for e in extract_text(tmp_path, text)} >= {"Aleppo", "Damascus"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two governments signed a deal for gas to be supplied to Syria through Turkey.",
        "Tens of thousands of pilgrims came each year, most of them by bus through Turkey.",
        "Qatar has financed gas deliveries through Jordan since March 2025.",
    ],
)
def test_a_country_passed_through_is_no_event_there(tmp_path: Path, sentence: str) -> None:
    places = {e.place for e in extract_text(tmp_path, f"Notes\n\n{sentence}\n")}
    assert "Turkey" not in places and "Jordan" not in places


def test_in_an_earthquake_report_the_dead_and_the_ruins_are_no_attack(tmp_path: Path) -> None:
    text = (
        "# Earthquake flash update\n\n"
        "The earthquake of 6 February 2023 and its aftershocks hit north-west Syria hard. "
        "A second quake struck later that day.\n\n"
        "In Jableh, 86 buildings collapsed, and the national hospital received more than 400 "
        "casualties in the first 24 hours.\n\n"
        "Israeli missiles struck Aleppo International Airport on 7 March 2023, killing five "
        "soldiers.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Jableh"].category == "other"
    assert events["Aleppo International Airport"].category == "incident"


def test_a_report_that_names_an_earthquake_once_keeps_its_strikes_incidents(
    tmp_path: Path,
) -> None:
    text = (
        "News\n\nMonths after the earthquake, Israeli jets struck positions in Masyaf, "
        "and 86 buildings collapsed in Jableh when a depot exploded.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Jableh"].category == "incident"


def test_every_target_a_strike_lists_was_struck() -> None:
    text = (
        "In 2024 these included strikes on naval vessels in the ports of Latakia on 9 "
        "December, on the Damascus airport and on air defence sites near Quneitra."
    )
    names = ["Latakia", "Damascus airport", "Quneitra"]
    assert _run(text, names) == dict.fromkeys(names, "incident")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ain Ali shrine was NOT hit, it is a depot 2 km away.",
        "Hama airbase wasn't hit last night.",
        # a release's and an imagery brief's findings
        "There were no U.S. casualties and no damage to the Green Village base.",
        "Shayrat airbase, western runway: no damage observed.",
    ],
)
def test_a_place_a_thread_says_was_spared_is_no_strike(tmp_path: Path, sentence: str) -> None:
    assert not extract_text(tmp_path, f"Thread\n\n{sentence}\n", "thread.txt")


def test_damage_reported_after_a_strike_is_still_the_strike(tmp_path: Path) -> None:
    text = "Thread\n\nNo damage was reported after the strike on Hama airbase.\n"
    assert [e.category for e in extract_text(tmp_path, text, "thread.txt")] == ["incident"]


def test_a_base_kept_since_a_year_takes_that_year_not_an_earlier_clauses(tmp_path: Path) -> None:
    text = (
        "Designations\n\nLiwa al-Baqir took part in the siege of eastern Aleppo in 2016 and, "
        "since 2017, has maintained a base near Aleppo International Airport.\n"
    )
    events = by_place(extract_text(tmp_path, text, "notice.txt"))
    assert events["Aleppo International Airport"].date_start == "2017"
    assert events["Aleppo"].date_start == "2016"


def test_a_post_someone_had_been_in_charge_of_is_no_event_place(tmp_path: Path) -> None:
    text = (
        "Obituary\n\nHe had held senior posts in the Quds Force for years, and according to "
        "Iranian media, he had been in charge of Iran's military advisory mission in Syria "
        "and Lebanon.\n\nHe was killed in Damascus in 2024.\n"
    )
    assert {e.place for e in extract_text(tmp_path, text, "obit.txt")} == {"Damascus"}


@pytest.mark.parametrize(
    "sentence",
    [
        "As one former officer interviewed in Gaziantep in March 2019 put it, the war was lost.",
        "Smyth's study, published in Washington by the Washington Institute, mapped militias.",
        "Assad, trained as an ophthalmologist in London, travelled to Tehran in February 2019.",
    ],
)
def test_a_papers_sources_and_a_lifes_schooling_are_no_event_places(
    tmp_path: Path, sentence: str
) -> None:
    places = {e.place for e in extract_text(tmp_path, f"Article\n\n{sentence}\n", "paper.txt")}
    assert not places & {"Gaziantep", "Washington, D.C.", "London"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli jets struck Deir ez-Zor as well as Albu Kamal on 13 January 2021.",
        "Israeli jets struck Deir ez-Zor and also Albu Kamal on 13 January 2021.",
        "Israeli jets struck Al-Qaim, Deir ez-Zor and also Albu Kamal on 13 January 2021.",
    ],
)
def test_as_well_as_and_and_also_join_places_as_and_does(tmp_path: Path, sentence: str) -> None:
    events = by_place(extract_text(tmp_path, f"Strikes\n\n{sentence}\n", "strikes.txt"))
    assert events["Abu Kamal"].category == "incident"
    assert events["Abu Kamal"].date_start == "2021-01-13"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("In July 2020 the cargo was seized by Italian authorities in Salerno.", "Salerno"),
        ("In April 2021 Daqqou was arrested by Syrian authorities in Damascus.", "Damascus"),
    ],
)
def test_where_authorities_acted_on_someone_is_where_it_happened(
    tmp_path: Path, sentence: str, place: str
) -> None:
    text = f"Smuggling\n\n{sentence}\n\nThe authorities in Damascus said two were killed.\n"
    events = extract_text(tmp_path, text, "report.txt")
    assert [(e.place, e.category) for e in events] == [(place, "incident")]


def test_a_bracketed_list_of_towns_shares_its_areas_event(tmp_path: Path) -> None:
    text = (
        "Strikes\n\nOn February 2, 2024, US forces struck seven facilities, four in Syria "
        "(including Albu Kamal, Mayadin and Deir ez-Zor) and three in Iraq (including "
        "al-Qaim and Akashat).\n"
    )
    events = by_place(extract_text(tmp_path, text, "strikes.txt"))
    assert {"Abu Kamal", "Al-Mayadin", "Deir ez-Zor", "Al-Qaim", "Akashat"} <= set(events)
    assert events["Akashat"].date_start == "2024-02-02"


def test_a_base_surrounded_by_rebels_is_under_siege(tmp_path: Path) -> None:
    text = "Kuweires\n\nBy April 2013 the Kuweires airbase was surrounded by rebels.\n"
    (event,) = extract_text(tmp_path, text, "article.txt")
    assert (event.category, event.date_start) == ("incident", "2013-04")


def test_firing_at_positions_in_a_disputed_area_is_an_incident_there(tmp_path: Path) -> None:
    text = (
        "Front\n\nHezbollah began firing at Israeli positions in the disputed Shebaa Farms "
        "on Oct. 8, 2023.\n"
    )
    (event,) = extract_text(tmp_path, text, "wire.txt")
    assert (event.place, event.category, event.date_start) == (
        "Shebaa Farms",
        "incident",
        "2023-10-08",
    )


def test_a_speakers_courtesy_is_no_hedge_and_a_visa_desk_no_visit(tmp_path: Path) -> None:
    text = (
        "Transcript\n\nI would remind you that our aviation group was deployed at Hmeimim in "
        "September 2015.\n\nVisas on arrival are available at Baghdad International Airport."
        "\n\nRussia would deploy more jets to Tartus if asked.\n"
    )
    events = by_place(extract_text(tmp_path, text, "duma.txt"))
    assert events["Khmeimim Air Base"].date_start == "2015-09"
    assert "Russian naval facility in Tartus" not in events  # a condition still hedges
    assert events.get("Baghdad International Airport") is None or (
        events["Baghdad International Airport"].category != "diplomacy"
    )


@pytest.mark.parametrize(
    ("sentence", "place", "label"),
    [
        ("On 10 June 2024 Pezeshkian was campaigning in Tabriz.", "Tabriz", "Election campaign"),
        ("On 13 June 2009 hundreds of thousands marched in Tehran.", "Tehran", "March"),
    ],
)
def test_a_campaign_and_a_march_are_other_events_there(
    tmp_path: Path, sentence: str, place: str, label: str
) -> None:
    (event,) = extract_text(tmp_path, f"Digest\n\n{sentence}\n", "digest.txt")
    assert (event.place, event.category, event.event) == (place, "other", f"{label} in {place}")


def test_where_someone_grew_up_is_no_event_place(tmp_path: Path) -> None:
    text = "Analysis\n\nZehavi, who grew up in Haifa, noted that Iran has opened centres.\n"
    assert not extract_text(tmp_path, text, "column.txt")


@pytest.mark.parametrize(
    "sentence",
    [
        "Air strikes are frequent in Idlib, and Israeli strikes regularly target Damascus.",
        "Further strikes are likely, particularly on military sites near Homs and Tartus.",
        "Iran also periodically shells areas along the border in Erbil province.",
    ],
)
def test_what_happens_as_a_rule_is_no_event(tmp_path: Path, sentence: str) -> None:
    assert not extract_text(tmp_path, f"Travel advice\n\n{sentence}\n", "advice.txt")


def test_a_habit_told_with_its_day_still_counts(tmp_path: Path) -> None:
    text = "Report\n\nOn 3 May 2019 Israeli jets, which regularly strike Syria, hit Masyaf.\n"
    assert [e.place for e in extract_text(tmp_path, text, "r.txt")] == ["Masyaf"]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # the looting is nearer the district than the embassy the district locates
        ("On 19 December 2024 the Iranian Embassy in the Mezzeh neighborhood of Damascus "
         "stood empty and looted.", "incident"),
        # (only an attack carries over: ships loading at a port are at its base)
        ("On 29 January 2025 two Russian ships were moored at the naval facility in Tartus, "
         "loading vehicles.", "base"),
    ],
)  # fmt: skip
def test_a_site_is_hit_when_the_places_its_phrase_locates_it_by_are(
    tmp_path: Path, sentence: str, category: str
) -> None:
    events = extract_text(tmp_path, f"News\n\n{sentence}\n")
    sites = [e for e in events if e.place_kind in ("embassy", "base")]
    assert sites and {e.category for e in sites} == {category}


def test_a_relative_clauses_strike_befell_its_antecedent_only(tmp_path: Path) -> None:
    text = (
        "News\n\nIran also maintained a base at al-Kiswah, south of Damascus, which Israel "
        "struck in December 2017, and a large compound near Albu Kamal on the Iraqi border.\n"
    )
    rows = {(e.place, e.category, e.date_start) for e in extract_text(tmp_path, text)}
    assert rows == {
        ("Al-Kiswah", "base", None),
        ("Al-Kiswah", "incident", "2017-12"),
        ("Abu Kamal", "base", None),
    }


def test_weapons_made_at_a_site_are_no_attack_there(tmp_path: Path) -> None:
    text = "News\n\nFactories in al-Safira produce rockets for Hezbollah.\n"
    (event,) = extract_text(tmp_path, text)
    assert (event.place, event.category) == ("Al-Safira", "base")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Bodies lay in the streets of Baniyas on 8 March 2025.", "Baniyas"),
        ("A protest in Jableh turned violent on 9 March 2025, and two people were killed.",
         "Jableh"),
        ("The ministry began a security campaign in Jableh on 7 March 2025.", "Jableh"),
    ],
)  # fmt: skip
def test_killings_and_security_sweeps_are_incidents(
    tmp_path: Path, sentence: str, place: str
) -> None:
    (event,) = extract_text(tmp_path, f"News\n\n{sentence}\n")
    assert (event.place, event.category) == (place, "incident")


def test_what_is_named_after_a_commander_is_an_event_of_its_town(tmp_path: Path) -> None:
    text = "News\n\nA street in Isfahan was named after him in 2020.\n"
    (event,) = extract_text(tmp_path, text)
    assert (event.place, event.category, event.date_start) == ("Isfahan", "other", "2020")


def test_an_inventorys_count_of_sites_is_a_base_at_its_place(tmp_path: Path) -> None:
    text = (
        "News\n\nIran's sites by governorate (as of mid-2023):\n\n- Deir ez-Zor: 131 sites\n"
        "- **Homs** – about 40 positions\n\nDamascus: 3 killed in a blast on 5 May 2023.\n"
    )
    rows = {(e.place, e.category, e.date_start) for e in extract_text(tmp_path, text)}
    assert rows == {
        ("Deir ez-Zor Governorate", "base", "2023"),  # (a list by governorate)
        ("Homs Governorate", "base", "2023"),
        ("Damascus", "incident", "2023-05-05"),
    }


def test_fighting_between_two_sides_happens_where_the_sentence_puts_it(tmp_path: Path) -> None:
    text = (
        "Front line, 3 March 2024\n\nFurther north, fighting continues between the SDF and "
        "the Turkish-backed Syrian National Army (SNA) around the Tishreen Dam.\n"
    )
    assert by_place(extract_text(tmp_path, text))["Tishreen Dam"].category == "incident"


def test_a_subject_placed_by_its_town_opens_a_clause_of_its_own(tmp_path: Path) -> None:
    text = (
        "Report, 2025\n\nIranian personnel left Syria, many of them via the Russian base at "
        "Hmeimim, and the Iranian embassy in Damascus was sacked by crowds.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Embassy of Iran, Damascus"].category == "incident"


def test_an_acts_closing_formula_is_no_event(tmp_path: Path) -> None:
    text = (
        "Regulation\n\nThe Council adopted the listing in 2021.\n\n"
        "Done at Brussels, 4 November 2021.\n\nTalks were held in Brussels on 5 November 2021.\n"
    )
    events = extract_text(tmp_path, text)
    assert [e.evidence for e in events if e.place == "Brussels"] == [
        "Talks were held in Brussels on 5 November 2021."
    ]


def test_a_killing_a_few_hundred_metres_from_a_shrine_happened_at_it(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn February 2016, car and suicide bombings claimed by the Islamic State "
        "killed more than 130 people a few hundred metres from the Sayyida Zaynab shrine.\n\n"
        "In 2017 a depot a few hundred kilometres from Latakia burned.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Sayyidah Zaynab Mosque"].category == "incident"
    assert "Latakia" not in events


def test_a_place_after_a_description_in_a_locative_list_is_located(tmp_path: Path) -> None:
    text = (
        "Report, 2025\n\nOn 6 December 2024 the SDF crossed the Euphrates and moved into the "
        "city and Abu Kamal.\n"
    )
    assert by_place(extract_text(tmp_path, text))["Abu Kamal"].category == "incident"


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("In 2024 Assad had been flown out of the country from Hmeimim to Moscow.", "other"),
        ("In March 2025 thousands of Alawite civilians sought refuge at Hmeimim.", "other"),
        ("In 2024 Iran evacuated its personnel by air from the Khmeimim base.", "other"),
        # the base's own use stays a base's
        ("In 2015 Russian jets flew out of Hmeimim to bomb Idlib.", "base"),
    ],
)
def test_people_passing_through_or_sheltering_at_a_base_is_no_use_of_it(
    tmp_path: Path, sentence: str, category: str
) -> None:
    events = by_place(extract_text(tmp_path, f"Report\n\n{sentence}\n"))
    assert events["Khmeimim Air Base"].category == category


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("She was brought to Damascus after the battle of Aleppo in 2016.",
         ["Damascus", "Aleppo"], {"Aleppo": "incident"}),
        ("During the siege of Palmyra in 2016, Hezbollah fighters were deployed to Hama.",
         ["Palmyra", "Hama"], {"Palmyra": "incident", "Hama": "base"}),
        ("After the 2003 invasion of Iraq, many Iraqis settled in Damascus.",
         ["Iraq", "Damascus"], {"Iraq": "incident"}),
    ],
)  # fmt: skip
def test_a_battle_that_dates_a_sentence_still_happened_where_it_is_named_for(
    text: str, names: list[str], expected: dict[str, str]
) -> None:
    # "after the battle" is a time frame for the others; the battle is no event of theirs
    found = _run(text, names)
    assert {name: found[name] for name in expected if name in found} == expected
    assert found.get("Damascus") != "incident"


@pytest.mark.parametrize(
    "text",
    [
        "Three years after the regime regained control of Daraa in July 2018, Iran stayed.",
        "Weeks after the army took control of Daraa in 2018, the militias returned.",
    ],
)
def test_what_an_after_clause_says_happened_happened_there(text: str) -> None:
    # the clause's past verb stands before its event noun ("regained control"), not on it
    assert _run(text, ["Daraa"]) == {"Daraa": "incident"}
