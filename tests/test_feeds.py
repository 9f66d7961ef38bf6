"""RSS and Atom feeds: read as the page they stand for, each item dated by its own
element, whatever the file's suffix; hostile or broken XML refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.uploads import UPLOAD_TYPES
from extract.documents import SUPPORTED_SUFFIXES, document_from_bytes, read_document
from extract.errors import DocumentError
from extract.feeds import looks_like_feed

_ITEM = """
  <item>
    <title>{title}</title>
    <link>https://example.net/{n}</link>
    <dc:creator><![CDATA[Staff]]></dc:creator>
    <pubDate>{date}</pubDate>
    <description>{body}</description>
  </item>"""
_RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Levant Desk &#8211; Syria &amp; Lebanon</title>
  <link>https://example.net</link>
  <description>Reporting from the Levant</description>
  {items}
</channel>
</rss>
"""


def _rss(*items: tuple[str, str, str]) -> str:
    return _RSS.format(
        items="".join(
            _ITEM.format(title=t, date=d, body=b, n=n) for n, (t, d, b) in enumerate(items)
        )
    )


def test_an_rss_feed_saved_as_text_is_read_as_its_stories(tmp_path: Path) -> None:
    feed = _rss(
        (
            "Syrian forces take Hawsh al-Sayyed Ali",
            "Sun, 09 Feb 2025 11:20:30 +0200",
            "&lt;p&gt;Syrian forces seized the village of Hawsh al-Sayyed Ali on Saturday "
            "after clashes.&lt;/p&gt;&lt;p&gt;The force&amp;#8217;s commander spoke.&lt;/p&gt;"
            "&lt;p&gt;The post &lt;a href='x'&gt;Syrian forces take Aleppo&lt;/a&gt; appeared "
            "first on &lt;a href='y'&gt;Levant Desk&lt;/a&gt;.&lt;/p&gt;",
        ),
        (
            "Militias leave Al-Bukamal",
            "Sat, 07 Dec 2024 09:31:12 +0300",
            "<![CDATA[<p>Militias pulled out of Al-Mayadin on Friday.</p>]]>",
        ),
    )
    path = tmp_path / "feed.txt"
    path.write_text(feed, encoding="utf-8")
    text = read_document(path, tmp_path).text
    assert "<p>" not in text and "&lt;" not in text and "force’s commander" in text
    assert "Levant Desk – Syria & Lebanon" in text
    assert "appeared first" not in text  # the feed's footer repeats the headline
    events = by_place(extract_text(tmp_path, feed, "feed.txt"))
    # each item's weekday counts back from its own date, not the newest item's
    assert events["Hawsh al-Sayyed Ali"].date_start == "2025-02-08"
    assert events["Al-Mayadin"].date_start == "2024-12-06"
    assert "Aleppo" not in events


def test_an_atom_feed_with_xhtml_and_text_content(tmp_path: Path) -> None:
    feed = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Desk &amp;lt;b&amp;gt;Syria&amp;lt;/b&amp;gt;</title>
  <entry>
    <title>Strike near Damascus</title>
    <published>2024-04-02T06:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Israeli jets
      struck a building in Damascus on Monday.</p></div></content>
  </entry>
  <entry>
    <title>Talks</title>
    <updated>2024-03-20T06:00:00Z</updated>
    <summary type="text">Ministers met in Tehran &lt;b&gt; on Tuesday.</summary>
  </entry>
</feed>
"""
    doc = document_from_bytes(feed.encode(), "desk.atom")
    assert doc.text.startswith("Desk Syria\n")
    assert "Ministers met in Tehran <b> on Tuesday." in doc.text  # text stays text
    events = by_place(extract_text(tmp_path, feed, "desk.atom"))
    assert events["Damascus"].date_start == "2024-04-01"


def test_a_feed_cannot_make_the_reader_open_a_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET WORDS", encoding="utf-8")
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>x</title>
<item><title>Leak &leak;</title><description>Iran opened an embassy.</description></item>
</channel></rss>
"""
    doc = document_from_bytes(feed.encode(), "evil.xml")
    assert "TOP SECRET" not in doc.text
    assert "Iran opened an embassy." in doc.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'<?xml version="1.0"?><urlset><url>https://x</url></urlset>', "no items or entries"),
        (b"<rss><channel><title>x</title></channel></rss>", "no items or entries"),
    ],
)
def test_xml_that_is_no_feed_is_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        document_from_bytes(data, "sitemap.xml")
    assert str(caught.value) == f"sitemap.xml: no readable RSS or Atom feed ({reason})"


def test_a_feed_cut_off_midway_keeps_the_items_it_has() -> None:
    feed = _rss(("A", "Mon, 01 Apr 2024 10:00:00 +0000", "Jets struck Mezzeh."))
    doc = document_from_bytes(feed[: feed.index("</item>") + 7].encode(), "cut.rss")
    assert "Jets struck Mezzeh." in doc.text


def test_only_feeds_are_sniffed_as_feeds() -> None:
    assert looks_like_feed('\ufeff<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">')
    assert looks_like_feed('<feed xmlns="http://www.w3.org/2005/Atom">')
    assert looks_like_feed("<rdf:RDF xmlns:rdf='x'>")
    assert not looks_like_feed("<html><body>rss</body></html>")
    assert not looks_like_feed("Feed the hungry: <rss> is a format.")


_FEED_PIECES = st.sampled_from(
    [
        "<rss>", "<channel>", "</channel>", "<item>", "</item>", "<title>", "</title>",
        "<description>", "</description>", "<pubDate>", "</pubDate>", "&lt;p&gt;", "&amp;",
        "<![CDATA[", "]]>", "Sun, 09 Feb 2025 11:20:30 +0200", "Syria", "<!DOCTYPE rss>",
        "<entry>", "<content type='xhtml'>", "</content>", "\x00", "&bogus;",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_FEED_PIECES, st.text(max_size=6)), max_size=40))
def test_arbitrary_feed_xml_is_read_or_refused_cleanly(pieces: list[str]) -> None:
    try:
        doc = document_from_bytes(("<rss>" + "".join(pieces)).encode(), "x.xml")
    except DocumentError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("x.xml: ")
        return
    assert "<item>" not in doc.text
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(doc.text)


def test_the_dashboard_uploader_takes_every_suffix_the_reader_reads() -> None:
    assert {f".{t}" for t in UPLOAD_TYPES} == SUPPORTED_SUFFIXES
