"""Bilingual pages: English text with the Arabic original of a name in brackets after it
("Al-Mayadin (الميادين)"). The gloss is the same place and must not cut the name off from
its verb."""

from __future__ import annotations

from pathlib import Path

from document_support import by_place, extract_text


def test_a_glossed_subject_of_a_passive_is_where_it_happened(tmp_path: Path) -> None:
    text = (
        "Report\n\nAl-Mayadin (الميادين) had been captured by government forces on 14 "
        "October 2017. Palmyra (Tadmur) was recaptured on 2 March 2017. Douma (دوما) came "
        "under heavy shelling on 3 March 2018.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Al-Mayadin"].date_start == "2017-10-14"
    assert events["Palmyra"].date_start == "2017-03-02"
    assert events["Douma"].category == "incident"


def test_glossed_names_listed_before_a_plural_passive_are_each_a_place(tmp_path: Path) -> None:
    text = "Report\n\nNubl (نبل) and al-Zahraa (الزهراء) were besieged by rebels in 2015.\n"
    events = by_place(extract_text(tmp_path, text))
    assert events["Nubl"].category == "incident"
    assert events["al-Zahraa"].category == "incident"


def test_a_place_that_only_locates_a_glossed_site_is_no_event(tmp_path: Path) -> None:
    text = (
        "Report\n\nIsraeli jets hit the T4 (Tiyas) airbase east of Homs on 2 April 2025. "
        "The shrine of Sayyida Zaynab (السيدة زينب), about ten kilometres south of Damascus, "
        "was a militia stronghold in 2013.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert "Tiyas Military Airbase" in events
    assert "Homs" not in events
    assert "Damascus" not in events  # a distance written in words


def test_researchers_based_somewhere_are_no_deployment(tmp_path: Path) -> None:
    text = "Report\n\nThis report was prepared by researchers based in Gaziantep in 2019.\n"
    assert extract_text(tmp_path, text) == []
