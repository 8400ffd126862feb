"""The window is a typed composition (DESIGN.md "Composition is explicit"): no part probes
or patches the window with getattr/hasattr/setattr, and the window's parts never read one
another's private members. These checks read the source, so a new part that slips back
into the old attribute-bag habits fails here, before a type checker is even run."""

from __future__ import annotations

import re
import tokenize
from pathlib import Path

import cjm_desktop

PACKAGE = Path(cjm_desktop.__file__).parent
WINDOW_CODE = [*sorted((PACKAGE / "main_window").glob("*.py")), PACKAGE / "app.py"]

# getattr(window, ...), hasattr(self.window, ...), setattr(main_window, ...)
PROBE_ON_WINDOW = re.compile(r"\b(?:getattr|hasattr|setattr)\(\s*(?:self\.)?\w*window\b")
ANY_PROBE = re.compile(r"\b(?:getattr|hasattr|setattr)\(")
# a private member of some other object: window._x, self.files._x, canvas.scene._x
# (self._x and cls._x are one's own; dunders are Python's)
FOREIGN_PRIVATE = re.compile(r"(?<![\w.])(?!self\.|cls\.)\w+(?:\.\w+)*\._(?!_)\w+")
SELF_PART_PRIVATE = re.compile(r"\bself(?:\.\w+)+\._(?!_)\w+")


def _code_lines(path: Path) -> list[tuple[int, str]]:
    """The code of each line, with comments dropped and every string literal emptied."""
    lines: dict[int, list[str]] = {}
    with path.open("rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type in (tokenize.NAME, tokenize.OP, tokenize.NUMBER):
                lines.setdefault(token.start[0], []).append(token.string)
            elif token.type == tokenize.STRING:
                lines.setdefault(token.start[0], []).append('""')
    # joined without spaces around dots so "window . _x" reads as written
    return [(number, " ".join(parts).replace(" . ", ".").replace(" (", "(").replace("( ", "("))
            for number, parts in sorted(lines.items())]


def _hits(paths: list[Path], pattern: re.Pattern[str]) -> list[str]:
    return [f"{path.relative_to(PACKAGE.parent)}:{number}: {code.strip()}"
            for path in paths for number, code in _code_lines(path) if pattern.search(code)]


def test_no_part_probes_the_window_anywhere():
    # only a file that names getattr, hasattr or setattr can probe: the others are not read
    # token by token (the whole package takes seconds)
    probing = [path for path in sorted(PACKAGE.rglob("*.py"))
               if re.search(r"(?:get|has|set)attr", path.read_text(encoding="utf-8"))]
    assert _hits(probing, PROBE_ON_WINDOW) == []


def test_the_window_and_app_use_no_getattr_hasattr_or_setattr_at_all():
    assert _hits(WINDOW_CODE, ANY_PROBE) == []


def test_window_parts_read_no_private_member_of_another_object():
    assert _hits(WINDOW_CODE, FOREIGN_PRIVATE) == []
    assert _hits(WINDOW_CODE, SELF_PART_PRIVATE) == []


def test_the_checks_catch_the_old_habits():
    """The patterns find what they are meant to (so an empty result above means something)."""
    for line in ('canvas = getattr(window, "canvas", None)',
                 "if hasattr(self.window, 'x'):", "setattr(main_window, 'a', 1)"):
        assert PROBE_ON_WINDOW.search(line), line
    for line in ("window._file_drops = x", "self.window.files._is_bundled(path)",
                 "timer = autosave._timer"):
        assert FOREIGN_PRIVATE.search(line) or SELF_PART_PRIVATE.search(line), line
    for line in ("self._timer.start()", "cls._cache", "x.__class__", "value = self.files.path"):
        assert not (FOREIGN_PRIVATE.search(line) or SELF_PART_PRIVATE.search(line)), line


def test_every_part_is_declared_on_the_window_class():
    """Attributes the window holds are declared (typed) on MainWindow, and built there."""
    from cjm_desktop.main_window.window import MainWindow

    source = (PACKAGE / "main_window" / "window.py").read_text(encoding="utf-8")
    assigned = set(re.findall(r"^\s+self\.(\w+)\s*=", source, re.MULTILINE))
    declared = set(MainWindow.__annotations__)
    built_in_parts = {name for name in assigned if name in declared}
    assert built_in_parts == declared  # every declared part is built in window.py
    others = sorted(path.name for path in WINDOW_CODE if path.name != "window.py"
                    and re.search(r"\bwindow\.\w+\s*=(?!=)", path.read_text(encoding="utf-8")))
    assert others == []  # and no other module attaches one
