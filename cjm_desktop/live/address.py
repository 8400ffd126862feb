"""Checking a live address (a join address or a sync server's) before it is used."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveAddress", text)


def address_problem(text: str) -> str | None:
    """Why ``text`` is not a usable live address (None when it is one): it must be a
    ws:// or wss:// address with a host, like ws://192.168.1.20:8765/live/…"""
    text = text.strip()
    if not text:
        return tr("Enter the address you were given, like ws://192.168.1.20:8765/live/…")
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError on a port that is not a number
    except ValueError:
        return tr("This address has a port that is not a number: %1").replace("%1", text)
    if parts.scheme.lower() not in ("ws", "wss"):
        return tr("A live address starts with ws:// or wss:// (this one does not): %1"
                  ).replace("%1", text)
    if not parts.hostname or (port is not None and not 0 < port < 65536):
        return tr("This address names no computer to connect to: %1").replace("%1", text)
    if any(char.isspace() for char in text):
        return tr("A live address has no spaces: %1").replace("%1", text)
    return None
