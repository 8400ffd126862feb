"""Comments printed as numbered notes in the PDF: ``convert --comments`` and the export
option; the notes read back from the PDF's text, the numbers on the map's cards."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cjm_desktop.cli import main
from cjm_desktop.files import save_map
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.entities import Comment


def _pdf_text(path, first: int, last: int | None = None) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    pages = ["-f", str(first)] + (["-l", str(last)] if last is not None else [])
    return subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True,
                          text=True, timeout=60).stdout


def _pages(path) -> int:
    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo is not installed")
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         timeout=60).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def _commented(language: str):
    journey = load_sample(language)
    cards = journey.ordered_cards()
    journey.add_comment(Comment(id=journey.new_id("comment"), target=cards[3].id,
                                author="Mina", time="2026-12-01T10:00:00+09:00",
                                text="Is this still true after the update?"))
    journey.add_comment(Comment(id=journey.new_id("comment"), target=cards[3].id,
                                author="Joon", time="2026-12-01T11:30:00+09:00",
                                text="Checked in the room", resolved=True))
    journey.add_comment(Comment(id=journey.new_id("comment"), target=cards[0].id,
                                author="Mina", time="2026-12-02T09:00:00+09:00",
                                text="Who said this?"))
    journey.add_comment(Comment(id=journey.new_id("comment"), target=journey.stages[1].id,
                                author="Joon", time="2026-12-02T09:05:00+09:00",
                                text="Split this stage?"))
    return journey, cards


def _squeezed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Comments", "Card", "Stage", "open", "resolved")),
    ("ko", ("코멘트", "카드", "단계", "열림", "해결됨")),
])
def test_convert_prints_the_comments_as_numbered_notes_at_the_end(tmp_path, language, words):
    title, card_word, stage_word, open_word, resolved_word = words
    journey, cards = _commented(language)
    src = tmp_path / "map.cjm.json"
    save_map(journey, src)
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"
    assert main(["convert", str(src), str(plain)]) == 0
    assert main(["convert", str(src), str(noted), "--comments"]) == 0
    assert _pages(noted) == _pages(plain) + 1
    notes = _squeezed(_pdf_text(noted, _pages(noted)))
    assert notes.startswith(f"{title} — {journey.info.title}")
    # reading order: the first card, then the fourth, then the stage
    first = notes.index(f"1. {card_word} “{_squeezed(cards[0].text)}”")
    second = notes.index(f"2. {card_word} “{_squeezed(cards[3].text)}”")
    third = notes.index(f"3. {stage_word} “{journey.stages[1].name}”")
    assert first < second < third
    assert f"Mina · 2026-12-02 09:00 · {open_word} — Who said this?" in notes
    assert f"Mina · 2026-12-01 10:00 · {open_word} — Is this still true after the update?" in (
        notes)
    assert f"Joon · 2026-12-01 11:30 · {resolved_word} — Checked in the room" in notes
    assert f"Joon · 2026-12-02 09:05 · {open_word} — Split this stage?" in notes
    assert "Who said this?" not in _pdf_text(plain, 1)


def test_a_map_without_comments_gets_no_notes_page(tmp_path):
    src = tmp_path / "map.cjm.json"
    save_map(load_sample("en"), src)
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"
    assert main(["convert", str(src), str(plain)]) == 0
    assert main(["convert", str(src), str(noted), "--comments"]) == 0
    assert _pages(noted) == _pages(plain)


def test_each_commented_card_carries_its_number_while_drawn_and_not_after(qapp):
    from cjm_desktop.canvas.comment_notes import NoteMarker, note_markers, numbered_notes
    from cjm_desktop.canvas.render import scene_for

    journey, cards = _commented("en")
    notes = numbered_notes(journey)
    assert [(n.number, n.kind, n.target) for n in notes] == [
        (1, "card", cards[0].id), (2, "card", cards[3].id), (3, "stage", journey.stages[1].id)]
    scene = scene_for(journey)
    with note_markers(scene, notes) as markers:
        assert {(m.number, m.parentItem()) for m in markers} == {
            (1, scene.cards[cards[0].id]), (2, scene.cards[cards[3].id])}
    assert not [item for item in scene.items() if isinstance(item, NoteMarker)]


def test_tiled_pages_print_the_notes_too(tmp_path):
    journey, _cards = _commented("en")
    src = tmp_path / "map.cjm.json"
    save_map(journey, src)
    out = tmp_path / "tiled.pdf"
    assert main(["convert", str(src), str(out), "--tiled", "--insights", "--comments"]) == 0
    last = _squeezed(_pdf_text(out, _pages(out)))
    assert last.startswith("Comments — ") and "Split this stage?" in last
    assert "Pain points by stage" in _pdf_text(out, _pages(out) - 1, _pages(out) - 1)


def test_the_export_dialog_offers_the_comment_notes(qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QCheckBox, QWidget

    from cjm_desktop.main_window.export_feature import ExportOptions

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ExportOptions(parent, "pdf")
    dialog.show()
    box = dialog.findChild(QCheckBox, "exportCommentNotes")
    assert box is not None and box.isVisible() and not box.isChecked()
    assert dialog.values()["comments"] is False
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(8, box.height() // 2))
    assert dialog.values()["comments"] is True
    assert "comments" not in ExportOptions(parent, "png").values()
    assert "comments" not in ExportOptions(parent, "svg").values()


def test_many_comments_go_on_as_many_notes_pages_as_they_need(tmp_path):
    journey = load_sample("en")
    for number, card in enumerate(journey.ordered_cards()[:60]):
        for reply in range(2):
            journey.add_comment(Comment(id=journey.new_id("comment"), target=card.id,
                                        author="Mina", time="2026-12-01T10:00:00+09:00",
                                        text=f"remark-{number}-{reply}"))
    src = tmp_path / "map.cjm.json"
    save_map(journey, src)
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"
    assert main(["convert", str(src), str(plain)]) == 0
    assert main(["convert", str(src), str(noted), "--comments"]) == 0
    assert _pages(noted) > _pages(plain) + 1
    notes = _pdf_text(noted, _pages(plain) + 1)
    for number in range(60):
        assert f"remark-{number}-0" in notes and f"remark-{number}-1" in notes
        assert f"{number + 1}. Card" in notes
