"""What every sharing server needs: a fresh token, a listening socket, the join address as
a QR code image (segno), and the addresses this laptop can offer.

Shared by the room (phones in a workshop) and live co-editing, which are views and may not
import each other. The QR code is drawn at its final size as a whole number of pixels per
module (a scaled QR code blurs and phones read it worse).
"""

from __future__ import annotations

import io
import secrets
import socket

import segno
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

LOOPBACK = "127.0.0.1"


def new_token() -> str:
    return secrets.token_urlsafe(16)  # 128 bits


def bound_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on exactly ``host`` (IPPROTO_TCP: asyncio then sets TCP_NODELAY)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


def qr_image(text: str, size: int) -> QImage:
    """A black-on-white QR code of ``text`` about ``size`` pixels wide (never wider)."""
    code = segno.make(text, error="m", micro=False)
    border = 2
    modules = code.symbol_size(scale=1, border=border)[0]
    scale = max(1, size // modules)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=border)
    return QImage.fromData(buffer.getvalue())


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses on its running networks (not loopback), Wi-Fi and
    wired first as the system lists them."""
    found: list[str] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp
                and flags & QNetworkInterface.InterfaceFlag.IsRunning) \
                or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            address: QHostAddress = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = address.toString()
            if text not in found and not text.startswith("169.254."):
                found.append(text)
    return found
