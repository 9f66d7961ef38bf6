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
from collections import Counter
from collections.abc import Iterable

__all__ = ["MIN_REPEATS", "stuffing_pattern"]

MIN_REPEATS = 3
_NGRAM = 3


_TOKEN = re.compile(r"[A-Za-z][a-z]*")  # a capital starts a new word: "IRGC" is four


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


def stuffing_pattern(text: str, place_words: Iterable[str]) -> re.Pattern[str] | None:
    """A regex matching the document's stuffed phrases, or None when there are none.

    ``place_words`` are the words of place names the document writes capitalised
    ("Syria", "Iran"); only their lower-case forms can start a stuffed phrase.
    """
    names = frozenset(w.lower() for w in place_words if w[:1].isupper() and len(w) > 2)
    if not names:
        return None
    repeated = [run for run, n in _lower_runs(text, names).items() if n >= MIN_REPEATS]
    if not repeated:
        return None
    alternatives = "|".join(re.escape(r) for r in sorted(repeated, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")
