"""Geocoding through geopy's interface: the gazetteer first, a network geocoder on request.

:class:`GazetteerGeocoder` is a :class:`geopy.geocoders.base.Geocoder` that answers from
the gazetteer alone; its adapter refuses every request, so it cannot reach the network
even by mistake. :func:`build_geocoder` chains it, when ``online`` is asked for, to
Nominatim behind geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` and a persistent
JSON cache. Every :class:`~geopy.location.Location` it returns says in
``raw["geocoder"]`` which geocoder answered: ``gazetteer`` (a curated row),
``geonames`` (a GeoNames row), ``nominatim`` or ``cache``.
"""

from __future__ import annotations

import json
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any, Literal, overload

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderUnavailable, GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from extract.errors import GeocodingError
from extract.gazetteer import Gazetteer, fold, load_gazetteer
from extract.records import Place

__all__ = [
    "ChainGeocoder",
    "GazetteerGeocoder",
    "GeocodeCacheWarning",
    "build_geocoder",
    "geocode_record",
]

CACHE_FORMAT = 1


class GeocodeCacheWarning(UserWarning):
    """The geocode cache file could not be read and is being ignored."""


class OfflineAdapter(BaseSyncAdapter):  # type: ignore[misc]
    """A geopy adapter that refuses every request: what makes the gazetteer offline."""

    def __init__(self, *, proxies: object = None, ssl_context: object = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: object, headers: object) -> Any:
        raise GeocoderUnavailable(f"offline geocoder: refused to fetch {url}")

    def get_text(self, url: str, *, timeout: object, headers: object) -> str:
        raise GeocoderUnavailable(f"offline geocoder: refused to fetch {url}")


def place_to_location(place: Place, geocoder: str | None = None) -> Location:
    """A gazetteer row as a geopy Location; ``raw`` holds every field of the row."""
    raw: dict[str, object] = {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "population": place.population,
        "precision": place.precision,
        "source": place.source,
        "aliases": list(place.aliases),
        "geocoder": geocoder or ("geonames" if place.id.startswith("geonames:") else "gazetteer"),
    }
    return Location(place.name, (place.lat, place.lon), raw)


class GazetteerGeocoder(Geocoder):  # type: ignore[misc]
    """Answers from the gazetteer only; never touches the network."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        super().__init__(adapter_factory=OfflineAdapter, user_agent="event-atlas (offline)")
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def lookup(self, query: str) -> list[Place]:
        """The places ``query`` can name, best first (the lookup half of ``geocode``)."""
        return self.gazetteer.candidates(query) if query and query.strip() else []

    @overload
    def geocode(
        self, query: str, exactly_one: Literal[True] = True, timeout: float | None = None
    ) -> Location | None: ...

    @overload
    def geocode(
        self, query: str, exactly_one: Literal[False], timeout: float | None = None
    ) -> list[Location] | None: ...

    def geocode(
        self, query: str, exactly_one: bool = True, timeout: float | None = None
    ) -> Location | list[Location] | None:
        """The best place (or all, best first) named ``query``; None when none is known."""
        places = self.lookup(query)
        if not places:
            return None
        if exactly_one:
            return place_to_location(places[0])
        return [place_to_location(p) for p in places]


class _JsonCache:
    """Answers of the network geocoder by folded query; None records a known miss."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, dict[str, Any] | None] = self._read()

    def _read(self) -> dict[str, dict[str, Any] | None]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data["entries"]
            if data.get("format") != CACHE_FORMAT or not isinstance(entries, dict):
                raise ValueError("unknown format")
            return entries
        except (OSError, ValueError, KeyError, TypeError) as exc:
            warnings.warn(
                f"{self.path}: geocode cache unreadable ({exc}); ignoring it",
                GeocodeCacheWarning,
                stacklevel=3,
            )
            return {}

    def write(self) -> None:
        """Replace the file atomically: a crash never leaves half a cache."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".geocode-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"format": CACHE_FORMAT, "entries": self.entries}, handle, indent=1)
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise GeocodingError(f"{self.path}: cannot write geocode cache ({exc})") from exc


def _location_record(location: Location) -> dict[str, Any]:
    raw = location.raw if isinstance(location.raw, dict) else {}
    return {
        "name": str(raw.get("display_name") or raw.get("name") or location.address),
        "lat": float(location.latitude),
        "lon": float(location.longitude),
        "kind": str(raw.get("type") or raw.get("kind") or "site"),
        "source": str(raw.get("licence") or raw.get("source") or "nominatim"),
    }


def _record_location(query: str, record: dict[str, Any], geocoder: str) -> Location:
    raw = {**record, "query": query, "geocoder": geocoder}
    return Location(record["name"], (record["lat"], record["lon"]), raw)


class ChainGeocoder(Geocoder):  # type: ignore[misc]
    """The gazetteer, then (if given) a rate-limited network geocoder with a JSON cache."""

    def __init__(
        self,
        gazetteer: GazetteerGeocoder,
        network: RateLimiter | None = None,
        cache_path: Path | None = None,
    ) -> None:
        super().__init__(adapter_factory=OfflineAdapter, user_agent="event-atlas (chain)")
        self.gazetteer = gazetteer
        self.rate_limiter = network
        self._cache = _JsonCache(cache_path) if network is not None and cache_path else None

    @property
    def online(self) -> bool:
        return self.rate_limiter is not None

    @overload
    def geocode(
        self, query: str, exactly_one: Literal[True] = True, timeout: float | None = None
    ) -> Location | None: ...

    @overload
    def geocode(
        self, query: str, exactly_one: Literal[False], timeout: float | None = None
    ) -> list[Location] | None: ...

    def geocode(
        self, query: str, exactly_one: bool = True, timeout: float | None = None
    ) -> Location | list[Location] | None:
        """Gazetteer first; then cache; then the network geocoder (each answer says which)."""
        found = (
            self.gazetteer.geocode(query)
            if exactly_one
            else self.gazetteer.geocode(query, exactly_one=False)
        )
        if found is not None or self.rate_limiter is None or not query.strip():
            return found
        location = self._network(query)
        if location is None:
            return None
        return location if exactly_one else [location]

    def _network(self, query: str) -> Location | None:
        key = fold(query) or query.strip().lower()
        if self._cache is not None and key in self._cache.entries:
            cached = self._cache.entries[key]
            return None if cached is None else _record_location(query, cached, "cache")
        assert self.rate_limiter is not None
        try:
            location = self.rate_limiter(query, exactly_one=True)
        except GeopyError as exc:  # not cached: the next run may reach the service
            warnings.warn(f"online geocoder failed for {query!r}: {exc}", stacklevel=3)
            return None
        record = _location_record(location) if location is not None else None
        if self._cache is not None:
            self._cache.entries[key] = record
            self._cache.write()
        return None if record is None else _record_location(query, record, "nominatim")


def build_geocoder(
    online: bool = False,
    *,
    user_agent: str = "event-atlas",
    cache_path: Path = Path("geodata/geocode_cache.json"),
    min_delay_seconds: float = 1.0,
    nominatim: Geocoder | None = None,
) -> ChainGeocoder:
    """The geocoder chain. Offline (the default) it is the gazetteer alone; ``online``
    adds Nominatim (or the ``nominatim`` given) behind a RateLimiter and a JSON cache."""
    offline = GazetteerGeocoder()
    if not online:
        return ChainGeocoder(offline)
    if nominatim is None:
        from geopy.geocoders import Nominatim

        nominatim = Nominatim(user_agent=user_agent)
    limiter = RateLimiter(
        nominatim.geocode,
        min_delay_seconds=min_delay_seconds,
        max_retries=2,
        swallow_exceptions=False,
    )
    return ChainGeocoder(offline, limiter, cache_path)


def geocode_record(name: str, geocoder: ChainGeocoder) -> dict[str, object]:
    """``{"query", "name", "lat", "lon", "kind", "source"}`` for one name; ``source`` says
    which geocoder answered. Values are None when nothing was found."""
    found = geocoder.geocode(name, exactly_one=True)
    location = found[0] if isinstance(found, list) else found
    if location is None:
        return {"query": name, "name": None, "lat": None, "lon": None, "kind": None, "source": None}
    raw = location.raw if isinstance(location.raw, dict) else {}
    return {
        "query": name,
        "name": raw.get("name") or location.address,
        "lat": float(location.latitude),
        "lon": float(location.longitude),
        "kind": raw.get("kind"),
        "source": raw.get("geocoder"),
    }
