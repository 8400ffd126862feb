"""Rebasing the window's local edits onto the shared map's current records (Qt-free).

The window hands :class:`~cjm_desktop.live.sync.LiveSync` whole record tables. What changed
between two tables is a local edit, unless it is a remote change the window has just applied
(:func:`same_change` against what was handed to it); the rest is applied to the shared map's
current records with :func:`rebase`, so a table made before a remote change reached the
window never reverts that change (a typed text someone else changed meanwhile gets both
edits, ``live/text_merge.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model.diff import ChangeKind, Difference
from ..model.map_records import KIND_BY_NAME, Key, Record, Records, order_group
from .text_merge import merged_value

# Fields that name the group a record's position counts in (map_records.order_group).
GROUP_FIELDS = frozenset({"stage", "step", "lane"})


def same_change(a: Difference, b: Difference) -> bool:
    return (a.kind, a.key, a.change, a.field, a.after) == (b.kind, b.key, b.change, b.field,
                                                           b.after)


def _ordered(kind: str, local: list[Key], current: list[Key], table: dict[Key, Record],
             moving: set[Key]) -> list[Key]:
    """The current order of the records in ``table``, with each record this side added or
    moved (``moving``) placed after the record it follows here among the records of its
    group (its cell, for a card; first in the group when it follows none). Every other
    record keeps the place ``current`` gives it, so a record someone else moved, which the
    window had not shown yet when it made its table, stays where they put it."""
    spec = KIND_BY_NAME.get(kind)
    groups: dict[Key, object] = {}

    def group(key: Key) -> object:
        if key not in groups:
            groups[key] = order_group(spec, table[key]) if spec is not None else None
        return groups[key]

    order = [key for key in current if key in table and key not in moving]
    placed = set(order)
    for index, key in enumerate(local):
        if key not in moving or key not in table or key in placed:
            continue
        mine = group(key)
        previous = next((k for k in reversed(local[:index]) if k in placed and group(k) == mine),
                        None)
        if previous is not None:
            at = order.index(previous) + 1
        else:
            at = next((i for i, k in enumerate(order) if group(k) == mine), len(order))
        order.insert(at, key)
        placed.add(key)
    order += [key for key in table if key not in placed]  # none expected: kept, at the end
    return order


def rebase(current: Records, changes: Sequence[Difference], local: Records,
           exact: Callable[[Difference], bool] | None = None) -> Records:
    """``current`` with the local ``changes`` (``local``'s values) applied, record by record
    and field by field; a record changed here but removed there stays removed. ``exact``
    tells a change whose ``before`` is what the person saw (its typed text is then always
    merged with someone else's: ``text_merge.merged_value``)."""
    result = {kind: dict(table) for kind, table in current.items()}
    reorder: set[str] = set()
    moving: dict[str, set[Key]] = {}
    for change in changes:
        table = result.setdefault(change.kind, {})
        if change.change == ChangeKind.ADDED:
            table[change.key] = local[change.kind][change.key]
            reorder.add(change.kind)
            moving.setdefault(change.kind, set()).add(change.key)
        elif change.change == ChangeKind.REMOVED:
            table.pop(change.key, None)
        elif change.change == ChangeKind.CHANGED and change.key in table:
            record = dict(table[change.key])
            mine = local[change.kind][change.key]
            if change.field in mine:
                record[change.field] = merged_value(
                    change.kind, change.field, change.before, mine[change.field],
                    record.get(change.field), exact=exact is not None and exact(change))
            else:
                record.pop(change.field, None)
            table[change.key] = record
            if change.field in GROUP_FIELDS:  # into another cell or stage: placed anew
                reorder.add(change.kind)
                moving.setdefault(change.kind, set()).add(change.key)
        elif change.change == ChangeKind.MOVED:
            reorder.add(change.kind)
            moving.setdefault(change.kind, set()).add(change.key)
    for kind in reorder:
        table = result[kind]
        keys = _ordered(kind, list(local.get(kind, {})), list(current.get(kind, {})), table,
                        moving.get(kind, set()))
        result[kind] = {key: table[key] for key in keys}
    return result


def folded(records: Records, changes: Sequence[Difference]) -> Records:
    """``records`` with remote ``changes`` the window has applied since (order aside): the
    window's previous table as the window sees it now, so a local edit is measured from
    what the person saw (a text typed over someone else's words starts from their words)."""
    result = {kind: dict(table) for kind, table in records.items()}
    for change in changes:
        table = result.setdefault(change.kind, {})
        if change.change == ChangeKind.ADDED and isinstance(change.after, dict):
            table[change.key] = dict(change.after)
        elif change.change == ChangeKind.REMOVED:
            table.pop(change.key, None)
        elif change.change == ChangeKind.CHANGED and change.key in table:
            record: Record = dict(table[change.key])
            if change.after is None:
                record.pop(change.field, None)
            else:
                record[change.field] = change.after
            table[change.key] = record
    return result


def with_added(window: Records, added: Sequence[Difference], records: Records) -> Records:
    """``window`` with the records of remote ``added`` changes, each placed after the record
    it follows in ``records`` (the window's new table, which shows them), so diffing the
    two finds no move."""
    result = {kind: dict(table) for kind, table in window.items()}
    for change in added:
        table = result.setdefault(change.kind, {})
        keys = list(table)
        order = list(records[change.kind])
        index = order.index(change.key)
        previous = next((k for k in reversed(order[:index]) if k in table), None)
        keys.insert(keys.index(previous) + 1 if previous is not None else 0, change.key)
        table[change.key] = dict(change.after)
        result[change.kind] = {key: table[key] for key in keys}
    return result
