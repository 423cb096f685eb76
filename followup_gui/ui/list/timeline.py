"""A small picture of one application's time: applied → deadline → window → today.

Interviews, promised reply dates, the other offer's answer date and logged contacts
are marked too, each with its own shape so the picture reads without colour.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...advice import Action, Verdict
from ...i18n import Lang, format_date
from ...model import Application
from .icons import action_color


@dataclass(frozen=True, slots=True)
class Mark:
    day: dt.date
    label: str
    shape: str  # "circle", "triangle", "square", "diamond", "tick", "today"


_WINDOW_ACTIONS = frozenset({Action.WAIT, Action.FOLLOW_UP, Action.OTHER_OFFER, Action.THANK_YOU})


class TimelineWidget(QWidget):
    """Draws the marks on one horizontal line, labels alternating above and below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: list[Mark] = []
        self.span: tuple[dt.date, dt.date] | None = None
        self.window_color = QColor("#E69F00")
        self.lang: Lang = "sv"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(84)

    def sizeHint(self) -> QSize:
        return QSize(360, 84)

    def show_application(
        self, app: Application | None, verdict: Verdict | None, today: dt.date, lang: Lang
    ) -> None:
        self.lang = lang
        self.marks = []
        self.span = None
        if app is None or verdict is None:
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
            self.window_color = action_color(verdict.action)
        self.update()

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [m.day for m in self.marks]
        if self.span:
            days.extend(self.span)
        first, last = min(days), max(days)
        pad = max(2, (last - first).days // 12)
        return first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.marks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(palette.ColorRole.WindowText)
        muted = palette.color(palette.ColorRole.PlaceholderText)
        first, last = self._span()
        total = max(1, (last - first).days)
        left, right = 12.0, self.width() - 12.0
        y = self.height() / 2

        def x_of(day: dt.date) -> float:
            return left + (right - left) * (day - first).days / total

        if self.span:
            start, end = x_of(self.span[0]), x_of(self.span[1] + dt.timedelta(days=1))
            band = QColor(self.window_color)
            band.setAlpha(70)
            painter.fillRect(QRectF(start, y - 7, max(3.0, end - start), 14), band)
            painter.setPen(QPen(self.window_color, 1.5))
            painter.drawRect(QRectF(start, y - 7, max(3.0, end - start), 14))

        painter.setPen(QPen(muted, 2))
        painter.drawLine(QPointF(left, y), QPointF(right, y))

        metrics = QFontMetrics(self.font())
        placed: list[tuple[float, float, bool]] = []
        for mark in sorted(self.marks, key=lambda m: (m.day, m.shape == "today")):
            x = x_of(mark.day)
            self._draw_shape(painter, mark.shape, x, y, text_color)
            day = format_date(mark.day, self.lang, weekday=False, ref_year=mark.day.year)
            label = f"{mark.label} {day}"
            width = metrics.horizontalAdvance(label)
            above = mark.shape in ("today", "square", "diamond")
            lx = min(max(0.0, x - width / 2), self.width() - width)
            # step away from labels already drawn on the same side
            row = sum(1 for (a, b, side) in placed if side == above and a < lx + width and lx < b)
            if row:
                above = not above
                row = sum(
                    1 for (a, b, side) in placed if side == above and a < lx + width and lx < b
                )
            placed.append((lx, lx + width, above))
            offset = 12 + row * metrics.height()
            ty = y - offset - metrics.descent() if above else y + offset + metrics.ascent()
            painter.setPen(text_color if mark.shape == "today" else muted)
            painter.drawText(QPointF(lx, ty), label)
        painter.end()

    @staticmethod
    def _draw_shape(painter: QPainter, shape: str, x: float, y: float, color: QColor) -> None:
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
            painter.setPen(QPen(QColor("#D55E00"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, y - 18), QPointF(x, y + 18))
