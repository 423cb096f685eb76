"""``python -m tests.benchmarks``: see :mod:`tests.benchmarks.harness`."""

from __future__ import annotations

import sys

from .harness import main

sys.exit(main())
