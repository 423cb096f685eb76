"""Moving the store and its attachments to a folder the user picks (e.g. their OneDrive).

Settings → "Where your applications are kept" → "Move…" runs these steps (the window
switches its session between :func:`verify` and :func:`remove_old`):

1. :func:`plan`: what goes where, refused early when it cannot work (the same folder, a
   folder inside the attachments folder, not writable, too little space, an attachments
   folder of someone else's in the way). ``Plan.existing``: the folder already has a store
   (the user chooses to open that one or to merge the two, see :func:`copy_attachments`).
2. :func:`copy`: the attachments first, the store last (a sync service that sees the
   store then has its files already); each file is written to a temporary name and
   renamed. On any failure everything copied is removed again and :class:`MoveError`
   is raised: the old store is untouched.
3. :func:`verify`: the copy loads as a store, holds the same bytes as the old one, and
   every attachment has the same SHA-256 as its original.
4. (the window switches to the new path: lock, watcher, :func:`move_local_data`, and
   :func:`remember` for the next start)
5. :func:`remove_old`: only then the old store and the attachment files that were copied.
   What cannot be removed is left and named; nothing is lost either way.

:func:`undo_copy` takes back step 2 (when 3 or 4 fails). Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from . import StoreError, atomic_write_bytes, load, os_error_reason, read_regular_file
from .attachments import folder_of
from .local import folder_for
from .paths import home_path, location_file

SAME = "same"
"""The store is in that folder already."""
INSIDE = "inside"
"""The folder is inside the store's own attachments folder."""
NOT_A_FOLDER = "not_a_folder"
NOT_WRITABLE = "not_writable"
NO_SPACE = "no_space"
IN_THE_WAY = "in_the_way"
"""The folder has an attachments folder with files in it but no store."""
COPY_FAILED = "copy_failed"
VERIFY_FAILED = "verify_failed"

SPARE_BYTES = 1_048_576
"""Kept free beyond what is copied, so that the folder's next save still fits."""


class MoveError(Exception):
    """Why the store cannot be moved; ``code`` is one of the module's constants (the
    window words it for the user), ``detail`` the path and the system's reason."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(slots=True)
class Plan:
    source: Path
    target: Path
    existing: bool
    """The target folder has a store of its own already."""
    files: list[str]
    """The attachment files, relative to the attachments folder (POSIX separators)."""
    size: int
    """Bytes to copy: the store and its attachments."""
    created: list[Path] = field(default_factory=list)
    """What :func:`copy` made (files, then folders), for :func:`undo_copy`."""

    @property
    def source_attachments(self) -> Path:
        return folder_of(self.source)

    @property
    def target_attachments(self) -> Path:
        return folder_of(self.target)


def _files(base: Path) -> Iterator[Path]:
    """The attachment files under ``base``: no symbolic links, no half-copied temp files."""
    for root, dirs, names in os.walk(base, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not Path(root, d).is_symlink())
        for name in sorted(names):
            path = Path(root, name)
            if path.is_symlink() or (name.startswith(".") and name.endswith(".tmp")):
                continue
            yield path


def _same_place(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _inside(base: Path, path: Path) -> bool:
    real_base = os.path.normcase(os.path.realpath(base))
    real = os.path.normcase(os.path.realpath(path))
    return real == real_base or real.startswith(real_base + os.sep)


def plan(source: Path, folder: Path) -> Plan:
    """What moving the store ``source`` into ``folder`` copies; :class:`MoveError` when it
    cannot work. The file keeps its name."""
    folder = Path(os.path.abspath(folder))
    target = folder / source.name
    if _same_place(folder, source.parent):
        raise MoveError(SAME, str(folder))
    if _inside(folder_of(source), folder):
        raise MoveError(INSIDE, str(folder))
    if not folder.is_dir():
        raise MoveError(NOT_A_FOLDER, str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise MoveError(NOT_WRITABLE, str(folder))
    existing = target.exists()
    base = folder_of(source)
    files = [p.relative_to(base).as_posix() for p in _files(base)] if base.is_dir() else []
    size = 0
    with contextlib.suppress(OSError):
        size += source.stat().st_size
    for name in files:
        with contextlib.suppress(OSError):
            size += (base / name).stat().st_size
    if not existing:
        there = folder_of(target)
        if there.is_dir() and any(_files(there)):
            raise MoveError(IN_THE_WAY, str(there))
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    if free is not None and free < size + SPARE_BYTES:
        raise MoveError(NO_SPACE, f"{folder}: {size} bytes to copy, {free} free")
    return Plan(source, target, existing, files, size)


def _mkdirs(folder: Path, created: list[Path]) -> None:
    """Make ``folder`` and its missing parents, noting each one made."""
    missing: list[Path] = []
    walk = folder
    while not walk.exists():
        missing.append(walk)
        walk = walk.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700)
        created.append(path)


def _copy_file(source: Path, target: Path) -> None:
    """``source``'s bytes as the new file ``target`` (a temporary name, then a rename)."""
    with open(source, "rb") as src:
        _new_file(target, lambda dst: shutil.copyfileobj(src, dst, 1 << 20))


def start_new(path: Path) -> None:
    """An empty store as the new file ``path`` (FileExistsError when there is one).

    A store moved before its first save is started so in its new folder: the location
    note then always names a file that was there (see :func:`.paths.unreachable`)."""
    from .parse import new_document  # noqa: PLC0415
    from .write import dumps  # noqa: PLC0415

    data = dumps(new_document()).encode("utf-8")
    _new_file(path, lambda dst: dst.write(data))


def _new_file(target: Path, fill: Callable[[BinaryIO], object]) -> None:
    """The new file ``target``, filled by ``fill`` (a temporary name, then a rename)."""
    temp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
    try:
        with open(temp, "xb") as dst:
            fill(dst)
            dst.flush()
            os.fsync(dst.fileno())
        os.chmod(temp, 0o600)
        if target.exists():
            raise FileExistsError(str(target))
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _copy_attachment(plan: Plan, name: str) -> bool:
    """One attachment file into the target folder; False when the same bytes are there."""
    source = plan.source_attachments / name
    target = plan.target_attachments / name
    if target.exists():
        if _digest(source) == _digest(target):
            return False
        raise FileExistsError(str(target))
    _mkdirs(target.parent, plan.created)
    _copy_file(source, target)
    plan.created.append(target)
    return True


def copy(plan: Plan) -> None:
    """Copy the attachments, then the store (see the module doc); all or nothing."""
    if plan.existing:
        raise MoveError(COPY_FAILED, f"{plan.target} exists already")
    try:
        for name in plan.files:
            _copy_attachment(plan, name)
        if plan.source.exists():
            _copy_file(plan.source, plan.target)
        else:  # never saved yet: an empty store, so that the note names a file
            start_new(plan.target)
        plan.created.append(plan.target)
    except OSError as error:
        undo_copy(plan)
        where = error.filename or plan.target.parent
        raise MoveError(COPY_FAILED, f"{where}: {os_error_reason(error)}") from error


def copy_attachments(plan: Plan) -> list[str]:
    """For a merge into the store already there: copy our attachment files it lacks.

    Returns the files it holds under the same name with other bytes: those are not
    copied (the old ones stay where they were, so the old folder is not removed).
    On a failure what was copied is removed again and :class:`MoveError` is raised.
    """
    differing: list[str] = []
    try:
        for name in plan.files:
            try:
                _copy_attachment(plan, name)
            except FileExistsError:
                differing.append(name)
    except OSError as error:
        undo_copy(plan)
        where = error.filename or plan.target.parent
        raise MoveError(COPY_FAILED, f"{where}: {os_error_reason(error)}") from error
    return differing


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def verify(plan: Plan) -> None:
    """The copy is whole: the store loads and has the old one's bytes, every attachment
    has its original's SHA-256. :class:`MoveError` (``VERIFY_FAILED``) otherwise."""
    try:
        load(plan.target)
        if plan.source.exists() and read_regular_file(plan.target) != read_regular_file(
            plan.source
        ):
            raise MoveError(VERIFY_FAILED, f"{plan.target} differs from {plan.source}")
        for name in plan.files:
            if _digest(plan.target_attachments / name) != _digest(plan.source_attachments / name):
                raise MoveError(VERIFY_FAILED, f"{plan.target_attachments / name} differs")
    except (OSError, ValueError, StoreError) as error:
        raise MoveError(VERIFY_FAILED, str(error)) from error


def undo_copy(plan: Plan) -> None:
    """Remove what :func:`copy` or :func:`copy_attachments` made (newest first)."""
    for path in reversed(plan.created):
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                path.rmdir()  # only the folders we made, and only when empty
            else:
                path.unlink()
    plan.created.clear()


def remove_old(plan: Plan, keep: tuple[str, ...] | list[str] = ()) -> list[Path]:
    """Remove the old store and the attachment files that were copied (not those in
    ``keep``); what could not be removed (left where it is, the user is told)."""
    left: list[Path] = []
    candidates = [plan.source_attachments / name for name in plan.files if name not in keep]
    candidates.append(plan.source)
    for path in candidates:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            left.append(path)
    base = plan.source_attachments
    if base.is_dir():
        for root, dirs, _names in os.walk(base, topdown=False):
            for name in dirs:
                with contextlib.suppress(OSError):
                    Path(root, name).rmdir()
        with contextlib.suppress(OSError):
            base.rmdir()
        if base.exists():
            left.append(base)  # something that was not ours to copy is still in it
    return left


def move_local_data(source: Path, target: Path) -> list[Path]:
    """The backups and kept versions of ``source`` (this computer's local data folder for
    it, and backups an older version kept beside it) become ``target``'s; the lock stays.

    Entries that the target's folder has already are left where they are. Returns what
    could not be moved (still on disk, under the old store's key).
    """
    from .backups import FOLDER, backup_dir, legacy_backup_dir  # noqa: PLC0415

    old, new = folder_for(source), folder_for(target)
    left: list[Path] = []
    moves: list[tuple[Path, Path]] = []
    if old.is_dir() and not _same_place(old, new):
        for entry in sorted(old.iterdir()):
            if entry.name == FOLDER and entry.is_dir():
                moves += [(item, new / FOLDER / item.name) for item in sorted(entry.iterdir())]
            elif not entry.name.endswith(".lock"):
                moves.append((entry, new / entry.name))
    legacy = legacy_backup_dir(source)
    if legacy.is_dir() and not _same_place(legacy.parent, target.parent):
        for item in sorted(legacy.iterdir()):
            if item.name.startswith(source.stem + "-"):
                moves.append((item, backup_dir(target) / item.name))
    for item, destination in moves:
        if destination.exists():
            left.append(item)
            continue
        try:
            destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            shutil.move(item, destination)
        except OSError:
            left.append(item)
    return left


def remember(path: Path) -> None:
    """Open ``path`` from now on when no ``--store`` is given (the home path: forget)."""
    note = location_file()
    if path == home_path():
        note.unlink(missing_ok=True)
        return
    data = json.dumps({"store": str(path)}, ensure_ascii=False) + "\n"
    atomic_write_bytes(note, data.encode("utf-8"))
