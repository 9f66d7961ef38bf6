"""Sentences that go on about the site the last one named: "It was hit again", "The base
has hosted drones". Real gazetteer, real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import extract_text

from extract.records import Event

STRIKE = "Israeli jets struck the Shayrat airbase in March 2019."


def _events(tmp_path: Path, text: str) -> list[Event]:
    return extract_text(tmp_path, text + "\n", "report.txt")


def _of_sentence(events: list[Event], words: str) -> list[tuple[str, str, str | None]]:
    return [(e.place, e.category, e.date_start) for e in events if words in e.evidence]


@pytest.mark.parametrize(
    ("follow_on", "category", "date"),
    [
        ("It was hit again in June 2020, killing four guards.", "incident", "2020-06"),
        ("It was later expanded to house Iranian drones in 2021.", "base", "2021"),
        ("It has been used by Iranian advisers since 2017.", "base", "2017"),
    ],
)
def test_it_opening_a_sentence_is_the_one_site_named_before(
    tmp_path: Path, follow_on: str, category: str, date: str
) -> None:
    events = _events(tmp_path, f"{STRIKE} {follow_on}")
    assert _of_sentence(events, follow_on[:12]) == [("Shayrat Airbase", category, date)]


@pytest.mark.parametrize(
    "follow_on",
    [
        "It was reported that four guards died.",
        "It is unclear whether the runway was damaged.",
        "It said the jets had returned safely.",
        "It was the third such raid that year.",
    ],
)
def test_an_it_of_reports_views_or_the_event_itself_makes_no_event(
    tmp_path: Path, follow_on: str
) -> None:
    assert _of_sentence(_events(tmp_path, f"{STRIKE} {follow_on}"), follow_on[:12]) == []


def test_it_after_two_sites_is_left_alone(tmp_path: Path) -> None:
    text = "Israeli jets struck the Shayrat airbase and the T-4 airbase in 2019."
    events = _events(tmp_path, f"{text} It was hit again in 2020.")
    assert _of_sentence(events, "hit again") == []


def test_a_site_that_houses_something_after_a_strike_on_it_is_a_base_again(
    tmp_path: Path,
) -> None:
    events = _events(tmp_path, f"{STRIKE} The base has hosted Iranian drones since 2016.")
    assert _of_sentence(events, "hosted") == [("Shayrat Airbase", "base", "2016")]


def test_talks_a_base_hosted_are_diplomacy(tmp_path: Path) -> None:
    events = _events(tmp_path, "The Hmeimim base hosted talks with Turkish officers in 2019.")
    assert [(e.place, e.category) for e in events] == [("Khmeimim Air Base", "diplomacy")]


def test_hosted_in_a_later_clause_leaves_the_site_alone(tmp_path: Path) -> None:
    text = "In 2018 the Shayrat airbase was rebuilt, and the pilots were hosted in Russia."
    assert ("Shayrat Airbase", "base", "2018") in _of_sentence(_events(tmp_path, text), "rebuilt")


def test_an_event_named_again_by_its_place_is_no_new_row(tmp_path: Path) -> None:
    text = (
        "Report\n\nOn 1 April 2024, Israeli jets destroyed the consular annex of Iran's embassy "
        "in Damascus.\n\nThe consulate strike capped a grim winter for Iran's advisers.\n\n"
        "In the months after the Damascus strike, Israel kept up the pressure.\n\n"
        "Israeli jets also struck the embassy again in an undated raid, officials said.\n"
    )
    events = extract_text(tmp_path, text)
    assert ("Embassy of Iran, Damascus", "2024-04-01") in {(e.place, e.date_start) for e in events}
    undated = [e.evidence for e in events if e.date_start is None]
    # (what the text tells of anew still counts: "struck the embassy again")
    assert undated == [
        "Israeli jets also struck the embassy again in an undated raid, officials said."
    ]


def test_where_a_traveller_goes_next_is_a_stop_but_home_is_not(tmp_path: Path) -> None:
    text = (
        "Report\n\nAraghchi flew to Damascus on 1 December 2024 and met Assad, before "
        "travelling to Ankara for talks with Fidan. On 4 May 2023 Raisi visited the Sayyida "
        "Zaynab shrine before flying back to Tehran.\n"
    )
    places = {e.place for e in extract_text(tmp_path, text)}
    assert "Ankara" in places
    assert "Tehran" not in places
