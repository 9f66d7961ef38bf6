"""Score predicted events against a gold annotation (``event-atlas evaluate``).

A prediction matches a gold event when it comes from the same file, its evidence
sentence contains the gold evidence (or the other way round) and it names the same
place: the same canonical name or mention after folding, or the same gazetteer entry.
Pairs are matched one to one, greedily in gold order. From the matches:

- precision / recall / F1 of (place, category) pairs, and of places alone;
- year accuracy: of place-matched gold events that carry a date, the share whose
  predicted ``year_start`` is the gold year;
- geocoding error: distance from the predicted point to a reference coordinate for the
  gold place (a CSV ``place,lat,lon,source``), median and share within tolerance
  (2 km for sites, 5 km for towns);
- negatives hit: gold negatives (metonyms, outlets, spam) that the prediction maps.
"""

from __future__ import annotations

import csv
import json
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import EvaluationError
from extract.lexicon import TOWN_KINDS

__all__ = ["Score", "evaluate", "evaluate_files", "format_score", "haversine_km"]

SITE_KINDS = frozenset({"base", "facility", "shrine", "airport", "embassy", "island", "district"})
SITE_TOLERANCE_KM = 2.0
TOWN_TOLERANCE_KM = 5.0

Record = dict[str, Any]


@dataclass(slots=True)
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    place_matched: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    place_precision: float = 0.0
    place_recall: float = 0.0
    dated_matches: int = 0
    year_accuracy: float | None = None
    median_error_km: float | None = None
    within_tolerance: float | None = None
    negatives: int = 0
    negatives_hit: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


# A table row's cell bars are layout, not words: a reference may join the cells with
# spaces where the extractor shows "| a | b |".
_SPACE = re.compile(r"(?:\s|(?<![^\s])\|(?![^\s]))+")


# A trailing parenthetical that tells namesakes apart: "Mashhad al-Husayn (Aleppo)".
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


# A word a PDF's line broke, as a reference may copy it ("Khmei- mim") and as the
# extractor joins it ("Khmeimim"): both read without the break.
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[a-z])-\s+(?=[a-z])")


def _norm(text: str | None) -> str:
    squashed = _SPACE.sub(" ", (text or "")).strip().lower()
    return _LINE_BREAK_HYPHEN.sub("", squashed) if "- " in squashed else squashed


def _same_sentence(gold: Record, pred: Record) -> bool:
    g, p = _norm(gold.get("evidence")), _norm(pred.get("evidence"))
    return bool(g and p) and (g in p or p in g)


def _fold_default(name: str) -> str:
    from extract.gazetteer import fold

    return fold(name)


def _place_resolver() -> Callable[[str], str | None]:
    from extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()

    def resolve(name: str) -> str | None:
        place = gazetteer.best(name)
        if place is None:
            return None
        # a group's name ("Al-Qa'im–Albu Kamal border crossing": the crossing and the two
        # towns) is its first member's
        members = gazetteer.members(place.id)
        return members[0].id if members else place.id

    return resolve


def _same_place(
    gold: Record, pred: Record, fold: Callable[[str], str], resolve: Callable[[str], str | None]
) -> bool:
    names = _gold_names(gold.get("place") or "")
    predicted = {fold(pred.get("place") or ""), fold(pred.get("mention") or "")} - {""}
    if any(fold(name) in predicted for name in names):
        return True
    return any(resolve(name) == pred.get("place_id") is not None for name in names)


def _gold_names(place: str) -> list[str]:
    """The gold name, and the name without a qualifier ('Mashhad al-Husayn (Aleppo)')."""
    bare = _QUALIFIER.sub("", place).strip()
    return [place] if bare in ("", place) else [place, bare]


def _file_of(record: Record) -> str:
    return Path(str(record.get("file") or record.get("source") or "")).name


def _match(
    gold: Sequence[Record], preds: Sequence[Record], key: Callable[[Record, Record], bool]
) -> list[tuple[Record, Record]]:
    """Greedy one-to-one matching within each file."""
    by_file: dict[str, list[Record]] = defaultdict(list)
    for pred in preds:
        by_file[_file_of(pred)].append(pred)
    pairs: list[tuple[Record, Record]] = []
    used: set[int] = set()
    for g in gold:
        for p in by_file.get(_file_of(g), []):
            if id(p) not in used and _same_sentence(g, p) and key(g, p):
                used.add(id(p))
                pairs.append((g, p))
                break
    return pairs


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _year(iso: str | None) -> int | None:
    if not iso:
        return None
    match = re.match(r"^(-?\d+)", iso)
    return int(match.group(1)) if match else None


def _negatives_hit(
    negatives: Sequence[Record], preds: Sequence[Record], fold: Callable[[str], str]
) -> list[str]:
    hit = []
    for neg in negatives:
        mention = fold(neg.get("mention") or "")
        for pred in preds:
            same_file = _file_of(pred) == _file_of(neg)
            # The prediction maps the negative when its mention covers the negative's words:
            # "Lebanon" is not "southern Lebanon"; "Washington Post" would cover "Washington".
            covers = bool(mention) and mention in fold(pred.get("mention") or "")
            if same_file and covers and _same_sentence(neg, pred):
                hit.append(f"{_file_of(neg)}: {neg.get('mention')!r} in {neg.get('evidence')!r}")
                break
    return hit


def _geo_errors(
    pairs: Sequence[tuple[Record, Record]],
    reference: dict[str, tuple[float, float]],
) -> tuple[float | None, float | None]:
    errors, within = [], []
    for gold, pred in pairs:
        ref = reference.get(_norm(gold.get("place")))
        if ref is None or pred.get("lat") is None:
            continue
        km = haversine_km(ref[0], ref[1], float(pred["lat"]), float(pred["lon"]))
        errors.append(km)
        kind = gold.get("place_kind")
        limit = SITE_TOLERANCE_KM if kind in SITE_KINDS else TOWN_TOLERANCE_KM
        if kind in SITE_KINDS or kind in TOWN_KINDS:
            within.append(km <= limit)
    median = round(statistics.median(errors), 3) if errors else None
    share = round(sum(within) / len(within), 4) if within else None
    return median, share


def evaluate(
    gold: Record,
    preds: Sequence[Record],
    reference: dict[str, tuple[float, float]],
    *,
    fold: Callable[[str], str] | None = None,
    resolve: Callable[[str], str | None] | None = None,
) -> Score:
    """Score prediction records (GeoJSON properties + lat/lon) against a gold document."""
    fold = fold or _fold_default
    resolve = resolve or _place_resolver()
    golds: list[Record] = list(gold.get("events", []))
    files = {_file_of(g) for g in golds}
    preds = [p for p in preds if _file_of(p) in files]

    def place_key(g: Record, p: Record) -> bool:
        return _same_place(g, p, fold, resolve)

    def pair_key(g: Record, p: Record) -> bool:
        return g.get("category") == p.get("category") and place_key(g, p)

    pairs = _match(golds, preds, pair_key)
    place_pairs = _match(golds, preds, place_key)
    score = Score(
        gold=len(golds), predicted=len(preds), matched=len(pairs), place_matched=len(place_pairs)
    )
    score.precision, score.recall = _ratio(len(pairs), len(preds)), _ratio(len(pairs), len(golds))
    score.f1 = _f1(score.precision, score.recall)
    score.place_precision = _ratio(len(place_pairs), len(preds))
    score.place_recall = _ratio(len(place_pairs), len(golds))
    dated = [(g, p) for g, p in place_pairs if _year(g.get("date_start")) is not None]
    score.dated_matches = len(dated)
    if dated:
        right = sum(1 for g, p in dated if p.get("year_start") == _year(g.get("date_start")))
        score.year_accuracy = _ratio(right, len(dated))
    score.median_error_km, score.within_tolerance = _geo_errors(place_pairs, reference)
    negatives = list(gold.get("negatives", []))
    score.negatives = len(negatives)
    score.negatives_hit = _negatives_hit(negatives, preds, fold)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    score.misses = [
        f"{_file_of(g)}: {g.get('place')} [{g.get('category')}] — {g.get('event')}"
        for g in golds
        if id(g) not in matched_gold
    ]
    score.false_positives = [
        f"{_file_of(p)}: {p.get('place')} [{p.get('category')}] — {(p.get('evidence') or '')[:90]}"
        for p in preds
        if id(p) not in matched_pred
    ]
    return score


def _load_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise EvaluationError(f"{path}: {what} file not found") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: not a readable JSON {what} file ({exc})") from exc


def load_predictions(path: Path) -> list[Record]:
    data = _load_json(path, "prediction")
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise EvaluationError(f"{path}: not a GeoJSON FeatureCollection")
    records = []
    for feature in data["features"]:
        props = dict(feature.get("properties") or {})
        coords = (feature.get("geometry") or {}).get("coordinates") or [None, None]
        props["lon"], props["lat"] = coords[0], coords[1]
        records.append(props)
    return records


def load_reference(path: Path | None) -> dict[str, tuple[float, float]]:
    if path is None or not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        try:
            return {
                _norm(row["place"]): (float(row["lat"]), float(row["lon"]))
                for row in csv.DictReader(handle)
            }
        except (KeyError, ValueError) as exc:
            raise EvaluationError(f"{path}: bad reference row ({exc})") from exc


def evaluate_files(gold_path: Path, pred_path: Path, coords_path: Path | None = None) -> Score:
    gold = _load_json(gold_path, "gold")
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        raise EvaluationError(f"{gold_path}: gold file needs an 'events' list")
    if coords_path is None:
        default = gold_path.with_name("reference_coords.csv")
        coords_path = default if default.exists() else None
    return evaluate(gold, load_predictions(pred_path), load_reference(coords_path))


def format_score(score: Score, *, details: bool = False) -> str:
    def show(value: float | None, unit: str = "") -> str:
        return "n/a" if value is None else f"{value:.3f}{unit}"

    rows = [
        ("gold events", str(score.gold)),
        ("predicted events", str(score.predicted)),
        ("(place, category) precision", show(score.precision)),
        ("(place, category) recall", show(score.recall)),
        ("(place, category) F1", show(score.f1)),
        ("place precision", show(score.place_precision)),
        ("place recall", show(score.place_recall)),
        (f"year accuracy ({score.dated_matches} dated)", show(score.year_accuracy)),
        ("median geocoding error", show(score.median_error_km, " km")),
        ("within 2 km (sites) / 5 km (towns)", show(score.within_tolerance)),
        ("negatives hit", f"{len(score.negatives_hit)} of {score.negatives}"),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    if details:
        lines += ["", "missed:"] + [f"  {m}" for m in score.misses]
        lines += ["", "false positives:"] + [f"  {m}" for m in score.false_positives]
        lines += ["", "negatives hit:"] + [f"  {m}" for m in score.negatives_hit]
    return "\n".join(lines)


def score_dict(score: Score) -> dict[str, Any]:
    return asdict(score)
