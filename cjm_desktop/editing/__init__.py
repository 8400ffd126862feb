"""Editing layer: the Document (model + undo stack + file path + clean state) and commands."""

from .document import Document

__all__ = ["Document"]
