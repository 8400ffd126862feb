"""Persona photos cannot reach the disk: only PNG or JPEG bytes are stored or shown (never
SVG, which Qt would let pull in local files), a pipe is never read, any raster picture Qt
can read is converted to PNG/JPEG ≤ 512 px when set, and a stored photo is decoded once,
within a pixel limit, and cached for display."""

from __future__ import annotations

import base64
import os
import sys

import pytest
from PySide6.QtGui import QColor, QImage

from cjm_desktop.app import create_main_window, ensure_app
from cjm_desktop.files import MapFileError, loads
from cjm_desktop.panels import photo
from cjm_desktop.panels.photo import PhotoError, image_from_data_uri, load_photo, photo_from_bytes

ensure_app()
SVG_LINKING = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/'
               b'xlink" width="64" height="64"><image xlink:href="%s" width="64" height="64"/>'
               b"</svg>")


def picture(width: int, height: int, fmt: str, color: str = "#3366cc") -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(buffer.data().data())


def test_an_svg_photo_pointing_at_a_local_file_is_never_shown(tmp_path):
    local = tmp_path / "secret.png"
    local.write_bytes(picture(64, 64, "PNG", "#ff0000"))
    svg = SVG_LINKING % str(local).encode()
    for mime in ("image/png", "image/svg+xml", "image/jpeg"):
        uri = f"data:{mime};base64,{base64.b64encode(svg).decode()}"
        assert image_from_data_uri(uri).isNull(), mime


def test_a_map_with_an_svg_photo_is_refused_naming_the_place():
    from hostile import cases

    with pytest.raises(MapFileError) as caught:
        loads(cases.svg_photo_map(), "m.cjm.json")
    assert caught.value.where == "$.personas[0].photo"
    assert "PNG or JPEG" in caught.value.message


def test_setting_an_svg_photo_is_refused(tmp_path):
    local = tmp_path / "secret.png"
    local.write_bytes(picture(8, 8, "PNG"))
    with pytest.raises(PhotoError, match="SVG"):
        photo_from_bytes(SVG_LINKING % str(local).encode(), "face.png")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")
def test_a_fifo_as_photo_is_refused_at_once(tmp_path):
    ensure_app()  # the interface language of this test's own settings, not the import-time one
    fifo = tmp_path / "face.png"
    os.mkfifo(fifo)
    with pytest.raises(PhotoError, match="regular file"):
        load_photo(fifo)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "BMP"])
def test_raster_pictures_are_converted_to_png_or_jpeg_at_most_512_px(fmt):
    uri = photo_from_bytes(picture(1200, 600, fmt), f"face.{fmt.lower()}")
    assert uri.startswith(("data:image/png;base64,", "data:image/jpeg;base64,"))
    image = image_from_data_uri(uri)
    assert (image.width(), image.height()) == (512, 256)


def test_a_gif_is_converted_too():
    gif = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01"
           b"\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    uri = photo_from_bytes(gif, "face.gif")
    assert uri.startswith("data:image/png;base64,")
    assert not image_from_data_uri(uri).isNull()


def test_a_stored_photo_is_decoded_once_for_any_number_of_edits(monkeypatch):
    uris = [photo_from_bytes(picture(400, 400, "PNG", f"#{i:02x}8040"), "p.png")
            for i in range(5)]
    window = create_main_window(None)
    try:
        document = window.document
        persona_ids = [document.add_persona(f"P{i}") for i in range(5)]
        for persona_id, uri in zip(persona_ids, uris, strict=True):
            document.update_persona(persona_id, {"photo": uri})
        decodes: list[str] = []
        real = photo._decode_stored
        monkeypatch.setattr(photo, "_decode_stored", lambda uri: decodes.append(uri) or real(uri))
        photo._DECODED.clear()
        window.show()
        for round_ in range(4):
            document.update_persona(persona_ids[0], {"name": f"renamed {round_}"})
        assert len(decodes) <= len(uris), "each photo decoded at most once"
    finally:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()


def test_an_oversized_stored_photo_is_not_decoded():
    from PySide6.QtCore import QBuffer, QIODevice

    image = QImage(5000, 4000, QImage.Format.Format_Indexed8)  # 20 MP, small as PNG
    image.setColorCount(1)
    image.setColor(0, QColor("#808080").rgb())
    image.fill(0)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(bytes(buffer.data().data())).decode()
    assert image_from_data_uri(uri).isNull()
    assert uri in photo._DECODED  # cached: not looked at again
