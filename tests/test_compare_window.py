"""The window side of two copies: the Compare dock (rows select and mark cards on the
canvas), taking changes one by one, File ▸ Merge… with its conflict dialog (one undo step)
and Import changes from workbook…."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.files import map_to_dict, save_map
from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_export import export_xlsx


def _other(tmp_path, edit, name="other.cjm.json"):
    journey = load_sample("ko")
    edit(journey)
    path = tmp_path / name
    save_map(journey, path)
    return path


def _rows(panel):
    return [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]


def _click_row(panel, row):
    tree = panel.tree
    rect = tree.visualItemRect(_rows(panel)[row])
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.center().x() + 30, rect.center().y()))


def test_compare_rows_select_their_card_and_mark_it_by_change(window, tmp_path):
    cards = [c.id for c in window.document.journey.ordered_cards()]
    path = _other(tmp_path, lambda j: (j.update_card(cards[0], {"text": "바뀐 카드"}),
                                      j.remove_card(cards[1])))
    part = window.two_copies
    assert window.findChild(type(part.compare_action), "fileCompare") is part.compare_action
    assert part.compare_with_path(path)
    QApplication.processEvents()
    assert part.dock.isVisible()
    panel = part.panel
    lines = [item.text(0) for item in _rows(panel)]
    assert any("바뀐 카드" in line and "텍스트" in line for line in lines)
    assert any(cards[1] in line and "삭제됨" in line for line in lines)
    marks = part.marks.marked()
    assert marks[cards[0]] == "#e0a526" and marks[cards[1]] == "#d64545"
    row = next(i for i, line in enumerate(lines) if "바뀐 카드" in line)
    _click_row(panel, row)
    assert window.canvas.selected_ids() == [cards[0]]


def test_taking_checked_rows_is_one_undo_step_and_leaves_the_rest(window, tmp_path):
    document = window.document
    cards = [c.id for c in document.journey.ordered_cards()]
    before = map_to_dict(document.journey)
    path = _other(tmp_path, lambda j: (j.update_card(cards[0], {"text": "가져올 글"}),
                                      j.update_card(cards[2], {"text": "두고 갈 글"})))
    part = window.two_copies
    part.compare_with_path(path)
    panel = part.panel
    row = next(i for i, item in enumerate(_rows(panel)) if "가져올 글" in item.text(0))
    _rows(panel)[row].setCheckState(0, Qt.CheckState.Checked)
    steps = document.undo_stack.count()
    QTest.mouseClick(panel.take_checked, Qt.MouseButton.LeftButton)
    assert document.journey.cards[cards[0]].text == "가져올 글"
    assert document.journey.cards[cards[2]].text != "두고 갈 글"
    assert document.undo_stack.count() == steps + 1
    [left] = [item.text(0) for item in _rows(panel)]
    assert "두고 갈 글" in left
    document.undo_stack.undo()
    assert map_to_dict(document.journey) == before


def test_merge_with_a_conflict_asks_and_the_result_is_one_undo_step(window, tmp_path):
    document = window.document
    cards = [c.id for c in document.journey.ordered_cards()]
    base = _other(tmp_path, lambda j: None, "base.cjm.json")
    other = _other(tmp_path, lambda j: (j.update_card(cards[0], {"text": "상대 글"}),
                                       j.update_card(cards[1], {"notes": "상대 메모"})))
    document.update_card(cards[0], {"text": "우리 글"})
    before = map_to_dict(document.journey)
    steps = document.undo_stack.count()
    seen = []

    def decide():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        chooser = dialog.table.cellWidget(0, 3)
        assert isinstance(chooser, QComboBox)
        seen.append(dialog.table.item(0, 1).text())
        seen.append(dialog.table.item(0, 2).text())
        chooser.setCurrentIndex(1)  # the other copy's
        dialog.accept()

    QTimer.singleShot(0, decide)
    assert window.two_copies.merge_paths(other, base)
    assert seen == ["mergeDialog", "“우리 글”", "“상대 글”"]
    journey = document.journey
    assert journey.cards[cards[0]].text == "상대 글"
    assert journey.cards[cards[1]].notes == "상대 메모"
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert map_to_dict(document.journey) == before


def test_cancelling_the_conflict_dialog_changes_nothing(window, tmp_path):
    document = window.document
    card = document.journey.ordered_cards()[0].id
    base = _other(tmp_path, lambda j: None, "base.cjm.json")
    other = _other(tmp_path, lambda j: j.update_card(card, {"text": "상대 글"}))
    document.update_card(card, {"text": "우리 글"})
    before, steps = map_to_dict(document.journey), document.undo_stack.count()
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert not window.two_copies.merge_paths(other, base)
    assert map_to_dict(document.journey) == before and document.undo_stack.count() == steps


def test_workbook_edits_come_back_as_changes_to_take(window, tmp_path):
    from openpyxl import load_workbook

    document = window.document
    path = tmp_path / "stakeholder.xlsx"
    export_xlsx(document.journey, path)
    workbook = load_workbook(path)
    sheet = next(ws for ws in workbook.worksheets
                 if ws.title in ("접점·카드", "Touchpoints & cards"))
    header = [cell.value for cell in sheet[1]]
    text_col = header.index(next(h for h in header if h in ("텍스트", "Text"))) + 1
    sheet.cell(row=2, column=text_col, value="이해관계자가 고친 글")
    workbook.save(path)
    part = window.two_copies
    assert part.import_changes_from(path)
    lines = [item.text(0) for item in _rows(part.panel)]
    assert len(lines) == 1 and "이해관계자가 고친 글" in lines[0]
    QTest.mouseClick(part.panel.take_all, Qt.MouseButton.LeftButton)
    assert "이해관계자가 고친 글" in {c.text for c in document.journey.cards.values()}
    assert _rows(part.panel) == []


def _live_session_beside(window, tmp_path):
    """The open map saved, then shared live: its update log holds the map at that moment."""
    from cjm_desktop.live.update_log import UpdateLog, log_path_for
    from cjm_desktop.model.map_records import records_of

    document = window.document
    document.save_as(tmp_path / "team.cjm.json")
    log = log_path_for(tmp_path / "team.cjm.json")
    UpdateLog(log).start(records_of(document.journey))
    return log


def _pick_files(monkeypatch, *answers):
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def pick(*args, **kwargs):
        asked.append(args[1])
        return (str(answers[len(asked) - 1]) if len(asked) <= len(answers) else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return asked


def test_merge_takes_the_live_sessions_starting_map_for_a_copy_saved_before_it(
        window, tmp_path, monkeypatch):
    from cjm_desktop.model.entities import Card

    document = window.document
    cards = [c.id for c in document.journey.ordered_cards()]
    cell = document.journey.cards[cards[0]].cell

    def away(journey):
        journey.add_card(Card(id="card-away", stage=cell[0], step=cell[1], lane=cell[2],
                              text="따로 쓴 카드"))
        journey.update_card(cards[1], {"text": "따로 고친 글"})

    other = _other(tmp_path, away)
    hour_ago = other.stat().st_mtime - 3600
    os.utime(other, (hour_ago, hour_ago))  # the copy was taken before the session
    log = _live_session_beside(window, tmp_path)
    document.update_card(cards[2], {"text": "함께 고친 글"})  # an edit in the session
    asked = _pick_files(monkeypatch, other)
    window.two_copies.merge_dialog()
    assert len(asked) == 1  # the base was not asked for: the log's starting map is it
    journey = document.journey
    assert journey.cards["card-away"].text == "따로 쓴 카드"
    assert journey.cards[cards[1]].text == "따로 고친 글"
    assert journey.cards[cards[2]].text == "함께 고친 글"
    assert log.name in window.statusBar().currentMessage()


def test_merge_asks_for_the_base_for_a_copy_saved_after_the_session_began(
        window, tmp_path, monkeypatch):
    _live_session_beside(window, tmp_path)
    other = _other(tmp_path, lambda j: None)
    later = other.stat().st_mtime + 3600
    os.utime(other, (later, later))
    before = map_to_dict(window.document.journey)
    asked = _pick_files(monkeypatch, other)  # then cancel the base
    window.two_copies.merge_dialog()
    assert len(asked) == 2
    assert map_to_dict(window.document.journey) == before
