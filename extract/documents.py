"""Step 1 of the pipeline: find documents, read them into text, keep the prose.

``read_document`` turns a ``.txt``, ``.md``, ``.html``/``.htm`` or ``.pdf`` file into a
``Document``: ``text`` is the decoded text (UTF-8 with or without BOM, UTF-16 with BOM,
else Windows-1252, else UTF-8 with replacement characters; newlines normalised to
``\\n``; for HTML the visible text, see ``extract.html_text``; for PDF the pages' text
joined with blank lines), and ``blocks`` are the spans of it worth reading -- prose
paragraphs and section headings, found by ``extract.blocks``. Boilerplate is simply left
uncovered, so every offset downstream indexes the decoded text unchanged.

Search-result snippets (``3 weeks ago - Although Iran ...``) keep their prose but their
block starts after the ``date - `` prefix: that date is when the page was published, not
when anything in it happened, so it must not date the snippet's events.

Bad input (missing, empty, binary, oversized, undecodable, broken or encrypted PDF, no
text) raises ``DocumentError`` with one line naming the file and the reason; the
pipeline reports it and goes on with the next file.
"""

from __future__ import annotations

import codecs
import io
import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.blocks import find_blocks, is_hard_wrapped
from extract.despin import despun_view, looks_spun
from extract.errors import DocumentError
from extract.feeds import FEED_SUFFIXES, feed_to_html, looks_like_feed
from extract.html_text import html_to_text
from extract.records import Document
from extract.subtitles import looks_like_subtitles, subtitle_text
from extract.truecase import looks_caseless, truecased_view
from extract.wikitext import looks_like_wikitext, reading_view

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "decode_text",
    "document_from_bytes",
    "find_documents",
    "read_document",
]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".html", ".htm", ".pdf", ".srt", ".vtt"} | FEED_SUFFIXES
)
MAX_BYTES: int = 20 * 1024 * 1024

# Files that describe a corpus rather than belong to it; skipped only when walking a
# folder (a file named on the command line is always read).
_CORPUS_META_STEMS = frozenset(
    {"readme", "license", "licence", "changelog", "contributing", "copying", "notice"}
)
_SAMPLE = 65_536


# --------------------------------------------------------------------------- finding


def find_documents(paths: Sequence[Path]) -> tuple[list[tuple[Path, Path]], list[str]]:
    """Files to read under ``paths`` as ``(file, corpus_root)`` pairs, plus notes.

    Folders are walked recursively in sorted order (hidden files and folders skipped);
    a file given directly has its parent as root. Missing paths and unsupported files
    give a note instead of a pair; the same file is never listed twice.
    """
    pairs: list[tuple[Path, Path]] = []
    notes: list[str] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = _walk(path, notes)
        elif path.is_file():
            found = [(path, path.parent)] if _supported(path, notes) else []
        else:
            notes.append(f"{path}: no such file or folder, skipped")
            continue
        for file, root in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                pairs.append((file, root))
    return pairs, notes


def _supported(path: Path, notes: list[str]) -> bool:
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        return True
    notes.append(f"{path}: unsupported file type {path.suffix or '(none)'!r}, skipped")
    return False


def _walk(root: Path, notes: list[str]) -> list[tuple[Path, Path]]:
    files: list[Path] = []
    unsupported: set[str] = set()
    skipped = 0
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                unsupported.add(path.suffix.lower() or "(none)")
                skipped += 1
            elif path.stem.lower() in _CORPUS_META_STEMS:
                notes.append(f"{path}: describes the corpus, not a document; skipped")
            else:
                files.append(path)
    if skipped:
        kinds = ", ".join(sorted(unsupported))
        notes.append(f"{root}: skipped {skipped} file(s) of unsupported type ({kinds})")
    files.sort(key=lambda p: p.relative_to(root).parts)
    return [(f, root) for f in files]


# --------------------------------------------------------------------------- reading


def read_document(path: Path, root: Path | None = None, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file into a ``Document`` whose ``source`` is its path relative to ``root``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"{path}: unsupported file type {suffix or '(none)'!r}")
    if path.is_dir():
        raise DocumentError(f"{path}: is a folder, not a file")
    try:
        with path.open("rb") as handle:
            # Read one byte past the limit rather than trusting stat(): special files
            # report size 0 and files can grow while we read.
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return _build(data, str(path), suffix, _source(path, root), max_bytes)


def document_from_bytes(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """A ``Document`` from uploaded bytes; the suffix of ``name`` picks the reader."""
    source = name.replace("\\", "/")
    suffix = os.path.splitext(source)[1].lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"{name}: unsupported file type {suffix or '(none)'!r}")
    return _build(bytes(data), name, suffix, source, max_bytes)


def _source(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def _build(data: bytes, name: str, suffix: str, source: str, max_bytes: int) -> Document:
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: larger than the {_size(max_bytes)} limit")
    if not data.strip():
        raise DocumentError(f"{name}: empty file")
    hints: dict[int, int] = {}
    html = False
    if suffix == ".pdf":
        text = _pdf_text(data, name)
    else:
        text = _checked_text(data, name, suffix)
        if suffix in FEED_SUFFIXES or looks_like_feed(text):
            text, hints = _feed_text(text, name)
            html = True
        elif suffix in (".html", ".htm") or _HTML_SNIFF.match(text, 0, 1024):
            raw = text
            try:
                text, hints = html_to_text(text)
            except ValueError as exc:
                raise DocumentError(f"{name}: no readable HTML ({_short(exc)})") from exc
            html = True
            if _lines_broken_by_br(raw):
                # pdftohtml's page: a <br/> ends every line and no <p> holds a paragraph,
                # so its text is read as a hard-wrapped plain text (paragraphs found by
                # line length)
                text, hints, html = _joined_pdf_words(text), {}, False
            elif _mostly_preformatted(raw, text):
                # a printed record in <pre> (a hearing transcript, a cable): its lines are
                # wrapped as on paper, so it is read as a hard-wrapped plain text
                text, html = _joined_pdf_words(text), False
        elif looks_like_subtitles(text):  # (an .srt, or cues pasted into a .txt)
            text = subtitle_text(text)
        elif suffix in (".txt", ".md"):  # (a report pasted out of a PDF, either way)
            text = _joined_pdf_words(text)
    if not text.strip():
        raise DocumentError(f"{name}: no readable text")
    # MediaWiki source is read through a view with its markup blanked (same offsets).
    view = reading_view(text) if looks_like_wikitext(text) else None
    if looks_spun(text):  # ... and a spun copy with its spinner's phrases put back
        view = despun_view(view or text)
    if looks_caseless(text):  # ... and a text typed without capitals, with its names'
        view = truecased_view(view or text)
    blocks = find_blocks(view or text, hints, markdown=suffix == ".md", html=html)
    return Document(source=source, text=text, blocks=blocks, view=view)


def _feed_text(text: str, name: str) -> tuple[str, dict[int, int]]:
    """An RSS or Atom feed's items as a page's text (see extract.feeds)."""
    try:
        return html_to_text(feed_to_html(text))
    except ValueError as exc:
        raise DocumentError(f"{name}: no readable RSS or Atom feed ({_short(exc)})") from exc


_PDFTOHTML = re.compile(r"<meta[^>]{0,80}?content=[\"']pdftohtml", re.IGNORECASE)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARAGRAPH_TAG = re.compile(r"<p[\s>]", re.IGNORECASE)
_MIN_BROKEN_LINES = 20


def _mostly_preformatted(raw: str, text: str) -> bool:
    """Most of the page's text is inside <pre> blocks."""
    if "<pre" not in raw and "<PRE" not in raw:
        return False
    inside = sum(len(m) for m in _PRE_BLOCK.findall(raw))
    return inside * 10 >= len(text) * 6


_PRE_BLOCK = re.compile(r"<pre\b[^>]*>(.*?)</pre>", re.IGNORECASE | re.DOTALL)


def _lines_broken_by_br(raw: str) -> bool:
    """Most lines of the page end in <br/> and no <p> holds a paragraph."""
    breaks = len(_BR.findall(raw))
    return (
        breaks >= _MIN_BROKEN_LINES
        and not _PARAGRAPH_TAG.search(raw)
        and (breaks * 2 >= raw.count("\n") or _PDFTOHTML.search(raw, 0, 4096) is not None)
    )


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n} bytes"


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_LINE_BREAKS = ("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_HTML_SNIFF = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]{2,40})""", re.I)


def decode_text(data: bytes) -> str:
    """Bytes to text: BOM-aware UTF-8/UTF-16, else Windows-1252, else UTF-8 with U+FFFD.

    Never raises. Newlines (``\\r\\n``, ``\\r``, form feeds, Unicode separators) become
    ``\\n``.
    """
    return _normalise_newlines(_decode(data))


def _decode(data: bytes, declared: str | None = None) -> str:
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_codec, errors="replace")
    # UTF-8 first even when a page declares otherwise: mislabelled UTF-8 is common, and
    # text that decodes as UTF-8 almost never is anything else.
    for codec in ("utf-8", declared, "cp1252"):
        if codec:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("utf-8", errors="replace")


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n")
    for mark in _LINE_BREAKS:  # str.replace is ~50x faster than str.translate here
        if mark in text:
            text = text.replace(mark, "\n")
    return text


def _checked_text(data: bytes, name: str, suffix: str) -> str:
    """Decode a text-like file, refusing what is clearly not text."""
    if b"\x00" in data[:_SAMPLE] and not data.startswith(_UTF16_BOMS):
        raise DocumentError(f"{name}: binary file (contains NUL bytes), not text")
    declared = None
    if suffix in (".html", ".htm"):
        found = _CHARSET.search(data[:4096])
        declared = found.group(1).decode("ascii").lower() if found else None
    text = _normalise_newlines(_decode(data, declared))
    sample = text[:_SAMPLE]
    bad = _BAD_CHARS.findall(sample)
    if len(bad) > 0.05 * len(sample):
        if bad.count("\ufffd") * 2 > len(bad):
            raise DocumentError(f"{name}: undecodable text (neither UTF-8 nor Windows-1252)")
        raise DocumentError(f"{name}: binary file (mostly control characters), not text")
    return text


# --------------------------------------------------------------------------- PDF


# A word broken at a line end: "com-\npletion"; not "pro-\nIranian".
_BREAK = r"(?<=[A-Za-z][a-z])-\n"
_LINE_END_HYPHEN = re.compile(rf"{_BREAK}(?=[a-z])")


_PDF_LIKE_BREAKS = 3
# (the second half up to the next space: "opera-\ntions.5 The" moves "tions.5" up whole,
# and the space after it goes too, so no line opens with one: "Damascus Inter-\nnational
# Airport" is "Damascus International\nAirport", a name split by one line break)
_BROKEN_WORD = re.compile(rf"{_BREAK}([a-z][^\s]*) ?")
# A hyphenated name the line broke at its hyphen ("Deir ez-\nZor", "pro-\nIranian"): the
# hyphen stays, the second half moves up, so the name is one again.
_BROKEN_NAME = re.compile(rf"{_BREAK}([A-Z][^\s]*) ?")


def _joined_pdf_words(text: str) -> str:
    """Text copied out of a PDF ("... the port of Lata-\nkia ...") gets the PDF's word
    joining once it breaks words at line ends three times or more, or once when its
    lines are wrapped at a width; a typed text that breaks one word that way may mean
    the hyphen."""
    if "-\n" not in text:
        return text  # the common case, found without a regex
    # The word's second half moves up and the line break stays after it, so the lines
    # keep their lengths (the paragraph finder reads a hard-wrapped text by them).
    joined, breaks = _BROKEN_WORD.subn(r"\1\n", text)
    # (fewer breaks do when the lines are wrapped at a width: a page's, not a typist's)
    if breaks == 0 or (breaks < _PDF_LIKE_BREAKS and not is_hard_wrapped(text)):
        return text
    return _BROKEN_NAME.sub(r"-\1\n", joined)


def _pdf_text(data: bytes, name: str) -> str:
    """The text of the pages, joined with blank lines."""
    if b"%PDF" not in data[:1024]:
        raise DocumentError(f"{name}: not a PDF (no %PDF header)")
    from pypdf import PdfReader  # imported here: pypdf costs start-up time

    # pypdf logs complaints about malformed files without naming the file; we report
    # what matters ourselves (one line naming the file), so keep only its errors.
    pdf_log = logging.getLogger("pypdf")
    if pdf_log.level == logging.NOTSET:
        pdf_log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypt(reader, name):
            raise DocumentError(f"{name}: encrypted PDF (needs a password)")
        pages = [_page_text(page) for page in reader.pages]
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many exception types on malformed files
        raise DocumentError(f"{name}: broken PDF ({_short(exc)})") from exc
    text = _normalise_newlines("\n\n".join(p.strip("\n") for p in pages))
    # A word a PDF broke at a line end is one word again ("com-\npletion", "air-\nbase");
    # a hyphen before a capital ("pro-\nIranian", "Deir ez-\nZor") is kept.
    text = _BROKEN_NAME.sub(r"-\1\n", _LINE_END_HYPHEN.sub("", text))
    if not text.strip():
        raise DocumentError(f"{name}: PDF has no extractable text (scanned images?)")
    return text


def _decrypt(reader: Any, name: str) -> bool:
    try:
        return bool(reader.decrypt(""))  # many PDFs are "encrypted" with an empty password
    except Exception as exc:
        raise DocumentError(f"{name}: encrypted PDF, cannot decrypt ({_short(exc)})") from exc


def _page_text(page: Any) -> str:
    try:
        return str(page.extract_text() or "")
    except Exception:  # one bad content stream should not lose the other pages
        return ""


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
