"""``python -m claimx``: the command line (see :mod:`claimx.cli`)."""

from __future__ import annotations

import sys

from claimx.cli import main

if __name__ == "__main__":
    sys.exit(main())
