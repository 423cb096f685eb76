"""The Swedish translation: complete, in step with the code, and shown when Swedish is chosen.

``resources/translations/followup_gui_sv.ts`` holds the Swedish for every ``tr()`` string of
``followup_gui/ui``; ``make translations`` refreshes it from the code and ``make`` compiles
it to the ``.qm`` the app loads.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from followup_gui.i18n import Lang
from followup_gui.ui.app import install_translators
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.list.columns import Column
from followup_gui.ui.main_window import MainWindow

from ..conftest import ROOT
from .conftest import WindowFactory
from .languages import TS, UiLanguage, tool
from .layout_check import layout_problems

UI_SOURCES = ROOT / "followup_gui" / "ui"

# %1…%9 and %n (Qt's own numbering), and HTML tags such as <b>, </p>, <br/>.
PLACEHOLDER = re.compile(r"%(?:\d|n)")
TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
# "&File" marks F as the accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"&([^&\s])")


@dataclass(frozen=True, slots=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    unfinished=translation.get("type") in ("unfinished", "obsolete", "vanished"),
                    forms=forms,
                )
            )
    return entries


def test_ts_file_has_entries() -> None:
    entries = read_ts(TS)
    assert len(entries) > 100
    assert {e.context for e in entries} >= {"MainWindow", "ApplicationDialog", "VerdictPanel"}


def test_every_entry_is_translated() -> None:
    problems = []
    for entry in read_ts(TS):
        if entry.unfinished:
            problems.append(f"unfinished: {entry}")
        if entry.numerus and len(entry.forms) != 2:
            problems.append(f"needs a singular and a plural form: {entry}")
        if any(not form.strip() for form in entry.forms):
            problems.append(f"empty translation: {entry}")
    assert not problems, "\n".join(problems)


def test_placeholders_and_tags_are_kept() -> None:
    problems = []
    for entry in read_ts(TS):
        placeholders = Counter(PLACEHOLDER.findall(entry.source))
        tags = Counter(TAG.findall(entry.source))
        for form in entry.forms:
            lost = placeholders - Counter(PLACEHOLDER.findall(form))
            if lost:
                problems.append(f"{entry} loses {sorted(lost)} in {form!r}")
            changed = tags - Counter(TAG.findall(form))
            if changed:
                problems.append(f"{entry} loses the tags {sorted(changed)} in {form!r}")
    assert not problems, "\n".join(problems)


def test_accelerators_are_kept() -> None:
    """A menu entry or button with a keyboard accelerator keeps exactly one in Swedish."""
    problems = []
    for entry in read_ts(TS):
        if not ACCELERATOR.search(entry.source):
            continue
        for form in entry.forms:
            if len(ACCELERATOR.findall(form)) != 1:
                problems.append(f"{entry}: {form!r} needs one accelerator (&)")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- in step with the code


def test_lupdate_finds_no_new_text(tmp_path: Path) -> None:
    """Every tr() string in the code is in the .ts; otherwise run ``make translations``."""
    lupdate = tool("pyside6-lupdate")
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in UI_SOURCES.rglob("*.py"))
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    before = {e.key for e in read_ts(TS)}
    after = read_ts(copy)
    new = [str(e) for e in after if e.key not in before]
    assert not new, (
        "the code has text that is not in the .ts yet; run `make translations` and "
        "translate it:\n" + "\n".join(new)
    )
    unfinished = [str(e) for e in after if e.unfinished]
    assert not unfinished, "\n".join(unfinished)


# --------------------------------------------------------------------------- the running app


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def toolbar_texts(window: MainWindow) -> list[str]:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    return [a.text() for a in toolbar.actions() if not a.isSeparator()]


def column_headers(window: MainWindow) -> list[str]:
    model = window.model
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def visible_texts(window: MainWindow) -> set[str]:
    """The texts of the window's widgets, menus and actions."""
    texts: set[str] = set(column_headers(window))
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            texts.add(widget.title())
        texts.update(a.text() for a in widget.actions())
    texts.discard("")
    return texts


def clashing_accelerators(texts: list[str]) -> list[str]:
    keys = [m.group(1).casefold() for t in texts if (m := ACCELERATOR.search(t))]
    return sorted(k for k, n in Counter(keys).items() if n > 1)


def test_switching_the_ui_language(
    make_window: WindowFactory, demo_copy: Path, ui_language: UiLanguage
) -> None:
    ui_language.switch("sv")
    window = make_window(demo_copy, "sv")
    assert menu_titles(window) == ["&Arkiv", "&Redigera", "A&nsökan", "&Hjälp"]
    toolbar = toolbar_texts(window)
    assert "&Ny ansökan…" in toolbar
    assert "&Följ upp…" in toolbar
    assert "&Logga kontakt…" in toolbar
    headers = column_headers(window)
    narrow = window.page.two_line.on  # the employer under the title (23.6)
    assert headers[Column.TITLE] == ("Tjänst och arbetsgivare" if narrow else "Tjänst")
    assert headers[Column.COMPANY] == "Arbetsgivare"
    assert window.stage_filter.itemText(0) == "Alla ansökningar"
    assert window.panel.follow_up_button.text() == "Följ upp…"
    assert window.quit_action.text() == "&Avsluta"

    english = {e.source for e in read_ts(TS) if e.source not in e.forms}
    left = sorted(visible_texts(window) & english)
    assert not left, f"English left in the Swedish window: {left}"

    assert not clashing_accelerators(menu_titles(window))
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert not clashing_accelerators(texts), f"{menu.title()}: {texts}"

    ui_language.switch("en")
    window = make_window(demo_copy, "en")
    assert menu_titles(window) == ["&File", "&Edit", "&Application", "&Help"]
    assert "&New application…" in toolbar_texts(window)
    narrow = window.page.two_line.on
    assert column_headers(window)[Column.TITLE] == ("Job and company" if narrow else "Job")
    assert window.quit_action.text() == "&Quit"


def test_the_shipped_qm_is_what_the_app_loads(qapp: QApplication) -> None:
    """``make`` builds the .qm next to the .ts; install_translators finds it there."""
    qm = TS.with_suffix(".qm")
    if not qm.exists():
        pytest.skip(f"{qm.name} is not built yet (make builds it)")
    locale = QLocale()
    installed = install_translators(qapp, "sv")
    try:
        assert QCoreApplication.translate("WindowActions", "&File") == "&Arkiv"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_settings_texts_do_not_overlap(
    ui_language: UiLanguage, qtbot: QtBot, tmp_path: Path, lang: Lang
) -> None:
    """Issue 18.7: the English notes are longer; the note on a new language comes later."""
    ui_language.switch(lang)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings, lang=lang, tray_available=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert layout_problems(dialog) == []
    dialog.language.setCurrentIndex(dialog.language.findData("en" if lang == "sv" else "sv"))
    assert dialog.language_note.isVisible()
    assert layout_problems(dialog) == []
    dialog.resize(420, dialog.height())  # narrower: the notes wrap onto more lines
    qtbot.wait(200)
    assert layout_problems(dialog) == [], dialog.size()
