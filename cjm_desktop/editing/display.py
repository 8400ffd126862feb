"""Which language the screen shows vocabulary in (lane kinds, channels, categories, labels).

The interface language is chosen in the app layer (``cjm_desktop.i18n``), which records it
on the QCoreApplication; views read it here so they need not know the app layer. A map's own
text stays as written, and exported files use the map's language instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings

LANGUAGE_PROPERTY = "cjmUiLanguage"


def display_language() -> str:
    """The interface language now: "ko" or "en"."""
    app = QCoreApplication.instance()
    if app is not None:
        value = app.property(LANGUAGE_PROPERTY)
        if value in ("ko", "en"):
            return str(value)
    chosen = QSettings().value("ui/language", "", type=str)
    if chosen in ("ko", "en"):
        return chosen
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def set_display_language(language: str) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(LANGUAGE_PROPERTY, language)


def count_text(count: int, one: str, many: str) -> str:
    """A count in words: ``one`` ("1 persona") for exactly one, else ``many`` ("%1 personas")
    with %1 replaced. Pass both through tr(): a language without plurals maps both alike."""
    return (one if count == 1 else many).replace("%1", str(count))
