"""Dates in news writing: the bylines agencies print, the dates of other events a
sentence mentions ("since 2018", ", which ... in 2014"), and what a dated page's
year-less days and weekdays mean. Whole documents through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text

from extract.clauses import is_background_date
from extract.dates import document_date, post_stamps
from extract.documents import document_from_bytes
from extract.records import Event


def _events(tmp_path: Path, text: str) -> dict[str, Event]:
    return by_place(extract_text(tmp_path, text))


def _days(tmp_path: Path, text: str, name: str = "news.txt") -> dict[str, str | None]:
    """Each place's start date, from ``text`` saved as ``name``."""
    return {e.place: e.date_start for e in extract_text(tmp_path, text, name)}


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Tasnim News Agency\n\nJuly, 27, 2023 - 15:48\n", "2023-07-27"),
        (
            "Monday, 01 April 2024 6:42 PM  [ Last Update: Monday, 01 April 2024 9:18 PM ]\n",
            "2024-04-01",
        ),
        (
            "Mehr News Agency\n\nNews ID: 3442187 - Wednesday 14 October 2015 - 16:25\n",
            "2015-10-14",
        ),
        (
            "By TZVI JOFFRE\nPublished: MAY 14, 2022 00:32\nUpdated: MAY 14, 2022 09:12\n",
            "2022-05-14",
        ),
        ("Politics | May 3, 2023, 13:40 | Article code: 85100932\n", "2023-05-03"),
        # capitals, and an Arabic comma
        ("# Title\n\nPublished: MAY 14, 2022 00:32\n", "2022-05-14"),
        ("# Title\n\nDamascus, 1 July، 2019, SANA\n", "2019-07-01"),
        # a publication stamp's slashed day that could swap is read day first
        ("Qamishli (Syria) (AFP) - Published: 03/02/2026 - 14:27\n", "2026-02-03"),
        ("Syria live map\n\nSaved: 9 Dec 2024 11:40\n", "2024-12-09"),
        # a barred byline's day cell, its weekday and clock time around it
        (
            "# Title\n\nDaniel Ashkenazi and Lina Sabbagh | Thursday 10 May 2018 16.40 BST"
            " | Last modified 19.02 BST\n",
            "2018-05-10",
        ),
        ("# Title\n\nStaff and agencies | May 10, 2018 4:40 PM EDT | Middle East\n", "2018-05-10"),
        # a report's cover, its day alone on the line under the authors, however far down
        (
            "[Skip to content] | Research | Events\n# BETWEEN THE WARS\n### A Timeline, "
            "2017–2024\n**Herzliya Forum**\nPolicy Analysis No. 318\nBy Noa Ben-Ami and "
            "Daniel Hartmann\n10 October 2024\n---\n",
            "2024-10-10",
        ),
        # a news site's menu, kicker, headline and standfirst over the byline's day
        (
            "THE TIMES OF ISRAEL\nIsrael & the Region\nJewish Times\nOpinion\nIsrael at War\n"
            "Ops & Blogs\nNewsletters\nSubscribe\nLog in\n\nIsrael & the Region\nAnalysis\n\n"
            "After a year of assassinations, Iran's Syrian web is fraying - but not cut\n\n"
            "Israeli strikes have killed a string of senior Quds Force officers in Damascus "
            "since last December. Security officials say the Revolutionary Guards are "
            "dispersing, not leaving\n\nBy Yoav Ravid\n20 October 2024, 5:41 pm\nEdit\n",
            "2024-10-20",
        ),
        # a magazine's byline of names and roles, its day after a dash
        (
            "DEFENCE MONITOR\nSUBSCRIBER CONTENT\n\nUS jets hit IRGC sites in Deir Ezzor\n\n"
            "Tom Arkwright, Middle East Correspondent, and Dr Helen Voss, Senior Analyst - "
            "13 November 2023\n",
            "2023-11-13",
        ),
    ],
)
def test_agency_bylines_date_the_page(head: str, day: str) -> None:
    page = document_date(f"{head}\nTEHRAN - Officials met in Damascus.\n")
    assert page is not None and page.date_start == day


@pytest.mark.parametrize(
    ("cover", "day"),
    [
        ("AUTHORIZATION REQUEST FOR FISCAL YEAR 2025\n\n----------\n\n"
         "THURSDAY, MARCH 7, 2024\n\nU.S. Senate,\nCommittee on Armed Services\n", "2024-03-07"),
        ("HEARING\n\nBEFORE THE\n\nCOMMITTEE ON FOREIGN AFFAIRS\n\nONE HUNDRED EIGHTEENTH "
         "CONGRESS\n\nSECOND SESSION\n\n__________\n\nFEBRUARY 14, 2024\n\n", "2024-02-14"),
    ],
)  # fmt: skip
def test_a_hearings_cover_line_of_its_day_dates_it(cover: str, day: str) -> None:
    page = document_date("S. Hrg. 118-412\n\nIRAN IN SYRIA\n\n" + cover + "\nThe committee met.\n")
    assert page is not None and page.date_start == day


def test_a_numbered_records_date_line_dates_it_but_an_infoboxs_does_not() -> None:
    record = (
        "Ministry of Foreign Affairs\n\nNews ID: 723418\nDate: 4 May 2023 - 14 Ordibehesht 1402\n"
    )
    page = document_date(record + "\nThe president visited Damascus.\n")
    assert page is not None and page.date_start == "2023-05-04"
    infobox = "2017 Shayrat missile strike\n\nDate: 7 April 2017, 04:40\nLocation: Shayrat\n"
    assert document_date(infobox + "\nThe strike hit the base.\n") is None


def test_a_line_the_head_window_cuts_short_is_no_dateline(tmp_path: Path) -> None:
    # the page's first lines are read as far as a fixed window; the dated sentence it
    # cuts in two ("On 26 November 2024 several rockets w") is prose, not a byline
    lead = "U.S. forces struck storage facilities near Al-Bukamal and Mayadin in Syria, "
    lead = (lead + "officials said. ") * 6
    text = lead + "\n\nLater, on 26 November 2024, rockets were fired at the Conoco base.\n"
    assert 0 < text.index("Later") < 600 - 30 < len(text) - 30  # the window ends mid-line
    assert document_date(text) is None
    events = _events(tmp_path, text)
    assert events["Abu Kamal"].date_start is None
    assert events["Conoco gas field"].date_start == "2024-11-26"


def test_a_spam_books_metadata_run_still_dates_nothing() -> None:
    text = "Author: Jane Doe\nPublished: 8 May 2005 10:15\nISBN: 978-3-16\n\nText.\n"
    assert document_date(text) is None


def test_any_thursday_and_an_overnight_bus_name_no_day(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Posted 14 October 2009\n\nThe Umayyad Mosque is packed on a Thursday evening.\n\n"
        "Mortars hit Homs on Wednesday night.\n",
    )
    assert events["Umayyad Mosque"].date_start != "2009-10-08"
    assert events["Homs"].date_start == "2009-10-14"  # a Wednesday itself


def test_a_titles_compared_since_year_dates_no_sentence(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "r/syriancivilwar\n\nPosted by u/ShamSpotter • 1y ago\n\n"
        "Raisi arrives in Damascus — first Iranian presidential visit since 2010. Megathread\n\n"
        "Ebrahim Raisi landed at Damascus International Airport this morning (3 May 2023) for "
        "a two-day visit.\n\n"
        "Tomorrow he's expected to visit the Sayyida Zaynab shrine south of Damascus.\n",
    )
    assert events["Sayyidah Zaynab Mosque"].year_start != 2010


def test_a_records_created_line_in_its_header_dates_it(tmp_path: Path) -> None:
    head = "Reference ID: 06DAMASCUS123\nCreated: 2006-01-22 14:37\nReleased: 2011-08-30 01:44\n"
    page = document_date(head + "\nSUBJECT: VISIT\n")
    assert page is not None and page.date_start == "2006-01-22"
    events = _events(
        tmp_path, head + "\n1. (C) AHMADINEJAD prayed at the Sayyida Zaynab shrine on January 20.\n"
    )
    assert events["Sayyidah Zaynab Mosque"].date_start == "2006-01-20"


def test_a_headline_year_of_another_event_does_not_date_the_story(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "May 3, 2023, 13:40\n\n# Raisi arrives in Damascus on first visit since 2010\n\n"
        "President Raisi arrived in Damascus on Wednesday for talks with Assad.\n\n"
        "On Thursday, May 4, Raisi visited the shrine of Sayyida Zaynab.\n",
    )
    assert events["Damascus"].date_start == "2023-05-03"
    assert events["Sayyidah Zaynab Mosque"].date_start == "2023-05-04"


def test_a_bulleted_entry_opening_with_month_and_day_and_a_colon_is_dated(
    tmp_path: Path,
) -> None:
    events = _events(
        tmp_path,
        "# Weekly report, March 2020\n\n"
        "- March 8: Iranian pilgrims arrived at the shrine of Sayyida Zaynab.\n"
        "- **March 13:** Unidentified aircraft struck positions near Al-Bukamal.\n",
    )
    assert events["Sayyidah Zaynab Mosque"].date_start == "2020-03-08"
    assert events["Abu Kamal"].date_start == "2020-03-13"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a superlative compares with an earlier event
        ("It was the deadliest Israeli strike on Damascus since 2018.", "Damascus"),
        # a clause opened by "since" tells of another event
        (
            "Raisi was the first Iranian president to visit Syria since Ahmadinejad went "
            "there in September 2010.",
            "Syria",
        ),
        # a relative clause on another noun
        (
            "Israeli missiles hit the Mazzeh district near a checkpoint, which rebels had "
            "taken in March 2012.",
            "Mazzeh",
        ),
        # a concessive clause
        (
            "Although the city fell to rebels in 2012, the Qamishli airport stayed with the "
            "government.",
            "Qamishli Airport",
        ),
    ],
)
def test_a_date_of_another_event_gives_way_to_the_paragraphs(
    tmp_path: Path, sentence: str, place: str
) -> None:
    text = f"On 2 April 2024 Israeli jets struck targets in Syria. {sentence}\n"
    assert _events(tmp_path, text)[place].date_start == "2024-04-02"


@pytest.mark.parametrize(
    ("sentence", "place", "date"),
    [
        # "since" a date says when a state began, and dates it
        (
            "Iranian-backed militias have guarded the Sayyida Zaynab shrine since 2012.",
            "Sayyidah Zaynab Mosque",
            "2012",
        ),
        # a relative clause on the place itself tells of the place's own event
        (
            "The battle for al-Qusayr, which ended on 5 June 2013, drew in Hezbollah.",
            "Al-Qusayr",
            "2013-06-05",
        ),
        (
            "Another branch is located at Jamraya, northwest of Damascus, which was hit in "
            "strikes in January 2013.",
            "Jamraya",
            "2013-01",
        ),
        # an "after" that opens the sentence is its own time
        (
            "In the days after the fall of Assad on 8 December 2024, Israel struck Latakia.",
            "Latakia",
            "2024-12-08",
        ),
        # "after 2015" is the main clause's time, not a clause
        ("Iran built bases at Al-Mayadin after 2015.", "Al-Mayadin", "2015"),
    ],
)
def test_dates_that_belong_to_the_event_stay(
    tmp_path: Path, sentence: str, place: str, date: str
) -> None:
    assert _events(tmp_path, sentence + "\n")[place].date_start == date


def test_a_date_of_another_event_is_neither_inherited_nor_an_anchor(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "== 2015 ==\n\n"
        "On 20 October Assad made a surprise visit to Moscow, his first trip abroad since "
        "2011. He then held talks in Tehran.\n\n"
        "On 22 October Russian jets struck Aleppo.\n",
    )
    assert events["Tehran"].date_start == "2015-10-20"
    assert events["Aleppo"].date_start == "2015-10-22"


def test_on_a_news_page_an_earlier_paragraphs_year_is_background(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "DAMASCUS, Jan 29, 2025\n\n"
        "In January 2017, Moscow and Damascus signed a 49-year lease on Tartus. In March, "
        "Russian engineers arrived at the Hmeimim air base.\n\n"
        "On 28 January, a Russian delegation held talks in Damascus. Russian forces withdrew "
        "from Qamishli in December.\n",
    )
    assert events["Khmeimim Air Base"].date_start == "2017-03"  # its own paragraph's year
    assert events["Damascus"].date_start == "2025-01-28"
    assert events["Qamishli"].date_start == "2024-12"  # a later month is last year's


@pytest.mark.parametrize(
    ("sentence", "place", "date"),
    [
        # later in the page's own month: ahead, not last year
        ("Talks are due in Damascus on January 25.", "Damascus", "2025-01-25"),
        # a weekday the sentence looks ahead to (the page is a Monday)
        ("Funeral ceremonies will be held in Tehran on Wednesday.", "Tehran", "2025-01-15"),
        ("Araghchi is due in Damascus on Thursday for talks.", "Damascus", "2025-01-16"),
        # a wire's bare weekday after its reporting verb (the page is a Monday)
        ("Israel said Saturday it had struck targets near Damascus.", "Damascus", "2025-01-11"),
        (
            "The meeting is expected to take place in Damascus later on Monday.",
            "Damascus",
            "2025-01-13",
        ),
        # a weekday with a part of the day and no preposition
        (
            "Araghchi returned Saturday night from Damascus, where he met al-Sharaa.",
            "Damascus",
            "2025-01-11",
        ),
    ],
)
def test_days_and_weekdays_on_a_dated_page(
    tmp_path: Path, sentence: str, place: str, date: str
) -> None:
    text = f"TEHRAN, January 13, 2025\n\n{sentence}\n"
    assert _events(tmp_path, text)[place].date_start == date


@pytest.mark.parametrize(
    ("sentence", "place", "span"),
    [
        ("Over the past 24 hours, militants shelled Kafr Nabl.", "Kafr Nabl", ("2015-10-14", None)),
        ("Earlier this week, Qaani visited Damascus.", "Damascus", ("2015-10-12", "2015-10-14")),
        ("Last week, Israeli jets struck Masyaf.", "Masyaf", ("2015-10-05", "2015-10-11")),
        ("Last month, Israeli jets struck Homs.", "Homs", ("2015-09", None)),
        ("Israel struck Latakia last year.", "Latakia", ("2014", None)),
    ],
)
def test_spans_counted_from_the_page_date(
    tmp_path: Path, sentence: str, place: str, span: tuple[str, str | None]
) -> None:
    event = _events(tmp_path, f"TEHRAN, Wednesday 14 October 2015\n\n{sentence}\n")[place]
    assert (event.date_start, event.date_end) == span


def test_a_bold_bare_year_heads_its_timeline_entry(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "# Timeline\n\n- **2013 —** Iraqi militias deploy to Sayyida Zaynab.\n"
        "- **2016 –** Russia builds a base at Palmyra.\n",
    )
    assert events["Sayyidah Zaynab"].date_start == "2013"
    assert events["Palmyra"].date_start == "2016"


def test_days_counted_from_the_last_day_the_section_named(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "On 31 December 2017, a mortar attack on Hmeimim killed two servicemen. A week "
        "later, a swarm of drones targeted the Tartus facility. The next day, Russian jets "
        "struck Idlib.\n\nOn the same day, gunmen attacked Latakia.\n",
    )
    assert events["Russian naval facility in Tartus"].date_start == "2018-01-07"
    assert events["Idlib Governorate"].date_start == "2018-01-08"
    assert events["Latakia"].date_start == "2018-01-08"


def test_days_after_another_event_are_not_counted_from_the_last_date(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "On 10 June 2022, Israeli jets struck Damascus airport. The strike came a day after "
        "Syria's foreign minister visited Tehran.\n",
    )
    assert events["Tehran"].date_start != "2022-06-11"


def test_a_byline_with_its_update_day_is_dated_by_the_first_day() -> None:
    page = document_date(
        "# Russian delegation holds talks\n\nJanuary 28, 2025 11:15 PM GMT+2 Updated "
        "January 29, 2025\n\nDAMASCUS - A delegation held talks.\n"
    )
    assert page is not None and page.date_start == "2025-01-28"


def test_a_live_pages_updated_line_under_its_summary_dates_the_page(tmp_path: Path) -> None:
    summary = "".join(f"- Point {n} of the summary, one short line of text.\n" for n in range(6))
    text = (
        f"BBC News\nLIVE\nRebels take Damascus\n\nSummary\n{summary}\n"
        "Updated 8 December 2024\nEdited by Sarah Fowler\n\nPosted at 21:48\n"
        "On Thursday, the rebels captured Hama.\n"
    )
    assert _events(tmp_path, text)["Hama"].date_start == "2024-12-05"


def test_a_stamp_line_inside_a_run_of_metadata_still_dates_nothing() -> None:
    head = "Title: A book\nAuthor: Reza Darwish\n" + "\n" * 8 + "Keywords: Syria\n"
    assert document_date(head + "Published: 8 May 2005\nLanguage: English\n\nBody.\n") is None


CHANNEL = (
    "Telegram export - channel: Frontline\nExported 15.01.2025\n\n"
    "[08.12.2024 04:12]\nRebels entered the outskirts of Damascus.\n\n"
    "[10.12.2024 22:30]\nOver the past 24 hours four Il-76 landed at the Hmeimim air base.\n\n"
    "Nov 29, 2024 · 6:02 PM\nRegime forces were shelled near Saraqib yesterday, in Syria.\n"
)


def test_each_posts_stamp_dates_the_post_under_it(tmp_path: Path) -> None:
    events = _events(tmp_path, CHANNEL)
    assert events["Khmeimim Air Base"].date_start == "2024-12-10"
    assert events["Saraqib"].date_start == "2024-11-28"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("[10.12.2024 22:30]", "2024-12-10"),
        ("### 9 Sep 2024 09.41 BST", "2024-09-09"),
        ("Posted at 21:48, 8 December 2024", "2024-12-08"),
        ("Dec 8, 2024 · 3:14 AM", "2024-12-08"),
        ("**Sunday 8 December 2024, 09:12 GMT+2**", "2024-12-08"),
        ("#841  Posted 30 September 2015, 19:22", "2015-09-30"),
        ("Statement No. 7 - 20 January 2025", "2025-01-20"),
        ("[explosion icon] 25 Dec 2023 16:48", "2023-12-25"),
        ("=== 2 April 2024 ===", "2024-04-02"),
    ],
)
def test_a_line_of_only_a_day_and_a_time_is_a_post_stamp(line: str, day: str) -> None:
    text = f"{line}\nA post.\n\n[01.01.2020 10:00]\nAnother post.\n"
    assert [s.date_start for s in post_stamps(text)] == [day, "2020-01-01"]


@pytest.mark.parametrize(
    "line",
    ["Exported 15.01.2025", "Rebels entered Damascus on 8 December 2024", "In 2024, 09:12"],
)
def test_a_line_that_says_more_than_a_day_is_no_stamp(line: str) -> None:
    assert post_stamps(f"{line}\n[01.01.2020 10:00]\nA post.\n") == []


THREAD = (
    "Thread: Russian deployment to Syria\n\n"
    "#841  Posted 30 September 2015, 19:22\nFlanker (Senior Member, Join Date: Mar 2009)\n\n"
    "The first strikes were flown this afternoon from Hmeimim.\n\n"
    "#902  Posted 8 January 2018, 10:02\nRadarTech (Join Date: Jun 2012)\n\n"
    "On 31 December 2017 a mortar attack hit Tartus. Then on the night of 5-6 January, "
    "drones attacked Saraqib.\n"
)


def test_a_threads_numbered_posts_date_their_replies_not_the_members_join_date(
    tmp_path: Path,
) -> None:
    events = _events(tmp_path, THREAD)
    assert events["Khmeimim Air Base"].date_start == "2015-09-30"
    member = "Flanker (Senior Member, Join Date: Mar 2009)"
    assert is_background_date(member, member.index("Mar"), "Mar 2009")
    # the story goes on forward from 31 December, into the post's own year
    assert (events["Saraqib"].date_start, events["Saraqib"].date_end) == (
        "2018-01-05",
        "2018-01-06",
    )


def test_one_stamp_is_a_story_dated_by_its_byline() -> None:
    assert post_stamps("[08.12.2024 04:12]\nRebels entered Damascus.\n") == []


def test_a_markdown_heading_with_a_month_dates_its_rows(tmp_path: Path) -> None:
    text = (
        "# Attacks on US bases (Oct 2023 – Feb 2024)\n\nLast updated 5 February 2024.\n\n"
        "## October 2023\n\n| Date | Location |\n|---|---|\n| 18 Oct | Al-Tanf garrison |\n"
    )
    assert _events(tmp_path, text)["Al-Tanf garrison"].date_start == "2023-10-18"


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        pytest.param(
            "Shayrat missile strike\n\nOn 7 April 2017, the United States struck the Shayrat "
            "airbase. Analysts recalled the 1974 agreement.\n\nAftermath\n\n"
            "On 8 April, a Russian frigate left the naval facility in Tartus.\n",
            "Russian naval facility in Tartus",
            "2017-04-08",
            id="a section without a year: the document's last full date",
        ),
        pytest.param(
            "On May 1, 2023 officials met in Tehran. On May 3 Raisi arrived in Damascus. "
            "The next day he visited the Sayyida Zaynab shrine.\n",
            "Sayyidah Zaynab Mosque",
            "2023-05-04",
            id="the next day counts from the last year-less day",
        ),
        pytest.param(
            "Published April 2, 2024\n\nOn December 25, a strike in Sayyida Zaynab killed an "
            "adviser. On January 20, a strike on a building in Mezzeh killed five.\n",
            "Mazzeh",
            "2024-01-20",
            id="a guessed year of a year-less day anchors no later day",
        ),
        pytest.param(
            "November 4, 2025\n\nOn October 15, al-Sharaa met Putin in Moscow. A year "
            "earlier, Russian bombers were trying to destroy rebels in Idlib.\n",
            "Idlib Governorate",
            "2024",
            id="a year earlier than a year-less day",
        ),
        pytest.param(
            "Battle of al-Qusayr\n\nOn 5 June 2013 government forces retook al-Qusayr.\n\n"
            "Aftermath\n\nThe victory opened the way for the offensive in the Qalamoun "
            "Mountains later that year.\n",
            "Qalamoun Mountains",
            "2013",
            id="later that year, in a section without a year",
        ),
        pytest.param(
            "On 8 December 2024 Israeli troops entered the buffer zone.\n\nOver the following "
            "days, Israeli forces entered the town of Quneitra in Syria.\n",
            "Quneitra",
            "2024-12",
            id="over the following days: the month the section last named",
        ),
        pytest.param(
            "Deir ez-Zor strikes thread\n\nOctober 27, 2023\n\nFirst strikes near Aleppo.\n\n"
            "November 9, 2023\n\nRound two last night: jets struck a depot in Palmyra.\n",
            "Palmyra",
            "2023-11-08",
            id="a post's 'last night' is the night before its stamp",
        ),
        pytest.param(
            "Kuntar killed in Syria\n\nBEIRUT, Dec 20, 2015 (Reuters) - Samir Kuntar was "
            "killed late on Saturday when a building in the town of Jaramana was hit.\n",
            "Jaramana",
            "2015-12-19",
            id="a weekday counts back from the dateline in its own sentence",
        ),
        pytest.param(
            "Consulate struck\n\nApril 2, 2024 3:41 AM GMT+3\n\nDAMASCUS/DUBAI, April 2 "
            "(Reuters) - An Israeli air strike destroyed Iran's consulate in Damascus on "
            "Monday.\n",
            "Damascus",
            "2024-04-01",
            id="a two-city dateline is a dateline too",
        ),
        pytest.param(
            "The Uwais al-Qarani shrine in Raqqa, inaugurated in 2004, was blown up in March "
            "2014.\n",
            "Uwais al-Qarani Mosque",
            "2014-03",
            id="a participle in apposition dates its noun, not the event",
        ),
        pytest.param(
            "Syria sanctions monitor\n\nSaturday, May 17, 2025\n\n"
            "Security forces seized a shipment near Palmyra last Saturday.\n",
            "Palmyra",
            "2025-05-10",
            id="last Saturday on a Saturday's page is a week ago",
        ),
        pytest.param(
            "Attacks on US forces\n\nIn the latest attack on Feb. 4, 2024, a drone hit the Omar "
            "oil field. Since October 17, there have been 166 attacks on US forces in Iraq.\n",
            "Iraq",
            "2023-10-17",
            id="since a later month looks back into last year",
        ),
    ],
)
def test_year_less_and_relative_days_resolve_against_their_reference(
    tmp_path: Path, text: str, place: str, day: str
) -> None:
    assert _events(tmp_path, text)[place].date_start == day


def test_a_sentence_opening_date_times_its_coordinate_clauses_over_a_relative_one(
    tmp_path: Path,
) -> None:
    text = (
        "On 14 December 2024 convoys left Qamishli airport, where Russian helicopters had "
        "been based since 2019, and the garrison at Kobani was pulled back to Hmeimim.\n"
    )
    assert _events(tmp_path, text)["Khmeimim Air Base"].date_start == "2024-12-14"


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Damaged aircraft at the Hmeimim base after a drone attack on January 6, 2018.",
         "Khmeimim Air Base", "2018-01-06"),
        ("Israel struck Damascus after a drone attack on Eilat on 5 May 2021.", "Damascus", None),
    ],
)  # fmt: skip
def test_an_after_clause_naming_only_an_incident_dates_the_sentences_place(
    tmp_path: Path, text: str, place: str, day: str | None
) -> None:
    assert _events(tmp_path, text + "\n")[place].date_start == day


def test_a_date_in_brackets_saying_when_it_was_reported_is_not_the_events(
    tmp_path: Path,
) -> None:
    text = (
        "On 8 September 2024 jets struck Masyaf. According to Axios (which reported it in "
        "January 2025), the strikes covered a commando raid on the Masyaf facility.\n"
    )
    events = extract_text(tmp_path, text)
    assert [e.date_start for e in events if "Axios" in e.evidence] == ["2024-09-08"]


def test_what_a_strike_answered_is_not_dated_by_the_strike(tmp_path: Path) -> None:
    text = (
        "US forces struck targets in Iraq on Friday, 2 February 2024, in retaliation for a "
        "deadly drone attack on US troops in Jordan.\n"
    )
    events = _events(tmp_path, text)
    assert (events["Iraq"].date_start, events["Jordan"].date_start) == ("2024-02-02", None)


def test_the_same_night_and_the_next_morning_count_from_the_day_named(tmp_path: Path) -> None:
    text = (
        "On 15 January 2024 the IRGC fired missiles at Erbil.\n\n"
        "On the same night it also fired missiles at Idlib province. The next morning jets "
        "struck Homs.\n"
    )
    events = _events(tmp_path, text)
    assert events["Idlib Governorate"].date_start == "2024-01-15"
    assert events["Homs"].date_start == "2024-01-16"


def test_a_documents_year_gives_way_to_the_sentences_own_date(tmp_path: Path) -> None:
    text = (
        "In late January 2025, the new authorities cancelled a 2019 contract with "
        "Stroytransgaz to run the commercial port of Tartus.\n\n"
        "Moscow's 2017 agreement on the naval facility at Tartous was followed in 2019 by "
        "a lease.\n"
    )
    events = _events(tmp_path, text)
    assert events["Port of Tartus (commercial)"].date_start == "2025-01"
    assert events["Russian naval facility in Tartus"].date_start == "2017"  # its agreement


def test_a_nouns_founding_date_gives_way_to_the_sentences_own_time(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Damascus, 20 November 2007\n\nThe Iranian Cultural Center in Damascus, established "
        "in the 1980s, has expanded its programming this year.\n\nThe shrine in Sayyida "
        "Zaynab, rebuilt in the 1990s, drew the president.\n",
    )
    assert events["Damascus"].date_start == "2007"
    assert events["Sayyidah Zaynab Mosque"].year_start == 2007  # the page's, not the 1990s


def test_a_restrictive_clause_dating_its_nouns_own_event_dates_no_place(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Hmeimim was the hub of the Russian air campaign that began on 30 September 2015.\n",
    )
    assert events["Khmeimim Air Base"].date_start is None
    text = (
        "The Arab League readmitted Syria on 7 May 2023, ending a suspension that began in "
        "November 2011. Saudi Arabia restored relations with Iran in a deal signed in "
        "Beijing in March.\n"
    )
    assert _events(tmp_path, text)["Beijing"].date_start == "2023-03"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a relative clause without a comma after a place noun
        (
            "Israeli jets struck positions near Qusayr, a town in Homs province that the "
            "group helped capture in 2013.",
            "Al-Qusayr",
        ),
        # a relative clause's "since"
        (
            "Russia, which has deployed forces in Syria since 2015, keeps its main air base "
            "at Hmeimim.",
            "Khmeimim Air Base",
        ),
        # a participle telling when an actor was formed
        (
            "The Liwa Abu al-Fadl al-Abbas, formed in 2012, stationed fighters around the "
            "Sayyida Ruqayya shrine.",
            "Sayyidah Ruqayya Mosque",
        ),
    ],
)
def test_a_date_of_what_the_clause_describes_dates_no_place(
    tmp_path: Path, text: str, place: str
) -> None:
    assert _events(tmp_path, text + "\n")[place].date_start is None


def test_a_page_relative_date_in_a_relative_clause_is_its_nouns(tmp_path: Path) -> None:
    page = "Militias in Bukamal\n\nBy Staff\nMon 4 Nov 2019 17.30 GMT\n\n"
    restored = (
        "Children visit the Ain Ali shrine near Mayadin, which militias restored last year.\n"
    )
    assert _events(tmp_path, page + restored)["Ain Ali shrine"].date_start != "2018"
    # a "since" that gives the sentence's own time still counts from the page
    moving = "Russian convoys have been moving from Qamishli airport since last week.\n"
    assert _events(tmp_path, page + moving)["Qamishli Airport"].date_start == "2019-10-28"


def test_a_print_editions_next_day_does_not_stop_a_later_month_being_last_years(
    tmp_path: Path,
) -> None:
    text = (
        "# The strike\n\nBy Staff\n\nApril 20, 2024\n\n"
        "On Dec. 25, an Israeli strike in Sayyida Zaynab killed an adviser.\n\n"
        "A version of this article appears in print on April 21, 2024.\n"
    )
    assert _events(tmp_path, text)["Sayyidah Zaynab"].date_start == "2023-12-25"


def test_a_year_naming_the_event_gives_way_to_its_day(tmp_path: Path) -> None:
    text = (
        "The 2024 Masyaf raid was a special forces operation on the night of 8–9 "
        "September 2024 near Masyaf.\n"
    )
    assert _events(tmp_path, text)["Masyaf"].date_start == "2024-09-08"


def test_a_time_frame_opening_the_sentence_gives_way_to_the_clauses_day(tmp_path: Path) -> None:
    text = (
        "During the opposition offensive of November 2024, the Kuweires airbase was captured "
        "on 1 December 2024.\n"
    )
    assert _events(tmp_path, text)["Kuweires Military Airbase"].date_start == "2024-12-01"
    framed = "During the offensive of November 2024, rebels captured the Kuweires airbase.\n"
    assert _events(tmp_path, framed)["Kuweires Military Airbase"].date_start == "2024-11"


def test_later_that_month_is_the_month_not_the_day_before(tmp_path: Path) -> None:
    text = (
        "On 8 October 2015 General Hamadani was killed near Aleppo. Later that month, "
        "Iranian advisers arrived in Hama. The same year, rebels shelled Homs.\n"
    )
    events = _events(tmp_path, text)
    assert (events["Hama"].date_start, events["Hama"].date_precision) == ("2015-10", "month")
    assert (events["Homs"].date_start, events["Homs"].date_precision) == ("2015", "year")


def test_months_counted_from_the_sections_last_month(tmp_path: Path) -> None:
    text = (
        "In September 2017 Israel struck a site near Masyaf. Two months later Israel hit a "
        "base near al-Kiswah.\n"
    )
    assert _events(tmp_path, text)["Al-Kiswah"].date_start == "2017-11"
    back = "On 5 January 2018 jets struck Masyaf. Three months earlier, rebels attacked Hama.\n"
    assert _events(tmp_path, back)["Hama"].date_start == "2017-10"


def test_a_document_with_dated_headings_lends_no_year_to_a_section_without_one(
    tmp_path: Path,
) -> None:
    text = (
        "# Invasion\n\n### 2025\n\nOn 23 February 2025, Netanyahu demanded the full "
        "demilitarisation of southern Syria, covering Quneitra, Daraa and Suwayda "
        "governorates.\n\n## Iranian presence\n\n"
        "Iranian personnel left their bases in Al-Bukamal on 8 December.\n"
    )
    assert _events(tmp_path, text)["Abu Kamal"].date_start is None


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # a statement's night and hours are its own day
        ("During the night, IDF aircraft struck targets near Aleppo.", "2024-03-29", None),
        ("A short while ago, jets struck a weapons depot near Aleppo.", "2024-03-29", None),
        ("Earlier this evening, a drone hit a house in Aleppo.", "2024-03-29", None),
        ("Overnight strikes hit a depot near Aleppo.", "2024-03-29", None),
        # the hours and the week up to the statement
        ("Over the past 48 hours, the IDF carried out 350 strikes in Aleppo.",
         "2024-03-28", "2024-03-29"),
        ("Over the past week, Russian jets struck Aleppo.", "2024-03-22", "2024-03-29"),
    ],
)  # fmt: skip
def test_a_statement_s_night_and_hours_count_from_its_date(
    tmp_path: Path, sentence: str, start: str, end: str | None
) -> None:
    # A channel's statements, each under its stamp: the second one's day counts.
    text = (
        "IDF statements\n\n26.02.2024 | 10:42\n\nJets struck depots in Qusayr.\n\n"
        f"29.03.2024 | 08:15\n\nThe IDF issued a statement.\n\n{sentence}\n"
    )
    event = _events(tmp_path, text)["Aleppo"]
    assert (event.date_start, event.date_end) == (start, end)


def test_a_post_s_stamp_dates_its_lead_paragraph(tmp_path: Path) -> None:
    text = (
        "Channel export\n\n[26.02.2024 10:42]\n\nJets struck depots in Qusayr.\n\n"
        "[29.03.2024 08:15]\n\nA drone hit a house in Aleppo.\n\n"
        "Syria has long hosted militias in Palmyra.\n"
    )
    events = _events(tmp_path, text)
    assert events["Al-Qusayr"].date_start == "2024-02-26"
    assert events["Aleppo"].date_start == "2024-03-29"
    # the post's later paragraphs are background: only its lead is dated by the stamp
    assert events["Palmyra"].date_start is None


def test_each_search_result_is_dated_by_its_own_snippet_date(tmp_path: Path) -> None:
    text = (
        "hmeimim airbase attack - Search\n\n"
        "Drones attack Russian base - Reuters\nwww.reuters.com › world\n"
        "Jan 8, 2018 — Militants attacked the Hmeimim air base on Saturday ...\n\n"
        "Strike on Masyaf - BBC\nwww.bbc.com › news\n"
        "Sep 9, 2024 — Israeli jets struck a depot near Masyaf ...\n\n"
        "Russians leave Qamishli - Asharq\naawsat.com › news\n"
        "5 days ago — Russian forces left Qamishli airport on Sunday ...\n"
    )
    events = _events(tmp_path, text)
    assert events["Khmeimim Air Base"].date_start == "2018-01-06"  # the Saturday before
    assert events["Masyaf"].date_start == "2024-09-09"
    # "5 days ago" says no day: the result before it no longer dates what it tells
    assert events["Qamishli Airport"].date_start is None


def test_a_later_dated_heading_is_its_section_s_page(tmp_path: Path) -> None:
    # Two bulletins in one file: the second one's days and "24 hours" are its own.
    text = (
        "Bulletin of the Russian Centre for Reconciliation\n\nOctober 25, 2023\n\n"
        "Militants shelled positions near Saraqib.\n\n"
        "Bulletin (November 2, 2023)\n\n"
        "On November 1, militants attempted to attack the Hmeimim airbase.\n\n"
        "In the past 24 hours, 86 people returned to Syria from Lebanon.\n"
    )
    events = _events(tmp_path, text)
    assert events["Khmeimim Air Base"].date_start == "2023-11-01"  # not 2022
    assert events["Syria"].date_start == "2023-11-02"


def test_a_transcript_s_speakers_and_programme_are_neither_text_nor_time(
    tmp_path: Path,
) -> None:
    text = (
        "ABC This Week transcript\n\nApril 14, 2024\n\n"
        'MARTHA RADDATZ, ABC "THIS WEEK" CO-ANCHOR: Good morning and welcome to "This Week." '
        "For the first time ever, Iran has launched a direct attack on Israel.\n\n"
        "[00:03:19] SOROKINA: A crowd broke into the Iranian embassy in Damascus.\n"
    )
    events = extract_text(tmp_path, text)
    # the programme's name is no "this week": the attack keeps the broadcast's day
    israel = next(e for e in events if e.place == "Israel")
    assert israel.date_start == "2024-04-14"
    # the speaker's label is not part of the evidence
    embassy = next(e for e in events if e.place == "Embassy of Iran, Damascus")
    assert embassy.evidence.startswith("A crowd broke into")


def test_an_aggregator_s_outlet_and_date_line_dates_the_headline_above_it(
    tmp_path: Path,
) -> None:
    text = (
        "Yahoo News - Search Results: tartus\n\n"
        "Syria cancels Russian contract for Tartus port\n"
        "Enab Baladi · Jan 21, 2025\n"
        "The authorities cancelled the 2019 deal, the governor said.\n\n"
        "Bogdanov holds talks in Damascus on bases\n"
        "AFP via Yahoo News · Jan 29, 2025\n"
        "The envoy met the interim leader.\n\n"
        "Pezeshkian meets envoys in Tehran\n"
        "Tehran Times · 1 day ago\n"
        "The president met Hezbollah envoys in Tehran on Sunday.\n"
    )
    events = _events(tmp_path, text)
    assert events["Damascus"].date_start == "2025-01-29"  # not the item above's 21 Jan
    # "1 day ago" gives no day: the item is undated, not the one above's
    assert events["Tehran"].date_start is None


def test_a_carousel_s_date_line_dates_the_headline_below_it(tmp_path: Path) -> None:
    text = (
        "iranian consulate strike - Search\n\nTop stories\n"
        "  CNN · Apr 1, 2024\n"
        "  Israeli jets struck the consulate in Damascus\n"
        "  The Washington Post · Apr 3, 2024\n"
        "  How the strike in Palmyra raised the risk of war\n"
    )
    assert _events(tmp_path, text)["Damascus"].date_start == "2024-04-01"


@pytest.mark.parametrize(
    "dateline",
    [
        "Shafaq News/ Monday, 30 December 2019 – 3 Jumada al-Ula 1441",
        "30 December 2019 | 3 جمادى الأولى 1441",  # the month in Arabic script
    ],
)
def test_a_dateline_s_hijri_date_is_no_year_of_the_story(tmp_path: Path, dateline: str) -> None:
    text = (
        f"US strikes hit positions in al-Qaim\n\n{dateline}\n\n"
        "US aircraft struck positions in al-Qaim on Sunday evening.\n"
    )
    event = _events(tmp_path, text)["Al-Qaim"]
    assert (event.date_start, event.date_end) == ("2019-12-29", None)


def test_an_e_mail_header_s_date_dates_the_letter() -> None:
    head = (
        "From: The Axis Digest <digest@axisdigest.org>\n"
        "Subject: Axis Digest #54 -- Iran and Syria sign military pact\n"
        "Date: Fri, 10 Jul 2020 08:02:11 +0000\n\nHi there,\n"
    )
    page = document_date(head)
    assert page is not None and page.date_start == "2020-07-10"


def test_a_weekly_s_week_of_line_dates_it_by_the_week_s_last_day() -> None:
    page = document_date("SYRIA WEEKLY BRIEF\nWeek of September 9-13, 2019\n\nHello.\n")
    assert page is not None and page.date_start == "2019-09-13"


def test_a_file_name_s_day_dates_a_page_that_names_none(tmp_path: Path) -> None:
    text = (
        "MFA spokesman's weekly press conference\n\nTEHRAN, April 8 -\n\n"
        "Kanaani said the funeral was held in Tehran on Thursday.\n"
    )
    events = by_place(extract_text(tmp_path, text, "mfa_presser_2024-04-08.txt"))
    assert events["Tehran"].date_start == "2024-04-04"
    assert events["Tehran"].date_anchor is not None


def test_a_file_name_without_a_valid_day_dates_nothing() -> None:
    from extract.dates import source_date

    assert source_date("report_2024-02-30.txt") is None
    assert source_date("scan-20241308.txt") is None  # no 13th month
    assert source_date("id_12345678.txt") is None
    assert source_date("report_2024-0408.txt") is None  # one separator, not the other
    day = source_date("folder/mfa_2024-04-08.md")
    assert day is not None and day.date_start == "2024-04-08"
    # run together, as saved pages often are: "bbc_damascus_live_20241208.txt"
    day = source_date("bbc_damascus_live_20241208.txt")
    assert day is not None and day.date_start == "2024-12-08"


def test_a_bylines_posted_cell_dates_the_page_and_a_busiest_since_year_anchors_nothing(
    tmp_path: Path,
) -> None:
    head = (
        "# Russian Navy\n\n**Naval News** | Posted 31 December 2024 | Tags: Navy, Syria, "
        "Tartus, Baltic Fleet, Black Sea Fleet\n\n"
    )
    page = document_date(head + "Text.\n")
    assert page is not None and page.date_start == "2024-12-31"
    text = head + (
        "December was the busiest month for the navy since 2016. After the fall of the "
        "Assad government on 8 December, ships waited off Latakia.\n"
    )
    assert _events(tmp_path, text)["Latakia"].date_start == "2024-12-08"


def test_a_short_opening_sentence_is_prose_not_a_dateline(tmp_path: Path) -> None:
    """A chronicle that opens "Rebel forces captured Aleppo on November 30, 2024." has
    no dateline: its next month is that year's, not the year before."""
    text = (
        "The fall of Assad\n\n"
        "Rebel forces captured Aleppo on November 30, 2024.\n\n"
        "Hama fell on December 5, and the rebels entered Homs on December 7.\n"
    )
    assert document_date(text) is None
    events = _events(tmp_path, text)
    assert (events["Hama"].date_start, events["Homs"].date_start) == ("2024-12-05", "2024-12-07")


def test_a_bylines_update_year_anchors_none_of_the_storys_days(tmp_path: Path) -> None:
    text = (
        "Assad regime collapses\n\n"
        "By Sarah Haddad | Published 9 December 2024 | Updated 12 November 2025 | 7 min read\n"
        "Country: Syria | Downloads: 2,045 | Views: 118,360\n\n"
        "Rebels entered Aleppo on November 29 as the army fled.\n"
    )
    assert _events(tmp_path, text)["Aleppo"].date_start == "2024-11-29"


def test_a_results_link_and_date_line_stamps_its_result(tmp_path: Path) -> None:
    text = (
        "Raisi arrives in Syria | Al Jazeera\n\n"
        "aljazeera.com/news/2023/5/3/irans-raisi-arrives-in-syria May 3, 2023\n\n"
        "Iranian President Ebrahim Raisi arrived in Damascus on Wednesday for a visit.\n\n"
        "Putin makes surprise visit to Damascus - Reuters\n\n"
        "reuters.com/world/middleeast/putin-visits-damascus Jan 7, 2020\n\n"
        "Russian President Vladimir Putin visited the Umayyad Mosque on Tuesday.\n"
    )
    assert [s.date_start for s in post_stamps(text)] == ["2023-05-03", "2020-01-07"]
    assert _events(tmp_path, text)["Umayyad Mosque"].date_start == "2020-01-07"


def test_a_live_pages_clock_headed_entries_are_the_pages_day(tmp_path: Path) -> None:
    text = (
        "# Strike in Damascus kills IRGC general\n\n"
        "**April 1, 2024** | By TOI Staff\n\n"
        "### 5:48 pm — Syrian media: strike hits embassy building\n\n"
        "Syrian state media says an Israeli airstrike has hit a building next to the "
        "Iranian embassy in Damascus.\n\n"
        "### 9:40 pm — Iran vows response\n\n"
        "Iran's foreign ministry summoned the Swiss envoy over the strike in Damascus.\n"
    )
    page = document_date(text)
    assert [s.text for s in post_stamps(text, page)] == ["5:48 pm", "9:40 pm"]
    assert _events(tmp_path, text)["Embassy of Iran, Damascus"].date_start == "2024-04-01"


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("One year ago today, rebels swept into Damascus.", "Damascus", "2024-12-08"),
        ("Two years ago, Israeli jets struck Masyaf.", "Masyaf", "2023"),
        ("Last May, Raisi visited Damascus.", "Damascus", "2025-05"),
        (
            "Last year, a strike on June 10 cratered the runways at Damascus International "
            "Airport.",
            "Damascus International Airport",
            "2024-06-10",
        ),
    ],
)
def test_times_counted_back_from_the_pages_day(
    tmp_path: Path, sentence: str, place: str, expected: str
) -> None:
    text = f"A year after Assad\n\nDecember 8, 2025\n\n{sentence}\n"
    assert _events(tmp_path, text)[place].date_start == expected


def test_a_heading_naming_a_day_without_its_year_stays_in_the_chronology(
    tmp_path: Path,
) -> None:
    text = (
        "# Conflict monitor\n\n## 2024\n\nOn 8 December 2024 rebels entered Damascus.\n\n"
        "## Israeli operations after 8 December\n\n"
        "Syrian navy vessels in the port of Latakia were hit on the night of 9-10 December.\n"
    )
    assert _events(tmp_path, text)["Port of Latakia"].date_start == "2024-12-09"


def test_a_titles_years_do_not_make_an_articles_sections_a_chronology(tmp_path: Path) -> None:
    text = (
        "Israeli strike on the Iranian consulate in Damascus\n\n"
        "Part of the Iran–Israel proxy conflict (2023–present)\n\n"
        "On 1 April 2024, an Israeli airstrike destroyed the consular annex in Damascus.\n\n"
        "Iranian response\n\n"
        "In the early hours of 19 April, Israel struck an air defence radar near Isfahan.\n"
    )
    assert _events(tmp_path, text)["Isfahan"].date_start == "2024-04-19"


def test_an_iranian_month_and_year_is_a_date_and_no_place(tmp_path: Path) -> None:
    text = (
        "Analysis\n\nWhen the government in Damascus fell in Azar 1403, the Iranian embassy "
        "in Damascus was stormed.\n\n| 2 Feb 2024 | 13 Bahman 1402 | US strikes hit Albu Kamal |\n"
    )
    events = _events(tmp_path, text)
    assert events["Embassy of Iran, Damascus"].date_start == "2024-12"
    assert not {"Bahman", "El‘azar"} & set(events)


def test_a_year_naming_another_thing_gives_way_to_the_sentences_day(tmp_path: Path) -> None:
    text = (
        "One year after\n\nOn 8 December 2024, Israeli troops crossed the 1974 "
        "disengagement line and took the buffer zone in Quneitra province.\n"
    )
    assert _events(tmp_path, text)["Quneitra Governorate"].date_start == "2024-12-08"


def test_a_headings_day_without_its_year_takes_the_year_last_written(tmp_path: Path) -> None:
    text = (
        "# Iran and Russia in December 2024\n\n"
        "Rebels entered Aleppo on 29 November 2024.\n\n"
        "## Damascus, December 8\n\n"
        "Hours after the fall of the capital, crowds stormed the Iranian embassy in Damascus.\n"
    )
    assert _events(tmp_path, text)["Embassy of Iran, Damascus"].date_start == "2024-12-08"


def test_a_search_results_date_gives_way_to_the_days_its_snippet_names(tmp_path: Path) -> None:
    text = (
        "# Results\n\n"
        "**Sep 10, 2019** · The Imam Ali compound south of Albu Kamal was struck by "
        "unidentified aircraft on Sept. 9, monitors said.\n\n"
        "**Feb 26, 2021** · The US strikes on Thursday hit a cluster of buildings near "
        "Albu Kamal.\n"
    )
    events = _events(tmp_path, text)
    assert events["Imam Ali military base"].date_start == "2019-09-09"
    assert events["Abu Kamal"].date_start == "2021-02-25"


def test_a_paragraph_going_on_with_the_story_keeps_its_day(tmp_path: Path) -> None:
    text = (
        "Raisi in Damascus\n\n"
        "On 4 May 2023, Raisi visited the Sayyida Zaynab shrine.\n\n"
        "He also prayed at the Umayyad Mosque in the old city of Damascus.\n\n"
        "Background\n\n"
        "He also visited Aleppo, the agency said.\n"
    )
    events = _events(tmp_path, text)
    assert events["Umayyad Mosque"].date_start == "2023-05-04"
    assert events["Aleppo"].date_start is None  # another section: not the same story


def test_a_relative_clause_holding_a_list_ends_at_its_own_comma(tmp_path: Path) -> None:
    text = (
        "Israel strikes\n\nDAMASCUS, Jan 2, 2025 (AP) - Israel struck Syria again.\n\n"
        "The Barzeh research center in Damascus, which was also hit by U.S., British and "
        "French missiles in April 2018, was struck again on Dec. 10.\n"
    )
    assert (
        _events(tmp_path, text)["Barzeh Research and Development Centre"].date_start == "2024-12-10"
    )


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Rudaw | 15-11-2019 | 11:42\n", "2019-11-15"),
        ("Kurdistan24\n\nPublished: 14-01-2025\n", "2025-01-14"),
    ],
)
def test_a_bylines_hyphenated_day_first_stamp_dates_the_page(head: str, day: str) -> None:
    page = document_date(f"{head}\nQAMISHLI - Russian troops arrived on Tuesday.\n")
    assert page is not None and page.date_start == day


def test_a_reports_title_with_a_colon_is_no_metadata_field() -> None:
    text = (
        "Syrian Arab Republic: Recent developments in north-western Syria and Hama - Flash "
        "Update No. 7\nPOSTED: 9 Dec 2024\n\nOn 28 November fighting reached Aleppo.\n"
    )
    page = document_date(text)
    assert page is not None and page.date_start == "2024-12-09"


def test_a_year_that_names_a_thing_anchors_no_later_day(tmp_path: Path) -> None:
    text = (
        "# Report 2025\n\n## Golan\n\nIsraeli forces occupied positions in the area "
        "established by the 1974 Disengagement Agreement.\n\n"
        "On 2 April, Israeli air strikes hit the T4 airbase.\n"
    )
    assert _events(tmp_path, text)["Tiyas Military Airbase"].date_start == "2025-04-02"


def test_a_live_maps_year_less_stamps_take_the_year_of_their_day_heading(
    tmp_path: Path,
) -> None:
    html = (
        "<html><body><h1>Syria live map</h1>\n<h2>9 April 2018</h2>\n"
        "<div><span>9 Apr, 03:55</span><p>Jets struck the T-4 airfield.</p></div>\n"
        "<div><span>9 Apr, 11:20</span><p>Seven IRGC members were killed at Tiyas.</p></div>\n"
        "<h2>8 April 2018</h2>\n"
        "<div><span>8 Apr, 22:10</span><p>Government jets struck Douma again.</p></div>\n"
        "</body></html>\n"
    )
    text = document_from_bytes(html.encode(), "map.html").text
    assert [s.date_start for s in post_stamps(text)].count("2018-04-09") >= 2
    assert by_place(extract_text(tmp_path, html, "map.html"))["Douma"].date_start == "2018-04-08"


def test_a_deadline_gives_way_to_the_day_something_was_done(tmp_path: Path) -> None:
    text = (
        "News\n\nOn 13 January 2024, the Government extended its consent for the use of the "
        "Bab al-Hawa crossing until 13 July 2024.\n"
    )
    assert _events(tmp_path, text)["Bab al-Hawa Border Crossing"].date_start == "2024-01-13"


def test_a_stamp_below_a_sites_header_lines_dates_the_page() -> None:
    text = (
        "DAILY SABAH | Politics | Mid-East | Opinion\n\nMID-EAST\n\n"
        "Iran-backed militias dig in along Euphrates as strikes intensify\n\n"
        "Tehran's proxies have turned the corridor into a fortified zone\n\n"
        "DAILY SABAH WITH AA\nISTANBUL\nNov 14, 2023 - 3:21 pm GMT+3\n\n"
        "U.S. warplanes on Sunday struck a training facility near Albu Kamal.\n"
    )
    page = document_date(text)
    assert page is not None and page.date_start == "2023-11-14"


def test_a_weekdays_possessive_dates_its_event(tmp_path: Path) -> None:
    text = (
        "Sochi deal\n\nSOCHI, September 18, 2018 - Monday's agreement in Sochi between Putin "
        "and Erdogan averted an offensive on Idlib.\n"
    )
    assert _events(tmp_path, text)["Sochi"].date_start == "2018-09-17"


def test_a_live_maps_hours_ago_posts_are_the_updated_pages_day(tmp_path: Path) -> None:
    text = (
        "Home | Syria | Iraq | Lebanon | Login\n\nSyria: news and incidents on the live map\n\n"
        "Last updated: 14 April 2018, 08:40 (Damascus time)\n\n"
        "1h ago\n\nStrikes hit the Barzeh research centre in Damascus.\n\n"
        "3h ago\n\nMissiles were fired at Dumayr airbase.\n"
    )
    page = document_date(text)
    assert page is not None and page.date_start == "2018-04-14"
    assert [s.date_start for s in post_stamps(text, page)] == ["2018-04-14", "2018-04-14"]
    assert (
        _events(tmp_path, text)["Barzeh Research and Development Centre"].date_start == "2018-04-14"
    )


@pytest.mark.parametrize(
    "head",
    [
        "Syria: Flash Update No. 2 - Hostilities in Coastal Areas\nDate: 19 March 2025\n",
        "Syria: Flash Update No. 2\nDate: 19 March 2025\nSource: OCHA\nCountry: Syria\n",
    ],
)
def test_a_reports_date_field_alone_or_beside_its_source_dates_it(head: str) -> None:
    page = document_date(head + "\nOn 6 March, armed groups ambushed a patrol near Jableh.\n")
    assert page is not None and page.date_start == "2025-03-19"


def test_a_speakers_turn_that_opens_with_a_day_is_dated_by_it(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Episode 41: The drone war\n\n[00:01:10] HOST: Take us back.\n\n"
        "[00:01:25] GUEST: February 10, 2018 — an Iranian drone launched from T4 was shot "
        "down near Beit She'an.\n\n[00:02:40] GUEST: Then on May 10 rockets hit the Golan.\n",
    )
    assert events["Beit She'an"].date_start == "2018-02-10"
    assert events["Golan Heights"].date_start == "2018-05-10"


def test_a_past_tense_day_after_the_page_goes_on_from_last_years_story(
    tmp_path: Path,
) -> None:
    events = _events(
        tmp_path,
        "The house\n\nSara Mansour | DAMASCUS | 3 December 2025\n\n### The last days\n\n"
        "On 1 December 2024, Araghchi flew to Damascus and met Assad.\n\n"
        "On the morning of 8 December, a crowd broke into the embassy compound in Mezzeh.\n\n"
        "Talks are due in Astana on 12 December.\n",
    )
    assert events["Mazzeh"].date_start == "2024-12-08"
    assert events["Astana"].date_start == "2025-12-12"  # what the page looks ahead to


def test_a_long_by_line_dates_the_page() -> None:
    text = (
        "LONG READ\n\nThe last Russians of Latakia\n\n"
        "By Anna Vlasova and Karim Daher · 11 November 2025 · 19 min read\n\n"
        "In January the new government cancelled the port contract.\n"
    )
    page = document_date(text)
    assert page is not None and page.date_start == "2025-11-11"


def test_what_a_page_says_is_still_to_come_stays_in_its_year(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "News, 20 January 2019\n\nRussian and Turkish officials will meet in Moscow on April "
        "28 to prepare the next round.\n\nIsraeli jets struck Damascus on December 25.\n",
    )
    assert events["Moscow"].date_start == "2019-04-28"
    assert events["Damascus"].date_start == "2018-12-25"


def test_a_month_still_to_come_before_the_pages_is_next_years(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Duma plenary, 21 December 2017\n\nIn January Russia, Turkey and Iran will convene "
        "the Congress in Sochi. In January the army struck Idlib.\n",
    )
    assert events["Sochi"].date_start == "2018-01"
    assert events["Idlib Governorate"].date_start == "2017-01"


def test_a_news_leads_undated_past_tense_is_the_pages_day_until_it_turns_back(
    tmp_path: Path,
) -> None:
    events = _events(
        tmp_path,
        "US strikes hit eastern Syria\n\nPublished 3 Feb 2024\n\n"
        "The US struck more than 85 targets in Iraq and Syria overnight.\n\n"
        "Heavy explosions were heard in Hasakah, around the Hamdan airfield.\n\n"
        "Officials said Iranian advisers left Palmyra years ago.\n\n"
        "In 2017, the army captured Albu Kamal from the Islamic State.\n\n"
        "Iran built a base near Mayadin.\n",
    )
    assert events["Al-Hasakah"].date_start == "2024-02-03"
    assert events["Palmyra"].date_start is None  # "years ago"
    assert events["Al-Mayadin"].date_start is None  # the story turned to background


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("DAMASCUS, March 18, 2025 (Reuters) - Syria's new authorities have ordered a review "
         "of a concession near Palmyra, three officials said.", "2025-03-18"),
        ("BEIRUT, 20 December 2015 (AFP) — Israeli jets struck Jaramana late on Saturday, "
         "killing a commander and eight others.", "2015-12-20"),
    ],
)  # fmt: skip
def test_a_wire_leads_dateline_dates_the_page(lead: str, day: str) -> None:
    text = f"Syria reviews deals\n\nBy Suleiman al-Khalidi\n\n5 MIN READ\n\n{lead}\n"
    page = document_date(text)
    assert page is not None and page.date_start == day


def test_a_persons_lifespan_in_the_title_is_no_years_of_the_story(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "# Qassem Soleimani (1957–2020)\n\nPublished 3 January 2020\n\n"
        "Funeral processions were held in Karbala on 4 January and in Kerman on 7 January.\n",
    )
    assert events["Karbala"].date_start == "2020-01-04"
    assert events["Kerman"].date_start == "2020-01-07"


def test_a_wars_years_in_the_title_still_anchor_its_story(tmp_path: Path) -> None:
    events = _events(tmp_path, "# Iran–Iraq War (1980–1988)\n\nIraqi forces struck Basra.\n")
    assert events["Basra"].year_start == 1980


def test_a_captions_after_clause_dates_the_scene(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Gallery\n\nSmoke rises over the Mezzeh military airport after Israeli strikes on "
        "December 10, 2024 in Damascus, Syria.\n",
    )
    assert events["Mezzeh Military Airport"].date_start == "2024-12-10"


def test_a_story_going_on_in_new_paragraphs_keeps_its_day(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Syria relief\n\nPublished 23 May 2025\n\nThe Assad regime collapsed on December 8, "
        "2024, after an offensive.\n\nIn the hours after the regime fell, crowds stormed the "
        "Iranian embassy in the Mezzeh district of Damascus.\n\nIsrael, meanwhile, struck the "
        "naval base at Latakia.\n",
    )
    assert events["Mazzeh"].date_start == "2024-12-08"
    assert events["Latakia"].date_start == "2024-12-08"


def test_a_holiday_without_its_year_is_anchored_like_any_day(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Thread, 21 January 2024\n\nIn December 2023 the IRGC lost men. Mousavi was killed in "
        "Sayyida Zeinab on Christmas Day, and on January 20 a strike hit Mezzeh.\n",
    )
    assert events["Sayyidah Zaynab"].date_start == "2023-12-25"
    assert events["Mazzeh"].date_start == "2024-01-20"


def test_a_day_count_in_words_past_ten_counts_from_the_last_day(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Report\n\nOn 1 April 2024, Israeli jets destroyed the consular annex in Mezzeh.\n\n"
        "Twelve days later, Iran responded with missiles that struck the Nevatim air base.\n",
    )
    assert events["Nevatim Airbase"].date_start == "2024-04-13"


def test_that_month_is_the_month_of_the_year_just_told(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Report\n\nIn October 2017 Russian jets struck Idlib. That December, Putin himself "
        "landed at Khmeimim.\n",
    )
    assert events["Khmeimim Air Base"].date_start == "2017-12"


def test_a_year_in_a_towns_own_relative_clause_anchors_no_later_day(tmp_path: Path) -> None:
    text = (
        "Speech of 25 February 2025\n\nHama, the city that bled in February 1982, was "
        "liberated on December 5. When we entered Damascus at dawn on December 8, the "
        "tyrant had already fled to Moscow.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text)}
    assert events["Hama"].date_start == "2024-12-05"
    assert events["Moscow"].date_start == "2024-12-08"


def test_a_gapped_clause_may_name_the_part_of_its_day(tmp_path: Path) -> None:
    text = (
        "Speech of 25 February 2025\n\nHama was liberated on December 5, and Homs on the "
        "night of December 7.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text)}
    assert events["Homs"].date_start == "2024-12-07"
    assert events["Homs"].category == "incident"


def test_then_carries_the_verb_to_a_gapped_clause_and_a_trips_next_leg(
    tmp_path: Path,
) -> None:
    text = (
        "Review of 2024\n\nThe offensive began on 27 November. Aleppo fell within days, "
        "then Hama on 5 December and Homs two days later. Araghchi flew to Damascus on 1 "
        "December to show support, and then to Ankara.\n"
    )
    events = _events(tmp_path, text)
    assert (events["Hama"].category, events["Hama"].date_start) == ("incident", "2024-12-05")
    assert (events["Homs"].category, events["Homs"].date_start) == ("incident", "2024-12-07")
    assert events["Ankara"].category == "diplomacy"


def test_last_night_in_a_dated_statement_is_the_day_before(tmp_path: Path) -> None:
    text = (
        "IDF statement, 3 April 2025\n\nLast night, IDF fighter jets struck military "
        "capabilities at the Syrian bases of Hama and T4.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text)}
    assert events["Hama"].date_start == "2025-04-02"


def test_a_paragraph_opening_hours_after_goes_on_with_the_last_ones_day(
    tmp_path: Path,
) -> None:
    text = (
        "Report\n\nAssad left Syria on December 8, 2024, after HTS entered Damascus. A "
        "Kremlin source said on the same day that he had arrived in Moscow.\n\n"
        "Hours after the takeover, the Iranian embassy in Damascus was stormed.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text)}
    assert events["Embassy of Iran, Damascus"].date_start == "2024-12-08"


def test_a_night_told_hour_by_hour_goes_on_with_its_day(tmp_path: Path) -> None:
    text = (
        "Report\n\nOn 7 December 2024 rebels entered Homs.\n\n"
        "By midnight, the army had abandoned the Mezzeh military airport.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text)}
    assert events["Mezzeh Military Airport"].date_start == "2024-12-07"


def test_in_recent_weeks_is_the_weeks_before_the_page(tmp_path: Path) -> None:
    text = (
        "Tehran Times, 20 November 2024\n\nIn recent weeks they have struck Damascus and "
        "the Jdeidet Yabous crossing.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text)}
    assert (events["Damascus"].date_start, events["Damascus"].date_end) == (
        "2024-10-23",
        "2024-11-20",
    )


def test_that_month_after_its_verb_is_the_month_of_the_year_just_told(tmp_path: Path) -> None:
    text = (
        "Report\n\nPalmyra was captured by the Islamic State group in May 2015, and the "
        "Temple of Bel was blown up that August.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text)}
    assert events["Temple of Bel"].date_start == "2015-08"
    assert events["Palmyra"].date_start == "2015-05"


def test_a_narrative_citations_year_dates_nothing(tmp_path: Path) -> None:
    text = "Review\n\nFor Kofman and Rojansky (2018), Hmeimim was a laboratory for air power.\n"
    assert [e.date_start for e in extract_text(tmp_path, text)] == [None]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("# Levant Security Weekly\n\n**Issue 48/2025 | Reporting period: 24–30 November 2025**\n",
         "2025-11-30"),
        ("Flash Update No. 3\n\nPeriod covered: 1 - 15 March 2024\n", "2024-03-15"),
        ("RISK BRIEF\n\nClassification: Client distribution | Issued: 30 December 2021\n",
         "2021-12-30"),
    ],
)  # fmt: skip
def test_a_bulletins_period_or_issue_cell_dates_the_page(head: str, day: str) -> None:
    page = document_date(f"{head}\nOn 28 November, troops raided Beit Jinn.\n")
    assert page is not None and page.date_start == day


def test_a_since_date_anchors_no_later_yearless_day(tmp_path: Path) -> None:
    # "since December 2024" starts a state that lasts to the time of writing; the
    # report's own year is that one or later, not the year of its next "27 Nov".
    text = (
        "# Weekly notes\n\n### South-west\n\nOn 20 November 2025, Israeli troops raided "
        "Beit Jinn. Israel has held positions on Mount Hermon since December 2024.\n\n"
        "### East\n\n- **27 Nov** — Gunmen attacked a checkpoint in Dhiban.\n\n"
        "Two Russian vessels were seen at the Tartus facility on 26 November.\n"
    )
    events = _events(tmp_path, text)
    assert events["Dhiban"].date_start == "2025-11-27"
    assert events["Russian naval facility in Tartus"].date_start == "2025-11-26"


def test_a_live_entrys_stamp_dates_what_is_under_its_headline(tmp_path: Path) -> None:
    # "Sat 30 Nov 2024 16.21 GMT" over an <h3> headline: the entry's day reaches the
    # paragraphs under the headline; "said they had taken" is that day's news.
    html = (
        "<html><body><h1>Syria rebels seize most of Aleppo – as it happened</h1>"
        "<p>Updates from our correspondents as they come in, with analysis and reaction.</p>"
        "<p>Sat 30 Nov 2024 16.21 GMT</p><h3>Russia says its aircraft struck positions</h3>"
        "<p>Russia's defence ministry said its aircraft had struck rebel positions in Aleppo "
        "and Idlib provinces, killing at least 200 militants.</p>"
        "<p>Sat 30 Nov 2024 13.05 GMT</p><h3>Rebels claim control of the airport</h3>"
        "<p>Fighters said they had seized Aleppo international airport after government "
        "troops withdrew from it in the morning.</p></body></html>"
    )
    events = extract_text(tmp_path, html, "live.html")
    assert {e.place: e.date_start for e in events} == {
        "Aleppo": "2024-11-30",  # the page's headline: "rebels seize most of Aleppo"
        "Aleppo Governorate": "2024-11-30",
        "Idlib Governorate": "2024-11-30",
        "Aleppo International Airport": "2024-11-30",
    }


def test_a_sub_heading_under_a_dated_heading_is_of_its_year(tmp_path: Path) -> None:
    text = (
        "# Timeline\n\n## 2015\n\n### Russian intervention\n\n"
        "On 30 September, Russian jets began strikes near Homs from the Hmeimim air base.\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text, "t.md")}
    assert events["Homs"].date_start == "2015-09-30"


def test_a_day_heading_under_a_year_heading_is_that_year_s_day(tmp_path: Path) -> None:
    # a spokesman's statements filed under "## 2023" / "### October 25": the body's
    # sentences are that day's, whatever the text wrote last (a 2024 statement above)
    text = (
        "# IDF statements on Syria\n\n## 2023\n\n### October 10\n\n"
        "Earlier today, mortar shells fell in the southern Golan Heights.\n\n"
        "### October 25\n\nIDF fighter jets struck Syrian Army infrastructure. The strikes "
        "were carried out in the area of Daraa.\n\n## 2024\n\n### November 14\n\n"
        "IDF fighter jets struck headquarters in Mezzeh. The 2024 statement followed.\n\n"
        "## 2025\n\n### April 2\n\nJets struck the T4 airbase near Palmyra.\n"
    )
    dated = {e.place: e.date_start for e in extract_text(tmp_path, text, "idf.md")}
    assert dated["Golan Heights"] == "2023-10-10"
    assert dated["Daraa"] == "2023-10-25"
    assert dated["Mazzeh"] == "2024-11-14"
    assert dated["Tiyas Military Airbase"] == "2025-04-02"


def test_a_state_in_the_present_takes_no_day_from_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "Travel advice\n\nOn 8 December 2024 crowds stormed the Iranian embassy in Damascus. "
        "Russia retains military forces at Hmeimim Air Base and the naval facility at Tartus.\n\n"
        "On 8 December 2024 rebels entered Damascus at dawn. Hours later Assad is flown from "
        "Hmeimim to Moscow, state media say.\n"
    )
    dated = {e.place: e.date_start for e in extract_text(tmp_path, text)}
    assert dated["Embassy of Iran, Damascus"] == "2024-12-08"
    assert dated["Russian naval facility in Tartus"] is None
    assert dated["Khmeimim Air Base"] == "2024-12-08"  # a timeline's present of what happened


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("On 2 February 2024, five days after three US soldiers were killed at Tower 22 in "
         "Jordan, US jets struck targets near Albu Kamal.", "Tower 22", "2024-01-28"),
        ("The strike on 9 April 2018 came two days after the Douma chemical attack, officials "
         "said.", "Douma", "2018-04-07"),
        ("Manbij fell on 9 December 2024, a day after the fall of Damascus.", "Damascus",
         "2024-12-08"),
    ],
)  # fmt: skip
def test_a_clause_n_days_after_is_counted_back_from_the_day(
    tmp_path: Path, text: str, place: str, day: str
) -> None:
    assert _events(tmp_path, f"News\n\n{text}\n")[place].date_start == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("A bomber blew himself up in a church in Damascus during Sunday mass, killing 25.",
         "2025-06-22"),
        ("Jets struck Hama during Friday prayers, killing 10.", "2025-06-20"),
    ],
)  # fmt: skip
def test_a_weekdays_worship_is_that_day_of_the_pages_week(
    tmp_path: Path, sentence: str, day: str
) -> None:
    head = "WHAT YOU NEED TO KNOW\nTuesday, 24 June 2025\n\nHere is the news of the day.\n\n"
    text = f"{head}{sentence}\n"
    assert [e.date_start for e in extract_text(tmp_path, text)] == [day]


def test_a_numbered_headline_over_its_item_is_dated_by_it(tmp_path: Path) -> None:
    text = (
        "Five things to know\nTuesday, June 24, 2025\n\nGood morning, here is the news.\n\n"
        "3) SYRIA: Suicide bomber kills 25 at Damascus church\n\n"
        "A suicide bomber blew himself up inside the Mar Elias church in Damascus during "
        "Sunday mass, killing 25 people.\n"
    )
    events = extract_text(tmp_path, text)
    assert {(e.place, e.date_start) for e in events} == {
        ("Mar Elias Church", "2025-06-22"),
        ("Damascus", "2025-06-22"),
    }
    # the headline tells the item's event: Sunday's, not the newsletter's Tuesday
    headline = [e for e in events if e.evidence.startswith("SYRIA: Suicide")]
    assert [(e.place, e.date_start) for e in headline] == [("Damascus", "2025-06-22")]


def test_a_forum_posts_author_stamp_dates_the_post(tmp_path: Path) -> None:
    # phpBB writes "by <author> » 12/01/2025 18:22"; the thread's "29/01/2025" shows its
    # slashed days are day first, so "12/01/2025" is 12 January.
    html = (
        "<html><body><h1>Russian bases after Assad</h1>"
        "<p>by <b>sergei_k</b> &raquo; 12/01/2025 18:22</p>"
        "<p>but look, they still sitting in Khmeimim airbase near Jableh and nobody touch "
        "them.</p>"
        "<p>by <b>geo_watch</b> &raquo; 29/01/2025 10:47</p>"
        "<p>the russian deputy FM Bogdanov was in Damascus yesterday and met al-Sharaa, the "
        "first visit since the fall.</p></body></html>"
    )
    events = by_place(extract_text(tmp_path, html, "thread.html"))
    assert events["Khmeimim Air Base"].date_start == "2025-01-12"
    assert events["Damascus"].date_start == "2025-01-28"


def test_a_history_pages_yearless_days_are_of_the_years_it_tells(tmp_path: Path) -> None:
    # "Updated 14 March 2021" dates the page, not the 1860 events it tells of
    text = (
        "# The 1860 Damascus massacre\n\n"
        "By E. Haddad · Levant History Online · Updated 14 March 2021\n\n"
        "## Background\n\nOn 3 June 1860 fighting broke out in Mount Lebanon. Refugees "
        "poured into Damascus through late June.\n\n"
        "## Ottoman response\n\nFuad Pasha arrived in Beirut on 17 July with extraordinary "
        "powers. Meanwhile the powers agreed in Paris on 3 August to send a force.\n"
    )
    events = by_place(extract_text(tmp_path, text, "history.md"))
    assert events["Beirut"].date_start == "1860-07-17"
    assert events["Paris"].date_start == "1860-08-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zahedi's funeral was held in Tehran on 4 April 2024, and he was buried in his home "
         "city of Isfahan the next day.", {"Tehran": "2024-04-04", "Isfahan": "2024-04-05"}),
        ("On 1 December 2024 Araghchi flew to Damascus to meet Assad, then travelled on to "
         "Ankara the next day.", {"Damascus": "2024-12-01", "Ankara": "2024-12-02"}),
    ],
)  # fmt: skip
def test_the_next_day_is_the_day_of_the_place_right_before_it(
    tmp_path: Path, text: str, expected: dict[str, str]
) -> None:
    events = _events(tmp_path, f"News\n\n{text}\n")
    assert {place: events[place].date_start for place in expected} == expected


def test_a_live_pages_day_heading_without_a_year_takes_the_pages_year(tmp_path: Path) -> None:
    text = (
        "# Syria live: fighters enter Hama\n\n"
        "*Al Jazeera Staff · Published On 5 Dec 2024 · Last update 5 Dec 2024, 19:02 GMT*\n\n"
        "## Thursday, 5 December\n\n"
        "The monitor said fighting was continuing around Qamhana, a loyalist town north of "
        "Hama, and jets carried out raids in Idlib province.\n"
    )
    events = by_place(extract_text(tmp_path, text, "live.md"))
    assert events["Qamhana"].date_start == "2024-12-05"


def test_that_same_day_is_the_day_before_it(tmp_path: Path) -> None:
    text = (
        "News\n\nOn 8 December 2024 rebels entered Damascus and Assad fled.\n\n"
        "That same day, crowds stormed the Iranian embassy in the Mezzeh district of Damascus.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Embassy of Iran, Damascus"].date_start == "2024-12-08"


def test_a_dated_section_heading_anchors_its_yearless_days_on_a_later_page(
    tmp_path: Path,
) -> None:
    text = (
        "Fact Check: old photos\n\nJune 18, 2025\n\nPosts shared photos of a strike this "
        "week.\n\nTHE APRIL 2024 STRIKE\n\nOn April 1, 2024, an Israeli strike destroyed the "
        "consular annex in Damascus.\n\nOn the night of April 13-14, Iran fired more than 300 "
        "drones and missiles at Israel, and a few hit Nevatim air base.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Nevatim Airbase"].date_start == "2024-04-13"


@pytest.mark.parametrize("rule", ["======== {} ========", "--- {} ---", "{}", "## {}"])
def test_a_digests_year_headings_date_the_wire_items_under_them(tmp_path: Path, rule: str) -> None:
    # a compilation updated in 2024 whose first section is 2023's: its datelines' days
    # are 2023's, whatever the page's last update
    text = (
        "WIRE DIGEST: STRIKES IN SYRIA\nLast updated 30 Nov 2024\n\n"
        f"{rule.format(2023)}\n\n"
        "Israeli strike kills 15 in Damascus\nBEIRUT, Feb 19 (Reuters) - An Israeli missile "
        "strike hit a residential building in Damascus early on Sunday, killing 15 people.\n\n"
        f"{rule.format(2024)}\n\n"
        "Strike hits Homs\nBEIRUT, March 29 (Reuters) - An Israeli strike hit Homs on Friday.\n"
    )
    events = _events(tmp_path, text)
    assert events["Damascus"].date_start == "2023-02-19"  # a Sunday
    assert events["Homs"].date_start == "2024-03-29"


def test_a_wire_items_weekday_counts_back_from_its_dateline(tmp_path: Path) -> None:
    text = (
        "WIRE DIGEST\nLast updated 30 Nov 2024\n\n======== 2023 ========\n\n"
        "Quake-hit Aleppo receives Iranian aid flights\nALEPPO, Feb 8 (Reuters) - Three "
        "Iranian cargo planes landed at Aleppo airport on Wednesday. Quds Force chief Esmail "
        "Qaani visited Hama on Tuesday, Iranian media reported.\n\n"
        "Strike hits Homs\nBEIRUT, Feb 19 (Reuters) - An Israeli strike hit Homs on Sunday.\n\n"
        "Raisi in Damascus\nDAMASCUS, May 3 (Reuters) - Raisi arrived on Wednesday for a "
        "visit, the first since the conflict began in 2011. On Monday Iranian aides had "
        "prayed at the Sayyida Zaynab shrine.\n"
    )
    events = _events(tmp_path, text)
    assert events["Hama"].date_start == "2023-02-07"  # the Tuesday before the dateline's day
    assert events["Sayyidah Zaynab Mosque"].date_start == "2023-05-01"
    assert events["Homs"].date_start == "2023-02-19"


@pytest.mark.parametrize(
    "lead", ["Ten years ago today, on June 5, 2013, the army", "Ten years ago today the army"]
)
def test_an_anniversary_storys_days_are_of_the_year_it_retells(tmp_path: Path, lead: str) -> None:
    text = (
        "Qusayr, ten years on\n\nPublished 5 June 2023\n\n"
        f"{lead} and the Resistance liberated Qusayr.\n\n"
        "The decisive offensive had started on May 19, when forces advanced on Hama.\n"
    )
    assert _events(tmp_path, text)["Hama"].date_start == "2013-05-19"


def test_a_timeline_entrys_opening_day_dates_it_before_a_notes_later_day(
    tmp_path: Path,
) -> None:
    text = (
        "## 2015\n\n- **26 August 2015** – Damascus and Moscow sign an open-ended agreement "
        "letting a Russian air group deploy at Hmeimim air base, free of charge (text "
        "published in January 2016).\n\n"
        "## Strikes\n\n| Date | Location | Target | Casualties | Notes |\n|---|---|---|---|---|\n"
        "| 8 September 2024 | Masyaf | CERS underground missile plant | 18 killed | It emerged "
        "in January 2025 that commandos raided the site |\n"
    )
    events = _events(tmp_path, text)
    assert events["Khmeimim Air Base"].date_start == "2015-08-26"
    assert events["Masyaf"].date_start == "2024-09-08"


def test_that_year_is_the_year_just_told_not_the_pages(tmp_path: Path) -> None:
    text = (
        "Shrine\nLast updated 3 February 2025\n\nHistory\n\nMortar rounds hit the Sayyida "
        "Zaynab shrine in 2013 during fighting in Babbila. Government forces retook Homs in "
        "November of that year.\n\nIn 2016 a bomb hit Daraa. That December, militias "
        "retook Aleppo.\n"
    )
    events = _events(tmp_path, text)
    assert events["Homs"].date_start == "2013-11"
    assert events["Aleppo"].date_start == "2016-12"


def test_a_cables_date_time_group_dates_it(tmp_path: Path) -> None:
    text = (
        "VZCZCXRO4417\nPP RUEHAG RUEHROV\nDE RUEHDM #0198/01 0741230\nZNY CCCCC ZZH\n"
        "R 151230Z MAR 09\nFM AMEMBASSY DAMASCUS\nTO RUEHC/SECSTATE WASHDC 6123\n\n"
        "E.O. 12958: DECL: 03/15/2019\nTAGS: PREL, PGOV, IR, SY\n"
        "SUBJECT: IRANIAN FM IN DAMASCUS\n\n"
        "1. (C) Summary: The Iranian Foreign Minister arrived in Damascus March 11 for a "
        "two-day visit, his third since the war of December 2008.\n\n"
        "2. (C) He visited the Sayyida Zaynab shrine on March 12.\n"
    )
    page = document_date(text)
    assert page is not None and page.date_start == "2009-03-15"
    events = _events(tmp_path, text)
    assert events["Damascus"].date_start == "2009-03-11"  # not December 2008's year
    assert events["Sayyidah Zaynab Mosque"].date_start == "2009-03-12"


def test_a_lists_item_c_is_no_copyright_line(tmp_path: Path) -> None:
    text = (
        "Identical letters dated 10 May 2017\n\n"
        "(a) On 2 March 2017, Israel struck a position near Palmyra.\n\n"
        "(c) On 27 April 2017, Israel fired missiles at a position near Damascus "
        "International Airport.\n\n(c) TASS 2017. All rights reserved.\n"
    )
    events = _events(tmp_path, text)
    airport = events["Damascus International Airport"]
    assert (airport.category, airport.date_start) == ("incident", "2017-04-27")
    assert "TASS" not in {e.place for e in events.values()}


def test_ten_years_ago_today_counts_back_from_the_dateline(tmp_path: Path) -> None:
    text = (
        "# A decade on\n\n**SAYYIDA ZAYNAB, Rif Dimashq, 21 February 2026** — Ten years ago "
        "today, two suicide bombers struck near the Sayyida Zaynab shrine.\n\n"
        "That same afternoon, twin car bombs in Homs killed dozens.\n"
    )
    events = _events(tmp_path, text)
    assert events["Sayyidah Zaynab Mosque"].date_start == "2016-02-21"
    assert events["Homs"].date_start == "2016-02-21"


def test_a_year_ago_today_sets_the_year_of_the_days_told_after_it(tmp_path: Path) -> None:
    text = (
        "Jerusalem, 8 December 2025\n\n"
        "One year ago today, rebel columns entered Damascus and Assad fled to Moscow.\n\n"
        "On the same day, IDF troops crossed into the buffer zone and seized Mount Hermon.\n"
        "On 10 December, Israeli jets struck the port of Latakia.\n"
    )
    events = _events(tmp_path, text)
    assert events["Damascus"].date_start == "2024-12-08"
    assert events["Mount Hermon"].date_start == "2024-12-08"
    assert events["Port of Latakia"].date_start == "2024-12-10"


def test_a_cited_resolutions_year_dates_nothing(tmp_path: Path) -> None:
    text = (
        "| United Nations | S/2023/372 |\n|---|---|\n"
        "| **Security Council** | Distr.: General · 24 May 2023 · Original: English |\n\n"
        "# Implementation of Security Council resolution 2254 (2015)\n\n"
        "### III. Political process\n\n"
        "7. The Special Envoy visited Damascus on 12 February, recalling resolutions 338 "
        "(1973) and 2254 (2015).\n\n"
        "8. On 3 May, President Raisi arrived in Damascus for a two-day visit.\n"
    )
    days = sorted(e.date_start or "" for e in extract_text(tmp_path, text) if e.place == "Damascus")
    assert days == ["2023-02-12", "2023-05-03"]


def test_the_year_of_an_older_thing_gives_way_to_the_paragraphs_day(tmp_path: Path) -> None:
    text = (
        "Report\n\n"
        "On 8 December 2024, rebel columns entered Damascus and Assad fled. Within hours, "
        "Israeli troops crossed the 1974 disengagement line and took Mount Hermon. In "
        "January 2025 the new authorities cancelled the 2019 contract for the port of "
        "Tartus. The 2006 Lebanon War had drawn Iran and Syria together.\n"
    )
    events = _events(tmp_path, text)
    assert events["Mount Hermon"].date_start == "2024-12-08"
    assert events["Port of Tartus (commercial)"].date_start == "2025-01"
    assert events["Lebanon"].date_start == "2006"  # an event's own name keeps its year


def test_the_year_of_an_older_event_the_sentence_tells_of_is_its_date(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn 2017 Israel struck a site near Masyaf. The strike came a day after the "
        "tenth anniversary of Operation Orchard, the 2007 destruction of the al-Kibar reactor.\n"
    )
    assert _events(tmp_path, text)["Al Kibar reactor site"].date_start == "2007"


def test_every_section_of_a_one_day_bulletin_tells_of_its_day(tmp_path: Path) -> None:
    text = (
        "Bulletin of the Russian Centre for reconciliation (January 8, 2018)\n\n"
        "Published: 08.01.2018 (20:15)\n\n"
        "The Centre continues to monitor compliance with the ceasefire regime.\n\n"
        "1. Situation in the de-escalation zones\n\n"
        "Illegal armed formations shelled the settlements of Harasta and Jobar.\n\n"
        "2. Humanitarian aid\n\n"
        "Food was delivered to the town of Al-Mayadin.\n"
    )
    events = _events(tmp_path, text)
    assert events["Jobar"].date_start == "2018-01-08"
    assert events["Al-Mayadin"].date_start == "2018-01-08"


def test_a_features_later_sections_stay_undated(tmp_path: Path) -> None:
    text = (
        "How Iran dug in\n\nPublished: 08.01.2018\n\n"
        "Israeli jets struck the T4 airbase, officials said.\n\n"
        "## Background\n\nIranian advisers deployed to Al-Mayadin.\n"
    )
    assert _events(tmp_path, text)["Al-Mayadin"].date_start is None


def test_a_weekday_is_the_sentences_own_beside_another_events_day(tmp_path: Path) -> None:
    text = (
        "Published: 3 February 2024\n\nUS forces carried out strikes on Friday night against "
        "the IRGC in Albu Kamal, in retaliation for the drone attack that killed three US "
        "soldiers at Tower 22 in Jordan on January 28.\n"
    )
    events = _events(tmp_path, text)
    assert events["Abu Kamal"].date_start == "2024-02-02"
    assert events["Tower 22"].date_start == "2024-01-28"


def test_a_dated_photo_caption_does_not_end_the_stories_lead(tmp_path: Path) -> None:
    text = (
        "Published: 3 February 2024\n\n"
        "Members of an Iranian-backed militia at a checkpoint in Albu Kamal, November 2018.\n\n"
        "Israeli strikes hit at least 26 targets in al-Mayadin, monitors said.\n"
    )
    assert _events(tmp_path, text)["Al-Mayadin"].date_start == "2024-02-03"


def test_each_posts_stamp_with_its_editor_dates_the_post(tmp_path: Path) -> None:
    text = (
        "SANA - Latest News\n\n"
        "Iranian delegation arrives in Damascus\nPosted on 2013-06-15 | Editor: Hala Zein\n\n"
        "Damascus, SANA – An Iranian delegation arrived in Damascus on Saturday.\n\n"
        "Syria and Iran sign agreement\nPosted on 2014-01-21 | Editor: Rasha Milhem\n\n"
        "Tehran, SANA – Syria and Iran on Tuesday signed a memorandum in Tehran.\n"
    )
    assert _events(tmp_path, text)["Tehran"].date_start == "2014-01-21"


@pytest.mark.parametrize(
    ("weekday", "date"),
    [
        ("Tuesday 27 August", "2019-08-27"),  # a Tuesday in the page's year, not in 1936
        ("Friday, August 30", "2019-08-30"),
        ("Wednesday 27 August", "1936-08-27"),  # fits neither: the year the text last wrote
    ],
)
def test_a_weekday_picks_the_year_its_day_falls_in(tmp_path: Path, weekday: str, date: str) -> None:
    text = (
        "Pilgrimage diary, part 3\nPosted 2 September 2019\n\n"
        "We landed in Mashhad early on 20 August. In July 1936, troops opened fire on "
        f"protesters in Qom.\n\nOn the evening of {weekday} we arrived in Karbala.\n"
    )
    assert _events(tmp_path, text)["Karbala"].date_start == date


@pytest.mark.parametrize(
    "line",
    [
        "Issue No. 4812 – Wednesday 12 June 2024 – 5 Dhu al-Hijjah 1445",
        "Syria TV – Special report | Wednesday 12 June 2024 – 5 Dhu al-Hijjah 1445 AH",
        "Compiled on Wednesday, 12 June 2024 — 5 Dhu al-Hijjah 1445 AH",
    ],
)
def test_a_masthead_dateline_with_its_hijri_day_dates_the_page(line: str) -> None:
    text = f"AL-WATAN DAILY – Local & Economy\n{line}\n\nDelegation tours Halab\n\nText.\n"
    page = document_date(text)
    assert page is not None and page.date_start == "2024-06-12"


def test_a_day_by_its_ordinal_alone_is_of_the_month_being_told(tmp_path: Path) -> None:
    text = (
        "Sham in wartime\nPosted on 30 November 2014\n\n"
        "On 12 November I flew into Beirut and crossed at Masnaa the next day.\n\n"
        "On the 14th we went into the old city. We visited the shrine of Sayyida Ruqayya.\n\n"
        "On our last full day, the 15th, we went to Bab al-Saghir.\n\n"
        "We flew home on 28 November.\n\nOn the 3rd a car bomb had hit Sayyida Zaynab.\n"
    )
    events = _events(tmp_path, text)
    assert events["Sayyidah Ruqayya Mosque"].date_start == "2014-11-14"
    assert events["Bab al-Saghir Cemetery"].date_start == "2014-11-15"
    # earlier than the day last written: November's, or told back? Not guessed.
    assert events["Sayyidah Zaynab"].date_start in (None, "2014")


def test_an_ordinal_day_is_of_the_month_its_own_sentence_wrote_before_it(
    tmp_path: Path,
) -> None:
    text = (
        "Guide\n\nLast updated: 14 September 2025\n\nThe pines give welcome shade in "
        "August. Israeli aircraft struck the container yard at Latakia port twice in "
        "December 2021, on the 7th and again on the 28th; Tartus was hit on the 29th.\n"
    )
    assert _days(tmp_path, text)["Tartus"] == "2021-12-29"


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops of the 4th Division were deployed in Masyaf.",
        "An office on the 5th floor in Damascus was hit.",
        "The mosque in Aleppo dates from the 12th century.",
    ],
)
def test_an_ordinal_that_names_no_day_dates_nothing(tmp_path: Path, sentence: str) -> None:
    text = f"Report\n\nOn 12 November 2014 the talks began in Geneva.\n\n{sentence}\n"
    events = extract_text(tmp_path, text, "page.txt")
    assert all(e.date_precision != "day" for e in events if e.evidence == sentence)


def test_a_diarys_day_headings_date_what_is_under_them(tmp_path: Path) -> None:
    text = (
        "Our First Ziyarat to Sham\nPosted on 2 April 2010 by ummhasan\n\n"
        "Bismillah. Here is the diary of our trip.\n\n"
        "Day 1 – Friday 19 March\n\nWe prayed at the Sayyida Zaynab shrine at Fajr.\n\n"
        "Day 2 – Saturday\n\nThe next morning we visited the shrine of Sayyida Ruqayya.\n\n"
        "Day 3 – Sunday 21 March\n\nOn our third day we visited Bab al-Saghir cemetery.\n\n"
        "Day 5 – Tuesday\n\nWe drove to Adra to visit the shrine of Hujr ibn Adi.\n"
    )
    events = _events(tmp_path, text)
    assert events["Sayyidah Zaynab Mosque"].date_start == "2010-03-19"  # not cut as a site
    assert events["Sayyidah Ruqayya Mosque"].date_start == "2010-03-20"  # the next Saturday
    assert events["Bab al-Saghir Cemetery"].date_start == "2010-03-21"
    assert events["Hujr ibn Adi shrine"].date_start == "2010-03-23"


def test_the_afternoon_of_the_day_told_is_that_day(tmp_path: Path) -> None:
    text = (
        "Funerals in Mazandaran\n\n"
        "On Tuesday morning, 10 May 2016, crowds gathered in Sari to escort the bodies.\n\n"
        "In the afternoon, similar funerals were held in Amol and Babol.\n\n"
        "While mourners gathered near Bab Touma that evening, mortars fell in Jobar.\n"
    )
    events = _events(tmp_path, text)
    assert events["Babol"].date_start == "2016-05-10"
    assert events["Jobar"].date_start == "2016-05-10"


def test_a_diary_with_old_asides_is_no_history_page(tmp_path: Path) -> None:
    # Every full date it writes is decades old, but it speaks of its own summer.
    text = (
        "Ten Days in Iran\nby Sayed Naqvi | Posted on 9 September 2019 | Travel\n\n"
        "This summer was my first trip to Iran.\n\n"
        "We landed in Mashhad early on 20 August.\n\n"
        "In July 1935 troops opened fire on protesters at the Goharshad Mosque.\n\n"
        "On Friday 23 August we hired a driver for a day trip to Nishapur.\n"
    )
    events = _events(tmp_path, text)
    assert events["Mashhad"].date_start == "2019-08-20"
    assert events["Neyshabur"].date_start == "2019-08-23"


def test_a_day_in_brackets_closing_a_title_is_the_titles_own(tmp_path: Path) -> None:
    text = (
        "US strikes 85 targets in Iraq and Syria in response to Tower 22 (Feb 2, 2024)\n\n"
        "Locals are reporting hits in Al-Mayadin.\n\n"
        "Then the US killed their commander with a drone strike in Baghdad on February 7.\n"
    )
    assert _events(tmp_path, text)["Baghdad"].date_start == "2024-02-07"


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("BEIRUT, Oct 4 (Reuters) - ", "2024-10-04"),  # before 8 October: the next year's
        ("BEIRUT, Oct 20 (Reuters) - ", "2023-10-20"),  # after it: that year's
        ("BEIRUT, 4 October (AFP) – ", "2024-10-04"),
    ],
)
def test_a_wires_yearless_dateline_is_after_every_day_the_story_writes(
    tmp_path: Path, dateline: str, date: str
) -> None:
    text = (
        "Israeli strike cuts Masnaa crossing\n\n"
        f"{dateline}An Israeli air strike cut the road at the Masnaa border crossing early "
        "on Friday, officials said.\n\n"
        "Hezbollah has fired on Israel since Oct. 8, 2023.\n"
    )
    page = document_date(text)
    assert page is not None and page.date_start == date


def test_a_live_pages_yearless_day_divider_dates_the_entries_under_it(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>LIVE: Israel strikes Hezbollah headquarters in Beirut</h1>"
        "<p>Live blog | Last updated Saturday, 28 September 2024, 14:05</p>"
        "<p><strong>Saturday 28 September</strong></p>"
        "<div><p>10:15</p><p>Israeli jets struck a building in Haret Hreik this morning.</p></div>"
        "<p><strong>Friday 27 September</strong></p>"
        "<div><p>22:45</p><p>Witnesses say a strike hit a residential block in Baalbek.</p></div>"
        "<div><p>20:30</p><p>Israeli jets struck Nabatieh.</p></div></body></html>"
    )
    events = by_place(extract_text(tmp_path, page, "live.html"))
    assert events["Dahiyeh"].date_start == "2024-09-28"
    assert events["Baalbek"].date_start == "2024-09-27"
    assert events["Nabatieh"].date_start == "2024-09-27"


def test_an_anniversary_items_own_day_is_not_counted_back_again(tmp_path: Path) -> None:
    text = (
        "Syria Weekly\nWeek of 2-8 December 2024\n\nOn this day\n\n"
        "**7 December 2016** — Eight years ago this week, the Syrian army took the Old City "
        "of Aleppo.\n"
    )
    assert _events(tmp_path, text)["Aleppo"].date_start == "2016-12-07"


def test_a_control_trailer_is_no_present_state(tmp_path: Path) -> None:
    text = (
        "Feature\n\nOn February 10, 2018, an Iranian drone is downed over Israel. Israel "
        "strikes the T-4 control trailer and loses an F-16.\n"
    )
    assert _events(tmp_path, text)["Tiyas Military Airbase"].date_start == "2018-02-10"


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("The IRGC announced on 8 October 2015 that Hamedani had been killed on the "
         "outskirts of Aleppo the previous night.", "Aleppo", "2015-10-07"),
        ("Hezbollah said on 13 May 2016 that Badreddine died in a blast near Damascus "
         "International Airport the night before.", "Damascus International Airport",
         "2016-05-12"),
        ("On 20 January 2024 the IRGC said five advisers were killed in Mazzeh the "
         "preceding evening.", "Mazzeh", "2024-01-19"),
    ],
)  # fmt: skip
def test_the_previous_night_is_the_day_before_the_sentences_day(
    tmp_path: Path, text: str, place: str, day: str
) -> None:
    assert _events(tmp_path, f"News\n\n{text}\n")[place].date_start == day


def test_a_relative_clauses_long_history_leaves_the_posts_day(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Syria live: Israel strikes military sites</h1>"
        "<p>Tue 10 Dec 2024 06:00 GMT &middot; Last modified on Tue 10 Dec 2024 17:31 GMT</p>"
        "<div><p>10:08 GMT</p><h2>Strikes on Mezzeh airbase</h2>"
        "<p>Israeli jets struck the Mezzeh military airport before dawn, and hit the research "
        "centre in Barzeh, which Western governments have long linked to chemical weapons.</p>"
        "<p>Israel has struck Shayrat for years.</p></div></body></html>"
    )
    events = by_place(extract_text(tmp_path, page, "live.html"))
    assert events["Mezzeh Military Airport"].date_start == "2024-12-10"
    assert events["Barzeh Research and Development Centre"].date_start == "2024-12-10"
    assert events["Shayrat Airbase"].date_start is None


def test_a_since_date_closing_a_who_clause_leaves_the_verbs_weekday(tmp_path: Path) -> None:
    text = (
        "Iranian embassy stormed\n\nDAMASCUS, Dec 8, 2024 (Reuters) - Gunmen stormed the "
        "Iranian embassy in Damascus on Sunday.\n\nIraqi militia fighters who had guarded the "
        "Sayyida Zaynab shrine since 2013 withdrew on Friday, residents said.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Sayyidah Zaynab Mosque"].date_start == "2024-12-06"


def test_a_newsletters_dotted_byline_dates_the_page(tmp_path: Path) -> None:
    text = (
        "# Moscow Blinked. Now It Wants Its Port Back.\n\n"
        "**Natalia Ershova** · Jan 24, 2025 · *Eastern Flank* — a newsletter on Russia's "
        "wars and its bases abroad\n\n---\n\n"
        "On the night of 8 December, Bashar al-Assad was flown out of Khmeimim.\n"
    )
    assert document_date(text) is not None
    assert by_place(extract_text(tmp_path, text, "post.md"))["Khmeimim Air Base"].date_start == (
        "2024-12-08"
    )


def test_a_weeklys_weekdays_fall_in_the_week_its_heading_spans(tmp_path: Path) -> None:
    text = (
        "# Syria weekly\n\n## 28 September – 4 October 2024\n\n"
        "On Wednesday, an Israeli strike on an apartment in Mezzeh killed three people.\n\n"
        "Late on Thursday, jets struck Jableh.\n\nJets struck Homs.\n"
    )
    events = by_place(extract_text(tmp_path, text, "weekly.md"))
    assert events["Mazzeh"].date_start == "2024-10-02"
    assert events["Jableh"].date_start == "2024-10-03"
    assert (events["Homs"].date_start, events["Homs"].date_end) == ("2024-09-28", "2024-10-04")


def test_the_reporting_period_dates_what_happened_during_it(tmp_path: Path) -> None:
    text = (
        "Report of the Secretary-General\n\n"
        "1. The present report covers the period from 1 January to 30 June 2024.\n\n"
        "2. During the reporting period, the Commission documented Israeli strikes on Kafr "
        "Sousa.\n\n"
        "3. By the end of the reporting period, the Bab al-Hawa crossing remained closed.\n\n"
        "4. On 3 March 2024 jets struck Homs.\n"
    )
    events = by_place(extract_text(tmp_path, text, "report.txt"))
    kafr_sousa = events["Kafr Sousa"]
    assert (kafr_sousa.date_start, kafr_sousa.date_end) == ("2024-01-01", "2024-06-30")
    assert events["Bab al-Hawa Border Crossing"].date_start == "2024-06-30"
    assert events["Homs"].date_start == "2024-03-03"


def test_a_stamps_last_update_is_no_end_of_a_span(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Raisi in Syria\n\nThursday, 04 May 2023 3:16 PM  [ Last Update: Saturday, 06 May 2023 "
        "3:42 PM ]\n\nOn Wednesday, Raisi arrived in Damascus at the head of a delegation.\n\n"
        "Officials said the visit was the first of its kind.\n\nA drone hit Homs at night.\n",
    )
    assert events["Damascus"].date_start == "2023-05-03"
    assert (events["Homs"].date_start, events["Homs"].date_end) == ("2023-05-04", None)


def test_a_chat_exports_stamp_with_a_two_digit_year_dates_its_message(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Euphrates Eye | channel\n\nEuphrates Eye, [12.11.24 08:41]\n"
        "last night US strikes hit weapons depots of a militia in al-Mayadin.\n\n"
        "Euphrates Eye, [06.12.24 09:48]\nSDF entered al-Bukamal and took Hamdan airport.\n",
    )
    assert events["Al-Mayadin"].date_start == "2024-11-11"
    assert events["Abu Kamal"].date_start == "2024-12-06"


def test_later_on_its_own_takes_no_day_from_the_sentence_before(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Profile\n\nOn 13 January 2021 airstrikes pounded positions around al-Mayadin. The "
        "monitor later reported new recruitment offices in Albu Kamal. Two days later a drone "
        "hit Deir ez-Zor.\n",
    )
    assert events["Abu Kamal"].date_start is None  # some time after, not that day
    assert events["Deir ez-Zor"].date_start == "2021-01-15"


@pytest.mark.parametrize(
    ("sentence", "place", "day"),
    [
        ("IRGC officers were killed in the January 20 Israeli airstrike in Mazzeh.", "Mazzeh",
         "2024-01-20"),
        ("Officers died in the January 21 airstrikes near Jibrin.", "Jibrin", "2024-01-21"),
    ],
)  # fmt: skip
def test_a_day_before_its_strike_with_a_demonym_between_is_its_day(
    tmp_path: Path, sentence: str, place: str, day: str
) -> None:
    events = _events(tmp_path, f"Iran Update, January 29, 2024\n\n{sentence}\n")
    assert events[place].date_start == day


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a background "since" leaves the sentence's own day count
        ("Report\n\nOn 3 May 2019, Israeli jets struck a weapons depot in Homs.\n\nTwo days "
         "later another strike hit a convoy near Abu Kamal, where the Iranian base has been "
         "under construction since 2018, the monitor said.\n", "Abu Kamal", "2019-05-05"),
        # a post copied from X: its stamp is printed under it
        ("saved thread\n\nLevant Watch\n@LevantWatch_\nBREAKING: heavy Israeli strikes on the "
         "navy at Minet al-Beida port overnight.\n7:12 AM · Dec 10, 2024\n·\n212K Views\n\n"
         "OSINT account\n@osint_acct\nmassive blasts in Tartus tonight, depots hit.\n"
         "11:02 PM · Dec 15, 2024\n·\n39.2K Views\n", "Tartus", "2024-12-15"),
        # a month takes the year its own sentence wrote, however old the page
        ("Fatemiyoun Division\n\nUpdated 14 March 2022\n\n## History\n\nIn 2015 the "
         "division fought near Palmyra, and in October it joined the offensive at Khan "
         "Tuman.\n", "Khan Tuman", "2015-10"),
    ],
    ids=["since-in-a-clause", "x-stamp-under-the-post", "month-of-its-sentence"],
)  # fmt: skip
def test_the_day_a_story_tells(tmp_path: Path, text: str, place: str, day: str) -> None:
    assert _events(tmp_path, text)[place].date_start == day


def test_a_paragraph_that_opens_on_the_same_month_takes_the_one_before(tmp_path: Path) -> None:
    # wire copy writes a paragraph a sentence: "The same month" reaches back across one
    text = (
        "# Syria's new rulers, 2025\n\n"
        "In January, Israeli jets struck Homs.\n\n"
        "The same month, a Russian delegation held talks in Damascus with Sharaa.\n\n"
        "Later that year Russia deployed troops to Qamishli.\n"
    )
    events = _events(tmp_path, text)
    assert events["Damascus"].date_start == "2025-01"
    assert events["Damascus"].date_anchor == "In January"
    assert (events["Qamishli"].date_start, events["Qamishli"].date_precision) == ("2025", "year")


def test_later_that_month_dates_its_clause_beside_a_later_clauses_month(tmp_path: Path) -> None:
    text = (
        "In May 2025 he travelled to Paris. Later that month he met Donald Trump in Riyadh, "
        "and in September he addressed the U.N. General Assembly in New York.\n"
    )
    events = _events(tmp_path, text)
    assert events["Riyadh"].date_start == "2025-05"
    assert events["New York City"].date_start == "2025-09"


def test_a_lease_under_a_years_agreement_and_a_base_held_since_a_clause(tmp_path: Path) -> None:
    # the agreement's year dates the lease when the sentence's other year is a "since"
    # clause's, and that clause dates when the state at the base began
    text = (
        "Russia leased Tartus for 49 years under a 2017 agreement with Assad's government, "
        "and has operated from Hmeimim, southeast of the city of Latakia, since it intervened "
        "in the war in 2015.\n"
    )
    events = _events(tmp_path, text)
    assert (events["Tartus"].category, events["Tartus"].date_start) == ("base", "2017")
    assert events["Khmeimim Air Base"].date_start == "2015"


def test_over_the_weekend_is_the_weekend_before_a_briefings_day(tmp_path: Path) -> None:
    # (not the "since" day of the tally before it)
    text = (
        "Department of Defense Press Briefing\n\nJan. 29, 2024\n\n"
        "Since October 17th there have been 165 attacks against U.S. forces. Over the weekend "
        "there were also attempted attacks at the Rumalyn Landing Zone.\n"
    )
    event = _events(tmp_path, text)["Rmelan"]
    assert (event.date_start, event.date_end) == ("2024-01-27", "2024-01-28")


def test_a_saved_digest_dates_its_results_by_bold_outlet_lines_and_relative_stamps(
    tmp_path: Path,
) -> None:
    text = (
        "# Google News — saved searches\n\n"
        "_Saved 3 Jan 2025, 09:40 (Beirut time) by R.M. — pasted from news.google.com, two "
        "queries. Thumbnails and menus removed. Timestamps are as Google showed them at the "
        "time of saving._\n\n"
        "**The Times of Israel** · yesterday\n"
        "### IDF reveals commandos raided an Iranian missile plant in September\n"
        "> Commandos raided an underground facility near Masyaf on the night of September 8, "
        "the military said.\n\n"
        "**Fox News** · Sep 3, 2019\n"
        "### Iran builds a base near Al-Bukamal\n"
        "> Iran has built a new military base near Al-Bukamal, officials said.\n"
    )
    page = document_date(text)
    assert page is not None and page.date_start == "2025-01-03"  # the saved note's day
    events = by_place(extract_text(tmp_path, text, "digest.md"))
    # a month and day with no year, on a page saved in January: last September
    assert events["Masyaf"].date_start == "2024-09-08"
    assert events["Abu Kamal"].date_start == "2019-09-03"  # the bold outlet line's day


def test_a_superlatives_since_past_an_abbreviation_and_a_later_weekday(tmp_path: Path) -> None:
    text = (
        "DAMASCUS, Syria (AP) - Feb. 25, 2010\n\n"
        "Last week, William Burns held talks with Assad in Damascus, the most senior U.S. "
        "official to visit Syria since 2005.\n\n"
        "Later Thursday, Assad hosted Ahmadinejad at a dinner in Latakia.\n"
    )
    events = _events(tmp_path, text)
    assert events["Damascus"].date_start == "2010-02-15"  # last week, not 2005
    assert events["Latakia"].date_start == "2010-02-25"  # the page's Thursday


def test_a_wire_leads_here_is_its_datelines_town(tmp_path: Path) -> None:
    text = (
        "IRNA digest\n\nBushehr, July 25, 2011, IRNA -- Iran, Iraq and Syria signed a "
        "memorandum of understanding here on Monday.\n\n"
        "TEHRAN, July 26, IRNA -- Officials said here that the talks went well.\n"
    )
    events = _events(tmp_path, text)
    assert (events["Bushehr"].category, events["Bushehr"].date_start) == (
        "diplomacy",
        "2011-07-25",
    )
    assert "Tehran" not in events  # where officials spoke


def test_a_section_that_opens_after_the_titled_event_takes_its_year(tmp_path: Path) -> None:
    text = (
        "# 2017 Shayrat missile strike\n\nThe strike hit Shayrat Airbase.\n\n## Aftermath\n\n"
        "Hours after the strike, Syrian warplanes carried out airstrikes on rebel-held areas "
        "around Khan Shaykhun.\n"
    )
    assert _events(tmp_path, text)["Khan Shaykhun"].date_start == "2017"


def test_a_bar_of_prose_cells_is_no_byline() -> None:
    head = "# Title\n\nSyria | Israel struck Kiswah on 10 May 2018 and Masyaf on 12 May | more\n"
    assert document_date(head + "\nTEHRAN - Officials met in Damascus.\n") is None


def test_a_long_line_of_prose_ending_in_a_day_is_no_byline() -> None:
    head = (
        "# Title\n\nIsraeli jets struck Iranian depots near Damascus and Homs again in the "
        "night, officials said - 13 November 2023\n"
    )
    assert document_date(head + "\nTEHRAN - Officials met in Damascus.\n") is None


@pytest.mark.parametrize(
    "head",
    [
        "# Mohammad Reza Zahedi\n\n| Born | 2 November 1960, Isfahan, Iran |\n"
        "| Died | 1 April 2024, Damascus |\n",
        "Hossein Hamadani\n\nBorn\t14 May 1950\nDied\t7 October 2015\n",
    ],
)
def test_an_infoboxs_life_fields_are_no_page_date(head: str) -> None:
    assert document_date(head + "\nHe was buried in his hometown.\n") is None


def test_a_paragraph_counted_on_from_the_one_before_takes_its_year(tmp_path: Path) -> None:
    text = (
        "# Bomb near shrine\n\nPublished 7:41 AM EDT, July 27, 2023\n\n"
        "BEIRUT (AP) — A bomb exploded near the Sayyida Zeinab shrine on Thursday.\n\n"
        "In January 2016, a car bomb killed at least 70 people near the shrine.\n\n"
        "A month later, on Feb. 21, a series of blasts in Homs killed more than 130 people.\n"
    )
    assert _events(tmp_path, text)["Homs"].date_start == "2016-02-21"


def test_a_day_by_its_ordinal_alone_is_of_the_posts_month(tmp_path: Path) -> None:
    text = (
        "Russia's pullout from Syria\n\nPosted 14 December 2024\n\n"
        "The embassy in Damascus got trashed on the 8th, photos torn up on the steps.\n\n"
        "The Imam Ali compound outside Al-Bukamal was empty by the 6th, everyone gone.\n\n"
        "Units of the 4th Division moved into Latakia on the 5th Corps road.\n"
    )
    days = _days(tmp_path, text, "thread.txt")
    assert days["Damascus"] == "2024-12-08"
    assert days["Imam Ali military base"] == "2024-12-06"
    assert days["Latakia"] == "2024-12-14"  # a division's and a corps' numbers are no days


def test_last_year_after_a_day_is_that_days_and_the_story_goes_on_into_this_year(
    tmp_path: Path,
) -> None:
    text = (
        "Security Council, 2 April 2024\n\n"
        "On 25 December last year, an Israeli air raid in Sayyida Zaynab killed Razi "
        "Mousavi, and on 20 January a residential building in Mezzeh was flattened.\n\n"
        "Last year, a strike on June 10 cratered the runways of Aleppo airport.\n"
    )
    days = _days(tmp_path, text, "record.txt")
    assert days["Sayyidah Zaynab"] == "2023-12-25"
    assert days["Mazzeh"] == "2024-01-20"
    assert days["Aleppo International Airport"] == "2023-06-10"


def test_a_date_after_then_is_the_next_clauses(tmp_path: Path) -> None:
    text = (
        "Strikes on advisers\n\n"
        "The enemy killed the adviser Razi Mousavi on 25 December 2023 in the area of "
        "Sayyidah Zainab in the countryside of Damascus, then killed five advisers in "
        "Mezzeh on 20 January 2024.\n"
    )
    days = _days(tmp_path, text, "news.txt")
    assert days["Rif Dimashq Governorate"] == "2023-12-25"
    assert days["Mazzeh"] == "2024-01-20"


def test_a_podcasts_recording_day_dates_its_talk(tmp_path: Path) -> None:
    text = (
        "THE LEVANT BRIEF, Episode 87\n"
        "Recorded December 18, 2024 · Released December 20, 2024\n\n"
        "[00:02:12] KARIM: On the first of December he flies into Damascus and meets Assad.\n\n"
        "[00:05:04] KARIM: He flew out of Hmeimim to Moscow on a Russian plane.\n"
    )
    days = _days(tmp_path, text, "episode.txt")
    assert days["Damascus"] == "2024-12-01"
    assert days["Khmeimim Air Base"] == "2024-12-18"


def test_a_daily_reports_items_are_of_its_day_past_a_persons_earlier_year(
    tmp_path: Path,
) -> None:
    text = (
        "The Syrian Observatory For Human Rights\n\n"
        "SOHR | 24 March 2023 | 08:35 pm\n\n"
        "Daily death toll | At least 24 persons killed across Syrian territory\n\n"
        "Daraa: Gunmen assassinated a former opposition commander who had joined the "
        '"settlement" in 2018, near the town of Tafas.\n\n'
        "Homs: A cell of ISIS attacked positions of regime forces near Al-Sukhnah, killing "
        "two soldiers.\n"
    )
    days = _days(tmp_path, text, "sohr.txt")
    assert days["Tafas"] == "2023-03-24"
    assert days["As Sukhnah"] == "2023-03-24"


def test_this_year_after_a_day_and_a_yearless_october_7_of_the_gaza_war(
    tmp_path: Path,
) -> None:
    text = (
        "Israel's campaign in Syria\n\nSep 13, 2024\n\n"
        "In August 2022 Israel struck a site near Masyaf.\n\n"
        "The Hamas attack on October 7 changed the tempo, and jets hit Aleppo airport.\n\n"
        "Then, on April 1 this year, Israeli jets flattened the consular building next to "
        "Iran's embassy in Damascus.\n"
    )
    days = _days(tmp_path, text, "analysis.txt")
    assert days["Masyaf"] == "2022-08"
    assert days["Aleppo International Airport"] == "2023-10-07"
    assert days["Embassy of Iran, Damascus"] == "2024-04-01"


def test_by_the_30th_before_a_clause_is_a_day_of_the_month_told(tmp_path: Path) -> None:
    text = (
        "Episode 87\nRecorded December 18, 2024\n\n"
        "On November 27th the rebels launched an offensive out of Idlib.\n\n"
        "By the 30th the citadel was theirs and the Iranian consulate in Aleppo was empty.\n"
    )
    days = _days(tmp_path, text, "episode.txt")
    assert days["Consulate General of Iran, Aleppo"] == "2024-11-30"


def test_a_later_update_of_the_page_year_does_not_carry_last_decembers_news_forward(
    tmp_path: Path,
) -> None:
    text = (
        "Wire digest\nSource 1: RIA Novosti (ria.ru), 29.01.2025, 16:47 MSK\n\n"
        "=== Interfax ===\n\n"
        "In December, satellite images showed that Russian warships had left Tartus.\n\n"
        "In February 2025 Putin and al-Sharaa spoke by telephone for the first time, "
        "an update of 12.02.2025 added.\n"
    )
    days = _days(tmp_path, text, "digest.txt")
    assert days["Russian naval facility in Tartus"] == "2024-12"


def test_of_that_year_points_back_to_the_sentences_own_earlier_year(tmp_path: Path) -> None:
    text = (
        "News\n\nPublished 19-01-2025\n\n"
        "Following a drone attack that killed three US soldiers at Tower 22 on January 28, "
        "2024, American bombers struck targets in Mayadin on February 2 of that year.\n"
    )
    days = _days(tmp_path, text, "news.txt")
    assert days["Al-Mayadin"] == "2024-02-02"


def test_a_year_less_month_heading_after_the_page_is_last_years(tmp_path: Path) -> None:
    text = (
        "# Russia bargains to keep Tartus\n\nBy Staff | Published: October 17, 2025 09:30\n\n"
        "Putin received al-Sharaa in Moscow on Oct. 15, 2025.\n\n"
        "## A scramble in December\n\n"
        "Russian convoys withdrew from positions in Homs and converged on the coast.\n"
    )
    assert _days(tmp_path, text)["Homs"] == "2024-12"


def test_an_infoboxs_terms_of_office_make_no_chronology_of_headings(tmp_path: Path) -> None:
    # A copied article's infobox puts years on lines of their own over the lead; the
    # day without a year in a later section still takes the year the text last wrote.
    text = (
        "Mohammad Reza Zahedi\nFrom Wikipedia, the free encyclopedia\n\n"
        "Brigadier General\nCommander of the Quds Force\nIn office\n2008–2016\nIn office\n"
        "2019 – 1 April 2024\nCommander of the IRGC Ground Forces\nIn office\n2005–2008\n"
        "Preceded by\tAhmad Kazemi\nPersonal details\nBorn\t2 November 1960\n"
        "Years of service\t1980–2024\nBattles/wars\tIran–Iraq War\n"
        "Israel–Hezbollah conflict (2023–2024)\n\n"
        "Mohammad Reza Zahedi was an Iranian officer who commanded the Quds Force in "
        "Lebanon.\n\nDeath[edit]\n"
        "He was killed on 1 April 2024 when Israeli aircraft struck Damascus.\n\n"
        "Reactions[edit]\nHis funeral procession was held in Tehran on 5 April.\n"
    )
    assert _days(tmp_path, text, "zahedi.txt")["Tehran"] == "2024-04-05"


def test_the_year_an_anniversary_recalls_anchors_no_later_day(tmp_path: Path) -> None:
    text = (
        "Battle of al-Qusayr\n\nThe battle[edit]\n"
        "The assault on al-Qusayr began on 19 May 2013. On 25 May, Nasrallah used a speech "
        "marking the anniversary of the Israeli withdrawal from southern Lebanon in 2000 to "
        "promise victory. On 1 June government forces overran the al-Dabaa air base.\n"
    )
    days = _days(tmp_path, text, "qusayr.txt")
    assert days["Al-Dabaa Air Base"] == "2013-06-01"
    assert days["Southern Lebanon"] == "2000"  # what the anniversary recalls keeps its year


def test_a_live_pages_entries_led_by_their_clock_time_are_the_pages_day(
    tmp_path: Path,
) -> None:
    text = (
        "IDF hits dozens of Iranian targets in Syria\n\nBy YOAV MIZRAHI\nMAY 10, 2018 06:12\n\n"
        "Israel struck Iranian sites overnight, the army said.\n\nLIVE UPDATES\n\n"
        "00:21 Loud explosions heard in the northern Golan as interceptors are launched.\n\n"
        "01:42 Arab media report a separate blast near the Mezzeh military airport.\n"
    )
    days = _days(tmp_path, text, "live.txt")
    assert days["Golan Heights"] == days["Mezzeh Military Airport"] == "2018-05-10"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [("26 December 2023", "2023-12-02"), ("26 January 2024", "2023-12-02")],
)
def test_a_news_headings_yearless_day_is_of_the_pages_year_not_a_recalled_one(
    tmp_path: Path, stamp: str, day: str
) -> None:
    text = (
        f"Northlight News\n{stamp}\n\nHe was a companion of the commander of the Quds Force "
        "who was killed in a US drone strike at Baghdad airport in January 2020.\n\n"
        "## Strikes stepped up since 2 December\n\n"
        "On 2 December two IRGC members were killed in an Israeli strike near Damascus.\n"
    )
    assert _days(tmp_path, text)["Damascus"] == day
