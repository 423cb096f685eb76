"""At start: the folder the user moved their applications to is not there.

A USB stick or network drive not connected, a Dropbox, OneDrive or Nextcloud folder whose
app has not started yet (``store.paths.unreachable``). Starting with a new empty list would
write a second store in its place; instead ``ui/app.py`` asks here, before any window or
lock, and goes on only with a store that is there:

- Try again (Enter): checks again; the box also checks by itself every few seconds and
  goes on as soon as the folder is back (a sync app that starts after followup-gui).
- Choose another folder…: a folder with an applications file is used, and remembered
  (``store.relocate.remember``, as Settings → Move… does); in a folder without one the
  user may start a new, empty list (for a file removed on purpose).
- Use this computer's own folder from now on: forgets the moved place for good, as
  Settings → Move back would, so that Settings and every command agree on the store; the
  applications in the missing folder are left as they are, and Settings → Move… into it
  later merges the two.
- Quit (Escape).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6 import QtWidgets  # QFileDialog, QMessageBox: looked up when used
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ... import store
from ...store import paths, relocate
from .. import plain_text

RECHECK_MS = 3000
"""How often the open box looks for the folder again by itself."""


class Choice(Enum):
    TRY_AGAIN = "try_again"
    CHOOSE = "choose"
    USE_HOME = "use_home"
    QUIT = "quit"


def texts(problem: paths.Unreachable, checked_at: dt.datetime | None = None) -> tuple[str, str]:
    """The box's text and informative text (plain: the paths are the user's)."""
    if problem.folder_missing:
        text = QApplication.translate(
            "MissingStore", "The folder where you keep your applications cannot be found:"
        )
        text += "\n\n" + str(problem.folder)
        why = QApplication.translate(
            "MissingStore",
            "It may be on a USB stick or network drive that is not connected, or in a "
            "Dropbox, OneDrive or Nextcloud folder whose app has not started yet. Connect it "
            "or start the app, then choose Try again.",
        )
    else:
        text = QApplication.translate(
            "MissingStore", "Your applications file is not in its folder:"
        )
        text += "\n\n" + str(problem.path)
        why = QApplication.translate(
            "MissingStore",
            "The sync app may not have brought it back yet, or it was moved or removed, "
            "perhaps on another computer. If you removed it on purpose, click Choose another "
            "folder, pick this folder and start a new list there.",
        )
    why += "\n\n" + QApplication.translate(
        "MissingStore",
        "followup-gui does not start with an empty list in its place, so that nothing is "
        "written beside your real applications. If you use this computer's own folder, "
        "the folder above is forgotten but left as it is: when it is back, Settings → "
        "Where your applications are kept → Move… into it lets you merge the two.",
    )
    if checked_at is not None:
        why += "\n\n" + QApplication.translate(
            "MissingStore", "Checked again at %1: still not there."
        ).replace("%1", checked_at.strftime("%H:%M:%S"))
    return text, why


def ask(
    problem: paths.Unreachable,
    parent: QWidget | None = None,
    *,
    checked_at: dt.datetime | None = None,
) -> Choice:
    """The box (see the module doc); what the user chose."""
    text, why = texts(problem, checked_at)
    box = plain_text.make_box(
        QtWidgets.QMessageBox.Icon.Warning,
        parent,
        QApplication.translate("MissingStore", "Your applications cannot be found"),
        text,
        buttons=QtWidgets.QMessageBox.StandardButton.NoButton,
    )
    box.setObjectName("missing_store_box")
    plain_text.set_informative(box, why)
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(text + "\n\n" + why)
    role = QtWidgets.QMessageBox.ButtonRole
    buttons = {
        Choice.TRY_AGAIN: box.addButton(
            QApplication.translate("MissingStore", "&Try again"), role.AcceptRole
        ),
        Choice.CHOOSE: box.addButton(
            QApplication.translate("MissingStore", "&Choose another folder…"), role.ActionRole
        ),
        Choice.USE_HOME: box.addButton(
            QApplication.translate("MissingStore", "&Use this computer's own folder from now on"),
            role.ActionRole,
        ),
        Choice.QUIT: box.addButton(
            QApplication.translate("MissingStore", "&Quit"), role.RejectRole
        ),
    }
    for choice, button in buttons.items():
        button.setObjectName(f"missing_store_{choice.value}")
    buttons[Choice.USE_HOME].setToolTip(
        QApplication.translate(
            "MissingStore",
            "Open the list in followup-gui's own folder on this computer, and forget %1",
        ).replace("%1", str(problem.folder))
    )
    box.setDefaultButton(buttons[Choice.TRY_AGAIN])
    box.setEscapeButton(buttons[Choice.QUIT])
    timer = QTimer(box)
    timer.setInterval(RECHECK_MS)

    def recheck() -> None:
        if paths.unreachable(problem.path) is None:
            timer.stop()
            buttons[Choice.TRY_AGAIN].click()  # back: go on as if the user had asked

    timer.timeout.connect(recheck)
    timer.start()
    box.exec()
    timer.stop()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((choice for choice, b in buttons.items() if b is clicked), Choice.QUIT)


def _nearest_folder(folder: Path) -> Path:
    """``folder`` or its nearest parent that is there (where the folder dialog opens)."""
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            return candidate
    return Path.home()


def _note(path: Path, parent: QWidget | None) -> None:
    """Remember ``path`` for the next starts; a warning when the note cannot be written."""
    try:
        relocate.remember(path)
    except OSError as error:
        plain_text.warning(
            parent,
            QApplication.translate("MissingStore", "Your applications cannot be found"),
            QApplication.translate(
                "MissingStore",
                "followup-gui could not note the new place for its next start; it opens "
                "%1 this time.",
            ).replace("%1", str(path)),
            details=store.os_error_reason(error),
        )


def choose_folder(problem: paths.Unreachable, parent: QWidget | None = None) -> Path | None:
    """A folder the user picks: its store, or a new empty one there when they agree;
    None when they cancel."""
    folder = QtWidgets.QFileDialog.getExistingDirectory(
        parent,
        QApplication.translate("MissingStore", "Where are your applications kept?"),
        str(_nearest_folder(problem.folder)),
    )
    if not folder:
        return None
    path = Path(folder) / paths.FILE_NAME
    if not path.exists():
        button = QtWidgets.QMessageBox.StandardButton
        answer = plain_text.question(
            parent,
            QApplication.translate("MissingStore", "Start a new list?"),
            QApplication.translate(
                "MissingStore",
                "There is no applications file in %1. Do you want to start a new, empty list "
                "there?",
            ).replace("%1", folder),
            button.Yes | button.No,
            button.No,
        )
        if answer != button.Yes:
            return None
        try:
            relocate.start_new(path)
        except OSError as error:
            plain_text.warning(
                parent,
                QApplication.translate("MissingStore", "Start a new list?"),
                QApplication.translate(
                    "MissingStore", "The new list could not be started in %1."
                ).replace("%1", folder),
                details=store.os_error_reason(error),
            )
            return None
    _note(path, parent)
    return path


def settle(
    problem: paths.Unreachable,
    parent: QWidget | None = None,
    *,
    now: Callable[[], dt.datetime] = dt.datetime.now,
) -> Path | None:
    """Ask until there is a store to open: its path, or None when the user quits."""
    checked_at: dt.datetime | None = None
    while True:
        choice = ask(problem, parent, checked_at=checked_at)
        if choice is Choice.QUIT:
            return None
        if choice is Choice.TRY_AGAIN:
            again = paths.unreachable(problem.path)
            if again is None:
                return problem.path
            problem, checked_at = again, now()
        elif choice is Choice.CHOOSE:
            chosen = choose_folder(problem, parent)
            if chosen is not None:
                return chosen
        else:
            home = paths.home_path()
            _note(home, parent)  # forgets the moved place (the note is removed)
            return home
