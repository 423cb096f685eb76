"""The list model on its own, checked by pytest-qt's model tester and by its sort keys."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester

from followup_gui import store
from followup_gui.advice import Action
from followup_gui.model import Stage
from followup_gui.ui.application_model import (
    APP_ID_ROLE,
    SORT_ROLE,
    ApplicationsModel,
    ApplicationsProxy,
    Column,
    StageFilter,
)
from followup_gui.ui.clock import FixedClock
from followup_gui.ui.commands import AddApplication, DeleteApplication, ReplaceApplication
from followup_gui.ui.session import Session

from ..conftest import DEMO_STORE
from ..factories import make_app

NOW = dt.datetime(2026, 11, 26, 9, 0)


def demo_session() -> Session:
    return Session(store.load(DEMO_STORE), None)


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    session = demo_session()
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    qtmodeltester.check(model, force_py=True)
    session.push(AddApplication(session, make_app(id="new", applied_on=dt.date(2026, 11, 1))))
    session.push(DeleteApplication(session, "demo-fintech"))
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert model.rowCount() == 10


def test_proxy_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    session = demo_session()
    proxy = ApplicationsProxy()
    proxy.setSourceModel(ApplicationsModel(session, FixedClock(NOW), "en"))
    proxy.sort(Column.NEXT_STEP)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text("ab")
    proxy.set_stage_filter(StageFilter.OPEN)


def test_rows_follow_edits() -> None:
    session = demo_session()
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    row = model.row_of("demo-vattern")
    assert model.verdict(row).action is Action.FOLLOW_UP
    app = session.applications[row]
    from dataclasses import replace

    session.push(ReplaceApplication(session, replace(app, stage=Stage.REJECTED), "x"))
    assert model.verdict(row).action is Action.CLOSED
    assert model.index(row, Column.NEXT_STEP).data() == "Avslutad"
    session.undo_stack.undo()
    assert model.verdict(row).action is Action.FOLLOW_UP


def test_sort_keys_put_urgent_first() -> None:
    session = demo_session()
    proxy = ApplicationsProxy()
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    proxy.setSourceModel(model)
    proxy.sort(Column.NEXT_STEP)
    ids = [proxy.index(r, 0).data(APP_ID_ROLE) for r in range(proxy.rowCount())]
    assert ids[0] == "demo-kodverket"
    assert ids[-1] == "demo-fintech"
    keys = [proxy.index(r, Column.NEXT_STEP).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert keys == sorted(keys)


def test_due_count_and_headers() -> None:
    model = ApplicationsModel(demo_session(), FixedClock(NOW), "sv")
    assert model.due_count() == 4
    assert (
        model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Job"
    )
