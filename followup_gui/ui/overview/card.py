"""One figure on the overview: its title, what it counts and when, the chart, copy as table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang
from ...reports.stats import About
from ...reports.stats_tables import Table
from .charts import Chart


class ChartCard(QFrame):
    """A framed figure; its chart's accessible text and the copied table come from the core."""

    def __init__(self, key: str, chart: Chart, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.chart = chart
        self.lang = lang
        self.table: Table | None = None
        self.setObjectName(f"overview-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(self.caption.foregroundRole())
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_action = QAction(self.tr("Copy as table"), self)
        self.copy_action.setToolTip(
            self.tr("Copy the figures as a table (tab-separated) to paste into a spreadsheet")
        )
        self.copy_action.triggered.connect(self.copy_table)
        copy_button = self.copy_button = QToolButton()
        copy_button.setDefaultAction(self.copy_action)
        copy_button.setAutoRaise(True)
        chart.addAction(self.copy_action)
        chart.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.caption)
        layout.addWidget(chart)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)

    def set_about(self, about: About, table: Table) -> None:
        lang = self.lang
        title = about.title.text(lang)
        what = f"{about.counts.text(lang)}; {about.period.text(lang)}."
        what = what[0].upper() + what[1:]
        self.title.setText(title)
        self.caption.setText(what)
        self.table = table
        self.chart.setAccessibleName(title)
        self.chart.setAccessibleDescription(f"{what} {table.as_sentences()}")

    def copy_table(self) -> None:
        if self.table is not None:
            QGuiApplication.clipboard().setText(self.table.as_tsv())
