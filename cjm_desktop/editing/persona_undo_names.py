"""The undo-history names of persona and emotion edits: they say whose and what.

"Edit Jimin's short-term goals", "Rename persona “Persona 2”", "Set Jimin's score at
Order": the Document names each command with these when it pushes it, in the interface
language of that moment (QUndoStack keeps the text).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..model import JourneyMap, Persona
from ..model.base import EmotionKey


def tr(text: str) -> str:
    return QCoreApplication.translate("Document", text)


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


def emotion_edit(journey: JourneyMap, key: EmotionKey, changes: dict[str, Any]) -> str:
    """"Set Jimin's score at Order" (or "Edit Jimin's emotion at Order › Pay")."""
    persona_id, stage_id, step_id = key
    persona = journey.persona(persona_id)
    where = journey.stage(stage_id).name
    if step_id is not None:
        where += " › " + journey.find_step(step_id)[1].name
    who = persona.name.strip() or tr("(no name)")
    template = tr("Set %1's score at %2") if set(changes) <= {"score", "label"} \
        and changes.get("score") is not None else tr("Edit %1's emotion at %2")
    return template.replace("%1", who).replace("%2", where)
