"""Persona photos: read an image file safely, shrink it, and keep it as a data URI.

A photo lives inside the map as ``data:image/png;base64,…`` (or JPEG when that is smaller
and the picture has no transparency), at most 512 px a side. Files are checked before
decoding — a regular file only (never a pipe or device), size on disk, format told by the
picture's own bytes (PNG, JPEG, WebP, BMP or GIF; never SVG, which can pull in local
files), declared pixel size — so a broken, huge or disguised file is refused with a clear
message and never half-loaded; what is stored is always converted to PNG or JPEG.

A stored photo is shown only if its bytes are PNG or JPEG; it is decoded once, within a
pixel limit, and the decoded picture is cached for display (the map's bytes are never
rewritten for it), so editing a persona does not decode every photo again.
"""

from __future__ import annotations

import base64
import os
import stat
from collections import OrderedDict
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

from ..model import colors
from ..model.photos import photo_bytes

MAX_SIDE = 512
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DECLARED_SIDE = 10_000
MAX_STORED_PIXELS = 16_000_000     # a stored photo larger than this is not shown
ALLOCATION_LIMIT_MB = 256          # Qt's decoder refuses pictures needing more memory
CACHE_SIZE = 64
FILE_FILTER_PATTERNS = "*.png *.jpg *.jpeg *.webp *.bmp *.gif"
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def tr(text: str) -> str:
    return QCoreApplication.translate("Photo", text)


class PhotoError(Exception):
    """A photo could not be used; the message is ready to show to the user."""


def load_photo(path: str | os.PathLike[str]) -> str:
    """Read an image file and return it as a data URI, at most 512 px a side.

    Raises :class:`PhotoError` with a user-facing message for a missing, huge, special
    (pipe, device), non-image, unsupported or corrupt file."""
    file = Path(path)

    def cannot(reason: str) -> PhotoError:
        return PhotoError(tr("Cannot read %1: %2").replace("%1", file.name)
                          .replace("%2", reason))

    try:
        descriptor = os.open(file, _OPEN_FLAGS)  # never waits on a FIFO
    except (OSError, ValueError) as error:
        raise cannot(getattr(error, "strerror", None) or str(error)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise cannot(tr("it is not a regular file"))
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(file.name, info.st_size)
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_FILE_BYTES:
            block = os.read(descriptor, 1 << 20)
            if not block:
                break
            chunks.append(block)
            total += len(block)
    except OSError as error:
        raise cannot(error.strerror or str(error)) from None
    finally:
        os.close(descriptor)
    return photo_from_bytes(b"".join(chunks), file.name)


def _too_large(name: str, size: int) -> PhotoError:
    return PhotoError(tr("%1 is too large (%2 MB). A photo may be at most 20 MB.")
                      .replace("%1", name).replace("%2", f"{size / 1048576:.1f}"))


def raster_kind(data: bytes) -> str | None:
    """The raster format the bytes are in (by their signature), or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith(b"BM") and len(data) > 26:
        return "bmp"
    return None


def _reader(data: bytes, kind: str) -> tuple[QImageReader, QBuffer]:
    """A reader bound to ``kind`` only: Qt must not sniff another format (SVG) itself."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, kind.encode("ascii"))
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    return reader, buffer


def photo_from_bytes(data: bytes, name: str = "") -> str:
    """Like :func:`load_photo` for image bytes already in memory (``name`` is for messages)."""
    name = name or tr("The image")
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    kind = raster_kind(data)
    if kind is None:
        if data.lstrip()[:5].lower() in (b"<?xml", b"<svg ", b"<svg\n") or b"<svg" in data[:512]:
            raise PhotoError(tr("%1 is a %2 image. Use a PNG, JPEG, WebP, BMP or GIF file.")
                             .replace("%1", name).replace("%2", "SVG"))
        raise PhotoError(tr("%1 is not a picture that can be read. Use a PNG, JPEG, WebP, BMP "
                            "or GIF file.").replace("%1", name))
    reader, _buffer = _reader(data, kind)
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
    # the stubs want the format as bytes; PySide6 accepts it only as str
    image.save(buffer, fmt, quality)  # type: ignore[call-overload]
    return bytes(buffer.data().data())


_DECODED: OrderedDict[str, QImage] = OrderedDict()


def image_from_data_uri(uri: str | None) -> QImage:
    """The image of a stored photo (a null QImage when there is none or it is unreadable).

    Only PNG or JPEG bytes are decoded, within :data:`MAX_STORED_PIXELS`, scaled to at most
    512 px; the result is cached, so showing the same photo again costs nothing."""
    if not uri:
        return QImage()
    cached = _DECODED.get(uri)
    if cached is not None:
        _DECODED.move_to_end(uri)
        return cached
    image = _decode_stored(uri)
    _DECODED[uri] = image
    while len(_DECODED) > CACHE_SIZE:
        _DECODED.popitem(last=False)
    return image


def _decode_stored(uri: str) -> QImage:
    found = photo_bytes(uri)
    if found is None:
        return QImage()
    kind, raw = found
    reader, _buffer = _reader(raw, kind)
    declared = reader.size()
    if not declared.isValid() or declared.width() * declared.height() > MAX_STORED_PIXELS:
        return QImage()
    if max(declared.width(), declared.height()) > MAX_SIDE:
        reader.setScaledSize(_fit(declared, MAX_SIDE))
    image = reader.read()
    return image if not image.isNull() else QImage()


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
            # the initial reads on any colour the person chose (WCAG large text)
            painter.setPen(QColor(colors.text_on(QColor(fallback_color).name())))
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
