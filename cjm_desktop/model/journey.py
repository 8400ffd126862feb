"""JourneyMap: the whole document model, with personas, emotions, map info and checklist.

Structure and card operations come from the ``structure`` and ``cards`` mixins; this
module adds the people side (personas and their emotions) and the map-level fields.
Every operation validates first and changes nothing when it raises :class:`ModelError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .base import EmotionKey, ModelError, check_score
from .cards import CardOps, CardUpdate, RemovedCard
from .comments import CommentOps
from .entities import Emotion, EmpathyMap, Persona, Segment, clone, get_path
from .events import What
from .structure import RemovedLane, RemovedStage, RemovedStep
from .vocab import ChecklistAnswer, EmotionLabel, Scenario
from .voting import VoteTally
from .workshop_plan import WorkshopPlan

_INFO_CHOICES: dict[str, set[str]] = {
    "language": {"ko", "en"},
    "scenario": {s.value for s in Scenario},
}


@dataclass
class RemovedPersona:
    persona: Persona
    index: int
    emotions: list[Emotion]


class JourneyMap(CommentOps, CardOps):
    """A customer journey map. See PRODUCT.md "The domain"."""

    # ----- map info and checklist ----------------------------------------------------
    def update_info(self, changes: dict[str, Any], *, origin: Any = None) -> dict[str, Any]:
        for key, allowed in _INFO_CHOICES.items():
            if key in changes and changes[key] not in allowed:
                raise ModelError(f"{key} must be one of {', '.join(sorted(allowed))}")
        return self._update(self.info, changes, forbidden=set(), what=What.INFO_UPDATED,
                            ids=(), origin=origin)

    def update_checklist(self, question: str, changes: dict[str, Any], *,
                         origin: Any = None) -> dict[str, Any]:
        item = self.checklist_item(question)
        answer = changes.get("answer")
        if answer is not None and answer not in {a.value for a in ChecklistAnswer}:
            raise ModelError(f"a checklist answer must be yes, partly or no, not {answer!r}")
        return self._update(item, changes, forbidden={"question"},
                            what=What.CHECKLIST_UPDATED, ids=(question,), origin=origin)

    # ----- workshop: the plan and finished votes ----------------------------------------
    def set_workshop_plan(self, plan: WorkshopPlan | None, *,
                          origin: Any = None) -> WorkshopPlan | None:
        """Keep ``plan`` in the map (None removes it); returns the plan it replaces.

        An activity's lane or stage may name one that is gone (deleted since): the
        presentation then keeps its focus, and the file writes null for it."""
        if plan is not None:
            problems = [p for activity in plan.activities for p in activity.problems()]
            if problems:
                raise ModelError(problems[0])
        before, self.workshop_plan = self.workshop_plan, clone(plan)
        self._emit(What.WORKSHOP_UPDATED, (), origin)
        return before

    def add_vote_tally(self, tally: VoteTally, *, origin: Any = None) -> None:
        self.vote_tallies.append(clone(tally))
        self._emit(What.WORKSHOP_UPDATED, (), origin)

    def remove_last_vote_tally(self, *, origin: Any = None) -> VoteTally:
        if not self.vote_tallies:
            raise ModelError("there is no vote to remove")
        tally = self.vote_tallies.pop()
        self._emit(What.WORKSHOP_UPDATED, (), origin)
        return tally

    # ----- personas -------------------------------------------------------------------
    def add_persona(self, persona: Persona, index: int | None = None, *,
                    origin: Any = None) -> None:
        self._claim_id(persona.id)
        index = len(self.personas) if index is None else max(0, min(index, len(self.personas)))
        self.personas.insert(index, persona)
        self._persona_by_id[persona.id] = persona
        self._emit(What.PERSONA_ADDED, (persona.id,), origin)

    def remove_persona(self, persona_id: str, *, origin: Any = None) -> RemovedPersona:
        persona = self.persona(persona_id)
        index = self.personas.index(persona)
        emotions = self._take_emotions(lambda key: key[0] == persona_id)
        del self.personas[index]
        del self._persona_by_id[persona_id]
        self._release_id(persona_id)
        self._emit(What.PERSONA_REMOVED, (persona_id,), origin)
        return RemovedPersona(persona, index, emotions)

    def restore_persona(self, record: RemovedPersona, *, origin: Any = None) -> None:
        self.add_persona(record.persona, record.index, origin=origin)
        for emotion in record.emotions:
            self.emotions[emotion.key] = emotion
        for emotion in record.emotions:
            self._emit(What.EMOTION_UPDATED, emotion.key, origin)

    def move_persona(self, persona_id: str, index: int, *, origin: Any = None) -> int:
        persona = self.persona(persona_id)
        old = self.personas.index(persona)
        self.personas.pop(old)
        self.personas.insert(max(0, min(index, len(self.personas))), persona)
        self._emit(What.PERSONA_MOVED, (persona_id,), origin)
        return old

    def update_persona(self, persona_id: str, changes: dict[str, Any], *,
                       origin: Any = None) -> dict[str, Any]:
        """Set persona fields by dotted path ("name", "empathy.says", "segment.region")."""
        persona = self.persona(persona_id)
        for path, value in changes.items():
            try:
                current = get_path(persona, path)
            except AttributeError:
                raise ModelError(f"persona has no field {path!r}") from None
            if isinstance(current, list) and not (
                    isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise ModelError(f"{path} must be a list of texts")
            if path == "age" and value is not None and (
                    isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 150):
                raise ModelError("age must be a whole number from 0 to 150")
            if isinstance(current, EmpathyMap | Segment) and type(value) is not type(current):
                raise ModelError(f"{path} must be replaced by a whole {type(current).__name__}")
        return self._update(persona, changes, forbidden={"id"}, what=What.PERSONA_UPDATED,
                            ids=(persona_id,), origin=origin)

    # ----- emotions -------------------------------------------------------------------
    def set_emotion(self, persona_id: str, stage_id: str, step_id: str | None,
                    changes: dict[str, Any], *, origin: Any = None) -> Emotion | None:
        """Change an emotion's ``score``, ``to_be``, ``label`` or ``note``.

        Returns the emotion as it was (None when there was none): hand it to
        :meth:`put_emotion` to undo. An emotion left with nothing in it is dropped."""
        self.persona(persona_id)
        self._check_point(self.stage(stage_id), step_id)
        key: EmotionKey = (persona_id, stage_id, step_id)
        before = self.emotions.get(key)
        after = clone(before) if before is not None else Emotion(persona_id, stage_id, step_id)
        for name, value in changes.items():
            if name in ("score", "to_be"):
                value = check_score(value, name)
            elif name == "label":
                if value is not None and value not in {lab.value for lab in EmotionLabel}:
                    raise ModelError(f"{value!r} is not an emotion label")
            elif name == "note":
                if not isinstance(value, str):
                    raise ModelError("an emotion note must be text")
            else:
                raise ModelError(f"an emotion has no field {name!r}")
            setattr(after, name, value)
        return self.put_emotion(key, after, origin=origin)

    def put_emotion(self, key: EmotionKey, emotion: Emotion | None, *,
                    origin: Any = None) -> Emotion | None:
        """Replace the emotion at ``key`` (None or an empty one removes it); returns the old."""
        before = self.emotions.pop(key, None)
        if emotion is not None and not emotion.is_empty():
            self.emotions[key] = clone(emotion)
        self._emit(What.EMOTION_UPDATED, key, origin)
        return clone(before)


__all__ = [
    "CardUpdate",
    "JourneyMap",
    "ModelError",
    "RemovedCard",
    "RemovedLane",
    "RemovedPersona",
    "RemovedStage",
    "RemovedStep",
]
