"""Text typed without capitals: a reading view with its place names capitalised.

The place matcher takes a name only when it is written as a proper noun ("Latakia", not
"latakia"): that is what keeps English words that are also places ("may", "split") off the
map. A document with almost no capital letters gives it nothing to go on: an
auto-generated video transcript reads "russia deployed its jets to khmeimim in september
2015". Such a document is read through a view of the same length in which the names a
caseless reader can trust are capitalised (curated places, countries, towns of the region,
big cities; never a name that is also an English word, see
:meth:`extract.places.PlaceMatcher.names_in_any_case`), and so are month names before a
day or a year and the adjectives of states ("iranian"). As with the other views
(``extract.wikitext``, ``extract.despin``), the text itself is never rewritten: offsets
index it and the evidence is what it says.
"""

from __future__ import annotations

import calendar
import re

__all__ = ["looks_caseless", "truecased_view"]

_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 60
# Captions keep a few capitals ("[Music]", "Kind: captions", "I"); prose has one in ten.
_MAX_CAPITALISED = 0.02
_MONTH_THEN_NUMBER = re.compile(
    r"\b(?:" + "|".join(m.lower() for m in calendar.month_name[1:]) + r")(?=\s+\d{1,4}\b)"
)


def looks_caseless(text: str) -> bool:
    """Whether a document is written (almost) without capital letters."""
    words = _WORD.findall(text[:20_000])
    if len(words) < _MIN_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised <= _MAX_CAPITALISED * len(words)


def truecased_view(text: str) -> str:
    """``text`` with its well-known place names and dated month names capitalised."""
    from extract.gazetteer import fold
    from extract.places import default_matcher  # the gazetteer, only for such a text

    matcher = default_matcher()
    starts = [start for start, _ in matcher.names_in_any_case(text)]
    starts += [m.start() for m in _MONTH_THEN_NUMBER.finditer(text)]
    # a state's adjective, which says whose embassy or forces ("the iranian consulate")
    demonyms = matcher.gazetteer.demonyms
    starts += [m.start() for m in _WORD.finditer(text) if fold(m.group()) in demonyms]
    if not starts:
        return text
    chars = list(text)
    for start in starts:
        chars[start] = chars[start].upper()
    view = "".join(chars)
    # (an upper-case letter one code point wider would shift every offset after it)
    return view if len(view) == len(text) else text
