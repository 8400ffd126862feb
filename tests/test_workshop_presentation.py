"""Workshop mode: presenting (entering, stepping, leaving) and quick capture on the sample map.

Driven with real key events on the presentation widget and its capture box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolBar, QWidget
from window_helpers import window_fixture  # noqa: F401 (fixture)
from workshop_helpers import FakeClock, compose, press, type_text

from cjm_desktop.model.vocab import LaneKind


def _present(window):
    window.workshop.clock = window.workshop.clock or FakeClock()
    window.findChild(QAction, "workshopPresent").trigger()
    QApplication.processEvents()
    shown = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "presentation" and w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _card_lanes(window):
    return [lane for lane in window.document.journey.lanes if lane.kind != LaneKind.EMOTIONS.value]


def _cell_texts(window, stage_id, lane_id):
    journey = window.document.journey
    stage = journey.stage(stage_id)
    steps = [s.id for s in stage.steps] or [None]
    return [c.text for step in steps for c in journey.cards_in((stage_id, step, lane_id))]


def test_the_workshop_part_is_built_on_first_use_only(window):
    assert not window.workshop.built
    assert window.findChild(QAction, "workshopPresent").shortcut().toString() == "F5"
    assert window.findChild(QAction, "workshopTimer") is not None
    bar = window.findChild(QToolBar, "mainToolBar")
    assert window.findChild(QAction, "workshopPresent") in bar.actions()
    _present(window)
    assert window.workshop.built


def test_present_then_escape_returns_to_exactly_the_editor_view(window):
    canvas = window.canvas
    canvas.set_zoom(1.3)
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum() // 2)
    QApplication.processEvents()
    before = (canvas.zoom(), canvas.horizontalScrollBar().value(),
              canvas.verticalScrollBar().value(), bytes(window.saveState()),
              window.isFullScreen(), [d.isVisible() for d in window.findChildren(QWidget)
                                      if d.objectName().endswith(("Dock", "Panel"))])
    presentation = _present(window)
    assert presentation.isFullScreen()
    press(presentation, Qt.Key.Key_Right)
    press(presentation, Qt.Key.Key_Escape)
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "presentation" and w.isVisible()]
    after = (canvas.zoom(), canvas.horizontalScrollBar().value(),
             canvas.verticalScrollBar().value(), bytes(window.saveState()),
             window.isFullScreen(), [d.isVisible() for d in window.findChildren(QWidget)
                                     if d.objectName().endswith(("Dock", "Panel"))])
    assert after == before


def test_the_presentation_closes_with_its_own_close_too(window):
    presentation = _present(window)
    presentation.close()
    QApplication.processEvents()
    assert not window.workshop.part().is_presenting()
    assert _present(window) is not presentation  # and presents again


def test_clicker_keys_step_stage_by_stage(window):
    stages = [s.id for s in window.document.journey.stages]
    presentation = _present(window)
    focus = presentation.focus
    press(presentation, Qt.Key.Key_Home)
    assert focus.stage_id == stages[0]
    press(presentation, Qt.Key.Key_PageDown)
    press(presentation, Qt.Key.Key_Right)
    assert focus.stage_id == stages[2]
    press(presentation, Qt.Key.Key_PageUp)
    assert focus.stage_id == stages[1]
    press(presentation, Qt.Key.Key_End)
    assert focus.stage_id == stages[-1]
    press(presentation, Qt.Key.Key_Right)  # no wrap at the end
    assert focus.stage_id == stages[-1]
    press(presentation, Qt.Key.Key_Left)
    assert focus.stage_id == stages[-2]
    name = window.document.journey.stages[-2].name
    assert presentation.header_text().stage.endswith(name)  # the quiet header follows


def test_up_and_down_walk_the_lanes_and_their_cards(window):
    lanes = [lane.id for lane in _card_lanes(window)]
    presentation = _present(window)
    focus = presentation.focus
    press(presentation, Qt.Key.Key_Home)
    focus.go_lane(0)
    count = len(focus.cell_cards())
    for _ in range(count):  # through the cards of the first lane
        press(presentation, Qt.Key.Key_Down)
        assert focus.lane_id == lanes[0] and focus.card_id is not None
    press(presentation, Qt.Key.Key_Down)
    assert focus.lane_id == lanes[1] and focus.card_id is None
    press(presentation, Qt.Key.Key_Up)  # back to the previous lane's last card
    assert focus.lane_id == lanes[0]
    assert focus.card_id == focus.cell_cards()[-1].id
    assert all(window.document.journey.lane(lane).kind != LaneKind.EMOTIONS.value
               for lane in lanes)


def test_capture_three_cards_with_korean_composition_and_letters_that_stay_text(window):
    presentation = _present(window)
    focus = presentation.focus
    press(presentation, Qt.Key.Key_Home)
    focus.go_lane(1)
    stage_id, lane_id = focus.stage_id, focus.lane_id
    before = _cell_texts(window, stage_id, lane_id)
    steps_before = window.document.undo_stack.count()

    press(presentation, Qt.Key.Key_Return)
    assert presentation.is_capturing()
    from PySide6.QtTest import QTest

    QTest.keyClicks(presentation.box, "Bt and T blank")  # B and T are text here
    press(presentation.box, Qt.Key.Key_Return)
    assert not presentation.blanked
    assert window.workshop.part().timer_dialog is None
    assert presentation.is_capturing()  # the next box is open at once

    compose(presentation.box, ["ㄱ", "기", "길"], "길")
    compose(presentation.box, ["ㅇ", "이"], "이")
    type_text(presentation.box, " 헷갈림")
    press(presentation.box, Qt.Key.Key_Return)

    type_text(presentation.box, "3")  # a digit is text too
    press(presentation.box, Qt.Key.Key_Return)
    press(presentation.box, Qt.Key.Key_Escape)
    assert not presentation.is_capturing()

    assert _cell_texts(window, stage_id, lane_id) == before + ["Bt and T blank", "길이 헷갈림", "3"]
    assert window.document.undo_stack.count() == steps_before + 3  # one step per card
    press(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _cell_texts(window, stage_id, lane_id) == before + ["Bt and T blank", "길이 헷갈림"]
    press(presentation, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _cell_texts(window, stage_id, lane_id)[-1] == "3"


def test_a_digit_opens_the_box_in_that_lane_and_tab_moves_on(window):
    lanes = [lane.id for lane in _card_lanes(window)]
    presentation = _present(window)
    press(presentation, Qt.Key.Key_Home)
    stage_id = presentation.focus.stage_id
    press(presentation, Qt.Key.Key_3)
    assert presentation.is_capturing() and presentation.focus.lane_id == lanes[2]
    assert presentation.box.toPlainText() == ""
    type_text(presentation.box, "세 번째 줄")
    press(presentation.box, Qt.Key.Key_Tab)  # commits, then the next lane
    assert presentation.focus.lane_id == lanes[3] and presentation.is_capturing()
    type_text(presentation.box, "네 번째")
    press(presentation.box, Qt.Key.Key_Return)
    assert _cell_texts(window, stage_id, lanes[2])[-1] == "세 번째 줄"
    assert _cell_texts(window, stage_id, lanes[3])[-1] == "네 번째"


def test_letters_are_commands_only_outside_the_box(window):
    presentation = _present(window)
    press(presentation, Qt.Key.Key_B)
    assert presentation.blanked
    press(presentation, Qt.Key.Key_B)
    assert not presentation.blanked
    press(presentation, Qt.Key.Key_T)
    dialog = window.workshop.part().timer_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_edit_and_delete_a_captured_card_in_the_presentation(window):
    presentation = _present(window)
    press(presentation, Qt.Key.Key_Home)
    presentation.focus.go_lane(0)
    stage_id, lane_id = presentation.focus.stage_id, presentation.focus.lane_id
    press(presentation, Qt.Key.Key_Return)
    type_text(presentation.box, "첫 메모")
    press(presentation.box, Qt.Key.Key_Return)
    press(presentation.box, Qt.Key.Key_Escape)
    texts = _cell_texts(window, stage_id, lane_id)
    for _ in range(len(texts)):
        press(presentation, Qt.Key.Key_Down)
    card_id = presentation.focus.card_id
    assert window.document.journey.card(card_id).text == "첫 메모"

    press(presentation, Qt.Key.Key_F2)
    assert presentation.box.toPlainText() == "첫 메모"
    type_text(presentation.box, " 고침")
    press(presentation.box, Qt.Key.Key_Return)
    assert not presentation.is_capturing()
    assert window.document.journey.card(card_id).text == "첫 메모 고침"

    press(presentation, Qt.Key.Key_Delete)
    assert card_id not in window.document.journey.cards
    press(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.card(card_id).text == "첫 메모 고침"


def test_an_empty_box_adds_nothing(window):
    presentation = _present(window)
    count = len(window.document.journey.cards)
    steps = window.document.undo_stack.count()
    press(presentation, Qt.Key.Key_Return)
    type_text(presentation.box, "   ")
    press(presentation.box, Qt.Key.Key_Return)
    press(presentation.box, Qt.Key.Key_Escape)
    assert len(window.document.journey.cards) == count
    assert window.document.undo_stack.count() == steps


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_card_text_is_sized_for_the_room(window, size):
    presentation = _present(window)
    presentation.showNormal()
    presentation.resize(*size)
    QApplication.processEvents()
    from cjm_desktop.workshop.slide_layout import fonts

    pixels = fonts(presentation.font(), presentation.unit())["card"].pixelSize()
    assert pixels >= 24 * size[1] / 1080
    slide = presentation.slide()
    assert slide.cards and all(box.rect.right() <= size[0] for box in slide.cards)


def test_undo_of_every_card_while_presenting_keeps_the_focus_valid(window):
    presentation = _present(window)
    press(presentation, Qt.Key.Key_End)
    stage_id = presentation.focus.stage_id
    window.document.remove_stage(stage_id)
    QApplication.processEvents()
    assert presentation.focus.stage_id in {s.id for s in window.document.journey.stages}
    presentation.repaint()


def test_the_capture_box_types_as_large_as_the_cards(window):
    presentation = _present(window)
    presentation.showNormal()
    presentation.resize(1920, 1080)
    QApplication.processEvents()
    press(presentation, Qt.Key.Key_Return)
    from cjm_desktop.workshop.slide_layout import fonts

    wanted = fonts(presentation.font(), presentation.unit())["card"].pixelSize()
    assert presentation.box.fontInfo().pixelSize() >= wanted - 1


def test_plus_and_minus_change_the_text_size_and_the_next_presentation_keeps_it(window):
    from PySide6.QtCore import QSettings

    from cjm_desktop.main_window.preferences import PRESENTATION_TEXT_KEY, PreferencesDialog

    presentation = _present(window)
    unit = presentation.unit()
    press(presentation, Qt.Key.Key_Plus)
    press(presentation, Qt.Key.Key_Plus)
    assert presentation.unit() == pytest.approx(unit * 1.2)
    press(presentation, Qt.Key.Key_Escape)
    assert QSettings().value(PRESENTATION_TEXT_KEY, type=int) == 120
    assert PreferencesDialog(window).presentation_text.value() == 120  # the preference
    QSettings().setValue(PRESENTATION_TEXT_KEY, 80)
    assert _present(window).scale == pytest.approx(0.8)


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_start_up_builds_no_workshop_part():
    """Only the menu actions exist at start: the workshop modules load on first use."""
    import subprocess
    import sys

    code = ("from cjm_desktop.app import create_main_window, ensure_app; import sys; "
            "ensure_app(); w = create_main_window(); "
            "print(sorted(m for m in sys.modules if m.startswith('cjm_desktop.workshop.')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_closing_the_window_closes_the_presentation(window):
    _present(window)
    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    assert not window.workshop.part().is_presenting()
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "presentation" and w.isVisible()]
