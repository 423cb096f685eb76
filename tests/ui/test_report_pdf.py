"""The activity report as a PDF (issue 23, minor): lines break between words, a word too
long for its column breaks with a hyphen, and the job seeker's name is on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog

from followup_gui.model import Document, How, Profile
from followup_gui.reports.report import activity_report
from followup_gui.ui.report.printing import SOFT_HYPHEN, hyphenable, report_document

from ..factories import d, make_app
from .conftest import WindowFactory
from .test_report_page import open_report

LONG = "Kundtjänstmedarbetare med inriktning på företagsförsäkringar"


def _report_of(*words: str) -> Document:
    apps = [
        make_app(
            id=f"a{i}",
            job_title=word,
            company="Försäkringsaktiebolaget Skandiaförsäkringsgruppen",
            applied_on=d("2026-11-03"),
            town="Kristinehamn",
            how=How.ADVERTISED,
            notes="",
        )
        for i, word in enumerate(words)
    ]
    return Document(profile=Profile(name="Anna Andersson"), applications=apps)


def mid_word_breaks(document: QTextDocument, width: float) -> list[str]:
    """Every line that ends inside a word without a hyphen, laid out ``width`` wide."""
    document.setPageSize(QSizeF(width, 100_000))
    document.documentLayout().documentSize()  # lays it out
    broken = []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for n in range(layout.lineCount() - 1):
            line = layout.lineAt(n)
            end = line.textStart() + line.textLength()
            before, after = text[end - 1 : end], text[end : end + 1]
            if before.isalnum() and after.isalnum():
                broken.append(f"{text[line.textStart() : end]}|{after}")
        block = block.next()
    return broken


def test_long_words_get_soft_hyphens_far_from_their_ends() -> None:
    assert hyphenable("Umeå och Kristinehamn") == "Umeå och Kristinehamn"
    soft = hyphenable("Kundtjänstmedarbetare")
    assert soft.replace(SOFT_HYPHEN, "") == "Kundtjänstmedarbetare"
    assert all(len(piece) >= 8 for piece in soft.split(SOFT_HYPHEN))
    assert hyphenable(soft) == soft


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("width", [640, 970])
def test_no_line_of_the_pdf_breaks_inside_a_word_without_a_hyphen(lang: str, width: int) -> None:
    report = activity_report(_report_of(LONG, "Lagerarbetare", "Ekonomiassistent"), "2026-11")
    document = report_document(report, lang, "Anna Andersson")  # type: ignore[arg-type]
    assert mid_word_breaks(document, width) == []
    assert SOFT_HYPHEN in document.toPlainText()  # the long words may still break, hyphenated


def test_the_job_seekers_name_is_on_the_report() -> None:
    report = activity_report(_report_of("Lagerarbetare"), "2026-11")
    assert "Namn: Anna Andersson" in report_document(report, "sv", "Anna Andersson").toPlainText()
    english = report_document(report, "en", "Anna Andersson").toPlainText()
    assert "Namn (Name): Anna Andersson" in english
    assert "Namn" not in report_document(report, "sv", "").toPlainText()


def test_the_saved_pdf_carries_the_profiles_name(
    make_window: WindowFactory, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup_gui.ui.report import printing

    window = make_window(demo_copy)
    page = open_report(window)
    names: list[str] = []
    real = printing.report_document

    def spy(report: object, lang: str, name: str = "") -> QTextDocument:
        names.append(name)
        return real(report, lang, name)  # type: ignore[arg-type]

    monkeypatch.setattr(printing, "report_document", spy)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r"), ""))
    page.pdf_button.click()
    assert names == [window.session.document.profile.name] and names[0]
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
