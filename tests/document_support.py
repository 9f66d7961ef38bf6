"""A document written to disk and run through the real pipeline, for tests that judge
whole documents (the real reader, gazetteer and matcher)."""

from __future__ import annotations

from pathlib import Path

from extract.documents import read_document
from extract.pipeline import extract_document
from extract.records import Event

__all__ = ["by_place", "extract_text"]


def extract_text(folder: Path, text: str, name: str = "page.txt") -> list[Event]:
    """The events of ``text`` saved as ``folder/name`` (the suffix picks the reader)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return extract_document(read_document(path, folder))


def by_place(events: list[Event]) -> dict[str, Event]:
    """Events by place name (the last one of a place wins)."""
    return {e.place: e for e in events}
