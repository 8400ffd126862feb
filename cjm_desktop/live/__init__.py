"""Live co-editing: the map as a CRDT document, its update log, the sync client and server,
the Qt-side session and the window part (docs/collaboration.md)."""
