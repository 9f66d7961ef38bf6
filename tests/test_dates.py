"""Temporal expressions: find_dates on single strings, resolve_dates on whole documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clauses import dependent_clauses
from extract.dates import SentenceDates, document_date, find_dates, resolve_dates
from extract.records import DateSpan, Sentence

# (sentence, words of the date, date_start, date_end, precision, year_start, year_end)
FORMS = [
    ("In March and April 2025 jets bombed T-4.", "In March and April 2025", "2025-03",
     "2025-04", "range", 2025, 2025),
    # an abbreviated month takes its partner's year ("Feb" alone could be anything)
    ("Jets hit T4 in Feb and April 2018.", "in Feb and April 2018", "2018-02", "2018-04",
     "range", 2018, 2018),
    # where a thing began
    ("The alliance dates back to 1982.", "1982", "1982", None, "year", 1982, 1982),
    ("Ties go back to 1979, after the revolution.", "1979", "1979", None, "year", 1979, 1979),
    ("On 16 June 2006, ministers met.", "On 16 June 2006", "2006-06-16", None, "day", 2006, 2006),
    ("It ended June 16, 2006 at noon.", "June 16, 2006", "2006-06-16", None, "day", 2006, 2006),
    ("It began on the 16th of June 2006.", "on the 16th of June 2006", "2006-06-16", None, "day",
     2006, 2006),
    ("Rebels entered on December 8th, 2024.", "on December 8th, 2024", "2024-12-08", None, "day",
     2024, 2024),
    ("The embassy fell 8 Dec. 2024 at dawn.", "8 Dec. 2024", "2024-12-08", None, "day", 2024, 2024),
    ("Logged as 2006-06-16 in the file.", "2006-06-16", "2006-06-16", None, "day", 2006, 2006),
    # year first with slashes or dots, as Arabic outlets date their pages
    ("Enab Baladi | 2025/08/17 | 8 min read", "2025/08/17", "2025-08-17", None, "day", 2025,
     2025),
    ("Updated 2024.12.08 at noon", "2024.12.08", "2024-12-08", None, "day", 2024, 2024),
    ("Published: 25 February 2014", "25 February 2014", "2014-02-25", None, "day", 2014, 2014),
    ("In May 2023, he went to Damascus.", "In May 2023", "2023-05", None, "month", 2023, 2023),
    ("Research December 2018", "December 2018", "2018-12", None, "month", 2018, 2018),
    ("As of January 2025, Syria bans it.", "As of January 2025", "2025-01", None, "month", 2025,
     2025),
    ("In late June 2011, he spoke.", "In late June 2011", "2011-06", None, "month", 2011, 2011),
    ("Iran struck in 2017 again.", "in 2017", "2017", None, "year", 2017, 2017),
    ("It grew in early 2012.", "in early 2012", "2012", None, "year", 2012, 2012),
    ("Talks stalled by mid-2014.", "by mid-2014", "2014", None, "year", 2014, 2014),
    ("They condemned the 1982 Hama massacre.", "1982", "1982", None, "year", 1982, 1982),
    ("It was the year 2000 exactly.", "2000", "2000", None, "year", 2000, 2000),
    ("Its role from 2011 onward grew.", "from 2011 onward", "2011", None, "year", 2011, 2011),
    ("Cyrus took it in 539 BCE.", "in 539 BCE", "-539", None, "year", -539, -539),
    ("Cyrus took it in 539 BC.", "in 539 BC", "-539", None, "year", -539, -539),
    # a year of one or two digits with its era after it
    ("Antony raided it in 41 BCE.", "in 41 BCE", "-41", None, "year", -41, -41),
    ("The temple was dedicated in 32 CE.", "in 32 CE", "0032", None, "year", 32, 32),
    ("Trajan came in 99 AD.", "in 99 AD", "0099", None, "year", 99, 99),
    ("Khosrow ruled it in AD 609.", "in AD 609", "0609", None, "year", 609, 609),
    ("The Arabs came in 636, then left.", "in 636", "0636", None, "year", 636, 636),
    ("It sold missiles between 1986 and 1988.", "between 1986 and 1988", "1986", "1988", "range",
     1986, 1988),
    ("Khosrow held it from 609 to 628 AD.", "from 609 to 628 AD", "0609", "0628", "range", 609,
     628),
    ("The Iran–Iraq War (1980–88) was long.", "1980–88", "1980", "1988", "range", 1980, 1988),
    ("The 1986-1988 deliveries were secret.", "1986-1988", "1986", "1988", "range", 1986, 1988),
    # a figure dash, as PDF text gives it
    ("The 2014‒2016 deliveries were secret.", "2014‒2016", "2014", "2016", "range", 2014, 2016),
    ("Alexander conquered it in 333–332 BCE.", "in 333–332 BCE", "-333", "-332", "range", -333,
     -332),
    ("Persia ruled from 550 to 330 BC.", "from 550 to 330 BC", "-550", "-330", "range", -550, -330),
    ("The war (2011–2024) ended.", "2011–2024", "2011", "2024", "range", 2011, 2024),
    ("The alliance of 1979–1990s held.", "1979–1990s", "1979", "1999", "range", 1979, 1999),
    ("It lasted from 2011 to 2014.", "from 2011 to 2014", "2011", "2014", "range", 2011, 2014),
    ("Talks ran between March and May 2011.", "between March and May 2011", "2011-03", "2011-05",
     "range", 2011, 2011),
    ("It froze from December to February 2012.", "from December to February 2012", "2011-12",
     "2012-02", "range", 2011, 2012),
    ("They met July 24–26, 2015 in Moscow.", "July 24–26, 2015", "2015-07-24", "2015-07-26",
     "range", 2015, 2015),
    ("They met 24–26 July 2015 in Moscow.", "24–26 July 2015", "2015-07-24", "2015-07-26",
     "range", 2015, 2015),
    ("The regime (2024–present) is new.", "2024–present", "2024", None, "range", 2024, None),
    ("Bases from 2015 to the present stay.", "from 2015 to the present", "2015", None, "range",
     2015, None),
    ("Oil flowed throughout the 1980s.", "throughout the 1980s", "1980", "1989", "decade", 1980,
     1989),
    # (the part of the decade named: "the late 1970s" is its second half)
    ("In the mid-to-late 1980s, Syria hedged.", "In the mid-to-late 1980s", "1983", "1989",
     "decade", 1983, 1989),
    ("Ties improved in late 1970s, they say.", "in late 1970s", "1975", "1979", "decade", 1975,
     1979),
    ("They were built in the early 1990s, they say.", "in the early 1990s", "1990", "1994",
     "decade", 1990, 1994),
    ("It was common in the 2000s.", "in the 2000s", "2000", "2009", "decade", 2000, 2009),
    ("Trade boomed in the 1800s.", "in the 1800s", "1800", "1899", "century", 1800, 1899),
    ("By the end of the 10th century, it fell.", "By the end of the 10th century", "0901", "1000",
     "century", 901, 1000),
    ("A 10th-century mosque stands.", "10th-century", "0901", "1000", "century", 901, 1000),
    ("In the tenth century it grew.", "In the tenth century", "0901", "1000", "century", 901,
     1000),
    ("Temples of the 5th century BCE remain.", "5th century BCE", "-500", "-401", "century",
     -500, -401),
    ("The twenty-first century began.", "twenty-first century", "2001", "2100", "century", 2001,
     2100),
    ("Losses in the spring of 2015 mounted.", "in the spring of 2015", "2015-03", "2015-05",
     "season", 2015, 2015),
    ("It shrank in springtime of 2015.", "in springtime of 2015", "2015-03", "2015-05", "season",
     2015, 2015),
    ("Raids in summer 2013 were frequent.", "in summer 2013", "2013-06", "2013-08", "season", 2013,
     2013),
    ("Talks in autumn of 2019 failed.", "in autumn of 2019", "2019-09", "2019-11", "season", 2019,
     2019),
    ("Talks in the fall of 2019 failed.", "in the fall of 2019", "2019-09", "2019-11", "season",
     2019, 2019),
    ("Snow in winter 2016 cut roads.", "in winter 2016", "2016-01", "2016-02", "season", 2016,
     2016),
    ("Resolution 2254 (2015) called for talks.", "2015", "2015", None, "year", 2015, 2015),
    ("Syria's 2011 uprising spread.", "2011", "2011", None, "year", 2011, 2011),
    ("Between 14 and 16 June 2006 talks were held.", "Between 14 and 16 June 2006",
     "2006-06-14", "2006-06-16", "range", 2006, 2006),
    ("A truce held from 16 June to 3 July 2006.", "from 16 June to 3 July 2006", "2006-06-16",
     "2006-07-03", "range", 2006, 2006),
    ("They met from 3 May to 3 May 2019 only.", "from 3 May to 3 May 2019", "2019-05-03", None,
     "day", 2019, 2019),
    ("It ran from 1501 to 1736 in all.", "from 1501 to 1736", "1501", "1736", "range", 1501,
     1736),
    ("Hittites ruled around 1500 BC there.", "around 1500 BC", "-1500", None, "year", -1500,
     -1500),
    ("In the winter of 2016–17 it froze.", "In the winter of 2016–17", "2016-12", "2017-02",
     "season", 2016, 2017),
    # three-digit years: a sentence opening "In" before a name, or either of two years
    ("In 634 Palmyra was taken.", "In 634", "0634", None, "year", 634, 634),
    ("In 531 the Battle of Callinicum was fought.", "In 531", "0531", None, "year", 531, 531),
    ("In 272 Aurelian defeated the Palmyrenes.", "In 272", "0272", None, "year", 272, 272),
    # ... a full month before it, a short range, or a range between two of them
    ("After the battle in October 680, she was taken captive.", "in October 680", "0680-10",
     None, "month", 680, 680),
    ("They fell at Siffin in July 657 (37 AH), on the Euphrates.", "in July 657", "0657-07",
     None, "month", 657, 657),
    ("At Issus, in November 333 BCE, Alexander routed Darius.", "in November 333 BCE",
     "-333-11", None, "month", -333, -333),
    ("He built a small mosque over the rock in 961–62, and it grew.", "in 961–62", "0961",
     "0962", "range", 961, 962),
    ("Pilgrims came during Arba'een 2025 (August).", "2025", "2025", None, "year",
     2025, 2025),
    ("Between 609 and 611 Persian armies took the cities.", "Between 609 and 611", "0609",
     "0611", "range", 609, 611),
    # a month with its year in brackets of its own
    ("The offensive (November–December 2016) was over.", "November–December 2016", "2016-11",
     "2016-12", "range", 2016, 2016),
    # the periods of Syria's history
    ("It declined in the late Ottoman period.", "in the late Ottoman period", "1784", "1918",
     "range", 1784, 1918),
    ("It was a capital during the French Mandate.", "during the French Mandate", "1920",
     "1946", "range", 1920, 1946),
    ("It prospered under Mamluk rule.", "Mamluk rule", "1260", "1516", "range", 1260, 1516),
    # the Iranian solar calendar: 13 Dey 1398 was the day Soleimani was killed
    ("He was killed on 13 Dey 1398 in Baghdad.", "on 13 Dey 1398", "2020-01-03", None, "day",
     2020, 2020),
    # a day by its ordinal "of" its month, as spoken and translated texts write it
    ("He flew in on the first of December 2024.", "on the first of December 2024",
     "2024-12-01", None, "day", 2024, 2024),
    ("They met on the 2nd of April 2024 in Tehran.", "on the 2nd of April 2024", "2024-04-02",
     None, "day", 2024, 2024),
    # ... or after the month, in words, as spun copies write it
    ("In the early days of February tenth, 2018, a drone entered.", "February tenth, 2018",
     "2018-02-10", None, "day", 2018, 2018),
    # a spun copy's "May 10, 2018", the month read as the verb
    ("Rockets were fired on Could possibly get 10, 2018, from Syria.",
     "on Could possibly get 10, 2018", "2018-05-10", None, "day", 2018, 2018),
    # ... and month first, as English copies of Iranian papers also write it
    ("Khomeini died on Khordad 14, 1368 in Tehran.", "on Khordad 14, 1368", "1989-06-04", None,
     "day", 1989, 1989),
    # the Syriac month names of Syrian papers, in a full date; a second calendar's day after
    # a spaced dash is no short year range ("2016 - 22")
    ("Thursday 22 Kanun al-Awwal 2016 - 22 Rabi' al-Awwal 1438", "22 Kanun al-Awwal 2016",
     "2016-12-22", None, "day", 2016, 2016),
    ("Jets struck on 20 Kanun al-Thani 2024 at dawn.", "on 20 Kanun al-Thani 2024",
     "2024-01-20", None, "day", 2024, 2024),
    ("He arrived on 5 Tishreen al-Awwal 2023 by air.", "on 5 Tishreen al-Awwal 2023",
     "2023-10-05", None, "day", 2023, 2023),
    ("The deal was signed on 12 Nisan 2019 in Damascus.", "on 12 Nisan 2019", "2019-04-12",
     None, "day", 2019, 2019),
    ("They withdrew in the first week of December 2024.",
     "in the first week of December 2024", "2024-12", None, "month", 2024, 2024),
    # a hedged bound, as filings and sanctions releases write it
    ("Since at least 2017, the network shipped oil.", "Since at least 2017", "2017", None,
     "year", 2017, 2017),
    ("It paid the militia from at least 2016 until 2019.", "from at least 2016 until 2019",
     "2016", "2019", "range", 2016, 2019),
    ("In or about 2015, he smuggled arms.", "In or about 2015", "2015", None, "year", 2015,
     2015),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "words", "start", "end", "precision", "y0", "y1"), FORMS)
def test_form_resolves(
    sentence: str,
    words: str,
    start: str,
    end: str | None,
    precision: str,
    y0: int,
    y1: int | None,
) -> None:
    spans = find_dates(sentence)
    assert len(spans) == 1, spans
    span = spans[0]
    assert span.text == words
    assert sentence[span.start : span.end] == words
    got = (span.date_start, span.date_end, span.precision, span.year_start, span.year_end)
    assert got == (start, end, precision, y0, y1)
    assert span.anchor is None


# Spun copies of real reports replace "of" with "out-of", "to" with "so you can", "late"
# with "later"; the dates must survive the spinning.
SPUN = [
    ("the fall about the springtime out-of 2019 followed", "springtime out-of 2019", "2019-03",
     "2019-05", "season"),
    ("Ties grew across the summertime out of 2012 in Homs", "summertime out of 2012", "2012-06",
     "2012-08", "season"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "words", "start", "end", "precision"), SPUN)
def test_spun_forms(sentence: str, words: str, start: str, end: str, precision: str) -> None:
    [span] = find_dates(sentence)
    assert (span.text, span.date_start, span.date_end, span.precision) == (
        words,
        start,
        end,
        precision,
    )


NOT_DATES = [
    "At least 2017 people were displaced from the camp.",
    "Read it at aljazeera.com/news/2025/08/17/iran-syria now.",  # a link's path
    "It has also hinted it may support limited autonomy.",
    "They joined the march on Damascus.",
    "May God protect the pilgrims.",
    "The shrine was rebuilt in 1400 AH.",  # Islamic calendar: not a Gregorian year
    "The law was passed in 1402 SH.",  # Iranian solar calendar
    "He was killed in the Iranian calendar year 1396.",  # ... named in words
    "The book was printed in 1396 of the Persian calendar.",
    "Tārikh-e Sureh, Tehran, 1372 Š.",  # a bibliography's solar year
    "Iran controlled over 80,000 fighters.",
    "Then 333,000 Iranians visited Syria.",
    "The strike killed 18 people.",
    "They signed 11 agreements.",
    "Syria demanded $300 billion from Iran.",
    "ISBN: 864-1-12999-921-2",
    "PDF File Size: 33.42 Mb",
    "Pages: 95",
    "Downloads: 74049",
    "in the past 100 years, it wasn't good",
    "for the first time in 15 years",
    "3 weeks ago - Although Iran was ambivalent",
    "1 month ago - Sudani dismissed two officials",
    "It has been a hard year; last year was worse; this week too.",
    "Resolution 316 urged Israel to free five officers.",
    "Videos 03:51 and 01:06:20 are online.",
    "iranintl.com › en › 202511122042",
    "theatlantic.com › international › 2025 › 12 › iran",
    "a total of 1500 fighters arrived",
    "they sent in 1500 troops",
    "between 2000 and 3000 fighters crossed",
    "numbers rose by 2000 within a week",
    "the relationship prior to 1979 was mixed",
    "before 1979 the shah ruled",
    "pre-1979 Iran was a monarchy",
    "the March 14 Alliance opposed it",
    "Mar Elias church was hit",
    "the Arab Spring reached Syria",
    "after the fall of Aleppo",
    "the 5th gen fighter",
    "in the 1000s of messages",
    "see pp. 1986–1988 and No. 1975",
    "Su-24 jets and S-300 batteries",
    "Iran sent 2017 fighters",
    "the September 11 attacks changed the region",
    "In 500 Syrian villages, wells ran dry.",
    "In 300 Iranian advisers arrived at the base.",
    "in 200 or 300 cases the police came",
    "with 200 or 201 votes cast",
    "between 200 and 300 were killed",
    "between 500 and 600 Iranian fighters crossed",
    "in 120–150 cases the police came",
    "pages 961–62 of the report",
    "The French Mandate authorities built the airfield.",
    "The Ottoman Empire ruled Syria.",
    "It was 3 Jumada al-Ula 1441 there.",
    "29 رجب 1446",
    "The death toll went to 1500.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert find_dates(text) == []
    # nor a year-less date that an anchor could complete
    dated = resolve_dates([_heading("== 2001 ==", 0), _s(text, section=0)])
    assert dated[1].own == ()


def _s(text: str, *, paragraph: int = 0, section: int = 0, heading: str | None = None,
       start: int = 0) -> Sentence:  # fmt: skip
    return Sentence(start, start + len(text), text, paragraph, section, heading)


def _heading(text: str, section: int, paragraph: int = 0) -> Sentence:
    title = text.strip("= ")
    return Sentence(0, len(text), text, paragraph, section, title, is_heading=True)


def _doc(*parts: tuple[str, int, int, bool]) -> list[Sentence]:
    """Sentences laid end to end like a document: (text, paragraph, section, heading?)."""
    out: list[Sentence] = []
    pos, title = 0, None
    for text, paragraph, section, is_heading in parts:
        if is_heading:
            title = text.strip("= ")
        out.append(Sentence(pos, pos + len(text), text, paragraph, section, title, is_heading))
        pos += len(text) + 1
    return out


def _check_offsets(sentences: list[Sentence], dated: list[SentenceDates]) -> None:
    doc = "\n".join(s.text for s in sentences)  # _doc puts one separator between sentences
    for d in dated:
        for span in (*d.own, *([d.inherited] if d.inherited else [])):
            assert doc[span.start : span.end] == span.text


def test_month_without_year_takes_earlier_year_in_section() -> None:
    sents = _doc(
        ("=== Civil war ===", 1, 1, True),
        ("In late June 2011, Khamenei spoke.", 1, 1, False),
        ("Others agreed.", 1, 1, False),
        ("However, in late August, Tehran urged reforms.", 2, 1, False),
    )
    dated = resolve_dates(sents)
    [span] = dated[3].own
    assert (span.text, span.date_start, span.precision) == ("in late August", "2011-08", "month")
    assert span.anchor == "In late June 2011"
    assert (span.year_start, span.year_end) == (2011, 2011)
    _check_offsets(sents, dated)


def test_spun_day_range_and_month_are_anchored() -> None:
    sents = _doc(
        ("Territory shrank about the springtime out-of 2015.", 0, 0, False),
        ("From July 24 so you can July 26, Soleimani met Putin.", 0, 0, False),
        ("By later September, Moscow opened a centre.", 0, 0, False),
    )
    dated = resolve_dates(sents)
    [visit] = dated[1].own
    assert (visit.date_start, visit.date_end, visit.precision) == (
        "2015-07-24",
        "2015-07-26",
        "range",
    )
    assert visit.anchor == "springtime out-of 2015"
    [sept] = dated[2].own
    assert (sept.text, sept.date_start, sept.anchor) == (
        "By later September",
        "2015-09",
        "springtime out-of 2015",
    )
    _check_offsets(sents, dated)


# (sentence, words, date_start, date_end, precision) once anchored to "In 2011"
PARTIAL = [
    ("However, in late August, Tehran spoke.", "in late August", "2011-08", None, "month"),
    ("Troops came in August and stayed.", "in August", "2011-08", None, "month"),
    ("The offensive ended December 8th.", "December 8th", "2011-12-08", None, "day"),
    ("On 8 December, the ministry spoke.", "On 8 December", "2011-12-08", None, "day"),
    ("In mid-June, talks resumed.", "In mid-June", "2011-06", None, "month"),
    ("By later September, a centre opened.", "By later September", "2011-09", None, "month"),
    ("From July 24 to July 26, they met.", "From July 24 to July 26", "2011-07-24",
     "2011-07-26", "range"),
    ("They met from March to May in Moscow.", "from March to May", "2011-03", "2011-05",
     "range"),
    ("Fighting paused in the summer.", "in the summer", "2011-06", "2011-08", "season"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "words", "start", "end", "precision"), PARTIAL)
def test_year_less_forms_are_anchored_not_found_alone(
    sentence: str, words: str, start: str, end: str | None, precision: str
) -> None:
    assert find_dates(sentence) == []
    sents = _doc(("In 2011, protests began.", 0, 0, False), (sentence, 1, 0, False))
    [span] = resolve_dates(sents)[1].own
    got = (span.text, span.date_start, span.date_end, span.precision, span.anchor)
    assert got == (words, start, end, precision, "In 2011")
    assert (span.year_start, span.year_end) == (2011, 2011)
    _check_offsets(sents, resolve_dates(sents))


def test_anchor_within_the_same_sentence() -> None:
    sents = _doc(
        ("The offensives of 2024 ended on December 8th.", 0, 0, False),
    )
    dated = resolve_dates(sents)
    assert [(s.text, s.date_start, s.anchor) for s in dated[0].own] == [
        ("2024", "2024", None),
        ("on December 8th", "2024-12-08", "2024"),
    ]


def test_anchor_from_a_single_year_heading() -> None:
    sents = _doc(("=== 2013 ===", 0, 1, True), ("In August, Rouhani took office.", 0, 1, False))
    dated = resolve_dates(sents)
    [span] = dated[1].own
    assert (span.date_start, span.anchor) == ("2013-08", "=== 2013 ===")


def test_year_less_dates_do_not_leak_across_sections() -> None:
    sents = _doc(
        ("== Background ==", 0, 1, True),
        ("In 2015, Russia intervened.", 0, 1, False),
        ("== Culture ==", 1, 2, True),
        ("In August, a centre opened.", 1, 2, False),
    )
    dated = resolve_dates(sents)
    assert dated[3].own == ()
    assert dated[3].inherited is None


def test_partial_date_dropped_when_nearest_date_is_a_range() -> None:
    sents = _doc(
        ("===2000s–2011===", 0, 1, True),
        ("In August, officials met.", 0, 1, False),
    )
    dated = resolve_dates(sents)
    # "2000s–2011" cannot say which August; the sentence inherits the heading's range
    assert dated[1].own == ()
    inherited = dated[1].inherited
    assert inherited is not None
    assert (inherited.date_start, inherited.date_end, inherited.anchor) == (
        "2000",
        "2011",
        "===2000s–2011===",
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("December 16: Strikes on Tartus.", "2024-12-16"),
        ("March 17: A strike on Daraa.", "2025-03-17"),
    ],
)
def test_a_months_range_heading_gives_a_day_the_year_its_month_falls_in(
    line: str, day: str
) -> None:
    # (a range of whole years still cannot say: see the test above)
    sents = _doc(
        ("TIMELINE: Key Israeli strikes, December 2024 - August 2025", 0, 1, True),
        (line, 0, 1, False),
    )
    [span] = resolve_dates(sents)[1].own
    assert span.date_start == day


def test_partial_date_without_any_anchor_is_dropped() -> None:
    dated = resolve_dates([_s("On 8 December, the ministry spoke.")])
    assert dated[0] == SentenceDates((), None)


def test_february_29_needs_a_leap_year() -> None:
    sents = _doc(
        ("In 2023, talks began.", 0, 0, False), ("On 29 February, they ended.", 0, 0, False)
    )
    assert resolve_dates(sents)[1].own == ()
    sents = _doc(
        ("In 2024, talks began.", 0, 0, False), ("On 29 February, they ended.", 0, 0, False)
    )
    assert resolve_dates(sents)[1].own[0].date_start == "2024-02-29"


HEADINGS = [
    ("===1979–1990s===", "1979", "1999", 1979, 1999),
    ("===Syrian Civil War (2011–2024)===", "2011", "2024", 2011, 2024),
    ("===2000s–2011===", "2000", "2011", 2000, 2011),
    ("=== Post-Assad regime (2024–present) ===", "2024", None, 2024, None),
    ("== 1953 ==", "1953", None, 1953, 1953),
]


@pytest.mark.parametrize(("heading", "start", "end", "y0", "y1"), HEADINGS)
def test_heading_years_are_inherited(
    heading: str, start: str, end: str | None, y0: int, y1: int | None
) -> None:
    sents = _doc(
        (heading, 0, 1, True),
        ("Iran sent oil to Syria.", 0, 1, False),
        ("In 2019, it sent more.", 1, 1, False),
        ("Tankers sailed to Baniyas.", 1, 1, False),
    )
    dated = resolve_dates(sents)
    [own] = dated[0].own
    assert (own.date_start, own.date_end, own.year_start, own.year_end) == (start, end, y0, y1)
    assert dated[0].inherited is None  # headings never inherit
    inherited = dated[1].inherited
    assert inherited is not None
    assert inherited.anchor == heading
    assert (inherited.date_start, inherited.date_end) == (start, end)
    assert (inherited.start, inherited.end) == (own.start, own.end)
    # a later paragraph with its own date passes that date on, not the heading's
    later = dated[3].inherited
    assert later is not None
    assert (later.text, later.anchor, later.date_start) == ("In 2019", "In 2019", "2019")
    _check_offsets(sents, dated)


def test_heading_found_by_its_cleaned_title() -> None:
    # The splitter cleans titles its own way (here bold markers); the lookup follows it.
    heading = Sentence(0, 14, "**2013 talks**", 0, 1, "2013 talks", is_heading=True)
    prose = Sentence(15, 37, "In August, they began.", 0, 1, "2013 talks")
    dated = resolve_dates([heading, prose])
    [span] = dated[1].own
    assert (span.date_start, span.anchor) == ("2013-08", "**2013 talks**")


def test_prior_to_heading_gives_no_years() -> None:
    sents = _doc(("===Prior to 1979===", 0, 1, True), ("The shah ruled.", 0, 1, False))
    dated = resolve_dates(sents)
    assert dated[0].own == ()
    assert dated[1].inherited is None


def test_a_journals_issue_line_anchors_no_month() -> None:
    # a running header "2025, VOL. 14" names the issue, not the year of what follows
    heading = "MIDDLE EAST POLICY 2025, VOL. 14, NO. 2, 211–238"
    dated = resolve_dates([_heading(heading, 0), _s("Troops left Tiyas in December.")])
    assert dated[0].own == ()
    assert dated[1].own == ()


def test_inheritance_stays_in_its_paragraph() -> None:
    sents = _doc(
        ("On 16 June 2006, ministers signed a pact.", 0, 0, False),
        ("The visit also sold hardware.", 0, 0, False),
        ("Iran invested billions.", 1, 0, False),
    )
    dated = resolve_dates(sents)
    inherited = dated[1].inherited
    assert inherited is not None
    assert (inherited.text, inherited.anchor, inherited.date_start) == (
        "On 16 June 2006",
        "On 16 June 2006",
        "2006-06-16",
    )
    assert dated[0].inherited is None  # only when own is empty
    assert dated[2] == SentenceDates((), None)
    _check_offsets(sents, dated)


def test_inherited_anchored_range_keeps_its_words() -> None:
    sents = _doc(
        ("Gains came about the springtime out-of 2015.", 0, 0, False),
        ("From July 24 to July 26, Soleimani met Putin.", 0, 0, False),
        ("Immediately after, Russia signed a basing deal.", 0, 0, False),
    )
    inherited = resolve_dates(sents)[2].inherited
    assert inherited is not None
    assert (inherited.date_start, inherited.date_end, inherited.anchor) == (
        "2015-07-24",
        "2015-07-26",
        "From July 24 to July 26",
    )


@pytest.mark.parametrize(
    "sentence",
    ["Strikes came in 2011 and 2012, and again in 2013.", "Over the years 2011, 2012 and 2013."],
)
def test_list_of_years(sentence: str) -> None:
    assert [s.date_start for s in find_dates(sentence)] == ["2011", "2012", "2013"]


def test_ordinal_day_after_the_is_still_a_date() -> None:
    sents = _doc(
        ("In 2024, talks began.", 0, 0, False),
        ("On the 8th of December the talks ended.", 0, 0, False),
    )
    [span] = resolve_dates(sents)[1].own
    assert (span.text, span.date_start) == ("On the 8th of December", "2024-12-08")


def test_offset_shifts_spans() -> None:
    [span] = find_dates("On 1 December 2024 he left.", offset=500)
    assert (span.start, span.end) == (500, 518)


def test_negative_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="offset must be >= 0, got -1"):
        find_dates("in 2011", offset=-1)


def test_empty_document() -> None:
    assert resolve_dates([]) == []
    assert find_dates("") == []


_DATEISH = st.sampled_from(
    ["In May 2023", "16 June 2006", "between 1986 and 1988", "in 539 BCE", "the 1980s",
     "2011–2024", "springtime out-of 2015", "late August", "in 1500 troops", "May", "march",
     "80,000", "From July 24 to July 26", "–present", "1979–1990s", "the 10th century", " ",
     ", ", "mid-", "the ", "in ", "\x00", "\n", "12", "2024", "December 8th"]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=80), st.lists(_DATEISH, max_size=12).map("".join))


def _span_ok(span: DateSpan, text: str, offset: int) -> None:
    assert text[span.start - offset : span.end - offset] == span.text
    if span.year_start is not None and span.year_end is not None:
        assert span.year_end >= span.year_start
    assert (span.date_start is None) == (span.year_start is None)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, offset=st.integers(0, 10_000))
def test_find_dates_properties(text: str, offset: int) -> None:
    spans = find_dates(text, offset)
    for span in spans:
        _span_ok(span, text, offset)
        assert span.anchor is None and span.date_start is not None
    assert [s.start for s in spans] == sorted(s.start for s in spans)


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.tuples(_TEXT, st.integers(0, 3), st.booleans()), max_size=8))
def test_resolve_dates_properties(parts: list[tuple[str, int, bool]]) -> None:
    sents = _doc(*((t.replace("\n", " "), p, p, h) for t, p, h in parts))
    dated = resolve_dates(sents)
    assert len(dated) == len(sents)
    doc = "\n".join(s.text for s in sents)
    for sentence, d in zip(sents, dated, strict=True):
        assert not (d.own and d.inherited)
        for span in d.own:
            assert sentence.start <= span.start <= span.end <= sentence.end
            _span_ok(span, doc, 0)
        if d.inherited is not None:
            assert not sentence.is_heading
            _span_ok(d.inherited, doc, 0)


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        ("The following year", 2014),
        ("The next year", 2014),
        ("Two years later", 2015),
        ("3 years later", 2016),
        ("A year earlier", 2012),
        ("The year before", 2012),
        ("Later that year", 2013),
    ],
)
def test_relative_years_count_from_the_last_year_named(phrase: str, year: int) -> None:
    sents = _doc(
        ("In 2013 Hezbollah captured Qusayr.", 0, 0, False),
        (f"{phrase}, Iran sent advisers to Homs.", 1, 0, False),
    )
    dated = resolve_dates(sents)
    [span] = dated[1].own
    assert (span.date_start, span.precision, span.year_start, span.year_end) == (
        str(year),
        "year",
        year,
        year,
    )
    assert span.anchor == "In 2013" and span.text.lower() in phrase.lower()
    _check_offsets(sents, dated)


def test_relative_years_chain_and_need_a_single_year_to_count_from() -> None:
    sents = _doc(
        ("In 2013 Hezbollah captured Qusayr.", 0, 0, False),
        ("The following year, Iran sent advisers.", 1, 0, False),
        ("A year later, they left.", 2, 0, False),
    )
    assert resolve_dates(sents)[2].own[0].year_start == 2015
    ranged = _doc(
        ("Between 2012 and 2014 the war spread.", 0, 0, False),
        ("The following year, Iran sent advisers.", 1, 0, False),
    )
    assert resolve_dates(ranged)[1].own == ()  # a range: counted from which year?
    before = _doc(
        ("In 2013 Hezbollah captured Qusayr.", 0, 0, False),
        ("Two years before the revolution, Iran sent advisers.", 1, 0, False),
    )
    assert resolve_dates(before)[1].own == ()  # counted from the revolution, not 2013
    alone = _doc(("The following year, Iran sent advisers.", 0, 0, False))
    assert resolve_dates(alone)[0] == SentenceDates((), None)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The base was set up under a 1971 agreement with Moscow.", ["1971"]),
        ("After a 2013 attack on the shrine, pilgrims stayed away.", ["2013"]),
        ("They fielded a 1500 strong force.", []),
        ("The two states share a 2000 km border.", []),
    ],
)
def test_a_year_before_an_event_noun_dates_it_a_count_does_not(text: str, years: list[str]) -> None:
    assert [d.text for d in find_dates(text)] == years


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2013 - Hezbollah joins the battle for Qusayr.", "2013"),
        ("2013: Hezbollah joins the battle.", "2013"),
        ("- **2019:** Israel strikes the T4 airbase.", "2019"),
        ("2015 – Soleimani visits Moscow.", "2015"),
    ],
)
def test_a_year_opening_a_timeline_line_dates_it(text: str, year: str) -> None:
    assert [d.date_start for d in find_dates(text)] == [year]


def test_timeline_lines_take_their_own_year_not_the_heading_s_range() -> None:
    sents = _doc(
        ("Timeline: Iran and Syria, 1979-2024", 0, 1, True),
        ("1979 - Syria recognises the Islamic Republic.", 1, 1, False),
        ("2013 - Hezbollah joins the battle for Qusayr.", 1, 1, False),
    )
    dated = resolve_dates(sents)
    assert [d.own[0].date_start for d in dated[1:]] == ["1979", "2013"]
    _check_offsets(sents, dated)


def test_a_number_inside_a_sentence_before_a_dash_is_no_timeline_year() -> None:
    assert find_dates("He said 2000 - no more.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ties date back further (Goodarzi 2006; Ehteshami and Hinnebusch 1997).",
        "Iranian personnel were stationed at T-4 (Lister et al., 2018).",
        "According to Smith (2020), the base was struck four times.",
    ],
)
def test_a_year_that_cites_a_work_is_no_event_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_year_in_parentheses_after_an_event_still_dates_it() -> None:
    assert [d.date_start for d in find_dates("UN Resolution 2254 (2015) calls for talks.")] == [
        "2015"
    ]


def test_a_year_less_date_anchors_to_a_dated_document_title() -> None:
    sents = _doc(
        ("# Iran Update, March 5, 2024", 0, 0, True),
        ("## Key takeaways", 1, 1, True),
        ("Israeli jets struck a depot near Mayadin on March 4.", 2, 1, False),
    )
    dated = resolve_dates(sents)
    assert [d.date_start for d in dated[2].own] == ["2024-03-04"]
    _check_offsets(sents, dated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Masyaf strike kills 18\n\nDamascus, SANA — September 9, 2024\n\nBody.", "2024-09-09"),
        ("Headline\nBy Staff Reporter | Published 14 April 2024\n\nBody.", "2024-04-14"),
        ("Author: Reza Darwish\nPublished: 8 May 2005\n\nBody.", None),  # spam metadata
        ("A long first paragraph " * 3 + "on 3 May 2019 with many words in it.", None),
    ],
)
def test_the_date_a_page_gives_on_its_first_short_lines(text: str, expected: str | None) -> None:
    found = document_date(text)
    assert (found.date_start if found else None) == expected


def test_a_weekday_is_the_latest_such_day_on_or_before_the_page_date() -> None:
    page = document_date("Damascus, SANA — September 9, 2024\n")  # a Monday
    sents = _doc(
        ("Eighteen people were killed late on Sunday night near Masyaf.", 0, 0, False),
        ("Officials met on Monday.", 1, 0, False),
    )
    dated = resolve_dates(sents, page)
    assert [d.own[0].date_start for d in dated] == ["2024-09-08", "2024-09-09"]
    assert dated[0].own[0].text == "late on Sunday night"
    _check_offsets(sents, dated)


def test_a_later_month_than_the_page_date_is_last_year_s() -> None:
    page = document_date("MOSCOW, January 10, 2025\n")
    sents = _doc(
        ("Russia left Qamishli in mid-December.", 0, 0, False),
        ("A strike early Sunday hit Damascus.", 1, 0, False),
        ("Yesterday jets struck Masyaf.", 2, 0, False),
    )
    dated = resolve_dates(sents, page)
    assert [d.own[0].date_start for d in dated] == ["2024-12", "2025-01-05", "2025-01-09"]
    _check_offsets(sents, dated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[02.12.2024 14:05] Russian jets struck Idlib.", ["2024-12-02"]),
        ("On 25/12/2024 jets struck Hama.", ["2024-12-25"]),
        ("It was targeted on 9/9/2019.", ["2019-09-09"]),
        ("On 12/3/2018 jets struck Hama.", []),  # 12 March or 3 December: left out
        ("Version 2.12.2024 was released.", []),
    ],
)
def test_numeric_dates_that_say_their_day_and_month(text: str, expected: list[str]) -> None:
    assert [d.date_start for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Christmas Day 2023, a strike in Sayyida Zaynab killed an adviser.", "2023-12-25"),
        ("On New Year's Eve 2017 militants shelled Hmeimim.", "2017-12-31"),
        ("On New Year’s Day 2019 the base was quiet.", "2019-01-01"),
    ],
)
def test_fixed_date_holidays_with_their_year_are_days(text: str, expected: str) -> None:
    assert [d.date_start for d in find_dates(text)] == [expected]


def test_either_of_two_years_is_a_range() -> None:
    dated = resolve_dates([_s("The Arab conquest of Raqqa came in 639 or 640.")])
    span = dated[0].own[0]
    assert (span.text, span.date_start, span.date_end) == ("in 639 or 640", "0639", "0640")


def test_a_weekday_makes_a_slashed_pair_an_american_month_and_day() -> None:
    dated = resolve_dates(
        [_heading("== 2023 ==", 0), _s("Raisi landed in Damascus on Wed 5/3 for a visit.")]
    )
    span = dated[1].own[0]
    assert (span.date_start, span.anchor is not None) == ("2023-05-03", True)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the document writes its days day first: "08/12/2024" is 8 December
        (["Israeli jets struck Damascus on 16/07/2025.", "Rebels reached Damascus on 08/12/2024."],
         ["2025-07-16", "2024-12-08"]),
        # ... or month first: "4/2/2024" is April 2
        (["The strike came on 12/25/2024.", "Talks opened on 4/2/2024."],
         ["2024-12-25", "2024-04-02"]),
        # no day that cannot swap, or both orders: left out, as alone
        (["Rebels reached Damascus on 08/12/2024."], []),
        (["It came on 16/07/2025 and on 12/25/2024.", "Talks opened on 4/2/2024."],
         ["2025-07-16", "2024-12-25"]),
    ],
)  # fmt: skip
def test_a_documents_unswappable_slashed_days_say_how_it_writes_the_others(
    texts: list[str], expected: list[str]
) -> None:
    dated = resolve_dates([_s(t) for t in texts])
    assert [d.date_start for sd in dated for d in sd.own] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 10 feb 2018 a drone fly from T4 into israel.", ["2018-02-10"]),
        ("On dec 8 2024 the rebels enter Damascus.", ["2024-12-08"]),
        ("| may 2013 | Damascus airport | strikes |", ["2013-05"]),
        ("On 8 march 2019 jets struck Hama.", ["2019-03-08"]),
        # a lower-case month needs a year, or a day it does not precede as a verb would
        ("They may 2 times go there.", []),
        ("The troops march 20 km a day.", []),
        ("In june the war came.", []),
    ],
)
def test_lower_case_months_of_informal_writing(text: str, expected: list[str]) -> None:
    assert [d.date_start for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the first visit since the fall.", []),  # the regime's fall, not autumn
        ("Troops left after the fall of Aleppo.", []),
        ("In the fall of 2015 Russian jets arrived.", ["2015-09"]),
    ],
)
def test_fall_is_a_season_only_where_it_reads_as_one(text: str, expected: list[str]) -> None:
    dated = resolve_dates([_heading("== 2016 ==", 0), _s(text)])
    assert [d.date_start for d in dated[1].own] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shrine was restored by Muhsin al-Amin (d. 1371 AH / 1952 CE), in Damascus.",
        "Hafez al-Assad (r. 1971-2000) visited Tehran.",
        "The cleric (b. 12 March 1950) preached in Raqqa.",
    ],
)
def test_a_persons_life_gloss_dates_no_event(text: str) -> None:
    # the dates are found, but a life or a reign is no event's date
    assert find_dates(text)
    (dated,) = resolve_dates([_s(text)])
    assert dated.own == ()


@pytest.mark.parametrize(
    ("text", "year"),
    [("She died in 682 (62 AH) at the village of Rawiya.", "0682"),
     ("The shrine was built in 680 / 61 AH by her followers.", "0680")],
)  # fmt: skip
def test_a_three_digit_year_glossed_with_its_hijri_year(text: str, year: str) -> None:
    assert [d.date_start for d in find_dates(text)] == [year]
    assert find_dates("The convoy carried 682 (62 wounded) people.") == []


def test_a_month_before_a_count_is_no_ancient_year() -> None:
    # (the month alone is a year-less date; the count is not its year)
    assert [span.text for span in find_dates("In March 500 fighters arrived.")] == []


def test_two_three_digit_years_joined_by_and() -> None:
    found = find_dates("It was badly damaged by earthquakes in 494 and 555.")
    assert [d.date_start for d in found] == ["0494", "0555"]
    assert find_dates("In 500 and 600 people died.") == []
    assert find_dates("in 200 and 300 cases the police came") == []


def test_a_restrictive_clause_ends_at_its_sentences_own_verb() -> None:
    text = "The offensive that ended fifty-three years of Assad rule began in Idlib on 27 May."
    assert [text[a:b] for a, b in dependent_clauses(text)] == [
        "that ended fifty-three years of Assad rule"
    ]
    text = "The strike that killed two and wounded five in 2019 was condemned."
    assert [text[a:b] for a, b in dependent_clauses(text)] == [
        "that killed two and wounded five in 2019"
    ]


def test_a_list_a_clause_leads_into_is_the_clauses() -> None:
    text = (
        "The expert, who said that by 2011 the services ran dozens of sites in Damascus, "
        "among them Branch 215, the facility at Mezzeh, and Branch 251."
    )
    assert [text[a:b] for a, b in dependent_clauses(text)] == [
        ", who said that by 2011 the services ran dozens of sites in Damascus, among them "
        "Branch 215, the facility at Mezzeh, and Branch 251."
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a Hijri year glossed with its Common Era one: the gloss dates it
        ("The unit was damaged back in 1397 (2018) during the war.", 2018),
        ("In 1402 (2023) the minister visited Aleppo.", 2023),
        ("The shrine was rebuilt in 1364 (1985).", 1985),
        # ... or with a season or a month of it
        ("We went back in Safar 1440 (autumn 2018) with the children.", 2018),
        ("The new courtyard opened in 1445 (March 2024).", 2024),
    ],
)
def test_a_hijri_year_glossed_by_its_common_era_year_is_that_year(text: str, year: int) -> None:
    assert [d.year_start for d in find_dates(text)] == [year]
