"""A table header that writes its column names upwards, as heatmaps do.

The pain-point heatmap has a narrow column per category; names such as "Productivity" or
"Uncategorised" are far wider than the figures under them. Written bottom-to-top, every name
is shown whole and all columns fit a narrow dock. The first ``flat`` columns (the row
labels) keep ordinary horizontal text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

PADDING = 8  # pixels around a name


class RotatedHeader(QHeaderView):
    """Horizontal header whose sections from ``flat`` on show their text rotated 90°."""

    def __init__(self, parent: QWidget | None = None, flat: int = 1) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.flat = flat
        self.setSectionsClickable(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _text(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        metrics = self.fontMetrics()
        tallest = max((metrics.horizontalAdvance(self._text(s))
                       for s in range(self.flat, model.columnCount())), default=0)
        return QSize(hint.width(), max(hint.height(), tallest + 2 * PADDING))

    def section_width_needed(self) -> int:
        """The width a rotated section needs: one line of text."""
        return self.fontMetrics().height() + PADDING

    def paintSection(self, painter: QPainter, rect: QRect,  # noqa: N802 (Qt API)
                     logical_index: int) -> None:
        if logical_index < self.flat:
            super().paintSection(painter, rect, logical_index)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical_index
        option.text = ""  # the frame and background only; the text is drawn rotated below
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.save()
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.translate(rect.center().x(), rect.bottom() - PADDING)
        painter.rotate(-90)
        height = self.fontMetrics().height()
        painter.drawText(QRect(QPoint(0, -height // 2), QSize(rect.height() - 2 * PADDING,
                                                              height)),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self._text(logical_index))
        painter.restore()

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802 (Qt API)
        if logical_index < self.flat:
            return super().sectionSizeFromContents(logical_index)
        return QSize(self.section_width_needed(), self.sizeHint().height())
