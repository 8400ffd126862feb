"""Help ▸ User guide: pictures fit the viewer's width, web links go through the launcher."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from cjm_desktop.app import ensure_app
from cjm_desktop.main_window.help_guide import GuideDialog
from cjm_desktop.main_window.launcher import RecordingLauncher


@pytest.fixture
def guide(qtbot):
    ensure_app()
    launcher = RecordingLauncher()
    dialog = GuideDialog(None, "en", launcher=launcher)
    qtbot.addWidget(dialog)
    dialog.resize(600, 700)
    dialog.show()
    QApplication.processEvents()
    return dialog, launcher


@pytest.mark.parametrize("language", ["ko", "en"])
def test_guide_pictures_are_never_wider_than_the_viewer(qtbot, language):
    ensure_app()
    dialog = GuideDialog(None, language, launcher=RecordingLauncher())
    qtbot.addWidget(dialog)
    dialog.resize(600, 700)
    dialog.show()
    QApplication.processEvents()
    browser = dialog.browser
    images = browser.image_fragments()
    assert len(images) >= 3
    room = browser.viewport().width()
    for _pos, _len, image in images:
        natural = browser.natural_size(image.name())
        assert 0 < image.width() <= room, image.name()
        # the shape is kept
        assert image.height() == pytest.approx(
            natural.height() * image.width() / natural.width(), abs=1)
    # nothing is left wider than the viewer: no horizontal scrolling
    assert browser.horizontalScrollBar().maximum() == 0


def test_guide_pictures_grow_back_but_never_beyond_their_size(guide):
    dialog, _launcher = guide
    browser = dialog.browser
    dialog.resize(1600, 900)
    QApplication.processEvents()
    for _pos, _len, image in browser.image_fragments():
        assert image.width() == pytest.approx(browser.natural_size(image.name()).width())


def test_web_links_open_through_the_launcher(guide):
    dialog, launcher = guide
    dialog.follow_link(QUrl("https://example.org/cjm"))
    assert launcher.urls == [QUrl("https://example.org/cjm")]
