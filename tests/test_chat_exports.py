"""Chat and channel exports: every message is dated by its own stamp (Telegram's
"[01.04.2024 17:21] Channel:", WhatsApp's "11/30/24, 09:05 - Name: ..."), and a clock time
under a day divider ("3 February 2024" over "08:15") is that day's."""

from __future__ import annotations

from pathlib import Path

from document_support import by_place, extract_text


def _dated(tmp_path: Path, text: str, name: str) -> dict[str, set[str | None]]:
    dated: dict[str, set[str | None]] = {}
    for event in extract_text(tmp_path, text, name):
        dated.setdefault(event.place, set()).add(event.date_start)
    return dated


def test_a_telegram_exports_messages_take_their_own_days(tmp_path: Path) -> None:
    text = (
        "Syria Frontline\nChannel export — messages from 01.04.2024 to 20.04.2024\n\n"
        "[01.04.2024 17:21] Syria Frontline:\nIsraeli jets struck the Iranian embassy in "
        "Damascus.\n\n"
        "[05.04.2024 09:10] Syria Frontline:\nA convoy crossed into Albu Kamal overnight.\n\n"
        "[14.04.2024 07:45] Syria Frontline:\nMissiles hit the Nevatim airbase in the Negev.\n"
    )
    dated = _dated(tmp_path, text, "channel.txt")
    assert dated["Damascus"] == {"2024-04-01"}  # not the export's whole range
    assert dated["Abu Kamal"] == {"2024-04-05"}
    assert dated["Nevatim Airbase"] == {"2024-04-14"}


def test_a_whatsapp_export_dates_the_message_on_its_stamps_line(tmp_path: Path) -> None:
    # month first, as "11/30/24" shows; the year of another message's words dates nothing
    text = (
        "11/30/24, 09:05 - Lina: HTS fighters took Aleppo international airport.\n"
        "12/3/24, 11:02 - Ben K: Netanyahu says the 1974 agreement has collapsed.\n"
        "12/9/24, 07:58 - Omar: Israeli jets struck the Mezzeh airbase overnight.\n"
        "12/10/24, 13:20 - Ben K: Russian convoys seen leaving Qamishli.\n"
    )
    dated = _dated(tmp_path, text, "chat.txt")
    assert dated["Aleppo International Airport"] == {"2024-11-30"}
    assert dated["Mezzeh Military Airport"] == {"2024-12-09"}
    assert dated["Qamishli"] == {"2024-12-10"}


def test_a_day_first_chat_export_reads_its_days_first(tmp_path: Path) -> None:
    text = (
        "[4/2/24, 21:17:05] Omar: Explosions reported at the T4 airbase.\n"
        "[15/2/24, 08:00:10] Lina: Israeli strikes hit Mezzeh in Damascus.\n"
    )
    assert _dated(tmp_path, text, "chat.txt")["Tiyas Military Airbase"] == {"2024-02-04"}


def test_a_clock_under_a_day_divider_is_that_days(tmp_path: Path) -> None:
    text = (
        "Eastern Syria Monitor\n\n2 February 2024\n\n23:41\n\n"
        "US bombers struck IRGC targets in Albu Kamal.\n\n"
        "6 December 2024\n\n16:45\n\nGovernment forces withdrew from Deir ez-Zor city.\n\n"
        "21:10\n\n"  # (a second message under the same divider)
        "Militia convoys are leaving al-Mayadin after heavy strikes hit the town.\n"
    )
    dated = _dated(tmp_path, text, "monitor.txt")
    assert dated["Abu Kamal"] == {"2024-02-02"}
    assert dated["Al-Mayadin"] == {"2024-12-06"}


def test_a_message_over_its_link_is_prose_not_a_title(tmp_path: Path) -> None:
    text = (
        "Syria Frontline\n\n[01.04.2024 17:21] Syria Frontline:\nIsraeli jets struck Mezzeh "
        "in Damascus.\n\n[04.04.2024 11:30] Syria Frontline:\n"
        "Funeral procession for the seven IRGC officers in Tehran today, then the burial of "
        "Zahedi in Isfahan tomorrow.\nhttps://t.me/syriafrontline/9921\n"
    )
    assert _dated(tmp_path, text, "channel.txt")["Tehran"] == {"2024-04-04"}


def test_a_place_in_a_chat_senders_name_is_no_event(tmp_path: Path) -> None:
    text = (
        "12/7/24, 23:41 - Rami Kh: anyone awake\n"
        "12/8/24, 00:12 - Abu Fares Mezzeh: They say Homs fell tonight.\n"
    )
    places = by_place(extract_text(tmp_path, text, "chat.txt"))
    assert "Homs" in places and "Mazzeh" not in places
