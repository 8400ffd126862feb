"""Pictures of the whole map (PNG, SVG, PDF) and every ``convert`` pair of the command line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cjm_desktop.cli import main
from cjm_desktop.files import load_map
from cjm_desktop.files.formats import read_any, write_any
from cjm_desktop.files.templates import sample_path

BENCH = Path(__file__).resolve().parents[1] / "bench"
IN_FORMATS = (".cjm.json", ".xlsx", ".csv", ".mmd")
OUT_FORMATS = (".cjm.json", ".xlsx", ".csv", ".mmd", ".png", ".svg", ".pdf")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) is not installed")


@pytest.fixture(scope="module")
def sample():
    return load_map(sample_path("ko"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory, sample):
    """The Korean sample in every readable format."""
    folder = tmp_path_factory.mktemp("sources")
    out = {}
    for suffix in IN_FORMATS:
        out[suffix] = folder / f"sample{suffix}"
        write_any(sample, out[suffix])
    return out


def convert(*args: str) -> int:
    return main(["convert", *map(str, args)])


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, encoding="utf-8", check=True).stdout


def pdf_pages(data: bytes) -> int:
    return int(re.search(rb"/Count (\d+)", data).group(1))


def media_box(data: bytes) -> tuple[float, float]:
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    return float(box.group(1)), float(box.group(2))


# ----- PNG ------------------------------------------------------------------------------
def test_png_is_an_image_that_grows_with_the_resolution(sources, tmp_path):
    widths = []
    for dpi in (48, 96):
        dst = tmp_path / f"map{dpi}.png"
        assert convert(sources[".cjm.json"], dst, "--dpi", str(dpi)) == 0
        assert dst.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        image = QImage(str(dst))
        assert not image.isNull()
        assert image.width() > image.height() > 300
        widths.append((image.width(), image.height()))
    (w1, h1), (w2, h2) = widths
    assert w2 == pytest.approx(2 * w1, abs=2) and h2 == pytest.approx(2 * h1, abs=2)


def test_png_over_the_size_limit_is_refused_without_a_file(sources, tmp_path, capsys):
    dst = tmp_path / "huge.png"
    assert convert(sources[".cjm.json"], dst, "--dpi", "1200") == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {dst}: ") and "pixels" in err and "\n" not in err
    assert list(tmp_path.iterdir()) == []


# ----- SVG ------------------------------------------------------------------------------
def test_svg_is_xml_with_the_korean_names_in_it(sources, sample, tmp_path):
    dst = tmp_path / "map.svg"
    assert convert(sources[".cjm.json"], dst) == 0
    root = ET.parse(dst).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox")
    texts = " ".join(t.strip() for t in root.itertext())
    assert sample.info.title in texts
    for stage in sample.stages:
        assert stage.name in texts
    lanes = [lane.title for lane in sample.lanes]
    assert "감정" in lanes and "감정" in texts  # the emotion lane is drawn
    # its faces are vectors like everything else (the screen copies drawn ones, SVG never)
    assert not root.findall(".//{http://www.w3.org/2000/svg}image")


# ----- PDF ------------------------------------------------------------------------------
@needs_poppler
def test_pdf_has_searchable_korean_title_block_and_stage_names(sources, sample, tmp_path):
    dst = tmp_path / "map.pdf"
    assert convert(sources[".cjm.json"], dst) == 0
    data = dst.read_bytes()
    assert data.startswith(b"%PDF") and pdf_pages(data) == 1
    assert b"NanumGothic" in data  # the bundled font is embedded
    text = pdf_text(dst)
    assert sample.info.title in text  # words keep their spaces
    assert "버전 v1.2" in text and "검토일 2027-03-31" in text and "현재 (As-is)" in text
    for stage in sample.stages:
        assert stage.name in text
    for persona in sample.personas:  # the legend of the emotion curves
        assert persona.name in text


def test_pdf_a3_page_is_bigger_than_a4_and_landscape(sources, tmp_path):
    sizes = {}
    for page in ("A4", "A3"):
        dst = tmp_path / f"{page}.pdf"
        assert convert(sources[".cjm.json"], dst, "--page", page) == 0
        sizes[page] = media_box(dst.read_bytes())
    for width, height in sizes.values():
        assert width > height
    assert sizes["A4"] == pytest.approx((842, 595), abs=1)
    assert sizes["A3"][0] > sizes["A4"][0] and sizes["A3"][1] > sizes["A4"][1]


@needs_poppler
@pytest.mark.parametrize("size", ["M", pytest.param("L", marks=pytest.mark.slow)])
def test_tiled_pdf_of_a_big_map_spans_labelled_pages(tmp_path, size):
    sys.path.insert(0, str(BENCH))
    try:
        from mapgen import make_map
    finally:
        sys.path.remove(str(BENCH))
    from cjm_desktop.canvas.render import pdf_bytes
    from cjm_desktop.render_cli import _headless_app

    _headless_app()
    journey = make_map(size)
    data = pdf_bytes(journey, "A3", tiled=True)
    pages = pdf_pages(data)
    assert pages > 1
    dst = tmp_path / "tiled.pdf"
    dst.write_bytes(data)
    text = pdf_text(dst)
    assert f"1/{pages}" in text and f"{pages}/{pages}" in text


# ----- errors ---------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_missing_destination_folder_is_one_error_line(sources, tmp_path, capsys, suffix):
    dst = tmp_path / "no-such-folder" / f"map{suffix}"
    assert convert(sources[".cjm.json"], dst) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {dst}: ")
    assert not dst.parent.exists()


def test_unwritable_destination_leaves_no_partial_file(sources, tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if _can_write(folder):
            pytest.skip("running as a user who can write anywhere")
        assert convert(sources[".cjm.json"], folder / "map.pdf") == 2
        assert capsys.readouterr().err.startswith("error: ")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def _can_write(folder: Path) -> bool:
    try:
        (folder / ".probe").write_bytes(b"")
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_headless_convert_in_a_fresh_process_without_display(sources, tmp_path):
    dst = tmp_path / "map.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "cjm_desktop", "convert",
                             str(sources[".cjm.json"]), str(dst), "--tiled"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert dst.read_bytes().startswith(b"%PDF") and pdf_pages(dst.read_bytes()) > 1


# ----- every pair of PRODUCT.md "Command line" ------------------------------------------
@pytest.mark.parametrize("src_suffix", IN_FORMATS)
@pytest.mark.parametrize("dst_suffix", OUT_FORMATS)
def test_convert_every_pair(sources, sample, tmp_path, src_suffix, dst_suffix):
    dst = tmp_path / f"out{dst_suffix}"
    assert convert(sources[src_suffix], dst, "--dpi", "48") == 0
    data = dst.read_bytes()
    if dst_suffix == ".png":
        assert data.startswith(b"\x89PNG")
    elif dst_suffix == ".svg":
        assert sample.stages[0].name in data.decode("utf-8")
    elif dst_suffix == ".pdf":
        assert data.startswith(b"%PDF")
    else:
        back = read_any(dst)
        assert [s.name for s in back.stages] == [s.name for s in sample.stages]
    assert [p.name for p in tmp_path.iterdir()] == [dst.name]  # no temporary left behind
