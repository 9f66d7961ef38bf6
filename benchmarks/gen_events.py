"""Generate synthetic events files that follow the DESIGN.md GeoJSON contract.

The dashboard benchmark and the browser tests need events files of any size (1k, 10k,
100k) without running the extractor. Every Feature carries every contract property with
realistic values: places from a small list of sites, towns, regions and countries in
Syria, Iran, Iraq and Lebanon (so many events share one point, as real output does),
years mostly 1946-2025 with a few BCE, medieval and undated ones, all categories and
date precisions, actors, and an evidence sentence that contains the mention at the
offsets it claims. The same ``n`` and ``seed`` always give the same file.

    python -m benchmarks.gen_events 10000 -o /tmp/events_10k.geojson [--seed 3] [--hostile]

``--hostile`` puts HTML/JS-injection strings into the document-derived text fields so
a test can prove the dashboard escapes them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["HOSTILE_STRINGS", "PLACES", "generate_events", "main", "write_events"]

# (place_id, name, kind, lat, lon, geo_precision, mention variants)
PLACES: tuple[tuple[str, str, str, float, float, int, tuple[str, ...]], ...] = (
    ("khmeimim-air-base", "Khmeimim Air Base", "base", 35.4011, 35.9487, 1,
     ("Khmeimim", "Hmeimim", "Humaymim air base")),
    ("tartus-naval-facility", "Tartus naval facility", "base", 34.9019, 35.8714, 1,
     ("naval base in Tartus", "Tartous port")),
    ("t4-air-base", "Tiyas Air Base (T-4)", "base", 34.5225, 37.6296, 1,
     ("T-4 airbase", "Tiyas")),
    ("mazzeh-air-base", "Mezzeh Military Airport", "base", 33.4778, 36.2233, 1,
     ("Mezzeh airport", "Mazzeh")),
    ("imam-ali-base", "Imam Ali base", "base", 34.4300, 40.9200, 1,
     ("Imam Ali compound",)),
    ("masyaf-ssrc", "Masyaf research centre", "facility", 35.0653, 36.3422, 1,
     ("Masyaf",)),
    ("sayyida-zaynab", "Sayyidah Zaynab Mosque", "shrine", 33.4444, 36.3408, 1,
     ("Sayyida Zaynab", "Sayyidah Zainab shrine")),
    ("sayyida-ruqayya", "Sayyidah Ruqayya Mosque", "shrine", 33.5117, 36.3067, 1,
     ("Sayyida Ruqayya",)),
    ("uwais-al-qarani", "Uwais al-Qarani Mosque", "shrine", 35.9500, 39.0167, 1,
     ("Uwais al-Qarani shrine",)),
    ("imam-reza-shrine", "Imam Reza shrine", "shrine", 36.2881, 59.6157, 1,
     ("Imam Reza shrine", "Mashhad shrine")),
    ("iran-embassy-damascus", "Embassy of Iran, Damascus", "embassy", 33.5065, 36.2643, 1,
     ("Iranian embassy in Damascus", "consular annex")),
    ("geonames:170654", "Damascus", "city", 33.5102, 36.2913, 1, ("Damascus",)),
    ("geonames:170063", "Aleppo", "city", 36.2021, 37.1343, 1, ("Aleppo", "Halab")),
    ("geonames:173579", "Latakia", "city", 35.5317, 35.7901, 1, ("Latakia", "Lattakia")),
    ("geonames:163345", "Tartus", "city", 34.8890, 35.8866, 1, ("Tartus", "Tartous")),
    ("geonames:172955", "Raqqa", "city", 35.9528, 39.0079, 1, ("Raqqa", "ar-Raqqah")),
    ("geonames:170016", "Homs", "city", 34.7268, 36.7234, 1, ("Homs",)),
    ("geonames:170017", "Hama", "city", 35.1318, 36.7578, 1, ("Hama",)),
    ("geonames:170794", "Deir ez-Zor", "city", 35.3359, 40.1408, 1,
     ("Deir ez-Zor", "Deir al-Zour")),
    ("geonames:172408", "Palmyra", "town", 34.5601, 38.2805, 1, ("Palmyra", "Tadmur")),
    ("geonames:167046", "Al-Bukamal", "town", 34.4536, 40.9367, 1,
     ("Albu Kamal", "Abu Kamal")),
    ("geonames:112931", "Tehran", "city", 35.6944, 51.4215, 1, ("Tehran",)),
    ("geonames:124665", "Mashhad", "city", 36.2970, 59.6062, 1, ("Mashhad",)),
    ("geonames:98182", "Baghdad", "city", 33.3406, 44.4009, 1, ("Baghdad",)),
    ("geonames:99532", "Al Qa'im", "town", 34.3688, 41.0945, 1, ("al-Qaim", "Qaim")),
    ("geonames:276781", "Beirut", "city", 33.8933, 35.5016, 1, ("Beirut",)),
    ("geonames:276359", "Baalbek", "city", 34.0058, 36.2181, 1, ("Baalbek",)),
    ("southern-syria", "Southern Syria", "region", 32.80, 36.20, 2, ("southern Syria",)),
    ("northeastern-syria", "Northeastern Syria", "region", 36.50, 40.50, 2,
     ("northeast Syria",)),
    ("southern-lebanon", "Southern Lebanon", "region", 33.27, 35.40, 2,
     ("south Lebanon",)),
    ("latakia-governorate", "Latakia Governorate", "region", 35.62, 35.95, 3,
     ("Latakia province",)),
    ("geonames:163843", "Syria", "country", 35.0, 38.0, 3, ("Syria", "Syrian")),
    ("geonames:130758", "Iran", "country", 32.0, 53.0, 3, ("Iran", "Iranian")),
    ("geonames:99237", "Iraq", "country", 33.0, 44.0, 3, ("Iraq",)),
    ("geonames:272103", "Lebanon", "country", 33.8333, 35.8333, 3, ("Lebanon",)),
)  # fmt: skip

# Sentences per category; {m} is the mention, {d} the date words (may be empty).
TEMPLATES: dict[str, tuple[str, ...]] = {
    "base": (
        "{d}Iranian advisers were deployed to {m} alongside Syrian army units.",
        "{d}Russia expanded the runway at {m} to host long-range bombers.",
        "{d}a basing agreement gave the IRGC access to {m} for forty-nine years.",
    ),
    "shrine": (
        "{d}pilgrims from Iran crowded the shrine at {m} despite the war.",
        "{d}Iranian engineers restored the gilded dome at {m}.",
        "{d}militias vowed to defend {m} against any attack.",
    ),
    "incident": (
        "{d}an Israeli air strike hit a weapons depot near {m}, killing several fighters.",
        "{d}gunmen ransacked offices in {m} and seized documents.",
        "{d}a drone attack on {m} was blamed on Iran-backed militias.",
    ),
    "diplomacy": (
        "{d}the Iranian foreign minister met President Assad in {m}.",
        "{d}Iran and Syria signed a cooperation agreement in {m}.",
        "{d}a new Iranian cultural centre opened in {m}.",
    ),
    "other": (
        "{d}trade fairs in {m} showcased Iranian cars and cement.",
        "{d}refugees returned to {m} after the fighting ended.",
    ),
}
LABELS: dict[str, str] = {
    "base": "Deployment at {p}",
    "shrine": "Shrine activity at {p}",
    "incident": "Strike or attack at {p}",
    "diplomacy": "Meeting or agreement in {p}",
    "other": "Other event in {p}",
}
# Weights roughly like the seed gold annotation: incidents and diplomacy dominate.
CATEGORY_WEIGHTS: dict[str, int] = {
    "base": 18,
    "shrine": 8,
    "incident": 32,
    "diplomacy": 27,
    "other": 15,
}
ACTORS: tuple[str, ...] = (
    "Iran", "Syria", "Russia", "Israel", "Turkey", "United States",
    "Hezbollah", "IRGC", "Iraq", "Lebanon", "ISIS", "Kurdish forces",
)  # fmt: skip
GEOCODERS: tuple[tuple[str, int], ...] = (
    ("gazetteer", 70),
    ("geonames", 25),
    ("cache", 4),
    ("nominatim", 1),
)
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
}
# Injection probes: HTML, JS template literals, script breakout, quotes.
HOSTILE_STRINGS: tuple[str, ...] = (
    "<img src=x onerror=alert(1)>",
    "${alert(1)}",
    "`+alert(1)+`",
    "</script><script>alert(1)</script>",
    "\"'><svg onload=alert(1)>",
)
SOURCES_PER_EVENT = 40  # about this many events per synthetic document


def _modern_year(rng: random.Random) -> int:
    """A year in 1946-2025, weighted towards the civil-war period like real coverage."""
    if rng.random() < 0.6:
        return rng.randint(2011, 2025)
    return rng.randint(1946, 2010)


def _date(rng: random.Random) -> dict[str, Any]:
    """Date properties for one event (text is None for undated ones)."""
    roll = rng.random()
    if roll < 0.08:
        return _undated()
    if roll < 0.10:
        return _bce(rng)
    if roll < 0.13:
        return _century(rng)
    year = _modern_year(rng)
    kind = rng.choices(
        ("day", "month", "season", "year", "range", "decade"), (25, 20, 5, 35, 10, 5)
    )[0]
    return _MODERN[kind](rng, year)


def _props(
    start: str | None,
    end: str | None,
    precision: str,
    text: str | None,
    ys: int | None,
    ye: int | None,
    anchor: str | None = None,
) -> dict[str, Any]:
    return {
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "date_text": text,
        "date_anchor": anchor,
        "year_start": ys,
        "year_end": ye,
    }


def _undated() -> dict[str, Any]:
    return _props(None, None, "undated", None, None, None)


def _bce(rng: random.Random) -> dict[str, Any]:
    year = rng.choice((539, 333, 312, 64, 1274, 2334))
    return _props(str(-year), None, "year", f"{year} BCE", -year, -year)


def _century(rng: random.Random) -> dict[str, Any]:
    century = rng.randint(7, 19)
    first = (century - 1) * 100 + 1
    return _props(
        str(first), str(first + 99), "century", f"In the {century}th century", first, first + 99
    )


def _day(rng: random.Random, year: int) -> dict[str, Any]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if rng.random() < 0.2:  # the text lacked the year; it came from the section heading
        text = f"On {day} {MONTHS[month - 1]}"
        return _props(iso, None, "day", text, year, year, anchor=f"heading: {year}")
    return _props(iso, None, "day", f"On {day} {MONTHS[month - 1]} {year}", year, year)


def _month(rng: random.Random, year: int) -> dict[str, Any]:
    month = rng.randint(1, 12)
    text = f"In {MONTHS[month - 1]} {year}"
    return _props(f"{year:04d}-{month:02d}", None, "month", text, year, year)


def _season(rng: random.Random, year: int) -> dict[str, Any]:
    name, (first, last) = rng.choice(tuple(SEASONS.items()))
    text = f"In the {name} of {year}"
    return _props(f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}", "season", text, year, year)


def _year(rng: random.Random, year: int) -> dict[str, Any]:
    return _props(f"{year:04d}", None, "year", f"In {year}", year, year)


def _range(rng: random.Random, year: int) -> dict[str, Any]:
    end = min(year + rng.randint(1, 4), 2025)
    text = f"Between {year} and {end}"
    return _props(f"{year:04d}", f"{end:04d}", "range", text, year, end)


def _decade(rng: random.Random, year: int) -> dict[str, Any]:
    decade = year // 10 * 10
    return _props(
        f"{decade:04d}", f"{decade + 9:04d}", "decade", f"In the {decade}s", decade, decade + 9
    )


_MODERN = {
    "day": _day,
    "month": _month,
    "season": _season,
    "year": _year,
    "range": _range,
    "decade": _decade,
}


def _round(value: float, precision: int) -> float:
    # Coordinates are rounded to what the location is worth (DESIGN: 6 decimals at most).
    return round(value, {1: 5, 2: 3, 3: 2}[precision])


def _evidence(
    rng: random.Random, category: str, mention: str, date_text: str | None, hostile: str | None
) -> str:
    template = rng.choice(TEMPLATES[category])
    sentence = template.format(m=mention, d=f"{date_text}, " if date_text else "")
    sentence = sentence[0].upper() + sentence[1:]
    return f"{sentence} {hostile}" if hostile else sentence


def _feature(rng: random.Random, index: int, seed: int, hostile: bool) -> dict[str, Any]:
    place_id, name, kind, lat, lon, precision, mentions = rng.choice(PLACES)
    category = rng.choices(tuple(CATEGORY_WEIGHTS), tuple(CATEGORY_WEIGHTS.values()))[0]
    date = _date(rng)
    probe = rng.choice(HOSTILE_STRINGS) if hostile else None
    # A hostile mention also probes the popup's highlighting of the place in the evidence.
    mention = rng.choice(mentions) + (probe or "")
    evidence = _evidence(rng, category, mention, date["date_text"], probe)
    doc = index // SOURCES_PER_EVENT
    source = f"generated/doc_{seed:03d}_{doc:05d}.txt"
    char_start = (index % SOURCES_PER_EVENT) * 240 + rng.randint(0, 80)
    label = LABELS[category].format(p=name)
    props = {
        "id": hashlib.sha1(f"{source}:{char_start}:{index}".encode()).hexdigest()[:16],
        "place": name,
        "place_id": place_id,
        "mention": mention,
        "place_kind": kind,
        "geo_precision": precision,
        "category": category,
        "event": f"{label} {probe}" if probe else label,
        **date,
        "actors": sorted(rng.sample(ACTORS, rng.choice((0, 1, 2, 2, 3)))),
        "evidence": evidence,
        "source": f"{source}{probe}" if probe else source,
        "char_start": char_start,
        "char_end": char_start + len(evidence),
        "confidence": round(rng.uniform(0.35, 0.99), 2),
        "geocoder": rng.choices(*zip(*GEOCODERS, strict=True))[0],
    }
    point = [_round(lon, precision), _round(lat, precision)]
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": point},
        "properties": props,
    }


def generate_events(n: int, seed: int = 0, *, hostile: bool = False) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of ``n`` synthetic events, deterministic for ``seed``.

    With ``hostile`` every event's mention, event label, evidence and source carry one
    of ``HOSTILE_STRINGS``.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    rng = random.Random(seed)
    features = [_feature(rng, i, seed, hostile) for i in range(n)]
    return {"type": "FeatureCollection", "features": features}


def write_events(collection: dict[str, Any], path: Path) -> None:
    """Write the collection atomically (a crash never leaves half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(collection, out, ensure_ascii=False, separators=(",", ":"))
        os.chmod(tmp, 0o644)  # mkstemp makes it private; an events file is not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.gen_events",
        description="Write a synthetic events GeoJSON file that follows the DESIGN contract.",
    )
    parser.add_argument("n", type=int, help="number of events")
    parser.add_argument("-o", "--output", type=Path, required=True, help="GeoJSON file to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--hostile", action="store_true", help="put HTML/JS injection probes into the text"
    )
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error(f"n must be >= 0, got {args.n}")
    try:
        write_events(generate_events(args.n, args.seed, hostile=args.hostile), args.output)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.n} events to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
