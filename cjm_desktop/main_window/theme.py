"""Light and dark themes and the interface font size: applied to the application, and sent
to the window's parts as one :class:`~cjm_desktop.editing.appearance.Appearance`.

``ui/theme`` in QSettings is "light", "dark" or "system" (follow the desktop's colour
scheme); the environment variable ``CJM_DESKTOP_THEME=light|dark`` overrides it (a seam for
tests and screenshots). The window owns a :class:`ThemeController`; its ``changed`` signal
carries the new Appearance to the canvas, the plot and the panels, which repaint with it.
Nothing here rewrites another module's values.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from ..editing.appearance import (
    CARD_WIDTHS,
    DARK_NAME,
    DEFAULT_CARD_WIDTH,
    DEFAULT_FONT_SIZE,
    FONT_SIZES,
    LIGHT_NAME,
    Appearance,
    clamp,
    themed,
)
from .focus_frame import follow_focus, repolish_styled

BASE_STYLE = "Fusion"  # the look on every system (menu_style builds on it)
MENU_STYLE_PROPERTY = "cjmMenuStyle"  # set on the application once the menu style is in
THEME_KEY = "ui/theme"
FONT_KEY = "ui/fontSize"
CARD_WIDTH_KEY = "canvas/cardWidth"
THEMES = ("system", LIGHT_NAME, DARK_NAME)
THEME_ENV = "CJM_DESKTOP_THEME"


def saved_theme() -> str:
    """The theme preference as saved: "system", "light" or "dark"."""
    value = QSettings().value(THEME_KEY, "system", type=str)
    return value if value in THEMES else "system"


def theme_override() -> str | None:
    """The theme the environment imposes ("light" or "dark"), None when it does not."""
    value = os.environ.get(THEME_ENV, "").strip().lower()
    return value if value in (LIGHT_NAME, DARK_NAME) else None


def theme_choice() -> str:
    """The theme in force: the environment's override, else the preference."""
    return theme_override() or saved_theme()


def is_dark(choice: str) -> bool:
    if choice == DARK_NAME:
        return True
    if choice == LIGHT_NAME:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def appearance_for(choice: str | None = None, font_size: int | None = None,
                   card_width: int | None = None) -> Appearance:
    """The Appearance for a theme choice (default: the one in force), a font size and a
    card width (defaults: the saved preferences)."""
    if font_size is None:
        font_size = _saved_int(FONT_KEY, DEFAULT_FONT_SIZE)
    if card_width is None:
        card_width = _saved_int(CARD_WIDTH_KEY, DEFAULT_CARD_WIDTH)
    base = themed(DARK_NAME if is_dark(choice or theme_choice()) else LIGHT_NAME)
    return base.with_settings(font_size=clamp(font_size, FONT_SIZES),
                              card_width=clamp(card_width, CARD_WIDTHS))


def _saved_int(key: str, default: int) -> int:
    value = QSettings().value(key, default, type=int)
    return value if isinstance(value, int) else default


def apply_to_application(appearance: Appearance, *, menu_style: bool = True) -> None:
    """Give every widget the palette and font of ``appearance``, at once.

    No application style sheet is set (views show focus by their own rule, focus_frame),
    so the palette reaches every widget, dock and dialog at once. (Widgets with a font of
    their own follow on the next event-loop turn: panels.scaled_font.) Without
    ``menu_style`` the style is plain Fusion, and :func:`install_menu_style` adds the
    fitted menu items later (at start, after the first paint: see there)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if menu_style:
        install_menu_style()
    elif not app.property(MENU_STYLE_PROPERTY) and sys.platform != "linux":
        # Qt's own Fusion until then. (Touching a QStyle from Python builds every QStyle
        # enum, so Linux, where Fusion is the only style Qt's wheels bring, is left alone.)
        app.setStyle(BASE_STYLE)
    follow_focus(app)  # views show the focus with a frame
    palette = appearance.palette()
    new_palette = app.palette() != palette
    if new_palette:
        app.setPalette(palette)
    font = QFont(app.font())
    new_font = font.pointSize() != appearance.font_size
    if new_font:
        font.setPointSize(appearance.font_size)
        app.setFont(font)
    if new_palette or new_font:
        repolish_styled()  # widgets with a style sheet of their own keep the old look else
    if new_font:
        QTimer.singleShot(0, app, _relayout_everything)


def install_menu_style() -> None:
    """Fusion with menu items as wide as their whole text (main_window.menu_style).

    The style is Python, so every size Qt asks of it before the window is first painted
    would cross into Python, and importing it creates every QStyle enum: about 35 ms of
    the start-up on a slow machine (5 %). No menu opens before the first paint, so the
    window installs it then; it looks like the Fusion the window started with but for the
    menus' widths."""
    from .menu_style import install_style

    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_style(app)
        app.setProperty(MENU_STYLE_PROPERTY, True)


def _relayout_everything() -> None:
    """Forms keep the old heights of wrapped labels after a font change unless every layout
    is asked again once the new font has settled (the next event-loop turn)."""
    for widget in QApplication.allWidgets():
        layout = widget.layout()
        if layout is not None:
            layout.invalidate()


class ThemeController(QObject):
    """The window's current Appearance; ``changed`` tells every part when it is replaced."""

    changed = Signal(object)  # the new Appearance

    def __init__(self, parent: QObject | None = None,
                 appearance: Appearance | None = None) -> None:
        super().__init__(parent)
        self._appearance = appearance or appearance_for()
        self._follows_system = theme_choice() == "system"
        apply_to_application(self._appearance, menu_style=False)  # the window adds it
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def set_appearance(self, appearance: Appearance) -> None:
        """Apply ``appearance`` to the application and send it to every part."""
        if appearance == self._appearance:
            return
        self._appearance = appearance
        apply_to_application(appearance)
        self.changed.emit(appearance)

    def apply(self, choice: str | None = None, font_size: int | None = None,
              card_width: int | None = None) -> Appearance:
        """Switch to a theme choice ("system", "light", "dark"; default: the one in force),
        a font size and a card width (defaults: the saved ones); returns the new look."""
        self._follows_system = (choice or theme_choice()) == "system"
        self.set_appearance(appearance_for(choice, font_size, card_width))
        return self._appearance

    def _on_system_scheme(self, _scheme: object) -> None:
        if self._follows_system:
            self.set_appearance(appearance_for("system", self._appearance.font_size,
                                               self._appearance.card_width))
