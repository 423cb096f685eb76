"""The applications list as a Qt table model (the proxy that filters it: :mod:`.proxy`).

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
from bisect import bisect_left
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from ...i18n import Lang, format_short_date
from ...model import Application, Stage
from ...store import StoreError
from ...store import list_cache as lc
from ..state.clock import Clock
from ..state.session import Session
from .columns import (
    ACTION_ROLE,
    APP_ID_ROLE,
    CHANNELS,
    CLOSED_STAGES,
    COLUMNS,
    SORT_ROLE,
    VERDICT_ROLE,
    Column,
    action_of,
    count_due,
    dark_palette,
    row_is_due,
    sort_key,
    summary_verdict,
)

if TYPE_CHECKING:
    from ...rules.advice import Verdict

Index = QModelIndex | QPersistentModelIndex


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
        self.two_line = False  # title over employer in one column (a narrow list)
        self.now = clock.now()
        self.sort_column: int = Column.NEXT_STEP
        self.sort_order = Qt.SortOrder.AscendingOrder
        if sort is not None and 0 <= sort[0] < COLUMNS:
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
        from ...rules.advice import assess

        return assess(app, self.now, lang=self.lang)

    def _assess_all(self) -> None:
        apps = self.session.applications
        if not apps:
            self._info, self._verdicts = [], []
            return
        from ...rules.advice import assess

        now, lang = self.now, self.lang
        verdicts = [assess(a, now, lang=lang) for a in apps]
        row = lc.row
        self._info = [row(a, v) for a, v in zip(apps, verdicts, strict=True)]
        self._verdicts = [*verdicts]

    def _preview_records(self, preview: lc.ListCache) -> dict[int, Application]:
        records: dict[int, Application] = {}
        if not preview.records:
            return records
        from ...store import application_from_record  # the store's reading: not when empty

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
                verdict = summary_verdict(self._info[doc_index])
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
        return count_due(self._info)

    def is_due(self, doc_index: int) -> bool:
        return row_is_due(self._info[doc_index])

    def is_closed(self, doc_index: int) -> bool:
        return self._info[doc_index][lc.STAGE] in CLOSED_STAGES

    # ------------------------------------------------------------------ sorting

    def sort_name(self) -> str:
        """The sort in words the list cache keeps with its order (column and direction)."""
        return f"{self.sort_column}:{self.sort_order.value}"

    def _keyed(self) -> list[tuple[Any, int]]:
        if not self._info:
            return []
        key = sort_key(self.sort_column)
        return [(key(info), i) for i, info in enumerate(self._info)]

    def _sort_rows(self) -> None:
        keyed = self._keyed()
        keyed.sort(reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._order = [i for _, i in keyed]
        self._rows = [0] * len(self._order)
        for row, doc_index in enumerate(self._order):
            self._rows[doc_index] = row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS or (column, order) == (self.sort_column, self.sort_order):
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
        key = sort_key(self.sort_column)
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
            last = self.index(len(self._verdicts) - 1, COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

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
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        self._relayout()  # its place in the order may have changed

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == Column.TITLE and self.two_line:
            return self.tr("Job and company")
        return self._headers()[section] if 0 <= section < COLUMNS else None

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

            return action_icon(action_of(self._info[doc_index][lc.ACTION]), dark_palette())
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.NEXT_STEP:
            from .icons import action_color

            return action_color(action_of(self._info[doc_index][lc.ACTION]), dark_palette())
        if role == Qt.ItemDataRole.ToolTipRole or (
            role == Qt.ItemDataRole.AccessibleDescriptionRole and column == Column.NEXT_STEP
        ):  # a screen reader hears the headline the icon and its colour stand for
            from ...rules.headline import headline, window_words

            if column == Column.WHEN:  # "Gick ut 24 nov": the whole window it was
                verdict, year = self.verdict(doc_index), self.now.year
                dates = window_words(verdict, self.lang, year)
                if dates != window_words(verdict, self.lang, year, today=self.now.date()):
                    from ...rules.reasons import window_was

                    return window_was(dates, self.lang)

            stage = Stage(self.stage_value(doc_index))
            return headline(self.verdict(doc_index), self.now, self.lang, stage=stage)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.TITLE and self.two_line:
            info = self._info[doc_index]  # the employer's column is hidden: say it here
            return f"{info[lc.TITLE]}, {info[lc.COMPANY]}"
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
            if not info[lc.APPLIED]:
                return ""  # a saved ad, not applied to yet
            applied = dt.date.fromordinal(info[lc.APPLIED])
            return format_short_date(applied, self.lang, ref_year=self.now.year)
        if column == Column.NEXT_STEP:
            from ...rules.reasons import action_name

            return action_name(info[lc.ACTION], self.lang)
        if column == Column.WHEN:
            from ...rules.headline import promised_words, window_words

            if info[lc.ACTION] == "await_reply" and self.has_application(doc_index):
                promised = promised_words(self.application(doc_index), self.lang, self.now.year)
                if promised:  # "Besked senast 4 dec": what the wait is for (23)
                    return promised
            return window_words(
                self.verdict(doc_index), self.lang, self.now.year, today=self.now.date()
            )
        if column == Column.CHANNEL:
            channel = info[lc.CHANNEL]
            if not channel:
                return ""
            from ...rules.reasons import channel_name

            return channel_name(CHANNELS[channel], self.lang)
        return ""
