"""Scores set on the canvas emotion lane, as on the emotion plot: drag a point up or down, or
double-click a persona's slot; one undo step per gesture, through the Document."""

from __future__ import annotations

from canvas_helpers import make_view, settle, to_view
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.files import map_to_dict
from cjm_desktop.model.ids import emotion_point_id as point_id
from cjm_desktop.model.vocab import suggested_label


def lane_of(view):
    return next(iter(view.journey_scene.emotion_lanes.values()))


def slot(view, index: int, score: float) -> QPointF:
    """The scene point of column ``index`` at ``score`` on the emotion lane."""
    lane = lane_of(view)
    return lane.mapToScene(QPointF(lane.xs[index], lane.y_of(score)))


def scored_point(view, persona_id: str, wanted=lambda score: True):
    journey = view.document.journey
    for index, (stage, step) in enumerate(journey.points()):
        emotion = journey.emotion(persona_id, stage, step)
        if emotion is not None and emotion.score is not None and wanted(emotion.score):
            return index, (stage, step), emotion
    raise AssertionError("no scored point")


def test_dragging_a_point_sets_its_score_in_one_undo_step(qtbot):
    view = make_view(qtbot)
    document = view.document
    journey, stack = document.journey, document.undo_stack
    persona = journey.personas[0]
    index, (stage, step), emotion = scored_point(view, persona.id, lambda s: s <= 0.5)
    old = emotion.score
    original = map_to_dict(journey)
    ident = point_id(persona.id, stage, step)
    vp = view.viewport()
    start, end = to_view(view, slot(view, index, old)), to_view(view, slot(view, index, old + 1.4))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(vp, start + (end - start) * (i / 8))
    # while dragging, the lane shows the new score but the map is untouched
    marker = lane_of(view).markers[ident]
    assert abs(marker.scenePos().y() - slot(view, index, old + 1.5).y()) < 1
    assert journey.emotion(persona.id, stage, step).score == old and stack.count() == 0
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    settle(view)
    after = journey.emotion(persona.id, stage, step)
    assert after.score == old + 1.5  # snapped to the nearest half step
    if emotion.label is None or emotion.label == suggested_label(old).value:
        assert after.label == suggested_label(old + 1.5).value  # the label follows
    assert stack.count() == 1
    stack.undo()
    assert map_to_dict(journey) == original


def test_escape_during_a_point_drag_changes_nothing(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    persona = journey.personas[0]
    index, (stage, step), emotion = scored_point(view, persona.id, lambda s: s <= 0)
    ident = point_id(persona.id, stage, step)
    vp = view.viewport()
    start, end = to_view(view, slot(view, index, emotion.score)), to_view(
        view, slot(view, index, emotion.score + 2))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        QTest.mouseMove(vp, start + (end - start) * (i / 6))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    settle(view)
    assert journey.emotion(persona.id, stage, step).score == emotion.score
    assert view.document.undo_stack.count() == 0
    marker = lane_of(view).markers[ident]
    assert abs(marker.scenePos().y() - slot(view, index, emotion.score).y()) < 1


def test_double_click_on_an_empty_slot_scores_the_active_persona(qtbot):
    view = make_view(qtbot)
    document = view.document
    journey, stack = document.journey, document.undo_stack
    first, second = journey.personas[:2]
    stage, step = journey.points()[1]
    for persona in (first, second):
        document.set_emotion(persona.id, stage, step, {"score": None, "label": None})
    stack.clear()
    view.set_active_persona(second.id)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, to_view(view, slot(view, 1, -1.1)))
    settle(view)
    assert journey.emotion(second.id, stage, step).score == -1.0
    assert journey.emotion(second.id, stage, step).label == suggested_label(-1.0).value
    untouched = journey.emotion(first.id, stage, step)
    assert untouched is None or untouched.score is None
    assert stack.count() == 1
    assert point_id(second.id, stage, step) in lane_of(view).markers
    # a hidden persona is never scored: the first shown one is
    view.set_hidden_personas([second.id])
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, to_view(view, slot(view, 1, 2)))
    settle(view)
    assert journey.emotion(first.id, stage, step).score == 2.0
    assert journey.emotion(second.id, stage, step).score == -1.0
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    for persona in (first, second):
        emotion = journey.emotion(persona.id, stage, step)
        assert emotion is None or emotion.score is None


def test_a_label_chosen_by_hand_stays_when_the_score_is_dragged(qtbot):
    view = make_view(qtbot)
    document = view.document
    journey = document.journey
    persona = journey.personas[0]
    stage, step = journey.points()[0]
    document.set_emotion(persona.id, stage, step, {"score": -2.0, "label": "delighted"})
    settle(view)
    from canvas_helpers import drag

    drag(view, slot(view, 0, -2.0), slot(view, 0, 0.0))
    emotion = journey.emotion(persona.id, stage, step)
    assert emotion.score == 0.0 and emotion.label == "delighted"


def test_the_window_scores_the_persona_chosen_in_the_personas_panel(window):
    journey = window.document.journey
    canvas, panel = window.canvas, window.persona_panel
    second = journey.personas[1]
    panel.set_active_persona(second.id)
    QApplication.processEvents()
    stage, step = journey.points()[2]
    window.document.set_emotion(second.id, stage, step, {"score": None, "label": None})
    canvas.journey_scene.flush()
    lane = lane_of(canvas)
    target = lane.mapToScene(QPointF(lane.xs[2], lane.y_of(1.5)))
    canvas.centerOn(target)
    QApplication.processEvents()
    scene = canvas.journey_scene
    assert target.y() > scene.sticky_top() and target.x() > scene.sticky_left()
    QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, canvas.mapFromScene(target))
    QApplication.processEvents()
    assert journey.emotion(second.id, stage, step).score == 1.5


def test_a_double_click_on_the_frozen_headers_over_the_lane_renames_not_scores(qtbot):
    view = make_view(qtbot, size=(900, 500))
    scene = view.journey_scene
    target = slot(view, 1, 0)
    view.verticalScrollBar().setValue(round(target.y() - scene.layout.header_h / 2))
    settle(view)
    assert target.y() < scene.sticky_top()  # the stage headers now cover this spot
    before = map_to_dict(view.document.journey)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, to_view(view, target))
    settle(view)
    assert view.editor.is_active()  # the header's name opens for editing
    assert view.editor.target in {*scene.stages, *scene.steps}
    view.editor.cancel()
    assert map_to_dict(view.document.journey) == before
    # The header item takes a real double-click first; the lane's own scoring must refuse
    # the covered spot too, or any click path that misses the header item would score it.
    persona = view.document.journey.personas[0].id
    stage, step = view.document.journey.points()[1]
    assert view.document.journey.emotion(persona, stage, step).score != 0
    assert view.score_at(target) is False
    assert map_to_dict(view.document.journey) == before
    assert view.document.undo_stack.count() == 0
    view.verticalScrollBar().setValue(0)  # the same spot uncovered does score
    settle(view)
    assert view.score_at(target) is True
    assert view.document.journey.emotion(persona, stage, step).score == 0
