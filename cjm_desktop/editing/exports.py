"""Writing a finished export (a picture, a PDF) to disk, on behalf of the views.

Views never import the files layer (DESIGN.md, layers): the bytes they render reach the
disk through here, by the files layer's atomic write, so a file is either complete or
left as it was, never partial.
"""

from __future__ import annotations

import os

from ..files.atomic import atomic_write_bytes


def write_export(path: str | os.PathLike[str], data: bytes) -> None:
    """Put ``data`` at ``path`` atomically; raises OSError and leaves the old file alone."""
    atomic_write_bytes(path, data)
