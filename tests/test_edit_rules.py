"""Every edit rule lives in the Document, so every path that reaches it gets the same
result: the label follows the score unless the person chose one (plot drag, plot keys,
canvas lane drag, inspector), colours have one spelling (Map menu, canvas menu, inspector,
persona form), a new lane is titled in the map's content language (Map menu, canvas menu)
and a no-op edit leaves no undo step."""

from __future__ import annotations

import pytest
from canvas_helpers import make_plot, make_view, settle, to_view
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QColorDialog, QInputDialog
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.editing import Document
from cjm_desktop.main_window.docks_feature import select
from cjm_desktop.model.ids import emotion_point_id

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _two_points(document: Document) -> tuple[str, tuple, tuple]:
    """The first persona with score +1 at two points: one label the score's suggestion
    ("satisfied", so it follows), one chosen by hand ("angry", so it stays). No undo steps."""
    journey = document.journey
    persona = journey.personas[0].id
    follows, chosen = journey.points()[1], journey.points()[3]
    document.set_emotion(persona, *follows, {"score": 1.0, "label": "satisfied", "to_be": None})
    document.set_emotion(persona, *chosen, {"score": 1.0, "label": "angry", "to_be": None})
    document.undo_stack.clear()
    return persona, follows, chosen


def _assert_labels(document: Document, persona: str, follows: tuple, chosen: tuple) -> None:
    journey = document.journey
    assert journey.emotion(persona, *follows).score == -1.0
    assert journey.emotion(persona, *follows).label == "confused"  # the suggestion for −1
    assert journey.emotion(persona, *chosen).score == -1.0
    assert journey.emotion(persona, *chosen).label == "angry"  # chosen by hand: kept
    assert document.undo_stack.count() == 2  # one step per gesture


@pytest.fixture
def plot(qtbot):
    return make_plot(qtbot)


def _plot_drag(plot, persona: str, index: int, score: float) -> None:
    viewport = plot.plot_widget.viewport()
    start = plot.point_scene_pos(persona, index).toPoint()
    end = QPointF(start.x(), plot.value_to_viewport_y(score)).toPoint()
    QTest.mouseMove(viewport, start)
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 9):
        QTest.qWait(15)  # pyqtgraph drops mouse moves closer than 10 ms apart
        QTest.mouseMove(viewport, start + (end - start) * step / 8)
    QTest.qWait(15)
    QTest.mouseRelease(viewport, LEFT, NONE, end)
    QApplication.processEvents()


def test_the_label_follows_a_score_dragged_on_the_plot(plot):
    persona, follows, chosen = _two_points(plot.document)
    points = plot.document.journey.points()
    for point in (follows, chosen):
        _plot_drag(plot, persona, points.index(point), -1.0)
    _assert_labels(plot.document, persona, follows, chosen)


def test_the_label_follows_a_score_set_with_the_keys_on_the_plot(plot):
    persona, follows, chosen = _two_points(plot.document)
    points = plot.document.journey.points()
    for point in (follows, chosen):
        plot.selection.select(persona, points.index(point), focus=True)
        for _ in range(4):
            QTest.keyClick(plot.plot_widget, Qt.Key.Key_Down)
    _assert_labels(plot.document, persona, follows, chosen)


def test_the_label_follows_a_score_dragged_on_the_canvas_lane(qtbot):
    view = make_view(qtbot)
    persona, follows, chosen = _two_points(view.document)
    lane = next(iter(view.journey_scene.emotion_lanes.values()))
    points = view.document.journey.points()
    for point in (follows, chosen):
        x = lane.xs[points.index(point)]
        start = to_view(view, lane.mapToScene(QPointF(x, lane.y_of(1.0))))
        end = to_view(view, lane.mapToScene(QPointF(x, lane.y_of(-1.0))))
        QTest.mousePress(view.viewport(), LEFT, NONE, start)
        for i in range(1, 9):
            QTest.mouseMove(view.viewport(), start + (end - start) * (i / 8))
        QTest.mouseRelease(view.viewport(), LEFT, NONE, end)
        settle(view)
    _assert_labels(view.document, persona, follows, chosen)


def test_the_label_follows_a_score_set_in_the_inspector_and_the_form_shows_it(window):
    document, inspector = window.document, window.inspector_dock
    persona, follows, chosen = _two_points(document)
    for point in (follows, chosen):
        inspector.show_ids([emotion_point_id(persona, *point)])
        inspector.form.binding("score").widget.setValue(-1.0)
        document.end_burst()
    _assert_labels(document, persona, follows, chosen)
    inspector.show_ids([emotion_point_id(persona, *follows)])
    inspector.form.binding("score").widget.setValue(-2.0)
    label = inspector.form.binding("label")
    assert document.journey.emotion(persona, *follows).label == "angry"
    assert label.widget.currentIndex() == label.values.index("angry")  # shown at once


def test_clearing_a_score_clears_only_a_label_that_echoed_it(window):
    document, inspector = window.document, window.inspector_dock
    persona, follows, chosen = _two_points(document)
    for point in (follows, chosen):
        inspector.show_ids([emotion_point_id(persona, *point)])
        score = inspector.form.binding("score").widget
        score.setValue(score.minimum())  # "no score"
        document.end_burst()
    journey = document.journey
    assert journey.emotion(persona, *follows).label is None  # it only echoed the score
    assert journey.emotion(persona, *chosen).label == "angry"


def test_a_stage_colour_is_stored_in_one_spelling_from_every_path(window, monkeypatch):
    document, journey = window.document, window.document.journey
    stages = journey.stages
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#12ab5c"))
    # the Map menu
    select(window, [stages[0].id])
    window.structure_actions.recolor_stage.trigger()
    # the canvas context menu
    from cjm_desktop.canvas.menus import build_context_menu

    view = window.canvas
    scene = view.journey_scene
    view.centerOn(scene.stages[stages[1].id])
    settle(view)
    menu = build_context_menu(view, view.mapFromScene(
        scene.stages[stages[1].id].sceneBoundingRect().center()))
    next(a for a in menu.actions() if a.text() == "Change colour…").trigger()
    # the inspector's colour button
    window.inspector_dock.show_ids([stages[2].id])
    window.inspector_dock.form.binding("color").button.click()
    # a direct call, a short spelling
    document.update_stage(stages[3].id, {"color": "#1ac"})
    assert [s.color for s in stages[:4]] == ["#12AB5C", "#12AB5C", "#12AB5C", "#11AACC"]
    # the persona form
    window.persona_panel.form.choose_color()
    assert journey.personas[0].color == "#12AB5C"


def test_recolouring_with_the_same_colour_in_another_case_is_no_undo_step(window, monkeypatch):
    document, journey = window.document, window.document.journey
    stage = journey.stages[0]
    monkeypatch.setattr(QColorDialog, "getColor",
                        lambda *a, **k: QColor(stage.color.lower()))
    before = document.undo_stack.count()
    from cjm_desktop.canvas.menus import build_context_menu

    view = window.canvas
    menu = build_context_menu(view, view.mapFromScene(
        view.journey_scene.stages[stage.id].sceneBoundingRect().center()))
    next(a for a in menu.actions() if a.text() == "Change colour…").trigger()
    select(window, [stage.id])
    window.structure_actions.recolor_stage.trigger()
    assert document.undo_stack.count() == before


def test_a_new_lane_is_titled_in_the_content_language_from_both_menus(window):
    journey = window.document.journey
    assert journey.info.language == "ko"  # while the interface speaks English
    window.structure_actions.add_lane["kpis"].trigger()
    assert journey.lanes[-1].title == "지표"
    from cjm_desktop.canvas.menus import build_context_menu

    view = window.canvas
    lane = journey.lanes[0]
    view.centerOn(view.journey_scene.lanes[lane.id])
    settle(view)
    menu = build_context_menu(view, view.mapFromScene(
        view.journey_scene.lanes[lane.id].sceneBoundingRect().center()))
    add = next(a for a in menu.actions() if a.text() == "Add lane below").menu()
    next(a for a in add.actions() if a.text() == "Thoughts").trigger()
    assert journey.lanes[1].kind == "thoughts" and journey.lanes[1].title == "생각"


def test_a_no_op_edit_pushes_no_undo_step_from_any_path(window, monkeypatch):
    document, journey = window.document, window.document.journey
    stack = document.undo_stack
    stage, card = journey.stages[0], next(iter(journey.cards.values()))
    before = stack.count()
    # the Document itself
    document.update_stage(stage.id, {"name": stage.name})
    document.update_card(card.id, {"text": card.text})
    document.update_persona(journey.personas[0].id, {"name": journey.personas[0].name})
    document.update_info({"title": journey.info.title})
    point = journey.points()[0]
    persona = journey.personas[0].id
    emotion = journey.emotion(persona, *point)
    document.set_emotion(persona, *point, {"score": emotion.score if emotion else None})
    # the Map menu: rename to the same name
    select(window, [stage.id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (stage.name, True))
    window.structure_actions.rename_stage.trigger()
    # the inspector: the same text typed again
    window.inspector_dock.show_ids([stage.id])
    name = window.inspector_dock.form.binding("name").widget
    name.textEdited.emit(stage.name)
    assert stack.count() == before


def test_a_refused_edit_is_shown_the_one_way_from_the_persona_form_and_canvas(window):
    """The persona form (now on the inspector's form binding) and the canvas report a
    refused edit through Document.refuse: the window's status bar, no dialog."""
    from cjm_desktop.panels.inspector_forms import BoundForm

    form = window.persona_panel.form
    assert isinstance(form, BoundForm)
    persona = window.document.journey.personas[0]
    form.set_persona(persona.id)
    form.age_spin.setValue(40)
    assert window.document.journey.persona(persona.id).age == 40
    assert not form._edit("age", 999)
    assert "age" in window.statusBar().currentMessage()
    assert form.age_spin.value() == 40  # the form shows the model again
    window.statusBar().clearMessage()
    window.canvas.report_error("not possible here")
    assert window.statusBar().currentMessage() == "not possible here"
