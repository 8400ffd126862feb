"""The rules every edit follows, whichever menu, form or gesture asked for it.

The Document applies them before it pushes a command (DESIGN.md Idiom 8: a rule lives in
the Document or the model, never in one view): a colour takes its one spelling, an edit
that changes nothing leaves no undo step, and an emotion's label follows its score.
"""

from __future__ import annotations

from typing import Any

from ..model import Emotion
from ..model.colors import normal_color
from ..model.entities import get_path
from ..model.vocab import label_follows_score, suggested_label


def normal_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """The changes with every colour in its one spelling (``model.colors``)."""
    if not any(path == "color" or path.endswith(".color") for path in changes):
        return changes
    return {path: normal_color(value) if (path == "color" or path.endswith(".color"))
            and isinstance(value, str) else value for path, value in changes.items()}


def unchanged(target: Any, changes: dict[str, Any]) -> bool:
    """Whether setting ``changes`` on ``target`` would change nothing."""
    if target is None or not changes:
        return not changes
    try:
        return all(get_path(target, path) == value for path, value in changes.items())
    except AttributeError:
        return False  # an unknown field: let the model refuse it with its message


def label_changes(before: Emotion | None, changes: dict[str, Any]) -> dict[str, Any]:
    """The rule "the label follows the score", the same from every path: a new as-is score
    brings its suggested label, and clearing the score clears a label that only echoed it,
    unless the change sets the label itself or the person chose one. A label counts as
    chosen by hand when it differs from the one the current score suggests (nothing extra
    is stored: see ``vocab.label_follows_score``)."""
    if "score" not in changes or "label" in changes:
        return changes
    score = changes["score"]
    label = before.label if before is not None else None
    old = before.score if before is not None else None
    if score == old:
        return changes
    if score is None:
        if label is not None and old is not None and label == suggested_label(old).value:
            return {**changes, "label": None}
        return changes
    if not isinstance(score, int | float) or isinstance(score, bool):
        return changes  # the model refuses it with its own message
    if label_follows_score(label, old):
        return {**changes, "label": suggested_label(float(score)).value}
    return changes


def emotion_unchanged(before: Emotion | None, changes: dict[str, Any]) -> bool:
    if before is None:
        return all(value is None or value == "" for value in changes.values()) and all(
            name in ("score", "to_be", "label", "note") for name in changes)
    return unchanged(before, changes)
