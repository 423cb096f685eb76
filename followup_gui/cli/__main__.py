"""``python -m followup_gui.cli``: the same as the ``followup-gui`` command."""

import sys

from .command import main

sys.exit(main())
