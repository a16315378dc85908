"""Run as ``python -m newsstruct``."""

import sys

from .cli import main

# The guard matters: worker processes started by forkserver/spawn import the main module again.
if __name__ == "__main__":
    sys.exit(main())
