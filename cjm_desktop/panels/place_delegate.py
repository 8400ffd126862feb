"""How an Insights row names its place ("stage · step") when its column is too narrow.

Cut at its end, every step of a stage reads alike ("가게 고르기 · …"); cut in the middle,
neither name reads ("가게 고…색·필터"). Here the stage's name gives way first, since the rows
around name the same stage, and the step's own name stays whole while it fits. The item
keeps the whole label as its text and tool tip; only what is painted is shortened.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

# An item's (stage name, step name or "") for this delegate.
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2
SEPARATOR = " · "
_RIGHT = Qt.TextElideMode.ElideRight


def place_label(stage: str, step: str) -> str:
    return stage + (SEPARATOR + step if step else "")


def fitted_place(stage: str, step: str, width: int, metrics: QFontMetrics) -> str:
    """The label of the place in at most ``width`` pixels: whole if it fits, else the stage's
    name shortened before the step's, and "… · step" when not one letter of it fits."""
    whole = place_label(stage, step)
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    if not step:
        return metrics.elidedText(whole, _RIGHT, width)
    tail = SEPARATOR + step
    room = width - metrics.horizontalAdvance(tail)
    if room >= metrics.horizontalAdvance(stage[:1] + "…"):
        return metrics.elidedText(stage, _RIGHT, room) + tail
    lead = "…" + SEPARATOR  # still reads as a step of the stage named in the tool tip
    if width < metrics.horizontalAdvance(lead + step[:1] + "…"):
        return metrics.elidedText(whole, _RIGHT, width)
    return lead + metrics.elidedText(step, _RIGHT, width - metrics.horizontalAdvance(lead))


class PlaceDelegate(QStyledItemDelegate):
    """Paints an item that has a :data:`PLACE_ROLE` with :func:`fitted_place`."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        place = index.data(PLACE_ROLE)
        if not place:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        # The style lays the text out inside that rectangle less a margin on each side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        option.text = fitted_place(place[0], place[1], text.width() - 2 * margin,
                                   option.fontMetrics)
