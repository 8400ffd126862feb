"""The people in a live session as the window shows them: each one's colour, taken from the
persona palette by their client id (so everyone sees the same person in the same colour),
and the marks their selections make on the canvas."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from ..model.persona_defaults import PERSONA_COLORS
from .backend import PeerLike

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def color_for(client_id: int) -> str:
    """The colour of the person whose client id is ``client_id``: the same on every
    laptop (a hash of the id picks it, so any kind of id spreads over the palette)."""
    digest = hashlib.blake2b(str(client_id).encode("ascii"), digest_size=8).digest()
    return PERSONA_COLORS[int.from_bytes(digest, "big") % len(PERSONA_COLORS)]


def color_of(peer: PeerLike) -> str:
    """The colour ``peer`` chose, or the palette's for their client id when theirs is not a
    ``#rrggbb`` colour."""
    color = str(getattr(peer, "color", "") or "")
    if _HEX.fullmatch(color):
        return color
    return color_for(int(getattr(peer, "client_id", 0) or 0))


def selected_of(peer: PeerLike) -> tuple[str, ...]:
    """The ids ``peer`` has selected (none when their client says nothing)."""
    return tuple(str(item) for item in getattr(peer, "selected", ()) or ())


def marks_of(peers: Sequence[PeerLike]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, colour, selected ids) for each other person who has something selected."""
    return [(peer.name, color_of(peer), selected_of(peer)) for peer in peers
            if selected_of(peer)]
