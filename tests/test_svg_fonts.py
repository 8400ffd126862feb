"""An exported SVG looks the same on a machine without the map's font: text is drawn as
glyph outlines by default, each keeping its words as a ``<title>``; ``--svg-text`` keeps
selectable text with its font family named. Rendered with QtSvg in a fresh process that
sees no font at all (an empty fontconfig and Qt font folder: no Korean font either).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cjm_desktop.cli import main
from cjm_desktop.files import load_map
from cjm_desktop.files.templates import sample_path

SVG = "{http://www.w3.org/2000/svg}"
RENDER = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    app = QGuiApplication([])
    assert not any("Nanum" in f for f in QFontDatabase.families()), "a Korean font is here"
    renderer = QSvgRenderer(sys.argv[1])
    assert renderer.isValid()
    image = QImage(renderer.defaultSize(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(sys.argv[2])
""")


def render_without_fonts(svg: Path, png: Path, tmp_path: Path) -> QImage:
    """``svg`` drawn by QtSvg in a process that has no font installed at all."""
    empty = tmp_path / "no-fonts"
    empty.mkdir(exist_ok=True)
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><fontconfig><dir>{empty}</dir>'
                      f"<cachedir>{empty}/cache</cachedir></fontconfig>", encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_FONTDIR=str(empty),
               QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", RENDER, str(svg), str(png)], env=env, check=True,
                   timeout=120, capture_output=True)
    image = QImage(str(png))
    assert not image.isNull()
    return image


def render_here(svg: Path) -> QImage:
    """``svg`` drawn in this process, where the bundled font is installed."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    image = QImage(renderer.defaultSize(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def differing_share(a: QImage, b: QImage) -> float:
    """The share of pixels that differ clearly between two pictures of one size (sampled)."""
    assert a.size() == b.size()
    step, differ, total = 3, 0, 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            total += 1
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if max(abs(((pa >> s) & 0xFF) - ((pb >> s) & 0xFF)) for s in (0, 8, 16)) > 64:
                differ += 1
    return differ / total


@pytest.fixture(scope="module")
def svgs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("svg")
    src = sample_path("ko")
    outlines, text = folder / "outlines.svg", folder / "text.svg"
    assert main(["convert", str(src), str(outlines)]) == 0
    assert main(["convert", str(src), str(text), "--svg-text"]) == 0
    return outlines, text


def test_svg_text_is_outlined_and_kept_as_titles(svgs):
    outlines, _text = svgs
    root = ET.parse(outlines).getroot()
    assert root.find(f".//{SVG}text") is None  # no text left that needs a font
    titles = " ".join(t.text or "" for t in root.iter(f"{SVG}title"))
    journey = load_map(sample_path("ko"))
    for name in (journey.info.title, *(s.name for s in journey.stages)):
        assert name in titles  # searchable, read by screen readers
    paths = root.findall(f".//{SVG}path[{SVG}title]")
    assert paths and all(p.get("d", "").startswith("M") for p in paths)


def test_svg_with_text_names_the_font_and_fallbacks(svgs):
    _outlines, text = svgs
    root = ET.parse(text).getroot()
    texts = root.findall(f".//{SVG}text")
    assert texts
    journey = load_map(sample_path("ko"))
    assert any(t.text and journey.stages[0].name in t.text for t in texts)
    assert all("NanumGothic" in t.get("font-family", "") and "sans-serif" in t.get(
        "font-family", "") for t in texts)


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_outlined_svg_looks_the_same_without_any_font(svgs, tmp_path):
    outlines, text = svgs
    with_font = render_here(outlines)
    without = render_without_fonts(outlines, tmp_path / "outlines.png", tmp_path)
    assert differing_share(with_font, without) < 0.001  # the glyphs are all there
    # the check can see missing glyphs: selectable text without the font draws boxes
    text_without = render_without_fonts(text, tmp_path / "text.png", tmp_path)
    assert differing_share(render_here(text), text_without) > 0.01
