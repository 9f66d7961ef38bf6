"""MediaWiki source ("Edit source" wikitext), pasted as text or saved as an edit page.

The stages read a view with the markup blanked; offsets and evidence stay the text's.
Each document is a small article in the shape Wikipedia's source takes, not a copy of
one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text

from extract.documents import document_from_bytes
from extract.html_text import html_to_text
from extract.records import Event
from extract.wikitext import looks_like_wikitext, reading_view

ARTICLE = """{{Short description|Shrine town south of Damascus}}
{{Infobox religious building
| name      = Example shrine
| location  = [[Damascus Governorate]], Syria
| built     = 1990
| coordinates = {{Coord|33|26|N|36|20|E}}
}}
The '''example shrine''' is visited by pilgrims every year.

==Attacks==
On 14 June 2012, a car bomb exploded in [[Sayyida Zaynab]], wounding 14 people.<ref>\
{{cite news |title=Bomb wounds 14 near Shi'ite shrine south of Damascus |date=15 June 2012 \
|access-date=2019-03-12 |work=Reuters}}</ref> Pilgrims left the town for weeks.

On 13 January 2021, Israeli jets struck at least 18 targets in and around \
[[Deir ez-Zor]], [[Mayadin|Al-Mayadin]] and Albu Kamal.<ref name="reuters21" />

[[Category:Shrines in Syria]]
"""


def _events(tmp_path: Path, text: str, name: str = "article.txt") -> list[Event]:
    return extract_text(tmp_path, text, name)


# --------------------------------------------------------------------------- the view


def test_the_view_keeps_every_offset() -> None:
    view = reading_view(ARTICLE)
    assert len(view) == len(ARTICLE)
    assert view.count("\n") == ARTICLE.count("\n")


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("hit [[Mayadin|Al-Mayadin]] and", "hit [[Al-Mayadin]] and"),
        ("about {{convert|60|km|mi}} west", "about 60 km west"),
        ("between {{convert|3|to|5|km}} long", "between 3 to 5 km long"),
        ("The '''Tiyas''' ''airbase'' is", "The Tiyas airbase is"),
        ("killed.<ref>{{cite news |title=X |date=1 May 2019}}</ref> The", "killed. The"),
        ("killed.<ref name=a /> The", "killed. The"),
        ("Homs<!-- a comment --> fell", "Homs fell"),
        ("see [https://example.org the report] here", "see the report here"),
        ("in [[Syria]].[[Category:Bases]]", "in [[Syria]]."),
        ("a {{flag|Russia}} base", "a Russia base"),
    ],
)
def test_markup_that_is_no_prose_is_blanked(source: str, shown: str) -> None:
    view = reading_view(source)
    assert len(view) == len(source)
    assert " ".join(view.split()) == shown


def test_a_pictures_caption_reads_as_a_caption() -> None:
    source = "[[File:Tartus port.jpg|thumb|left|Ships in the port of [[Tartus]], 2016]]"
    assert (
        " ".join(reading_view(source).split()) == "Caption: Ships in the port of [[Tartus]], 2016"
    )


def test_a_table_reads_as_one_row_per_line() -> None:
    source = (
        '{| class="wikitable"\n|+ Reported strikes\n! Date !! Target\n|-\n'
        "| 9 September 2019 || [[Abu Kamal|Albu Kamal]]\n|-\n"
        '| style="text-align:right" | 2 February 2024\n| Mayadin\n|}\n'
    )
    lines = [" ".join(line.split()) for line in reading_view(source).splitlines()]
    assert [line for line in lines if line] == [
        "Reported strikes",
        "| Date | Target |",
        "| 9 September 2019 | [[Albu Kamal]] |",
        "| 2 February 2024 | Mayadin |",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Iran opened a consulate in Aleppo in 1946. Russia deployed jets in 2015.",
        "Israeli missiles struck sites near [[Talbiseh]] and [[Rastan]].",
        "The {{name}} placeholder of a mail template, and ''quoted'' words.",
    ],
)
def test_other_text_is_no_wikitext(text: str) -> None:
    assert not looks_like_wikitext(text)
    assert document_from_bytes(text.encode(), "a.txt").view is None


# --------------------------------------------------------------------------- documents


def test_a_citation_neither_places_nor_dates_the_prose(tmp_path: Path) -> None:
    events = _events(tmp_path, ARTICLE)
    assert "Damascus" not in {e.place for e in events}  # the citation's headline
    assert all(e.date_start not in ("2019-03-12", "2012-06-15") for e in events)
    # the sentence after the reference is a sentence of its own
    assert all(not e.evidence.endswith("wounding 14 people.") or "Pilgrims" not in e.evidence
               for e in events)  # fmt: skip
    town = by_place(events)["Sayyidah Zaynab"]
    assert town.date_start == "2012-06-14"
    assert "<ref>" not in town.evidence


def test_every_name_of_a_list_with_a_piped_link_is_struck(tmp_path: Path) -> None:
    events = [e for e in _events(tmp_path, ARTICLE) if e.date_start == "2021-01-13"]
    assert {"Deir ez-Zor", "Al-Mayadin", "Abu Kamal"} <= {e.place for e in events}


def test_a_linked_name_is_read_as_the_words_around_it_say(tmp_path: Path) -> None:
    text = (
        "==History==\nSyrian troops took [[Abu Kamal|Al-Bukamal]] in November 2017.\n\n"
        "On 1 April 2024 an Israeli air strike destroyed the consular annex of the "
        "[[Embassy of Iran, Damascus|Iranian embassy]] in Damascus.\n"
    )
    events = by_place(_events(tmp_path, text))
    assert events["Abu Kamal"].category == "incident"
    assert events["Embassy of Iran, Damascus"].category == "incident"


def test_the_evidence_is_the_source_text_at_its_offsets(tmp_path: Path) -> None:
    events = _events(tmp_path, ARTICLE, "article.md")
    assert events
    for event in events:
        assert ARTICLE[event.char_start : event.char_end] == event.evidence
    assert any("[[Mayadin|Al-Mayadin]]" in e.evidence for e in events)


def test_an_infobox_is_no_prose(tmp_path: Path) -> None:
    events = _events(tmp_path, ARTICLE)
    assert all(e.date_start != "1990" for e in events)
    assert "Damascus Governorate" not in {e.place for e in events}


EDIT_PAGE = """<!DOCTYPE html>
<html><head><title>Editing Example - Wikipedia</title></head><body>
<h1>Editing Example</h1>
<form id="editform" method="post" action="/w/index.php?action=submit">
<input type="text" name="wpSummary" value="">
<textarea id="wpTextbox1" name="wpTextbox1" rows="25">{{Short description|A shrine}}
The '''example shrine''' is a shrine.

==History==
On 14 June 2012, a car bomb exploded in [[Sayyida Zaynab]], wounding 14 people.\
&lt;ref&gt;{{cite news |title=Bomb near Damascus shrine |date=15 June 2012}}&lt;/ref&gt;
</textarea>
</form>
<form id="comment"><textarea name="comment" rows="4">Troops left Aleppo in 2016.</textarea></form>
</body></html>
"""


def test_an_edit_pages_source_box_is_read(tmp_path: Path) -> None:
    events = by_place(_events(tmp_path, EDIT_PAGE, "edit.html"))
    assert events["Sayyidah Zaynab"].date_start == "2012-06-14"
    assert "Damascus" not in events


def test_a_forms_small_text_box_stays_out() -> None:
    text, _ = html_to_text(EDIT_PAGE)
    assert "On 14 June 2012" in text
    assert "Troops left Aleppo" not in text
    search = '<html><body><p>Iran met Syria.</p><form><textarea name="q">Aleppo</textarea></form>'
    assert "Aleppo" not in html_to_text(search)[0]


def test_a_numbered_item_is_no_heading(tmp_path: Path) -> None:
    source = (
        "'''Attacks''' on the [[Tiyas|T4]] base:\n"
        "# On 9 April 2018, missiles struck the T4 airbase, killing 14 people.\n"
        ": Syria blamed Israel.\n"
    )
    assert reading_view(source).splitlines()[1].startswith("* On 9 April 2018")
    events = _events(tmp_path, source, "list.md")
    assert any(e.date_start == "2018-04-09" for e in events)


def test_an_unclosed_reference_does_not_swallow_the_next_paragraph() -> None:
    source = (
        "Troops left Homs.<ref>{{cite web |title=X}}\n\n"
        "In 2019 Iran built a base in [[Abu Kamal|Albu Kamal]].</ref>"
    )
    assert "In 2019 Iran built a base" in reading_view(source)
