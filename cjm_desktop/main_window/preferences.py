"""Edit ▸ Preferences…: the settings people change, kept in QSettings.

Keys: ``ui/language`` ("" follows the system), ``autosave/delaySeconds``,
``files/defaultTemplate``, ``ui/fontSize``, ``canvas/cardWidth``, ``ui/theme``,
``files/recentCount`` and ``live/syncUrl`` (a sync server's ws:// or wss:// address; empty:
Share live hosts on this laptop; ``--sync-url`` overrides it for one run);
``files/contentLanguage`` is the language of new maps, last chosen in
the welcome dialog or File ▸ New. Everything applies at once except the language, which applies when
the editor starts again (the dialog says so). Theme, font size and card width reach the
window's parts as one new Appearance through its ThemeController (see theme.py).
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..editing.appearance import DEFAULT_CARD_WIDTH, DEFAULT_FONT_SIZE, problem_text_style
from ..files.templates import TEMPLATE_NAMES, template_title
from ..i18n import LANGUAGE_KEY, installed_language, language_name, ui_language
from .theme import CARD_WIDTH_KEY, FONT_KEY, THEME_KEY, saved_theme, theme_override

if TYPE_CHECKING:
    from .window import MainWindow

AUTOSAVE_KEY = "autosave/delaySeconds"
TEMPLATE_KEY = "files/defaultTemplate"
RECENT_COUNT_KEY = "files/recentCount"
CONTENT_LANGUAGE_KEY = "files/contentLanguage"
CONTENT_LANGUAGES = ("ko", "en")
PRESENTATION_TEXT_KEY = "workshop/textPercent"  # read by workshop.part when presenting
AUTHOR_KEY = "comments/author"  # the name a new comment is signed with
SYNC_URL_KEY = "live/syncUrl"  # the team's sync server ("" : the laptop hosts)
LIVE_NAME_KEY = "live/name"  # the name others see in a live session

DEFAULTS = {
    LANGUAGE_KEY: "", AUTOSAVE_KEY: 2, TEMPLATE_KEY: "discover-try-buy-use-support",
    FONT_KEY: DEFAULT_FONT_SIZE, CARD_WIDTH_KEY: DEFAULT_CARD_WIDTH,
    THEME_KEY: "system", RECENT_COUNT_KEY: 10, PRESENTATION_TEXT_KEY: 100, AUTHOR_KEY: "",
    SYNC_URL_KEY: "", LIVE_NAME_KEY: "",
}
_sync_url_override: str | None = None  # --sync-url for this run


def set_sync_url_override(url: str | None) -> None:
    """Use ``url`` as the sync server for this run, whatever Preferences say (None: don't)."""
    global _sync_url_override
    _sync_url_override = url.strip() if url is not None else None


def sync_url() -> str:
    """The sync server in force: ``--sync-url`` for this run, else Preferences ("" : none)."""
    if _sync_url_override is not None:
        return _sync_url_override
    return str(setting(SYNC_URL_KEY)).strip()


def comment_author() -> str:
    """The name set in Preferences for signing comments ("" when none)."""
    return str(setting(AUTHOR_KEY)).strip()


def live_name() -> str:
    """The name others see in a live session: the one given last, else the name comments
    are signed with, else the system's user name."""
    name = str(setting(LIVE_NAME_KEY)).strip() or comment_author()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name to be found: ask for one
        return ""


def remember_live_name(name: str) -> None:
    if name.strip():
        QSettings().setValue(LIVE_NAME_KEY, name.strip())


def tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


def setting(key: str) -> object:
    default = DEFAULTS[key]
    return QSettings().value(key, default, type=type(default))


def int_setting(key: str) -> int:
    """A whole-number setting (its default when the stored value is not one)."""
    value = setting(key)
    return value if isinstance(value, int) else int(str(DEFAULTS[key]))


def float_setting(key: str) -> float:
    """A number setting (its default when the stored value is not one)."""
    value = setting(key)
    return float(value) if isinstance(value, (int, float)) else float(str(DEFAULTS[key]))


def default_template() -> str:
    name = str(setting(TEMPLATE_KEY))
    return name if name in TEMPLATE_NAMES else str(DEFAULTS[TEMPLATE_KEY])


def content_language() -> str:
    """The language of new maps: the last one chosen, else the interface language."""
    chosen = QSettings().value(CONTENT_LANGUAGE_KEY, "", type=str)
    return chosen if chosen in CONTENT_LANGUAGES else ui_language()


def remember_content_language(language: str) -> None:
    if language in CONTENT_LANGUAGES:
        QSettings().setValue(CONTENT_LANGUAGE_KEY, language)


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "")
        for code in ("ko", "en"):
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(setting(LANGUAGE_KEY))))
        form.addRow(self.tr("&Language:"), self.language)
        self.language_note = QLabel(
            self.tr("A new interface language applies when CJM Desktop starts again. "
                    "Maps keep the language they are written in."), self)
        self.language_note.setWordWrap(True)
        self.language_note.setEnabled(False)
        form.addRow("", self.language_note)

        self.theme = QComboBox(self)
        for code, name in (("system", self.tr("Follow the system")),
                           ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(saved_theme())))
        form.addRow(self.tr("&Theme:"), self.theme)

        self.font_size = self._spin(7, 24, FONT_KEY, self.tr(" pt"))
        form.addRow(self.tr("Interface &font size:"), self.font_size)
        self.card_width = self._spin(96, 480, CARD_WIDTH_KEY, self.tr(" px"), step=8)
        form.addRow(self.tr("Default &card width:"), self.card_width)
        self.presentation_text = self._spin(60, 200, PRESENTATION_TEXT_KEY, " %", step=10)
        form.addRow(self.tr("Presentation te&xt size:"), self.presentation_text)

        self.template = QComboBox(self)
        for name in TEMPLATE_NAMES:
            self.template.addItem(template_title(name, ui_language()), name)
        self.template.setCurrentIndex(max(0, self.template.findData(default_template())))
        form.addRow(self.tr("Default &template:"), self.template)

        self.autosave = self._spin(1, 600, AUTOSAVE_KEY, self.tr(" s"))
        form.addRow(self.tr("&Autosave after:"), self.autosave)
        self.recent_count = self._spin(1, 30, RECENT_COUNT_KEY, "")
        form.addRow(self.tr("&Recent files to remember:"), self.recent_count)
        self.author = QLineEdit(str(setting(AUTHOR_KEY)), self)
        self.author.setObjectName("preferencesAuthor")
        self.author.setPlaceholderText(self.tr("Signs your comments"))
        form.addRow(self.tr("Your &name:"), self.author)
        self.sync_url = QLineEdit(str(setting(SYNC_URL_KEY)), self)
        self.sync_url.setObjectName("preferencesSyncUrl")
        self.sync_url.setPlaceholderText(self.tr("Empty: Share live hosts on this laptop"))
        # The hint is the only place that says what an empty field means: never cut it short
        # (the Korean one is the longest field of the form).
        self.sync_url.setMinimumWidth(
            self.sync_url.fontMetrics().horizontalAdvance(self.sync_url.placeholderText()) + 16)
        form.addRow(self.tr("S&ync server:"), self.sync_url)
        self.sync_problem = QLabel(self)
        self.sync_problem.setObjectName("preferencesSyncProblem")
        self.sync_problem.setWordWrap(True)
        self.sync_problem.setStyleSheet(problem_text_style(self.palette()))
        self.sync_problem.hide()
        form.addRow("", self.sync_problem)

        for widget, name in (
                (self.language, self.tr("Interface language")), (self.theme, self.tr("Theme")),
                (self.font_size, self.tr("Interface font size")),
                (self.card_width, self.tr("Default card width")),
                (self.presentation_text, self.tr("Text size of the workshop presentation")),
                (self.template, self.tr("Default template")),
                (self.autosave, self.tr("Autosave delay in seconds")),
                (self.recent_count, self.tr("Number of recent files")),
                (self.author, self.tr("Your name, shown on your comments")),
                (self.sync_url, self.tr("Sync server address for live co-editing"))):
            widget.setAccessibleName(name)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _spin(self, low: int, high: int, key: str, suffix: str, step: int = 1) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setValue(int_setting(key))
        return spin

    def values(self) -> dict[str, object]:
        return {
            LANGUAGE_KEY: self.language.currentData(), THEME_KEY: self.theme.currentData(),
            FONT_KEY: self.font_size.value(), CARD_WIDTH_KEY: self.card_width.value(),
            TEMPLATE_KEY: self.template.currentData(), AUTOSAVE_KEY: self.autosave.value(),
            RECENT_COUNT_KEY: self.recent_count.value(),
            PRESENTATION_TEXT_KEY: self.presentation_text.value(),
            AUTHOR_KEY: self.author.text().strip(),
            SYNC_URL_KEY: self.sync_url.text().strip(),
        }

    def accept(self) -> None:
        """OK, unless the sync server address is not one (then say why and stay)."""
        from ..live.address import address_problem

        text = self.sync_url.text().strip()
        problem = address_problem(text) if text else None
        if problem is not None:
            self.sync_problem.setText(problem)
            self.sync_problem.show()
            self.sync_url.setFocus()
            return
        super().accept()

    def save(self) -> None:
        settings = QSettings()
        for key, value in self.values().items():
            settings.setValue(key, value)
        settings.sync()


def restart_needed() -> bool:
    """True when the saved interface language differs from the one showing now."""
    return bool(installed_language()) and ui_language() != installed_language()


def show_preferences(window: MainWindow) -> bool:
    dialog = PreferencesDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    values = dialog.values()
    if theme_override() and values[THEME_KEY] == saved_theme():
        del values[THEME_KEY]  # untouched: the environment's theme stays in force
    dialog.save()
    apply_settings(window, values)
    if restart_needed():
        window.statusBar().showMessage(
            tr("The new interface language applies after a restart."),
            8000)
    return True


def apply_settings(window: MainWindow, values: dict[str, object] | None = None) -> None:
    """Apply what can change at once: theme, font size, card width, recent-file count
    (``values`` as the dialog gives them, else the saved settings)."""
    values = values or {}
    font_size, card_width = values.get(FONT_KEY), values.get(CARD_WIDTH_KEY)
    window.theme.apply(str(values.get(THEME_KEY) or "") or None,  # None: the one in force
                       font_size if isinstance(font_size, int) else None,  # None: the saved
                       card_width if isinstance(card_width, int) else None)
    settings = QSettings()
    recent = window.files.recent_files()
    settings.setValue("files/recent", recent[: int_setting(RECENT_COUNT_KEY)])
    window.autosaver.set_delay(float_setting(AUTOSAVE_KEY))


def add_preferences_action(window: MainWindow) -> QAction:
    """Edit ▸ Preferences…, after a separator."""
    action = QAction(tr("Pr&eferences…"), window)
    action.setShortcut(QKeySequence.StandardKey.Preferences)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: show_preferences(window))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)
    return action
