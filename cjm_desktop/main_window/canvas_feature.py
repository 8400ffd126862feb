"""Attach the canvas to the main window: the central view, Edit and View actions, the find
bar, the zoom label, and opening a .cjm.json dropped anywhere on the window.

:class:`CanvasPart` owns the view (``window.canvas``), the find bar and the actions
``cut_action`` … ``find_bar_action`` (``window.canvas_part``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

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
        # drag enter and move events are QDropEvent subclasses, so one check covers all three
        if not isinstance(event, QDropEvent):
            return False
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.path_of(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            path = self.path_of(event)
            if path:
                event.acceptProposedAction()
                self.window.files.open_path(Path(path))
                return True
        return False


class CanvasPart:
    """The canvas with its Edit and View actions and find bar; the first part built, since
    the docks, menus and workshop act on its selection and current cell."""

    def __init__(self, window: MainWindow) -> None:
        view = CanvasView(window.document, window, appearance=window.theme.appearance)
        window.theme.changed.connect(view.set_appearance)
        self.view = view
        window.setCentralWidget(view)
        view.fileDropped.connect(lambda path: window.files.open_path(Path(path)))
        window.setAcceptDrops(True)
        self.file_drops = _FileDrops(window)
        window.installEventFilter(self.file_drops)

        bar = QToolBar(window.tr("Find"), window)
        bar.setObjectName("findToolBar")
        bar.setMovable(False)
        self.find_bar = find_bar = FindBar(view, bar)
        bar.addWidget(find_bar)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        bar.hide()
        find_bar.closed.connect(bar.hide)

        def open_find() -> None:
            bar.show()
            find_bar.open_bar()

        def action(text: str, slot: Callable[[], object],
                   shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
                   menu: QMenu | None = None) -> QAction:
            act = QAction(text, window)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            (menu or window.edit_menu).addAction(act)
            return act

        keys = QKeySequence.StandardKey
        self.cut_action = action(window.tr("Cu&t"), view.cut, keys.Cut)
        self.copy_action = action(window.tr("&Copy"), view.copy, keys.Copy)
        self.paste_action = action(window.tr("&Paste"), view.paste, keys.Paste)
        self.duplicate_action = action(window.tr("Dup&licate"), view.duplicate,
                                       QKeySequence("Ctrl+D"))
        self.delete_action = action(window.tr("&Delete"), view.delete_selected, keys.Delete)
        window.edit_menu.addSeparator()
        self.select_all_action = action(window.tr("Select &All"), view.select_all,
                                        keys.SelectAll)
        self.find_action = action(window.tr("&Find…"), open_find, keys.Find)
        # card shortcuts must not fire while an inline editor or the find field has the keys
        for act in (self.cut_action, self.copy_action, self.paste_action,
                    self.delete_action, self.select_all_action, self.duplicate_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            view.addAction(act)

        vm = window.view_menu
        self.zoom_in_action = action(window.tr("Zoom &In"), view.zoom_in, keys.ZoomIn, vm)
        self.zoom_in_action.setShortcuts([QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = action(window.tr("Zoom &Out"), view.zoom_out, keys.ZoomOut, vm)
        self.fit_action = action(window.tr("&Fit Map"), view.fit_map, QKeySequence("Ctrl+0"),
                                 vm)
        self.zoom_100_action = action(window.tr("&Actual Size (100 %)"), view.zoom_reset,
                                      QKeySequence("Ctrl+1"), vm)
        vm.addSeparator()
        self.find_bar_action = action(window.tr("Find / Filter &Bar"), open_find, None, vm)

        zoom_label = window.zoom_label

        def show_zoom(factor: float) -> None:
            zoom_label.setText(f"{round(factor * 100)} %")

        view.zoomChanged.connect(show_zoom)
        show_zoom(view.zoom())
