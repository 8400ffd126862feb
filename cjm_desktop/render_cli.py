"""Headless rendering of a map to PNG, SVG or PDF for ``cjm-desktop convert``.

Starts a QApplication without a window (the offscreen platform when there is no display),
registers the bundled Nanum Gothic so Hangul is drawn and embedded, and hands the map to
the canvas renderer. Every problem becomes a ``CliError``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .model import JourneyMap

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _headless_app() -> QApplication:
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .app import install_fonts

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if not app.property("cjmFonts"):
        install_fonts(app)
        app.setProperty("cjmFonts", True)
    return app


def render_to_file(journey: JourneyMap, dst: Path, *, dpi: int = 150, page: str = "A4",
                   tiled: bool = False, insights: bool = False,
                   svg_text: bool = False, comments: bool = False) -> None:
    """Draw ``journey`` into ``dst`` (.png, .svg or .pdf); raises cli.CliError. An SVG's
    text is drawn as outlines unless ``svg_text`` keeps it as selectable text; a PDF
    prints the comments as numbered notes with ``comments``."""
    from .cli import CliError

    _app = _headless_app()  # noqa: F841 (kept alive while rendering)
    from .canvas.render import RenderError, render_file

    try:
        render_file(journey, str(dst), dpi=dpi, page=page, tiled=tiled, insights=insights,
                    svg_text="text" if svg_text else "paths", comments=comments)
    except RenderError as error:
        raise CliError(str(dst), "", str(error)) from None
