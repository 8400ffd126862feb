# ruff: noqa: E501  (the OOXML boilerplate below is kept verbatim, one part a line)
"""Hostile inputs, generated small: each function returns the bytes of one file.

Kept as code (and, for the small ones, as files in ``corpus/``, written by
``python tests/hostile/cases.py``) so every case found once stays a regression test.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _header_row() -> str:
    return ('<row r="1">' + _cell("A1", "Stage") + _cell("B1", "Lane") + _cell("C1", "Text")
            + "</row>")


def workbook(sheet_xml: str | bytes, *, level: int = 9, extra: dict[str, bytes] | None = None,
             ) -> bytes:
    """A minimal one-sheet workbook around ``sheet_xml`` (the worksheet part)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def dimension_bomb() -> bytes:
    """Declares A1:XFD1048576 and holds one card in the last row (openpyxl pads to it)."""
    return workbook(_SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData>'
                    + _header_row()
                    + '<row r="1048576">' + _cell("A1048576", "Visit")
                    + _cell("B1048576", "Actions") + _cell("C1048576", "last row") + "</row>"
                    + "</sheetData></worksheet>")


def far_cell() -> bytes:
    """A plain table with one value in column XFD."""
    return workbook(_SHEET_HEAD + "<sheetData>" + _header_row()
                    + '<row r="2">' + _cell("A2", "s") + _cell("B2", "l") + _cell("C2", "t")
                    + _cell("XFD2", "far") + "</row></sheetData></worksheet>")


def long_cell() -> bytes:
    """A cell of 40,000 characters: longer than Excel allows (32,767)."""
    return workbook(_SHEET_HEAD + "<sheetData>" + _header_row()
                    + '<row r="2">' + _cell("A2", "s") + _cell("B2", "l")
                    + _cell("C2", "x" * 40_000) + "</row></sheetData></worksheet>")


def merged_cards() -> bytes:
    """A plain table whose Stage cells are merged over two rows."""
    return workbook(_SHEET_HEAD + "<sheetData>" + _header_row()
                    + '<row r="2">' + _cell("A2", "Visit") + _cell("B2", "Actions")
                    + _cell("C2", "one") + "</row>"
                    + '<row r="3">' + _cell("B3", "Actions") + _cell("C3", "two") + "</row>"
                    + '</sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>'
                    + "</worksheet>")


def zip_bomb(unpacked: int = 700 * 2**20) -> bytes:
    """A sheet of ``unpacked`` bytes of blanks (about 230 : 1 at zlib's fastest level,
    which builds the 321 MB part in a third of the time of the best level's 1000 : 1)."""
    out = io.BytesIO()
    base = workbook(_SHEET_HEAD + "<sheetData>" + _header_row() + "</sheetData></worksheet>")
    with zipfile.ZipFile(io.BytesIO(base)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        with target.open("xl/worksheets/padding.xml", "w", force_zip64=True) as stream:
            block = b" " * 2**20
            for _ in range(unpacked // 2**20):
                stream.write(block)
    return out.getvalue()


def many_rows(rows: int = 1_000_000) -> bytes:
    """A plain table of ``rows`` cards (about 1 MB packed)."""
    parts = [_SHEET_HEAD, "<sheetData>", _header_row()]
    parts.extend(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>s</t></is></c>'
                 f'<c r="B{n}" t="inlineStr"><is><t>l</t></is></c>'
                 f'<c r="C{n}" t="inlineStr"><is><t>c</t></is></c></row>'
                 for n in range(2, rows + 2))
    parts.append("</sheetData></worksheet>")
    return workbook("".join(parts).encode("ascii"), level=1)


def encrypted_workbook() -> bytes:
    """What Excel writes for a password-protected workbook: an OLE container, not a zip."""
    name = "EncryptedPackage".encode("utf-16-le")
    return (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + name + b"\0" * 200
            + "EncryptionInfo".encode("utf-16-le") + b"\0" * 300)


def duplicate_cards_key() -> bytes:
    """A map whose ``cards`` key is given twice: the last (empty) one would win."""
    text = json.dumps({"schema_version": 2, "map": {"title": "t"},
                       "stages": [{"id": "s1", "name": "S"}],
                       "lanes": [{"id": "l1", "kind": "actions", "title": "A"}],
                       "cards": [{"id": "c1", "kind": "note", "stage": "s1",
                                  "lane": "l1", "text": "kept"}]}, indent=1)
    return (text[:-1] + ',\n "cards": []\n}').encode()


def v1_list_category() -> bytes:
    """A schema-1 map with a pain point's category given as a list."""
    return json.dumps({"schema_version": 1, "title": "t",
                       "stages": [{"id": "s1", "name": "S"}],
                       "lanes": [{"id": "l1", "kind": "pain_points", "title": "P"}],
                       "cards": [{"id": "c1", "kind": "pain_point", "stage": "s1", "lane": "l1",
                                  "text": "x", "pain_point": {"category": ["재정"]}}]}).encode()


def huge_number() -> bytes:
    """A number of 5,000 digits (Python refuses to read it; its hint must not reach a person)."""
    return b'{"schema_version": 2, "lanes": [{"height": ' + b"9" * 5000 + b"}]}"


def long_value_echo() -> bytes:
    """A stage id of 10,000 characters referenced by a card: the error must stay short."""
    return json.dumps({"schema_version": 2, "stages": [{"id": "s1", "name": "S"}],
                       "lanes": [{"id": "l1", "kind": "actions", "title": "A"}],
                       "cards": [{"id": "c1", "kind": "note", "stage": "x" * 10_000,
                                  "lane": "l1", "text": "t"}]}).encode()


def svg_photo_map() -> bytes:
    """A persona photo that is an SVG pointing at a local file."""
    import base64

    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
           b' width="64" height="64"><image xlink:href="/etc/hostname" width="64" height="64"/>'
           b"</svg>")
    uri = "data:image/png;base64," + base64.b64encode(svg).decode()
    return json.dumps({"schema_version": 2, "map": {"title": "t"},
                       "personas": [{"id": "p1", "name": "P", "photo": uri}]}).encode()


# name -> (generator, fragment of the documented refusal, or None when the file must open)
CORPUS_CASES = {
    "dimension-bomb.xlsx": (dimension_bomb, None),
    "far-cell.xlsx": (far_cell, "the limit is 500 columns"),
    "long-cell.xlsx": (long_cell, "the limit is 32,767"),
    "merged-cells.xlsx": (merged_cards, "merged cells"),
    "encrypted.xlsx": (encrypted_workbook, "protected with a password"),
    "duplicate-key.cjm.json": (duplicate_cards_key, "appears twice"),
    "v1-list-category.cjm.json": (v1_list_category, "category"),
    "huge-number.cjm.json": (huge_number, "too many digits"),
    "long-echo.cjm.json": (long_value_echo, "stage"),
}


def write_corpus() -> None:
    CORPUS.mkdir(exist_ok=True)
    for name, (make, _expected) in CORPUS_CASES.items():
        (CORPUS / name).write_bytes(make())


if __name__ == "__main__":
    write_corpus()
    sys.exit(0)
