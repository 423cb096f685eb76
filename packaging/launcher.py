"""Entry script of the frozen app: what ``followup-gui`` (the console script) runs."""

import sys

from followup_gui.cli.command import main

if __name__ == "__main__":
    sys.exit(main())
