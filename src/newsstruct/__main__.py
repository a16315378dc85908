"""Run as ``python -m newsstruct``."""

import sys

from .cli import main

sys.exit(main())
