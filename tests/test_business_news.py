"""Business and reconstruction news: contracts, concessions and the plants, refineries and
fairs they are about. A contract to build something at a place makes that place the
project's site, not where the contract was signed."""

from __future__ import annotations

from pathlib import Path

from document_support import by_place, extract_text


def test_a_contract_to_build_at_a_place_is_no_diplomacy_there(tmp_path: Path) -> None:
    text = (
        "Business\n\nIran's MAPNA signed a contract in late 2017 to build a 540-megawatt "
        "power station in Latakia. In 2019 the two governments signed an agreement in "
        "Damascus to build a refinery.\n"
    )
    events = by_place(extract_text(tmp_path, text))
    assert events["Latakia"].category == "other"
    assert events["Damascus"].category == "diplomacy"  # where that agreement was signed
