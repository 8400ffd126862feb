"""The tiled PDF: the map over several pages at a readable size, with a key page first.

Where the cuts go is pure geometry (:func:`cuts`): along the width at stage boundaries where
a whole stage fits a page (else between step columns, else anywhere), along the height
between lanes (else between cards, so no card is cut in two where it can be helped); the
pieces are balanced so that no page holds less than a quarter of a page of map when the
map allows it. Each tile page shows the lane names in a column of
their own at its left and the stage names in a band of their own at its top — beside the
piece of map, never over it (the bands move to just outside the piece) — and is labelled
like a spreadsheet cell, row letter and
column number ("A1", "A2", …, "B1"). The key page shows the whole map with the tiles
outlined and labelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..editing.appearance import LIGHT
from . import style as st
from .scene import JourneyScene

MIN_SHARE = 0.25  # no page holds less than this share of a page of map, where avoidable
EDGE = 4.0  # the last cards' soft shadows reach this far past the grid
GREEDY_ABOVE = 150  # with more marks than this, cut greedily instead of searching


@dataclass(frozen=True)
class Tile:
    """One page of map: its label and the piece of scene it shows (without headers)."""

    label: str
    row: int
    column: int
    piece: QRectF


def _balanced(marks: Sequence[float], room: float) -> list[float] | None:
    """Cut points among ``marks`` (sorted, first = start, last = end) so that every piece
    fits ``room``: as few pieces as greedy filling needs, the smallest piece as large as
    possible. None when two neighbouring marks are further apart than ``room``."""
    if any(b - a > room + 1e-6 for a, b in zip(marks, marks[1:], strict=False)):
        return None
    if len(marks) > GREEDY_ABOVE:
        return _greedy(marks, room)
    count = 1
    start = marks[0]
    for a, b in zip(marks, marks[1:], strict=False):
        if b - start > room + 1e-6:
            count += 1
            start = a
    n = len(marks)
    # best[k][i]: the largest smallest piece cutting marks[0..i] into k pieces
    NONE = -1.0
    best = [[NONE] * n for _ in range(count + 1)]
    back = [[0] * n for _ in range(count + 1)]
    best[0][0] = float("inf")
    for k in range(1, count + 1):
        for i in range(1, n):
            for j in range(i):
                width = marks[i] - marks[j]
                if width > room + 1e-6 or best[k - 1][j] == NONE:
                    continue
                value = min(best[k - 1][j], width)
                if value > best[k][i]:
                    best[k][i], back[k][i] = value, j
    if best[count][n - 1] == NONE:
        return None
    out = [marks[-1]]
    i = n - 1
    for k in range(count, 0, -1):
        i = back[k][i]
        out.append(marks[i])
    return out[::-1]


def _greedy(marks: Sequence[float], room: float) -> list[float]:
    """Cut points filling each piece as far as it goes; the last cut moved back when that
    leaves the last piece smaller than a quarter of ``room`` (many marks: no search)."""
    out = [marks[0]]
    previous = marks[0]
    for mark in marks[1:]:
        if mark - out[-1] > room + 1e-6:
            out.append(previous)
        previous = mark
    out.append(marks[-1])
    if len(out) > 2 and out[-1] - out[-2] < MIN_SHARE * room:
        middle = (out[-3] + out[-1]) / 2  # share the last two pieces about evenly
        inside = [m for m in marks if out[-3] < m < out[-1]
                  and m - out[-3] <= room + 1e-6 and out[-1] - m <= room + 1e-6]
        if inside:
            out[-2] = min(inside, key=lambda m: abs(m - middle))
    return out


def card_gaps(scene: JourneyScene) -> list[float]:
    """Heights where a cut crosses no card: just above a card, where no card of the same
    lane (in any column) reaches across."""
    lay = scene.layout
    gaps: list[float] = []
    for row in range(len(lay.row_y)):
        spans = [(top, top + height)
                 for (_col, r), tops in lay.card_tops.items() if r == row
                 for top, height in zip(tops, lay.card_heights.get((_col, r), []),
                                        strict=False)]
        for top, _bottom in spans:
            y = top - 3
            if y > lay.row_y[row] + 8 and not any(a < y < b for a, b in spans):
                gaps.append(y)
    return sorted(set(gaps))


def cuts(start: float, end: float, room: float,
         preferred: Sequence[float], fallback: Sequence[float]) -> list[float]:
    """Where to cut the span ``start``–``end`` into pieces of at most ``room``: at the
    ``preferred`` marks (stage boundaries, lanes) if they allow pieces of at least a
    quarter of ``room`` and no more pieces than the ``fallback`` marks too (step columns,
    gaps between cards) would, else at both, else evenly."""
    if end - start <= room + 1e-6:
        return [start, end]

    def among(marks: Sequence[float]) -> list[float] | None:
        inner = sorted({m for m in marks if start < m < end})
        return _balanced([start, *inner, end], room)

    first = among(preferred)
    second = among([*preferred, *fallback])
    if first is not None and min(b - a for a, b in zip(first, first[1:], strict=False)) \
            >= MIN_SHARE * room and (second is None or len(first) <= len(second)):
        return first
    if second is not None:
        return second
    count = int(-(-(end - start) // room))
    return [start + (end - start) * i / count for i in range(count + 1)]


def row_name(index: int) -> str:
    """A, B, …, Z, AA, AB, … for rows 0, 1, …"""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def plan(scene: JourneyScene, room_w: float, room_h: float) -> list[Tile]:
    """The tiles of ``scene`` for pages showing ``room_w`` × ``room_h`` scene units each,
    headers included; in reading order (row A left to right, then row B …)."""
    lay = scene.layout
    width, height = lay.width + EDGE, lay.height + EDGE
    stage_edges = [x for x, _w in lay.stage_spans.values()]
    column_edges = list(lay.col_x)
    xs = cuts(lay.lane_w, width, max(1.0, room_w - lay.lane_w), stage_edges, column_edges)
    ys = cuts(lay.header_h, height, max(1.0, room_h - lay.header_h), list(lay.row_y),
              card_gaps(scene))
    tiles: list[Tile] = []
    for r, (top, bottom) in enumerate(zip(ys, ys[1:], strict=False)):
        for c, (left, right) in enumerate(zip(xs, xs[1:], strict=False)):
            tiles.append(Tile(f"{row_name(r)}{c + 1}", r, c,
                              QRectF(left, top, right - left, bottom - top)))
    return tiles


def paint_tile(painter: QPainter, scene: JourneyScene, tile: Tile) -> None:
    """The tile at the painter's origin, in scene units: the lane column and the stage
    band moved to sit just left of and above the piece (over map that the previous tiles
    show, never over the piece), drawn with the piece in one pass."""
    lay = scene.layout
    piece = tile.piece
    lane_w, header_h = lay.lane_w, lay.header_h
    # the bands follow the piece, so a stage cut by the page keeps its name in view
    scene.set_header_offset(piece.top() - header_h, piece.left() - lane_w)
    top, left = scene.header_offset()
    source = QRectF(left, top, piece.right() - left, piece.bottom() - top)
    target = QRectF(QPointF(0, 0), source.size())
    painter.fillRect(target, QColor("#FFFFFF"))
    painter.save()
    painter.setClipRect(target)
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()


def _font(size: float, bold: bool) -> QFont:
    font = QFont(st.FONT_FAMILY)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def paint_label(painter: QPainter, strip: QRectF, label: str, title: str, number: int,
                total: int, unit: float) -> None:
    """A page's label under it: the tile name in bold, the map's title, "page/total"."""
    painter.save()
    bold, plain = _font(12 * unit, True), _font(11 * unit, False)
    painter.setFont(bold)
    painter.setPen(LIGHT.text)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(strip, int(Qt.AlignmentFlag.AlignLeft | align), label)
    label_w = QFontMetricsF(bold).horizontalAdvance(label + "  ") if label else 0.0
    painter.setFont(plain)
    painter.setPen(LIGHT.text_soft)
    rest = strip.adjusted(label_w, 0, 0, 0)
    painter.drawText(strip, int(Qt.AlignmentFlag.AlignRight | align), f"{number}/{total}")
    painter.drawText(rest, int(Qt.AlignmentFlag.AlignLeft | align),
                     QFontMetricsF(plain).elidedText(title, Qt.TextElideMode.ElideRight,
                                                     rest.width() * 0.8))
    painter.restore()


def paint_key(painter: QPainter, tiles: Sequence[Tile], grid: QRectF, per_mm: float) -> None:
    """Over the fitted sheet (painter in sheet units, ``grid`` the grid's place on it,
    ``per_mm`` sheet units to a printed millimetre): each tile outlined and named."""
    painter.save()
    pen = QPen(QColor("#2563EB"), 0.5 * per_mm)
    for tile in tiles:
        rect = tile.piece.translated(grid.topLeft())
        painter.setPen(pen)
        painter.setBrush(QColor(37, 99, 235, 14))
        painter.drawRect(rect)
        size = min(rect.height() * 0.4, rect.width() * 0.3, 5 * per_mm)
        font = _font(size, True)
        painter.setFont(font)
        badge_w = QFontMetricsF(font).horizontalAdvance(tile.label) + size * 0.8
        badge = QRectF(rect.left() + size * 0.3, rect.top() + size * 0.3, badge_w, size * 1.4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2563EB"))
        painter.drawRoundedRect(badge, size * 0.25, size * 0.25)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), tile.label)
    painter.restore()
