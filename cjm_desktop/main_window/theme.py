"""Light and dark themes: the widget palette, the canvas colours and a visible keyboard focus.

``ui/theme`` in QSettings is "light", "dark" or "system" (follow the desktop's colour scheme).
The canvas reads its colours from ``canvas.style`` at paint time, so a theme swaps those
module values and repaints; the light values are remembered on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView

from ..canvas import style as canvas_style
from ..model.vocab import CardKind
from .menu_style import install_style

THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark")

# Keyboard focus must be visible on every control (the Fusion style draws it for buttons,
# fields and combo boxes; views get a highlight frame).
FOCUS_STYLE = """
QAbstractItemView:focus, QGraphicsView:focus, QTextEdit:focus, QPlainTextEdit:focus,
QTextBrowser:focus {
    border: 2px solid palette(highlight);
}
QDockWidget:focus { border: 1px solid palette(highlight); }
"""

DARK_CANVAS = {
    "BACKGROUND": QColor("#1C1F24"),
    "GRID_LINE": QColor("#363C46"),
    "CELL_BG": QColor("#252930"),
    "CELL_BG_ALT": QColor("#22262C"),
    "HEADER_BG": QColor("#2A2F37"),
    "TEXT": QColor("#E8EAEE"),
    "TEXT_SOFT": QColor("#A3AAB6"),
    "CARD_BORDER": QColor("#3A414C"),
    "SHADOW": QColor(0, 0, 0, 90),
    "CURRENT_CELL": QColor(96, 150, 255, 40),
    "SELECTION": QColor("#6EA1FF"),
    "DROP_MARKER": QColor("#6EA1FF"),
}
DARK_TINTS = {
    CardKind.TOUCHPOINT.value: QColor("#1E2A3E"),
    CardKind.PAIN_POINT.value: QColor("#3A2526"),
    CardKind.OPPORTUNITY.value: QColor("#1E3327"),
    CardKind.KPI.value: QColor("#2B2540"),
    CardKind.NOTE.value: QColor("#37321E"),
}
_light_canvas: dict[str, object] = {}
# The emotion curve keeps a white plot area, so its legend row keeps dark text (a style
# sheet also reaches the widgets the plot creates later, when it is first shown).



def saved_theme() -> str:
    value = QSettings().value(THEME_KEY, "system", type=str)
    return value if value in THEMES else "system"


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2B2F36", roles.WindowText: "#E8EAEE", roles.Base: "#1F2228",
        roles.AlternateBase: "#262A31", roles.ToolTipBase: "#2B2F36",
        roles.ToolTipText: "#E8EAEE", roles.Text: "#E8EAEE", roles.Button: "#353A42",
        roles.ButtonText: "#E8EAEE", roles.BrightText: "#FF6B6B", roles.Link: "#7AA7FF",
        roles.Highlight: "#3D6FD9", roles.HighlightedText: "#FFFFFF",
        roles.PlaceholderText: "#8A919C", roles.Light: "#4A505A", roles.Midlight: "#3E434C",
        roles.Mid: "#2F343B", roles.Dark: "#181B20", roles.Shadow: "#0E1013",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#6B717B"))
    return palette


def _set_canvas_colours(dark: bool) -> None:
    if not _light_canvas:
        for name in DARK_CANVAS:
            _light_canvas[name] = getattr(canvas_style, name, None)
        _light_canvas["KIND_TINTS"] = dict(getattr(canvas_style, "KIND_TINTS", {}))
    for name in DARK_CANVAS:
        value = DARK_CANVAS[name] if dark else _light_canvas[name]
        if value is not None:
            setattr(canvas_style, name, value)
    tints = getattr(canvas_style, "KIND_TINTS", None)
    if isinstance(tints, dict):
        tints.update(DARK_TINTS if dark else _light_canvas["KIND_TINTS"])


def install_focus_style() -> None:
    """The application style sheet with visible focus frames, set once.

    Any application style sheet makes every widget built after it several times slower to
    create, so the window installs it right after its first paint (see MainWindow)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and FOCUS_STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)


def apply_theme(choice: str | None = None) -> bool:
    """Apply ``choice`` (default: the saved one) to the application; True when dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    dark = is_dark(choice or saved_theme())
    install_style(app)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    _set_canvas_colours(dark)
    app.setProperty("cjmDarkTheme", dark)
    for widget in app.allWidgets():
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            widget.scene().update()  # items may cache their look
    for widget in app.topLevelWidgets():
        widget.update()
    return dark
