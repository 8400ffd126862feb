"""Three-way merge of a typed text (Qt-free): one person's edit applied over another's.

While online, the window hands its records to the network thread a moment after the person
typed; someone else's typing in the same field may have reached the shared map meanwhile.
:func:`merge_text` applies the local edit (``before`` → ``mine``, as difflib opcodes) onto
the shared map's ``current`` text, mapping every position through ``before`` → ``current``
the way a shared text would: a character the local edit deleted is deleted only if it is
still there, text is inserted just before the character of ``before`` that followed it (so
after whatever the other person typed at the same place), and what the other person typed
is never deleted by the local edit. :func:`merged_value` picks the value a field takes
when the local change of a field is rebased (``live/rebase.py``); :func:`merged_back` gives
the window the merged texts, since its table holds only its own typing.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from ..model.diff import ChangeKind, Difference
from ..model.map_records import KIND_BY_NAME, Records
from .mapping import is_text_field


def _trimmed(a: str, b: str) -> tuple[int, int]:
    """The lengths of the common prefix and (after it) the common suffix of ``a`` and ``b``."""
    prefix = 0
    limit = min(len(a), len(b))
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def _opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes for ``a`` → ``b``; or, when that pairs fewer letters, the common
    start and end taken as equal first and difflib's opcodes for what is between. (In a run
    of one repeated letter difflib pairs the first letters of one side with later ones of
    the other, and an insertion then lands after the other person's instead of where it
    was typed.)"""
    plain = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    codes: list[tuple[str, int, int, int, int]] = list(plain.get_opcodes())
    prefix, suffix = _trimmed(a, b)
    middle = difflib.SequenceMatcher(a=a[prefix:len(a) - suffix],
                                     b=b[prefix:len(b) - suffix], autojunk=False)
    paired = sum(block.size for block in plain.get_matching_blocks())
    if prefix + suffix + sum(block.size for block in middle.get_matching_blocks()) <= paired:
        return codes
    trimmed = [("equal", 0, prefix, 0, prefix)] if prefix else []
    trimmed += [(tag, i1 + prefix, i2 + prefix, j1 + prefix, j2 + prefix)
                for tag, i1, i2, j1, j2 in middle.get_opcodes()]
    if suffix:
        trimmed.append(("equal", len(a) - suffix, len(a), len(b) - suffix, len(b)))
    return trimmed


def _positions(before: str, current: str) -> list[int | None]:
    """For every character of ``before``, its index in ``current`` (``None``: gone there)."""
    result: list[int | None] = [None] * len(before)
    for tag, i1, i2, j1, _j2 in _opcodes(before, current):
        if tag == "equal":
            for offset in range(i2 - i1):
                result[i1 + offset] = j1 + offset
    return result


def merge_text(before: str, mine: str, current: str) -> str:
    """``current`` with the edit ``before`` → ``mine`` applied. When nobody else changed
    the text (``current == before``) the result is exactly ``mine``; when only this side
    did (``mine == before``), exactly ``current``."""
    if current == before:
        return mine
    if mine in (before, current):
        return current
    where = _positions(before, current)
    # where[i] for each gap i of before (0..len): the index in current just before the
    # next character of before still there (len(current) when none follows)
    gap = [len(current)] * (len(before) + 1)
    for index in range(len(before) - 1, -1, -1):
        position = where[index]
        gap[index] = position if position is not None else gap[index + 1]
    deleted: set[int] = set()
    inserts: dict[int, list[str]] = {}
    for tag, i1, i2, j1, j2 in _opcodes(before, mine):
        if tag == "equal":
            continue
        if j2 > j1:
            inserts.setdefault(gap[i1], []).append(mine[j1:j2])
        for index in range(i1, i2):
            position = where[index]
            if position is not None:
                deleted.add(position)
    pieces: list[str] = []
    for index in range(len(current) + 1):
        pieces.extend(inserts.get(index, ()))
        if index < len(current) and index not in deleted:
            pieces.append(current[index])
    return "".join(pieces)


def _distance(a: str, b: str) -> int:
    """How many characters differ between ``a`` and ``b`` (deleted plus inserted)."""
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return len(a) + len(b) - 2 * same


def merged_value(kind: str, field: str, before: Any, mine: Any, current: Any, *,
                 exact: bool = False) -> Any:
    """The value a field takes when the local change ``before`` → ``mine`` is applied over
    the shared map's ``current`` value: for a typed text someone else changed meanwhile,
    both edits merged; otherwise ``mine`` (last writer wins).

    ``exact``: ``before`` is what the person saw when typing ``mine`` (the window counts
    the remote changes it applied, or ``current`` reached it only after it made its table),
    so the text is always merged. Otherwise ``before`` is the window's previous table, which
    may not show remote changes the window applied since (the window does not send a table
    for them). A text typed after the window applied ``current`` is then guessed by being
    nearer to ``current`` than to ``before``: it already holds the other person's typing
    and is taken as it is; only a text nearer to ``before`` was typed without it, and gets
    it merged in. (The guess fails for short texts with a common start: "note 2" typed over
    "" is nearer to someone's "note 1" than to "", hence ``exact`` whenever it is known.)"""
    if (is_text_field(kind, field) and isinstance(before, str) and isinstance(mine, str)
            and isinstance(current, str) and current != before
            and (exact or _distance(before, mine) < _distance(current, mine))):
        return merge_text(before, mine, current)
    return mine


def merged_back(local: Records, written: Records,
                changes: Sequence[Difference]) -> list[Difference]:
    """The typed texts of the local ``changes`` that the shared map holds merged with
    someone else's typing (``written``) while the window's table (``local``) has only its
    own: changes to hand to the window, so it shows what everyone else sees."""
    result = []
    for change in changes:
        if change.change is not ChangeKind.CHANGED or not is_text_field(change.kind,
                                                                         change.field):
            continue
        mine = local.get(change.kind, {}).get(change.key, {}).get(change.field)
        record = written.get(change.kind, {}).get(change.key, {})
        now = record.get(change.field)
        if isinstance(mine, str) and isinstance(now, str) and now != mine:
            name = record.get(KIND_BY_NAME[change.kind].text_field) or ""
            result.append(Difference(change.kind, change.key, ChangeKind.CHANGED, change.field,
                                     before=mine, after=now, name=str(name)))
    return result


__all__ = ["merge_text", "merged_back", "merged_value"]
