"""Take some of the differences between two maps: the accept / reject of a compare.

:func:`take_differences` starts from map A's records and applies the chosen differences
of ``diff_records(A, B)``: an added record comes in, a removed one goes, a changed field
takes B's value, a moved record goes after the sibling it follows in B. What is not chosen
stays as in A. The result is records, built into a map with ``map_records.map_of``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .diff import ChangeKind, Difference
from .map_records import KIND_BY_NAME, Key, Record, Records, order_group


def take_differences(a: Records, b: Records, chosen: Iterable[Difference]) -> Records:
    result: Records = {name: dict(table) for name, table in a.items()}
    moves: list[Difference] = []
    for difference in chosen:
        table = result.setdefault(difference.kind, {})
        key = difference.key
        if difference.change is ChangeKind.ADDED:
            table[key] = dict(b[difference.kind][key])
            moves.append(difference)
        elif difference.change is ChangeKind.REMOVED:
            table.pop(key, None)
        elif difference.change is ChangeKind.CHANGED and key in table:
            table[key] = {**table[key], difference.field: difference.after}
            kind = KIND_BY_NAME[difference.kind]
            if order_group(kind, table[key]) != order_group(kind, a[difference.kind][key]):
                moves.append(difference)  # a card in another cell: place it as in B
        elif difference.change is ChangeKind.MOVED:
            moves.append(difference)
    for difference in moves:
        table = result[difference.kind]
        if difference.key in table and difference.kind in b:
            result[difference.kind] = _placed_as_in(
                difference.kind, table, b[difference.kind], difference.key)
    return result


def _placed_as_in(kind_name: str, table: dict[Key, Record], b: dict[Key, Record],
                  key: Key) -> dict[Key, Record]:
    """``table`` with ``key`` after the record it follows in ``b`` (same group)."""
    kind = KIND_BY_NAME[kind_name]
    if kind.order_by == "":
        return table
    group = order_group(kind, table[key])
    siblings_b = [k for k, r in b.items() if order_group(kind, r) == group]
    before = None
    if key in siblings_b:
        for k in reversed(siblings_b[:siblings_b.index(key)]):
            if k in table and k != key and order_group(kind, table[k]) == group:
                before = k
                break
    record = table[key]
    keys = [k for k in table if k != key]
    if before is not None:
        at = keys.index(before) + 1
    else:
        first = next((i for i, k in enumerate(keys)
                      if order_group(kind, table[k]) == group), len(keys))
        at = first
    keys.insert(at, key)
    return {k: (record if k == key else table[k]) for k in keys}


__all__ = ["take_differences"]
