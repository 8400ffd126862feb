"""File ▸ Welcome: start from a template (with a small preview of each), a recent map, the
sample map, or a file. Shown by ``app.run_gui`` on the first start and when there is nothing
to open; ``create_main_window`` never shows it (test seam).

The person chooses the language of the map's content (Korean or English, whatever the
interface speaks); the choice is remembered for the next new map, here and in File ▸ New,
and both preselect the same template (the default template of the preferences).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ..files.templates import TEMPLATE_NAMES, load_sample, load_template, template_title
from ..i18n import language_name, ui_language
from ..model import JourneyMap
from ..model.vocab import LaneKind
from .preferences import content_language, default_template, remember_content_language

if TYPE_CHECKING:
    from .window import MainWindow

SHOWN_KEY = "ui/welcomeShown"
PREVIEW = QSize(168, 104)
LANE_TINTS = {
    LaneKind.EMOTIONS.value: "#F4C7C3", LaneKind.TOUCHPOINTS.value: "#C9DCF8",
    LaneKind.PAIN_POINTS.value: "#F6C9C6", LaneKind.OPPORTUNITIES.value: "#C8EBD4",
    LaneKind.KPIS.value: "#DCD2F7",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


def _blend(colour: QColor, base: QColor, amount: float) -> QColor:
    """``colour`` mixed into ``base`` by ``amount`` (0: base, 1: colour)."""
    return QColor.fromRgbF(*(b + (c - b) * amount for c, b in (
        (colour.redF(), base.redF()), (colour.greenF(), base.greenF()),
        (colour.blueF(), base.blueF()))))


def preview(journey: JourneyMap, size: QSize = PREVIEW,
            palette: QPalette | None = None) -> QPixmap:
    """A tiny schematic of a map: stage columns in their colours over lane rows, on the
    colours of ``palette`` (the application's: a dark theme gets dark previews)."""
    palette = palette if palette is not None else QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightnessF() < 0.5
    ratio = 2.0
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(base)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = float(size.width()), float(size.height())
    margin, lane_w, head_h = 6.0, 18.0, 14.0
    stages = journey.stages or []
    lanes = journey.lanes or []
    col_w = (w - 2 * margin - lane_w) / max(1, len(stages))
    row_h = (h - 2 * margin - head_h) / max(1, len(lanes))
    for i, stage in enumerate(stages):
        rect = QRectF(margin + lane_w + i * col_w + 1, margin, col_w - 2, head_h - 2)
        colour = QColor(stage.color or "#4C78A8")
        painter.fillRect(rect, _blend(colour, base, 0.7) if dark else colour.lighter(130))
    line = _blend(palette.color(QPalette.ColorRole.Text), base, 0.12)
    grid = QPen(line)
    grid.setWidthF(0.8)
    for r, lane in enumerate(lanes):
        y = margin + head_h + r * row_h
        tint = QColor(LANE_TINTS.get(lane.kind, "#E9ECF1"))
        painter.fillRect(QRectF(margin, y + 1, lane_w - 2, row_h - 2),
                         _blend(tint, base, 0.35) if dark else tint)
        painter.setPen(grid)
        painter.drawLine(int(margin + lane_w), int(y), int(w - margin), int(y))
    painter.setPen(QPen(_blend(palette.color(QPalette.ColorRole.Text), base, 0.25)))
    painter.drawRect(QRectF(0.5, 0.5, w - 1, h - 1))
    painter.end()
    return pixmap


class WelcomeDialog(QDialog):
    """Sets ``choice`` to ("template", name), ("recent", path), ("sample", "") or
    ("open", "") and accepts; rejected when closed."""

    def __init__(self, parent: QWidget | None = None, recent: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(tr("Welcome to CJM Desktop"))
        self.choice: tuple[str, str] | None = None
        language = ui_language()
        grid = QGridLayout(self)

        heading = QLabel(tr("Start a new journey map from a template, or open one you have."),
                         self)
        heading.setWordWrap(True)
        grid.addWidget(heading, 0, 0, 1, 2)

        self.language = QComboBox(self)
        self.language.setObjectName("welcomeLanguage")
        self.language.setAccessibleName(tr("Language of the map's content"))
        for code in ("ko", "en"):
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(content_language())))
        language_label = QLabel(tr("Map &language:"), self)
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        grid.addLayout(language_row, 1, 0, 1, 2)

        templates_label = QLabel(tr("&Templates"), self)
        self.templates = QListWidget(self)
        self.templates.setObjectName("welcomeTemplates")
        self.templates.setAccessibleName(tr("Templates"))
        self.templates.setViewMode(QListView.ViewMode.IconMode)
        self.templates.setIconSize(PREVIEW)
        self.templates.setGridSize(QSize(PREVIEW.width() + 24, PREVIEW.height() + 48))
        self.templates.setResizeMode(QListView.ResizeMode.Adjust)
        self.templates.setMovement(QListView.Movement.Static)
        self.templates.setWordWrap(True)
        self.templates.setMinimumSize(3 * (PREVIEW.width() + 24) + 24,
                                      2 * (PREVIEW.height() + 48) + 12)
        for name in TEMPLATE_NAMES:  # named in the interface language, whatever the content
            item = QListWidgetItem(template_title(name, language))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(template_title(name, language))
            self.templates.addItem(item)
        self._show_previews()
        self.language.currentIndexChanged.connect(lambda _index: self._show_previews())
        default = TEMPLATE_NAMES.index(default_template())
        self.templates.setCurrentRow(default)
        self.templates.itemActivated.connect(lambda _item: self._choose_template())
        templates_label.setBuddy(self.templates)
        grid.addWidget(templates_label, 2, 0)
        grid.addWidget(self.templates, 3, 0, 3, 1)

        recent_label = QLabel(tr("&Recent maps"), self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("welcomeRecent")
        self.recent.setAccessibleName(tr("Recent maps"))
        for path in recent or []:
            item = QListWidgetItem(Path(path).name)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        if not recent:
            empty = QListWidgetItem(tr("No recent maps yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
        self.recent.setMinimumWidth(260)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.itemActivated.connect(self._choose_recent)
        recent_label.setBuddy(self.recent)
        grid.addWidget(recent_label, 2, 1)
        grid.addWidget(self.recent, 3, 1)

        self.sample_button = QPushButton(tr("Open the &sample map"), self)
        self.sample_button.clicked.connect(lambda: self._finish("sample", ""))
        self.open_button = QPushButton(tr("&Open a file…"), self)
        self.open_button.clicked.connect(lambda: self._finish("open", ""))
        grid.addWidget(self.sample_button, 4, 1)
        grid.addWidget(self.open_button, 5, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.create_button = buttons.addButton(tr("&Create map"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._choose_template)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, 6, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.templates.setFocus()

    def content_language(self) -> str:
        return str(self.language.currentData())

    def _show_previews(self) -> None:
        """Each template's preview as it will be made in the chosen language."""
        language = self.content_language()
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setIcon(QIcon(preview(load_template(name, language), palette=self.palette())))

    def _finish(self, kind: str, value: str) -> None:
        if kind in ("template", "sample"):
            remember_content_language(self.content_language())
        self.choice = (kind, value)
        self.accept()

    def _choose_template(self) -> None:
        item = self.templates.currentItem()
        if item is not None:
            self._finish("template", item.data(Qt.ItemDataRole.UserRole))

    def _choose_recent(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self._finish("recent", path)


def act_on(window: MainWindow, choice: tuple[str, str] | None) -> None:
    """Carry out the welcome dialog's choice in ``window``."""
    if choice is None:
        return
    kind, value = choice
    files = window.files
    if kind == "template":
        if files.maybe_save():
            window.document.replace(load_template(value, content_language()), None)
    elif kind == "recent":
        files.open_path(Path(value))
    elif kind == "sample":
        if files.maybe_save():
            window.document.replace(load_sample(content_language()), None)
    elif kind == "open":
        files.open_dialog()


def show_welcome(window: MainWindow) -> WelcomeDialog:
    dialog = WelcomeDialog(window, window.files.recent_files())
    QSettings().setValue(SHOWN_KEY, True)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        act_on(window, dialog.choice)
    return dialog


def should_welcome(opened_path: str | None) -> bool:
    """On the first start, and when the editor starts with no file and no recent file."""
    settings = QSettings()
    if not settings.value(SHOWN_KEY, False, type=bool):
        return True
    recent = settings.value("files/recent", [], type=list) or []
    return opened_path is None and not recent


def welcome_at_start(window: MainWindow, opened_path: str | None) -> bool:
    """Called by run_gui once the window shows: offer the welcome dialog when it is due."""
    if not should_welcome(opened_path):
        return False
    QTimer.singleShot(0, window, lambda: show_welcome(window))  # dropped if the window goes
    return True


def add_welcome_action(window: MainWindow) -> QAction:
    """File ▸ Welcome…, just before Open."""
    action = QAction(tr("&Welcome…"), window)
    action.triggered.connect(lambda _checked=False: show_welcome(window))
    window.file_menu.insertAction(window.files.open_action, action)
    return action
