"""Stakeholder edits in the Journey and Personas sheets of the app's own workbook.

The workbook's very hidden ``_cjm`` sheet holds the map exactly as it was exported, and the
two sheets are laid out from it deterministically, so the export itself is the mapping from
a cell back to ids (docs/merge.md):

- **Journey**: the lane of row ``first + i`` is the map's i-th lane, the x position of column
  ``2 + j`` its j-th point (a step, or a stage without steps); the cell's lines are the cards of
  that cell in their order, one ``• text`` line each. A cell still holding what was exported
  changes nothing. Otherwise its lines are matched to the exported cards in order: a changed
  line changes that card's text, a line more adds a card to the cell; a line removed deletes
  nothing (like a row removed from the cards sheet), and the report says so. The emotion lane
  is for reading.
- **Personas**: column ``2 + k`` is the k-th persona, row ``2 + n`` the n-th field of
  ``xlsx_sheets.PERSONA_FIELDS``; a cell that differs from the export sets that field (lists
  one item a line; channels and urban / rural read in either language).

Where the cards sheet already changed a card's text, the cards sheet wins.
"""

from __future__ import annotations

import difflib
from typing import Any

from ..model import Card, JourneyMap, ModelError
from ..model.entities import get_path
from ..model.vocab import DEFAULT_CARD_KIND, CardKind, LaneKind, parse
from .card_columns import color_text
from .import_report import ImportReport
from .xlsx_journey import HEADER_ROW
from .xlsx_limits import read_rows
from .xlsx_safe import clean_text
from .xlsx_sheets import PERSONA_FIELDS, PERSONA_VOCABULARIES, _persona_value

BULLET = "• "


def _cells(ws: Any, path: str) -> dict[tuple[int, int], Any]:
    table: dict[tuple[int, int], Any] = {}
    for number, values in read_rows(ws, path).rows:
        for index, value in enumerate(values):
            if value is not None:
                table[(number, index + 1)] = value
    return table


def _text(value: Any) -> str:
    return "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n")


def _line(text: str) -> str:
    text = text.strip()
    for bullet in ("•", "·", "-", "*"):
        if text.startswith(bullet):
            return text[len(bullet):].strip()
    return text


def merge_journey_sheet(journey: JourneyMap, exported: JourneyMap, ws: Any, path: str,
                        report: ImportReport) -> None:
    """Apply the edits of the Journey sheet ``ws`` to ``journey`` (``exported``: the map the
    workbook was written from)."""
    cells = _cells(ws, path)
    first = HEADER_ROW + (2 if any(stage.steps for stage in exported.stages) else 1)
    points = exported.points()
    for lane_index, lane in enumerate(exported.lanes):
        if lane.kind == LaneKind.EMOTIONS:
            continue
        for point_index, (stage_id, step_id) in enumerate(points):
            cell = (stage_id, step_id, lane.id)
            cards = exported.cards_in(cell)
            written = clean_text("\n".join(BULLET + card.text for card in cards))
            raw = cells.get((first + lane_index, 2 + point_index))
            value = _text(raw)
            if raw == written or (raw is None and not written) or (
                    value.strip() == _text(written).strip()):
                continue
            where = f"{ws.title}!{_column(2 + point_index)}{first + lane_index}"
            lines = [_line(line) for line in value.split("\n") if _line(line)]
            _apply_lines(journey, exported, cell, cards, lines, where, report)


def _apply_lines(journey: JourneyMap, exported: JourneyMap, cell: tuple[str, str | None, str],
                 cards: list[Card], lines: list[str], where: str, report: ImportReport) -> None:
    before = [clean_text(card.text) for card in cards]
    matcher = difflib.SequenceMatcher(a=before, b=lines, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(a1 - a0, b1 - b0) if op == "replace" else 0
        for offset in range(paired):
            card = cards[a0 + offset]
            current = journey.cards.get(card.id)
            if current is None or current.text != card.text:
                continue  # the cards sheet changed it: the cards sheet wins
            _edit(journey, card.id, {"text": lines[b0 + offset]}, where, report)
        for line in lines[b0 + paired:b1]:
            kind = DEFAULT_CARD_KIND.get(LaneKind(exported.lane(cell[2]).kind),
                                         CardKind.NOTE).value
            card = Card(id=journey.new_id("card"), kind=kind, stage=cell[0], step=cell[1],
                        lane=cell[2], text=line)
            try:
                journey.add_card(card)
                report.change(where, f"new card {line[:40]!r} from a line of the Journey sheet")
            except ModelError as error:
                report.skip(where, str(error))
        if a1 - a0 > paired:
            report.skip(where, f"{a1 - a0 - paired} line(s) removed from the cell: the cards "
                        "stay (delete them in the map)")


def _edit(journey: JourneyMap, card_id: str, changes: dict[str, Any], where: str,
          report: ImportReport) -> None:
    try:
        journey.update_card(card_id, changes)
    except ModelError as error:
        report.skip(where, str(error))


def merge_personas_sheet(journey: JourneyMap, exported: JourneyMap, ws: Any, path: str,
                         report: ImportReport) -> None:
    """Apply the edits of the Personas sheet ``ws`` to ``journey``."""
    cells = _cells(ws, path)
    language = exported.info.language
    for col, persona in enumerate(exported.personas, 2):
        if persona.id not in {p.id for p in journey.personas}:
            continue
        changes: dict[str, Any] = {}
        for row, name in enumerate(PERSONA_FIELDS, 2):
            written = _persona_value(get_path(persona, name), name, language)
            value = cells.get((row, col))
            if _same(value, written):
                continue
            where = f"{ws.title}!{_column(col)}{row}"
            try:
                changes[name] = _field_value(get_path(persona, name), name, value)
            except ValueError as error:
                report.skip(where, str(error))
        if changes:
            try:
                journey.update_persona(persona.id, changes)
                report.change(f"{ws.title}!{_column(col)}",
                              f"persona {persona.name!r}: {', '.join(changes)}")
            except ModelError as error:
                report.skip(f"{ws.title}!{_column(col)}", str(error))


def _same(value: Any, written: Any) -> bool:
    if value is None or (isinstance(value, str) and not value.strip()):
        return written is None
    if isinstance(written, str) or isinstance(value, str):
        return _text(value).strip() == _text(written).strip()
    return bool(value == written)


def _field_value(current: Any, name: str, value: Any) -> Any:
    vocabulary = PERSONA_VOCABULARIES.get(name)
    if isinstance(current, list):
        items = [line.strip() for line in _text(value).split("\n") if line.strip()]
        if vocabulary is not None:
            items = [(found.value if (found := parse(vocabulary, item)) else item)
                     for item in items]
        return items
    if name == "age":
        if value is None or _text(value).strip() == "":
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"an age is a whole number, not {_text(value)[:40]!r}") from None
        if number != int(number):
            raise ValueError("an age is a whole number")
        return int(number)
    text = _text(value).strip()
    if name == "color":
        return color_text(text)  # a persona always has one: a cleared cell is refused
    if vocabulary is not None and text:
        found = parse(vocabulary, text)
        return found.value if found is not None else text
    return text


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


__all__ = ["merge_journey_sheet", "merge_personas_sheet"]
