"""Per-person undo in live co-editing: which fields each undo step touched, and which
fields someone else changed since.

While tracking (live mode), the Document records for each undo step (by its index on the
stack) the (kind, key, field) it touched — the difference of the map's records before and
after the step — and the remote sequence number when it was last done or undone. Every
remote batch gets the next sequence number and records which fields it changed and which
records it removed. A step may be undone or redone only while nobody else changed what it
touched since; otherwise :meth:`OwnEdits.blocked` says so and the Document refuses.
A field is ``""`` for the whole record (added, removed, moved).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model.diff import ChangeKind, Difference

Touch = tuple[str, Any, str]  # (kind, key, field); field "" is the record as a whole


def touches(differences: Iterable[Difference]) -> set[Touch]:
    return {(d.kind, d.key, d.field if d.change is ChangeKind.CHANGED else "")
            for d in differences}


@dataclass
class _Step:
    touched: set[Touch] = field(default_factory=set)
    seq: int = 0  # the remote sequence number when it was last done or undone


class OwnEdits:
    def __init__(self) -> None:
        self.seq = 0
        self._steps: dict[int, _Step] = {}
        self._remote_fields: dict[Touch, int] = {}  # what someone else changed, and when
        self._remote_removed: dict[tuple[str, Any], int] = {}

    def clear(self) -> None:
        self._steps.clear()

    def pushed(self, index: int, touched: set[Touch], merged: bool) -> None:
        """The step at ``index`` was pushed (or, ``merged``, grew by a merged edit)."""
        for stale in [i for i in self._steps if i > index or (i == index and not merged)]:
            del self._steps[stale]  # steps that can no longer be redone
        step = self._steps.get(index)
        if step is None:
            self._steps[index] = _Step(set(touched), self.seq)
        else:
            step.touched |= touched  # keeps its older seq: the stricter check

    def remote(self, differences: Iterable[Difference]) -> None:
        """Someone else's batch: remember what it changed."""
        self.seq += 1
        for d in differences:
            if d.change is ChangeKind.REMOVED:
                self._remote_removed[(d.kind, d.key)] = self.seq
            self._remote_fields[(d.kind, d.key, d.field)] = self.seq

    def blocked(self, index: int) -> bool:
        """Whether someone else changed (or removed) what step ``index`` touched since."""
        step = self._steps.get(index)
        if step is None:
            return False
        for kind, key, name in step.touched:
            if self._remote_removed.get((kind, key), 0) > step.seq:
                return True
            if self._remote_fields.get((kind, key, name), 0) > step.seq:
                return True
            if name == "" and any(k == kind and ky == key and s > step.seq
                                  for (k, ky, _f), s in self._remote_fields.items()):
                return True  # a record this step added or removed was edited by someone
        return False

    def done(self, index: int) -> None:
        """Step ``index`` was undone or redone now."""
        step = self._steps.get(index)
        if step is not None:
            step.seq = self.seq


__all__ = ["OwnEdits", "Touch", "touches"]
