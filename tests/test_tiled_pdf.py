"""The tiled PDF: cuts at stage boundaries, no sliver pages, the lane column beside the
map (never over it), pages labelled A1, A2, … after a key page. Checked on the cut
geometry, on a tile drawn as a picture and on the PDF's text."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.canvas import style as st
from cjm_desktop.canvas.render import pdf_bytes, scene_for, tile_room
from cjm_desktop.canvas.tiles import MIN_SHARE, cuts, paint_tile, plan, row_name
from cjm_desktop.files import load_map
from cjm_desktop.files.templates import sample_path
from cjm_desktop.render_cli import _headless_app

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) is not installed")
A3_ROOM = tile_room("A3")


def test_cuts_fall_on_stage_boundaries_balanced():
    # two pages are needed; of the stage boundaries only 550 makes pieces that fit
    assert cuts(0, 1000, 600, preferred=[300, 550, 900], fallback=[]) == [0, 550, 1000]


def test_a_sliver_stage_is_avoided_by_cutting_between_columns():
    # at the stage boundary the second page would hold 100 of 1000 units: cut at a step
    assert cuts(0, 1100, 1000, preferred=[1000], fallback=[500, 700]) == [0, 500, 1100]


def test_a_span_that_fits_is_one_piece_and_rows_are_named_like_spreadsheet_columns():
    assert cuts(10, 400, 500, [100], [200]) == [10, 400]
    assert [row_name(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


@pytest.fixture(scope="module")
def scene():
    _headless_app()
    return scene_for(load_map(sample_path("en")))


def test_the_sample_is_cut_at_a_stage_boundary_with_no_small_page(scene):
    lay = scene.layout
    tiles = plan(scene, *A3_ROOM)
    assert len({t.column for t in tiles}) > 1 and len({t.row for t in tiles}) > 1
    stage_edges = {round(x, 3) for x, _w in lay.stage_spans.values()}
    room_w, room_h = A3_ROOM[0] - lay.lane_w, A3_ROOM[1] - lay.header_h
    for tile in tiles:
        if tile.column > 0:
            assert round(tile.piece.left(), 3) in stage_edges, tile.label
        assert tile.piece.left() >= lay.lane_w and tile.piece.top() >= lay.header_h
        assert tile.piece.width() <= room_w + 1e-6 and tile.piece.height() <= room_h + 1e-6
        assert tile.piece.width() >= MIN_SHARE * room_w, tile.label  # no sliver
        assert tile.piece.height() >= MIN_SHARE * room_h, tile.label
    # together the pieces hold the whole grid exactly once
    area = sum(t.piece.width() * t.piece.height() for t in tiles)
    whole = max(t.piece.right() for t in tiles) - lay.lane_w
    tall = max(t.piece.bottom() for t in tiles) - lay.header_h
    assert area == pytest.approx(whole * tall)
    assert [t.label for t in tiles][:2] == ["A1", "A2"]


def test_the_lane_column_sits_beside_the_piece_never_over_it(scene):
    lay = scene.layout
    tile = next(t for t in plan(scene, *A3_ROOM) if t.label == "A2")
    first = next(s for s in scene.journey.stages
                 if lay.stage_spans[s.id][0] == pytest.approx(tile.piece.left()))
    image = QImage(int(lay.lane_w + tile.piece.width()), int(lay.header_h + 40),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    paint_tile(painter, scene, tile)
    painter.end()
    scene.set_header_offset(0.0, 0.0)
    # just right of the lane column: the piece's first stage band, not the lane column
    band = st.band(first.color, 0.82, scene.appearance)
    seen = image.pixelColor(QPointF(lay.lane_w + 6, lay.header_h / 2 + 16).toPoint())
    assert abs(seen.red() - band.red()) + abs(seen.green() - band.green()) + abs(
        seen.blue() - band.blue()) < 12, (seen.name(), band.name())
    # and the corner holds no map: it is the lane column's own top
    corner = image.pixelColor(QPointF(lay.lane_w - 6, 6).toPoint())
    assert corner == scene.appearance.header_bg or corner.name() == "#ffffff"


@needs_poppler
def test_tiled_pdf_has_a_key_page_then_labelled_tiles(tmp_path, scene):
    journey = load_map(sample_path("en"))
    path = tmp_path / "tiled.pdf"
    path.write_bytes(pdf_bytes(journey, "A3", tiled=True))
    tiles = plan(scene_for(journey), *A3_ROOM)

    def page_text(number: int) -> str:
        return subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), "-layout",
                               str(path), "-"], capture_output=True, text=True,
                              encoding="utf-8", check=True).stdout

    total = len(tiles) + 1
    key = page_text(1)
    assert "Key to the pages" in key and f"1/{total}" in key
    for tile in tiles:
        assert tile.label in key  # the key names every tile
    for number, tile in enumerate(tiles, start=2):
        text = page_text(number)
        assert text.split()[0] != "" and f"{tile.label} " in text and f"{number}/{total}" in text
    for stage in journey.stages:  # every stage is on some tile page, its name whole
        assert any(stage.name in page_text(n) for n in range(2, total + 1)), stage.name
