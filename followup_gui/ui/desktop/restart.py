"""Starting followup-gui again, so a new language takes effect at once.

Qt cannot re-word every text of a running window, so a language change asks to start
again. The new process starts only after this one has saved, closed its window and
released the store's lock (``run()`` calls :func:`start_again_if_asked` last): it then
finds the store free and opens it, instead of waking the old, closing one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

_RESTART_PROPERTY = "followup_restart_store"


def restart_command(
    store_path: Path, *, frozen: bool | None = None, executable: str | None = None
) -> list[str]:
    """The command line that starts the window again on ``store_path``.

    No ``--lang`` (the stored choice is the point) and no ``--hidden`` (the user is
    looking at the window).
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    head = [executable] if frozen else [executable, "-m", "followup_gui.cli"]
    return [*head, "--store", str(store_path.absolute())]


def ask_to_start_again(store_path: Path) -> None:
    """Remember that the app should start again once this one has ended."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_RESTART_PROPERTY, str(store_path))


def cancel_start_again() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_RESTART_PROPERTY, None)


def start_again_if_asked() -> subprocess.Popen[bytes] | None:
    """Start the new process when one was asked for (after the lock was released)."""
    app = QCoreApplication.instance()
    wanted = None if app is None else app.property(_RESTART_PROPERTY)
    if not wanted:
        return None
    cancel_start_again()
    command = restart_command(Path(str(wanted)))
    # No handles of ours: whoever waits for this process to end (a terminal, a script)
    # must not wait for the new one as well.
    null = subprocess.DEVNULL
    if sys.platform == "win32":
        flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
        return subprocess.Popen(command, stdin=null, stdout=null, stderr=null, creationflags=flags)
    # a session of its own: it outlives a terminal that started the old one
    return subprocess.Popen(command, stdin=null, stdout=null, stderr=null, start_new_session=True)
