"""Application bootstrap: the QApplication, the bundled Korean font, translations, settings,
and the main window. ``create_main_window`` builds a window (the test seam of DESIGN.md);
``run_gui`` is the real start path of ``cjm-desktop [FILE]`` (recovery offer, welcome)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from . import __version__, i18n
from .paths import resource

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .main_window.launcher import Launcher

ORGANIZATION = "CJM Desktop"
APPLICATION = "CJM Desktop"
FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
UI_FONT_FAMILY = "NanumGothic"


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created and set up on first use."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    if not app.property("cjmReady"):
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        install_fonts(app)
        from .main_window.theme import appearance_for, apply_to_application

        # the menu style follows the window's first paint (theme.install_menu_style)
        apply_to_application(appearance_for(), menu_style=False)
        app.setProperty("cjmReady", True)
    if i18n.installed_language() != i18n.ui_language():  # first start, or a new choice
        i18n.install_translations(app, i18n.ui_language())
    return app


def install_fonts(app: QApplication) -> str:
    """Register the bundled Nanum Gothic and make it the application font, so Hangul never
    renders as boxes on a machine without a Korean font. Returns the family name."""
    family = UI_FONT_FAMILY
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    font = QFont(family)
    size = QSettings().value("ui/fontSize", 10, type=int)
    font.setPointSize(max(7, min(size if isinstance(size, int) else 10, 24)))
    app.setFont(font)
    return family


def create_main_window(path: str | Path | None = None, *,
                       launcher: Launcher | None = None) -> MainWindow:
    """Build the main window on ``path`` (the bundled sample when None) without running
    the event loop; ``launcher`` opens folders and web addresses (default: the desktop's,
    see main_window/launcher.py). Raises files.MapFileError when the file cannot be read."""
    ensure_app()
    from .editing import Document
    from .files.templates import load_sample
    from .main_window import MainWindow

    if path is None:
        document = Document(load_sample(i18n.ui_language()))
    else:
        document = Document.open(Path(path))
    return MainWindow(document, launcher=launcher)


def start_gui(path: str | Path | None = None, *, sync_url: str | None = None) -> MainWindow:
    """The real start of the editor, short of the event loop: the window on ``path`` (the
    sample when None, or when ``path`` cannot be read: then an error says why), shown; the
    trash of discarded recovery copies purged; and, once the event loop runs, the recovery
    offer when an editor was closed unexpectedly, else the welcome when it is due.
    ``sync_url`` (``--sync-url``) is the sync server for this run, whatever Preferences say."""
    ensure_app(sys.argv[:1])
    if sync_url is not None:
        from .main_window.preferences import set_sync_url_override

        set_sync_url_override(sync_url)
    from PySide6.QtCore import QTimer

    from .main_window import error_notice

    error_notice.install()  # from here on an unexpected error is logged and shown once

    from .files import MapFileError

    error: MapFileError | None = None
    try:
        window = create_main_window(path)
    except MapFileError as problem:
        error = problem
        window = create_main_window(None)
    from .main_window.layout_feature import fit_to_screen

    fit_to_screen(window)
    window.show()
    reliability = window.reliability
    reliability.purge_trash()
    recovering = reliability.has_recovery()

    def after_start() -> None:
        if error is not None:
            window.show_error(QCoreApplication.translate("App", "Could not open the map"),
                              str(error))
        if recovering:
            # After a crash the recovery offer comes first, alone (the welcome would cover it).
            reliability.offer_recovery()
        else:
            from .main_window.welcome import welcome_at_start

            welcome_at_start(window, str(path) if path is not None else None)

    # After the window is up, so nothing blocks building it, and a test that does not run
    # the event loop gets the window back first.
    QTimer.singleShot(0, after_start)
    return window


@overload
def run_gui(path: str | Path | None = None, *, exec_loop: Literal[True] = True,
            sync_url: str | None = None) -> int: ...
@overload
def run_gui(path: str | Path | None = None, *, exec_loop: Literal[False],
            sync_url: str | None = None) -> MainWindow: ...
def run_gui(path: str | Path | None = None, *, exec_loop: bool = True,
            sync_url: str | None = None) -> int | MainWindow:
    """Start the editor as ``cjm-desktop [FILE]`` does (see :func:`start_gui`) and run until
    the last window closes, returning the exit status. With ``exec_loop=False`` it returns
    the window instead, before the event loop: the recovery offer or the welcome appear
    as soon as the caller lets events run (a pytest-qt test, a walkthrough script)."""
    window = start_gui(path, sync_url=sync_url)
    if not exec_loop:
        return window
    return ensure_app().exec()
