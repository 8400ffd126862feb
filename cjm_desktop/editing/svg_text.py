"""SVG text as outlines: an SVG that looks the same on a machine without the map's font.

QSvgGenerator writes every run of text as a ``<text>`` element naming its font; a viewer
without that font (no Korean font at all, often) draws other glyphs, wider or as boxes.
:func:`outline_text` turns each ``<text>`` into a ``<path>`` of the glyphs' outlines, drawn
with the font the application draws with (the bundled one), and keeps the words in a
``<title>`` child of the path, so the file stays searchable and screen readers read it.
:func:`name_fallback_fonts` is the other choice: text kept as text, its font family named
with generic fallbacks. Used by the canvas and plot SVG exports (QtGui only).
"""

from __future__ import annotations

import functools
import html
import re
import struct

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF
from PySide6.QtGui import QFont, QPainterPath

TEXT_AS_PATHS = "paths"
TEXT_AS_TEXT = "text"
TEXT_MODES = (TEXT_AS_PATHS, TEXT_AS_TEXT)

_TEXT = re.compile(r"<text\b([^>]*)>(.*?)</text>", re.S)
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
_FAMILY = re.compile(r'font-family="([^"]*)"')
_KEPT = ("fill", "fill-opacity", "transform")  # what the outline takes over from the text


def _number(value: str, default: float = 0.0) -> float:
    try:
        return float(value.rstrip("px"))
    except ValueError:
        return default


def _font(attributes: dict[str, str]) -> QFont:
    font = QFont(attributes.get("font-family", "").split(",")[0].strip("'\" "))
    font.setPixelSize(max(1, round(_number(attributes.get("font-size", "12"), 12.0))))
    weight = attributes.get("font-weight", "400")
    font.setBold(weight == "bold" or _number(weight, 400) >= 600)
    font.setItalic(attributes.get("font-style", "normal") in ("italic", "oblique"))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@functools.lru_cache(maxsize=1 << 16)  # glyph outlines repeat their coordinates a lot
def _fmt(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


_ELEMENT = struct.Struct(">idd")  # QDataStream's QPainterPath element: type, x, y
_MOVE, _LINE, _CURVE, _CURVE_DATA = 0, 1, 2, 3  # QPainterPath.ElementType


def path_data(path: QPainterPath) -> str:
    """``path`` as SVG path data (absolute moves, lines and cubic curves).

    The elements are read from the path's QDataStream form in one call: asking for them one
    by one (``elementAt``) cost seconds on a card of 40,000 characters."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream << path  # count, then (type, x, y) per element, then the fill rule
    raw = bytes(data.data())
    count = struct.unpack_from(">i", raw)[0]
    if count <= 0:
        return ""
    elements = list(_ELEMENT.iter_unpack(raw[4:4 + count * _ELEMENT.size]))
    parts: list[str] = []
    i = 0
    while i < count:
        kind, x, y = elements[i]
        if kind == _MOVE:
            parts.append(f"M{_fmt(x)} {_fmt(y)}")
        elif kind == _LINE:
            parts.append(f"L{_fmt(x)} {_fmt(y)}")
        elif kind == _CURVE and i + 2 < count:
            _k2, x2, y2 = elements[i + 1]
            _k3, x3, y3 = elements[i + 2]
            parts.append(f"C{_fmt(x)} {_fmt(y)} {_fmt(x2)} {_fmt(y2)} {_fmt(x3)} {_fmt(y3)}")
            i += 2
        i += 1
    return "".join(parts)


def _outline(match: re.Match[str]) -> str:
    attributes = dict(_ATTRIBUTE.findall(match.group(1)))
    words = html.unescape(match.group(2))
    if not words.strip():
        return ""
    path = QPainterPath()
    path.addText(QPointF(_number(attributes.get("x", "0")), _number(attributes.get("y", "0"))),
                 _font(attributes), words)
    kept = "".join(f' {name}="{attributes[name]}"' for name in _KEPT if name in attributes)
    title = html.escape(words.strip(), quote=False)
    return f'<path{kept} stroke="none" d="{path_data(path)}"><title>{title}</title></path>'


def outline_text(svg: bytes) -> bytes:
    """The SVG with every ``<text>`` drawn as the outline of its glyphs, its words kept as
    the outline's ``<title>``."""
    return _TEXT.sub(_outline, svg.decode("utf-8")).encode("utf-8")


def name_fallback_fonts(svg: bytes) -> bytes:
    """The SVG with text kept as text, each font family followed by similar families and
    a generic one, so a viewer without the bundled font picks a near one."""
    def family(match: re.Match[str]) -> str:
        name = match.group(1)
        if "," in name:
            return match.group(0)
        return f"font-family=\"{name}, 'Nanum Gothic', 'Malgun Gothic', " \
               f"'Apple SD Gothic Neo', 'Noto Sans CJK KR', sans-serif\""
    return _FAMILY.sub(family, svg.decode("utf-8")).encode("utf-8")


def finish_svg(svg: bytes, text_mode: str = TEXT_AS_PATHS) -> bytes:
    """The SVG's text as outlines (``paths``, the default) or as named text (``text``)."""
    if text_mode == TEXT_AS_TEXT:
        return name_fallback_fonts(svg)
    return outline_text(svg)
