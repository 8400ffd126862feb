"""Hostile imports: Excel workbooks, CSV tables, Mermaid text and persona photos. Whatever
the input, the importer returns a map or raises its documented error — MapFileError naming
the file (and the place where there is one) for maps, PhotoError for photos.

CI runs a modest number of generated inputs; ``pytest -m slow`` runs thousands.
"""

from __future__ import annotations

import io
import os
import random
import tempfile
import zipfile
from pathlib import Path

import pytest
from fuzz_budget import slow_count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.app import ensure_app
from cjm_desktop.files import MapFileError, dumps, loads, map_to_dict
from cjm_desktop.files.csv_io import csv_text, import_csv, import_csv_text
from cjm_desktop.files.formats import read_any
from cjm_desktop.files.mermaid import export_mermaid, import_mermaid
from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_export import workbook_bytes
from cjm_desktop.files.xlsx_import import import_xlsx
from cjm_desktop.panels.photo import PhotoError, photo_from_bytes

ensure_app()
FOLDER = Path(tempfile.mkdtemp(prefix="cjm-fuzz-"))
SAMPLE = load_sample("ko")
XLSX = workbook_bytes(SAMPLE)
CSV = csv_text(SAMPLE)
MERMAID = export_mermaid(SAMPLE)
HEADER = "Stage,Step,Lane,Kind,Text,Notes,Tags,Votes\n"


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


ci, ci_small = _settings(60), _settings(30)
slow = _settings(slow_count(3000))


def check_map(read, source, name: str) -> None:
    try:
        journey = read(source)
    except MapFileError as error:
        assert os.path.basename(error.path) == os.path.basename(name), str(error)
        assert error.message
        return
    assert map_to_dict(loads(dumps(journey))) == map_to_dict(journey)


def write(data: bytes, suffix: str) -> Path:
    path = FOLDER / f"fuzz{suffix}"
    path.write_bytes(data)
    return path


# ----- xlsx ---------------------------------------------------------------------------------
def _members() -> list[str]:
    with zipfile.ZipFile(io.BytesIO(XLSX)) as archive:
        return archive.namelist()


MEMBERS = _members()


@st.composite
def damaged_workbooks(draw) -> bytes:
    kind = draw(st.sampled_from(["truncate", "flip", "member", "drop"]))
    if kind == "truncate":
        return XLSX[: draw(st.integers(min_value=0, max_value=len(XLSX)))]
    if kind == "flip":
        raw = bytearray(XLSX)
        for _ in range(draw(st.integers(min_value=1, max_value=6))):
            at = draw(st.integers(min_value=0, max_value=len(raw) - 1))
            raw[at] ^= draw(st.integers(min_value=1, max_value=255))
        return bytes(raw)
    # Rebuild the archive with one part damaged or missing: zip-level checks pass.
    victim = draw(st.sampled_from(MEMBERS))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(XLSX)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == victim:
                if kind == "drop":
                    continue
                cut = draw(st.integers(min_value=0, max_value=len(content)))
                content = content[:cut] + draw(st.binary(max_size=40)) + content[cut + 1:]
            target.writestr(info.filename, content)
    return out.getvalue()


@ci_small
@given(damaged_workbooks())
def test_damaged_workbooks(raw):
    path = write(raw, ".xlsx")
    check_map(import_xlsx, path, str(path))


@ci_small
@given(st.binary(max_size=4000))
def test_random_bytes_as_a_workbook(raw):
    path = write(raw, ".xlsx")
    check_map(read_any, path, str(path))


def test_hostile_plain_table_workbooks():
    from openpyxl import Workbook

    rng = random.Random(7)
    hostile = [None, 10**30, -1e308, float("nan"), "=1+1", "@SUM(A1)", "x" * 40_000, "\t\r\n",
               True, 3.5, "", "   ", "단계", "#zzz"]
    for _ in range(40):
        workbook = Workbook()
        sheet = workbook.active
        sheet.append(["Stage", "Step", "Lane", "Kind", "Text", "Votes", "Tags", "Severity"])
        for _row in range(rng.randint(0, 12)):
            sheet.append([rng.choice(hostile) for _ in range(8)])
        out = io.BytesIO()
        workbook.save(out)
        path = write(out.getvalue(), ".xlsx")
        check_map(import_xlsx, path, str(path))


# ----- csv ----------------------------------------------------------------------------------
@st.composite
def damaged_csv(draw) -> str:
    text = draw(st.sampled_from([CSV, HEADER + "a,b,c\n"]))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        piece = draw(st.one_of(st.text(max_size=12), st.sampled_from(
            ['"', '""', ",", "\n", "\r", "\x00", "=cmd", "99999999999999999999", "-1e400",
             "Severity", "Votes", "x" * 10_000])))
        text = text[:at] + piece + text[at + draw(st.integers(min_value=0, max_value=5)):]
    return text


@ci
@given(st.one_of(damaged_csv(), st.text(max_size=400), st.text(max_size=300).map(
    lambda t: HEADER + t)))
def test_hostile_csv_text(text):
    check_map(lambda t: import_csv_text(t, "fuzz.csv"), text, "fuzz.csv")


@ci_small
@given(st.binary(max_size=2000))
def test_hostile_csv_bytes(raw):
    path = write(raw, ".csv")
    check_map(import_csv, path, str(path))


# ----- mermaid ------------------------------------------------------------------------------
@st.composite
def damaged_mermaid(draw) -> str:
    lines = MERMAID.splitlines()
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        at = draw(st.integers(min_value=0, max_value=len(lines)))
        lines.insert(at, draw(st.one_of(st.text(max_size=30), st.sampled_from([
            "section", "title", "  task: 99999999999999999999: a", "task: nan: x", "t: -1e999",
            "x:5:" + "," * 500, "journey", "%% comment", ":", "::", "section " + "긴" * 10_000,
        ]))))
        if lines and draw(st.booleans()):
            del lines[draw(st.integers(min_value=0, max_value=len(lines) - 1))]
    return "\n".join(lines)


@ci
@given(st.one_of(damaged_mermaid(), st.text(max_size=300),
                 st.text(max_size=300).map(lambda t: "journey\n" + t)))
def test_hostile_mermaid(text):
    check_map(lambda t: import_mermaid(t, "fuzz.mmd"), text, "fuzz.mmd")


# ----- photos -------------------------------------------------------------------------------
def _image_bytes(fmt: str) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("#4C78A8"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt)
    return bytes(buffer.data().data())


IMAGES = [_image_bytes("PNG"), _image_bytes("JPEG")]


def check_photo(raw: bytes) -> None:
    try:
        uri = photo_from_bytes(raw, "fuzz.png")
    except PhotoError as error:
        assert str(error)
        return
    assert uri.startswith("data:image/")


@st.composite
def damaged_images(draw) -> bytes:
    raw = bytearray(draw(st.sampled_from(IMAGES)))
    if draw(st.booleans()):
        return bytes(raw[: draw(st.integers(min_value=0, max_value=len(raw)))])
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        at = draw(st.integers(min_value=0, max_value=len(raw) - 1))
        raw[at] ^= draw(st.integers(min_value=1, max_value=255))
    return bytes(raw)


@ci
@given(st.one_of(damaged_images(), st.binary(max_size=2000)))
def test_hostile_photos(raw):
    check_photo(raw)


def test_photo_declaring_a_huge_size_is_refused():
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 6, 0,
                                                               0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + chunk(b"IEND", b""))
    with pytest.raises(PhotoError):
        photo_from_bytes(png, "bomb.png")


# ----- the long run -------------------------------------------------------------------------
@pytest.mark.slow
@slow
@given(st.one_of(damaged_csv(), damaged_mermaid(), damaged_images(), st.binary(max_size=3000)))
def test_hostile_imports_slow(value):
    """Thousands of generated CSV, Mermaid and photo inputs: ``pytest -m slow``."""
    if isinstance(value, str):
        check_map(lambda t: import_csv_text(t, "fuzz.csv"), value, "fuzz.csv")
        check_map(lambda t: import_mermaid(t, "fuzz.mmd"), value, "fuzz.mmd")
    else:
        check_photo(value)
        check_map(lambda t: import_csv_text(t.decode("utf-8", "replace"), "fuzz.csv"),
                  value, "fuzz.csv")


@pytest.mark.slow
@_settings(slow_count(1500))
@given(damaged_workbooks())
def test_damaged_workbooks_slow(raw):
    """Workbooks are slower to read: 1,500 in the slow run."""
    path = write(raw, ".xlsx")
    check_map(import_xlsx, path, str(path))
