"""The native .cjm.json format: round trips, stable bytes, layout, schema, migration."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from files_helpers import full_map
from fuzz_budget import slow_count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.files import (
    SCHEMA_VERSION,
    dumps,
    load_map,
    loads,
    map_from_dict,
    map_to_dict,
    save_map,
)
from cjm_desktop.files.cjm_json import encode
from cjm_desktop.model import Card, JourneyMap, Lane, Persona, Stage, Step, vocab
from cjm_desktop.paths import resource

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA = json.loads(resource("schema", "cjm-map.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def assert_valid(data: dict) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert errors == []


# ----- round trips ----------------------------------------------------------------------
def test_round_trip_keeps_everything_and_bytes_are_stable(tmp_path):
    original = full_map()
    path = tmp_path / "배달.cjm.json"
    save_map(original, path)
    first = path.read_bytes()
    loaded = load_map(path)
    assert loaded == original
    assert loaded.cards["c6"].opportunity.pain_points == ["c5", "c4"]
    assert loaded.cards["c4"].pain_point.touchpoint == "c2"
    assert loaded.emotion("p1", "s2", "t1").to_be == 1.5
    assert loaded.persona("p1").empathy.says == ["빨리 와야 해요"]
    assert loaded.checklist_item("checkout").note == "결제 이탈 12%"
    assert loaded.cell_ids(("s1", None, "l1")) == ["c0", "c1"]
    save_map(loaded, path)
    assert path.read_bytes() == first
    save_map(loaded, path)
    assert path.read_bytes() == first


def test_saving_changes_nothing_in_the_map(tmp_path):
    journey = full_map()
    save_map(journey, tmp_path / "a.cjm.json")
    assert journey == full_map()
    assert journey.info.modified == "2025-01-03T10:30:00+09:00"


def test_korean_is_stored_as_text_utf8_without_bom(tmp_path):
    path = tmp_path / "m.cjm.json"
    save_map(full_map(), path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "음식 배달 앱 고객 여정" in text
    assert "😀" in text
    assert "\\u" not in text
    assert text.endswith("}\n") and not text.endswith("\n\n")


def test_layout_is_json_dumps_indent_2_with_field_order():
    journey = full_map()
    text = dumps(journey)
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert list(data) == ["schema_version", "generator", "map", "stages", "lanes", "personas",
                          "cards", "emotions", "checklist", "workshop", "comments"]
    assert data["schema_version"] == SCHEMA_VERSION == 6
    assert data["generator"].startswith("cjm-desktop ")
    assert list(data["map"]) == ["title", "description", "owner", "version_label",
                                 "review_date", "language", "scenario", "created", "modified"]
    assert list(data["stages"][1]) == ["id", "name", "description", "goal",
                                       "desired_experience", "color", "steps"]
    assert list(data["lanes"][0]) == ["id", "kind", "title", "height"]
    persona = data["personas"][0]
    assert list(persona)[:4] == ["id", "name", "color", "photo"]
    assert list(persona)[-2:] == ["segment", "empathy"]
    assert list(persona["empathy"]) == ["says", "thinks", "does", "feels", "pains", "gains"]
    card_keys = ["id", "kind", "stage", "step", "lane", "order", "text", "notes", "color",
                 "tags", "votes", "author"]
    by_id = {card["id"]: card for card in data["cards"]}
    assert list(by_id["c0"]) == card_keys
    assert list(by_id["c2"]) == [*card_keys, "touchpoint"]
    assert list(by_id["c4"]) == [*card_keys, "pain_point"]
    assert list(by_id["c6"]) == [*card_keys, "opportunity"]
    assert list(by_id["c7"]) == [*card_keys, "kpi"]
    assert list(data["emotions"][0]) == ["persona", "stage", "step", "score", "to_be", "label",
                                         "note"]
    assert list(data["checklist"][0]) == ["question", "answer", "note"]


def test_cards_are_in_reading_order_with_dense_orders():
    journey = full_map()
    data = map_to_dict(journey)
    assert [c["id"] for c in data["cards"]] == [c.id for c in journey.ordered_cards()]
    assert [(c["id"], c["order"]) for c in data["cards"] if c["lane"] == "l1"] == [
        ("c0", 0), ("c1", 1)]


def test_emotions_are_in_persona_then_journey_order():
    data = map_to_dict(full_map())
    assert [(e["persona"], e["stage"], e["step"]) for e in data["emotions"]] == [
        ("p1", "s1", None), ("p1", "s2", "t1"), ("p1", "s3", None), ("p2", "s2", "t2")]


def test_orders_that_are_not_dense_are_sorted_not_refused():
    data = map_to_dict(full_map())
    for card in data["cards"]:
        if card["id"] == "c0":
            card["order"] = 70
        if card["id"] == "c1":
            card["order"] = 5
    loaded = map_from_dict(data)
    assert loaded.cell_ids(("s1", None, "l1")) == ["c1", "c0"]
    assert map_to_dict(loaded)["cards"][0]["order"] == 0


def test_unknown_keys_are_ignored_and_optional_keys_default():
    data = {"schema_version": 2, "future": {"x": 1},
            "stages": [{"id": "s1", "mood": "sunny"}],
            "lanes": [{"id": "l1"}],
            "cards": [{"id": "c1", "kind": "touchpoint", "stage": "s1", "lane": "l1",
                       "sparkle": True}]}
    journey = map_from_dict(data)
    assert journey.stage("s1").color == "#4C78A8"
    assert journey.lane("l1").kind == "free_text"
    assert journey.card("c1").touchpoint is not None
    assert journey.info.language == "ko"
    assert len(journey.checklist) == 6


def test_empty_map_round_trips():
    journey = JourneyMap()
    assert loads(dumps(journey)) == journey
    assert_valid(map_to_dict(journey))


def test_map_to_dict_does_not_alias_the_model():
    journey = full_map()
    data = map_to_dict(journey)
    data["cards"][0]["tags"].append("x")
    data["personas"][0]["values"].append("x")
    assert journey == full_map()


def test_dumps_writes_non_finite_numbers_as_null():
    journey = full_map()
    journey.update_card("c7", {"kpi.target": float("nan"), "kpi.actual": float("inf")})
    loaded = loads(dumps(journey))
    assert loaded.card("c7").kpi.target is None
    assert loaded.card("c7").kpi.actual is None


def test_encode_matches_json_dumps_on_awkward_values():
    data = {"a": [], "b": {}, "c": [1, 2.5, -0.0, 1e300, True, False, None, "\"\\\n\t\x00"],
            "한": {"d": [[], [{}]]}, "e": 12345678901234567890}
    assert encode(data) == json.dumps(data, ensure_ascii=False, indent=2)


# ----- JSON Schema ------------------------------------------------------------------------
def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_saved_files_validate_against_the_schema(tmp_path):
    for journey in (full_map(), JourneyMap(), load_map(FIXTURES / "v1_food_delivery.cjm.json")):
        path = tmp_path / "m.cjm.json"
        save_map(journey, path)
        assert_valid(json.loads(path.read_text(encoding="utf-8")))


def test_schema_enums_match_the_vocabularies():
    defs = SCHEMA["$defs"]

    def values(node):
        return [v for v in node["enum"] if v is not None]

    assert values(defs["lane"]["properties"]["kind"]) == [v.value for v in vocab.LaneKind]
    assert values(defs["card"]["properties"]["kind"]) == [v.value for v in vocab.CardKind]
    assert values(defs["touchpoint"]["properties"]["channel"]) == [
        v.value for v in vocab.Channel]
    assert values(defs["pain_point"]["properties"]["category"]) == [
        v.value for v in vocab.PainCategory]
    assert values(defs["emotion"]["properties"]["label"]) == [
        v.value for v in vocab.EmotionLabel]
    assert values(defs["checklist_item"]["properties"]["question"]) == [
        v.value for v in vocab.ChecklistQuestion]


def test_schema_rejects_what_the_reader_rejects():
    data = map_to_dict(full_map())
    data["emotions"][0]["score"] = 2.5
    data["cards"][0]["votes"] = -1
    data["lanes"][0]["kind"] = "dreams"
    paths = {tuple(e.absolute_path) for e in VALIDATOR.iter_errors(data)}
    assert ("emotions", 0, "score") in paths
    assert ("cards", 0, "votes") in paths
    assert ("lanes", 0, "kind") in paths


# ----- migration ----------------------------------------------------------------------------
def expected_v1_food_delivery() -> JourneyMap:
    journey = JourneyMap()
    journey.update_info({
        "title": "음식 배달 앱 고객 여정", "description": "점심 주문부터 리뷰 작성까지",
        "owner": "CX팀", "language": "ko", "scenario": "as-is",
        "created": "2024-03-02T09:00:00+09:00", "modified": "2024-03-05T17:30:00+09:00"})
    journey.add_stage(Stage("s-aware", "인지", "광고와 입소문으로 앱을 안다", "빠른 점심 해결",
                            "믿을 만한 첫인상", "#4C78A8"))
    journey.add_stage(Stage("s-order", "주문", "", "원하는 메뉴를 빨리 고른다", "", "#F58518",
                            [Step("t-browse", "메뉴 탐색", "카테고리와 검색"),
                             Step("t-pay", "결제", "")]))
    journey.add_stage(Stage("s-deliver", "배달", color="#54A24B"))
    for lane_id, kind, title in [("l-act", "actions", "행동"), ("l-tp", "touchpoints", "접점"),
                                 ("l-emo", "emotions", "감정"), ("l-pain", "pain_points", "고충점"),
                                 ("l-opp", "opportunities", "개선 기회")]:
        journey.add_lane(Lane(lane_id, kind, title))
    persona = Persona("p-jieun", "김지은", "#E45756", age=31, occupation="회사원",
                      quote="점심시간은 짧아요.", values=["편의", "속도"])
    persona.segment.age_group, persona.segment.region = "30대", "서울"
    persona.segment.purchase_pattern = "주 3회"
    persona.empathy.says, persona.empathy.feels = ["빨리 와야 해요"], ["조급함"]
    journey.add_persona(persona)
    journey.add_persona(Persona("p-minho", "박민호", "#72B7B2"))
    journey.add_card(Card("c1", "note", "s-aware", "l-act", text="SNS 광고를 본다",
                          tags=["광고"], votes=2))
    journey.add_card(Card("c3", "note", "s-aware", "l-act", text="친구에게 추천받는다"))
    journey.add_card(Card("c2", "touchpoint", "s-order", "l-tp", "t-browse", text="앱 검색 화면"))
    journey.update_card("c2", {"touchpoint.channel": "mobile_app", "touchpoint.online": True,
                               "touchpoint.satisfaction": 3, "touchpoint.expectation": 4,
                               "touchpoint.performance": 2})
    journey.add_card(Card("c4", "pain_point", "s-order", "l-pain", "t-pay",
                          text="배달비가 비싸다"))
    journey.update_card("c4", {"pain_point.category": "financial", "pain_point.severity": "high",
                               "pain_point.touchpoint": "c2",
                               "pain_point.whys": ["최소 주문 금액", "거리 할증"]})
    journey.add_card(Card("c5", "pain_point", "s-deliver", "l-pain", text="도착 시간을 알 수 없다"))
    journey.update_card("c5", {"pain_point.category": "process"})
    journey.add_card(Card("c6", "opportunity", "s-deliver", "l-opp", text="실시간 배달 추적"))
    journey.update_card("c6", {"opportunity.pain_points": ["c5", "c4"], "opportunity.impact": 5,
                               "opportunity.effort": 3, "opportunity.status": "planned",
                               "opportunity.scope": "funnel"})
    journey.set_emotion("p-jieun", "s-aware", None, {"score": 0.5})
    journey.set_emotion("p-jieun", "s-order", "t-browse", {"score": -1})
    journey.set_emotion("p-jieun", "s-deliver", None, {"score": -2})
    journey.set_emotion("p-minho", "s-order", "t-browse", {"score": 1.5})
    journey.update_checklist("checkout", {"answer": "partly", "note": "결제 단계 이탈 12%"})
    return journey


def test_version_1_file_migrates_to_the_current_map():
    path = FIXTURES / "v1_food_delivery.cjm.json"
    before = path.read_bytes()
    loaded = load_map(path)
    assert loaded == expected_v1_food_delivery()
    assert path.read_bytes() == before
    assert json.loads(dumps(loaded))["schema_version"] == SCHEMA_VERSION


def test_migration_does_not_change_its_input():
    data = json.loads((FIXTURES / "v1_food_delivery.cjm.json").read_text(encoding="utf-8"))
    snapshot = json.dumps(data)
    map_from_dict(data)
    assert json.dumps(data) == snapshot


# ----- property test --------------------------------------------------------------------------
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
_score = st.none() | st.integers(-4, 4).map(lambda n: n / 2)


@st.composite
def journeys(draw) -> JourneyMap:
    journey = JourneyMap()
    journey.update_info({"title": draw(_text), "language": draw(st.sampled_from(["ko", "en"]))})
    for s in range(draw(st.integers(1, 4))):
        steps = [Step(f"s{s}t{t}", draw(_text)) for t in range(draw(st.integers(0, 2)))]
        journey.add_stage(Stage(f"s{s}", draw(_text), steps=steps))
    kinds = [k.value for k in vocab.LaneKind]
    for lane_index in range(draw(st.integers(1, 4))):
        journey.add_lane(Lane(f"l{lane_index}", draw(st.sampled_from(kinds)), draw(_text)))
    persona_ids = [f"p{i}" for i in range(draw(st.integers(0, 2)))]
    for persona_id in persona_ids:
        journey.add_persona(Persona(persona_id, draw(_text), values=draw(st.lists(_text,
                                                                                   max_size=3))))
    cells = [cell for cell in journey.cells() if journey.lane(cell[2]).kind != "emotions"]
    touchpoints: list[str] = []
    pains: list[str] = []
    for index in range(draw(st.integers(0, 12)) if cells else 0):
        stage_id, step_id, lane_id = draw(st.sampled_from(cells))
        kind = draw(st.sampled_from([k.value for k in vocab.CardKind]))
        card_id = f"c{index}"
        journey.add_card(Card(card_id, kind, stage_id, lane_id, step_id, text=draw(_text),
                              tags=draw(st.lists(_text, max_size=2)),
                              votes=draw(st.integers(0, 9))),
                         draw(st.integers(0, 5)))
        if kind == "touchpoint":
            journey.update_card(card_id, {
                "touchpoint.channel": draw(st.none() | st.sampled_from(list(vocab.Channel))),
                "touchpoint.satisfaction": draw(st.none() | st.integers(1, 5))})
            touchpoints.append(card_id)
        elif kind == "pain_point":
            target = draw(st.none() | st.sampled_from(touchpoints)) if touchpoints else None
            journey.update_card(card_id, {"pain_point.touchpoint": target})
            pains.append(card_id)
        elif kind == "opportunity" and pains:
            journey.update_card(card_id, {"opportunity.pain_points": draw(
                st.lists(st.sampled_from(pains), max_size=3, unique=True))})
        elif kind == "kpi":
            journey.update_card(card_id, {"kpi.target": draw(
                st.none() | st.floats(allow_nan=False, allow_infinity=False) | st.integers())})
    for persona_id in persona_ids:
        for stage_id, step_id in journey.points():
            journey.set_emotion(persona_id, stage_id, step_id, {
                "score": draw(_score), "to_be": draw(_score), "note": draw(_text)})
    return journey


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_any_map_round_trips(journey):
    text = dumps(journey)
    loaded = loads(text)
    assert loaded == journey
    assert dumps(loaded) == text
    assert_valid(json.loads(text))


@pytest.mark.slow
@settings(max_examples=slow_count(300), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_any_map_round_trips_slow(journey):
    """The same property over more examples: ``pytest -m slow``."""
    test_any_map_round_trips.hypothesis.inner_test(journey)


# ----- size ------------------------------------------------------------------------------
def test_large_map_round_trips(tmp_path):
    """A 5,000-card map saves and loads intact (timings live in bench/, not in tests)."""
    journey = JourneyMap()
    for s in range(40):
        journey.add_stage(Stage(f"s{s}", f"단계 {s}"))
    for lane_index, kind in enumerate(["touchpoints", "pain_points", "actions", "kpis"]):
        journey.add_lane(Lane(f"l{lane_index}", kind))
    card_kinds = ["touchpoint", "pain_point", "note", "kpi"]
    for n in range(5000):
        lane_index = n % 4
        journey.add_card(Card(f"c{n}", card_kinds[lane_index], f"s{n % 40}", f"l{lane_index}",
                              text=f"카드 {n}: 배송 예정일이 명확하지 않아 불안하다"))
    path = tmp_path / "big.cjm.json"
    save_map(journey, path)
    assert load_map(path) == journey


@pytest.mark.parametrize("name", ["v1_food_delivery.cjm.json"])
def test_fixtures_load(name):
    assert load_map(FIXTURES / name).cards
