"""Subtitles and video transcripts: read as their words alone, cue joined to cue, so a
sentence cut over two cues keeps its date and its place together."""

from __future__ import annotations

from pathlib import Path

from document_support import extract_text

from extract.documents import document_from_bytes
from extract.subtitles import looks_like_subtitles, subtitle_text

SRT = """1
00:00:04,000 --> 00:00:08,200
[ominous music]

2
00:00:33,200 --> 00:00:38,100
In November 2017, Syrian troops and
Iranian-backed militias

3
00:00:38,200 --> 00:00:41,600
captured Albu Kamal
from the Islamic State group.

4
00:00:42,000 --> 00:00:46,300
[Dr. Amos Yadlin, former head
of military intelligence]
That morning changed everything.
"""


def test_a_sentence_cut_over_two_cues_keeps_its_date_and_place(tmp_path: Path) -> None:
    for name in ("documentary.srt", "documentary.txt"):
        events = extract_text(tmp_path, SRT, name)
        assert [(e.place, e.category, e.date_start) for e in events] == [
            ("Abu Kamal", "incident", "2017-11")
        ]
        assert events[0].evidence.startswith("In November 2017, Syrian troops and Iranian")


def test_cue_numbers_timings_and_sound_cues_leave_no_trace() -> None:
    text = document_from_bytes(SRT.encode(), "documentary.srt").text
    assert "-->" not in text and "[" not in text and "ominous" not in text
    assert "Yadlin" not in text  # a speaker's label over two lines
    assert "That morning changed everything." in text


def test_a_webvtt_file_and_a_video_transcript_read_as_prose(tmp_path: Path) -> None:
    vtt = "WEBVTT\n\n00:01.000 --> 00:04.000\nIsraeli missiles struck\n\n" + (
        "00:04.500 --> 00:07.000\nthe T4 airbase on 9 April 2018.\n\n"
        "00:07.500 --> 00:09.000\nSeven Guards died.\n"
    )
    assert [(e.place, e.date_start) for e in extract_text(tmp_path, vtt, "report.vtt")] == [
        ("Tiyas Military Airbase", "2018-04-09")
    ]
    transcript = (
        "# Russia's bases explained\n\n**Published:** 14 Mar 2025\n\n0:00\n[Music]\n0:06\n"
        "on the 30th of September 2015 Russian\n0:09\nwarplanes flew their first sorties from\n"
        "0:11\nthe Hmeimim air\n0:14\nbase just south of Latakia\n0:17\n[Music]\n"
    )
    assert looks_like_subtitles(transcript)
    events = extract_text(tmp_path, transcript, "transcript.md")
    assert ("Khmeimim Air Base", "2015-09-30") in {(e.place, e.date_start) for e in events}


def test_a_live_pages_clock_lines_are_no_transcript() -> None:
    live = "Live: Syria\n\n" + "".join(
        f"{hour}:05\nIsraeli jets struck near Damascus, residents said.\n" for hour in range(9, 17)
    )
    assert not looks_like_subtitles(live)
    assert subtitle_text("No cues here.\n") == "No cues here.\n"
