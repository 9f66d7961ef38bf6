"""Disasters, relief work and traffic: what humanitarian reports and notices tell of. An earthquake
"struck" no target, aid teams "deployed" to a town make no base, a town that "hosted"
displaced families held no talks. Whole documents through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        pytest.param(
            "On 6 February 2023 a magnitude 7.8 earthquake struck southern Turkey and the "
            "governorates of Aleppo and Latakia.",
            "Latakia Governorate",
            "other",
            id="an earthquake strikes no target",
        ),
        pytest.param(
            "Dozens of buildings collapsed in Jableh, damaged by the earthquakes.",
            "Jableh",
            "other",
            id="damaged by the earthquakes",
        ),
        pytest.param(
            "SARC teams deployed two mobile clinics to Al-Mayadin after the storms.",
            "Al-Mayadin",
            "other",
            id="aid teams deployed are no deployment of forces",
        ),
        pytest.param(
            "The UN dispatched the first inter-agency convoy from Damascus to Jableh.",
            "Jableh",
            "other",
            id="a convoy of aid dispatched",
        ),
        pytest.param(
            "Around 30 collective shelters have been opened in Tartus, mostly in schools.",
            "Tartus",
            "other",
            id="shelters opened are no opening of an embassy",
        ),
        pytest.param(
            "WFP distributed food parcels to 4,000 families in Jaramana on 5 October.",
            "Jaramana",
            "other",
            id="aid distributed",
        ),
        pytest.param(
            "The Nasib crossing was reopened by Jordanian authorities in December 2024.",
            "Nasib border crossing",
            "other",
            id="a crossing reopened is traffic, not relations",
        ),
        pytest.param(
            "Damascus International Airport suspended commercial operations on 8 December 2024.",
            "Damascus International Airport",
            "other",
            id="an airport's operations suspended",
        ),
        pytest.param(
            "In March 2025 the local council began removing rubble in Abu Kamal.",
            "Abu Kamal",
            "other",
            id="rubble cleared away is reconstruction",
        ),
        pytest.param(
            "On 20 February 2023 a magnitude 6.3 aftershock was centred near Antakya.",
            "Antakya",
            "other",
            id="an aftershock",
        ),
        pytest.param(
            "A curfew was imposed in Latakia from 7 March 2025.",
            "Latakia",
            "other",
            id="a curfew",
        ),
    ],
)
def test_disasters_and_relief_work_are_other_events(
    tmp_path: Path, text: str, place: str, category: str
) -> None:
    assert by_place(extract_text(tmp_path, text + "\n"))[place].category == category


@pytest.mark.parametrize(
    ("text", "place", "not_category"),
    [
        ("The town of Homs hosted around 43,000 displaced families in January 2024.", "Homs",
         "diplomacy"),
        ("44 collective shelters are active in Hama, including mosques, schools and halls.",
         "Hama", "shrine"),
        ("Satellite imagery showed aircraft parked at Hmeimim and no sign of damage.",
         "Khmeimim Air Base", "diplomacy"),
        # Iran's shrine-building agency sends aid; its name tells of no shrine or base there
        ("In February 2023 a convoy organised by the Headquarters for the Restoration of Holy "
         "Shrines delivered flour in Aleppo.", "Aleppo", "shrine"),
    ],
)  # fmt: skip
def test_a_word_in_another_sense_gives_no_category(
    tmp_path: Path, text: str, place: str, not_category: str
) -> None:
    events = by_place(extract_text(tmp_path, text + "\n"))
    assert place not in events or events[place].category != not_category


def test_a_strike_beside_relief_work_is_still_an_incident(tmp_path: Path) -> None:
    text = "An Israeli airstrike hit the road near Jableh as aid convoys waited.\n"
    assert by_place(extract_text(tmp_path, text))["Jableh"].category == "incident"


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # a count is no comparison
        ("In 2018 militias seized no fewer than 410 homes in Hama and Homs.", {"Hama", "Homs"}),
        # the Arabic article written apart, a town before its hospital
        ("On 5 May 2019 an airstrike hit the hospital in al Latamna town.", {"Al-Lataminah"}),
        ("In May 2019 a strike damaged the Kafr Nabl surgical hospital.", {"Kafr Nabl"}),
    ],
)
def test_counts_spaced_articles_and_a_towns_hospital(
    tmp_path: Path, sentence: str, places: set[str]
) -> None:
    events = extract_text(tmp_path, f"Report\n\n{sentence}\n")
    assert {e.place for e in events if e.category == "incident"} == places


def test_the_day_a_clause_says_a_town_fell_dates_the_offensive_on_it(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn 2017 the army launched an offensive on al Mayadeen city, which was "
        "captured on October 14, 2017.\n\nIsraeli jets struck the Imam Ali base near Albu "
        "Kamal, which was bombed again in June 2018, on 9 September 2019.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Al-Mayadin"].date_start == "2017-10-14"
    assert events["Imam Ali military base"].date_start == "2019-09-09"  # another strike's


def test_a_paragraphs_province_label_gives_way_to_the_place_it_files(tmp_path: Path) -> None:
    text = (
        "SOHR daily report\n\n24 March 2023\n\n"
        "Homs: A cell of ISIS attacked positions of regime forces near Al-Sukhnah, killing "
        "two soldiers.\n\n"
        "Latakia: Russian jets struck the countryside.\n"
    )
    places = {e.place for e in extract_text(tmp_path, text, "sohr.txt")}
    assert "As Sukhnah" in places and "Homs" not in places  # the label only files the item
    assert "Latakia" in places  # a label with no place of its own after it is the place
