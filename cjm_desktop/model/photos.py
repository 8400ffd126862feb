"""What a stored persona photo may be: a PNG or JPEG picture in a base64 data URI.

Checked by the picture's own bytes, never by the name it gives itself: a URI saying
``image/png`` around SVG text is not a photo (Qt would sniff the SVG and follow links in it
to local files). Shared by the file reader (which refuses anything else) and the display.
"""

from __future__ import annotations

import base64
import binascii

PHOTO_TYPES = {"image/png": "png", "image/jpeg": "jpeg"}
_MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpeg": b"\xff\xd8\xff"}


def picture_kind(data: bytes) -> str | None:
    """"png" or "jpeg" when the bytes start like one; None otherwise."""
    for kind, magic in _MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def photo_bytes(uri: str) -> tuple[str, bytes] | None:
    """(kind, bytes) of a stored photo, or None when it is not a PNG/JPEG data URI whose
    bytes really are that picture type."""
    head, sep, body = uri.partition(",")
    if not sep or not head.startswith("data:") or not head.endswith(";base64"):
        return None
    declared = PHOTO_TYPES.get(head[5:-7].strip().lower())
    if declared is None:
        return None
    try:
        data = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        return None
    kind = picture_kind(data)
    return (kind, data) if kind == declared else None
