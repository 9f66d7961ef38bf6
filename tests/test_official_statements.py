"""Press releases, briefings and parliamentary research papers: the official register's
glosses ("(SDF)", "(also spelled Suwayda)"), adverbs and long noun phrases must not cut a
place off from what happened there."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text


def test_a_bracketed_acronym_does_not_cut_the_strike_from_its_target(tmp_path: Path) -> None:
    text = (
        "Briefing\n\nOn 7 February 2018, pro-government forces including Russian private "
        "military contractors attacked positions held by the Syrian Democratic Forces (SDF) "
        "and US advisers near the Conoco gas plant at Khasham.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Conoco gas field"].category == "incident"
    assert events["Conoco gas field"].date_start == "2018-02-07"


def test_a_spelling_gloss_before_province_still_names_the_province(tmp_path: Path) -> None:
    text = "Report\n\nIn July 2025 fighting broke out in Sweida (also spelled Suwayda) province."
    events = by_place(extract_text(tmp_path, text))
    assert "As-Suwayda Governorate" in events
    assert "As-Suwayda" not in events  # the gloss is the same province, not its capital


def test_an_adverb_inside_the_passive_keeps_the_attack(tmp_path: Path) -> None:
    text = (
        "Briefing\n\nThe garrison at al-Tanf was first targeted on October 19, 2023. The "
        "Mezzeh airbase was reportedly also hit on 2 November 2023.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Al-Tanf garrison"].category == "incident"
    assert events["Mezzeh Military Airport"].category == "incident"


def test_a_name_the_gazetteer_lacks_does_not_break_a_list(tmp_path: Path) -> None:
    text = (
        "Briefing\n\nOn 16 August 2016 aircraft struck training camps in the areas of "
        "Zarbaqa, Aleppo and Deir ez-Zor. Drones hit the power stations at Mhardeh, Zayzoun "
        "and Tartus on 3 May 2019.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Aleppo"].date_start == "2016-08-16"  # after an unknown first item
    assert events["Deir ez-Zor"].category == "incident"
    assert events["Tartus"].date_start == "2019-05-03"  # after an unknown middle item


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        ("Chemical weapons were used against civilians in Douma in 2018.", "Douma",
         "incident"),
        ("ISIS re-entered Palmyra on 11 December 2016.", "Palmyra", "incident"),
        ("HTS enters Damascus on 8 December 2024.", "Damascus", "incident"),
        ("In 2015 Russian jets helped the army recover Aleppo.", "Aleppo", "incident"),
        # trade and fleets: no talks and no force
        ("Syria exported phosphate rock through Tartus in 2010.", "Tartus", "other"),
        ("In 2019 the Homs refinery, which processes heavier crude, was expanded.",
         "Homs refinery", "other"),
    ],
)  # fmt: skip
def test_event_words_of_the_official_register(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    events = by_place(extract_text(tmp_path, f"Report\n\n{sentence}\n"))
    assert events[place].category == category


def test_a_fleet_named_strike_group_strikes_nothing(tmp_path: Path) -> None:
    text = "Report\n\nThe carrier strike group remains in the Eastern Mediterranean in 2023.\n"
    events = extract_text(tmp_path, text)
    assert [e.category for e in events if e.category == "incident"] == []


def test_each_release_of_a_compilation_dates_its_own_lead(tmp_path: Path) -> None:
    text = (
        "COMPILED RELEASES, 2024\n\n"
        "Release No: 20240202-03\nFeb. 2, 2024\n\nStatement on Strikes in Syria\n\n"
        "TAMPA, Fla. - U.S. forces conducted airstrikes in Iraq and Syria today.\n\n"
        "In Syria, the strikes hit militia sites in and around Albu Kamal.\n\n"
        "Release No: 20240810-01\nAug. 10, 2024\n\nAttack on Coalition Forces\n\n"
        "TAMPA, Fla. - On Aug. 9, coalition forces were targeted by a drone.\n\n"
        "A second drone struck the Al-Asad Air Base in western Iraq.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Abu Kamal"].date_start == "2024-02-02"
    assert events["Al Asad Airbase"].date_start == "2024-08-10"


def test_a_day_before_a_long_noun_dates_that_attack(tmp_path: Path) -> None:
    text = (
        "Feb. 2, 2024\n\nStatement\n\nThe strikes follow the Jan. 28 one-way unmanned aerial "
        "system attack on Tower 22, which killed three U.S. service members.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Tower 22"].date_start == "2024-01-28"


def test_a_reporters_question_that_takes_a_strike_as_given_tells_it(tmp_path: Path) -> None:
    text = (
        "Pentagon Press Briefing, Nov. 13, 2023\n\n"
        "Q: Sabrina, how many times has al-Tanf been targeted?\n\n"
        "Q: Will Israel strike the Mezzeh airbase next?\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Al-Tanf garrison"].category == "incident"
    assert "Mezzeh Military Airport" not in events  # what may come is asked, not told


def test_a_question_that_names_a_known_strike_tells_it(tmp_path: Path) -> None:
    text = (
        "Press Call, 10 May 2018\n\n"
        "Q: Was the strike on Kiswah on Tuesday night also Israeli?\n\n"
        "Q: Do you see last month's strike on T4 as part of the same campaign?\n\n"
        "Q: Will the attack on Mezzeh airbase lead to escalation?\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Al-Kiswah"].category == "incident"
    assert events["Tiyas Military Airbase"].category == "incident"
    assert "Mezzeh Military Airport" not in events  # what may come is asked, not told


def test_the_verbless_items_a_sentence_lists_after_its_colon_are_read(tmp_path: Path) -> None:
    text = (
        "Statement, 10 May 2018\n\nIn response, the air force struck dozens of Iranian "
        "targets in Syria overnight. The targets included:\n\n"
        "- Quds Force intelligence sites and the logistics headquarters in al-Kiswah\n"
        "- observation posts in the buffer zone on the Golan\n\n"
        "Share this statement:\n\n- Homs\n"
    )
    events = by_place(extract_text(tmp_path, text, "statement.md"))
    assert events["Al-Kiswah"].category == "incident"
    assert events["Al-Kiswah"].date_start == "2018-05-10"
    assert "Golan buffer zone (UNDOF Area of Separation)" in events
    assert "Homs" not in events  # a menu's items are no sentence's


def test_a_governor_or_a_minor_injury_is_no_negation(tmp_path: Path) -> None:
    text = (
        "Report\n\nOn 20 January 2025, the governor of Tartus announced that the contract "
        "for the port of Tartus had been cancelled. On 18 October 2023, US personnel suffered "
        "minor injuries in drone attacks on al-Tanf.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Port of Tartus (commercial)"].date_start == "2025-01-20"
    assert events["Al-Tanf garrison"].category == "incident"


def test_what_spread_to_a_list_of_towns_happened_in_each(tmp_path: Path) -> None:
    text = (
        "Findings\n\nIn March 2011, protests broke out in Daraa and spread to Homs, Hama and "
        "Baniyas. In April 2011 protests reached Douma, Harasta, Moadamiyeh and other suburbs "
        "of Damascus.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Hama"].date_start == "2011-03"  # after "spread to"
    assert events["Baniyas"].date_start == "2011-03"
    assert events["Muadamiyat al-Sham"].date_start == "2011-04"  # "and other suburbs of"


def test_what_was_hit_between_two_towns_was_hit_at_both(tmp_path: Path) -> None:
    text = (
        "Report\n\nOn 13 January 2021, strikes attributed to Israel hit warehouses and militia "
        "posts between Deir ez-Zor and Albu Kamal.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Deir ez-Zor"].category == "incident"
    assert events["Abu Kamal"].date_start == "2021-01-13"


def test_where_bombers_took_off_from_is_a_base(tmp_path: Path) -> None:
    text = "Briefing\n\nOn 16 August 2016 Tu-22M3 bombers took off from Hamadan.\n"
    events = by_place(extract_text(tmp_path, text))
    assert events["Hamadan"].category == "base"
    assert events["Hamadan"].date_start == "2016-08-16"


def test_towns_a_site_lies_between_only_locate_it(tmp_path: Path) -> None:
    text = (
        "Report\n\nBefore dawn on 9 April 2018, missiles hit the T4 airbase, in the desert "
        "between Homs and Palmyra, killing seven Iranians.\n"
    )
    assert [e.place for e in extract_text(tmp_path, text)] == ["Tiyas Military Airbase"]


def test_a_list_goes_on_past_a_compass_word_and_a_time_phrase(tmp_path: Path) -> None:
    text = (
        "Speech\n\nThe offensives of 2018 allowed the army to retake Eastern Ghouta, northern "
        "Homs and Daraa province. The funeral processions in Ahvaz, Mashhad, Tehran and "
        "before that in Baghdad and Najaf drew millions in January 2020.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Homs Governorate"].category == "incident"
    assert events["Mashhad"].date_start == "2020-01"


def test_crowds_entering_an_embassy_is_no_visit(tmp_path: Path) -> None:
    text = "Report\n\nOn 8 December 2024 crowds entered the Iranian embassy in Damascus.\n"
    events = by_place(extract_text(tmp_path, text))
    assert events["Embassy of Iran, Damascus"].category == "incident"


def test_what_the_residents_of_a_town_suffered_happened_there(tmp_path: Path) -> None:
    text = (
        "Report\n\nThe last residents of Fuah and Kefraya were bussed out on 19 July 2018. "
        "Residents of Aleppo reported explosions on 3 May 2019.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Kafriya"].date_start == "2018-07-19"
    # what they heard happened where they live (no other place is named)
    assert events["Aleppo"].category == "incident"


def test_a_list_whose_items_carry_counts_keeps_them_all(tmp_path: Path) -> None:
    text = (
        "Briefing\n\nOn 12 May 2023, ceasefire violations were registered in Latakia "
        "province (2), Idlib province (3), Aleppo province (1) and Hama province (1).\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Aleppo Governorate"].category == "incident"  # a truce broken, no talks
    assert events["Hama Governorate"].date_start == "2023-05-12"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The FFM concluded that people were exposed to sarin in Khan Shaykhun on 4 April 2017.",
         "Khan Shaykhun"),
        ("A helicopter dropped a cylinder on the Ltamenah hospital on 25 March 2017.",
         "Al-Lataminah"),
        ("The IIT investigated the incident of 7 April 2018 in Douma.", "Douma"),
        ("The OPCW found that chlorine was released in Saraqib on 4 February 2018.", "Saraqib"),
    ],
)  # fmt: skip
def test_the_words_of_chemical_weapons_reports_tell_an_attack(
    tmp_path: Path, sentence: str, place: str
) -> None:
    events = by_place(extract_text(tmp_path, f"Report\n\n{sentence}\n"))
    assert events[place].category == "incident"


def test_the_chemical_weapons_watchdog_is_no_attack(tmp_path: Path) -> None:
    text = (
        "Report\n\nOn 14 April 2018 inspectors of the Organisation for the Prohibition of "
        "Chemical Weapons arrived in Damascus.\n"
    )
    assert by_place(extract_text(tmp_path, text))["Damascus"].category != "incident"


def test_and_then_or_neighbouring_goes_on_with_the_list(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn November 2013 Hezbollah captured Qara and then al-Nabk. In 2017 fighters "
        "were evacuated from Zabadani and neighbouring Madaya.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["An Nabk"].category == "incident"
    assert events["Madaya"].date_start == "2017"


def test_a_town_that_served_as_a_base_is_one(tmp_path: Path) -> None:
    text = (
        "Report\n\nSince 2013 Qusayr has served for more than a decade as the group's rear base.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Al-Qusayr"].category == "base"


def test_a_visit_someone_was_unable_to_make_is_none(tmp_path: Path) -> None:
    text = "Report\n\nIn April 2017 the mission was unable to visit Khan Shaykhun.\n"
    assert extract_text(tmp_path, text) == []


def test_the_town_an_unknown_village_is_near_only_locates_it(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn Arzah, a village near Muhradah, residents said that nine people were "
        "killed on 8 March 2025.\n"
    )
    assert extract_text(tmp_path, text) == []


def test_a_town_named_in_apposition_is_the_passives_subject(tmp_path: Path) -> None:
    text = (
        "Report\n\nOn November 19, 2017, the last Daesh stronghold in Syria, Abu Kamal, "
        "was liberated.\n"
    )
    assert [e.place for e in extract_text(tmp_path, text)] == ["Abu Kamal"]


def test_a_participle_in_apposition_tells_what_the_site_suffered(tmp_path: Path) -> None:
    text = "Report\n\nIts consulate in Aleppo, stormed by rebel fighters on Nov. 29, 2024.\n"
    assert by_place(extract_text(tmp_path, text))["Aleppo"].category == "incident"


def test_a_perfect_passive_with_an_adverb_keeps_the_strike(tmp_path: Path) -> None:
    text = "Report\n\nThe embassy compound in Damascus had already been hit on 1 April 2024.\n"
    assert by_place(extract_text(tmp_path, text))["Damascus"].category == "incident"


def test_every_site_a_sentence_lists_as_targets_was_struck(tmp_path: Path) -> None:
    text = (
        "Report\n\nTargets reported in open sources included the Mezzeh military airport, "
        "Qamishli airport, and the naval facilities at Latakia, on 9 December 2024.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert {e.category for e in events.values()} == {"incident"}
    assert "Qamishli Airport" in events


def test_every_town_listed_before_fell_fell(tmp_path: Path) -> None:
    text = "Report\n\nIn December 2024 Aleppo, Hama and Homs fell within ten days.\n"
    events = by_place(extract_text(tmp_path, text))
    assert {events[p].category for p in ("Aleppo", "Hama", "Homs")} == {"incident"}


def test_where_patrols_set_out_from_is_a_base(tmp_path: Path) -> None:
    text = "Report\n\nIn November 2019 Russia set up patrols from Manbij.\n"
    assert by_place(extract_text(tmp_path, text))["Manbij"].category == "base"


def test_sanctions_and_court_boilerplate_names_no_event(tmp_path: Path) -> None:
    events = extract_text(
        tmp_path,
        "Treasury sanctions oil network\n\n"
        "As a result of today's action, all property and interests in property of the "
        "designated persons that are in the United States or in the possession or control "
        "of U.S. persons must be blocked and reported to OFAC.\n\n"
        "Executed in Washington, D.C., on this 20th day of April, 2022.\n\n"
        "On the 3rd day of May, 2019, militants executed five men in Raqqa.\n",
        "release.txt",
    )
    assert [(e.place, e.date_start) for e in events] == [("Raqqa", "2019-05-03")]


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        # a town's named cemetery after its possessive
        ("He was buried in Isfahan's Golestan-e Shohada on Friday.", "Isfahan", "other"),
        ("He was laid to rest in Qom's Golzar-e Shohada cemetery.", "Qom", "other"),
        # the dead brought home are no visitors
        ("Hojaji's remains arrived at Tehran's Imam Khomeini airport.", "Tehran", "other"),
        ("The bodies of the martyrs arrived at Sari's airport late on Monday.", "Sari", "other"),
        ("Mourners gathered in Sari carrying the flag-draped coffins.", "Sari", "other"),
        # a minister's arrival still is one
        ("Foreign Minister Araghchi arrived in Damascus on Monday.", "Damascus", "diplomacy"),
    ],
)
def test_funerals_and_the_dead_brought_home(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    text = f"Funerals\nTehran, April 14, 2018 (Mehr)\n\n{sentence}\n"
    events = by_place(extract_text(tmp_path, text, "mehr.txt"))
    assert events[place].category == category


def test_where_a_traveller_leaves_from_is_no_visit(tmp_path: Path) -> None:
    text = (
        "Raisi trip\nTehran, May 3, 2023 (IRNA)\n\n"
        "Before leaving Mehrabad Airport in Tehran on Wednesday morning, Raisi told "
        "reporters the visit was important.\n\nRaisi arrived in Damascus on Wednesday.\n"
    )
    assert {e.place for e in extract_text(tmp_path, text, "irna.txt")} == {"Damascus"}


def test_a_treatys_closing_formula_is_its_signing(tmp_path: Path) -> None:
    text = (
        "Agreement\n\nDone at Damascus on 26 August 2015, in two copies, each in the Russian "
        "and Arabic languages.\n\nThe repair work done at the base in Tartus took years.\n"
    )
    events = by_place(extract_text(tmp_path, text, "treaty.txt"))
    assert (events["Damascus"].category, events["Damascus"].date_start) == (
        "diplomacy",
        "2015-08-26",
    )
    assert all(e.category != "diplomacy" for p, e in events.items() if p != "Damascus")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Homs, Syria's third-largest city, fell to the rebels on 7 December 2024.", "Homs"),
        ("On 5 December 2024 Hama, the fourth-largest city, fell after a week of fighting.",
         "Hama"),
    ],
)  # fmt: skip
def test_a_town_that_fell_with_an_apposition_between_fell(
    tmp_path: Path, text: str, place: str
) -> None:
    events = by_place(extract_text(tmp_path, f"Report\n\n{text}\n"))
    assert events[place].category == "incident"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2 April 2025 Israeli jets hit sites from Deir ez-Zor to Al-Bukamal.",
         {"Deir ez-Zor": "incident", "Abu Kamal": "incident"}),
        ("In October 2024 Israeli shells hit villages from Khiam up to Odaisseh.",
         {"Khiam": "incident", "Odaisseh": "incident"}),
        # a journey from one place to another: only where it went
        ("In May 2019 the minister flew from Tehran to Damascus.", {"Damascus": "diplomacy"}),
    ],
)  # fmt: skip
def test_what_stretches_from_one_place_to_another_is_at_both(
    tmp_path: Path, text: str, expected: dict[str, str]
) -> None:
    events = extract_text(tmp_path, f"Report\n\n{text}\n")
    assert {e.place: e.category for e in events} == expected


def test_a_countrys_territory_is_the_country(tmp_path: Path) -> None:
    text = (
        "SOHR\n\nSOHR has documented 112 Israeli attacks on Syrian territory since the "
        "beginning of 2024.\n\nSyrian forces shelled Idlib in 2019.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Syria"].category == "incident"
    assert set(events) == {"Syria", "Idlib Governorate"}  # "Syrian" alone is still no place


@pytest.mark.parametrize(
    "text",
    [
        "On 2 April 2024 Iranian officials called the strike an attack on Iranian soil.",
        "On 7 October 2015 Russian warships fired 26 Kalibr missiles at targets in Syria, "
        "flying over Iran and Iraq.",
        "In 2016 Russia brought in Il-76 flights through Iran and Iraq.",
    ],
)
def test_what_a_strike_is_called_or_a_flight_passes_over_is_no_place_of_it(
    tmp_path: Path, text: str
) -> None:
    events = by_place(extract_text(tmp_path, f"Report\n\n{text}\n"))
    assert not {"Iran", "Iraq"} & set(events)


def test_a_meeting_records_speaker_label_lends_no_preposition(tmp_path: Path) -> None:
    text = (
        "Security Council, 9602nd meeting\n\nMr. Fu Cong (China) (spoke in Chinese): China "
        "strongly condemns the attack on the Iranian Embassy in Syria.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert "China" not in events
    assert events["Embassy of Iran, Damascus"].category == "incident"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 February 2024 aircraft were heard over the Euphrates.",
        "In 2019 the base became the hub for Russian operations east of the Euphrates.",
        "On 25 September 2017 the shelling took place on the eastern bank of the Euphrates.",
    ],
)
def test_a_rivers_middle_is_no_event_place(tmp_path: Path, text: str) -> None:
    assert "Euphrates" not in by_place(extract_text(tmp_path, f"Report\n\n{text}\n"))


def test_a_lists_items_glossed_with_their_province_are_all_items(tmp_path: Path) -> None:
    text = (
        "Briefing of 14 March 2019\n\nOver the past 24 hours, militants shelled the "
        "settlements of Rabia, Kinsabba (Latakia province), Al-Wadihi, Khan Touman (Aleppo "
        "province) and "
        "Tell Rifaat (Aleppo province).\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert {"Kinsabba", "Khan Tuman", "Tell Rifaat"} <= set(events)
    assert events["Khan Tuman"].category == "incident"
    # the gloss says where an item is; the province was not shelled
    assert "Latakia Governorate" not in events and "Aleppo Governorate" not in events


def test_a_lists_item_glossed_with_its_other_name_goes_on_to_the_next(tmp_path: Path) -> None:
    text = (
        "News\n\nIn 2019 Russia set up detachments in Kobani (Ayn al-Arab), Ain Issa and "
        "Tell Tamr.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert {place: e.category for place, e in events.items()} == {
        "Kobani": "base", "Ain Issa": "base", "Tal Tamr": "base",
    }  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "On 12 May 2023, militants violated the truce near Kafr Nabl.",
        "On 12 May 2023, rebels breached the ceasefire near Kafr Nabl.",
    ],
)
def test_a_truce_broken_is_an_incident(tmp_path: Path, sentence: str) -> None:
    event = by_place(extract_text(tmp_path, f"Briefing\n\n{sentence}\n"))["Kafr Nabl"]
    assert (event.category, event.event) == ("incident", "Ceasefire violation in Kafr Nabl")


def test_where_the_speaking_centre_is_based_is_no_base_at_the_place_it_helped(
    tmp_path: Path,
) -> None:
    text = (
        "Briefing of 14 March 2019\n\nThe Russian Centre for Reconciliation, based at the "
        "Hmeymim airbase, delivered 2.5 tonnes of food to the residents of Al-Harabesh.\n"
    )
    assert by_place(extract_text(tmp_path, text))["Harabesh"].category == "other"


def test_what_ministers_met_to_discuss_is_no_place_of_theirs(tmp_path: Path) -> None:
    text = (
        "Update, 29 January 2024\n\nIraq's interior minister received Iranian Interior "
        "Minister Ahmad Vahidi in Baghdad on January 28 to discuss security arrangements for "
        "the Arbaeen pilgrimage to Karbala.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Baghdad"].category == "diplomacy"  # the meeting, not the topic's pilgrimage
    assert "Karbala" not in events


def test_a_defendant_lists_hometown_is_no_event_but_its_narrative_is(tmp_path: Path) -> None:
    text = (
        "Six Charged in Scheme to Ship Iranian Oil to Syria\n\n"
        "Defendants Allegedly Used Front Companies to Disguise Tanker Deliveries\n\n"
        "WASHINGTON – An indictment charges six individuals in a scheme to sell Iranian "
        "crude oil to the government of Bashar al-Assad.\n\n"
        "According to court documents, the defendants are:\n\n"
        "  - Majid Rostami, 54, an Iranian national residing in Tehran;\n"
        "  - Tarek Mansour, 39, a Syrian national and an engineer;\n"
        "  - Mehmet Kaan Aydemir, 44, a Turkish national of Istanbul; and\n"
        "  - Farid Haddad, 52, a Lebanese national of Sidon.\n\n"
        "On or about March 3, 2019, the tanker discharged its cargo at Baniyas.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert "Istanbul" not in events
    assert "Sidon" not in events
    assert events["Baniyas"].date_start == "2019-03-03"
