""" "The capital" read as the capital of the country a document is about, through the
real reader, gazetteer and pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import extract_text

SYRIA = "Israeli jets struck Homs and Hama in March 2024. "
IRAN = "Drones hit Isfahan and Tabriz in June 2025. "


def _capital_rows(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    events = extract_text(tmp_path, f"Report\n\n{text}\n")
    return [(e.place, e.category) for e in events if e.mention.lower() == "the capital"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SYRIA + "A missile hit a building in the capital on 1 April 2024.", "Damascus"),
        (IRAN + "Explosions were heard in the capital on 13 June 2025.", "Tehran"),
    ],
)
def test_the_capital_is_the_capital_of_the_country_the_text_is_about(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert _capital_rows(tmp_path, text) == [(expected, "incident")]


@pytest.mark.parametrize(
    "text",
    [
        # towns of two countries, none holding half: whose capital is unsaid
        SYRIA + IRAN + "Drones hit Erbil and Mosul. A missile hit the capital on 1 May 2025.",
        # the capital of somewhere named is the matcher's, not this module's
        SYRIA + "Rockets hit Latakia, the capital of Latakia Governorate, on 2 May 2024.",
    ],
)
def test_the_capital_of_an_unknown_or_named_country_is_left_alone(
    tmp_path: Path, text: str
) -> None:
    assert _capital_rows(tmp_path, text) == []


def test_the_capital_right_after_another_countrys_capital_is_that_one(tmp_path: Path) -> None:
    text = (
        SYRIA + "Damascus was hit too.\n\nTEHRAN - Officials gathered in Tehran on 5 May 2024 "
        "for the funeral. Thousands marched through the capital on 6 May 2024.\n\n"
        "Later, a protest was held in the capital on 8 May 2024."
    )
    assert _capital_rows(tmp_path, text) == [("Tehran", "other"), ("Damascus", "other")]


def test_the_home_capital_named_just_before_stays_the_capital(tmp_path: Path) -> None:
    text = (
        SYRIA + "Araghchi flew to Damascus on 1 December 2024; a week later, Assad was on a "
        "plane to Moscow. On 8 December 2024, as rebels entered the capital, a crowd broke "
        "into a building."
    )
    assert _capital_rows(tmp_path, text) == [("Damascus", "incident")]
