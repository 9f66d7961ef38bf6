"""Spun copies: a reading view with an article spinner's stock phrases put back.

Content farms run articles through "spinners" that swap words for stock phrases: "to"
becomes "so you can" or "to help you", "and" becomes "and you will" or "and you can",
"of" becomes "out-of", "the" becomes "one's" ("the collapse of one's Assad regime").
The places and dates survive, but the words around them no longer read as the rules
expect: "Soleimani travelled so you can Moscow" names no destination. As with
MediaWiki source (``extract.wikitext``), the text itself is never rewritten; the stages
read a view of the same length in which each stock phrase is replaced by the word it
stands for, padded with spaces, so every offset still indexes the text and the evidence
stays what the document says.

Only a document that reads as spun gets the view: "so you can" or "and you will" once
is ordinary English; three of the spinner's phrases in one document are not.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

__all__ = ["despun_view", "looks_spun"]

# Each stock phrase and the word it stands for (whole words, any case of its first letter).
_PHRASES: dict[str, str] = {
    "so you can": "to",
    "so you're able to": "to",
    "so you’re able to": "to",
    "so you are able to": "to",
    "to help you": "to",
    "in order to": "to",
    "and you will": "and",
    "and you can": "and",
    "and that means you": "and",
    # (a sign, left as it is: the dates read "the springtime out-of 2019" already, and a
    # date's words must be the document's)
    "out-of": "out-of",
    "of one's": "of the",
    "of one’s": "of the",
    # the spinner's prepositions of place: "several targets inside the Syria", "the
    # airport exterior Aleppo"
    "inside the": "in the",
    "into the": "in the",
    "inside": "in",
    "exterior": "outside",
}
# Phrases ordinary prose uses too: they are put back, but are no sign of a spinner.
_WEAK = frozenset({"in order to", "inside the", "into the", "inside", "exterior"})
# Words the spinner swaps only beside a name: "the T4 airbase close Palmyra" (near).
# (Not inside a name: "Damascus Around the world Airport" padded to its length would
# hold a run of spaces no name has.)
_SWAPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bclose(?= (?:to )?(?:al-)?[A-Z])"), "near"),
)


def _alternation(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    # (the phrases' first letters looked at first: one test fails at most positions of
    # a document, where each phrase would be tried)
    firsts = "".join(sorted({phrase[0] for phrase in ordered}))
    return re.compile(
        rf"\b(?=[{re.escape(firsts)}])(?:" + "|".join(map(re.escape, ordered)) + r")\b",
        re.IGNORECASE,
    )


_PHRASE = _alternation(_PHRASES)
_SIGN = _alternation(set(_PHRASES) - _WEAK)
_MIN_SIGNS = 3  # phrases a document must hold to read as spun


def looks_spun(text: str) -> bool:
    """Whether ``text`` holds enough of a spinner's stock phrases to read as spun."""
    signs = _SIGN.finditer(text)
    return sum(1 for _ in itertools.islice(signs, _MIN_SIGNS)) >= _MIN_SIGNS


def despun_view(text: str) -> str:
    """``text`` with each stock phrase replaced by its word, padded to the same length."""
    view = _PHRASE.sub(_restore, text)
    for pattern, word in _SWAPS:  # (each word is no longer than what it stands for)
        view = pattern.sub(functools.partial(_padded, word), view)
    return view


def _padded(word: str, found: re.Match[str]) -> str:
    return word.ljust(len(found.group(0)))


def _restore(found: re.Match[str]) -> str:
    phrase = found.group(0)
    word = _PHRASES[phrase.lower()]
    if phrase[:1].isupper():
        word = word[:1].upper() + word[1:]
    return word.ljust(len(phrase))
