"""A single click on the emotion curve selects a slot — one persona at one stage — even a
gap with no score yet; the inspector shows it and the keyboard scores it (↑/↓ in half
steps, one undo step per run of presses; Delete removes the score; ←/→ move; Esc ends)."""

from __future__ import annotations

import math

import pytest
from canvas_helpers import drag_on_plot, make_plot
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def plot(qtbot):
    return make_plot(qtbot)


def _column_x(plot, index: int) -> float:
    view_box = plot.plot_item.getViewBox()
    scene = view_box.mapViewToScene(QPointF(index, 0))
    return plot.plot_widget.mapFromScene(scene).x()


def _click(plot, pos: QPoint) -> None:
    viewport = plot.plot_widget.viewport()
    QTest.mouseMove(viewport, pos)
    QTest.mouseClick(viewport, LEFT, NONE, pos)
    QApplication.processEvents()


def _make_gap(plot, persona_id: str, index: int) -> tuple[str, str | None]:
    point = plot.points[index]
    plot.document.set_emotion(persona_id, point.stage_id, point.step_id,
                              {"score": None, "to_be": None})
    plot.document.undo_stack.clear()
    assert math.isnan(plot.curves[persona_id].score_values[index])
    return point.stage_id, point.step_id


def test_single_click_on_a_gap_selects_it_and_changes_nothing(plot, qtbot):
    journey = plot.document.journey
    persona = journey.personas[1].id
    stage_id, step_id = _make_gap(plot, persona, 1)
    plot.set_active_persona(persona)
    pos = QPointF(_column_x(plot, 1), plot.value_to_viewport_y(1.8)).toPoint()
    with qtbot.waitSignal(plot.pointSelected) as blocker:
        _click(plot, pos)
    assert blocker.args == [f"{persona}|{stage_id}|{step_id or ''}"]
    assert plot.selection.key == (persona, stage_id, step_id)
    assert plot.document.undo_stack.count() == 0  # selecting is not an edit
    xs, ys = plot.selection.marker.getData()
    assert list(ys) == [0.0] and round(xs[0]) == 1  # the gap's mark on the zero line
    assert plot.selection.band.isVisible() and plot.selection.band.index == 1
    assert QApplication.focusWidget() is plot.plot_widget


def test_keyboard_scores_the_selected_gap_in_one_undo_step(plot):
    document = plot.document
    persona = document.journey.personas[0].id
    stage_id, step_id = _make_gap(plot, persona, 2)
    plot.set_active_persona(persona)
    _click(plot, QPointF(_column_x(plot, 2), plot.value_to_viewport_y(-1.9)).toPoint())
    view = plot.plot_widget
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Down)
    emotion = document.journey.emotion(persona, stage_id, step_id)
    assert emotion.score == 1.0 and emotion.label == "satisfied"
    assert document.undo_stack.count() == 1  # one run of presses, one step
    assert plot.curves[persona].score_values[2] == 1.0
    xs, ys = plot.selection.marker.getData()
    assert list(ys) == [1.0]  # now a ring around the new point
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert _score(document, persona, stage_id, step_id) is None
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert _score(document, persona, stage_id, step_id) == 1.0
    document.undo_stack.undo()
    assert _score(document, persona, stage_id, step_id) is None


def _score(document, persona, stage_id, step_id):
    emotion = document.journey.emotion(persona, stage_id, step_id)
    return None if emotion is None else emotion.score


def test_arrows_move_along_the_curve_and_escape_clears(plot, qtbot):
    persona = plot.document.journey.personas[0].id
    plot.set_active_persona(persona)
    _click(plot, QPointF(_column_x(plot, 0), plot.value_to_viewport_y(-1.9)).toPoint())
    view = plot.plot_widget
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert plot.selection.index() == 1
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Left)  # already first: stays
    assert plot.selection.index() == 0
    with qtbot.waitSignal(plot.pointSelected) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Escape)
    assert blocker.args == [""] and plot.selection.key is None


def test_single_click_on_a_point_selects_that_persona(plot):
    journey = plot.document.journey
    first, second = (p.id for p in journey.personas)
    plot.set_active_persona(first)
    values = plot.curves[second].score_values
    index = next(i for i, v in enumerate(values) if not math.isnan(v)
                 and v != plot.curves[first].score_values[i])
    _click(plot, plot.point_scene_pos(second, index).toPoint())
    assert plot.selection.key[0] == second and plot.selection.index() == index


def test_selection_ends_when_its_stage_is_deleted(plot):
    persona = plot.document.journey.personas[0].id
    plot.set_active_persona(persona)
    _click(plot, QPointF(_column_x(plot, 0), plot.value_to_viewport_y(-1.9)).toPoint())
    assert plot.selection.key is not None
    plot.document.remove_stage(plot.selection.key[1])
    assert plot.selection.key is None and not plot.selection.band.isVisible()


def test_in_the_window_a_clicked_gap_shows_in_the_inspector(qtbot):
    from cjm_desktop.app import create_main_window
    from cjm_desktop.main_window import plot_feature

    window = create_main_window()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    plot = plot_feature.ensure_plot(window)
    QApplication.processEvents()
    persona = window.persona_panel.active_persona_id()
    stage_id, step_id = _make_gap(plot, persona, 1)
    _click(plot, QPointF(_column_x(plot, 1), plot.value_to_viewport_y(1.8)).toPoint())
    ident = f"{persona}|{stage_id}|{step_id or ''}"
    assert window.inspector_dock.target == ("emotion-point", ident)
    # the canvas selecting something else ends the curve's selection
    card = next(iter(window.document.journey.cards))
    window.canvas.select_ids([card])
    assert plot.selection.key is None
    window.document.undo_stack.setClean()


def test_a_selected_point_and_a_selected_gap_still_open_the_editor_on_double_click(
        plot, monkeypatch):
    from cjm_desktop.plots import emotion_plot

    opened: list[str] = []
    monkeypatch.setattr(emotion_plot.EmotionDialog, "exec",
                        lambda dialog: opened.append(dialog.windowTitle())
                        or emotion_plot.EmotionDialog.DialogCode.Rejected)
    persona = plot.document.journey.personas[0].id
    plot.set_active_persona(persona)
    _make_gap(plot, persona, 1)
    viewport = plot.plot_widget.viewport()
    for pos in (plot.point_scene_pos(persona, 0).toPoint(),  # a point
                QPointF(_column_x(plot, 1), plot.value_to_viewport_y(0)).toPoint()):  # gap
        _click(plot, pos)  # selected: the ring or the dashed mark is now under the pointer
        QTest.mouseDClick(viewport, LEFT, NONE, pos)
        QTest.mouseRelease(viewport, LEFT, NONE, pos)
        QApplication.processEvents()
    assert len(opened) == 2


def test_tab_into_the_plot_selects_the_active_personas_first_slot(plot):
    persona = plot.document.journey.personas[1].id
    plot.set_active_persona(persona)
    plot.to_be_check.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(8):
        if QApplication.focusWidget() is plot.plot_widget:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is plot.plot_widget
    assert plot.selection.key is not None and plot.selection.key[0] == persona
    assert plot.selection.index() == 0


def _select_a_gap(plot, index: int) -> tuple[str, str, str | None, float]:
    """Make the first persona's slot at ``index`` a gap and select it with a click; its
    persona, stage, step and the column's viewport x."""
    persona = plot.document.journey.personas[0].id
    stage_id, step_id = _make_gap(plot, persona, index)
    plot.set_active_persona(persona)
    x = _column_x(plot, index)
    _click(plot, QPointF(x, plot.value_to_viewport_y(-1.9)).toPoint())
    return persona, stage_id, step_id, x


def test_dragging_a_selected_gaps_circle_gives_it_a_score_in_one_undo_step(plot):
    document = plot.document
    persona, stage_id, step_id, x = _select_a_gap(plot, 2)
    circle = QPointF(x, plot.value_to_viewport_y(0.0))
    drag_on_plot(plot, circle, QPointF(x, plot.value_to_viewport_y(1.5)))
    emotion = document.journey.emotion(persona, stage_id, step_id)
    assert emotion.score == 1.5 and emotion.label  # the label follows the new score
    assert document.undo_stack.count() == 1
    assert plot.curves[persona].score_values[2] == 1.5
    xs, ys = plot.selection.marker.getData()
    assert list(ys) == [1.5]  # the ring now sits around the new point
    document.undo()
    assert _score(document, persona, stage_id, step_id) is None
    assert math.isnan(plot.curves[persona].score_values[2])


def test_a_drag_beside_the_gaps_circle_scores_nothing(plot):
    document = plot.document
    persona, stage_id, step_id, x = _select_a_gap(plot, 2)
    beside = QPointF(x, plot.value_to_viewport_y(-1.0))
    drag_on_plot(plot, beside, QPointF(x, plot.value_to_viewport_y(1.5)))
    assert _score(document, persona, stage_id, step_id) is None
    assert document.undo_stack.count() == 0


def test_a_selected_points_ring_lets_its_drag_through_to_the_point(plot):
    document = plot.document
    persona = document.journey.personas[0].id
    index = next(i for i, v in enumerate(plot.curves[persona].score_values)
                 if not math.isnan(v) and v <= 0.0)
    before = plot.curves[persona].score_values[index]
    point = QPointF(plot.drawn_x(persona, index, "score"), 0.0)
    x = plot.plot_widget.mapFromScene(
        plot.plot_item.getViewBox().mapViewToScene(point)).x()
    start = QPointF(x, plot.value_to_viewport_y(before)).toPoint()
    _click(plot, start)
    assert plot.selection.key is not None and plot.selection.key[0] == persona
    drag_on_plot(plot, QPointF(start), QPointF(x, plot.value_to_viewport_y(before + 1.0)))
    assert plot.curves[persona].score_values[index] == before + 1.0
    assert document.undo_stack.count() == 1
