"""Import a spreadsheet or LinkedIn's export: which column is what, then what would change.

Two steps in one dialog. The mapping step shows each column of the file with a few of its
values and the field it goes to (guessed from the header; LinkedIn's columns are known);
every change re-reads the rows at once and says how many make applications and which have
problems. The preview lists what is new and what is already there (changed ones replace
yours, identical ones are left alone); the ticked ones are merged as one undo step by the
caller (``controllers.file_operations``). A store file (JSON) skips the mapping step.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang, format_date
from ...importers import (
    Column,
    ImportKind,
    ImportPlan,
    ImportSource,
    MappingError,
    column_label,
    plan_import,
)
from ...model import Application, Document
from ...reading.duplicates import find_duplicates
from ..colours import set_style
from .widgets import FormCombo

APP_ROLE = Qt.ItemDataRole.UserRole + 21
EXAMPLES = 3


class ImportWizard(QDialog):
    """Mapping (for tables) and preview; ``plan`` and ``chosen_ids()`` after it is accepted."""

    def __init__(
        self, source: ImportSource, document: Document, *, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.document = document
        self.lang = lang
        self.plan: ImportPlan | None = None
        self.mapping: list[Column] = list(source.mapping)
        self.setWindowTitle(self.tr("Import applications"))
        self.resize(820, 560)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        for button in (self.back_button, self.next_button, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.back_button.clicked.connect(lambda: self._show(0))
        self.next_button.clicked.connect(lambda: self._show(1))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

        self._remap()
        self._show(0 if source.table is not None else 1)

    # ------------------------------------------------------------------ the mapping step

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        name = html.escape(self.source.path.name)
        if self.source.kind is ImportKind.LINKEDIN:
            intro = self.tr(
                "%1 is LinkedIn's list of your job applications. Its columns are known; "
                "change a field if you want it elsewhere."
            )
        else:
            intro = self.tr(
                "Which column of %1 is what? The fields are guessed from the column headers; "
                "change any that is wrong. Columns set to “(not used)” are left out."
            )
        title = QLabel(intro.replace("%1", f"<b>{name}</b>"))
        title.setWordWrap(True)
        layout.addWidget(title)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Goes to")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        table = self.source.table
        if table is not None:
            self.table.setRowCount(len(table.headers))
            for index, heading in enumerate(table.headers):
                values = [row[index] for row in table.rows if index < len(row) and row[index]]
                examples = " · ".join(v.replace("\n", " ")[:40] for v in values[:EXAMPLES])
                for column, text in ((0, heading or self.tr("(no header)")), (1, examples)):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(index, column, item)
                combo = FormCombo()  # scrolling the table never changes a column's meaning
                for field in Column:
                    combo.addItem(column_label(field, self.lang), field.value)
                combo.setCurrentIndex(combo.findData(self.mapping[index].value))
                combo.currentIndexChanged.connect(lambda _=0, i=index: self._choose(i))
                self.table.setCellWidget(index, 2, combo)
                self.combos.append(combo)
        layout.addWidget(self.table, 1)
        self.mapping_status = QLabel()
        self.mapping_status.setWordWrap(True)
        self.mapping_status.setObjectName("mappingStatus")
        layout.addWidget(self.mapping_status)
        return page

    def _choose(self, index: int) -> None:
        self.mapping[index] = Column(self.combos[index].currentData())
        self._remap()

    def set_mapping(self, index: int, column: Column) -> None:
        """Choose the field of column ``index`` (what the user does with its combo)."""
        self.combos[index].setCurrentIndex(self.combos[index].findData(column.value))

    def _remap(self) -> None:
        """Read the rows again under the current mapping and say what comes of it."""
        try:
            self.plan = plan_import(self.document, self.source, self.mapping)
        except MappingError:
            self.plan = None
            set_style(self.mapping_status, "color: $error_text;")
            self.mapping_status.setText(
                self.tr("Choose a column for the job title and one for the employer.")
            )
        else:
            merge = self.plan.merge
            rows = len(merge.new) + len(merge.changed) + len(merge.identical)
            text = self.tr("%n row(s) make applications.", "", rows)
            if self.plan.problems:
                bad = len({p.line for p in self.plan.problems})
                text += " " + self.tr("%n row(s) have problems (shown in the next step).", "", bad)
            set_style(self.mapping_status, "")
            self.mapping_status.setText(text)
        self._fill_preview()
        self._update_buttons()

    # ------------------------------------------------------------------ the preview step

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        hint = QLabel(
            self.tr(
                "Ticked ones are imported. A changed one replaces yours; one already here "
                "unchanged is left as it is. A backup is made first and Undo takes the whole "
                "import back."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        layout.addWidget(self.list, 3)
        self.problems_label = QLabel(self.tr("Rows that could not be read as they are:"))
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        return page

    def _add(self, template: str, app: Application, *, checkable: bool, new: bool = False) -> None:
        today = dt.date.today()
        when = (  # "2 november", the year only when it is not this year's
            format_date(app.applied_on, self.lang, weekday=False, ref_year=today.year)
            if app.applied_on
            else self.tr("not applied")
        )
        text = template.replace("%1", app.job_title).replace("%2", app.company).replace("%3", when)
        others = self.document.applications
        twins = find_duplicates(app, others, today=today) if new else []
        if twins:  # probably here already under another id: left unticked unless wanted
            other = twins[0].application
            maybe = self.tr("maybe already here as %1 – %2")
            text += " – " + maybe.replace("%1", other.job_title).replace("%2", other.company)
        item = QListWidgetItem(text)
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if twins else Qt.CheckState.Checked)
            item.setData(APP_ROLE, app.id)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def _fill_preview(self) -> None:
        self.list.clear()
        self.problems.clear()
        plan = self.plan
        if plan is None:
            self.summary.setText("")
            return
        merge = plan.merge
        self.summary.setText(
            self.tr("From %1: %2 new, %3 changed, %4 already here unchanged.")
            .replace("%1", self.source.path.name)
            .replace("%2", str(len(merge.new)))
            .replace("%3", str(len(merge.changed)))
            .replace("%4", str(len(merge.identical)))
        )
        for app in merge.new:
            self._add(self.tr("New: %1 – %2 (%3)"), app, checkable=True, new=True)
        for _mine, theirs in merge.changed:
            self._add(self.tr("Changed: %1 – %2 (%3)"), theirs, checkable=True)
        for app in merge.identical:
            self._add(self.tr("Already here: %1 – %2 (%3)"), app, checkable=False)
        for problem in plan.problems:
            self.problems.addItem(problem.text(self.lang))
        self.problems_label.setVisible(bool(plan.problems))
        self.problems.setVisible(bool(plan.problems))

    # ------------------------------------------------------------------ steps

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_mapping = self.pages.currentIndex() == 0
        has_mapping = self.source.table is not None
        self.back_button.setVisible(has_mapping and not on_mapping)
        self.next_button.setVisible(on_mapping)
        self.next_button.setEnabled(self.plan is not None)
        self.import_button.setVisible(not on_mapping)
        self.import_button.setEnabled(
            not on_mapping and self.plan is not None and not self.plan.is_empty
        )

    def chosen_ids(self) -> set[str]:
        return {
            str(self.list.item(i).data(APP_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).data(APP_ROLE) is not None
            and self.list.item(i).checkState() == Qt.CheckState.Checked
        }
