"""The main window and everything that wires the app's parts together."""

from .window import MainWindow

__all__ = ["MainWindow"]
