"""Where the bundled resources are: inside the installed package, or the source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """The folder holding fonts, templates, samples, translations and the schema."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def is_bundled(path: Path) -> bool:
    """Whether ``path`` lies among the app's bundled, read-only files (the sample, the
    templates): nothing is ever written beside them."""
    try:
        path.resolve().relative_to(resource_dir().resolve())
    except ValueError:
        return False
    return True
