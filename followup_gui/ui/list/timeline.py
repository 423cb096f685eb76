"""A small picture of one application's time: applied → deadline → window → today.

Interviews, promised reply dates, the other offer's answer date and logged contacts
are marked too, each with its own shape so the picture reads without colour. Where the
labels go is worked out in ``timeline_layout``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...i18n import Lang, format_date
from ...model import Application
from ...rules.advice import Action, Verdict
from ..colours import colour, is_dark
from .icons import action_color
from .timeline_layout import LabelLayout, LabelPlace, LabelRequest, leaders, place_labels


@dataclass(frozen=True, slots=True)
class Mark:
    """One day on the timeline: applied, the deadline, an interview, today, …"""

    day: dt.date
    label: str
    shape: str  # "circle", "triangle", "square", "diamond", "tick", "today"


_WINDOW_ACTIONS = frozenset({Action.WAIT, Action.FOLLOW_UP, Action.OTHER_OFFER, Action.THANK_YOU})


_LINE_CLEARANCE = 14.0
"""From the line to the nearest row of labels, in pixels."""
_TODAY_REACH = 12.0
"""How far today's dashed line reaches above and below the line: short of the labels,
so it never strikes through today's own label right above it."""
_SHAPE_REACH = 7.0
"""Half the height of the tallest shape (and of the window band): where a leader starts."""
_MARGIN = 4.0


class TimelineWidget(QWidget):
    """Draws the marks on one horizontal line, each label near its mark and none over
    another (``timeline_layout``); the widget is as tall as its rows of labels need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: list[Mark] = []
        self.span: tuple[dt.date, dt.date] | None = None
        self.window_action: Action | None = None
        """Whose colour the window band is drawn in (the list's, for its action)."""
        self.lang: Lang = "sv"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(84)
        self.setAccessibleName(self.tr("Timeline"))

    def sizeHint(self) -> QSize:
        return QSize(360, self.minimumHeight())

    def show_application(
        self, app: Application | None, verdict: Verdict | None, today: dt.date, lang: Lang
    ) -> None:
        self.lang = lang
        self.marks = []
        self.span = None
        if app is None or verdict is None:
            self._fit_height()
            self.setAccessibleDescription("")
            self.update()
            return
        marks = (
            [] if app.applied_on is None else [Mark(app.applied_on, self.tr("Applied"), "circle")]
        )
        if app.deadline is not None:
            marks.append(Mark(app.deadline, self.tr("Deadline"), "triangle"))
        if app.ad_reply_by is not None:
            marks.append(Mark(app.ad_reply_by, self.tr("Ad's reply date"), "triangle"))
        for interview in app.interviews:
            marks.append(Mark(interview.at.date, self.tr("Interview"), "square"))
            if interview.promised_reply_by is not None:
                marks.append(
                    Mark(interview.promised_reply_by, self.tr("Promised reply"), "diamond")
                )
        if app.other_offer is not None:
            marks.append(Mark(app.other_offer.respond_by, self.tr("Answer other offer"), "diamond"))
        marks.extend(Mark(c.at.date, self.tr("Contact"), "tick") for c in app.contacts)
        marks.append(Mark(today, self.tr("Today"), "today"))
        self.marks = marks
        if (
            verdict.earliest is not None
            and verdict.latest is not None
            and verdict.action in _WINDOW_ACTIONS
        ):
            self.span = (verdict.earliest, verdict.latest)
            self.window_action = verdict.action
        self._fit_height()
        self.setAccessibleDescription(self.text_equivalent())
        self.update()

    def text_equivalent(self) -> str:
        """What the drawing shows, in words for a screen reader: the marks in date order,
        then the window for the next step."""
        if not self.marks:
            return ""
        words = [text for _mark, text in sorted(self.labels(), key=lambda m: m[0].day)]
        if self.span is not None:
            first, last = (
                format_date(day, self.lang, weekday=False, ref_year=day.year) for day in self.span
            )
            words.append(
                self.tr("Window for the next step: %1 to %2")
                .replace("%1", first)
                .replace("%2", last)
            )
        return "; ".join(words) + "."

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [m.day for m in self.marks]
        if self.span:
            days.extend(self.span)
        first, last = min(days), max(days)
        pad = max(2, (last - first).days // 12)
        return first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)

    def _x_of(self, day: dt.date) -> float:
        first, last = self._span()
        total = max(1, (last - first).days)
        left, right = 12.0, self.width() - 12.0
        return left + (right - left) * (day - first).days / total

    def labels(self) -> list[tuple[Mark, str]]:
        """One label per mark, in the order they are placed; marks of one kind on one day
        share a label ("Kontakt ×2 1 dec"). Today is placed first, so it stays on its line."""
        counted: dict[tuple[dt.date, str, str], int] = {}
        for mark in self.marks:
            key = (mark.day, mark.label, mark.shape)
            counted[key] = counted.get(key, 0) + 1
        ordered = sorted(counted, key=lambda k: (k[2] != "today", k[0]))
        labels = []
        for day, label, shape in ordered:
            when = format_date(day, self.lang, weekday=False, ref_year=day.year)
            count = counted[(day, label, shape)]
            text = f"{label} ×{count} {when}" if count > 1 else f"{label} {when}"
            labels.append((Mark(day, label, shape), text))
        return labels

    def label_layout(self) -> tuple[list[tuple[Mark, str]], LabelLayout]:
        """The labels and where they go at the widget's present width."""
        labels = self.labels()
        if not labels:
            return labels, LabelLayout((), 0, 0)
        metrics = QFontMetrics(self.font())
        requests = [
            LabelRequest(
                self._x_of(mark.day),
                float(metrics.horizontalAdvance(text)),
                mark.shape in ("today", "square", "diamond"),
            )
            for mark, text in labels
        ]
        return labels, place_labels(requests, float(self.width()))

    def label_rects(self) -> list[QRectF]:
        """Each label's rectangle in the widget, as painted (for tests and the eye)."""
        _labels, layout = self.label_layout()
        line = self._line_y(layout)
        height = QFontMetrics(self.font()).height()
        return [self._label_rect(place, line, height) for place in layout.places]

    def leader_lines(self) -> list[QLineF]:
        """The thin lines from labels a row or more out to their marks, as painted."""
        _labels, layout = self.label_layout()
        height = QFontMetrics(self.font()).height()
        return self._leader_lines(layout, self._line_y(layout), height)

    def _leader_lines(self, layout: LabelLayout, line: float, height: int) -> list[QLineF]:
        lines = []
        for index in leaders(layout):
            place = layout.places[index]
            rect = self._label_rect(place, line, height)
            if place.above:
                lines.append(QLineF(place.x, line - _SHAPE_REACH, place.x, rect.bottom()))
            else:
                lines.append(QLineF(place.x, line + _SHAPE_REACH, place.x, rect.top()))
        return lines

    def _line_y(self, layout: LabelLayout) -> float:
        height = QFontMetrics(self.font()).height()
        return _MARGIN + max(_TODAY_REACH, _LINE_CLEARANCE + layout.rows_above * height)

    @staticmethod
    def _label_rect(place: LabelPlace, line: float, height: int) -> QRectF:
        offset = _LINE_CLEARANCE + place.row * height
        top = line - offset - height if place.above else line + offset
        return QRectF(place.left, top, place.width, height)

    def _fit_height(self) -> None:
        """As tall as the rows of labels need at this width."""
        _labels, layout = self.label_layout()
        height = QFontMetrics(self.font()).height()
        below = max(_TODAY_REACH, _LINE_CLEARANCE + layout.rows_below * height)
        needed = max(84, round(self._line_y(layout) + below + _MARGIN))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # narrower: labels may need another row

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.marks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = is_dark(palette)
        text_color = palette.color(palette.ColorRole.WindowText)
        muted = colour("muted_text", dark)
        labels, layout = self.label_layout()
        y = self._line_y(layout)
        left, right = 12.0, self.width() - 12.0

        if self.span:
            start = self._x_of(self.span[0])
            end = self._x_of(self.span[1] + dt.timedelta(days=1))
            edge = (
                colour("timeline_window", dark)
                if self.window_action is None
                else action_color(self.window_action, dark)
            )
            band = QColor(edge)
            band.setAlpha(70)
            painter.fillRect(QRectF(start, y - 7, max(3.0, end - start), 14), band)
            painter.setPen(QPen(edge, 1.5))
            painter.drawRect(QRectF(start, y - 7, max(3.0, end - start), 14))

        painter.setPen(QPen(muted, 2))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        for mark in sorted(self.marks, key=lambda m: (m.day, m.shape == "today")):
            self._draw_shape(painter, mark.shape, self._x_of(mark.day), y, text_color, dark=dark)

        metrics = QFontMetrics(self.font())
        painter.setPen(QPen(muted, 1))
        for leader in self._leader_lines(layout, y, metrics.height()):
            painter.drawLine(leader)
        for (mark, text), place in zip(labels, layout.places, strict=True):
            rect = self._label_rect(place, y, metrics.height())
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(place.width) + 1)
            painter.setPen(text_color if mark.shape == "today" else muted)
            painter.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), shown)
        painter.end()

    @staticmethod
    def _draw_shape(
        painter: QPainter, shape: str, x: float, y: float, color: QColor, *, dark: bool
    ) -> None:
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(color)
        if shape == "circle":
            painter.drawEllipse(QPointF(x, y), 4.5, 4.5)
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF([QPointF(x, y - 5), QPointF(x + 5, y + 4), QPointF(x - 5, y + 4)])
            )
        elif shape == "square":
            painter.drawRect(QRectF(x - 4.5, y - 4.5, 9, 9))
        elif shape == "diamond":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, y - 5.5),
                        QPointF(x + 5.5, y),
                        QPointF(x, y + 5.5),
                        QPointF(x - 5.5, y),
                    ]
                )
            )
        elif shape == "tick":
            painter.setPen(QPen(color, 2))
            painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 6))
        else:  # today
            painter.setPen(QPen(colour("timeline_today", dark), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, y - _TODAY_REACH), QPointF(x, y + _TODAY_REACH))
