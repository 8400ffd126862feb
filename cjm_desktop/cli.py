"""The command line: the editor (default), ``convert``, ``check``, ``new``, ``templates`` and
``insights``.

Bad input never shows a traceback: it prints one line ``error: FILE: WHERE: WHAT`` on
stderr and exits with status 2, and no partly written output file is left behind (every
writer is atomic). Qt is imported only to start the editor or to render images and PDFs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__

if TYPE_CHECKING:
    from .model import JourneyMap

COMMANDS = ("convert", "check", "new", "templates", "insights", "room", "diff", "merge", "live",
            "help")
EXIT_OK = 0
EXIT_BAD_INPUT = 2
RENDER_SUFFIXES = (".png", ".svg", ".pdf")


class CliError(Exception):
    """A problem to report as ``error: FILE: WHERE: WHAT``."""

    def __init__(self, file: str, where: str, what: str) -> None:
        super().__init__(what)
        self.file, self.where, self.what = file, where, what

    def line(self) -> str:
        parts = [p for p in (self.file, self.where) if p]
        return "error: " + ": ".join([*parts, self.what])


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage problems as one ``error:`` line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise CliError(self.prog, "arguments", message)


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="cjm-desktop",
        description="CJM Desktop: an offline editor for customer journey maps.",
        epilog=(
            "commands:\n"
            "  cjm-desktop [FILE]                         open the editor (the sample map "
            "without FILE)\n"
            "  cjm-desktop [FILE] --sync-url URL          ... with Share live going through "
            "the sync\n"
            "                                             server URL (ws:// or wss://) for "
            "this run\n"
            "  cjm-desktop convert SRC DST [--force]      convert by extension: .cjm.json "
            ".xlsx .csv .mmd in;\n"
            "                                             .cjm.json .xlsx .csv .mmd .png .svg "
            ".pdf out\n"
            "                                             (never onto SRC; an existing DST "
            "only with --force)\n"
            "  cjm-desktop check FILE                     validate a map (exit 0 if valid)\n"
            "  cjm-desktop new DST --template NAME [--lang ko|en]   a new map from a template\n"
            "  cjm-desktop templates                      list the templates\n"
            "  cjm-desktop insights FILE [--json]         the map's insights as text or JSON\n"
            "  cjm-desktop room FILE [--host H] [--port P]  participants' phones add notes "
            "to FILE\n"
            "                                             (first line: the join address; "
            "docs/workshop.md)\n"
            "  cjm-desktop diff A B [--json]              every difference by id (exit 0 "
            "equal, 1 different)\n"
            "  cjm-desktop merge BASE OURS THEIRS -o OUT [--prefer ours|theirs]\n"
            "                                             three-way merge (exit 1 on "
            "conflicts)\n"
            "  cjm-desktop live host MAP [--host H] [--port P] [--sync-url URL]\n"
            "                                             share MAP live (first line: the "
            "join address;\n"
            "                                             docs/collaboration.md)\n"
            "  cjm-desktop live join URL -o OUT [--edit EDITED [--base BASE]] [--once]\n"
            "                                             join a live session, keep the "
            "shared map in OUT\n"
            "  cjm-desktop live base LOG -o BASE          the map a live session started "
            "from\n"
            "  cjm-desktop help [COMMAND]                 this help, or a command's\n"
            "\nimports (.xlsx .csv .mmd) print what they made and skipped as 'note:' lines "
            "on stderr"
            "\nbad input: exit status 2 and one line 'error: FILE: WHERE: WHAT' on stderr"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"cjm-desktop {__version__}")
    parser.add_argument("file", nargs="?", help="a .cjm.json map to open in the editor")
    parser.add_argument("--sync-url", metavar="URL",
                        help="share live through this y-websocket sync server (ws:// or "
                             "wss://) instead of the one in Preferences, for this run")
    return parser


def _command_parser(command: str) -> _Parser:
    parser = _Parser(prog=f"cjm-desktop {command}")
    if command == "convert":
        parser.description = "Convert a map between formats, chosen by file extension."
        parser.add_argument("src")
        parser.add_argument("dst")
        parser.add_argument("--dpi", type=int, default=150, help="PNG resolution (default 150)")
        parser.add_argument("--page", choices=("A4", "A3"), default="A4",
                            help="PDF page size, landscape (default A4)")
        parser.add_argument("--tiled", action="store_true",
                            help="PDF: tile the map over several pages instead of fitting one")
        parser.add_argument("--force", action="store_true", help="replace DST if it exists")
        parser.add_argument("--insights", action="store_true",
                            help="PDF: add an Insights page at the end (docs/insights.md)")
        parser.add_argument("--comments", action="store_true",
                            help="PDF: number each commented card and print the comments as "
                                 "numbered notes at the end")
        parser.add_argument("--svg-text", action="store_true",
                            help="SVG: keep text as selectable text naming its font, instead "
                                 "of glyph outlines (which look the same without the font)")
    elif command == "check":
        parser.description = "Validate a map file; exit status 0 when it is valid."
        parser.add_argument("file")
    elif command == "new":
        parser.description = "Write a new map from a template."
        parser.add_argument("dst")
        parser.add_argument("--template", required=True, help="a name from 'templates'")
        parser.add_argument("--lang", choices=("ko", "en"), default="ko")
        parser.add_argument("--force", action="store_true", help="replace DST if it exists")
    elif command == "insights":
        _insights_parser(parser)
    elif command == "room":
        parser.description = ("Let the room's phones add notes to a map over the local network "
                              "(docs/workshop.md). Prints the join address first; each note "
                              "is saved into FILE; Ctrl+C stops.")
        parser.add_argument("file")
        parser.add_argument("--host", default="127.0.0.1",
                            help="the address to listen on (default 127.0.0.1: this computer "
                                 "only; give the Wi-Fi address for the room)")
        parser.add_argument("--port", type=int, default=0,
                            help="the port (default 0: a free one, printed in the address)")
    elif command in ("diff", "merge"):
        from . import merge_cli

        (merge_cli.add_diff_arguments if command == "diff"
         else merge_cli.add_merge_arguments)(parser)
    elif command == "live":
        from . import live_cli

        live_cli.add_arguments(parser)
    elif command == "help":
        parser.description = "Show the help, or one command's help."
        parser.add_argument("topic", nargs="?", choices=[c for c in COMMANDS if c != "help"])
    else:
        parser.description = "List the templates: one a line, its name first."
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            options = _command_parser(args[0]).parse_args(args[1:])
            return _run_command(args[0], options)
        options = _build_parser().parse_args(args)
        return _run_gui(options.file, options.sync_url)
    except CliError as error:
        print(error.line(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # last resort: never a traceback for the user
        print(f"error: cjm-desktop: internal: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _run_gui(file: str | None, sync_url: str | None = None) -> int:
    from .app import run_gui

    if file is not None and not Path(file).is_file():
        raise CliError(file, "", "no such file")
    if sync_url is not None:
        from .live.address import address_problem

        problem = address_problem(sync_url)
        if problem is not None:
            raise CliError("--sync-url", "", problem)
        return run_gui(file, sync_url=sync_url)
    return run_gui(file)


def _run_command(command: str, options: argparse.Namespace) -> int:
    if command == "help":
        parser = _command_parser(options.topic) if options.topic else _build_parser()
        parser.print_help()
        return EXIT_OK
    if command == "templates":
        return _templates()
    if command == "check":
        return _check(Path(options.file))
    if command == "new":
        return _new(Path(options.dst), options.template, options.lang, options.force)
    if command == "insights":
        return _insights(Path(options.file), options.json)
    if command == "room":
        return _room(Path(options.file), options.host, options.port)
    if command in ("diff", "merge"):
        from . import merge_cli

        return (merge_cli.run_diff if command == "diff" else merge_cli.run_merge)(options)
    if command == "live":
        from . import live_cli

        return live_cli.run(options)
    return _convert(Path(options.src), Path(options.dst), options)


def _templates() -> int:
    from .files.templates import TEMPLATE_NAMES, template_title

    for name in TEMPLATE_NAMES:
        print(f"{name}\t{template_title(name, 'en')} · {template_title(name, 'ko')}")
    return EXIT_OK


IMPORTED_SUFFIXES = (".xlsx", ".csv", ".mmd")


def _read(path: Path) -> JourneyMap:
    """The map in ``path``; an import (.xlsx .csv .mmd) prints its report as ``note:``
    lines on stderr."""
    from .files import MapFileError
    from .files.formats import read_any
    from .files.import_report import ImportReport

    report = ImportReport()
    try:
        journey = read_any(path, report)
    except MapFileError as error:
        raise CliError(error.path, error.where, error.message) from None
    if path.name.lower().endswith(IMPORTED_SUFFIXES):
        for line in report.note_lines():
            print(line, file=sys.stderr)
    return journey


def _check(path: Path) -> int:
    journey = _read(path)
    counts = [(len(journey.stages), "stage"), (len(journey.lanes), "lane"),
              (len(journey.cards), "card"), (len(journey.personas), "persona")]
    print(f"{path}: ok: " + ", ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts))
    return EXIT_OK


def _new(dst: Path, template: str, lang: str, force: bool) -> int:
    from .files import save_map
    from .files.templates import TEMPLATE_NAMES, load_template

    if template not in TEMPLATE_NAMES:
        raise CliError(str(dst), "--template",
                       f"unknown template {template!r}; choose one of {', '.join(TEMPLATE_NAMES)}")
    if not dst.name.lower().endswith(NATIVE_SUFFIXES):
        raise CliError(str(dst), "", "'new' writes a .cjm.json map; name the file "
                       "NAME.cjm.json (convert it afterwards for other formats)")
    _check_output(dst, force)
    journey = load_template(template, lang)
    _write(lambda: save_map(journey, dst), dst)
    return EXIT_OK


def _check_output(dst: Path, force: bool = True) -> None:
    if dst.is_dir():
        raise CliError(str(dst), "", "is a folder, not a file")
    if not force and dst.exists():
        raise CliError(str(dst), "", "already exists (use --force to replace it)")
    if not dst.parent.exists() and str(dst.parent) not in ("", "."):
        raise CliError(str(dst), "", f"the folder {dst.parent} does not exist")


def _write(writer: Callable[[], object], dst: Path) -> None:
    try:
        writer()
    except OSError as error:
        raise CliError(str(dst), "", f"cannot write: {error.strerror or error}") from None


NATIVE_SUFFIXES = (".cjm.json", ".json")
WRITE_SUFFIXES = (".cjm.json", ".json", ".xlsx", ".csv", ".mmd", *RENDER_SUFFIXES)


def same_file(src: Path, dst: Path) -> bool:
    """Whether writing ``dst`` would overwrite ``src`` (the same file by a symlink, a hard
    link or a differently-cased name on a case-insensitive file system counts)."""
    import os

    try:
        return os.path.samefile(src, dst)
    except OSError:
        pass
    try:
        return os.path.normcase(os.path.realpath(src)) == os.path.normcase(
            os.path.realpath(dst))
    except (OSError, ValueError):
        return False


def _convert(src: Path, dst: Path, options: argparse.Namespace) -> int:
    from .files import MapFileError
    from .files.formats import UnsupportedFormat, write_any

    if not dst.name.lower().endswith(WRITE_SUFFIXES):
        raise CliError(str(dst), "", "cannot write this kind of file; use one of "
                       + ", ".join(WRITE_SUFFIXES))
    if same_file(src, dst):
        raise CliError(str(dst), "", f"is the source file {src} itself; choose another "
                       "destination (convert never writes over its source)")
    _check_output(dst, options.force)
    journey = _read(src)
    if dst.name.lower().endswith(RENDER_SUFFIXES):
        from .render_cli import render_to_file

        _write(lambda: render_to_file(journey, dst, dpi=options.dpi, page=options.page,
                                      tiled=options.tiled, insights=options.insights,
                                      svg_text=options.svg_text,
                                      comments=options.comments), dst)
        return EXIT_OK
    try:
        _write(lambda: write_any(journey, dst), dst)
    except UnsupportedFormat as error:
        raise CliError(str(dst), "", str(error)) from None
    except MapFileError as error:
        raise CliError(error.path, error.where, error.message) from None
    return EXIT_OK


def _insights_parser(parser: _Parser) -> None:
    parser.description = ("Print a map's insights (docs/insights.md): as text in the map's "
                          "language, or as JSON.")
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _insights(path: Path, as_json: bool) -> int:
    import json

    from .model.insights import compute, to_json
    from .model.insights_text import report

    journey = _read(path)
    insights = compute(journey)
    if as_json:
        sys.stdout.write(json.dumps(to_json(insights), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report(journey, insights))
    return EXIT_OK


def _room(path: Path, host: str, port: int) -> int:
    from .files import MapFileError

    if not 0 <= port <= 65535:
        raise CliError(str(path), "--port", "the port must be between 0 and 65535")
    if not path.is_file():
        raise CliError(str(path), "", "no such file")
    try:
        from .room.headless import serve

        return serve(path, host, port)
    except MapFileError as error:
        raise CliError(error.path, error.where, error.message) from None
    except OSError as error:
        raise CliError(str(path), f"{host}:{port}",
                       f"cannot listen there: {error.strerror or error}") from None
