"""Live co-editing (issue 20): the window side (share, join, status) and, later, the session."""
