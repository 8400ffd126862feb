"""The emotion curve's chart: a view box with a left and a bottom axis, and nothing else.

pyqtgraph's ``PlotItem`` also builds a title, top and right axes, an auto-range button, a
form of about forty option widgets and a "Plot Options" menu with six submenus, even when
its menu is off; the curve uses none of them. Built alone, the chart takes about a third of
the time (4 ms against 13 ms here), and a closed window leaves no parentless menu behind.
The layout is ``PlotItem``'s, less what is hidden there: one-pixel margins, no spacing.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsGridLayout


class Chart(pg.GraphicsWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QGraphicsGridLayout()
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setHorizontalSpacing(0)
        layout.setVerticalSpacing(0)
        self.setLayout(layout)
        self.view_box = pg.ViewBox(parent=self, enableMenu=False)
        # bottom first: drawn (and written to an SVG) in the order PlotItem drew them
        self.axes = {name: pg.AxisItem(name, parent=self) for name in ("bottom", "left")}
        for axis in self.axes.values():
            axis.linkToView(self.view_box)
        layout.addItem(self.axes["left"], 0, 0)
        layout.addItem(self.view_box, 0, 1)
        layout.addItem(self.axes["bottom"], 1, 1)
        layout.setColumnStretchFactor(1, 1)
        layout.setRowStretchFactor(0, 1)

    # the part of PlotItem's interface the curve uses
    def addItem(self, item: Any, ignoreBounds: bool = False) -> None:  # noqa: N802, N803
        self.view_box.addItem(item, ignoreBounds=ignoreBounds)

    def removeItem(self, item: Any) -> None:  # noqa: N802 (as PlotItem)
        self.view_box.removeItem(item)

    def getViewBox(self) -> pg.ViewBox:  # noqa: N802 (as PlotItem)
        return self.view_box

    def getAxis(self, name: str) -> pg.AxisItem:  # noqa: N802 (as PlotItem)
        return self.axes[name]

    def setXRange(self, low: float, high: float, padding: float = 0) -> None:  # noqa: N802
        self.view_box.setXRange(low, high, padding=padding)

    def setYRange(self, low: float, high: float, padding: float = 0) -> None:  # noqa: N802
        self.view_box.setYRange(low, high, padding=padding)

    def show_y_grid(self, alpha: float) -> None:
        """Horizontal grid lines at the left axis's ticks, ``alpha`` (0…1) opaque."""
        self.axes["left"].setGrid(int(alpha * 255))  # as PlotItem.showGrid
