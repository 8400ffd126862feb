"""The Insights views, one tab each: pain-point heatmap, emotion lows, touchpoints on
expectation × performance, opportunities on impact × effort, KPIs, segments × channels and
the CX checklist. The same widget fills the dock and the full view (View ▸ Insights).

It shows an :class:`~cjm_desktop.model.insights.Insights` handed to :meth:`show_insights`;
it never computes them. Clicking a cell, point or row emits :attr:`cardsActivated` with the
ids to select; dragging an opportunity's point changes its impact and effort through the
Document in one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..editing.document import Document
from ..model import JourneyMap
from ..model.insights import CATEGORIES, Insights
from ..model.vocab import Channel, ChecklistAnswer, ChecklistQuestion, PainCategory, label
from .insights_chart import ChartPoint, QuadrantChart
from .place_delegate import PLACE_ROLE, PlaceDelegate, place_label
from .rotated_header import RotatedHeader

HEAT = "#D62728"
TINTS = {(False, True): "#D62728", (True, True): "#2CA02C", (True, False): "#1F77B4",
         (False, False): "#7F7F7F"}
IDS_ROLE = Qt.ItemDataRole.UserRole
SAMPLE_ROWS = 60  # rows measured to size a column
MAX_COLUMN_WIDTH = 180
BAR_CELLS = 10  # characters of a KPI's attainment bar


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


class InsightsView(QTabWidget):
    cardsActivated = Signal(list)  # ids of cards (or stages) to select on the canvas

    def __init__(self, document: Document, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.setUsesScrollButtons(True)
        self.setDocumentMode(True)
        self.pains = self._table(self.tr("Pain points"))
        # Category names written upwards: every column of the heatmap fits a narrow dock.
        self.pains.setHorizontalHeader(RotatedHeader(self.pains, flat=1))
        self.pains.horizontalHeader().setStretchLastSection(False)
        self.pains.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # "Stage · step" rows on one line; in a narrow dock the stage's name gives way so the
        # step's stays whole (place_delegate: cut at the end, a stage's steps all read alike).
        self.pains.setWordWrap(False)
        self.pains.setItemDelegateForColumn(0, PlaceDelegate(self.pains))
        self.worst = QLabel(self)
        self.lows = self._table(self.tr("Emotions"))
        self.stage_emotions = self._table("")
        self.touch_chart = QuadrantChart(
            self.tr("Performance"), self.tr("Expectation"), self.quadrant_names(), TINTS, self)
        self.touch_chart.setObjectName("touchpointChart")
        self.strategy = QLabel(self)
        self.strategy.setWordWrap(True)
        self.touch_table = self._table("")
        self.opp_chart = QuadrantChart(
            self.tr("Effort"), self.tr("Impact"), self.class_names(), {
                (False, True): "#2CA02C", (True, True): "#1F77B4", (False, False): "#7F7F7F",
                (True, False): "#D62728"}, self, draggable=True)
        self.opp_chart.setObjectName("opportunityChart")
        self.opp_strategy = QLabel(self)
        self.opp_strategy.setWordWrap(True)
        self.opp_table = self._table("")
        self.kpis = self._table("")
        self.segments = self._table("")
        self.offered = QLabel(self)
        self.offered.setWordWrap(True)
        self.check_score = QLabel(self)
        font = QFont(self.check_score.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.check_score.setFont(font)
        self.checklist = self._table("")
        self._build_tabs()
        self.touch_chart.pointClicked.connect(lambda card: self.cardsActivated.emit([card]))
        self.touch_chart.quadrantClicked.connect(self._touch_quadrant)
        self.opp_chart.pointClicked.connect(lambda card: self.cardsActivated.emit([card]))
        self.opp_chart.quadrantClicked.connect(self._opp_quadrant)
        self.opp_chart.pointDragged.connect(self.move_opportunity)
        self._touch_quadrant(False, True)
        self._opp_quadrant(False, True)

    # ----- words ----------------------------------------------------------------------------
    def quadrant_names(self) -> dict[tuple[bool, bool], str]:
        """(high performance, high expectation) → the state's name."""
        return {(False, True): self.tr("Complaint"), (True, True): self.tr("Satisfaction"),
                (True, False): self.tr("Delight"), (False, False): self.tr("Indifference")}

    def class_names(self) -> dict[tuple[bool, bool], str]:
        """(high effort, high impact) → the class's name."""
        return {(False, True): self.tr("Quick win"), (True, True): self.tr("Big bet"),
                (False, False): self.tr("Fill-in"), (True, False): self.tr("Money pit")}

    def quadrant_word(self, quadrant: str | None) -> str:
        keys = {"complaint": (False, True), "satisfaction": (True, True),
                "delight": (True, False), "indifference": (False, False)}
        return self.quadrant_names()[keys[quadrant]] if quadrant else "–"

    def class_word(self, cls: str | None) -> str:
        keys = {"quick_win": (False, True), "big_bet": (True, True),
                "fill_in": (False, False), "money_pit": (True, False)}
        return self.class_names()[keys[cls]] if cls else "–"

    def strategies(self) -> dict[tuple[bool, bool], str]:
        return {
            (False, True): self.tr("Complaint — high expectation, low performance: respond "
                                   "fast, show empathy, personalise, find the root cause, and "
                                   "keep monitoring."),
            (True, True): self.tr("Satisfaction — high expectation, high performance: keep "
                                  "improving, as expectations keep rising."),
            (True, False): self.tr("Delight — low expectation, high performance: a strength "
                                   "that delights; keep it and make it known."),
            (False, False): self.tr("Indifference — low expectation, low performance: first "
                                    "check whether it matters to customers."),
        }

    def class_strategies(self) -> dict[tuple[bool, bool], str]:
        return {
            (False, True): self.tr("Quick win — high impact, low effort: do these first."),
            (True, True): self.tr("Big bet — high impact, high effort: plan and invest."),
            (False, False): self.tr("Fill-in — low impact, low effort: do them when there is "
                                    "slack."),
            (True, False): self.tr("Money pit — low impact, high effort: avoid or rethink."),
        }

    # ----- building ---------------------------------------------------------------------------
    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        # Widths are set from the text after each fill: ResizeToContents asks the style for
        # every cell's size on every change, seconds on the L map.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(True)
        table.cellClicked.connect(lambda row, col, t=table: self._clicked(t, row, col))
        if name:
            table.setAccessibleName(name)
        return table

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in widgets:
            layout.addWidget(widget)
        return page

    def _split(self, top: QWidget, bottom: QWidget) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_tabs(self) -> None:
        self.addTab(self._page(self.worst, self.pains), self.tr("Pain points"))
        self.addTab(self._page(self._split(self.lows, self.stage_emotions)), self.tr("Emotions"))
        self.addTab(self._page(self._split(self._page(self.touch_chart, self.strategy),
                                           self.touch_table)), self.tr("Touchpoints"))
        self.addTab(self._page(self._split(self._page(self.opp_chart, self.opp_strategy),
                                           self.opp_table)), self.tr("Opportunities"))
        self.addTab(self._page(self.kpis), self.tr("KPIs"))
        self.addTab(self._page(self.offered, self.segments), self.tr("Segments"))
        self.addTab(self._page(self.check_score, self.checklist), self.tr("Checklist"))

    def _clicked(self, table: QTableWidget, row: int, col: int) -> None:
        item = table.item(row, col)
        ids = item.data(IDS_ROLE) if item is not None else None
        if not ids:
            first = table.item(row, 0)
            ids = first.data(IDS_ROLE) if first is not None else None
        if ids:
            self.cardsActivated.emit(list(ids))

    def _touch_quadrant(self, high_x: bool, high_y: bool) -> None:
        self.strategy.setText(self.strategies()[(high_x, high_y)])

    def _opp_quadrant(self, high_x: bool, high_y: bool) -> None:
        self.opp_strategy.setText(self.class_strategies()[(high_x, high_y)])

    def move_opportunity(self, card_id: str, effort: int, impact: int) -> None:
        """A dragged opportunity point: one Document edit of impact and effort."""
        if card_id not in self.document.journey.cards:
            return
        self.document.update_card(card_id, {"opportunity.impact": impact,
                                            "opportunity.effort": effort}, origin=self)

    # ----- filling ----------------------------------------------------------------------------
    @staticmethod
    def _item(text: str, ids: list[str] | None = None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if ids:
            item.setData(IDS_ROLE, ids)
            item.setToolTip(text)
        return item

    def _fill(self, table: QTableWidget, headers: list[str],
              rows: list[list[QTableWidgetItem]]) -> None:
        table.setUpdatesEnabled(False)
        try:
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, item in enumerate(row):
                    table.setItem(r, c, item)
            self._fit_columns(table, headers, rows)
        finally:
            table.setUpdatesEnabled(True)

    @staticmethod
    def _fit_columns(table: QTableWidget, headers: list[str],
                     rows: list[list[QTableWidgetItem]]) -> None:
        """Column widths from the header and the first rows' text (capped)."""
        metrics = table.fontMetrics()
        sample = rows[:SAMPLE_ROWS]
        head = table.horizontalHeader()
        for c, header in enumerate(headers):
            width = metrics.horizontalAdvance(header) + 24
            if isinstance(head, RotatedHeader) and c >= head.flat:
                width = head.section_width_needed()
            for row in sample:
                if c < len(row):
                    width = max(width, metrics.horizontalAdvance(row[c].text()) + 16)
            table.setColumnWidth(c, min(MAX_COLUMN_WIDTH, width))
        if isinstance(head, RotatedHeader):
            # the row labels take what the figure columns leave (place_delegate)
            head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_insights(self, insights: Insights, journey: JourneyMap) -> None:
        names = self._names(journey)
        self._show_pains(insights, journey, names)
        self._show_emotions(insights, names)
        self._show_touchpoints(insights, names)
        self._show_opportunities(insights, names)
        self._show_kpis(insights, names)
        self._show_segments(insights, journey, names)
        self._show_checklist(insights)

    @staticmethod
    def _names(journey: JourneyMap) -> dict[str, str]:
        names: dict[str, str] = {}
        for stage in journey.stages:
            names[stage.id] = stage.name
            names.update((step.id, step.name) for step in stage.steps)
        names.update((p.id, p.name) for p in journey.personas)
        for card in journey.cards.values():
            first = card.text.strip().split("\n", 1)[0]
            names[card.id] = first or card.id
        return names

    def _category(self, category: str | None) -> str:
        return self.tr("Uncategorised") if category is None else label(
            PainCategory(category), self.language)

    def _show_pains(self, insights: Insights, journey: JourneyMap,
                    names: dict[str, str]) -> None:
        headers = [self.tr("Stage · step"), *(self._category(c) for c in CATEGORIES),
                   self.tr("Total")]
        cells = {(c.stage, c.step, c.category): c for c in insights.pain_cells}
        top = max((c.weighted for c in insights.pain_cells), default=0) or 1
        rows: list[list[QTableWidgetItem]] = []
        for stage_id, step_id in journey.points():
            place = (names[stage_id], names[step_id] if step_id else "")
            row = [self._item(place_label(*place), [step_id or stage_id])]
            row[0].setData(PLACE_ROLE, place)
            count = weighted = 0
            ids: list[str] = []
            for category in CATEGORIES:
                cell = cells.get((stage_id, step_id, category))
                if cell is None:
                    row.append(self._item(""))
                    continue
                item = self._item(f"{cell.count} ({cell.weighted})", list(cell.cards))
                heat = QColor(HEAT)
                heat.setAlpha(40 + int(180 * cell.weighted / top))
                item.setBackground(heat)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                row.append(item)
                count, weighted = count + cell.count, weighted + cell.weighted
                ids.extend(cell.cards)
            total = self._item(f"{count} ({weighted})" if count else "", ids)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            row.append(total)
            rows.append(row)
        self._fill(self.pains, headers, rows)
        worst = insights.worst_stage
        self.worst.setText(self.tr("The stage that hurts most: %1").replace(
            "%1", names.get(worst, "")) if worst else self.tr("No pain points yet."))
        self.worst.setToolTip(self.tr("Each cell: count (severity-weighted: low 1, medium 2, "
                                      "high 3)"))

    def _show_emotions(self, insights: Insights, names: dict[str, str]) -> None:
        # an emotion point's canvas id is "<persona>|<stage>|<step>" (canvas.emotion_lane)
        rows = [[self._item(names.get(low.persona, low.persona),
                            [f"{low.persona}|{low.stage}|{low.step or ''}"]),
                 self._item(place_label(names.get(low.stage, ""),
                                        names.get(low.step, "") if low.step else "")),
                 self._item(_number(low.score))] for low in insights.lowest]
        self._fill(self.lows, [self.tr("Persona"), self.tr("Moment of truth (lowest)"),
                               self.tr("Score")], rows)
        rows = [[self._item(names.get(s.stage, ""), [s.stage]), self._item(_number(s.average)),
                 self._item(_number(s.to_be_average)), self._item(_number(s.gap))]
                for s in insights.stage_emotions]
        self._fill(self.stage_emotions, [self.tr("Stage"), self.tr("Average (as-is)"),
                                         self.tr("Average (to-be)"), self.tr("Gap")], rows)

    def _show_touchpoints(self, insights: Insights, names: dict[str, str]) -> None:
        self.touch_chart.set_points([
            ChartPoint(t.card, t.performance, t.expectation, names.get(t.card, t.card))
            for t in insights.touchpoints
            if t.performance is not None and t.expectation is not None])
        most = set(insights.most_complained)
        rows = []
        for t in insights.touchpoints:
            name = self._item(("⚠ " if t.card in most else "") + names.get(t.card, t.card),
                              [t.card])
            rows.append([name, self._item(_number(t.expectation)),
                         self._item(_number(t.performance)),
                         self._item(self.quadrant_word(t.quadrant)),
                         self._item(_number(t.satisfaction)),
                         self._item(_number(t.complaint_count)),
                         self._item(", ".join(t.complaint_types)),
                         self._item(t.response_time)])
        self._fill(self.touch_table, [
            self.tr("Touchpoint"), self.tr("Expectation"), self.tr("Performance"),
            self.tr("State"), self.tr("CSAT"), self.tr("Complaints"),
            self.tr("Complaint types"), self.tr("Response time")], rows)

    def _show_opportunities(self, insights: Insights, names: dict[str, str]) -> None:
        self.opp_chart.set_points([
            ChartPoint(o.card, o.effort, o.impact, names.get(o.card, o.card))
            for o in insights.opportunities if o.impact is not None and o.effort is not None])
        rows = [[self._item(str(o.rank), [o.card]), self._item(names.get(o.card, o.card)),
                 self._item(_number(o.impact)), self._item(_number(o.effort)),
                 self._item(self.class_word(o.cls)), self._item(str(o.votes)),
                 self._item(str(o.pain_severity), list(o.pain_points))]
                for o in insights.opportunities]
        self._fill(self.opp_table, [
            self.tr("Rank"), self.tr("Opportunity"), self.tr("Impact"), self.tr("Effort"),
            self.tr("Class"), self.tr("Votes"), self.tr("Linked pain severity")], rows)

    def _show_kpis(self, insights: Insights, names: dict[str, str]) -> None:
        rows = []
        for k in insights.kpis:
            unit = f" {k.unit}" if k.unit else ""
            met = "–" if k.met is None else self.tr("Met") if k.met else self.tr("Missed")
            direction = self.tr("Lower is better") if k.direction == "lower" else \
                self.tr("Higher is better")
            rows.append([self._item(k.name or names.get(k.card, k.card), [k.card]),
                         self._item(names.get(k.stage, "")),
                         self._item(_number(k.target) + unit),
                         self._item(_number(k.actual) + unit), self._item(direction),
                         self._item(met), self._item(_bar(_attainment(
                             k.target, k.actual, k.direction)))])
        self._fill(self.kpis, [self.tr("KPI"), self.tr("Stage"), self.tr("Target"),
                               self.tr("Actual"), self.tr("Direction"), self.tr("Result"),
                               self.tr("Attainment")], rows)

    def _show_segments(self, insights: Insights, journey: JourneyMap,
                       names: dict[str, str]) -> None:
        channels: dict[str, None] = dict.fromkeys(insights.offered_channels)
        for seg in insights.segments:
            channels.update(dict.fromkeys(seg.preferred))
        order = list(channels)
        by_channel: dict[str, list[str]] = {}
        for card in journey.ordered_cards():
            if card.touchpoint is not None and card.touchpoint.channel:
                by_channel.setdefault(card.touchpoint.channel, []).append(card.id)
        headers = [self.tr("Persona"), self.tr("Segment"),
                   *(label(Channel(c), self.language) for c in order)]
        rows = []
        for seg in insights.segments:
            segment = " · ".join(v for v in (seg.age_group, seg.region, seg.purchase_pattern) if v)
            row = [self._item(names.get(seg.persona, seg.persona)), self._item(segment)]
            for channel in order:
                if channel in seg.missing:
                    item = self._item(self.tr("✗ missing"))
                    heat = QColor(HEAT)
                    heat.setAlpha(120)
                    item.setBackground(heat)
                elif channel in seg.preferred:
                    item = self._item(self.tr("✓ offered"), by_channel.get(channel))
                else:
                    item = self._item("·", by_channel.get(channel))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                row.append(item)
            rows.append(row)
        self._fill(self.segments, headers, rows)
        self.offered.setText(self.tr("Preferred channels (✓ offered by the journey, ✗ missing "
                                     "from it); · a channel only the journey offers."))

    def _show_checklist(self, insights: Insights) -> None:
        check = insights.checklist
        self.check_score.setText(self.tr("CX checklist: %1% (%2 of %3 answered)")
                                 .replace("%1", f"{check.score * 100:.0f}")
                                 .replace("%2", str(check.answered))
                                 .replace("%3", str(len(check.questions))))
        rows = []
        for question, answer in check.questions:
            try:
                text = label(ChecklistQuestion(question), self.language)
            except ValueError:
                text = question
            shown = label(ChecklistAnswer(answer), self.language) if answer else "?"
            item = self._item(shown)
            if answer in (None, ChecklistAnswer.NO.value):
                heat = QColor(HEAT)
                heat.setAlpha(90)
                item.setBackground(heat)
            rows.append([item, self._item(text)])
        self._fill(self.checklist, [self.tr("Answer"), self.tr("Question")], rows)


def _bar(percent: int | None) -> str:
    """A KPI's attainment as a text bar, e.g. ``▰▰▰▰▰▰▰▱▱▱ 73%``."""
    if percent is None:
        return "–"
    full = round(percent / 100 * BAR_CELLS)
    return "▰" * full + "▱" * (BAR_CELLS - full) + f" {percent}%"


def _attainment(target: float | None, actual: float | None, direction: str) -> int | None:
    """How far the actual goes towards the target, 0–100 %."""
    if target is None or actual is None:
        return None
    if direction == "lower":
        ratio = 1.0 if actual <= target else (target / actual if actual else 0.0)
    else:
        ratio = 1.0 if actual >= target else (actual / target if target else 0.0)
    return max(0, min(100, round(ratio * 100)))
