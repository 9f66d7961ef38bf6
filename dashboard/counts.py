"""The line of counts above the map: events shown, undated, and per category.

One Markdown line rather than a row of ``st.metric`` widgets: seven metrics in nine
columns cost the page ~0.4 s of main-thread time before the map appears (measured
in Chromium, median of 8 loads at 10k events). Each category carries the shape and
colour of its marker, so the line doubles as a legend. Only numbers and the fixed
category names go in: no document text reaches this Markdown.
"""

from __future__ import annotations

from collections.abc import Mapping

from extract.records import CATEGORIES

__all__ = ["CATEGORY_MARK", "count_line"]

# The marker shapes of mapview.CATEGORY_STYLE, in Streamlit's nearest named colours.
CATEGORY_MARK: dict[str, str] = {
    "base": ":blue[■]",
    "shrine": ":green[◆]",
    "incident": ":red[▲]",
    "diplomacy": ":violet[●]",
    "other": ":gray[⬢]",
}


def count_line(shown: int, total: int, undated: int, per_category: Mapping[str, int]) -> str:
    """``**84** of 120 events shown · **19** undated · :blue[■] base **13** · ...``"""
    parts = [f"**{shown:,}** of {total:,} events shown", f"**{undated:,}** undated"]
    parts += [f"{CATEGORY_MARK[c]} {c} **{int(per_category.get(c, 0)):,}**" for c in CATEGORIES]
    return " · ".join(parts)
