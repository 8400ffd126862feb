"""The Comments dock in the window (View ▸ Comments), built with its collaborators.

The current target of a new comment follows the canvas selection (one card or stage) and
the active persona of the Personas dock; picking a comment's row selects its card or stage
on the canvas.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from ..canvas.comment_badges import CommentBadges
from ..canvas.view import CanvasView
from ..editing import Document
from ..panels.comment_thread import CommentThread
from ..panels.comments import CommentsPanel
from .tab_dock import hidden_tab_dock


class CommentsPart(QObject):
    def __init__(self, document: Document, window: QMainWindow, view: CanvasView,
                 view_menu: QMenu, author: Callable[[], str],
                 beside: QDockWidget | None = None) -> None:
        super().__init__(window)
        self.document = document
        self.view = view
        self.panel = CommentsPanel(document, author)
        self.dock = hidden_tab_dock(window, self.tr("Comments"), "commentsDock", self.panel, beside)
        action = self.dock.toggleViewAction()
        action.setObjectName("viewComments")
        action.setText(self.tr("&Comments"))
        view_menu.addAction(action)
        action.triggered.connect(lambda shown: self.dock.raise_() if shown else None)
        view.selectionChanged.connect(self._on_canvas_selection)
        self.panel.targetPicked.connect(self._pick)
        self.badges = CommentBadges(document, view.journey_scene)
        # the thread of the selected card or stage, for the inspector (the window places it)
        self.comment_thread = CommentThread(document, author)

    def _on_canvas_selection(self, ids: list[str], kind: str) -> None:
        one = ids[0] if len(ids) == 1 and kind in ("card", "stage") else ""
        if one:
            self.panel.set_target(one)
        self.comment_thread.show_target(one)

    def follow_persona(self, persona_id: str) -> None:
        if persona_id:
            self.panel.set_target(persona_id)

    def _pick(self, target: str) -> None:
        if target in self.document.journey.cards or any(
                stage.id == target for stage in self.document.journey.stages):
            self.view.select_ids([target])
