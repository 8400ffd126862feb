"""CSV of cards: export (one row per card) and import (a plain table, see ``table_import``).

Export writes the columns of the workbook's cards sheet with headers in the map's language,
as UTF-8 with a BOM (so Excel detects the encoding) and CRLF line ends, atomically.
Because a CSV opened in a spreadsheet would evaluate ``=…`` cells, text starting with
``=``, ``+``, ``-``, ``@``, tab or CR (or with an apostrophe before one of those) gets one
leading apostrophe; the importer removes exactly that apostrophe, so text round-trips.
A NUL character (which would make the file binary) is written as U+FFFD. Besides the card
rows, each stage's persona scores are written as rows with Persona and Score (and To-be
score, Emotion label; the emotion's note in Notes) and no Text, so personas and emotions
come back on import. Card columns added after those score columns (Author) follow them, so
no column of an older export moves.

Import reads UTF-8 (with or without BOM), else CP949 (Korean Excel's "CSV" encoding);
the delimiter may be a comma, semicolon or tab.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from typing import Any

from ..model import JourneyMap, Persona, Stage, Step
from ..model.field_labels import FIELD_BY_KEY
from ..model.vocab import EmotionLabel, label
from .atomic import atomic_write_bytes
from .bounded_read import MAX_TABLE_ROWS, megabytes
from .card_columns import CARD_COLUMNS, placement_names, show_row
from .errors import MapFileError, read_input_bytes
from .import_report import ImportReport
from .table_import import HEADER_SEARCH_ROWS, build_map, looks_like_header

MAX_CSV_BYTES = 100 * 1024 * 1024
MAX_CSV_LINES = 1_048_576  # rows of a spreadsheet, blank ones included
# A cell may be as long as the export writes it (the csv module's default stops at 131,072).
csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_BYTES))
# what a spreadsheet would read as a formula (same list as xlsx_safe, kept free of openpyxl)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EMOTION_KEYS = ("persona", "score", "to_be", "emotion_label")
# card columns newer than the score columns: written after them, so no older column moves
LATE_CARD_KEYS = ("author",)
_EARLY = [i for i, column in enumerate(CARD_COLUMNS) if column.key not in LATE_CARD_KEYS]
_LATE = [i for i, column in enumerate(CARD_COLUMNS) if column.key in LATE_CARD_KEYS]
CSV_KEYS: list[str] = ([CARD_COLUMNS[i].key for i in _EARLY] + list(EMOTION_KEYS)
                       + [CARD_COLUMNS[i].key for i in _LATE])


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        text = value.replace("\x00", "\ufffd")  # a NUL would make the file binary
        return "'" + text if _needs_apostrophe(text) else text
    return str(value)


def _card_row(shown: list[Any]) -> list[Any]:
    """A card's cells (in ``CARD_COLUMNS`` order) placed in the CSV's columns."""
    return ([shown[i] for i in _EARLY] + [None] * len(EMOTION_KEYS)
            + [shown[i] for i in _LATE])


def _emotion_row(journey: JourneyMap, language: str, persona: Persona, stage: Stage,
                 step: Step | None) -> list[Any] | None:
    """A score row (Stage, Step, Persona, Score, …; no Text), or None without an emotion."""
    emotion = journey.emotion(persona.id, stage.id, step.id if step else None)
    if emotion is None:
        return None
    row: list[Any] = [None] * len(CSV_KEYS)
    row[CSV_KEYS.index("stage")] = stage.name
    row[CSV_KEYS.index("step")] = step.name if step else None
    row[CSV_KEYS.index("notes")] = emotion.note or None
    row[CSV_KEYS.index("persona")] = persona.name
    row[CSV_KEYS.index("score")] = emotion.score
    row[CSV_KEYS.index("to_be")] = emotion.to_be
    row[CSV_KEYS.index("emotion_label")] = (label(EmotionLabel(emotion.label), language)
                                            if emotion.label else None)
    return row


def csv_rows(journey: JourneyMap) -> list[list[Any]]:
    """The header and the rows: each stage's cards, then its personas' score rows (so
    personas and emotions come back on import); a persona without any score gets a row
    of its own, so it is not lost."""
    language = journey.info.language
    header = [FIELD_BY_KEY[key].header(language) for key in CSV_KEYS]
    rows: list[list[Any]] = [header]
    names = placement_names(journey)
    scored: set[str] = set()
    for stage in journey.stages:
        points: list[Step | None] = list(stage.steps) or [None]
        for point in points:
            for lane in journey.lanes:
                for card in journey.cards_in((stage.id, point.id if point else None, lane.id)):
                    rows.append(_card_row(show_row(card, journey, language, names)))
        for persona in journey.personas:
            for point in points:
                row = _emotion_row(journey, language, persona, stage, point)
                if row is not None:
                    rows.append(row)
                    scored.add(persona.id)
    for persona in journey.personas:
        if persona.id not in scored and journey.stages:
            row = [None] * len(header)
            row[CSV_KEYS.index("stage")] = journey.stages[0].name
            first_step = journey.stages[0].steps[0].name if journey.stages[0].steps else None
            row[CSV_KEYS.index("step")] = first_step
            row[CSV_KEYS.index("persona")] = persona.name
            rows.append(row)
    return rows


def csv_text(journey: JourneyMap) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in csv_rows(journey):
        writer.writerow([_cell_text(v) for v in row])
    return buffer.getvalue()


def export_csv(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write every card as one CSV row (UTF-8 with BOM), atomically.

    A table larger than the import accepts is not written (OSError EFBIG naming the limit)."""
    data = csv_text(journey).encode("utf-8-sig", errors="replace")
    if len(data) > MAX_CSV_BYTES:
        raise OSError(errno.EFBIG, f"the table is too large to write ({megabytes(len(data))}); "
                      f"CSV files up to {megabytes(MAX_CSV_BYTES)} can be imported")
    atomic_write_bytes(path, data)


def _decode(raw: bytes, path: str, report: ImportReport | None = None) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text" (tab-separated)
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as error:
            line = raw[:error.start].decode("utf-16", errors="replace").count("\n") + 1
            raise MapFileError(path, f"line {line}", "not valid UTF-16 text (the file starts "
                               "like UTF-16); save the table from the spreadsheet as \"CSV "
                               "UTF-8\"") from None
        if report is not None:
            report.source = "as UTF-16 text"
        return text
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start  # the first byte that is not UTF-8: the one to point at
    try:
        text = raw.decode("cp949")
    except UnicodeDecodeError as error:
        # Valid UTF-8 letters before the first non-UTF-8 byte: a UTF-8 file with a bad
        # byte (point at it). Only ASCII before it: a CP949 file, bad where CP949 fails.
        bad = error.start if raw[:first_bad].isascii() else first_bad
        line = raw.count(b"\n", 0, bad) + 1
        raise MapFileError(path, f"line {line}", f"byte 0x{raw[bad]:02X} is neither "
                           "UTF-8 nor CP949 (Korean) text; save the table from the "
                           "spreadsheet as \"CSV UTF-8\"") from None
    if report is not None:
        report.source = "as CP949 (Korean) text"
    return text


def _needs_apostrophe(value: str) -> bool:
    return value.startswith(FORMULA_TRIGGERS) or (
        value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS))


def _unquote(value: str) -> str:
    return value[1:] if value.startswith("'") and _needs_apostrophe(value[1:]) else value


DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


def _parse_rows(text: str, path: str) -> tuple[list[tuple[int, list[str]]], str]:
    """The rows with the line each starts on, and the delimiter (from the first line)."""
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    filled = 0  # rows holding a value: blank rows (a spreadsheet's used range) do not count
    try:
        for row in reader:
            filled += any(cell.strip() for cell in row)
            if filled > MAX_TABLE_ROWS + 1:  # the header and up to MAX_TABLE_ROWS rows
                raise MapFileError(path, f"line {start}", "the table has more than "
                                   f"{MAX_TABLE_ROWS:,} rows; the limit is {MAX_TABLE_ROWS:,}")
            if len(rows) >= MAX_CSV_LINES:
                raise MapFileError(path, f"line {start}", "the table has more than "
                                   f"{MAX_CSV_LINES:,} lines, blank ones included; the limit "
                                   f"is {MAX_CSV_LINES:,} (as in a spreadsheet)")
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        raise MapFileError(path, f"line {start}", f"not a valid CSV table: {error} (a "
                           "quote \" that is opened and not closed?)") from None
    return rows, delimiter


def import_csv(path: str | os.PathLike[str], report: ImportReport | None = None) -> JourneyMap:
    """Read a CSV table into a new map. Every failure is a MapFileError; what was made and
    skipped goes to ``report``."""
    name = os.fsdecode(os.fspath(path))
    raw = read_input_bytes(name, MAX_CSV_BYTES, "a CSV file")
    report = report if report is not None else ImportReport(path=name)
    return import_csv_text(_decode(raw, name, report), name, report)


def import_csv_text(text: str, path: str = "<memory>",
                    report: ImportReport | None = None) -> JourneyMap:
    report = report if report is not None else ImportReport(path=path)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise MapFileError(path, f"line {line}", "not a text file (it holds NUL bytes)")
    parsed, delimiter = _parse_rows(text, path)
    encoding = report.source
    report.source = f"with {DELIMITER_NAMES[delimiter]}s between the columns" + (
        f", {encoding}" if encoding else "")
    rows = [(line, [_unquote(cell) for cell in row]) for line, row in parsed]
    for index, (_line, header) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if looks_like_header(header):
            def locate(row: int, col: int, header: list[str] = header) -> str:
                if col < 0:
                    return f"row {row}"
                name = header[col].strip() if col < len(header) and header[col].strip() else \
                    f"#{col + 1}"
                return f"row {row}, column {name}"

            numbered = [(number, row) for number, row in enumerate((r for _, r in rows), 1)
                        if number > index + 1]
            return build_map(path, index + 1, header, numbered, locate, report)
    raise MapFileError(path, "line 1", "no header row with Stage, Lane and Text columns "
                       "(단계, 레인, 텍스트) in the first rows")
