"""Measure the contrast of text as painted: a picture of a region holding text, its
background taken as the region's most common colour and its ink as the pixel that stands
out most from it (the core of a glyph's stem, where antialiasing reaches the full colour).

Used by test_contrast.py on docks, dialogs and the canvas in both themes. The ratio is
WCAG 2's (model.colors.contrast).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from cjm_desktop.model.colors import BODY_TEXT, LARGE_TEXT, contrast

RGB = tuple[int, int, int]


def _pixels(image: QImage, rect: QRect) -> list[RGB]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rect = rect.intersected(image.rect())
    out: list[RGB] = []
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            value = image.pixel(x, y)
            out.append(((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF))
    return out


@dataclass(frozen=True)
class Measure:
    background: RGB
    ink: RGB
    ratio: float

    def __str__(self) -> str:
        return (f"ink #{self.ink[0]:02X}{self.ink[1]:02X}{self.ink[2]:02X} on "
                f"#{self.background[0]:02X}{self.background[1]:02X}{self.background[2]:02X}"
                f" = {self.ratio:.2f}:1")


def measure(image: QImage, rect: QRect) -> Measure | None:
    """The contrast of the text in ``rect`` of ``image`` (None when the region is blank)."""
    pixels = _pixels(image, rect)
    if not pixels:
        return None
    counts = Counter(pixels)  # each colour once, in the order it first appears
    background = counts.most_common(1)[0][0]
    ink = max(counts, key=lambda p: contrast(p, background))
    if ink == background:
        return None
    return Measure(background, ink, contrast(ink, background))


def needed_ratio(widget: QWidget) -> float:
    """WCAG AA for the widget's text: 3:1 when large (18 pt, or 14 pt bold), else 4.5:1."""
    font = widget.font()
    size = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    large = size >= 18 or (size >= 14 and font.bold())
    return LARGE_TEXT if large else BODY_TEXT


def text_widgets(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets under ``root`` that show text of their own."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled() or widget.width() < 4:
            continue
        if isinstance(widget, QLabel):
            has_text = bool(widget.text().strip()) and widget.pixmap().isNull()
        elif isinstance(widget, (QAbstractButton, QLineEdit)):
            has_text = bool(widget.text().strip())
        elif isinstance(widget, QComboBox):
            has_text = bool(widget.currentText().strip())
        elif isinstance(widget, QTabBar):
            has_text = widget.count() > 0
        else:
            has_text = False
        if has_text:
            found.append(widget)
    return found


def text_rect(widget: QWidget) -> QRect:
    """Where the widget's text is, in its own coordinates: check boxes and radio buttons
    without their indicator, fields and buttons inside their frames."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(widget)
        element = QStyle.SubElement.SE_CheckBoxContents if isinstance(widget, QCheckBox) \
            else QStyle.SubElement.SE_RadioButtonContents
        rect = widget.style().subElementRect(element, option, widget)
        if widget.icon().isNull():
            return rect
        return rect.adjusted(widget.iconSize().width() + 4, 0, 0, 0)
    if isinstance(widget, QLabel):
        return widget.contentsRect()
    if isinstance(widget, QComboBox):
        return widget.rect().adjusted(4, 4, -24, -4)  # not the arrow
    if isinstance(widget, QTabBar):
        return widget.tabRect(widget.currentIndex()).adjusted(4, 4, -4, -4)
    return widget.rect().adjusted(4, 4, -4, -4)


def low_contrast(root: QWidget) -> list[str]:
    """Every text widget under ``root`` whose painted text misses WCAG AA, described."""
    picture = root.grab().toImage()
    ratio = root.devicePixelRatioF()
    problems: list[str] = []
    for widget in text_widgets(root):
        # only what is in view (a form scrolled inside its area shows part of its labels)
        rect = text_rect(widget).intersected(widget.visibleRegion().boundingRect())
        if rect.height() < 6 or rect.width() < 6:
            continue
        top_left = widget.mapTo(root, rect.topLeft())
        region = QRect(round(top_left.x() * ratio), round(top_left.y() * ratio),
                       round(rect.width() * ratio), round(rect.height() * ratio))
        found = measure(picture, region)
        if found is None:
            continue
        if found.ratio < needed_ratio(widget):
            text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) \
                else ""
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}: {found}")
    return problems
