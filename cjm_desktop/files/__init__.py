"""Files: the native ``.cjm.json`` format, atomic writes and the shared read error.

Kept light on purpose: spreadsheet and other format modules are imported where used.
"""

from .atomic import atomic_write_bytes, atomic_write_text
from .cjm_json import (
    SCHEMA_VERSION,
    MapTooLarge,
    dumps,
    load_map,
    load_map_and_stamp,
    loads,
    map_from_dict,
    map_to_dict,
    save_map,
)
from .disk_state import DiskConflict, FileStamp, stamp_of
from .errors import MapFileError

__all__ = [
    "SCHEMA_VERSION", "DiskConflict", "FileStamp", "MapFileError", "MapTooLarge",
    "atomic_write_bytes", "atomic_write_text", "dumps", "load_map", "load_map_and_stamp",
    "loads", "map_from_dict", "map_to_dict", "save_map", "stamp_of",
]
