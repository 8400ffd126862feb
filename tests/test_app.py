"""The app bootstrap: the bundled Korean font, the main window seam, title and menus."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from cjm_desktop.app import UI_FONT_FAMILY, create_main_window
from cjm_desktop.files.templates import sample_path


def test_bundled_font_renders_hangul(qapp):
    create_main_window(sample_path("ko"))
    assert UI_FONT_FAMILY in QFontDatabase.families()
    font = QApplication.font()
    assert font.family() == UI_FONT_FAMILY
    metrics = QFontMetrics(QFont(UI_FONT_FAMILY))
    for char in "고객여정지도":
        assert metrics.inFontUcs4(ord(char)), char


def test_main_window_opens_the_sample_with_title_and_menus(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    assert window.objectName() == "mainWindow"
    assert window.document.journey.info.title in window.windowTitle()
    assert not window.isWindowModified()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    for wanted in ("File", "Edit", "View", "Insert", "Map", "Help"):
        assert wanted in titles
    window.document.add_stage("새 단계")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_main_window_opens_a_given_file(qtbot, tmp_path):
    path = tmp_path / "map.cjm.json"
    path.write_bytes(sample_path("en").read_bytes())
    window = create_main_window(path)
    qtbot.addWidget(window)
    assert window.document.path == path
    assert "map.cjm.json" in window.windowTitle()


def test_the_collector_waits_while_starting_and_is_back_to_normal_once_painted(qtbot):
    """Importing the package raises the garbage collector's generation-0 threshold (start-up
    makes objects that live as long as the process); the window's first paint restores it."""
    import gc

    from cjm_desktop import collector

    gc.set_threshold(*collector.DEFAULT_THRESHOLD)  # as a fresh process has it
    collector.relax_for_start()
    assert gc.get_threshold()[0] == collector.START_GEN0
    window = create_main_window()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    assert gc.get_threshold() == collector.DEFAULT_THRESHOLD
    window.document.undo_stack.setClean()
