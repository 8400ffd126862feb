"""The live session's update log beside the map (docs/collaboration.md, "The update log").

``NAME.cjm.live`` next to ``NAME.cjm.json`` (:func:`log_path_for`) is a UTF-8 JSON-lines
file. Its first line is the header::

    {"cjm_live_log": 1, "mapping": 1, "started": 1795000000.5,
     "base": {"card": [[KEY, RECORD], ...], ...}}

``started`` is when the session began (seconds since 1970, UTC; :func:`log_started`).
``base`` holds the map's records when the session began — the common ancestor of the shared
map and of any copy made before it, so a later merge with a copy that was never connected
is the ordinary three-way merge (model.merge) from that base. Each later line is one pycrdt
update of the session's document, base64 encoded: ``{"u": "..."}``. Together the updates
make the session's document (the first is its state when the log began, see
:meth:`UpdateLog.start`). The file is append-only and each append is flushed; a last line
cut short by a crash is ignored on reading, any other broken line is an error.

Written on the network thread only (live-plan: the Qt thread never touches the document).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import time
from pathlib import Path
from typing import IO, Any

import pycrdt

from cjm_desktop.model.map_records import Records

from .mapping import MAPPING_VERSION, decode_key, decode_value, encode_key, encode_value

LOG_FORMAT = 1
LOG_SUFFIX = ".cjm.live"
MAP_SUFFIX = ".cjm.json"


class UpdateLogError(ValueError):
    """The log cannot be read: not a log, a newer format, or a broken line before the end."""


def log_path_for(map_path: str | os.PathLike[str]) -> Path:
    """``NAME.cjm.live`` beside ``NAME.cjm.json`` (any other name gets ``.cjm.live`` added)."""
    path = Path(map_path)
    name = path.name
    stem = name[:-len(MAP_SUFFIX)] if name.lower().endswith(MAP_SUFFIX) else name
    return path.with_name(stem + LOG_SUFFIX)


def _records_to_json(records: Records) -> dict[str, list[list[Any]]]:
    return {kind: [[json.loads(encode_key(key)), {f: json.loads(encode_value(v))
                                                  for f, v in record.items()}]
                   for key, record in table.items()]
            for kind, table in records.items()}


def _records_from_json(data: Any) -> Records:
    if not isinstance(data, dict):
        raise UpdateLogError("the header's base is not a table of records")
    records: Records = {}
    for kind, rows in data.items():
        if not isinstance(rows, list):
            raise UpdateLogError(f"the base's {kind!r} records are not a list")
        table = records.setdefault(str(kind), {})
        for row in rows:
            if not (isinstance(row, list) and len(row) == 2 and isinstance(row[1], dict)):
                raise UpdateLogError(f"a base record of {kind!r} is not [key, fields]")
            key = decode_key(json.dumps(row[0]))
            table[key] = {str(f): decode_value(json.dumps(v)) for f, v in row[1].items()}
    return records


class UpdateLog:
    """Appends a session's updates to its log file."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._file: IO[str] | None = None

    def start(self, base_records: Records, state: bytes | None = None) -> None:
        """Begin a new log (replacing an old one): the header with ``base_records``, then
        ``state`` (the document's whole state, ``doc.get_update()``) when given."""
        self.close()
        header = {"cjm_live_log": LOG_FORMAT, "mapping": MAPPING_VERSION,
                  "started": time.time(), "base": _records_to_json(base_records)}
        temporary = self.path.with_name(self.path.name + ".tmp")
        with open(temporary, "w", encoding="utf-8", newline="\n") as file:
            file.write(json.dumps(header, ensure_ascii=False, separators=(",", ":")) + "\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)
        if state is not None:
            self.append(state)

    def append(self, update: bytes) -> None:
        """Add one update at the end, flushed at once."""
        if self._file is None:
            if not self.path.is_file():
                raise UpdateLogError(f"{self.path.name}: no log to add to (start it first)")
            _drop_cut_tail(self.path)
            self._file = open(self.path, "a", encoding="utf-8", newline="\n")  # noqa: SIM115
        line = json.dumps({"u": base64.b64encode(update).decode("ascii")})
        self._file.write(line + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> UpdateLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _drop_cut_tail(path: Path) -> None:
    """Cut a last line left short by a crash, so the next update starts on its own line."""
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        with open(path, "r+b") as file:
            file.truncate(data.rfind(b"\n") + 1)


def _parse(line: str, number: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise UpdateLogError(f"line {number}: not JSON ({error.msg})") from None


def _read_lines(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The header and the complete lines after it."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise UpdateLogError(f"cannot read the log ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise UpdateLogError("not a live update log (not UTF-8 text)") from None
    lines = text.split("\n")
    complete = lines[:-1]  # what follows the last newline was cut short (or is empty)
    if not complete:
        raise UpdateLogError("not a live update log (no complete header line)")
    header = _parse(complete[0], 1)
    if not isinstance(header, dict) or "cjm_live_log" not in header:
        raise UpdateLogError("not a live update log (no header)")
    if not isinstance(header["cjm_live_log"], int) or not isinstance(header.get("mapping"), int):
        raise UpdateLogError("not a live update log (a broken header)")
    if header["cjm_live_log"] > LOG_FORMAT or header["mapping"] > MAPPING_VERSION:
        raise UpdateLogError("the log was written by a newer version of CJM Desktop")
    return header, complete[1:]


def log_started(path: str | os.PathLike[str]) -> float | None:
    """When the logged session began (seconds since 1970), ``None`` if the header lacks it."""
    started = _read_lines(Path(path))[0].get("started")
    return float(started) if isinstance(started, int | float) else None


def read_log(path: str | os.PathLike[str]) -> tuple[Records, pycrdt.Doc]:
    """The log's base records and the session's document rebuilt from its updates (a
    document holding the base when no update was logged)."""
    from .mapping import new_doc

    header, lines = _read_lines(Path(path))
    base = _records_from_json(header.get("base"))
    updates: list[bytes] = []
    for number, line in enumerate(lines, start=2):
        if not line.strip():
            continue
        entry = _parse(line, number)
        try:
            updates.append(base64.b64decode(entry["u"], validate=True))
        except (TypeError, KeyError, binascii.Error):
            raise UpdateLogError(f"line {number}: not an update") from None
    if not updates:
        return base, new_doc(base)
    doc: pycrdt.Doc[Any] = pycrdt.Doc()
    for number, update in enumerate(updates, start=2):
        try:
            doc.apply_update(update)
        except Exception as error:  # pycrdt raises its own errors for a corrupt update
            raise UpdateLogError(f"line {number}: a broken update ({error})") from None
    return base, doc


__all__ = ["LOG_SUFFIX", "UpdateLog", "UpdateLogError", "log_path_for", "log_started", "read_log"]
