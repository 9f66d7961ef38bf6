"""Sentence splitting: boundaries, abbreviations, quotes, headings, offsets, speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.documents import document_from_bytes, read_document
from extract.errors import DocumentError
from extract.records import Block, Document, Sentence
from extract.sentences import MAX_SENTENCE, heading_title, split_sentences

ROOT = Path(__file__).resolve().parents[1]


def prose(text: str) -> Document:
    """A document whose whole text is one prose block."""
    return Document("t.txt", text, (Block(0, len(text), "prose"),))


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(prose(text))]


def assert_exact(doc: Document, sentences: list[Sentence]) -> None:
    end = 0
    for s in sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= end
        end = s.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran opened an embassy. Syria did the same! Why? Nobody knows…",
            ["Iran opened an embassy.", "Syria did the same!", "Why?", "Nobody knows…"],
        ),
        (
            "Troops arrived in 2015. 2016 was quieter. “Peace,” he said. (It was not.) Then war.",
            [
                "Troops arrived in 2015.",
                "2016 was quieter.",
                "“Peace,” he said.",
                "(It was not.)",
                "Then war.",
            ],
        ),
        (
            'Najjar said "Iran considers Syria\'s security its own security." The visit ended.',
            [
                'Najjar said "Iran considers Syria\'s security its own security."',
                "The visit ended.",
            ],
        ),
        ("Iran.\nSyria was next.", ["Iran.", "Syria was next."]),
        ("a line\nthat wraps. And more", ["a line\nthat wraps.", "And more"]),
        ("   Padded sentence.   Another one.  ", ["Padded sentence.", "Another one."]),
        # an encyclopedia's maintenance tags close the sentence they follow
        (
            "The base grew in 2016.[citation needed] A port lies north.[when?] Ships came.",
            ["The base grew in 2016.", "A port lies north.", "Ships came."],
        ),
    ],
)
def test_boundaries(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "They would combat U.S. and Israeli conspiracies.",
        "Calls came from U. S. Secretary of State Hillary Clinton to Syria.",
        "The envoy Mr. Zein-el-Abdine Rahnema arrived in Beirut.",
        "Dr. Smith and Gen. Soleimani met at St. Petersburg.",
        "Iranian Sr. Foreign Policy Advisor Ali Akbar Velayati spoke.",
        "Some shrines, e.g. Sayyida Zaynab, i.e. the largest, were restored.",
        "Resolution No. 316 was adopted, vs. the earlier draft.",
        "The talks began on Jan. 5 and ended on Dec. 8 in Geneva.",
        "The file was 33.42 Mb and cost 1.5 million dollars.",
        "A report by A. B. Smith appeared in the journal.",
        "Iran fought I.S both directly and indirectly.",
        "He cited Smith et al. (2015) on the subject.",
        "Ugarit flourished between c. 1450 and 1200 BCE as a port kingdom.",
        'Araghchi said "We support the army. ... The army will win" and left.',
        "“We will stay. We will not leave,” the minister said in Damascus.",
        "Tanks, trucks etc. were seen, incl. near Homs, at 10 a.m. on Friday.",
        "Abbreviated as approx. twelve, the convoy left in Sept. after the strike.",
        # transliterated Arabic names and a life's dates
        "In 680 CE al-Husayn b. ʿAli was killed at Karbala with his companions.",
        "The shrine of Hujr b. Adi and of Zaynab bt. Ali drew pilgrims from Iran.",
        "The scholar Muhsin al-Amin (d. 1952) raised funds in Damascus.",
    ],
)
def test_no_split_inside(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_a_bold_lead_sentence_ends_at_its_full_stop_inside_the_emphasis() -> None:
    assert texts(
        "**Hezbollah attacked northern Israel on April 1.**[10] The IDF struck Baalbek on "
        "Sunday. It _was over._ Then it ended."
    ) == [
        "**Hezbollah attacked northern Israel on April 1.**",
        "The IDF struck Baalbek on Sunday.",
        "It _was over._",
        "Then it ended.",
    ]


def test_a_post_that_starts_sentences_in_lower_case_is_still_split() -> None:
    assert texts(
        "SAA withdrew from al-Bukamal at dawn. residents celebrating. blasts in Tartus "
        "on Friday! locals say the depot burned."
    ) == [
        "SAA withdrew from al-Bukamal at dawn.",
        "residents celebrating.",
        "blasts in Tartus on Friday!",
        "locals say the depot burned.",
    ]


def test_unclosed_quote_does_not_swallow_the_block() -> None:
    text = (
        'Jaafari boasted, "[Iran has] special forces who are doing advisory work. '
        "Iran's airliner fleet carried equipment to Syria. It flew weekly."
    )
    assert texts(text) == [
        'Jaafari boasted, "[Iran has] special forces who are doing advisory work.',
        "Iran's airliner fleet carried equipment to Syria.",
        "It flew weekly.",
    ]


@pytest.mark.parametrize(("first", "second"), [("[47]", "[48]"), ("[^5]", "[^note-6]")])
def test_citation_marks_belong_to_neither_sentence(first: str, second: str) -> None:
    text = f"Coalition won 29 seats.{first} Syria rebuilt ties with Russia.{second} ..."
    assert texts(text) == ["Coalition won 29 seats.", "Syria rebuilt ties with Russia."]


def test_glued_sentences_and_glued_titles_are_split() -> None:
    text = (
        "Iran is an Islamic republic.Overview of relations follows here. "
        "Military Support The Iranian regime's support for Syria is broad."
    )
    assert texts(text) == [
        "Iran is an Islamic republic.",
        "Overview of relations follows here.",
        "Military Support",
        "The Iranian regime's support for Syria is broad.",
    ]


@pytest.mark.parametrize("text", ["Visit www.example.Com today.", "The U.S.Army base."])
def test_glued_split_needs_a_plain_lowercase_word(text: str) -> None:
    assert texts(text) == [text]


def test_ellipsis_after_a_full_stop_starts_a_fragment() -> None:
    text = "He will seek trust with Western powers. ... reported by the National, officials met."
    assert texts(text) == [
        "He will seek trust with Western powers.",
        "... reported by the National, officials met.",
    ]


def test_uncased_scripts_start_sentences() -> None:
    assert texts("زار الرئيس دمشق. وقال إن التعاون سيستمر.") == [
        "زار الرئيس دمشق.",
        "وقال إن التعاون سيستمر.",
    ]


# --------------------------------------------------------------------------- structure


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("==History==", "History"),
        ("===2000s–2011===", "2000s–2011"),
        ("=== Post-Assad regime (2024–present) ===", "Post-Assad regime (2024–present)"),
        ("= Iran–Syria relations =", "Iran–Syria relations"),
        ("## Sources ##", "Sources"),
        ("# C# in Tehran", "C# in Tehran"),
        ("**Military cooperation**", "Military cooperation"),
        ("Iran Update, November 21, 2025", "Iran Update, November 21, 2025"),
    ],
)
def test_heading_title(line: str, title: str) -> None:
    assert heading_title(line) == title


def test_headings_sections_and_paragraphs() -> None:
    text = (
        "Lead sentence one. Lead two.\n\n"
        "==History==\n"
        "===2000s–2011===\n"
        "In February 2010 the president visited Damascus. He signed a deal.\n\n"
        "A second paragraph.\n"
    )
    doc = document_from_bytes(text.encode(), "wiki.txt")
    got = [(s.text, s.paragraph, s.section, s.heading, s.is_heading) for s in split_sentences(doc)]
    assert got == [
        ("Lead sentence one.", 0, 0, None, False),
        ("Lead two.", 0, 0, None, False),
        ("==History==", 1, 1, "History", True),
        ("===2000s–2011===", 1, 2, "2000s–2011", True),
        ("In February 2010 the president visited Damascus.", 1, 2, "2000s–2011", False),
        ("He signed a deal.", 1, 2, "2000s–2011", False),
        ("A second paragraph.", 2, 2, "2000s–2011", False),
    ]


def test_only_blocks_are_split() -> None:
    text = "Kept sentence here.\nDropped junk line.\nAlso kept here."
    first, last = text.index("Kept"), text.index("Also")
    doc = Document(
        "t.txt",
        text,
        (Block(first, first + 19, "prose"), Block(last, len(text), "prose")),
    )
    assert [s.text for s in split_sentences(doc)] == ["Kept sentence here.", "Also kept here."]


def test_seed_offsets_slice_back_exactly() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        doc = read_document(path, path.parent)
        sentences = split_sentences(doc)
        assert sentences, path.name
        assert_exact(doc, sentences)


@pytest.mark.golden
def test_every_gold_evidence_is_one_sentence() -> None:
    """The human annotation's evidence sentences come out of the splitter whole."""
    gold = json.loads((ROOT / "tests" / "seeds_gold.json").read_text(encoding="utf-8"))
    by_file: dict[str, set[str]] = {}
    for event in gold["events"]:
        if event["file"] not in by_file:
            doc = read_document(ROOT / "seeds" / event["file"], ROOT / "seeds")
            by_file[event["file"]] = {s.text for s in split_sentences(doc) if not s.is_heading}
        assert event["evidence"] in by_file[event["file"]], event["evidence"]


# --------------------------------------------------------------------------- properties

# Pieces that stress the scanner: terminals, quotes, abbreviations, markup, odd spaces.
# fmt: off
_PIECES = st.sampled_from([
    "Iran", "Syria", " ", "  ", "\n", "\n\n", ".", ". ", "! ", "? ", "…", "...", '"', "“",
    "”", "'", "(", ")", "[47]", "U.S.", "Mr.", "e.g.", "A.", "33.42", "The", "the",
    "==History==", "# Title", "3 weeks ago - ", "Author: X", "More on reddit.com", "·",
    "\t", "\u00a0", "Ω", "ß", "ﬁ", "İ",
])
# fmt: on


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60))
def test_arbitrary_text_slices_back_exactly(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert_exact(prose(text), split_sentences(prose(text)))
    try:
        doc = document_from_bytes(text.encode(), "x.txt")
    except DocumentError:
        return  # empty or control characters: refused cleanly, tested in test_documents
    assert_exact(doc, split_sentences(doc))


# --------------------------------------------------------------------------- scale


def test_two_megabytes_split_into_exactly_the_expected_sentences() -> None:
    """Abbreviations and quotes hold at scale (speed is measured by make bench)."""
    paragraph = (
        "In February 2010, President Ahmadinejad visited Damascus to sign a deal. "
        "Calls came from U. S. Secretary of State Hillary Clinton, e.g. on Feb. 26. "
        'Najjar said "Iran considers Syria\'s security its own security." The visit ended.\n\n'
    )
    text = paragraph * (2_000_000 // len(paragraph))
    doc = document_from_bytes(text.encode(), "big.txt")
    sentences = split_sentences(doc)
    assert len(sentences) == 4 * text.count("\n\n")


def test_a_footnote_number_after_a_full_stop_ends_the_sentence() -> None:
    text = "They fled into Iraq.4 Opposition fighters stormed Hama. It cost 3.5 Million."
    assert texts(text) == [
        "They fled into Iraq.",
        "Opposition fighters stormed Hama.",
        "It cost 3.5 Million.",
    ]


def test_a_footnote_number_after_a_day_ends_the_sentence() -> None:
    text = (
        "Attacks went on through December 31.1 The militias struck al-Tanf. It cost 31.5 Million."
    )
    assert texts(text) == [
        "Attacks went on through December 31.",
        "The militias struck al-Tanf.",
        "It cost 31.5 Million.",
    ]


def test_a_bracketed_footnote_number_after_a_full_stop_ends_the_sentence() -> None:
    text = "Attacks went on in Idlib.(12) On 6 November 2022, a camp was hit. It cost $5 (4 euros)."
    assert texts(text) == [
        "Attacks went on in Idlib.",
        "On 6 November 2022, a camp was hit.",
        "It cost $5 (4 euros).",
    ]


def test_a_hearing_records_footnote_mark_ends_the_sentence() -> None:
    text = "The air group at Hmeimim numbered 50 aircraft.\\1\\ The naval facility grew."
    assert texts(text) == [
        "The air group at Hmeimim numbered 50 aircraft.",
        "The naval facility grew.",
    ]


def test_a_bullet_after_a_full_hard_wrapped_line_starts_a_new_sentence() -> None:
    # A spotting log hard-wrapped at about 100 characters: the wrap test must not swallow
    # the next bullet into the sentence a full line ends.
    text = (
        "- Kaliningrad (102) did not come back south. Per AIS gaps she is believed to have "
        "returned to the\n  Baltic via Gibraltar.\n"
        "- The Saratov load on 14 Nov probably included engineering equipment for Aleppo. "
        "Russian sappers\n  began demining work in the eastern Aleppo districts after the "
        "government offensive in late November.\n"
        "- On 8 Nov the Russian MoD said an agreement to expand the Tartus facility into a "
        "permanent naval\n  base would be signed in the near future.\n"
    )
    doc = document_from_bytes(text.encode(), "log.txt")
    found = [s.text for s in split_sentences(doc)]
    assert any(t.startswith("On 8 Nov") for t in found), found


def test_a_clock_time_ends_its_sentence_before_a_capitalised_word() -> None:
    text = (
        "He crossed shortly after 10 a.m. By 3 p.m. he was in the annex. "
        "It began at 9 a.m. Damascus time and ended at 5 p.m. GMT on Monday."
    )
    assert texts(text) == [
        "He crossed shortly after 10 a.m.",
        "By 3 p.m. he was in the annex.",
        "It began at 9 a.m. Damascus time and ended at 5 p.m. GMT on Monday.",
    ]


def test_a_clock_time_that_opens_its_sentence_does_not_end_it() -> None:
    text = (
        "At 11:30 p.m. Israeli jets struck sites near Masyaf. Around 2 a.m. Syrian air "
        "defences responded. The raid ended at 3 a.m. Residents went out."
    )
    assert texts(text) == [
        "At 11:30 p.m. Israeli jets struck sites near Masyaf.",
        "Around 2 a.m. Syrian air defences responded.",
        "The raid ended at 3 a.m.",
        "Residents went out.",
    ]


def test_an_over_long_run_is_cut_at_clause_breaks() -> None:
    # A list of names with no full stop (a pasted index, a pdftotext table) is one
    # "sentence" to the scanner; the event rules look back over it from every name, so
    # it is cut at its commas into pieces of at most MAX_SENTENCE characters.
    names = ", ".join(["Damascus", "Homs", "Hama", "Aleppo", "Latakia"] * 120)
    text = f"Strikes were reported in {names}. The next sentence is short.\n"
    doc = document_from_bytes(text.encode(), "list.txt")
    sentences = split_sentences(doc)
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(s.text == doc.text[s.start : s.end] for s in sentences)
    pieces = [s.text for s in sentences[:-1]]
    assert len(pieces) == -(-len(text) // MAX_SENTENCE)
    assert all(piece[-1].isalpha() for piece in pieces[:-1])  # cut before a comma
    # every word of the run is in exactly one piece
    assert sum(piece.count("Damascus") for piece in pieces) == 120
    assert sentences[-1].text == "The next sentence is short."


def test_an_over_long_table_row_is_cut_too() -> None:
    row = "| " + " | ".join(f"cell {i} in Homs" for i in range(400)) + " |"
    doc = document_from_bytes(f"| a | b |\n|---|---|\n{row}\n".encode(), "table.md")
    rows = [s for s in split_sentences(doc) if s.is_row]
    assert len(rows) > 2
    assert all(len(s.text) <= MAX_SENTENCE and s.text == doc.text[s.start : s.end] for s in rows)
