"""Build the interface translations: resources/translations/cjm_desktop_{ko,en}.ts and .qm.

Run ``python tools/update_translations.py`` after adding or changing any user-visible string,
then commit the .ts and .qm files it writes. Tests fail when the committed files differ from
what this script builds, and when a Korean message has no translation.

Steps:

1. ``pyside6-lupdate`` extracts ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")``
   from the Qt-facing packages (model/ and files/ hold no Qt strings).
2. Two fix-ups make the contexts match what PySide6 looks up at run time:
   - a module-level helper ``def tr(text): return QCoreApplication.translate("Ctx", text)``
     is not understood by lupdate, which files its calls under a wrong context; they are
     moved to the helper's context;
   - PySide6's ``self.tr`` uses the *run-time* class name, so a string written in a base
     class is also filed under every subclass of it in the package.
3. Korean translations come from ``tools/translations_ko.py`` (a dict kept in git, so a new
   lupdate run never loses them); English is the source text itself.
4. ``pyside6-lrelease`` compiles each .ts to .qm.

``--check`` builds into a temporary folder and exits 1 when the committed files are stale.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cjm_desktop"
OUT_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ko", "en")
# Layers that never show Qt text (DESIGN.md): left out so str.translate calls are not read.
SKIPPED = ("model", "files")


def qt_tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease) next to this Python."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} not found (install PySide6-Essentials)")
    return found


def source_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).parts
        if relative[0] in SKIPPED or "__pycache__" in relative:
            continue
        files.append(path)
    return files


# ----- what the sources say (AST) --------------------------------------------------------
def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_context(function: ast.FunctionDef) -> str | None:
    """The context of a helper ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    if len(function.body) != 1 or not isinstance(function.body[0], ast.Return):
        return None
    call = function.body[0].value
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and call.args):
        return _literal(call.args[0])
    return None


class SourceFacts:
    """Helper-function calls and class inheritance found in the package's sources."""

    def __init__(self, files: list[Path]) -> None:
        self.helper_calls: dict[Path, dict[str, str]] = {}  # file -> source text -> context
        self.bases: dict[str, set[str]] = {}  # class name -> base class names
        self.class_sources: dict[str, list[str]] = {}  # class -> self.tr sources (in order)
        for path in files:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            helpers = {node.name: ctx for node in tree.body
                       if isinstance(node, ast.FunctionDef)
                       and (ctx := _helper_context(node)) is not None}
            calls: dict[str, str] = {}
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    self.bases.setdefault(node.name, set()).update(
                        b.id if isinstance(b, ast.Name) else b.attr
                        for b in node.bases if isinstance(b, ast.Name | ast.Attribute))
                    texts = self.class_sources.setdefault(node.name, [])
                    for inner in ast.walk(node):
                        if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                                and inner.func.attr == "tr" and inner.args
                                and (text := _literal(inner.args[0])) is not None):
                            texts.append(text)
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                      and node.func.id in helpers and node.args
                      and (text := _literal(node.args[0])) is not None):
                    calls[text] = helpers[node.func.id]
            if calls:
                self.helper_calls[path.resolve()] = calls

    def subclasses(self, name: str) -> set[str]:
        found: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop()
            for cls, bases in self.bases.items():
                if current in bases and cls not in found:
                    found.add(cls)
                    todo.append(cls)
        return found


# ----- building the catalogue ------------------------------------------------------------
Catalogue = dict[str, list[str]]  # context -> source texts, in first-seen order


def _add(catalogue: Catalogue, context: str, text: str) -> None:
    texts = catalogue.setdefault(context, [])
    if text not in texts:
        texts.append(text)


def extract(files: list[Path]) -> Catalogue:
    """Run lupdate over ``files`` and return the fixed-up catalogue."""
    facts = SourceFacts(files)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.ts"
        subprocess.run([qt_tool("lupdate"), *map(str, files), "-no-obsolete",
                        "-locations", "absolute", "-ts", str(raw)],
                       check=True, capture_output=True)
        tree = ET.parse(raw)
    catalogue: Catalogue = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source") or ""
            # lupdate writes locations relative to the .ts file, not to the working folder.
            places = [(raw.parent / loc.get("filename", "")).resolve()
                      for loc in message.iter("location")]
            helper = next((facts.helper_calls[p][text] for p in places
                           if text in facts.helper_calls.get(p, {})), None)
            if helper is not None and name not in facts.class_sources:
                _add(catalogue, helper, text)
            else:
                _add(catalogue, name, text)
    for cls, texts in facts.class_sources.items():
        for sub in facts.subclasses(cls):
            for text in texts:
                _add(catalogue, sub, text)
    for texts in catalogue.values():
        texts.sort()
    return dict(sorted(catalogue.items()))


def korean(context: str, text: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from translations_ko import KO, KO_BY_CONTEXT
    finally:
        sys.path.pop(0)
    return KO_BY_CONTEXT.get((context, text), KO.get(text, ""))


def write_ts(catalogue: Catalogue, language: str, path: Path) -> list[tuple[str, str]]:
    """Write a .ts file; returns the (context, source) pairs left untranslated."""
    missing = []
    root = ET.Element("TS", version="2.1", language="ko_KR" if language == "ko" else "en_US")
    root.set("sourcelanguage", "en_US")
    for context, texts in catalogue.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for text in texts:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = text
            translated = text if language == "en" else korean(context, text)
            translation = ET.SubElement(message, "translation")
            if translated:
                translation.text = translated
            else:
                translation.set("type", "unfinished")
                missing.append((context, text))
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


def release(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def build(out_dir: Path) -> list[tuple[str, str]]:
    """Write every .ts and .qm into ``out_dir``; returns the Korean messages left untranslated."""
    out_dir.mkdir(parents=True, exist_ok=True)
    catalogue = extract(source_files())
    missing: list[tuple[str, str]] = []
    for language in LANGUAGES:
        ts = out_dir / f"cjm_desktop_{language}.ts"
        left = write_ts(catalogue, language, ts)
        if language == "ko":
            missing = left
        release(ts, out_dir / f"cjm_desktop_{language}.qm")
    return missing


def stale_files(out_dir: Path = OUT_DIR) -> list[str]:
    """Names of the committed translation files that differ from a fresh build."""
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        return [p.name for p in sorted(Path(tmp).iterdir())
                if not (out_dir / p.name).is_file()
                or (out_dir / p.name).read_bytes() != p.read_bytes()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether the committed files are up to date")
    args = parser.parse_args()
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    missing = build(OUT_DIR)
    for context, text in missing:
        print(f"untranslated [{context}] {text!r}")
    print(f"{len(missing)} Korean message(s) untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
