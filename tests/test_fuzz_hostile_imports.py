"""Hostile imports read from disk through the one bounded reader: generated workbooks whose
sheets lie about their size, hold values far out, merged ranges, over-long or control-laden
cells; CSV and Mermaid files of damaged bytes. Every one gives a map or the documented
MapFileError naming the file. CI runs a few dozen; ``pytest -m slow`` ≥ 1,000 of each.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from fuzz_budget import slow_count
from hostile.cases import workbook
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from cjm_desktop.files import MapFileError, dumps, loads, map_to_dict
from cjm_desktop.files.csv_io import csv_text
from cjm_desktop.files.formats import read_any
from cjm_desktop.files.mermaid import export_mermaid
from cjm_desktop.files.templates import load_sample

FOLDER = Path(tempfile.mkdtemp(prefix="cjm-hostile-fuzz-"))
SAMPLE = load_sample("en")
CSV = csv_text(SAMPLE).encode("utf-8")
MERMAID = export_mermaid(SAMPLE).encode("utf-8")


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check_file(raw: bytes, suffix: str) -> None:
    path = FOLDER / f"fuzz{suffix}"
    path.write_bytes(raw)
    try:
        journey = read_any(path)
    except MapFileError as error:
        assert error.path == str(path), str(error)
        assert error.message and len(str(error)) < 2500
        return
    assert map_to_dict(loads(dumps(journey))) == map_to_dict(journey)


# ----- workbooks ------------------------------------------------------------------------
cell_text = st.one_of(
    st.sampled_from(["Stage", "Lane", "Text", "단계", "레인", "텍스트", "Kind", "Votes", "=1+1",
                     "pain_point", "Visit", "Actions", ""]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20),
    st.integers(min_value=1, max_value=40).map(lambda n: "x" * (n * 1000)),
)


@st.composite
def hostile_sheets(draw) -> bytes:
    rows: dict[int, dict[int, str]] = {1: {1: "Stage", 2: "Lane", 3: "Text"}}
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        row = draw(st.one_of(st.integers(min_value=2, max_value=30),
                             st.integers(min_value=2, max_value=1_048_576)))
        column = draw(st.one_of(st.integers(min_value=1, max_value=6),
                                st.integers(min_value=1, max_value=16_384)))
        rows.setdefault(row, {})[column] = draw(cell_text)
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet '
             'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
    if draw(st.booleans()):
        declared = draw(st.sampled_from(["A1:XFD1048576", "A1", "B2:A1"]))
        parts.append(f'<dimension ref="{declared}"/>')
    parts.append("<sheetData>")
    for row in sorted(rows):
        parts.append(f'<row r="{row}">')
        for column in sorted(rows[row]):
            ref = f"{get_column_letter(column)}{row}"
            value = rows[row][column]
            if draw(st.booleans()) and value.isdigit():
                parts.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                text = escape("".join(ch for ch in value if ch >= " " or ch in "\t\n"))
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
        parts.append("</row>")
    parts.append("</sheetData>")
    if draw(st.booleans()):
        merged = draw(st.sampled_from(["A2:A3", "A1:C1", "B5:D9", "ZZ9:A1"]))
        parts.append(f'<mergeCells count="1"><mergeCell ref="{merged}"/></mergeCells>')
    parts.append("</worksheet>")
    return workbook("".join(parts).encode("utf-8"))


@_settings(40)
@given(hostile_sheets())
def test_hostile_sheets(raw):
    check_file(raw, ".xlsx")


@pytest.mark.slow
@_settings(slow_count(1_000))
@given(hostile_sheets())
def test_hostile_sheets_slow(raw):
    """≥ 1,000 generated workbooks: ``pytest -m slow``."""
    check_file(raw, ".xlsx")


# ----- CSV and Mermaid files ----------------------------------------------------------------
@st.composite
def damaged_text_file(draw, base: bytes) -> bytes:
    raw = bytearray(base)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        raw[at:at + draw(st.integers(min_value=0, max_value=8))] = draw(st.one_of(
            st.binary(max_size=12),
            st.sampled_from([b'"', b"\r", b"\n", b",", b"\x00", b"\xff", b"\xed\xa0\x80",
                             b"section ", b"title ", b"x" * 200_000, b"=cmd|' /C calc'!A0"])))
    return bytes(raw)


@_settings(40)
@given(st.one_of(damaged_text_file(CSV), st.binary(max_size=500)))
def test_hostile_csv_files(raw):
    check_file(raw, ".csv")


@_settings(40)
@given(st.one_of(damaged_text_file(MERMAID), st.binary(max_size=500)))
def test_hostile_mermaid_files(raw):
    check_file(raw, ".mmd")


@pytest.mark.slow
@_settings(slow_count(1_000))
@given(st.one_of(damaged_text_file(CSV), st.binary(max_size=2000)))
def test_hostile_csv_files_slow(raw):
    """≥ 1,000 damaged CSV files: ``pytest -m slow``."""
    check_file(raw, ".csv")


@pytest.mark.slow
@_settings(slow_count(1_000))
@given(st.one_of(damaged_text_file(MERMAID), st.binary(max_size=2000)))
def test_hostile_mermaid_files_slow(raw):
    """≥ 1,000 damaged Mermaid files: ``pytest -m slow``."""
    check_file(raw, ".mmd")
