"""What controllers may use of the main window, as small protocols.

A controller that takes a :class:`Workspace` can be read, tested and reused without the
window: it sees the session on screen, the selection, and a place to show a message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from ...i18n import Lang
    from ...model import Application
    from ...rules.advice import Verdict
    from ..list.model import ApplicationsModel
    from ..state.clock import Clock
    from ..state.session import Session


class Workspace(Protocol):
    """The session on screen and the selected application, for the flows that change them."""

    @property
    def clock(self) -> Clock: ...

    @property
    def lang(self) -> Lang: ...

    @property
    def session(self) -> Session:
        """The store on screen (the user's own, or the example data)."""
        ...

    @property
    def user_session(self) -> Session:
        """The user's own store, even while the example data is on screen."""
        ...

    def current_application(self) -> Application | None:
        """The selected application to act on; None when none is (or while loading)."""
        ...

    def current_verdict(self) -> Verdict | None:
        """The selected application's verdict, as the list shows it."""
        ...

    def select_application(self, app_id: str) -> None: ...

    def clear_search(self) -> None:
        """Empty the list's search text and drop an overview chart's pick, so that a new
        (or just imported) application shows."""
        ...

    def show_session(self, session: Session) -> None:
        """Put another store on screen (the example data, or back to the user's own)."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs and message boxes belong to."""
        ...

    def show_message(self, text: str, timeout_ms: int) -> None:
        """A passing note in the status bar."""
        ...


class ReminderHost(Workspace, Protocol):
    """What the reminders' tray icon and the settings need of the window they serve."""

    settings: QSettings
    hide_on_close: Callable[[], bool] | None
    quitting: bool

    @property
    def model(self) -> ApplicationsModel:
        """The list on screen (its verdicts are reused when it shows the user's store)."""
        ...

    def bring_to_front(self) -> None: ...

    def reveal_application(self, app_id: str) -> None:
        """Bring the window to the front with ``app_id`` selected."""
        ...

    def show_report(self) -> None:
        """Bring the window to the front on the activity report page."""
        ...

    def quit(self) -> bool:
        """Close for real (not into the tray); False when the user kept it open."""
        ...
