"""The presentation: a full-screen top-level widget (objectName ``presentation``).

It shows one stage at a time, large, and is driven from the keyboard (or a clicker):
Left/Right, PageUp/PageDown, Home/End step through the stages; Up/Down walk the lanes and
the cards in them; Enter or a digit 1–9 opens the capture box; F2 edits and Delete deletes
the selected card; B blanks the screen; T opens the timer; +/- change the text size;
N starts the plan's next activity; Ctrl+Z / Ctrl+Y undo and redo; Esc leaves. A room
activity (dot voting, emotion scoring: ``room_modes``) takes its keys first, and the
running activity's prompt is shown along the bottom; what an activity refuses (a dot with
none left, …: the mode's ``message``) shows just above its status line for a few seconds,
or until the next key or click. Letters are commands only while no capture box
is open: in the box every key is text. All edits go through the Document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..editing import Document
from ..model import Change, ModelError
from .focus import Focus, card_lanes
from .room_modes import RoomMode, VoteMode, banner
from .slide_layout import SlideLayout, build, fonts
from .slide_painter import DARK, LIGHT, HeaderText, paint, paint_notice
from .timer import Countdown, Phase

ORIGIN = "workshop"
MIN_SCALE, MAX_SCALE = 0.6, 2.0
NOTICE_MS = 4000  # how long a refusal stays on the slide


def tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


class CaptureBox(QPlainTextEdit):
    """The large text box of quick capture. Every key typed here is text, except Enter
    (commit), Shift+Enter (a new line), Tab / Shift+Tab (next / previous lane) and Esc."""

    committed = Signal(str)
    laneStep = Signal(int)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("captureBox")
        self.setTabChangesFocus(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # no window shortcut may take a key typed into the box
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.laneStep.emit(-1 if back else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.committed.emit(self.toPlainText())
            return
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class Presentation(QWidget):
    """Full-screen view of the map for the room."""

    left = Signal()  # the presentation was closed (Esc or its window's close)
    timerRequested = Signal()  # T: open the timer
    scaleChanged = Signal(float)  # +/-: the text-scale preference
    nextActivity = Signal()  # N: start the plan's next activity

    def __init__(self, document: Document, countdown: Countdown, parent: QWidget | None = None,
                 *, scale: float = 1.0, dark: bool = False,
                 next_screen: Callable[[], None] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(tr("Presentation — CJM Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document = document
        self.countdown = countdown
        self.focus = Focus(document.journey)
        self.scale = scale
        self.colors = DARK if dark else LIGHT
        self.dark = dark
        self.blanked = False
        self._next_screen = next_screen
        self._layout: SlideLayout | None = None
        self._editing: str | None = None  # card id while F2 edits it
        self.mode: RoomMode | None = None  # a room activity taking keys first
        self.prompt = ""  # the running activity's prompt
        self.notice = ""  # what the activity just refused, shown for NOTICE_MS
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(NOTICE_MS)
        self.notice_timer.timeout.connect(self.clear_notice)
        self.box = CaptureBox(self)
        self.box.hide()
        self.box.committed.connect(self._commit)
        self.box.laneStep.connect(self._box_lane_step)
        self.box.cancelled.connect(self.close_box)
        document.changed.connect(self._on_change)
        document.reset.connect(self._on_reset)
        countdown.changed.connect(self._on_timer)

    # ----- state ----------------------------------------------------------------------
    def start_at(self, cell: object) -> None:
        self.focus.start_at(cell if isinstance(cell, tuple) else None)
        self._relayout()

    def unit(self) -> float:
        return max(self.height(), 1) / 1080.0 * self.scale

    def slide(self) -> SlideLayout:
        if self._layout is None:
            capture_lane = self.focus.lane_id if self.box.isVisible() else None
            self._layout = build(self.document.journey, self.focus, self.width(), self.height(),
                                 self.unit(), self.font(), capture_lane=capture_lane,
                                 editing_card=self._editing if self.box.isVisible() else None)
        return self._layout

    def is_capturing(self) -> bool:
        return self.box.isVisible()

    def _relayout(self) -> None:
        self._layout = None
        if self.box.isVisible():
            self._place_box()
        self.update()

    def _on_change(self, change: Change) -> None:
        self.focus.clamp()
        if self._editing is not None and self._editing not in self.document.journey.cards:
            self.close_box()
        self._relayout()

    def _on_reset(self) -> None:
        self.focus.journey = self.document.journey
        self.focus.clamp()
        self.close_box()
        self._relayout()

    def _on_timer(self) -> None:
        self.update(0, 0, self.width(), round(self.slide().header.bottom()) + 1)
        if self.countdown.is_overtime():
            self.update()  # the edge flash

    def set_mode(self, mode: RoomMode | None) -> None:
        if self.mode is not None:
            self.mode.changed.disconnect(self.update)
            if isinstance(self.mode, VoteMode):
                self.mode.message.disconnect(self.show_notice)
        self.mode = mode
        self.clear_notice()
        if mode is not None:
            self.close_box()
            mode.changed.connect(self.update)
            if isinstance(mode, VoteMode):
                mode.message.connect(self.show_notice)
        self._relayout()

    def show_notice(self, text: str) -> None:
        """Show ``text`` on the slide for NOTICE_MS (an empty text shows nothing)."""
        if not text:
            return
        self.notice = text
        self.notice_timer.start()
        self.update()

    def clear_notice(self) -> None:
        self.notice_timer.stop()
        if self.notice:
            self.notice = ""
            self.update()

    def set_prompt(self, prompt: str) -> None:
        self.prompt = prompt
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Tab and self.mode is not None \
                and not self.box.isVisible():
            self.clear_notice()
            self.mode.key(event.key())  # Tab passes to the next person, not the focus
            return True
        return super().event(event)

    # ----- capture --------------------------------------------------------------------
    def open_box(self, text: str = "", card_id: str | None = None) -> None:
        if self.focus.cell() is None:
            return
        self._editing = card_id
        if card_id is None:
            self.focus.card_id = None  # a new card: nothing stays selected behind the box
        self.box.setFont(fonts(self.font(), self.unit())["card"])
        self.box.setPlainText(text)
        self.box.show()
        self._relayout()
        self.box.moveCursor(self.box.textCursor().MoveOperation.End)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_box(self) -> None:
        self._editing = None
        if self.box.isVisible():
            self.box.hide()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self._relayout()

    def _place_box(self) -> None:
        layout = self.slide()
        rect = layout.capture_rect
        if rect is None:
            return
        self.box.setGeometry(rect.toAlignedRect())
        border = self.colors.selection
        pixels = fonts(self.font(), layout.unit)["card"].pixelSize()
        self.box.setStyleSheet(  # the font too: a style sheet would reset a setFont()
            f"QPlainTextEdit#captureBox {{ background: {self.colors.card};"
            f" font-size: {pixels}px;"
            f" color: {self.colors.card_text}; border: {max(2, round(4 * layout.unit))}px solid"
            f" {border}; border-radius: {round(10 * layout.unit)}px;"
            f" padding: {round(8 * layout.unit)}px; }}")

    def _commit(self, text: str) -> None:
        text = text.strip()
        editing, cell = self._editing, self.focus.cell()
        try:
            if editing is not None:
                if editing in self.document.journey.cards and \
                        self.document.journey.card(editing).text != text and text:
                    self.document.update_card(editing, {"text": text}, origin=ORIGIN)
                self.close_box()
                return
            if text and cell is not None:
                self.document.add_card(cell, text=text, origin=ORIGIN)
        except ModelError as error:
            self.close_box()
            self._show_problem(str(error))
            return
        self.box.clear()  # the next box, in the same cell
        self._relayout()

    def _box_lane_step(self, delta: int) -> None:
        if self._editing is not None:
            return
        text = self.box.toPlainText()
        if text.strip():
            self._commit(text)
        lanes = card_lanes(self.document.journey)
        if lanes:
            self.focus.go_lane((self.focus.lane_index() + delta) % len(lanes))
        self.box.clear()
        self._relayout()

    def _show_problem(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, tr("Could not add the card"), message)

    # ----- keys -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        focus = self.focus
        moved = False
        if key == Qt.Key.Key_Escape:
            self.close()
            return
        if self.blanked and key != Qt.Key.Key_B:
            self.blanked = False  # any key brings the map back
            self.update()
            if key not in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_PageDown,
                           Qt.Key.Key_PageUp):
                return
        if self.mode is not None and not ctrl:
            self.clear_notice()  # the next gesture replaces an old refusal (or shows none)
        if self.mode is not None and not ctrl and self.mode.key(key):
            self._relayout()
            return
        if ctrl and key == Qt.Key.Key_Z:
            (self.document.redo if shift else self.document.undo)()
        elif ctrl and key == Qt.Key.Key_Y:
            self.document.redo()
        elif ctrl:
            super().keyPressEvent(event)
            return
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            moved = focus.step_stage(+1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            moved = focus.step_stage(-1)
        elif key == Qt.Key.Key_Home:
            moved = focus.go_stage(0)
        elif key == Qt.Key.Key_End:
            moved = focus.go_stage(len(self.document.journey.stages) - 1)
        elif key == Qt.Key.Key_Down:
            moved = focus.step_down()
        elif key == Qt.Key.Key_Up:
            moved = focus.step_up()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_box()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            if focus.go_lane(key - Qt.Key.Key_1) or focus.lane_index() == key - Qt.Key.Key_1:
                self.open_box()
        elif key == Qt.Key.Key_F2 and focus.card_id is not None:
            self.open_box(self.document.journey.card(focus.card_id).text, focus.card_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and focus.card_id is not None:
            self.document.remove_cards([focus.card_id], origin=ORIGIN)
        elif key == Qt.Key.Key_B:
            self.blanked = not self.blanked
            self.update()
        elif key == Qt.Key.Key_T:
            self.timerRequested.emit()
        elif key == Qt.Key.Key_Space:
            self.countdown.toggle()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.set_scale(self.scale + (0.1 if key != Qt.Key.Key_Minus else -0.1))
        elif key == Qt.Key.Key_N:
            self.nextActivity.emit()
        elif key == Qt.Key.Key_S and self._next_screen is not None:
            self._next_screen()
        else:
            super().keyPressEvent(event)
            return
        if moved:
            self._relayout()

    def set_scale(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(MAX_SCALE, round(scale, 1)))
        if scale != self.scale:
            self.scale = scale
            self.scaleChanged.emit(scale)
            if self.box.isVisible():
                self.box.setFont(fonts(self.font(), self.unit())["card"])
            self._relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        card_id = self.slide().card_at(event.position().x(), event.position().y())
        if card_id is not None:
            self.close_box()
            self.focus.card_id = card_id
            if self.mode is not None:
                self.clear_notice()
                self.mode.click(card_id)
            self._relayout()
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        card_id = self.slide().card_at(event.position().x(), event.position().y())
        if card_id is not None:
            self.focus.card_id = card_id
            self.open_box(self.document.journey.card(card_id).text, card_id)

    # ----- painting -------------------------------------------------------------------
    def header_text(self) -> HeaderText:
        journey = self.document.journey
        index = self.focus.stage_index()
        stage = ""
        if index >= 0:
            stage = tr("Stage %1 of %2: %3").replace("%1", str(index + 1)).replace(
                "%2", str(len(journey.stages))).replace("%3", journey.stages[index].name)
        countdown = self.countdown
        timer = "" if countdown.phase is Phase.IDLE else countdown.text()
        state = "overtime" if countdown.is_overtime() else (
            "last-minute" if countdown.is_last_minute() else "")
        hint = "" if self.box.isVisible() else tr(
            "Enter: add a card · ←/→: stage · ↑/↓: lane · T: timer · B: blank · Esc: leave")
        if self.box.isVisible():
            hint = tr("Enter: add · Shift+Enter: new line · Tab: next lane · Esc: close")
        elif self.mode is not None:
            hint = self.mode.hint()
        return HeaderText(journey.info.title or self.document.display_name(), stage, timer,
                          state, hint)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            if self.blanked:
                painter.fillRect(self.rect(), QColor("#000000"))
                return
            paint(painter, self.slide(), self.document.journey, self.focus, self.colors,
                  self.font(), self.header_text(), dark=self.dark,
                  flash=self.countdown.is_flashing())
            layout = self.slide()
            if self.mode is not None:
                self.mode.paint(painter, layout, self.colors, self.font())
            elif self.prompt and not self.box.isVisible():
                banner(painter, layout, self.colors, self.font(), [self.prompt])
            if self.notice and not self.box.isVisible():
                paint_notice(painter, layout, self.colors, self.font(), self.notice)
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._relayout()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.close_box()
        super().closeEvent(event)
        self.left.emit()
