"""Help ▸ User guide: docs/user-guide.md shown inside the app (its part in the interface
language), with its pictures. The wheel ships a copy in resources/docs (tools/build_docs.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..editing.launcher import LauncherLike
from ..i18n import ui_language
from ..paths import resource

if TYPE_CHECKING:
    from .window import MainWindow

GUIDE_NAME = "user-guide.md"
ENGLISH_MARK = "<!-- english -->"


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpGuide", text)


def guide_path() -> Path | None:
    """The user guide: the copy in resources, else docs/ of a source checkout."""
    for candidate in (resource("docs", GUIDE_NAME),
                      Path(__file__).resolve().parents[2] / "docs" / GUIDE_NAME):
        if candidate.is_file():
            return candidate
    return None


def guide_text(language: str) -> str:
    """The part of the guide in ``language`` (Korean comes first, then English)."""
    path = guide_path()
    if path is None:
        return tr("The user guide is not installed.")
    text = path.read_text(encoding="utf-8")
    korean, _mark, english = text.partition(ENGLISH_MARK)
    if not english:
        return text
    return english.strip() if language == "en" else korean.strip()


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None,
                 launcher: LauncherLike | None = None) -> None:
        super().__init__(parent)
        self.launcher = launcher
        self.setObjectName("userGuide")
        self.setWindowTitle(tr("CJM Desktop user guide"))
        self.resize(960, 760)  # the guide's pictures are 900 px wide
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setAccessibleName(tr("User guide"))
        # Links to the web open through the window's launcher; the guide's own links here.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        path = guide_path()
        if path is not None:
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(guide_text(language or ui_language()))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            if self.launcher is not None:
                self.launcher.open_url(url.toString())
        else:
            self.browser.setSource(url)


def install(window: MainWindow) -> None:
    action = QAction(tr("&User guide"), window)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(
        lambda _checked=False: GuideDialog(window, launcher=window.launcher).exec())
    window.help_menu.insertAction(next(iter(window.help_menu.actions()), None), action)
    window.user_guide_action = action
