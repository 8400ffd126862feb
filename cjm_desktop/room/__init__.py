"""The room: participants join from their phones over the local network (docs/workshop.md)."""
