"""Help ▸ User guide: docs/user-guide.md shown inside the app (its part in the interface
language), with its pictures scaled down to the width of the viewer (never up). Web links
open through the window's launcher. The Help menu (help_menu) opens it and imports this
module only then. The wheel ships a copy in resources/docs
(tools/build_docs.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..i18n import ui_language
from ..paths import resource
from .launcher import DesktopLauncher, Launcher

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


class GuideBrowser(QTextBrowser):
    """A text browser whose pictures are never wider than its viewport."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._natural: dict[str, QSizeF] = {}

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_images()

    def natural_size(self, name: str) -> QSizeF:
        if name not in self._natural:
            data = self.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
            image = data if isinstance(data, (QImage, QPixmap)) else QImage()
            if isinstance(data, (bytes, QByteArray)):
                image = QImage.fromData(data)
            self._natural[name] = QSizeF(image.size())
        return self._natural[name]

    def image_fragments(self) -> list[tuple[int, int, QTextImageFormat]]:
        """(position, length, format) of every picture in the text."""
        found = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    found.append((fragment.position(), fragment.length(),
                                  fragment.charFormat().toImageFormat()))
                fragments += 1
            block = block.next()
        return found

    def fit_images(self) -> None:
        document = self.document()
        room = self.viewport().width() - 2 * document.documentMargin() - 2
        if room <= 0:
            return
        for position, length, image in self.image_fragments():
            natural = self.natural_size(image.name())
            if natural.isEmpty():
                continue
            width = min(natural.width(), room)
            if abs(image.width() - width) < 0.5:
                continue
            image.setWidth(width)
            image.setHeight(natural.height() * width / natural.width())
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None, *,
                 launcher: Launcher | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(tr("CJM Desktop user guide"))
        self.resize(960, 760)  # the guide's pictures are 900 px wide (shown smaller if needed)
        self.launcher: Launcher = launcher if launcher is not None else DesktopLauncher()
        layout = QVBoxLayout(self)
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setAccessibleName(tr("User guide"))
        self.browser.setOpenLinks(False)  # web links go to the launcher, anchors stay here
        self.browser.anchorClicked.connect(self.follow_link)
        path = guide_path()
        if path is not None:
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(guide_text(language or ui_language()))
        self.browser.fit_images()
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def follow_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            self.launcher.open_url(url)
        elif not url.scheme() and not url.path() and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
        else:
            self.launcher.open_url(self.browser.document().baseUrl().resolved(url))
