"""Mouse gestures on the canvas: move cards, reorder stages and lanes, resize columns,
drag an emotion point up or down (a preview of the curve while moving, one score on release).

Each gesture remembers what it needs on press, moves only the dragged items and one
insertion marker while the mouse moves (no relayout of the map), and asks the Document
for exactly one change on release (DESIGN.md Idiom 3) — so one drag is one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

from ..model import ModelError
from ..model.ids import parse_emotion_point_id
from . import geometry as geo

if TYPE_CHECKING:
    from .emotion_lane import EmotionLaneItem
    from .items import CardItem
    from .scene import JourneyScene
    from .view import CanvasView


class DragController:
    def __init__(self, view: CanvasView) -> None:
        self.view = view
        self.mode: str | None = None  # card, stage, lane, resize, emotion (pending until moved)
        self.active = False
        self.press_pos = QPointF()
        self.press_view = QPoint()
        self.target_id = ""
        self.items: list[tuple[CardItem, QPointF, QPointF]] = []
        self.drop: tuple[tuple[int, int], int] | None = None
        self.drop_after: str | None = None  # a card drop: the card shown just before it
        self._done_drop_after: str | None = None
        self.ghost: QGraphicsRectItem | None = None
        self.resize_col = -1
        self.resize_w = 0.0
        self.score: float | None = None  # the score an emotion point is dragged to

    @property
    def scene(self) -> JourneyScene:
        return self.view.journey_scene

    def press(self, mode: str, target_id: str, scene_pos: QPointF, view_pos: QPoint) -> None:
        self.mode, self.target_id = mode, target_id
        self.press_pos, self.press_view = scene_pos, view_pos
        self.active = False
        if mode == "resize":
            self.active = True
            self.resize_col = int(target_id)
            self.resize_w = self.scene.layout.col_w[self.resize_col]

    def is_pending(self) -> bool:
        return self.mode is not None

    # ----- moving ---------------------------------------------------------------------
    def move(self, scene_pos: QPointF, view_pos: QPoint) -> None:
        if self.mode is None:
            return
        if not self.active:
            delta = view_pos - self.press_view
            if delta.manhattanLength() < QApplication.startDragDistance():
                return
            self._begin()
        if self.mode == "card":
            self._move_cards(scene_pos)
        elif self.mode == "stage":
            self._move_stage(scene_pos)
        elif self.mode == "lane":
            self._move_lane(scene_pos)
        elif self.mode == "emotion":
            self._move_emotion(scene_pos)
        elif self.mode == "resize":
            point = self.scene.layout.points[self.resize_col]
            self.scene.widths[point] = max(geo.COLUMN_MIN_W,
                                           self.resize_w + scene_pos.x() - self.press_pos.x())
            self.scene.schedule_relayout()

    def _begin(self) -> None:
        self.active = True
        scene = self.scene
        scene.flush()
        if self.mode == "card":
            ids = self.view.selected_card_ids()
            if self.target_id not in ids:
                ids = [self.target_id]
            self.items = []
            for card_id in self.view.document.ids_in_order(ids):
                item = scene.cards[card_id]
                self.items.append((item, item.pos() - self.press_pos, item.pos()))
                item.setZValue(40)
                item.setOpacity(0.85)
            scene.set_floating({item.card_id for item, _offset, _start in self.items})
        elif self.mode in ("stage", "lane"):
            lay = scene.layout
            if self.mode == "stage":
                x, w = lay.stage_spans[self.target_id]
                rect = QRectF(x, 0, w, lay.height)
            else:
                row = lay.lane_ids.index(self.target_id)
                rect = QRectF(0, lay.row_y[row], lay.width, lay.row_h[row])
            self.ghost = QGraphicsRectItem(rect)
            self.ghost.setBrush(QBrush(QColor(37, 99, 235, 24)))
            self.ghost.setPen(QPen(scene.appearance.selection, 1.5, Qt.PenStyle.DashLine))
            self.ghost.setZValue(45)
            scene.addItem(self.ghost)

    def _move_cards(self, pos: QPointF) -> None:
        for item, offset, _start in self.items:
            item.setPos(pos + offset)
        scene, lay = self.scene, self.scene.layout
        cell = lay.nearest_cell(pos.x(), pos.y())
        if cell is None or not scene.is_card_row(cell[1]):
            self.drop = None
            scene.marker.hide()
            scene.grid.set_cells(scene.grid.current, None)
            return
        col, row = cell
        moving = {item.card_id for item, _o, _s in self.items}
        ids = scene.shown_ids(col, row)  # as laid out (someone else's new card may wait)
        skip = frozenset(i for i, cid in enumerate(ids) if cid in moving)
        index = lay.insert_index(col, row, pos.y(), skip)
        self.drop = (cell, index)
        rest = [cid for cid in ids if cid not in moving]
        self.drop_after = rest[index - 1] if 0 < index <= len(rest) else None
        scene.marker.place(lay.col_x[col] + geo.CELL_PAD, lay.marker_y(col, row, index, skip),
                           lay.card_width(col))
        scene.grid.set_cells(scene.grid.current, cell)

    def _emotion_lane(self) -> EmotionLaneItem | None:
        for lane in self.scene.emotion_lanes.values():
            if self.target_id in lane.markers:
                return lane
        return None

    def _move_emotion(self, pos: QPointF) -> None:
        lane = self._emotion_lane()
        if lane is None:
            return
        score = lane.score_at(pos.y())
        if score != self.score:  # snapped: the curve is redrawn on each half step only
            self.score = score
            persona, stage, step = parse_emotion_point_id(self.target_id)
            self.scene.preview_emotion(persona, stage, step, "score", score)

    def _move_stage(self, pos: QPointF) -> None:
        lay = self.scene.layout
        x, w = lay.stage_spans[self.target_id]
        if self.ghost is not None:
            self.ghost.setPos(pos.x() - self.press_pos.x(), 0)
        order = [s.id for s in self.scene.journey.stages if s.id != self.target_id]
        index = lay.stage_drop_index(order, pos.x())
        edge = (lay.stage_spans[order[index - 1]] if index > 0 else None)
        marker_x = (edge[0] + edge[1]) if edge else lay.lane_w
        self.drop = ((index, 0), index)
        top = self.scene.header_offset()[0]
        self.scene.marker.place(marker_x, top, lay.height - top, vertical=True)

    def _move_lane(self, pos: QPointF) -> None:
        lay = self.scene.layout
        if self.ghost is not None:
            self.ghost.setPos(0, pos.y() - self.press_pos.y())
        row = lay.lane_ids.index(self.target_id)
        rows = [i for i in range(len(lay.lane_ids)) if i != row]
        index = sum(1 for i in rows if pos.y() > lay.row_y[i] + lay.row_h[i] / 2)
        marker_y = (lay.row_y[rows[index - 1]] + lay.row_h[rows[index - 1]]) if index else \
            lay.header_h
        self.drop = ((0, index), index)
        left = self.scene.header_offset()[1]
        self.scene.marker.place(left, marker_y, lay.width - left)

    # ----- finishing ------------------------------------------------------------------
    def release(self) -> bool:
        """Finish the gesture; True if it was a drag (not a click)."""
        mode, active, drop, score = self.mode, self.active, self.drop, self.score
        self._clean_up()
        if not active or mode is None:
            return False
        view, doc, scene = self.view, self.view.document, self.scene
        try:
            if mode == "card" and drop is not None:
                (col, row), index = drop
                # a card someone else removed meanwhile (live co-editing) is not moved
                ids = [item.card_id for item, _o, _s in self._done_items
                       if item.card_id in doc.journey.cards]
                if ids:
                    index = self._model_index(scene.cell_key(col, row), ids, index)
                    doc.move_cards(ids, scene.cell_key(col, row), index, origin=view)
                    view.set_current_cell(scene.cell_key(col, row))
            elif mode == "stage" and drop is not None:
                doc.move_stage(self.target_id, drop[1], origin=view)
            elif mode == "lane" and drop is not None:
                doc.move_lane(self.target_id, drop[1], origin=view)
            elif mode == "emotion" and score is not None:
                persona, stage, step = parse_emotion_point_id(self.target_id)
                doc.set_emotion_score(persona, stage, step, score, origin=view)
        except ModelError as error:
            view.report_error(str(error))
        scene.schedule_relayout()  # snaps dragged cards home when nothing changed
        return True

    def _model_index(self, cell: tuple[str, str | None, str], ids: list[str],
                     index: int) -> int:
        """The drop's place in the cell as the model has it: after the card it was shown
        after (the cell may hold cards the canvas had not laid out yet)."""
        rest = [cid for cid in self.view.document.journey.cell_ids(cell) if cid not in ids]
        after = self._done_drop_after
        if after is None:
            return 0 if index == 0 else min(index, len(rest))
        return rest.index(after) + 1 if after in rest else min(index, len(rest))

    def cancel(self) -> None:
        if self.mode == "card":
            for item, _offset, start in self.items:
                item.setPos(start)
        self._clean_up()
        self.scene.schedule_relayout()

    def _clean_up(self) -> None:
        for item, _offset, _start in self.items:
            item.setZValue(1)
            item.setOpacity(1.0 if self.scene.matches is None
                            or item.card_id in self.scene.matches else 0.18)
        self._done_items = self.items
        self._done_drop_after, self.drop_after = self.drop_after, None
        self.items = []
        self.scene.set_floating(set())
        if self.ghost is not None:
            self.scene.removeItem(self.ghost)
            self.ghost = None
        self.scene.marker.hide()
        self.scene.grid.set_cells(self.scene.grid.current, None)
        if self.mode == "emotion" and self.score is not None:  # the model shows again
            persona, stage, step = parse_emotion_point_id(self.target_id)
            self.scene.preview_emotion(persona, stage, step, "score", None)
        self.score = None
        self.mode = None
        self.active = False
        self.drop = None
