"""CanvasView: the journey map's QGraphicsView (object name "canvas").

Owns what the user does with mouse and keyboard on the map: selection (click, Ctrl-click,
rubber band), gestures (delegated to ``drag.DragController``), zoom (Ctrl+wheel, keys, fit,
100 %), panning (middle button, Space+drag, scroll bars), frozen headers, drops from the
palette and of map files (``drops.CanvasDrops``). Edits go through the Document (see
``actions.ViewActions``).

Signals for the rest of the window: ``selectionChanged(ids, kind)`` — the selected ids and
their kind ("card", "stage", "step", "lane", "emotion-point", or "" for none) —,
``zoomChanged(factor)`` and ``fileDropped(path)``; a refused edit goes to ``Document.refuse``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView, QWidget

from ..editing import Document
from ..editing.appearance import LIGHT, Appearance
from ..model import ModelError
from ..model.base import CellKey
from . import style as st
from .actions import ViewActions
from .drag import DragController
from .drops import MAP_SUFFIX as MAP_SUFFIX  # (the window checks drops on it too)
from .drops import CanvasDrops
from .focus_outline import FocusOutline
from .inline_edit import InlineEditor
from .peer_marks import PeerMark, PeerMarks
from .scene import JourneyScene

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.1, 4.0, 1.2
GESTURE_KINDS = ("card", "stage", "step", "lane", "emotion-point")


class CanvasView(ViewActions, CanvasDrops, QGraphicsView):
    selectionChanged = Signal(list, str)
    zoomChanged = Signal(float)
    fileDropped = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None, *,
                 appearance: Appearance = LIGHT) -> None:
        QGraphicsView.__init__(self, parent)
        self.setObjectName("canvas")
        self.document = document
        self.journey_scene = JourneyScene(document, self, appearance=appearance)
        self.setScene(self.journey_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(appearance.background)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.focus_outline = FocusOutline(self, appearance.selection)
        self.drag = DragController(self)
        self.editor = InlineEditor(self.journey_scene, self)
        self.peer_marks: PeerMarks | None = None  # live co-editing, made on first use
        self._zoom = 1.0
        self._current: CellKey | None = None
        self._pan_from: QPoint | None = None
        self._space = False
        self._syncing = False
        self._active_persona: str | None = None
        self._click_select: QGraphicsItem | None = None  # a selected card pressed, not moved
        self._shown = False
        self.journey_scene.selectionChanged.connect(self._on_scene_selection)
        self.journey_scene.layoutChanged.connect(self._on_layout)
        self.horizontalScrollBar().valueChanged.connect(self._sync_headers)
        self.verticalScrollBar().valueChanged.connect(self._sync_headers)
        document.reset.connect(self._on_reset)
        document.changed.connect(self._close_orphaned_editor)

    # ----- selection API (used by docks and tests) ------------------------------------
    def selected_items(self) -> list[QGraphicsItem]:
        return [i for i in self.journey_scene.selectedItems() if i.data(1) in GESTURE_KINDS]

    def selected_ids(self) -> list[str]:
        items = self.selected_items()
        ids = [str(i.data(0)) for i in items]
        if items and all(i.data(1) == "card" for i in items):
            return self.document.ids_in_order(ids)
        return ids

    def selected_kind(self) -> str:
        kinds = {i.data(1) for i in self.selected_items()}
        return kinds.pop() if len(kinds) == 1 else ""

    def selected_card_ids(self) -> list[str]:
        return self.selected_ids() if self.selected_kind() == "card" else []

    def select_ids(self, ids: list[str] | tuple[str, ...], *, ensure_visible: bool = True
                   ) -> None:
        """Select the items standing for ``ids`` (cards, stages, steps, lanes, emotion
        points "<persona>|<stage>|<step>"); others are deselected."""
        scene = self.journey_scene
        scene.flush()
        wanted = set(ids)
        self._syncing = True
        try:
            scene.clearSelection()
            first = None
            for item in self._items_for(wanted):
                item.setSelected(True)
                first = first or item
        finally:
            self._syncing = False
        self._on_scene_selection()
        if first is not None and ensure_visible and first.data(1) == "card":
            self.ensureVisible(first.sceneBoundingRect(), 40, 40)

    def _items_for(self, wanted: set[str]) -> list[QGraphicsItem]:
        scene = self.journey_scene
        found: list[QGraphicsItem] = []
        for group in (scene.cards, scene.stages, scene.steps, scene.lanes):
            found += [group[i] for i in wanted if i in group]
        for lane in scene.emotion_lanes.values():
            found += [lane.markers[i] for i in wanted if i in lane.markers]
        return found

    def _on_scene_selection(self) -> None:
        if self._syncing:
            return
        items = self.selected_items()
        kinds = {i.data(1) for i in items}
        if len(kinds) > 1 and "card" in kinds:  # a rubber band that reached the headers
            self._syncing = True
            for item in items:
                if item.data(1) != "card":
                    item.setSelected(False)
            self._syncing = False
        ids = self.selected_ids()
        if self.selected_kind() == "card" and ids:
            card = self.document.journey.cards.get(ids[-1])
            if card is not None:
                self.set_current_cell(card.cell)
        self.selectionChanged.emit(ids, self.selected_kind())

    # ----- current cell ---------------------------------------------------------------
    def current_cell(self) -> CellKey | None:
        """The cell of the last selected card, else the focused cell, else the first one."""
        journey = self.document.journey
        cards = self.selected_card_ids()
        if cards and cards[-1] in journey.cards:
            return journey.cards[cards[-1]].cell
        if self._current is not None:
            try:
                journey.check_cell(self._current)
                return self._current
            except ModelError:
                self._current = None
        return self.document.first_cell()

    def set_current_cell(self, cell: CellKey | None) -> None:
        self._current = cell
        index = self.journey_scene.cell_index(cell) if cell else None
        self.journey_scene.grid.set_cells(index, self.journey_scene.grid.drop_target)

    # ----- zoom and headers -----------------------------------------------------------
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse
                                     if anchor is not None else
                                     QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor / self._zoom, factor / self._zoom)
        self._zoom = factor
        self._sync_headers()
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        self.journey_scene.flush()
        rect = self.journey_scene.sceneRect()
        vw, vh = max(1, self.viewport().width() - 4), max(1, self.viewport().height() - 4)
        self.set_zoom(min(vw / max(1.0, rect.width()), vh / max(1.0, rect.height())))
        # the whole map, centred: no empty gutter on one side (set_zoom puts it back top left)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_home()

    def _sync_headers(self, *_args: object) -> None:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.journey_scene.set_header_offset(visible.top(), visible.left())

    def _on_layout(self) -> None:
        self._sync_headers()
        if self._current is not None:
            self.set_current_cell(self._current)

    def _close_orphaned_editor(self, _change: object) -> None:
        """What the open editor edits is gone (undone from the menu, its stage deleted):
        close the editor instead of leaving it over nothing (nothing is left to commit)."""
        target = self.editor.target
        if target is not None and not self.document.journey.has_id(target):
            self.editor.drop()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_reset(self) -> None:
        self.editor.cancel()
        self._current = None
        self.scroll_home()
        self.selectionChanged.emit([], "")

    def scroll_home(self) -> None:
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.scroll_home()  # Qt centres a large scene on first show; maps read from top left

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._sync_headers()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt API)
        super().scrollContentsBy(dx, dy)
        self._sync_headers()

    def set_appearance(self, appearance: Appearance) -> None:
        """Paint the canvas with ``appearance`` (a theme or card-width change)."""
        self.setBackgroundBrush(appearance.background)
        self.focus_outline.set_colour(appearance.selection)
        self.journey_scene.set_appearance(appearance)
        self.viewport().update()

    def set_hidden_personas(self, ids: list[str] | set[str]) -> None:
        """Hide the emotion-lane curves of these personas (the emotion plot's toggles)."""
        self.journey_scene.set_hidden_personas(ids)

    def hidden_personas(self) -> set[str]:
        return set(self.journey_scene.hidden_personas)

    def show_peers(self, peers: Sequence[PeerMark]) -> None:
        """Mark what other people in a live session have selected (see peer_marks)."""
        if self.peer_marks is None:
            self.peer_marks = PeerMarks(self.journey_scene)
        self.peer_marks.show(peers)

    def report_error(self, message: str) -> None:
        """A refused edit, shown the one way every view shows one (``Document.refuse``)."""
        self.document.refuse(message)

    # ----- mouse ----------------------------------------------------------------------
    def item_at(self, pos: QPoint) -> QGraphicsItem | None:
        for item in self.items(pos):
            if item.data(1) in GESTURE_KINDS:
                return item
            if item is self.journey_scene.grid:
                return None
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self.editor.is_active():
            self.editor.commit()
        self.journey_scene.flush()
        scene_pos = self.mapToScene(pos)
        if event.button() == Qt.MouseButton.LeftButton:
            col = self._column_edge(scene_pos)
            if col is not None:
                self.drag.press("resize", str(col), scene_pos, pos)
                return
        item = self.item_at(pos)
        if item is None:
            cell = self.journey_scene.layout.cell_at(scene_pos.x(), scene_pos.y())
            if cell is not None and self.journey_scene.is_card_row(cell[1]):
                self.set_current_cell(self.journey_scene.cell_key(*cell))
            super().mousePressEvent(event)  # rubber band or clear selection
            return
        kind = item.data(1)
        ctrl = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.MetaModifier))
        if ctrl and kind == "card" and self.selected_kind() in ("card", ""):
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            self._syncing = True
            self.journey_scene.clearSelection()
            self._syncing = False
            item.setSelected(True)
        elif event.button() == Qt.MouseButton.LeftButton and kind == "card":
            self._click_select = item  # a plain click on a selected card keeps only it
        if event.button() == Qt.MouseButton.LeftButton and kind in ("card", "stage", "lane"):
            self.drag.press(kind, str(item.data(0)), scene_pos, pos)
        elif event.button() == Qt.MouseButton.LeftButton and kind == "emotion-point":
            self.drag.press("emotion", str(item.data(0)), scene_pos, pos)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        if self.drag.is_pending():
            self.drag.move(self.mapToScene(pos), pos)
            return
        if event.buttons() == Qt.MouseButton.NoButton:
            edge = self._column_edge(self.mapToScene(pos))
            hovered = self.item_at(pos) if edge is None and not self._space else None
            shape = (Qt.CursorShape.SplitHCursor if edge is not None else
                     Qt.CursorShape.OpenHandCursor if self._space else
                     Qt.CursorShape.SizeVerCursor  # an emotion point is dragged up or down
                     if hovered is not None and hovered.data(1) == "emotion-point" else
                     Qt.CursorShape.ArrowCursor)
            if self.viewport().cursor().shape() != shape:
                self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space
                                      else Qt.CursorShape.ArrowCursor)
            return
        clicked, self._click_select = self._click_select, None
        if self.drag.is_pending():
            dragged = self.drag.release()
            if not dragged and clicked is not None:
                self.select_ids([str(clicked.data(0))], ensure_visible=False)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is not None and item.data(1) in ("card", "stage", "step", "lane"):
            self.drag.cancel()
            self.start_edit(str(item.data(0)), item.data(1))
            return
        scene_pos = self.mapToScene(pos)
        cell = self.journey_scene.layout.cell_at(scene_pos.x(), scene_pos.y())
        if cell is not None and self.journey_scene.is_card_row(cell[1]):
            self.add_card_and_edit(self.journey_scene.cell_key(*cell), None)
            return
        if item is None and event.button() == Qt.MouseButton.LeftButton \
                and self.score_at(scene_pos):
            return
        super().mouseDoubleClickEvent(event)

    # ----- scores on the emotion lane -------------------------------------------------
    def set_active_persona(self, persona_id: str | None) -> None:
        """The persona whose emotions the user is editing (the personas panel's choice)."""
        self._active_persona = persona_id or None

    def score_at(self, scene_pos: QPointF) -> bool:
        """Set a score where the emotion lane is double-clicked: the active persona's (else
        the first shown persona's) score at that stage, at the height pointed at. One undo
        step; returns whether ``scene_pos`` was on an emotion lane's column."""
        scene = self.journey_scene
        if scene_pos.y() < scene.sticky_top() or scene_pos.x() < scene.sticky_left():
            return False  # the frozen headers cover the lane there
        row = scene.layout.row_at(scene_pos.y())
        lane = scene.emotion_lanes.get(scene.layout.lane_ids[row]) if row is not None else None
        point = lane.point_at(scene_pos.x()) if lane is not None else None
        if lane is None or point is None:
            return False
        journey = self.document.journey
        shown = [p.id for p in journey.personas if p.id not in scene.hidden_personas]
        active = self._active_persona
        persona = active if active in shown else (shown[0] if shown else None)
        if persona is not None:
            self._try(lambda: self.document.set_emotion_score(
                persona, point[0], point[1], lane.score_at(scene_pos.y()), origin=self))
        return True

    def _column_edge(self, scene_pos: QPointF) -> int | None:
        lay = self.journey_scene.layout
        top, _left = self.journey_scene.header_offset()
        if not top <= scene_pos.y() <= top + lay.header_h:
            return None
        return lay.column_edge_at(scene_pos.x(), st.RESIZE_GRIP / self._zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self._zoom * (ZOOM_STEP ** steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # ----- keyboard -------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab moves between cells here instead of moving the keyboard focus away.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and (
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)) and (
                not self.editor.is_active()):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if self.editor.is_active() or self.scene().focusItem() is not None:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() == Qt.Key.Key_Escape and self.drag.is_pending():
            self.drag.cancel()
            return
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        from .menus import show_context_menu

        show_context_menu(self, event)
