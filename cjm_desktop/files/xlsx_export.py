"""Export a journey map as the stakeholder Excel workbook (PRODUCT.md "The Excel workbook").

Sheets, named in the map's language: Journey, Emotions, Touchpoints & cards, Personas,
Pain points & opportunities, Insights, About — plus ``_cjm``, a very hidden sheet holding
the map's ``.cjm.json`` text so that the app's own workbook imports back into the identical map
(see ``xlsx_import`` for how stakeholder edits in the cards sheet are merged).

Every cell of user text is written through ``xlsx_safe`` (never a formula, no forbidden
characters, cut at Excel's limit). The workbook is built in memory and written with one
atomic replace, so a failed export never leaves a partial file.
"""

from __future__ import annotations

import io
import os

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..model import JourneyMap
from .atomic import atomic_write_bytes
from .cjm_json import MAX_FILE_BYTES, check_writable, dumps
from .migrations import SCHEMA_VERSION
from .xlsx_comments import sheet_name as comments_sheet_name
from .xlsx_comments import write_comments_sheet
from .xlsx_insights import write_insights_sheet
from .xlsx_journey import write_emotions_sheet, write_journey_sheet
from .xlsx_sheets import (
    write_about_sheet,
    write_cards_sheet,
    write_data_sheet,
    write_pains_sheet,
    write_personas_sheet,
)
from .xlsx_style import use_font_family
from .xlsx_text import DATA_SHEET, word


def _data_text(journey: JourneyMap) -> str:
    # U+FFFE/U+FFFF are legal in JSON strings but not in XML: keep them as JSON escapes.
    text = dumps(journey)
    # The workbook carries the whole map: what it holds must open again (one size limit).
    if len(text) > MAX_FILE_BYTES // 4:
        check_writable(text.encode("utf-8", errors="replace"))
    return text.replace("\ufffe", "\\ufffe").replace("\uffff", "\\uffff")


def build_workbook(journey: JourneyMap) -> Workbook:
    language = journey.info.language if journey.info.language in ("ko", "en") else "en"
    workbook = Workbook()
    journey_ws = workbook.active
    assert isinstance(journey_ws, Worksheet)  # a new workbook holds one worksheet
    journey_ws.title = word("sheet.journey", language)
    write_journey_sheet(journey_ws, journey, language)
    write_emotions_sheet(workbook.create_sheet(word("sheet.emotions", language)), journey,
                         language)
    write_cards_sheet(workbook.create_sheet(word("sheet.cards", language)), journey, language)
    write_personas_sheet(workbook.create_sheet(word("sheet.personas", language)), journey,
                         language)
    write_pains_sheet(workbook.create_sheet(word("sheet.pains", language)), journey, language)
    write_insights_sheet(workbook.create_sheet(word("sheet.insights", language)), journey,
                         language)
    write_about_sheet(workbook.create_sheet(word("sheet.about", language)), journey, language,
                      SCHEMA_VERSION)
    if journey.comments:
        write_comments_sheet(workbook.create_sheet(comments_sheet_name(language)), journey,
                             language)
    write_data_sheet(workbook.create_sheet(DATA_SHEET), _data_text(journey))
    workbook.active = 0
    use_font_family(workbook, language)
    return workbook


def workbook_bytes(journey: JourneyMap) -> bytes:
    """The exported workbook as the bytes of an ``.xlsx`` file."""
    buffer = io.BytesIO()
    build_workbook(journey).save(buffer)
    return buffer.getvalue()


def export_xlsx(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write ``journey`` as a workbook to ``path`` atomically (OSError on failure)."""
    atomic_write_bytes(path, workbook_bytes(journey))
