"""What ministries and state media write, and how provinces are named: attributed
statements, "the settlement of X", "southern Idlib", "the provinces of A, B and C", and
namesakes of small places the gazetteer lacks. Real gazetteer, real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.documents import read_document
from extract.pipeline import extract_document
from extract.places import default_matcher
from extract.records import Event


def _events(tmp_path: Path, text: str) -> dict[str, Event]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {e.place: e for e in extract_document(read_document(path, tmp_path))}


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
            [("Idlib", "Idlib Governorate"), ("Hama", "Hama Governorate")],
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
        ("The siege of eastern Aleppo ended in December 2016.", [("Aleppo", "Aleppo")]),
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
