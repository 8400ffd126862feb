"""Comment edits of the Document: add, resolve or reopen, edit and delete comments.

A mixin of :class:`cjm_desktop.editing.document.Document`; each edit is one undo step.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..model import JourneyMap, ModelError
from ..model.entities import Comment
from . import commands as cmd


def tr(text: str) -> str:
    return QCoreApplication.translate("Document", text)


class CommentEditing:
    _journey: JourneyMap

    def push(self, command: cmd.ModelCommand) -> None:  # provided by Document
        raise NotImplementedError

    def refuse(self, message: str) -> None:  # provided by Document
        raise NotImplementedError

    def add_comment(self, target: str, text: str, author: str = "", *,
                    origin: Any = None) -> str:
        """A new open comment on a card, stage or persona, stamped with the time now."""
        j = self._journey
        if j.target_kind(target) is None:
            raise ModelError(f"no card, stage or persona {target!r}")
        comment = Comment(id=j.new_id("comment"), target=target, author=author,
                          time=datetime.now().astimezone().isoformat(timespec="seconds"),
                          text=text)
        self.push(cmd.AddCommand(
            tr("Add comment"), j, lambda origin: j.add_comment(comment, origin=origin),
            lambda origin: j.remove_comment(comment.id, origin=origin), origin))
        return comment.id

    def update_comment(self, comment_id: str, changes: dict[str, Any], *,
                       origin: Any = None) -> None:
        j = self._journey
        current = j.comment(comment_id)
        if all(getattr(current, name, object()) == value for name, value in changes.items()):
            return  # a no-op edit leaves no undo step
        if set(changes) == {"resolved"}:
            text = tr("Resolve comment") if changes["resolved"] else tr("Reopen comment")
        else:
            text = tr("Edit comment")
        self.push(cmd.UpdateCommand(
            text, j, ("comment", comment_id), changes,
            lambda ch, origin: j.update_comment(comment_id, ch, origin=origin),
            lambda old, origin: _revert(j, comment_id, old, origin), None, origin))

    def remove_comment(self, comment_id: str, *, origin: Any = None) -> None:
        j = self._journey
        j.comment(comment_id)
        self.push(cmd.RemoveCommand(
            tr("Delete comment"), j,
            lambda origin: j.remove_comment(comment_id, origin=origin),
            lambda record, origin: j.add_comment(record[0], record[1], origin=origin), origin))


def _revert(journey: JourneyMap, comment_id: str, old: dict[str, Any], origin: Any) -> None:
    journey.update_comment(comment_id, old, origin=origin)
