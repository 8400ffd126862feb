"""The live backend the window uses: a real server (or the team's sync server) and a real
client session.

Hosting starts a :class:`~.server.LiveServer` on the chosen address (port 8765 when it is
free, else any) and a :class:`~.session.LiveSession` on it with the open map as the shared
map (and its update log beside the map when it has a file). With a sync server there is no
embedded server: the map goes to a fresh room on that server, ``<sync-url>/<room>``.
Joining starts a session with no map of its own on a new, empty Document; the shared map
arrives when ``joined`` fires. No colour is sent: everyone colours each person from the
persona palette by their client id (``live/people.py``), so all see the same colours.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..editing import Document
from ..editing.sharing import new_token
from ..model.journey import JourneyMap
from ..paths import is_bundled
from .backend import LiveError
from .update_log import log_path_for

if TYPE_CHECKING:
    from .server import LiveServer
    from .session import LiveSession

DEFAULT_PORT = 8765  # the port a shared map is offered on when it is free
_log = logging.getLogger(__name__)


class RealBackend:
    """At most one hosted session (and its embedded server) at a time."""

    def __init__(self, *, port: int = DEFAULT_PORT) -> None:
        self._port = port
        self._server: LiveServer | None = None
        self._session: LiveSession | None = None

    @property
    def session(self) -> LiveSession | None:
        return self._session

    def host(self, document: Document, address: str, *, name: str = "") -> str:
        self.stop()
        if address.startswith(("ws://", "wss://")):
            url = f"{address.rstrip('/')}/{new_token()}"  # a fresh room on the team's server
        else:
            self._server = _server_on(address, self._port)
            url = self._server.start()
        from .session import LiveSession  # the network parts load on first use

        # The update log lies beside the map; a bundled map (the sample) gets none: nothing is
        # written among the app's own files.
        path = document.path
        log_path = log_path_for(path) if path is not None and not is_bundled(path) else None
        session = LiveSession(document, url, name=name, log_path=log_path)
        try:
            session.start()
        except (OSError, RuntimeError) as error:
            self.stop()
            raise LiveError(str(error)) from error
        self._session = session
        return url

    def join(self, address: str, *, name: str = "") -> LiveSession:
        from .session import LiveSession

        session = LiveSession(Document(JourneyMap()), address, name=name, join=True)
        try:
            session.start()
        except (OSError, RuntimeError) as error:
            raise LiveError(str(error)) from error
        return session

    def stop(self) -> None:
        session, self._session = self._session, None
        server, self._server = self._server, None
        if session is not None:
            session.stop()
            session.deleteLater()
        if server is not None:
            server.stop()


def _server_on(host: str, port: int) -> LiveServer:
    """A server on ``host``: on ``port`` when it is free, else on any free port."""
    from .server import LiveServer

    try:
        return LiveServer(host, port)
    except OSError as error:
        _log.info("port %s on %s is taken (%s): another port is used", port, host, error)
        return LiveServer(host, 0)
