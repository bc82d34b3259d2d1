"""``python -m conflictparse``: the command line."""

import sys

from conflictparse.cli import main

sys.exit(main())
