"""Files: the native ``.cjm.json`` format, atomic writes and the shared read error.

Kept light on purpose: spreadsheet and other format modules are imported where used.
"""

from .atomic import atomic_write_bytes, atomic_write_text
from .cjm_json import SCHEMA_VERSION, dumps, load_map, loads, map_from_dict, map_to_dict, save_map
from .errors import MapFileError

__all__ = [
    "SCHEMA_VERSION", "MapFileError", "atomic_write_bytes", "atomic_write_text", "dumps",
    "load_map", "loads", "map_from_dict", "map_to_dict", "save_map",
]
