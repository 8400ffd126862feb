"""The Insights dock and full view in the window: built on first show, live while shown,
clicking selects cards on the canvas, dragging an opportunity edits it in one undo step."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QTableWidget
from window_helpers import window_fixture  # noqa: F401 (fixture)

from cjm_desktop.main_window import insights_feature
from cjm_desktop.model.insights import compute


def _show_dock(window):
    dock = window.findChild(QDockWidget, "insights")
    assert dock is not None
    dock.show()
    dock.raise_()
    QApplication.processEvents()
    return dock


def _click_cell(table: QTableWidget, row: int, col: int) -> None:
    table.scrollToItem(table.item(row, col))
    rect = table.visualRect(table.model().index(row, col))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())


def _selected(window) -> set[str]:
    return set(window.canvas.selected_ids())


def test_the_dock_is_built_on_first_show_and_not_recomputed_while_hidden(window, qtbot):
    dock = window.findChild(QDockWidget, "insights")
    assert dock.view is None and dock.computations == 0  # nothing built at start-up
    _show_dock(window)
    assert dock.view is not None and dock.computations == 1
    card = next(c for c in window.document.journey.ordered_cards() if c.kind == "note")
    window.document.update_card(card.id, {"text": "changed"})
    window.document.update_card(card.id, {"text": "changed twice"})
    qtbot.waitUntil(lambda: dock.computations == 2)  # live while shown, once per burst
    QApplication.processEvents()  # the burst's one single-shot refresh has run: none is due
    assert dock.computations == 2
    window.inspector_dock.raise_()  # tabbed together: the insights are hidden now
    QApplication.processEvents()
    assert not dock.shown
    window.document.update_card(card.id, {"text": "changed again"})
    QApplication.processEvents()
    assert not dock._timer.isActive()  # hidden: no refresh is due (only marked stale)
    assert dock.computations == 2 and dock.stale
    _show_dock(window)
    assert dock.computations == 3 and not dock.stale


def test_clicking_a_heatmap_cell_selects_its_pain_points(window):
    dock = _show_dock(window)
    table = dock.view.pains
    insights = compute(window.document.journey)
    cell = max(insights.pain_cells, key=lambda c: c.count)
    for row in range(table.rowCount()):
        for col in range(1, table.columnCount() - 1):
            item = table.item(row, col)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == list(cell.cards):
                dock.view.setCurrentIndex(0)
                _click_cell(table, row, col)
                assert _selected(window) == set(cell.cards)
                return
    raise AssertionError("no heatmap cell holds the pain points")


def test_clicking_an_opportunity_row_and_a_kpi_row_selects_the_card(window):
    dock = _show_dock(window)
    view = dock.view
    view.setCurrentIndex(3)
    QApplication.processEvents()
    _click_cell(view.opp_table, 0, 1)
    first = compute(window.document.journey).opportunities[0].card
    assert _selected(window) == {first}
    view.setCurrentIndex(4)
    QApplication.processEvents()
    _click_cell(view.kpis, 0, 0)
    assert _selected(window) == {compute(window.document.journey).kpis[0].card}


def test_clicking_a_touchpoint_point_selects_it(window):
    dock = _show_dock(window)
    view = dock.view
    view.setCurrentIndex(2)
    QApplication.processEvents()
    chart = view.touch_chart
    point, centre = chart.placed()[0]
    QTest.mouseClick(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre.toPoint())
    assert _selected(window) == {point.card}


def test_dragging_an_opportunity_point_changes_impact_and_effort_in_one_step(window):
    dock = _show_dock(window)
    view = dock.view
    view.setCurrentIndex(3)
    QApplication.processEvents()
    chart = view.opp_chart
    journey = window.document.journey
    lonely = [(p, c) for p, c in chart.placed()
              if sum(1 for q in chart.points if (q.x, q.y) == (p.x, p.y)) == 1]
    point, centre = (lonely or chart.placed())[0]
    before = journey.card(point.card).opportunity
    old = (before.impact, before.effort)
    target = chart.to_pixel(5, 5).toPoint()  # effort 5 (x), impact 5 (y)
    stack = window.document.undo_stack
    count = stack.count()
    QTest.mousePress(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre.toPoint())
    for step in range(1, 6):
        at = centre.toPoint() + (target - centre.toPoint()) * step / 5
        QTest.mouseMove(chart, QPoint(round(at.x()), round(at.y())))
    QTest.mouseRelease(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    QApplication.processEvents()
    after = journey.card(point.card).opportunity
    assert (after.impact, after.effort) == (5, 5)
    assert stack.count() == count + 1
    row = next(o for o in compute(journey).opportunities if o.card == point.card)
    assert row.cls == "big_bet"
    stack.undo()
    again = journey.card(point.card).opportunity
    assert (again.impact, again.effort) == old


def test_the_full_view_opens_from_the_view_menu_and_selects(window):
    action = window.insights_action
    assert action.objectName() == "viewInsights" and action in window.view_menu.actions()
    action.trigger()
    QApplication.processEvents()
    full = window.insights.full_window
    assert full is not None and full.isVisible()
    full.view.setCurrentIndex(3)
    QApplication.processEvents()
    _click_cell(full.view.opp_table, 0, 1)
    assert _selected(window) == {compute(window.document.journey).opportunities[0].card}
    assert insights_feature.show_full_view(window) is full
    full.close()


def test_the_full_view_prints_every_tab(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    full = insights_feature.show_full_view(window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # as Print… makes it
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "insights.pdf"
    printer.setOutputFileName(str(out))
    full.print_to(printer)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(
        b"/Type /Page ") + data.count(b"/Type/Page") >= full.view.count()
    full.close()
    # Each page is headed by its tab's name, inside the page and at a heading's size (it
    # was once drawn after the picture's scaling: letters taller than a tenth of the page,
    # cut off at its top).
    import re
    import subprocess

    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"],
                           capture_output=True, text=True, check=True, timeout=60).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', boxes).group(1))
    first = full.view.tabText(0).replace("&", "").split()[0]
    word = re.search(rf'yMin="([\d.-]+)" xMax="[\d.]+" yMax="([\d.]+)">{re.escape(first)}',
                     boxes)
    assert word is not None, boxes[:2000]
    top, bottom = float(word.group(1)), float(word.group(2))
    assert top >= 0 and bottom - top < height / 20


def test_clicking_a_moment_of_truth_selects_that_emotion_point(window):
    dock = _show_dock(window)
    view = dock.view
    view.setCurrentIndex(1)
    QApplication.processEvents()
    low = compute(window.document.journey).lowest[0]
    _click_cell(view.lows, 0, 0)
    assert _selected(window) == {f"{low.persona}|{low.stage}|{low.step or ''}"}


def test_the_inspector_sets_a_kpis_direction_and_the_insights_follow(window, qtbot):
    from test_inspector import choose

    dock = _show_dock(window)
    journey = window.document.journey
    kpi = next(c for c in journey.ordered_cards()
               if c.kind == "kpi" and c.kpi.direction == "higher")
    assert next(k for k in compute(journey).kpis if k.card == kpi.id).met is False
    window.inspector_dock.show_ids([kpi.id])
    binding = window.inspector_dock.form.binding("kpi.direction")
    count = window.document.undo_stack.count()
    choose(binding.widget, binding, "lower")
    assert journey.card(kpi.id).kpi.direction == "lower"
    assert window.document.undo_stack.count() == count + 1
    assert next(k for k in compute(journey).kpis if k.card == kpi.id).met is True
    _show_dock(window)
    qtbot.waitUntil(lambda: not dock.stale)
    row = next(r for r in range(dock.view.kpis.rowCount())
               if dock.view.kpis.item(r, 0).data(Qt.ItemDataRole.UserRole) == [kpi.id])
    assert dock.view.kpis.item(row, 5).text() == "Met"


def _insights_at_dock_width(qtbot, language: str):
    """The Insights view on the sample, as wide as the dock beside the canvas."""
    from cjm_desktop.app import ensure_app
    from cjm_desktop.editing.document import Document
    from cjm_desktop.files.cjm_json import load_map
    from cjm_desktop.files.templates import sample_path
    from cjm_desktop.panels.insights_view import InsightsView

    ensure_app()  # the application's font and style, as the window has them
    document = Document(load_map(sample_path(language)))
    view = InsightsView(document, language)
    qtbot.addWidget(view)
    view.resize(368, 600)  # the dock's default width beside the canvas
    view.show()
    view.show_insights(compute(document.journey), document.journey)
    QApplication.processEvents()
    return view, document.journey


def test_the_heatmap_rows_of_one_stages_steps_read_apart_at_the_docks_width(qtbot):
    """A stage with steps gives a row per step, 'Stage · step': in the dock's narrow first
    column the drawn labels must still show which step each row is (not 'Stage · …' three
    times over)."""
    view, journey = _insights_at_dock_width(qtbot, "en")
    table = view.pains
    stage = next(s for s in journey.stages if len(s.steps) >= 3)
    rows = [r for r in range(table.rowCount())
            if table.item(r, 0).text().startswith(stage.name + " · ")]
    assert len(rows) == len(stage.steps)
    assert table.fontMetrics().horizontalAdvance(table.item(rows[0], 0).text()) > \
        table.columnWidth(0)  # the label does not fit: what is drawn of it matters
    drawn = set()
    for r in rows:
        rect = table.visualRect(table.model().index(r, 0))
        image = table.viewport().grab(rect).toImage()
        drawn.add(tuple(image.pixel(x, y) for x in range(image.width())
                        for y in range(image.height())))
    assert len(drawn) == len(rows)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_heatmap_row_too_long_for_the_dock_keeps_its_steps_name_whole(qtbot, language):
    """The stage's name gives way first ("가게…· 검색·필터"), not the middle of both
    ("가게 고…색·필터"); the whole label stays the item's text and tool tip."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    view, journey = _insights_at_dock_width(qtbot, language)
    table = view.pains
    delegate = table.itemDelegateForColumn(0)
    stage = next(s for s in journey.stages if len(s.steps) >= 3)
    shown, cut = [], 0
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if not item.text().startswith(stage.name + " · "):
            continue
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        option.rect = table.visualRect(table.model().index(r, 0))
        delegate.initStyleOption(option, table.model().index(r, 0))
        step = item.text().removeprefix(stage.name + " · ")
        if language == "ko":  # short step names: whole after a shortened stage name
            assert option.text.endswith(" · " + step), (option.text, step)
        else:  # "Choosing a restaurant · Search & filter": the step's name from its start
            assert " · " + step[:6] in option.text, (option.text, step)
        assert option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()
        assert item.toolTip() == item.text() == stage.name + " · " + step
        cut += option.text != item.text()
        shown.append(option.text)
    assert len(shown) == len(stage.steps) == len(set(shown))
    assert cut  # at this width the label is shortened: the test looks at what is drawn


@settings(max_examples=60, deadline=None)
@given(stage=st.text(alphabet="가게고르기 Choosing·&", min_size=1, max_size=30),
       step=st.text(alphabet="검색필터 Search&·", max_size=20), width=st.integers(30, 400))
def test_a_fitted_place_label_never_overflows_and_keeps_the_step_when_it_can(
        qapp, stage, step, width):
    from PySide6.QtGui import QFontMetrics

    from cjm_desktop.app import ensure_app
    from cjm_desktop.panels.place_delegate import SEPARATOR, fitted_place, place_label

    ensure_app()
    metrics = QFontMetrics(qapp.font())
    shown = fitted_place(stage, step, width, metrics)
    whole = place_label(stage, step)
    if metrics.horizontalAdvance(whole) <= width:
        assert shown == whole
        return
    assert metrics.horizontalAdvance(shown) <= width  # a column is never narrower than 30 px
    if step and width >= metrics.horizontalAdvance("…" + SEPARATOR + step):
        assert shown.endswith(SEPARATOR + step)


def test_every_heatmap_column_fits_the_dock_and_its_names_are_whole(window):
    """In the dock, the pain-point heatmap shows every category and the total without
    scrolling sideways; the category names are written upwards, whole."""
    from cjm_desktop.panels.rotated_header import RotatedHeader

    dock = _show_dock(window)
    view = dock.widget()
    view.setCurrentIndex(0)  # the pain points come first
    QApplication.processEvents()
    table = view.pains
    assert table.columnCount() == 7  # stage, five categories, total
    needed = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert needed <= table.viewport().width(), (needed, table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert isinstance(header, RotatedHeader)
    metrics = header.fontMetrics()
    longest = max(metrics.horizontalAdvance(table.horizontalHeaderItem(c).text())
                  for c in range(1, table.columnCount()))
    assert header.height() >= longest  # every name fits upright in the header
