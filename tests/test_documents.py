"""Reading documents: formats, decoding, boilerplate, headings, bad input, folders."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.documents import (
    MAX_BYTES,
    SUPPORTED_SUFFIXES,
    decode_text,
    document_from_bytes,
    find_documents,
    read_document,
)
from extract.errors import DocumentError
from extract.records import Document

FIXTURES = Path(__file__).parent / "fixtures" / "docs"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A real, minimal PDF (Helvetica text, one line per string) that pypdf can read."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def kept(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


def headings(doc: Document) -> list[tuple[int, str]]:
    return [(b.level, doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "heading"]


def covered(doc: Document, needle: str) -> bool:
    """Whether ``needle`` lies inside one kept block."""
    return any(needle in text for text in kept(doc))


def assert_well_formed(doc: Document) -> None:
    end = 0
    for block in doc.blocks:
        text = doc.text[block.start : block.end]
        assert block.start >= end, "blocks overlap or are out of order"
        assert text and text == text.strip(), f"block not trimmed: {text!r}"
        assert (block.kind == "heading") == (block.level > 0)
        end = block.end


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Tartus naval base", "Tartus naval base"),
        (b"\xef\xbb\xbfLatakia", "Latakia"),  # UTF-8 BOM stripped
        (b"\xff\xfe" + "Homs".encode("utf-16-le"), "Homs"),
        (b"\xfe\xff" + "Ḥamāh café".encode("utf-16-be"), "Ḥamāh café"),
        ("Sayyida Zaynab’s shrine – café".encode("cp1252"), "Sayyida Zaynab’s shrine – café"),
        (b"one\r\ntwo\rthree\x0cfour", "one\ntwo\nthree\nfour"),
        (b"bad \x81\xff bytes", "bad \ufffd\ufffd bytes"),  # neither UTF-8 nor cp1252
    ],
)
def test_decode_text(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


@given(st.binary(max_size=2000))
def test_decode_text_never_raises_and_has_no_carriage_returns(data: bytes) -> None:
    text = decode_text(data)
    assert "\r" not in text


def test_bom_and_crlf_file_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfIran opened an embassy in Damascus.\r\n\r\nIt grew fast.\r\n")
    doc = read_document(path, tmp_path)
    assert doc.text.startswith("Iran opened")
    assert kept(doc) == ["Iran opened an embassy in Damascus.", "It grew fast."]


def test_cp1252_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Pilgrims visited the shrine in 2008 – “Ruqayya”.".encode("cp1252"))
    doc = read_document(path)
    assert kept(doc) == ["Pilgrims visited the shrine in 2008 – “Ruqayya”."]


def test_utf16_file_with_bom_is_not_taken_for_binary(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes("\ufeffIran signed a deal with Syria in 2006.".encode("utf-16-le"))
    assert kept(read_document(path)) == ["Iran signed a deal with Syria in 2006."]


def test_html_declared_charset_is_used_when_not_utf8() -> None:
    arabic = "زار الرئيس دمشق في عام 2023 وقال إن التعاون سيستمر."
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{arabic}</p></body></html>'
    doc = document_from_bytes(page.encode("cp1256"), "ar.html")
    assert kept(doc) == [arabic]


# --------------------------------------------------------------------------- formats


def test_every_supported_suffix_has_a_reader() -> None:
    expected = {".txt", ".md", ".html", ".htm", ".pdf", ".srt", ".vtt", ".xml", ".rss", ".atom"}
    assert expected == SUPPORTED_SUFFIXES
    assert MAX_BYTES == 20 * 1024 * 1024


def test_txt_wiki_headings_levels_and_see_also_dropped() -> None:
    doc = read_document(FIXTURES / "wiki.txt", FIXTURES)
    assert doc.source == "wiki.txt"
    assert headings(doc) == [
        (1, "= Iran–Lebanon relations ="),
        (2, "==History=="),
        (3, "===Before 1979==="),
        (3, "===1979–2000s==="),
        (3, "=== Recent years (2019–present) ==="),
    ]
    assert covered(doc, "Iran opened a legation in Beirut in 1944.")
    for gone in ("See also", "Foreign relations of Lebanon", "References", "Example Press"):
        assert not covered(doc, gone), gone
    assert_well_formed(doc)


def test_txt_spam_metadata_and_banners_dropped() -> None:
    doc = read_document(FIXTURES / "spam.txt", FIXTURES)
    assert kept(doc) == [
        "Iran and Iraq relations pdf download. Tehran has deepened its ties with Baghdad "
        "since 2003, and pilgrims travel to Karbala every year.",
        "In 2019, Iranian engineers rebuilt a power station near Basra. The project was "
        "completed within two years.",
        "Iraqi officials said the agreement would be renewed in 2024.",
    ]
    # The dropped lines are still in the text: offsets are those of the decoded file.
    assert "Country: Malta" in doc.text


def test_numbered_section_titles_are_headings_and_an_unmarked_bibliography_is_dropped() -> None:
    text = (
        "1. Introduction\nIran's ties with Syria date back to the 1979 revolution.\n\n"
        "2.1 Basing\nThe Imam Ali base was built in 2018.\n\n"
        "1. Damascus\n2. Aleppo\n\n"
        "References\n"
        "Goodarzi, J. (2006). Syria and Iran: Diplomatic Alliance and Power Politics in the"
        " Middle East. London: I.B. Tauris.\n"
        "Lister, C., et al. (2018). Iran's Network in Syria. Washington, DC: Middle East"
        " Institute.\n"
    )
    doc = document_from_bytes(text.encode(), "paper.txt")
    assert headings(doc) == [(1, "Introduction"), (2, "2.1 Basing")]
    assert not any("Goodarzi" in block or "Tauris" in block for block in kept(doc))
    assert "Damascus" not in [h for _, h in headings(doc)]  # a list, not a section


def test_markdown_headings_setext_front_matter_code_and_sources() -> None:
    doc = read_document(FIXTURES / "notes.md", FIXTURES)
    assert headings(doc) == [(1, "# Field notes on the coast"), (2, "Background")]
    assert kept(doc)[1] == (
        "Russia expanded the naval facility at Tartus in 2017. Work continued into the next year."
    )
    for gone in ("title: Field notes", "tags:", 'print("not prose")', "Example report"):
        assert not covered(doc, gone), gone
    assert_well_formed(doc)


def test_html_drops_script_style_nav_header_footer_aside_form_and_hidden() -> None:
    doc = read_document(FIXTURES / "page.html", FIXTURES)
    for gone in ("dataLayer", "font-family", "World", "Menu", "Most read", "Search", "Copyright"):
        assert gone not in doc.text, gone
    assert "Hidden text" not in doc.text
    assert "Share on Twitter" not in doc.text  # class="share"
    assert headings(doc) == [(1, "Shrines in Damascus"), (2, "Restoration"), (3, "Details")]
    assert covered(
        doc,
        "Iran helped to renovate the Sayyida Zaynab shrine south of Damascus in the 1990s. "
        "Pilgrims from Iran visit it every year.",
    )
    assert covered(doc, "pilgrims & tourists.")  # entities decoded
    assert covered(doc, "Iran also restored the shrine of Sayida Ruqayya in the old city.")
    assert not covered(doc, "Old city")  # a verbless list item is not a heading or prose
    assert_well_formed(doc)


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<p>Iran <b>launched</b> missiles</p>", "Iran launched missiles"),
        ("<p>Iran<b>launched</b></p>", "Iranlaunched"),
        ("<p>  lead   and\n trail  </p>", "lead and trail"),
        ("<p>Iran<br>Syria</p>", "Iran\nSyria"),
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<ul><li>One</li><li>Two</li></ul>", "One\nTwo"),
        ("<table><tr><td>Site</td><td>Iran</td></tr></table>", "| Site | Iran |"),
        ("<pre>a = 1\n  b = 2</pre>", "a = 1\n  b = 2"),
        ("<p>Tom &amp; Jerry&nbsp;met</p>", "Tom & Jerry met"),
        ("<p>x<!-- note -->y</p><script>z</script>", "xy"),
    ],
)
def test_html_text_spacing(body: str, text: str) -> None:
    page = f"<html><body>{body}</body></html>"
    assert document_from_bytes(page.encode(), "p.html").text == text


def test_an_articles_header_is_read_and_a_sites_header_and_ticker_are_not() -> None:
    page = (
        '<html><body><header><div class="logo">PRESS TV</div><span>Menu</span>'
        '<div class="ticker">Breaking: Araghchi to visit Muscat</div></header>'
        "<header><p>LONG READ</p><h1>The last Russians of Latakia</h1>"
        '<p class="byline">By Anna Vlasova · 11 November 2025</p></header>'
        "<p>The villa stands on the edge of Latakia.</p></body></html>"
    )
    text = document_from_bytes(page.encode(), "p.html").text
    assert text == (
        "LONG READ\n\nThe last Russians of Latakia\n\nBy Anna Vlasova · 11 November 2025\n\n"
        "The villa stands on the edge of Latakia."
    )


def test_mediawiki_citation_marks_edit_links_and_navigation_are_dropped(tmp_path: Path) -> None:
    page = tmp_path / "T4.html"
    page.write_text(
        '<div id="mw-navigation"><a href="/">Main page</a></div>'
        '<h2><span class="mw-headline">History</span><span class="mw-editsection">'
        "[<a>edit</a>]</span></h2>"
        '<p>The base was besieged in 2015.<sup class="reference"><a>[2]</a></sup> Missiles '
        'struck T-4 in 2018.<sup class="noprint Inline-Template">[<a>citation needed</a>]'
        '</sup></p><div id="footer">This page was last edited on 3 May 2024.</div>',
        encoding="utf-8",
    )
    text = read_document(page, tmp_path).text
    assert text == "History\n\nThe base was besieged in 2015. Missiles struck T-4 in 2018."


def test_html_nesting_deeper_than_the_recursion_limit_is_read() -> None:
    page = "<div>" * 1500 + "<p>Iran opened a consulate in Aleppo in 1946.</p>" + "</div>" * 1500
    doc = document_from_bytes(page.encode(), "deep.html")
    assert kept(doc) == ["Iran opened a consulate in Aleppo in 1946."]


def test_txt_that_is_really_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text("<!DOCTYPE html><html><body><p>Iran sent advisers to Homs.</p></body></html>")
    assert read_document(path).text == "Iran sent advisers to Homs."


def test_pdf_pages_joined_with_blank_lines_and_wrapped_lines_joined() -> None:
    data = make_pdf(
        [
            [
                "Iran and Syria",
                "In 2017 Iran launched missiles into eastern Syria, targeting fighters in",
                "Deir ez-Zor. The strike followed attacks in Tehran that killed eighteen",
                "people, officials said at the time of the attack on the parliament.",
            ],
            ["Iran opened its first cultural centre in Damascus in 1983."],
        ]
    )
    doc = document_from_bytes(data, "report.pdf")
    assert "\n\n" in doc.text
    assert headings(doc) == [(1, "Iran and Syria")]
    assert kept(doc)[1].startswith("In 2017 Iran launched")
    assert kept(doc)[1].endswith("the parliament.")
    assert kept(doc)[2] == "Iran opened its first cultural centre in Damascus in 1983."


def test_pdf_words_broken_at_a_line_end_are_joined() -> None:
    data = make_pdf(
        [
            [
                "Iranian engineers built depots near the Mezzeh air-",
                "base before its com-",
                "pletion, with pro-",
                "Iranian militias from Deir ez-",
                "Zor.",
            ]
        ]
    )
    text = document_from_bytes(data, "brief.pdf").text
    assert "Mezzeh airbase before its completion" in text
    # a hyphen before a capital is the name's: it stays, and the name is whole again
    assert "pro-Iranian" in text and "Deir ez-Zor" in text


def test_read_document_pdf_from_disk_source_is_relative_posix(tmp_path: Path) -> None:
    folder = tmp_path / "reports" / "2024"
    folder.mkdir(parents=True)
    path = folder / "brief.pdf"
    path.write_bytes(make_pdf([["Russia and Iran met in Tehran in 2015 to plan the campaign."]]))
    doc = read_document(path, tmp_path)
    assert doc.source == "reports/2024/brief.pdf"
    assert kept(doc) == ["Russia and Iran met in Tehran in 2015 to plan the campaign."]


# --------------------------------------------------------------------------- boilerplate

PROSE_BEFORE = "Iran opened a consulate in Aleppo in 1946."
PROSE_AFTER = "Russia deployed jets to the Khmeimim air base in 2015."


def _between(line: str) -> Document:
    text = f"{PROSE_BEFORE}\n\n{line}\n\n{PROSE_AFTER}\n"
    return document_from_bytes(text.encode(), "doc.txt")


@pytest.mark.parametrize(
    "line",
    [
        "Home > News > Middle East",
        "site.org › wiki › Iran–Syria_relations",
        "Share on Facebook · Tweet · Email",
        "Share this article",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "(Visited 12 times, 1 visits today)",
        "By Adam",
        "By Sara Khalil | Reuters",
        "Consider subscribing for free access to the full content!",
        "Vous devez souscrire à un abonnement pour avoir accès au contenu - Prendre l'abonnement",
        "Suscríbete para acceder al contenido completo",
        "Jetzt abonnieren und weiterlesen",
        "We use cookies to improve your experience on our website. Accept all",
        "More on reddit.com",
        "03:51",
        "Factsheet",
        "Country Iran",
        "Videos",
        "Author: Jane Doe",
        "ISBN: 978-3-16-148410-0",
        "Copyright 2024 Example Media. All rights reserved.",
        "Skip to main content",
        "https://example.org/news/iran-syria",
        "Topics: Iran; Syria; Russia; Turkey",
        # a forum reply's or a mail's subject: the thread's title again
        "Re: Damascus airport hit AGAIN - out of service",
        "RE: Re: Strikes near Sayyida Zeinab tonight",
        "News » Middle East » Syria",
    ],
)
def test_boilerplate_line_is_not_kept(line: str) -> None:
    doc = _between(line)
    assert kept(doc) == [PROSE_BEFORE, PROSE_AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "Iran subscribed to the 2015 agreement and kept its advisers in Syria.",
        "By 2015 Russia had deployed jets to Latakia.",
        "Home to the Sayyida Zaynab shrine, the district drew pilgrims from Iran.",
        "Country music is popular in Tartus, a local paper said in 2019.",
        "Global sanctions on Syria eased, but key restrictions remain",
        "Re-armed militias returned to Palmyra in 2017.",
        # a digest's summary, its link to the whole story after it
        "Russian jets struck the outskirts of Jisr al-Shughur on Monday. Read more »",
        "Pilgrims crowded the Sayyida Zeinab shrine on Monday night. Continue reading →",
        "Drones hit a militia convoy near al-Mayadin, the network said. More »",
    ],
)
def test_prose_that_looks_like_boilerplate_is_kept(line: str) -> None:
    assert line in kept(_between(line))


def test_key_value_runs_are_dropped_even_with_unknown_keys() -> None:
    text = f"{PROSE_BEFORE}\n\nMirror: fast\nFormat: epub\nSeeders: 12\n\n{PROSE_AFTER}\n"
    assert kept(document_from_bytes(text.encode(), "d.txt")) == [PROSE_BEFORE, PROSE_AFTER]


def test_search_snippet_keeps_prose_after_the_dateline() -> None:
    text = (
        "Example Institute\n"
        "example.org › analysis › iran\n"
        "Iran Update, November 21, 2025 | ISW\n"
        "3 weeks ago - Although Iran was ambivalent, Syria joined the coalition in 1990.\n"
        "June 2, 2025 - As such, he will seek to avoid any overtures toward Iran.\n"
        "Relations with Iran\n"
        "No, Iran is not a partner here, and we only trade with Russia. More on reddit.com\n"
        "More on reddit.comWhat would happen if Iran and Syria formed a new alliance?\n"
    )
    doc = document_from_bytes(text.encode(), "dump.txt")
    assert headings(doc) == [(1, "Iran Update, November 21, 2025"), (2, "Relations with Iran")]
    assert kept(doc)[1:3] == [
        "Although Iran was ambivalent, Syria joined the coalition in 1990.",
        "As such, he will seek to avoid any overtures toward Iran.",
    ]
    assert kept(doc)[4:] == [
        "No, Iran is not a partner here, and we only trade with Russia.",
        "What would happen if Iran and Syria formed a new alliance?",
    ]
    assert not covered(doc, "Example Institute")


def test_title_line_before_prose_is_a_heading_without_its_site_suffix() -> None:
    text = "Iran–Syria relations - Wikipedia\n\nIran and Syria signed a pact in 2006.\n"
    doc = document_from_bytes(text.encode(), "t.txt")
    assert headings(doc) == [(1, "Iran–Syria relations")]


def test_hard_wrapped_paragraphs_become_one_block_each() -> None:
    para = (
        "In late June 2011 the Supreme Leader said that in Syria the hand of America\n"
        "and Israel was evident, and other Iranian officials made similar statements\n"
        "about the uprising in the weeks that followed, according to state media.\n"
    )
    second = (
        "Iran reportedly assisted the Syrian government with riot control equipment\n"
        "and intelligence monitoring techniques during the crackdown on protests.\n"
    )
    doc = document_from_bytes((para + "\n" + second).encode(), "wrapped.md")
    assert kept(doc) == [para.strip(), second.strip()]


def test_headline_list_is_not_mistaken_for_wrapped_prose() -> None:
    """Regression: long lines without full stops once merged into one paragraph."""
    text = (
        "Iran struggling for relevance in post-Assad Syria\n"
        "Syria expelled Iranian forces, president says\n"
        "Global sanctions on Syria eased, but key restrictions remain\n"
        "Israel struck a weapons depot near Masyaf overnight\n"
        "Russia keeps its naval facility at Tartus for now\n"
    )
    doc = document_from_bytes(text.encode(), "headlines.txt")
    assert kept(doc) == [
        "Syria expelled Iranian forces, president says",
        "Global sanctions on Syria eased, but key restrictions remain",
        "Israel struck a weapons depot near Masyaf overnight",
        "Russia keeps its naval facility at Tartus for now",
    ]


# --------------------------------------------------------------------------- bad input


def _message(exc: pytest.ExceptionInfo[DocumentError]) -> str:
    message = str(exc.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\t\n", "empty"),
        ("nul.txt", b"Iran\x00\x01\x02 Syria" * 10, "binary"),
        ("control.txt", bytes(range(1, 9)) * 40, "binary"),
        ("mojibake.txt", b"\x81\x8d\x8f\x90\x9d" * 40, "undecodable"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "broken PDF"),
        ("fake.pdf", b"just some text, not a pdf", "not a PDF"),
        ("scripts.html", b"<html><script>var a = 1;</script></html>", "no readable text"),
        ("notes.docx", b"PK\x03\x04", "unsupported"),
    ],
)
def test_bad_bytes_raise_document_error_naming_the_file(
    name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(DocumentError) as exc:
        document_from_bytes(data, name)
    message = _message(exc)
    assert name in message
    assert reason in message


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Iran and Syria. " * 100)
    with pytest.raises(DocumentError) as exc:
        read_document(path, max_bytes=100)
    assert str(path) in _message(exc)
    assert "limit" in _message(exc)
    with pytest.raises(DocumentError, match="limit"):
        document_from_bytes(b"x" * 101, "upload.txt", max_bytes=100)


@pytest.mark.parametrize(("user_password", "reason"), [("secret", "encrypted"), ("", None)])
def test_encrypted_pdf(user_password: str, reason: str | None) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Iran met Syria in 2010."]]))))
    writer.encrypt(user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    if reason is None:  # an empty user password opens without asking
        assert kept(document_from_bytes(buffer.getvalue(), "open.pdf")) == [
            "Iran met Syria in 2010."
        ]
        return
    with pytest.raises(DocumentError) as exc:
        document_from_bytes(buffer.getvalue(), "locked.pdf")
    assert "locked.pdf" in _message(exc)
    assert reason in _message(exc)


def test_pdf_without_text_is_refused() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError, match=r"scan\.pdf: PDF has no extractable text"):
        document_from_bytes(buffer.getvalue(), "scan.pdf")


def test_missing_file_and_folder_raise_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "gone.txt")
    folder = tmp_path / "looks.txt"
    folder.mkdir()
    with pytest.raises(DocumentError, match="folder"):
        read_document(folder)


# --------------------------------------------------------------------------- folders


def test_find_documents_walks_sorted_skips_hidden_unsupported_and_readme(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for rel in ("b.txt", "a/z.md", "a/y/x.html", "c.PDF", ".hidden.txt", ".git/config.txt"):
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text("x")
    (corpus / "data.json").write_text("{}")
    (corpus / "README.md").write_text("about this corpus")
    single = tmp_path / "single.htm"
    single.write_text("x")
    pairs, notes = find_documents([corpus, single, tmp_path / "missing", corpus / "b.txt"])
    rels = [(f.relative_to(root).as_posix(), root) for f, root in pairs]
    assert rels == [
        ("a/y/x.html", corpus),
        ("a/z.md", corpus),
        ("b.txt", corpus),
        ("c.PDF", corpus),
        ("single.htm", tmp_path),
    ]
    joined = "\n".join(notes)
    assert "README.md" in joined
    assert ".json" in joined
    assert "missing" in joined
    assert ".hidden" not in joined


def test_find_documents_notes_unsupported_file_given_directly(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK")
    pairs, notes = find_documents([path])
    assert pairs == []
    assert len(notes) == 1
    assert "slides.pptx" in notes[0]
    assert "unsupported" in notes[0]


def test_read_document_without_root_uses_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "note.txt"
    path.parent.mkdir()
    path.write_text("Iran opened an embassy in Damascus in 1946.")
    assert read_document(path).source == "note.txt"
    assert read_document(path, tmp_path).source == "deep/note.txt"


# --------------------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000), st.sampled_from([".txt", ".md", ".html"]))
def test_arbitrary_text_is_read_or_refused_cleanly(text: str, suffix: str) -> None:
    try:
        doc = document_from_bytes(text.encode(), "x" + suffix)
    except DocumentError:
        return
    assert_well_formed(doc)


_HTML_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<h2>", "</h2>", "<li>", "<br>", "<div hidden>", "</div>", "<pre>",
        "</pre>", "<script>", "</script>", "<td>", "<!--", "-->", "&amp;", "&nbsp;", " ",
        "\n", "Iran opened an embassy.", "Syria", "==History==", "<?xml version='1.0'?>",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_HTML_PIECES, st.text(max_size=6)), max_size=40))
def test_arbitrary_html_is_read_or_refused_cleanly(pieces: list[str]) -> None:
    try:
        doc = document_from_bytes("".join(pieces).encode(), "x.html")
    except DocumentError as exc:
        assert "\n" not in str(exc)
        return
    assert_well_formed(doc)
    assert "<p>" not in doc.text


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(sorted(SUPPORTED_SUFFIXES)))
def test_arbitrary_bytes_are_read_or_refused_cleanly(data: bytes, suffix: str) -> None:
    try:
        doc = document_from_bytes(data, "x" + suffix)
    except DocumentError as exc:
        assert "\n" not in str(exc)
        return
    assert_well_formed(doc)


def test_a_snippet_cut_short_is_prose_not_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "results.txt"
    path.write_text(
        "The shrine of Sayyida Zaynab is visited by thousands of pilgrims every year...\n\n"
        "Russian cargo planes left Hmeimim air base in Latakia on Friday.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert headings(doc) == []
    assert covered(doc, "visited by thousands of pilgrims every year...")


def test_figure_captions_and_source_lines_are_dropped() -> None:
    text = (
        "Report\n\nFigure 3: Reported Israeli strikes in Syria, 2017-2020\n\n"
        "Israel struck Damascus in 2019.\n\nSource: ACLED data, 2021.\n"
    )
    doc = document_from_bytes(text.encode(), "report.txt")
    assert not any("Figure" in block or "ACLED" in block for block in kept(doc))
    assert "Israel struck Damascus in 2019." in kept(doc)


@pytest.mark.parametrize("title", ["Similar Threads", "Trending in r/syriancivilwar:"])
def test_a_forums_lists_of_other_threads_are_not_prose(tmp_path: Path, title: str) -> None:
    path = tmp_path / "thread.txt"
    links = "- Tartus naval base upgrade (Replies: 88)\n- Israeli strikes hit Kisweh\n"
    path.write_text(f"Russian jets left the Hmeimim air base.\n\n{title}\n{links}", "utf-8")
    doc = read_document(path, tmp_path)
    assert not covered(doc, "Tartus naval") and not covered(doc, "Kisweh")


def test_a_long_tag_list_is_metadata_not_prose(tmp_path: Path) -> None:
    tags = (
        "Tags: Israeli aggression, Damascus, Kafr Sousa, martyrs, Syrian air defenses, "
        "occupied Golan, Mezzeh, Middle East news"
    )
    path = tmp_path / "page.txt"
    path.write_text(f"Russian jets left the Hmeimim air base on Monday.\n\n{tags}\n", "utf-8")
    doc = read_document(path, tmp_path)
    assert "Tags:" not in "".join(doc.text[b.start : b.end] for b in doc.blocks)


@pytest.mark.parametrize(
    "hatnote",
    [
        "This article is about the Israeli operations in southern Syria.",
        "For the strikes, see Israeli airstrikes in Syria (December 2024).",
        "Main article: Khan Shaykhun chemical attack",
        "Not to be confused with the 2018 Damascus strikes.",
        "> This article is about the city. For the Russian naval facility, see [Tartus](#).",
        "**Read also:** Old photo of Iranian consulate in Aleppo shared as new",
        "*Read also: Video of a convoy bombed at Qusayr is from Yemen*",
        "\\1\\ Department of Defense press briefing on Syria, January 29, 2024.",
        "Media related to Kuweires Military Airbase at Wikimedia Commons",
        # maintenance notices, whose month dates the notice, not the article
        "> *This list is incomplete; you can help by adding missing items.* (March 2024)",
        "This article needs to be updated. Please help update it. (December 2024)",
    ],
)
def test_an_encyclopedias_hatnotes_are_not_prose(tmp_path: Path, hatnote: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"Israeli jets struck Damascus in 2024.\n\n{hatnote}\n", "utf-8")
    assert not covered(read_document(path, tmp_path), hatnote[:20])


def test_html_drops_menus_and_banners_named_with_a_sites_own_prefix_or_suffix() -> None:
    page = (
        '<html><body><div class="cookie-bar">This site uses cookies. Find out more</div>'
        '<ul class="topnav"><li><a href="/">Mashreq Review</a></li><li>Levant</li></ul>'
        '<div class="main-menu">Iran</div><div class="cmp-banner">We value your privacy.</div>'
        '<div id="consent"><p>Manage partners</p></div><div class="gdpr-box">Accept</div>'
        "<article><h1>Israel hits T-4</h1>"
        '<p class="byline">A and B | Thursday 10 May 2018</p>'
        "<p>Israeli jets struck the T-4 airbase early on Thursday.</p></article></body></html>"
    )
    doc = document_from_bytes(page.encode(), "page.html")
    for gone in ("cookies", "Mashreq Review", "Levant", "Iran\n", "privacy", "partners", "Accept"):
        assert gone not in doc.text, gone
    assert covered(doc, "Israeli jets struck the T-4 airbase early on Thursday.")
