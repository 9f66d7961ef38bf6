"""Conflict-data exports pasted as text: comma-separated event rows (ACLED's columns), in a
plain text file or a Markdown code block. Each row is a record of its own, dated by its
own day, however its other cells read."""

from __future__ import annotations

from pathlib import Path

from document_support import extract_text

from extract.records import Event

HEADER = "event_date,event_type,sub_event_type,actor1,actor2,admin1,location,notes\n"
ROWS = (
    "08-05-2018,Explosions,Air/drone strike,Military Forces of Israel (2009-),IRGC,Rif Dimashq,"
    'Al-Kiswah,"Israeli missiles struck an IRGC depot at al-Kiswah, south of Damascus."\n'
    "29-11-2024,Riots,Mob violence,Rioters (Syria),Government of Iran,Aleppo,Aleppo,"
    '"Crowds stormed the Iranian consulate in Aleppo."\n'
    "05-12-2024,Battles,Non-state actor overtakes territory,Hayat Tahrir al-Sham,"
    'Military Forces of Syria (2000-2024),Hama,Hama,"HTS took Hama city."\n'
)


def _dated(events: list[Event]) -> dict[str, str | None]:
    return {e.place: e.date_start for e in events}


def test_each_comma_separated_row_of_a_text_export_is_a_dated_record(tmp_path: Path) -> None:
    text = "ACLED-style export\n\n" + HEADER + ROWS
    dated = _dated(extract_text(tmp_path, text, "export.txt"))
    assert dated["Al-Kiswah"] == "2018-05-08"  # day first, whatever the actor's years
    assert dated["Aleppo"] == "2024-11-29"
    assert dated["Hama"] == "2024-12-05"


def test_a_fenced_csv_block_in_markdown_is_read_row_by_row(tmp_path: Path) -> None:
    text = "# Export\n\nThe rows:\n\n```csv\n" + HEADER + ROWS + "```\n\nEnd of the data.\n"
    assert _dated(extract_text(tmp_path, text, "export.md"))["Hama"] == "2024-12-05"


def test_prose_with_commas_is_no_table(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn 2018, Israel struck Iranian sites in Damascus, Homs, Hama, Aleppo and "
        "Deir ez-Zor, and Iran, Russia and Syria, in turn, protested.\n"
    )
    events = extract_text(tmp_path, text, "prose.txt")
    assert {e.place for e in events} >= {"Damascus", "Homs"}
    assert all(e.date_start == "2018" for e in events)


def test_a_fenced_tab_separated_block_is_read_row_by_row(tmp_path: Path) -> None:
    rows = [
        "event_date\tevent_type\tactor1\tadmin1\tlocation\tnotes",
        "2019-09-09\tExplosions\tUnidentified\tDeir ez-Zor\tAbu Kamal\tStrikes hit the base.",
        "2021-02-25\tExplosions\tUS forces\tDeir ez-Zor\tAbu Kamal\tUS F-15Es struck depots.",
    ]
    text = "# Export\n\n```\n" + "\n".join(rows) + "\n```\n\nEnd of the data.\n"
    dates = sorted(
        e.date_start for e in extract_text(tmp_path, text, "export.md") if e.place == "Abu Kamal"
    )
    assert dates == ["2019-09-09", "2021-02-25"]


ACLED_HEADER = (
    "event_date,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,latitude,"
    "longitude,fatalities,notes\n"
)
ACLED_ROWS = (
    "10 May 2018,Explosions/Remote violence,Air/drone strike,Military Forces of Israel (2009-),"
    "Quds Force,Damascus,Damascus,Damascus International Airport,33.4114,36.5156,23,"
    '"Israel hit a logistics compound and an observation post."\n'
    "26 December 2024,Battles,Armed clash,Unidentified Armed Group (Syria),"
    "Police Forces of Syria (2024-),Tartous,Tartous,Khirbet Unknownplace,34.95,36.01,14,"
    '"Gunmen ambushed a police patrol."\n'
    "11 December 2017,Strategic developments,Visit,Government of Russia,Government of Syria,"
    'Lattakia,Jableh,Hmeimim,35.401,35.949,0,"Putin visited the airbase."\n'
)


def test_an_exports_columns_say_where_and_what(tmp_path: Path) -> None:
    # (the header follows a blank line, as in a file with a README paragraph above it)
    text = "Export of coded events.\n\nREADME: fields are comma-separated.\n\n"
    events = extract_text(tmp_path, text + ACLED_HEADER + ACLED_ROWS, "export.txt")
    by_day: dict[str | None, set[tuple[str, str]]] = {}
    for e in events:
        by_day.setdefault(e.date_start, set()).add((e.place, e.category))
    # the Location cell is the place; the province and district that hold it are not rows
    # of their own; the event type, not the notes' "compound" or "post", says what happened
    assert by_day["2018-05-10"] == {("Damascus International Airport", "incident")}
    # a location the gazetteer lacks leaves the row at its province
    assert {place for place, _ in by_day["2024-12-26"]} == {"Tartus Governorate"}
    assert by_day["2017-12-11"] == {("Khmeimim Air Base", "diplomacy")}
    # a force in an actor column is no place: "Military Forces of Israel"
    assert all(e.place not in ("Israel", "Russia", "Syria") for e in events)


def test_a_tables_province_column_only_holds_the_site_beside_it(tmp_path: Path) -> None:
    text = (
        "Iranian-linked sites\n\n| Site | Governorate | Units | Since |\n|---|---|---|---|\n"
        "| Shayrat AB | Homs | IRGC advisers | 2023 |\n"
        "| Unknownplace depot | Hama | Fatemiyoun | 2022 |\n"
    )
    places = {(e.place, e.date_start) for e in extract_text(tmp_path, text, "sites.md")}
    assert ("Shayrat Airbase", "2023") in places
    assert not any(place == "Homs Governorate" for place, _ in places)
    assert ("Hama Governorate", "2022") in places
