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
    from ..canvas.view import CanvasView
    from .window import MainWindow


def build_persona_panel(window: MainWindow, canvas: CanvasView) -> PersonaPanel:
    """The dock, docked on the left with its View toggle; the canvas follows its choice."""
    panel = PersonaPanel(window.document, window, window.theme.appearance)
    window.theme.changed.connect(panel.set_appearance)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
    toggle = panel.toggleViewAction()
    toggle.setText(window.tr("&Personas"))
    window.view_menu.addAction(toggle)
    # a double-click on the canvas emotion lane scores this persona
    canvas.set_active_persona(panel.active_persona_id())
    panel.activePersonaChanged.connect(canvas.set_active_persona)
    return panel
