"""panels layer."""
