"""The "Översikt" page: the search in pictures, from :mod:`followup_gui.reports.stats`.

Nothing is built until the page is first shown; the figures come from one pass of the core
(:func:`followup_gui.reports.stats.compute`), and the follow-ups' timing (the dearest figure) is
filled in just after the first paint. A click on a bar asks the window to filter the list to
those applications (:attr:`OverviewPage.filter_requested`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...i18n import Lang, format_date, month_name
from ...reports.stats import (
    ANSWERED_PART,
    TIMING_MEANINGS,
    TOO_FEW_LABEL,
    UNANSWERED_PART,
    AnswerGroup,
    Stats,
    Step,
    number,
    percent,
)
from ...reports.stats_tables import table
from .card import ChartCard
from .charts import Bar, ColumnChart, RowChart
from .legend import Legend

Filter = tuple[tuple[str, ...], str]
"""The applications to show, and the words that say which they are."""


def fill(text: str, *values: object) -> str:
    """Qt's ``%1``…``%9`` in a translated text, filled (the last first: ``%1`` is in ``%10``)."""
    for number_, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number_}", str(value))
    return text


class OverviewPage(QWidget):
    """Six figures in cards; built at the first show, refreshed when the store changes."""

    filter_requested = Signal(list, str)
    """Show only these application ids in the list, described by the text."""
    report_requested = Signal()
    """Open the monthly activity report."""

    def __init__(
        self, figures: Callable[[], Stats], lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._figures = figures
        self.lang = lang
        self.stats: Stats | None = None
        self.cards: dict[str, ChartCard] = {}
        self._filters: dict[str, list[Filter]] = {}
        self._stale = True
        self._follow_ups_due = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return bool(self.cards)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.built:
            self._build()
        if self._stale:
            self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._follow_ups_due:  # the rest is on screen: now the dearest figure
            self._follow_ups_due = False
            QTimer.singleShot(0, self, self._fill_follow_ups)

    def mark_stale(self) -> None:
        """The store changed: refresh now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from chart to chart
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(12)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        places = {
            "per_week": (1, 0, ColumnChart()),
            "funnel": (1, 1, RowChart()),
            "by_source": (2, 0, RowChart()),
            "by_how": (2, 1, RowChart()),
            "follow_ups": (3, 0, RowChart()),
            "month": (3, 1, RowChart()),
        }
        for key, (row, column, chart) in places.items():
            card = ChartCard(key, chart, self.lang)
            chart.activated.connect(lambda index, key=key: self._activate(key, index))
            self.cards[key] = card
            grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.follow_up_note = QLabel()
        self.follow_up_note.setWordWrap(True)
        self.follow_up_legend = Legend(self.tr("Legend"))
        self.cards["follow_ups"].extra.addWidget(self.follow_up_legend)
        self.cards["follow_ups"].extra.addWidget(self.follow_up_note)
        self.month_note = QLabel()
        self.month_note.setWordWrap(True)
        link = self.tr("Open the activity report…")
        self.report_link = QLabel(f'<a href="report">{link}</a>')
        self.report_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.report_link.linkActivated.connect(lambda _link: self.report_requested.emit())
        self.cards["month"].extra.addWidget(self.month_note)
        self.cards["month"].extra.addWidget(self.report_link)
        scroll.setWidget(body)
        self._layout.addWidget(scroll)

    # ---------------------------------------------------------------- filling

    def refresh(self) -> None:
        """Compute the figures and draw them; the follow-ups' timing right after."""
        self._stale = False
        stats = self.stats = self._figures()
        lang = self.lang
        self.heading.setText(fill(self.tr("Overview – %1"), format_date(stats.now.date(), lang)))
        self._fill_weeks(stats)
        self._fill_funnel(stats)
        self._fill_groups("by_source", stats.by_source)
        self._fill_groups("by_how", stats.by_how)
        self._fill_month(stats)
        about = stats.about()
        for key in ("per_week", "funnel", "by_source", "by_how", "month"):
            self.cards[key].set_about(about[key], table(stats, key, lang))
        self.cards["follow_ups"].title.setText(about["follow_ups"].title.text(lang))
        self.follow_up_note.setText(self.tr("Working out the follow-ups…"))
        self._follow_ups_due = True
        self.update()  # the follow-ups are worked out once this has been painted

    def _bars(self, key: str, bars: Sequence[tuple[Bar, Filter]]) -> None:
        chart = self.cards[key].chart
        chart.set_bars([bar for bar, _ in bars])
        self._filters[key] = [target for _, target in bars]

    def _fill_weeks(self, stats: Stats) -> None:
        lang = self.lang
        chart = self.cards["per_week"].chart
        assert isinstance(chart, ColumnChart)
        bars = []
        for week in stats.weeks:
            number_ = week.monday.isocalendar().week
            label = f"v{number_:02d}" if lang == "sv" else f"W{number_:02d}"
            monday = format_date(week.monday, lang, ref_year=stats.now.year)
            what = fill(self.tr("Week %1 (from %2): %3 sent"), number_, monday, week.applications)
            bars.append((
                Bar(label, week.applications, str(week.applications) if week.applications else "",
                    what),
                (week.ids, fill(self.tr("Sent in week %1"), number_)),
            ))  # fmt: skip
        self._bars("per_week", bars)
        weekly = stats.weekly_target
        if weekly is None or stats.monthly_target is None:
            chart.set_target(None, "")
        else:
            chart.set_target(
                weekly,
                fill(
                    self.tr("Target %1 a month ≈ %2 a week"),
                    stats.monthly_target,
                    number(round(weekly, 1), lang),
                ),
            )

    def _fill_funnel(self, stats: Stats) -> None:
        lang = self.lang
        first = max(stats.funnel[0].count, 1)
        bars = []
        for step in stats.funnel:
            share = step.of_previous.value
            if step.step is Step.SAVED:
                text = str(step.count)
            elif share is None:
                text = f"{step.count} · {TOO_FEW_LABEL.text(lang)}"
            else:
                text = fill(self.tr("%1 · %2 of the step before"), step.count, percent(share, lang))
            name = step.label.text(lang)
            bars.append((
                Bar(name, step.count / first, text, text),
                (step.ids, fill(self.tr("Funnel: %1"), name)),
            ))  # fmt: skip
        self._bars("funnel", bars)

    def _fill_groups(self, key: str, groups: Sequence[AnswerGroup]) -> None:
        lang = self.lang
        bars = []
        for group in groups:
            if not group.applied:
                continue
            rate = group.rate.value
            text = group.rate.words(lang)
            if group.days.value is not None:
                text += " · " + fill(self.tr("median %1 days"), number(group.days.value, lang))
            name = group.label.text(lang)
            bars.append((
                Bar(name, rate or 0.0, text, text, muted=rate is None),
                (group.ids, name),
            ))  # fmt: skip
        self._bars(key, bars)

    def _fill_follow_ups(self) -> None:
        stats = self.stats
        if stats is None:
            return
        lang = self.lang
        follow_ups = stats.follow_ups
        widest = max((g.count for g in follow_ups.groups), default=0) or 1
        bars = []
        for group in follow_ups.groups:
            name = group.label.text(lang)
            text = fill(self.tr("%1 · %2 followed by an answer"), group.count, group.answered.count)
            part = group.answered.count / group.count if group.count else None
            bars.append((
                Bar(name, group.count / widest, text, text, part=part),
                (group.ids, fill(self.tr("Follow-ups: %1"), name)),
            ))  # fmt: skip
        self._bars("follow_ups", bars)
        about = stats.about()["follow_ups"]
        card = self.cards["follow_ups"]
        card.set_about(about, table(stats, "follow_ups", lang))
        legend: list[tuple[str | None, str]] = [
            ("chart_part", ANSWERED_PART.text(lang)),  # the bars' colours: the chart's own
            ("chart_bar", UNANSWERED_PART.text(lang)),
        ]
        legend += [
            (None, f"{group.label.text(lang)}: {TIMING_MEANINGS[group.timing].text(lang)}")
            for group in follow_ups.groups
        ]
        self.follow_up_legend.set_entries(legend)
        described = card.chart.accessibleDescription()
        card.chart.setAccessibleDescription(
            f"{described} {self.follow_up_legend.accessibleDescription()}"
        )
        self.follow_up_note.setText(
            fill(
                self.tr("Followed by an answer, all together: %1"), follow_ups.answered.words(lang)
            )
        )

    def _fill_month(self, stats: Stats) -> None:
        lang = self.lang
        month = stats.month
        name = f"{month_name(month.month[1], lang)} {month.month[0]}"
        if month.target is None:
            text = fill(self.tr("%1 sent (no monthly target in the profile)"), month.sent)
            bar = Bar(name, 0.0, text, text, muted=True)  # nothing to measure against
        else:
            text = fill(self.tr("%1 of %2 sent"), month.sent, month.target)
            bar = Bar(name, min(month.sent / max(month.target, 1), 1.0), text, text)
        self._bars("month", [(bar, (month.ids, fill(self.tr("Sent in %1"), name)))])
        if month.reported:
            note = self.tr("The report is marked as sent.")
        elif month.in_progress:  # still being collected: nothing to send yet
            note = self.tr(
                "The month is in progress: applications are still being counted. "
                "The report is sent once the month is over."
            )
        else:
            note = self.tr("The report is not marked as sent yet.")
        self.month_note.setText(note)

    def _activate(self, key: str, index: int) -> None:
        targets = self._filters.get(key, [])
        if 0 <= index < len(targets):
            ids, words = targets[index]
            self.filter_requested.emit(list(ids), words)
