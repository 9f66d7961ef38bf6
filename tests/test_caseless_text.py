"""A text typed without capitals (an auto-generated video transcript) is read through a
view with its well-known place names capitalised; the evidence stays the document's."""

from __future__ import annotations

from pathlib import Path

from document_support import by_place, extract_text

from extract.truecase import looks_caseless, truecased_view

_CAPTIONS = (
    "hey everyone welcome back to the channel\nso today we're looking at\n"
    "where exactly the russian and\niranian bases in syria were\nso let's get into it\n"
    "[00:21]\nokay so first the russians\nthe big one is khmeimim\nair base which is\n"
    "near jableh in latakia province\num it's actually built next to the\ncivilian airport\n"
    "and russia deployed its jets to khmeimim in\nseptember 2015 when the intervention\n"
    "started and honestly that was a big deal for everyone watching the region back then\n"
)


def test_a_caseless_transcript_names_its_places(tmp_path: Path) -> None:
    events = by_place(extract_text(tmp_path, _CAPTIONS, "captions.txt"))
    base = events["Khmeimim Air Base"]
    assert base.category == "base"
    assert base.date_start == "2015-09"
    assert "khmeimim" in base.evidence  # the document's own words


def test_the_view_capitalises_names_and_dated_months_only() -> None:
    text = _CAPTIONS + "in may we may split the cost and deal with the rest on the way home\n"
    assert looks_caseless(text)
    view = truecased_view(text)
    assert len(view) == len(text)
    assert "Khmeimim\nair base" in view and "Latakia province" in view
    assert "September 2015" in view
    assert "Russia deployed" in view and "Russian and\nIranian bases" in view
    assert "in may we may split the cost and deal" in view  # words, not places


def test_a_text_with_capitals_is_not_caseless() -> None:
    prose = "Russia deployed its jets to Khmeimim in September 2015. " * 20
    assert not looks_caseless(prose)
    assert not looks_caseless("a short note about latakia")
