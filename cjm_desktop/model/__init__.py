"""The journey-map model: entities, vocabularies, operations and change events.

Pure Python (standard library only): it knows nothing of Qt, files or spreadsheets.
"""

from .base import CellKey, EmotionKey, ModelError, Point
from .entities import (
    Card,
    ChecklistItem,
    Emotion,
    EmpathyMap,
    KpiInfo,
    Lane,
    MapInfo,
    OpportunityInfo,
    PainPointInfo,
    Persona,
    Segment,
    Stage,
    Step,
    TouchpointInfo,
)
from .events import Change, Entity, What
from .journey import JourneyMap

__all__ = [
    "Card", "CellKey", "Change", "ChecklistItem", "EmotionKey", "EmpathyMap", "Emotion",
    "JourneyMap", "KpiInfo", "Lane", "MapInfo", "ModelError", "OpportunityInfo",
    "PainPointInfo", "Persona", "Point", "Segment", "Stage", "Step", "TouchpointInfo", "What",
    "Entity",
]
