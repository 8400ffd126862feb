"""The inspector dock: editing every kind of object, one undo step per edit or typing burst,
no reload under the user's cursor, refresh on changes made elsewhere, inline errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget
from window_helpers import card_of_kind, window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.vocab import CardKind, Channel, LaneKind


def choose(combo: QComboBox, binding, value) -> None:
    """Pick ``value`` in a bound combo box the way a user does (activated)."""
    index = binding.values.index(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_inspector_is_a_right_dock_showing_map_properties_when_nothing_selected(window):
    inspector = window.findChild(QDockWidget, "inspector")
    assert inspector is window.inspector_dock
    assert window.dockWidgetArea(inspector) == Qt.DockWidgetArea.RightDockWidgetArea
    inspector.show_ids([])
    assert inspector.heading.text() == "Map properties"
    title = inspector.form.binding("info.title").widget
    assert title.text() == window.document.journey.info.title
    owner = inspector.form.binding("info.owner").widget
    assert owner.text() == "CX전략팀 이수민"


def test_map_title_typing_is_one_undo_step_and_the_checklist_is_editable(window, qtbot):
    inspector, document = window.inspector_dock, window.document
    inspector.show_ids([])
    before = document.undo_stack.count()
    title = inspector.form.binding("info.title").widget
    title.setFocus()
    title.end(False)
    QTest.keyClicks(title, " v2")  # QTest types ASCII only
    assert document.journey.info.title == "배달 앱으로 저녁 주문하기 v2"
    assert document.undo_stack.count() == before + 1
    answer = inspector.form.binding("checklist.checkout.answer")
    choose(answer.widget, answer, "yes")
    assert document.journey.checklist_item("checkout").answer == "yes"
    document.undo_stack.undo()
    assert document.journey.checklist_item("checkout").answer == "no"
    document.undo_stack.undo()
    assert document.journey.info.title == "배달 앱으로 저녁 주문하기"
    assert title.text() == "배달 앱으로 저녁 주문하기"  # the form follows the undo


def test_clearing_an_empty_selection_keeps_the_map_form_under_the_cursor(window):
    """Clicking empty canvas while the map's properties are shown leaves the form alone: the
    field being typed in keeps its text and cursor (and the form is not built again)."""
    inspector, canvas = window.inspector_dock, window.canvas
    inspector.show_ids([])
    form = inspector.form
    title = form.binding("info.title").widget
    title.setFocus()
    title.setCursorPosition(2)
    canvas.scene().clearSelection()
    inspector.show_ids(canvas.selected_ids())  # what the canvas's selection signal does
    assert inspector.form is form
    assert title.cursorPosition() == 2
    card = card_of_kind(window, "touchpoint")
    inspector.show_ids([card.id])
    assert inspector.form is not form and not form.isVisible()
    window.document.update_info({"title": "Renamed while a card was shown"})
    inspector.show_ids([])
    # the map's form is kept (shown again at once) and shows what changed meanwhile
    assert inspector.form is form and form.isVisible()
    assert inspector.heading.text() == "Map properties"
    assert title.text() == "Renamed while a card was shown"


def test_a_new_map_gets_a_new_map_form(window):
    inspector = window.inspector_dock
    inspector.show_ids([])
    form = inspector.form
    window.document.replace(load_sample("ko"), None)
    assert inspector.form is not form
    assert inspector.form.binding("info.title").widget.text() == \
        window.document.journey.info.title


def test_changing_a_touchpoint_channel_is_one_undo_step(window):
    inspector, document = window.inspector_dock, window.document
    card = card_of_kind(window, "touchpoint")
    old = card.touchpoint.channel
    inspector.show_ids([card.id])
    assert inspector.target == ("card", card.id)
    binding = inspector.form.binding("touchpoint.channel")
    before = document.undo_stack.count()
    choose(binding.widget, binding, Channel.PHONE.value)
    assert document.journey.card(card.id).touchpoint.channel == "phone"
    assert document.undo_stack.count() == before + 1
    document.undo_stack.undo()
    assert document.journey.card(card.id).touchpoint.channel == old
    assert binding.values[binding.widget.currentIndex()] == old


def test_typing_a_burst_is_one_undo_step_and_keeps_the_cursor(window, qtbot):
    inspector, document = window.inspector_dock, window.document
    card = card_of_kind(window, "note")
    original = card.text
    inspector.show_ids([card.id])
    editor = inspector.form.binding("text").widget
    form = inspector.form
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    before = document.undo_stack.count()
    QTest.keyClicks(editor, "abc")
    assert document.journey.card(card.id).text == original + "abc"
    assert document.undo_stack.count() == before + 1
    # Nothing reloaded under the cursor: same form, same editor, cursor still at the end.
    assert inspector.form is form
    assert editor.textCursor().position() == len(original) + 3
    # Leaving the field ends the burst: the next typing is a new step.
    document.end_burst()
    QTest.keyClicks(editor, "d")
    assert document.undo_stack.count() == before + 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.journey.card(card.id).text == original
    assert editor.toPlainText() == original


def test_a_change_made_elsewhere_refreshes_the_form(window):
    inspector, document = window.inspector_dock, window.document
    card = card_of_kind(window, "pain_point")
    inspector.show_ids([card.id])
    document.update_card(card.id, {"text": "캔버스에서 고침", "pain_point.severity": "high"},
                         origin="canvas")
    assert inspector.form.binding("text").widget.toPlainText() == "캔버스에서 고침"
    severity = inspector.form.binding("pain_point.severity")
    assert severity.values[severity.widget.currentIndex()] == "high"


def test_pain_point_links_to_a_touchpoint_and_whys(window):
    inspector, document = window.inspector_dock, window.document
    card = card_of_kind(window, "pain_point")
    touchpoints = [c.id for c in document.journey.ordered_cards() if c.kind == "touchpoint"]
    inspector.show_ids([card.id])
    link = inspector.form.binding("pain_point.touchpoint")
    assert set(touchpoints) <= set(link.values)
    choose(link.widget, link, touchpoints[-1])
    assert document.journey.card(card.id).pain_point.touchpoint == touchpoints[-1]
    whys = inspector.form.binding("pain_point.whys")
    whys.lines[3].setFocus()
    QTest.keyClicks(whys.lines[3], "fourth why")
    assert document.journey.card(card.id).pain_point.whys[3] == "fourth why"


def test_opportunity_links_pain_points_with_check_boxes(window):
    inspector, document = window.inspector_dock, window.document
    card = card_of_kind(window, "opportunity")
    inspector.show_ids([card.id])
    links = inspector.form.binding("opportunity.pain_points").widget
    pain_ids = [c.id for c in document.journey.ordered_cards() if c.kind == "pain_point"]
    assert links.count() == len(pain_ids)
    item = next(links.item(i) for i in range(links.count())
                if links.item(i).checkState() == Qt.CheckState.Unchecked)
    item.setCheckState(Qt.CheckState.Checked)
    assert item.data(Qt.ItemDataRole.UserRole) in (
        document.journey.card(card.id).opportunity.pain_points)


def test_kpi_numbers_and_ratings_with_none(window):
    inspector, document = window.inspector_dock, window.document
    kpi = card_of_kind(window, "kpi")
    inspector.show_ids([kpi.id])
    target = inspector.form.binding("kpi.target").widget
    target.setFocus()
    target.selectAll()
    QTest.keyClicks(target, "12.5")
    assert document.journey.card(kpi.id).kpi.target == 12.5
    QTest.keyClicks(target, "x")  # not a number: refused quietly, model keeps 12.5
    assert document.journey.card(kpi.id).kpi.target == 12.5
    target.selectAll()
    QTest.keyClicks(target, "nan")  # a float() would take it; a map file cannot hold it
    assert document.journey.card(kpi.id).kpi.target == 12.5
    touchpoint = card_of_kind(window, "touchpoint")
    inspector.show_ids([touchpoint.id])
    csat = inspector.form.binding("touchpoint.satisfaction").widget
    assert csat.specialValueText() == "—"
    csat.setValue(csat.minimum())
    assert document.journey.card(touchpoint.id).touchpoint.satisfaction is None
    csat.setValue(4)
    assert document.journey.card(touchpoint.id).touchpoint.satisfaction == 4


def test_changing_the_kind_rebuilds_the_form(window):
    inspector, document = window.inspector_dock, window.document
    card = card_of_kind(window, "note")
    inspector.show_ids([card.id])
    kind = inspector.form.binding("kind")
    choose(kind.widget, kind, CardKind.PAIN_POINT.value)
    QApplication.processEvents()
    assert document.journey.card(card.id).kind == "pain_point"
    assert any(b.path == "pain_point.category" for b in inspector.form.bindings)
    document.undo_stack.undo()
    assert not any(b.path.startswith("pain_point") for b in inspector.form.bindings)


def test_a_refused_edit_shows_a_message_not_a_traceback(window):
    inspector, document = window.inspector_dock, window.document
    lane = next(lane for lane in document.journey.lanes if lane.kind == "actions")
    inspector.show_ids([lane.id])
    kind = inspector.form.binding("kind")
    choose(kind.widget, kind, LaneKind.EMOTIONS.value)
    assert document.journey.lane(lane.id).kind == "actions"
    assert "emotion lane" in window.statusBar().currentMessage()  # the one way
    assert kind.values[kind.widget.currentIndex()] == "actions"


def test_stage_form_edits_fields_and_steps(window, qtbot):
    inspector, document = window.inspector_dock, window.document
    stage = document.journey.stages[1]
    inspector.show_ids([stage.id])
    assert inspector.heading.text() == "Stage"
    goal = inspector.form.binding("goal").widget
    goal.setFocus()
    goal.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(goal, "!")
    assert document.journey.stage(stage.id).goal.endswith("!")
    steps = inspector.form.steps
    assert steps.count() == 3
    steps.setCurrentRow(0)
    inspector.form._add_step()
    assert len(document.journey.stage(stage.id).steps) == 4
    assert steps.count() == 4
    first = document.journey.stage(stage.id).steps[0].id
    steps.setCurrentRow(0)
    inspector.form._move_step(1)
    assert document.journey.stage(stage.id).steps[1].id == first
    document.undo_stack.undo()  # the move
    document.undo_stack.undo()  # the new step
    assert steps.count() == 3


def test_step_lane_and_emotion_point_forms(window):
    inspector, document = window.inspector_dock, window.document
    journey = document.journey
    step = journey.stages[1].steps[0]
    inspector.show_ids([step.id])
    assert inspector.target == ("step", step.id)
    inspector.form.binding("name").widget.setText("x")
    inspector.form.binding("name").widget.textEdited.emit("검색")
    assert journey.find_step(step.id)[1].name == "검색"

    persona = journey.personas[0].id
    stage = journey.stages[0].id
    inspector.show_ids([f"{persona}|{stage}|"])
    assert inspector.target[0] == "emotion-point"
    score = inspector.form.binding("score").widget
    score.setValue(-1.5)
    assert journey.emotion(persona, stage, None).score == -1.5
    score.setValue(score.minimum())
    assert journey.emotion(persona, stage, None).score is None  # "no score"


def test_deleting_the_shown_object_falls_back_to_the_map(window):
    inspector, document = window.inspector_dock, window.document
    card = card_of_kind(window, "kpi")
    inspector.show_ids([card.id])
    document.remove_cards([card.id], origin="canvas")
    assert inspector.target is None
    assert inspector.heading.text() == "Map properties"
