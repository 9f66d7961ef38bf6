"""Geocoding through geopy: the gazetteer geocoder is offline by construction; the online
chain is rate-limited, cached on disk, and says which geocoder answered. The network
geocoder is the real Nominatim class over a fake geopy adapter: no test touches a socket."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any, ClassVar

import pytest
from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderUnavailable
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from extract.geocode import (
    ChainGeocoder,
    GazetteerGeocoder,
    GeocodeCacheWarning,
    build_geocoder,
    geocode_record,
)

BLEI = [
    {
        "lat": "33.0636",
        "lon": "36.5522",
        "display_name": "Blei Air Base, Rif Dimashq, Syria",
        "type": "aerodrome",
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0",
    }
]


class FakeAdapter(BaseSyncAdapter):  # type: ignore[misc]
    """A geopy adapter that answers from a dict and records every URL it is asked for."""

    answers: ClassVar[dict[str, Any]] = {}
    calls: ClassVar[list[str]] = []
    fail: ClassVar[bool] = False

    def get_json(self, url: str, *, timeout: object, headers: object) -> Any:
        FakeAdapter.calls.append(url)
        if FakeAdapter.fail:
            raise GeocoderUnavailable("service down")
        for needle, answer in FakeAdapter.answers.items():
            if needle in url:
                return answer
        return []

    def get_text(self, url: str, *, timeout: object, headers: object) -> str:
        return json.dumps(self.get_json(url, timeout=timeout, headers=headers))


@pytest.fixture
def fake_nominatim() -> Nominatim:
    FakeAdapter.answers = {"Blei": BLEI}
    FakeAdapter.calls = []
    FakeAdapter.fail = False
    return Nominatim(user_agent="event-atlas-tests", adapter_factory=FakeAdapter)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replace the rate limiter's clock and sleep: time only moves when it sleeps."""
    now = [1000.0]
    slept: list[float] = []

    def sleep(self: RateLimiter, seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(RateLimiter, "_clock", lambda self: now[0])
    monkeypatch.setattr(RateLimiter, "_sleep", sleep)
    return slept


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


# --------------------------------------------------------------------------- offline


@pytest.mark.parametrize(
    ("query", "name", "lat", "lon", "answered_by"),
    [
        ("Hmeimim", "Khmeimim Air Base", 35.41, 35.95, "gazetteer"),
        ("Lattakia", "Latakia", 35.53, 35.79, "gazetteer"),
        ("Palmyra", "Palmyra", 34.56, 38.28, "gazetteer"),
        ("Syria", "Syria", 35.0, 38.0, "geonames"),
        ("Mahabad", "Mahabad", 36.76, 45.72, "geonames"),
    ],
)
def test_gazetteer_geocoder_answers_with_a_geopy_location(
    query: str, name: str, lat: float, lon: float, answered_by: str
) -> None:
    location = GazetteerGeocoder().geocode(query)
    assert isinstance(location, Location)
    assert location.address == name
    assert location.latitude == pytest.approx(lat, abs=0.05)
    assert location.longitude == pytest.approx(lon, abs=0.05)
    assert location.raw["name"] == name and location.raw["geocoder"] == answered_by
    assert {"id", "kind", "country", "precision", "source", "aliases"} <= set(location.raw)


def test_unknown_name_is_none_never_an_empty_list() -> None:
    geocoder = GazetteerGeocoder()
    assert geocoder.geocode("Nowhereville Qq") is None
    assert geocoder.geocode("Nowhereville Qq", exactly_one=False) is None
    assert geocoder.geocode("   ") is None


def test_exactly_one_false_lists_candidates_best_first() -> None:
    found = GazetteerGeocoder().geocode("Tripoli", exactly_one=False)
    assert isinstance(found, list) and len(found) >= 2
    assert [loc.raw["country"] for loc in found[:2]] == ["LY", "LB"]


def test_gazetteer_geocoder_cannot_reach_the_network(no_network: list[object]) -> None:
    geocoder = GazetteerGeocoder()
    with pytest.raises(GeocoderUnavailable, match="offline"):
        geocoder.adapter.get_json(
            "https://nominatim.openstreetmap.org/search", timeout=1, headers={}
        )
    assert geocoder.geocode("Tartus") is not None
    assert geocoder.geocode("Nowhereville Qq") is None
    assert no_network == []


def test_default_chain_is_offline_and_makes_no_network_call(
    no_network: list[object], fake_nominatim: Nominatim, tmp_path: Path
) -> None:
    chain = build_geocoder(cache_path=tmp_path / "cache.json", nominatim=fake_nominatim)
    assert not chain.online
    assert geocode_record("Blei airbase", chain)["lat"] is None
    assert geocode_record("Tartus", chain)["source"] == "gazetteer"
    assert FakeAdapter.calls == [] and no_network == []
    assert not (tmp_path / "cache.json").exists()


# --------------------------------------------------------------------------- online chain


def test_gazetteer_answers_before_the_network(
    fake_nominatim: Nominatim, sleeps: list[float], tmp_path: Path
) -> None:
    chain = build_geocoder(True, cache_path=tmp_path / "c.json", nominatim=fake_nominatim)
    assert geocode_record("Hmeimim", chain)["source"] == "gazetteer"
    assert FakeAdapter.calls == []


def test_network_answer_is_cached_and_the_second_ask_costs_nothing(
    fake_nominatim: Nominatim, sleeps: list[float], tmp_path: Path
) -> None:
    cache = tmp_path / "geocode_cache.json"
    chain = build_geocoder(True, cache_path=cache, nominatim=fake_nominatim)
    first = geocode_record("Blei airbase", chain)
    assert first["source"] == "nominatim" and first["lat"] == pytest.approx(33.0636)
    assert len(FakeAdapter.calls) == 1
    second = geocode_record("Blei airbase", chain)
    assert second["source"] == "cache" and second["lat"] == first["lat"]
    assert len(FakeAdapter.calls) == 1
    # A new process reads the same file: still no network call.
    again = build_geocoder(True, cache_path=cache, nominatim=fake_nominatim)
    assert geocode_record("blei  AIRBASE", again)["source"] == "cache"
    assert len(FakeAdapter.calls) == 1
    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert stored["format"] == 1 and len(stored["entries"]) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["geocode_cache.json"]  # no temp files left


def test_misses_are_cached_too(
    fake_nominatim: Nominatim, sleeps: list[float], tmp_path: Path
) -> None:
    chain = build_geocoder(True, cache_path=tmp_path / "c.json", nominatim=fake_nominatim)
    assert chain.geocode("Nowhereville Qq") is None
    assert chain.geocode("Nowhereville Qq") is None
    assert len(FakeAdapter.calls) == 1


def test_requests_go_through_the_rate_limiter(
    fake_nominatim: Nominatim, sleeps: list[float], tmp_path: Path
) -> None:
    chain = build_geocoder(
        True, cache_path=tmp_path / "c.json", nominatim=fake_nominatim, min_delay_seconds=1.0
    )
    assert isinstance(chain.rate_limiter, RateLimiter)
    chain.geocode("Blei airbase")
    chain.geocode("Nowhere One Qq")
    chain.geocode("Nowhere Two Qq")
    assert len(FakeAdapter.calls) == 3
    assert sleeps == [pytest.approx(1.0), pytest.approx(1.0)]


def test_network_failure_warns_returns_none_and_is_not_cached(
    fake_nominatim: Nominatim, sleeps: list[float], tmp_path: Path
) -> None:
    cache = tmp_path / "c.json"
    chain = build_geocoder(True, cache_path=cache, nominatim=fake_nominatim)
    FakeAdapter.fail = True
    with pytest.warns(UserWarning, match="online geocoder failed"):
        assert chain.geocode("Blei airbase") is None
    assert not cache.exists()
    FakeAdapter.fail = False
    assert geocode_record("Blei airbase", chain)["source"] == "nominatim"


@pytest.mark.parametrize("content", ["{not json", '{"format": 99, "entries": {}}', "[1, 2]"])
def test_corrupt_cache_warns_once_and_is_ignored(
    fake_nominatim: Nominatim, sleeps: list[float], tmp_path: Path, content: str
) -> None:
    cache = tmp_path / "c.json"
    cache.write_text(content, encoding="utf-8")
    with pytest.warns(GeocodeCacheWarning, match="c.json: geocode cache unreadable") as caught:
        chain = build_geocoder(True, cache_path=cache, nominatim=fake_nominatim)
    assert len(caught) == 1 and "\n" not in str(caught[0].message)
    assert geocode_record("Blei airbase", chain)["source"] == "nominatim"
    assert json.loads(cache.read_text(encoding="utf-8"))["format"] == 1  # rewritten whole


# --------------------------------------------------------------------------- records


def test_geocode_record_has_exactly_the_cli_fields() -> None:
    chain = build_geocoder()
    found = geocode_record("Khmeimim airfield", chain)
    missing = geocode_record("Nowhereville Qq", chain)
    keys = {"query", "name", "lat", "lon", "kind", "source"}
    assert set(found) == keys == set(missing)
    assert found["name"] == "Khmeimim Air Base" and found["kind"] == "base"
    assert missing == dict.fromkeys(keys) | {"query": "Nowhereville Qq"}


def test_chain_is_a_geopy_geocoder() -> None:
    from geopy.geocoders.base import Geocoder

    chain = build_geocoder()
    assert isinstance(chain, ChainGeocoder) and isinstance(chain, Geocoder)
    assert isinstance(chain.gazetteer, GazetteerGeocoder)
