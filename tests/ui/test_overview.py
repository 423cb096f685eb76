"""The overview page: made when first shown, its charts drawn from followup_gui.reports.stats, and a
click on a bar (or a funnel step) showing those applications in the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from followup_gui.i18n import Lang
from followup_gui.reports.stats import Step
from followup_gui.ui.colours import colour, is_dark
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.overview.charts import Chart, ColumnChart, RowChart
from followup_gui.ui.overview.page import OverviewPage
from followup_gui.ui.state.commands import DeleteApplication

from .conftest import WindowFactory


def open_overview(qtbot: QtBot, window: MainWindow) -> OverviewPage:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_key() == "overview"
    page = window.overview.page
    assert page is not None
    qtbot.waitUntil(lambda: "follow_ups" in page._filters)
    return page


def click_bar(qtbot: QtBot, chart: Chart, index: int) -> None:
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center().toPoint())


def listed_ids(window: MainWindow) -> list[str]:
    proxy, model = window.proxy, window.model
    return [model.app_id(model.doc_index(proxy.mapToSource(proxy.index(r, 0)).row()))
            for r in range(proxy.rowCount())]  # fmt: skip


def test_the_page_is_made_only_when_first_opened(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    assert window.pages.keys() == ["applications", "overview", "report"]
    assert window.overview.page is None
    page = open_overview(qtbot, window)
    assert page.isVisible()
    assert page.stats is not None
    assert page.stats.step(Step.SAVED).count == len(window.session.applications)
    assert set(page.cards) == {"per_week", "funnel", "by_source", "by_how", "follow_ups", "month"}
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_key() == "applications"


def test_clicking_a_week_shows_its_applications_in_the_list(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    page = open_overview(qtbot, window)
    assert page.stats is not None
    weeks = page.stats.weeks
    index = max(range(len(weeks)), key=lambda i: weeks[i].applications)
    chart = page.cards["per_week"].chart
    assert isinstance(chart, ColumnChart)
    click_bar(qtbot, chart, index)
    assert window.pages.current_key() == "applications"
    assert sorted(listed_ids(window)) == sorted(weeks[index].ids)
    assert len(weeks[index].ids) < len(window.session.applications)
    bar = window.page._only_bar
    assert bar.isVisible()
    assert f"week {weeks[index].monday.isocalendar().week}" in window.page._only_label.text()
    window.page._only_clear.click()
    assert window.proxy.rowCount() == len(window.session.applications)
    assert not bar.isVisible()


def test_a_funnel_step_chosen_with_the_keyboard_filters_too(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    page = open_overview(qtbot, window)
    chart = page.cards["funnel"].chart
    assert isinstance(chart, RowChart)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # the third step: answered
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert page.stats is not None
    answered = page.stats.step(Step.ANSWERED)
    assert answered.count > 0
    assert sorted(listed_ids(window)) == sorted(answered.ids)


def test_each_chart_can_be_read_aloud_and_copied_as_a_table(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    page = open_overview(qtbot, window)
    for card in page.cards.values():
        assert card.chart.accessibleName()
        assert card.chart.accessibleDescription()
        assert card.copy_action in card.chart.actions()
    weeks = page.cards["per_week"]
    assert weeks.chart.accessibleName() == "Applications per week"
    assert "Applications sent per week" in weeks.chart.accessibleDescription()
    assert "-W" not in weeks.chart.accessibleDescription()
    weeks.copy_action.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Week\tFrom\tApplications\tTarget a week"
    assert len(lines) == 13
    assert lines[-1].startswith("Week 48\tMonday 23 November\t")


def test_the_page_follows_the_store(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    page = open_overview(qtbot, window)
    assert page.stats is not None
    before = page.stats.step(Step.SAVED).count
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.session.push(DeleteApplication(window.session, "demo-vattern"))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: page.stats is not None and page.stats.step(Step.SAVED).count == before - 1
    )


def test_the_toolbar_switches_pages(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    toolbar = window.findChild(QWidget, "mainToolbar")
    assert toolbar is not None
    actions = window.pages.switch_actions
    assert actions[0] in toolbar.actions() and actions[1] in toolbar.actions()
    assert actions[0].isChecked()
    actions[1].trigger()
    assert actions[1].isChecked() and not actions[0].isChecked()


def test_an_import_after_a_chart_pick_lists_what_came_in(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, tmp_path: Path
) -> None:
    """Issue 23: a week picked in a chart no longer hides the applications just imported."""
    from PySide6.QtWidgets import QDialog

    from followup_gui.ui.dialogs.import_wizard import ImportWizard

    from .conftest import when_dialog_opens

    source = tmp_path / "Job Applications.csv"
    source.write_text(
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
        "Resume Name,Question And Answers\n"
        '"11/20/26, 8:15 AM",,,Acme AB,Lagerarbetare,http://www.linkedin.com/jobs/view/1,cv.pdf,\n',
        encoding="utf-8",
    )
    window = make_window(demo_copy, lang="en")
    page = open_overview(qtbot, window)
    assert page.stats is not None
    weeks = page.stats.weeks
    index = max(range(len(weeks)), key=lambda i: weeks[i].applications)
    chart = page.cards["per_week"].chart
    assert isinstance(chart, ColumnChart)
    click_bar(qtbot, chart, index)
    assert window.page._only_bar.isVisible()
    before = {a.id for a in window.session.document.applications}

    def go(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        dialog.next_button.click()
        dialog.accept()

    when_dialog_opens(go)
    assert window.files.import_from(source)
    added = [a.id for a in window.session.document.applications if a.id not in before]
    assert len(added) == 1
    assert added[0] in listed_ids(window)  # old code: the week's pick still hid it
    assert window.proxy.rowCount() == len(window.session.applications)
    assert not window.page._only_bar.isVisible()
    current = window.current_application()
    assert current is not None and current.id == added[0]


def test_the_follow_up_chart_has_a_legend_in_the_charts_colours_read_aloud_too(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    page = open_overview(qtbot, window)
    legend = page.follow_up_legend
    assert legend.isVisible()
    assert [s.name for s in legend.swatches] == ["chart_part", "chart_bar"]  # answered or not
    texts = legend.texts()
    assert texts[:2] == ["Followed by an answer", "No answer after it"]
    assert texts[2:] == [
        "Inside the window: made while the advice was to follow up",
        "Early: made before the advice was to follow up",
        "Late: made after the time to follow up had passed",
        "Again (already followed up): one more with no news since the last",
    ]
    dark = is_dark(legend.palette())
    qtbot.waitUntil(lambda: all(s.size() == s.sizeHint() for s in legend.swatches))  # laid out
    for swatch in legend.swatches:  # painted in the table's colour, as the bars are
        image = swatch.grab().toImage()
        side = swatch.fontMetrics().height() - 4  # the square's side, from x = 1
        middle = image.pixelColor(1 + side // 2, image.height() // 2)
        assert middle.name() == colour(swatch.name, dark).name()
        assert swatch.accessibleName() in texts
    said = page.cards["follow_ups"].chart.accessibleDescription()
    assert "No answer after it" in said and "Late: made after the time" in said
    assert legend.accessibleName() == "Legend"
    assert "Green" not in page.follow_up_note.text()  # no meaning in a colour's name


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_running_month_is_in_progress_not_unsent(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, lang: Lang
) -> None:
    window = make_window(demo_copy, lang=lang)
    page = open_overview(qtbot, window)
    assert page.stats is not None and page.stats.month.month == (2026, 10)  # due, not sent
    assert page.month_note.text() == "The report is not marked as sent yet."
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    report = window.report.page
    assert report is not None
    report.mark_button.click()  # October sent: the overview turns to November, still running
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stats is not None and page.stats.month.month == (2026, 11))
    assert page.stats is not None and page.stats.month.in_progress
    note = page.month_note.text()
    assert "in progress" in note and "not marked as sent" not in note
    if lang == "sv":  # the legend's words come from the core, in the UI's language
        assert "Följdes av svar" in page.follow_up_legend.texts()
        assert "För sent: gjord när tiden för att följa upp hade gått ut" in (
            page.follow_up_legend.texts()
        )
