"""Editing layer: the Document (model + undo stack + file path + clean state) and commands."""

from .commands import REMOTE_ORIGIN
from .document import Document

__all__ = ["REMOTE_ORIGIN", "Document"]
