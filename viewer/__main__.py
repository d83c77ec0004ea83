"""`python -m viewer` is the same program as `declaration-viewer`."""

import sys

from viewer.cli import main

sys.exit(main())
