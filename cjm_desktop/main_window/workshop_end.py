"""End workshop: writes the map, the workbook, a PDF of the map and a one-page summary.

:class:`WorkshopEnd` takes its collaborators (the Document, the parent widget, and a
callable giving the running plan's records) and composes the file formats itself, so the
workshop part never imports them. The folder is the person's pick; it defaults to the
map's folder, or, for a map not yet saved (or the bundled sample), to a "CJM Desktop"
folder in the person's documents. Everything is written in the map's language.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..canvas.render import render_pdf
from ..editing import Document
from ..files import save_map
from ..files.atomic import atomic_write_bytes
from ..files.xlsx_export import export_xlsx
from ..model.workshop_plan import ActivityRecord, WorkshopPlan
from ..model.workshop_summary import summary, summary_html
from ..paths import resource_dir

Records = Callable[[], tuple[WorkshopPlan | None, list[ActivityRecord], float]]


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopEnd", text)


def default_folder(document: Document) -> Path:
    """Beside the map; for an unsaved map or the bundled sample, Documents/CJM Desktop."""
    path = document.path
    if path is not None and resource_dir() not in path.resolve().parents:
        return path.parent
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "CJM Desktop"


def base_name(document: Document) -> str:
    name = document.path.name if document.path is not None else ""
    for suffix in (".cjm.json", ".json"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    title = document.journey.info.title.strip() or "workshop"
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in title)[:60].strip() or "map"


def summary_pdf(html: str) -> bytes:
    """The summary page as a one-page A4 PDF."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    text = QTextDocument()
    text.setHtml(html)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    text.setPageSize(QSizeF(page.width(), page.height()))
    text.print_(writer)
    buffer.close()
    return bytes(data.data())


def write_bundle(document: Document, folder: Path, plan: WorkshopPlan | None,
                 records: list[ActivityRecord], now: float) -> list[Path]:
    """Write the four files into ``folder``; returns their paths. Raises OSError."""
    folder.mkdir(parents=True, exist_ok=True)
    name = base_name(document)
    journey = document.journey
    paths = [folder / f"{name}.cjm.json", folder / f"{name}.xlsx", folder / f"{name}.pdf",
             folder / f"{name} - {'summary' if journey.info.language == 'en' else '요약'}.pdf"]
    save_map(journey, paths[0])
    export_xlsx(journey, paths[1])
    render_pdf(journey, str(paths[2]))
    atomic_write_bytes(paths[3], summary_pdf(summary_html(summary(journey, plan, records, now))))
    return paths


class WorkshopEnd:
    """Workshop ▸ End workshop: asks for the folder, writes the bundle, says what it wrote."""

    def __init__(self, document: Document, parent: QWidget, records: Records,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.document = document
        self.parent = parent
        self.records = records
        self.clock = clock

    def choose_folder(self) -> Path | None:
        start = default_folder(self.document)
        chosen = QFileDialog.getExistingDirectory(self.parent, tr("End workshop: save into"),
                                                  str(start))
        return Path(chosen) if chosen else None

    def run(self, folder: Path | None = None) -> list[Path]:
        folder = folder if folder is not None else self.choose_folder()
        if folder is None:
            return []
        plan, records, now = self.records()
        try:
            paths = write_bundle(self.document, folder, plan, records, now)
        except OSError as error:
            QMessageBox.warning(self.parent, tr("End workshop"),
                                tr("Could not write the workshop files into %1: %2")
                                .replace("%1", str(folder)).replace("%2", error.strerror
                                                                     or str(error)))
            return []
        QMessageBox.information(self.parent, tr("End workshop"),
                                tr("Wrote the map, the workbook, a PDF and the summary into %1.")
                                .replace("%1", str(folder)))
        return paths
