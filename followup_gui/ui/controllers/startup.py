"""The start-up's two jobs after the window exists: say once when it first painted (what
waits for that: reading the store, the tray, the single-instance server), and keep what
the list shows for the next start (:mod:`followup_gui.store.list_cache`)."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ... import store
from ...store import list_cache

if TYPE_CHECKING:
    from ..list.model import ApplicationsModel
    from ..shell.ports import Workspace


class FirstPaint:
    """Calls ``announce`` once, after the first paint of everything in the window."""

    def __init__(self, announce: Callable[[], None]) -> None:
        self._announce = announce
        self._painted = False

    def painted(self) -> None:
        # the zero-timer runs once the list and panel, painted in the same pass, are done
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._announce)


class ListCacheKeeper:
    """Writes the list cache for the user's own store, when it is saved as it is on disk."""

    def __init__(
        self,
        workspace: Workspace,
        model: Callable[[], ApplicationsModel],
        path: Path | None,
        cached: list_cache.Identity | None,
    ) -> None:
        """``model`` gives the list on screen; ``cached`` is the identity the cache
        already describes (None: unknown)."""
        self.workspace = workspace
        self._model = model
        self.path = path
        self._cached = cached

    def write(self) -> bool:
        """Keep what the list shows for the next start; True if kept.

        Only for the user's own store, read or saved in full, exactly as it is on disk.
        """
        workspace = self.workspace
        session = workspace.user_session
        if self.path is None:
            return False
        identity = session.identity_if_saved()  # None while it is still being read
        if identity is None or session.path is None:
            return False
        if identity == self._cached:
            return True
        read = list_cache.read_whole(session.path)
        if read is None or read[0] != identity:
            return False
        data = read[1]
        apps = session.applications
        order: list[int] = []
        sorted_by = ""
        if workspace.session is session:
            model = self._model()
            rows = model.rows()
            order, sorted_by = model.order(), model.sort_name()
            now = model.now
        else:  # the example data is on screen: judge the user's own afresh
            from ...rules.advice import assess

            now = workspace.clock.now()
            rows = [list_cache.row(app, assess(app, now, lang=workspace.lang)) for app in apps]
        records = [store.application_record(apps[i]) for i in order[:1]]
        sums = list_cache.record_sums(data, [app.id for app in apps])
        content = (0, 0) if sums else (zlib.crc32(data), zlib.adler32(data))  # sums say more
        del read, data
        cache = list_cache.build(
            identity, apps, rows, now, records, order=order, sorted_by=sorted_by,
            content=content, sums=sums,
        )  # fmt: skip
        if not list_cache.write(self.path, cache):
            return False
        self._cached = identity
        return True
