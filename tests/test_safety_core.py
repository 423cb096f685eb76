"""Issue 29, points 8-11 in the core: Windows sharing violations, FAT timestamps, the
user's language on Windows, the start-at-login command, attachments and backups."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from followup_gui.i18n import as_lang, choose_language
from followup_gui.store import attachments, files, safe_replace
from followup_gui.system import windows_integration as wi

# ---------------------------------------------------------------------------- 29.8


class SharingViolationError(PermissionError):
    """What Windows raises while antivirus or a sync client holds the file."""

    winerror = 32


def test_a_briefly_held_file_is_tried_again_with_a_back_off() -> None:
    tries: list[int] = []
    waits: list[float] = []

    def replace() -> None:
        tries.append(1)
        if len(tries) < 3:
            raise SharingViolationError(errno.EACCES, "The process cannot access the file")

    files.retry_while_shared(replace, sleep=waits.append)
    assert len(tries) == 3
    assert waits == list(files.SHARING_DELAYS[:2])


def test_a_file_held_for_good_fails_after_the_back_off_and_other_errors_at_once() -> None:
    waits: list[float] = []

    def held() -> None:
        raise SharingViolationError(errno.EACCES, "held")

    with pytest.raises(PermissionError):
        files.retry_while_shared(held, sleep=waits.append)
    assert waits == list(files.SHARING_DELAYS)
    waits.clear()

    def full() -> None:
        raise OSError(errno.ENOSPC, "full")

    with pytest.raises(OSError, match="full"):
        files.retry_while_shared(full, sleep=waits.append)
    assert waits == []


def test_the_atomic_write_waits_for_a_held_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "applications.json"
    target.write_bytes(b"old")
    real = os.replace
    held = [2]

    def replace(src: str, dst: str) -> None:
        if held[0]:
            held[0] -= 1
            raise SharingViolationError(errno.EACCES, "in use")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr("followup_gui.store.files.time.sleep", lambda _s: None)
    files.atomic_write_bytes(target, b"new")  # old code: PermissionError at once
    assert target.read_bytes() == b"new"


def test_on_coarse_timestamps_a_same_size_rewrite_is_still_noticed(tmp_path: Path) -> None:
    """FAT: 2 s times and no inode; here the same inode and an even-second time stand in."""
    path = tmp_path / "applications.json"
    moment = 1_700_000_000 * 1_000_000_000  # a whole 2 s step, as FAT stores it
    path.write_bytes(b'{"a": 1}')
    os.utime(path, ns=(moment, moment))
    before = safe_replace.signature(path)
    with path.open("r+b") as stream:  # rewritten in place: same size, same inode
        stream.write(b'{"a": 2}')
    os.utime(path, ns=(moment, moment))
    assert safe_replace.signature(path) != before  # old code: equal, the change missed
    os.utime(path, ns=(moment, moment))
    assert safe_replace.signature(path) == safe_replace.signature(path)


def test_fine_timestamps_keep_the_cheap_signature(tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    path.write_bytes(b"{}")
    os.utime(path, ns=(1_700_000_000_123_456_789, 1_700_000_000_123_456_789))
    info = os.stat(path)
    assert safe_replace.signature(path) == (info.st_mtime_ns, info.st_size, info.st_ino)


# ---------------------------------------------------------------------------- 29.9


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"environ": {"LANG": "sv_SE.UTF-8"}}, "sv"),
        ({"environ": {"LC_ALL": "sv_FI.utf8", "LANG": "en_US.UTF-8"}}, "sv"),
        ({"environ": {"LANGUAGE": "sv:en"}}, "sv"),
        ({"environ": {"LANG": "en_GB.UTF-8"}}, "en"),
        ({"environ": {"LANG": "C.UTF-8"}}, "en"),
        ({"environ": {}}, "en"),
        # Windows: the display language, as GetUserDefaultUILanguage gives it
        ({"environ": {}, "windows": True, "ui_language_id": 0x041D}, "sv"),  # sv-SE
        ({"environ": {}, "windows": True, "ui_language_id": 0x081D}, "sv"),  # sv-FI
        ({"environ": {}, "windows": True, "ui_language_id": 0x0409}, "en"),  # en-US
        ({"environ": {}, "windows": True, "ui_language_id": 0x0406}, "en"),  # Danish
        # a Git Bash LANG does not outvote a Swedish Windows
        ({"environ": {"LANG": "en_US.UTF-8"}, "windows": True, "ui_language_id": 0x041D}, "sv"),
        ({"environ": {}, "windows": True, "ui_languages": ["sv-SE", "en-US"]}, "sv"),
        # what locale.getlocale() says there: "Swedish_Sweden", not "sv_SE"
        ({"environ": {}, "windows": True, "locale_name": "Swedish_Sweden"}, "sv"),
        ({"environ": {}, "windows": True, "locale_name": "Swedish_Finland.1252"}, "sv"),
        ({"environ": {}, "windows": True, "locale_name": "English_United States"}, "en"),
        ({"environ": {}, "windows": True, "locale_name": None}, "en"),
    ],
)
def test_the_language_follows_the_system_as_each_system_names_it(
    kwargs: dict[str, object], expected: str
) -> None:
    assert choose_language(**kwargs) == expected  # type: ignore[arg-type]


def test_as_lang_reads_windows_locale_names() -> None:
    assert as_lang("Swedish_Sweden") == "sv"  # old code: "en"
    assert as_lang("sv") == as_lang("sv-SE") == as_lang("sv_SE.UTF-8") == "sv"
    assert as_lang("en") == as_lang("") == as_lang(None) == "en"


# ---------------------------------------------------------------------------- 29.10


def test_the_run_value_opens_the_store_the_user_works_on() -> None:
    command = wi.launch_command(
        r"C:\Program Files\followup-gui\followup-gui.exe", frozen=True,
        store=r"D:\Mina filer\jobb\applications.json",
    )  # fmt: skip
    assert command == (
        r'"C:\Program Files\followup-gui\followup-gui.exe" '
        r'--store "D:\Mina filer\jobb\applications.json" --hidden'
    )
    assert wi.launch_command(r"C:\f\followup-gui.exe", frozen=True) == (
        r'"C:\f\followup-gui.exe" --hidden'
    )


@pytest.mark.parametrize("name", ["python.exe", "python3.exe", "python3.12.exe", "PYTHON3.EXE"])
def test_any_console_python_becomes_pythonw(name: str) -> None:
    command = wi.launch_command(rf"C:\Users\Åsa Ek\py\{name}", frozen=False)
    assert command == r'"C:\Users\Åsa Ek\py\pythonw.exe" -m followup_gui.cli --hidden'


def test_the_linux_autostart_entry_names_the_store_too() -> None:
    from followup_gui.ui.state import preferences

    entry = preferences.autostart_entry("followup-gui", store=Path("/home/åsa/Mina jobb/a.json"))
    assert 'Exec=followup-gui --store "/home/åsa/Mina jobb/a.json" --hidden' in entry
    assert preferences.login_store(None) is None


# ---------------------------------------------------------------------------- 29.11


def test_an_attachment_shared_with_a_backup_gets_its_own_file_before_it_is_opened(
    tmp_path: Path,
) -> None:
    cv = tmp_path / "attachments" / "cv.txt"
    cv.parent.mkdir()
    cv.write_bytes(b"CV 2025")
    backup = tmp_path / "backups" / "cv.txt"
    backup.parent.mkdir()
    os.link(cv, backup)  # what a backup does
    assert attachments.unshare(cv)
    with cv.open("r+b") as editor:  # an editor that saves in place
        editor.write(b"CV 2026")
    assert backup.read_bytes() == b"CV 2025"  # old code: the backup changed too
    assert cv.read_bytes() == b"CV 2026"
    assert not attachments.unshare(cv)  # its own now: nothing to do
    assert sorted(p.name for p in cv.parent.iterdir()) == ["cv.txt"]
