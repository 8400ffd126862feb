"""The emotion curve: dragging points, gaps, hidden personas, structure changes, export,
and that pyqtgraph stays unloaded until the window's event loop runs."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET

import pytest
from canvas_helpers import drag_on_plot
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_desktop.app import ensure_app
from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.vocab import EmotionLabel


@pytest.fixture
def plot(qtbot):
    ensure_app()
    from cjm_desktop.plots.emotion_plot import EmotionPlot

    document = Document(load_sample("ko"))
    widget = EmotionPlot(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def _first_scored(widget, persona_id: str) -> int:
    values = widget.curves[persona_id].score_values
    return next(i for i, v in enumerate(values) if not math.isnan(v) and v <= 1.0)


def test_drag_point_changes_score_by_snapped_amount_and_one_undo_restores(plot):
    document = plot.document
    persona = document.journey.personas[0].id
    index = _first_scored(plot, persona)
    point = plot.points[index]
    before = document.journey.emotion(persona, point.stage_id, point.step_id).score
    start = plot.point_scene_pos(persona, index)
    # one score unit lower on screen and a little more: snaps to before + 1 (one half step above)
    target_y = plot.value_to_viewport_y(before + 1.1)
    depth = document.undo_stack.count()

    drag_on_plot(plot, start, QPointF(start.x(), target_y))

    after = document.journey.emotion(persona, point.stage_id, point.step_id).score
    assert after == before + 1.0
    assert document.undo_stack.count() == depth + 1  # one drag, one undo step
    assert plot.curves[persona].score_values[index] == after
    document.undo_stack.undo()
    assert document.journey.emotion(persona, point.stage_id, point.step_id).score == before
    assert plot.curves[persona].score_values[index] == before


def test_drag_on_empty_plot_area_changes_nothing(plot):
    document = plot.document
    depth = document.undo_stack.count()
    start = QPointF(plot.point_scene_pos(document.journey.personas[0].id, 0).x() + 45,
                    plot.value_to_viewport_y(1.9))
    drag_on_plot(plot, start, QPointF(start.x(), plot.value_to_viewport_y(-1.5)))
    assert document.undo_stack.count() == depth


def test_stage_reorder_reorders_x_ticks_and_undo_restores(plot):
    document = plot.document
    stages = document.journey.stages

    def tick_labels():
        ticks = plot.plot_item.getAxis("bottom")._tickLevels[0]
        return [text for _, text in ticks]

    first_name = stages[0].name
    assert tick_labels()[0] == first_name
    document.move_stage(stages[0].id, len(stages) - 1)
    assert tick_labels()[-1] == first_name
    assert tick_labels()[0] != first_name
    # the curve follows: the last x now holds the moved stage's score
    persona = document.journey.personas[0].id
    moved = document.journey.stages[-1].id
    assert plot.points[-1].stage_id == moved
    assert plot.curves[persona].score_values[-1] == document.journey.emotion(
        persona, moved, None).score
    document.undo_stack.undo()
    assert tick_labels()[0] == first_name


def test_missing_score_is_a_gap_not_zero(plot):
    document = plot.document
    persona = document.journey.personas[0].id
    point = plot.points[2]
    document.set_emotion(persona, point.stage_id, point.step_id, {"score": None})
    values = plot.curves[persona].score_values
    assert math.isnan(values[2])
    xs, ys = plot.curves[persona].line.getData()
    # the drawn line has a break (NaN) and never passes through x = 2 at y = 0
    assert any(math.isnan(y) for y in ys)
    assert not any(abs(x - 2) < 1e-9 and y == 0 for x, y in zip(xs, ys, strict=True))
    assert 2.0 not in [x for x, _ in plot.spots(persona)]


def test_hidden_persona_line_and_signal(plot, qtbot):
    persona = plot.document.journey.personas[1].id
    with qtbot.waitSignal(plot.hiddenPersonasChanged) as blocker:
        plot.checks[persona].setChecked(False)
    assert blocker.args == [[persona]]
    curve = plot.curves[persona]
    assert not curve.line.isVisible() and not plot.spots(persona)
    assert not plot.spots(persona, "ring") and not plot.spots(persona, "to_be")
    assert plot.curves[plot.document.journey.personas[0].id].line.isVisible()
    plot.checks[persona].setChecked(True)
    assert curve.line.isVisible() and plot.spots(persona)


def test_moments_of_truth_ring_the_lowest_points(plot):
    journey = plot.document.journey
    for persona in journey.personas:
        curve = plot.curves[persona.id]
        lowest = min(v for v in curve.score_values if not math.isnan(v))
        ring_y = [y for _, y in plot.spots(persona.id, "ring")]
        assert ring_y and all(y == lowest for y in ring_y)


def test_tooltip_names_persona_stage_score_label_and_note(plot):
    journey = plot.document.journey
    persona = journey.personas[0]
    index = next(i for i, p in enumerate(plot.points)
                 if (e := journey.emotion(persona.id, p.stage_id, p.step_id)) and e.note)
    point = plot.points[index]
    emotion = journey.emotion(persona.id, point.stage_id, point.step_id)
    text = plot.tip_text(index, emotion.score, (persona.id, index, "score"))
    assert persona.name in text and point.stage_name in text
    assert emotion.note in text and f"{emotion.score:+g}" in text


def test_persona_delete_and_undo_keep_curve_in_step(plot):
    document = plot.document
    persona = document.journey.personas[0].id
    values = list(plot.curves[persona].score_values)
    document.remove_persona(persona)
    assert persona not in plot.curves and persona not in plot.checks
    document.undo_stack.undo()
    assert plot.curves[persona].score_values == pytest.approx(values, nan_ok=True)


def test_export_png_and_svg(plot, tmp_path):
    from cjm_desktop.plots.export import render_png, render_svg

    png = tmp_path / "curve.png"
    png.write_bytes(render_png(plot))
    image = QImage(str(png))
    assert not image.isNull() and image.width() == plot.width() * 2
    svg = render_svg(plot, "curve")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    text = svg.decode("utf-8")
    for stage in plot.document.journey.stages:
        assert stage.name in text


def test_window_export_writes_files(qtbot, tmp_path):
    from cjm_desktop.app import create_main_window
    from cjm_desktop.main_window import plot_feature

    window = create_main_window()
    qtbot.addWidget(window)
    plot_feature.export_plot(window, tmp_path / "a.svg", "svg")
    plot_feature.export_plot(window, tmp_path / "a.png", "png")
    ET.parse(tmp_path / "a.svg")
    assert not QImage(str(tmp_path / "a.png")).isNull()
    assert window.emotion_plot is not None
    assert window.findChild(type(window.emotion_plot), "emotionPlot") is window.emotion_plot


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_pyqtgraph_is_not_imported_before_the_event_loop_runs(tmp_path):
    script = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from cjm_desktop.app import create_main_window, ensure_app
        app = ensure_app()
        window = create_main_window()
        assert "pyqtgraph" not in sys.modules, "imported during window creation"
        window.show()
        assert "pyqtgraph" not in sys.modules, "imported by show()"
        for _ in range(50):
            app.processEvents()
            if window.emotion_plot is not None:
                break
        assert "pyqtgraph" in sys.modules and window.emotion_plot is not None
        print("ok")
    """)
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "PATH": "/usr/bin:/bin", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_double_click_opens_editor_and_sets_label_and_note(plot, monkeypatch):
    from cjm_desktop.plots import emotion_plot

    journey = plot.document.journey
    persona = journey.personas[0].id
    index = _first_scored(plot, persona)
    point = plot.points[index]
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("angry"))
        dialog.note_edit.setPlainText("너무 늦어요")
        return emotion_plot.EmotionDialog.DialogCode.Accepted

    monkeypatch.setattr(emotion_plot.EmotionDialog, "exec", fake_exec)
    pos = plot.point_scene_pos(persona, index).toPoint()
    viewport = plot.plot_widget.viewport()
    QTest.mouseMove(viewport, pos)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # what a real double-click delivers: press, release, double-click, release
    QTest.mouseClick(viewport, left, none, pos)
    QTest.mouseDClick(viewport, left, none, pos)
    QTest.mouseRelease(viewport, left, none, pos)
    QApplication.processEvents()
    assert len(opened) == 1, "double-click did not open the editor once"
    emotion = journey.emotion(persona, point.stage_id, point.step_id)
    assert emotion.label == EmotionLabel.ANGRY.value and emotion.note == "너무 늦어요"
    plot.document.undo_stack.undo()
    assert journey.emotion(persona, point.stage_id, point.step_id).note != "너무 늦어요"


def _window_and_scored_point(qtbot):
    """The main window with its plot built, a persona, one of its scored points, and a
    function giving that point's marker height on the canvas emotion lane."""
    from cjm_desktop.app import create_main_window
    from cjm_desktop.main_window import plot_feature

    window = create_main_window()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    plot = plot_feature.ensure_plot(window)
    QApplication.processEvents()
    persona = window.document.journey.personas[0].id
    index = _first_scored(plot, persona)
    point = plot.points[index]
    ident = f"{persona}|{point.stage_id}|{point.step_id or ''}"

    def marker_y() -> float:
        items = [i for i in window.canvas.scene().items()
                 if i.data(1) == "emotion-point" and i.data(0) == ident]
        assert len(items) == 1
        return items[0].scenePos().y()

    return window, plot, persona, index, point, marker_y


def test_drag_in_window_moves_canvas_lane_marker_and_undo_restores_both(qtbot):
    window, plot, persona, index, point, marker_y = _window_and_scored_point(qtbot)
    document = window.document
    before_y = marker_y()
    before = document.journey.emotion(persona, point.stage_id, point.step_id).score
    start = plot.point_scene_pos(persona, index)
    drag_on_plot(plot, start, QPointF(start.x(), plot.value_to_viewport_y(before + 1.0)))
    assert document.journey.emotion(persona, point.stage_id, point.step_id).score == before + 1
    assert marker_y() < before_y  # higher score, higher on the canvas
    document.undo_stack.undo()
    assert marker_y() == pytest.approx(before_y)
    assert plot.curves[persona].score_values[index] == before


def test_hiding_a_persona_in_the_legend_hides_it_on_the_canvas_too(qtbot):
    from cjm_desktop.app import create_main_window
    from cjm_desktop.main_window import plot_feature

    window = create_main_window()
    qtbot.addWidget(window)
    plot = plot_feature.ensure_plot(window)
    persona = window.document.journey.personas[1].id
    plot.checks[persona].setChecked(False)
    assert persona in window.canvas.hidden_personas()
    plot.checks[persona].setChecked(True)
    assert persona not in window.canvas.hidden_personas()


def test_double_click_on_a_gap_scores_the_active_persona(plot, monkeypatch):
    from cjm_desktop.plots import emotion_plot

    journey = plot.document.journey
    persona = journey.personas[1].id
    point = plot.points[1]
    plot.document.set_emotion(persona, point.stage_id, point.step_id, {"score": None})
    plot.set_active_persona(persona)
    monkeypatch.setattr(emotion_plot.EmotionDialog, "exec",
                        lambda dialog: emotion_plot.EmotionDialog.DialogCode.Accepted)
    x = plot.point_scene_pos(journey.personas[0].id, 0).x()
    x += (plot.point_scene_pos(journey.personas[0].id, 2).x() - x) / 2  # column 1
    pos = QPointF(x, plot.value_to_viewport_y(-1.5)).toPoint()
    viewport = plot.plot_widget.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseMove(viewport, pos)
    QTest.mouseClick(viewport, left, none, pos)
    QTest.mouseDClick(viewport, left, none, pos)
    QTest.mouseRelease(viewport, left, none, pos)
    QApplication.processEvents()
    emotion = journey.emotion(persona, point.stage_id, point.step_id)
    assert emotion is not None and emotion.score == -1.5
    assert plot.curves[persona].score_values[1] == -1.5


def test_stage_and_step_edits_keep_the_curve_in_step_and_undo_restores(plot):
    document = plot.document
    journey = document.journey
    persona = journey.personas[0].id

    def shown() -> list[tuple[str, str | None]]:
        return [(p.stage_id, p.step_id) for p in plot.points]

    original = list(plot.curves[persona].score_values)
    stage = journey.stages[1]
    document.add_step(stage.id, "새 단계", 0)
    assert shown() == journey.points()
    document.add_stage("새 스테이지", 0)
    assert shown() == journey.points() and math.isnan(plot.curves[persona].score_values[0])
    document.remove_stage(journey.stages[2].id)  # the stage with steps and scores
    assert shown() == journey.points()
    assert len(plot.curves[persona].score_values) == len(journey.points())
    for _ in range(3):
        document.undo_stack.undo()
    assert shown() == journey.points()
    assert plot.curves[persona].score_values == pytest.approx(original, nan_ok=True)


def test_picture_legend_is_a_plain_key_without_hidden_personas(plot):
    hidden = plot.document.journey.personas[1].id
    plot.set_persona_visible(hidden, False)
    from PySide6.QtGui import QPalette

    plot.prepare_for_picture()
    text_role = QPalette.ColorRole.WindowText
    for entry in plot.picture_entries:  # the names read in the plot's own text colour
        assert entry.text.palette().color(text_role) == plot.appearance.plot_text
    # no check box drawn in the picture (they left stray ticks): plain samples and names
    assert all(check.isHidden() for check in (*plot.checks.values(), plot.to_be_check))
    names = [entry.text.text() for entry in plot.picture_entries]
    journey = plot.document.journey
    assert names == [p.name for p in journey.personas if p.id != hidden] + ["To-be (dashed)"]


def test_every_y_label_fits_the_axis_in_english(plot):
    from PySide6.QtGui import QFontMetrics

    axis = plot.plot_item.getAxis("left")
    metrics = QFontMetrics(axis.style["tickFont"] or plot.font())
    for _value, text in axis._tickLevels[0]:
        assert metrics.horizontalAdvance(text) < axis.width()


def test_canvas_lane_follows_a_plot_point_while_it_is_dragged(qtbot):
    window, plot, persona, index, point, marker_y = _window_and_scored_point(qtbot)
    document = window.document
    before_y = marker_y()
    before = document.journey.emotion(persona, point.stage_id, point.step_id).score
    start = plot.point_scene_pos(persona, index).toPoint()
    end = QPointF(start.x(), plot.value_to_viewport_y(before + 1.0)).toPoint()
    viewport = plot.plot_widget.viewport()
    QTest.mouseMove(viewport, start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 9):
        QTest.qWait(15)
        QTest.mouseMove(viewport, start + (end - start) * step / 8)
    QApplication.processEvents()
    # Mid-drag: the model is unchanged, yet the canvas marker already moved up.
    assert document.journey.emotion(persona, point.stage_id, point.step_id).score == before
    assert marker_y() < before_y
    QTest.qWait(15)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QApplication.processEvents()
    assert document.journey.emotion(persona, point.stage_id, point.step_id).score == before + 1
    assert not any(lane.preview for lane in window.canvas.journey_scene.emotion_lanes.values())
    document.undo_stack.undo()  # back to the saved state, so closing asks nothing
    assert marker_y() == pytest.approx(before_y)


def test_stage_names_wrap_under_narrow_columns_instead_of_being_cut(qtbot):
    ensure_app()
    from PySide6.QtGui import QFontMetrics

    from cjm_desktop.plots.emotion_plot import EmotionPlot

    widget = EmotionPlot(Document(load_sample("en")))
    qtbot.addWidget(widget)
    widget.resize(760, 320)
    widget.show()
    qtbot.waitExposed(widget)
    bottom = widget.plot_item.getAxis("bottom")
    ticks = bottom._tickLevels[0]
    metrics = QFontMetrics(bottom.style["tickFont"] or widget.font())
    names = " ".join(t.replace("\n", " ") for _x, t in ticks)
    for stage in widget.document.journey.stages:  # every name whole, over several lines
        assert stage.name in names
    assert "…" not in names
    assert any(len(text.split("\n")) > 2 for _x, text in ticks)
    for _x, text in ticks:
        for line in text.split("\n"):
            assert metrics.horizontalAdvance(line) <= widget._tick_column, line
