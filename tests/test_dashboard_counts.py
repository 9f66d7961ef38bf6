"""The line of counts above the map (dashboard/counts.py)."""

from __future__ import annotations

import re

from dashboard.counts import CATEGORY_MARK, count_line
from dashboard.mapview import CATEGORY_STYLE
from extract.records import CATEGORIES


def test_line_says_shown_of_total_undated_and_each_category_in_order() -> None:
    line = count_line(1234, 10_000, 19, {"incident": 25, "base": 13})
    assert line.startswith("**1,234** of 10,000 events shown · **19** undated")
    per_category = re.findall(r"\] (\w+) \*\*([\d,]+)\*\*", line)
    assert per_category == [
        ("base", "13"),
        ("shrine", "0"),
        ("incident", "25"),
        ("diplomacy", "0"),
        ("other", "0"),
    ]


def test_every_category_has_a_mark_shaped_like_its_marker() -> None:
    assert list(CATEGORY_MARK) == list(CATEGORIES)
    shapes = {"rect": "■", 'polygon points="10,1': "◆", 'polygon points="10,2': "▲"}
    shapes |= {"circle": "●", 'polygon points="5,2': "⬢"}
    for category, (_, svg) in CATEGORY_STYLE.items():
        symbol = next(s for key, s in shapes.items() if svg.startswith(f"<{key}"))
        assert symbol in CATEGORY_MARK[category]
