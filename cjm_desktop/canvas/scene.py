"""JourneyScene: the canvas scene, a mirror of the Document's journey map.

It subscribes to ``document.changed`` / ``document.reset`` and keeps ``id → item`` maps
(DESIGN.md Idiom 2). Card changes update single items; the grid layout is recomputed at
most once per event-loop turn (``schedule_relayout``), however many events arrive. Stage and
lane headers sit in two frozen bands that the view moves on scroll, like frozen panes.
Its items paint with the scene's ``appearance`` (theme colours, default card width), which
the window replaces through :meth:`JourneyScene.set_appearance` when the theme changes.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRectF, QTimer, Signal

from ..editing import Document
from ..editing.appearance import LIGHT, Appearance
from ..editing.display import display_language
from ..model import Change, Entity, JourneyMap, ModelError, What
from ..model.base import CellKey
from ..model.vocab import LaneKind
from . import geometry as geo
from .emotion_lane import EmotionLaneItem
from .headers import BandItem, LaneHeaderItem, StageHeaderItem, StepHeaderItem
from .items import CardItem, GridItem, MarkerItem
from .style import ThemedScene

DIMMED_OPACITY = 0.18
_STRUCTURE = (Entity.STAGE, Entity.STEP, Entity.LANE)
FRAME_HOLD_MS = 2000  # a drag holds back rows and columns that change for this long at most


class JourneyScene(ThemedScene):
    layoutChanged = Signal()

    def __init__(self, document: Document, parent: QObject | None = None, *,
                 appearance: Appearance = LIGHT) -> None:
        super().__init__(parent)
        self.document = document
        self.appearance = appearance
        self.cards: dict[str, CardItem] = {}
        self.stages: dict[str, StageHeaderItem] = {}
        self.steps: dict[str, StepHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.emotion_lanes: dict[str, EmotionLaneItem] = {}
        self.widths: dict[geo.Point, float] = {}
        self.layout: geo.Layout = geo.compute_layout([], [], {}, {})
        self.hidden_personas: set[str] = set()
        self.matches: set[str] | None = None
        # Cards a drag holds under the mouse: a relayout meanwhile (someone else's edit in
        # live co-editing) places every other card and leaves these where the mouse has them.
        self.floating: set[str] = set()
        # per cell, where its cards were last put (x, tops, items): a relayout after one
        # card's edit moves only the cards of the cells that changed
        self._placed: dict[tuple[int, int], tuple[float, tuple[float, ...],
                                                  tuple[CardItem, ...]]] = {}
        self._header_top = 0.0
        self._header_left = 0.0
        self._relayout_pending = False
        self._structure_pending = False
        # Cards to measure again at the next relayout, or every card (a scheduled relayout
        # after card edits only measures what they touched: a remote change on a large map
        # costs one card's text layout, not six hundred).
        self._remeasure: set[str] = set()
        self._remeasure_all = True
        self._frame_stale = True  # headers rebuilt since the last relayout: place them
        self._unplaced: set[str] = set()  # card items not placed yet (hidden until then)
        self._place_all = False  # the next relayout puts every card in place
        self._hold_until: float | None = None  # this drag's relayouts wait until then
        self.grid = GridItem()
        self.marker = MarkerItem()
        self.top_band = BandItem(20)
        self.left_band = BandItem(21)
        self.corner = BandItem(22)
        self.vocabulary_language: str | None = None
        document.changed.connect(self._on_change)
        document.reset.connect(self.rebuild)
        self.rebuild()

    # ----- access ---------------------------------------------------------------------
    @property
    def journey(self) -> JourneyMap:
        return self.document.journey

    def language(self) -> str:
        """Language of vocabulary on the cards: the interface's on screen; exports set
        ``vocabulary_language`` to the map's own."""
        return self.vocabulary_language or display_language()

    def cell_key(self, col: int, row: int) -> CellKey:
        stage_id, step_id = self.layout.points[col]
        return (stage_id, step_id, self.layout.lane_ids[row])

    def cell_index(self, cell: CellKey) -> tuple[int, int] | None:
        try:
            col = self.layout.points.index((cell[0], cell[1]))
            row = self.layout.lane_ids.index(cell[2])
        except ValueError:
            return None
        return col, row

    def is_card_row(self, row: int) -> bool:
        try:
            lane = self.journey.lane(self.layout.lane_ids[row])
        except (ModelError, IndexError):
            return False  # the layout is one event-loop turn behind a removal
        return lane.kind != LaneKind.EMOTIONS.value

    def card_rect(self, card_id: str) -> QRectF:
        item = self.cards[card_id]
        return QRectF(item.pos().x(), item.pos().y(), item.width, item.height)

    def set_appearance(self, appearance: Appearance) -> None:
        """Paint with ``appearance`` from now on; a new card width lays the grid out again."""
        if appearance == self.appearance:
            return
        relayout = appearance.card_width != self.appearance.card_width
        self.appearance = appearance
        if relayout:
            self.relayout()
        for item in self.items():
            item.update()  # drops the cached picture of a card (a scene update keeps it)

    # ----- building -------------------------------------------------------------------
    def rebuild(self) -> None:
        """Throw every item away and mirror the current map from scratch."""
        for item in list(self.items()):
            if item.parentItem() is None:
                self.removeItem(item)
        self.cards.clear()
        self._unplaced.clear()
        self.stages.clear()
        self.steps.clear()
        self.lanes.clear()
        self.emotion_lanes.clear()
        self.matches = None
        self.grid = GridItem()
        self.marker = MarkerItem()
        self.top_band, self.left_band, self.corner = BandItem(20), BandItem(21), BandItem(22)
        for item in (self.grid, self.marker, self.top_band, self.left_band, self.corner):
            self.addItem(item)
        for card_id in self.journey.cards:
            self._add_card_item(card_id)
        self._build_structure()
        self.relayout()

    def set_floating(self, card_ids: set[str]) -> None:
        """The cards a drag holds under the mouse (none: the drag is over, and the next
        relayout puts every card in its place, the dropped ones too)."""
        self.floating = set(card_ids)
        if not card_ids:
            self._place_all = True  # the dropped cards too, even in a cell that did not change
            self._end_frame_hold()

    def shown_ids(self, col: int, row: int) -> list[str]:
        """The ids of the cards shown in a cell, in order (a card someone else added during
        a drag is not shown until the drop)."""
        placed = self._placed.get((col, row))
        return [item.card_id for item in placed[2]] if placed is not None else []

    def _holding_frame(self) -> bool:
        """Whether a relayout that changes rows or columns waits: while a drag is on (live
        co-editing: someone else's new card would move the grid under the mouse, and
        repainting the whole view makes the drag stutter), for FRAME_HOLD_MS at most."""
        if not self.floating:
            return False
        now = time.monotonic()
        if self._hold_until is None:
            self._hold_until = now + FRAME_HOLD_MS / 1000
            QTimer.singleShot(FRAME_HOLD_MS, self, self.schedule_relayout)  # not after the scene
        return now < self._hold_until - 0.05  # a timer may fire a little early

    def _end_frame_hold(self) -> None:
        if self._hold_until is not None:
            self.schedule_relayout()  # what waited goes in now
        self._hold_until = None

    def _add_card_item(self, card_id: str) -> CardItem:
        item = CardItem(card_id)
        item.setZValue(1)
        item.hide()  # shown where the next relayout puts it
        self._unplaced.add(card_id)
        self.addItem(item)
        self.cards[card_id] = item
        if self.matches is not None and card_id not in self.matches:
            item.setOpacity(DIMMED_OPACITY)
        return item

    def _build_structure(self) -> None:
        self._frame_stale = True
        for group in (self.stages, self.steps, self.lanes, self.emotion_lanes):
            for item in group.values():
                self.removeItem(item)
            group.clear()
        for stage in self.journey.stages:
            item = StageHeaderItem(stage.id)
            item.setParentItem(self.top_band)
            self.stages[stage.id] = item
            for step in stage.steps:
                step_item = StepHeaderItem(step.id, stage.id)
                step_item.setParentItem(self.top_band)
                self.steps[step.id] = step_item
        for lane in self.journey.lanes:
            item = LaneHeaderItem(lane.id)
            item.setParentItem(self.left_band)
            self.lanes[lane.id] = item
            if lane.kind == LaneKind.EMOTIONS.value:
                emotion = EmotionLaneItem(lane.id)
                emotion.setZValue(0.5)
                self.addItem(emotion)
                emotion.set_hidden(self.hidden_personas)
                self.emotion_lanes[lane.id] = emotion

    # ----- change events --------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        what, entity = change.what, change.entity
        if entity is Entity.CARD:
            self._remeasure.update(change.ids)
        if what is What.CARD_ADDED:
            if change.ids[0] not in self.cards:
                self._add_card_item(change.ids[0])
        elif what is What.CARD_REMOVED:
            item = self.cards.pop(change.ids[0], None)
            self._unplaced.discard(change.ids[0])
            if item is not None:
                self.removeItem(item)
        elif what is What.CARD_UPDATED:
            item = self.cards.get(change.ids[0])
            if item is not None:
                item.invalidate()
                item.update()
        elif entity in _STRUCTURE:
            self._structure_pending = True
        elif what is What.INFO_UPDATED:
            for item in self.cards.values():
                item.invalidate()
            self._remeasure_all = True
            self._structure_pending = True
        elif what is What.EMOTION_UPDATED or (
                entity is Entity.PERSONA and (what is not What.PERSONA_UPDATED
                                              or change.touches("color")
                                              or change.touches("name"))):
            # the lane shows scores, persona colours and names (its key), not a profile
            self.refresh_emotion_lanes()
            return
        elif entity is not Entity.CARD:
            return
        self.schedule_relayout()

    def refresh_emotion_lanes(self) -> None:
        for lane_id, lane in self.emotion_lanes.items():
            lane.refresh()
            header = self.lanes.get(lane_id)
            if header is not None:
                header.update()  # its persona key

    def schedule_relayout(self) -> None:
        if not self._relayout_pending:
            self._relayout_pending = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Run a pending relayout now (tests and the view call this before hit-testing)."""
        if self._structure_pending:
            self._structure_pending = False
            self._build_structure()
            self._relayout_pending = True
        if self._relayout_pending:
            self.relayout(every_card=self._remeasure_all)

    # ----- layout ---------------------------------------------------------------------
    def relayout(self, *, every_card: bool = True) -> None:
        """Lay the grid out; ``every_card=False`` measures again only the cards changed
        since the last relayout (and any whose column width changed)."""
        self._relayout_pending = False
        remeasure = None if every_card else self._remeasure
        self._remeasure, self._remeasure_all = set(), False
        journey = self.journey
        points = journey.points()
        column_w = geo.column_width(self.appearance.card_width)
        rows = [geo.RowSpec(lane.id, geo.EMOTION_ROW_H if lane.kind == LaneKind.EMOTIONS.value
                            else lane.height) for lane in journey.lanes]
        widths = {p: max(geo.COLUMN_MIN_W, self.widths.get(p, column_w)) for p in points}
        language = self.language()
        heights: dict[tuple[int, int], list[float]] = {}
        placed: list[tuple[tuple[int, int], list[CardItem]]] = []
        for col, (stage_id, step_id) in enumerate(points):
            card_w = widths[(stage_id, step_id)] - 2 * geo.CELL_PAD
            for row, lane in enumerate(journey.lanes):
                ids = journey._cells.get((stage_id, step_id, lane.id))
                if not ids:
                    continue
                items = [self.cards[cid] for cid in ids if cid in self.cards]
                heights[(col, row)] = [
                    it.height if remeasure is not None and it.width == card_w
                    and it.card_id not in remeasure
                    else it.measure(journey.cards[it.card_id], card_w, language)
                    for it in items]
                placed.append(((col, row), items))
        lay = geo.compute_layout(points, rows, widths, heights, column_w=column_w)
        old = self.layout
        incremental = remeasure is not None and not self._frame_stale
        same_frame = incremental and geo.same_frame(old, lay)
        if incremental and not same_frame and self._holding_frame():
            return  # a drag is on: rows and columns change after the drop (_end_frame_hold)
        self.layout = lay
        self._frame_stale = False
        if remeasure is None or self._place_all:
            self._placed.clear()
            self._place_all = False
        else:  # a cell that became empty shows no cards (shown_ids, the drop index)
            filled = {key for key, _items in placed}
            for key in [key for key in self._placed if key not in filled]:
                del self._placed[key]
        for key, items in placed:
            x = lay.col_x[key[0]] + geo.CELL_PAD
            tops = lay.card_tops[key]
            where = (x, tuple(tops), tuple(items))
            if self._placed.get(key) == where:
                continue  # the cell's cards are where they were
            self._placed[key] = where
            for item, top in zip(items, tops, strict=True):
                if item.card_id not in self.floating:
                    item.setPos(x, top)
                if item.card_id in self._unplaced:
                    self._unplaced.discard(item.card_id)
                    item.show()
        if same_frame:
            # only cards moved within their rows (or nothing did): the grid, the headers and
            # the emotion lanes stay, and so does what they would repaint (the whole view)
            if old.card_tops != lay.card_tops or old.card_heights != lay.card_heights:
                self.layoutChanged.emit()
            return
        emotion_rows = set()
        for row, lane in enumerate(journey.lanes):
            emotion_lane = self.emotion_lanes.get(lane.id)
            if emotion_lane is not None:
                emotion_rows.add(row)
                emotion_lane.place(lay, row)
        self.grid.set_layout(lay, emotion_rows)
        self._place_headers()
        margin = 48.0
        self.setSceneRect(QRectF(0, 0, lay.width + margin, lay.height + margin))
        self.layoutChanged.emit()

    def _place_headers(self) -> None:
        lay = self.layout
        step_y = geo.STAGE_HEADER_H
        for stage in self.journey.stages:
            item = self.stages.get(stage.id)
            span = lay.stage_spans.get(stage.id)
            if item is None or span is None:
                continue
            h = geo.STAGE_HEADER_H if stage.steps else lay.header_h
            item.set_rect(QRectF(span[0], 0, span[1], h))
            for step in stage.steps:
                step_item = self.steps.get(step.id)
                col = lay.points.index((stage.id, step.id))
                if step_item is not None:
                    step_item.set_rect(QRectF(lay.col_x[col], step_y, lay.col_w[col],
                                              geo.STEP_HEADER_H))
        for row, lane_id in enumerate(lay.lane_ids):
            lane_item = self.lanes.get(lane_id)
            if lane_item is not None:
                lane_item.set_rect(QRectF(0, lay.row_y[row], lay.lane_w, lay.row_h[row]))
        self.top_band.set_rect(QRectF(0, 0, lay.width, lay.header_h))
        self.left_band.set_rect(QRectF(0, lay.header_h, lay.lane_w, lay.height - lay.header_h))
        self.corner.set_rect(QRectF(0, 0, lay.lane_w, lay.header_h))
        self.set_header_offset(self._header_top, self._header_left)

    def set_header_offset(self, top: float, left: float) -> None:
        """Keep the header bands in view: ``top``/``left`` are the visible scene edges."""
        top = max(0.0, min(top, self.layout.height - self.layout.header_h))
        left = max(0.0, min(left, self.layout.width - self.layout.lane_w))
        if left != self._header_left:  # sticky stage names follow the left edge
            for item in self.stages.values():
                item.update()
        if top != self._header_top:
            for lane_item in self.lanes.values():
                lane_item.update()
        self._header_top, self._header_left = top, left
        self.top_band.setPos(0, self._header_top)
        self.left_band.setPos(self._header_left, 0)
        self.corner.setPos(self._header_left, self._header_top)

    def sticky_left(self) -> float:
        """The scene x where the cells visible right of the lane headers begin."""
        return self._header_left + self.layout.lane_w if self._header_left > 0 else 0.0

    def sticky_top(self) -> float:
        return self._header_top + self.layout.header_h if self._header_top > 0 else 0.0

    def header_offset(self) -> tuple[float, float]:
        return self._header_top, self._header_left

    # ----- filter and emotion lane ----------------------------------------------------
    def set_matches(self, matches: set[str] | None) -> None:
        """Dim every card not in ``matches`` (None: nothing is dimmed)."""
        self.matches = matches
        for card_id, item in self.cards.items():
            item.setOpacity(1.0 if matches is None or card_id in matches else DIMMED_OPACITY)

    def preview_emotion(self, persona_id: str, stage_id: str, step_id: str | None, field: str,
                        value: float | None) -> None:
        """Show a score being dragged elsewhere (the emotion plot) before it is committed;
        ``value`` None drops the preview. The model's own change event (the drag's one
        Document edit) redraws the lane then; only a drag that changed nothing needs a
        redraw of its own, later, which that event makes unnecessary."""
        key = (persona_id, stage_id, step_id or None, field)
        for lane in self.emotion_lanes.values():
            if value is None:
                if lane.preview.pop(key, None) is not None:
                    lane.refresh_soon()
            else:
                lane.preview[key] = value
                lane.refresh()

    def set_hidden_personas(self, ids: set[str] | list[str]) -> None:
        self.hidden_personas = set(ids)
        for lane_id, lane in self.emotion_lanes.items():
            lane.set_hidden(self.hidden_personas)
            header = self.lanes.get(lane_id)
            if header is not None:
                header.update()  # its persona key
