"""The applications list as a Qt table model, plus the proxy that filters it.

The model presents the applications in sorted order itself: sorting 10,000 rows in
Python from one key per row takes milliseconds, while letting ``QSortFilterProxyModel``
sort calls back into Python twice per comparison (about a second). The proxy only
filters, from a match list computed in one pass. Each row's verdict is computed once
per change or clock tick and cached, so painting never calls the advice engine.

Two kinds of index appear here: a *row* is a position in the model (sorted order), a
*document index* is a position in ``session.applications``.

The list itself is drawn from one :data:`list_cache.Row` per application. That lets a
start paint a big store from the list cache (a *preview*) before the store is read: the
session is still loading then, and only the applications whose whole records the cache
keeps (the one listed first) can be opened.

The advice engine and the words for verdicts are imported with the first row: a first
start, with nothing to list, is measured against a bare window and needs neither.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import QApplication

from .. import list_cache as lc
from ..i18n import Lang, format_short_date
from ..model import Application, Channel, Stage
from ..store import StoreError, application_from_record
from .clock import Clock
from .session import Session

if TYPE_CHECKING:
    from ..advice import Action, Verdict

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

_COLUMNS = len(Column)


_CHANNELS = {channel.value: channel for channel in Channel}
_CLOSED_STAGES = frozenset(stage.value for stage in Stage if stage.is_closed)
_NEVER = dt.date.max.toordinal()


@functools.cache
def _action(value: str) -> Action:
    from ..advice import Action

    return Action(value)


@functools.cache
def _due() -> frozenset[str]:
    """The values of the actions that ask for something now."""
    from ..advice import DUE_ACTIONS

    return frozenset(action.value for action in DUE_ACTIONS)


def _sort_key(column: int) -> Callable[[lc.Row], Any]:
    """One comparable key per row for ``column``."""
    if column == Column.TITLE:
        return lambda r: r[lc.TITLE].casefold()
    if column == Column.COMPANY:
        return lambda r: r[lc.COMPANY].casefold()
    if column == Column.APPLIED:
        return lambda r: r[lc.APPLIED]
    if column == Column.NEXT_STEP:
        from ..advice import urgency_rank

        return lambda r: urgency_rank(_action(r[lc.ACTION]), r[lc.EARLIEST], r[lc.LATEST], _NEVER)
    if column == Column.WHEN:
        return lambda r: r[lc.EARLIEST] if r[lc.EARLIEST] is not None else _NEVER
    return lambda r: r[lc.CHANNEL] or "~"


def _day(number: int | None) -> dt.date | None:
    return None if number is None else dt.date.fromordinal(number)


def _moment(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def _summary_verdict(row: lc.Row) -> Verdict:
    """The verdict a list row stands for, without its reasons (enough to draw the row)."""
    from ..advice import Verdict

    channel = row[lc.CHANNEL]
    return Verdict(
        _action(row[lc.ACTION]),
        _day(row[lc.EARLIEST]),
        _day(row[lc.LATEST]),
        None if channel is None else _CHANNELS[channel],
        (),
        due_at=_moment(row[lc.DUE_AT]),
        interview_at=_moment(row[lc.INTERVIEW_AT]),
    )


class ApplicationsModel(QAbstractTableModel):
    """One row per application, in the sort order asked for; verdicts from ``assess``."""

    def __init__(
        self,
        session: Session,
        clock: Clock,
        lang: Lang,
        parent: QObject | None = None,
        *,
        preview: lc.ListCache | None = None,
        sort: tuple[int, Qt.SortOrder] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.lang = lang
        self.now = clock.now()
        self.sort_column: int = Column.NEXT_STEP
        self.sort_order = Qt.SortOrder.AscendingOrder
        if sort is not None and 0 <= sort[0] < _COLUMNS:
            self.sort_column, self.sort_order = sort
        self._verdicts: list[Verdict | None] = []  # None: not computed yet (a preview)
        self._info: list[lc.Row] = []  # what the list shows, by document index
        self._records: dict[int, Application] = {}  # a preview's whole applications
        self.preview = preview is not None
        if preview is None:
            self._assess_all()
        else:
            self._info = preview.rows
            self._verdicts = [None] * len(self._info)
            self._records = self._preview_records(preview)
        self._haystacks: list[str | None] = [None] * len(self._verdicts)
        self._order: list[int] = []  # row -> document index
        self._rows: list[int] = []  # document index -> row
        self.revision = 0
        """Goes up with every change, so the proxy knows when its matches are stale."""
        kept = None if preview is None else preview.order_for(self.sort_name())
        if kept is None:
            self._sort_rows()
        else:  # the order the list had when the cache was made, for this same sort
            self._order = list(kept)
            self._reindex()
        session.application_added.connect(self._on_added)
        session.application_about_to_be_removed.connect(self._on_about_to_remove)
        session.application_removed.connect(self._on_removed)
        session.application_changed.connect(self._on_changed)
        session.reset.connect(self.reload)

    # ------------------------------------------------------------------ state

    def _assess(self, app: Application) -> Verdict:
        from ..advice import assess

        return assess(app, self.now, lang=self.lang)

    def _assess_all(self) -> None:
        apps = self.session.applications
        if not apps:
            self._info, self._verdicts = [], []
            return
        from ..advice import assess

        now, lang = self.now, self.lang
        verdicts = [assess(a, now, lang=lang) for a in apps]
        row = lc.row
        self._info = [row(a, v) for a, v in zip(apps, verdicts, strict=True)]
        self._verdicts = [*verdicts]

    def _preview_records(self, preview: lc.ListCache) -> dict[int, Application]:
        records: dict[int, Application] = {}
        for doc_index, info in enumerate(self._info):
            record = preview.records.get(info[lc.ID])
            if record is not None:
                try:
                    records[doc_index] = application_from_record(record)
                except StoreError:
                    continue  # it shows once the store is read
        return records

    def rows(self) -> list[lc.Row]:
        """What the list shows of each application, by document index."""
        return self._info

    def __len__(self) -> int:
        """How many applications there are (the filter aside)."""
        return len(self._info)

    def has_application(self, doc_index: int) -> bool:
        """False for a preview's row whose application is not read yet."""
        return not self.preview or doc_index in self._records

    def application(self, doc_index: int) -> Application:
        if self.preview:
            return self._records[doc_index]
        return self.session.applications[doc_index]

    def app_id(self, doc_index: int) -> str:
        return cast(str, self._info[doc_index][lc.ID])

    def stage_value(self, doc_index: int) -> str:
        return cast(str, self._info[doc_index][lc.STAGE])

    def verdict(self, doc_index: int) -> Verdict:
        verdict = self._verdicts[doc_index]
        if verdict is None:  # a preview: whole for the applications it has, else the summary
            record = self._records.get(doc_index)
            if record is not None:
                verdict = self._assess(record)
            else:
                verdict = _summary_verdict(self._info[doc_index])
            self._verdicts[doc_index] = verdict
        return verdict

    def doc_index(self, row: int) -> int:
        return self._order[row]

    def order(self) -> list[int]:
        """Document indices in row order."""
        return self._order

    def row_of_doc(self, doc_index: int) -> int:
        return self._rows[doc_index]

    def row_of(self, app_id: str) -> int:
        """The model row of the application with ``app_id`` (KeyError if none)."""
        for doc_index, info in enumerate(self._info):
            if info[lc.ID] == app_id:
                return self._rows[doc_index]
        raise KeyError(app_id)

    def haystack(self, doc_index: int) -> str:
        """Lower-cased text the filter box searches: title, company, contact, notes."""
        text = self._haystacks[doc_index]
        if text is None:
            if self.preview:  # until the store is read: what the list shows
                info = self._info[doc_index]
                parts: tuple[str, ...] = (info[lc.TITLE], info[lc.COMPANY])
            else:
                app = self.session.applications[doc_index]
                parts = (app.job_title, app.company, app.contact.name, app.contact.email, app.notes)
            text = "\n".join(parts).casefold()
            self._haystacks[doc_index] = text
        return text

    def haystacks(self) -> list[str]:
        """Every row's search text, by document index; filled once, then only what changed.

        Called on every keystroke in the search box, so the usual case is one scan.
        """
        texts = self._haystacks
        if None in texts:
            for doc_index, text in enumerate(texts):
                if text is None:
                    self.haystack(doc_index)
        return cast(list[str], texts)  # every entry is filled now

    def due_count(self) -> int:
        """How many applications need doing something now (the status bar's figure)."""
        if not self._info:
            return 0
        due = _due()
        return sum(1 for info in self._info if info[lc.ACTION] in due)

    def is_due(self, doc_index: int) -> bool:
        return self._info[doc_index][lc.ACTION] in _due()

    def is_closed(self, doc_index: int) -> bool:
        return self._info[doc_index][lc.STAGE] in _CLOSED_STAGES

    # ------------------------------------------------------------------ sorting

    def sort_name(self) -> str:
        """The sort in words the list cache keeps with its order (column and direction)."""
        return f"{self.sort_column}:{self.sort_order.value}"

    def _keyed(self) -> list[tuple[Any, int]]:
        if not self._info:
            return []
        key = _sort_key(self.sort_column)
        return [(key(info), i) for i, info in enumerate(self._info)]

    def _sort_rows(self) -> None:
        keyed = self._keyed()
        keyed.sort(reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._order = [i for _, i in keyed]
        self._rows = [0] * len(self._order)
        for row, doc_index in enumerate(self._order):
            self._rows[doc_index] = row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < _COLUMNS or (column, order) == (self.sort_column, self.sort_order):
            return  # the rows are kept in order as they change: nothing to redo
        self.sort_column, self.sort_order = column, order
        self._relayout()

    def _relayout(self) -> None:
        """Re-sort, keeping selections and the current row on the same applications."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        docs = [self._order[p.row()] if p.isValid() else -1 for p in persistent]
        self._sort_rows()
        self.changePersistentIndexList(
            persistent,
            [
                self.index(self._rows[d], p.column()) if d >= 0 else QModelIndex()
                for p, d in zip(persistent, docs, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _insert_position(self, doc_index: int) -> int:
        """Where a new application goes in the current order."""
        key = _sort_key(self.sort_column)
        info = self._info
        new = (key(info[doc_index]), doc_index)
        keys = [(key(info[d]), d) for d in self._order]
        if self.sort_order == Qt.SortOrder.DescendingOrder:
            return next((r for r, k in enumerate(keys) if k < new), len(keys))
        return bisect_left(keys, new)

    # ------------------------------------------------------------------ changes

    @Slot()
    def reload(self) -> None:
        self.beginResetModel()
        self.now = self.clock.now()
        self.preview = False
        self._records = {}
        self._assess_all()
        self._haystacks = [None] * len(self._verdicts)
        self.revision += 1
        self._sort_rows()
        self.endResetModel()

    def refresh(self) -> None:
        """Recompute every verdict for the clock's current moment (date changes)."""
        if self.preview:
            return  # the store is being read; its verdicts come with it
        self.now = self.clock.now()
        self._assess_all()
        self.revision += 1
        if self._verdicts:
            self._relayout()
            last = self.index(len(self._verdicts) - 1, _COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)

    # Inserting and removing happen at a document index; the row they touch is where
    # that application sits (or will sit) in the sorted order.

    @Slot(int)
    def _on_added(self, doc_index: int) -> None:
        app = self.session.applications[doc_index]
        verdict = self._assess(app)
        self._verdicts.insert(doc_index, verdict)
        self._info.insert(doc_index, lc.row(app, verdict))
        self._haystacks.insert(doc_index, None)
        self._order = [d + 1 if d >= doc_index else d for d in self._order]
        self.revision += 1
        row = self._insert_position(doc_index)
        self.beginInsertRows(QModelIndex(), row, row)
        self._order.insert(row, doc_index)
        self._reindex()
        self.endInsertRows()

    @Slot(int)
    def _on_about_to_remove(self, doc_index: int) -> None:
        self._removing = self._rows[doc_index]
        self.beginRemoveRows(QModelIndex(), self._removing, self._removing)

    @Slot(int)
    def _on_removed(self, doc_index: int) -> None:
        del self._order[self._removing]
        self._order = [d - 1 if d > doc_index else d for d in self._order]
        del self._verdicts[doc_index]
        del self._info[doc_index]
        del self._haystacks[doc_index]
        self._reindex()
        self.revision += 1
        self.endRemoveRows()

    def _reindex(self) -> None:
        self._rows = [0] * len(self._order)
        for row, doc_index in enumerate(self._order):
            self._rows[doc_index] = row

    @Slot(int)
    def _on_changed(self, doc_index: int) -> None:
        app = self.session.applications[doc_index]
        self._verdicts[doc_index] = verdict = self._assess(app)
        self._info[doc_index] = lc.row(app, verdict)
        self._haystacks[doc_index] = None
        self.revision += 1
        row = self._rows[doc_index]
        self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMNS - 1))
        self._relayout()  # its place in the order may have changed

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[section] if 0 <= section < _COLUMNS else None

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
        doc_index, column = self._order[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(doc_index, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NEXT_STEP:
            from .icons import action_icon  # with the first row drawn: not for an empty list

            return action_icon(_action(self._info[doc_index][lc.ACTION]), _dark())
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.NEXT_STEP:
            from .icons import action_color

            return action_color(_action(self._info[doc_index][lc.ACTION]), _dark())
        if role == Qt.ItemDataRole.ToolTipRole:
            from ..headline import headline

            stage = Stage(self.stage_value(doc_index))
            return headline(self.verdict(doc_index), self.now, self.lang, stage=stage)
        if role == APP_ID_ROLE:
            return self.app_id(doc_index)
        if role == VERDICT_ROLE:
            return self.verdict(doc_index)
        if role == ACTION_ROLE:
            return self._info[doc_index][lc.ACTION]
        if role == SORT_ROLE:
            return index.row()
        return None

    def _display(self, doc_index: int, column: int) -> str:
        # called for every cell painted: each column imports only the words it needs
        info = self._info[doc_index]
        if column == Column.TITLE:
            return cast(str, info[lc.TITLE])
        if column == Column.COMPANY:
            return cast(str, info[lc.COMPANY])
        if column == Column.APPLIED:
            applied = dt.date.fromordinal(info[lc.APPLIED])
            return format_short_date(applied, self.lang, ref_year=self.now.year)
        if column == Column.NEXT_STEP:
            from ..reasons import action_name

            return action_name(info[lc.ACTION], self.lang)
        if column == Column.WHEN:
            from ..headline import window_words

            return window_words(self.verdict(doc_index), self.lang, self.now.year)
        if column == Column.CHANNEL:
            channel = info[lc.CHANNEL]
            if not channel:
                return ""
            from ..reasons import channel_name

            return channel_name(_CHANNELS[channel], self.lang)
        return ""


def _dark() -> bool:
    from PySide6.QtGui import QPalette  # with the first row drawn

    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class StageFilter(IntEnum):
    ALL = 0
    OPEN = 1
    DUE = 2
    CLOSED = 3


class ApplicationsProxy(QSortFilterProxyModel):
    """Filters by the search text and by stage; sorting is passed on to the model.

    The matches are computed in one pass over cached search texts whenever the filter
    or the model changes, so ``filterAcceptsRow`` (called once per row) is a look-up.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._stage_filter = StageFilter.ALL
        self._accepted: list[bool] | None = None  # by document index; None: all rows
        self._accepted_revision = -1
        self._model: ApplicationsModel | None = None

    def source(self) -> ApplicationsModel:
        model = self.sourceModel()
        assert isinstance(model, ApplicationsModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The model sorts itself (fast); this proxy keeps the model's order."""
        self.source().sort(column, order)

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self._refilter()

    def set_stage_filter(self, value: StageFilter) -> None:
        if value != self._stage_filter:
            self._stage_filter = value
            self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()
        self._accepted_revision = -1
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _matches(self) -> list[bool] | None:
        """Whether each model row passes the filter, by row; None when all do."""
        model = self.source()
        if not self._needle and self._stage_filter == StageFilter.ALL:
            return None
        if self._needle:
            needle = self._needle
            accepted = [needle in text for text in model.haystacks()]
        else:
            accepted = [True] * model.rowCount()
        if self._stage_filter != StageFilter.ALL:
            wanted = self._stage_filter
            for doc_index, ok in enumerate(accepted):
                if ok and not _stage_matches(wanted, model, doc_index):
                    accepted[doc_index] = False
        return [accepted[d] for d in model.order()]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # called once per row on every change of the filter: keep it a bare look-up
        revision = self._model_revision()
        if self._accepted_revision != revision:
            self._accepted = self._matches()
            self._accepted_revision = revision
        accepted = self._accepted
        return accepted is None or accepted[source_row]

    def _model_revision(self) -> int:
        model = self._model
        return model.revision if model is not None else -1

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self._model = model if isinstance(model, ApplicationsModel) else None
        super().setSourceModel(model)


def _stage_matches(wanted: StageFilter, model: ApplicationsModel, doc_index: int) -> bool:
    if wanted == StageFilter.DUE:
        return model.is_due(doc_index)
    closed = model.is_closed(doc_index)
    return closed if wanted == StageFilter.CLOSED else not closed
