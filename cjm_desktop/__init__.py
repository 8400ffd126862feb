"""CJM Desktop: an offline editor for customer journey maps."""

__version__ = "0.1.0"
