"""The list of features attached to the main window, in the order they are installed.

Each feature module of this package has an ``install(window)`` that adds its widgets,
docks, actions and menu entries. Keep this list the only place that names them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .window import MainWindow


def install_all(window: MainWindow) -> None:
    from . import help_menu

    help_menu.install(window)
    from . import canvas_feature  # first: other features look for window.canvas

    canvas_feature.install(window)
    from . import persona_feature

    persona_feature.install(window)
    from . import plot_feature

    plot_feature.install(window)
    from . import docks_feature, structure_menus

    docks_feature.install(window)
    structure_menus.install(window)
    from . import reliability_feature

    reliability_feature.install(window)
    from . import export_feature

    export_feature.install(window)
    from . import help_guide, preferences, review_banner, welcome

    preferences.install(window)
    welcome.install(window)
    review_banner.install(window)
    help_guide.install(window)
    from . import accessibility  # keep last: names what the others built

    accessibility.install(window)
