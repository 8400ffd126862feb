"""Schema versions of the native format and the migrations from older ones.

``MIGRATIONS[n]`` turns parsed data of version ``n`` into version ``n + 1``; the loader
applies the chain until the current :data:`SCHEMA_VERSION`. A migration never changes its
input, and only reshapes what it recognises: anything else passes on unchanged, and the
current-version reader then reports it with its JSON path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 2

Migration = Callable[[dict[str, Any], str], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
