"""Build a :class:`JourneyMap` from the current-version native dict, checking everything.

Every value is type-checked here with its JSON path; the map is then built through the
model's public operations so its invariants hold too. Unknown keys are ignored (files
stay readable when a later release of the same schema version adds optional keys).
"""

from __future__ import annotations

import math
from typing import Any

from ..model import (
    Card,
    EmpathyMap,
    JourneyMap,
    KpiInfo,
    Lane,
    ModelError,
    OpportunityInfo,
    PainPointInfo,
    Persona,
    Segment,
    Stage,
    Step,
    TouchpointInfo,
)
from ..model.entities import KIND_INFO_FIELD, LIST_FIELDS_OF_PERSONA, Comment
from ..model.vocab import (
    LANGUAGES,
    CardKind,
    Channel,
    ChecklistAnswer,
    ChecklistQuestion,
    EmotionLabel,
    KpiDirection,
    LaneKind,
    OpportunityScope,
    OpportunityStatus,
    PainCategory,
    Scenario,
    Severity,
)
from .json_fields import (
    COUNT,
    OPT_ID,
    OPT_NUMBER,
    RATING,
    Checker,
    Context,
    choice,
    color,
    flag,
    ident,
    ids,
    iso_date,
    optional,
    photo,
    positive,
    score,
    show,
    text,
    texts,
    whole,
)
from .workshop_json import read_workshop

INFO_SPEC: dict[str, Checker] = {
    "title": text, "description": text, "owner": text, "version_label": text,
    "review_date": optional(iso_date), "language": choice(LANGUAGES),
    "scenario": choice(Scenario), "created": text, "modified": text,
}
STEP_SPEC: dict[str, Checker] = {"name": text, "description": text}
STAGE_SPEC: dict[str, Checker] = {
    "name": text, "description": text, "goal": text, "desired_experience": text, "color": color,
}
LANE_SPEC: dict[str, Checker] = {
    "kind": choice(LaneKind), "title": text, "height": optional(positive),
}
PERSONA_SPEC: dict[str, Checker] = {
    "name": text, "color": color, "photo": optional(photo), "age": optional(whole(0, 150)),
    **{key: text for key in ("gender", "occupation", "location", "family", "income",
                             "urban_rural", "quote", "bio", "personality")},
    **{key: texts for key in LIST_FIELDS_OF_PERSONA},
}
SEGMENT_SPEC: dict[str, Checker] = {"age_group": text, "region": text, "purchase_pattern": text}
EMPATHY_SPEC: dict[str, Checker] = {
    key: texts for key in ("says", "thinks", "does", "feels", "pains", "gains")}
CARD_SPEC: dict[str, Checker] = {
    "text": text, "notes": text, "color": optional(color), "tags": texts, "votes": COUNT,
    "author": text,
}
DETAIL_SPECS: dict[str, tuple[type, dict[str, Checker]]] = {
    CardKind.TOUCHPOINT.value: (TouchpointInfo, {
        "channel": optional(choice(Channel)), "online": optional(flag), "team": text,
        "satisfaction": RATING, "expectation": RATING, "performance": RATING,
        "response_time": text, "complaint_count": optional(COUNT), "complaint_types": texts,
    }),
    CardKind.PAIN_POINT.value: (PainPointInfo, {
        "category": optional(choice(PainCategory)), "severity": optional(choice(Severity)),
        "touchpoint": OPT_ID, "whys": texts,
    }),
    CardKind.OPPORTUNITY.value: (OpportunityInfo, {
        "pain_points": ids, "impact": RATING, "effort": RATING, "owner": text,
        "status": choice(OpportunityStatus), "scope": choice(OpportunityScope),
    }),
    CardKind.KPI.value: (KpiInfo, {
        "name": text, "target": OPT_NUMBER, "actual": OPT_NUMBER, "unit": text,
        "direction": choice(KpiDirection),
    }),
}
EMOTION_SPEC: dict[str, Checker] = {
    "score": score, "to_be": score, "label": optional(choice(EmotionLabel)), "note": text,
}
CHECKLIST_SPEC: dict[str, Checker] = {"answer": optional(choice(ChecklistAnswer)), "note": text}
_CARD_KIND = choice(CardKind)
_QUESTION = choice(ChecklistQuestion)
_ORDER = whole(0)
COMMENT_SPEC: dict[str, Checker] = {"author": text, "time": text, "text": text,
                                    "resolved": flag}
SECTIONS = ("stages", "lanes", "personas", "cards", "emotions", "checklist", "comments")


class MapReader(Context):
    """Reads one current-version dict into a new map."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.journey = JourneyMap()
        self.id_places: dict[str, str] = {}
        self.stages: dict[str, Stage] = {}

    def read(self, data: dict[str, Any]) -> JourneyMap:
        sections = {key: self.lst(data[key], f"$.{key}") if key in data else []
                    for key in SECTIONS}
        if "map" in data:
            self.read_info(self.obj(data["map"], "$.map"))
        for index, raw in enumerate(sections["stages"]):
            self.read_stage(raw, f"$.stages[{index}]")
        for index, raw in enumerate(sections["lanes"]):
            self.read_lane(raw, f"$.lanes[{index}]")
        for index, raw in enumerate(sections["personas"]):
            self.read_persona(raw, f"$.personas[{index}]")
        self.stages = {stage.id: stage for stage in self.journey.stages}
        self.read_cards(sections["cards"])
        self.read_emotions(sections["emotions"])
        self.read_checklist(sections["checklist"])
        self.read_comments(sections["comments"])
        if data.get("workshop") is not None:
            read_workshop(self, data["workshop"], self.journey)
        return self.journey

    # ----- helpers --------------------------------------------------------------------
    def claim(self, data: dict[str, Any], where: str) -> str:
        entity_id: str = self.required(data, "id", where, ident)
        first = self.id_places.get(entity_id)
        if first is not None:
            self.fail(f"{where}.id", f"id {show(entity_id)} is already used at {first}")
        self.id_places[entity_id] = where
        return entity_id

    def model(self, where: str, operation: Any, *args: Any) -> Any:
        try:
            return operation(*args)
        except ModelError as error:
            self.fail(where, str(error))

    # ----- sections -------------------------------------------------------------------
    def read_info(self, data: dict[str, Any]) -> None:
        changes = self.record(data, "$.map", INFO_SPEC)
        if changes:
            self.model("$.map", self.journey.update_info, changes)

    def read_stage(self, raw: Any, where: str) -> None:
        data = self.obj(raw, where)
        stage = Stage(id=self.claim(data, where), **self.record(data, where, STAGE_SPEC))
        if "steps" in data:
            for index, step_raw in enumerate(self.lst(data["steps"], f"{where}.steps")):
                step_where = f"{where}.steps[{index}]"
                step_data = self.obj(step_raw, step_where)
                stage.steps.append(Step(id=self.claim(step_data, step_where),
                                        **self.record(step_data, step_where, STEP_SPEC)))
        self.model(where, self.journey.add_stage, stage)

    def read_lane(self, raw: Any, where: str) -> None:
        data = self.obj(raw, where)
        lane = Lane(id=self.claim(data, where), **self.record(data, where, LANE_SPEC))
        self.model(where, self.journey.add_lane, lane)

    def read_persona(self, raw: Any, where: str) -> None:
        data = self.obj(raw, where)
        persona = Persona(id=self.claim(data, where), **self.record(data, where, PERSONA_SPEC))
        if "segment" in data:
            segment_where = f"{where}.segment"
            persona.segment = Segment(**self.record(
                self.obj(data["segment"], segment_where), segment_where, SEGMENT_SPEC))
        if "empathy" in data:
            empathy_where = f"{where}.empathy"
            persona.empathy = EmpathyMap(**self.record(
                self.obj(data["empathy"], empathy_where), empathy_where, EMPATHY_SPEC))
        self.model(where, self.journey.add_persona, persona)

    def point(self, data: dict[str, Any], where: str) -> tuple[str, str | None]:
        """The (stage, step) a card or emotion names, checked against the structure."""
        stage_id = self.required(data, "stage", where, ident)
        stage = self.stages.get(stage_id)
        if stage is None:
            self.fail(f"{where}.stage", f"there is no stage {show(stage_id)} in this map")
        step_id = OPT_ID(self, data.get("step"), f"{where}.step")
        if stage.steps:
            if step_id is None:
                self.fail(f"{where}.step", f"stage {show(stage_id)} has steps: name one of them")
            if all(step.id != step_id for step in stage.steps):
                self.fail(f"{where}.step",
                          f"stage {show(stage_id)} has no step {show(step_id)}")
        elif step_id is not None:
            self.fail(f"{where}.step", f"stage {show(stage_id)} has no steps")
        return stage_id, step_id

    def read_cards(self, raws: list[Any]) -> None:
        lanes = {lane.id: lane for lane in self.journey.lanes}
        placed: list[tuple[float, int, Card]] = []
        links: list[tuple[int, Card, str | None, list[str]]] = []
        for index, raw in enumerate(raws):
            where = f"$.cards[{index}]"
            data = self.obj(raw, where)
            card_id = self.claim(data, where)
            kind = self.required(data, "kind", where, _CARD_KIND)
            stage_id, step_id = self.point(data, where)
            lane_id = self.required(data, "lane", where, ident)
            lane = lanes.get(lane_id)
            if lane is None:
                self.fail(f"{where}.lane", f"there is no lane {show(lane_id)} in this map")
            if lane.kind == LaneKind.EMOTIONS.value:
                self.fail(f"{where}.lane", "cards cannot be placed in the emotion lane")
            order = _ORDER(self, data["order"], f"{where}.order") if "order" in data else None
            card = Card(id=card_id, kind=kind, stage=stage_id, step=step_id, lane=lane_id,
                        **self.record(data, where, CARD_SPEC))
            touchpoint, pain_points = self.read_detail(card, data, where)
            placed.append((math.inf if order is None else order, index, card))
            if touchpoint is not None or pain_points:
                links.append((index, card, touchpoint, pain_points))
        placed.sort(key=lambda item: item[:2])
        for _order, index, card in placed:
            self.model(f"$.cards[{index}]", self.journey.add_card, card)
        for index, card, touchpoint, pain_points in links:
            self.link(index, card, touchpoint, pain_points)

    def read_detail(self, card: Card, data: dict[str, Any],
                    where: str) -> tuple[str | None, list[str]]:
        """Fill the card's detail record; return its links, set once all cards exist."""
        for kind, other_attr in KIND_INFO_FIELD.items():
            if kind != card.kind and data.get(other_attr) is not None:
                self.fail(f"{where}.{other_attr}",
                          f"a {card.kind} card cannot have {other_attr} details")
        attr = KIND_INFO_FIELD.get(card.kind)
        if attr is None or data.get(attr) is None:
            return None, []
        detail_where = f"{where}.{attr}"
        info_type, spec = DETAIL_SPECS[card.kind]
        info = info_type(**self.record(self.obj(data[attr], detail_where), detail_where, spec))
        setattr(card, attr, info)
        if isinstance(info, PainPointInfo):
            touchpoint, info.touchpoint = info.touchpoint, None
            return touchpoint, []
        if isinstance(info, OpportunityInfo):
            pain_points, info.pain_points = info.pain_points, []
            return None, pain_points
        return None, []

    def link(self, index: int, card: Card, touchpoint: str | None,
             pain_points: list[str]) -> None:
        # The card object is the one the map holds: links are set once all targets exist.
        cards = self.journey.cards
        where = f"$.cards[{index}]"
        if touchpoint is not None:
            target = cards.get(touchpoint)
            if target is None or target.kind != CardKind.TOUCHPOINT.value:
                self.fail(f"{where}.pain_point.touchpoint",
                          f"there is no touchpoint card {show(touchpoint)} in this map")
            assert card.pain_point is not None
            card.pain_point.touchpoint = touchpoint
        for position, pain_id in enumerate(pain_points):
            target = cards.get(pain_id)
            if target is None or target.kind != CardKind.PAIN_POINT.value:
                self.fail(f"{where}.opportunity.pain_points[{position}]",
                          f"there is no pain-point card {show(pain_id)} in this map")
        if pain_points:
            assert card.opportunity is not None
            card.opportunity.pain_points = list(pain_points)

    def read_emotions(self, raws: list[Any]) -> None:
        personas = {persona.id for persona in self.journey.personas}
        seen: dict[tuple[str, str, str | None], str] = {}
        for index, raw in enumerate(raws):
            where = f"$.emotions[{index}]"
            data = self.obj(raw, where)
            persona_id = self.required(data, "persona", where, ident)
            if persona_id not in personas:
                self.fail(f"{where}.persona", f"there is no persona {show(persona_id)} in this map")
            stage_id, step_id = self.point(data, where)
            key = (persona_id, stage_id, step_id)
            if key in seen:
                self.fail(where, f"a second emotion for the same persona and place as {seen[key]}")
            seen[key] = where
            changes = self.record(data, where, EMOTION_SPEC)
            if changes:
                self.model(where, self.journey.set_emotion, persona_id, stage_id, step_id,
                           changes)

    def read_checklist(self, raws: list[Any]) -> None:
        seen: dict[str, str] = {}
        for index, raw in enumerate(raws):
            where = f"$.checklist[{index}]"
            data = self.obj(raw, where)
            question = self.required(data, "question", where, _QUESTION)
            if question in seen:
                self.fail(f"{where}.question", f"question {show(question)} is already answered"
                          f" at {seen[question]}")
            seen[question] = where
            changes = self.record(data, where, CHECKLIST_SPEC)
            if changes:
                self.model(where, self.journey.update_checklist, question, changes)

    def read_comments(self, raws: list[Any]) -> None:
        """Comments (schema 4); one on a target that is not in the map is kept as it is."""
        for index, raw in enumerate(raws):
            where = f"$.comments[{index}]"
            data = self.obj(raw, where)
            comment_id = self.claim(data, where)
            target = self.required(data, "target", where, ident)
            comment = Comment(id=comment_id, target=target)
            for name, value in self.record(data, where, COMMENT_SPEC).items():
                setattr(comment, name, value)
            self.model(where, self.journey.add_comment, comment)
