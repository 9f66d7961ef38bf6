"""Headlines: a heading that tells what happened is read as a sentence; a topic's is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text

from extract.headlines import reads_as_headline
from extract.records import Sentence


def _heading(text: str) -> Sentence:
    return Sentence(0, len(text), text, 0, 0, is_heading=True)


@pytest.mark.parametrize(
    "text",
    [
        "# Israeli strikes near Masyaf kill at least 18 in central Syria",
        "Raisi arrives in Damascus in first visit by Iranian president in 13 years",
        "### 23:41 GMT — Opposition says its fighters are inside Homs",
        "**13.50 GMT — Iranian embassy stormed**",  # a live blog's terse entry
        "== Syria and Lebanon sign border deal in Jeddah ==",
        # Title Case, as Iranian and many US outlets write headlines
        "Syria, Russia Reopen File of Hmeimim and Tartus Bases",
        "Martyr Hojaji Laid to Rest in Hometown of Najafabad",
        # in capitals, as wires and some sites print them
        "# RUSSIAN CONVOYS PULL OUT OF POSTS IN NORTHEAST SYRIA, REGROUP AT QAMISHLI AIRPORT",
        # an encyclopedia's article on one event
        "2024 Iranian consulate airstrike in Damascus",
        "= 2024 Masyaf raid =",
    ],
)
def test_a_heading_that_tells_what_happened_is_a_headline(text: str) -> None:
    assert reads_as_headline(_heading(text))


@pytest.mark.parametrize(
    "text",
    [
        "# Timeline of Israeli attacks on Iranian targets in Syria",
        "## Table 1. Russian Military Sites in Syria by Governorate",
        "Who controls what in Syria after Assad",
        "## Background: President Raisi's visit to Damascus",
        "== Russian bases ==",
        "### Strike on T-4",  # a label: too short to state anything
        "## Which bases did Russia keep in Syria after the fall of Assad?",
        "=== The Iranian embassy in Damascus ===",  # no verb: a topic
        # Title Case topics: a verb's word as a noun, names that end like verbs
        "## Attacks on U.S. Forces in Syria",
        "Sayyida Zaynab Shrine And Iran In Syria: The Complete Story Of The Holy Shrine",
        "The Siege of Homs and Its Aftermath",
        "Ahmed al-Sharaa and the Road to Damascus",
        "## IRANIAN MILITARY SITES IN EASTERN SYRIA",
    ],
)
def test_a_heading_that_names_a_topic_is_no_headline(text: str) -> None:
    assert not reads_as_headline(_heading(text))


def test_a_news_title_is_an_event_dated_by_its_lede(tmp_path: Path) -> None:
    events = by_place(
        extract_text(
            tmp_path,
            "# Israeli strikes near Masyaf kill at least 18 in central Syria\n\n"
            "*Published 9 September 2024*\n\n"
            "Israeli jets struck several military sites in the Hama countryside late on "
            "Sunday, a monitor said.\n",
            "page.md",
        )
    )
    masyaf = events["Masyaf"]
    assert masyaf.category == "incident"
    assert masyaf.evidence.startswith("# Israeli strikes near Masyaf")
    assert masyaf.date_start == events["Hama Governorate"].date_start == "2024-09-08"


def test_a_live_blog_entry_headline_takes_its_entry_s_day(tmp_path: Path) -> None:
    events = extract_text(
        tmp_path,
        "# Syria live: rebels push south\n\n"
        "*Published 8 December 2024*\n\n"
        "### 13.50 GMT — Iranian embassy in Damascus stormed\n\n"
        "Crowds broke into the compound in Mezzeh and tore down portraits of Khamenei.\n",
        "live.md",
    )
    headline = {e.place: e for e in events if e.evidence.startswith("### 13.50 GMT")}
    embassy = headline["Embassy of Iran, Damascus"]
    assert (embassy.category, embassy.date_start) == ("incident", "2024-12-08")


def test_an_encyclopedia_title_names_no_event(tmp_path: Path) -> None:
    events = extract_text(
        tmp_path,
        "# Timeline of Israeli attacks on Iranian targets in Syria\n\n"
        "The Israeli Air Force struck the T-4 airbase on 9 April 2018.\n",
        "page.md",
    )
    assert all(not e.evidence.startswith("#") for e in events)
    assert [e.place for e in events] == ["Tiyas Military Airbase"]


def test_a_title_in_capitals_over_a_byline_is_read_as_a_headline(tmp_path: Path) -> None:
    text = (
        "RUSSIAN CONVOYS PULL OUT OF POSTS IN NORTHEAST SYRIA, REGROUP AT QAMISHLI AIRPORT\n\n"
        "By staff\n\nQAMISHLI - A Russian convoy left the town of Tal Tamr on Monday.\n"
    )
    events = by_place(extract_text(tmp_path, text, "news.txt"))
    airport = events["Qamishli Airport"]
    assert airport.mention == "QAMISHLI AIRPORT" and airport.category == "base"


def test_a_pictures_caption_after_a_related_topics_list_is_read(tmp_path: Path) -> None:
    text = (
        "Syria conflict: Iran vows strike 'will not go unanswered'\n\n12 April 2018\n\n"
        "Related Topics\nSyrian civil war\nIran\nIsrael\n\n"
        "Image source, Reuters\nImage caption,\n"
        "Iranian officials say seven members of the Revolutionary Guards were among those "
        "killed at the T-4 base\n\n"
        "A senior aide to Iran's Supreme Leader has warned Israel that its missile strike "
        "will not remain unanswered.\n"
    )
    events = by_place(extract_text(tmp_path, text, "bbc.txt"))
    assert events["Tiyas Military Airbase"].category == "incident"
