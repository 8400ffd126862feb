"""The bundled templates and sample map: they load, round-trip, match their generator,
and the sample is rich enough to show off every part of the editor."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cjm_desktop.files import dumps, load_map, save_map
from cjm_desktop.files.templates import (
    TEMPLATE_NAMES,
    load_sample,
    load_template,
    sample_path,
    template_path,
    template_title,
)
from cjm_desktop.model import JourneyMap
from cjm_desktop.model.entities import LIST_FIELDS_OF_PERSONA, EmpathyMap, Segment, field_names
from cjm_desktop.model.vocab import CardKind, ChecklistQuestion, LaneKind, PainCategory
from cjm_desktop.paths import resource_dir

TOOLS = Path(__file__).resolve().parent.parent / "tools"
LANGS = ("ko", "en")
BUNDLED = [(name, lang) for name in TEMPLATE_NAMES for lang in LANGS]


def _build_all() -> dict[str, JourneyMap]:
    sys.path.insert(0, str(TOOLS))
    try:
        import build_resources
    finally:
        sys.path.remove(str(TOOLS))
    return build_resources.build_all()


@pytest.fixture(scope="module")
def sample() -> JourneyMap:
    return load_sample("ko")


# ----- templates --------------------------------------------------------------------------
def test_template_names_in_product_order() -> None:
    assert TEMPLATE_NAMES == ("blank", "stages-4", "stages-5", "stages-6",
                              "discover-try-buy-use-support", "service-blueprint")


@pytest.mark.parametrize(("name", "lang"), BUNDLED)
def test_every_template_loads_fresh(name: str, lang: str) -> None:
    journey = load_template(name, lang)
    assert journey.info.language == lang
    assert journey.info.title
    assert journey.info.review_date is None
    assert journey.info.scenario == "as-is"
    assert journey.info.created and journey.info.created == journey.info.modified
    assert journey.stages and journey.lanes
    assert not journey.cards
    assert [p.name for p in journey.personas] == ["페르소나 1" if lang == "ko" else "Persona 1"]
    assert all(lane.title for lane in journey.lanes)
    assert len({stage.color for stage in journey.stages}) == len(journey.stages)


STAGE_NAMES = {
    "stages-4": (["인지", "고려", "구매", "유지·추천"],
                 ["Awareness", "Consideration", "Purchase", "Retention & advocacy"]),
    "stages-5": (["인지", "평가", "구매", "사용", "충성"],
                 ["Awareness", "Evaluation", "Purchase", "Use", "Loyalty"]),
    "stages-6": (["인지", "고려", "구매", "온보딩", "사용", "충성"],
                 ["Awareness", "Consideration", "Purchase", "Onboarding", "Use", "Loyalty"]),
    "discover-try-buy-use-support": (["탐색", "체험", "구매", "사용", "지원 요청"],
                                     ["Discover", "Try", "Buy", "Use", "Seek support"]),
    "blank": (["단계 1", "단계 2", "단계 3"], ["Stage 1", "Stage 2", "Stage 3"]),
}


@pytest.mark.parametrize("name", sorted(STAGE_NAMES))
def test_stage_sets_are_the_products(name: str) -> None:
    korean, english = STAGE_NAMES[name]
    assert [s.name for s in load_template(name, "ko").stages] == korean
    assert [s.name for s in load_template(name, "en").stages] == english


def test_journey_templates_have_hints_and_the_usual_lanes() -> None:
    for name in ("stages-4", "stages-5", "stages-6", "discover-try-buy-use-support"):
        journey = load_template(name, "en")
        assert all(s.goal and s.desired_experience for s in journey.stages), name
        kinds = [lane.kind for lane in journey.lanes]
        assert kinds[:6] == ["actions", "thoughts", "emotions", "touchpoints", "pain_points",
                             "opportunities"], name
        assert ("kpis" in kinds) == name.startswith("stages-"), name


def test_service_blueprint_has_the_blueprint_layers() -> None:
    journey = load_template("service-blueprint", "en")
    assert [(lane.kind, lane.title) for lane in journey.lanes] == [
        ("free_text", "Physical evidence"), ("actions", "Customer actions"),
        ("touchpoints", "Frontstage"), ("backstage", "Backstage"),
        ("backstage", "Support processes")]
    korean = load_template("service-blueprint", "ko")
    assert [lane.title for lane in korean.lanes][1] == "고객 행동"


def test_template_titles() -> None:
    assert template_title("stages-4", "ko") == "4단계 여정"
    assert template_title("stages-4", "en") == "4-stage journey"
    assert template_title("service-blueprint", "ko") == "서비스 블루프린트"
    assert template_title("service-blueprint", "en") == "Service blueprint"
    for name in TEMPLATE_NAMES:
        assert template_title(name, "ko") != template_title(name, "en")


def test_unknown_names_and_languages_are_refused_clearly() -> None:
    with pytest.raises(ValueError, match="stages-4.*service-blueprint"):
        load_template("stages-7")
    with pytest.raises(ValueError, match="ko, en"):
        template_path("blank", "fr")
    with pytest.raises(ValueError, match="unknown template"):
        template_title("nope", "en")
    with pytest.raises(ValueError, match="unknown language"):
        load_sample("de")


# ----- round trip and drift ---------------------------------------------------------------
ALL_FILES = [template_path(n, lang) for n, lang in BUNDLED] + [sample_path(lang) for lang in LANGS]


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_round_trip_is_exact(path: Path, tmp_path: Path) -> None:
    journey = load_map(path)
    first, second = tmp_path / "a.cjm.json", tmp_path / "b.cjm.json"
    save_map(journey, first)
    again = load_map(first)
    assert again == journey
    save_map(again, second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == path.read_bytes().replace(b"\r\n", b"\n")


def test_committed_files_equal_the_generator_output() -> None:
    root = Path(__file__).resolve().parent.parent / "resources"
    built = _build_all()
    installed = resource_dir().resolve()
    assert sorted(built) == sorted(p.resolve().relative_to(installed).as_posix() for p in ALL_FILES)
    for relative, journey in built.items():
        committed = json.loads((root / relative).read_text(encoding="utf-8"))
        generated = json.loads(dumps(journey))
        committed.pop("generator")
        generated.pop("generator")
        assert committed == generated, f"{relative} is stale: run tools/build_resources.py"


# ----- the sample -------------------------------------------------------------------------
def test_sample_map_info_is_complete(sample: JourneyMap) -> None:
    info = sample.info
    assert info.title and info.description and info.owner and info.version_label
    assert info.review_date == "2027-03-31"
    assert info.scenario == "as-is" and info.language == "ko"


def test_sample_personas_have_full_profiles(sample: JourneyMap) -> None:
    assert len(sample.personas) >= 2
    for persona in sample.personas:
        for name in field_names(type(persona)):
            if name in ("photo", "id"):
                continue
            value = getattr(persona, name)
            assert value not in (None, "", []), f"{persona.name}: {name} is empty"
        for name in LIST_FIELDS_OF_PERSONA:
            assert all(getattr(persona, name)), name
        for name in field_names(Segment):
            assert getattr(persona.segment, name), f"{persona.name}: segment.{name}"
        for name in field_names(EmpathyMap):
            assert getattr(persona.empathy, name), f"{persona.name}: empathy.{name}"


def test_sample_structure(sample: JourneyMap) -> None:
    assert len(sample.stages) >= 5
    assert all(s.goal and s.desired_experience for s in sample.stages)
    assert max(len(s.steps) for s in sample.stages) in (2, 3)
    kinds = {lane.kind for lane in sample.lanes}
    assert kinds >= {k.value for k in LaneKind} - {"free_text"}


def test_sample_cards_cover_every_kind_and_category(sample: JourneyMap) -> None:
    cards = list(sample.cards.values())
    assert len(cards) >= 40
    assert {c.kind for c in cards} == {k.value for k in CardKind}
    pains = [c for c in cards if c.kind == "pain_point"]
    assert {p.pain_point.category for p in pains} == {c.value for c in PainCategory}
    assert all(p.pain_point.severity for p in pains)
    assert any(p.pain_point.touchpoint for p in pains)
    assert any(len(p.pain_point.whys) >= 5 for p in pains)
    for opp in (c for c in cards if c.kind == "opportunity"):
        info = opp.opportunity
        assert info.pain_points, opp.text
        assert info.impact and info.effort and info.owner and info.status and info.scope
    kpis = [c for c in cards if c.kind == "kpi"]
    assert any(k.kpi.target is not None and k.kpi.actual is not None and k.kpi.unit
               for k in kpis)
    tps = [c.touchpoint for c in cards if c.kind == "touchpoint"]
    assert all(tp.channel and tp.online is not None and tp.team for tp in tps)
    assert any(tp.expectation and tp.performance and tp.satisfaction and tp.complaint_count
               and tp.complaint_types for tp in tps)
    assert any(c.tags for c in cards) and any(c.votes for c in cards)
    assert max(len(c.text) for c in cards) <= 40


def test_sample_has_an_emotion_for_every_persona_and_point(sample: JourneyMap) -> None:
    for persona in sample.personas:
        for stage_id, step_id in sample.points():
            emotion = sample.emotion(persona.id, stage_id, step_id)
            assert emotion is not None and emotion.score is not None
            assert emotion.label and emotion.note
    scores = [e.score for e in sample.emotions.values()]
    assert any(s != int(s) for s in scores), "half steps are used"
    assert min(scores) <= -1.5 and max(scores) >= 1.0
    assert any(e.to_be is not None for e in sample.emotions.values())


def test_sample_checklist_is_answered(sample: JourneyMap) -> None:
    assert [item.question for item in sample.checklist] == [q.value for q in ChecklistQuestion]
    assert all(item.answer and item.note for item in sample.checklist)


def test_korean_and_english_samples_differ_only_in_words() -> None:
    ko, en = load_sample("ko"), load_sample("en")
    assert en.info.language == "en"

    def shape(journey: JourneyMap) -> object:
        return (
            [(s.id, s.color, [t.id for t in s.steps]) for s in journey.stages],
            [(lane.id, lane.kind) for lane in journey.lanes],
            [p.id for p in journey.personas],
            [(c.id, c.kind, c.cell, c.votes, len(c.tags)) for c in journey.ordered_cards()],
            sorted((k, e.score, e.to_be, e.label) for k, e in journey.emotions.items()),
            [(i.question, i.answer) for i in journey.checklist],
        )

    assert shape(ko) == shape(en)
    for card_id, card in ko.cards.items():
        assert card.text != en.cards[card_id].text
    assert ko.info.title != en.info.title
    assert [p.name for p in ko.personas] != [p.name for p in en.personas]
    assert not any("\uac00" <= ch <= "\ud7a3" for ch in dumps(en)), "Hangul in the English map"
