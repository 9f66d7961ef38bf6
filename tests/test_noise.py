"""Keyword stuffing: the pattern, and the shortcut that skips sentences without it."""

from __future__ import annotations

import re

from extract.noise import may_occur, may_occur_in_spans, stuffing_pattern

_STUFFED = " ".join(
    f"Rebels reached the port syria iran relations of Tartus in {year}." for year in range(3)
)


def test_repeated_lower_case_place_phrases_are_stuffing() -> None:
    noise = stuffing_pattern(_STUFFED + " Syria and Iran met.", ["Syria", "Iran", "Tartus"])
    assert noise is not None
    assert noise.search("the port syria iran relations of Tartus") is not None


def test_may_occur_is_false_only_without_any_phrase() -> None:
    noise = stuffing_pattern(_STUFFED, ["Syria", "Iran", "Tartus"])
    assert noise is not None
    assert may_occur(noise, "the port syria iran relations of Tartus")
    # a bare substring counts: a slice of the text may cut the word after it
    assert may_occur(noise, "syria iran relationsTartus")
    assert not may_occur(noise, "Syria and Iran signed an accord.")


def test_may_occur_without_a_shortcut_for_other_patterns() -> None:
    assert may_occur(re.compile(r"\bfoo\b"), "nothing here")


def test_may_occur_in_spans_never_rules_out_a_span_with_a_phrase() -> None:
    noise = stuffing_pattern(_STUFFED, ["Syria", "Iran", "Tartus"])
    assert noise is not None
    text = _STUFFED + " Syria and Iran met. Then syria iran relations again."
    spans = [(i, j) for i in range(0, len(text), 7) for j in range(i, len(text) + 1, 11)]
    gated = may_occur_in_spans(noise, text, spans)
    assert all(
        gate for (i, j), gate in zip(spans, gated, strict=True) if may_occur(noise, text[i:j])
    )
    assert not all(gated)  # and it does rule spans out
    assert may_occur_in_spans(re.compile("x"), text, spans[:3]) == [True] * 3
