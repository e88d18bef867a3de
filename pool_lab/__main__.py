"""``python -m pool_lab``: see :mod:`pool_lab.cli`."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
