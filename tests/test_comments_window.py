"""The Comments dock: write a comment on the selected card signed with the Preferences
name, resolve it from its row, filter open ones; each edit is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.main_window.preferences import AUTHOR_KEY


def test_a_comment_on_the_selected_card_is_signed_resolved_and_filtered(window):
    QSettings().setValue(AUTHOR_KEY, "이수민")
    document = window.document
    card = document.journey.ordered_cards()[0].id
    panel = window.comments.panel
    window.comments.dock.show()
    window.canvas.select_ids([card])
    assert panel.add_button.isEnabled()
    panel.editor.setPlainText("고객 인터뷰로 확인했나요?")
    steps = document.undo_stack.count()
    QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [comment] = document.journey.comments_on(card)
    assert (comment.text, comment.author, comment.resolved) == (
        "고객 인터뷰로 확인했나요?", "이수민", False)
    assert document.undo_stack.count() == steps + 1
    badge = window.comments.badges.badge(card)
    assert badge is not None and badge.open_count == 1
    assert badge.parentItem() is window.canvas.journey_scene.cards[card]
    panel.rebuild()
    item = panel.tree.topLevelItem(0)
    assert item.text(0) == "고객 인터뷰로 확인했나요?" and "이수민" in item.text(2)
    item.setCheckState(0, Qt.CheckState.Checked)
    assert document.journey.comments[0].resolved
    assert window.comments.badges.badge(card).open_count == 0  # a tick: all resolved
    assert document.undo_stack.count() == steps + 2
    panel.open_only.setChecked(True)
    assert panel.tree.topLevelItemCount() == 0
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.journey.comments == []
    assert window.comments.badges.badge(card) is None


def test_the_inspector_shows_and_adds_to_the_selected_cards_thread(window):
    QSettings().setValue(AUTHOR_KEY, "Joon")
    document = window.document
    card = document.journey.ordered_cards()[1].id
    thread = window.comments.comment_thread
    assert not thread.isVisible()
    window.canvas.select_ids([card])
    assert thread.isVisible() and thread.target == card
    assert thread.parent() is not None and window.inspector_dock.isAncestorOf(thread)
    QTest.keyClicks(thread.line, "Checked with the team")
    QTest.keyClick(thread.line, Qt.Key.Key_Return)
    [comment] = document.journey.comments_on(card)
    assert (comment.text, comment.author) == ("Checked with the team", "Joon")
    thread.refresh()
    assert thread.list.count() == 1 and "Checked with the team" in thread.list.item(0).text()
    assert "1" in thread.title.text()
    window.canvas.select_ids([])
    assert not thread.isVisible()
