"""The UI's language in tests: the Swedish catalogue compiled as it is now, installed
the way the app installs it, and taken off again after the test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from followup_gui.i18n import Lang
from followup_gui.ui.app import install_translators

from ..conftest import ROOT

TS = ROOT / "resources" / "translations" / "followup_gui_sv.ts"


def tool(name: str) -> Path:
    """A Qt tool installed with PySide6 next to this Python; skips the test without it."""
    path = Path(sys.executable).parent / name
    found = path if path.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed next to {sys.executable} (pip install PySide6)")
    return Path(found)


# --------------------------------------------------------------------------- the .ts itself


@pytest.fixture
def compiled_qm(tmp_path: Path) -> Path:
    """The .ts as it is now, compiled with lrelease (the shipped .qm may be older)."""
    lrelease = tool("pyside6-lrelease")
    qm = tmp_path / "followup_gui_sv.qm"
    result = subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0 and qm.exists(), result.stdout + result.stderr
    return qm


class UiLanguage:
    """Installs the translators as the app does, and takes them off the shared QApplication."""

    def __init__(self, app: QApplication, qm: Path) -> None:
        self.app = app
        self.qm = qm
        self.installed: list[QTranslator] = []
        self.locale = QLocale()

    def switch(self, lang: Lang) -> None:
        self.reset()
        self.installed.extend(install_translators(self.app, lang))
        if lang == "sv":
            ours = QTranslator(self.app)
            assert ours.load(str(self.qm)), self.qm
            self.app.installTranslator(ours)  # installed last, so asked first
            self.installed.append(ours)

    def reset(self) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self.installed.clear()
        QLocale.setDefault(self.locale)


@pytest.fixture
def ui_language(qapp: QApplication, compiled_qm: Path) -> Iterator[UiLanguage]:
    language = UiLanguage(qapp, compiled_qm)
    yield language
    language.reset()  # the other tests expect the English source texts
