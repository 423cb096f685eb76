"""The activity report on paper, or as a PDF: Qt's print support over a small HTML page.

The words come from :mod:`followup_gui.reports.report` (Swedish, as the agency wants it; the
headings carry English beside them for an English user), so the paper says what the
screen, the text and the CSV say.

Lines break between words only (issue 23): a word too long for its column (a long
compound, an address) may break at a soft hyphen, which shows as "-" at the break.
The job seeker's name stands under the title, as on the agency's own form.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ...i18n import Lang
from ...reports.report import (
    EXTRA_FIELDS,
    FIELDS,
    ActivityReport,
    heading,
    progress,
    status_text,
    table_rows,
    title,
    totals,
)

SOFT_HYPHEN = "\u00ad"
LONG_WORD = 16
"""Words longer than this may break (with a hyphen) every ``PIECE`` letters."""
PIECE = 8
_WORD = re.compile(rf"[^\s{SOFT_HYPHEN}]{{{LONG_WORD + 1},}}")
NAME_FIELD = ("Namn", "Name")


def hyphenable(text: str) -> str:
    """``text`` with soft hyphens in its long words, so they break with a visible hyphen.

    Never closer than ``PIECE`` letters to either end of a word ("Kundtjänst-medarbetare"
    may break, "Umeå" not); everything else is left as it is."""

    def soften(m: re.Match[str]) -> str:
        word = m.group()
        cuts = range(PIECE, len(word) - PIECE + 1, PIECE)
        pieces = [word[a:b] for a, b in zip((0, *cuts), (*cuts, len(word)), strict=True)]
        return SOFT_HYPHEN.join(pieces)

    return _WORD.sub(soften, text)


def report_html(report: ActivityReport, lang: Lang, name: str = "") -> str:
    """The report as one HTML page: title, the job seeker's name, when to send it, the
    rows, the totals."""

    def esc(text: str) -> str:
        return html.escape(hyphenable(text))

    head = "".join(f"<th>{esc(heading(f, lang))}</th>" for f in (*FIELDS, *EXTRA_FIELDS))
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in cells) + "</tr>"
        for cells in table_rows(report)
    )
    who = f"<p><b>{esc(heading(NAME_FIELD, lang))}:</b> {esc(name)}</p>" if name.strip() else ""
    return (
        "<html><body style='font-family: sans-serif; font-size: 9pt'>"
        f"<h2>{html.escape(title(report, lang))}</h2>{who}"
        f"<p>{esc(status_text(report, lang))}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        f"<p>{esc(totals(report))}<br>{esc(progress(report))}</p>"
        "</body></html>"
    )


def report_document(report: ActivityReport, lang: Lang, name: str = "") -> QTextDocument:
    """The page to print: its lines break between words (or at a long word's soft hyphen)."""
    document = QTextDocument()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setHtml(report_html(report, lang, name))
    return document


def _landscape(printer: QPrinter) -> None:
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))


def write_pdf(report: ActivityReport, lang: Lang, path: Path, name: str = "") -> None:
    """Write the report as a PDF (A4, landscape: the rows are wide)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title(report, lang))
    _landscape(printer)
    report_document(report, lang, name).print_(printer)


def print_report(
    report: ActivityReport, lang: Lang, parent: QWidget | None, name: str = ""
) -> bool:
    """The system's print dialog, then the report on the printer chosen; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title(report, lang))
    _landscape(printer)
    dialog = QPrintDialog(printer, parent)
    try:
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    report_document(report, lang, name).print_(printer)
    return True
