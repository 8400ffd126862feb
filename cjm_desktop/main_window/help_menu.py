"""Help menu: User guide (F1; the guide viewer, help_guide, loads when first opened) and
About (versions of the app and its libraries, the font licence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from .. import __version__

if TYPE_CHECKING:
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def _library_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return tr("not installed")


def about_text() -> str:
    return (
        tr("<h3>CJM Desktop %1</h3><p>An offline editor for customer journey maps.</p>")
        .replace("%1", __version__)
        + "<p>"
        + tr("Qt %1 · PySide6 %2 · pyqtgraph %3 · openpyxl %4")
        .replace("%1", qVersion()).replace("%2", pyside_version)
        .replace("%3", _library_version("pyqtgraph"))
        .replace("%4", _library_version("openpyxl"))
        + "</p><p>"
        + tr("Korean text uses the Nanum Gothic font © NAVER Corporation, "
             "under the SIL Open Font License 1.1.")
        + "</p>"
    )


def add_about_action(window: MainWindow) -> QAction:
    """Help ▸ About CJM Desktop."""
    action = window.help_menu.addAction(tr("&About CJM Desktop"))
    action.triggered.connect(
        lambda _checked=False: QMessageBox.about(window, tr("About CJM Desktop"), about_text()))
    return action


def add_user_guide_action(window: MainWindow) -> QAction:
    """Help ▸ User guide (F1), first in the Help menu."""
    action = QAction(QCoreApplication.translate("HelpGuide", "&User guide"), window)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(lambda _checked=False: show_user_guide(window))
    first = next(iter(window.help_menu.actions()), None)
    if first is None:
        window.help_menu.addAction(action)
    else:
        window.help_menu.insertAction(first, action)
    return action


def show_user_guide(window: MainWindow) -> None:
    # imported here: the viewer's text-document classes are not needed before the guide opens
    from .help_guide import GuideDialog

    GuideDialog(window, launcher=window.launcher).exec()
