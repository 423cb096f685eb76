"""The activity report on paper, or as a PDF: Qt's print support over a small HTML page.

The words come from :mod:`followup_gui.reports.report` (Swedish, as the agency wants it; the
headings carry English beside them for an English user), so the paper says what the
screen, the text and the CSV say.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
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


def report_html(report: ActivityReport, lang: Lang) -> str:
    """The report as one HTML page: title, when to send it, the rows, the totals."""
    esc = html.escape
    head = "".join(f"<th>{esc(heading(f, lang))}</th>" for f in (*FIELDS, *EXTRA_FIELDS))
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in cells) + "</tr>"
        for cells in table_rows(report)
    )
    return (
        "<html><body style='font-family: sans-serif; font-size: 9pt'>"
        f"<h2>{esc(title(report, lang))}</h2>"
        f"<p>{esc(status_text(report, lang))}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        f"<p>{esc(totals(report))}<br>{esc(progress(report))}</p>"
        "</body></html>"
    )


def _document(report: ActivityReport, lang: Lang) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(report_html(report, lang))
    return document


def _landscape(printer: QPrinter) -> None:
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))


def write_pdf(report: ActivityReport, lang: Lang, path: Path) -> None:
    """Write the report as a PDF (A4, landscape: the rows are wide)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title(report, lang))
    _landscape(printer)
    _document(report, lang).print_(printer)


def print_report(report: ActivityReport, lang: Lang, parent: QWidget | None) -> bool:
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
    _document(report, lang).print_(printer)
    return True
