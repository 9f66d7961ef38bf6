"""Keyword stuffing: phrases an SEO page repeats in lower case through its prose.

Spam copies of articles insert a topic phrase ("syria iran relations") into sentences
at random: "a naval base in the Syrian port syria iran relations of Tartus". Left in
place, the phrase hides the grammar the events stage reads ("port ... of Tartus"). Real
prose does not write a place name in lower case, let alone the same lower-case phrase
over and over, so a lower-case run that contains a place name the document also writes
properly, and recurs several times, is taken to be stuffing and skipped when reading
the words around a mention. Offsets are untouched: the text itself is never changed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick

__all__ = ["MIN_REPEATS", "Stuffing", "phrase_automaton", "stuffing_in"]

MIN_REPEATS = 3
_NGRAM = 3

_TOKEN = re.compile(r"[A-Za-z][a-z]*")  # a capital starts a new word: "IRGC" is four


@dataclass(frozen=True, slots=True, eq=False)
class Stuffing:
    """A document's stuffed phrases: a regex to blank them out of the words around a
    mention, and an automaton that says cheaply where they cannot occur."""

    pattern: re.Pattern[str]
    phrases: ahocorasick.Automaton

    def blank_out(self, text: str) -> str:
        """``text`` with every stuffed phrase replaced by a space."""
        return self.pattern.sub(" ", text)

    def may_occur(self, text: str) -> bool:
        """Whether a phrase may match in ``text`` or in any slice of it.

        False only when no phrase occurs in ``text`` even as a bare substring; then
        ``blank_out`` leaves every slice of ``text`` as it is. (``pattern.search(text)``
        would not do: a slice may end inside a word, where the slice has a word
        boundary the text lacks.)
        """
        # One linear pass; the regex alternation would try each phrase at every position.
        return next(self.phrases.iter(text), None) is not None

    def may_occur_in_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
        """For every span: False only when ``may_occur(text[start:end])`` is, from one
        pass over ``text`` (a span a phrase only overlaps may say True: a shortcut)."""
        # (last index, phrase) of every occurrence, ordered by where it ends.
        found = list(self.phrases.iter(text))
        ends = [last + 1 for last, _ in found]
        starts = [last + 1 - len(phrase) for last, phrase in found]
        out = []
        for lo, hi in spans:
            # A phrase inside the span ends past lo, so the first occurrence that does
            # starts before hi (it ends no later than that phrase): one failing this has none.
            first = bisect_right(ends, lo)
            out.append(first < len(ends) and starts[first] < hi)
        return out


def _lower_runs(text: str, names: frozenset[str]) -> Counter[str]:
    """Lower-case word runs of up to ``_NGRAM`` words starting or ending at a place word."""
    # Plain strings from findall: a Match object per word cost more than the rest.
    words = _TOKEN.findall(text)
    runs: Counter[str] = Counter()
    for i in (i for i, word in enumerate(words) if word in names):
        for lo in range(max(0, i - _NGRAM + 1), i + 1):
            window = words[lo : lo + _NGRAM]
            if len(window) == _NGRAM and all(w.islower() for w in window):
                runs[" ".join(window)] += 1
    return runs


def stuffing_in(text: str, place_words: Iterable[str]) -> Stuffing | None:
    """The document's stuffed phrases, or None when there are none.

    ``place_words`` are the words of place names the document writes capitalised
    ("Syria", "Iran"); only their lower-case forms can start a stuffed phrase.
    """
    names = frozenset(w.lower() for w in place_words if w[:1].isupper() and len(w) > 2)
    # A run needs a place word written in lower case: prose rarely has one, and a few
    # substring checks cost less than splitting the whole document into words.
    if not any(name in text for name in names):
        return None
    repeated = [run for run, n in _lower_runs(text, names).items() if n >= MIN_REPEATS]
    if not repeated:
        return None
    alternatives = "|".join(re.escape(r) for r in sorted(repeated, key=len, reverse=True))
    return Stuffing(re.compile(rf"\b(?:{alternatives})\b"), phrase_automaton(repeated))


def phrase_automaton(phrases: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton that finds each phrase (its value the phrase itself)."""
    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        automaton.add_word(phrase, phrase)
    automaton.make_automaton()
    return automaton
