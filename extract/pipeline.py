"""The extractor end to end: paths -> documents -> sentences -> places + dates -> events.

This module only wires the stages together and keeps the books (what was read, what
failed and why); each stage lives in its own module. A document that cannot be read
becomes a warning line, never an exception that stops the run.
"""

from __future__ import annotations

import functools
import gc
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from extract.anaphora import resolve_descriptions
from extract.capital import the_capital
from extract.columns import (
    opens_list_item,
    regions_in_columns,
    regions_in_lists,
    table_headers,
)
from extract.dates import (
    SentenceDates,
    document_date,
    post_stamps,
    resolve_dates,
    source_date,
)
from extract.documents import find_documents, read_document
from extract.errors import DocumentError
from extract.events import DISASTER_WORDS, EventContext, events_for_sentence
from extract.gazetteer import forget_gazetteer
from extract.headlines import headline_dates, headline_indices
from extract.noise import stuffing_in
from extract.places import PlaceMatcher, default_matcher
from extract.records import DateSpan, Document, Event, Place, PlaceMention, Sentence
from extract.sentences import split_sentences
from extract.subject import (
    companions,
    lead_subject,
    name_the_subject,
    opening_title,
    short_names,
    title_subject,
)
from extract.workers import map_in_processes

if TYPE_CHECKING:
    from extract.geocode import ChainGeocoder

__all__ = [
    "ExtractionReport",
    "extract_document",
    "extract_documents",
    "extract_paths",
    "release_place_index",
    "warm_up",
]

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class ExtractionReport:
    """What a run did, for the closing line and for tests."""

    documents_read: int = 0
    documents_failed: int = 0
    events: int = 0
    undated: int = 0
    ungeocoded: int = 0
    seconds: float = 0.0
    bytes_read: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.documents_read} documents read, {self.documents_failed} failed; "
            f"{self.events} events ({self.undated} undated); "
            f"{self.ungeocoded} place names not geocoded; {self.seconds:.2f} s"
        )


def warm_up() -> None:
    """Load the gazetteer and build the matcher (what start-up costs)."""
    default_matcher()


def release_place_index() -> None:
    """Let go of the gazetteer and the matcher (the next extraction loads them again).

    Writing a large run imports pandas, GDAL and their kin (about 200 MB); the index they
    would sit beside is no longer needed then, and its ~100 MB can go first."""
    default_matcher.cache_clear()
    forget_gazetteer()
    gc.unfreeze()  # (a caller may have frozen it out of collections, see cli)
    gc.collect()


def _online_mentions(
    matcher: PlaceMatcher, sentence: Sentence, geocoder: ChainGeocoder | None
) -> tuple[list[PlaceMention], int]:
    """Site phrases the gazetteer lacks, resolved by the (online) geocoder if there is one."""
    found: list[PlaceMention] = []
    missed = 0
    for start, end, phrase in matcher.unresolved(sentence.text, sentence.start):
        location = geocoder.geocode(phrase) if geocoder is not None else None
        if location is None:
            missed += 1
            continue
        raw = location.raw if isinstance(location.raw, dict) else {}
        place = Place(
            id=str(raw.get("id") or f"geocoded:{phrase}"),
            name=str(raw.get("name") or phrase),
            kind=str(raw.get("kind") or "site"),
            lat=float(location.latitude),
            lon=float(location.longitude),
            precision=1,
            source=str(raw.get("source") or "geocoder"),
        )
        found.append(PlaceMention(start=start, end=end, mention=phrase, place=place))
    return found, missed


def extract_document(
    doc: Document,
    *,
    matcher: PlaceMatcher | None = None,
    geocoder: ChainGeocoder | None = None,
    report: ExtractionReport | None = None,
) -> list[Event]:
    """All events of one document, in text order."""
    if doc.view is not None:
        # The stages read the view; the evidence is the text itself, at the same offsets.
        shown = Document(doc.source, doc.view, doc.blocks)
        read = extract_document(shown, matcher=matcher, geocoder=geocoder, report=report)
        return [replace(e, evidence=doc.text[e.char_start : e.char_end]) for e in read]
    matcher = matcher or default_matcher()
    sentences = split_sentences(doc)
    found = [_sentence_mentions(matcher, doc, s, geocoder, report) for s in sentences]
    _, titled, subject = _title(doc, sentences, matcher)
    if subject is None and not titled:
        subject = lead_subject(sentences, found)  # "Sayyida Zaynab Mosque is a mosque ..."
    around: list[Place] = []
    if subject is not None:
        names = short_names(subject, matcher.gazetteer)
        found = name_the_subject(sentences, found, doc.text, subject, names)
        around = companions(subject, matcher.gazetteer)

    def headed(index: int) -> list[PlaceMention]:  # asked only where something points back
        s = sentences[index]
        return matcher.find(s.text, s.start, context=doc.text) if index > 0 else []

    sites_of = functools.partial(companions, gazetteer=matcher.gazetteer)
    found = resolve_descriptions(
        sentences, found, doc.text, titled, subject, around, headed, sites_of
    )
    found = the_capital(sentences, found, doc.text, matcher.gazetteer)
    noise = stuffing_in(doc.text, _place_words(found))
    # Stuffing is read past sentence by sentence; most sentences have none to read past.
    stuffed = (
        noise.may_occur_in_spans(doc.text, [(s.start, s.end) for s in sentences])
        if noise is not None
        else [False] * len(sentences)
    )
    events: list[Event] = []
    page = _page_date(doc)
    dated = resolve_dates(sentences, page, post_stamps(doc.text, page)) if any(found) else []
    previous: tuple[int, str] | None = None  # (paragraph, category) of the last event
    headers = table_headers(sentences, doc.text)
    disaster = _tells_of_a_disaster(doc.text)
    found = regions_in_columns(sentences, found, headers, matcher.gazetteer)
    found = regions_in_lists(sentences, found, doc.text, matcher.gazetteer)
    found = _without_header_rows(sentences, found, headers)
    if dated:
        sentences, found, dated = _headlines_read(sentences, found, dated, doc, matcher, page)
    rows = zip(sentences, found, dated, stuffed, strict=False)
    lead: _Lead | None = None  # the lead-in of the list the sentence is an item of
    for index, (sentence, mentions, dates, noisy) in enumerate(rows):
        lead = _list_lead(sentence, dates, lead, doc.text)
        item = lead is not None and opens_list_item(sentence, doc.text)
        if item and lead is not None and not dates.own and dates.inherited is None:
            dates = lead.dates  # "1. Syrian Air Force airfields, among them ...": the lead's day
        if not mentions:
            continue
        # a table row is a record of its own: it carries no category from the row above
        same = previous is not None and previous[0] == sentence.paragraph and not sentence.is_row
        carried = previous[1] if same and previous is not None else None
        own_noise = noise if noisy else None
        ctx = EventContext(
            doc.source, sentence, dates.own, dates.inherited, own_noise, carried,
            headers.get(index, ()), disaster, item and lead is not None and lead.struck,
        )  # fmt: skip
        new = events_for_sentence(ctx, mentions)
        if new:
            previous = (sentence.paragraph, new[0].category)
        events.extend(new)
    return _without_references_back(events)


# A lead-in that lists what was struck: "The targets struck included:", "Targets hit in
# the strikes:", and the items under it ("1. ...", "- ...").
_TARGETS_LEAD = re.compile(
    r"\b(?:targets|struck|hit|attacked|targeted|destroyed|bombed|shelled)\b[^.:]*:\s*$",
    re.IGNORECASE,
)


class _Lead(NamedTuple):
    """A list's lead-in: its dates, and whether it says the items were struck."""

    dates: SentenceDates
    struck: bool


def _list_lead(
    sentence: Sentence, dates: SentenceDates, lead: _Lead | None, text: str
) -> _Lead | None:
    """The lead-in whose list this sentence is in or opens, else None. A lead-in counts
    when it says what was struck or when it has a date of its own ("In 2019 Iran opened
    new facilities at:"): its items, undated, happened then."""
    if sentence.text.rstrip().endswith(":"):
        struck = _TARGETS_LEAD.search(sentence.text) is not None
        return _Lead(dates, struck) if struck or dates.own else None
    if lead is not None and opens_list_item(sentence, text):
        return lead
    return None


# A told event named again by its place: "the consulate strike", "the Damascus consulate
# strike", "the T4 strikes" (the place's name before the event's noun).
_EVENT_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:air\s*)?(?:strikes?|attacks?|bombings?|raids?|blasts?|explosions?"
    r"|massacres?|assault|shooting|siege)\b"
)
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _without_references_back(events: list[Event]) -> list[Event]:
    """Without an undated row that only names again an event the document dated ("In
    the months after the consulate strike, ..."): the dated row is that event's."""
    dated = {(e.place_id, e.category) for e in events if e.date_start is not None}
    if not dated:
        return events
    return [
        e
        for e in events
        if e.date_start is not None
        or (e.place_id, e.category) not in dated
        or not _names_a_told_event(e)
    ]


def _names_a_told_event(event: Event) -> bool:
    at = event.evidence.find(event.mention)
    if at < 0:
        return False
    end = at + len(event.mention)
    definite = event.mention.lower().startswith("the ")  # "the consulate" pointing back
    return bool(
        _EVENT_NOUN_AFTER.match(event.evidence, end)
        and (definite or _THE_BEFORE.search(event.evidence, max(0, at - 40), at))
    )


# An earthquake report names it again and again ("the earthquake", "the quake", "aftershocks").
_DISASTER_MENTIONS = 3


def _tells_of_a_disaster(text: str) -> bool:
    if "quake" not in text and "tremor" not in text and "aftershock" not in text:
        return False  # (most documents: a substring test is enough)
    return sum(1 for _ in DISASTER_WORDS.finditer(text)) >= _DISASTER_MENTIONS


def _without_header_rows(
    sentences: Sequence[Sentence],
    found: list[list[PlaceMention]],
    headers: dict[int, tuple[str, ...]],
) -> list[list[PlaceMention]]:
    """A table's header row ("| Year | Iran exports to Syria |") names its columns, not
    events: the row right above the first row that has it for header."""
    above = {i - 1 for i in headers if i - 1 not in headers and i >= 1}
    # (unless it names places in a cell of its own words: a table with no header row, whose
    # first record "Kataib Hezbollah | Imam Ali base; al-Hari; Albu Kamal city" has no digit)
    return [
        [] if i in above and sentences[i].is_row and not _a_record(sentences[i], m) else m
        for i, m in enumerate(found)
    ]


def _a_record(row: Sentence, mentions: list[PlaceMention]) -> bool:
    """A first row that names towns or sites among other words, as a record does (a
    header names at most the countries its columns compare: "Iran exports to Syria")."""
    local = any(m.place.kind not in _HEADER_KINDS for m in mentions)
    return local and any(";" in cell or len(cell.split()) > 3 for cell in row.text.split("|"))


_HEADER_KINDS = frozenset({"country", "region", "continent"})


def _title(
    doc: Document, sentences: Sequence[Sentence], matcher: PlaceMatcher
) -> tuple[Sentence | None, list[PlaceMention], Place | None]:
    """The document's title, the places it names, and the article's subject: the place
    an opening title is nothing but the name of. A title that names no place gives way
    to the first heading that may ("r/syriancivilwar" to the thread's title)."""
    opening = opening_title(doc.text, sentences)
    if opening is not None:
        named = matcher.find(opening.text, opening.start, context=doc.text)
        if named:
            return opening, named, title_subject(opening, named)
    heading = next((s for s in sentences if s.is_heading), None)
    titled = matcher.find(heading.text, heading.start, context=doc.text) if heading else []
    return heading, titled, None


def _headlines_read(
    sentences: Sequence[Sentence],
    found: list[list[PlaceMention]],
    dated: list[SentenceDates],
    doc: Document,
    matcher: PlaceMatcher,
    page: DateSpan | None,
) -> tuple[list[Sentence], list[list[PlaceMention]], list[SentenceDates]]:
    """The headings that read as headlines become sentences of the event stage, with
    their places and dates (see ``extract.headlines``); every other stage saw them as
    headings (a title still names the article's subject, a heading's year its section's)."""
    indices = headline_indices(sentences)
    read, found, dated = list(sentences), list(found), list(dated)
    for i in indices:
        heading = sentences[i]
        found[i] = matcher.find(heading.text, heading.start, context=doc.text)
        read[i] = replace(heading, is_heading=False)
        # the story's first sentence that names a place: past a byline, a dek
        lede = next((j for j in range(i + 1, min(i + 4, len(found))) if found[j]), None)
        dated[i] = headline_dates(dated[i].own, dated[lede] if lede is not None else None, page)
    return read, found, dated


def _page_date(doc: Document) -> DateSpan | None:
    """The page's day: its byline's, else its file name's ("presser_2024-04-08.txt")."""
    return document_date(doc.text) or source_date(doc.source)


def _sentence_mentions(
    matcher: PlaceMatcher,
    doc: Document,
    sentence: Sentence,
    geocoder: ChainGeocoder | None,
    report: ExtractionReport | None,
) -> list[PlaceMention]:
    """The places a sentence names: the gazetteer's, plus site names a geocoder resolved."""
    if sentence.is_heading:
        return []
    # The whole document is the context that resolves "the Iranian embassy" or "Tripoli".
    mentions = matcher.find(sentence.text, sentence.start, context=doc.text)
    extra, missed = _online_mentions(matcher, sentence, geocoder)
    if report is not None:
        report.ungeocoded += missed
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


def _place_words(found: Iterable[list[PlaceMention]]) -> set[str]:
    """The words of the places the document names (not of what points back at them:
    "The site", "the area" are no name, and stuffing is no run of "on the")."""
    return {
        word
        for mentions in found
        for m in mentions
        if not _DESCRIPTION_WORD.match(m.mention)
        for word in m.mention.split()
    }


_DESCRIPTION_WORD = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Tt]here|[Ii]t)\b")


def extract_documents(
    docs: Sequence[Document],
    *,
    progress: Progress | None = None,
    geocoder: ChainGeocoder | None = None,
) -> list[Event]:
    """Events of already-read documents (the dashboard's upload path)."""
    matcher = default_matcher()
    events: list[Event] = []
    for done, doc in enumerate(docs, start=1):
        events.extend(extract_document(doc, matcher=matcher, geocoder=geocoder))
        if progress is not None:
            progress(done, len(docs))
    return events


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What one document gave: its events, or the warning saying why it could not be read."""

    events: list[Event]
    warning: str | None = None
    size: int = 0  # UTF-8 bytes of the decoded text
    ungeocoded: int = 0


def _extract_path(pair: tuple[Path, Path], geocoder: ChainGeocoder | None = None) -> _Outcome:
    """Read and extract one document (module level: workers receive it by name)."""
    path, root = pair
    try:
        doc = read_document(path, root)
    except DocumentError as exc:
        return _Outcome([], warning=str(exc))
    tally = ExtractionReport()
    events = extract_document(doc, matcher=default_matcher(), geocoder=geocoder, report=tally)
    size = len(doc.text.encode("utf-8", "replace"))
    return _Outcome(events, size=size, ungeocoded=tally.ungeocoded)


def _outcomes(
    pairs: Sequence[tuple[Path, Path]], geocoder: ChainGeocoder | None, jobs: int
) -> Iterator[_Outcome]:
    # The online geocoder stays in this process: its rate limit and its cache file
    # are one per process, and a second process would break both.
    if jobs <= 1 or len(pairs) < 2 or geocoder is not None:
        return (_extract_path(pair, geocoder) for pair in pairs)
    return map_in_processes(_extract_path, pairs, jobs)


def extract_paths(
    paths: Sequence[Path],
    *,
    online: bool = False,
    progress: bool | Progress = False,
    geocoder: ChainGeocoder | None = None,
    jobs: int = 1,
) -> tuple[list[Event], ExtractionReport]:
    """Read every document under ``paths`` and extract their events.

    With ``jobs`` > 1 the documents are spread over that many processes; the events
    and the report are the same as one process gives (online geocoding always runs in
    one process).
    """
    started = time.perf_counter()
    report = ExtractionReport()
    pairs, notes = find_documents(list(paths))
    report.warnings.extend(notes)
    if geocoder is None and online:
        from extract.geocode import build_geocoder

        geocoder = build_geocoder(online=True)
    default_matcher()  # loaded before any worker is forked, so that they share it
    callback = _progress_bar(len(pairs)) if progress is True else (progress or None)
    events: list[Event] = []
    for done, outcome in enumerate(_outcomes(pairs, geocoder, jobs), start=1):
        _tally(report, outcome)
        events.extend(outcome.events)
        if callback is not None:
            callback(done, len(pairs))
    if progress is True and callback is not None:
        callback(-1, len(pairs))
    report.events = len(events)
    report.undated = sum(1 for e in events if e.year_start is None)
    report.seconds = time.perf_counter() - started
    return events, report


def _tally(report: ExtractionReport, outcome: _Outcome) -> None:
    if outcome.warning is not None:
        report.documents_failed += 1
        report.warnings.append(outcome.warning)
        return
    report.documents_read += 1
    report.bytes_read += outcome.size
    report.ungeocoded += outcome.ungeocoded


def _progress_bar(total: int) -> Progress | None:
    """A tqdm bar on stderr, only worth showing for many documents."""
    if total < 20:
        return None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="doc", desc="extract", leave=False)

    def update(done: int, _total: int) -> None:
        if done < 0:
            bar.close()
        else:
            bar.update(1)

    return update
