"""The docks' designed headers, the side rail they fold into, and one key for all of them.

- :class:`DockHeader` replaces a dock's stock title bar (grey bar, float and close buttons)
  with its icon, its title and two quiet buttons: fold (one click puts the dock in the rail)
  and a menu (fold, float / dock, hide every panel).
- :class:`DockRail` is a slim vertical tool bar at the window's right edge holding one icon
  per folded (hidden) dock: one click brings the dock back. It shows only when a dock is
  folded, and offers "Show all panels".
- :class:`PanelsToggle` is View ▸ Hide All Panels (``Ctrl+Shift+F``, a documented shortcut):
  it hides every open dock to give the canvas the whole window, and shows the same ones
  again on the next press.

All three take their window and docks in the constructor; nothing probes the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..editing.icons import themed_icon

HIDE_ALL_SHORTCUT = "Ctrl+Shift+F"
HEADER_ICON = 16
# Each dock's icon, by objectName (a dock without one gets a generic panel icon).
DOCK_ICONS: Mapping[str, str] = {
    "personaPanel": "users", "inspector": "sliders-horizontal", "palette": "palette",
    "history": "history", "emotionDock": "activity", "insights": "chart-pie",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DockChrome", text)


def dock_icon_name(dock: QDockWidget) -> str:
    return DOCK_ICONS.get(dock.objectName(), "panel-right-open")


def _quiet_button(parent: QWidget, icon: str, tip: str, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setIcon(themed_icon(icon))
    button.setIconSize(QSize(HEADER_ICON, HEADER_ICON))
    button.setText(tip)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class DockHeader(QWidget):
    """A dock's title bar: icon, title (follows the dock's window title), fold, menu."""

    def __init__(self, dock: QDockWidget, hide_all: QAction) -> None:
        super().__init__(dock)
        self.dock = dock
        self.setObjectName("dockHeader")
        self.icon = QLabel(self)
        self.icon.setFixedSize(HEADER_ICON, HEADER_ICON)  # drawn when first shown (lazy)
        self._icon = themed_icon(dock_icon_name(dock))
        self.title = QLabel(dock.windowTitle(), self)
        self.title.setObjectName("dockHeaderTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.fold_button = _quiet_button(self, "panel-right-close",
                                         tr("Fold into the side rail"), "dockFold")
        self.fold_button.clicked.connect(lambda _checked=False: dock.hide())
        self.menu = QMenu(self)
        self.float_action = self.menu.addAction(tr("Float"), self._toggle_float)
        self.menu.addAction(themed_icon("panel-right-close"), tr("Fold into the side rail"),
                            dock.hide)
        self.menu.addSeparator()
        self.menu.addAction(hide_all)
        self.menu.aboutToShow.connect(self._sync_menu)
        self.menu_button = _quiet_button(self, "ellipsis", tr("Panel menu"), "dockMenu")
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)  # the 8-px grid, 4 where a button brings its own
        row.setSpacing(8)
        row.addWidget(self.icon)
        row.addWidget(self.title, 1)
        row.addWidget(self.fold_button)
        row.addWidget(self.menu_button)
        dock.windowTitleChanged.connect(self.title.setText)
        dock.setTitleBarWidget(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.paint_icon()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self.paint_icon()  # a theme change: the icon takes the new text colour

    def paint_icon(self) -> None:
        self.icon.setPixmap(self._icon.pixmap(QSize(HEADER_ICON, HEADER_ICON),
                                              self.devicePixelRatioF()))

    def _sync_menu(self) -> None:
        self.float_action.setText(tr("Dock in the window") if self.dock.isFloating()
                                  else tr("Float"))

    def _toggle_float(self) -> None:
        self.dock.setFloating(not self.dock.isFloating())


class DockRail:
    """The side rail: one button per folded dock, one click unfolds it."""

    def __init__(self, window: QMainWindow, docks: Iterable[QDockWidget],
                 show_all: QAction) -> None:
        self.window = window
        self.docks = list(docks)
        self.bar = QToolBar(tr("Folded panels"), window)
        self.bar.setObjectName("dockRail")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.setOrientation(Qt.Orientation.Vertical)
        self.bar.setIconSize(QSize(20, 20))
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.bar.toggleViewAction().setVisible(False)  # it shows itself when needed
        window.addToolBar(Qt.ToolBarArea.RightToolBarArea, self.bar)
        self.actions: dict[QDockWidget, QAction] = {}
        for dock in self.docks:
            action = QAction(themed_icon(dock_icon_name(dock)), dock.windowTitle(), self.bar)
            action.setToolTip(tr("Show “%1”").replace("%1", dock.windowTitle()))
            action.setObjectName(f"rail-{dock.objectName()}")
            action.triggered.connect(lambda _checked=False, d=dock: self.unfold(d))
            self.bar.addAction(action)
            self.actions[dock] = action
            dock.toggleViewAction().toggled.connect(lambda _on=False: self.sync())
        self.bar.addSeparator()
        self.bar.addAction(show_all)
        self.sync()
        # again once the window is built: restoring the last arrangement sets every tool
        # bar's visibility back after the docks' (main_window.layout_feature)
        QTimer.singleShot(0, self.bar, self.sync)

    def unfold(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def folded(self) -> list[QDockWidget]:
        """The docks in the rail now (hidden ones), in rail order."""
        return [d for d in self.docks if d.isHidden()]

    def sync(self) -> None:
        folded = set(self.folded())
        for dock, action in self.actions.items():
            action.setVisible(dock in folded)
        self.bar.setVisible(bool(folded))


class PanelsToggle:
    """View ▸ Hide All Panels / Show Panels (Ctrl+Shift+F): all docks away and back."""

    def __init__(self, window: QMainWindow, docks: Iterable[QDockWidget]) -> None:
        self.window = window
        self.docks = list(docks)
        self._hidden: list[QDockWidget] = []
        self._front: list[QDockWidget] = []
        self.action = QAction(themed_icon("panel-right-close"), tr("Hide All Pa&nels"), window)
        self.action.setObjectName("viewHideAllPanels")
        self.action.setShortcut(QKeySequence(HIDE_ALL_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip(tr("Give the whole window to the map; press again to bring "
                                    "the panels back"))
        self.action.triggered.connect(lambda _checked=False: self.toggle())
        self.show_all = QAction(themed_icon("panel-right-open"), tr("Show All Panels"), window)
        self.show_all.setObjectName("viewShowAllPanels")
        self.show_all.triggered.connect(lambda _checked=False: self.show_every_dock())

    def toggle(self) -> None:
        open_docks = [d for d in self.docks if not d.isHidden()]
        if open_docks:
            self._hidden = open_docks
            # the front tab of each tabbed group comes back in front
            self._front = [d for d in open_docks if d.isVisible()]
            for dock in open_docks:
                dock.hide()
        else:
            for dock in self._hidden or self.docks:
                dock.show()
            for dock in self._front:
                dock.raise_()
            self._hidden, self._front = [], []

    def show_every_dock(self) -> None:
        for dock in self.docks:
            dock.show()
        self._hidden = []
