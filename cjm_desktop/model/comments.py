"""Comments: threads of remarks on cards, stages and personas, without touching their text.

A :class:`Comment` names its target by id (a card, stage or persona), its author (the
name set in Preferences), its time (ISO 8601), its text and whether it is resolved. The
comments of one target, in the map's order, are its thread. A comment whose target is
gone (the card was deleted) stays in the map — undoing the deletion shows it again, and
nothing anybody wrote disappears silently; :meth:`CommentOps.comment_is_orphan` tells.
"""

from __future__ import annotations

from typing import Any

from .base import MapState, ModelError
from .entities import Comment, clone
from .events import What

COMMENT_TEXT_LIMIT = 10_000


class CommentOps(MapState):
    def comment(self, comment_id: str) -> Comment:
        for comment in self.comments:
            if comment.id == comment_id:
                return comment
        raise ModelError(f"no comment {comment_id!r}")

    def comments_on(self, target: str) -> list[Comment]:
        return [comment for comment in self.comments if comment.target == target]

    def target_kind(self, target: str) -> str | None:
        """"card", "stage" or "persona" for an existing target, None otherwise."""
        if target in self.cards:
            return "card"
        if target in self._stage_by_id:
            return "stage"
        if target in self._persona_by_id:
            return "persona"
        return None

    def comment_is_orphan(self, comment: Comment) -> bool:
        return self.target_kind(comment.target) is None

    def _check_comment(self, comment: Comment) -> None:
        if not isinstance(comment.text, str) or len(comment.text) > COMMENT_TEXT_LIMIT:
            raise ModelError(f"a comment is a text of at most {COMMENT_TEXT_LIMIT} characters")
        if not isinstance(comment.resolved, bool):
            raise ModelError("a comment is resolved or open (true or false)")
        if not isinstance(comment.author, str) or not isinstance(comment.time, str):
            raise ModelError("a comment's author and time are texts")

    def add_comment(self, comment: Comment, index: int | None = None, *,
                    origin: Any = None) -> None:
        if not isinstance(comment.target, str) or not comment.target:
            raise ModelError("a comment needs the id of a card, stage or persona")
        self._check_comment(comment)
        self._claim_id(comment.id)
        index = len(self.comments) if index is None else max(0, min(index, len(self.comments)))
        self.comments.insert(index, comment)
        self._emit(What.COMMENT_ADDED, (comment.id,), origin)

    def remove_comment(self, comment_id: str, *, origin: Any = None) -> tuple[Comment, int]:
        comment = self.comment(comment_id)
        index = self.comments.index(comment)
        del self.comments[index]
        self._release_id(comment_id)
        self._emit(What.COMMENT_REMOVED, (comment_id,), origin)
        return comment, index

    def update_comment(self, comment_id: str, changes: dict[str, Any], *,
                       origin: Any = None) -> dict[str, Any]:
        comment = self.comment(comment_id)
        trial = clone(comment)
        for name, value in changes.items():
            if name in ("id", "target") or not hasattr(trial, name):
                raise ModelError(f"a comment's {name!r} cannot be changed")
            setattr(trial, name, value)
        self._check_comment(trial)
        old = {name: getattr(comment, name) for name in changes}
        for name, value in changes.items():
            setattr(comment, name, value)
        self._emit(What.COMMENT_UPDATED, (comment_id,), origin, tuple(changes))
        return old


__all__ = ["COMMENT_TEXT_LIMIT", "Comment", "CommentOps"]
