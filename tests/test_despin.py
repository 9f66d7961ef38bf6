"""Spun copies: the stages read a view with the spinner's stock phrases put back, while
the evidence stays what the document says."""

from __future__ import annotations

from pathlib import Path

from document_support import by_place, extract_text

from extract.despin import despun_view, looks_spun
from extract.documents import read_document

SPUN = (
    "Russia Syria Relations\n\n"
    "The new Russian receptiveness so you can Iran's outreach came amid a rebel revival "
    "in the north and you can south.\n\n"
    "On 24 July 2015, Soleimani travelled so you can Moscow and you will met Putin.\n\n"
    "Following the collapse of one's Assad regime on 8 December 2024, ships left Tartus.\n"
)


def test_a_document_with_three_stock_phrases_reads_as_spun() -> None:
    assert looks_spun(SPUN)
    # one such phrase is ordinary English
    assert not looks_spun("Read the report so you can judge. Russia kept Tartus in 2017.")


def test_the_view_puts_each_phrase_back_at_the_same_offsets() -> None:
    view = despun_view(SPUN)
    assert len(view) == len(SPUN)
    assert "travelled to         Moscow and          met Putin" in view
    assert "collapse of the   Assad regime" in view
    # what is no stock phrase is left as it is
    assert view.replace(" ", "") != SPUN.replace(" ", "")
    assert view.startswith("Russia Syria Relations")


def test_a_spun_copy_maps_what_its_phrases_hid_and_cites_the_spun_words(
    tmp_path: Path,
) -> None:
    events = by_place(extract_text(tmp_path, SPUN, "spun.txt"))
    moscow = events["Moscow"]
    assert moscow.category == "diplomacy" and moscow.date_start == "2015-07-24"
    assert "travelled so you can Moscow" in moscow.evidence  # the document's own words
    text = read_document(tmp_path / "spun.txt", tmp_path).text
    assert text[moscow.char_start : moscow.char_end] == moscow.evidence


def test_an_ordinary_document_gets_no_view(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("In 2017 Russia signed a lease so you can see why Tartus matters.\n", "utf-8")
    assert read_document(path, tmp_path).view is None


def test_a_spun_copys_swapped_prepositions_are_read_as_the_originals(tmp_path: Path) -> None:
    # the spinner's "inside"/"into the" for "in", "close" for "near", "exterior" for
    # "outside": the places they locate are where it happened
    text = (
        SPUN + "\nIsraeli jets hit several needs inside the Syria on 10 May 2018.\n\n"
        "On 10 February 2018 a drone introduced on T4 airbase close Palmyra was shot down.\n\n"
        "On 29 April 2018 explosions hit the Nairab armed forces airport exterior Aleppo.\n"
    )
    events = by_place(extract_text(tmp_path, text, "spun.txt"))
    assert events["Syria"].category == "incident"
    assert events["Aleppo"].category == "incident"
    text_read = read_document(tmp_path / "spun.txt", tmp_path)
    assert text_read.view is not None and len(text_read.view) == len(text_read.text)
