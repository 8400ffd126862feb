"""Layer rules that import-linter cannot express (see DESIGN.md, Layers)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import cjm_desktop

PACKAGE = Path(cjm_desktop.__file__).parent


def imported_modules(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (PACKAGE / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
        found[path.name] = names
    return found


def test_model_uses_the_standard_library_only():
    for module, names in imported_modules("model").items():
        outside = {n for n in names if n.split(".")[0] not in sys.stdlib_module_names
                   and n != "__future__"}
        assert not outside, f"model/{module} imports {outside}"


def test_editing_uses_qtcore_and_qtgui_only():
    for module, names in imported_modules("editing").items():
        qt = {n for n in names if n.startswith("PySide6.")}
        # QtSvg renders the bundled icons (editing/icons.py); it needs no widgets. QtNetwork
        # lists the laptop's addresses for the sharing servers (editing/sharing.py).
        allowed = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtSvg"}
        if module == "sharing.py":
            allowed.add("PySide6.QtNetwork")
        assert qt <= allowed, \
            f"editing/{module} imports {qt}"


def test_files_never_import_qt():
    for module, names in imported_modules("files").items():
        assert not any(n.startswith("PySide6") for n in names), module
