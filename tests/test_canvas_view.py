"""Canvas view: filter bar, palette drops, zoom, frozen headers, emotion lane, main window."""

from __future__ import annotations

from canvas_helpers import card_center, cell_center, click, drag, make_view, settle
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from cjm_desktop.editing.clipboard import CARD_KIND_MIME, card_kind_mime


def _drop(view, mime: QMimeData, scene_point: QPointF) -> QDropEvent:
    pos = QPointF(view.mapFromScene(scene_point))
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    settle(view)
    return drop


def test_palette_drop_creates_a_card_of_that_kind_in_the_cell(qtbot):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    row = next(r for r in range(len(scene.layout.lane_ids)) if scene.is_card_row(r))
    cell = scene.cell_key(1, row)
    before = journey.cell_ids(cell)
    assert CARD_KIND_MIME == "application/x-cjm-card-kind"
    drop = _drop(view, card_kind_mime("pain_point"), cell_center(view, 1, row))
    assert drop.isAccepted()
    added = [i for i in journey.cell_ids(cell) if i not in before]
    assert len(added) == 1 and journey.cards[added[0]].kind == "pain_point"
    assert view.editor.is_active()  # the new card opens for typing
    view.editor.box().insertPlainText("환불 절차가 복잡함")
    view.editor.commit()
    assert journey.cards[added[0]].text == "환불 절차가 복잡함"


def test_find_bar_dims_non_matching_cards_and_steps_through_matches(qtbot):
    from cjm_desktop.canvas.find_bar import FindBar

    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    bar = FindBar(view)
    qtbot.addWidget(bar)
    bar.open_bar()
    word = "배달"
    expected = [c.id for c in journey.ordered_cards()
                if word in c.text or word in c.notes or any(word in t for t in c.tags)]
    assert 1 < len(expected) < len(journey.cards)
    bar.text.setText(word)
    bar.apply()
    assert bar.matches == expected
    for card_id, item in scene.cards.items():
        assert (item.opacity() == 1.0) == (card_id in expected)
    assert bar.step(1) == expected[0] and view.selected_ids() == [expected[0]]
    assert bar.step(1) == expected[1]
    assert bar.step(-1) == expected[0]
    bar.text.setText("")
    bar.kind.setCurrentIndex(bar.kind.findData("pain_point"))
    bar.category.setCurrentIndex(bar.category.findData("financial"))
    bar.apply()
    assert bar.matches and all(
        journey.cards[i].pain_point.category == "financial" for i in bar.matches)
    bar.close_bar()
    assert all(item.opacity() == 1.0 for item in scene.cards.values())


def test_ctrl_wheel_zooms_and_headers_stay_visible_while_scrolling(qtbot):
    view = make_view(qtbot, size=(900, 600))
    scene = view.journey_scene
    pos = QPointF(400, 300)
    wheel = QWheelEvent(pos, view.mapToGlobal(pos.toPoint()).toPointF(), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > 1.1
    view.zoom_reset()
    assert view.zoom() == 1.0
    view.verticalScrollBar().setValue(400)
    view.horizontalScrollBar().setValue(300)
    settle(view)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    stage_item = scene.stages[view.document.journey.stages[1].id]
    lane_item = scene.lanes[view.document.journey.lanes[3].id]
    assert abs(stage_item.sceneBoundingRect().top() - visible.top()) < 1
    assert abs(lane_item.sceneBoundingRect().left() - visible.left()) < 1
    view.fit_map()
    assert view.zoom() < 1.0
    full = view.mapToScene(view.viewport().rect()).boundingRect()
    assert full.contains(QPointF(scene.layout.width - 1, scene.layout.height - 1))


def test_emotion_lane_markers_select_update_live_and_hide(qtbot):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    lane = next(iter(scene.emotion_lanes.values()))
    persona = journey.personas[0]
    stage = journey.stages[0]
    step = stage.steps[0].id if stage.steps else None
    ident = f"{persona.id}|{stage.id}|{step or ''}"
    marker = lane.markers[ident]
    assert marker.data(1) == "emotion-point"
    seen = []
    view.selectionChanged.connect(lambda ids, kind: seen.append((ids, kind)))
    click(view, marker.scenePos())
    assert seen[-1] == ([ident], "emotion-point")
    old_y = marker.scenePos().y()
    view.document.set_emotion(persona.id, stage.id, step, {"score": 2.0})
    new_marker = lane.markers[ident]
    assert new_marker.scenePos().y() <= old_y
    assert new_marker.scenePos().y() == lane.mapToScene(QPointF(0, lane.y_of(2.0))).y()
    view.document.set_emotion(persona.id, stage.id, step, {"score": None})
    assert ident not in lane.markers  # a point without a score is a gap
    view.set_hidden_personas([persona.id])
    assert not any(k.startswith(persona.id + "|") for k in lane.markers)
    view.set_hidden_personas([])
    assert any(k.startswith(persona.id + "|") for k in lane.markers)


def test_main_window_drag_marks_modified_and_undo_clears_it(qtbot, tmp_path):
    from cjm_desktop.app import create_main_window
    from cjm_desktop.files.templates import sample_path

    window = create_main_window(sample_path("ko"))
    qtbot.addWidget(window)
    window.resize(1800, 1100)
    window.show()
    qtbot.waitExposed(window)
    view = window.canvas
    assert view.objectName() == "canvas"
    settle(view)
    journey, scene = window.document.journey, view.journey_scene
    cell = next(c for c in journey.cells() if journey.cell_ids(c))
    card_id = journey.cell_ids(cell)[0]
    col, row = scene.cell_index(cell)
    assert not window.isWindowModified()
    drag(view, card_center(view, card_id), cell_center(view, col + 1, row))
    assert journey.cards[card_id].cell == scene.cell_key(col + 1, row)
    assert window.isWindowModified()
    window.undo_action.trigger()
    settle(view)
    assert journey.cards[card_id].cell == cell
    assert not window.isWindowModified()
    view.zoom_in()
    assert window.zoom_label.text() == f"{round(view.zoom() * 100)} %"


def test_dropping_a_map_file_on_the_window_opens_it(qtbot, tmp_path):
    from cjm_desktop.app import create_main_window
    from cjm_desktop.files import save_map
    from cjm_desktop.files.templates import load_template, sample_path

    target = tmp_path / "other.cjm.json"
    other = load_template("blank", "en")
    other.update_info({"title": "Dropped map"})
    save_map(other, target)
    window = create_main_window(sample_path("ko"))
    qtbot.addWidget(window)
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    _drop(window.canvas, mime, QPointF(300, 300))
    assert window.document.journey.info.title == "Dropped map"
    assert window.document.path == target


def _menu_texts(monkeypatch, view, scene_point):
    """The context menu at a scene point as {text: action}, built but not shown."""
    from cjm_desktop.canvas.menus import build_context_menu

    menu = build_context_menu(view, view.mapFromScene(scene_point))
    return {action.text(): action for action in menu.actions() if action.text()}


def test_stage_lane_and_card_context_menus_edit_through_the_document(qtbot, monkeypatch):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    first = journey.stages[0]
    actions = _menu_texts(monkeypatch, view, scene.stages[first.id].sceneBoundingRect().center())
    assert {"Rename stage", "Add stage after", "Delete stage", "Add step"} <= set(actions)
    actions["Add stage after"].trigger()
    settle(view)
    assert len(journey.stages) == 7 and journey.stages[0].id == first.id
    assert journey.stages[1].id in scene.stages  # the new header exists
    lane = journey.lanes[0]
    actions = _menu_texts(monkeypatch, view, scene.lanes[lane.id].sceneBoundingRect().center())
    assert "Delete lane" in actions
    actions["Delete lane"].trigger()
    settle(view)
    assert lane.id not in [la.id for la in journey.lanes] and lane.id not in scene.lanes
    card_id = next(iter(journey.cards))
    actions = _menu_texts(monkeypatch, view, card_center(view, card_id))
    actions["Duplicate"].trigger()
    assert len(journey.cards) == len(scene.cards)
    assert view.document.undo_stack.count() == 3
    for _ in range(3):
        view.document.undo_stack.undo()
    settle(view)
    assert len(journey.stages) == 6 and journey.lanes[0].id == lane.id


def test_middle_button_and_space_drag_pan_the_view(qtbot):
    from PySide6.QtTest import QTest

    view = make_view(qtbot, size=(700, 500))
    vp = view.viewport()
    h0 = view.horizontalScrollBar().value()
    QTest.mousePress(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(400, 300))
    QTest.mouseMove(vp, QPoint(300, 250))
    QTest.mouseRelease(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(300, 250))
    assert view.horizontalScrollBar().value() == h0 + 100
    v0 = view.verticalScrollBar().value()
    view.setFocus()
    QTest.keyPress(vp, Qt.Key.Key_Space)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(400, 300))
    QTest.mouseMove(vp, QPoint(400, 220))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(400, 220))
    QTest.keyRelease(vp, Qt.Key.Key_Space)
    assert view.verticalScrollBar().value() == v0 + 80
    assert view.document.undo_stack.count() == 0
