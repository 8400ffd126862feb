"""The workbook's Insights sheet: the tables of ``model.insights`` with native Excel charts.

Sections one under another (pain points per stage × category, touchpoints on expectation ×
performance, opportunities ranked on impact × effort, emotion lows and stage averages, KPIs,
segments × channels, the CX checklist), headers in the map's language, every text written
through ``xlsx_safe.put`` (never a formula). Charts sit to the right of their table: a
column chart of pain points per stage (count and severity-weighted) and a scatter chart for
each quadrant chart, with one series per quadrant.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.chart.axis import NumericAxis
from openpyxl.styles import Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..model import JourneyMap
from ..model.insights import CATEGORIES, CLASSES, QUADRANTS, Insights, compute
from ..model.insights_text import category_name, channel_name, met_word, names_of, word
from ..model.vocab import ChecklistAnswer, ChecklistQuestion, KpiDirection, label
from .xlsx_safe import put
from .xlsx_style import BOX, fill, landscape

CHART_COLUMN = "J"
QUADRANT_COLOURS = {"complaint": "D62728", "satisfaction": "2CA02C", "delight": "1F77B4",
                    "indifference": "7F7F7F", "quick_win": "2CA02C", "big_bet": "1F77B4",
                    "fill_in": "7F7F7F", "money_pit": "D62728"}


class _Writer:
    def __init__(self, ws: Worksheet, language: str) -> None:
        self.ws, self.language, self.row = ws, language, 1
        # The index of the box border in the workbook's border table, found once: setting
        # cell.border hashes the whole Border for every cell (most of this sheet's time).
        book: Any = ws.parent  # openpyxl's style tables and style arrays are private
        self.box_id: int = book._borders.add(BOX)

    def w(self, key: str) -> str:
        return word(key, self.language)

    def title(self, text: str) -> None:
        put(self.ws, self.row, 1, text).font = Font(bold=True, size=13)
        self.row += 1

    def header(self, texts: Sequence[str]) -> int:
        for col, text in enumerate(texts, 1):
            cell = put(self.ws, self.row, col, text)
            cell.font = Font(bold=True)
            cell.fill = fill("F2F2F2")
            cell.border = BOX
        self.row += 1
        return self.row - 1

    def line(self, values: Sequence[Any]) -> int:
        for col, value in enumerate(values, 1):
            cell: Any = put(self.ws, self.row, col, value)
            if not cell._style:  # what cell.border = BOX does, without hashing BOX
                cell._style = StyleArray()
            cell._style.borderId = self.box_id
        self.row += 1
        return self.row - 1

    def gap(self, rows: int = 1) -> None:
        self.row += rows


def write_insights_sheet(ws: Worksheet, journey: JourneyMap, language: str,
                         insights: Insights | None = None) -> None:
    insights = insights if insights is not None else compute(journey)
    out = _Writer(ws, language)
    names = names_of(journey)
    out.title(f"{out.w('title')} — {journey.info.title}" if journey.info.title
              else out.w("title"))
    out.gap()
    _pains(out, insights, journey, names)
    _touchpoints(out, insights, names)
    _opportunities(out, insights, names)
    _emotions(out, insights, names)
    _kpis(out, insights, names)
    _segments(out, insights, names)
    _checklist(out, insights)
    ws.column_dimensions["A"].width = 30
    for col in range(2, 9):
        ws.column_dimensions[get_column_letter(col)].width = 24 if col == 2 else 14
    landscape(ws, pages_tall=1)  # one page of figures for the stakeholder's printout
    ws.print_area = f"A1:S{max(1, out.row)}"  # the tables and charts, not the chart data


def _pains(out: _Writer, insights: Insights, journey: JourneyMap,
           names: dict[str, str]) -> None:
    out.title(out.w("pain_points"))
    lang = out.language
    first = out.header([out.w("stage"), *(category_name(c, lang) for c in CATEGORIES),
                        out.w("count"), out.w("weighted")])
    by_stage: dict[tuple[str, str | None], int] = {}
    for cell in insights.pain_cells:
        key = (cell.stage, cell.category)
        by_stage[key] = by_stage.get(key, 0) + cell.count
    for stage in insights.pain_stages:
        out.line([names.get(stage.stage, stage.stage),
                  *(by_stage.get((stage.stage, c), 0) for c in CATEGORIES),
                  stage.count, stage.weighted])
    last = out.row - 1
    if insights.worst_stage:
        out.line([out.w("worst_stage"), names.get(insights.worst_stage, "")])
    if insights.pain_stages:
        chart = BarChart()
        chart.type = "col"
        chart.title = out.w("chart_pain")
        chart.y_axis.title = out.w("count")
        chart.x_axis.delete = chart.y_axis.delete = False
        count_col = 2 + len(CATEGORIES)
        chart.add_data(Reference(out.ws, min_col=count_col, max_col=count_col + 1,
                                 min_row=first, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(out.ws, min_col=1, min_row=first + 1, max_row=last))
        chart.height, chart.width = 7.5, 16
        out.ws.add_chart(chart, f"{CHART_COLUMN}{first - 1}")
    out.gap(max(2, 16 - (out.row - first)))


def _scatter(out: _Writer, title: str, x_title: str, y_title: str,
             blocks: dict[str, tuple[int, int]], x_col: int, y_col: int,
             names: dict[str, str], anchor_row: int) -> None:
    chart = ScatterChart()
    chart.title = title
    chart.style = 13
    chart.x_axis.title, chart.y_axis.title = x_title, y_title
    assert isinstance(chart.x_axis, NumericAxis)  # a scatter chart's x axis is a value axis
    for axis in (chart.x_axis, chart.y_axis):
        axis.scaling.min, axis.scaling.max, axis.majorUnit = 0, 5, 1
        axis.delete = False
    for key, (start, end) in blocks.items():
        xs = Reference(out.ws, min_col=x_col, min_row=start, max_row=end)
        ys = Reference(out.ws, min_col=y_col, min_row=start, max_row=end)
        series = Series(ys, xs, title=names[key])
        series.marker.symbol = "circle"
        series.marker.size = 8
        series.marker.graphicalProperties.solidFill = QUADRANT_COLOURS[key]
        series.marker.graphicalProperties.line.solidFill = QUADRANT_COLOURS[key]
        series.graphicalProperties.line.noFill = True
        chart.series.append(series)
    chart.height, chart.width = 9, 16
    out.ws.add_chart(chart, f"{CHART_COLUMN}{anchor_row}")


def _touchpoints(out: _Writer, insights: Insights, names: dict[str, str]) -> None:
    start = out.row
    out.title(out.w("touchpoints"))
    out.header([out.w("card"), out.w("expectation"), out.w("performance"), out.w("quadrant"),
                out.w("csat"), out.w("complaints"), out.w("complaint_types"),
                out.w("response_time")])
    order = {q: i for i, q in enumerate(QUADRANTS)}
    rows = sorted(insights.touchpoints, key=lambda t: order.get(t.quadrant or "", 99))
    blocks: dict[str, tuple[int, int]] = {}
    for t in rows:
        row = out.line([names.get(t.card, t.card), t.expectation, t.performance,
                        out.w(f"q.{t.quadrant}") if t.quadrant else None, t.satisfaction,
                        t.complaint_count, ", ".join(t.complaint_types), t.response_time])
        if t.quadrant:
            begin, _end = blocks.get(t.quadrant, (row, row))
            blocks[t.quadrant] = (begin, row)
    for quadrant in QUADRANTS:
        out.line([out.w(f"q.{quadrant}"), out.w(f"s.{quadrant}")])
    if insights.most_complained:
        out.line([out.w("most_complained"),
                  ", ".join(names.get(c, c) for c in insights.most_complained)])
    if blocks:
        _scatter(out, out.w("chart_touch"), out.w("performance"), out.w("expectation"),
                 blocks, 3, 2, {q: out.w(f"q.{q}") for q in QUADRANTS}, start)
    out.gap(max(2, 20 - (out.row - start)))


def _opportunities(out: _Writer, insights: Insights, names: dict[str, str]) -> None:
    start = out.row
    out.title(out.w("opportunities"))
    out.header([out.w("rank"), out.w("card"), out.w("impact"), out.w("effort"),
                out.w("class"), out.w("votes"), out.w("pain_severity")])
    blocks: dict[str, tuple[int, int]] = {}
    # ranked, so rows of one class are not together: the chart reads a copy grouped by class
    for o in insights.opportunities:
        out.line([o.rank, names.get(o.card, o.card), o.impact, o.effort,
                  out.w(f"c.{o.cls}") if o.cls else None, o.votes, o.pain_severity])
    for cls in CLASSES:
        out.line([out.w(f"c.{cls}"), out.w(f"s.{cls}")])
    data_col = 30  # column AD on: the chart's data, grouped by class
    put(out.ws, start + 1, data_col, out.w("effort")).font = Font(bold=True)
    put(out.ws, start + 1, data_col + 1, out.w("impact")).font = Font(bold=True)
    put(out.ws, start + 1, data_col + 2, out.w("card")).font = Font(bold=True)
    row = start + 2
    for cls in CLASSES:
        mine = [o for o in insights.opportunities if o.cls == cls]
        if not mine:
            continue
        blocks[cls] = (row, row + len(mine) - 1)
        for o in mine:
            put(out.ws, row, data_col, o.effort)
            put(out.ws, row, data_col + 1, o.impact)
            put(out.ws, row, data_col + 2, names.get(o.card, o.card))
            row += 1
    if blocks:
        _scatter(out, out.w("chart_opp"), out.w("effort"), out.w("impact"), blocks,
                 data_col, data_col + 1, {c: out.w(f"c.{c}") for c in CLASSES}, start)
    out.gap(max(2, 20 - (out.row - start)))


def _emotions(out: _Writer, insights: Insights, names: dict[str, str]) -> None:
    out.title(out.w("lowest"))
    out.header([out.w("persona"), out.w("stage"), out.w("step"), out.w("score")])
    for low in insights.lowest:
        out.line([names.get(low.persona, low.persona), names.get(low.stage, ""),
                  names.get(low.step, "") if low.step else None, low.score])
    out.gap()
    out.header([out.w("stage"), out.w("average"), out.w("to_be_average"), out.w("gap")])
    for s in insights.stage_emotions:
        out.line([names.get(s.stage, ""), s.average, s.to_be_average, s.gap])
    out.gap()


def _kpis(out: _Writer, insights: Insights, names: dict[str, str]) -> None:
    out.title(out.w("kpis"))
    out.header([out.w("kpi"), out.w("stage"), out.w("target"), out.w("actual"), "",
                out.w("direction"), out.w("met")])
    for k in insights.kpis:
        out.line([k.name or names.get(k.card, k.card), names.get(k.stage, ""), k.target,
                  k.actual, k.unit, label(KpiDirection(k.direction), out.language),
                  met_word(k.met, out.language)])
    out.gap()


def _segments(out: _Writer, insights: Insights, names: dict[str, str]) -> None:
    lang = out.language
    out.title(out.w("segments"))
    out.line([out.w("offered"),
              ", ".join(channel_name(c, lang) for c in insights.offered_channels)])
    out.header([out.w("persona"), out.w("segment"), out.w("preferred"), out.w("missing")])
    for s in insights.segments:
        segment = " · ".join(v for v in (s.age_group, s.region, s.purchase_pattern) if v)
        preferred = [channel_name(c, lang) for c in s.preferred] + list(s.other)
        out.line([names.get(s.persona, s.persona), segment, ", ".join(preferred),
                  ", ".join(channel_name(c, lang) for c in s.missing) or out.w("none")])
    out.gap()


def _checklist(out: _Writer, insights: Insights) -> None:
    check = insights.checklist
    out.title(out.w("checklist"))
    row = out.line([out.w("checklist_score"), check.score])
    out.ws.cell(row=row, column=2).number_format = "0%"
    out.line([out.w("answered"), f"{check.answered}/{len(check.questions)}"])
    for question, answer in check.questions:
        try:
            text = label(ChecklistQuestion(question), out.language)
        except ValueError:
            text = question
        out.line([text, label(ChecklistAnswer(answer), out.language) if answer else "–"])
