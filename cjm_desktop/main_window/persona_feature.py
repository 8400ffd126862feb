"""The personas dock on the left of the window, with its View menu toggle.

``window.persona_panel`` is the dock (object name ``personaPanel``); its
``activePersonaChanged(str)`` signal and ``active_persona_id()`` tell other views whose
emotions the user is editing (the emotion plot and the canvas emotion lane follow it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ..panels.personas import PersonaPanel

if TYPE_CHECKING:
    from .window import MainWindow


def install(window: MainWindow) -> None:
    panel = PersonaPanel(window.document, window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
    window.persona_panel = panel
    toggle = panel.toggleViewAction()
    toggle.setText(window.tr("&Personas"))
    window.view_menu.addAction(toggle)
    canvas = getattr(window, "canvas", None)
    if canvas is not None:  # a double-click on the canvas emotion lane scores this persona
        canvas.set_active_persona(panel.active_persona_id())
        panel.activePersonaChanged.connect(canvas.set_active_persona)
