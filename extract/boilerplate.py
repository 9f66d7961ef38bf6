"""Line-level boilerplate rules for step 1: what is not prose, and what to trim.

Every rule is general (no seed sentence is named here): spam metadata (``Key: value``
runs and known keys such as ``Country:``, ``ISBN:``, infobox debris like ``Country
Iran``), navigation and breadcrumbs (``Home > News``, ``site.org › wiki › Page``),
share/social lines, comment-form furniture (``Leave a Reply``), bylines (``By Adam``),
visit counters, subscription and paywall banners in several languages, cookie notices,
search-engine labels (``Videos``, ``People also ask``), link lists separated by ``;``
or ``·``, bare URLs, and lines with no letters (``03:51``). Long lines (over
``_MAX_BOILER_CHARS``) are always prose: banners are short.

``trim_line`` cuts what may stick to kept prose: list bullets, a search snippet's
``3 weeks ago - `` or ``June 2, 2025 - `` dateline (when the page was published, not
when its events happened; a bulleted timeline entry keeps its date) and ``More on
reddit.com`` glued before or after.
"""

from __future__ import annotations

import re

from extract import lexicon

__all__ = [
    "METADATA_KEYS",
    "PHOTO_CREDIT",
    "ends_sentence",
    "is_boilerplate",
    "is_list_item",
    "is_skip_section",
    "is_told_caption",
    "key_value_runs",
    "reads_like_sentence",
    "running_heads",
    "sentence_cased",
    "site_suffix_start",
    "snippet_date",
    "trim_line",
]


def _words(text: str, sep: str | None = None) -> frozenset[str]:
    """A word set written as one string (easier to read and extend than a literal)."""
    return frozenset(text.split(sep))


_TERMINAL = re.compile(r"""(?<!\.\.)[.!?](?:["'”’»)\]]+)?$|[.!?]["'”’»)\]]*\s*\[\d+\]$""")
_LIST_SEP = re.compile(r"\s*[;|·•]\s*")
_BULLET = re.compile(r"(?:[-*+•◦▪‣–—·]|\d{1,3}[.)])\s+")
# A transcript's speaker in capitals: "MARTHA RADDATZ, ABC "THIS WEEK" CO-ANCHOR: ",
# "HOST: ", "[00:14:32] GEN. KURILLA: " -- who speaks, not what is said.
_SPEAKER = re.compile(
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?"
    r"[A-Z][A-Z.'’\- ]{1,40}(?:,[A-Z0-9.'’\-\s\"“”()]{1,60})?:\s+(?=\S)"
)
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A search result's date before its snippet: "Apr 2, 2024 — Iran's supreme leader ..."
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
_EVENT_INFOBOX_KEYS = _words(
    "location|coordinates|target|targets|type|attack type|perpetrator|perpetrators|deaths|"
    "injured|casualties|result|outcome|belligerents|commanders|operator|garrison|built|status|"
    "part of|weapons|time",
    sep="|",
)
# The keys of a page's metadata fields and infoboxes, for other modules: a field's run
# ("Title: ...", "Author: ...", "Published: ...") is a spam book's record, not a byline.
METADATA_KEYS = (
    _META_KEYS | {"title", "source", "link", "url"} | _INFOBOX_KEYS | _EVENT_INFOBOX_KEYS
)
_KEY_VALUE = re.compile(r"([A-Za-z][A-Za-z0-9 .&/()-]{0,29}?)\s*:\s+(\S.{0,79})")
_BOILER_LINE = re.compile(
    r"(?:leave a (?:reply|comment)(?: cancel reply)?|"
    # a forum reply's or a mail's subject line: the thread's title again
    r"(?-i:R[Ee]):\s.{1,200}|"
    r"your email address will not be published.*|required fields are marked.*|"
    r"\(?visited \d+ times?,? \d+ visits? today\)?|"
    r"(?:posted|written|published|edited) (?:by|on) .{1,60}|"
    r"(?:skip|jump) to (?:main )?(?:content|navigation)|toggle navigation|main menu|menu|"
    r"search|close|back to top|print(?: this)?(?: page| article)?|advertisement|"
    r"sponsored(?: content)?|"
    # an ad's line: "Sponsored: Cheap flights Istanbul – Damascus from €89 | Book hotels"
    r"(?:sponsored|advertisement|ad|promoted|partner content)\s*[:|·•–—-]\s*.{1,160}|"
    r"read more|continue reading.*|click here.*|load more|"
    r"show more|sign in|log ?in|sign up|register|subscribe(?: now| today)?|"
    r"all rights reserved.*|(?:©|copyright).{0,120}|terms of (?:use|service)|"
    # "(c) 2024 Reuters", "(c) Al Jazeera 2024" (not a list's "(c) On 27 April 2017, ...")
    r"\(c\)\s*(?:copyright\b.{0,100}|\d{4}\b.{0,80}|[^.!?]{0,60}\b\d{4}\.?(?:\s+all rights.*)?)|"
    r"privacy policy|contact us|about us|home|(?:previous|next) (?:article|post|story)|"
    r"\d* ?comments?|follow us(?: on .*)?|more on (?:[\w-]+\.)+[a-z]{2,6}|"
    r"\d+ min(?:ute)?s? read|reading time.*|(?:photo|image|picture|credit)s?\s*:.{0,80}|"
    r"videos|images|news|maps|shopping|top stories|people also (?:ask|search for)|"
    r"related searches|web results|(?:all|more) results|fact ?sheet|feedback|"
    # an encyclopedia's hatnotes: "This article is about ...", "Main article: ..."
    r"this article is about .{1,200}|from wikipedia(?:, the free encyclopedia)?|"
    r"for (?:the |other |a |an )?.{1,120}, see .{1,160}|"
    r"not to be confused with .{1,160}|(?:main|further) (?:article|information)s?:.{1,160}|"
    r"[\"“].{1,80}[\"”] (?:and [\"“].{1,80}[\"”] )?redirects? here\..{0,200}|"
    # a reference list's entry: "^ "Hazrat Roqayeh".", "^ a b Lister 2016, p. 4"
    r"(?:\d{1,3}\.\s+)?\^\s.{1,300}|"
    r"see also:.{1,160}|"
    # an encyclopedia's maintenance notice: "This list is incomplete; you can help by
    # adding missing items. (March 2024)", "This article needs to be updated."
    r"this (?:article|list|section)\b.{0,160}?(?:you can help|needs?\s+(?:to\s+be\s+)?"
    r"(?:updat|expan|additional|more|attention|clean)|has multiple issues|is incomplete|may "
    r"(?:be|lack|contain|need|require)|relies|lacks).{0,200}|"
    # "Media related to Kuweires Military Airbase at Wikimedia Commons"
    r"(?:media|images|files) related to .{1,120} at wikimedia commons\.?|"
    r"wikimedia commons has media related to .{1,120}|"
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
# A cheap first test before the banner regexes (most lines mention none of these).
_SUBSCRIBE_STEMS = re.compile(
    r"subscri|souscri|abonn|suscr|abbona|assin|abo|подпис|اشترك|اشتراک|مشترک|article limit|"
    r"free account|members"
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
# What introduces links to other articles: a section of them, or one link on a line.
_LINK_TITLES = (
    r"read more|read also|also read|read next|further reading|more on this(?: story)?|"
    r"see also|watch|listen|more from \w+(?: \w+)?|"
    r"related(?: articles| posts| stories| content| links| topics| reading| coverage| news"
    r"| notes| analysis| pages| briefs)?|"
    r"recommended(?: for you| reading| articles| stories)?|you (?:may|might) also like|"
    r"more news|latest news|other news|most read|most popular|most viewed|trending now"
)
_SKIP_SECTIONS = re.compile(
    r"(?:see also|references|notes(?: and references)?|footnotes|external links|"
    r"bibliography|sources|citations|works cited|more stories|most read|"
    r"trending(?: now| (?:in|on) [\w/ .-]{1,40})?|similar (?:threads|posts|questions|topics)|"
    r"comments|leave a (?:reply|comment)|share this(?: \w+)?|tags|categories|"
    # a newsletter's contents: the headlines of the items below
    r"(?:in|inside) (?:this|today's|today’s) (?:issue|edition|newsletter|briefing)|"
    r"(?:table of )?contents|"
    rf"{_LINK_TITLES})[\s:.]*",
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
_MAX_BOILER_CHARS = 400


def ends_sentence(text: str) -> bool:
    """Whether a line ends like a sentence (only its tail is looked at, for speed), a
    teaser's link after it or not: "... will not go unanswered." Read more »"."""
    if _TERMINAL.search(text[-24:]) is not None:
        return True
    tail = text[-48:]
    teaser = _TEASER_LINK.search(tail) if "ore" in tail or "ead" in tail else None
    return teaser is not None and _TERMINAL.search(tail, 0, teaser.start()) is not None


# A digest's or a blog index's link to the whole story, after its summary.
_TEASER_LINK = re.compile(
    r"\s+(?:(?i:read\s+more|continue\s+reading|read\s+the\s+full\s+(?:story|article))"
    r"\s*[»›→…>.]*|[Mm]ore\s*[»›→]+)\s*$"
)


# A caption or a source line under a figure, table or map.
_CAPTION = re.compile(
    # (a wire's "FILE PHOTO:" shows an older scene, whatever it tells)
    r"[*_\[(]*(?:Figure|Fig\.|Table|Map|Chart|Graph|Photo(?:\s+caption)?|Image|Source|Sources|Credit|Caption"
    r"|FILE\s+PHOTO|File\s+photo)"
    r"\s*\d*[a-z]?\s*[:.–—-]\s",
)


_PHOTO_CAPTION = re.compile(
    r"[*_\[(]*(?:Photo(?:\s+caption)?|Image|Picture|Caption)(?:\s+\d{1,3}[a-z]?)?\s*[:.–—-]\s+"
)
_MIN_CAPTION_WORDS = 6
# A caption that ends in the day it was taken shows a scene of that day, verb or not:
# "Photo: Damage to the Ministry of Defense building in Damascus, July 16, 2025."
# (or its month: "[Image: A Russian Su-34 taking off from Khmeimim, October 2015]")
_DAY_TAKEN = re.compile(
    # (an agency's "in Aleppo, Syria February 7, 2023." leaves out the last comma)
    r"(?:,|\s[A-Z][a-z]+)\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2},?)?)"
    r"\s+(?:19|20)\d\d"
    r"[\s.)\]*_]*$"
)


def is_told_caption(text: str) -> bool:
    """A photo's caption that tells what the picture shows (a scene, not a credit)."""
    return _CAPTION.match(text) is not None and _told_caption(text)


# An imagery report's figure shows a scene of its day too: "Figure 1: Khmeimim Air Base
# main apron, 16 December 2024 (35.401 N, 35.949 E). Two Ka-52 helicopters ..." (a chart's
# "Figure 3: Reported Israeli strikes, 2017–2020" names no day).
_FIGURE_CAPTION = re.compile(r"[*_\[(>\s]*(?:Figure|Fig\.|Image)\s*\d{1,3}[a-z]?\s*[:.–—-][*_]*\s+")
_DAY_SHOWN = re.compile(
    r"(?:\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d\b"
)


_ON_THE_DAY = re.compile(r"\bon\s+" + _DAY_SHOWN.pattern)


def _told_caption(text: str) -> bool:
    figure = _FIGURE_CAPTION.match(text)
    if figure is not None:
        rest = text[figure.end() :]
        return len(rest.split()) >= _MIN_CAPTION_WORDS and _DAY_SHOWN.search(rest) is not None
    found = _PHOTO_CAPTION.match(text)
    if found is None:
        return False
    rest = text[found.end() :]
    if rest[:10].upper() == "FILE PHOTO":
        return False  # "Photo caption: FILE PHOTO: ...": an older scene
    if len(rest.split()) < _MIN_CAPTION_WORDS:
        return False
    if _ON_THE_DAY.search(rest):
        return True  # "Rescue workers search the rubble ... in Mezzeh, on 1 April 2024."
    return reads_like_sentence(rest) or _DAY_TAKEN.search(rest) is not None


_GPO_FOOTNOTE = re.compile(r"\\\d{1,3}\\\s")


# "... on June 10, 2022. Photo: Sana via AP", "... in Damascus (AFP)": a caption's credit.
PHOTO_CREDIT = re.compile(
    r"(?<=[.!?])\s+(?:Photo(?:graph)?|Image|Picture|Credit)s?\s*:\s*[^.:]{1,60}$"
    r"|\s+\((?:AFP|Reuters|AP|EPA|Getty Images|SANA|Anadolu)(?:\s+[^()]{0,40})?\)$"
)


# A link to another article, introduced as one: "Read more: Iran's FM visits Damascus".
_LINK_LEAD = re.compile(
    rf"[*_>\s•·–-]*(?:{_LINK_TITLES})[*_]*(?:\s*[:|»›–—-][*_]*\s|\s+(?-i:[A-Z]))", re.IGNORECASE
)
# Markup around a whole line: a quote's ">", emphasis.
_WRAPPERS = (
    "> *_"  # "Read Next: Syria cancels ...", or a saved page's "Read Next Syria cancels ..."
)


# A cable's references: "REF: A. DAMASCUS 690", "B. 07 DAMASCUS 1142", "C. STATE 44012".
_CABLE_REFERENCE = re.compile(
    r"(?:REF:\s*)?[A-H]\.\s+(?:\d{2}\s+)?[A-Z]{3,}(?:\s+[A-Z]{3,})?\s+\d{1,6}"
)


def is_boilerplate(text: str) -> bool:
    """Whether a whole line is boilerplate. Cheap substring tests guard the regexes."""
    if not _LETTER.search(text):
        return True
    if len(text) > _MAX_BOILER_CHARS:
        return False
    if _CAPTION.match(text) and _told_caption(text):
        return False  # "Photo: Damage to ... in Damascus, July 16, 2025.": not a credit
    if _BOILER_LINE.fullmatch(text) or _BYLINE.fullmatch(text) or _meta_line(text):
        return True
    core = text.strip(_WRAPPERS)  # "> This article is about ...", "*Read also: ...*"
    if core != text and _BOILER_LINE.fullmatch(core):
        return True
    if _CAPTION.match(text):
        # "Figure 3: Reported Israeli strikes, 2017–2020" labels a picture; "Photo: Mourners
        # gather around the coffins in Tehran, April 12, 2018." tells what it shows
        return not _told_caption(text)
    if _CABLE_REFERENCE.fullmatch(text):
        return True  # a cable's "REF: A. DAMASCUS 690" / "B. 07 DAMASCUS 1142": no year
    if text.startswith("\\") and _GPO_FOOTNOTE.match(text):
        return True  # a hearing record's footnote: "\1\ DoD press briefing, January 29, 2024."
    if _LINK_LEAD.match(text):
        return True  # "Read more: Iran's foreign minister visits Damascus": another article
    if ("›" in text or "»" in text) and _BREADCRUMB.search(text) and not ends_sentence(text):
        return True
    if _nav_segments(text) or _link_list(text):
        return True
    lower = text.lower()
    if len(text) <= 80 and _social(lower):
        return True
    if _SUBSCRIBE_STEMS.search(lower):
        if _PAYWALL_LINE.search(lower):
            return True
        if len(text.split()) <= 40 and _SUBSCRIBE.search(lower) and _PAYWALL_HINT.search(lower):
            return True
    if ("download" in lower or "online" in lower or "click" in lower) and _DOWNLOAD.search(lower):
        return True  # "... Tartus naval base – Read Online or Download this book for free."
    return "cookie" in lower and len(text.split()) <= 80 and bool(_COOKIE_HINT.search(lower))


# A spam page's call to fetch the book or the file it pretends to hold.
_DOWNLOAD = re.compile(
    r"\b(?:read\s+(?:it\s+)?online|download\s+(?:this|the|free|our)?\s*(?:book|pdf|e-?book|file)"
    r"|free\s+(?:pdf|download|e-?book)|click\s+here)\b"
)


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
            return not ends_sentence(text)
    return False


def _link_list(text: str) -> bool:
    """``Label: Topic A; Topic B; Topic C``: a run of short verbless items, not prose."""
    if sum(text.count(mark) for mark in ";|·•") < 2:
        return False
    body = text.split(": ", 1)[-1]
    items = [item for item in _LIST_SEP.split(body.rstrip(".")) if item]
    if len(items) < 3:
        return False
    return all(len(item.split()) <= 8 and not reads_like_sentence(item) for item in items)


# "Tags: russia syria, hmeimim air base, ..." runs on as long as the page likes.
_TAG_LINE = re.compile(
    r"[*_]*(?:tags?|keywords?|topics?|labels?|categories|filed under|related topics)[*_]*"
    r"\s*:\s*\S.*",
    re.IGNORECASE,
)


def _meta_line(text: str) -> bool:
    """``Country: Cyprus`` (a known key), a page's tag list, or infobox debris without
    the colon."""
    if _TAG_LINE.fullmatch(text):
        return True
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
    return bool(found and len(found.group(1).split()) <= 3 and not ends_sentence(text))


def key_value_runs(lines: list[tuple[int, int, str, bool]]) -> set[int]:
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


# A printed page's running head or foot: its page number set apart by a wide gap
# ("48                N. HOSSEINI AND M. KERR", "Middle East Institute | Paper 3     12").
_PAGE_NUMBER_APART = re.compile(r"^\d{1,4}\s{3,}\S|\S\s{3,}\d{1,4}$")
_DIGITS = re.compile(r"\d+")
_MAX_HEAD_WORDS = 12


def running_heads(lines: list[tuple[int, int, str, bool]]) -> set[int]:
    """Indexes of the lines a printed document repeats on its pages, page numbers aside."""
    keyed: dict[str, list[int]] = {}
    for index, (_, _, text, _) in enumerate(lines):
        if (
            _number_at_an_end(text)
            and _PAGE_NUMBER_APART.search(text)
            and len(text.split()) <= _MAX_HEAD_WORDS
        ):
            key = " ".join(_DIGITS.sub("#", text).split())
            keyed.setdefault(key, []).append(index)
    return {i for found in keyed.values() if len(found) >= 2 for i in found}


def _number_at_an_end(text: str) -> bool:
    """Whether ``text`` opens or ends (maybe before a newline) with a digit, as a match of
    _PAGE_NUMBER_APART must: a cheap test that spares most lines its search."""
    return text[:1].isdigit() or text[-1:].isdigit() or text[-2:-1].isdigit()


def snippet_date(line: str) -> str | None:
    """The date a search result's snippet line opens with, or None."""
    found = _DATELINE.match(line)
    return found.group(0) if found else None


def trim_line(start: int, text: str) -> tuple[int, int, bool]:
    """Span of a prose line without bullet, snippet dateline and "More on x.com"."""
    lo, hi, listed = 0, len(text), False
    bullet = _BULLET.match(text)
    if bullet and bullet.end() < hi:
        lo, listed = bullet.end(), True
    # A bulleted "- 3 May 2023 – Raisi arrived ..." is a timeline entry: its date stays.
    for pattern in (
        (_MORE_ON_HEAD,) if listed else (_SPEAKER, _DATELINE, _PHOTO_CAPTION, _MORE_ON_HEAD)
    ):
        if pattern is _DATELINE and lo > 0 and _SPEAKER.match(text):
            continue  # "GUEST: February 10, 2018 — a drone ...": what is said, no stamp
        found = pattern.match(text, lo)
        if found and found.end() < hi:
            lo = found.end()
    tail = _MORE_ON_TAIL.search(text, lo) if "More on " in text else None
    if tail and tail.start() > lo:
        hi = tail.start()
    return start + lo, start + hi, listed


def sentence_cased(words: list[str]) -> list[str]:
    """A line in capitals read as a sentence is written: its first word capitalised, the
    rest in lower case ("RUSSIAN CONVOYS PULL OUT OF ..." as "Russian convoys pull out of",
    "MARTYRS OF THE T4 ATTACK" opening with a noun as "Martyrs of the T4 attack" does)."""
    return [words[0].capitalize(), *(w.lower() for w in words[1:])] if words else words


def reads_like_sentence(text: str) -> bool:
    """Whether a short line reads like a sentence rather than a label or title."""
    words = [word.strip(",.;:!?\"'“”‘’()") for word in text.split()]
    if len(words) < 3:
        return False
    tokens = sentence_cased(words) if text.isupper() else words
    for before, token in zip(["", *words], tokens, strict=False):
        if token.lower() in _VERBISH:
            return True
        if len(token) < 4 or not token.islower():
            continue
        if len(token) >= 5 and token.endswith("ed"):
            return True
        if before[:1].isupper() and token.endswith("s") and not token.endswith(_NOT_VERB_ENDINGS):
            return True
    return False


def site_suffix_start(text: str) -> int | None:
    """Where a title's trailing ``- Site Name`` / ``| Site`` starts, if it has one."""
    found = _SITE_SUFFIX.search(text)
    if found and len(text[: found.start()].split()) >= 2 and not _DATED_SUFFIX.search(found[1]):
        return found.start()
    return None


# A day or a year after the dash is the title's, not a site's: "Day 1 – Friday 19 March",
# "Timeline of the war - 2024".
_DATED_SUFFIX = re.compile(rf"\b(?:{lexicon.WEEKDAY_NAME}|{lexicon.MONTH_NAME}|(?:1[89]|20)\d\d)\b")


def is_skip_section(title: str) -> bool:
    """``See also``, ``References``, ``Related posts``...: sections that are link lists
    (a page copied from MediaWiki keeps its "[edit]" link: "See also[edit]")."""
    return _SKIP_SECTIONS.fullmatch(_EDIT_LINK.sub("", title)) is not None


_EDIT_LINK = re.compile(r"\s*\[\s*edit\s*\]\s*$", re.IGNORECASE)


def is_list_item(text: str) -> bool:
    return _BULLET.match(text) is not None
