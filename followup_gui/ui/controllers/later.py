"""The window's controllers, made the first time something asks for them (issue 27).

A first paint needs none of the flows behind the menus and the verdict panel's buttons,
so their modules, and what those import, stay off the start path. Each ``make_*`` is the
getter of a :class:`functools.cached_property` of the window; :func:`late` stands in for a
controller where its slots are connected before it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .app_dialogs import AppDialogs
    from .application_edits import ApplicationEdits
    from .application_events import ApplicationEvents
    from .conflict import ConflictResolver
    from .file_operations import FileOperations
    from .replies import Replies
    from .saved_ads import SavedAds

T = TypeVar("T")


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


def make_edits(window: MainWindow) -> ApplicationEdits:
    from .application_edits import ApplicationEdits

    return ApplicationEdits(window, window)


def make_events(window: MainWindow) -> ApplicationEvents:
    from .application_events import ApplicationEvents

    return ApplicationEvents(window, window)


def make_files(window: MainWindow) -> FileOperations:
    from .file_operations import FileOperations

    return FileOperations(window, window.open_demo, window)


def make_conflicts(window: MainWindow) -> ConflictResolver:
    from .conflict import ConflictResolver

    return ConflictResolver(window, window._update_save_label, window)


def make_app_dialogs(window: MainWindow) -> AppDialogs:
    from .app_dialogs import AppDialogs

    return AppDialogs(window, window)


def make_replies(window: MainWindow) -> Replies:
    from .replies import Replies

    replies = Replies(window, window.events, window)
    replies.paste_mail = window.reply_mail.paste_reply
    return replies


def make_saved_ads(window: MainWindow) -> SavedAds:
    from .saved_ads import SavedAds

    return SavedAds(window, window)
