"""Import a journey map from an Excel workbook.

Two kinds of workbook are read:

* **The app's own workbook** (it has the very hidden ``_cjm`` sheet). The map is read from
  the ``.cjm.json`` text held there, so an untouched workbook gives back the identical map.
  Then stakeholder edits in the cards sheet ("Touchpoints & cards" / "접점·카드") are merged
  by card ID; **the cards sheet wins where it differs** from what the export wrote:
  - a cell still holding what was exported changes nothing (so text cut at Excel's limit,
    or tags containing commas, survive untouched);
  - a changed cell sets that field (text, notes, tags, votes, kind, channel, online, team,
    ratings, category, severity, links, whys, impact, effort, owner, status, scope, KPI
    values, colour); changed Stage / Step / Lane names move the card to that existing cell;
  - a row with an empty ID adds a new card to the named stage / step / lane;
  - rows deleted from the sheet do NOT delete cards (a filter or a slip must never lose
    work), and columns the app does not know are ignored. The Journey and Personas sheets'
    edits follow (``xlsx_sheet_edits``); the other sheets are for reading.
  Every problem is collected with its cell and reported in one MapFileError.
* **A plain table**: the first sheet with a header row naming Stage and Text columns
  (Korean or English; see ``table_import``) is turned into a new map.

Any file that is not a readable workbook raises MapFileError, never another exception.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..model import Card, JourneyMap, ModelError
from ..model.vocab import CardKind
from .card_columns import COLUMN_BY_KEY, EDITABLE_COLUMNS, is_blank, read, same, show
from .cjm_json import MAX_FILE_BYTES, loads
from .errors import MapFileError, clip, read_input_bytes
from .import_report import ImportCancelled, ImportReport
from .table_import import (
    HEADER_SEARCH_ROWS,
    build_map,
    header_keys,
    looks_like_header,
    raise_problems,
)
from .xlsx_limits import (
    MAX_XLSX_BYTES,
    SheetRows,
    check_archive,
    data_sheet_text,
    dimensions_not_scanned,
    read_rows,
    refuse_merged,
)
from .xlsx_safe import clean_text
from .xlsx_text import DATA_SHEET, sheet_names

_LINKS = ("pain_point.touchpoint", "opportunity.pain_points")


def import_xlsx(path: str | os.PathLike[str], report: ImportReport | None = None) -> JourneyMap:
    """Read a workbook (the app's own, or a plain table). Every failure is a MapFileError;
    what was made and skipped goes to ``report``."""
    name = os.fsdecode(os.fspath(path))
    report = report if report is not None else ImportReport(path=name)
    raw = read_input_bytes(name, MAX_XLSX_BYTES, "a workbook")
    stream = check_archive(raw, name)
    try:
        with dimensions_not_scanned():
            workbook = load_workbook(stream, read_only=True, data_only=True)
    except MapFileError:
        raise
    except OSError as error:
        raise MapFileError(name, "", f"cannot open the file: {error.strerror or error}") from None
    except Exception as error:  # openpyxl raises many types for damaged files
        raise MapFileError(name, "", f"not a readable Excel workbook: {_why(error)}") from None
    try:
        if DATA_SHEET in workbook.sheetnames:
            journey = _own_workbook(workbook, name, report)
            report.count(journey)
            return journey
        return _plain_table(workbook, name, report, stream)
    except (MapFileError, ImportCancelled):
        raise
    except Exception as error:
        raise MapFileError(name, "", f"the workbook is damaged: {_why(error)}") from None
    finally:
        workbook.close()


def _as_cell(name: str) -> str:
    """A name as its cell holds it after export (see ``xlsx_safe.clean_text``)."""
    return clean_text(name).strip()


def _why(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return text[:200] or type(error).__name__


def _rows(ws: Worksheet, path: str, last_row: int | None = None) -> SheetRows:
    """The sheet's rows holding a value, read within the limits of ``xlsx_limits``."""
    return read_rows(ws, path, last_row)


# ----- plain table ---------------------------------------------------------------------
def _plain_table(workbook: Any, path: str, report: ImportReport,
                 source: io.BytesIO) -> JourneyMap:
    for ws in workbook.worksheets:
        report.check()
        head = _rows(ws, path, HEADER_SEARCH_ROWS).rows
        for number, cells in head:
            if looks_like_header(cells):
                title = ws.title
                sheet = _rows(ws, path)
                refuse_merged(path, title, sheet, number)
                rows = sheet.rows

                def locate(row: int, col: int, title: str = title) -> str:
                    if col < 0:
                        return f"{title}, row {row}"
                    return f"{title}!{get_column_letter(col + 1)}{row}"

                report.source = f"sheet {title!r}" + (
                    f" (of {len(workbook.worksheets)} sheets)"
                    if len(workbook.worksheets) > 1 else "")
                body = [r for r in rows if r[0] > number]
                if _has_formulas(source):
                    _use_formula_text(ws, path, body, locate, report)
                return build_map(path, number, cells, body, locate, report)
    raise MapFileError(path, "", "no sheet has a header row with Stage, Lane and Text columns "
                       "(단계, 레인, 텍스트), and it is not a workbook exported by CJM Desktop")


def _has_formulas(source: io.BytesIO) -> bool:
    """Whether any worksheet of the file holds a formula (scanned in chunks, not loaded)."""
    source.seek(0)
    with zipfile.ZipFile(source) as archive:
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                continue
            with archive.open(info) as stream:
                tail = b""
                while chunk := stream.read(1 << 20):
                    if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                        return True
                    tail = chunk[-4:]
    return False


def _use_formula_text(ws: Worksheet, path: str, body: list[tuple[int, list[Any]]],
                      locate: Callable[[int, int], str], report: ImportReport) -> None:
    """A formula cell the spreadsheet saved without its value (data_only reads None) is
    imported as its formula text, and the report names the cell."""
    by_row = dict(read_rows(ws, path, data_only=False).rows)
    for number, cells in body:
        written = by_row.get(number, [])
        for index, value in enumerate(written):
            if isinstance(value, str) and value.startswith("=") and (
                    index >= len(cells) or cells[index] is None):
                cells.extend([None] * (index + 1 - len(cells)))
                cells[index] = value
                report.change(locate(number, index), f"a formula without a saved value: "
                              f"imported as its text {value[:80]!r} (open and save the "
                              "workbook in Excel to get its value)")


# ----- the app's own workbook ----------------------------------------------------------
def _own_workbook(workbook: Any, path: str, report: ImportReport) -> JourneyMap:
    text = data_sheet_text(workbook[DATA_SHEET], path, MAX_FILE_BYTES)
    try:
        journey = loads(text, path)
    except MapFileError as error:
        where = f"sheet {DATA_SHEET}" + (f", {error.where}" if error.where else "")
        raise MapFileError(path, where, error.message) from None
    names = sheet_names("cards")
    sheet = next((workbook[n] for n in names if n in workbook.sheetnames), None)
    report.source = "a workbook exported by CJM Desktop" + (
        f", with the edits of its sheet {sheet.title!r}" if sheet is not None else "")
    if sheet is not None:
        before = len(journey.cards)
        CardsMerge(journey, sheet, path).run()
        if len(journey.cards) > before:
            report.change("", f"{len(journey.cards) - before} new cards from rows without "
                          "an ID")
    _journey_and_personas(workbook, journey, loads(text, path), path, report)
    return journey


def _journey_and_personas(workbook: Any, journey: JourneyMap, exported: JourneyMap, path: str,
                          report: ImportReport) -> None:
    """The edits of the Journey and Personas sheets (``xlsx_sheet_edits``)."""
    from .xlsx_sheet_edits import merge_journey_sheet, merge_personas_sheet

    for key, merge in (("journey", merge_journey_sheet), ("personas", merge_personas_sheet)):
        ws = next((workbook[n] for n in sheet_names(key) if n in workbook.sheetnames), None)
        if ws is not None:
            merge(journey, exported, ws, path, report)


class CardsMerge:
    """Apply the edits made in the cards sheet to the map read from ``_cjm``."""

    def __init__(self, journey: JourneyMap, ws: Worksheet, path: str) -> None:
        self.journey = journey
        self.ws = ws
        self.path = path
        self.language = journey.info.language
        self.problems: list[tuple[str, str]] = []
        self.links: list[tuple[str, dict[str, Any], str]] = []

    def where(self, row: int, col: int) -> str:
        if col < 0:
            return f"{self.ws.title}, row {row}"
        return f"{self.ws.title}!{get_column_letter(col + 1)}{row}"

    def run(self) -> None:
        sheet = _rows(self.ws, self.path)
        refuse_merged(self.path, self.ws.title, sheet, 1)
        rows = sheet.rows
        if not rows:
            return
        keys = header_keys(rows[0][1])
        self.columns = {key: index for index, key in enumerate(keys)
                        if key is not None and key in COLUMN_BY_KEY}
        for number, cells in rows[1:]:
            values = {key: cells[index] if index < len(cells) else None
                      for key, index in self.columns.items()}
            if all(is_blank(v) for v in values.values()):
                continue
            card_id = "" if is_blank(values.get("id")) else str(values["id"]).strip()
            if not card_id:
                self.add_card(number, values)
            elif card_id in self.journey.cards:
                self.edit_card(number, card_id, values)
            else:
                self.problems.append((self.where(number, self.columns["id"]),
                                      f"no card with ID {card_id!r} in this map "
                                      "(clear the ID to add a new card)"))
        for card_id, changes, place in self.links:
            self.apply(card_id, changes, place)
        raise_problems(self.path, self.problems)

    def apply(self, card_id: str, changes: dict[str, Any], place: str) -> None:
        try:
            self.journey.update_card(card_id, changes)
        except ModelError as error:
            self.problems.append((place, str(error)))

    def changed_fields(self, number: int, card: Card | None,
                       values: dict[str, Any]) -> dict[str, Any] | None:
        """Parsed values of the cells that differ from the export (None: a bad cell)."""
        changes: dict[str, Any] = {}
        ok = True
        kind = card.kind if card is not None else CardKind.NOTE.value
        if "kind" in values and not is_blank(values["kind"]):
            try:
                kind = read(COLUMN_BY_KEY["kind"], values["kind"])
            except ValueError as error:
                self.problems.append((self.where(number, self.columns["kind"]), str(error)))
                return None
        for column in EDITABLE_COLUMNS:
            if column.key not in values:
                continue
            value = values[column.key]
            if card is not None:
                shown = show(column, card, self.journey, self.language)
                if isinstance(shown, str):
                    shown = clean_text(shown)
                if same(value, shown):
                    continue
            elif is_blank(value):
                continue
            place = self.where(number, self.columns[column.key])
            owner = column.owner_kind
            if owner is not None and owner != kind:
                if not is_blank(value):
                    self.problems.append((place, f"{column.en} does not apply to a "
                                          f"{kind.replace('_', ' ')} card"))
                    ok = False
                continue
            assert column.path is not None  # EDITABLE_COLUMNS all have one
            try:
                changes[column.path] = read(column, value)
            except ValueError as error:
                self.problems.append((place, str(error)))
                ok = False
        changes["kind"] = kind
        return changes if ok else None

    def target_cell(self, number: int, values: dict[str, Any],
                    card: Card | None) -> tuple[str, str | None, str] | None:
        journey = self.journey
        stage_name = "" if is_blank(values.get("stage")) else str(values["stage"]).strip()
        step_name = "" if is_blank(values.get("step")) else str(values["step"]).strip()
        lane_name = "" if is_blank(values.get("lane")) else str(values["lane"]).strip()
        if card is not None:
            stage = journey.stage(card.stage)
            step = journey.find_step(card.step)[1].name if card.step else ""
            lane = journey.lane(card.lane).title
            if (stage_name, step_name, lane_name) in ((_as_cell(stage.name), _as_cell(step),
                                                       _as_cell(lane)), ("", "", "")):
                return card.cell
        # Names are compared as the export wrote them (cleaned, cut at Excel's limit).
        stage_match = [s for s in journey.stages if _as_cell(s.name) == stage_name]
        lane_match = [ln for ln in journey.lanes if _as_cell(ln.title) == lane_name]
        place = self.where(number, -1)
        if not stage_match:
            self.problems.append((place, f"no stage named {clip(stage_name)} in this map"))
            return None
        if not lane_match:
            self.problems.append((place, f"no lane named {clip(lane_name)} in this map"))
            return None
        stage = stage_match[0]
        step_id = None
        if stage.steps:
            steps = [st for st in stage.steps if _as_cell(st.name) == step_name]
            if not steps:
                self.problems.append((place, f"stage {clip(stage.name)} has no step "
                                      f"named {clip(step_name)}"))
                return None
            step_id = steps[0].id
        return (stage.id, step_id, lane_match[0].id)

    def edit_card(self, number: int, card_id: str, values: dict[str, Any]) -> None:
        card = self.journey.cards[card_id]
        changes = self.changed_fields(number, card, values)
        cell = self.target_cell(number, values, card)
        if changes is None or cell is None:
            return
        place = self.where(number, -1)
        if cell != card.cell:
            try:
                self.journey.move_card(card_id, cell)
            except ModelError as error:
                self.problems.append((place, str(error)))
                return
        if changes["kind"] == card.kind:
            del changes["kind"]
        later = {path: changes.pop(path) for path in _LINKS if path in changes}
        if changes:
            self.apply(card_id, changes, place)
        if later:
            self.links.append((card_id, later, place))

    def add_card(self, number: int, values: dict[str, Any]) -> None:
        place = self.where(number, -1)
        if is_blank(values.get("text")):
            self.problems.append((place, "a new card (no ID) needs a Text"))
            return
        changes = self.changed_fields(number, None, values)
        cell = self.target_cell(number, values, None)
        if changes is None or cell is None:
            return
        card = Card(id=self.journey.new_id("card"), kind=changes.pop("kind"))
        card.stage, card.step, card.lane = cell
        later = {path: changes.pop(path) for path in _LINKS if path in changes}
        try:
            self.journey.add_card(card)
        except ModelError as error:
            self.problems.append((place, str(error)))
            return
        if changes:
            self.apply(card.id, changes, place)
        if later:
            self.links.append((card.id, later, place))
