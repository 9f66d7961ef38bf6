"""Subtitles and video transcripts read as running text.

An SRT or WebVTT file cuts its sentences into cues ("17", "00:03:12,400 --> 00:03:15,900",
two lines of text), and a video site's transcript puts a clock line ("0:14") before
every few words. Read line by line, a sentence's date sits in one cue and its place in
the next ("In November 2017, Syrian troops and / Iranian-backed militias ‖ captured Albu
Kamal"), and a name is cut in two ("the Hmeimim air / 0:14 / base"). ``subtitle_text``
gives the words alone: the cues' text joined into paragraphs (a new one after a pause or
at a sound cue such as "[Music]"), the lines above the first cue (a title, a broadcast
date) kept as they are. That text is the document's: offsets index it, as they index
an HTML page's visible text.
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["looks_like_subtitles", "subtitle_text"]

# "00:03:12,400 --> 00:03:15,900" (SRT), "00:03:12.400 --> 00:03:15.900 align:start" (VTT)
_CUE_TIMING = re.compile(
    r"(?P<h>\d{1,2}:)?(?P<m>\d{1,2}):(?P<s>\d{2})[,.]\d{1,3}[ \t]*-->[ \t]*[\d:.,]+(?:[ \t]+\S+)*"
)
# a transcript's clock line: "0:14", "12:03", "1:02:45"
_CLOCK_LINE = re.compile(r"(?P<h>\d{1,2}:)?(?P<m>\d{1,2}):(?P<s>\d{2})")
_CUE_NUMBER = re.compile(r"\d{1,5}")
_MIN_CUES = 3
_MIN_CLOCK_SHARE = 0.3  # of a transcript's lines
_PAUSE_SECONDS = 3  # a pause this long between cues starts a new paragraph


def looks_like_subtitles(text: str) -> bool:
    """Three cue timings or more, or a transcript: a third of its lines are clock lines
    that start within its first minute and only go forward (not a live page's "14:05")."""
    # (every cue timing holds its arrow: a substring test spares most texts the pattern,
    # which has no first letter to skip to)
    if "-->" in text and sum(1 for _ in _CUE_TIMING.finditer(text)) >= _MIN_CUES:
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    clocks = [_timing(line) for line in lines if _CLOCK_LINE.fullmatch(line)]
    return (
        len(clocks) >= _MIN_CUES * 2
        and len(clocks) >= _MIN_CLOCK_SHARE * len(lines)
        and (clocks[0] or 0) < _FIRST_MINUTE
        and all((a or 0) <= (b or 0) for a, b in pairwise(clocks))
    )


_FIRST_MINUTE = 60


def subtitle_text(text: str) -> str:
    """The words of the cues as paragraphs, under the lines that precede the first cue."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if _timing(line.strip()) is not None), None)
    if first is None:
        return text
    head = lines[:first]
    if head and _CUE_NUMBER.fullmatch(head[-1].strip()):
        head = head[:-1]  # the first cue's number
    paragraphs: list[list[str]] = [[]]
    for pause, cue in _cues(lines[first:]):
        words = _BRACKETED.sub(" ", cue)
        spoken = " ".join(words.split())
        if pause or spoken != " ".join(cue.split()) or _TITLE_CARD.fullmatch(spoken):
            paragraphs.append([])  # "[Music]", a speaker's label, a pause: a new paragraph
        if not spoken:
            continue
        paragraphs[-1].append(spoken)
        if _TITLE_CARD.fullmatch(spoken):
            paragraphs.append([])  # "SHADOW WAR IRAN'S ROAD TO THE MEDITERRANEAN"
    body = "\n\n".join(" ".join(words) for words in paragraphs if words)
    return "\n".join(head).rstrip() + ("\n\n" if head else "") + body + "\n"


# "[Music]", "[ominous music]", "[Dr. Amos Yadlin, former head / of military intelligence]"
_BRACKETED = re.compile(r"\[[^\]]{0,120}\]|♪[^♪]{0,120}♪?|^(?:WEBVTT|NOTE)\b.*")
_TITLE_CARD = re.compile(r"(?=.*[A-Z]{3})[^a-z]{6,}")


def _cues(lines: list[str]) -> list[tuple[bool, str]]:
    """Each cue's text, and whether a pause came before it."""
    cues: list[tuple[bool, str]] = []
    last_end: float | None = None
    for line in lines:
        stripped = line.strip()
        when = _timing(stripped)
        if when is not None:
            # (a transcript's clock lines tell no pause: they come every few words)
            cues.append((last_end is not None and when - last_end >= _PAUSE_SECONDS, ""))
            last_end = _end_of(stripped)
        elif stripped and not _CUE_NUMBER.fullmatch(stripped) and cues:
            pause, words = cues[-1]
            cues[-1] = (pause, f"{words} {stripped}" if words else stripped)
    return cues


def _timing(line: str) -> float | None:
    """When a cue or a transcript's clock line starts, in seconds; None for text."""
    found = _CUE_TIMING.fullmatch(line) or _CLOCK_LINE.fullmatch(line)
    if found is None:
        return None
    hours = int(found["h"][:-1]) if found["h"] else 0
    return hours * 3600 + int(found["m"]) * 60 + int(found["s"])


def _end_of(line: str) -> float | None:
    """When a cue ends (an SRT's second time); None for a transcript's clock line."""
    arrow = line.find("-->")
    end = _CLOCK_LINE.match(line[arrow + 3 :].strip()) if arrow >= 0 else None
    if end is None:
        return None
    hours = int(end["h"][:-1]) if end["h"] else 0
    return hours * 3600 + int(end["m"]) * 60 + int(end["s"])
