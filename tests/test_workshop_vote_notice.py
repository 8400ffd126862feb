"""A refused dot on the presentation is shown to the room: "Only one dot per card",
"No dots left", … appear above the cards for a few seconds (or until the next key or
click), drawn on the slide. Real key and mouse events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import window_fixture  # noqa: F401 (fixture)
from workshop_helpers import FakeClock, press

from cjm_desktop.model.voting import VoteScope, VoteSettings
from cjm_desktop.workshop.slide_painter import notice_rect


def _vote(window, dots: int = 1):
    window.workshop.clock = window.workshop.clock or FakeClock()
    part = window.workshop.part()
    vote = part.start_vote(VoteSettings(dots, ["Ann", "Bo"], VoteScope.MAP, None,
                                        allow_stacking=False))
    presentation = part.presentation
    assert presentation is not None
    QApplication.processEvents()
    return vote, presentation


def _is_red(presentation) -> bool:
    """Whether the notice strip is painted where it belongs (its red edge, left of the text)."""
    image = presentation.grab().toImage()
    rect = notice_rect(presentation.slide(), presentation.font(), presentation.notice or "x")
    colour = QColor(image.pixel(round(rect.left() + 12), round(rect.center().y())))
    return colour.red() > 180 and colour.green() < 110 and colour.blue() < 110


def _shown_cards(vote, presentation) -> list[str]:
    return [b.card_id for b in presentation.slide().cards if b.card_id in vote.session.card_ids]


def _click(presentation, card_id: str) -> None:
    box = next(b for b in presentation.slide().cards if b.card_id == card_id)
    QTest.mouseClick(presentation, Qt.MouseButton.LeftButton, pos=box.rect.center().toPoint())
    QApplication.processEvents()


def test_a_refused_dot_is_shown_on_the_slide_and_goes_away(window, qtbot):
    vote, presentation = _vote(window)
    first, second = _shown_cards(vote, presentation)[:2]
    _click(presentation, first)  # Ann's one dot
    assert vote.session.remaining("Ann") == 0 and presentation.notice == ""
    assert not _is_red(presentation)
    press(presentation, Qt.Key.Key_Space)  # a second dot
    assert presentation.notice == "No dots left"
    assert _is_red(presentation)
    press(presentation, Qt.Key.Key_Tab)  # Bo's turn: the next key replaces the refusal
    assert presentation.notice == ""
    _click(presentation, second)
    press(presentation, Qt.Key.Key_Space)
    assert presentation.notice == "No dots left"
    assert _is_red(presentation)
    presentation.notice_timer.setInterval(20)  # "a few seconds", shortened for the test
    presentation.notice_timer.start()
    qtbot.waitUntil(lambda: presentation.notice == "", timeout=2000)
    assert not _is_red(presentation)
    press(presentation, Qt.Key.Key_Escape)


def test_a_successful_dot_clears_the_refusal(window):
    vote, presentation = _vote(window, dots=2)
    first, second = _shown_cards(vote, presentation)[:2]
    _click(presentation, first)
    press(presentation, Qt.Key.Key_Space)
    assert presentation.notice == "Only one dot per card"
    _click(presentation, second)  # allowed: Ann has a dot left
    assert presentation.notice == "" and vote.session.remaining("Ann") == 0
    press(presentation, Qt.Key.Key_Backspace)  # take it back: fine, nothing to say
    assert presentation.notice == ""
    press(presentation, Qt.Key.Key_Backspace)  # nothing left on it to take back
    assert presentation.notice == "No dot of yours on this card"
    press(presentation, Qt.Key.Key_Escape)


def test_the_notice_ends_with_the_vote(window):
    vote, presentation = _vote(window)
    first = _shown_cards(vote, presentation)[0]
    _click(presentation, first)
    press(presentation, Qt.Key.Key_Space)
    assert presentation.notice
    presentation.set_mode(None)
    assert presentation.notice == "" and not presentation.notice_timer.isActive()
    vote.cast(first)  # the old mode is no longer shown
    assert presentation.notice == ""
    press(presentation, Qt.Key.Key_Escape)
