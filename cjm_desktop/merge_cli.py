"""The ``diff`` and ``merge`` commands (see docs/merge.md).

``cjm-desktop diff A B [--json]`` lists every difference between two maps by id, one line
each in B's language (or as JSON); exit 0 when equal, 1 when different, 2 on bad input.

``cjm-desktop merge BASE OURS THEIRS -o OUT [--prefer ours|theirs]`` merges two edited
copies of BASE. Conflicts are printed one a line on stderr; without ``--prefer`` the exit
status is then 1 and OUT is not written (git's merge driver then marks the file
conflicted). ``-o`` may name an existing file, OURS included, as git's merge driver needs.
All three inputs are read as ``.cjm.json`` whatever their names (git hands the driver
temporary names).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import CliError

if TYPE_CHECKING:
    from .model import JourneyMap

EXIT_SAME = 0
EXIT_DIFFERENT = 1
EXIT_CONFLICTS = 1


def add_diff_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("List every difference between two maps by id; exit status 0 "
                          "when they are equal, 1 when they differ, 2 on bad input.")
    parser.add_argument("a", metavar="A")
    parser.add_argument("b", metavar="B")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def add_merge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Three-way merge of two edited copies of BASE into OUT. "
                          "Conflicts go to stderr, one a line; without --prefer the exit "
                          "status is then 1 and OUT is not written.")
    parser.add_argument("base", metavar="BASE")
    parser.add_argument("ours", metavar="OURS")
    parser.add_argument("theirs", metavar="THEIRS")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="where to write the merged map (may exist; may be OURS)")
    parser.add_argument("--prefer", choices=("ours", "theirs"),
                        help="decide every conflict for this side and write OUT")


def _load(path: Path) -> JourneyMap:
    from .files import MapFileError, load_map

    try:
        return load_map(path)
    except MapFileError as error:
        raise CliError(error.path, error.where, error.message) from None


def run_diff(options: argparse.Namespace) -> int:
    from .model.diff import describe, diff_maps

    a, b = _load(Path(options.a)), _load(Path(options.b))
    differences = diff_maps(a, b)
    if options.json:
        sys.stdout.write(json.dumps([d.to_json() for d in differences], ensure_ascii=False,
                                    indent=2) + "\n")
    else:
        for difference in differences:
            print(describe(difference, b.info.language))
    return EXIT_DIFFERENT if differences else EXIT_SAME


def run_merge(options: argparse.Namespace) -> int:
    from .cli import _check_output, _write
    from .files import save_map
    from .model.merge import Side, merge_maps

    out = Path(options.output)
    _check_output(out)
    base, ours, theirs = (_load(Path(p)) for p in (options.base, options.ours, options.theirs))
    result = merge_maps(base, ours, theirs)
    language = ours.info.language
    for conflict in result.conflicts:
        print(f"conflict: {conflict.describe(language)}", file=sys.stderr)
    if result.conflicts and options.prefer is None:
        print(f"{len(result.conflicts)} conflict(s): {out} not written "
              "(decide them in the editor, File ▸ Merge…, or pass --prefer ours|theirs)",
              file=sys.stderr)
        return EXIT_CONFLICTS
    merged = result.journey(prefer=Side(options.prefer or "ours"))
    _write(lambda: save_map(merged, out), out)
    return 0
