"""Issue 13.15: counts are said with real plural forms ("1 follow-up", "2 follow-ups"),
in English as in Swedish, never "follow-up(s)"."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QStatusBar

from followup_gui.ui.app import install_translators, remove_translators
from followup_gui.ui.shell.status import SessionStatus

from ..conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
MARKS = re.compile(r"\((?:s|er|ar|or|na)\)")


def numerus_forms(lang: str) -> dict[str, list[str]]:
    root = ET.parse(TRANSLATIONS / f"followup_gui_{lang}.ts").getroot()
    return {
        message.findtext("source") or "": [f.text or "" for f in message.iter("numerusform")]
        for message in root.iter("message")
        if message.get("numerus") == "yes"
    }


def test_every_maybe_plural_text_has_both_forms_in_both_languages() -> None:
    sources: set[str] = set()
    for path in (ROOT / "followup_gui" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("tr", "translate")
                and node.args
            ):
                texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
                sources.update(t for t in texts if isinstance(t, str) and MARKS.search(t))
    assert sources, "the scan finds the texts"
    for lang in ("en", "sv"):
        forms = numerus_forms(lang)
        for source in sources:
            assert source in forms, f"{lang}: {source!r} is not translated with plural forms"
            singular, plural = forms[source]
            assert not MARKS.search(singular + plural), (lang, source)
            assert singular != plural or lang == "sv", (lang, source)


class FakeModel:
    def __init__(self, due: int, total: int) -> None:
        self.due, self.total = due, total

    def due_count(self) -> int:
        return self.due

    def __len__(self) -> int:
        return self.total


@pytest.fixture(params=["en", "sv"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    assert translators, "the compiled catalogue is there (make builds it)"
    yield str(request.param)
    remove_translators(qapp, translators)


def test_the_status_bar_counts_in_words(lang: str) -> None:
    bar = QStatusBar()
    status = SessionStatus(bar)
    said = []
    for due, total in ((1, 3), (2, 3), (0, 1), (0, 2)):
        status.update_due(FakeModel(due, total))  # type: ignore[arg-type]
        said.append(status.due_label.text())
    expected = {
        "en": [
            "1 follow-up to do today",
            "2 follow-ups to do today",
            "Nothing to do today – 1 application",
            "Nothing to do today – 2 applications",
        ],
        "sv": [
            "1 uppföljning att göra i dag",
            "2 uppföljningar att göra i dag",
            "Inget att göra i dag – 1 ansökan",
            "Inget att göra i dag – 2 ansökningar",
        ],
    }
    assert said == expected[lang]
