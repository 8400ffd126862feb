"""The interface's one icon set: the bundled SVG icons (resources/icons, Lucide, ISC), tinted
in the theme's colours and rendered as vectors, crisp at any device pixel ratio.

- :func:`themed_icon` gives a QIcon for widgets (tool bars, menus, buttons, dock headers). Its
  engine draws each pixmap when Qt asks for it, in the colours of the application palette at
  that moment; the ThemeController sets that palette (``theme.apply_to_application``) and every
  widget repaints on a palette change, so icons follow the theme without being set again.
- :func:`paint_icon` draws one icon into a painter (the canvas, its PDF and SVG exports) in a
  colour the caller picks from its Appearance: a vector drawing, not a pixmap.

Nothing is read at import time: an icon's file is read, and QtSvg imported, on first use
(start-up stays cheap). QtSvg renders only; it needs no widgets.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)

from ..model.vocab import CardKind
from ..paths import resource

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

ICON_FOLDER = ("icons",)

# One bundled icon per card kind (palette, Insert menu, main tool bar).
CARD_KIND_ICONS: dict[str, str] = {
    CardKind.TOUCHPOINT.value: "mouse-pointer-click", CardKind.PAIN_POINT.value: "triangle-alert",
    CardKind.OPPORTUNITY.value: "lightbulb", CardKind.KPI.value: "chart-column",
    CardKind.NOTE.value: "sticky-note",
}


class UnknownIcon(LookupError):
    """An icon name with no bundled file (a programming error, caught by the tests)."""


def icon_path_of(name: str) -> str:
    return str(resource(*ICON_FOLDER, f"{name}.svg"))


@cache
def svg_text(name: str) -> str:
    """The SVG source of a bundled icon (read once)."""
    try:
        with open(icon_path_of(name), encoding="utf-8") as handle:
            return handle.read()
    except OSError as error:
        raise UnknownIcon(f"no bundled icon named {name!r}") from error


@lru_cache(maxsize=512)
def _renderer(name: str, rgba: int) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer

    colour = QColor.fromRgba(rgba)
    text = svg_text(name).replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
    if colour.alpha() < 255:
        text = text.replace("<svg", f'<svg opacity="{colour.alphaF():.3f}"', 1)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    if not renderer.isValid():
        raise UnknownIcon(f"the bundled icon {name!r} is not a valid SVG")
    return renderer


def paint_icon(painter: QPainter, rect: QRectF | QRect, name: str, colour: QColor) -> None:
    """Draw the icon ``name`` into ``rect`` (kept square, centred) in ``colour``, as vectors."""
    r = QRectF(rect)
    side = min(r.width(), r.height())
    square = QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side)
    _renderer(name, QColor(colour).rgba()).render(painter, square)


def icon_image(name: str, size: QSize, colour: QColor, scale: float = 1.0) -> QImage:
    """The icon as an image of ``size`` logical pixels at device pixel ratio ``scale``."""
    # A copy of the kept image (Qt shares its pixels until one of them is painted on).
    return QImage(_drawn_icon(name, size.width(), size.height(), QColor(colour).rgba(), scale))


@lru_cache(maxsize=1024)  # every window draws the same few dozen icons in the same colours
def _drawn_icon(name: str, width: int, height: int, rgba: int, scale: float) -> QImage:
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    colour = QColor.fromRgba(rgba)
    _renderer(name, rgba)  # an unknown icon fails before any painting
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_icon(painter, QRectF(0, 0, image.width(), image.height()), name, colour)
    finally:
        painter.end()
    image.setDevicePixelRatio(scale)
    return image


def colour_for(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon takes in ``mode`` under the application palette (the theme's)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return pal.color(QPalette.ColorRole.HighlightedText)
    return pal.color(QPalette.ColorRole.WindowText)


class ThemedIconEngine(QIconEngine):
    """Draws one bundled icon in the application palette's colours, at the size asked for."""

    def __init__(self, name: str, colour: QColor | None = None) -> None:
        super().__init__()
        self.name = name
        self.colour = colour  # a fixed colour (a card kind's), else the palette's

    def _colour(self, mode: QIcon.Mode) -> QColor:
        if self.colour is None or mode == QIcon.Mode.Disabled:
            return colour_for(mode)
        return QColor(self.colour)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,  # noqa: D102
              state: QIcon.State) -> None:
        paint_icon(painter, rect, self.name, self._colour(mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode,  # noqa: N802 (Qt API)
                     state: QIcon.State, scale: float) -> QPixmap:
        return QPixmap.fromImage(icon_image(self.name, size, self._colour(mode), scale))

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.name, self.colour)

    def key(self) -> str:
        return "cjm-themed-svg"

    def isNull(self) -> bool:  # noqa: N802 (Qt API)
        return False


def themed_icon(name: str, colour: QColor | None = None) -> QIcon:
    """A QIcon of the bundled icon ``name``, in the theme's text colour (or ``colour``).
    An unknown name fails here, where the icon is made (not in a paint event later)."""
    svg_text(name)
    return QIcon(ThemedIconEngine(name, colour))
