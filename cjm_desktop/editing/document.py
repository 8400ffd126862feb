"""The Document: one open journey map, its undo stack, its file path and clean state.

Only the Document mutates the map (DESIGN.md Idiom 1): every edit is a method here that
pushes a command. Views listen to :attr:`Document.changed` (every model change event) and
:attr:`Document.reset` (a different map was loaded) and never touch the model directly.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from .. import files
from ..files.disk_state import FileStamp
from ..model import Card, Change, Entity, JourneyMap, Lane, ModelError, Persona, Stage, Step
from ..model.base import CellKey
from ..model.colors import normal_color
from ..model.diff import Difference, diff_records
from ..model.entities import clone
from ..model.map_records import Record, Records, records_of
from ..model.persona_defaults import copy_name, default_persona_name, next_persona_color
from ..model.remote_apply import apply_differences
from ..model.vocab import (
    DEFAULT_CARD_KIND,
    CardKind,
    LaneKind,
)
from ..model.vocab import label as vocab_label
from . import commands as cmd
from . import edit_names as names
from .card_ops import CardEditing
from .comment_editing import CommentEditing
from .edit_rules import emotion_unchanged, label_changes, normal_changes, unchanged
from .own_edits import OwnEdits, touches
from .palette import next_color
from .undo_guard import run_step


def tr(text: str) -> str:
    return QCoreApplication.translate("Document", text)


class Document(CommentEditing, CardEditing, QObject):
    changed = Signal(object)  # a model Change
    reset = Signal()  # a new map replaced the old one (open, reload, new)
    pathChanged = Signal(object)  # Path | None
    saved = Signal(object)  # Path
    # A refused edit's message (a ModelError): every view reports one through refuse(),
    # and the window shows it the one way (its status bar), never as a traceback.
    refused = Signal(str)

    def __init__(self, journey: JourneyMap | None = None, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)
        self.undo_stack = QUndoStack(self)
        self._journey = journey if journey is not None else JourneyMap()
        self._journey.subscribe(self._forward)
        self._path: Path | None = Path(path) if path else None
        # What this document last read from or wrote to its file (see files.disk_state).
        self.disk_stamp: FileStamp | None = files.stamp_of(self._path) if self._path else None
        self._burst = 0
        self._own: OwnEdits | None = None  # live mode: what each undo step touched
        self._records: Records | None = None  # the map's records until the next change
        # Each card's record until a change names that card: a live session reads the
        # records after every edit, and on a 600-card map most of them have not changed.
        self._card_records: dict[str, Record] = {}
        self.reset.connect(self._forget_records)  # a swapped content emits no model change

    # ----- state ----------------------------------------------------------------------
    @property
    def journey(self) -> JourneyMap:
        return self._journey

    @property
    def path(self) -> Path | None:
        return self._path

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self._path is not None:
            return self._path.name
        return self._journey.info.title or tr("Untitled map")

    def _forward(self, change: Change) -> None:
        self._records = None  # the map changed: its records are read again when asked
        if change.entity is Entity.CARD:
            for card_id in change.ids:  # the model names every card an edit changes
                self._card_records.pop(card_id, None)
        else:  # a stage, lane or persona change may reach into cards: read them all again
            self._card_records.clear()
        self.changed.emit(change)

    def _forget_records(self) -> None:
        self._records = None
        self._card_records.clear()

    def records(self) -> Records:
        """The map as records (model.map_records), read once per change: live co-editing
        asks after every edit (the step's touched fields, the table sent to the others).
        The caller must not modify them."""
        if self._records is None:
            self._records = records_of(self._journey, self._card_records)
        return self._records

    def replace(self, journey: JourneyMap, path: Path | None, *, modified: bool = False,
                stamp: FileStamp | None = None) -> None:
        """Show another map: clears undo history; ``modified`` marks it unsaved (recovery).

        ``stamp`` is the file version ``journey`` was read from (taken now when not given)."""
        if stamp is None and path:
            stamp = files.stamp_of(path)
        self.disk_stamp = stamp if path else None
        self._journey.unsubscribe(self._forward)
        journey.set_id_tag(self._journey.id_tag)
        self._journey = journey
        self._forget_records()
        journey.subscribe(self._forward)
        self.undo_stack.clear()
        if self._own is not None:
            self._own.clear()
        if modified:
            self.undo_stack.resetClean()
        self._set_path(path)
        self.reset.emit()

    def set_id_tag(self, tag: str) -> None:
        """New ids end in ``-TAG`` (live co-editing: each person's own), kept when another
        map is shown; empty gives the plain ids. Raises ModelError for a bad tag."""
        self._journey.set_id_tag(tag)

    def take_content(self, journey: JourneyMap, text: str) -> bool:
        """Make ``journey``'s content this map's, as one undo step named ``text`` (a merge,
        changes accepted from a compare); the file path stays. False when nothing differs."""
        if journey == self._journey:
            return False
        self.push(cmd.SwapContentCommand(text, self._journey, journey, self.reset.emit))
        self._burst += 1
        return True

    def _set_path(self, path: Path | None) -> None:
        self._path = Path(path) if path else None
        self.pathChanged.emit(self._path)

    # ----- files ----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, parent: QObject | None = None) -> Document:
        """Read a map file (raises files.MapFileError) into a new Document."""
        journey, stamp = files.load_map_and_stamp(Path(path))
        document = cls(journey, None, parent)
        document._path = Path(path)
        document.disk_stamp = stamp
        return document

    def load(self, path: Path | str) -> None:
        """Replace the current map by the file's (raises files.MapFileError, changes nothing)."""
        journey, stamp = files.load_map_and_stamp(Path(path))
        self.replace(journey, Path(path), stamp=stamp)

    def same_file(self, path: Path | str) -> bool:
        """Whether ``path`` names this document's own file (links and aliases resolved)."""
        if self._path is None:
            return False
        with contextlib.suppress(OSError, ValueError):
            return Path(path).resolve() == self._path.resolve()
        return Path(path) == self._path

    def adopt_disk_version(self) -> None:
        """The person keeps their version over the file's new content: saving next time
        replaces that content without asking again."""
        self.disk_stamp = files.stamp_of(self._path) if self._path else None

    def save(self) -> None:
        if self._path is None:
            raise ValueError("the document has no file yet: use save_as")
        self.save_as(self._path)

    def save_as(self, path: Path | str, *, guard: bool = False) -> None:
        """Write the map atomically (raises OSError); on success the document is clean.

        With ``guard``, writing over this document's own file first checks that nobody
        changed it since it was read or saved here: if so it raises files.DiskConflict and
        writes nothing (the caller asks the person)."""
        path = Path(path)
        expected = self.disk_stamp if guard and self.same_file(path) else None
        previous = self._journey.info.modified
        self._journey.info.modified = datetime.now().astimezone().isoformat(timespec="seconds")
        try:
            self.disk_stamp = files.save_map(self._journey, path, expected)
        except BaseException:
            self._journey.info.modified = previous
            raise
        self.undo_stack.setClean()
        if path != self._path:
            self._set_path(path)
        self.saved.emit(path)

    def refuse(self, message: str) -> None:
        """Tell the person an edit was refused (``refused``); empty text says nothing."""
        if message:
            self.refused.emit(message)

    # ----- undo plumbing --------------------------------------------------------------
    def push(self, command: cmd.ModelCommand) -> None:
        """Run a command through the undo stack; a ModelError leaves nothing behind."""
        before = self.records() if self._own is not None else None
        command.apply()  # raises ModelError before anything changed
        command.skip_next_redo = True
        index = self.undo_stack.index()
        self.undo_stack.push(command)
        if self._own is not None and before is not None:
            touched = touches(diff_records(before, self.records()))
            stack = self.undo_stack
            # inside a macro the step is the macro (the last command, not done yet)
            merged = stack.index() == index
            self._own.pushed(stack.count() - 1, touched, merged)

    # ----- live co-editing: remote changes and per-person undo ------------------------
    def apply_remote(self, differences: Sequence[Difference]) -> None:
        """Someone else's changes (a live session): applied through the model with origin
        REMOTE_ORIGIN and no undo step; the map becomes modified, views and autosave hear
        ``changed`` as for any edit. What no longer applies is skipped."""
        if not differences:
            return
        if self._own is not None:
            self._own.remote(differences)
        apply_differences(self._journey, differences, cmd.REMOTE_ORIGIN)
        if self.undo_stack.isClean():
            self.undo_stack.resetClean()  # modified now: the title shows [*], autosave runs

    def track_own_edits(self, on: bool) -> None:
        """Live mode: remember what each undo step touched, so undo and redo refuse a step
        someone else has changed since. Off: undo is exactly the stack's."""
        if on and self._own is None:
            self._own = OwnEdits()
        elif not on:
            self._own = None

    def undo(self) -> bool:
        """Undo the last step; False when there is none or it was refused (live mode)."""
        stack = self.undo_stack
        return stack.canUndo() and self._live_step(
            stack.index() - 1, stack.undo, stack.redo, stack.undoText(),
            tr("“%1” can’t be undone: someone else has changed it since."))

    def redo(self) -> bool:
        """Redo the next step; False when there is none or it was refused (live mode)."""
        stack = self.undo_stack
        return stack.canRedo() and self._live_step(
            stack.index(), stack.redo, stack.undo, stack.redoText(),
            tr("“%1” can’t be redone: someone else has changed it since."))

    def _live_step(self, index: int, step: Any, back: Any, name: str, refusal: str) -> bool:
        """Undo or redo (``step``) the step at ``index``. In live mode it is refused, with
        nothing changed, when someone else changed what it touched since or when the model
        refuses it on the way (they removed what it needs): ``back`` puts back what ran."""
        if self._own is None:
            step()
            return True
        if self._own.blocked(index) or run_step(self._journey, step, back,
                                                cmd.UNDO_ORIGIN) is not None:
            self.refuse(refusal.replace("%1", name))
            return False
        self._own.done(index)
        return True

    def end_burst(self) -> None:
        """The current typing burst is over: the next edit starts a new undo step."""
        self._burst += 1

    def _burst_for(self, merge: bool) -> int | None:
        if not merge:
            self._burst += 1
            return None
        return self._burst

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several edits into one undo step."""
        self.undo_stack.beginMacro(text)
        if self._own is not None:
            self._own.pushed(self.undo_stack.count() - 1, set(), merged=False)
        try:
            yield
        finally:
            self.undo_stack.endMacro()
            self._burst += 1

    def _update(self, text: str, target: tuple[Any, ...], changes: dict[str, Any],
                update: Any, revert: Any, merge: bool, origin: Any) -> None:
        changes = normal_changes(changes)
        if unchanged(self._target(target), changes):
            return  # a no-op edit leaves no undo step
        self.push(cmd.UpdateCommand(text, self._journey, target, changes, update, revert,
                                    self._burst_for(merge), origin))

    def _target(self, target: tuple[Any, ...]) -> Any:
        """The model object an update names (None when it is gone: the model then refuses)."""
        j = self._journey
        kind, *rest = target
        try:
            if kind == "info":
                return j.info
            if kind == "checklist":
                return j.checklist_item(rest[0])
            if kind == "stage":
                return j.stage(rest[0])
            if kind == "step":
                return j.find_step(rest[0])[1]
            if kind == "lane":
                return j.lane(rest[0])
            if kind == "persona":
                return j.persona(rest[0])
            if kind == "card":
                return j.card(rest[0])
        except ModelError:
            return None
        return None

    # ----- map info and checklist ----------------------------------------------------
    def update_info(self, changes: dict[str, Any], *, merge: bool = False,
                    origin: Any = None) -> None:
        j = self._journey
        self._update(names.info_edit(changes), ("info",), changes,
                     lambda ch, origin: j.update_info(ch, origin=origin),
                     lambda old, origin: j.update_info(old, origin=origin), merge, origin)

    def update_checklist(self, question: str, changes: dict[str, Any], *, merge: bool = False,
                         origin: Any = None) -> None:
        j = self._journey
        self._update(names.checklist_edit(changes), ("checklist", question), changes,
                     lambda ch, origin: j.update_checklist(question, ch, origin=origin),
                     lambda old, origin: j.update_checklist(question, old, origin=origin),
                     merge, origin)

    # ----- stages and steps -----------------------------------------------------------
    def add_stage(self, name: str = "", index: int | None = None, *, color: str | None = None,
                  origin: Any = None) -> str:
        j = self._journey
        stage = Stage(j.new_id("stage"), name or tr("New stage"),
                      color=normal_color(color or next_color(len(j.stages))))
        self.push(cmd.add_stage(j, stage, index, tr("Add stage"), origin))
        return stage.id

    def remove_stage(self, stage_id: str, *, origin: Any = None) -> None:
        j = self._journey
        j.stage(stage_id)
        self.push(cmd.RemoveCommand(
            tr("Delete stage"), j, lambda origin: j.remove_stage(stage_id, origin=origin),
            lambda rec, origin: j.restore_stage(rec, origin=origin), origin))

    def move_stage(self, stage_id: str, index: int, *, origin: Any = None) -> None:
        j = self._journey
        if j.stage_index(stage_id) == index:
            return
        self.push(cmd.MoveCommand(
            tr("Move stage"), j, lambda i, origin: j.move_stage(stage_id, i, origin=origin),
            index, origin))

    def update_stage(self, stage_id: str, changes: dict[str, Any], *, merge: bool = False,
                     origin: Any = None) -> None:
        j = self._journey
        self._update(names.stage_edit(changes), ("stage", stage_id), changes,
                     lambda ch, origin: j.update_stage(stage_id, ch, origin=origin),
                     lambda old, origin: j.update_stage(stage_id, old, origin=origin),
                     merge, origin)

    def add_step(self, stage_id: str, name: str = "", index: int | None = None, *,
                 origin: Any = None) -> str:
        j = self._journey
        j.stage(stage_id)
        step = Step(j.new_id("step"), name or tr("New step"))
        self.push(cmd.AddStepCommand(j, stage_id, step, index, tr("Add step"), origin))
        return step.id

    def remove_step(self, stage_id: str, step_id: str, *, origin: Any = None) -> None:
        j = self._journey
        self.push(cmd.RemoveCommand(
            tr("Delete step"), j,
            lambda origin: j.remove_step(stage_id, step_id, keep_content=True, origin=origin),
            lambda rec, origin: j.restore_step(rec, origin=origin), origin))

    def move_step(self, stage_id: str, step_id: str, index: int, *, origin: Any = None) -> None:
        j = self._journey
        self.push(cmd.MoveCommand(
            tr("Move step"), j,
            lambda i, origin: j.move_step(stage_id, step_id, i, origin=origin), index, origin))

    def update_step(self, step_id: str, changes: dict[str, Any], *, merge: bool = False,
                    origin: Any = None) -> None:
        j = self._journey
        self._update(names.step_edit(changes), ("step", step_id), changes,
                     lambda ch, origin: j.update_step(step_id, ch, origin=origin),
                     lambda old, origin: j.update_step(step_id, old, origin=origin),
                     merge, origin)

    # ----- lanes ----------------------------------------------------------------------
    def add_lane(self, kind: str = LaneKind.FREE_TEXT.value, title: str = "",
                 index: int | None = None, *, origin: Any = None) -> str:
        """A new lane; unless titled, it is called by its kind in the map's content
        language (whatever language the interface speaks), from every menu alike."""
        j = self._journey
        lane_kind = LaneKind(kind)
        lane = Lane(j.new_id("lane"), lane_kind.value,
                    title or vocab_label(lane_kind, j.info.language))
        self.push(cmd.add_lane(j, lane, index, tr("Add lane"), origin))
        return lane.id

    def remove_lane(self, lane_id: str, *, origin: Any = None) -> None:
        j = self._journey
        j.lane(lane_id)
        self.push(cmd.RemoveCommand(
            tr("Delete lane"), j, lambda origin: j.remove_lane(lane_id, origin=origin),
            lambda rec, origin: j.restore_lane(rec, origin=origin), origin))

    def move_lane(self, lane_id: str, index: int, *, origin: Any = None) -> None:
        j = self._journey
        if j.lane_index(lane_id) == index:
            return
        self.push(cmd.MoveCommand(
            tr("Move lane"), j, lambda i, origin: j.move_lane(lane_id, i, origin=origin),
            index, origin))

    def update_lane(self, lane_id: str, changes: dict[str, Any], *, merge: bool = False,
                    origin: Any = None) -> None:
        j = self._journey
        self._update(names.lane_edit(changes), ("lane", lane_id), changes,
                     lambda ch, origin: j.update_lane(lane_id, ch, origin=origin),
                     lambda old, origin: j.update_lane(lane_id, old, origin=origin),
                     merge, origin)

    # ----- personas and emotions ------------------------------------------------------
    def add_persona(self, name: str = "", index: int | None = None, *,
                    template: Persona | None = None, origin: Any = None) -> str:
        """A new persona (a copy of ``template`` if given). Unless named, it is called
        "Persona N" in the map's content language; it always takes the next distinct colour
        (model/persona_defaults.py), so no two curves share one while the palette lasts."""
        j = self._journey
        persona = clone(template) if template is not None else Persona("")
        persona.id = j.new_id("persona")
        persona.name = name or persona.name or default_persona_name(
            (p.name for p in j.personas), j.info.language)
        persona.color = normal_color(next_persona_color(p.color for p in j.personas))
        self.push(cmd.add_persona(j, persona, index, names.persona_added(persona), origin))
        return persona.id

    def duplicate_persona(self, persona_id: str, *, origin: Any = None) -> str:
        """A copy of a persona (profile and emotions) right after the original."""
        j = self._journey
        source = j.persona(persona_id)
        with self.macro(names.persona_duplicated(source)):
            new_id = self.add_persona(copy_name(source.name, j.info.language),
                                      j.persona_index(persona_id) + 1, template=source,
                                      origin=origin)
            for (pid, stage_id, step_id), emotion in list(j.emotions.items()):
                if pid == persona_id:
                    self.set_emotion(new_id, stage_id, step_id, {
                        "score": emotion.score, "to_be": emotion.to_be,
                        "label": emotion.label, "note": emotion.note}, origin=origin)
        return new_id

    def remove_persona(self, persona_id: str, *, origin: Any = None) -> None:
        j = self._journey
        persona = j.persona(persona_id)
        self.push(cmd.RemoveCommand(
            names.persona_removed(persona), j,
            lambda origin: j.remove_persona(persona_id, origin=origin),
            lambda rec, origin: j.restore_persona(rec, origin=origin), origin))

    def move_persona(self, persona_id: str, index: int, *, origin: Any = None) -> None:
        j = self._journey
        if j.persona_index(persona_id) == index:
            return
        self.push(cmd.MoveCommand(
            names.persona_moved(j.persona(persona_id)), j,
            lambda i, origin: j.move_persona(persona_id, i, origin=origin), index, origin))

    def update_persona(self, persona_id: str, changes: dict[str, Any], *, merge: bool = False,
                       origin: Any = None) -> None:
        j = self._journey
        self._update(names.persona_edit(j.persona(persona_id), changes),
                     ("persona", persona_id), changes,
                     lambda ch, origin: j.update_persona(persona_id, ch, origin=origin),
                     lambda old, origin: j.update_persona(persona_id, old, origin=origin),
                     merge, origin)

    def set_emotion(self, persona_id: str, stage_id: str, step_id: str | None,
                    changes: dict[str, Any], *, merge: bool = False, origin: Any = None) -> None:
        """Change an emotion's fields. The label follows the score (``label_changes``)
        unless the change sets a label itself; an edit that changes nothing leaves no step."""
        j = self._journey
        key = (persona_id, stage_id, step_id)
        before = j.emotions.get(key)
        changes = label_changes(before, changes)
        if emotion_unchanged(before, changes):
            return
        text = names.emotion_edit(j, persona_id, stage_id, step_id, changes)
        self.push(cmd.EmotionCommand(j, key, changes, text, self._burst_for(merge), origin))

    def set_emotion_score(self, persona_id: str, stage_id: str, step_id: str | None,
                          score: float | None, *, field: str = "score", merge: bool = False,
                          origin: Any = None) -> bool:
        """Set (or clear, with None) an as-is (``field="score"``) or to-be score by pointing
        at it or nudging it: one undo step (a run of ``merge`` nudges is one), nothing when
        it is unchanged; returns whether it changed. The label follows (``set_emotion``)."""
        before = self._journey.emotion(persona_id, stage_id, step_id)
        old = getattr(before, field) if before is not None else None
        if old == score:
            return False
        self.set_emotion(persona_id, stage_id, step_id, {field: score}, merge=merge,
                         origin=origin)
        return True

    # ----- helpers for views ----------------------------------------------------------
    def default_card_kind(self, lane_id: str) -> str:
        kind = LaneKind(self._journey.lane(lane_id).kind)
        return DEFAULT_CARD_KIND.get(kind, CardKind.NOTE).value

    def first_cell(self) -> CellKey | None:
        """The first cell that can hold cards, or None if the grid has none."""
        for stage_id, step_id in self._journey.points():
            for lane in self._journey.lanes:
                if lane.kind != LaneKind.EMOTIONS.value:
                    return (stage_id, step_id, lane.id)
        return None

    def new_card(self, cell: CellKey, kind: str | None = None, text: str = "") -> Card:
        stage_id, step_id, lane_id = cell
        return Card(self._journey.new_id("card"), kind or self.default_card_kind(lane_id),
                    stage_id, lane_id, step_id, text=text)

    def ids_in_order(self, card_ids: Iterable[str]) -> list[str]:
        """Card ids sorted in reading order (stage, step, lane, position)."""
        wanted = set(card_ids)
        return [c.id for c in self._journey.ordered_cards() if c.id in wanted]

