"""What documents say did not happen or should not be done: the claims a fact-check
debunks, denied events, advice and forecasts are no events; what really happened is.
Whole documents through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import extract_text


def _places(tmp_path: Path, text: str, name: str = "page.txt") -> set[str]:
    return {e.place for e in extract_text(tmp_path, text, name)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The monitor told AFP it had recorded no Israeli strike on Latakia province that week.",
        "There is no record of an Israeli strike on the Iranian embassy compound in Damascus.",
        "However, there was no Iranian presence at T4 by then.",
        "The clip has been viewed two million times, with users claiming it shows an Israeli "
        "strike on an Iranian base in Latakia.",
        "A post shared on Facebook claims that Sharaa sold the coast during his visit to Russia, "
        "and that the Kremlin had been granted a lease on the port of Tartus.",
        "Pages sharing the clip claimed it showed the moment Israeli jets destroyed drone stores "
        "at Tiyas airport.",
    ],
)
def test_a_denied_or_claimed_event_is_no_event(tmp_path: Path, sentence: str) -> None:
    assert _places(tmp_path, f"Fact check\n\n{sentence}\n") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "No casualties were reported after the strike on Homs on 3 May 2024.",
        "Israel struck Hama on 2 April 2025, and no Iranian personnel were killed.",
        "Israel claimed that its jets struck weapons depots in Qusayr on 3 May 2024.",
    ],
)
def test_what_a_denial_does_not_touch_stays_an_event(tmp_path: Path, sentence: str) -> None:
    assert len(_places(tmp_path, f"News\n\n{sentence}\n")) == 1


def test_the_labelled_claim_and_the_claim_section_are_no_events(tmp_path: Path) -> None:
    text = (
        "# Fact check: old footage\n\n"
        "**Claim:** Video shows an Israeli strike destroying an Iranian base in Latakia.\n\n"
        "## What was claimed\n\n"
        "Sharaa signed a deal in Moscow handing Russia the naval base at Tartus for 99 years.\n\n"
        "## Our verdict\n\n"
        "False. The footage shows the explosion at the port of Beirut on 4 August 2020. "
        "Israeli jets struck the port of Latakia on 7 December 2021.\n"
    )
    events = extract_text(tmp_path, text, "check.md")
    assert {(e.place, e.date_start) for e in events} == {
        ("Port of Beirut", "2020-08-04"),
        ("Port of Latakia", "2021-12-07"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "c) Avoid anchoring in the vicinity of the Tartus naval facility and Minet el-Beida.",
        "Do not travel to Idlib or Deir ez-Zor.",
        "Check with your airline before flying to Damascus.",
        "Ground activity is increasing; expect further incursions in Quneitra.",
        "The Foreign Office advises against all travel to Syria.",
        "Citizens who need assistance can contact the U.S. Embassy in Amman, Jordan.",
        "**Latest update: 14 April 2025** — added Israeli strikes on Hama and T4 airbases.",
    ],
)
def test_advice_forecasts_and_change_logs_are_no_events(tmp_path: Path, sentence: str) -> None:
    assert _places(tmp_path, f"Travel advice\n\n{sentence}\n") == set()


def test_what_advice_says_readers_should_know_is_so(tmp_path: Path) -> None:
    text = (
        "Stay safe\n\nVisitors should note that the coastal area around Hmeimim air base "
        "hosts Russian military forces.\n\nRussia should keep its forces at Tiyas airbase.\n"
    )
    assert _places(tmp_path, text) == {"Khmeimim Air Base"}  # (a wish stays a wish)


def test_an_imperative_that_reads_a_past_event_keeps_it(tmp_path: Path) -> None:
    text = "Op-ed\n\nConsider what Raisi's visit to Damascus in May 2023 was supposed to signal.\n"
    assert _places(tmp_path, text) == {"Damascus"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Welcome to our continuing live coverage of the rebel offensive in northern Syria.",
        "You can follow our continuing coverage of the war in Syria here.",
        "Our coverage of Friday's explosions near Isfahan continues here.",
        "An earlier version said rebels had captured Hama city.",
        "An earlier version of this article said the ministry was in the Mezzeh district.",
    ],
)
def test_a_live_pages_words_about_itself_are_no_events(tmp_path: Path, sentence: str) -> None:
    assert _places(tmp_path, f"Live\n\n{sentence}\n") == set()
