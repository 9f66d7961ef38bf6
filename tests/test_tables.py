"""Tables: Markdown rows and HTML tables become one record per row, read through the
real pipeline (documents on disk, the real gazetteer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text

from extract.blocks import find_blocks, is_table_row
from extract.dates import find_dates
from extract.documents import document_from_bytes
from extract.records import Event

STRIKES = """# Timeline of strikes on Iranian-linked sites

The table lists the strikes we could confirm.

| Date | Location | Target | Attributed to |
|------|----------|--------|---------------|
| 10 February 2018 | T-4 airbase, Homs | Iranian drone control centre | Israel |
| 8 May 2018 | Al-Kiswah | Weapons depot | Israel |
| 2019 | Imam Ali base | Hit by air strikes | Israel |

Facebook | Twitter | Email
"""


def _events(tmp_path: Path, name: str, text: str) -> list[Event]:
    return extract_text(tmp_path, text, name)


def test_each_row_is_its_own_block_and_the_rule_line_is_dropped() -> None:
    blocks = [STRIKES[b.start : b.end] for b in find_blocks(STRIKES, markdown=True)]
    rows = [b for b in blocks if b.startswith("|")]
    assert rows == [line for line in STRIKES.splitlines() if line.startswith("| ")]
    assert not any("---" in b or "Facebook" in b for b in blocks)


def test_rows_under_a_strikes_heading_are_dated_incidents_at_their_place(
    tmp_path: Path,
) -> None:
    events = _events(tmp_path, "strikes.md", STRIKES)
    found = {(e.place_id, e.category, e.year_start) for e in events}
    assert found == {
        ("tiyas-airbase", "incident", 2018),
        ("sy-homs-gov", "incident", 2018),  # the province the cell names with the site
        ("kiswah", "incident", 2018),
        ("imam-ali-base", "incident", 2019),
    }
    for event in events:  # the evidence is the row, as it stands in the file
        assert event.evidence.startswith("| ") and event.evidence.endswith(" |")


ALIGNED = """Iran has built up a network of sites since 2013.

                          Table 1. Selected Israeli Strikes on
                           Iranian-Linked Sites in Syria, 2018-2019

    Date              Location                       Reported Target
    ---------------   -----------------------------  --------------------
    Feb. 10, 2018     T-4 air base, Homs             Drone control unit
    May 10, 2018      Al-Kiswah and sites near Damascus IRGC rocket storage
    Sept. 9, 2019     Imam Ali base                  Warehouses

    Source: CRS, based on media reports.
"""


def test_a_space_aligned_table_in_pdf_text_is_rows_under_its_caption(tmp_path: Path) -> None:
    events = _events(tmp_path, "report.txt", ALIGNED)
    found = {(e.place_id, e.category, e.date_start) for e in events}
    assert {
        ("tiyas-airbase", "incident", "2018-02-10"),
        ("kiswah", "incident", "2018-05-10"),
        ("imam-ali-base", "incident", "2019-09-09"),
    } <= found
    rows = [e.evidence for e in events if e.place_id == "kiswah"]
    assert rows == ["May 10, 2018      Al-Kiswah and sites near Damascus IRGC rocket storage"]


MARTYRS = """# Commanders of the division

| No. | Name | Birthplace | Place of martyrdom | Date of martyrdom | Burial place |
|---|---|---|---|---|---|
| 5 | Reza Haidari | Homs | al-Mayadin | 14 October 2017 | Qom |
"""


def test_a_tables_columns_say_where_a_man_was_born_killed_and_buried(tmp_path: Path) -> None:
    events = {e.place: e.category for e in _events(tmp_path, "list.md", MARTYRS)}
    assert events == {"Al-Mayadin": "incident", "Qom": "other"}  # no event at his birthplace


def test_a_fact_checks_claim_column_is_no_event(tmp_path: Path) -> None:
    table = (
        "# What the photos show\n\n| Photo | Claimed | Actual origin |\n|---|---|---|\n"
        "| 3 | Crowd at the Sayyida Zaynab mausoleum | Crowd outside the shrine in Karbala |\n"
    )
    places = {e.place for e in _events(tmp_path, "check.md", table)}
    assert "Karbala" in places and "Sayyidah Zaynab Mosque" not in places


def test_a_cell_that_ends_with_its_year_dates_the_row(tmp_path: Path) -> None:
    table = (
        "# De-escalation zones\n\n| Zone | Area | Fate |\n|---|---|---|\n"
        "| 2 | Northern Homs countryside (Rastan, Talbiseh) | Retaken 2018 |\n"
    )
    events = {e.place: e.date_start for e in _events(tmp_path, "zones.md", table)}
    assert events["Talbiseh"] == "2018"


def test_a_memorials_event_fields_are_records_but_a_birth_is_not(tmp_path: Path) -> None:
    header = (
        "MARTYR MAJOR GENERAL HOSSEIN HAMEDANI\n"
        "Born: 1950, Hamedan\n"
        "Martyred: 7 October 2015, northern outskirts of Aleppo\n"
        "Burial: Bagh-e Behesht cemetery, Tehran\n\n"
        "He was one of the veteran commanders of the war.\n"
    )
    found = {(e.place, e.category, e.date_start) for e in _events(tmp_path, "bio.txt", header)}
    assert ("Aleppo", "incident", "2015-10-07") in found
    assert ("Tehran", "other", None) in found
    assert not any(place == "Hamadān" for place, _, _ in found)


def test_an_html_table_reads_as_rows_of_cells(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Iranian bases in Syria</h1><table>"
        "<tr><th>Site</th><th>Province</th><th>Notes</th></tr>"
        "<tr><td>Imam Ali base</td><td>Deir ez-Zor</td><td>Hit by air strikes in 2019</td></tr>"
        "</table></body></html>"
    )
    doc = document_from_bytes(page.encode(), "bases.html")
    assert "| Imam Ali base | Deir ez-Zor | Hit by air strikes in 2019 |" in doc.text
    events = _events(tmp_path, "bases.html", page)
    # the heading's "bases" adds nothing to what the row says happened
    assert {(e.place_id, e.category, e.year_start) for e in events} == {
        ("imam-ali-base", "incident", 2019),  # (the Province column only holds the site)
    }


def test_an_infobox_row_is_a_fact_not_a_record() -> None:
    text = "# Khmeimim\n\n| Type | Air base |\n| Location | Latakia, Syria |\n\nIt opened.\n"
    kinds = [(b.kind, text[b.start : b.end]) for b in find_blocks(text, markdown=True)]
    assert not any("Location" in t for _, t in kinds)


def test_a_two_column_table_headed_by_its_subject_is_an_infobox() -> None:
    text = (
        "# SSRC\n\n| Scientific Studies and Research Center | |\n|---|---|\n"
        "| Seat | Barzeh, Damascus |\n| Sites | Jamraya; Masyaf; al-Safira |\n\nIt grew.\n"
    )
    kept = [text[b.start : b.end] for b in find_blocks(text, markdown=True)]
    assert not any("Barzeh" in t or "Jamraya" in t for t in kept)
    # a table of records keeps its rows
    records = "# Strikes\n\n| Date | Site |\n|---|---|\n| 2018 | T-4 airbase |\n"
    assert "| 2018 | T-4 airbase |" in [
        records[b.start : b.end] for b in find_blocks(records, markdown=True)
    ]


def test_a_person_s_infobox_rows_are_facts_even_in_bold() -> None:
    text = (
        "# Valery Asapov\n\n| **Born** | 1966, Bardymsky District |\n"
        "| **Place of burial** | Preobrazhenskoye Cemetery, Moscow |\n\nHe died in 2017.\n"
    )
    kept = [text[b.start : b.end] for b in find_blocks(text, markdown=True)]
    assert not any("burial" in t or "Born" in t for t in kept)


def test_what_is_a_table_row() -> None:
    assert is_table_row("| 2019 | Imam Ali base |")
    assert not is_table_row("Facebook | Twitter | Email")
    assert not is_table_row("|---|:---:|")
    assert not is_table_row("| only one cell |")


def test_a_site_noun_that_says_where_a_row_s_event_was_is_not_what_it_was(
    tmp_path: Path,
) -> None:
    text = (
        "| Date | Place | Event |\n|---|---|---|\n"
        "| 2016-01-31 | Sayyida Zaynab | Twin bombings kill over 70 near the shrine |\n"
    )
    events = {e.place: e.category for e in _events(tmp_path, "sites.md", text)}
    assert events["Sayyidah Zaynab"] == "incident"


def test_a_row_that_records_a_killing_is_an_incident_at_its_site(tmp_path: Path) -> None:
    text = (
        "| Date | Site | Weapon | Casualties |\n|---|---|---|---|\n"
        "| Feb. 4, 2024 | Omar oil field | One-way UAS | Six SDF fighters killed |\n"
        "| 2019 | Tiyas airbase | - | Iranian drone unit stationed |\n"
    )
    events = {e.place: e.category for e in _events(tmp_path, "attacks.md", text)}
    assert events["Al-Omar oil field"] == "incident"
    assert events["Tiyas Military Airbase"] == "base"


INVENTORY = """# Foreign forces in Syria

Published 12 March 2023

## Map 2: Russian sites in Latakia and Tartus

- Tartus naval facility – logistics point
- Kassab – observation post
- Jableh port

The map shows the coast only.

Iranian sites by governorate:
- Deir ez-Zor: 40 sites
- Aleppo

## Related topics

- Aleppo
- Palmyra
"""


def test_the_items_of_an_inventory_are_its_sites(tmp_path: Path) -> None:
    events = _events(tmp_path, "sites.md", INVENTORY)
    found = sorted((e.place_id, e.category, e.evidence) for e in events)
    assert ("jableh", "base", "Jableh port") in found  # a bare name under "Russian sites"
    assert ("geonames:168519", "base", "Kassab – observation post") in found
    # after a lead-in (that lists by governorate: the province)
    assert ("sy-deir-ez-zor-gov", "base", "Deir ez-Zor: 40 sites") in found
    assert ("aleppo", "base", "Aleppo") in found
    # a list under a heading that names no sites is a menu, not records
    assert not any(e.place_id == "palmyra" for e in events)


def test_a_lead_in_line_under_an_inventory_heading_keeps_its_items(tmp_path: Path) -> None:
    text = (
        "## Deployments\n\nPositions reported by monitoring projects (2018-2023):\n"
        "* Imam Ali base, south of Albu Kamal\n* T-4 (Tiyas) Air Base, Homs governorate\n"
    )
    events = _events(tmp_path, "profile.md", text)
    assert {"Imam Ali military base", "Tiyas Military Airbase"} <= {e.place for e in events}


def test_an_inventory_items_closing_year_dates_it(tmp_path: Path) -> None:
    text = "## Deployments\n\n* Mazzeh (liaison office) – 2020\n* Palmyra airport - 2017\n"
    dated = {e.place: e.date_start for e in _events(tmp_path, "profile.md", text)}
    assert dated["Mazzeh"] == "2020" and dated["Palmyra Airport"] == "2017"


def test_an_inventory_item_that_tells_what_happened_stays_prose(tmp_path: Path) -> None:
    text = (
        "## Shia shrines in Syria\n\n"
        "- Hujr ibn Adi shrine – in Adra; the tomb was desecrated by rebels in May 2013\n"
        "- Sayyida Ruqayya shrine\n"
    )
    events = _events(tmp_path, "shrines.md", text)
    desecrated = [e.category for e in events if "desecrated" in e.evidence]
    assert desecrated and set(desecrated) == {"incident"}


def test_under_a_strike_heading_the_sites_listed_were_struck(tmp_path: Path) -> None:
    text = "## Israeli strikes on Iranian-linked sites in 2019\n\n- Kassab\n- Jableh port\n"
    events = _events(tmp_path, "strikes.md", text)
    assert {(e.place_id, e.category) for e in events} == {
        ("geonames:168519", "incident"),  # Kassab
        ("jableh", "incident"),
    }


def test_a_governorate_column_names_the_governorate_not_its_capital(tmp_path: Path) -> None:
    text = (
        "## Russian sites by governorate\n\n"
        "| Site | Governorate | Operator |\n|---|---|---|\n"
        "| Kuweires airbase | Aleppo | Russian military police |\n"
        "| Observation point | Hama | Russian military police |\n"
    )
    places = {e.place_id for e in _events(tmp_path, "sites.md", text)}
    assert {"kuweires-airbase"} <= places
    regions = {p for p in places if p != "kuweires-airbase"}
    assert regions and not regions & {"aleppo", "hama"}
    # (Aleppo's only holds the airbase beside it; Hama's row names no site the gazetteer
    # knows, so that event stays at the governorate)
    assert regions == {"sy-hama-gov"}


def test_a_plain_text_table_parted_by_bars_reads_as_rows(tmp_path: Path) -> None:
    text = (
        "Figure 4: Selected Israeli strikes, 2018-2019.\n\n"
        "Date | Target | Location\n"
        "Feb 10, 2018 | Drone control center | T-4 air base, Homs\n"
        "Aug 24, 2019 | Drone team | Aqraba\n\n"
        "The campaign went on.\n"
    )
    found = {(e.place_id, e.date_start) for e in _events(tmp_path, "csis.txt", text)}
    assert ("tiyas-airbase", "2018-02-10") in found
    assert ("aqraba-sy", "2019-08-24") in found


def test_a_header_with_a_bracketed_year_is_a_header(tmp_path: Path) -> None:
    text = (
        "| Site | Province | Role | Status (2022) |\n|---|---|---|---|\n"
        "| Hmeimim air base | Latakia | Main air hub | Active |\n"
    )
    places = {e.place_id for e in _events(tmp_path, "sites.md", text)}
    # the site, not the Province column's governorate that holds it, and no "Main"
    assert places == {"khmeimim-air-base"}


def test_a_borderless_tables_header_says_its_hometown_column_maps_nothing(
    tmp_path: Path,
) -> None:
    text = (
        "MARTYRS OF THE T4 ATTACK\n\n"
        "Name                      | Rank             | Hometown\n"
        "Mehdi Dehghan Yazdeli     | Colonel          | Yazd\n"
        "Akbar Zavar Jannati       | Captain          | Isfahan\n"
        "Reza Bakhshi              | First Lieutenant | Kerman\n"
    )
    assert _events(tmp_path, "martyrs.txt", text) == []


def test_a_row_with_blank_leading_cells_continues_the_row_above(tmp_path: Path) -> None:
    text = (
        "# Diplomatic contacts, 2017–2025\n\n"
        "| Date | Location | Event | Source |\n|---|---|---|---|\n"
        "| 3 May 2023 | Damascus | Raisi arrived for a two-day state visit. | IRNA |\n"
        "| | | Raisi visited the Sayyida Ruqayya shrine. | |\n"
        "| 8 Dec 2024 | Damascus | Unknown men stormed the Iranian embassy. | AFP |\n"
        "| | Moscow | Assad and his family arrived and were granted asylum. | TASS |\n"
        "| 28 Jan 2025 | Damascus | A Russian delegation met al-Sharaa. | SANA |\n"
    )
    events = {e.place: e for e in _events(tmp_path, "contacts.md", text)}
    shrine = events["Sayyidah Ruqayya Mosque"]
    assert (shrine.category, shrine.date_start) == ("shrine", "2023-05-03")
    assert events["Moscow"].date_start == "2024-12-08"
    later = [e for e in _events(tmp_path, "contacts.md", text) if e.date_start == "2025-01-28"]
    assert {e.category for e in later} == {"diplomacy"}


def test_a_tables_header_row_names_columns_not_events(tmp_path: Path) -> None:
    text = (
        "# Trade\n\n"
        "| Year | Iran exports to Syria (million USD) | Syria exports to Iran (million USD) |\n"
        "|------|------|------|\n| 2020 | 180 | 12 |\n| 2021 | 230 | 16 |\n"
    )
    assert _events(tmp_path, "trade.md", text) == []


def test_a_strike_tables_rows_name_what_was_hit(tmp_path: Path) -> None:
    text = (
        "### Summary Table\n\n"
        "| Date | Location | Target | Killed |\n|---|---|---|---|\n"
        "| 9 Apr 2018 | T4 (Tiyas) airbase | IRGC drone unit | 14 |\n"
        "| 13 Jan 2021 | Deir ez-Zor, Albu Kamal | Militia depots | 57 |\n"
    )
    events = {e.place: e.category for e in _events(tmp_path, "strikes.md", text)}
    assert events["Tiyas Military Airbase"] == "incident"
    assert events["Abu Kamal"] == "incident"


@pytest.mark.parametrize(
    "header",
    [
        "| Date | Location | Attributed to | Reported target |",
        "| Date | Location | Target / outcome | Source |",
        "| Date | Location | Claimed by | Notes |",
    ],
)
def test_a_strike_tables_header_may_qualify_its_target_or_name_its_attacker(
    tmp_path: Path, header: str
) -> None:
    text = (
        "### Table 1. Selected incidents\n\n"
        f"{header}\n|---|---|---|---|\n"
        "| 17 June 2018 | al-Hari, near Al-Bukamal | Israel | Kataib Hezbollah headquarters |\n"
        "| 25 Oct 2024 | Qusayr, Homs countryside | Israel | Informal border crossings |\n"
    )
    events = {e.place: e.category for e in _events(tmp_path, "strikes.md", text)}
    assert events["Al-Qusayr"] == "incident"
    assert set(events.values()) == {"incident"}


_STRIKE_HEADER = "| Date | Location | Target | Casualties | Notes |\n|---|---|---|---|---|\n"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # a presence named in the Target cell is what was struck
        ("| 25 December 2023 | Sayyida Zeinab | Residence of an IRGC adviser | Razi Mousavi | "
         "The IRGC vowed revenge. |", {"Sayyidah Zaynab": "incident"}),
        # a capital that speaks in the Notes cell is its government
        ("| 9 April | T4 air base | Iranian drone hangar | 14 killed | Russia and Syria blamed "
         "Israel; Tehran vowed revenge. |", {"Tiyas Military Airbase": "incident"}),
        ("| 17 September | Latakia | Industrial facility | 15 | Moscow blamed Israel. |",
         {"Latakia": "incident"}),
    ],
)  # fmt: skip
def test_a_strike_rows_target_cell_was_struck_and_its_notes_speakers_are_governments(
    tmp_path: Path, row: str, expected: dict[str, str]
) -> None:
    text = f"### 2018\n\n{_STRIKE_HEADER}{row}\n"
    assert {e.place: e.category for e in _events(tmp_path, "strikes.md", text)} == expected


def test_a_province_glossed_or_paired_in_its_cell_is_the_rows_place(tmp_path: Path) -> None:
    text = (
        "Israeli strikes in Syria, 2023\n\nIsraeli strikes hit Syria often in 2023.\n\n"
        "| Governorate | Strikes | Killed |\n|---|---|---|\n"
        "| Rif Dimashq (Damascus countryside) | 24 | 71 |\n| Latakia / Tartus | 5 | 3 |\n"
    )
    events = by_place(extract_text(tmp_path, text, "numbers.md"))
    assert {"Rif Dimashq Governorate", "Latakia Governorate", "Tartus Governorate"} <= set(events)


def test_a_province_named_by_its_countryside_in_a_rows_cell_is_the_rows_place(
    tmp_path: Path,
) -> None:
    # a governorate written as a countryside, a shared noun or beside the site it holds
    text = (
        f"### 2023\n\n{_STRIKE_HEADER}"
        "| 2 April | Homs countryside (Dabaa airbase) | Weapons storage | 5 wounded | - |\n"
        "| 9 April | Quneitra and Daraa governorates | Radar positions | None | - |\n"
        "| 13 September | Tartus and Hama countryside | Air-defence positions | 2 | - |\n"
    )
    events = {e.place: e.category for e in _events(tmp_path, "strikes.md", text)}
    for province in ("Homs", "Quneitra", "Daraa", "Tartus", "Hama"):
        assert events.get(f"{province} Governorate") == "incident", province
    assert events.get("Al-Dabaa Air Base") == "incident"


def test_a_place_in_a_dated_tables_target_column_is_what_was_struck(tmp_path: Path) -> None:
    text = (
        "Airport closures\n\n| Date | Target | Status after strike |\n|---|---|---|\n"
        "| 7 Mar 2023 | Aleppo airport | Closed 3 days |\n\n"
        "Sanctions\n\n| Program | Targets | Status |\n|---|---|---|\n"
        "| SDGT | Iran-aligned militias in Deir ez-Zor | Maintained |\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text, "tables.md")}
    assert events["Aleppo International Airport"].category == "incident"
    assert events.get("Deir ez-Zor") is None or events["Deir ez-Zor"].category != "incident"


def test_a_source_column_names_who_reported_and_a_blank_line_parts_two_tables(
    tmp_path: Path,
) -> None:
    text = (
        "Strikes\n\n| Date | Target | Killed |\n|---|---|---|\n"
        "| 7 Mar 2023 | Aleppo airport | 3 |\n\n"
        "| Date | Place | Event | Source |\n|---|---|---|---|\n"
        "| 11 Dec 2017 | Hmeimim air base | Putin made a stop and met Assad | Kremlin |\n"
    )
    events = {e.place: e for e in extract_text(tmp_path, text, "tables.md")}
    assert "Moscow Kremlin" not in events  # who reported it
    assert events["Khmeimim Air Base"].category == "diplomacy"  # not the first table's target


def test_an_undated_row_of_a_table_of_what_is_open_is_no_event(tmp_path: Path) -> None:
    # A travel advisory's table says how things stand, not what happened; a shrine's row
    # of such a table still puts the shrine on the map, and a dated row is an event.
    text = (
        "# Travel advice\n\n"
        "| Crossing | Neighbour | Status (21 July 2025) |\n|---|---|---|\n"
        "| Nassib / Jaber | Jordan | Open |\n"
        "| Albu Kamal / al-Qaim | Iraq | Closed to most traffic |\n"
        "| Damascus International Airport | Syria | Open (limited) |\n\n"
        "| Site | Area | Status |\n|---|---|---|\n"
        "| Sayyida Zaynab shrine | Rif Dimashq | Open; guarded |\n"
        "| Qamishli airport | Hasakah | Limited presence of Russian troops |\n"
        "| Palmyra | Homs | Closed since strikes on 2 April 2025 |\n"
    )
    places = {e.place for e in extract_text(tmp_path, text, "advice.md")}
    assert "Nassib Border Crossing" not in places and "Abu Kamal" not in places
    assert "Damascus International Airport" not in places
    assert {"Sayyidah Zaynab Mosque", "Qamishli Airport", "Palmyra"} <= places


def test_a_lower_case_may_before_a_year_is_a_month_not_a_hedge(tmp_path: Path) -> None:
    text = (
        "Notes\n\n| date | place | what |\n|---|---|---|\n"
        "| may 2013 | Damascus airport, Mount Qasioun | israel hit iranian missiles |\n\n"
        "It may rain in Homs tomorrow, they say.\n"
    )
    dated = {(e.place, e.date_start) for e in extract_text(tmp_path, text, "notes.md")}
    assert dated == {("Damascus International Airport", "2013-05"), ("Mount Qasioun", "2013-05")}


def test_a_first_row_naming_sites_is_a_record_not_a_header(tmp_path: Path) -> None:
    # a borderless table with no header row: its first record has no digit either
    text = (
        "Militia positions\n\nThe main groups and where they are:\n\n"
        "Kataib Hezbollah            | Imam Ali base; al-Hari; Albu Kamal city\n"
        "Fatemiyoun Brigade          | Palmyra airport; T4 airbase\n"
    )
    places = {e.place for e in extract_text(tmp_path, text)}
    assert {"Imam Ali military base", "Abu Kamal"} <= places


def test_a_strikes_tables_location_was_struck_whatever_its_notes_mention(tmp_path: Path) -> None:
    text = (
        "# Israeli strikes in Syria, 2023\n\n"
        "| Date | Location | Target | Casualties | Notes |\n|---|---|---|---|---|\n"
        "| 2 May 2023 | Aleppo International Airport | Runway | 1 soldier killed | Came a day "
        "before Raisi's visit to Damascus. |\n"
        "| 7 March 2023 | Nayrab military airbase | Depots | 3 killed | Earthquake-relief "
        "flights were diverted. |\n"
    )
    events = by_place(extract_text(tmp_path, text, "strikes.md"))
    assert events["Aleppo International Airport"].category == "incident"
    assert events["Nayrab Military Airbase"].category == "incident"


_ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
    "country,admin1,location,latitude,longitude,source,notes,fatalities\n"
)


def _acled_row(n: int, day: str, place: str, notes: str) -> str:
    return (
        f"SYR1258{n},{day},2024,1,Explosions/Remote violence,Air/drone strike,"
        "Military Forces of Israel (2022-),Military Forces of Syria (2000-2024),"
        f'Syria,Hama,{place},35.1,36.3,SANA; SOHR,"{notes}",1\n'
    )


def test_a_dataset_rows_date_is_its_event_date_field_not_its_actors_years(
    tmp_path: Path,
) -> None:
    """An ACLED-style export pasted as text: the row's date field dates it, even with the
    next field a bare year; "Military Forces of Syria (2000-2024)" names a force."""
    text = _ACLED_HEADER + "".join(
        _acled_row(n, day, place, f"Israeli forces struck a position near {place}.")
        for n, (day, place) in enumerate([("27 March 2024", "Hama"), ("28 March 2024", "Masyaf")])
    )
    events = by_place(extract_text(tmp_path, text, "export.txt"))
    assert events["Masyaf"].date_start == "2024-03-28"
    assert events["Hama"].date_start == "2024-03-27"


def test_a_thousands_group_is_still_no_year() -> None:
    assert [d.text for d in find_dates("By 2019,200 families had fled; 1986,000 left.")] == []


def test_a_date_cell_after_a_cell_of_prose_is_the_records_not_the_events(
    tmp_path: Path,
) -> None:
    """A sanctions annex: "Reasons" in prose, then the "Date of listing" cell."""
    text = (
        "<table><tr><th>Name</th><th>Reasons</th><th>Date of listing</th></tr>"
        "<tr><td>Fadi HAMMOUD</td><td>He led the assault on Douma in April 2018. His forces "
        "coordinated with militias stationed at positions in Sheikh Miskeen.</td>"
        "<td>2.9.2022</td></tr></table>"
    )
    events = by_place(extract_text(tmp_path, text, "annex.html"))
    assert events["Douma"].date_start == "2018-04"
    assert events["Sheikh Miskeen"].date_start != "2022-09-02"


def test_a_lists_status_cell_that_tells_a_capture_is_a_second_event(tmp_path: Path) -> None:
    text = (
        "# List of Russian military installations in Syria\n\n"
        "| Name | Location | Operator | Established | Status |\n|---|---|---|---|---|\n"
        "| Hama Military Airport | Hama | Russian Aerospace Forces | 2015 | "
        "Captured, 5 December 2024 |\n"
        "| Shayrat Airbase | Shayrat | Russian Aerospace Forces | 2015 | Evacuated |\n"
    )
    events = extract_text(tmp_path, text, "list.md")
    rows = {(e.place, e.category, e.date_start) for e in events}
    assert ("Hama Military Airport", "base", "2015") in rows
    assert ("Hama Military Airport", "incident", "2024-12-05") in rows
    assert ("Hama", "incident", "2024-12-05") in rows  # the town cell takes the capture's day
    assert ("Shayrat Airbase", "base", "2015") in rows
    assert len({e.id for e in events}) == len(events)


def test_a_list_by_governorate_labels_its_items_with_provinces(tmp_path: Path) -> None:
    text = (
        "News\n\nIran's sites by governorate (as of mid-2023):\n\n"
        "- Deir ez-Zor: 131 sites, most of them in al-Mayadin\n- **Homs** – about 40 positions\n\n"
        "The strikes in 2023:\n\n- Hama: a depot was struck\n"
    )
    places = {e.place for e in extract_text(tmp_path, text)}
    assert {"Deir ez-Zor Governorate", "Homs Governorate", "Hama"} <= places
    assert "Deir ez-Zor" not in places and "Hama Governorate" not in places


def test_a_plain_text_tables_header_between_grid_rules_names_its_columns(
    tmp_path: Path,
) -> None:
    # "DATE | EVENT | SOURCE" between "----+----" rules is the header, not a menu
    text = (
        "Chronology\n\n"
        "------------+------------------------------------------------------+--------\n"
        " DATE       | EVENT                                                | SOURCE\n"
        "------------+------------------------------------------------------+--------\n"
        " 2016-03-14 | Putin orders the main Russian contingent out of Syria | Kremlin\n"
        " 2017-12-11 | Putin stops at Hmeimim and announces a withdrawal     | Kremlin\n"
    )
    events = by_place(extract_text(tmp_path, text, "chronology.txt"))
    assert "Khmeimim Air Base" in events
    assert "Moscow Kremlin" not in events  # who reported it


def test_what_a_trip_in_a_chronology_row_was_to_plan_is_no_event_at_its_end(
    tmp_path: Path,
) -> None:
    text = (
        "# Chronology\n\n| Date | Event |\n|---|---|\n"
        "| 24 July 2015 | Soleimani travels to Moscow to plan a joint intervention. |\n"
    )
    events = {e.place: e.category for e in extract_text(tmp_path, text, "chronology.md")}
    assert events == {"Moscow": "diplomacy"}


def test_a_sites_menu_set_out_with_bars_is_no_table() -> None:
    text = (
        "Israeli jets struck a depot in Al-Bukamal on 2 May 2023.\n\nSite Index\n"
        "Browse: World | Business | Markets | Sustainability | Legal | Technology\n"
        "Americas | Africa | Asia Pacific | Europe | Middle East | United Kingdom\n"
        "About Reuters | Careers | Reuters News Agency | Brand Attribution Guidelines\n"
    )
    rows = [text[b.start : b.end] for b in find_blocks(text) if b.kind == "row"]
    assert rows == []
    # (a table's header row names its columns, and stays one)
    table = "Date | Place | Target | Killed | Source\n2 May 2023 | Al-Bukamal | Depot | 3 | SOHR\n"
    assert [b.kind for b in find_blocks(table)] == ["row", "row"]
