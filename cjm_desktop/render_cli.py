"""Headless rendering of a map to PNG, SVG or PDF for ``cjm-desktop convert``."""

from __future__ import annotations

from pathlib import Path

from .model import JourneyMap


def render_to_file(journey: JourneyMap, dst: Path, *, dpi: int = 150, page: str = "A4",
                   tiled: bool = False) -> None:
    from .cli import CliError

    raise CliError(str(dst), "", "images and PDF are not supported yet")
