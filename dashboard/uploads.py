"""Run the extractor on documents a reader uploads, file by file.

The dashboard holds no extraction logic: this module only calls ``extract`` and turns
its failures into one line per file. A file over ``MAX_BYTES`` is refused before it
is read, an unreadable one (binary, broken PDF, ...) gets the extractor's own
``DocumentError`` message, and the good files still go through. The Features that
come back are marked ``"uploaded": true`` by ``data.combine``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from extract.errors import AtlasError

__all__ = ["UPLOAD_TYPES", "UploadResult", "extract_uploads", "upload_limit"]

# (extract.documents.SUPPORTED_SUFFIXES without dots; spelled out: that module loads late)
UPLOAD_TYPES: tuple[str, ...] = (
    "txt", "md", "html", "htm", "pdf", "srt", "vtt", "xml", "rss", "atom",
)  # fmt: skip
_FALLBACK_LIMIT = 20 * 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class UploadResult:
    """Features from the files that worked; one message per file that did not."""

    features: tuple[dict[str, Any], ...] = ()
    errors: tuple[str, ...] = field(default_factory=tuple)


def _extractor() -> tuple[Any, Any, Any]:
    """The extractor's entry points, imported late: uploads are optional."""
    documents = importlib.import_module("extract.documents")
    pipeline = importlib.import_module("extract.pipeline")
    export = importlib.import_module("extract.export")
    return documents, pipeline, export


def upload_limit() -> int:
    """The extractor's size limit in bytes (its ``MAX_BYTES``)."""
    try:
        return int(importlib.import_module("extract.documents").MAX_BYTES)
    except (ImportError, AttributeError):
        return _FALLBACK_LIMIT


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def extract_uploads(
    files: Sequence[tuple[str, bytes]], progress: Progress | None = None
) -> UploadResult:
    """Read ``(name, data)`` pairs into documents and extract their events."""
    try:
        documents, pipeline, export = _extractor()
    except ImportError as err:
        return UploadResult(errors=(f"uploads are unavailable: the extractor is missing ({err})",))
    limit = int(getattr(documents, "MAX_BYTES", _FALLBACK_LIMIT))
    docs, errors = [], []
    for name, data in files:
        if len(data) > limit:
            errors.append(
                f"{name}: {_megabytes(len(data))} is over the {_megabytes(limit)} limit; not read"
            )
            continue
        try:
            docs.append(documents.document_from_bytes(data, name))
        except (AtlasError, ValueError) as err:
            errors.append(str(err) if name in str(err) else f"{name}: {err}")
    if not docs:
        return UploadResult(errors=tuple(errors))
    try:
        events = pipeline.extract_documents(docs, progress=progress)
        collection = export.feature_collection(events)
    except AtlasError as err:
        return UploadResult(errors=(*errors, f"extraction failed: {err}"))
    return UploadResult(tuple(collection["features"]), tuple(errors))
