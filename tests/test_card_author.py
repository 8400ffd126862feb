"""The card's author (schema 5): kept through save and load, migrated from schema 4 as
unknown, and checked as text."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.files import dumps, loads, map_to_dict
from cjm_desktop.files.migrations import SCHEMA_VERSION, migrate_4_to_5
from cjm_desktop.model import ModelError
from cjm_desktop.model.entities import Card


def _v4_map() -> dict:
    return {
        "schema_version": 4, "map": {"title": "t"},
        "stages": [{"id": "s1", "name": "S"}], "lanes": [{"id": "l1", "kind": "free_text"}],
        "cards": [{"id": "c1", "kind": "note", "stage": "s1", "lane": "l1", "text": "hi"}],
    }


def test_a_schema_4_card_has_no_author_after_migration():
    journey = loads(json.dumps(_v4_map()))
    assert journey.card("c1").author == ""
    assert map_to_dict(journey)["schema_version"] == SCHEMA_VERSION
    assert map_to_dict(journey)["cards"][0]["author"] == ""


def test_migrate_4_to_5_adds_the_author_and_leaves_its_input_alone():
    data = _v4_map()
    result = migrate_4_to_5(data, "<memory>")
    assert result["schema_version"] == 5
    assert result["cards"][0]["author"] == ""
    assert "author" not in data["cards"][0]


def test_an_author_survives_save_and_load():
    data = _v4_map()
    data["schema_version"] = SCHEMA_VERSION
    data["cards"][0]["author"] = "김민지"
    journey = loads(json.dumps(data))
    assert journey.card("c1").author == "김민지"
    again = loads(dumps(journey))
    assert again.card("c1").author == "김민지"
    assert "김민지" in dumps(journey)  # Korean kept as text


def test_an_author_that_is_not_text_is_refused_with_its_place():
    data = _v4_map()
    data["schema_version"] = SCHEMA_VERSION
    data["cards"][0]["author"] = 7
    with pytest.raises(Exception, match=r"author"):
        loads(json.dumps(data))


def test_the_model_refuses_a_card_whose_author_is_not_text():
    journey = loads(json.dumps(_v4_map()))
    with pytest.raises(ModelError, match="author"):
        journey.add_card(Card(id="c2", stage="s1", lane="l1", author=None))  # type: ignore[arg-type]
