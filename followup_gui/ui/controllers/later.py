"""The window's controllers, made the first time something asks for them (issue 27).

A first paint needs none of the flows behind the menus and the verdict panel's buttons,
so their modules, and what those import, stay off the start path. Each ``make_*`` is the
getter of a :class:`functools.cached_property` of the window; :func:`late` stands in for a
controller where its slots are connected before it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from ..shell.ports import ReminderHost
    from ..state.session import Session
    from .app_dialogs import AppDialogs
    from .application_edits import ApplicationEdits
    from .application_events import ApplicationEvents
    from .conflict import ConflictResolver
    from .file_operations import FileOperations
    from .replies import Replies
    from .reply_mail import ReplyMail
    from .saved_ads import SavedAds

T = TypeVar("T")


if TYPE_CHECKING:  # the ports stay off the start path

    class Host(ReminderHost, Protocol):
        """What the controllers are made from: the main window, also their Qt parent."""

        open_demo: Callable[[], Session | None] | None
        reply_mail: ReplyMail

        @property
        def events(self) -> ApplicationEvents: ...

        def _update_save_label(self, *_: object) -> None: ...


def _parent(window: Host) -> QObject:
    return cast("QObject", window)  # the window is a QMainWindow


class _Late:
    """Its attributes are slots that make the controller when first called."""

    def __init__(self, get: Callable[[], object]) -> None:
        self._get = get

    def __getattr__(self, name: str) -> Callable[..., Any]:
        get = self._get

        def slot(*args: object) -> Any:
            return getattr(get(), name)(*args)  # the controller is made now, on first use

        return slot


def late(get: Callable[[], T]) -> T:
    """``get()``'s controller for connecting its slots: ``late(lambda: w.edits).undo`` is a
    slot that makes ``w.edits`` on the first undo, not now. Only its methods can be taken
    from it, called with what the signal sends."""
    return cast(T, _Late(get))


def make_edits(window: Host) -> ApplicationEdits:
    from .application_edits import ApplicationEdits

    return ApplicationEdits(window, _parent(window))


def make_events(window: Host) -> ApplicationEvents:
    from .application_events import ApplicationEvents

    return ApplicationEvents(window, _parent(window))


def make_files(window: Host) -> FileOperations:
    from .file_operations import FileOperations

    return FileOperations(window, window.open_demo, _parent(window))


def make_conflicts(window: Host) -> ConflictResolver:
    from .conflict import ConflictResolver

    return ConflictResolver(window, window._update_save_label, _parent(window))


def make_app_dialogs(window: Host) -> AppDialogs:
    from .app_dialogs import AppDialogs

    return AppDialogs(window, _parent(window))


def make_replies(window: Host) -> Replies:
    from .replies import Replies

    replies = Replies(window, window.events, _parent(window))
    replies.paste_mail = window.reply_mail.paste_reply
    return replies


def make_saved_ads(window: Host) -> SavedAds:
    from .saved_ads import SavedAds

    return SavedAds(window, _parent(window))
