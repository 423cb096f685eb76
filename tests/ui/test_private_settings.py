"""Issue 13.F: the settings file (it holds application ids) is private: 0600 in a 0700 folder."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from followup_gui import APP_NAME
from followup_gui.ui.state.preferences import make_private

from ..conftest import DEMO_STORE
from .test_startup import start

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual umask: new files 0644, folders 0755
    yield
    os.umask(old)


def test_a_new_settings_file_and_folder_are_private(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / APP_NAME / f"{APP_NAME}.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    make_private(settings, APP_NAME)
    settings.setValue("reminders/told", ["demo-kodverket"])
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    assert (mode(path), mode(path.parent)) == (0o600, 0o700)
    assert "demo-kodverket" in path.read_text()


def test_an_old_open_settings_file_is_made_private(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / APP_NAME
    folder.mkdir(mode=0o755)
    path = folder / f"{APP_NAME}.conf"
    path.write_text("[ui]\nlanguage=sv\n")
    path.chmod(0o644)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    make_private(settings, APP_NAME)
    settings.setValue("ui/language", "en")
    settings.sync()
    assert (mode(path), mode(folder)) == (0o600, 0o700)


def test_a_folder_that_is_not_ours_is_left_alone(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    make_private(settings, APP_NAME)
    assert mode(tmp_path) == 0o755
    assert mode(tmp_path / "settings.ini") == 0o600


def test_the_app_makes_its_settings_private(tmp_path: Path, open_umask: None) -> None:
    result = start(DEMO_STORE, tmp_path)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "config" / APP_NAME
    files = list(folder.iterdir())
    assert files, "the app keeps its settings in its own folder"
    assert mode(folder) == 0o700
    assert {f.name: mode(f) for f in files if f.suffix == ".conf"} == {f"{APP_NAME}.conf": 0o600}
