"""The table sheets of the stakeholder workbook: cards, personas, pain points & opportunities,
About, and the very hidden ``_cjm`` data sheet.

The cards sheet is an Excel table (with its filter buttons) whose columns are
:data:`card_columns.CARD_COLUMNS`; list validations on kind, channel, category, severity,
status and scope offer the names in the map's language, so stakeholder edits stay
importable. ``_cjm`` holds the map's ``.cjm.json`` text in chunks down column A.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from ..model import Card, JourneyMap
from ..model.entities import LIST_FIELDS_OF_PERSONA, get_path
from ..model.vocab import (
    CardKind,
    Channel,
    ChecklistAnswer,
    ChecklistQuestion,
    Scenario,
    Settlement,
    label,
    shown,
)
from .card_columns import CARD_COLUMNS, COLUMN_BY_KEY, placement_names, show, show_row
from .xlsx_safe import put, put_raw_text
from .xlsx_style import fit_row_heights, fit_words, header_width, landscape, soft, text_units
from .xlsx_text import word

CARDS_TABLE = "Cards"
DATA_CHUNK = 8000  # characters per cell of the data sheet: far below Excel's 32,767 units
HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top", horizontal="left")
VALIDATED = ("kind", "channel", "category", "severity", "status", "scope")
ALWAYS_SHOWN = ("text", "id", "stage", "step", "lane", "kind", "notes")

PERSONA_FIELDS: tuple[str, ...] = (
    "name", "color", "age", "gender", "occupation", "location", "family", "income",
    "urban_rural", "quote", "bio", "personality", *LIST_FIELDS_OF_PERSONA,
    "segment.age_group", "segment.region", "segment.purchase_pattern",
    "empathy.says", "empathy.thinks", "empathy.does", "empathy.feels", "empathy.pains",
    "empathy.gains",
)


def _header_row(ws: Worksheet, headers: list[str]) -> None:
    for index, text in enumerate(headers, 1):
        cell = put(ws, 1, index, text)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_cards_sheet(ws: Worksheet, journey: JourneyMap, language: str) -> None:
    headers = [column.header(language) for column in CARD_COLUMNS]
    _header_row(ws, headers)
    row = 1
    cell_at = ws.cell
    names = placement_names(journey)
    used: set[int] = set()
    wrapped: StyleArray | None = None  # the style of a wrapped plain cell, stamped on each
    widths = [max(column.width, header_width(headers[index]))
              for index, column in enumerate(CARD_COLUMNS)]
    for row, card in enumerate(journey.ordered_cards(), 2):
        for col, value in enumerate(show_row(card, journey, language, names), 1):
            if value is not None:
                used.add(col)
                if not isinstance(value, str):
                    cell_at(row, col, value)
                    continue
                cell = put(ws, row, col, value)
                if "\n" not in value and (len(value) * 2 < widths[col - 1] - 1 or
                                          text_units(value) < widths[col - 1] - 1):
                    continue  # fits on one line: no need to wrap (keeps big exports fast)
                styled: Any = cell  # openpyxl's per-cell style array is private, untyped
                if wrapped is not None and not cell.quotePrefix:
                    styled._style = StyleArray(wrapped)  # what cell.alignment = WRAP makes
                else:
                    cell.alignment = WRAP
                    if not cell.quotePrefix:
                        wrapped = StyleArray(styled._style)
    last_row = max(row, 2)
    ref = f"A1:{get_column_letter(len(CARD_COLUMNS))}{last_row}"
    table = Table(displayName=CARDS_TABLE, ref=ref, autoFilter=AutoFilter(ref=ref))
    # Naming the columns here stops openpyxl from reading the whole range back at save
    # time (which creates every empty cell of the table and doubles the export time).
    table.tableColumns = [TableColumn(id=index, name=name)
                          for index, name in enumerate(headers, 1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)
    for index, column in enumerate(CARD_COLUMNS, 1):
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension.width = widths[index - 1]
        # a column no card uses is hidden, so no printed page holds only empty columns
        # (unhide it in Excel to fill it in)
        dimension.hidden = index not in used and column.key not in ALWAYS_SHOWN
    ws.freeze_panes = "B2"
    fit_words(ws)
    fit_row_heights(ws, 2)
    landscape(ws, fit_width=False, title_rows="1:1", title_cols="A:A", pages_wide=2)

    for key in VALIDATED:
        column = COLUMN_BY_KEY[key]
        assert column.vocabulary is not None
        choices = [label(value, language) for value in column.vocabulary]
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                                    allow_blank=True, showErrorMessage=True,
                                    errorTitle=column.header(language),
                                    error=", ".join(choices))
        letter = get_column_letter(CARD_COLUMNS.index(column) + 1)
        validation.add(f"{letter}2:{letter}{max(last_row, 1000)}")
        ws.add_data_validation(validation)


# Persona fields that take a vocabulary value or free text: values are shown by their name.
PERSONA_VOCABULARIES: dict[str, type[StrEnum]] = {
    "urban_rural": Settlement, "preferred_channels": Channel,
}


def _persona_value(value: object, field: str, language: str) -> object:
    vocabulary = PERSONA_VOCABULARIES.get(field)
    if isinstance(value, list):
        if vocabulary is not None:
            value = [shown(vocabulary, str(item), language) for item in value]
        return "\n".join(value) or None
    if value in ("", None):
        return None
    if vocabulary is not None and isinstance(value, str):
        return shown(vocabulary, value, language)
    return value


def write_personas_sheet(ws: Worksheet, journey: JourneyMap, language: str) -> None:
    put(ws, 1, 1, word("field", language)).font = HEAD_FONT
    ws.cell(1, 1).fill = HEAD_FILL
    for row, name in enumerate(PERSONA_FIELDS, 2):
        put(ws, row, 1, word(f"p.{name}", language)).font = HEAD_FONT
        ws.cell(row, 1).alignment = WRAP
    for col, persona in enumerate(journey.personas, 2):
        head = put(ws, 1, col, persona.name or persona.id)
        head.font = HEAD_FONT
        tint = soft(persona.color, 0.3)
        head.fill = PatternFill("solid", start_color=tint, end_color=tint)
        for row, name in enumerate(PERSONA_FIELDS, 2):
            value = _persona_value(get_path(persona, name), name, language)
            if value is not None:
                put(ws, row, col, value).alignment = WRAP
        # wide columns for few personas: fewer wrapped lines, so fewer printed pages
        ws.column_dimensions[get_column_letter(col)].width = max(
            36, min(60, 100 // max(1, len(journey.personas))))
    ws.column_dimensions["A"].width = 26
    ws.freeze_panes = "B2"
    fit_row_heights(ws, 2)
    landscape(ws, title_cols="A:A", pages_tall=1)  # one page per persona sheet


def _card_label(card: Card | None) -> str | None:
    return f"{card.text} [{card.id}]" if card is not None else None


def write_pains_sheet(ws: Worksheet, journey: JourneyMap, language: str) -> None:
    cols = ["id", "stage", "lane", "text", "category", "severity", "touchpoint_id", "whys"]
    opp_cols = ["owner", "status", "impact", "effort"]
    headers = [word("id", language), word("stage", language), word("lane", language),
               word("pain_point", language)]
    headers += [COLUMN_BY_KEY[key].header(language) for key in cols[4:]]
    headers.append(word("opportunity", language))
    headers += [COLUMN_BY_KEY[key].header(language) for key in opp_cols]
    _header_row(ws, headers)
    cards = journey.ordered_cards()
    names = placement_names(journey)
    opportunities = [c for c in cards if c.kind == CardKind.OPPORTUNITY]
    fixes: dict[str, list[Card]] = {}
    for opportunity in opportunities:
        for pain_id in opportunity.opportunity.pain_points if opportunity.opportunity else ():
            fixes.setdefault(pain_id, []).append(opportunity)
    linked: set[str] = set()
    row = 2

    def write_opportunities(chosen: list[Card], first_col: int) -> None:
        if chosen:
            put(ws, row, first_col, "\n".join(_card_label(o) or "" for o in chosen))
            ws.cell(row, first_col).alignment = WRAP
        for offset, key in enumerate(opp_cols, 1):
            values = [show(COLUMN_BY_KEY[key], o, journey, language, names) for o in chosen]
            text = "\n".join(str(v) for v in values if v is not None)
            if text:
                put(ws, row, first_col + offset, text).alignment = WRAP

    for card in cards:
        if card.kind != CardKind.PAIN_POINT:
            continue
        values = [show(COLUMN_BY_KEY[key], card, journey, language, names) for key in cols]
        touchpoint = card.pain_point.touchpoint if card.pain_point else None
        values[6] = _card_label(journey.cards.get(touchpoint)) if touchpoint else None
        whys = card.pain_point.whys if card.pain_point else []
        values[7] = "\n".join(f"{n}. {why}" for n, why in enumerate(whys, 1)) or None
        for col, value in enumerate(values, 1):
            if value is not None:
                put(ws, row, col, value).alignment = WRAP
        chosen = fixes.get(card.id, [])
        linked.update(o.id for o in chosen)
        write_opportunities(chosen, len(cols) + 1)
        row += 1
    for opportunity in opportunities:
        if opportunity.id not in linked:
            put(ws, row, 2, names[opportunity.stage]).alignment = WRAP
            put(ws, row, 3, names[opportunity.lane]).alignment = WRAP
            write_opportunities([opportunity], len(cols) + 1)
            row += 1
    widths = [8, 16, 14, 36, 12, 10, 28, 44, 36, 14, 12, 8, 8]
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = max(
            width, header_width(headers[index - 1]))
    ws.freeze_panes = "B2"
    fit_words(ws)
    fit_row_heights(ws, 2)
    landscape(ws, title_rows="1:1")
    if row > 2:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{row - 1}"


def write_about_sheet(ws: Worksheet, journey: JourneyMap, language: str,
                      format_version: int) -> None:
    info = journey.info
    rows = [
        ("title", info.title), ("description", info.description), ("owner", info.owner),
        ("version_label", info.version_label), ("review_date", info.review_date),
        ("scenario", label(Scenario(info.scenario), language)),
        ("language", word(f"lang.{info.language}", language)),
        ("created", info.created), ("modified", info.modified),
        ("format_version", format_version), ("generator", f"CJM Desktop {__version__}"),
        ("how_to_edit", word("how_to_edit.text", language)),
    ]
    for row, (key, value) in enumerate(rows, 1):
        label_cell = put(ws, row, 1, word(key, language))
        label_cell.font = HEAD_FONT
        label_cell.alignment = WRAP
        if value not in (None, ""):
            put(ws, row, 2, value).alignment = WRAP
    row = len(rows) + 2
    put(ws, row, 1, word("checklist", language)).font = Font(bold=True, size=12)
    row += 1
    for col, key in enumerate(("question", "answer", "note"), 1):
        cell = put(ws, row, col, word(key, language))
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
    for item in journey.checklist:
        row += 1
        put(ws, row, 1, label(ChecklistQuestion(item.question), language)).alignment = WRAP
        if item.answer:
            put(ws, row, 2, label(ChecklistAnswer(item.answer), language)).alignment = WRAP
        if item.note:
            put(ws, row, 3, item.note).alignment = WRAP
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 40
    fit_row_heights(ws)
    landscape(ws)


def write_data_sheet(ws: Worksheet, text: str) -> None:
    for row, start in enumerate(range(0, max(1, len(text)), DATA_CHUNK), 1):
        put_raw_text(ws, row, 1, text[start:start + DATA_CHUNK])
    ws.sheet_state = "veryHidden"

