"""Event Atlas extractor: documents in, geocoded and dated events (GeoJSON) out."""

from __future__ import annotations

from extract.errors import (
    AtlasError,
    DocumentError,
    EvaluationError,
    GazetteerError,
    GeocodingError,
    OutputError,
)
from extract.records import Block, DateSpan, Document, Event, Place, PlaceMention, Sentence

__all__ = [
    "AtlasError",
    "Block",
    "DateSpan",
    "Document",
    "DocumentError",
    "EvaluationError",
    "Event",
    "GazetteerError",
    "GeocodingError",
    "OutputError",
    "Place",
    "PlaceMention",
    "Sentence",
]
