"""“Import…”: what another store would add or change here, before anything is changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...importers.exchange import MergePlan
from ...model import Application

APP_ROLE = Qt.ItemDataRole.UserRole + 20


class ImportDialog(QDialog):
    """Shows the merge plan; the user unticks what should not be taken."""

    def __init__(self, plan: MergePlan, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import applications"))
        layout = QVBoxLayout(self)
        counts = ", ".join(
            (
                self.tr("%n new", "", len(plan.new)),
                self.tr("%n changed", "", len(plan.changed)),
                self.tr("%n identical (left as they are)", "", len(plan.identical)),
            )
        )
        summary = self.tr("From %1: %2.").replace("%1", source).replace("%2", counts)
        label = QLabel(summary)  # it names the file
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        hint = QLabel(
            self.tr(
                "Ticked ones are imported. A changed one replaces yours with the same id; "
                "a backup is made first and Undo takes the whole import back."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        for app in plan.new:
            self._add(self.tr("New: %1 – %2"), app)
        for _mine, theirs in plan.changed:
            self._add(self.tr("Changed: %1 – %2"), theirs)
        for mine in plan.removed:
            self._add(self.tr("Deleted in the other copy: %1 – %2"), mine)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(not plan.is_empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _add(self, template: str, app: Application) -> None:
        item = QListWidgetItem(template.replace("%1", app.job_title).replace("%2", app.company))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(APP_ROLE, app.id)
        self.list.addItem(item)

    def chosen_ids(self) -> set[str]:
        return {
            str(self.list.item(i).data(APP_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }
