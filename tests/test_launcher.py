"""The launcher: the window's one way to open a folder or an address, replaceable in tests
(main_window/launcher.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from cjm_desktop.app import create_main_window
from cjm_desktop.main_window.launcher import DesktopLauncher, RecordingLauncher


def test_the_window_uses_the_launcher_it_is_given(qapp):
    fake = RecordingLauncher()
    window = create_main_window(launcher=fake)
    assert window.launcher is fake
    window.launcher.open_folder(Path("/some/folder"))
    assert fake.folders == [Path("/some/folder")]


def test_the_desktop_launcher_asks_the_desktop(qapp, tmp_path):
    seen: list[QUrl] = []

    class Handler(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            seen.append(url)

    handler = Handler()
    QDesktopServices.setUrlHandler("file", handler, "open")
    QDesktopServices.setUrlHandler("https", handler, "open")
    try:
        assert DesktopLauncher().open_folder(tmp_path)
        assert DesktopLauncher().open_url(QUrl("https://example.org/guide"))
    finally:
        QDesktopServices.unsetUrlHandler("file")
        QDesktopServices.unsetUrlHandler("https")
    assert seen[0].toLocalFile() == str(tmp_path)
    assert seen[1].toString() == "https://example.org/guide"


def test_a_web_link_in_the_user_guide_opens_through_the_launcher(qapp):
    from cjm_desktop.main_window.help_guide import GuideDialog

    fake = RecordingLauncher()
    dialog = GuideDialog(None, "en", launcher=fake)
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/more"))
    assert [u.toString() for u in fake.urls] == ["https://example.org/more"]
