"""An undo or redo that can be refused halfway: live co-editing's guard on the undo stack.

In a live session someone else may have removed what a step needs (I delete a card, they
delete its lane, I undo: the card has nowhere to go back to), so the model refuses with a
ModelError in the middle of ``QUndoStack.undo``. :func:`run_step` runs a stack's undo or
redo so that such an error stops the step: the commands of the step that already ran are
run back the other way, the stack's index is put back, and the map is as it was before
(checked against its records). The caller then refuses the step with a message.

Every undo command's ``apply`` and ``undo`` go through :func:`guarded` (``ModelCommand``
wraps its subclasses' methods); outside :func:`run_step` the wrapper does nothing.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

from ..model import JourneyMap, ModelError
from ..model.diff import diff_records
from ..model.map_records import records_of
from ..model.remote_apply import apply_differences

_LOG = logging.getLogger(__name__)
_Method = TypeVar("_Method", bound=Callable[..., Any])


class _Run:
    """One guarded run: the commands that ran, and the first error."""

    def __init__(self) -> None:
        self.error: ModelError | None = None
        self.ran: list[object] = []
        self.putting_back = False
        self.depth = 0  # >0 inside a command's method (its inner calls are not guarded)


_current: _Run | None = None


def guarded(method: _Method) -> _Method:
    """``method`` (a command's ``apply`` or ``undo``) as a guarded run sees it: after an
    error the step's other commands are skipped; putting back runs only those that ran."""

    @functools.wraps(method)
    def run(command: Any, *args: Any, **kwargs: Any) -> Any:
        current = _current
        if current is None or current.depth:
            return method(command, *args, **kwargs)
        if current.putting_back:
            if not any(done is command for done in current.ran):
                return None
        elif current.error is not None:
            return None
        current.depth += 1
        try:
            method(command, *args, **kwargs)
        except ModelError as error:
            if current.putting_back:
                _LOG.warning("putting a refused step back failed: %s", error)
            else:
                current.error = error
            return None
        finally:
            current.depth -= 1
        if not current.putting_back:
            current.ran.append(command)
        return None

    return cast(_Method, run)


def run_step(journey: JourneyMap, step: Callable[[], None], back: Callable[[], None],
             origin: Any) -> ModelError | None:
    """Run ``step`` (the stack's undo or redo); when a model operation in it raises, run
    ``back`` (the opposite) over what ran, so the stack and the map are as before, and
    return the error. None when the step went through. ``origin`` is the origin of the
    changes that put a half-done command back."""
    global _current
    if _current is not None:  # already inside a guarded run: nothing to add
        step()
        return None
    before = records_of(journey)
    current = _current = _Run()
    try:
        step()
        if current.error is None:
            return None
        current.putting_back = True
        back()
    finally:
        _current = None
    now = records_of(journey)
    if now != before:  # a command that failed halfway: its own changes go back too
        apply_differences(journey, diff_records(now, before), origin)
    _LOG.info("a step was refused: %s", current.error)
    return current.error


__all__ = ["guarded", "run_step"]
