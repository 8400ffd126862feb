"""Persona photos: read an image file safely, shrink it, and keep it as a data URI.

A photo lives inside the map as ``data:image/png;base64,…`` (or JPEG when that is smaller
and the picture has no transparency), at most 512 px a side. Files are checked before
decoding — size on disk, format sniffed from the content, declared pixel size — so a
broken, huge or disguised file is refused with a clear message and never half-loaded.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

MAX_SIDE = 512
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DECLARED_SIDE = 10_000
ACCEPTED_FORMATS = {"png": "PNG", "jpeg": "JPEG", "jpg": "JPEG", "webp": "WebP"}
FILE_FILTER_PATTERNS = "*.png *.jpg *.jpeg *.webp"


def tr(text: str) -> str:
    return QCoreApplication.translate("Photo", text)


class PhotoError(Exception):
    """A photo could not be used; the message is ready to show to the user."""


def load_photo(path: str | os.PathLike[str]) -> str:
    """Read an image file and return it as a data URI, at most 512 px a side.

    Raises :class:`PhotoError` with a user-facing message for a missing, huge,
    non-image, unsupported or corrupt file."""
    file = Path(path)
    try:
        size = file.stat().st_size
    except OSError as error:
        raise PhotoError(tr("Cannot read %1: %2").replace("%1", file.name)
                         .replace("%2", error.strerror or str(error))) from None
    if size > MAX_FILE_BYTES:
        raise PhotoError(tr("%1 is too large (%2 MB). A photo may be at most 20 MB.")
                         .replace("%1", file.name).replace("%2", f"{size / 1048576:.1f}"))
    try:
        data = file.read_bytes()
    except OSError as error:
        raise PhotoError(tr("Cannot read %1: %2").replace("%1", file.name)
                         .replace("%2", error.strerror or str(error))) from None
    return photo_from_bytes(data, file.name)


def photo_from_bytes(data: bytes, name: str = "") -> str:
    """Like :func:`load_photo` for image bytes already in memory (``name`` is for messages)."""
    name = name or tr("The image")
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError(tr("%1 is too large (%2 MB). A photo may be at most 20 MB.")
                         .replace("%1", name).replace("%2", f"{len(data) / 1048576:.1f}"))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not fmt:
        raise PhotoError(tr("%1 is not a picture that can be read. Use a PNG, JPEG or WebP file.")
                         .replace("%1", name))
    if fmt not in ACCEPTED_FORMATS:
        raise PhotoError(tr("%1 is a %2 image. Use a PNG, JPEG or WebP file.")
                         .replace("%1", name).replace("%2", fmt.upper()))
    declared = reader.size()
    if declared.isValid() and max(declared.width(), declared.height()) > MAX_DECLARED_SIDE:
        raise PhotoError(tr("%1 is %2 × %3 pixels; a photo may be at most 10,000 pixels a side.")
                         .replace("%1", name).replace("%2", str(declared.width()))
                         .replace("%3", str(declared.height())))
    if declared.isValid() and max(declared.width(), declared.height()) > MAX_SIDE:
        # Let the decoder scale while reading (JPEG does this cheaply), keeping the aspect.
        reader.setScaledSize(_fit(declared, MAX_SIDE * 2))
    image = reader.read()
    if image.isNull():
        raise PhotoError(tr("%1 is damaged or incomplete and cannot be read (%2).")
                         .replace("%1", name).replace("%2", reader.errorString()))
    return image_to_data_uri(image)


def _fit(size: QSize, side: int) -> QSize:
    return size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio)


def image_to_data_uri(image: QImage) -> str:
    """Downscale to at most 512 px a side and encode as PNG, or JPEG when smaller and opaque."""
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    png = _encode(image, "PNG")
    best_mime, best = "image/png", png
    if not image.hasAlphaChannel():
        jpeg = _encode(image.convertToFormat(QImage.Format.Format_RGB32), "JPEG", 88)
        if jpeg and len(jpeg) < len(png):
            best_mime, best = "image/jpeg", jpeg
    return f"data:{best_mime};base64,{base64.b64encode(best).decode('ascii')}"


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)
    return bytes(buffer.data().data())


def image_from_data_uri(uri: str | None) -> QImage:
    """The image of a stored photo (a null QImage when there is none or it is unreadable)."""
    if not uri or not uri.startswith("data:image/") or ";base64," not in uri:
        return QImage()
    try:
        raw = base64.b64decode(uri.split(";base64,", 1)[1], validate=False)
    except ValueError:
        return QImage()
    image = QImage()
    image.loadFromData(raw)
    return image


def round_thumbnail(uri: str | None, side: int, fallback_color: str, initial: str = "",
                    ratio: float = 1.0, *, ring: bool = False) -> QPixmap:
    """A round thumbnail of the photo, or a coloured disc with the name's first letter;
    ``ring`` circles a photo in the persona's colour so the colour shows either way."""

    px = max(1, round(side * ratio))
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addEllipse(0, 0, px, px)
    painter.setClipPath(clip)
    image = image_from_data_uri(uri)
    if not image.isNull():
        scaled = image.scaled(px, px, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((px - scaled.width()) // 2, (px - scaled.height()) // 2, scaled)
    else:
        painter.fillRect(0, 0, px, px, QColor(fallback_color))
        if initial:
            font = QFont()
            font.setPixelSize(max(6, int(px * 0.45)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(0, 0, px, px, Qt.AlignmentFlag.AlignCenter, initial[:1])
    if ring and not image.isNull():
        painter.setClipping(False)
        pen = QPen(QColor(fallback_color))
        width = max(2.0, px / 12)
        pen.setWidthF(width)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(width / 2, width / 2, px - width, px - width))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
