"""Workshop mode II in the window: a dot vote on the presentation (keys and clicks, hidden
counts, reveal, one undo step), a plan run with N and its prompts, scoring with 1–5 and
Up/Down, and End workshop writing its files. Real key and mouse events; a fake clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import window_fixture  # noqa: F401 (fixture)
from workshop_helpers import FakeClock, press

from cjm_desktop.files import load_map
from cjm_desktop.model.voting import VoteScope, VoteSettings, VoteState
from cjm_desktop.model.workshop_plan import ActivityKind, builtin_plan


def _part(window):
    window.workshop.clock = window.workshop.clock or FakeClock()
    return window.workshop.part()


def _pain_lane(window):
    return next(lane for lane in window.document.journey.lanes if lane.kind == "pain_points")


def test_a_dot_vote_with_hidden_counts_reveals_and_writes_one_undo_step(window):
    part = _part(window)
    lane = _pain_lane(window)
    vote = part.start_vote(VoteSettings(2, ["Ann", "Bo"], VoteScope.LANE, lane.id))
    presentation = part.presentation
    assert presentation is not None and presentation.mode is vote
    cards = vote.session.card_ids
    assert cards and all(window.document.journey.card(c).lane == lane.id for c in cards)
    QApplication.processEvents()
    box = next(b for b in presentation.slide().cards if b.card_id in cards)
    QTest.mouseClick(presentation, Qt.MouseButton.LeftButton, pos=box.rect.center().toPoint())
    press(presentation, Qt.Key.Key_Space)  # a second dot on the same card
    assert vote.session.remaining("Ann") == 0 and not vote.session.counts_visible()
    press(presentation, Qt.Key.Key_Backspace)  # take one back
    assert vote.session.remaining("Ann") == 1
    press(presentation, Qt.Key.Key_Space)
    press(presentation, Qt.Key.Key_Tab)  # Bo's turn
    assert vote.participant == "Bo"
    press(presentation, Qt.Key.Key_Space)
    before = {c: window.document.journey.card(c).votes for c in cards}
    steps = window.document.undo_stack.count()
    press(presentation, Qt.Key.Key_R)
    assert vote.session.state is VoteState.REVEALED
    assert vote.session.ranked()[0] == (box.card_id, 3, 1)
    press(presentation, Qt.Key.Key_Return)  # finish
    assert presentation.mode is None
    assert window.document.undo_stack.count() == steps + 1
    assert window.document.journey.card(box.card_id).votes == before[box.card_id] + 3
    press(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {c: window.document.journey.card(c).votes for c in cards} == before
    assert window.document.journey.vote_tallies == []
    press(presentation, Qt.Key.Key_Escape)


def test_a_plan_runs_with_n_shows_prompts_focuses_lanes_and_times(window):
    part = _part(window)
    clock = window.workshop.clock
    runner = part.start_plan(builtin_plan("journey", "ko", window.document.journey))
    presentation = part.presentation
    assert window.document.journey.workshop_plan is not None  # kept in the map
    assert presentation.prompt == "무엇을 하나요? 행동을 적어 주세요"
    lane = window.document.journey.lane(presentation.focus.lane_id)
    assert lane.kind == "actions" and part.countdown.text() == "20:00"
    clock.advance(60)
    press(presentation, Qt.Key.Key_N)
    current = runner.current()
    assert current is not None and current.index == 1
    assert window.document.journey.lane(presentation.focus.lane_id).kind == "thoughts"
    press(presentation, Qt.Key.Key_N)
    assert runner.current().kind is ActivityKind.SCORE and presentation.mode is not None
    press(presentation, Qt.Key.Key_N)
    press(presentation, Qt.Key.Key_N)
    assert runner.current().is_vote and part.vote is not None
    press(presentation, Qt.Key.Key_Space)
    press(presentation, Qt.Key.Key_N)  # the vote is counted before going on
    assert len(window.document.journey.vote_tallies) == 1
    plan, records, _now = part.records()
    assert [r.index for r in records] == [0, 1, 2, 3, 4, 5] and records[0].seconds(clock()) == 60
    press(presentation, Qt.Key.Key_Escape)


def test_scoring_keys_set_the_focused_stage_one_step_each(window):
    part = _part(window)
    mode = part.start_scoring()
    presentation = part.presentation
    journey = window.document.journey
    stage = journey.stage(presentation.focus.stage_id)
    step = stage.steps[0].id if stage.steps else None
    steps = window.document.undo_stack.count()
    press(presentation, Qt.Key.Key_5)
    assert journey.emotion(mode.persona_id, stage.id, step).score == 2
    press(presentation, Qt.Key.Key_Down)
    assert journey.emotion(mode.persona_id, stage.id, step).score == 1
    press(presentation, Qt.Key.Key_1)
    assert journey.emotion(mode.persona_id, stage.id, step).score == -2
    assert window.document.undo_stack.count() == steps + 3
    press(presentation, Qt.Key.Key_Escape)


def test_end_workshop_writes_the_files_and_the_map_loads(window, tmp_path):
    _part(window)
    action = window.findChild(QAction, "workshopEnd")
    assert action is not None and window.findChild(QAction, "workshopVote") is not None
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information = lambda *args, **kwargs: QMessageBox.StandardButton.Ok
    paths = window.workshop.end_workshop(tmp_path)
    assert len(paths) == 4 and all(p.is_file() for p in paths)
    assert load_map(paths[0]) == window.document.journey



def test_end_workshop_on_the_bundled_sample_defaults_to_documents(window):
    from cjm_desktop.main_window.workshop_end import default_folder

    assert default_folder(window.document).name == "CJM Desktop"
