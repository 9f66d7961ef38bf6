"""The scorer on small hand-made gold and prediction sets with known answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.errors import EvaluationError
from extract.evaluate import evaluate, evaluate_files, haversine_km

SENT_A = "In May 2023, President Raisi went to Damascus."
SENT_B = "Iran restored mausoleums in Raqqa."

GOLD = {
    "events": [
        {
            "file": "d.txt",
            "place": "Damascus",
            "mention": "Damascus",
            "place_kind": "city",
            "category": "diplomacy",
            "date_start": "2023-05",
            "evidence": SENT_A,
        },
        {
            "file": "d.txt",
            "place": "Raqqa",
            "mention": "Raqqa",
            "place_kind": "city",
            "category": "shrine",
            "date_start": None,
            "evidence": SENT_B,
        },
    ],
    "negatives": [{"file": "d.txt", "mention": "Tehran", "evidence": "Tehran will stay"}],
}


def _pred(place: str, category: str, evidence: str, **extra: object) -> dict[str, object]:
    record: dict[str, object] = {
        "source": "corpus/d.txt",
        "place": place,
        "mention": place,
        "place_id": place.lower(),
        "category": category,
        "evidence": evidence,
        "year_start": None,
        "lat": 0.0,
        "lon": 0.0,
    }
    record.update(extra)
    return record


def _score(preds: list[dict[str, object]], reference: dict[str, tuple[float, float]] | None = None):  # type: ignore[no-untyped-def]
    return evaluate(GOLD, preds, reference or {}, fold=str.lower, resolve=lambda name: None)


def test_perfect_predictions() -> None:
    preds = [
        _pred("Damascus", "diplomacy", SENT_A, year_start=2023, lat=33.5131, lon=36.2919),
        _pred("Raqqa", "shrine", SENT_B, lat=35.95, lon=39.0167),
    ]
    ref = {"damascus": (33.5131, 36.2919), "raqqa": (35.95, 39.0167)}
    score = _score(preds, ref)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert score.year_accuracy == 1.0 and score.dated_matches == 1
    assert score.median_error_km == pytest.approx(0.0, abs=1e-6)
    assert score.within_tolerance == 1.0
    assert score.negatives_hit == []


def test_wrong_category_counts_for_places_but_not_pairs() -> None:
    score = _score([_pred("Damascus", "incident", SENT_A, year_start=2022)])
    assert score.precision == 0.0 and score.recall == 0.0
    assert score.place_precision == 1.0 and score.place_recall == 0.5
    assert score.year_accuracy == 0.0


def test_false_positive_and_negative_hit() -> None:
    preds = [
        _pred("Damascus", "diplomacy", SENT_A),
        _pred("Tehran", "other", "Tehran will stay in Syria."),
    ]
    score = _score(preds)
    assert score.precision == 0.5 and score.recall == 0.5
    assert len(score.negatives_hit) == 1
    assert len(score.false_positives) == 1 and len(score.misses) == 1


def test_predictions_from_other_files_are_ignored() -> None:
    preds = [
        _pred("Damascus", "diplomacy", SENT_A),
        _pred("Aleppo", "incident", "x", source="z.txt"),
    ]
    assert _score(preds).precision == 1.0


def test_one_prediction_matches_one_gold_event() -> None:
    gold = {"events": [GOLD["events"][0], dict(GOLD["events"][0])]}
    score = evaluate(
        gold,
        [_pred("Damascus", "diplomacy", SENT_A)],
        {},
        fold=str.lower,
        resolve=lambda name: None,
    )
    assert score.matched == 1 and score.recall == 0.5


def test_haversine_known_distance() -> None:
    # Damascus to Beirut is about 85 km as the crow flies.
    assert haversine_km(33.5131, 36.2919, 33.8938, 35.5018) == pytest.approx(85, abs=3)


def test_bad_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text("{not json", encoding="utf-8")
    preds = tmp_path / "p.geojson"
    preds.write_text(json.dumps({"type": "FeatureCollection", "features": []}), encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"gold\.json"):
        evaluate_files(gold, preds)
    with pytest.raises(EvaluationError, match="not found"):
        evaluate_files(tmp_path / "missing.json", preds)


def test_a_gold_place_qualified_in_parentheses_matches_the_bare_name() -> None:
    sentence = "Mortar fire hit the dome of Mashhad al-Husayn in 2016."
    gold = {
        "events": [
            {
                "file": "d.txt",
                "place": "Mashhad al-Husayn (Aleppo)",
                "mention": "Mashhad al-Husayn",
                "category": "incident",
                "evidence": sentence,
            }
        ]
    }
    pred = _pred("Mashhad al-Husayn", "incident", sentence, place_id="aleppo-mashhad")
    bare = evaluate(gold, [pred], {}, fold=str.lower, resolve=lambda name: None)
    assert bare.matched == 1
    by_id = evaluate(
        gold,
        [dict(pred, place="Shrine", mention="the shrine")],
        {},
        fold=str.lower,
        resolve=lambda name: "aleppo-mashhad" if name == "Mashhad al-Husayn" else None,
    )
    assert by_id.matched == 1
    aleppo = dict(pred, place="Aleppo", mention="Aleppo")
    other = evaluate(gold, [aleppo], {}, fold=str.lower, resolve=lambda name: None)
    assert other.matched == 0


def test_a_word_the_line_broke_is_the_same_sentence_joined() -> None:
    # A reference copied from a PDF keeps "Khmei- mim"; the extractor joins the word.
    broken = "Putin made an unannounced stop at Khmei- mim, where he told troops."
    gold = {"events": [dict(GOLD["events"][0], place="Khmeimim", evidence=broken)]}
    joined = _pred("Khmeimim", "diplomacy", "Putin made an unannounced stop at Khmeimim,\n where")
    score = evaluate(gold, [joined], {}, fold=str.lower, resolve=lambda name: None)
    assert score.matched == 1
    other = _pred("Khmeimim", "diplomacy", "Putin made a stop at Khmeimim.")
    assert evaluate(gold, [other], {}, fold=str.lower, resolve=lambda name: None).matched == 0


def test_a_table_row_is_the_same_evidence_with_or_without_cell_bars() -> None:
    # A reference joins an HTML row's cells with spaces; the extractor shows them as bars.
    row = "2 January 2023 Damascus International Airport Runway 2 soldiers killed"
    gold = {"events": [dict(GOLD["events"][0], place="Damascus", evidence=row)]}
    barred = "| 2 January 2023 | Damascus International Airport | Runway | 2 soldiers killed |"
    score = evaluate(
        gold,
        [_pred("Damascus", "diplomacy", barred)],
        {},
        fold=str.lower,
        resolve=lambda name: None,
    )
    assert score.matched == 1
    other = _pred("Damascus", "diplomacy", "| 3 January 2023 | Damascus International Airport |")
    assert evaluate(gold, [other], {}, fold=str.lower, resolve=lambda name: None).matched == 0
