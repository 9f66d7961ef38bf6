"""Step 1 of the pipeline: find documents, read them into text, keep the prose.

``read_document`` turns a ``.txt``, ``.md``, ``.html``/``.htm`` or ``.pdf`` file into a
``Document``: ``text`` is the decoded text (UTF-8 with or without BOM, else Windows-1252,
else UTF-8 with replacement characters; newlines normalised to ``\\n``), and ``blocks``
are the spans of it worth reading -- prose paragraphs and section headings. Boilerplate
(spam metadata, navigation, banners, share lines, "See also" lists, ...) is simply left
uncovered, so every offset downstream indexes the decoded text unchanged.

How a block is chosen (see ``_blocks``):

* Lines are grouped into units. A line joins the one above when it continues it: it
  starts in lower case, or the document is hard-wrapped (PDF, wrapped Markdown) and the
  line above is a full-width line that does not end a sentence.
* Marked headings (``= T =``, ``==T==``, ``# T``, underlined Markdown titles, HTML
  ``h1``-``h6``) become heading blocks with their level.
* A short line that does not end like a sentence is a title candidate: it becomes a
  heading (level 1 first in the document, else 2) when prose follows it, is kept as
  prose when it reads like a sentence (it has a verb-ish word), and is dropped otherwise
  (``Factsheet``, ``Country Iran``, ``Videos``).
* Search-result snippets (``3 weeks ago - Although Iran ...``) keep their prose but the
  block starts after the ``date - `` prefix: that date is when the page was published,
  not when anything in it happened, so it must not date the snippet's events. Trailing
  site names (``... - Wikipedia``, ``... | ISW``) are cut from title lines the same way.

Bad input (missing, empty, binary, oversized, undecodable, broken or encrypted PDF, no
text) raises ``DocumentError`` with one line naming the file and the reason.
"""

from __future__ import annotations

import codecs
import io
import itertools
import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.errors import DocumentError
from extract.records import Block, Document

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "decode_text",
    "document_from_bytes",
    "find_documents",
    "read_document",
]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf"})
MAX_BYTES: int = 20 * 1024 * 1024

# Files that describe a corpus rather than belong to it; skipped only when walking a
# folder (a file named on the command line is always read).
_CORPUS_META_STEMS = frozenset(
    {"readme", "license", "licence", "changelog", "contributing", "copying", "notice"}
)
_SAMPLE = 65_536


def _words(text: str, sep: str | None = None) -> frozenset[str]:
    """A word set written as one string (easier to read and extend than a literal)."""
    return frozenset(text.split(sep))


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
        if suffix in (".html", ".htm") or _HTML_SNIFF.match(text, 0, 1024):
            text, hints = _html_text(text, name)
            html = True
    if not text.strip():
        raise DocumentError(f"{name}: no readable text")
    blocks = _blocks(text, hints, markdown=suffix == ".md", html=html)
    return Document(source=source, text=text, blocks=blocks)


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


# --------------------------------------------------------------------------- HTML

_DROP_TAGS = _words(
    "script style nav header footer aside form noscript template svg iframe button "
    "select textarea object embed canvas head title meta link"
)
_PARA_TAGS = _words(
    "p h1 h2 h3 h4 h5 h6 blockquote pre ul ol dl table figure hr section article main "
    "address details fieldset"
)
_LINE_TAGS = _words(
    "div li dt dd tr br caption figcaption summary center dialog hgroup tbody thead tfoot body html"
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_ITEM_TAGS = frozenset({"li", "td", "th", "dt", "dd"})
_NOISE_CLASS = re.compile(
    r"(?:site[-_]?)?(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|share|sharing|"
    r"social(?:[-_]?(?:share|links))?|comments|related(?:[-_]?posts)?|advert|"
    r"advertisement|newsletter|paywall|cookie(?:[-_]?(?:banner|notice|consent))?|"
    r"site[-_]?(?:footer|header))",
    re.IGNORECASE,
)
_NOISE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_XML_DECL = re.compile(r"\s*<\?xml[^>]*\?>")


class _TextSink:
    """Collects HTML text with collapsed spaces, paragraph breaks and heading spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pending = 0  # newlines owed before the next text
        self.heading_at: int | None = None
        self.item_wanted = False
        # Line start -> heading level, or 0 for list items and table cells (which
        # are never promoted to titles).
        self.headings: dict[int, int] = {}

    def text(self, chunk: str, pre: bool) -> None:
        if not pre:
            words = " ".join(chunk.split())
            lead = " " if chunk[:1].isspace() else ""
            chunk = lead + words + (" " if words and chunk[-1:].isspace() else "")
        if not chunk.strip():
            # Whitespace between inline elements: at most one separating space.
            if self.parts and not self.pending and not self.parts[-1].endswith((" ", "\n")):
                self._add(" ")
            return
        if self.pending and self.parts:
            self._trim_space()
            self._add("\n" * self.pending)
        self.pending = 0
        if not self.parts or self.parts[-1].endswith(("\n", " ")):
            chunk = chunk.lstrip(" ")
        if self.heading_at is not None and self.heading_at < 0:
            self.heading_at = self.length
        elif self.item_wanted and (not self.parts or self.parts[-1].endswith("\n")):
            self.headings.setdefault(self.length, 0)
        self.item_wanted = False
        self._add(chunk)

    def newline(self, count: int) -> None:
        self.pending = max(self.pending, count)

    def _add(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.length += len(chunk)

    def _trim_space(self) -> None:
        while self.parts and self.parts[-1].endswith(" "):
            last = self.parts.pop()
            self.length -= len(last)
            kept = last.rstrip(" ")
            if kept:
                self._add(kept)
                break

    def open_heading(self) -> None:
        self.heading_at = -1

    def close_heading(self, level: int) -> None:
        if self.heading_at is not None and self.heading_at >= 0:
            self.headings[self.heading_at] = level
        self.heading_at = None


def _html_text(markup: str, name: str) -> tuple[str, dict[int, int]]:
    """Visible text of an HTML page and its headings (line start offset -> level)."""
    import lxml.html  # imported here: lxml costs start-up time
    from lxml import etree

    try:
        # huge_tree lifts libxml2's nesting limit from 256 to 2048 levels; input size
        # is already capped by max_bytes.
        parser = lxml.html.HTMLParser(huge_tree=True)
        root = lxml.html.document_fromstring(_XML_DECL.sub("", markup, count=1), parser=parser)
    except (ValueError, etree.ParserError) as exc:
        raise DocumentError(f"{name}: no readable HTML ({_short(exc)})") from exc
    sink = _TextSink()
    _walk_html(root, sink)
    text = "".join(sink.parts).rstrip()
    return text, {at: lvl for at, lvl in sink.headings.items() if at < len(text)}


def _walk_html(root: Any, sink: _TextSink) -> None:
    # An explicit stack instead of recursion: hostile pages nest thousands deep.
    stack: list[tuple[Any, bool, bool]] = [(root, False, False)]
    while stack:
        el, leaving, pre = stack.pop()
        tag = _tag(el)
        if leaving and tag is not None:
            _leave(tag, sink)
            if el.tail:
                sink.text(el.tail, pre)
            continue
        if tag is None or _hidden(el, tag):
            if el.tail:
                sink.text(el.tail, pre)
            continue
        inner_pre = pre or tag == "pre"
        _enter(tag, sink)
        if el.text:
            sink.text(el.text, inner_pre)
        stack.append((el, True, pre))
        stack.extend((child, False, inner_pre) for child in reversed(el))


def _tag(el: Any) -> str | None:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else None


def _hidden(el: Any, tag: str) -> bool:
    if tag in _DROP_TAGS:
        return True
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    if "display:none" in (get("style") or "").replace(" ", "").lower():
        return True
    if tag in ("html", "body", "main", "article"):
        return False
    if (get("role") or "").lower() in _NOISE_ROLES:
        return True
    tokens = (get("class") or "").split() + (get("id") or "").split()
    return any(_NOISE_CLASS.fullmatch(token) for token in tokens)


def _enter(tag: str, sink: _TextSink) -> None:
    if tag in _HEADINGS:
        sink.newline(2)
        sink.open_heading()
    elif tag in _PARA_TAGS:
        sink.newline(2)
    elif tag in _LINE_TAGS:
        sink.newline(1)
    elif tag in ("td", "th"):
        sink.text(" ", False)
    if tag in _ITEM_TAGS:
        sink.item_wanted = True


def _leave(tag: str, sink: _TextSink) -> None:
    if tag in _HEADINGS:
        sink.close_heading(_HEADINGS[tag])
        sink.newline(2)
    elif tag in _PARA_TAGS:
        sink.newline(2)
    elif tag in _LINE_TAGS:
        sink.newline(1)
    elif tag in ("td", "th"):
        sink.text(" ", False)


# --------------------------------------------------------------------------- blocks

_TERMINAL = re.compile(r"""(?<!\.\.)[.!?](?:["'”’»)\]]+)?$|[.!?]["'”’»)\]]*\s*\[\d+\]$""")
_WIKI_HEADING = re.compile(r"(={1,6})\s*([^=\s].*?)\s*\1")
_ATX_HEADING = re.compile(r"(#{1,6})\s+(\S.*?)(?:\s+#+)?")
_UNDERLINE = re.compile(r"=+|-+")
_FENCE = re.compile(r"(```|~~~)")
_LIST_SEP = re.compile(r"\s*[;|·•]\s*")
_BULLET = re.compile(r"(?:[-*+•◦▪‣–—·]|\d{1,3}[.)])\s+")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATELINE = re.compile(
    r"(?:\d{1,2}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|yesterday|today|"
    rf"{_MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\.?,?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2})\s+[-–—·]\s+(?=\S)",
    re.IGNORECASE,
)
_MORE_ON_HEAD = re.compile(r"More on (?:[\w-]+\.)+[a-z]{2,6}(?=[A-Z\s\"“]|$)\s*")
_MORE_ON_TAIL = re.compile(r"\s*\bMore on (?:[\w-]+\.)+[a-z]{2,6}$")
_SITE_SUFFIX = re.compile(
    r"\s+[-–—|·]\s+((?:[A-Z0-9][\w.&'’-]*|of|the|and|for|on|de|al|&)"
    r"(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|the|and|for|on|de|al|&)){0,3})$"
)
_META_KEYS = _words(
    "author|authors|writer|country|language|genre|published|publisher|publication date|"
    "date|pages|page count|pdf file size|epub file size|mobi file size|file size|size|"
    "isbn|isbn-10|isbn-13|downloads|downloaded|price|uploader|uploaded by|format|category|"
    "categories|tags|tag|filed under|posted in|views|rating|release date|duration|edition|"
    "updated|last updated|reading time|read time|words|word count|license|editor|"
    "translator|series|subject|keywords|doi|issn",
    sep="|",
)
# "Country Iran", "Capital Damascus": an infobox label followed by a capitalised value.
_INFOBOX_KEYS = _words(
    "country countries language languages genre author publisher published pages isbn "
    "price downloads uploader format population currency capital website founded area "
    "coordinates location"
)
_KEY_VALUE = re.compile(r"([A-Za-z][A-Za-z0-9 .&/()-]{0,29}?)\s*:\s+(\S.{0,79})")
_BOILER_LINE = re.compile(
    r"(?:leave a (?:reply|comment)(?: cancel reply)?|"
    r"your email address will not be published.*|required fields are marked.*|"
    r"\(?visited \d+ times?,? \d+ visits? today\)?|"
    r"(?:posted|written|published|edited) (?:by|on) .{1,60}|"
    r"(?:skip|jump) to (?:main )?(?:content|navigation)|toggle navigation|main menu|menu|"
    r"search|close|back to top|print(?: this)?(?: page| article)?|advertisement|"
    r"sponsored(?: content)?|read more|continue reading.*|click here.*|load more|"
    r"show more|sign in|log ?in|sign up|register|subscribe(?: now| today)?|"
    r"all rights reserved.*|(?:©|copyright|\(c\)).{0,120}|terms of (?:use|service)|"
    r"privacy policy|contact us|about us|home|(?:previous|next) (?:article|post|story)|"
    r"\d* ?comments?|follow us(?: on .*)?|more on (?:[\w-]+\.)+[a-z]{2,6}|"
    r"\d+ min(?:ute)?s? read|reading time.*|(?:photo|image|picture|credit)s?\s*:.{0,80}|"
    r"videos|images|news|maps|shopping|top stories|people also (?:ask|search for)|"
    r"related searches|web results|(?:all|more) results|fact ?sheet|feedback|"
    r"(?:https?://|www\.)\S+|(?:[\w-]+\.)+(?:com|org|net|gov|edu|int|info|io|co|uk|news)"
    r"(?:/\S*)?)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"By(?:\s+[A-Z][\w.'’-]*){1,4}(?:(?:,|\s+and)(?:\s+[A-Z][\w.'’-]*){1,4})*"
    r"(?:\s*[|,·–—-].{0,40})?"
)
_BREADCRUMB = re.compile(r"\s[›»]\s|\s[›»]$|^[›»]\s")
_SUBSCRIBE = re.compile(
    r"\b(?:subscri\w*|souscri\w*|abonn\w*|suscr[ií]\w*|abbona\w*|assin[ae]\w*|abo\b|"
    r"подпис\w*)|اشترك|اشتراک|مشترک",
    re.IGNORECASE,
)
_PAYWALL_HINT = re.compile(
    r"\b(?:access|accès|acceso|accesso|acesso|zugang|zugriff|content|contenu|contenido|"
    r"contenuto|conteúdo|inhalt|free|gratuit|gratis|kostenlos|premium|unlimited|illimité|"
    r"newsletter|trial|subscribers?|abonnés|paywall|weiterlesen|lire la suite|"
    r"(?:continue|keep) reading|full (?:article|story)|доступ\w*)|محتوا|المحتوى",
    re.IGNORECASE,
)
_SUBSCRIBE_STEMS = (
    *("subscri", "souscri", "abonn", "suscri", "suscrí", "abbona", "assin", "abo", "подпис"),
    *("اشترك", "اشتراک", "مشترک", "article limit", "free account"),
)
_PAYWALL_LINE = re.compile(
    r"you have reached your (?:free )?article limit|already a subscriber|"
    r"create a free account|this (?:content|article) is (?:only )?(?:for|available to) "
    r"(?:members|subscribers)",
    re.IGNORECASE,
)
_COOKIE_HINT = re.compile(
    r"\b(?:use|uses|using|accept|consent|policy|settings|preferences|experience|browsing)\b",
    re.IGNORECASE,
)
_SOCIAL_CORE = _words(
    "share shares sharing tweet facebook twitter linkedin whatsapp telegram reddit email "
    "print pinterest flipboard messenger tumblr pocket mastodon bluesky instagram youtube "
    "tiktok vk weibo wechat"
)
_SOCIAL = _SOCIAL_CORE | _words(
    "this article story post page on via x e mail copy link follow us like comment "
    "comments save threads and or the with friends send to"
)
_SKIP_SECTIONS = re.compile(
    r"(?:see also|references|notes(?: and references)?|footnotes|external links|"
    r"further reading|bibliography|sources|citations|works cited|read more|more stories|"
    r"related(?: articles| posts| stories| content| links| topics| reading| coverage)?|"
    r"recommended(?: for you| reading| articles| stories)?|trending|most read|"
    r"comments|leave a (?:reply|comment)|share this(?: \w+)?|tags|categories|"
    r"you (?:may|might) also like)[\s:.]*",
    re.IGNORECASE,
)
# Auxiliaries and common irregular verbs of news prose; regular past tenses ("-ed") and
# third-person forms after a name ("Russia keeps") are recognised by shape.
_VERBISH = _words(
    "is are was were be been being has have had will would can could should shall may "
    "might must do does did says said say tells told remain remains hit hits met meets "
    "took takes gave gives went goes sent sends held holds led leads left leaves fled "
    "flees fell falls won wins lost loses began begins came comes made makes built builds "
    "fought fights shot shoots struck strikes seek seeks sought kept keeps brought brings "
    "found finds stood stands spoke speaks wrote writes ran runs rose rises broke breaks "
    "chose drew grew knew threw flew saw sees set sets put puts cut cuts bought buys "
    "paid pays arrives arrive kill kills sign signs open opens visit visits back backs"
)
_NOT_VERB_ENDINGS = ("ss", "us", "is", "ions", "ics", "ies", "ers", "ists", "ans")
_MAX_TITLE_WORDS = 20
_MAX_BOILER_CHARS = 400


class _Unit:
    """A run of kept text on one or more lines, before it becomes a block."""

    __slots__ = ("end", "kind", "level", "lines", "list_item", "start", "text")

    def __init__(self, start: int, end: int, text: str, kind: str, level: int = 0) -> None:
        self.start, self.end, self.text = start, end, text
        self.kind = kind  # "text", "heading" or "drop"
        self.level = level
        self.lines = 1
        self.list_item = False


def _lines(text: str) -> list[tuple[int, int, str, bool]]:
    """Non-blank lines as (start, end, stripped text, blank line before it)."""
    out: list[tuple[int, int, str, bool]] = []
    pos, blank = 0, True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append((pos + lead, pos + lead + len(stripped), stripped, blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return out


def _wrap_width(lines: list[tuple[int, int, str, bool]]) -> int:
    """The line width of a hard-wrapped document, or 0 when lines are paragraphs."""
    if len(lines) < 4:
        return 0
    lengths = sorted(len(line[2]) for line in lines)
    width = lengths[(len(lengths) * 9) // 10]
    if not 30 <= width <= 130:
        return 0
    full = wrapped = lower = 0
    for (_, _, text, _), nxt in itertools.pairwise(lines):
        if len(text) >= 0.6 * width:
            full += 1
            if not nxt[3] and not _terminal(text):
                wrapped += 1
                lower += nxt[2][0].islower()
    # Wrapped prose breaks mid-sentence, so many continuation lines start in lower
    # case; a list of headlines (also long lines without full stops) never does.
    return width if wrapped >= max(2, full // 4) and lower * 4 >= wrapped else 0


def _terminal(text: str) -> bool:
    """Whether a line ends like a sentence (only its tail is looked at, for speed)."""
    return _TERMINAL.search(text[-24:]) is not None


def _joins(prev: str, line: str, width: int) -> bool:
    """Whether ``line`` continues the unit whose last line is ``prev``."""
    first = line[0]
    if first.islower() and not _terminal(prev):
        return True
    if not width:
        return False
    if prev.endswith((",", ";", "-")) or first.islower():
        return True
    if _terminal(prev):
        return len(prev) >= 0.9 * width
    # A wrapped line is full: its successor's first word would not have fitted on it.
    # Without this test a list of short headlines would be read as one paragraph.
    word = line.split(None, 1)[0]
    return len(prev) + 1 + len(word) > 0.85 * width


def _marked_heading(text: str, start: int, hints: dict[int, int]) -> int:
    if start in hints:
        return hints[start]  # 0 for an HTML list item or table cell
    found = _WIKI_HEADING.fullmatch(text) or _ATX_HEADING.fullmatch(text)
    return len(found.group(1)) if found else 0


def _is_boilerplate(text: str) -> bool:
    """Whether a whole line is boilerplate. Cheap substring tests guard the regexes."""
    if not _LETTER.search(text):
        return True
    if len(text) > _MAX_BOILER_CHARS:
        return False
    if _BOILER_LINE.fullmatch(text) or _BYLINE.fullmatch(text) or _meta_line(text):
        return True
    if ("›" in text or "»" in text) and _BREADCRUMB.search(text) and not _terminal(text):
        return True
    if _nav_segments(text) or _link_list(text):
        return True
    lower = text.lower()
    if len(text) <= 80 and _social(lower):
        return True
    if any(stem in lower for stem in _SUBSCRIBE_STEMS):
        if _PAYWALL_LINE.search(lower):
            return True
        if len(text.split()) <= 40 and _SUBSCRIBE.search(lower) and _PAYWALL_HINT.search(lower):
            return True
    return "cookie" in lower and len(text.split()) <= 80 and bool(_COOKIE_HINT.search(lower))


def _social(lower: str) -> bool:
    words = _WORD.findall(lower)
    return bool(words) and all(w in _SOCIAL for w in words) and not _SOCIAL_CORE.isdisjoint(words)


def _nav_segments(text: str) -> bool:
    """``Home > News`` or ``A | B | C``: separators between a few very short labels."""
    if " > " not in text and " | " not in text:
        return False
    for sep, least in ((" > ", 2), (" | ", 3)):
        parts = text.split(sep)
        if len(parts) >= least and all(0 < len(p.split()) <= 4 for p in parts):
            return not _terminal(text)
    return False


def _link_list(text: str) -> bool:
    """``Label: Topic A; Topic B; Topic C``: a run of short verbless items, not prose."""
    if sum(text.count(mark) for mark in ";|·•") < 2:
        return False
    body = text.split(": ", 1)[-1]
    items = [item for item in _LIST_SEP.split(body.rstrip(".")) if item]
    if len(items) < 3:
        return False
    return all(len(item.split()) <= 8 and not _verbish(item) for item in items)


def _meta_line(text: str) -> bool:
    """``Country: Cyprus`` (a known key), or infobox debris without the colon."""
    found = _KEY_VALUE.fullmatch(text)
    if found:
        return found.group(1).strip().lower() in _META_KEYS
    words = text.split()
    return (
        2 <= len(words) <= 4
        and words[0].lower() in _INFOBOX_KEYS
        and all(word[0].isupper() or word[0].isdigit() for word in words[1:])
    )


def _short_key_value(text: str) -> bool:
    found = _KEY_VALUE.fullmatch(text)
    return bool(found and len(found.group(1).split()) <= 3 and not _terminal(text))


def _key_value_runs(lines: list[tuple[int, int, str, bool]]) -> set[int]:
    """Indexes of lines in runs of 3+ short ``Key: value`` lines (spam metadata)."""
    flags = [_short_key_value(line[2]) for line in lines]
    out: set[int] = set()
    i = 0
    while i < len(flags):
        j = i
        while j < len(flags) and flags[j] and (j == i or not lines[j][3]):
            j += 1
        if j - i >= 3:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _trimmed(start: int, text: str) -> tuple[int, int, bool]:
    """Span of a prose line without bullet, snippet dateline and "More on x.com"."""
    lo, hi, listed = 0, len(text), False
    bullet = _BULLET.match(text)
    if bullet and bullet.end() < hi:
        lo, listed = bullet.end(), True
    for pattern in (_DATELINE, _MORE_ON_HEAD):
        found = pattern.match(text, lo)
        if found and found.end() < hi:
            lo = found.end()
    tail = _MORE_ON_TAIL.search(text, lo) if "More on " in text else None
    if tail and tail.start() > lo:
        hi = tail.start()
    return start + lo, start + hi, listed


def _blocks(
    text: str, hints: dict[int, int], *, markdown: bool = False, html: bool = False
) -> tuple[Block, ...]:
    """The prose and heading blocks of a decoded document, in order."""
    lines = _lines(text)
    # HTML lines are block elements, never hard-wrapped prose.
    width = 0 if html else _wrap_width(lines)
    units = _units(text, lines, hints, markdown, width)
    return tuple(_resolve(text, units))


def _units(
    text: str,
    lines: list[tuple[int, int, str, bool]],
    hints: dict[int, int],
    markdown: bool,
    width: int,
) -> list[_Unit]:
    metadata = _key_value_runs(lines)
    units: list[_Unit] = []
    skip_level, skip_list, fenced = 0, False, False
    prev_text = ""
    for index, (start, end, line, blank) in enumerate(lines):
        if markdown and _FENCE.match(line):
            fenced = not fenced
            continue
        level = _marked_heading(line, start, hints)
        if fenced or (skip_level and (not level or level > skip_level)):
            continue
        skip_level = 0
        if skip_list and (not blank) and (_BULLET.match(line) or len(line.split()) <= 8):
            continue
        skip_list = False
        if level:
            if _SKIP_SECTIONS.fullmatch(_heading_words(line)):
                skip_level = level
            else:
                units.append(_Unit(start, end, line, "heading", level))
            continue
        if _UNDERLINE.fullmatch(line) and len(line) >= 3:
            _promote_setext(units, line, blank)
            continue
        if index in metadata or _is_boilerplate(line):
            units.append(_Unit(start, end, line, "drop"))
            continue
        if _SKIP_SECTIONS.fullmatch(line):
            skip_list = True
            continue
        lo, hi, listed = _trimmed(start, line)
        listed = listed or start in hints
        last = units[-1] if units else None
        if last and last.kind == "text" and not blank and _joins(prev_text, line, width):
            last.end, last.text, last.lines = hi, text[last.start : hi], last.lines + 1
        else:
            unit = _Unit(lo, hi, text[lo:hi], "text")
            unit.list_item = listed
            units.append(unit)
        prev_text = line
    return units


def _heading_words(line: str) -> str:
    return line.strip("=# \t")


def _promote_setext(units: list[_Unit], line: str, blank: bool) -> None:
    """``Title`` over ``=====``/``-----`` is a Markdown heading; the rule is dropped."""
    last = units[-1] if units else None
    if last and not blank and last.kind == "text" and last.lines == 1:
        last.kind, last.level = "heading", 1 if line[0] == "=" else 2


def _prose_like(unit: _Unit) -> bool:
    if unit.lines > 1:
        return True
    words = len(unit.text.split())
    if (_terminal(unit.text) and words >= 3) or (unit.text[-1] == ":" and words >= 4):
        return True
    return words > _MAX_TITLE_WORDS


def _verbish(text: str) -> bool:
    """Whether a short line reads like a sentence rather than a label or title."""
    words = [word.strip(",.;:!?\"'“”‘’()") for word in text.split()]
    if len(words) < 3:
        return False
    for before, token in zip(["", *words], words, strict=False):
        if token.lower() in _VERBISH:
            return True
        if len(token) < 4 or not token.islower():
            continue
        if len(token) >= 5 and token.endswith("ed"):
            return True
        if before[:1].isupper() and token.endswith("s") and not token.endswith(_NOT_VERB_ENDINGS):
            return True
    return False


def _resolve(text: str, units: list[_Unit]) -> list[Block]:
    """Turn units into blocks: prose stays, title candidates become headings or go."""
    blocks: list[Block] = []
    for i, unit in enumerate(units):
        if unit.kind == "heading":
            blocks.append(Block(unit.start, unit.end, "heading", unit.level))
        elif unit.kind == "text" and _prose_like(unit):
            blocks.append(Block(unit.start, unit.end, "prose"))
        elif unit.kind == "text":
            start, end = _title_span(unit)
            if not unit.list_item and _prose_follows(units, i):
                blocks.append(Block(start, end, "heading", 1 if not blocks else 2))
            elif _verbish(text[start:end]):
                blocks.append(Block(start, end, "prose"))
    return blocks


def _title_span(unit: _Unit) -> tuple[int, int]:
    """A title line without its trailing ``- Site Name`` / ``| Site``."""
    found = _SITE_SUFFIX.search(unit.text)
    if found and len(unit.text[: found.start()].split()) >= 2:
        return unit.start, unit.start + found.start()
    return unit.start, unit.end


def _prose_follows(units: list[_Unit], index: int) -> bool:
    for unit in units[index + 1 :]:
        if unit.kind != "drop":
            return unit.kind == "text" and _prose_like(unit)
    return False
