"""The applications list as a Qt table model, plus the proxy that filters and sorts it.

Rows follow the document's order; each row's verdict is computed once per change or
clock tick and cached, so painting and sorting never call the advice engine.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ..advice import Action, Verdict, assess, urgency_key
from ..agenda import window_words
from ..headline import headline
from ..i18n import Lang, format_short_date
from ..model import Application, Stage
from ..reasons import action_name, channel_name
from .clock import Clock
from .icons import action_color, action_icon
from .session import Session

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    COMPANY = 1
    APPLIED = 2
    NEXT_STEP = 3
    WHEN = 4
    CHANNEL = 5


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
APP_ID_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3
ACTION_ROLE = Qt.ItemDataRole.UserRole + 4

_DUE = frozenset({Action.FOLLOW_UP, Action.THANK_YOU, Action.OTHER_OFFER})


class ApplicationsModel(QAbstractTableModel):
    """One row per application; the verdict columns come from ``advice.assess``."""

    def __init__(self, session: Session, clock: Clock, lang: Lang, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.lang = lang
        self.now = clock.now()
        self._verdicts: list[Verdict] = [self._assess(a) for a in session.applications]
        self._haystacks: list[str | None] = [None] * len(self._verdicts)
        session.application_about_to_be_added.connect(self._on_about_to_add)
        session.application_added.connect(self._on_added)
        session.application_about_to_be_removed.connect(self._on_about_to_remove)
        session.application_removed.connect(self._on_removed)
        session.application_changed.connect(self._on_changed)
        session.reset.connect(self.reload)

    # ------------------------------------------------------------------ state

    def _assess(self, app: Application) -> Verdict:
        return assess(app, self.now, lang=self.lang)

    def application(self, row: int) -> Application:
        return self.session.applications[row]

    def verdict(self, row: int) -> Verdict:
        return self._verdicts[row]

    def row_of(self, app_id: str) -> int:
        return self.session.index_of(app_id)

    def haystack(self, row: int) -> str:
        """Lower-cased text the filter box searches: title, company, contact, notes."""
        text = self._haystacks[row]
        if text is None:
            app = self.session.applications[row]
            text = "\n".join(
                (app.job_title, app.company, app.contact.name, app.contact.email, app.notes)
            ).casefold()
            self._haystacks[row] = text
        return text

    def due_count(self) -> int:
        """How many applications need doing something now (the status bar's figure)."""
        return sum(1 for v in self._verdicts if v.action in _DUE)

    @Slot()
    def reload(self) -> None:
        self.beginResetModel()
        self.now = self.clock.now()
        self._verdicts = [self._assess(a) for a in self.session.applications]
        self._haystacks = [None] * len(self._verdicts)
        self.endResetModel()

    def refresh(self) -> None:
        """Recompute every verdict for the clock's current moment (date changes)."""
        self.now = self.clock.now()
        self._verdicts = [self._assess(a) for a in self.session.applications]
        if self._verdicts:
            last = self.index(len(self._verdicts) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    @Slot(int)
    def _on_about_to_add(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)

    @Slot(int)
    def _on_added(self, row: int) -> None:
        self._verdicts.insert(row, self._assess(self.session.applications[row]))
        self._haystacks.insert(row, None)
        self.endInsertRows()

    @Slot(int)
    def _on_about_to_remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)

    @Slot(int)
    def _on_removed(self, row: int) -> None:
        del self._verdicts[row]
        del self._haystacks[row]
        self.endRemoveRows()

    @Slot(int)
    def _on_changed(self, row: int) -> None:
        self._verdicts[row] = self._assess(self.session.applications[row])
        self._haystacks[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._verdicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[section] if 0 <= section < len(Column) else None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Job"),
            self.tr("Company"),
            self.tr("Applied"),
            self.tr("Next step"),
            self.tr("When"),
            self.tr("Channel"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NEXT_STEP:
            return action_icon(self._verdicts[row].action, _dark())
        if role == Qt.ItemDataRole.ToolTipRole:
            app = self.session.applications[row]
            return headline(self._verdicts[row], self.now, self.lang, stage=app.stage)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.NEXT_STEP:
            return action_color(self._verdicts[row].action, _dark())
        if role == APP_ID_ROLE:
            return self.session.applications[row].id
        if role == VERDICT_ROLE:
            return self._verdicts[row]
        if role == ACTION_ROLE:
            return self._verdicts[row].action.value
        return None

    def _display(self, row: int, column: int) -> str:
        app = self.session.applications[row]
        verdict = self._verdicts[row]
        if column == Column.TITLE:
            return app.job_title
        if column == Column.COMPANY:
            return app.company
        if column == Column.APPLIED:
            return format_short_date(app.applied_on, self.lang, ref_year=self.now.year)
        if column == Column.NEXT_STEP:
            return action_name(verdict.action, self.lang)
        if column == Column.WHEN:
            return window_words(verdict, self.lang, self.now.year)
        if column == Column.CHANNEL:
            return channel_name(verdict.channel, self.lang) if verdict.channel else ""
        return ""

    def _sort_key(self, row: int, column: int) -> Any:
        app = self.session.applications[row]
        verdict = self._verdicts[row]
        if column == Column.TITLE:
            return app.job_title.casefold()
        if column == Column.COMPANY:
            return app.company.casefold()
        if column == Column.APPLIED:
            return app.applied_on.toordinal()
        if column == Column.NEXT_STEP:
            group, day = urgency_key(verdict)
            return group * 10_000_000 + day.toordinal()
        if column == Column.WHEN:
            return (verdict.earliest or dt.date.max).toordinal()
        if column == Column.CHANNEL:
            return verdict.channel.value if verdict.channel else "~"
        return None


def _dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class StageFilter(IntEnum):
    ALL = 0
    OPEN = 1
    DUE = 2
    CLOSED = 3


class ApplicationsProxy(QSortFilterProxyModel):
    """Filters by the search text and by stage; sorts by each column's sort key."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._needle = ""
        self._stage_filter = StageFilter.ALL

    def source(self) -> ApplicationsModel:
        model = self.sourceModel()
        assert isinstance(model, ApplicationsModel)
        return model

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage_filter(self, value: StageFilter) -> None:
        if value != self._stage_filter:
            self.beginFilterChange()
            self._stage_filter = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.source()
        if self._stage_filter != StageFilter.ALL:
            closed = model.application(source_row).stage in _CLOSED
            if self._stage_filter == StageFilter.OPEN and closed:
                return False
            if self._stage_filter == StageFilter.CLOSED and not closed:
                return False
            if (
                self._stage_filter == StageFilter.DUE
                and model.verdict(source_row).action not in _DUE
            ):
                return False
        return not self._needle or self._needle in model.haystack(source_row)


_CLOSED = frozenset({Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN})
