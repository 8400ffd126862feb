"""The names of edits in the undo history and on Edit ▸ Undo / Redo: precise enough to know
what will be undone ("Edit card text", "Rename stage", "Set Jimin's score at Order").

Each function takes what a Document method was asked to change and returns the name in the
interface language; an edit of several fields at once keeps the general name. Persona edits
name the persona and the field ("Edit Jimin's short-term goals", "Rename persona “Persona 2”").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..model import JourneyMap, Persona


def tr(text: str) -> str:
    return QCoreApplication.translate("EditNames", text)


def _one_field(changes: dict[str, Any]) -> str | None:
    return next(iter(changes)) if len(changes) == 1 else None


def card_edit(changes: dict[str, Any]) -> str:
    names = {
        "text": tr("Edit card text"), "notes": tr("Edit card notes"),
        "tags": tr("Edit card tags"), "color": tr("Change card colour"),
        "votes": tr("Change card votes"), "kind": tr("Change card kind"),
        "touchpoint.channel": tr("Set channel"),
        "touchpoint.online": tr("Set online / offline"),
        "touchpoint.team": tr("Set team"),
        "touchpoint.satisfaction": tr("Set satisfaction"),
        "touchpoint.expectation": tr("Set expectation"),
        "touchpoint.performance": tr("Set performance"),
        "touchpoint.response_time": tr("Set response time"),
        "touchpoint.complaint_count": tr("Set complaint count"),
        "touchpoint.complaint_types": tr("Edit complaint types"),
        "pain_point.category": tr("Set pain category"),
        "pain_point.severity": tr("Set severity"),
        "pain_point.touchpoint": tr("Link a touchpoint"),
        "pain_point.whys": tr("Edit the 5 Whys"),
        "opportunity.pain_points": tr("Link pain points"),
        "opportunity.impact": tr("Set impact"), "opportunity.effort": tr("Set effort"),
        "opportunity.owner": tr("Set owner"), "opportunity.status": tr("Set status"),
        "opportunity.scope": tr("Set scope"),
        "kpi.name": tr("Set KPI name"), "kpi.target": tr("Set KPI target"),
        "kpi.actual": tr("Set KPI actual value"), "kpi.unit": tr("Set KPI unit"),
    }
    return names.get(_one_field(changes) or "", tr("Edit card"))


def stage_edit(changes: dict[str, Any]) -> str:
    names = {
        "name": tr("Rename stage"), "color": tr("Recolour stage"),
        "description": tr("Edit stage description"), "goal": tr("Edit customer goal"),
        "desired_experience": tr("Edit desired experience"),
    }
    return names.get(_one_field(changes) or "", tr("Edit stage"))


def step_edit(changes: dict[str, Any]) -> str:
    names = {"name": tr("Rename step"), "description": tr("Edit step description")}
    return names.get(_one_field(changes) or "", tr("Edit step"))


def lane_edit(changes: dict[str, Any]) -> str:
    names = {"title": tr("Rename lane"), "kind": tr("Change lane kind"),
             "height": tr("Resize lane")}
    return names.get(_one_field(changes) or "", tr("Edit lane"))


def info_edit(changes: dict[str, Any]) -> str:
    names = {
        "title": tr("Rename map"), "description": tr("Edit map description"),
        "owner": tr("Set map owner"), "version_label": tr("Set version"),
        "review_date": tr("Set review date"), "scenario": tr("Change scenario"),
        "language": tr("Change content language"),
    }
    return names.get(_one_field(changes) or "", tr("Edit map properties"))


def checklist_edit(changes: dict[str, Any]) -> str:
    names = {"answer": tr("Answer checklist question"), "note": tr("Edit checklist note")}
    return names.get(_one_field(changes) or "", tr("Edit checklist"))


def cards_duplicated(card_ids: Iterable[str]) -> str:
    return tr("Duplicate card") if len(list(card_ids)) == 1 else tr("Duplicate cards")


def emotion_edit(journey: JourneyMap, persona_id: str, stage_id: str, step_id: str | None,
                 changes: dict[str, Any]) -> str:
    """"Set Jimin's score at Order", "Label …", "Set … to-be score …", "Edit … note …"."""
    persona = next((p for p in journey.personas if p.id == persona_id), None)
    who = (persona.name if persona is not None else "") or tr("(no name)")
    stage = next((s for s in journey.stages if s.id == stage_id), None)
    where = stage.name if stage is not None else ""
    if stage is not None and step_id is not None:
        step = next((t for t in stage.steps if t.id == step_id), None)
        if step is not None and step.name:
            where = f"{where} · {step.name}" if where else step.name
    names = {
        "score": tr("Set %1's score at %2"), "to_be": tr("Set %1's to-be score at %2"),
        "label": tr("Set %1's feeling at %2"), "note": tr("Edit %1's note at %2"),
    }
    fields = set(changes)
    if "score" in fields and fields <= {"score", "label"}:
        fields = {"score"}  # the suggested feeling follows the score
    one = next(iter(fields)) if len(fields) == 1 else ""
    text = names.get(one, tr("Change %1's emotion at %2"))
    return text.replace("%1", who).replace("%2", where or "—")


def _field_name(path: str) -> str:
    """A persona field as a person names it in a sentence ("short-term goals")."""
    head = path.split(".", 1)[0]
    names = {
        "color": tr("colour"),
        "photo": tr("photo"),
        "age": tr("age"),
        "gender": tr("gender"),
        "occupation": tr("occupation"),
        "location": tr("location"),
        "family": tr("family"),
        "income": tr("income"),
        "urban_rural": tr("urban / rural"),
        "quote": tr("quote"),
        "bio": tr("bio"),
        "personality": tr("personality and behaviour"),
        "information_sources": tr("information sources"),
        "preferred_channels": tr("preferred channels"),
        "values": tr("values"),
        "goals_short_term": tr("short-term goals"),
        "goals_long_term": tr("long-term goals"),
        "needs": tr("needs"),
        "problems": tr("problems"),
        "wishes": tr("wishes"),
        "segment.age_group": tr("age group"),
        "segment.region": tr("region"),
        "segment.purchase_pattern": tr("purchase pattern"),
        "segment": tr("segment"),
        "empathy": tr("empathy map"),
    }
    return names.get(path) or names.get(head) or tr("profile")


def _quoted(template: str, name: str) -> str:
    return template.replace("%1", name)


def persona_edit(persona: Persona, changes: dict[str, Any]) -> str:
    """The name of an edit of ``persona``'s fields (named as it is before the edit)."""
    paths = list(changes)
    if paths == ["name"]:
        return _quoted(tr("Rename persona “%1”"), persona.name) if persona.name.strip() \
            else tr("Name the persona")
    fields = {_field_name(path) for path in paths}
    field = fields.pop() if len(fields) == 1 else tr("profile")
    if not persona.name.strip():
        return tr("Edit the persona's %1").replace("%1", field)
    return tr("Edit %1's %2").replace("%1", persona.name).replace("%2", field)


def persona_added(persona: Persona) -> str:
    return _quoted(tr("Add persona “%1”"), persona.name)


def persona_removed(persona: Persona) -> str:
    return _quoted(tr("Delete persona “%1”"), persona.name)


def persona_moved(persona: Persona) -> str:
    return _quoted(tr("Move persona “%1”"), persona.name)


def persona_duplicated(persona: Persona) -> str:
    return _quoted(tr("Duplicate persona “%1”"), persona.name)
