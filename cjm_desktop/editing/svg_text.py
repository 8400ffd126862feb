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

import html
import re

from PySide6.QtCore import QPointF
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


def _fmt(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def path_data(path: QPainterPath) -> str:
    """``path`` as SVG path data (absolute moves, lines and cubic curves)."""
    parts: list[str] = []
    count = path.elementCount()
    i = 0
    while i < count:
        element = path.elementAt(i)
        if element.isMoveTo():
            parts.append(f"M{_fmt(element.x)} {_fmt(element.y)}")
        elif element.isLineTo():
            parts.append(f"L{_fmt(element.x)} {_fmt(element.y)}")
        elif element.isCurveTo() and i + 2 < count:
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{_fmt(element.x)} {_fmt(element.y)} {_fmt(c2.x)} {_fmt(c2.y)} "
                         f"{_fmt(end.x)} {_fmt(end.y)}")
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
