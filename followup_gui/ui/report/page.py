"""The activity report page: Arbetsförmedlingen's monthly report, ready to copy.

It opens on the month now due and says by when it must be sent. The rows have the
fields in the order of the agency's form (always in Swedish); each row has a copy button,
and the selected row's fields have one each, so the web form can be filled field by
field. Stand-alone activities are added, changed and removed here (undoable), the month
is marked reported here, and the report can be saved as CSV or PDF, or printed. What is
shown comes from :mod:`followup_gui.reports.report`; the page only arranges it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import store
from ...i18n import Lang
from ...model import ReportedMonth
from ...reports.report import (
    EXTRA_FIELDS,
    FIELDS,
    Activity,
    ActivityReport,
    Month,
    activity_report,
    as_csv,
    as_text,
    due_month,
    form_fields,
    heading,
    month_key,
    month_title,
    previous_months,
    progress,
    status_text,
    table_rows,
    totals,
)
from .. import plain_text
from ..state.clock import Clock
from ..state.report_commands import (
    add_activity,
    mark_reported,
    remove_activity,
    replace_activity,
    unmark_reported,
)
from ..state.session import Session
from .activity_dialog import ActivityDialog

MONTHS_SHOWN = 13
COPY_COLUMN = len(FIELDS) + len(EXTRA_FIELDS)


class ReportPage(QWidget):
    """One month's report; opens on the month now due (:func:`report.due_month`)."""

    back_requested = Signal()

    def __init__(
        self, session: Session, *, clock: Clock, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPage")
        self.session = session
        self.clock = clock
        self.lang = lang
        self.months: list[Month] = []
        self.report = ActivityReport(month=(2000, 1), rows=())
        self._build()
        self._connect(session)
        self.open_due_month()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("← Applications"))
        self.back_button.setToolTip(self.tr("Back to the list of applications (Ctrl+1)"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        top.addWidget(self.title_label, 1)
        month_label = QLabel(self.tr("&Month:"))
        self.month_combo = QComboBox()
        month_label.setBuddy(self.month_combo)
        top.addWidget(month_label)
        top.addWidget(self.month_combo)
        layout.addLayout(top)

        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("reportDeadline")
        big = self.deadline_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.2)
        self.deadline_label.setFont(big)
        layout.addWidget(self.deadline_label)
        # the words beside the bar, not on it: on the bar's colour they were hard to read
        self.progress_label = QLabel()
        self.progress_label.setObjectName("reportProgress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_label.setBuddy(self.progress_bar)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.progress_label)
        bar_row.addWidget(self.progress_bar, 1)
        layout.addLayout(bar_row)

        self.table = QTableWidget(0, COPY_COLUMN + 1)
        self.table.setAccessibleName(self.tr("This month's activities"))
        self.table.setAccessibleDescription(self.tr("Ctrl+C copies the selected row."))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        copy_row = QAction(self.tr("Copy row"), self.table)
        copy_row.setShortcut(QKeySequence.StandardKey.Copy)
        copy_row.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_row.triggered.connect(self._copy_selected_row)
        self.table.addAction(copy_row)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        from .fit_columns import ColumnFitter  # the copy buttons stay in view (23)

        self.columns = ColumnFitter(self.table, COPY_COLUMN)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_activity())
        layout.addWidget(self.table, 1)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        layout.addWidget(self.totals_label)

        fields_box = QGridLayout()
        fields_box.setHorizontalSpacing(8)
        self.fields_caption = QLabel(
            self.tr("The selected row, field by field for the agency's form:")
        )
        fields_box.addWidget(self.fields_caption, 0, 0, 1, 6)
        self.field_values: list[QLabel] = []
        self.field_buttons: list[QPushButton] = []
        for index, field in enumerate(FIELDS):
            row, column = 1 + index // 3, (index % 3) * 2
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Copy %1").replace("%1", heading(field, self.lang)))
            button.clicked.connect(lambda _=False, i=index: self.copy_field(i))
            self.field_values.append(value)
            self.field_buttons.append(button)
            fields_box.addWidget(button, row, column)
            fields_box.addWidget(value, row, column + 1)
        layout.addLayout(fields_box)

        edits = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add activity…"))
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button = QPushButton(self.tr("Ed&it activity…"))
        self.edit_button.clicked.connect(self.edit_activity)
        self.remove_button = QPushButton(self.tr("&Remove activity"))
        self.remove_button.clicked.connect(self.remove_activity)
        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markReported")
        self.mark_button.clicked.connect(self.toggle_reported)
        for button in (self.add_button, self.edit_button, self.remove_button):
            edits.addWidget(button)
        edits.addStretch(1)
        edits.addWidget(self.mark_button)
        layout.addLayout(edits)

        out = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy a&ll"))
        self.copy_button.clicked.connect(self.copy_all)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.clicked.connect(self.save_csv_dialog)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf_dialog)
        self.print_button = QPushButton(self.tr("Prin&t…"))
        self.print_button.clicked.connect(self.print_report)
        for button in (self.copy_button, self.csv_button, self.pdf_button, self.print_button):
            out.addWidget(button)
        out.addStretch(1)
        layout.addLayout(out)
        self.month_combo.currentIndexChanged.connect(self._on_month)

    def _connect(self, session: Session, connect: bool = True) -> None:
        for signal in (
            session.report_changed,
            session.application_added,
            session.application_removed,
            session.application_changed,
            session.reset,
            session.profile_changed,
        ):
            (signal.connect if connect else signal.disconnect)(self.refresh)

    def set_session(self, session: Session) -> None:
        self._connect(self.session, connect=False)
        self.session = session
        self._connect(session)
        self.open_due_month()

    # ------------------------------------------------------------------ contents

    @property
    def now(self) -> dt.datetime:
        return self.clock.now()

    def open_due_month(self) -> None:
        """Show the month now due: last month until it is reported, then this one."""
        self.set_month(due_month(self.now.date(), self.session.document))

    def _fill_months(self, month: Month) -> None:
        months = previous_months(self.now.date(), MONTHS_SHOWN)
        if month not in months:
            months.append(month)
        if months == self.months:
            return
        self.months = months
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        for item in months:
            text = month_title(item, self.lang)
            self.month_combo.addItem(text[:1].upper() + text[1:])
        self.month_combo.blockSignals(False)

    def _on_month(self, index: int) -> None:
        if 0 <= index < len(self.months):
            self.set_month(self.months[index])

    def set_month(self, month: Month) -> None:
        self._fill_months(month)
        index = self.months.index(month)
        if self.month_combo.currentIndex() != index:
            self.month_combo.blockSignals(True)
            self.month_combo.setCurrentIndex(index)
            self.month_combo.blockSignals(False)
        self._show(month)

    def refresh(self, *_: object) -> None:
        """The store changed (or the day did): the same month, recounted."""
        self._show(self.report.month if self.months else due_month(self.now.date(), []))

    def _show(self, month: Month) -> None:
        selected = self.selected_row()
        self.report = activity_report(self.session.document, month, until=self.now)
        report, lang = self.report, self.lang
        self.title_label.setText(
            self.tr("Activity report for %1").replace("%1", month_title(month, lang))
        )
        self.deadline_label.setText(status_text(report, lang))
        target = report.target
        self.progress_bar.setVisible(target is not None)
        self.progress_label.setVisible(target is not None)
        if target is not None:
            self.progress_bar.setRange(0, max(target, 1))
            self.progress_bar.setValue(min(report.applications, max(target, 1)))
            self.progress_bar.setFormat(progress(report, lang))
            self.progress_bar.setAccessibleName(progress(report, lang))
            self.progress_label.setText(progress(report, lang))
        self._fill_table()
        self.columns.fit()
        self.totals_label.setText(totals(report) if report.rows else self._empty_text())
        if selected is not None and selected < len(report.rows):
            self.table.selectRow(selected)
        self._update_buttons()

    def _empty_text(self) -> str:
        return self.tr("Nothing recorded for %1 yet.").replace(
            "%1", month_title(self.report.month, self.lang)
        )

    def _fill_table(self) -> None:
        lang = self.lang
        # two lines in English ("Datum" over "(Date)"), so the copy buttons stay in view
        headers = [heading(f, lang).replace(" (", "\n(") for f in (*FIELDS, *EXTRA_FIELDS)]
        self.table.setHorizontalHeaderLabels([*headers, ""])
        rows = table_rows(self.report)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
            button = QToolButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # by keyboard: Ctrl+C in the table
            button.setText(self.tr("Copy row"))
            button.setToolTip(self.tr("Copy the row's fields, separated by tabs"))
            button.clicked.connect(lambda _=False, row=r: self.copy_row(row))
            self.table.setCellWidget(r, COPY_COLUMN, button)

    # ------------------------------------------------------------------ selection

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def _selected_activity_id(self) -> str | None:
        row = self.selected_row()
        if row is None or row >= len(self.report.rows):
            return None
        found = self.report.rows[row]
        return found.activity_id if found.activity is Activity.STAND_ALONE else None

    def _on_selection(self) -> None:
        row = self.selected_row()
        fields = form_fields(self.report.rows[row]) if row is not None else ("",) * len(FIELDS)
        for value, text in zip(self.field_values, fields, strict=True):
            value.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.session.read_only
        has_rows = bool(self.report.rows)
        own = self._selected_activity_id() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and own)
        self.remove_button.setEnabled(editable and own)
        for button in (self.copy_button, self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(has_rows)
        selected = self.selected_row() is not None
        for button in self.field_buttons:
            button.setEnabled(selected)
        reported = self.report.reported_on is not None
        self.mark_button.setText(
            self.tr("Mark as not reported") if reported else self.tr("Mark as reported")
        )
        over = self.report.month < (self.now.year, self.now.month)
        self.mark_button.setEnabled(editable and (over or reported))

    # ------------------------------------------------------------------ copying

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def copy_row(self, row: int) -> None:
        self.table.selectRow(row)
        self._copy("\t".join(form_fields(self.report.rows[row])))

    def _copy_selected_row(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.copy_row(row)

    def copy_field(self, index: int) -> None:
        row = self.selected_row()
        if row is not None:
            self._copy(form_fields(self.report.rows[row])[index])

    def copy_all(self) -> None:
        self._copy(as_text(self.report, self.lang))

    # ------------------------------------------------------------------ editing

    def add_activity(self) -> None:
        if self.session.read_only:
            return
        month = self.report.month
        today = self.now.date()
        day = today if (today.year, today.month) == month else dt.date(*month, 1)
        activity = ActivityDialog.ask(None, today=day, parent=self)
        if activity is not None:
            self.session.push(add_activity(self.session, activity))

    def edit_activity(self) -> None:
        activity_id = self._selected_activity_id()
        if activity_id is None or self.session.read_only:
            return
        current = next(a for a in self.session.document.activities if a.id == activity_id)
        changed = ActivityDialog.ask(current, today=self.now.date(), parent=self)
        if changed is not None:
            self.session.push(replace_activity(self.session, changed))

    def remove_activity(self) -> None:
        activity_id = self._selected_activity_id()
        if activity_id is not None and not self.session.read_only:
            self.session.push(remove_activity(self.session, activity_id))

    def toggle_reported(self) -> None:
        """Keep that the month was sent (or take it back); the reminders stop or start."""
        key = month_key(self.report.month)
        if self.report.reported_on is not None:
            self.session.push(unmark_reported(self.session, key))
        else:
            entry = ReportedMonth(key, self.now.date())
            self.session.push(mark_reported(self.session, entry))

    # ------------------------------------------------------------------ files

    def default_path(self, suffix: str) -> Path:
        year, month = self.report.month
        return Path.home() / f"aktivitetsrapport-{year}-{month:02d}{suffix}"

    def save_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the activity report"),
            str(self.default_path(".csv")),
            self.tr("Spreadsheet (*.csv)"),
        )
        if path:
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> bool:
        """Write the report as CSV (UTF-8 with a BOM, so spreadsheets read å, ä, ö)."""
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        data = as_csv(self.report, self.lang).encode("utf-8-sig")
        try:
            store.atomic_write_bytes(path, data)
        except OSError as error:
            self._could_not_write(path, store.os_error_reason(error))
            return False
        return self._saved(path)

    def save_pdf_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the activity report as PDF"),
            str(self.default_path(".pdf")),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        from .printing import write_pdf

        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not path.parent.is_dir():
            self._could_not_write(path, self.tr("the folder does not exist"))
            return False
        write_pdf(self.report, self.lang, path, self.session.document.profile.name)
        if not path.is_file():
            self._could_not_write(path, self.tr("the file could not be made"))
            return False
        return self._saved(path)

    def _saved(self, path: Path) -> bool:
        from ..saved_note import tell_saved

        tell_saved(self, path)
        return True

    def print_report(self) -> None:
        from .printing import print_report

        print_report(self.report, self.lang, self, self.session.document.profile.name)

    def _could_not_write(self, path: Path, reason: str) -> None:
        plain_text.warning(
            self,
            self.tr("Could not save"),
            self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", reason),
        )
