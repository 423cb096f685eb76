"""A moved store whose folder is not there (a drive not connected, a sync folder not
mounted) is an error to act on, never a first start: store/paths.py ``unreachable`` and
what the commands do with it (exit 2, one line, nothing made on disk)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.cli.command import main
from followup_gui.store import local, paths, relocate

from .conftest import DEMO_STORE


@pytest.fixture(autouse=True)
def own_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(local.ENV, str(tmp_path / "local"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def gone(tmp_path: Path) -> Path:
    """The store the note names, on a USB stick that is not connected."""
    path = tmp_path / "media" / "usb" / "Jobb" / store.FILE_NAME
    relocate.remember(path)
    return path


# --------------------------------------------------------------------------- the core


def test_a_chosen_store_whose_folder_is_missing_is_unreachable(tmp_path: Path) -> None:
    path = gone(tmp_path)
    problem = paths.unreachable(path)
    assert problem == paths.Unreachable(path, folder_missing=True)
    assert problem.folder == path.parent
    assert not (tmp_path / "media").exists()


def test_a_chosen_store_whose_file_is_missing_is_unreachable_too(tmp_path: Path) -> None:
    """The note names a file that was there (moved or removed, e.g. on another computer,
    or not synced back yet): an empty list in its place would hide that."""
    path = gone(tmp_path)
    path.parent.mkdir(parents=True)
    assert paths.unreachable(path) == paths.Unreachable(path, folder_missing=False)


def test_a_chosen_store_that_is_there_is_reachable(tmp_path: Path) -> None:
    path = gone(tmp_path)
    path.parent.mkdir(parents=True)
    shutil.copyfile(DEMO_STORE, path)
    assert paths.unreachable(path) is None


def test_a_first_start_is_not_an_error(tmp_path: Path) -> None:
    assert paths.unreachable(paths.home_path()) is None  # never moved, nothing there yet
    assert not paths.home_path().parent.exists()
    elsewhere = tmp_path / "new" / store.FILE_NAME  # a --store file of its own
    gone(tmp_path)
    assert paths.unreachable(elsewhere) is None
    assert paths.unreachable(paths.home_path()) is None  # moved away: home is not checked


def test_only_the_store_the_note_names_is_chosen(tmp_path: Path) -> None:
    path = gone(tmp_path)
    assert paths.is_chosen(path)
    assert paths.is_chosen(Path(str(path.parent) + "/./" + path.name))
    assert not paths.is_chosen(paths.home_path())
    relocate.remember(paths.home_path())  # moved back: nothing is chosen
    assert not paths.is_chosen(path)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("folder_missing", [True, False])
def test_the_message_is_one_line_that_names_the_place_and_what_to_do(
    lang: str, folder_missing: bool, tmp_path: Path
) -> None:
    path = tmp_path / "Dropbox" / "Jobb" / store.FILE_NAME
    words = paths.Unreachable(path, folder_missing).message(lang)  # type: ignore[arg-type]
    assert "\n" not in words
    assert str(path.parent if folder_missing else path) in words
    assert "--store" in words
    assert "Dropbox" in words


def test_a_store_moved_before_its_first_save_is_there_after_the_move(tmp_path: Path) -> None:
    """The note always names a file that was there: a move of a store never saved starts
    an empty one in the new folder (so its next start is not taken for a lost folder)."""
    source = paths.home_path()
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    plan = relocate.plan(source, folder)
    relocate.copy(plan)
    relocate.verify(plan)
    assert store.load(plan.target).applications == []
    relocate.remember(plan.target)
    assert paths.unreachable(plan.target) is None
    relocate.undo_copy(plan)  # taken back like any copy
    assert not plan.target.exists()


def test_start_new_never_replaces_a_store(tmp_path: Path) -> None:
    path = tmp_path / store.FILE_NAME
    shutil.copyfile(DEMO_STORE, path)
    with pytest.raises(FileExistsError):
        relocate.start_new(path)
    assert path.read_bytes() == DEMO_STORE.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == [store.FILE_NAME]  # no temp file left


# --------------------------------------------------------------------------- commands


def _mail(tmp_path: Path) -> Path:
    mail = tmp_path / "reply.txt"
    mail.write_text("Hej! Tack för din ansökan.\n", encoding="utf-8")
    return mail


def _csv(tmp_path: Path) -> Path:
    table = tmp_path / "table.csv"
    table.write_text("Tjänst;Arbetsgivare\nKock;Krogen AB\n", encoding="utf-8")
    return table


COMMANDS = {
    "agenda": lambda tmp: ["agenda"],
    "stats": lambda tmp: ["stats"],
    "report": lambda tmp: ["report"],
    "calendar": lambda tmp: ["calendar", "--out", str(tmp / "out.ics")],
    "import": lambda tmp: ["import", str(_csv(tmp))],
    "read-reply": lambda tmp: ["read-reply", str(_mail(tmp))],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_command_on_a_missing_folder_exits_2_with_one_line(
    command: str, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = gone(tmp_path)
    args = [*COMMANDS[command](tmp_path), "--lang", lang]
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("followup-gui: ")
    assert str(path.parent) in err
    assert "Traceback" not in err
    assert not (tmp_path / "media").exists()  # the chosen folder is not made
    assert not paths.home_path().exists()  # nor an empty store at home
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_a_missing_file_in_its_folder_is_named_and_not_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = gone(tmp_path)
    path.parent.mkdir(parents=True)
    assert main(["import", str(_csv(tmp_path)), "--lang", "en"]) == 2
    assert str(path) in capsys.readouterr().err
    assert list(path.parent.iterdir()) == []


def test_store_names_another_file_and_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone(tmp_path)
    assert main(["agenda", "--store", str(DEMO_STORE), "--now", "2026-11-26T09:00"]) == 0
    assert "Kodverket" in capsys.readouterr().out


def test_the_commands_go_on_when_the_folder_is_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = gone(tmp_path)
    path.parent.mkdir(parents=True)
    shutil.copyfile(DEMO_STORE, path)
    assert main(["agenda", "--now", "2026-11-26T09:00"]) == 0
    assert "Kodverket" in capsys.readouterr().out


def test_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    """As a user runs it: a process of its own, its own environment."""
    gone(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", "agenda", "--lang", "sv"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "finns inte" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "media").exists()
