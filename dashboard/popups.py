"""Popup and tooltip HTML for one event, with every document string escaped.

Strings from documents are hostile until proven otherwise: an evidence sentence can
hold ``<img src=x onerror=...>``, and folium-style code puts popup and tooltip text
inside JavaScript template strings, where a backtick or ``${...}`` would run code in
the map iframe, which can reach the parent page. So ``escape_text`` does two things:
``html.escape`` (``<``, ``>``, ``&``, quotes) and it turns the backtick and ``$`` into
character references, so neither a template literal nor ``${`` can survive. Only
markup written here (``<b>``, ``<mark>``, ...) reaches the browser as markup.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from typing import Any

from dashboard.filters import format_year

__all__ = ["date_label", "escape_text", "highlight", "popup_html", "tooltip_html"]

_JS_TEMPLATE = str.maketrans({"`": "&#96;", "$": "&#36;"})

_PRECISION = {
    1: "site or town",
    2: "near a town / in a region",
    3: "province or country (approximate)",
}


def escape_text(value: object) -> str:
    """Escape for HTML and neutralise JavaScript template syntax (backtick, ``${``)."""
    return html.escape(str(value), quote=True).translate(_JS_TEMPLATE)


def highlight(evidence: str, *needles: str) -> str:
    """Escaped ``evidence`` with the first needle found wrapped in ``<mark>``.

    Needles are tried in order (the mention, then the place name), case-insensitively.
    The search runs on the raw text and each piece is escaped on its own, so the
    highlight can never split an entity or a tag.
    """
    folded = evidence.casefold()
    for needle in needles:
        if not needle or len(needle.casefold()) != len(needle):
            continue  # casefold changed the length: offsets would not line up
        at = folded.find(needle.casefold())
        if at >= 0:
            end = at + len(needle)
            return (
                escape_text(evidence[:at])
                + "<mark>"
                + escape_text(evidence[at:end])
                + "</mark>"
                + escape_text(evidence[end:])
            )
    return escape_text(evidence)


def _year_part(date: str) -> str:
    """ISO-ish date with a readable year: "-0539" -> "539 BCE", "0715" -> "715"."""
    sign = -1 if date.startswith("-") else 1
    year, dash, rest = date.lstrip("-").partition("-")
    if not year.isdigit():
        return date
    return format_year(sign * int(year)) + dash + rest


def date_label(props: Mapping[str, Any]) -> str:
    """Plain-text date with its precision: "2024-09-08 (day)", "539 BCE (year)", "undated"."""
    start, end = _given(props.get("date_start")), _given(props.get("date_end"))
    precision = _given(props.get("date_precision")) or "undated"
    if not start:
        return "undated"
    text = _year_part(start)
    if end and end != start:
        text += f" – {_year_part(end)}"
    label = f"{text} ({precision}"
    anchor = _given(props.get("date_anchor"))
    if anchor:
        label += f"; year taken from “{anchor}”"
    return label + ")"


def _given(value: Any) -> str:
    """A property as text; "" when missing (None, or NaN from a pandas table row)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def tooltip_html(props: Mapping[str, Any]) -> str:
    """Place and date, escaped: the hover text."""
    return f"{escape_text(props.get('place', ''))} · {escape_text(date_label(props))}"


def popup_html(props: Mapping[str, Any]) -> str:
    """The click popup: place, date and precision, category, actors, highlighted
    evidence, source and confidence. Every value is escaped."""
    precision = _PRECISION.get(int(props.get("geo_precision") or 1), "unknown")
    actors = ", ".join(props.get("actors") or ()) or "—"
    confidence = props.get("confidence")
    evidence = highlight(
        str(props.get("evidence", "")), str(props.get("mention", "")), str(props.get("place", ""))
    )
    badge = ' <span class="atlas-uploaded">uploaded</span>' if props.get("uploaded") else ""
    parts = [
        f'<div class="atlas-popup"><b>{escape_text(props.get("place", ""))}</b>{badge}',
        f"<div>{escape_text(props.get('event', ''))}</div>",
        f"<div><i>When:</i> {escape_text(date_label(props))}</div>",
        f"<div><i>Where:</i> {escape_text(precision)}</div>",
        f"<div><i>Category:</i> {escape_text(props.get('category', ''))}</div>",
        f"<div><i>Actors:</i> {escape_text(actors)}</div>",
        f'<blockquote class="atlas-evidence">{evidence}</blockquote>',
        f"<div><i>Source:</i> {escape_text(props.get('source', ''))}</div>",
    ]
    if isinstance(confidence, int | float):
        parts.append(f"<div><i>Confidence:</i> {float(confidence):.2f}</div>")
    return "".join(parts) + "</div>"
