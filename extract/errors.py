"""One exception root for Event Atlas.

Every error a user can cause (a bad file, a bad value, an unwritable output) is an
``AtlasError``; the CLI catches that root and prints its message on one line. The
children also derive from the builtin a caller would expect, so ``except ValueError``
keeps working for code that does not know about this module.
"""

from __future__ import annotations

__all__ = [
    "AtlasError",
    "DocumentError",
    "EvaluationError",
    "GazetteerError",
    "GeocodingError",
    "OutputError",
]


class AtlasError(Exception):
    """Root of every error Event Atlas raises on purpose."""


class DocumentError(AtlasError, ValueError):
    """A document cannot be read: empty, binary, too large, broken PDF, ..."""


class GazetteerError(AtlasError, ValueError):
    """The gazetteer data is malformed (a bad row, a bad coordinate)."""


class GeocodingError(AtlasError, RuntimeError):
    """A geocoder failed in a way the caller should hear about."""


class OutputError(AtlasError, OSError):
    """An output file cannot be written (bad suffix, unwritable folder)."""


class EvaluationError(AtlasError, ValueError):
    """A gold or prediction file for ``evaluate`` is malformed."""
