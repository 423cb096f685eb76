"""The list model on its own, checked by pytest-qt's model tester and by its sort keys."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from followup_gui import store
from followup_gui.model import Purpose, Stage
from followup_gui.rules.advice import Action
from followup_gui.ui.list.columns import APP_ID_ROLE, SORT_ROLE, Column
from followup_gui.ui.list.model import ApplicationsModel
from followup_gui.ui.list.proxy import ApplicationsProxy, StageFilter
from followup_gui.ui.state.clock import FixedClock
from followup_gui.ui.state.commands import AddApplication, DeleteApplication, ReplaceApplication
from followup_gui.ui.state.session import Session

from ..conftest import DEMO_COUNT, DEMO_STORE
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
    assert model.rowCount() == DEMO_COUNT


def test_proxy_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    session = demo_session()
    proxy = ApplicationsProxy()
    proxy.setSourceModel(ApplicationsModel(session, FixedClock(NOW), "en"))
    proxy.sort(Column.NEXT_STEP)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text("ab")
    proxy.set_stage_filter(StageFilter.OPEN)


def test_rows_follow_edits_and_keep_their_order() -> None:
    session = demo_session()
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    doc = session.index_of("demo-vattern")
    assert model.verdict(doc).action is Action.FOLLOW_UP
    app = session.applications[doc]
    from dataclasses import replace

    session.push(ReplaceApplication(session, replace(app, stage=Stage.REJECTED), "x"))
    assert model.verdict(doc).action is Action.CLOSED
    row = model.row_of("demo-vattern")
    assert model.index(row, Column.NEXT_STEP).data() == "Avslutad"
    assert all(model.is_closed(model.doc_index(r)) for r in range(row, model.rowCount()))
    session.undo_stack.undo()
    assert model.verdict(doc).action is Action.FOLLOW_UP
    assert model.row_of("demo-vattern") < 4


def test_inserted_and_removed_rows_land_in_sorted_place() -> None:
    session = demo_session()
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    session.push(AddApplication(session, make_app(id="new", job_title="Arkivarie")))
    titles = [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    assert model.index(model.row_of("new"), 0).data() == "Arkivarie"
    session.push(DeleteApplication(session, "demo-kodverket"))
    titles = [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]
    assert "Backend-utvecklare" not in titles
    assert titles == sorted(titles, key=str.casefold)
    for row in range(model.rowCount()):
        assert model.row_of_doc(model.doc_index(row)) == row


def test_every_column_sorts_both_ways() -> None:
    session = demo_session()
    model = ApplicationsModel(session, FixedClock(NOW), "en")
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            rows = range(model.rowCount())
            assert sorted(model.doc_index(r) for r in rows) == list(range(DEMO_COUNT))
    model.sort(Column.APPLIED, Qt.SortOrder.DescendingOrder)
    apps = [session.applications[model.doc_index(r)] for r in range(DEMO_COUNT)]
    dates = [app.applied_on for app in apps if app.applied_on is not None]
    assert dates == sorted(dates, reverse=True)


def test_sort_keys_put_urgent_first() -> None:
    session = demo_session()
    proxy = ApplicationsProxy()
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    proxy.setSourceModel(model)
    proxy.sort(Column.NEXT_STEP)
    ids = [proxy.index(r, 0).data(APP_ID_ROLE) for r in range(proxy.rowCount())]
    assert ids[0] == "demo-kodverket"
    closed = {a.id for a in session.applications if a.stage.is_closed}
    assert set(ids[-len(closed) :]) == closed  # closed ones last
    rows = [proxy.index(r, Column.NEXT_STEP).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert rows == sorted(rows)


def test_due_count_and_headers() -> None:
    model = ApplicationsModel(demo_session(), FixedClock(NOW), "sv")
    assert model.due_count() == 4
    assert (
        model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Job"
    )


def test_saved_ads_count_as_due_near_their_deadline_and_sort_by_it() -> None:
    session = demo_session()
    model = ApplicationsModel(session, FixedClock(NOW), "en")
    proxy = ApplicationsProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NEXT_STEP)
    for app_id, deadline in (("ad-far", "2026-12-20"), ("ad-near", "2026-11-28")):
        ad = make_app(
            id=app_id, stage=Stage.SAVED, applied_on=None, deadline=dt.date.fromisoformat(deadline)
        )
        session.push(AddApplication(session, ad))
    assert model.due_count() == 5  # the demo's four, and the ad due in two days
    doc = session.index_of("ad-near")
    assert model.is_due(doc) and not model.is_due(session.index_of("ad-far"))
    assert model.verdict(doc).action is Action.APPLY
    row = model.row_of("ad-near")
    assert model.data(model.index(row, Column.NEXT_STEP)) == "Apply"
    assert model.data(model.index(row, Column.APPLIED)) == ""
    assert model.data(model.index(row, Column.WHEN)) == "28 Nov"
    ids = [proxy.index(r, 0).data(APP_ID_ROLE) for r in range(proxy.rowCount())]
    assert ids.index("ad-near") < ids.index("ad-far") < ids.index("demo-fintech")
    proxy.set_stage_filter(StageFilter.DUE)
    due = {proxy.index(r, 0).data(APP_ID_ROLE) for r in range(proxy.rowCount())}
    assert "ad-near" in due and "ad-far" not in due


def test_the_when_column_says_a_window_has_passed() -> None:
    session = demo_session()
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    late = make_app(id="late", applied_on=dt.date(2026, 10, 20), deadline=dt.date(2026, 10, 26))
    session.push(AddApplication(session, late))
    assert model.verdict(session.index_of("late")).action is Action.FOLLOW_UP
    row = model.row_of("late")
    assert model.index(row, Column.WHEN).data() == "Gick ut 9 nov"
    tip = model.index(row, Column.WHEN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Tiden att följa upp var 2 nov – 9 nov"
    english = ApplicationsModel(session, FixedClock(NOW), "en")
    assert english.index(english.row_of("late"), Column.WHEN).data() == "Ended 9 Nov"
    # a window 20 working days behind is no longer due (issue 23.7), and says when it ended
    old = make_app(id="old", applied_on=dt.date(2026, 10, 1), deadline=dt.date(2026, 10, 12))
    session.push(AddApplication(session, old))
    assert model.verdict(session.index_of("old")).action is Action.AWAIT_REPLY
    assert model.index(model.row_of("old"), Column.WHEN).data() == "Gick ut 26 okt"
    # a window still open shows its dates
    kept = make_app(id="open", applied_on=dt.date(2026, 11, 10), deadline=dt.date(2026, 11, 16))
    session.push(AddApplication(session, kept))
    assert model.index(model.row_of("open"), Column.WHEN).data() == "23 nov – 30 nov"
    tip = model.index(model.row_of("open"), Column.WHEN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Följ upp nu – via e-post", "an open window's tooltip is the advice"


def test_a_row_awaiting_a_reply_shows_the_promised_date() -> None:
    """ "Vänta på svar" after an interview and a follow-up: När says by when they promised
    an answer (issue 23); with no promised date it stays empty."""
    from ..factories import contact, interview

    session = demo_session()
    promised = make_app(
        id="promised",
        applied_on=dt.date(2026, 10, 1),
        interviews=[interview("2026-11-10T10:00", "2026-11-20")],
        contacts=[contact("2026-11-24", Purpose.FOLLOW_UP)],
    )
    silent = make_app(
        id="silent",
        applied_on=dt.date(2026, 10, 1),
        interviews=[interview("2026-11-10T10:00")],
        contacts=[contact("2026-11-24", Purpose.FOLLOW_UP)],
    )
    session.push(AddApplication(session, promised))
    session.push(AddApplication(session, silent))
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    assert model.verdict(session.index_of("promised")).action is Action.AWAIT_REPLY
    assert model.index(model.row_of("promised"), Column.WHEN).data() == "Besked senast 20 nov"
    assert model.index(model.row_of("silent"), Column.WHEN).data() == ""
    english = ApplicationsModel(session, FixedClock(NOW), "en")
    assert english.index(english.row_of("promised"), Column.WHEN).data() == "Answer by 20 Nov"


def test_a_window_in_another_year_names_its_year_once() -> None:
    session = demo_session()
    model = ApplicationsModel(session, FixedClock(NOW), "sv")
    ahead = make_app(id="ahead", applied_on=dt.date(2026, 12, 28), deadline=dt.date(2027, 1, 4))
    session.push(AddApplication(session, ahead))
    when = model.index(model.row_of("ahead"), Column.WHEN).data()
    assert when.count("2027") == 1 and when.endswith(" 2027"), when
