"""THROWAWAY stand-in for the ``crdt`` helper's mapping (same signatures): one pycrdt Map per
kind, ``repr(key)`` → ``repr((position, record))``. The integrator takes crdt's file."""

from __future__ import annotations

import ast
from typing import Any

import pycrdt

from ..model.journey import JourneyMap
from ..model.map_records import Records, map_of, records_of

MAPPING_VERSION: int = 1


def new_doc(records: Records | None = None, *, client_id: int | None = None) -> pycrdt.Doc:
    doc: pycrdt.Doc = pycrdt.Doc(client_id=client_id) if client_id is not None else pycrdt.Doc()
    if records:
        write_records(doc, records)
    return doc


def _kind(doc: pycrdt.Doc, name: str) -> pycrdt.Map[Any]:
    return doc.get(f"kind:{name}", type=pycrdt.Map)


def write_records(doc: pycrdt.Doc, records: Records, *, origin: object = None) -> bool:
    current = read_records(doc)
    if current == records:
        return False
    with doc.transaction(origin=origin):
        doc.get("meta", type=pycrdt.Map)["version"] = MAPPING_VERSION
        kinds = doc.get("kinds", type=pycrdt.Map)
        for name in set(current) | set(records):
            kinds[name] = True
            table = _kind(doc, name)
            old, new = current.get(name, {}), records.get(name, {})
            old_order = list(old)
            for position, (key, record) in enumerate(new.items()):
                if key not in old or old[key] != record or old_order.index(key) != position:
                    table[repr(key)] = repr((position, record))
            for key in old:
                if key not in new:
                    del table[repr(key)]
    return True


def read_records(doc: pycrdt.Doc) -> Records:
    result: Records = {}
    for name in sorted(doc.get("kinds", type=pycrdt.Map).keys()):
        table = _kind(doc, name)
        rows = []
        for key, value in table.items():
            position, record = ast.literal_eval(value)
            rows.append((position, ast.literal_eval(key), record))
        rows.sort(key=lambda row: row[0])
        result[name] = {key: record for _, key, record in rows}
    return {name: table for name, table in result.items() if table}


def mapping_version(doc: pycrdt.Doc) -> int | None:
    version = doc.get("meta", type=pycrdt.Map).get("version")
    return int(version) if version is not None else None


def doc_of(journey: JourneyMap) -> pycrdt.Doc:
    return new_doc(records_of(journey))


def journey_of(doc: pycrdt.Doc) -> JourneyMap:
    return map_of(read_records(doc))
