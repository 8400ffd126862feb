"""Where everything sits on the presentation: header, stage columns, lane rows, cards.

The focused stage takes most of the width; the stages before and after it show at the
sides, dimmed. Lane rows are as tall as the focused stage's cards need, and the rows scroll
so the focused lane is always on screen. Sizes follow the screen height (a 1080-pixel screen
at scale 1 gets 26-pixel card text) times the facilitator's text-scale preference.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ..model import JourneyMap
from .focus import Focus, card_lanes, stage_cards

CARD_TEXT_PX = 26.0  # at 1080 px and scale 1: readable from the back of a room
FOCUS_SHARE = 0.70  # of the width right of the lane titles
CAPTURE_LINES = 3


def fonts(base: QFont, unit: float) -> dict[str, QFont]:
    """The presentation's fonts for one unit (pixels per design pixel)."""
    def make(px: float, bold: bool = False) -> QFont:
        font = QFont(base)
        font.setPixelSize(max(8, round(px * unit)))
        font.setBold(bold)
        return font

    return {
        "card": make(CARD_TEXT_PX), "side": make(18), "lane": make(24, True),
        "stage": make(32, True), "title": make(26), "header_stage": make(30, True),
        "timer": make(44, True), "hint": make(18),
    }


@dataclass
class CardBox:
    card_id: str
    rect: QRectF
    text: str
    kind: str


@dataclass
class SlideLayout:
    width: float
    height: float
    unit: float
    header: QRectF = field(default_factory=QRectF)
    lane_column: float = 0.0
    stage_band: float = 0.0  # height of the stage name band under the header
    footer: float = 0.0  # the key hints along the bottom
    rows: dict[str, QRectF] = field(default_factory=dict)  # lane id → row (scrolled)
    cards: list[CardBox] = field(default_factory=list)  # focused stage's cards
    side_cards: list[CardBox] = field(default_factory=list)  # neighbours', dimmed
    # (stage id, x-extent, focused) for the focused stage and its neighbours
    columns: list[tuple[str, QRectF, bool]] = field(default_factory=list)
    capture_rect: QRectF | None = None
    card_width: float = 0.0

    def card_at(self, x: float, y: float) -> str | None:
        for box in self.cards:
            if box.rect.contains(x, y):
                return box.card_id
        return None

    def card_rect(self, card_id: str) -> QRectF | None:
        for box in self.cards:
            if box.card_id == card_id:
                return box.rect
        return None


def _text_height(metrics: QFontMetricsF, text: str, width: float) -> float:
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text or " ").height()


def build(journey: JourneyMap, focus: Focus, width: float, height: float, unit: float,
          base_font: QFont, *, capture_lane: str | None = None,
          editing_card: str | None = None) -> SlideLayout:
    """Lay the slide out for ``focus``. ``capture_lane``: a capture box is open there."""
    u = unit
    layout = SlideLayout(width, height, u)
    f = fonts(base_font, u)
    layout.header = QRectF(0, 0, width, 84 * u)
    layout.lane_column = 250 * u
    rest = width - layout.lane_column
    focus_width = rest * FOCUS_SHARE
    side = (rest - focus_width) / 2
    left = layout.lane_column + side
    layout.stage_band = 70 * u
    layout.footer = 44 * u
    index = focus.stage_index()
    stages = journey.stages
    if index >= 0:
        if index > 0:
            layout.columns.append((stages[index - 1].id,
                                   QRectF(layout.lane_column, 0, side, height), False))
        layout.columns.append((stages[index].id, QRectF(left, 0, focus_width, height), True))
        if index + 1 < len(stages):
            layout.columns.append((stages[index + 1].id,
                                   QRectF(left + focus_width, 0, side, height), False))

    pad = 16 * u
    card_metrics = QFontMetricsF(f["card"])
    columns = max(1, int((focus_width - pad) // (380 * u)))
    card_width = (focus_width - pad * (columns + 1)) / columns
    layout.card_width = card_width
    text_width = card_width - 2 * pad - 8 * u
    capture_height = card_metrics.lineSpacing() * CAPTURE_LINES + 2 * pad

    top = layout.header.bottom() + layout.stage_band
    y = 0.0
    rows: dict[str, tuple[float, float]] = {}
    placed: list[tuple[str, float, CardBox]] = []  # lane, y within the rows, box
    capture_at: tuple[str, float, float] | None = None
    for lane in card_lanes(journey):
        row_top = y
        cards = stage_cards(journey, focus.stage_id, lane.id) \
            if focus.stage_id is not None else []
        heights = [max(card_metrics.lineSpacing() + 2 * pad,
                       _text_height(card_metrics, c.text, text_width) + 2 * pad) for c in cards]
        # Row by row, left to right: the reading order of the cell, and the capture box
        # takes the next place after the last card.
        line_top, line_height = row_top + pad, 0.0
        for position, (card, card_height) in enumerate(zip(cards, heights, strict=True)):
            column = position % columns
            if column == 0 and position:
                line_top += line_height + pad
                line_height = 0.0
            x = left + pad + column * (card_width + pad)
            box = CardBox(card.id, QRectF(x, line_top, card_width, card_height),
                          card.text, card.kind)
            placed.append((lane.id, 0.0, box))
            line_height = max(line_height, card_height)
        bottom = line_top + line_height + pad if cards else row_top + pad
        if capture_lane == lane.id and editing_card is None:
            column = len(cards) % columns
            box_top = line_top + line_height + pad if cards and column == 0 else line_top
            capture_at = (lane.id, left + pad + column * (card_width + pad), box_top)
            bottom = max(bottom, box_top + capture_height + pad)
        bottom = max(bottom, row_top + 96 * u)
        rows[lane.id] = (row_top, bottom)
        y = bottom

    # Scroll so the focused lane (and an open capture box) is on screen.
    visible = height - top - layout.footer
    offset = 0.0
    if focus.lane_id in rows:
        row_top, row_bottom = rows[focus.lane_id]
        if row_bottom - offset > visible:
            offset = row_bottom - visible
        if row_top < offset or row_bottom - row_top > visible:
            offset = row_top
    shift = top - offset
    for lane_id, (row_top, row_bottom) in rows.items():
        layout.rows[lane_id] = QRectF(0, row_top + shift, width, row_bottom - row_top)
    for _lane, _unused, box in placed:
        box.rect.translate(0, shift)
        layout.cards.append(box)
    if capture_at is not None:
        _lane, x, cy = capture_at
        layout.capture_rect = QRectF(x, cy + shift, card_width, capture_height)
    if editing_card is not None:
        rect = layout.card_rect(editing_card)
        if rect is not None:
            layout.capture_rect = QRectF(rect.x(), rect.y(), rect.width(),
                                         max(rect.height(), capture_height))

    side_pad = 10 * u
    side_metrics = QFontMetricsF(f["side"])
    for stage_id, extent, focused in layout.columns:
        if focused:
            continue
        for lane_id, row in layout.rows.items():
            cy = row.top() + side_pad
            for card in stage_cards(journey, stage_id, lane_id):
                w = extent.width() - 2 * side_pad
                h = min(_text_height(side_metrics, card.text, w - 2 * side_pad) + 2 * side_pad,
                        side_metrics.lineSpacing() * 3 + 2 * side_pad)
                if cy + h > row.bottom():
                    break
                layout.side_cards.append(CardBox(
                    card.id, QRectF(extent.x() + side_pad, cy, w, h), card.text, card.kind))
                cy += h + side_pad
    return layout
