"""The type checker's escape hatches stay few and explained (issue 11, DESIGN.md).

mypy runs over the whole package in CI (``.ci/run``, configured in pyproject). A
``# type: ignore`` silences it on one line, so each names the error code it silences and
says why, in a comment after it or on the line above; there are at most 20 in the package.
"""

from __future__ import annotations

import io
import re
import tokenize
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cjm_desktop"
PYPROJECT = PACKAGE.parent / "pyproject.toml"
MAX_IGNORES = 20
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*\])?"
                    r"(?P<rest>.*)")


def _ignores() -> list[tuple[str, int, str, str]]:
    """(file, line, the ignore comment, the comment on the line above or "")."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "ignore" not in source:  # no ignore comment possible: skip tokenizing it
            continue
        comments = {token.start[0]: token for token in
                    tokenize.generate_tokens(io.StringIO(source).readline)
                    if token.type == tokenize.COMMENT}
        lines = source.splitlines()
        for number, token in comments.items():
            if IGNORE.search(token.string):
                above = comments.get(number - 1)
                own_line = above is not None and lines[number - 2].lstrip().startswith("#")
                found.append((path.relative_to(PACKAGE).as_posix(), number, token.string,
                              above.string if own_line and above else ""))
    return found


def test_at_most_twenty_type_ignores_in_the_package() -> None:
    ignores = _ignores()
    assert len(ignores) <= MAX_IGNORES, "\n".join(f"{f}:{n}" for f, n, _, _ in ignores)


def test_every_type_ignore_names_its_error_code_and_says_why() -> None:
    unexplained = []
    for file, number, comment, above in _ignores():
        match = IGNORE.search(comment)
        assert match is not None
        reason = match["rest"].strip().lstrip("#").strip()
        if not match["codes"] or not (reason or above.lstrip("#").strip()):
            unexplained.append(f"{file}:{number}: {comment}")
    assert not unexplained, "a type: ignore without [code] and reason:\n" + "\n".join(
        unexplained)


def test_mypy_is_configured_strict_for_model_and_files_without_global_ignores() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["mypy"]
    assert not config.get("ignore_errors"), "no global ignore_errors"
    assert "ignore-without-code" in config.get("enable_error_code", [])
    assert config.get("warn_unused_ignores") is True
    strict = ("disallow_any_generics", "disallow_subclassing_any", "disallow_untyped_calls",
              "disallow_untyped_defs", "disallow_incomplete_defs", "check_untyped_defs",
              "disallow_untyped_decorators", "warn_return_any", "strict_equality",
              "extra_checks")
    for package in ("cjm_desktop.model", "cjm_desktop.files"):
        override = next(o for o in config["overrides"]
                        if f"{package}.*" in o["module"] and package in o["module"])
        missing = [flag for flag in strict if override.get(flag) is not True]
        assert not missing, f"{package} is not strict: {missing}"
        assert override.get("implicit_reexport") is False
        assert not override.get("ignore_errors")
