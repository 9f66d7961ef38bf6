"""HTML to plain text for step 1: the visible prose, its line breaks and its headings.

Script, style, navigation, footer, aside, form, a site's header (not an article's, which
holds its title) and hidden elements (``hidden``, ``aria-hidden``, ``display:none``,
navigation roles, share/cookie/sidebar/ticker classes, and MediaWiki's citation marks,
edit links and navigation boxes) are dropped. Block elements
become line breaks (paragraph-like ones a blank line), runs of spaces collapse as a
browser would, ``<pre>`` keeps its layout. ``h1``-``h6`` are reported by offset so the
block finder can give them their level.
"""

from __future__ import annotations

import re
from typing import Any

from extract.wikitext import looks_like_wikitext

__all__ = ["html_to_text"]


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


_DROP_TAGS = _tags(
    "script style nav footer aside form noscript template svg iframe button "
    "select textarea object embed canvas head title meta link"
)
_PARA_TAGS = _tags(
    "p h1 h2 h3 h4 h5 h6 blockquote pre ul ol dl table figure hr section article main "
    "address details fieldset"
)
_LINE_TAGS = _tags(
    "div li dt dd tr br caption figcaption summary center dialog hgroup tbody thead tfoot body html"
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Lines that are never a title: list items, cells, and a picture's caption (whose date,
# as a heading's, would date the story under it).
_ITEM_TAGS = frozenset({"li", "td", "th", "dt", "dd", "figcaption"})
# (with a site's own prefix or suffix: "topnav", "main-menu", "cookie-bar", "share-box")
_NOISE_CLASS = re.compile(
    r"(?:(?:site|top|main|primary|global|sub|mobile|header|footer)[-_]?)?"
    r"(?:nav|navbar|navigation|menu|(?:bread)?crumbs?|sidebar|share|sharing|"
    r"social(?:[-_]?(?:share|links))?|comments|related(?:[-_]?posts)?|advert|"
    r"advertisement|newsletter|paywall|cookie(?:[-_]?(?:banner|notice|consent))?|"
    # a consent manager's privacy notice ("cmp-banner", id="consent", "gdpr-box")
    r"consent|gdpr|cmp[-_]?(?:banner|dialog|modal|layer)|"
    r"site[-_]?(?:footer|header)|ticker|breaking[-_]?news|logo|masthead|top[-_]?bar|"
    # MediaWiki: citation marks ("[4]"), "[citation needed]", "[edit]", navigation boxes,
    # disambiguation notes and category links are no prose.
    r"reference|noprint|mw-editsection|mw-jump-link|navbox|catlinks|printfooter|hatnote|"
    r"mw-cite-backlink|metadata|mw-navigation|mw-head|mw-panel|toc|footer)"
    r"(?:[-_]?(?:bar|box|banner|links|list|wrap|wrapper|container|area|block|widget))?",
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
        self.row_cells = 0  # cells so far in the current table row
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

    def cell(self) -> None:
        """Cells are kept apart as a Markdown row ("| Imam Ali base | Deir ez-Zor |"), so
        a row reads as one line whose parts stay distinct."""
        self.text("| " if not self.row_cells else " | ", False)
        self.row_cells += 1

    def end_row(self) -> None:
        if self.row_cells:
            self.text(" |", False)
        self.row_cells = 0

    def open_heading(self) -> None:
        self.heading_at = -1

    def close_heading(self, level: int) -> None:
        if self.heading_at is not None and self.heading_at >= 0:
            self.headings[self.heading_at] = level
        self.heading_at = None


def html_to_text(markup: str) -> tuple[str, dict[int, int]]:
    """Visible text of an HTML page, and line start offset -> heading level (0 marks a
    list item or table cell). Raises ``ValueError`` when there is no HTML to parse."""
    import lxml.html  # imported here: lxml costs start-up time
    from lxml import etree

    try:
        # huge_tree lifts libxml2's nesting limit from 256 to 2048 levels; the caller
        # has already capped the input size.
        parser = lxml.html.HTMLParser(huge_tree=True)
        root = lxml.html.document_fromstring(_XML_DECL.sub("", markup, count=1), parser=parser)
    except etree.ParserError as exc:
        raise ValueError(str(exc) or "unparsable HTML") from exc
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
            if tag in ("form", "textarea"):
                for area in _source_boxes(el):
                    _read_source(area, sink)
            if el.tail:
                sink.text(el.tail, pre)
            continue
        inner_pre = pre or tag == "pre"
        _enter(tag, sink)
        if el.text:
            sink.text(el.text, inner_pre)
        stack.append((el, True, pre))
        stack.extend((child, False, inner_pre) for child in reversed(el))


# A form's text box is furniture (a comment box, a search field), unless it holds the
# page's own text: an "Edit source" page keeps the article's wikitext in one.
_MIN_SOURCE_CHARS = 400


def _source_boxes(el: Any) -> list[Any]:
    """The textareas in (or being) ``el`` that hold prose or wikitext."""
    return [area for area in el.iter("textarea") if _holds_source(_box_text(area))]


def _holds_source(content: str) -> bool:
    return len(content) >= _MIN_SOURCE_CHARS or looks_like_wikitext(content)


def _box_text(area: Any) -> str:
    """A textarea's text; tags a page left unescaped in it are its text too."""
    from lxml import etree  # (lxml is imported lazily: it costs start-up time)

    inner = [etree.tostring(child, encoding=str, method="html") for child in area]
    return (area.text or "") + "".join(inner)


def _read_source(area: Any, sink: _TextSink) -> None:
    """The box's text as it is laid out (as ``<pre>``), a paragraph of its own."""
    sink.newline(2)
    sink.text(_box_text(area).strip("\n"), True)
    sink.newline(2)


def _tag(el: Any) -> str | None:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else None


def _hidden(el: Any, tag: str) -> bool:
    if tag in _DROP_TAGS:
        return True
    if tag == "header":
        # a site's header (logo, menu) is no text; an article's (title, byline) is
        return el.find(".//h1") is None and el.find(".//h2") is None
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
    if tag in _ITEM_TAGS:
        sink.item_wanted = True
    if tag in ("td", "th"):
        sink.cell()
    elif tag == "tr":
        sink.row_cells = 0


def _leave(tag: str, sink: _TextSink) -> None:
    if tag == "tr":
        sink.end_row()
    if tag in _HEADINGS:
        sink.close_heading(_HEADINGS[tag])
        sink.newline(2)
    elif tag in _PARA_TAGS:
        sink.newline(2)
    elif tag in _LINE_TAGS:
        sink.newline(1)
