"""One Event record with every contract field filled, for tests that need real records."""

from __future__ import annotations

from extract.records import Event

__all__ = ["make_event"]


def make_event(n: int, **changes: object) -> Event:
    """A diplomacy event in Damascus, May 2023, numbered ``n``; ``changes`` override fields."""
    fields: dict[str, object] = dict(
        id=f"id{n:03d}",
        place="Damascus",
        place_id="damascus",
        mention="Damascus",
        place_kind="city",
        geo_precision=1,
        category="diplomacy",
        event="Visit to Damascus",
        date_start="2023-05",
        date_end=None,
        date_precision="month",
        date_text="In May 2023",
        date_anchor=None,
        year_start=2023,
        year_end=2023,
        actors=("Iran", "Syria"),
        evidence="In May 2023, Raisi went to Damascus.",
        source="doc.txt",
        char_start=10 * n,
        char_end=10 * n + 36,
        confidence=0.8,
        geocoder="gazetteer",
        lat=33.5131234567,
        lon=36.2919876543,
    )
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]
