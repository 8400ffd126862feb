"""CJM Desktop: an offline editor for customer journey maps."""

from . import collector

__version__ = "0.1.0"

collector.relax_for_start()  # until the first window has painted (see collector)
