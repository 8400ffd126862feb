"""Live co-editing: the map as a shared CRDT document, its update log, and (later) the sync."""
