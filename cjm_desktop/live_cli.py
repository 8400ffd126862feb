"""The ``live`` commands (docs/collaboration.md).

``cjm-desktop live base LOG -o BASE.cjm.json`` writes the map a live session started from
(the header of its update log ``NAME.cjm.live``): the common ancestor to give
``cjm-desktop merge`` when a copy made before the session, and never connected, is merged
with the shared map. Errors follow the command line's rule: one ``error: …`` line on
stderr, exit status 2, no partly written file.

Each action is one entry of :data:`ACTIONS` (its argument builder and its runner), so the
hosting and joining commands are added beside ``base`` the same way.
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


# action name → (help line, argument builder, runner)
ACTIONS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Runner]] = {
    "base": ("write the map a live session started from", _add_base_arguments, _run_base),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``live`` command's actions, one sub-command each."""
    parser.description = "Live co-editing (docs/collaboration.md)."
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, (help_line, build, _run) in ACTIONS.items():
        build(actions.add_parser(name, help=help_line, prog=f"cjm-desktop live {name}"))


def run(options: argparse.Namespace) -> int:
    return ACTIONS[options.action][2](options)
