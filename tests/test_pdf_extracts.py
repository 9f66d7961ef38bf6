"""Reports copied out of PDFs: words broken at line ends, footnote numbers glued to the
last word of a sentence, and pdftohtml pages whose every line ends in <br/>."""

from __future__ import annotations

from pathlib import Path

from document_support import by_place, extract_text

from extract.documents import read_document


def test_a_footnote_number_after_a_year_leaves_the_year(tmp_path: Path) -> None:
    text = (
        "Report\n\nShia militias were formed in 2012. Iran has also paid for work on\nthe "
        "Mashhad al-Nuqta shrine in Aleppo since 2017.13\n\nThe siege of Nubl was broken.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Mashhad al-Husayn"].date_start == "2017"


def test_a_word_broken_before_its_footnote_is_joined_whole(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "The town was an early tar-\nget of the cam-\npaign of Russian air opera-\ntions.5 "
        "The siege of Nubl was broken.\n",
        encoding="utf-8",
    )
    text = read_document(path, tmp_path).text
    # the word's second half moves up with its full stop and footnote, not without them,
    # and the space after it too: no line opens with a space
    assert "operations.5\nThe siege" in text
    assert "an early target\nof the campaign" in text


def test_a_markdown_report_pasted_from_a_pdf_gets_its_words_joined(tmp_path: Path) -> None:
    text = (
        "# Report\n\nIsraeli aircraft returned to the coast twice. Container yards at the "
        "port of Lata-\nkia were struck on 7 December 2021 and set ablaze. The foreign "
        "minister visited Da-\nmascus on 8 April 2024, a week after the strike on the con-\n"
        "sulate in the Mezzeh district.\n"
    )
    events = by_place(extract_text(tmp_path, text, "report.md"))
    assert "Port of Latakia" in events
    assert events["Damascus"].date_start == "2024-04-08"


def test_a_hard_wrapped_report_gets_its_one_broken_word_joined(tmp_path: Path) -> None:
    lines = [
        "Russia's naval presence at the port is older still, resting on a 1971",
        "agreement with the government of Hafez al-Assad and its successors in",
        "the following decades. On December 11, 2017, President Vladimir Putin",
        "made an unannounced stop at Khmei-",
        "mim, where he told assembled troops that a significant part of the",
        "contingent would return home. The visit lasted less than two hours and",
        "was followed by talks in Cairo with the Egyptian president that evening.",
    ]
    events = by_place(extract_text(tmp_path, "\n".join(lines) + "\n", "report.txt"))
    assert events["Khmeimim Air Base"].mention == "Khmeimim"
    assert events["Khmeimim Air Base"].date_start == "2017-12-11"


def test_a_narrow_columns_lines_join_however_wide_its_title(tmp_path: Path) -> None:
    # a journal's column is 45 characters; its title, affiliations and references run to
    # 90: a line that breaks before a capital ("... offensive from" / "Idlib on ...") goes on
    wide = "Department of War Studies, King's College London, London, United Kingdom"
    column = [
        "Hay'at Tahrir al-Sham (HTS) and allied",
        "factions launched their offensive from",
        "Idlib on 27 November 2024 and entered",
        "Aleppo three days later. Regime lines then",
        "collapsed within a week and Russian units",
        "abandoned forward positions at the Tiyas",
        "airbase in the second week of December.",
    ]
    title = "After Assad: the unravelling of the Russian and Iranian presence"
    lines = [title, wide, wide, "", "2. Eleven days", *column, "", "References", wide, wide]
    text = "\n".join(lines) + "\n"
    events = by_place(extract_text(tmp_path, text, "article.txt"))
    assert events["Idlib Governorate"].evidence.startswith("Hay'at Tahrir al-Sham (HTS) and allied")
    assert events["Aleppo"].date_start == "2024-11-30"  # "three days later"


def test_a_typed_note_keeps_its_line_end_hyphen(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Notes\n\nThe convoy was well-\nguarded.\n\nIt reached Homs.\n", "utf-8")
    assert "well-\nguarded" in read_document(path, tmp_path).text  # lines, not wrapping


def test_a_pdftohtml_page_is_read_as_wrapped_prose(tmp_path: Path) -> None:
    lines = [
        "Research Paper",
        "November 2025",
        "Russia's naval presence at Tartus dates to a 1971 agreement with Hafez",
        "al-Assad. The air campaign was formalized by an agreement signed in",
        "Damascus on 26 August 2015, granting Russian forces indefinite use of",
        "Hmeimim air base near Jableh. Strikes began on 30 September 2015,",
        "initially around Talbiseh and Rastan in northern Homs province.",
        *(f"Line {n} of the appendix table" for n in range(20)),
    ]
    body = "".join(f"{line}<br/>\n" for line in lines)
    text = (
        '<html><head><meta name="generator" content="pdftohtml 0.86.1"></head>'
        f"<body>{body}</body></html>"
    )
    events = by_place(extract_text(tmp_path, text, "paper.html"))
    assert events["Damascus"].date_start == "2015-08-26"
    assert events["Talbiseh"].date_start == "2015-09-30"


def test_a_plain_text_reference_list_with_organisations_as_authors_is_skipped(
    tmp_path: Path,
) -> None:
    text = (
        "Report\n\nOn 6 January 2018 drones attacked the Hmeimim air base.\n\nREFERENCES\n"
        "Alma Research and Education Center (2021) Iranian Entrenchment in Albu Kamal.\n"
        "CENTCOM (2024) Statement on Strikes in Iraq and Syria. Tampa, FL, 2 February.\n"
        "Kommersant (2018) 'Ataka dronov na Khmeimim: chto izvestno', 9 January.\n"
    )
    events = extract_text(tmp_path, text, "paper.txt")
    assert [(e.place, e.date_start) for e in events] == [("Khmeimim Air Base", "2018-01-06")]


def test_a_transcript_printed_in_pre_is_read_as_wrapped_prose(tmp_path: Path) -> None:
    # a hearing record's <pre>: lines wrapped as on paper, a capital after a break
    lines = [
        "    The record is plain. In December 2017, President Putin visited Hmeimim Air",
        "Base and announced a partial withdrawal of Russian forces. In",
        "January 2017, Moscow and Damascus signed a second agreement giving Russia a",
        "49-year lease on the naval facility at Tartus, its only warm-water port in",
        "the Mediterranean. After the U.S. pullback from the northeast in",
        "October 2019, Russian military police moved into Manbij, and",
        "Russia later set up a helicopter base at Qamishli airport. Mr. Chairman, the",
        "committee asked how these arrangements would fare after the fall of the",
        "regime, and whether the new authorities in Damascus would honor leases",
        "signed under the old one; the answer, so far, is that they have not said.",
    ]
    body = "\n".join(lines)
    text = f"<html><body><h1>HEARING</h1><pre>\n{body}\n</pre></body></html>"
    events = by_place(extract_text(tmp_path, text, "hearing.html"))
    assert events["Khmeimim Air Base"].date_start == "2017-12"
    assert events["Russian naval facility in Tartus"].date_start == "2017-01"
    assert events["Qamishli Airport"].date_start == "2019-10"


def test_a_dates_year_wrapped_onto_a_line_of_its_own_stays_with_it(tmp_path: Path) -> None:
    # a report wrapped at ~95 characters: the year and its footnote number on the next line
    text = (
        "Iran's Foreign and Defense Policies\n\n"
        "Soleimani was killed in a U.S. drone strike at Baghdad International Airport on "
        "January 3,\n"
        "2020.45\n\n"
        '42 Eli Lake, "Iran Spends Billions to Prop Up Assad," Bloomberg, June 9, 2015.\n'
    )
    events = by_place(extract_text(tmp_path, text, "report.txt"))
    assert events["Baghdad International Airport"].date_start == "2020-01-03"


def test_a_line_that_ends_on_a_conjunction_goes_on_however_short_its_paragraph(
    tmp_path: Path,
) -> None:
    # two wrapped lines are too few to measure a width; "... in Homs and" is unfinished
    text = (
        "Report\n\nStrikes began on the afternoon of 30 September 2015 against targets in "
        "Homs and\nHama provinces, far from the heartland of the Islamic State group.\n"
    )
    events = by_place(extract_text(tmp_path, text, "report.txt"))
    assert events["Hama Governorate"].date_start == "2015-09-30"
    assert events["Homs Governorate"].category == "incident"


def test_a_predicate_broken_across_a_wrapped_line_still_reads(tmp_path: Path) -> None:
    text = (
        "Report\n\nAl-Mayadin fell to the regime coalition on 14 October 2017. Albu Kamal, "
        "the last town ISIS\ncontrolled in Syria, changed\nhands twice in November before "
        "the coalition declared it\nsecured on 19 November 2017.\n"
    )
    events = by_place(extract_text(tmp_path, text, "report.txt"))
    assert events["Abu Kamal"].category == "incident"


def test_a_running_page_head_inside_a_paragraph_is_no_part_of_its_sentence(
    tmp_path: Path,
) -> None:
    head = "N. HOSSEINI AND M. KERR"
    text = (
        "Article\n\n"
        f"46{' ' * 47}{head}\n"
        "In 1982 the alliance was tested when troops crushed an uprising in Hama, killing\n"
        "thousands of people over three weeks of fighting in February of that year.\n\n"
        f"48{' ' * 47}{head}\n"
        "After the assassination of Rafiq al-Hariri in Beirut on 14 February 2005\n"
        "and the withdrawal from Lebanon that April, Damascus leaned on Tehran.\n"
    )
    events = by_place(extract_text(tmp_path, text, "article.txt"))
    assert "HOSSEINI" not in events["Beirut"].evidence
    assert events["Beirut"].evidence.startswith("After the assassination")


def test_a_footnote_that_cites_a_book_tells_no_event(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn 1982 some 1,500 Revolutionary Guards were deployed in Baalbek.8\n\n"
        "8 On the Baalbek contingent see Magnus Ranstorp, Hizb'allah in Lebanon:\n"
        "The Politics of the Western Hostage Crisis (London: Macmillan, 1997), 33-5.\n\n"
        "9 Ranstorp, Hizb'allah in Lebanon (London: Macmillan, 1997), 40.\n"
    )
    events = extract_text(tmp_path, text)
    # the contingent was in Baalbek; Lebanon and London are the book's title and imprint
    assert {e.place for e in events} == {"Baalbek"}
