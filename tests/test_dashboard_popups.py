"""Popups and tooltips escape every document string (dashboard/popups.py)."""

from __future__ import annotations

import html
import re
from math import nan
from typing import Any

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.popups import date_label, escape_text, highlight, popup_html, tooltip_html

HOSTILE = (
    "<img src=x onerror=alert(1)>",
    "${alert(1)}",
    "`; alert(2); `",
    "</script><script>alert(3)</script>",
    '" onmouseover="alert(4)',
    "&lt;b&gt;",
)
# The only markup popup_html writes itself.
OWN_TAGS = re.compile(r'</?(?:div|b|i|mark|blockquote|span)(?: class="[a-z-]+")?>')

hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(alphabet=st.sampled_from(list("ab <>&\"'`${}/=()")), max_size=40),
    # Control characters are left out: HTML parsers normalise CR and friends, which
    # says nothing about escaping.
    st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=30),
)


def _props(**over: Any) -> dict[str, Any]:
    props: dict[str, Any] = {
        "place": "Masyaf",
        "mention": "Masyaf",
        "event": "Raid",
        "category": "incident",
        "actors": ["Israel"],
        "evidence": "Commandos raided a site near Masyaf.",
        "source": "news/a.txt",
        "date_start": "2024-09-08",
        "date_end": None,
        "date_precision": "day",
        "geo_precision": 1,
        "confidence": 0.9,
    }
    return props | over


def _unsafe_left(markup: str) -> list[str]:
    rest = OWN_TAGS.sub("", markup)
    return [bad for bad in ("<", ">", "`", "${") if bad in rest]


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_text_leaves_no_markup_or_template_syntax(text: str) -> None:
    escaped = escape_text(text)
    assert _unsafe_left(escaped) == []
    assert '"' not in escaped and "'" not in escaped
    assert html.unescape(escaped) == text  # not a parser: it folds whitespace-only text


@settings(max_examples=200, deadline=None)
@given(
    place=hostile_text,
    mention=hostile_text,
    evidence=hostile_text,
    event=hostile_text,
    source=hostile_text,
    actors=st.lists(hostile_text, max_size=3),
)
def test_popup_never_carries_document_markup_and_reads_back_verbatim(
    place: str, mention: str, evidence: str, event: str, source: str, actors: list[str]
) -> None:
    props = _props(
        place=place, mention=mention, evidence=evidence, event=event, source=source, actors=actors
    )
    popup = popup_html(props)
    assert _unsafe_left(popup) == []
    assert _unsafe_left(tooltip_html(props)) == []
    soup = BeautifulSoup(popup, "html.parser")
    # No element the document could have smuggled in: only our own tags.
    assert {tag.name for tag in soup.find_all(True)} <= {
        "div",
        "b",
        "i",
        "mark",
        "blockquote",
        "span",
    }
    # Read back from the markup itself: an HTML parser folds a whitespace-only text to
    # one space, which would say nothing about our escaping.
    assert _inner(popup, '<blockquote class="atlas-evidence">', "</blockquote>") == evidence
    assert _inner(popup, "<b>", "</b>") == place


def _inner(markup: str, opening: str, closing: str) -> str:
    """The text between the first ``opening`` and the next ``closing``, marks removed."""
    inner = markup.split(opening, 1)[1].split(closing, 1)[0]
    return html.unescape(inner.replace("<mark>", "").replace("</mark>", ""))


def test_highlight_marks_the_mention_inside_escaped_evidence() -> None:
    marked = highlight("Strike <b>near</b> Latakia port", "latakia")
    assert marked == "Strike &lt;b&gt;near&lt;/b&gt; <mark>Latakia</mark> port"


def test_highlight_falls_back_to_the_place_then_to_plain_text() -> None:
    assert "<mark>Tartus</mark>" in highlight("The port of Tartus", "Tartous", "Tartus")
    assert "<mark>" not in highlight("Nothing here", "Tartus")


def test_popup_shows_the_fields_a_reader_needs() -> None:
    soup = BeautifulSoup(
        popup_html(_props(actors=["Israel", "Iran"], uploaded=True)), "html.parser"
    )
    text = soup.get_text(" ")
    for part in (
        "Masyaf",
        "2024-09-08 (day)",
        "site or town",
        "incident",
        "Israel, Iran",
        "news/a.txt",
        "0.90",
    ):
        assert part in text
    assert soup.find("mark").get_text() == "Masyaf"
    assert soup.find(class_="atlas-uploaded") is not None


@pytest.mark.parametrize(
    ("props", "label"),
    [
        ({"date_start": None, "date_precision": "undated"}, "undated"),
        # A table row from pandas: missing values arrive as NaN, which is truthy.
        (
            {"date_start": nan, "date_end": nan, "date_precision": nan, "date_anchor": nan},
            "undated",
        ),
        (
            {"date_start": "1980", "date_end": nan, "date_precision": "year", "date_anchor": nan},
            "1980 (year)",
        ),
        ({"date_start": "-0539", "date_precision": "year"}, "539 BCE (year)"),
        ({"date_start": "0715", "date_precision": "year"}, "715 (year)"),
        (
            {"date_start": "2012", "date_end": "2016", "date_precision": "range"},
            "2012 – 2016 (range)",
        ),
        (
            {"date_start": "2024-12-08", "date_precision": "day", "date_anchor": "2024"},
            "2024-12-08 (day; year taken from “2024”)",
        ),
    ],
)
def test_date_label(props: dict[str, Any], label: str) -> None:
    assert date_label(props) == label
