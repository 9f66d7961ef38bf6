"""Keyword stuffing: the phrases, and the shortcut that skips sentences without them."""

from __future__ import annotations

from pathlib import Path

from document_support import extract_text

from extract.boilerplate import is_boilerplate
from extract.noise import stuffing_in

_STUFFED = " ".join(
    f"Rebels reached the port syria iran relations of Tartus in {year}." for year in range(3)
)
_PLACES = ["Syria", "Iran", "Tartus"]


def test_repeated_lower_case_place_phrases_are_stuffing() -> None:
    noise = stuffing_in(_STUFFED + " Syria and Iran met.", _PLACES)
    assert noise is not None
    stripped = noise.blank_out("Rebels reached the port syria iran relations of Tartus")
    assert stripped.startswith("Rebels reached") and stripped.endswith(" Tartus")
    assert "syria" not in stripped and "iran" not in stripped


def test_prose_without_repeated_lower_case_places_has_none() -> None:
    assert stuffing_in("Syria and Iran met in Tartus. Later syria iran talks.", _PLACES) is None
    assert stuffing_in(_STUFFED, ["Damascus"]) is None


def test_may_occur_is_false_only_without_any_phrase() -> None:
    noise = stuffing_in(_STUFFED, _PLACES)
    assert noise is not None
    assert noise.may_occur("the port syria iran relations of Tartus")
    # a bare substring counts: a slice of the text may cut the word after it
    assert noise.may_occur("syria iran relationsTartus")
    assert not noise.may_occur("Syria and Iran signed an accord.")


def test_may_occur_in_spans_never_rules_out_a_span_with_a_phrase() -> None:
    noise = stuffing_in(_STUFFED, _PLACES)
    assert noise is not None
    text = _STUFFED + " Syria and Iran met. Then syria iran relations again."
    spans = [(i, j) for i in range(0, len(text), 7) for j in range(i, len(text) + 1, 11)]
    gated = noise.may_occur_in_spans(text, spans)
    assert all(
        gate for (i, j), gate in zip(spans, gated, strict=True) if noise.may_occur(text[i:j])
    )
    assert not all(gated)  # and it does rule spans out


def test_a_spam_pages_download_line_is_boilerplate() -> None:
    line = (
        "Russia Syria military bases, Khmeimim air base, Tartus naval base, Russian base in "
        "Syria – Read Online or Download this book for free."
    )
    assert is_boilerplate(line)
    assert not is_boilerplate("Russian jets flew from the Khmeimim air base in 2015.")


def test_a_most_read_line_of_headlines_is_boilerplate() -> None:
    line = (
        "Most read: • The rockets of the resistance target the settlements of the north of "
        "occupied Palestine • Tehran: the response is coming"
    )
    assert is_boilerplate(line)
    assert is_boilerplate("Most popular: Israeli strike hits Damascus airport")
    assert not is_boilerplate("Most read the news of the strike on Damascus in 2024.")


def test_an_ads_line_is_boilerplate() -> None:
    assert is_boilerplate("Sponsored: Cheap flights Istanbul – Damascus from €89 | Book hotels")
    assert is_boilerplate("Advertisement - Hotels in Latakia from $40")
    assert not is_boilerplate("Sponsored by Iran, the militias held Deir ez-Zor in 2018.")


def test_a_file_photos_caption_is_boilerplate_and_a_told_caption_is_not() -> None:
    file_photo = (
        "Photo caption: FILE PHOTO: An Israeli F-15 fighter jet takes off during an aerial "
        "demonstration at the Hatzerim air base in southern Israel, June 29, 2017."
    )
    assert is_boilerplate(file_photo)
    assert not is_boilerplate(
        "Photo caption: Smoke rises over the Mezzeh military airport in Damascus after an "
        "Israeli strike, 10 December 2024."
    )
    # an agency's caption leaves out the comma before the day
    assert not is_boilerplate("Caption: Workers unload aid in Aleppo, Syria February 7, 2023.")


def test_a_description_pointing_back_is_no_place_name_to_find_stuffing_with(
    tmp_path: Path,
) -> None:
    # "The town" points back at Masyaf; its "the" is no place word, so the thrice-written
    # "strikes on the" is prose, not a stuffed phrase to read past.
    text = (
        "Masyaf\n\nMasyaf is a town in the Hama Governorate. The town was struck in 2017, "
        "and Israeli strikes on the town followed in 2018.\n\n"
        "More strikes on the hills came in 2019, and strikes on the roads in 2020.\n\n"
        "On the night of 8 September 2024, Israeli air strikes on the Masyaf area killed "
        "at least 18 people.\n"
    )
    events = extract_text(tmp_path, text)
    assert ("Masyaf", "2024-09-08") in {(e.place, e.date_start) for e in events}


def test_a_spam_pages_keyword_line_dates_nothing(tmp_path: Path) -> None:
    # the post's own stamp dates "January 5 to 6", not the keywords' "2017 2018"
    text = (
        "Russia's bases in Syria\n\nPosted by admin | January 11, 2018 | World News\n\n"
        "hmeimim airbase hmeimim airbase russia tartus naval base syria 2017 2018 latest news\n\n"
        "On the night of January 5 to 6, a swarm of drones attacked the Khmeimim air base.\n"
    )
    events = {e.place: e.date_start for e in extract_text(tmp_path, text, "post.txt")}
    assert events["Khmeimim Air Base"] == "2018-01-05"
