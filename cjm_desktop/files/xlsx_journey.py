"""The "Journey" and "Emotions" sheets of the stakeholder workbook.

Journey: the grid as people see it. A title block, stages as columns (steps under a merged
stage header, the stage colour as a soft fill), lanes as rows (lane-kind fill in the header
column), one line per card in each cell, frozen headers, landscape print fitted to the page
width with the header rows and lane column repeated on every page.

Emotions: a point × persona table (as-is then to-be columns) and a native line chart with
one series per persona (as-is scores), drawn in the persona's colour.
"""

from __future__ import annotations

from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..model import JourneyMap
from ..model.vocab import EmotionLabel, LaneKind, Scenario, label, suggested_label
from .xlsx_safe import clean_text, put, writable_cell
from .xlsx_style import (
    BOX,
    CENTRE,
    LINE_HEIGHT,
    MAX_ROW_HEIGHT,
    WRAP_TOP,
    fill,
    landscape,
    soft,
    text_lines,
)
from .xlsx_text import word

LANE_FILLS: dict[str, str] = {
    LaneKind.ACTIONS: "FFF6CC",
    LaneKind.THOUGHTS: "FFF6CC",
    LaneKind.EMOTIONS: "FCE8D5",
    LaneKind.TOUCHPOINTS: "DCE9F7",
    LaneKind.CHANNELS: "DCE9F7",
    LaneKind.PAIN_POINTS: "F9DEDC",
    LaneKind.DESIRED_EXPERIENCE: "E3F1F4",
    LaneKind.OPPORTUNITIES: "DFF2E1",
    LaneKind.KPIS: "E9E1F5",
    LaneKind.BACKSTAGE: "E8E8E8",
    LaneKind.FREE_TEXT: "F2F2F2",
}
HEADER_ROW = 4
LANE_COL_WIDTH = 20
POINT_COL_WIDTH = 30


def score_text(score: float) -> str:
    if score == 0:
        return "0"
    text = f"{score:+.1f}"
    return text[:-2] if text.endswith(".0") else text


def point_names(journey: JourneyMap) -> list[str]:
    """A readable name per x position: the stage, or "stage · step"."""
    names = []
    for stage_id, step_id in journey.points():
        stage = journey.stage(stage_id)
        if step_id is None:
            names.append(stage.name)
        else:
            names.append(f"{stage.name} · {journey.find_step(step_id)[1].name}")
    return names


def emotion_cell_text(journey: JourneyMap, stage_id: str, step_id: str | None,
                      language: str) -> str:
    lines = []
    for persona in journey.personas:
        emotion = journey.emotion(persona.id, stage_id, step_id)
        if emotion is None or (emotion.score is None and emotion.to_be is None):
            continue
        parts = [f"{persona.name}:"]
        if emotion.score is not None:
            parts.append(score_text(emotion.score))
            name = emotion.label or suggested_label(emotion.score).value
            parts.append(label(EmotionLabel(name), language))
        if emotion.to_be is not None:
            parts.append(f"({word('to_be', language)} {score_text(emotion.to_be)})")
        lines.append(" ".join(parts))
    return "\n".join(lines)


def write_journey_sheet(ws: Worksheet, journey: JourneyMap, language: str) -> None:
    info = journey.info
    points = journey.points()
    has_steps = any(stage.steps for stage in journey.stages)
    last_header = HEADER_ROW + (1 if has_steps else 0)
    last_col = 1 + max(1, len(points))

    put(ws, 1, 1, info.title).font = Font(bold=True, size=16)
    meta = [label(Scenario(info.scenario), language)]
    for key, value in (("owner", info.owner), ("version", info.version_label),
                       ("review_date", info.review_date)):
        if value:
            meta.append(f"{word(key, language)}: {value}")
    put(ws, 2, 1, " · ".join(meta)).font = Font(color="595959")
    if info.description:
        put(ws, 3, 1, info.description).font = Font(italic=True, color="595959")

    corner = put(ws, HEADER_ROW, 1, word("stage_lane", language))
    corner.font = Font(bold=True, color="404040")
    corner.alignment = CENTRE
    corner.fill = fill("F2F2F2")
    corner.border = BOX
    if has_steps:
        ws.merge_cells(start_row=HEADER_ROW, start_column=1, end_row=last_header, end_column=1)

    # stage headers (merged over their steps) and step headers
    col = 2
    header_lines = 2
    for stage in journey.stages:
        span = max(1, len(stage.steps))
        text = stage.name
        if stage.desired_experience:
            text += f"\n{stage.desired_experience}"
        header_lines = max(header_lines, text_lines(text, POINT_COL_WIDTH * span))
        cell = put(ws, HEADER_ROW, col, text)
        cell.font = Font(bold=True, size=12)
        cell.alignment = CENTRE
        cell.fill = fill(soft(stage.color, 0.35))
        cell.border = BOX
        if span > 1:
            ws.merge_cells(start_row=HEADER_ROW, start_column=col, end_row=HEADER_ROW,
                           end_column=col + span - 1)
        if has_steps:
            if stage.steps:
                for offset, step in enumerate(stage.steps):
                    step_cell = put(ws, last_header, col + offset, step.name)
                    step_cell.font = Font(bold=True, color="404040")
                    step_cell.alignment = CENTRE
                    step_cell.fill = fill(soft(stage.color, 0.18))
                    step_cell.border = BOX
            else:
                ws.merge_cells(start_row=HEADER_ROW, start_column=col, end_row=last_header,
                               end_column=col)
        col += span
    ws.row_dimensions[HEADER_ROW].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * header_lines + 4)
    if has_steps:
        step_lines = max((text_lines(step.name, POINT_COL_WIDTH) for stage in journey.stages
                          for step in stage.steps), default=1)
        ws.row_dimensions[last_header].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * step_lines + 6)

    # lanes
    row = last_header + 1
    for lane in journey.lanes:
        head = put(ws, row, 1, lane.title or label(LaneKind(lane.kind), language))
        head.font = Font(bold=True)
        head.alignment = WRAP_TOP
        head.fill = fill(LANE_FILLS.get(lane.kind, "F2F2F2"))
        head.border = BOX
        lines_needed = text_lines(str(head.value or ""), LANE_COL_WIDTH)
        for offset, (stage_id, step_id) in enumerate(points):
            if lane.kind == LaneKind.EMOTIONS:
                text = emotion_cell_text(journey, stage_id, step_id, language)
            else:
                text = "\n".join(f"• {card.text}" for card in
                                 journey.cards_in((stage_id, step_id, lane.id)))
            cell = writable_cell(ws, row, 2 + offset)
            cell.alignment = WRAP_TOP
            cell.border = BOX
            if text:
                text = clean_text(text)
                put(ws, row, 2 + offset, text)
                lines_needed = max(lines_needed, text_lines(text, POINT_COL_WIDTH))
        ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines_needed + 4)
        row += 1

    ws.column_dimensions["A"].width = LANE_COL_WIDTH
    for index in range(2, last_col + 1):
        ws.column_dimensions[get_column_letter(index)].width = POINT_COL_WIDTH
    ws.freeze_panes = ws.cell(row=last_header + 1, column=2).coordinate

    landscape(ws, title_rows=f"{HEADER_ROW}:{last_header}", title_cols="A:A")
    ws.sheet_view.zoomScale = 90


def write_emotions_sheet(ws: Worksheet, journey: JourneyMap, language: str) -> None:
    personas = journey.personas
    points = journey.points()
    names = point_names(journey)
    head = put(ws, 1, 1, word("stage_step", language))
    headers = [head]
    for index, persona in enumerate(personas):
        name = persona.name or persona.id
        headers.append(put(ws, 1, 2 + index, word("as_is_col", language).format(name=name)))
        headers.append(put(ws, 1, 2 + len(personas) + index,
                           word("to_be_col", language).format(name=name)))
    for cell in headers:
        cell.font = Font(bold=True)
        cell.fill = fill("F2F2F2")
        cell.alignment = CENTRE
        cell.border = BOX
    for row, ((stage_id, step_id), name) in enumerate(zip(points, names, strict=True), 2):
        put(ws, row, 1, name).border = BOX
        for index, persona in enumerate(personas):
            emotion = journey.emotion(persona.id, stage_id, step_id)
            as_is = ws.cell(row=row, column=2 + index,
                            value=emotion.score if emotion else None)
            to_be = ws.cell(row=row, column=2 + len(personas) + index,
                            value=emotion.to_be if emotion else None)
            as_is.border = to_be.border = BOX
            as_is.number_format = to_be.number_format = "+0.0;-0.0;0"
    ws.column_dimensions["A"].width = 28
    for index in range(2, 2 + 2 * len(personas)):
        ws.column_dimensions[get_column_letter(index)].width = 16
    ws.freeze_panes = "B2"
    landscape(ws)

    if not personas or not points:
        return
    chart = LineChart()
    chart.title = word("chart_title", language)
    chart.y_axis.title = word("score", language)
    chart.y_axis.scaling.min = -2
    chart.y_axis.scaling.max = 2
    chart.y_axis.majorUnit = 1
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.tickLblPos = "low"  # stage names under the plot, not across the 0 line
    chart.height = 9
    # the stubs type the width as int; openpyxl takes centimetres as a float
    chart.width = max(16, min(40, 3 + 2.2 * len(points)))  # type: ignore[assignment]
    data = Reference(ws, min_col=2, max_col=1 + len(personas), min_row=1,
                     max_row=1 + len(points))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=1 + len(points)))
    for series, persona in zip(chart.series, personas, strict=True):
        colour = persona.color.lstrip("#").upper()
        if len(colour) == 6:
            series.graphicalProperties.line.solidFill = colour
            series.marker.symbol = "circle"
            series.marker.graphicalProperties.solidFill = colour
            series.marker.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 28575  # 2.25 pt in EMU
        series.smooth = False
    ws.add_chart(chart, f"A{len(points) + 3}")  # below the table: prints on the same page
