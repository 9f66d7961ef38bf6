"""Whole documents of the kinds that tell lives and talk: obituaries and biographies,
interview transcripts, heritage guides and article pages, run through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.document_support import by_place, extract_text


def _events(folder: Path, text: str, name: str = "page.txt") -> dict[str, tuple[str, str | None]]:
    """{place: (category, date_start)} of a document."""
    return {e.place: (e.category, e.date_start) for e in extract_text(folder, text, name)}


def test_a_town_named_by_its_quarter_is_where_it_happened(tmp_path: Path) -> None:
    text = (
        "News\n\nOn 22 June 2025 a suicide bomber attacked the Mar Elias church in "
        "Damascus's Dweila district.\n"
    )
    assert _events(tmp_path, text)["Damascus"] == ("incident", "2025-06-22")


def test_where_a_border_was_crossed_from_is_a_place_of_the_event(tmp_path: Path) -> None:
    text = (
        "News\n\nOn 8 December 2024 Iranian advisers crossed from Al-Bukamal into Iraq at "
        "the Al-Qaim border crossing.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    # (the crossing named after the town is the site, not the town)
    assert {"Abu Kamal", "Al-Qaim border crossing"} <= set(events)


def test_a_country_crossed_from_is_left_not_a_place_of_the_event(tmp_path: Path) -> None:
    text = (
        "News\n\nOn 4 September 2023 IDF troops identified two suspects who crossed the "
        "security fence from Syria into the area of the Alpha Line.\n"
    )
    assert "Syria" not in by_place(extract_text(tmp_path, text))


@pytest.mark.parametrize(
    "text",
    [
        "Amir Sadeghi is a historian based in Toronto.",
        "Bellingcat is an independent investigative collective based in Amsterdam.",
        "The author is a correspondent, now based in Beirut.",
    ],
)
def test_where_a_writer_or_a_newsroom_works_is_no_base(tmp_path: Path, text: str) -> None:
    assert _events(tmp_path, f"About the author\n\n{text}\n") == {}


def test_a_militia_based_in_a_town_is_still_there(tmp_path: Path) -> None:
    text = "News\n\nIn 2017 an Iran-backed militia based in Al-Bukamal attacked the base.\n"
    assert "Abu Kamal" in _events(tmp_path, text)


def test_a_cratered_runway_is_a_strike_on_its_base(tmp_path: Path) -> None:
    text = (
        "Imagery brief\n\nImagery collected on 3 April 2025 confirms that the main runway at "
        "T-4 airbase was cratered in 14 places.\n"
    )
    assert _events(tmp_path, text)["Tiyas Military Airbase"] == ("incident", "2025-04-03")


def test_a_chronologys_short_bce_and_ce_years_date_their_entries(tmp_path: Path) -> None:
    text = (
        "# Palmyra: a chronology\n\n"
        "**41 BCE** — Mark Antony sends cavalry to raid Palmyra.\n\n"
        "**32 CE** — The Temple of Bel is dedicated on 6 April.\n"
    )
    events = _events(tmp_path, text, "chronology.md")
    assert events["Palmyra"] == ("incident", "-41")
    assert events["Temple of Bel"][1] == "0032-04-06"


def test_a_statement_with_a_tag_question_still_tells(tmp_path: Path) -> None:
    text = (
        "Episode 42 transcript\n\n"
        "KARIMI: The Aleppo offensive was launched on 27 November 2024, right?\n\n"
        "HOST: And the base at Al-Bukamal reopened in September 2019, didn't it?\n\n"
        "HOST: Will Israel strike Latakia again?\n"
    )
    events = _events(tmp_path, text)
    assert events["Aleppo"] == ("incident", "2024-11-27")
    assert events["Abu Kamal"][1] == "2019-09"
    assert "Latakia" not in events


def test_a_site_then_its_town_after_a_comma_is_where(tmp_path: Path) -> None:
    text = (
        "Chronology\n\n1983\n"
        "18 Apr    Suicide bombing of the US embassy, Beirut.\n"
        "23 Oct    Bombing of the Marine barracks, Beirut, by Islamic Jihad.\n\n"
        "After the strike on the base, Russia, Iran and Turkey met in Astana in 2017.\n"
    )
    events = extract_text(tmp_path, text)
    # (the barracks, a site of their own in the gazetteer, name their town with them)
    in_beirut = {"Beirut", "US Marine Barracks, Beirut"}
    assert [(e.place, e.category, e.date_start) for e in events if e.place in in_beirut] == [
        ("Beirut", "incident", "1983-04-18"),
        ("US Marine Barracks, Beirut", "incident", "1983-10-23"),
    ]
    assert "Russia" not in by_place(events)


@pytest.mark.parametrize(
    ("line", "place", "year"),
    [
        ("**2015** — ISIS blows up the Temple of Baalshamin.", "Temple of Baalshamin", "2015"),
        ("**1400** — Timur sacks Damascus.", "Damascus", "1400"),
        ("**64 BC** — Pompey annexes Syria.", "Syria", "-64"),
        ("**2015** — Khaled al-Asaad is beheaded in a public square of Tadmur.", "Palmyra",
         "2015"),
    ],
)  # fmt: skip
def test_a_chronologys_present_tense_tells_what_befell_a_place(
    tmp_path: Path, line: str, place: str, year: str
) -> None:
    events = _events(tmp_path, f"# Chronology\n\n{line}\n", "chronology.md")
    assert events[place] == ("incident", year)


@pytest.mark.parametrize(
    "line",
    [
        "The base is considerably larger than the Shayrat Airbase to the west.",
        "The shrine follows Persian models such as the Fatima Masumeh Shrine in Qom.",
        "Boats to Arwad leave from the fishing harbour every 30 minutes.",
        "Buses to Latakia run daily from the Harasta garage.",
        # what an analyst compares with, a capital's mood, a feared consequence
        "Analysts compared the strategy to the model Iran applied in the southern suburbs "
        "of Beirut.",
        "The deployment came amid growing concern in Moscow.",
        "Experts warned that a strike on the Baniyas refinery could produce a disaster.",
    ],
)
def test_what_a_guide_compares_with_or_a_timetable_runs_to_is_no_event(
    tmp_path: Path, line: str
) -> None:
    assert _events(tmp_path, f"Guide\n\n{line}\n") == {}


def test_a_compared_strike_is_still_a_strike(tmp_path: Path) -> None:
    text = (
        "News\n\nIn 2018 the strike on T-4 killed more people than the strike on Shayrat in 2017.\n"
    )
    assert _events(tmp_path, text)["Shayrat Airbase"] == ("incident", "2017")


@pytest.mark.parametrize(
    "line",
    [
        "REPORTER: Analysts I spoke to in Jerusalem say the strikes will go on.",
        "GUEST: Russia wants Hmeimim and Tartus.",
        "GUEST: Nobody in Tehran wants a regional war.",
        "Correction, 3 December: an earlier version misstated the date of the Baku meeting.",
        "In 2024 rebels seized the main Beirut-Damascus crossing.",
    ],
)
def test_a_sources_seat_a_wish_a_mood_a_correction_or_a_route_is_no_event(
    tmp_path: Path, line: str
) -> None:
    assert _events(tmp_path, f"Transcript, 3 December 2025\n\n{line}\n") == {}


def test_a_crossing_between_two_border_towns_is_at_both(tmp_path: Path) -> None:
    text = "News\n\nIn 2019 the al-Qaim–Albu Kamal border crossing reopened.\n"
    assert {"Al-Qaim", "Abu Kamal"} <= set(_events(tmp_path, text))


def test_positions_and_installations_an_army_keeps_are_its_posts(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn March 2025 the IDF maintained positions at nine locations, including on "
        "the summit of Mount Hermon and at new installations near Hadar.\n"
    )
    events = _events(tmp_path, text)
    assert events["Mount Hermon"] == ("base", "2025-03")
    assert events["Hadar"] == ("base", "2025-03")
