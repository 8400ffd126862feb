"""The interface language: which one is chosen, and the Qt translators that speak it.

The app's own catalogue is ``resources/translations/cjm_desktop_<lang>.qm`` (built by
``tools/update_translations.py``); Qt's ``qtbase_<lang>.qm`` comes with PySide6, so
standard dialogs and buttons speak the same language. A fallback translator looks a text
up by its English source alone, for the few calls whose run-time context differs from the
one lupdate saw (``window.tr(...)``, a base class's ``self.tr`` seen from a subclass).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from .editing.display import set_display_language
from .paths import resource

LANGUAGE_KEY = "ui/language"
UI_LANGUAGES = ("ko", "en")

# Qt's own texts that our catalogue translates, filed under Qt's contexts (ours is asked
# before qtbase, see install_translations):
# - labels of Qt 6's file dialog (two) and print dialog (three), spelt with access keys,
#   that qtbase_ko.qm lacks (it has the older spelling without them), so Open, Save and
#   Print showed them in English;
# - the Discard button of the unsaved-changes prompt, which qtbase_ko.qm calls "무시"
#   ("ignore"): read next to "Save them before continuing?" it hides that the work is lost.
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
           QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
           QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
           QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
           QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
           QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"))

_installed: list[QTranslator] = []
_current = ""


def ui_language() -> str:
    """The interface language: the saved choice, else Korean for a Korean locale, else English."""
    chosen = QSettings().value(LANGUAGE_KEY, "", type=str)
    if chosen in UI_LANGUAGES:
        return chosen
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def installed_language() -> str:
    """The language whose translators are installed now ("" before the first install)."""
    return _current


# Qt asks every translator for this when one is installed; the catalogue has no such text.
QT_LAYOUT_DIRECTION = "QT_LAYOUT_DIRECTION"


class FallbackTranslator(QTranslator):
    """Translates by source text alone, whatever the context (asked last).

    Its table is read from the .ts catalogue when a text first reaches it, not at start:
    a normal start asks it nothing but Qt's layout direction."""

    def __init__(self, load_table: Callable[[], dict[str, str]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load_table = load_table
        self._table: dict[str, str] | None = None

    def table(self) -> dict[str, str]:
        if self._table is None:
            self._table = self._load_table()
        return self._table

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if source_text == QT_LAYOUT_DIRECTION:
            return None
        return self.table().get(source_text or "")  # None: "no translation here"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return self._table is not None and not self._table


def _catalogue(language: str) -> Path:
    return resource("translations", f"cjm_desktop_{language}.ts")


def _table_from_ts(path: Path) -> dict[str, str]:
    import xml.etree.ElementTree as ET  # only when the fallback is first asked

    table: dict[str, str] = {}
    if not path.is_file():
        return table
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        if translation.text and source not in table:
            table[source] = translation.text
    return table


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale widgets speak for the interface ``language``: the system's own when it is
    in that language (its territory's conventions kept), else the language's usual one.

    Without it a Korean interface on an English system shows the date popup's months and
    weekdays in English (and an English one on a Korean system, in Korean)."""
    system = QLocale.system() if system is None else system
    if language == "ko":
        wanted, territory = QLocale.Language.Korean, QLocale.Country.SouthKorea
    else:
        wanted, territory = QLocale.Language.English, QLocale.Country.UnitedStates
    if system.language() == wanted:
        return system
    return QLocale(wanted, territory)


def install_translations(app: QCoreApplication, language: str) -> None:
    """Load the app's and Qt's own translations for ``language`` (English needs none) and
    make its locale the one widgets created from now on use (dates, month and day names)."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    set_display_language(language)
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return
    # Qt asks the most recently installed translator first: ours (which has Qt's texts only
    # in QT_GAPS), Qt's own, then the fallback.
    catalogue = _catalogue(language)
    fallback = FallbackTranslator(lambda: _table_from_ts(catalogue), app)
    ours = QTranslator(app)
    qt = QTranslator(app)
    candidates = [
        (fallback, catalogue.is_file()),
        (qt, qt.load(f"qtbase_{language}",
                     QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
        (ours, ours.load(str(resource("translations", f"cjm_desktop_{language}.qm")))),
    ]
    for translator, loaded in candidates:
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)


def language_name(code: str) -> str:
    """The name of a language in the interface language, for choosers."""
    names = {"ko": QCoreApplication.translate("Languages", "Korean"),
             "en": QCoreApplication.translate("Languages", "English")}
    return names.get(code, code)
