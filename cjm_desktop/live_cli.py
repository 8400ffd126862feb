"""The ``live`` commands (docs/collaboration.md).

``cjm-desktop live base LOG -o BASE.cjm.json`` writes the map a live session started from
(the header of its update log ``NAME.cjm.live``): the common ancestor to give
``cjm-desktop merge`` when a copy made before the session, and never connected, is merged
with the shared map. Errors follow the command line's rule: one ``error: …`` line on
stderr, exit status 2, no partly written file.

``cjm-desktop live host MAP [--host H] [--port P] [--sync-url URL]`` shares MAP (the join
address is the first line on stdout) and ``cjm-desktop live join URL -o OUT [--edit EDITED
[--base BASE]] [--once]`` joins (``live/headless.py``).

Each action is one entry of :data:`ACTIONS` (its argument builder and its runner).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli import CliError

Runner = Callable[[argparse.Namespace], int]


def _add_base_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Write the map a live session started from (read from its update "
                          "log, NAME.cjm.live): the base for merging a copy that was never "
                          "connected with the shared map.")
    parser.add_argument("log", metavar="LOG", help="the session's update log (.cjm.live)")
    parser.add_argument("-o", "--output", required=True, metavar="BASE",
                        help="where to write the starting map (.cjm.json; may exist)")


def _run_base(options: argparse.Namespace) -> int:
    from .cli import _check_output, _write
    from .files import save_map
    from .live.update_log import UpdateLogError, read_log
    from .model.map_records import map_of

    log, out = Path(options.log), Path(options.output)
    if not log.is_file():
        raise CliError(str(log), "", "no such file")
    _check_output(out)
    try:
        base, _doc = read_log(log)
    except UpdateLogError as error:
        raise CliError(str(log), "", str(error)) from None
    journey = map_of(base)
    _write(lambda: save_map(journey, out), out)
    return 0


def _add_host_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Share a map live with no window: print the join address (first "
                          "line on stdout), save the map as the shared map changes, stop on "
                          "Ctrl+C or SIGTERM.")
    parser.add_argument("map", metavar="MAP", help="the map to share (.cjm.json)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="the address to listen on (default 127.0.0.1: this computer "
                             "only; give the network address for others)")
    parser.add_argument("--port", type=int, default=0, help="the port (default: any free one)")
    parser.add_argument("--sync-url", metavar="URL",
                        help="share through this y-websocket sync server (ws:// or wss://) "
                             "instead of starting one here; URL is then the join address")


def _run_host(options: argparse.Namespace) -> int:
    from .files import MapFileError

    path, port = Path(options.map), options.port
    if not 0 <= port <= 65535:
        raise CliError(str(path), "--port", "the port must be between 0 and 65535")
    if not path.is_file():
        raise CliError(str(path), "", "no such file")
    if options.sync_url is not None:
        from .live.address import address_problem

        problem = address_problem(options.sync_url)
        if problem is not None:
            raise CliError("--sync-url", "", problem)
    try:
        from .live.headless import host

        return host(path, options.host, port, sync_url=options.sync_url)
    except MapFileError as error:
        raise CliError(error.path, error.where, error.message) from None
    except OSError as error:
        raise CliError(str(path), f"{options.host}:{port}",
                       f"cannot listen there: {error.strerror or error}") from None


def _add_join_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Join a live session with no window: write the shared map to OUT "
                          "once it arrived and as it changes; with --edit, make the "
                          "differences between the shared map and EDITED this client's own "
                          "edits; with --once, exit when they reached the server.")
    parser.add_argument("url", metavar="URL", help="the join address (ws:// or wss://)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="where to write the shared map (.cjm.json; may exist)")
    parser.add_argument("--edit", metavar="EDITED",
                        help="a map (.cjm.json) whose differences from the shared map to "
                             "apply as this client's edits")
    parser.add_argument("--base", metavar="BASE",
                        help="the map EDITED was made from: only what changed from BASE to "
                             "EDITED is applied (what others changed since stays)")
    parser.add_argument("--once", action="store_true",
                        help="exit once the map is written and the edits reached the server")


def _run_join(options: argparse.Namespace) -> int:
    from .cli import _check_output
    from .files import MapFileError
    from .live.address import address_problem

    url, out = options.url, Path(options.output)
    problem = address_problem(url)
    if problem:
        raise CliError(url, "", problem)
    _check_output(out)
    edit = Path(options.edit) if options.edit else None
    base = Path(options.base) if options.base else None
    if base is not None and edit is None:
        raise CliError("--base", "", "--base goes with --edit (the map EDITED was made from)")
    for given in (edit, base):
        if given is not None and not given.is_file():
            raise CliError(str(given), "", "no such file")
    try:
        from .live.headless import HeadlessError, join

        return join(url, out, edit=edit, base=base, once=options.once)
    except MapFileError as error:
        raise CliError(error.path, error.where, error.message) from None
    except HeadlessError as error:
        raise CliError(error.where, "", error.what) from None


# action name → (help line, argument builder, runner)
ACTIONS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Runner]] = {
    "base": ("write the map a live session started from", _add_base_arguments, _run_base),
    "host": ("share a map live with no window", _add_host_arguments, _run_host),
    "join": ("join a live session with no window", _add_join_arguments, _run_join),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``live`` command's actions, one sub-command each."""
    parser.description = "Live co-editing (docs/collaboration.md)."
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, (help_line, build, _run) in ACTIONS.items():
        build(actions.add_parser(name, help=help_line, prog=f"cjm-desktop live {name}"))


def run(options: argparse.Namespace) -> int:
    return ACTIONS[options.action][2](options)
