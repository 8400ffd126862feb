"""The list of features attached to the main window, in the order they are installed.

Each feature module of this package has an ``install(window)`` that adds its widgets,
docks, actions and menu entries. Keep this list the only place that names them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .window import MainWindow


def install_all(window: MainWindow) -> None:
    from . import (
        accessibility,
        canvas_feature,
        chrome_feature,
        docks_feature,
        export_feature,
        help_guide,
        help_menu,
        insights_feature,
        layout_feature,
        persona_feature,
        plot_feature,
        preferences,
        reliability_feature,
        review_banner,
        structure_menus,
        welcome,
        workshop_feature,
    )

    for feature in (
        help_menu,
        canvas_feature,  # before the others: they look for window.canvas
        workshop_feature,  # its tool bar before the banners'
        persona_feature,
        plot_feature,
        docks_feature,
        insights_feature,
        structure_menus,
        reliability_feature,
        export_feature,
        preferences,
        welcome,
        review_banner,
        help_guide,
        chrome_feature,  # after every dock and action it shows exists
        layout_feature,  # after every dock exists
        accessibility,  # last: names what the others built
    ):
        feature.install(window)
