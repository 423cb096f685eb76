"""The app's sense of "now", injectable so tests can freeze time.

Verdicts depend on the moment; the main window asks the clock, never ``datetime.now``
directly, and refreshes when the minute (and so possibly the date) changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


class Clock:
    """Local naive time, to the minute."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(second=0, microsecond=0)


class FixedClock(Clock):
    """A clock that says what it is told (tests, demos, screenshots)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment

    def set(self, moment: dt.datetime) -> None:
        self.moment = moment


NowFunction = Callable[[], dt.datetime]
