"""The launcher: the window's one way to open a folder or an address, replaceable in tests."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from window_helpers import RecordingLauncher

from cjm_desktop.app import create_main_window
from cjm_desktop.editing.launcher import Launcher


def test_the_window_uses_the_launcher_it_is_given(qapp):
    fake = RecordingLauncher()
    window = create_main_window(launcher=fake)
    assert window.launcher is fake
    window.launcher.open_folder("/some/folder")
    assert fake.opened == [("folder", "/some/folder")]


def test_the_default_launcher_opens_a_files_folder_with_the_desktop(qapp, tmp_path):
    seen: list[QUrl] = []

    class Handler(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            seen.append(url)

    handler = Handler()
    QDesktopServices.setUrlHandler("file", handler, "open")
    QDesktopServices.setUrlHandler("https", handler, "open")
    try:
        target = tmp_path / "map.xlsx"
        target.write_bytes(b"")
        assert Launcher().open_folder(target)
        assert Launcher().open_url("https://example.org/guide")
    finally:
        QDesktopServices.unsetUrlHandler("file")
        QDesktopServices.unsetUrlHandler("https")
    assert [u.toLocalFile() for u in seen[:1]] == [str(tmp_path)]
    assert seen[1].toString() == "https://example.org/guide"


def test_a_web_link_in_the_user_guide_opens_through_the_launcher(qapp):
    from cjm_desktop.main_window.help_guide import GuideDialog

    fake = RecordingLauncher()
    dialog = GuideDialog(None, "en", launcher=fake)
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/more"))
    assert fake.opened == [("url", "https://example.org/more")]
    dialog.browser.anchorClicked.emit(QUrl("#top"))  # the guide's own anchor: stays inside
    assert fake.opened == [("url", "https://example.org/more")]
