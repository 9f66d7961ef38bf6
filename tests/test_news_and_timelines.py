"""Whole documents through the real gazetteer: news pages, live blogs and timelines.

Each case is a shape these sources take (a bulleted timeline entry, a publication
line, a capitalised weekday, a site placed in another town), not a sentence from one
source.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text

from extract.dates import document_date
from extract.documents import read_document
from extract.places import default_matcher
from extract.records import Event


def _events(tmp_path: Path, text: str, name: str = "page.md") -> list[Event]:
    return extract_text(tmp_path, text, name)


def test_a_bulleted_timeline_entry_keeps_its_leading_date(tmp_path: Path) -> None:
    events = by_place(
        _events(
            tmp_path,
            "# Iran and Syria\n\n"
            "- 3 May 2023 – Raisi arrived in Damascus for talks with Assad.\n"
            "- 1 April 2024 – Israeli jets struck the consular annex of the Iranian embassy.\n",
        )
    )
    assert events["Damascus"].date_start == "2023-05-03"
    assert events["Consulate of Iran, Damascus"].date_start == "2024-04-01"
    assert events["Consulate of Iran, Damascus"].evidence.startswith("1 April 2024 – ")


def test_a_search_snippets_leading_date_is_still_the_pages_not_the_events(
    tmp_path: Path,
) -> None:
    (event,) = _events(
        tmp_path,
        "June 2, 2025 - Officials said Iranian forces left Syria years ago.\n",
        "dump.txt",
    )
    assert event.date_start is None and not event.evidence.startswith("June")


def test_markdown_emphasis_does_not_hide_a_month_abbreviation(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "# Israeli airstrikes in Syria (2023)\n\n"
        "- **Jan. 22** – Rockets struck a position south of Damascus near **Kisweh**.\n",
    )
    assert {e.place: e.date_start for e in events}["Al-Kiswah"] == "2023-01-22"


@pytest.mark.parametrize("opening", ["On Monday afternoon", "Late on Monday", "Overnight Monday"])
def test_a_capitalised_weekday_counts_back_from_the_dateline(tmp_path: Path, opening: str) -> None:
    (event,) = _events(
        tmp_path,
        f"Damascus, April 3, 2024\n\n{opening}, Israeli jets struck the port of Latakia.\n",
        "news.txt",
    )
    assert (event.place, event.date_start) == ("Port of Latakia", "2024-04-01")


def test_a_publication_line_with_an_update_time_dates_the_page() -> None:
    page = document_date(
        "# Live updates: violence on the coast\n\n"
        "**Published On 10 Mar 2025 | Last update 10 Mar 2025, 20:45 GMT**\n\n"
        "*By Staff*\n"
    )
    assert page is not None and page.date_start == "2025-03-10"


@pytest.mark.parametrize(
    "stamp",
    [
        "Sun 8 Dec 2024 22.01 GMT. First published on Sun 8 Dec 2024 04.12 GMT",
        "Sun 8 Dec 2024 22.01 GMT",
        "Sun 8 Dec 2024 09.30 EST.",
    ],
)
def test_a_live_page_s_dotted_clock_stamp_dates_the_page(stamp: str) -> None:
    # a British live page writes its clock with a dot and its zone, and its first
    # publication after a full stop: a stamp, not the story's first sentence
    page = document_date(
        "Syria\n# Bashar al-Assad flees to Moscow after fall of Damascus – as it happened\n\n"
        "*Rebels declare Damascus free; Iranian embassy ransacked*\n\n"
        f"{stamp}\n\n**Key events**\n"
    )
    assert page is not None and page.date_start == "2024-12-08"


def test_a_quarterly_s_period_line_anchors_its_year_less_days(tmp_path: Path) -> None:
    # a report's cover gives its quarter, not a day: "On October 18" is 2023's
    text = (
        "LEAD INSPECTOR GENERAL FOR OPERATION INHERENT RESOLVE\n"
        "QUARTERLY REPORT TO THE UNITED STATES CONGRESS\n"
        "OCTOBER 1, 2023 - DECEMBER 31, 2023\n\nMAJOR DEVELOPMENTS\n\n"
        "On October 18, two one-way UAS struck near al-Tanf Garrison, causing minor "
        "injuries.\n"
    )
    page = document_date(text)
    assert page is not None and (page.date_start, page.date_end) == ("2023-10-01", "2023-12-31")
    dated = {e.place: e.date_start for e in _events(tmp_path, text, "lig.txt")}
    assert dated["Al-Tanf garrison"] == "2023-10-18"


def test_the_event_named_again_takes_the_story_s_last_date(tmp_path: Path) -> None:
    # a release's third paragraph names its strikes again: they are the lead's, two
    # paragraphs up (a list of targets in between has no date)
    text = (
        "U.S. CENTRAL COMMAND\nHome > Media > Press Releases\n\n"
        "CENTCOM Statement on U.S. Strikes in Iraq and Syria\nFeb. 2, 2024\n"
        "Release No: 24-013\n\nFOR IMMEDIATE RELEASE\n\n"
        "TAMPA, Fla. - At 4:00 p.m. (EST) February 2, U.S. forces conducted airstrikes in "
        "Iraq and Syria against the IRGC Quds Force.\n\n"
        "The facilities that were struck included command and control centers.\n\n"
        "Targets were located at seven facilities. In Syria, the strikes hit militia sites "
        "in and around Deir ez-Zor, al-Mayadin and Albu Kamal.\n\n"
        "Since October 17, 2023, militias have attacked U.S. forces more than 160 times.\n"
    )
    dated = {e.place: e.date_start for e in _events(tmp_path, text, "release.txt")}
    assert dated["Deir ez-Zor"] == dated["Al-Mayadin"] == dated["Abu Kamal"] == "2024-02-02"


def test_a_timeline_entry_is_no_dateline_for_the_entries_after_it(tmp_path: Path) -> None:
    text = (
        "# Timeline of the Russian intervention\n\n"
        "- 5 March 2016 – Putin announced a partial withdrawal from Khmeimim.\n"
        "- 7 April – Russian jets struck Palmyra.\n"
    )
    assert document_date(text) is None
    assert by_place(_events(tmp_path, text))["Palmyra"].date_start == "2016-04-07"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "Iran's consulate in Aleppo was stormed by gunmen.",
            "Embassy of Iran, Damascus",
            "Aleppo",
        ),
        ("The Sayyidah Zainab mosque in Cairo draws pilgrims.", "Sayyidah Zaynab Mosque", "Cairo"),
    ],
)
def test_a_site_the_text_places_far_away_is_another_site(
    tmp_path: Path, text: str, absent: str, present: str
) -> None:
    places = {e.place for e in _events(tmp_path, text + "\n", "a.txt")}
    assert absent not in places and present in places


def test_a_site_in_its_provinces_namesake_town_is_kept(tmp_path: Path) -> None:
    places = {
        e.place for e in _events(tmp_path, "Israel struck the T-4 airbase in Homs.\n", "a.txt")
    }
    assert "Tiyas Military Airbase" in places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels took control of the Kuweires military air base.", "Kuweires Military Airbase"),
        ("The group destroyed the Temple of Bel in August 2015.", "Temple of Bel"),
        ("A drone attack killed three soldiers at Tower 22 in Jordan.", "Tower 22"),
        # movement, a reception and a strike still place what happened
        ("Russian forces were heading to Hama.", "Hama"),
        ("Assad received Khatami's envoy in Damascus.", "Damascus"),
        ("Israeli jets struck Damascus, killing a commander.", "Damascus"),
    ],
)
def test_places_that_are_event_locations(tmp_path: Path, text: str, place: str) -> None:
    assert place in {e.place for e in _events(tmp_path, text + "\n", "a.txt")}


@pytest.mark.parametrize("text", ["SANA reported the news.", "The shrine lies in the Old City."])
def test_an_agency_acronym_and_a_bare_old_city_are_no_places(text: str) -> None:
    names = {m.place.name for m in default_matcher().find(text)}
    assert not names & {"Sanaa", "Old City"}


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        # a bare background year does not date a day on a dated page
        (
            "Sep 08, 2022\n\nRussia has tolerated Israeli strikes under a mechanism agreed "
            "in 2015.\n\nOn August 31, missiles hit Aleppo airport.\n",
            "Aleppo International Airport",
            "2022-08-31",
        ),
        # a day after the dateline is last year's
        (
            "DAMASCUS, Jan 28, 2025\n\nOn Jan. 27, 2025 officials met in Damascus. "
            "Assad fled on Dec. 8 from the Hmeimim air base.\n",
            "Khmeimim Air Base",
            "2024-12-08",
        ),
        # ... unless the text itself goes past the "page date" (an infobox's)
        (
            "Date: 1 April 2024\n\nIsraeli jets struck the Iranian embassy in Damascus.\n\n"
            "Iran answered on 14 April 2024. On 13 April, Iranian drones flew towards Israel "
            "and struck the Nevatim airbase.\n",
            "Nevatim Airbase",
            "2024-04-13",
        ),
    ],
)
def test_year_less_dates_on_a_dated_page(tmp_path: Path, text: str, place: str, date: str) -> None:
    assert by_place(_events(tmp_path, text, "news.txt"))[place].date_start == date


def test_a_photo_caption_is_prose_and_its_credit_no_heading(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Why Israel keeps hitting Damascus airport\n\nSep 08, 2022\n\n"
        "Smoke rises after an Israeli strike on Damascus International Airport on June 10, "
        "2022. Photo: Sana via AP\n\n"
        "On August 31, missiles hit Aleppo airport.\n",
        "news.txt",
    )
    dated = {(e.place, e.date_start) for e in events}
    assert ("Damascus International Airport", "2022-06-10") in dated
    assert ("Aleppo International Airport", "2022-08-31") in dated


@pytest.mark.parametrize(
    "text",
    [
        "The Tartus facility, together with Khmeimim Air Base, was the target of a drone attack.",
        "The Shayrat airbase was the target of a US cruise missile strike.",
        "US forces at the al-Tanf garrison were repeatedly targeted by drones.",
    ],
)
def test_a_site_that_was_the_target_is_where_the_attack_was(tmp_path: Path, text: str) -> None:
    events = _events(tmp_path, text + "\n", "a.txt")
    sites = [e for e in events if e.place_kind == "base"]
    assert sites and all(e.category == "incident" for e in sites)


def test_the_tartus_facility_is_the_naval_facility() -> None:
    found = default_matcher().find("Russia expanded the Tartus facility.")
    assert [m.place.id for m in found if m.mention != "Russia"] == ["tartus-naval-facility"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sara Khalil is a journalist based in Amman.", "Amman"),
        ("An Il-20 returning to Khmeimim was shot down by air defences.", "Khmeimim Air Base"),
        ("Zahedi, commander of the Quds Force in Lebanon and Syria, was killed.", "Lebanon"),
        ("Iran's ambassador to Syria said he was safe.", "Syria"),
        ("Iran has no acknowledged naval base in Syria.", "Syria"),
        ("Speaking at his weekly news conference in Tehran, Baghaei condemned it.", "Tehran"),
        ("Speaking at a conference in Herzliya, Gantz said Iran builds factories.", "Herzliya"),
        ("Compare the aftermath of the 2005 Hariri assassination in Beirut.", "Beirut"),
        ("By comparison, the 1999 bombing of the embassy in Belgrade was condemned.", "Belgrade"),
    ],
)
def test_places_that_are_no_event_locations(tmp_path: Path, text: str, place: str) -> None:
    assert place not in {e.place for e in _events(tmp_path, text + "\n", "a.txt")}


@pytest.mark.parametrize(
    "text",
    [
        "Like the Sayyida Zaynab shrine, the Ruqayya mosque draws pilgrims. "
        "The shrine was renovated in 1985.",
        "Its dome is reminiscent of the Imam Reza shrine in Mashhad, says the Ruqayya mosque's "
        "guide. The shrine was renovated in 1985.",
    ],
)
def test_a_shrine_only_compared_with_is_not_what_the_shrine_means(
    tmp_path: Path, text: str
) -> None:
    events = _events(tmp_path, text + "\n", "a.txt")
    renovated = [e.place for e in events if e.date_start == "1985"]
    assert renovated == ["Sayyidah Ruqayya Mosque"]


def test_a_timeline_in_the_present_tense_still_advances(tmp_path: Path) -> None:
    (event,) = _events(tmp_path, "- March 2013: Rebels enter Raqqa.\n")
    assert (event.place, event.category, event.date_start) == ("Raqqa", "incident", "2013-03")


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets struck targets around **Talbiseh**, **Rastan** and **Kafr Nabudah**.",
        "Israeli missiles struck SSRC sites near [[Talbiseh]], [[Rastan]] and [[Kafr Nabudah]].",
    ],
)
def test_marked_up_names_in_a_list_share_the_event(tmp_path: Path, text: str) -> None:
    events = _events(tmp_path, text + "\n", "a.txt")
    assert {e.place for e in events if e.category == "incident"} >= {"Talbiseh", "Ar Rastan"}


def test_a_date_across_a_relative_clause_belongs_to_the_main_one(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Moscow (AFP) - Published: 18/12/2024 - 11:52 Modified: 18/12/2024 - 14:20\n\n"
        "Russian troops withdrew from the airport at Qamishli, where they had been "
        "stationed since 2019, on December 14, a Kurdish official said.\n",
        "news.txt",
    )
    assert by_place(events)["Qamishli Airport"].date_start == "2024-12-14"


def test_a_relative_clause_does_not_hide_the_passive_strike(tmp_path: Path) -> None:
    (event,) = _events(
        tmp_path, "Damascus airport, which opened in 1960, was struck on 3 May 2024.\n", "a.txt"
    )
    assert (event.category, event.date_start) == ("incident", "2024-05-03")


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "- **3 February 2024** – In retaliation for the Tower 22 drone attack on "
            "28 January, US forces struck Al-Bukamal.",
            "Abu Kamal",
            "2024-02-03",
        ),
        (
            "- Assad flew to Tehran on 22 May 2024 after Raisi's death on 19 May.",
            "Tehran",
            "2024-05-22",
        ),
        (
            "- Following the fall of Assad in December 2024, Russia withdrew equipment from "
            "Tartus, and in January 2025 Damascus cancelled the contract.",
            "Tartus",
            "2024-12",
        ),
    ],
)
def test_what_an_event_answered_or_followed_keeps_its_own_date(
    tmp_path: Path, text: str, place: str, date: str
) -> None:
    assert by_place(_events(tmp_path, text + "\n"))[place].date_start == date


def test_the_fall_of_a_town_is_its_capture(tmp_path: Path) -> None:
    (event,) = _events(tmp_path, "The fall of Hama opens the road south to the coast.\n", "a.txt")
    assert (event.place, event.category, event.event) == ("Hama", "incident", "Fall in Hama")


def test_a_photo_caption_does_not_date_the_page() -> None:
    text = "# Title\n\nSmoke rises over Aleppo airport on June 10, 2022. (AFP)\n\nText follows.\n"
    assert document_date(text) is None


@pytest.mark.parametrize(
    "links",
    [
        "Read more: Russia says Khmeimim base repelled new drone swarm\n\n"
        "RELATED: Iran's foreign minister visits Tehran\n",
        "Read also:\n\n- Army units destroy positions in Hama countryside\n"
        "- Iran FM visits Tehran\n",
        # a section title that is also a boilerplate line
        "Related Coverage\n- Syria says Israeli missiles hit near Hama, wounding soldiers\n"
        "- Explainer: Why Israel keeps striking Iranian targets in Tehran\n",
        # long headlines, unmarked, under a wire's "More news:" or "Related:"
        "More news:\nKalashnikov Concern to unveil new drones at Army-2018 forum in Kubinka\n"
        "Iranian Foreign Minister Zarif to visit Tehran, says the Syrian foreign ministry\n",
        # one to a bullet
        "- Read also: Turkish drone strike kills two civilians near Tishreen Dam\n"
        "- Read also: SDF and Damascus hold second round of talks on integration\n",
        "• Read more: Israeli jets strike Mezzeh airport again\n",
        "Related:\nRussian Military Police Deployed in Aleppo to Maintain Order\n"
        "Syrian Army Advances Toward Al-Mayadin, Kills Dozens of Daesh Terrorists in Hama\n",
    ],
)
def test_links_to_other_articles_are_no_events(tmp_path: Path, links: str) -> None:
    events = _events(tmp_path, "Israeli jets struck Damascus on Monday.\n\n" + links, "news.txt")
    assert [e.place for e in events] == ["Damascus"]


def test_the_damascus_countryside_is_rif_dimashq(tmp_path: Path) -> None:
    events = _events(
        tmp_path, "Israeli jets struck positions in the Damascus countryside.\n", "a.txt"
    )
    assert [e.place for e in events] == ["Rif Dimashq Governorate"]


def test_a_footnote_after_a_year_ends_the_sentence(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Seven IRGC members were killed in a strike on T-4 on 9 April 2018.8 Israeli "
        "commandos raided Masyaf on 8 September 2024.10 It cost 33.42 Mb of data.\n",
        "paper.txt",
    )
    dated = {(e.place, e.date_start) for e in events}
    assert {("Tiyas Military Airbase", "2018-04-09"), ("Masyaf", "2024-09-08")} <= dated


def test_words_a_pdf_copy_broke_at_line_ends_are_joined(tmp_path: Path) -> None:
    text = (
        "In September 2018 Israeli jets struck targets in Lata-\n"
        "kia and near Da-\nmascus, and an Il-20 was shot down over the sea.\n"
        "Militias held positions in the Zay-\nnab district south of the\n"
        "capital, where a pro-\nIranian militia kept a well-\nknown post.\n"
        "In May 2019 jets struck a depot in Deir ez-\nZor. In November 2020 jets hit the\n"
        "IRGC's headquarters at Damascus Inter-\nnational Airport, the army said.\n"
    )
    events = _events(tmp_path, text, "paper.txt")
    places = {e.place for e in events}
    assert {"Latakia", "Damascus", "Deir ez-Zor", "Damascus International Airport"} <= places
    kept = read_document(tmp_path / "paper.txt", tmp_path).text
    assert "pro-Iranian" in kept and "Zaynab" in kept  # a hyphen before a capital stays


def test_one_hyphen_at_a_line_end_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("A long-\nrange missile hit Homs.\n", encoding="utf-8")
    assert read_document(path, tmp_path).text.startswith("A long-\nrange")


def test_an_inventorys_entries_are_records(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "# Foreign military sites in Syria\n\n## Russian sites\n\n"
        "1. Hmeimim airbase – Latakia – Russian Aerospace Forces\n"
        "2. Qamishli airport – Russian helicopters\n\n"
        "## Iranian sites\n\n- Sayyidah Zainab: shrine area, Hezbollah HQ\n\n"
        "## Elsewhere\n\n- Home - News - Syria\n"
        "- The Russian Way of War in Syria (2020) - M. Kofman - ISBN 978-1-64012-000-0\n",
    )
    assert {e.place: e.category for e in events} == {
        "Khmeimim Air Base": "base",
        "Latakia": "base",
        "Qamishli Airport": "base",
        "Sayyidah Zaynab": "shrine",
    }


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the section's last year (2025) is not the one these days belong to
        (
            "New rulers took office in 2025. Aleppo fell on 30 November and Hama on "
            "5 December 2024.",
            "2024-11-30",
        ),
        (
            "New rulers took office in 2025. Aleppo was besieged from 27 December to 8 March 2025.",
            "2024-12-27",
        ),
    ],
)
def test_a_year_less_day_takes_the_year_of_the_day_it_is_paired_with(
    tmp_path: Path, text: str, date: str
) -> None:
    assert by_place(_events(tmp_path, text + "\n", "a.txt"))["Aleppo"].date_start == date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "On 31 December 2017 and 6 January 2018, drones attacked Khmeimim.",
            "2017-12-31",
            "2018-01-06",
        ),
        ("Israeli jets struck Khmeimim in August and in September 2022.", "2022-08", "2022-09"),
        ("Israeli jets struck Khmeimim in 2020 and 2021.", "2020", "2021"),
    ],
)
def test_two_dates_close_together_joined_by_and_are_one_events_range(
    tmp_path: Path, text: str, start: str, end: str
) -> None:
    (event,) = _events(tmp_path, text + "\n", "a.txt")
    assert (event.date_start, event.date_end, event.date_precision) == (start, end, "range")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Israeli jets struck Khmeimim in August 2022 and in March 2023.", ["2022-08", "2023-03"]),
        ("Assad made two visits to Tehran, in February 2019 and May 2022.", ["2019-02", "2022-05"]),
        ("Media reported attacks on al-Safira in 2019, 2022 and 2023.", ["2019", "2022", "2023"]),
        (
            "Israel struck Damascus International Airport on 21 January 2019 and on 10 June 2022.",
            ["2019-01-21", "2022-06-10"],
        ),
        ("Jets struck T4 on 9 April, 17 May and 30 May 2018.", ["2018-04-09", "2018-05-17"]),
        # "again" says two events, however close together
        (
            "Israeli jets struck Khmeimim in April 2018 and again in May 2018.",
            ["2018-04", "2018-05"],
        ),
        (
            "Rockets hit Khmeimim on 6 January 2018 and again on 8 January.",
            ["2018-01-06", "2018-01-08"],
        ),
    ],
)
def test_dates_listed_far_apart_are_one_event_each(
    tmp_path: Path, text: str, dates: list[str]
) -> None:
    events = _events(tmp_path, text + "\n", "a.txt")
    assert sorted(e.date_start or "" for e in events) == dates
    assert len({e.place for e in events}) == 1 and len({e.id for e in events}) == len(dates)


def test_a_year_and_a_later_day_in_another_clause_are_not_a_list(tmp_path: Path) -> None:
    text = (
        "The mosque became a gathering point for protesters in 2011, and on 27 August 2011 "
        "security forces stormed the mosque in Kafr Sousa.\n"
    )
    (event,) = _events(tmp_path, text, "a.txt")
    assert event.date_start == "2011-08-27"


def test_two_dated_clauses_keep_their_own_dates(tmp_path: Path) -> None:
    text = "Israel struck T-4 on 9 April 2018 and Shayrat on 7 April 2017.\n"
    dated = {(e.place, e.date_start, e.date_end) for e in _events(tmp_path, text, "a.txt")}
    assert dated == {
        ("Tiyas Military Airbase", "2018-04-09", None),
        ("Shayrat Airbase", "2017-04-07", None),
    }


def test_a_timeline_entrys_weekday_counts_back_from_its_date(tmp_path: Path) -> None:
    events = _events(tmp_path, "- 10 December 2024 – Russian ships left Tartus late on Sunday.\n")
    assert by_place(events)["Tartus"].date_start == "2024-12-08"


def test_a_pictures_caption_is_no_title_whose_date_dates_the_story(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Russian convoys head to the coast</h1>"
        "<p>By Staff | Dec. 16, 2024</p>"
        "<figure><figcaption>A convoy near Saraqib, Dec. 14, 2024. Social media</figcaption>"
        "</figure><p>Russia is concentrating its troops at the Khmeimim air base.</p>"
        "</body></html>"
    )
    events = _events(tmp_path, page, "convoys.html")
    lead = [e for e in events if e.place_id == "khmeimim-air-base"]
    assert lead and all(e.date_start != "2024-12-14" for e in lead)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hama fell on December 5 and Homs on December 7, 2024.",
            {"Hama": "2024-12-05", "Homs": "2024-12-07"},
        ),
        (
            "Government forces captured al-Mayadin on 14 October 2017 and Albu Kamal in November.",
            {"Al-Mayadin": "2017-10-14", "Abu Kamal": "2017-11"},
        ),
    ],
)
def test_a_clause_whose_verb_is_left_out_shares_the_one_before(
    tmp_path: Path, sentence: str, expected: dict[str, str]
) -> None:
    events = by_place(_events(tmp_path, f"Chronicle\n\n{sentence}\n"))
    assert {place: events[place].date_start for place in expected} == expected
    assert {events[place].category for place in expected} == {"incident"}


def test_a_sentences_year_gives_way_to_a_day_within_it(tmp_path: Path) -> None:
    events = by_place(
        _events(
            tmp_path, "Chronicle\n\nIn 2024, Masyaf was struck by Israeli jets on 8 September.\n"
        )
    )
    assert events["Masyaf"].date_start == "2024-09-08"


def test_a_conjunct_that_repeats_its_preposition_after_a_time_shares_the_event(
    tmp_path: Path,
) -> None:
    events = by_place(
        _events(
            tmp_path,
            "Chronicle\n\nIn 2018, Russia deployed S-300 batteries to Masyaf and, a month "
            "later, to Tartus.\n",
        )
    )
    assert {events[p].category for p in ("Masyaf", "Tartus")} == {"base"}


def test_a_plain_text_timelines_year_lines_and_month_heads_date_its_entries(
    tmp_path: Path,
) -> None:
    text = (
        "EASTERN SYRIA TIMELINE\nPrepared for issue 41 (March 2024)\n\n"
        "2017\n - 14 October: Al-Mayadin is recaptured.\n\n"
        "2019:\n - September: Israeli jets strike the Imam Ali base.\n"
        " - November – Israeli jets struck Masyaf.\n"
    )
    events = by_place(_events(tmp_path, text, "timeline.txt"))
    dates = {place: events[place].date_start for place in ("Al-Mayadin", "Masyaf")}
    assert dates == {"Al-Mayadin": "2017-10-14", "Masyaf": "2019-11"}
    assert events["Imam Ali military base"].date_start == "2019-09"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Russian wire's legal note on a group is neither a place nor a ban
        (
            "On 3 March 2016, Russian jets bombed Islamic State (a terrorist organisation "
            "banned in Russia) positions near Palmyra.",
            {"Palmyra": "incident"},
        ),
        # a treaty's name is no place
        ("Diplomats are protected under the Vienna Convention, Iran said on 2 April 2024.", {}),
        # where a named leader spoke is no event place
        (
            "In Tehran, Supreme Leader Ali Khamenei said on 11 December 2024 that the collapse "
            "was planned abroad.",
            {},
        ),
        # a timeline's present tense: a town falls, leaders agree
        ("Yabroud falls on 16 March 2014.", {"Yabrud": "incident"}),
        ("Aleppo city falls on 30 November 2024.", {"Aleppo": "incident"}),
        (
            "Lavrov and Kerry agreed in Geneva on 9 September 2016 on a package of documents.",
            {"Geneva": "diplomacy"},
        ),
    ],
)
def test_wire_notes_treaty_names_speakers_and_timeline_verbs(
    tmp_path: Path, sentence: str, expected: dict[str, str]
) -> None:
    events = _events(tmp_path, f"News\n\n{sentence}\n")
    assert {e.place: e.category for e in events} == expected


def test_a_day_counted_from_the_sentences_own_day_dates_its_clause(tmp_path: Path) -> None:
    events = by_place(
        _events(
            tmp_path,
            "Strikes\n\nOn 7 April 2017, US destroyers fired missiles at Shayrat air base in "
            "response to the chemical attack on Khan Shaykhun three days earlier.\n",
        )
    )
    assert events["Khan Shaykhun"].date_start == "2017-04-04"
    assert events["Shayrat Airbase"].date_start == "2017-04-07"


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        ("On 15 October 2019, Russian military police entered Manbij.", "Manbij", "base"),
        (
            "Israeli jets pounded positions in Deir ez-Zor on 13 January 2021.",
            "Deir ez-Zor",
            "incident",
        ),
        (
            "On 10 June 2022 Damascus international airport was put out of service after "
            "missiles cratered its runways.",
            "Damascus International Airport",
            "incident",
        ),
    ],
)
def test_deployments_and_strikes_on_positions_and_runways(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    assert by_place(_events(tmp_path, f"News\n\n{sentence}\n"))[place].category == category


def test_a_timeline_entrys_later_month_is_its_sequel_not_last_year(tmp_path: Path) -> None:
    text = (
        "Russia in Syria: a chronology\n\n"
        "September 30, 2015 - Russian aircraft began strikes near Homs.\n\n"
        "October 7, 2015 - Warships fired cruise missiles at targets near Aleppo.\n\n"
        "October 31, 2015 - An airliner crashed in Sinai. On November 17, bombers struck "
        "targets in Raqqa.\n"
    )
    assert by_place(_events(tmp_path, text))["Raqqa"].date_start == "2015-11-17"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capital that acts after an adverb is its government
        (
            "Russian police deployed to Qamishli airport in November 2019, and Moscow later "
            "set up a helicopter base there.",
            {"Qamishli Airport": "base"},
        ),
        # the government in a capital; a hospital the wounded were taken to
        ("The regime in Baghdad allowed Iranian cargo flights in 2013.", {}),
        (
            "Five fighters were killed and the wounded were transferred to a field hospital in "
            "Al-Mayadin on 5 May 2019.",
            {},
        ),
        # a subject set apart by an appositive is still the sentence's target
        (
            "Albu Kamal, on the Euphrates River near the border, has been a frequent target of "
            "strikes since 2018.",
            {"Abu Kamal": "incident"},
        ),
    ],
)
def test_governments_hospitals_and_appositive_subjects(
    tmp_path: Path, sentence: str, expected: dict[str, str]
) -> None:
    events = _events(tmp_path, f"News\n\n{sentence}\n")
    assert {e.place: e.category for e in events} == expected


def test_a_search_results_title_over_its_link_is_a_headline_of_its_own(
    tmp_path: Path,
) -> None:
    text = (
        "Google Search - saved page\n\n"
        "5. Israel Strikes Iranian Base Near Damascus | The Washington Institute\n"
        "https://www.washingtoninstitute.org/policy-analysis/israel-strikes-iranian-base\n"
        "Dec 4, 2017 — Israeli aircraft reportedly struck an Iranian-built base near "
        "al-Kiswah early on Saturday.\n\n"
        "6. Map of Iranian positions in southern Syria (2018) : r/syriancivilwar\n"
        "https://www.reddit.com/r/syriancivilwar/comments/8xk2lq/map/\n"
        "Positions around Izraa and Tal al-Harra in Daraa.\n"
    )
    events = _events(tmp_path, text, "dump.txt")
    # the title tells its strike as a headline does; the snippet is another sentence
    title = [(e.place, e.category) for e in events if e.evidence.startswith("5. Israel")]
    assert title == [("Damascus", "incident")]
    assert by_place(events)["Izraa"].date_start == "2018"


def test_a_photo_captions_sentence_is_read_and_its_credit_is_not(tmp_path: Path) -> None:
    text = (
        "Funeral held for IRGC advisers\n\n"
        "TEHRAN - Thousands attended the funeral of seven advisers on Thursday.\n\n"
        "Photo: Reuters/Omar Sanadiki\n\n"
        "Photo caption: Smoke rises over the Mezzeh military airport in Damascus after an "
        "Israeli strike, 10 December 2024.\n"
    )
    events = by_place(_events(tmp_path, text, "story.txt"))
    airport = events["Mezzeh Military Airport"]
    assert (airport.category, airport.date_start) == ("incident", "2024-12-10")
    assert not any("Sanadiki" in e.evidence for e in events.values())


@pytest.mark.parametrize(
    ("caption", "place", "day"),
    [
        ("Photo: Damage to the Syrian Ministry of Defense building in Damascus, July 16, 2025.",
         "Damascus", "2025-07-16"),
        ("*Caption: Guards outside the Sayyida Ruqayya shrine, al-Amara district, Damascus, "
         "10 January 2025.*", "Sayyidah Ruqayya Mosque", "2025-01-10"),
        ("[Photo 2: Israeli strike damage at the shrine of Sayyida Zaynab, 17 June 2022]",
         "Sayyidah Zaynab Mosque", "2022-06-17"),
        ("Figure 1: Khmeimim Air Base main apron, 16 December 2024 (35.401 N, 35.949 E). Two "
         "Ka-52 helicopters stand near the hangars.", "Khmeimim Air Base", "2024-12-16"),
    ],
)  # fmt: skip
def test_a_verbless_caption_that_ends_in_its_day_shows_a_scene_of_that_day(
    tmp_path: Path, caption: str, place: str, day: str
) -> None:
    text = f"Syria flash update\n\nPhoto: Reuters/Omar Sanadiki\n\n{caption}\n"
    events = by_place(_events(tmp_path, text, "update.md"))
    assert events[place].date_start == day
    assert not any("Sanadiki" in e.evidence for e in events.values())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of gapped clauses parted by commas
        (
            "The offensive captured Aleppo on November 30, 2024, Hama on December 5, and Homs "
            "on December 7.",
            {"Aleppo": "2024-11-30", "Hama": "2024-12-05", "Homs": "2024-12-07"},
        ),
        # a place's own noun does not end the gapped clause or the list
        (
            "Opposition fighters seized Aleppo city on November 30, 2024 and Hama city on "
            "December 5.",
            {"Aleppo": "2024-11-30", "Hama": "2024-12-05"},
        ),
        (
            "In May 2019 shelling hit villages around Kafr Nabl, Maarat al-Numan city, Khan "
            "Shaykhun and Saraqib.",
            {name: "2019-05" for name in ("Kafr Nabl", "Maarat al-Numan", "Saraqib")},
        ),
        (
            "In May 2019 shelling hit southern Idlib and northern Hama governorates.",
            {"Idlib Governorate": "2019-05", "Hama Governorate": "2019-05"},
        ),
        # state media's "aerial aggression" is a strike
        (
            "The enemy carried out an aerial aggression on 13 January 2021 on the town of "
            "Deir al-Zour.",
            {"Deir ez-Zor": "2021-01-13"},
        ),
        # "the August 15 attack" dates the attack (the September 11 attacks stay a name)
        (
            "On August 23, 2022, US forces struck Deir ez-Zor in response to the August 15 attack "
            "on At Tanf.",
            {"Deir ez-Zor": "2022-08-23", "Al-Tanf garrison": "2022-08-15"},
        ),
    ],
)
def test_gapped_lists_state_media_strikes_and_dated_attacks(
    tmp_path: Path, sentence: str, expected: dict[str, str]
) -> None:
    events = by_place(_events(tmp_path, f"News\n\n{sentence}\n"))
    assert {place: events[place].date_start for place in expected} == expected
    assert {events[place].category for place in expected} == {"incident"}


def test_where_a_ministry_called_and_what_talks_were_about_are_no_event_places(
    tmp_path: Path,
) -> None:
    text = (
        "News\n\nIn Moscow, the Russian Foreign Ministry called the January 13, 2021 strikes "
        "a violation.\n\nOn 2 March 2024, the ministers discussed the situation in Gaza and "
        "the Red Sea and held talks in Tehran.\n"
    )
    assert {e.place for e in _events(tmp_path, text)} == {"Tehran"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the office's words end at a verb: where the commander was killed is the place
        (
            "On 10 April 2025 a commander of the General Security forces was killed in "
            "Busra al-Sham.",
            {"Bosra": "incident"},
        ),
        # a site struck in the passive keeps the event over the town that locates it
        (
            "The Jamraya research centre northwest of Damascus was struck in January 2013.",
            {"Jamraya research centre": "incident"},
        ),
        # examples of the villages a phrase placed somewhere first
        (
            "Israeli troops raided villages in Quneitra province in December 2024, including "
            "Khan Arnabah and Jubata al-Khashab.",
            {
                "Quneitra Governorate": "incident",
                "Khan Arnabeh": "incident",
                "Jubata al-Khashab": "incident",
            },
        ),
    ],
)
def test_office_words_passive_sites_and_placed_examples(
    tmp_path: Path, sentence: str, expected: dict[str, str]
) -> None:
    events = _events(tmp_path, f"News\n\n{sentence}\n")
    assert {e.place: e.category for e in events} == expected


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        (
            "In January 2025 a delegation met officials in Daraa to discuss a return.",
            "Daraa",
            "diplomacy",
        ),
        ("On 13 November 2016 Hezbollah held a military parade at al-Qusayr.", "Al-Qusayr", "base"),
    ],
)
def test_officials_met_somewhere_and_a_parade_at_a_town(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    assert by_place(_events(tmp_path, f"News\n\n{sentence}\n"))[place].category == category


def test_a_towns_market_struck_is_the_town(tmp_path: Path) -> None:
    text = (
        "News\n\nOn 13 November 2017 Russian aircraft carried out airstrikes on the market "
        "of Al-Atarib, killing 53 people.\n"
    )
    assert by_place(_events(tmp_path, text))["Al Atarib"].category == "incident"


def test_a_capital_named_after_its_countrys_adjective_is_located(tmp_path: Path) -> None:
    text = "News\n\nOn 14 March 2023 talks were held in the Kazakh capital Astana.\n"
    assert by_place(_events(tmp_path, text))["Astana"].category == "diplomacy"


def test_a_stretch_from_one_place_to_another_has_two_ends(tmp_path: Path) -> None:
    text = (
        "News\n\nOn 13 January 2021 the strikes hit positions stretching from the city of "
        "Deir el-Zour to the Albu Kamal desert.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert {events[p].category for p in ("Deir ez-Zor", "Abu Kamal")} == {"incident"}


def test_a_routes_end_does_not_take_the_base_it_left_from(tmp_path: Path) -> None:
    text = "News\n\nOn 8 December 2024 Assad was flown from Hmeimim to Moscow.\n"
    moscow = by_place(_events(tmp_path, text)).get("Moscow")
    assert moscow is None or moscow.category != "base"


def test_where_someone_had_led_operations_is_a_career_not_an_event(tmp_path: Path) -> None:
    text = (
        "News\n\nZahedi, 63, had led Quds Force operations in Lebanon and Syria and was "
        "killed in Damascus on 1 April 2024.\n"
    )
    assert {e.place for e in _events(tmp_path, text)} == {"Damascus"}


@pytest.mark.parametrize(
    "sentence",
    [
        "On 30 September 2019, the al-Qaim–Albu Kamal border crossing was reopened.",
        "On 30 September 2019, Iraq and Syria reopened the Albu Kamal-al-Qaim crossing.",
    ],
)
def test_a_crossing_named_by_the_two_towns_it_joins_maps_both(
    tmp_path: Path, sentence: str
) -> None:
    events = by_place(_events(tmp_path, f"News\n\n{sentence}\n"))
    assert {events[p].date_start for p in ("Abu Kamal", "Al-Qaim")} == {"2019-09-30"}


def test_a_pair_of_capitals_is_still_no_place(tmp_path: Path) -> None:
    text = "News\n\nIn 2019 the Tehran-Damascus axis grew stronger.\n"
    assert _events(tmp_path, text) == []


def test_a_towns_name_before_a_shared_bases_noun_is_its_base(tmp_path: Path) -> None:
    text = "News\n\nOn 25 March 2025, the IDF struck the Tadmur and T4 bases in the Homs area.\n"
    events = by_place(_events(tmp_path, text))
    assert {"Palmyra Airport", "Tiyas Military Airbase"} <= set(events)
    assert "Palmyra" not in events


def test_a_groups_home_country_is_who_not_where(tmp_path: Path) -> None:
    text = (
        "News\n\nOn 2 April 2024 Hezbollah, Iran's main ally in Lebanon, fired rockets at "
        "Israeli positions in the Golan Heights.\n"
    )
    assert "Lebanon" not in by_place(_events(tmp_path, text))


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        ("The last residents of Kafriya were evacuated in July 2018.", "Kafriya", "other"),
        # a military site evacuated is a withdrawal from a base
        ("Russian forces evacuated Palmyra airport in December 2024.", "Palmyra Airport", "base"),
    ],
)
def test_an_evacuation_is_no_incident(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    assert by_place(_events(tmp_path, f"News\n\n{sentence}\n"))[place].category == category


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a departure denied is a presence kept
        (
            "On 13 December 2024 Russia said it is not leaving its two main bases at Hmeimim "
            "and Tartus.",
            {"Khmeimim Air Base", "Tartus"},
        ),
        # any other denial still names no event
        ("On 13 December 2024 Israel said it did not strike Tartus.", set()),
    ],
)
def test_a_denied_departure_keeps_the_base(
    tmp_path: Path, sentence: str, expected: set[str]
) -> None:
    assert {e.place for e in _events(tmp_path, f"News\n\n{sentence}\n")} == expected


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # (the buffer zone on the heights is a place of its own in the gazetteer)
        ("On 8 December 2024 Israeli troops moved into the buffer zone on the Golan Heights.",
         "Golan buffer zone (UNDOF Area of Separation)"),
        ("On 9 December 2024 Israel built nine outposts on the Golan Heights.", "Golan Heights"),
    ],
)  # fmt: skip
def test_where_troops_stand_on_a_height_is_a_place(
    tmp_path: Path, sentence: str, place: str
) -> None:
    assert place in by_place(_events(tmp_path, f"News\n\n{sentence}\n"))


def test_a_list_items_dashed_label_is_its_place(tmp_path: Path) -> None:
    text = (
        "# Sites\n\n"
        "- al-Kiswah – An Iranian base south of Damascus was struck by Israel on 2 December "
        "2017.\n"
        "- Daraa and Quneitra – Russian military police deployed along the Golan ceasefire "
        "line in August 2018.\n\n"
        "Tehran – Iran's foreign minister said on 3 May 2018 that talks would go on.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert {"Al-Kiswah", "Daraa", "Quneitra Governorate"} <= set(events)
    assert "Tehran" not in events  # a dateline's city, not a label


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("[07.04.2018 14:20] Government jets pound Douma after talks collapse.", "Douma"),
        ("[14.04.2018 03:55] BREAKING Huge explosions rock Damascus.", "Damascus"),
    ],
)
def test_a_feeds_present_tense_strikes_are_incidents(tmp_path: Path, line: str, place: str) -> None:
    assert by_place(_events(tmp_path, f"Feed\n\n{line}\n"))[place].category == "incident"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Homs city was taken in the early hours of 8 December 2024.", "Homs"),
        ("On 6 February 2020, they entered Saraqib.", "Saraqib"),
        ("On 18 March 2018, Turkish forces and affiliated armed groups entered Afrin.", "Afrin"),
    ],
)
def test_a_town_taken_or_entered_is_captured(tmp_path: Path, sentence: str, place: str) -> None:
    assert by_place(_events(tmp_path, f"News\n\n{sentence}\n"))[place].category == "incident"


def test_where_people_now_live_is_no_event_place(tmp_path: Path) -> None:
    text = (
        "News\n\nIn March 2025 Syrian families, many of whom now live in Hermel and Baalbek, "
        "fled the clashes.\n"
    )
    assert _events(tmp_path, text) == []


def test_a_resting_place_is_a_burial(tmp_path: Path) -> None:
    text = "News\n\nOn 7 October 2024 the fighter was carried to his resting place in Kfar Kila.\n"
    assert by_place(_events(tmp_path, text))["Kfar Kila"].category == "other"


def test_a_timeline_entrys_headline_passive_after_its_date(tmp_path: Path) -> None:
    text = "Timeline\n\n- Dec. 8, 2024 — Iranian embassy in Damascus stormed by crowds.\n"
    events = by_place(_events(tmp_path, text, "timeline.md"))
    assert events["Embassy of Iran, Damascus"].category == "incident"


@pytest.mark.parametrize(
    ("sentence", "place", "day"),
    [
        ("Officials continue to assess damage at the Fordow, Natanz and Isfahan nuclear "
         "facilities, which US forces struck on June 22, 2025.", "Isfahan", "2025-06-22"),
        ("Traffic resumed at the Albu Kamal–Al-Qaim crossing, which reopened on 30 September "
         "2019.", "Abu Kamal", "2019-09-30"),
    ],
)  # fmt: skip
def test_a_relative_clause_on_a_list_or_a_named_site_dates_its_places(
    tmp_path: Path, sentence: str, place: str, day: str
) -> None:
    text = f"Iran Update, July 17, 2025\n\n{sentence}\n"
    assert by_place(_events(tmp_path, text, "update.txt"))[place].date_start == day


def test_how_long_strikes_went_on_does_not_date_a_presence(tmp_path: Path) -> None:
    text = (
        "Iran mapping, June 2021\n\nIn Homs governorate, the IRGC and Hezbollah share "
        "facilities at the T4 (Tiyas) airbase, which Israel has struck repeatedly since "
        "February 2018.\n"
    )
    event = by_place(_events(tmp_path, text, "report.md"))["Tiyas Military Airbase"]
    assert (event.category, event.year_start) == ("base", 2021)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("After the Islamic State seized Palmyra in May 2015, T4 became the front line.",
         {"Palmyra": ("incident", "2015-05")}),
        ("The border crossing between Albu Kamal and the Iraqi town of al-Qaim reopened in "
         "September 2019.", {"Abu Kamal": ("diplomacy", "2019-09"),
                             "Al-Qaim": ("diplomacy", "2019-09")}),
    ],
)  # fmt: skip
def test_an_after_clause_tells_its_event_and_a_crossing_is_at_both_towns(
    tmp_path: Path, sentence: str, expected: dict[str, tuple[str, str]]
) -> None:
    events = by_place(_events(tmp_path, f"News\n\n{sentence}\n"))
    assert {p: (events[p].category, events[p].date_start) for p in expected} == expected


def test_a_road_between_two_towns_and_a_since_clause_are_still_no_events(
    tmp_path: Path,
) -> None:
    text = (
        "News\n\nThe road between Homs and Palmyra was cut in 2015. Smuggling has gone on "
        "near the Nasib crossing since the regime recaptured the area in July 2018.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert "Homs" not in events and "Palmyra" not in events
    assert events["Nasib border crossing"].category != "incident"


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        ("So HTS takes Aleppo at the end of November 2024.", "Aleppo", "incident"),
        ("Araghchi flies to Damascus on 1 December 2024 and meets Assad.", "Damascus",
         "diplomacy"),
        ("Ebrahim Raisi landed in Damascus on 3 May 2023.", "Damascus", "diplomacy"),
        ("Government forces and Iran-backed militias took Albu Kamal from the Islamic State in "
         "November 2017.", "Abu Kamal", "incident"),
        ("Israel hits Mezzeh on 20 January 2024.", "Mazzeh", "incident"),
        ("Remember in 2015 when an Israeli helicopter strike in Quneitra killed six fighters?",
         "Quneitra Governorate", "incident"),
        ("And don't forget the Sayyida Sukayna shrine in Darayya.", "Sayyida Sukayna shrine",
         "shrine"),
    ],
)  # fmt: skip
def test_a_story_told_in_the_present_a_reminder_and_dont_forget_tell_events(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    events = by_place(_events(tmp_path, f"Podcast\n\n{sentence}\n"))
    assert events[place].category == category


def test_a_real_question_and_a_denial_tell_no_event(tmp_path: Path) -> None:
    text = "Podcast\n\nDid Israel strike Homs in 2019? Russia did not strike Hama in 2019.\n"
    assert _events(tmp_path, text) == []


def test_the_naval_base_is_not_the_air_base_named_last(tmp_path: Path) -> None:
    text = (
        "Russia in Syria\n\nIl-76 transports shuttled between the coast and the Russian base "
        "at Khadim in eastern Libya in December 2024. In January the government cancelled "
        "the port contract, and Israeli jets struck the naval base.\n"
    )
    events = _events(tmp_path, text)
    assert [e.date_start for e in events if e.place == "Al-Khadim Air Base"] == ["2024-12"]


def test_a_story_told_from_december_on_goes_into_the_next_january(tmp_path: Path) -> None:
    text = (
        "Russia in Syria\n\nAssad fled to Moscow in December 2024. In January the new "
        "government cancelled the contract for the commercial port of Tartus.\n"
    )
    assert by_place(_events(tmp_path, text))["Port of Tartus (commercial)"].year_start == 2025


@pytest.mark.parametrize(
    "sentence",
    [
        "This brief reviews imagery of the Tartus naval facility from December 2024 to "
        "October 2025.",
        "We focus on three areas: the Sayyida Zaynab shrine district, the Mezzeh quarter and "
        "the road to Damascus International Airport.",
        "Human Rights Watch interviewed former detainees between January and July 2019 in "
        "Gaziantep and Istanbul, in Beirut, and in Berlin.",
    ],
)
def test_a_reports_words_on_its_own_scope_and_method_tell_no_event(
    tmp_path: Path, sentence: str
) -> None:
    assert _events(tmp_path, f"Report\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("Israeli missiles destroyed a building in Kafr Sousa during a meeting of IRGC "
         "officers on 20 January 2024.", "Kafr Sousa", ("incident", "2024-01-20")),
        ("Putin shakes hands with Sharaa during their meeting in Moscow on October 15, 2025.",
         "Moscow", ("diplomacy", "2025-10-15")),
        ("The attack on the Iranian consulate in Mezzeh on 1 April 2024 violated the Vienna "
         "Conventions of 1961 and 1963.", "Mazzeh", ("incident", "2024-04-01")),
        ("The number of Russian aircraft at Hmeimim has fallen sharply since December 2024.",
         "Khmeimim Air Base", ("base", "2024-12")),
        ("The Homs refinery had processed Iranian crude in 2019.", "Homs refinery",
         ("other", "2019")),
        # what a site is built or equipped with, what it received, where goods went
        ("By March 2025 the number of fixed-wing combat aircraft at Khmeimim had fallen from "
         "about 22 to 12.", "Khmeimim Air Base", ("base", "2025-03")),
        ("In 2024 equipment from Syria was taken to Al-Khadim Air Base in Libya.",
         "Al-Khadim Air Base", ("base", "2024")),
        ("In 2019 the port of Latakia received Iranian assistance.", "Port of Latakia",
         ("other", "2019")),
    ],
)  # fmt: skip
def test_meetings_treaties_falling_numbers_and_processed_crude(
    tmp_path: Path, sentence: str, place: str, expected: tuple[str, str]
) -> None:
    event = by_place(_events(tmp_path, f"Report\n\n{sentence}\n"))[place]
    assert (event.category, event.date_start) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On 17 December 2024, residents showed journalists a mass grave near Qutayfah.",
        "SOHR said government fighters executed at least 12 civilians in Qutayfah on "
        "17 December 2024.",
    ],
)
def test_a_mass_grave_and_an_execution_are_incidents(tmp_path: Path, sentence: str) -> None:
    text = f"Report\n\nThe army left Damascus in 2024.\n\n{sentence}\n"
    assert by_place(_events(tmp_path, text))["Al Qutayfah"].category == "incident"


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Foua and Kefraya, two Shia towns with some 20,000 inhabitants, have been besieged by "
         "rebels since March 2015.", {"Al-Fu'ah", "Kafriya"}),
        ("Eastern Aleppo, home to an estimated 250,000 people, came under full siege on 17 July "
         "2016.", {"Aleppo"}),
        ("Deir ez-Zor city, Mayadin and the desert near Albu Kamal were all hit that night in "
         "January 2021.", {"Deir ez-Zor", "Al-Mayadin", "Abu Kamal"}),
    ],
)  # fmt: skip
def test_a_subject_past_its_apposition_is_where_the_siege_was(
    tmp_path: Path, sentence: str, places: set[str]
) -> None:
    text = f"Report\n\nWar came to Idlib in 2012.\n\n{sentence}\n"
    events = by_place(_events(tmp_path, text))
    assert {p for p in places if events.get(p) and events[p].category == "incident"} == places


def test_what_stayed_under_control_is_no_event(tmp_path: Path) -> None:
    text = "Report\n\nHoms remained under Government control in 2016.\n"
    assert _events(tmp_path, text) == []


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        ("Opposition forces led by Hay'at Tahrir al-Sham entered Damascus on 8 December 2024.",
         "Damascus", "incident"),
        ("When government forces moved into Sweida in mid-July 2025, Israel struck their tanks.",
         "As-Suwayda", "incident"),
        ("Russian forces moved into Manbij on 15 October 2019.", "Manbij", "base"),
        ("The 25th Division entered Khan Shaykhun on 21 August 2019.", "Khan Shaykhun",
         "incident"),
        ("6 February 2020: entered Saraqib; the town changed hands twice.", "Saraqib",
         "incident"),
        ("Albu Kamal was declared captured on 19 November 2017.", "Abu Kamal", "incident"),
        ("The army declared Deir ez-Zor city fully recaptured on 3 November 2017.",
         "Deir ez-Zor", "incident"),
    ],
)  # fmt: skip
def test_armed_men_moving_in_take_a_place_and_invited_ones_deploy(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    assert by_place(_events(tmp_path, f"Report\n\n{sentence}\n"))[place].category == category


def test_where_someone_spoke_by_video_link_from_is_not_the_city(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn March 2016 troops drove the jihadists out of Palmyra. On 5 May an "
        "orchestra played in the Roman amphitheatre, with Putin appearing by video link from "
        "Sochi. In December 2016, Islamic State fighters retook the city.\n"
    )
    assert "Sochi" not in by_place(_events(tmp_path, text))


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("The tanker anchored at Tartus on 6 September 2019.", "Tartus", ("other", "2019-09-06")),
        ("Two small gas carriers discharged at Baniyas in March 2024.", "Baniyas",
         ("other", "2024-03")),
        ("Latakia was founded about 300 BCE by Seleucus I.", "Latakia", ("other", "-300")),
        ("On 5 May 2016 an orchestra performed a concert in the ruins at Palmyra.", "Palmyra",
         ("other", "2016-05-05")),
        ("On 24 April 2021 a tanker anchored off Baniyas caught fire after a drone attack.",
         "Baniyas", ("incident", "2021-04-24")),
    ],
)  # fmt: skip
def test_ships_calling_founding_concerts_and_fires(
    tmp_path: Path, sentence: str, place: str, expected: tuple[str, str]
) -> None:
    event = by_place(_events(tmp_path, f"Report\n\n{sentence}\n"))[place]
    assert (event.category, event.date_start) == expected


@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("Known locations: al-Mayadin, Hatla, Albu Kamal", {"Al-Mayadin", "Hatla", "Abu Kamal"}),
        ("HQ: Deir ez-Zor Military Airport (from 2013)", {"Deir ez-Zor Airport"}),
        ("**Area of operations:** Sayyida Zaynab, Aleppo", {"Sayyidah Zaynab", "Aleppo"}),
    ],
)
def test_a_units_labelled_locations_are_its_bases(
    tmp_path: Path, line: str, places: set[str]
) -> None:
    text = f"Liwa Fatemiyoun\n\nThe unit was formed in 2013.\n\n{line}\n"
    events = by_place(_events(tmp_path, text, "unit.md"))
    assert {p for p in places if p in events and events[p].category == "base"} == places


def test_a_sites_location_line_gives_its_landmarks_no_base(tmp_path: Path) -> None:
    text = "IRGC sites\n\nThe site was built in 2014.\n\n**Location:** south of Damascus.\n"
    assert "Damascus" not in by_place(_events(tmp_path, text, "sites.md"))


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2013 small detachments were sent to the Sayyida Zaynab district.",
        "The first Wagner contractors arrived in Latakia governorate in 2015.",
        "Russia deployed several thousand contractors to Palmyra in 2017.",
        # the verb may stand far from "to" when the force is a long list
        "In 2012 Iran sent thousands of Guard advisers and allied Shiite fighters to Syria "
        "to keep him in power.",
        "By then the Russian contingent in Syria had thinned out.",
        # forces that leave a place withdraw from it
        "In December 2024 Iranian personnel left Al-Mayadin within 48 hours.",
    ],
)
def test_detachments_and_contractors_sent_or_arriving_deploy(tmp_path: Path, sentence: str) -> None:
    events = _events(tmp_path, f"Report\n\n{sentence}\n")
    assert [e.category for e in events] == ["base"]


def test_a_force_along_a_line_is_there_but_along_a_road_is_not_at_its_town(
    tmp_path: Path,
) -> None:
    text = (
        "Report\n\nIn 2018 Russian military police deployed along the Golan ceasefire line. "
        "In 2017 the brigade pushed east along the Palmyra road. "
        "In 2019 Iran, along with Turkey, deployed observers.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Golan Heights"].category == "base"
    assert "Palmyra" not in events
    assert "Turkey" not in events


@pytest.mark.parametrize(
    ("item", "places"),
    [
        ("- Al-Kiswah, south of the capital, where reports in 2017 described an Iranian base.",
         {"Al-Kiswah"}),
        ("- Mayadin and Deir ez-Zor city along the Euphrates, where Iraqi militias controlled "
         "checkpoints.", {"Al-Mayadin", "Deir ez-Zor"}),
    ],
)  # fmt: skip
def test_a_list_items_town_is_where_its_where_clause_tells(
    tmp_path: Path, item: str, places: set[str]
) -> None:
    text = f"Iran in Syria\n\nIran built a network of sites in 2017.\n\n{item}\n"
    events = by_place(_events(tmp_path, text))
    assert places <= set(events)


def test_a_where_clause_past_a_reported_verb_is_not_the_speakers_seat(tmp_path: Path) -> None:
    text = (
        "Briefing\n\nThe envoy, briefing by videoconference from Geneva, recalled that he had "
        "visited Damascus on 15 December 2024, where he met al-Sharaa.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert "Damascus" in events and "Geneva" not in events


def test_a_place_named_twice_with_a_day_each_has_two_events(tmp_path: Path) -> None:
    text = (
        "Report\n\nIsrael struck T4 and the Palmyra air base on March 21, 2025, and again hit "
        "T4 on April 2, 2025. Jets launched from the Shayrat airbase bombed a vehicle at "
        "Shayrat on 10 February 2018.\n"
    )
    events = _events(tmp_path, text)
    t4 = sorted(e.date_start or "" for e in events if e.place == "Tiyas Military Airbase")
    assert t4 == ["2025-03-21", "2025-04-02"]
    assert [e.place for e in events].count("Shayrat Airbase") == 1
    assert len({e.id for e in events}) == len(events)


def test_a_statement_set_off_as_a_block_quote_is_read(tmp_path: Path) -> None:
    text = (
        "# IDF strikes in Syria\n\nPublished 4 September 2023\n\nThe IDF said:\n\n"
        '> "Overnight, IDF fighter jets struck military infrastructure of the Syrian army '
        'in the area of Khan Arnabah"\n\n> "Our jets will strike Hezbollah wherever it '
        'builds, in Quneitra or anywhere else."\n'
    )
    events = by_place(_events(tmp_path, text, "live.md"))
    assert events["Khan Arnabeh"].date_start == "2023-09-04"
    assert "Quneitra" not in events  # a quotation that tells nothing happened


def test_a_quoted_passage_that_tells_what_happened_is_read(tmp_path: Path) -> None:
    text = (
        'Megathread\n\nPosted 8 Dec 2024\n\n"Gunmen stormed the Iranian embassy in the Mezzeh '
        "area of Damascus on Sunday after Assad's departure. Iranian state TV said diplomats "
        'had left."\n\n"Damascus can hold it over Moscow as long as the bases question is '
        'open."\n\nSources: "Israeli strikes near Aleppo kill dozens", Reuters, 29 March 2024.\n'
    )
    events = by_place(_events(tmp_path, text))
    assert events["Mazzeh"].date_start == "2024-12-08"
    assert "Moscow" not in events and "Aleppo" not in events


def test_a_name_whose_article_the_matcher_left_outside_is_still_placed(
    tmp_path: Path,
) -> None:
    text = (
        "Sitrep, 20 July 2025\n\nGovernment forces deployed to As-Sweida governorate on "
        "14 July and entered As-Sweida city the following day.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["As-Suwayda Governorate"].date_start == "2025-07-14"
    assert events["As-Suwayda"].category == "incident"


def test_violence_is_an_incident_where_it_was_not_where_people_fled(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn March 2025 violence broke out in Jableh. Alawite civilians fleeing the "
        "violence took refuge at the Hmeimim base in March 2025.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Jableh"].category == "incident"
    assert events["Khmeimim Air Base"].category != "incident"


def test_the_next_clauses_own_day_does_not_date_the_one_before(tmp_path: Path) -> None:
    text = (
        "Guide, 3 March 2017\n\nIsrael has struck targets in and around Damascus airport "
        "several times, and on 13 January 2017 its jets hit the Mezzeh military airport.\n\n"
        "On 14 December 2024 convoys left Qamishli, and the garrison at Kobani was pulled "
        "back.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Damascus International Airport"].date_start is None
    assert events["Mezzeh Military Airport"].date_start == "2017-01-13"
    assert events["Kobani"].date_start == "2024-12-14"  # a date that opens the sentence


def test_an_opening_date_gives_way_to_a_later_one_told_before_the_place(tmp_path: Path) -> None:
    text = (
        "History\n\nBetween 609 and 611 Persian armies crossed the Euphrates and took the "
        "cities of northern Syria; Antioch fell in 613, and Damascus surrendered in the same "
        "year.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Damascus"].year_start == 613  # "the same year": the one just told
    assert events["Northern Syria"].year_start == 609


def test_a_year_that_names_a_treaty_dates_no_strike(tmp_path: Path) -> None:
    text = (
        "Statement\n\nThe strike on the consulate in Damascus is a gross violation of the "
        "Vienna Convention on Diplomatic Relations of 1961.\n\nIn 1975 the shah and Saddam "
        "met in Algiers.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Damascus"].date_start is None
    assert events["Algiers"].date_start == "1975"


def test_a_site_that_had_been_the_target_of_strikes_is_where_they_hit(tmp_path: Path) -> None:
    text = (
        "Background\n\nThe Shayrat air base had been the target of 59 US Tomahawk missiles "
        "on 7 April 2017. Since then the T4 airbase has been a frequent target of Israeli "
        "jets.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Shayrat Airbase"].category == "incident"
    assert events["Shayrat Airbase"].date_start == "2017-04-07"
    assert events["Tiyas Military Airbase"].category == "incident"


def test_an_italic_caption_of_a_dated_scene_is_read(tmp_path: Path) -> None:
    text = (
        "# Strike\n\nThe annex was destroyed in a strike that killed seven officers.\n\n"
        "*Caption: Rescue workers search the rubble of the consular annex in Mezzeh, "
        "Damascus, on 1 April 2024.*\n\nMore text follows about the aftermath in the city.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Mazzeh"].date_start == "2024-04-01"
    assert events["Mazzeh"].category == "incident"


def test_a_labelled_caption_ending_in_its_month_shows_a_scene_of_that_month(
    tmp_path: Path,
) -> None:
    text = (
        "# Khmeimim Air Base\n\nKhmeimim is an air base in Latakia Governorate used by "
        "Russia for its air campaign.\n\n"
        "[Image: A Russian Su-34 taking off from Khmeimim, October 2015]\n\n"
        "The base grew after that.\n"
    )
    events = extract_text(tmp_path, text, "base.md")
    assert ("Khmeimim Air Base", "2015-10") in {(e.place, e.date_start) for e in events}


def test_a_timelines_present_tense_falls_and_offensives(tmp_path: Path) -> None:
    text = (
        "Timeline\n\n- 1 December 2024: Tel Rifaat and Manbij fall to the SNA.\n"
        "- 30 November 2024: Regime forces collapse in Aleppo; the SNA launches an offensive "
        "against Kobani.\n"
    )
    dated = {(e.place, e.category, e.date_start) for e in extract_text(tmp_path, text)}
    assert dated >= {
        ("Tell Rifaat", "incident", "2024-12-01"),
        ("Manbij", "incident", "2024-12-01"),
        ("Kobani", "incident", "2024-11-30"),
    }


def test_the_items_of_a_list_of_targets_struck_were_struck_that_day(tmp_path: Path) -> None:
    text = (
        "IDF statement\n\nOn 9 December 2024 IAF aircraft struck more than 350 targets in "
        "Syria. The targets struck included:\n\n"
        "1. Syrian Air Force airfields, among them the Shayrat airbase and Qamishli airport\n"
        "2. Scud missiles and cruise missiles in storage depots in the Qalamoun area\n\n"
        "Russian sites in Syria:\n\n- Khmeimim air base, Russia's main hub\n"
    )
    rows = {(e.place, e.category, e.date_start) for e in extract_text(tmp_path, text)}
    assert {
        ("Shayrat Airbase", "incident", "2024-12-09"),
        ("Qamishli Airport", "incident", "2024-12-09"),
        ("Qalamoun Mountains", "incident", "2024-12-09"),
    } <= rows
    # (a list under a lead-in that names no strike is an inventory)
    assert ("Khmeimim Air Base", "base") in {(place, cat) for place, cat, _ in rows}


# A timeline's entries under month headings open with the day alone, the way
# encyclopedia timelines and chronologies are laid out.
_WIKI_TIMELINE = (
    "Timeline of the Syrian civil war (January–June 2024)\n\n"
    "January\n\n"
    " * 20 – An Israeli airstrike on a building in the Mezzeh district of Damascus kills"
    " five IRGC officers.\n\n"
    "April\n\n"
    " * 1 – An Israeli airstrike destroys a building in Damascus. The general, born in"
    " Isfahan in 1960, was buried there.\n"
    " * 13–14 – Iran fires drones and missiles at Israel; Nevatim Air Base is lightly"
    " damaged.\n"
)
_CHRONOLOGY = (
    "RUSSIA IN SYRIA: A CHRONOLOGY\n\n"
    "2015\n\nOCTOBER\n"
    " 20: Bashar al-Assad makes an unannounced visit to Moscow.\n\n"
    "2016\n\nJANUARY\n"
    " 14: Moscow publishes the text of the August 2015 agreement on Hmeimim.\n"
    " 24: Syrian troops capture the rebel stronghold of Rabia in northern Latakia.\n"
)
_DAY_BY_DAY = (
    "Fall of Assad: day by day\n\n"
    "DECEMBER 2024\n\n"
    "• 7 – Rebels capture Homs by the end of the day.\n\n"
    "9–10 December\n\n"
    "• The Israeli air force strikes the Mezzeh military airport.\n"
    "• 11 – Russian convoys withdraw from Qamishli.\n"
)


@pytest.mark.parametrize(
    ("text", "entry", "date"),
    [
        (_WIKI_TIMELINE, "20 – An Israeli", "2024-01-20"),  # the title's one year
        (_WIKI_TIMELINE, "13–14 – Iran", "2024-04-13"),  # not the birth year before it
        (_CHRONOLOGY, "20: Bashar", "2015-10-20"),  # the year heading over the month's
        (_CHRONOLOGY, "24: Syrian", "2016-01-24"),  # not the year the entry before names
        (_DAY_BY_DAY, "7 – Rebels", "2024-12-07"),  # the heading's month and year
        (_DAY_BY_DAY, "11 – Russian", "2024-12-11"),  # its own day, not its heading's days
        (_DAY_BY_DAY, "The Israeli", "2024-12-09"),  # no day: the heading's
    ],
)
def test_a_timeline_entry_under_a_month_heading_is_dated_by_its_day(
    tmp_path: Path, text: str, entry: str, date: str
) -> None:
    events = [e for e in _events(tmp_path, text, "timeline.txt") if e.evidence.startswith(entry)]
    assert events and {e.date_start for e in events} == {date}


def test_markdown_timeline_days_under_year_and_month_headings(tmp_path: Path) -> None:
    events = by_place(
        _events(
            tmp_path,
            "# Turkish operations in northern Syria\n\n## 2019\n\n### October\n\n"
            "- **9** — Airstrikes and artillery hit Ras al-Ayn.\n"
            "- **13** — Turkish-backed forces capture Tell Abyad.\n",
        )
    )
    assert events["Ras al-Ayn"].date_start == "2019-10-09"
    assert events["Tell Abyad"].date_start == "2019-10-13"


def test_a_numbered_list_under_a_month_heading_is_not_read_as_days(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "# Strikes reported in 2023\n\n## March\n\n"
        "1. Israeli jets struck Aleppo International Airport.\n"
        "2. A strike hit a depot near Masyaf.\n",
    )
    assert events and all(e.date_precision != "day" for e in events)


def test_a_bold_name_in_a_sentence_hides_none_of_its_words(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "# Turkish operations\n\n## 2018\n\n"
        "- **20 January** — Turkey launches **Operation Olive Branch** against the YPG in "
        "the Afrin region.\n",
    )
    assert [(e.place, e.category, e.date_start) for e in events] == [
        ("Afrin", "incident", "2018-01-20")
    ]


def test_a_markdown_files_front_matter_is_no_prose_and_hides_no_title(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Nabi Habil Mosque\nlast_edited: 2 March 2024\n---\n\n"
        "# Nabi Habil Mosque\n\n"
        "The Nabi Habil Mosque is a shrine above the Barada valley. Iranian pilgrims visit "
        "it as a side trip from the Sayyida Zaynab shrine.\n\n"
        "Fighting around the shrine was reported on 8 January 2017.\n"
    )
    events = _events(tmp_path, text, "article.md")
    assert not [e for e in events if e.evidence.startswith(("---", "title"))]
    fighting = [e for e in events if e.evidence.startswith("Fighting")]
    assert [(e.place, e.date_start) for e in fighting] == [("Nabi Habil Mosque", "2017-01-08")]


def test_a_chronologys_month_labels_and_hanging_lines_date_and_join_entries(
    tmp_path: Path,
) -> None:
    text = (
        "APPENDIX B\n\nCHRONOLOGY OF SYRIAN-IRANIAN RELATIONS\n\n"
        "------------------------------------------------------------\n1979\n"
        "------------------------------------------------------------\n"
        "11 Feb    Collapse of the Bakhtiar government; revolutionary forces take\n"
        "          control of Tehran.\n"
        "Aug       Syrian Foreign Minister Abd al-Halim Khaddam visits Damascus and\n"
        "          Qom; meets Khomeini.\n\n"
        "------------------------------------------------------------\n1982\n"
        "------------------------------------------------------------\n"
        "Feb       Muslim Brotherhood uprising in Hama crushed by Syrian army and\n"
        "          Defence Companies.\n"
        "Jun-Jul   IRGC contingent deployed to Zabadani.\n"
        "Nov       Pasdaran occupy the Sheikh Abdullah barracks, Baalbek.\n"
    )
    events = by_place(_events(tmp_path, text, "chronology.txt"))
    assert events["Tehran"].date_start == "1979-02-11"
    assert events["Qom"].date_start == "1979-08"
    assert events["Qom"].evidence.endswith("Qom; meets Khomeini.")
    assert events["Hama"].date_start == "1982-02"
    assert (events["Zabadani"].date_start, events["Zabadani"].date_end) == ("1982-06", "1982-07")
    assert events["Sheikh Abdullah barracks"].date_start == "1982-11"


def test_a_year_a_heading_glosses_its_subject_with_anchors_no_sentence(tmp_path: Path) -> None:
    text = (
        "# Heritage at risk\n\n## Ancient City of Aleppo (inscribed 1986)\n\n"
        "Rebels shelled the Citadel of Aleppo.\n\n## Fighting in 2013\n\n"
        "In April the army shelled Homs.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Citadel of Aleppo"].date_start is None
    assert events["Homs"].date_start == "2013-04"  # a heading's own year still anchors


def test_an_itinerary_step_takes_no_year_from_a_history_aside(tmp_path: Path) -> None:
    text = (
        "# Ziyarat tour\n\n### Day 4: Darayya\n\n"
        "Morning ziyarat of the shrine of Sayyida Sukayna in Darayya. The shrine was badly "
        "damaged during the fighting in Darayya between 2012 and 2016. Afternoon return to "
        "Sayyida Zaynab.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Darayya"].date_start == "2012"  # the aside's own damage keeps its years
    assert events["Sayyidah Zaynab"].date_start is None


def test_a_site_built_with_blast_walls_saw_no_blast(tmp_path: Path) -> None:
    text = "Report\n\nIn 2024 a new building at Al-Safira had two blast-walled annexes.\n"
    assert _events(tmp_path, text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a town's street, port or building, written as the town's
        ("In 2019 an Iranian cultural centre opened on al-Mayadin's main street.",
         {"Al-Mayadin": "diplomacy"}),
        ("In 2018 Iranian donors rebuilt Hatla's husseiniya.", {"Hatla": "shrine"}),
        # a place left out, a country's name as an owner
        ("In October 2019 Russian military police deployed along the border, except in the "
         "city of Qamishli.", {}),
        ("In 2019 Russian troops moved into an abandoned United States outpost.", {}),
        # new event words: a militia settling in, a man shot
        ("In 2018 Kata'ib Hezbollah established themselves in Al-Mayadin.",
         {"Al-Mayadin": "base"}),
        ("In 2013 a man was shot in his doorway in Baniyas.", {"Baniyas": "incident"}),
        # a cultural event, and a guest's "presence" that is no force there
        ("In May 2011 a similar exhibition was held in the coastal city of Latakia.",
         {"Latakia": "other"}),
        ("In 2011 an exhibition of Iranian books opened in Aleppo in the presence of the "
         "consul.", {"Aleppo": "diplomacy"}),
    ],
)  # fmt: skip
def test_a_towns_own_streets_exceptions_owners_and_new_event_words(
    tmp_path: Path, sentence: str, expected: dict[str, str]
) -> None:
    events = _events(tmp_path, f"Feature\n\n{sentence}\n")
    assert {e.place: e.category for e in events} == expected


def test_a_bold_label_before_a_dash_and_its_description_is_the_place(tmp_path: Path) -> None:
    text = (
        "Iran's other sites\n\n"
        "- **Mayadin** – a town on the Euphrates where IRGC-backed militias set up "
        "headquarters in 2017.\n"
        "- **Hama** – in January 2021, strikes across the province killed 57 fighters.\n"
        "- **Tehran** – the foreign ministry said the strikes were illegal.\n"
    )
    events = {e.place: e.category for e in _events(tmp_path, text)}
    assert events == {"Al-Mayadin": "base", "Hama": "incident"}


def test_the_items_of_a_dated_lead_in_happened_on_its_date(tmp_path: Path) -> None:
    text = (
        "In 2019 Iran opened new facilities at:\n\n* Al-Bukamal\n* Deir ez-Zor airport\n\n"
        "Iran runs these sites:\n\n- Imam Ali base\n"
    )
    rows = {e.place: e.date_start for e in extract_text(tmp_path, text)}
    assert rows["Abu Kamal"] == rows["Deir ez-Zor Airport"] == "2019"
    assert rows["Imam Ali military base"] is None  # (its lead-in gives no date)


def test_an_event_named_as_the_cause_of_a_dated_one_takes_not_its_date(tmp_path: Path) -> None:
    text = (
        "The attack on the Iranian consulate in Damascus prompted Iran's first direct attack "
        "on Israel on 13 April 2024.\n\n"
        "The 9 April 2018 strike on the T-4 airbase prompted a Russian protest on 10 April "
        "2018.\n"
    )
    events = {e.place: e.date_start for e in extract_text(tmp_path, text)}
    assert events["Israel"] == "2024-04-13"
    assert events["Consulate of Iran, Damascus"] is None  # (told before, dated there)
    assert events["Tiyas Military Airbase"] == "2018-04-09"  # the cause's own words


@pytest.mark.parametrize(
    "text",
    [
        "Timeline\n\n== 2018 ==\n\n=== February ===\n\n* 10 February – A strike hit T-4.\n\n"
        "=== April ===\n\n* 9 April – A missile strike on Masyaf killed 14 people.\n",
        "Timeline of strikes\n\n2018\n\nFebruary\n\n• 10 February: A strike hit T-4.\n\n"
        "April\n\n• 9 April: A missile strike on Masyaf killed 14 people.\n",
    ],
)
def test_every_month_heading_under_a_year_heading_takes_its_year(tmp_path: Path, text: str) -> None:
    events = by_place(_events(tmp_path, text, "timeline.txt"))
    assert events["Masyaf"].date_start == "2018-04-09"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The former Iranian embassy in the Mezzeh district of Damascus, photographed on "
            "4 December 2025.",
            [],
        ),
        ("A Russian frigate in the port of Tartus, pictured in January 2025.", []),
        # a sentence whose verb comes before its aside is no caption
        (
            "The embassy in Damascus was stormed on 8 December 2024, photographed in the "
            "morning by residents.",
            ["Damascus"],
        ),
    ],
)
def test_a_photo_caption_is_no_event(tmp_path: Path, text: str, places: list[str]) -> None:
    assert [e.place for e in _events(tmp_path, f"News\n\n{text}\n", "a.txt")] == places


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "Tehran, IRNA – Iranian President Raisi arrived in the Syrian capital, Damascus, "
            "on 3 May 2023.",
            "Tehran",
            "Damascus",
        ),
        ("Moscow (TASS) - Russian jets struck Idlib on 4 May 2023.", "Moscow", "Idlib Governorate"),
    ],
)
def test_a_wire_agencys_dateline_is_where_the_story_was_filed(
    tmp_path: Path, text: str, absent: str, present: str
) -> None:
    places = {e.place for e in _events(tmp_path, f"News\n\n{text}\n", "a.txt")}
    assert present in places and absent not in places


def test_the_peoples_palace_glossed_inside_its_name(tmp_path: Path) -> None:
    text = "News\n\nRaisi was welcomed by Assad at the al-Shaab (People's) Palace on 3 May 2023.\n"
    assert [e.place for e in _events(tmp_path, text, "a.txt")] == ["People's Palace"]


def test_a_newsletters_contents_list_is_skipped_like_references(tmp_path: Path) -> None:
    text = (
        "SYRIA WEEKLY\n\nGood morning. It was a violent week in southern Syria.\n\n"
        "In this issue\n1. Israel strikes T4 and a research centre in Damascus\n"
        "2. Nine dead as Israeli troops push into western Daraa\n\n"
        "------------------------------\n\n"
        "1. **Israeli jets hit Hama airbase**\n\nIsraeli jets struck the T4 airbase on "
        "2 April 2025.\n"
    )
    events = by_place(extract_text(tmp_path, text, "newsletter.txt"))
    assert "Daraa" not in events and "Damascus" not in events
    assert events["Tiyas Military Airbase"].date_start == "2025-04-02"
    assert "Hama Military Airport" in events  # the item's own headline, past the rule


def test_a_site_named_for_its_town_is_at_the_town(tmp_path: Path) -> None:
    text = (
        "Report\n\nThe Abu Kamal site was hit again in January 2021. "
        "The Damascus government denied it in 2021.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Abu Kamal"].category == "incident"
    assert "Damascus" not in events  # a government named for its seat


def test_arms_made_at_a_place_make_it_a_military_site(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn 2022 the research complex near Masyaf was linked to Iranian-assisted "
        "missile production.\n"
    )
    assert by_place(_events(tmp_path, text))["Masyaf"].category == "base"


def test_what_a_measure_is_taken_to_prevent_did_not_happen(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn December 2024 the new authorities posted guards at the Sayyida Ruqayya "
        "shrine to prevent looting. A hall is decorated in the manner of the shrines of Qom.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Sayyidah Ruqayya Mosque"].category == "shrine"
    assert "Qom" not in events  # only compared with


def test_a_strike_timelines_entries_record_strikes_on_the_sites_they_name(
    tmp_path: Path,
) -> None:
    text = (
        "Israel's air campaign in Syria\n\nBy Staff\n2 September 2025\n\n"
        "Israel has struck Syria hundreds of times since December 2024.\n\n"
        "TIMELINE: Key Israeli strikes and raids, December 2024 - August 2025\n\n"
        "December 14-15: Scud and weapons depots in the Qalamoun mountains.\n"
        "December 16: Tartous naval base and air defence sites in Tartous province.\n"
        "March 17: Strike on a residential area of Daraa city kills three civilians.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text, "explainer.txt")}
    for place in ("Qalamoun Mountains", "Russian naval facility in Tartus", "Daraa"):
        assert events[place].category == "incident", place
    # each entry's day, in the one year of the heading's range its month falls in
    assert events["Russian naval facility in Tartus"].date_start == "2024-12-16"
    assert events["Daraa"].date_start == "2025-03-17"
