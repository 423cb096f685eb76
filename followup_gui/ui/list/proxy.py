"""The proxy that filters the applications list by search text and by stage."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from .model import ApplicationsModel

Index = QModelIndex | QPersistentModelIndex


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
        self._only: frozenset[str] | None = None
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

    def set_only(self, ids: Iterable[str] | None) -> None:
        """Show only these applications (by id), as a chart of the overview asked; None: all."""
        only = None if ids is None else frozenset(ids)
        if only != self._only:
            self._only = only
            self._refilter()

    @property
    def only(self) -> frozenset[str] | None:
        return self._only

    def _refilter(self) -> None:
        self.beginFilterChange()
        self._accepted_revision = -1
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _matches(self) -> list[bool] | None:
        """Whether each model row passes the filter, by row; None when all do."""
        model = self.source()
        only = self._only
        if not self._needle and self._stage_filter == StageFilter.ALL and only is None:
            return None
        if self._needle:
            needle = self._needle
            accepted = [needle in text for text in model.haystacks()]
        else:
            accepted = [True] * model.rowCount()
        if only is not None:
            for doc_index, ok in enumerate(accepted):
                if ok and model.app_id(doc_index) not in only:
                    accepted[doc_index] = False
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
