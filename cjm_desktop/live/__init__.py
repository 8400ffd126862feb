"""Live co-editing: every app instance is a client of a y-websocket server (issue 20)."""
