"""RSS and Atom feeds, read as the pages they stand for.

A feed saved from a news site (as .xml, .rss, .atom, or often as .txt) holds its stories
as escaped HTML inside XML: read as text it would show markup, and every story would be
undated, for a feed dates its items in elements (``<pubDate>``), not in prose. So a feed
is parsed and rebuilt as one HTML page that :func:`extract.html_text.html_to_text` reads
like any other: the channel's title as the page's title, each item's title as a heading,
its date on the line under it (what dates the item's "on Friday"), then its text.

The XML is parsed without DTDs, entities or network access: a document is data, and a
feed that declares entities must not make the reader open local files.
"""

from __future__ import annotations

import html
import re
from typing import Any

__all__ = ["FEED_SUFFIXES", "feed_to_html", "looks_like_feed"]

FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})

# An XML declaration, comments or a doctype, then the root of an RSS 2.0, Atom or RSS 1.0
# (RDF) feed.
_FEED_SNIFF = re.compile(
    r"\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
    r"<(?:[\w-]+:)?(?:rss|feed|RDF)\b",
    re.DOTALL | re.IGNORECASE,
)
_XML_DECL = re.compile(r"\s*<\?xml[^>]*\?>")
# An item's date: RSS's pubDate, Atom's published (else updated), Dublin Core's date.
_DATE_TAGS = ("pubDate", "published", "date", "updated", "issued", "modified", "created")
# Its text, fullest first: RSS's content:encoded, Atom's content, then the summaries.
_BODY_TAGS = ("encoded", "content", "description", "summary")
# WordPress's footer in every item: "The post <a>Title</a> appeared first on <a>Site</a>."
# (it repeats the headline, whose places would count twice)
_APPEARED_FIRST = re.compile(
    r"<p>\s*The post\b.{0,800}?\bappeared first on\b.{0,300}?</p>", re.DOTALL | re.IGNORECASE
)


def looks_like_feed(text: str) -> bool:
    """Whether ``text`` is an RSS or Atom feed (judged by its first 4 KB)."""
    return _FEED_SNIFF.match(text, 0, 4096) is not None


def feed_to_html(text: str) -> str:
    """The feed as one HTML page. Raises ``ValueError`` when it holds no feed."""
    root = _parse(text)
    channel = _child(root, "channel") if _local(root.tag) == "rss" else root
    parts = ["<html><body>"]
    title = _child(channel, "title") if channel is not None else None
    if title is not None:
        parts.append(f"<h1>{_inline(title)}</h1>")
    entries = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not entries:
        raise ValueError("no items or entries")
    parts.extend(_entry(el) for el in entries)
    parts.append("</body></html>")
    return "\n".join(parts)


def _parse(text: str) -> Any:
    from lxml import etree  # imported here: lxml costs start-up time

    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    try:
        root = etree.fromstring(_XML_DECL.sub("", text.lstrip("\ufeff"), count=1), parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(str(exc) or "unparsable XML") from exc
    if root is None:
        raise ValueError("unparsable XML")
    return root


def _entry(el: Any) -> str:
    title = _child(el, "title")
    date = next((d for tag in _DATE_TAGS if (d := _child(el, tag)) is not None), None)
    body = next((b for tag in _BODY_TAGS if (b := _child(el, tag)) is not None), None)
    out = ["<article>"]
    if title is not None:
        out.append(f"<h2>{_inline(title)}</h2>")
    if date is not None and (when := " ".join((date.text or "").split())):
        out.append(f"<p>{html.escape(when)}</p>")
    if body is not None:
        out.append(f"<div>{_APPEARED_FIRST.sub('', _markup(body))}</div>")
    out.append("</article>")
    return "".join(out)


def _local(tag: Any) -> str:
    """A tag's name without its namespace ("{http://...content/}encoded" -> "encoded");
    comments and processing instructions have none."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el: Any, name: str) -> Any:
    return next((c for c in el if _local(c.tag) == name), None)


def _markup(el: Any) -> str:
    """An element's content as HTML: Atom's XHTML children as they are; an escaped or
    CDATA HTML string (RSS's description, Atom's type="html") as its markup; plain text
    (Atom's type="text") escaped."""
    from lxml import etree

    if len(el):
        inner = "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in el)
        return html.escape(el.text or "") + inner
    value = el.text or ""
    return html.escape(value) if el.get("type") == "text" else value


def _inline(el: Any) -> str:
    """A title's text, escaped: a title is one line of words, even one typed as HTML."""
    from lxml import etree

    text = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    if el.get("type") in ("html", "xhtml"):
        text = re.sub(r"<[^>]*>", "", html.unescape(text))
    return html.escape(" ".join(text.split()))
