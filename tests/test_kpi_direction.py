"""The KPI direction (higher / lower is better): schema 3, the migration from 2, the model's
check, and the workbook's cards column read back in either language."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.files import loads, map_to_dict
from cjm_desktop.files.card_columns import COLUMN_BY_KEY, read
from cjm_desktop.files.migrations import SCHEMA_VERSION
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model import ModelError


def _v2_map(detail: dict) -> str:
    return json.dumps({
        "schema_version": 2, "map": {"title": "t"},
        "stages": [{"id": "s1", "name": "S"}], "lanes": [{"id": "l1", "kind": "kpis"}],
        "cards": [{"id": "c1", "kind": "kpi", "stage": "s1", "lane": "l1", "kpi": detail}],
    })


def test_a_schema_2_kpi_becomes_higher_is_better():
    journey = loads(_v2_map({"name": "NPS", "target": 40, "actual": 35}))
    assert journey.card("c1").kpi.direction == "higher"
    assert map_to_dict(journey)["cards"][0]["kpi"]["direction"] == "higher"
    assert map_to_dict(journey)["schema_version"] == SCHEMA_VERSION


def test_a_schema_3_lower_direction_is_kept_and_a_bad_one_refused():
    data = json.loads(_v2_map({"name": "time", "direction": "lower"}))
    data["schema_version"] = 3
    assert loads(json.dumps(data)).card("c1").kpi.direction == "lower"
    data["cards"][0]["kpi"]["direction"] = "sideways"
    with pytest.raises(Exception, match="direction"):
        loads(json.dumps(data))


def test_the_samples_delivery_time_is_lower_is_better():
    for language in ("ko", "en"):
        journey = load_sample(language)
        directions = {c.kpi.name: c.kpi.direction for c in journey.cards.values() if c.kpi}
        name = {"ko": "평균 배달 시간", "en": "Average delivery time"}[language]
        assert directions[name] == "lower"
        assert list(directions.values()).count("lower") == 1


def test_the_model_refuses_a_direction_that_is_not_higher_or_lower():
    journey = load_sample("en")
    kpi = next(c for c in journey.cards.values() if c.kind == "kpi")
    for bad in (None, "up"):
        with pytest.raises(ModelError):
            journey.update_card(kpi.id, {"kpi.direction": bad})
    journey.update_card(kpi.id, {"kpi.direction": "lower"})
    assert journey.card(kpi.id).kpi.direction == "lower"


def test_the_cards_column_reads_both_languages_and_blank_is_higher():
    column = COLUMN_BY_KEY["kpi_direction"]
    assert read(column, "낮을수록 좋음") == "lower"
    assert read(column, "Higher is better") == "higher"
    assert read(column, "lower") == "lower"
    assert read(column, "") == "higher"
    with pytest.raises(ValueError):
        read(column, "sideways")
