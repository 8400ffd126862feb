"""``python -m cjm_desktop``: the same as the ``cjm-desktop`` command."""

import sys

from .cli import main

sys.exit(main())
