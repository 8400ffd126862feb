"""The ids views hand each other: the emotion-point id codec and the kind of an id.

An emotion point (one persona's feeling at a stage or one of its steps) has no id of its
own in the map; views name it ``"<persona>|<stage>|<step or empty>"``. Every view, the
inspector and the window parse and build it here, and ask :func:`kind_of` what an id
stands for ("card", "stage", "step", "lane", "persona", "emotion-point" or None).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import EmotionKey, ModelError

if TYPE_CHECKING:
    from .journey import JourneyMap

EMOTION_POINT = "emotion-point"
_SEPARATOR = "|"


def emotion_point_id(persona_id: str, stage_id: str, step_id: str | None) -> str:
    """The id of a persona's emotion at a stage (``step_id`` None) or a step."""
    return f"{persona_id}{_SEPARATOR}{stage_id}{_SEPARATOR}{step_id or ''}"


def is_emotion_point_id(ident: str) -> bool:
    return _SEPARATOR in ident


def parse_emotion_point_id(ident: str) -> EmotionKey:
    """The emotion key ``(persona, stage, step or None)`` of an emotion-point id; a missing
    step part means the stage itself. Raises ValueError for anything else."""
    parts = ident.split(_SEPARATOR)
    if len(parts) == 2:
        parts.append("")
    if len(parts) != 3 or not parts[0] or not parts[1]:
        raise ValueError(f"{ident!r} is not an emotion-point id")
    persona_id, stage_id, step_id = parts
    return persona_id, stage_id, step_id or None


def kind_of(journey: JourneyMap, ident: str) -> str | None:
    """What an id stands for in ``journey``; None when it names nothing there."""
    if is_emotion_point_id(ident):
        return EMOTION_POINT
    if ident in journey.cards:
        return "card"
    if any(stage.id == ident for stage in journey.stages):
        return "stage"
    if any(lane.id == ident for lane in journey.lanes):
        return "lane"
    if any(persona.id == ident for persona in journey.personas):
        return "persona"
    try:
        journey.find_step(ident)
    except ModelError:
        return None
    return "step"
