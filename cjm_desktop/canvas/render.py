"""Images and PDF of the whole map: PNG, SVG and PDF drawn from a JourneyScene.

The drawing is one *sheet*: a title block (title, version label, review date, scenario, in
the map's own language) above the whole grid — every stage, every lane, the emotion lane
with its curves. Sheet units are scene units (pixels at 100 % = 1/96 inch). The scene is
built fresh for the Document and shown in a clean state: nothing selected, no current
cell, no drag marker, header bands at their home position, and cards painted directly
(their device cache would turn text into bitmaps in a PDF or SVG).

Every writer renders into memory and hands the bytes to ``editing.exports.write_export``, so
an error never leaves a partial file. Problems the user can fix raise :class:`RenderError`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ..editing import Document
from ..editing.appearance import LIGHT
from ..editing.exports import write_export
from ..editing.svg_text import TEXT_AS_PATHS, finish_svg
from ..model import JourneyMap
from ..model.vocab import Scenario
from ..model.vocab import label as vocab_label
from . import style as st
from .comment_notes import note_markers, numbered_notes, paint_notes
from .scene import JourneyScene
from .tiles import paint_key, paint_label, paint_tile, plan

MARGIN = 32.0            # around the sheet, scene units
TITLE_H = 96.0           # the title block above the grid
MAX_PIXELS_SIDE = 20_000
MAX_SVG_BYTES = 200 * 1024 * 1024
SCENE_DPI = 96.0
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
PAGE_MARGIN_MM = 10.0
LABEL_STRIP_MM = 6.0     # room for the page label under each tiled page
TILE_ZOOM = 0.8          # tiled pages print the map at 80 % of screen size: 13 px text ≈ 8 pt
FIT_MAX_ZOOM = 1.25      # a small map is not blown up beyond this on a single page
PDF_RESOLUTION = 1200
LEGEND_SWATCH = 12.0
LEGEND_NAME_MAX = 200.0
TITLE_MAX_W = 1400.0

KEY_WORDS = {"ko": "페이지 안내", "en": "Key to the pages"}  # the map's language, like the title
_WORDS = {
    "ko": {"version": "버전", "review": "검토일"},
    "en": {"version": "Version", "review": "Review date"},
}

Source = Document | JourneyScene | JourneyMap
Progress = Callable[[], None] | None


class RenderError(Exception):
    """The map cannot be drawn as asked (for example an image too large)."""


@dataclass(frozen=True)
class Sheet:
    """Where the title block and the grid sit in sheet units."""

    width: float
    height: float
    grid: QRectF  # the grid's rectangle on the sheet; scene (0, 0) is its top-left


# ----- the scene ------------------------------------------------------------------------
def scene_for(source: Source) -> JourneyScene:
    """A fresh scene for the source; a live scene's column widths and hidden personas are
    kept, its selection, filter and scroll position are not."""
    if isinstance(source, JourneyScene):
        # Pictures are light whatever the screen shows; the card width is the screen's.
        scene = JourneyScene(source.document, appearance=replace(
            LIGHT, card_width=source.appearance.card_width))
        scene.widths = dict(source.widths)
        scene.set_hidden_personas(source.hidden_personas)
    else:
        scene = JourneyScene(source if isinstance(source, Document) else Document(source))
    # A picture is a file people send around: its badges speak the map's language.
    scene.vocabulary_language = scene.journey.info.language
    scene.relayout()
    return scene


@contextmanager
def clean_render(scene: JourneyScene) -> Iterator[None]:
    """Show the scene as a printout: no selection or editing marks, headers at home, and
    items painted straight onto the device (vector text), restored afterwards."""
    scene.flush()
    selected = scene.selectedItems()
    offset = scene.header_offset()
    current, drop = scene.grid.current, scene.grid.drop_target
    marker_visible = scene.marker.isVisible()
    cached = [(item, item.cacheMode()) for item in scene.items()
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    scene.clearSelection()
    scene.grid.current = scene.grid.drop_target = None
    scene.marker.hide()
    scene.set_header_offset(0.0, 0.0)
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        scene.marker.setVisible(marker_visible)
        scene.grid.current, scene.grid.drop_target = current, drop
        scene.set_header_offset(*offset)
        for item in selected:
            item.setSelected(True)


def sheet_of(scene: JourneyScene) -> Sheet:
    lay = scene.layout
    # the last cards' soft shadows reach a few units past the grid
    grid = QRectF(MARGIN, MARGIN + TITLE_H, lay.width + 4, lay.height + 4)
    width = max(grid.right() + MARGIN, _title_width(scene) + 2 * MARGIN)
    return Sheet(width, grid.bottom() + MARGIN, grid)


# ----- drawing --------------------------------------------------------------------------
def _title_font(size: int, bold: bool) -> QFont:
    font = QFont(st.FONT_FAMILY)
    font.setPixelSize(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def title_lines(journey: JourneyMap) -> tuple[str, str]:
    """The title block's two lines, in the map's language."""
    info = journey.info
    language = info.language if info.language in _WORDS else "en"
    words = _WORDS[language]
    parts = []
    if info.version_label:
        parts.append(f"{words['version']} {info.version_label}")
    if info.review_date:
        parts.append(f"{words['review']} {info.review_date}")
    try:
        parts.append(vocab_label(Scenario(info.scenario), language))
    except ValueError:
        if info.scenario:
            parts.append(info.scenario)
    return info.title or "—", "   ·   ".join(parts)


def _legend(scene: JourneyScene) -> list[tuple[QColor, str]]:
    """The personas whose curves the emotion lane shows: (colour, name)."""
    if not scene.emotion_lanes:
        return []
    fm = QFontMetricsF(_title_font(13, False))
    return [(QColor(p.color), fm.elidedText(p.name or "—", Qt.TextElideMode.ElideRight,
                                            LEGEND_NAME_MAX))
            for p in scene.journey.personas if p.id not in scene.hidden_personas]


def _legend_width(scene: JourneyScene) -> float:
    fm = QFontMetricsF(_title_font(13, False))
    return sum(LEGEND_SWATCH + 6 + fm.horizontalAdvance(name) + 20
               for _color, name in _legend(scene))


def _title_width(scene: JourneyScene) -> float:
    title, meta = title_lines(scene.journey)
    legend = _legend_width(scene)
    meta_w = QFontMetricsF(_title_font(15, False)).horizontalAdvance(meta)
    # a very long title is elided rather than widening the sheet without end
    return max(min(QFontMetricsF(_title_font(30, True)).horizontalAdvance(title), TITLE_MAX_W),
               min(meta_w, TITLE_MAX_W) + (legend + 32 if legend else 0))


def _paint_legend(painter: QPainter, scene: JourneyScene, right: float, y: float) -> None:
    """Persona colours of the emotion curves, right-aligned on the title block's 2nd line."""
    font = _title_font(13, False)
    fm = QFontMetricsF(font)
    painter.setFont(font)
    x = right - _legend_width(scene) + 20
    for color, name in _legend(scene):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(x, y + 12 - LEGEND_SWATCH / 2, LEGEND_SWATCH,
                                       LEGEND_SWATCH), 3, 3)
        x += LEGEND_SWATCH + 6
        painter.setPen(LIGHT.text)
        width = fm.horizontalAdvance(name)
        painter.drawText(QRectF(x, y, width + 2, 24),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        x += width + 20


def paint_sheet(painter: QPainter, scene: JourneyScene, sheet: Sheet,
                exposed: QRectF | None = None) -> None:
    """Draw the sheet in sheet units (the painter is already scaled); ``exposed`` limits
    the grid drawing to the part of the sheet that shows (a tile)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    area = QRectF(0, 0, sheet.width, sheet.height)
    painter.fillRect(area if exposed is None else area.intersected(exposed), QColor("#FFFFFF"))
    title, meta = title_lines(scene.journey)
    text_w = sheet.width - 2 * MARGIN
    painter.setPen(LIGHT.text)
    painter.setFont(_title_font(30, True))
    elide = Qt.TextElideMode.ElideRight
    fm = QFontMetricsF(painter.font())
    painter.drawText(QRectF(MARGIN, MARGIN, text_w, 44),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     fm.elidedText(title, elide, text_w))
    painter.setPen(LIGHT.text_soft)
    painter.setFont(_title_font(15, False))
    legend_w = _legend_width(scene)
    meta_w = text_w - (legend_w + 32 if legend_w else 0)
    painter.drawText(QRectF(MARGIN, MARGIN + 48, meta_w, 24),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     QFontMetricsF(painter.font()).elidedText(meta, elide, meta_w))
    _paint_legend(painter, scene, sheet.width - MARGIN, MARGIN + 48)
    painter.setPen(LIGHT.grid_line)
    y = MARGIN + TITLE_H - 12
    painter.drawLine(QPointF(MARGIN, y), QPointF(sheet.width - MARGIN, y))
    grid = sheet.grid
    source = QRectF(0, 0, grid.width(), grid.height())
    target = QRectF(grid)
    if exposed is not None:
        visible = grid.intersected(exposed)
        if visible.isEmpty():
            return
        source = visible.translated(-grid.left(), -grid.top())
        target = visible
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)


# ----- PNG ------------------------------------------------------------------------------
def _tick(progress: Progress) -> None:
    if progress is not None:
        progress()


def png_bytes(source: Source, dpi: int = 150, progress: Progress = None) -> bytes:
    if not 24 <= dpi <= 1200:
        raise RenderError(f"the resolution {dpi} dpi is outside 24–1200")
    scene = scene_for(source)
    _tick(progress)
    with clean_render(scene):
        sheet = sheet_of(scene)
        zoom = dpi / SCENE_DPI
        size = QSize(math.ceil(sheet.width * zoom), math.ceil(sheet.height * zoom))
        if max(size.width(), size.height()) > MAX_PIXELS_SIDE:
            fits = math.floor(MAX_PIXELS_SIDE * SCENE_DPI / max(sheet.width, sheet.height))
            lower = f"a resolution of at most {fits} dpi, or " if fits >= 24 else ""
            raise RenderError(
                f"the image would be {size.width()} × {size.height()} pixels, over the limit "
                f"of {MAX_PIXELS_SIDE:,} a side; choose {lower}export an SVG or a tiled PDF "
                "instead (cjm-desktop convert MAP out.pdf --tiled)")
        image = QImage(size, QImage.Format.Format_RGB32)
        if image.isNull():
            raise RenderError(f"not enough memory for a {size.width()} × {size.height()} image")
        image.fill(QColor("#FFFFFF"))
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        painter.scale(zoom, zoom)
        paint_sheet(painter, scene, sheet)
        painter.end()
    _tick(progress)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the stubs want the format as bytes; PySide6 accepts it only as str
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RenderError("the PNG image could not be encoded")
    buffer.close()
    return bytes(data.data())


def render_png(source: Source, path: str, dpi: int = 150, progress: Progress = None) -> None:
    """Write the whole map as a PNG at ``dpi`` (96 dpi = screen size at 100 %)."""
    write_export(path, png_bytes(source, dpi, progress))


# ----- SVG ------------------------------------------------------------------------------
def svg_bytes(source: Source, progress: Progress = None,
              svg_text: str = TEXT_AS_PATHS) -> bytes:
    """The SVG of the whole map; RenderError when it would exceed :data:`MAX_SVG_BYTES`.

    Text is drawn as the outlines of its glyphs (``svg_text="paths"``, the default: the file
    looks the same with or without the font), each keeping its words as a ``<title>``; or
    kept as selectable text with its font family named (``"text"``)."""
    scene = scene_for(source)
    _check_svg_text(scene.journey)
    _tick(progress)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with clean_render(scene):
        sheet = sheet_of(scene)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(math.ceil(sheet.width), math.ceil(sheet.height)))
        generator.setViewBox(QRectF(0, 0, math.ceil(sheet.width), math.ceil(sheet.height)))
        generator.setResolution(int(SCENE_DPI))
        generator.setTitle(scene.journey.info.title or "Journey map")
        generator.setDescription(title_lines(scene.journey)[1])
        painter = QPainter(generator)
        paint_sheet(painter, scene, sheet)
        painter.end()
    buffer.close()
    if data.size() > MAX_SVG_BYTES:
        raise _svg_too_large()
    svg = finish_svg(xml_safe(bytes(data.data())), svg_text)
    if len(svg) > MAX_SVG_BYTES:
        raise _svg_too_large()
    return svg


# Characters XML 1.0 cannot hold; QSvgGenerator writes card text as it is, so a control
# character in a card (vertical tab, ESC, …) would make the file not well-formed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(svg: bytes) -> bytes:
    """The SVG with every character XML forbids replaced by a space (U+FFFD for the
    non-characters), so any XML parser reads it."""
    text = svg.decode("utf-8", errors="replace")
    if not _NOT_XML.search(text):
        return svg
    return _NOT_XML.sub(lambda m: " " if m.group() < "\x20" else "\ufffd",
                        text).encode("utf-8")


def _svg_too_large() -> RenderError:
    return RenderError(f"the SVG would be larger than {MAX_SVG_BYTES // 2**20} MB, the limit "
                       "for SVG files; export a PNG or PDF instead, or a smaller map")


def _check_svg_text(journey: JourneyMap) -> None:
    """Refuse before drawing when the cards' text alone would pass the SVG limit (each
    character is written at least once, as XML text)."""
    total = 0
    for card in journey.cards.values():
        total += len(card.text)
        if total > MAX_SVG_BYTES:
            raise _svg_too_large()


def render_svg(source: Source, path: str, progress: Progress = None,
               svg_text: str = TEXT_AS_PATHS) -> None:
    """Write the whole map as an SVG (text as outlines, or as text: see svg_bytes)."""
    write_export(path, svg_bytes(source, progress, svg_text))


# ----- PDF ------------------------------------------------------------------------------
def tile_room(page: str) -> tuple[float, float]:
    """The scene units a tiled ``page`` ("A4", "A3") shows at the tiles' least zoom."""
    size = QPageSize(PAGE_SIZES[page]).size(QPageSize.Unit.Millimeter)
    width = size.height() - 2 * PAGE_MARGIN_MM  # landscape
    height = size.width() - 2 * PAGE_MARGIN_MM - LABEL_STRIP_MM
    per_mm = SCENE_DPI / 25.4 / TILE_ZOOM
    return width * per_mm, height * per_mm


def pdf_bytes(source: Source, page: str = "A4", tiled: bool = False,
              progress: Progress = None, insights: bool = False,
              comments: bool = False) -> bytes:
    if page not in PAGE_SIZES:
        raise RenderError(f"unknown page size {page!r}; use A4 or A3")
    scene = scene_for(source)
    _tick(progress)
    journey = scene.journey
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(journey.info.title or "Journey map")
    writer.setCreator("CJM Desktop")
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page]),
                                     QPageLayout.Orientation.Landscape, margins,
                                     QPageLayout.Unit.Millimeter))
    paint = writer.pageLayout().paintRectPixels(PDF_RESOLUTION)
    device_per_unit = PDF_RESOLUTION / SCENE_DPI  # device pixels per scene unit at 100 %
    label_h = LABEL_STRIP_MM / 25.4 * PDF_RESOLUTION
    painter = QPainter()
    if not painter.begin(writer):
        raise RenderError("the PDF could not be started")
    notes = numbered_notes(journey) if comments else []
    try:
        with clean_render(scene), note_markers(scene, notes):
            sheet = sheet_of(scene)
            if not tiled:
                scale = min(paint.width() / sheet.width, paint.height() / sheet.height,
                            FIT_MAX_ZOOM * device_per_unit)
                painter.save()
                painter.translate((paint.width() - sheet.width * scale) / 2, 0)
                painter.scale(scale, scale)
                paint_sheet(painter, scene, sheet)
                painter.restore()
            else:
                _paint_tiles(painter, writer, scene, sheet, paint.width(),
                             paint.height() - label_h, TILE_ZOOM * device_per_unit, label_h,
                             progress)
        if insights:  # a last page: the insights report (canvas/insights_page)
            from .insights_page import paint_insights_page

            writer.newPage()
            paint_insights_page(painter, QRectF(0, 0, paint.width(), paint.height()), journey)
        if notes:  # the comments as numbered notes (canvas/comment_notes)
            paint_notes(painter, QRectF(0, 0, paint.width(), paint.height()), journey, notes,
                        writer.newPage)
    finally:
        painter.end()
    buffer.close()
    return searchable_spaces(bytes(data.data()))


_CMAP = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_ARRAY = re.compile(rb"\[[^\]]*\]")
_CONTROL = re.compile(rb"<00[01][0-9A-Fa-f]>")


def searchable_spaces(pdf: bytes) -> bytes:
    """Make word spaces searchable. Nanum Gothic's space glyph is also the glyph of U+0001
    in its cmap, and Qt names the glyph by the first code it finds, so the PDF's ToUnicode
    map said U+0001 and text viewers glued words together. The maps are stored plainly;
    rewriting ``<0001>`` as ``<0020>`` keeps every length and offset of the file."""
    def fix_range(match: re.Match[bytes]) -> bytes:
        return _ARRAY.sub(lambda a: _CONTROL.sub(b"<0020>", a.group(0)), match.group(0))

    return _CMAP.sub(fix_range, pdf)


def _paint_tiles(painter: QPainter, writer: QPdfWriter, scene: JourneyScene, sheet: Sheet,
                 page_w: float, page_h: float, scale: float, label_h: float,
                 progress: Progress) -> None:
    """A key page (the whole map, the tiles outlined and named), then one page per tile
    (canvas/tiles.py), each labelled under it: "A1 · title · 2/7"."""
    tiles = plan(scene, page_w / scale, page_h / scale)
    # every tile at one zoom (pages fit together), as large as the largest tile allows
    lay = scene.layout
    widest = max(t.piece.width() for t in tiles) + lay.lane_w
    tallest = max(t.piece.height() for t in tiles) + lay.header_h
    scale = max(scale, min(page_w / widest, page_h / tallest,
                           FIT_MAX_ZOOM * PDF_RESOLUTION / SCENE_DPI))
    total = len(tiles) + 1
    title = scene.journey.info.title
    fit = min(page_w / sheet.width, page_h / sheet.height)
    painter.save()
    painter.translate((page_w - sheet.width * fit) / 2, 0)
    painter.scale(fit, fit)
    paint_sheet(painter, scene, sheet)
    paint_key(painter, tiles, sheet.grid, PDF_RESOLUTION / 25.4 / fit)
    painter.restore()
    strip_unit = scale  # the labels' type: 11 scene px at the tiles' zoom
    key_name = KEY_WORDS.get(scene.journey.info.language, KEY_WORDS["en"])
    paint_label(painter, QRectF(0, page_h, page_w, label_h), key_name, title, 1, total,
                strip_unit)
    for number, tile in enumerate(tiles, start=2):
        _tick(progress)
        writer.newPage()
        painter.save()
        painter.setClipRect(QRectF(0, 0, page_w, page_h))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(scale, scale)
        paint_tile(painter, scene, tile)
        painter.restore()
        paint_label(painter, QRectF(0, page_h, page_w, label_h), tile.label, title, number,
                    total, strip_unit)
    scene.set_header_offset(0.0, 0.0)


def render_pdf(source: Source, path: str, page: str = "A4", tiled: bool = False,
               progress: Progress = None, insights: bool = False,
               comments: bool = False) -> None:
    """Write the whole map as a landscape PDF with real, searchable text: fitted to one
    page, or tiled over several pages at a readable size (a key page first, then pages
    labelled "A1", "A2", … "B1" like spreadsheet cells, and "2/7"); with
    ``insights``, an Insights page at the end; with ``comments``, each commented card
    numbered on the map and the comments as numbered notes on pages at the end."""
    write_export(path, pdf_bytes(source, page, tiled, progress, insights, comments))


def render_file(source: Source, path: str, *, dpi: int = 150, page: str = "A4",
                tiled: bool = False, progress: Progress = None,
                insights: bool = False, svg_text: str = TEXT_AS_PATHS,
                comments: bool = False) -> None:
    """Render by the file name's extension: .png, .svg or .pdf. ``progress`` is called
    now and then during a long render (the window keeps its busy dialog painted);
    ``svg_text`` says how an SVG holds its text ("paths" or "text")."""
    name = str(path).lower()
    if name.endswith(".png"):
        render_png(source, path, dpi, progress)
    elif name.endswith(".svg"):
        render_svg(source, path, progress, svg_text)
    elif name.endswith(".pdf"):
        render_pdf(source, path, page, tiled, progress, insights, comments)
    else:
        raise RenderError("images are written as .png, .svg or .pdf")
