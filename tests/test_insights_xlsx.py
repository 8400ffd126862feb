"""The workbook's Insights sheet read back: its tables, its native charts, its language, and
text that could be a formula stays text."""

from __future__ import annotations

import openpyxl
import pytest

from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_export import export_xlsx
from cjm_desktop.model.insights import compute


def _book(tmp_path, journey):
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    return openpyxl.load_workbook(path)


def _rows(ws):
    return [[c for c in row] for row in ws.iter_rows(values_only=True)]


def _find(rows, first):
    return next(i for i, row in enumerate(rows) if row[0] == first)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_insights_sheet_has_the_tables_and_native_charts(tmp_path, language):
    journey = load_sample(language)
    insights = compute(journey)
    ws = _book(tmp_path, journey)["인사이트" if language == "ko" else "Insights"]
    rows = _rows(ws)
    words = {"ko": ("단계", "순위", "지표", "미달"), "en": ("Stage", "Rank", "KPI", "Missed")}
    stage, rank, kpi, missed = words[language]
    header = _find(rows, stage)
    body = rows[header + 1: header + 1 + len(journey.stages)]
    assert [r[0] for r in body] == [s.name for s in journey.stages]
    counts = {s.stage: (s.count, s.weighted) for s in insights.pain_stages}
    for stage_obj, row in zip(journey.stages, body, strict=True):
        assert (row[6], row[7]) == counts[stage_obj.id]  # after stage and 5 categories
    ranked = _find(rows, rank)
    first = rows[ranked + 1]
    names = {c.id: c.text for c in journey.cards.values()}
    assert first[0] == 1 and first[1] == names[insights.opportunities[0].card]
    kpis = _find(rows, kpi)
    results = [r[6] for r in rows[kpis + 1: kpis + 1 + len(insights.kpis)]]
    assert results.count(missed) == sum(1 for k in insights.kpis if k.met is False)
    kinds = sorted(type(chart).__name__ for chart in ws._charts)
    assert kinds == ["BarChart", "ScatterChart", "ScatterChart"]
    bar = next(c for c in ws._charts if type(c).__name__ == "BarChart")
    assert bar.type == "col"
    touch = next(c for c in ws._charts if type(c).__name__ == "ScatterChart")
    quadrants = {t.quadrant for t in insights.touchpoints if t.quadrant}
    assert len(touch.series) == len(quadrants)


def test_insights_text_is_never_a_formula(tmp_path):
    journey = load_sample("en")
    card = next(c for c in journey.ordered_cards() if c.kind == "opportunity")
    journey.update_card(card.id, {"text": "=HYPERLINK(\"http://x\")"})
    stage = journey.stages[0]
    journey.update_stage(stage.id, {"name": "+1+1"})
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    ws = openpyxl.load_workbook(path)["Insights"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    hits = [c for c in cells if c.value.startswith(("=", "+"))]
    assert hits and all(c.data_type == "s" and c.quotePrefix for c in hits)


def test_the_insights_tables_are_boxed_and_only_their_cells(tmp_path):
    # Every filled header and body cell of a table has the thin grey box; titles have none.
    ws = _book(tmp_path, load_sample("en"))["Insights"]
    boxed = 0
    for row in ws.iter_rows(max_col=8):
        for cell in row:
            sides = [cell.border.left, cell.border.right, cell.border.top, cell.border.bottom]
            if cell.value is None:
                continue  # an empty cell of a table row is boxed too; a gap is not
            if cell.font.size == 13:
                assert all(side.style is None for side in sides), cell.coordinate
                continue
            assert all(side.style == "thin" for side in sides), cell.coordinate
            assert {side.color.rgb for side in sides} == {"00BFBFBF"}, cell.coordinate
            boxed += 1
    assert boxed > 50
