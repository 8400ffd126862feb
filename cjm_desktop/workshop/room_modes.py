"""Room activities on the presentation: dot voting and emotion scoring.

A mode takes the keys and clicks the presentation does not need for moving around, and
paints over the slide. :class:`VoteMode` runs a Qt-free
:class:`~cjm_desktop.model.voting.VotingSession`: Space or a click casts the current
participant's dot on the selected card, Backspace takes one back, Tab passes to the next
participant, R reveals (counts and ranks), Enter after the reveal finishes (``finished``
carries the tally; the part writes it through the Document). :class:`ScoreMode` sets the
focused stage's emotion of the chosen persona with 1–5 (−2…+2) or Up/Down, Tab picks the
persona, and a big curve shows every stage's score: one undo step per score.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from ..editing import Document
from ..model.voting import Refusal, VoteResult, VoteTally, VotingSession
from .focus import Focus
from .slide_layout import SlideLayout
from .slide_painter import SlideColors

ORIGIN = "workshop"
DOT_COLOUR = "#d64541"


def tr(text: str) -> str:
    return QCoreApplication.translate("RoomModes", text)


def refusal_text(reason: Refusal | None) -> str:
    return {
        Refusal.NOT_OPEN: tr("Voting is closed"),
        Refusal.UNKNOWN_PARTICIPANT: tr("Not a participant of this vote"),
        Refusal.UNKNOWN_CARD: tr("This card is not part of the vote"),
        Refusal.NO_DOTS_LEFT: tr("No dots left"),
        Refusal.NO_STACKING: tr("Only one dot per card"),
        Refusal.NO_DOT_THERE: tr("No dot of yours on this card"),
    }.get(reason, "") if reason is not None else ""


def banner(painter: QPainter, layout: SlideLayout, colors: SlideColors, font: QFont,
            lines: list[str]) -> QRectF:
    unit = layout.unit
    height = (24 + 44 * len(lines)) * unit
    rect = QRectF(0, layout.height - layout.footer - height, layout.width, height)
    painter.fillRect(rect, QColor(colors.card))
    painter.setPen(QPen(QColor(colors.selection), max(2.0, 3 * unit)))
    painter.drawLine(rect.topLeft(), rect.topRight())
    big = QFont(font)
    big.setPixelSize(max(10, round(30 * unit)))
    painter.setFont(big)
    painter.setPen(QColor(colors.card_text))
    for index, line in enumerate(lines):
        painter.drawText(QRectF(40 * unit, rect.top() + (12 + 44 * index) * unit,
                                layout.width - 80 * unit, 44 * unit),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), line)
    return rect


class VoteMode(QObject):
    changed = Signal()
    finished = Signal(object)  # VoteTally
    message = Signal(str)  # a refusal, for the room to read

    def __init__(self, session: VotingSession, focus: Focus,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.focus = focus
        self.participant: str | None = session.next_participant(None)

    # ----- actions (also for tests and other front ends) ------------------------------
    def cast(self, card_id: str | None) -> VoteResult:
        return self._do(card_id, self.session.cast)

    def take_back(self, card_id: str | None) -> VoteResult:
        return self._do(card_id, self.session.take_back)

    def _do(self, card_id: str | None,
            action: Callable[[str, str], VoteResult]) -> VoteResult:
        if card_id is None or self.participant is None:
            result = VoteResult(False, Refusal.UNKNOWN_CARD)
        else:
            result = action(self.participant, card_id)
        if not result.ok:
            self.message.emit(refusal_text(result.reason))
        self.changed.emit()
        return result

    def next_participant(self) -> None:
        names = self.session.participants
        index = names.index(self.participant) if self.participant in names else -1
        self.participant = names[(index + 1) % len(names)]
        self.changed.emit()

    def reveal(self) -> None:
        self.session.reveal()
        self.changed.emit()

    def finish(self) -> VoteTally:
        self.session.reveal()
        tally = self.session.tally()
        self.finished.emit(tally)
        return tally

    # ----- presentation hooks ---------------------------------------------------------
    def key(self, key: int) -> bool:
        if key == Qt.Key.Key_Space:
            self.cast(self.focus.card_id)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.take_back(self.focus.card_id)
        elif key == Qt.Key.Key_Tab:
            self.next_participant()
        elif key == Qt.Key.Key_R:
            self.reveal()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.session.state.value == "revealed":
                self.finish()
            else:
                self.reveal()
        else:
            return False
        return True

    def click(self, card_id: str) -> bool:
        self.focus.card_id = card_id
        self.cast(card_id)
        return True

    def hint(self) -> str:
        return tr("Space/click: dot · Backspace: take back · Tab: next person · R: reveal · "
                  "Enter: finish")

    def paint(self, painter: QPainter, layout: SlideLayout, colors: SlideColors,
              font: QFont) -> None:
        unit = layout.unit
        session = self.session
        revealed = session.state.value == "revealed"
        ranks = {card: (count, rank) for card, count, rank in session.ranked()}
        mine = session.dots_of(self.participant) if self.participant else {}
        small = QFont(font)
        small.setPixelSize(max(8, round(22 * unit)))
        small.setBold(True)
        for box in layout.cards:
            if box.card_id not in ranks:
                continue
            count, rank = ranks[box.card_id]
            own = mine.get(box.card_id, 0)
            label = (f"#{rank} · {count}" if revealed else
                     str(count) if session.counts_visible() else ("●" * own if own else ""))
            if not label:
                continue
            radius = 22 * unit
            badge = QRectF(box.rect.right() - 3 * radius, box.rect.top() - radius * 0.6,
                           3 * radius, radius * 1.4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(DOT_COLOUR)))
            painter.drawRoundedRect(badge, radius * 0.7, radius * 0.7)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(small)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
        if revealed:
            top = [f"#{rank} {self._text(card)} ({count})"
                   for card, count, rank in session.ranked()[:3] if count]
            lines = [tr("Results: %1").replace("%1", "  ".join(top) or tr("no dots"))]
        else:
            who = self.participant or ""
            lines = [tr("%1 — %2 dots left").replace("%1", who).replace(
                "%2", str(session.remaining(who))) + (
                "   " + tr("(counts hidden until the reveal)") if session.settings.hidden
                else "")]
        banner(painter, layout, colors, font, lines)

    def _text(self, card_id: str) -> str:
        card = self.focus.journey.cards.get(card_id)
        text = card.text if card is not None else ""
        return text if len(text) <= 24 else text[:23] + "…"


class ScoreMode(QObject):
    changed = Signal()

    def __init__(self, document: Document, focus: Focus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.focus = focus
        personas = document.journey.personas
        self.persona_id: str | None = personas[0].id if personas else None

    def _point(self) -> tuple[str, str | None] | None:
        stage_id = self.focus.stage_id
        if stage_id is None:
            return None
        stage = self.document.journey.stage(stage_id)
        return stage_id, stage.steps[0].id if stage.steps else None

    def score(self) -> float | None:
        point = self._point()
        if point is None or self.persona_id is None:
            return None
        emotion = self.document.journey.emotion(self.persona_id, *point)
        return emotion.score if emotion is not None else None

    def set_score(self, score: float) -> bool:
        point = self._point()
        if point is None or self.persona_id is None:
            return False
        score = max(-2.0, min(2.0, score))
        changed = self.document.set_emotion_score(self.persona_id, point[0], point[1], score,
                                                  origin=ORIGIN)
        self.changed.emit()
        return changed

    def key(self, key: int) -> bool:
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.set_score(float(key - Qt.Key.Key_1 - 2))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            current = self.score()
            step = 1.0 if key == Qt.Key.Key_Up else -1.0
            self.set_score((current if current is not None else 0.0) + step)
        elif key == Qt.Key.Key_Tab:
            personas = [p.id for p in self.document.journey.personas]
            if personas:
                index = personas.index(self.persona_id) if self.persona_id in personas else -1
                self.persona_id = personas[(index + 1) % len(personas)]
                self.changed.emit()
        else:
            return False
        return True

    def click(self, card_id: str) -> bool:
        return False

    def hint(self) -> str:
        return tr("1–5: score −2…+2 · ↑/↓: up/down · Tab: next persona · ←/→: stage")

    def paint(self, painter: QPainter, layout: SlideLayout, colors: SlideColors,
              font: QFont) -> None:
        unit = layout.unit
        journey = self.document.journey
        persona = journey.persona(self.persona_id) if self.persona_id else None
        score = self.score()
        name = persona.name if persona is not None else tr("(no persona)")
        line = tr("%1: %2").replace("%1", name).replace(
            "%2", "—" if score is None else f"{score:+g}")
        strip = banner(painter, layout, colors, font, [line])
        # the big curve, above the banner
        area = QRectF(60 * unit, strip.top() - 280 * unit, layout.width - 120 * unit,
                      260 * unit)
        painter.fillRect(area, QColor(colors.card))
        if self.persona_id is None:
            return
        stages = journey.stages
        if not stages:
            return
        points = []
        for stage in stages:
            emotion = journey.emotion(self.persona_id, stage.id,
                                      stage.steps[0].id if stage.steps else None)
            if emotion is not None and emotion.score is not None:
                points.append((stage.id, emotion.score))
        xs = {stage.id: area.left() + (i + 0.5) * area.width() / len(stages)
              for i, stage in enumerate(stages)}

        def y(value: float) -> float:
            return area.bottom() - (value + 2) / 4 * area.height()

        painter.setPen(QPen(QColor(colors.lane_line), max(1.0, unit)))
        painter.drawLine(QPointF(area.left(), y(0)), QPointF(area.right(), y(0)))
        path = QPainterPath()
        drawn = [(xs[stage_id], y(value)) for stage_id, value in points if stage_id in xs]
        for index, (px, py) in enumerate(drawn):
            (path.moveTo if index == 0 else path.lineTo)(QPointF(px, py))
        painter.setPen(QPen(QColor(DOT_COLOUR), max(2.0, 6 * unit)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QBrush(QColor(DOT_COLOUR)))
        for px, py in drawn:
            painter.drawEllipse(QPointF(px, py), 10 * unit, 10 * unit)
        focus_x = xs.get(self.focus.stage_id or "")
        if focus_x is not None:
            painter.setPen(QPen(QColor(colors.selection), max(2.0, 3 * unit)))
            painter.drawLine(QPointF(focus_x, area.top()), QPointF(focus_x, area.bottom()))


RoomMode = VoteMode | ScoreMode
