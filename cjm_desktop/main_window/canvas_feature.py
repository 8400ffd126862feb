"""Attach the canvas to the main window: the central view, Edit and View actions, the find
bar, the zoom label, and opening a .cjm.json dropped anywhere on the window.

Exposes ``window.canvas`` (CanvasView: ``selected_ids()``, ``selectionChanged(ids, kind)``,
``select_ids(ids)``, ``current_cell()``, ``set_hidden_personas(ids)``), ``window.find_bar``
and the actions ``window.cut_action`` … ``window.fit_action``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QToolBar

from ..canvas.find_bar import FindBar
from ..canvas.view import MAP_SUFFIX, CanvasView

if TYPE_CHECKING:
    from .window import MainWindow


class _FileDrops(QObject):
    """Accepts a map file dropped on the window (outside the canvas, e.g. on a dock)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @staticmethod
    def path_of(event: QDropEvent) -> str | None:
        mime = event.mimeData()
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(MAP_SUFFIX):
                return url.toLocalFile()
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.path_of(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            path = self.path_of(event)  # type: ignore[arg-type]
            if path:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.window.files.open_path(Path(path))
                return True
        return False


def install(window: MainWindow) -> None:
    view = CanvasView(window.document, window, appearance=window.theme.appearance)
    window.theme.changed.connect(view.set_appearance)
    window.canvas = view
    window.setCentralWidget(view)
    view.fileDropped.connect(lambda path: window.files.open_path(Path(path)))
    window.setAcceptDrops(True)
    window._file_drops = _FileDrops(window)
    window.installEventFilter(window._file_drops)

    bar = QToolBar(window.tr("Find"), window)
    bar.setObjectName("findToolBar")
    bar.setMovable(False)
    window.find_bar = FindBar(view, bar)
    bar.addWidget(window.find_bar)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
    bar.hide()
    window.find_bar.closed.connect(bar.hide)

    def open_find() -> None:
        bar.show()
        window.find_bar.open_bar()

    def action(text: str, slot, shortcut=None, menu=None) -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        (menu or window.edit_menu).addAction(act)
        return act

    keys = QKeySequence.StandardKey
    window.cut_action = action(window.tr("Cu&t"), view.cut, keys.Cut)
    window.copy_action = action(window.tr("&Copy"), view.copy, keys.Copy)
    window.paste_action = action(window.tr("&Paste"), view.paste, keys.Paste)
    window.duplicate_action = action(window.tr("Dup&licate"), view.duplicate,
                                     QKeySequence("Ctrl+D"))
    window.delete_action = action(window.tr("&Delete"), view.delete_selected, keys.Delete)
    window.edit_menu.addSeparator()
    window.select_all_action = action(window.tr("Select &All"), view.select_all, keys.SelectAll)
    window.find_action = action(window.tr("&Find…"), open_find, keys.Find)
    # card shortcuts must not fire while an inline editor or the find field has the keys
    for act in (window.cut_action, window.copy_action, window.paste_action,
                window.delete_action, window.select_all_action, window.duplicate_action):
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addAction(act)

    vm = window.view_menu
    window.zoom_in_action = action(window.tr("Zoom &In"), view.zoom_in, keys.ZoomIn, vm)
    window.zoom_in_action.setShortcuts([QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")])
    window.zoom_out_action = action(window.tr("Zoom &Out"), view.zoom_out, keys.ZoomOut, vm)
    window.fit_action = action(window.tr("&Fit Map"), view.fit_map, QKeySequence("Ctrl+0"), vm)
    window.zoom_100_action = action(window.tr("&Actual Size (100 %)"), view.zoom_reset,
                                    QKeySequence("Ctrl+1"), vm)
    vm.addSeparator()
    window.find_bar_action = action(window.tr("Find / Filter &Bar"), open_find, None, vm)

    def show_zoom(factor: float) -> None:
        window.zoom_label.setText(f"{round(factor * 100)} %")

    view.zoomChanged.connect(show_zoom)
    show_zoom(view.zoom())
