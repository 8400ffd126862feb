"""The personas dock: list actions with undo, typing bursts, list fields, the empathy map,
save/load of every persona field, and photos (good ones shrunk, bad ones refused)."""

from __future__ import annotations

import struct
import zlib

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from cjm_desktop.app import ensure_app
from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.panels import photo
from cjm_desktop.panels.photo import image_from_data_uri


@pytest.fixture
def panel(qtbot):
    ensure_app()
    from cjm_desktop.panels.personas import PersonaPanel

    document = Document(load_sample("ko"))
    widget = PersonaPanel(document)
    qtbot.addWidget(widget)
    widget.resize(480, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _type(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII; Korean comes as text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _names(panel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_add_duplicate_delete_reorder_with_undo(panel, monkeypatch):
    document = panel.document
    journey = document.journey
    names = [p.name for p in journey.personas]
    assert _names(panel) == names
    first = journey.personas[0].id

    new_id = panel.add_persona()
    assert len(journey.personas) == 3 and panel.active_persona_id() == new_id
    assert panel.list.count() == 3
    document.undo_stack.undo()
    assert _names(panel) == names

    panel.set_active_persona(first)
    copy_id = panel.duplicate_persona()
    copy = journey.persona(copy_id)
    assert copy.name.startswith(names[0]) and copy.goals_short_term == \
        journey.persona(first).goals_short_term
    assert sum(1 for k in journey.emotions if k[0] == copy_id) == \
        sum(1 for k in journey.emotions if k[0] == first)
    document.undo_stack.undo()
    assert _names(panel) == names

    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    emotions_before = dict(journey.emotions)
    panel.set_active_persona(first)
    assert panel.delete_persona()
    assert names[0] in asked[0] and "emotion" in asked[0]  # names what goes with it
    assert _names(panel) == names[1:]
    assert not any(k[0] == first for k in journey.emotions)
    document.undo_stack.undo()
    assert _names(panel) == names and journey.emotions == emotions_before

    panel.set_active_persona(first)
    panel.move_active(1)
    assert _names(panel) == [names[1], names[0]]
    assert panel.active_persona_id() == first
    document.undo_stack.undo()
    assert _names(panel) == names


def test_cancelled_delete_changes_nothing(panel, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    count = panel.document.undo_stack.count()
    assert not panel.delete_persona()
    assert panel.document.undo_stack.count() == count and panel.list.count() == 2


def test_drag_reorder_in_list_moves_persona(panel):
    names = _names(panel)
    panel.list.orderDropped.emit(panel.document.journey.personas[0].id, 1)
    assert _names(panel) == [names[1], names[0]]


def test_typing_burst_is_one_undo_step_and_cursor_stays(panel, qtbot):
    document = panel.document
    persona = document.journey.personas[0]
    edit = panel.form.name_edit
    edit.setFocus()
    edit.end(False)
    count = document.undo_stack.count()
    _type(edit, " 대리")
    assert persona.name.endswith(" 대리")
    assert document.undo_stack.count() == count + 1
    assert edit.cursorPosition() == len(edit.text())  # never reloaded under the cursor
    assert _names(panel)[0] == persona.name  # the list follows
    edit.clearFocus()
    _type(panel.form.line_edits["occupation"], "!")
    assert document.undo_stack.count() == count + 2  # a new field, a new step
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert persona.name == "김지은" and edit.text() == "김지은"  # undo refreshes the form


def test_long_text_and_segment_and_age(panel):
    document = panel.document
    persona = document.journey.personas[0]
    form = panel.form
    form.text_edits["bio"].setPlainText("새 소개")
    form.line_edits["segment.region"].setText("")
    _type(form.line_edits["segment.region"], "부산")
    form.age_spin.setValue(41)
    assert persona.bio == "새 소개" and persona.segment.region == "부산" and persona.age == 41
    form.age_spin.setValue(-1)
    assert persona.age is None


def test_list_field_edits(panel):
    persona = panel.document.journey.personas[0]
    editor = panel.form.list_editors["needs"]
    before = list(persona.needs)
    editor.add_line("빠른 배달")
    assert persona.needs == [*before, "빠른 배달"]
    editor.list.setCurrentRow(len(before))
    editor.move_line(-1)
    assert persona.needs[-2] == "빠른 배달"
    editor.list.item(len(before) - 1).setText("아주 빠른 배달")
    assert persona.needs[-2] == "아주 빠른 배달"
    editor.remove_line()
    assert "아주 빠른 배달" not in persona.needs
    panel.document.undo_stack.undo()
    assert persona.needs[-2] == "아주 빠른 배달"
    assert editor.values() == persona.needs  # undo shows in the editor


def test_empathy_map_edit_is_one_step_per_burst(panel):
    document = panel.document
    persona = document.journey.personas[0]
    box = panel.form.empathy.boxes["feels"]
    before = list(persona.empathy.feels)
    count = document.undo_stack.count()
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    QTest.keyClick(box, Qt.Key.Key_Return)
    _type(box, "배고프다")
    assert persona.empathy.feels == [*before, "배고프다"]
    assert document.undo_stack.count() == count + 1
    document.undo_stack.undo()
    assert persona.empathy.feels == before
    assert panel.form.empathy.items("feels") == before


def test_every_persona_field_round_trips_through_save_and_load(panel, tmp_path):
    document = panel.document
    persona_id = panel.add_persona()
    form = panel.form
    for path, edit in form.line_edits.items():
        edit.setText("")
        _type(edit, f"값 {path}")
    for path, edit in form.text_edits.items():
        edit.setPlainText(f"긴 글 {path}\n둘째 줄")
    form.age_spin.setValue(33)
    form._edit("urban_rural", "rural")
    form._edit("color", "#123456")
    for name, editor in form.list_editors.items():
        editor.add_line(f"{name} 1")
        editor.add_line(f"{name} 2")
    for name, box in form.empathy.boxes.items():
        box.setPlainText(f"{name} 하나\n{name} 둘")
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "face.png"
    image.save(str(path))
    assert form.apply_photo_file(str(path))
    saved = document.journey.persona(persona_id)

    target = tmp_path / "map.cjm.json"
    document.save_as(target)
    loaded = Document.open(target).journey.persona(persona_id)
    assert loaded == saved
    assert loaded.segment.region == "값 segment.region"
    assert loaded.empathy.gains == ["gains 하나", "gains 둘"]
    assert loaded.wishes == ["wishes 1", "wishes 2"] and loaded.age == 33
    assert loaded.photo and loaded.photo.startswith("data:image/")


def _png(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#E45756"))
    return image


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_valid_photo_is_downscaled_and_stored(panel, tmp_path, fmt, messages):
    path = tmp_path / f"big.{fmt.lower()}"
    assert _png(1600, 900).save(str(path), fmt)
    persona = panel.document.journey.personas[0]
    count = panel.document.undo_stack.count()
    assert panel.form.apply_photo_file(str(path))
    assert not messages
    stored = image_from_data_uri(persona.photo)
    assert max(stored.width(), stored.height()) == 512 and stored.width() == 512
    assert panel.document.undo_stack.count() == count + 1
    assert panel.form.remove_photo_button.isEnabled()
    panel.form.remove_photo()
    assert persona.photo is None
    panel.document.undo_stack.undo()
    assert persona.photo is not None


def _declared_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge picture (no real pixels behind it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def _bad_files(tmp_path):
    text = tmp_path / "notes.png"
    text.write_text("this is not an image\n" * 20)
    good = tmp_path / "good.png"
    _png(300, 300).save(str(good))
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(good.read_bytes()[:120])
    huge = tmp_path / "huge.png"
    huge.write_bytes(_declared_png(12_000, 12_000))
    heavy = tmp_path / "heavy.png"
    with heavy.open("wb") as stream:
        stream.write(good.read_bytes())
        stream.truncate(photo.MAX_FILE_BYTES + 1)
    svg = tmp_path / "avatar.png"  # SVG bytes under a picture's name, linking a local file
    svg.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" '
                    b'xmlns:xlink="http://www.w3.org/1999/xlink" width="64" height="64">'
                    b'<image xlink:href="' + str(good).encode() + b'" width="64" '
                    b'height="64"/></svg>')
    return {"text": (text, "not a picture"), "truncated": (truncated, "damaged"),
            "huge": (huge, "12000"), "heavy": (heavy, "20 MB"),
            "missing": (tmp_path / "nope.png", "Cannot read"), "svg": (svg, "SVG")}


@pytest.mark.parametrize("case", ["text", "truncated", "huge", "heavy", "missing", "svg"])
def test_bad_photo_shows_message_and_changes_nothing(panel, tmp_path, messages, case):
    path, expected = _bad_files(tmp_path)[case]
    persona = panel.document.journey.personas[0]
    count = panel.document.undo_stack.count()
    assert not panel.form.apply_photo_file(str(path))
    assert len(messages) == 1 and expected in messages[0], messages
    assert path.name in messages[0]
    assert persona.photo is None and panel.document.undo_stack.count() == count


def test_dropping_an_image_file_on_the_panel_sets_the_photo(panel, tmp_path, messages):
    path = tmp_path / "drop.jpg"
    _png(64, 64).save(str(path), "JPEG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, left, none)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(panel, QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                             left, none))
    assert panel.document.journey.personas[0].photo.startswith("data:image/")
    assert not messages


def test_panel_follows_reset_and_active_signal(panel, qtbot):
    second = panel.document.journey.personas[1].id
    with qtbot.waitSignal(panel.activePersonaChanged) as blocker:
        panel.list.setCurrentRow(1)
    assert blocker.args == [second] and panel.form.persona_id == second
    assert panel.form.name_edit.text() == panel.document.journey.personas[1].name
    panel.document.replace(load_sample("en"), None)
    assert _names(panel) == [p.name for p in panel.document.journey.personas]
    assert panel.active_persona_id() == panel.document.journey.personas[0].id
