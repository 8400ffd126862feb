"""Render the emotion curve alone to PNG or SVG bytes (the caller writes the file).

SVG goes through QtSvg's QSvgGenerator and the widget's own ``render``: pyqtgraph's SVG
exporter fails on recent PySide6. Text is drawn as glyph outlines (the same picture without
the font), each keeping its words as a ``<title>``, so stage names stay searchable
(``editing.svg_text``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from ..editing.svg_text import TEXT_AS_PATHS, finish_svg


@contextlib.contextmanager
def _uncached(widget: QWidget) -> Iterator[None]:
    """Draw every scene item for real: a pixmap cache would put pictures of text and lines
    into a vector file and blur a 2× image."""
    cached: list[tuple[QGraphicsItem, QGraphicsItem.CacheMode]] = []
    for view in widget.findChildren(QGraphicsView):
        scene = view.scene()
        for item in scene.items() if scene is not None else []:
            if item.cacheMode() != QGraphicsItem.CacheMode.NoCache:
                cached.append((item, item.cacheMode()))
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def render_png(widget: QWidget, scale: float = 2.0) -> bytes:
    """The widget as a PNG at ``scale`` × its size (2: sharp on slides and high-DPI screens)."""
    size = widget.size()
    image = QImage(QSize(round(size.width() * scale), round(size.height() * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        with _uncached(widget):
            widget.render(painter, QPoint())
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the stubs want the format as bytes; PySide6 accepts it only as str
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("the PNG image could not be encoded")
    return bytes(buffer.data().data())


def render_svg(widget: QWidget, title: str = "", description: str = "",
               svg_text: str = TEXT_AS_PATHS) -> bytes:
    """The widget as an SVG document (vector lines; text as outlines, or as text)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    size = widget.size()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setResolution(widget.logicalDpiX())  # font point sizes as on screen
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        with _uncached(widget):
            widget.render(painter, QPoint())
    finally:
        painter.end()
    buffer.close()
    return finish_svg(bytes(data.data()), svg_text)
