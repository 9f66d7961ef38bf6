"""What ministries and state media write, and how provinces are named: attributed
statements, "the settlement of X", "southern Idlib", "the provinces of A, B and C", and
namesakes of small places the gazetteer lacks. Real gazetteer, real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text

from extract.documents import read_document
from extract.landmarks import containers
from extract.pipeline import extract_document
from extract.places import default_matcher
from extract.records import Event, Sentence


def _events(tmp_path: Path, text: str) -> dict[str, Event]:
    return by_place(extract_text(tmp_path, text + "\n", "report.txt"))


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.mention, m.place.name) for m in default_matcher().find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            'A Syrian military source told SANA: "At 1:30 a.m., the Israeli enemy carried out '
            'an aerial aggression targeting some points in the Damascus countryside."',
            "Rif Dimashq Governorate",
        ),
        (
            '"Terrorists attacked the Hmeimim air base with eleven drones overnight," the '
            "ministry said in a statement.",
            "Khmeimim Air Base",
        ),
    ],
)
def test_a_sources_attributed_report_of_a_strike_is_an_event(
    tmp_path: Path, text: str, place: str
) -> None:
    event = _events(tmp_path, text)[place]
    assert event.category == "incident"


@pytest.mark.parametrize(
    "text",
    [
        # an unattributed quotation: a slogan, a title
        'Crowds chanted "In Syria, the hand of America and Israel is evident."',
        'See the report "Map of Military Control in Syria," published in 2020.',
        # an attributed view, not a report of something that happened
        '"Damascus airport is, in effect, a logistics base for the IRGC," said an analyst.',
    ],
)
def test_other_quotations_make_no_event(tmp_path: Path, text: str) -> None:
    assert _events(tmp_path, text) == {}


def test_the_settlements_of_a_ministry_briefing_are_places_that_were_shelled(
    tmp_path: Path,
) -> None:
    events = _events(
        tmp_path,
        "Militants shelled the settlements of Kafr Nabl and Maarat al-Numan. "
        "Terrorists also shelled the settlement of Kafr Nabudah.",
    )
    for place in ("Kafr Nabl", "Maarat al-Numan", "Kafr Nabudah"):
        assert events[place].category == "incident"


@pytest.mark.parametrize("verb", ["took control of", "took over", "retook"])
def test_taking_a_base_is_an_incident_at_it(tmp_path: Path, verb: str) -> None:
    event = _events(tmp_path, f"Government forces {verb} the T-4 airbase.")[
        "Tiyas Military Airbase"
    ]
    assert event.category == "incident"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian jets struck southern Idlib and northern Hama.",
            [("southern Idlib", "Idlib Governorate"), ("northern Hama", "Hama Governorate")],
        ),
        (
            "Patrols ran in the provinces of Aleppo, Raqqa and Al-Hasakah.",
            [
                ("Aleppo", "Aleppo Governorate"),
                ("Raqqa", "Raqqa Governorate"),
                ("Al-Hasakah", "Al-Hasakah Governorate"),
            ],
        ),
        # one plural head for a list: "Damascus province" is the countryside around it
        (
            "Jets struck targets in the Damascus and Homs provinces.",
            [("Damascus", "Rif Dimashq Governorate"), ("Homs", "Homs Governorate")],
        ),
        # a big city's own parts are named the same way: the city stays
        ("The siege of eastern Aleppo ended in December 2016.", [("eastern Aleppo", "Aleppo")]),
        # a list after a singular "province of" ends at the first name
        (
            "in the province of Latakia and the city of Hama",
            [("Latakia", "Latakia Governorate"), ("Hama", "Hama")],
        ),
    ],
)
def test_compass_parts_and_lists_of_provinces_are_governorates(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _places(text) == expected


def test_st_is_saint_so_the_bigger_namesake_wins() -> None:
    assert _places("Experts from a museum in St. Petersburg arrived.") == [
        ("St. Petersburg", "Saint Petersburg")
    ]


def test_a_small_namesake_in_a_country_the_text_never_names_is_dropped() -> None:
    found = _places("Iranian militias in Syria seized houses in Al-Hamidiyah near Al-Bukamal.")
    assert [name for _, name in found] == ["Syria", "Abu Kamal"]
    # a small town in a country the text names by another place is kept
    found = _places("Fighters from Hermel and Baalbek died in Qusayr, Syria.")
    assert ("Hermel", "Hermel") in found


@pytest.mark.parametrize(
    "text",
    [
        "He was martyred while defending the holy shrine of Sayyida Zaynab.",
        "Two suicide bombers killed 12 people at a checkpoint near the shrine of Sayyida Zaynab.",
    ],
)
def test_a_shrine_where_people_were_killed_is_an_incident(tmp_path: Path, text: str) -> None:
    assert _events(tmp_path, text)["Sayyidah Zaynab Mosque"].category == "incident"


def test_a_shrine_only_described_stays_a_shrine(tmp_path: Path) -> None:
    text = "The holy shrine of Sayyida Zaynab draws pilgrims from Iran and Iraq."
    assert _events(tmp_path, text)["Sayyidah Zaynab Mosque"].category == "shrine"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Khavari, who was born in Khomeyn in 1964, was killed near Aleppo.", "Khomeyn"),
        ("In 2012 fighters from Lebanon, Iraq and Pakistan were sent to Aleppo.", "Iraq"),
        ("The Security Command in Homs announced the arrest of a cell in Hama in 2025.", "Homs"),
        ("In 2025 most came from the Arsal camps in Lebanon and returned to Qusayr.", "Lebanon"),
        ("In 2021 a trader residing in Bandar Abbas shipped oil to Baniyas.", "Bandar Abbas"),
        ("In 2025 Assad, who lives in exile in Moscow, heard that rebels captured Homs.", "Moscow"),
        (
            "In 2023 my cousin, who lives near the Mezzeh military airport, saw jets strike Homs.",
            "Mezzeh Military Airport",
        ),
        ("In 2015 it recruited Afghan refugees living in Iran to fight in Aleppo.", "Iran"),
        ("In 2024 men who came from the suburbs of Beirut were shelled in Homs.", "Beirut"),
        ("In 2025 one woman from the town of Baniyas said gunmen killed six in Jableh.", "Baniyas"),
        ("A resident from Mayadin told us jets struck Albu Kamal in 2019.", "Mayadin"),
        # a semicolon ends a strike's reach: the capital after it is a government speaking
        ("In 2018 Israeli jets hit Homs in a strike; Tehran vowed retaliation.", "Tehran"),
        # what only says where a named site lies, after a description of the site
        (
            "In 2018 the IRGC took over the Hamdan airport, an old airstrip west of Albu Kamal.",
            "Abu Kamal",
        ),
        (
            "The shrine of Sayyida Ruqayya, tucked into the lanes just north of the Umayyad "
            "Mosque, was demolished in 1985.",
            "Umayyad Mosque",
        ),
        ("Born 1990 in Herat, martyred 12 Feb 2016 in the countryside of Aleppo.", "Herāt"),
        ("He was born in March 1957 in Qom and was killed in Damascus in 2008.", "Qom"),
        (
            "Zahedi, who commanded Quds Force operations in Lebanon, was killed in Damascus.",
            "Lebanon",
        ),
        (
            "Mousavi, who spent three decades in Lebanon, was killed in an air strike in Damascus.",
            "Lebanon",
        ),
        ("IS militants fled towards Al-Sukhnah after the battle for Palmyra.", "As Sukhnah"),
        ("A bus travelling from Homs to Palmyra was hit by a mine near Al-Sukhnah.", "Palmyra"),
    ],
)
def test_a_birthplace_a_post_a_direction_and_a_destination_are_no_events(
    tmp_path: Path, text: str, absent: str
) -> None:
    events = _events(tmp_path, text)
    assert events and absent not in events


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hundreds of people protested in Tehran on Friday.", "other"),
        ("Demonstrators gathered at Palestine Square in Tehran.", "other"),
        ("Iran sent advisers to help crush protests in Homs.", "incident"),
        (
            "Rescue workers searched the rubble of the Iranian consulate building in Damascus.",
            "incident",
        ),
    ],
)
def test_protests_are_other_and_a_crackdown_or_rubble_an_incident(
    tmp_path: Path, text: str, category: str
) -> None:
    events = _events(tmp_path, text)
    assert {e.category for e in events.values()} == {category}
    assert "Palestinian Territory" not in events  # "Palestine Square" is a square


@pytest.mark.parametrize(
    "text",
    [
        "On 8 July 2023 three rockets were launched from Syria toward the Golan Heights.",
        "On 8 July 2023 militants fired missiles towards the Golan Heights.",
    ],
)
def test_fire_aimed_toward_a_place_is_an_attack_there(tmp_path: Path, text: str) -> None:
    events = _events(tmp_path, text)
    assert events["Golan Heights"].category == "incident"
    assert "Syria" not in events  # where the fire came from


def test_a_square_or_street_named_after_a_far_place_is_not_that_place() -> None:
    assert _places("A blast hit Baghdad Street in Damascus.") == [("Damascus", "Damascus")]
    # a quarter's own road runs through the quarter
    assert ("Mezzeh", "Mazzeh") in _places("A strike hit a flat on Mezzeh Highway.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops took the Palmyra citadel.", "Palmyra Citadel"),
        (
            "Gunmen set fire to the mausoleum of Hafez al-Assad in Qardaha.",
            "Mausoleum of Hafez al-Assad",
        ),
        ("Iran restored the Ain Ali shrine near al-Quriyah.", "Ain Ali shrine"),
        ("Netanyahu opened a terminal at the Ramon airport near Eilat.", "Ramon Airport"),
        ("Mourners gathered at the shrine of Sayyeda Ruqayya.", "Sayyidah Ruqayya Mosque"),
        ("The army broke the siege of the Deir Ezzur military airport.", "Deir ez-Zor Airport"),
    ],
)
def test_sites_and_spellings_the_probes_met(text: str, place: str) -> None:
    assert place in {name for _, name in _places(text)}


def test_a_wire_dateline_in_capitals_is_where_the_story_was_filed(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "HMEIMIM (Syria), December 11 - RIA Novosti. Putin arrived at the airbase for talks.\n",
        encoding="utf-8",
    )
    events = extract_document(read_document(path, tmp_path))
    assert [(e.place, e.category) for e in events] == [("Khmeimim Air Base", "diplomacy")]
    assert events[0].evidence.startswith("Putin")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a list whose first name the gazetteer lacks
        ("Turkish forces shelled villages near Marea and Azaz.", {"Azaz"}),
        # examples of the sentence's plural object
        (
            "Syrian forces recaptured several towns, including Palmyra, Al-Mayadin and Al-Bukamal.",
            {"Palmyra", "Al-Mayadin", "Abu Kamal"},
        ),
    ],
)
def test_every_name_of_a_list_is_where_it_happened(
    tmp_path: Path, text: str, places: set[str]
) -> None:
    events = _events(tmp_path, text)
    assert set(events) == places
    assert {e.category for e in events.values()} == {"incident"}


def test_an_opening_clause_joined_by_comma_and_is_no_list(tmp_path: Path) -> None:
    text = "Iranian forces fired rockets at the Golan Heights, and Israel responded."
    assert "Israel" not in _events(tmp_path, text)


def test_a_place_in_a_relative_clause_takes_none_of_the_main_clauses_verbs(
    tmp_path: Path,
) -> None:
    text = (
        "Russia, which keeps warplanes at the Hmeimim air base and ships at its naval "
        "facility in Tartus, condemned the attack on 2 April 2024 as unacceptable."
    )
    events = _events(tmp_path, text)
    assert {e.category for e in events.values()} == {"base"}


@pytest.mark.parametrize(
    "text",
    [
        "Between 2012 and 2016, detainees died in large numbers at Saydnaya military prison.",
        "In 2013 deaths in custody were documented at Saydnaya military prison.",
        "In 2014 prisoners were tortured to death at Saydnaya military prison.",
        # the noun a list of sites is headed by says what they are, not what happened
        "Between 2012 and 2016, detainees died in large numbers in facilities including "
        "Saydnaya military prison and the Air Force Intelligence branch at Mezzeh.",
    ],
)
def test_deaths_in_custody_are_killings_at_the_prison(tmp_path: Path, text: str) -> None:
    assert _events(tmp_path, text)["Saydnaya Prison"].category == "incident"


def test_a_capital_the_rebels_have_taken_was_captured(tmp_path: Path) -> None:
    text = (
        "On 8 December 2024 rebels led by Hayat Tahrir al-Sham said they have taken Damascus "
        "and that Bashar al-Assad has fled."
    )
    assert _events(tmp_path, text)["Damascus"].category == "incident"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "From 1982 bus convoys of Iran's Hajj and Pilgrimage Organization reached the shrine "
            "town overland via Bab al-Hawa.",
            "Bab al-Hawa Border Crossing",
        ),
        (
            "In 2010 Iranian pilgrims landed at Damascus International Airport every day.",
            "Damascus International Airport",
        ),
    ],
)
def test_pilgrims_passing_a_crossing_or_an_airport_are_traffic_there(
    tmp_path: Path, text: str, place: str
) -> None:
    assert _events(tmp_path, text)[place].category == "other"


def test_a_new_republic_recognised_is_recognised(tmp_path: Path) -> None:
    text = "In February 1979 Syria recognised the new Islamic Republic within days."
    assert _events(tmp_path, text)["Iran"].category == "diplomacy"


def test_a_refuge_is_where_people_fled_to_not_where_they_were_killed(tmp_path: Path) -> None:
    text = (
        "In March 2025, thousands of Alawite civilians fleeing sectarian killings in the "
        "countryside of Latakia and Tartus sought refuge at Hmeimim, where Russian troops let "
        "them camp."
    )
    events = _events(tmp_path, text)
    assert events["Khmeimim Air Base"].category != "incident"
    assert events["Latakia Governorate"].category == "incident"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraq summoned the US charge d'affaires in Baghdad on Saturday.", "Baghdad"),
        # the ministry an envoy is summoned to is where the summons happened (not a
        # ministry speaking from its city: "the ministry in Tehran said")
        ("The Swiss charge d'affaires was summoned to the Foreign Ministry in Tehran on "
         "3 June 2019.", "Tehran"),
        ("Syria's envoy was summoned to the ministry in Ankara in 2012.", "Ankara"),
    ],
)  # fmt: skip
def test_summoning_an_envoy_is_diplomacy(tmp_path: Path, text: str, place: str) -> None:
    assert _events(tmp_path, text)[place].category == "diplomacy"


def test_a_ministry_speaking_from_its_city_is_no_summons(tmp_path: Path) -> None:
    text = "The foreign ministry in Tehran said in 2019 that the envoy had been summoned."
    assert "Tehran" not in _events(tmp_path, text)


@pytest.mark.parametrize(
    "links",
    [
        "Read Next: Syria cancels Russian contract to run Tartus port",
        "*Related notes: [Shadow fleets](#) · [Russia's Tartus lease: what is left?](#)*",
    ],
)
def test_a_read_next_link_is_no_prose(tmp_path: Path, links: str) -> None:
    text = f"Israeli jets struck Homs.\n\n{links}"
    assert set(_events(tmp_path, text)) == {"Homs"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli jets struck the Hmeimim airbase in Latakia.",
            [("Hmeimim airbase", "Khmeimim Air Base"), ("Latakia", "Latakia")],
        ),
        (
            "Russia operates the Hmeimim air base in Latakia province.",
            [
                ("Russia", "Russia"),
                ("Hmeimim air base", "Khmeimim Air Base"),
                ("Latakia", "Latakia Governorate"),
            ],
        ),
        (
            "Protesters stormed the Iranian embassy in Damascus.",
            [("Iranian embassy", "Embassy of Iran, Damascus"), ("Damascus", "Damascus")],
        ),
        # a town near the site is a landmark, not the site's town: one phrase
        (
            "Jets used the air base near Jableh.",
            [("air base near Jableh", "Khmeimim Air Base")],
        ),
    ],
)
def test_a_site_phrase_naming_its_town_is_two_mentions(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("In 2019 crowds stormed the US embassy in Baghdad's Green Zone.", "Baghdad"),
        ("In August 2020 the blast devastated Beirut's Gemmayzeh district.", "Beirut"),
    ],
)
def test_the_town_owning_a_site_in_the_possessive_shares_its_event(
    tmp_path: Path, text: str, town: str
) -> None:
    assert town in _events(tmp_path, text + "\n")


def test_the_head_noun_after_a_sites_gloss_is_its_name_not_a_base_event(tmp_path: Path) -> None:
    text = "On 2 April 2025 Israeli strikes hit the T4 (Tiyas) airbase in Homs governorate.\n"
    events = _events(tmp_path, text)
    assert {p: e.category for p, e in events.items()} == {
        "Tiyas Military Airbase": "incident",
        "Homs Governorate": "incident",
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In 2024 Iran said it had evacuated some 4,000 of its nationals from Syria.", "Syria"),
        ("In 2024 Hezbollah has withdrawn its fighters from Qusayr.", "Al-Qusayr"),
    ],
)
def test_where_people_were_evacuated_from_is_where_it_happened(
    tmp_path: Path, text: str, place: str
) -> None:
    assert place in _events(tmp_path, text + "\n")


def test_a_company_taking_over_a_ports_management_seized_nothing(tmp_path: Path) -> None:
    text = "In October 2019 an Iranian company took over the management of Latakia port.\n"
    assert _events(tmp_path, text)["Port of Latakia"].category == "other"


def test_a_namesake_graveyard_of_another_town_is_that_towns(tmp_path: Path) -> None:
    text = "He was buried in the Wadi-us-Salaam graveyard of Qom on 2 November 2015.\n"
    assert set(_events(tmp_path, text)) == {"Qom"}  # not Najaf's Wadi al-Salam


def test_a_killing_named_with_its_place_is_not_the_funerals_elsewhere(tmp_path: Path) -> None:
    text = "In 2013 funerals for fighters killed in Syria became common in Najaf and Karbala.\n"
    events = _events(tmp_path, text)
    assert (events["Syria"].category, events["Karbala"].category) == ("incident", "other")
    general = "In 2015 an Iranian general was killed in Syria near Aleppo by Islamic State.\n"
    assert _events(tmp_path, general)["Aleppo"].category == "incident"


def test_a_basing_agreement_is_a_base_event_at_the_base(tmp_path: Path) -> None:
    text = "In 2017 Russia and Syria signed a 49-year agreement on the Hmeimim air base.\n"
    assert _events(tmp_path, text)["Khmeimim Air Base"].category == "base"


def test_a_plenary_session_is_talks(tmp_path: Path) -> None:
    text = "A plenary session was held in Astana on June 21, 2023.\n"
    assert _events(tmp_path, text)["Astana"].category == "diplomacy"


def test_attacks_against_forces_at_a_site_hit_the_site(tmp_path: Path) -> None:
    text = "In 2023 militias continued attacks against U.S. and Coalition forces at MSS Conoco.\n"
    assert _events(tmp_path, text)["Conoco gas field"].category == "incident"


def test_the_two_posts_of_the_damascus_beirut_crossing_are_two_places() -> None:
    masnaa, jdeidet = _places("The Masnaa crossing faces Jdeidet Yabous.")
    assert masnaa[1] == "Masnaa Border Crossing" and jdeidet[1] == "Jdeidet Yabous Border Crossing"


def test_strikes_reported_on_a_list_of_sites_hit_the_first_too(tmp_path: Path) -> None:
    text = (
        "In December 2024 numerous airstrikes were reported on Mezzeh military airport, "
        "Shayrat airbase in Homs province, and naval vessels at the port of Latakia.\n"
    )
    events = _events(tmp_path, text)
    assert events["Mezzeh Military Airport"].category == "incident"
    assert events["Shayrat Airbase"].category == "incident"


def test_a_site_its_owner_would_keep_exists_however_the_plan_is_put(tmp_path: Path) -> None:
    text = "Mr Putin said Russia would keep its naval facility in Tartus and the Hmeimim base.\n"
    events = _events(tmp_path, text)
    assert events["Russian naval facility in Tartus"].category == "base"
    debunked = "Posts claim that it shows a strike destroying Russia's Hmeimim air base.\n"
    assert "Khmeimim Air Base" not in _events(tmp_path, debunked)


def test_the_town_of_a_site_phrase_gets_the_sites_event(tmp_path: Path) -> None:
    events = _events(tmp_path, "Israeli jets struck the Hmeimim airbase in Latakia.")
    assert {p: e.category for p, e in events.items()} == {
        "Khmeimim Air Base": "incident",
        "Latakia": "incident",
    }


def test_an_english_at_before_a_name_is_no_arabic_article(tmp_path: Path) -> None:
    assert _places("Russia set up a helicopter base at Tabqa.")[-1][0] == "Tabqa"
    events = _events(tmp_path, "Russia set up a helicopter base at Tabqa.")
    assert [e.category for e in events.values()] == ["base"]


def test_the_commercial_port_of_tartus_is_not_the_russian_naval_facility() -> None:
    found = _places("Damascus cancelled the contract to run the commercial port of Tartus.")
    assert ("commercial port of Tartus", "Port of Tartus (commercial)") in found


def test_a_saved_pages_read_next_link_without_a_colon_is_no_prose(tmp_path: Path) -> None:
    text = (
        "Israeli jets struck Homs.\n\nRead Next Syria cancels Russian contract to run Tartus port"
    )
    assert set(_events(tmp_path, text)) == {"Homs"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "US forces based at the al-Omar oil field have come under more than 160 rocket "
            "and drone attacks since October.",
            "Al-Omar oil field",
        ),
        ("The Hmeimim base has itself been attacked several times.", "Khmeimim Air Base"),
    ],
)
def test_a_site_that_was_hit_is_an_incident_whatever_it_is(
    tmp_path: Path, text: str, place: str
) -> None:
    assert _events(tmp_path, text)[place].category == "incident"


def test_jets_based_at_a_site_strike_elsewhere(tmp_path: Path) -> None:
    events = _events(tmp_path, "Jets based at Hmeimim struck Idlib.")
    assert events["Khmeimim Air Base"].category == "base"
    assert events["Idlib Governorate"].category == "incident"


def test_a_clause_between_the_strike_and_a_base_keeps_the_base_a_base(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "In 2019 Israeli jets struck Damascus airport, which Iran used, and Russia kept "
        "its jets at the Hmeimim air base.",
    )
    assert events["Khmeimim Air Base"].category == "base"


@pytest.mark.parametrize(
    "verb", ["was exposed to several Israeli strikes", "were subjected to shelling"]
)
def test_a_site_exposed_or_subjected_to_attacks_was_attacked(tmp_path: Path, verb: str) -> None:
    events = _events(tmp_path, f"In 2019 the Shayrat airbase in Syria {verb}.")
    assert events["Shayrat Airbase"].category == "incident"


@pytest.mark.parametrize(
    ("record", "places"),
    [
        ("| 2 | Samer AL-ASSAD | DOB: 1974; POB: Qardaha, Syria | Owns a firm. |", set()),
        ("| 2 | Al-Qatirji Company | Address: Aleppo; Damascus | Transported fuel. |", set()),
        ("| 5 | Ismail Qaani | Place of birth: Mashhad, Iran | Visited Homs in 2023. |", {"Homs"}),
    ],
)
def test_a_sanctions_records_birthplace_and_address_are_no_events(
    tmp_path: Path, record: str, places: set[str]
) -> None:
    header = "| No | Name | Identifying information | Reasons |\n|---|---|---|---|\n"
    assert set(_events(tmp_path, header + record)) == places


def test_a_birth_date_and_birthplace_date_and_place_no_event(tmp_path: Path) -> None:
    events = _events(tmp_path, "Ismail Qaani, born on 8 August 1957 in Mashhad, visited Homs.")
    assert {name: e.date_start for name, e in events.items()} == {"Homs": None}


def test_the_object_after_a_strikes_colon_was_struck(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "In 2019 Israel hit Iranian targets: the weapons depots at Damascus International Airport.",
    )
    assert events["Damascus International Airport"].category == "incident"
    aims = _events(tmp_path, "In 2019 Israel had one aim: to keep the Hmeimim air base safe.")
    assert aims["Khmeimim Air Base"].category == "base"


def test_an_embassy_broken_into_is_an_incident_there(tmp_path: Path) -> None:
    events = _events(
        tmp_path, "In December 2024 crowds broke into the Iranian embassy in Damascus."
    )
    assert events["Embassy of Iran, Damascus"].category == "incident"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        pytest.param(
            "In October 2023 the attacks targeted the al-Omar oil field, the Conoco gas field, "
            "the al-Shaddadi base and the al-Tanf garrison in Syria.",
            {
                "Al-Omar oil field": "incident",
                "Conoco gas field": "incident",
                "Al-Shaddadi": "incident",
                "Al-Tanf garrison": "incident",
            },
            id="every listed object of a strike was struck",
        ),
        pytest.param(
            "Israeli jets struck warehouses in Masyaf, an airbase at Kiswah in December 2017 "
            "and the Mezzeh military airport in March 2023.",
            {"Masyaf": "incident", "Al-Kiswah": "incident", "Mezzeh Military Airport": "incident"},
            id="a strike list whose items carry places and dates",
        ),
        pytest.param(
            "In January 2016 Russia was granted the use of the Hmeimim airfield near Jableh in "
            "Latakia province.",
            {"Khmeimim Air Base": "base", "Latakia Governorate": "base"},
            id="the province of a town that only locates a site holds the site",
        ),
        pytest.param(
            "In July 2020 a Hezbollah post in al-Qusayr, Homs countryside, was hit.",
            {"Al-Qusayr": "incident", "Homs Governorate": "incident"},
            id="a province after a comma holds the place before it",
        ),
    ],
)
def test_the_places_of_a_sentence_and_their_categories(
    tmp_path: Path, text: str, categories: dict[str, str]
) -> None:
    assert {name: e.category for name, e in _events(tmp_path, text).items()} == categories


def test_places_listed_after_commas_hold_none_of_each_other() -> None:
    listed = "| Hezbollah | Lebanon | Qusayr, Qalamoun, Aleppo |"
    sentence = Sentence(0, len(listed), listed, 0, 0)
    assert containers(default_matcher().find(listed), sentence) == {}


def test_a_verb_after_a_strike_lists_and_starts_another_clause(tmp_path: Path) -> None:
    summoned = _events(
        tmp_path,
        "In 2024 Iraq condemned the strikes in al-Qaim and Akashat and summoned the US "
        "charge d'affaires in Baghdad.",
    )
    assert summoned["Baghdad"].category == "diplomacy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran-backed militias attacked U.S. forces in Iraq.",
        "The drones targeted U.S. and coalition forces in Iraq.",
        "The U.S.-backed SDF seized Raqqa.",
        "The strikes answered attacks against U.S. personnel in Iraq.",
    ],
)
def test_an_abbreviated_country_before_a_noun_is_whose_not_where(
    tmp_path: Path, sentence: str
) -> None:
    # "U.S." ends in a dot, which the mention leaves out: the word after it still counts
    assert "United States" not in _events(tmp_path, sentence)


def test_an_abbreviated_country_as_a_destination_stays_a_place(tmp_path: Path) -> None:
    assert "United States" in _events(tmp_path, "Protests took place in the U.S. on Monday.")


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        # where the fire came from
        ("The Israeli enemy carried out an air aggression from the direction of the occupied "
         "Syrian Golan, targeting sites in Damascus.", "Damascus", "Golan Heights"),
        ("The Israeli enemy launched an aerial aggression from the direction of northwest of "
         "Tripoli inside Lebanese territory, targeting sites in Hama.", "Hama", "Tripoli"),
        # a wire's legal note on a group, as its own line: no event in Russia
        ("On 8 September 2021 militants shelled Kabani in Latakia. * Jabhat al-Nusra is a "
         "terrorist organization outlawed in Russia.", "Latakia Governorate", "Russia"),
        # an envoy's post, met somewhere the phrase does not say
        ("On 13 June 2023 in Aleppo he met the Islamic Republic's ambassador to Damascus.",
         "Aleppo", "Damascus"),
        # a compass offset in apposition to a name the gazetteer may lack, or a site noun
        ("A convoy was attacked near Urum al-Kubra, west of Aleppo, in Idlib.", "Idlib Governorate",
         "Aleppo"),
        ("Rebels shelled the Jandar power station, south of Homs, and a depot in Hama.",
         "Hama", "Homs"),
        ("Missiles were fired at the al-Kiswah area, south of Damascus.", "Al-Kiswah",
         "Damascus"),
        # a route's waypoints
        ("Iranian pilgrims arrived in Damascus via Turkey and Iraq.", "Damascus", "Iraq"),
        ("IRGC contingents deployed to Lebanon via Syria in 1982.", "Lebanon", "Syria"),
        ("Pilgrims travelled overland through Turkey and arrived in Damascus.", "Damascus",
         "Turkey"),
        # where the people who speak are
        ("Travel agents in Baghdad said pilgrim bookings to Damascus had collapsed.",
         "Damascus", "Baghdad"),
        ("Travel agencies in Mashhad and Qom tell Tasnim that tours to Damascus have been "
         "cancelled.", "Damascus", "Mashhad"),
        ("Residents of Homs told AFP that Russian jets had struck Palmyra on 7 May 2019.",
         "Palmyra", "Homs"),
        # another war named as a time or a reason
        ("Israel has stepped up strikes on Iranian targets in Syria since the start of the "
         "war in Gaza.", "Syria", "Gaza"),
        ("By 2024 Russia had redeployed much of its force to the war in Ukraine, and rebels "
         "took Aleppo.", "Aleppo", "Ukraine"),
        ("The Ministry of National Defence in Ankara said its forces had struck targets near "
         "Tal Rifaat on 3 May 2024.", "Tell Rifaat", "Ankara"),
        ("Esper, speaking at Mar-a-Lago in Florida, said the strikes in Iraq worked.", "Iraq",
         "Florida"),
        ("CENTCOM, based in Tampa, Florida, struck positions in Abu Kamal.", "Abu Kamal",
         "Tampa"),
        ("Drones aimed at Jableh were downed a few kilometres from Russia's base at Hmeimim.",
         "Jableh", "Khmeimim Air Base"),
    ],
)  # fmt: skip
def test_places_that_only_locate_route_or_seat_are_no_event_places(
    tmp_path: Path, sentence: str, kept: str, dropped: str
) -> None:
    # where fire came from, where a site lies, a route's waypoints, a speaker's seat
    events = _events(tmp_path, sentence)
    assert kept in events and dropped not in events


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        # honorifics Persian and Urdu speakers write the Sayyidas' names with
        ("The shrine of Hazrat Sukayna in Darayya was damaged.", "Sayyida Sukayna shrine",
         "incident"),
        # going to a shrine is a pilgrimage there, whoever goes
        ("We went to the shrine of Bibi Ruqayya.", "Sayyidah Ruqayya Mosque", "shrine"),
        ("Pilgrims prayed at the haram of Hazrat Zaynab.", "Sayyidah Zaynab Mosque", "shrine"),
    ],
)  # fmt: skip
def test_shrines_named_with_honorifics_and_visits_to_them(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    assert _events(tmp_path, sentence)[place].category == category


@pytest.mark.parametrize("province", ["Latakia Governorate", "Latakia Province"])
def test_a_site_s_capitalised_province_is_the_province(tmp_path: Path, province: str) -> None:
    events = _events(tmp_path, f"Russia operates from the Hmeimim airbase in {province}.")
    assert "Latakia Governorate" in events and "Latakia" not in events


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike, which Iran and Syria blamed on Israel, killed seven officers in Damascus.",
        "The air strikes on Damascus were attributed to Israel and the United States.",
    ],
)
def test_who_a_strike_is_laid_at_is_no_place_of_it(tmp_path: Path, sentence: str) -> None:
    events = _events(tmp_path, sentence)
    assert "Damascus" in events and "Israel" not in events and "United States" not in events


def test_a_site_its_owner_has_stays_a_site_inside_a_plan(tmp_path: Path) -> None:
    text = (
        "In October 2016 Russia said it plans to turn its naval facility in the Syrian port "
        "of Tartus into a permanent base. Iran plans to build a base in Palmyra.\n"
    )
    events = _events(tmp_path, text)
    assert events["Russian naval facility in Tartus"].category == "base"
    assert "Palmyra" not in events  # a base only planned is no event


def test_arabic_glosses_and_as_well_as_keep_a_list_of_struck_places(tmp_path: Path) -> None:
    text = (
        "In Syria, the raids hit the Imam Ali base (قاعدة الإمام علي) and the al-Hamdan area "
        "near Albukamal, as well as positions in al-Mayadin (الميادين) and the city of Deir "
        "al-Zour (دير الزور), according to the Syrian Observatory.\n"
    )
    events = _events(tmp_path, text)
    for place in ("Abu Kamal", "Al-Mayadin", "Deir ez-Zor"):
        assert events[place].category == "incident", place


def test_an_arabic_gloss_does_not_part_two_conjoined_places(tmp_path: Path) -> None:
    text = "Pilgrims travelled to Najaf (النجف) and Karbala (كربلاء) in October 2019.\n"
    events = _events(tmp_path, text)
    assert events["Karbala"].category == events["Najaf"].category == "shrine"


@pytest.mark.parametrize(
    ("line", "place", "category"),
    [
        ("> Aleppo -- strike near the international airport killed dozens.", "Aleppo",
         "incident"),
        ("Kiswah -- IRGC presence reportedly scaled back.", "Al-Kiswah", "base"),
        ("Homs | Hezbollah convoy hit on the Qusayr road.", "Homs", "incident"),
        ("- **Sochi, November 2017**: First trilateral summit.", "Sochi", "diplomacy"),
    ],
)  # fmt: skip
def test_a_quick_hit_s_label_is_where_its_item_happened(
    tmp_path: Path, line: str, place: str, category: str
) -> None:
    assert _events(tmp_path, f"Quick hits\n\n{line}")[place].category == category


def test_the_presidential_palace_in_damascus_is_the_palace_and_its_town(
    tmp_path: Path,
) -> None:
    events = _events(tmp_path, "Israeli jets struck near the presidential palace in Damascus.")
    assert events["People's Palace"].category == events["Damascus"].category == "incident"


def test_a_province_in_brackets_after_a_town_is_not_its_city(tmp_path: Path) -> None:
    text = (
        "Chemical attacks\n\nSyria saw many chemical attacks.\n\n| Date | Place | Agent |\n"
        "|---|---|---|\n| 4 Apr 2017 | Khan Shaykhun (Idlib) | sarin attack |\n"
    )
    events = _events(tmp_path, text)
    assert "Khan Shaykhun" in events and "Idlib" not in events


def test_a_plural_province_noun_reaches_items_that_carry_counts(tmp_path: Path) -> None:
    text = (
        "Report\n\nOver the past 24 hours, 11 ceasefire violations have been registered in "
        "the provinces of Idlib (4), Latakia (2), Hama (3) and Aleppo (2).\n"
    )
    places = {e.place for e in extract_text(tmp_path, text)}
    assert places == {
        "Idlib Governorate",
        "Latakia Governorate",
        "Hama Governorate",
        "Aleppo Governorate",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "On 26 March 2024 airstrikes hit militia positions near the old pumping station west "
        "of Abu Kamal.",
        "On 24 September 2024 explosions hit an arms depot in the al-Hamdan area north of "
        "Albu Kamal.",
        # (al-Mukhtariyah, once the example here, is a gazetteer row now: test_gazetteer)
        "On 7 March 2025 at least 30 men were killed in the village of al-Shalfatiyah east of "
        "Latakia.",
    ],
)
def test_a_town_that_only_locates_a_place_apart_is_no_event_place(
    tmp_path: Path, sentence: str
) -> None:
    assert extract_text(tmp_path, "Report\n\n" + sentence + "\n") == []


def test_a_site_a_town_locates_is_the_event_place_once_the_gazetteer_knows_it(
    tmp_path: Path,
) -> None:
    sentence = (
        "On 26 March 2024 airstrikes hit militia positions near the T2 pumping station west "
        "of Abu Kamal."
    )
    events = extract_text(tmp_path, "Report\n\n" + sentence + "\n")
    assert [(e.place_id, e.category) for e in events] == [("t2-pumping-station", "incident")]


def test_a_town_still_maps_a_base_near_it_and_what_lies_east_of_it(tmp_path: Path) -> None:
    text = (
        "Report\n\nOn 29 April 2018 explosions hit the 47th Brigade base south of Hama. On 3 "
        "May 2019 Israeli jets struck positions east of Homs.\n"
    )
    assert {e.place for e in extract_text(tmp_path, text)} == {"Hama", "Homs"}


def test_a_shared_countryside_names_each_province_and_covers_the_country(
    tmp_path: Path,
) -> None:
    text = (
        "Report\n\nOn 30 September 2015 Russian aircraft carried out their first strikes in "
        "Syria, hitting targets in the countryside of Homs and Hama.\n"
    )
    assert {e.place for e in extract_text(tmp_path, text)} == {
        "Homs Governorate",
        "Hama Governorate",
    }


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        # what residents report hearing happened where they live
        ("Residents of Damascus reported loud explosions early on 3 May 2019.", "Damascus",
         "incident"),
        ("Witnesses in Deir ez-Zor said the strikes hit a depot on 8 May 2019.", "Deir ez-Zor",
         "incident"),
    ],
)  # fmt: skip
def test_what_residents_saw_or_heard_happened_where_they_live(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    assert _events(tmp_path, sentence)[place].category == category


def test_residents_quoted_as_a_source_are_no_event_place(tmp_path: Path) -> None:
    text = (
        "On 7 December 2024 the Russian sailors did not leave the base at Tartus, according "
        "to three residents of Homs."
    )
    assert "Homs" not in _events(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # -- troops killing people at a base, a passive strike after an aside
        (
            "In February 1987 Syrian troops killed 23 Hezbollah members at the Fathallah barracks.",
            "Fathallah barracks",
            "incident",
        ),
        (
            "In 2020 US troops killed a militant at the al-Tanf garrison.",
            "Al-Tanf garrison",
            "incident",
        ),
        # a passive after where the base lies and a participle's aside
        (
            "The Imam Ali compound south-east of Albu Kamal, first exposed by ImageSat in "
            "September 2019, was also reportedly hit in January 2021.",
            "Imam Ali military base",
            "incident",
        ),
        # the killing is another clause's; the base is where the troops were
        (
            "In 2011 troops who killed protesters in Daraa were stationed at the Mezzeh airbase.",
            "Mezzeh Military Airport",
            "base",
        ),
        # -- a strike on "it" later in the sentence is a strike on the site named before
        (
            "T4 is a proper airbase with an Iranian drone hangar inside it, and the Israelis "
            "hit it in February 2018.",
            "Tiyas Military Airbase",
            "incident",
        ),
        (
            "This is the same Imam Ali base Fox News reported in September 2019, and jets "
            "bombed it days later.",
            "Imam Ali military base",
            "incident",
        ),
        # "it" that is no strike's object
        (
            "The Hmeimim air base was expanded in 2017 and it hit a record of sorties.",
            "Khmeimim Air Base",
            "base",
        ),
        # -- a commemoration of the dead is no killing where it is held
        # a killing's word as the title of the dead: the commemoration is what happened
        (
            "In December 2023 Iranians commemorated Sayyed Razi Mousavi, martyred adviser, "
            "in Qom.",
            "Qom",
            "other",
        ),
        ("In 2020 a memorial service for slain commander Soleimani was held in Kerman.",
         "Kerman", "other"),
        # the same words as what happened still are
        ("In 2016 four IRGC advisers were martyred near Aleppo.", "Aleppo", "incident"),
        # -- where fired munitions came down is where they struck
        (
            "In May 2021 several mortar shells fired from Syria landed in open areas in the "
            "southern Golan Heights.",
            "Golan Heights",
            "incident",
        ),
        ("In 2018 two rockets impacted near the Mezzeh airport.", "Mezzeh Military Airport",
         "incident"),
        # what lands otherwise flew there
        ("In 2019 the Russian delegation landed at Hmeimim.", "Khmeimim Air Base", "diplomacy"),
        # -- a battle won and a town surrendered are incidents there
        ("At Issus, in November 333 BCE, Alexander routed Darius III.", "Issus", "incident"),
        # (a baggage train is no training)
        (
            "In 333 BCE Damascus, with the royal baggage train and the women of the Persian "
            "court, was surrendered to Parmenion.",
            "Damascus",
            "incident",
        ),
        ("In 1971 the shah's forces defeated the garrison at Greater Tunb.", "Greater Tunb",
         "incident"),
        # -- a town that hosts a unit's headquarters is its base
        (
            "The Sayyida Zeinab suburb hosts the headquarters of Liwa Fatemiyoun and Liwa "
            "Zainabiyoun.",
            "Sayyidah Zaynab",
            "base",
        ),
        # -- a force's regional commands are its bases
        ("In 2016 the IRGC kept regional commands in Aleppo and Homs.", "Homs", "base"),
        # -- a site's noun that only modifies a violent noun ("shrine bombings")
        ("In 2016 Islamic State claimed the Damascus shrine bombings that killed 71.",
         "Damascus", "incident"),
        # -- an ancient place of a town is the town ("the amphitheatre of Palmyra")
        ("On 5 May 2016 a Russian orchestra performed a concert in the ancient amphitheatre "
         "of Palmyra.", "Palmyra", "other"),
        # -- a leader's stop on the way is a visit
        ("In December 2017, Putin made an unannounced stop at Khmeimim on his way to Egypt.",
         "Khmeimim Air Base", "diplomacy"),
        # -- fighters protecting a place hold it
        ("Iraqi militias were protecting Sayyida Zeinab in 2013.", "Sayyidah Zaynab", "base"),
        # -- a journey's end after "for"
        ("On 1 December 2024, the foreign minister left for Damascus.", "Damascus",
         "diplomacy"),
        # -- the participle of retaking
        ("Troops advanced along the valley, retaking Mayadin on 14 October 2017.",
         "Al-Mayadin", "incident"),
        # -- a saint's honorific before the shrine's name
        ("In 2012 pilgrims prayed at the holy shrine of Lady Zeinab, south of Damascus.",
         "Sayyidah Zaynab Mosque", "shrine"),
        ("In 2019 pilgrims crowded the Hazrat Ruqayya shrine.", "Sayyidah Ruqayya Mosque",
         "shrine"),
        # a ship's stop is traffic
        ("In 2019 the Russian tanker made a stop at Tartus before sailing on.", "Tartus",
         "other"),
    ],
)  # fmt: skip
def test_what_happened_at_a_site_or_town_is_its_category(
    tmp_path: Path, text: str, place: str, category: str
) -> None:
    assert _events(tmp_path, text)[place].category == category


def test_the_ssrc_facility_near_masyaf_is_the_research_centre_site(tmp_path: Path) -> None:
    text = "In September 2017 jets struck an SSRC facility near Masyaf, killing two guards."
    event = next(e for e in _events(tmp_path, text).values() if e.place_id == "masyaf-ssrc")
    assert event.category == "incident"
