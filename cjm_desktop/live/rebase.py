"""Rebasing the window's local edits onto the shared map's current records (Qt-free).

The window hands :class:`~cjm_desktop.live.sync.LiveSync` whole record tables. What changed
between two tables is a local edit, unless it is a remote change the window has just applied
(:func:`same_change` against what was handed to it); the rest is applied to the shared map's
current records with :func:`rebase`, so a table made before a remote change reached the
window never reverts that change (a typed text someone else changed meanwhile gets both
edits, ``live/text_merge.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model.diff import ChangeKind, Difference
from ..model.map_records import Key, Records
from .text_merge import merged_value


def same_change(a: Difference, b: Difference) -> bool:
    return (a.kind, a.key, a.change, a.field, a.after) == (b.kind, b.key, b.change, b.field,
                                                           b.after)


def _ordered(local: list[Key], current: list[Key], present: set[Key]) -> list[Key]:
    """The local order of the records present, each record only ``current`` has placed right
    after the record it follows there."""
    order = [key for key in local if key in present]
    placed = set(order)
    previous: Key | None = None
    for key in current:
        if key in present and key not in placed:
            at = order.index(previous) + 1 if previous in placed else 0
            order.insert(at, key)
            placed.add(key)
        if key in placed:
            previous = key
    return order


def rebase(current: Records, changes: Sequence[Difference], local: Records) -> Records:
    """``current`` with the local ``changes`` (``local``'s values) applied, record by record
    and field by field; a record changed here but removed there stays removed."""
    result = {kind: dict(table) for kind, table in current.items()}
    reorder: set[str] = set()
    for change in changes:
        table = result.setdefault(change.kind, {})
        if change.change == ChangeKind.ADDED:
            table[change.key] = local[change.kind][change.key]
            reorder.add(change.kind)
        elif change.change == ChangeKind.REMOVED:
            table.pop(change.key, None)
        elif change.change == ChangeKind.CHANGED and change.key in table:
            record = dict(table[change.key])
            mine = local[change.kind][change.key]
            if change.field in mine:
                record[change.field] = merged_value(change.kind, change.field, change.before,
                                                    mine[change.field], record.get(change.field))
            else:
                record.pop(change.field, None)
            table[change.key] = record
        elif change.change == ChangeKind.MOVED:
            reorder.add(change.kind)
    for kind in reorder:
        table = result[kind]
        keys = _ordered(list(local.get(kind, {})), list(current.get(kind, {})), set(table))
        result[kind] = {key: table[key] for key in keys}
    return result
