"""The main tool bar: new, open, save · undo, redo · a card of each kind · zoom out, zoom in,
fit · export ▾ · present, each with its icon from the bundled set (icons also show in the
menus, since the actions are the menus' own).

:class:`MainToolBar` fills the window's existing ``mainToolBar`` (the workshop's, which holds
Present) with actions it is handed; it owns only the Export button.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from ..editing.icons import CARD_KIND_ICONS, themed_icon
from ..panels.palette import KIND_CHIPS

TOOL_ICON = 20


def tr(text: str) -> str:
    return QCoreApplication.translate("MainToolBar", text)


@dataclass(frozen=True)
class ToolBarActions:
    """The window's actions the tool bar shows (owned by their features)."""

    new: QAction
    open: QAction
    save: QAction
    undo: QAction
    redo: QAction
    add_card: Mapping[str, QAction]  # by card kind, in the tool bar's order
    zoom_out: QAction
    zoom_in: QAction
    fit: QAction
    present: QAction
    export_menu: QMenu




class MainToolBar:
    """Puts the window's main actions, with icons, in ``bar`` (Present kept, moved last)."""

    def __init__(self, bar: QToolBar, actions: ToolBarActions) -> None:
        self.bar = bar
        self.actions = actions
        for action, icon in ((actions.new, "file-plus"), (actions.open, "folder-open"),
                             (actions.save, "save"), (actions.undo, "undo-2"),
                             (actions.redo, "redo-2"), (actions.zoom_out, "zoom-out"),
                             (actions.zoom_in, "zoom-in"), (actions.fit, "scan"),
                             (actions.present, "presentation")):
            action.setIcon(themed_icon(icon))
        for kind, action in actions.add_card.items():
            action.setIcon(themed_icon(CARD_KIND_ICONS[kind], QColor(KIND_CHIPS[kind])))
        bar.clear()
        bar.setIconSize(QSize(TOOL_ICON, TOOL_ICON))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.setContentsMargins(4, 0, 4, 0)
        for group in ((actions.new, actions.open, actions.save), (actions.undo, actions.redo),
                      tuple(actions.add_card.values()),
                      (actions.zoom_out, actions.zoom_in, actions.fit)):
            for action in group:
                bar.addAction(action)
                _tip(action)
            bar.addSeparator()
        for action in actions.add_card.values():
            action.setToolTip(tr("Add a card: %1").replace("%1", action.text().replace("&", "")))
        self.export_button = QToolButton(bar)
        self.export_button.setObjectName("toolBarExport")
        self.export_button.setIcon(themed_icon("file-output"))
        self.export_button.setText(tr("Export"))
        self.export_button.setToolTip(tr("Export the map (Excel, PDF, PNG, SVG, CSV, Mermaid)"))
        self.export_button.setMenu(actions.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_action = bar.addWidget(self.export_button)
        bar.addSeparator()
        bar.addAction(actions.present)
        present = bar.widgetForAction(actions.present)
        if isinstance(present, QToolButton):  # the one labelled button: the room's way in
            present.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        _tip(actions.present)


def _tip(action: QAction) -> None:
    """A tool tip naming the action and its key ("Save (Ctrl+S)"), without menu ampersands."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    key = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({key})" if key else text)
