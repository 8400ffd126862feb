"""The "Comments" sheet of the stakeholder workbook: every comment thread, one row a comment.

Written only when the map has comments. Columns: number, what it is on (card, stage or
persona, by name, with its id), author, time, text, open / resolved. For reading: comments
come back through the map in the hidden ``_cjm`` sheet, not from this sheet.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from ..model import JourneyMap
from .xlsx_safe import put
from .xlsx_sheets import HEAD_FILL, HEAD_FONT
from .xlsx_style import fit_row_heights, landscape

SHEET_NAMES = ("코멘트", "Comments")
_WORDS: dict[str, tuple[str, str]] = {
    "number": ("번호", "No."), "on": ("대상", "On"), "author": ("작성자", "Author"),
    "time": ("시간", "Time"), "text": ("코멘트", "Comment"), "status": ("상태", "Status"),
    "open": ("열림", "Open"), "resolved": ("해결됨", "Resolved"), "card": ("카드", "Card"),
    "stage": ("단계", "Stage"), "persona": ("페르소나", "Persona"),
    "deleted": ("(삭제됨)", "(deleted)"),
}
_WIDTHS = (6, 36, 16, 18, 60, 10)


def _word(key: str, language: str) -> str:
    korean, english = _WORDS[key]
    return korean if language == "ko" else english


def sheet_name(language: str) -> str:
    return SHEET_NAMES[0] if language == "ko" else SHEET_NAMES[1]


def target_text(journey: JourneyMap, target: str, language: str) -> str:
    kind = journey.target_kind(target)
    if kind == "card":
        name = journey.cards[target].text
    elif kind == "stage":
        name = journey.stage(target).name
    elif kind == "persona":
        name = journey.persona(target).name
    else:
        return f"{_word('deleted', language)} [{target}]"
    short = " ".join(name.split())
    short = short if len(short) <= 60 else short[:59] + "…"
    return f"{_word(kind, language)} “{short}” [{target}]"


def write_comments_sheet(ws: Worksheet, journey: JourneyMap, language: str) -> None:
    keys = ("number", "on", "author", "time", "text", "status")
    for col, key in enumerate(keys, 1):
        cell = put(ws, 1, col, _word(key, language))
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, comment in enumerate(journey.comments, 2):
        values = (row - 1, target_text(journey, comment.target, language), comment.author,
                  comment.time.replace("T", " ")[:16], comment.text,
                  _word("resolved" if comment.resolved else "open", language))
        for col, value in enumerate(values, 1):
            put(ws, row, col, value).alignment = wrap
    for col, width in enumerate(_WIDTHS, 1):
        ws.column_dimensions[chr(ord("A") + col - 1)].width = width
    ws.freeze_panes = "A2"
    fit_row_heights(ws, 2)
    landscape(ws, title_rows="1:1")
