"""A quiet banner above the map when its review date has passed (PRODUCT.md: a map carries a
version label and a review date and is updated whenever touchpoints change).

It sits in its own top tool-bar row, like the file-on-disk banner of reliability_feature,
and shows again when another map opens or the review date changes. ``window.review_banner``;
its ``propertiesRequested`` signal asks for the map's properties dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from ..model import Change, Entity

if TYPE_CHECKING:
    from .window import MainWindow


def review_due(review_date: str | None, today: dt.date | None = None) -> bool:
    """True when ``review_date`` (ISO "YYYY-MM-DD") lies before today."""
    if not review_date:
        return False
    try:
        date = dt.date.fromisoformat(review_date[:10])
    except ValueError:
        return False
    return date < (today or dt.date.today())


class ReviewBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBanner")
        self.setStyleSheet("#reviewBanner { background: #EEF3FB; border: 1px solid #C9D7EE;"
                           " border-radius: 6px; } #reviewBanner QLabel { color: #22324D; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.properties_button = QPushButton(self.tr("Map properties…"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the review reminder"))
        layout.addWidget(self.properties_button)
        layout.addWidget(self.dismiss_button)


class ReviewReminder(QObject):
    propertiesRequested = Signal()  # "Map properties…" was pressed (the Map menu opens them)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.banner = ReviewBanner(window)
        self.bar = QToolBar(self.tr("Review reminder"), window)
        self.bar.setObjectName("reviewBannerBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.bar.addWidget(self.banner)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.dismissed = False
        self.banner.dismiss_button.clicked.connect(self.dismiss)
        self.banner.properties_button.clicked.connect(self.propertiesRequested)
        self.document.reset.connect(self._on_reset)
        self.document.changed.connect(self._on_change)
        self.refresh()

    def is_shown(self) -> bool:
        return not self.bar.isHidden()

    def refresh(self) -> None:
        date = self.document.journey.info.review_date
        due = review_due(date) and not self.dismissed
        if due:
            self.banner.label.setText(
                self.tr("This map is due for review (review date %1).").replace("%1", str(date)))
        self.bar.setVisible(due)

    def dismiss(self) -> None:
        self.dismissed = True
        self.refresh()

    def _on_reset(self) -> None:
        self.dismissed = False
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.entity is Entity.INFO:
            self.dismissed = False
            self.refresh()
