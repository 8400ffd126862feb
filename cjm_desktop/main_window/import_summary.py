"""The summary shown after File ▸ Import: what the import made, changed and skipped.

It shows the importer's :class:`ImportReport`: the counts (cards, personas, scores, stages
and lanes created) in the interface language, then every detail line (which sheet or
delimiter was read, unknown columns kept, each row or value skipped or changed, with its
row) as the files layer words it — the same lines the command line prints as ``note:``.
The dialog is window-modal but opened without blocking (``open``), objectName
``importSummary``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..files.import_report import ImportReport


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportSummary", text)


def counts_text(report: ImportReport) -> str:
    text = tr("Imported %1 cards, %2 personas and %3 scores.").replace(
        "%1", str(report.cards)).replace("%2", str(report.personas)).replace(
        "%3", str(report.scores))
    if report.stages_created or report.lanes_created:
        text += " " + tr("Created %1 stages and %2 lanes.").replace(
            "%1", str(len(report.stages_created))).replace("%2", str(len(report.lanes_created)))
    if report.rows:
        text += "\n" + tr("%1 rows read: %2 made cards, %3 only set a score or named a "
                          "persona, %4 skipped.").replace("%1", str(report.rows)).replace(
            "%2", str(report.card_rows)).replace("%3", str(report.score_rows)).replace(
            "%4", str(len(report.skipped)))
    return text


class ImportSummary(QDialog):
    def __init__(self, parent: QWidget, report: ImportReport) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(tr("Import summary"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setText(f"<b>{_escape(Path(report.path).name)}</b>")
        layout.addWidget(heading)
        self.counts = QLabel(counts_text(report), self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        details = report.detail_lines(row_counts=False)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("importDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setPlainText("\n".join(details) if details else tr("Nothing was skipped."))
        layout.addWidget(QLabel(tr("Details (in English, with the row of each):"), self))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 420)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
