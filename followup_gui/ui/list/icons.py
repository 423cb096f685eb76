"""Icons for the verdict actions, drawn in code.

Each action has its own shape as well as its own colour (Okabe–Ito colours, safe for
the common kinds of colour blindness), so the list reads without relying on colour; the
outline stands out from light and dark rows alike (:mod:`..colours` checks it).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ...rules.advice import Action
from ..colours import colour

_NAMES: dict[Action, str] = {action: action.name.lower() for action in Action}
"""Each action's name in :mod:`..colours` ("action_…" for words, "icon_…" for fills)."""


def action_color(action: Action, dark: bool = False) -> QColor:
    """The colour of the action's words in the list: 4.5:1 on its rows (light or dark)."""
    return colour("action_" + _NAMES[action], dark)


@functools.cache
def action_icon(action: Action, dark: bool = False) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(_draw(action, dark, size))
    return icon


def _draw(action: Action, dark: bool, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 16, size / 16)
    color = colour("icon_" + _NAMES[action], dark)
    outline = colour("icon_outline", dark)
    painter.setPen(QPen(outline, 0.8))
    painter.setBrush(QBrush(color))
    _SHAPES[action](painter, color, outline)
    painter.end()
    return pixmap


def _white_pen() -> QPen:
    pen = QPen(colour("icon_mark"), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _follow_up(p: QPainter, color: QColor, outline: QColor) -> None:
    # an arrow pointing right: "go"
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(x, y)
                for x, y in (
                    (2, 5.5),
                    (8.5, 5.5),
                    (8.5, 2),
                    (14.5, 8),
                    (8.5, 14),
                    (8.5, 10.5),
                    (2, 10.5),
                )
            ]
        )
    )


def _thank_you(p: QPainter, color: QColor, outline: QColor) -> None:
    # an envelope
    p.drawRect(QRectF(1.5, 3.5, 13, 9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(QPolygonF([QPointF(1.5, 3.5), QPointF(8, 9), QPointF(14.5, 3.5)]))


def _other_offer(p: QPainter, color: QColor, outline: QColor) -> None:
    # a diamond with an exclamation mark
    p.drawPolygon(QPolygonF([QPointF(8, 0.8), QPointF(15.2, 8), QPointF(8, 15.2), QPointF(0.8, 8)]))
    p.setPen(_white_pen())
    p.drawLine(QPointF(8, 4.5), QPointF(8, 8.8))
    p.drawPoint(QPointF(8, 11.5))


def _interview(p: QPainter, color: QColor, outline: QColor) -> None:
    # a calendar page
    p.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5)
    p.setBrush(QBrush(outline))
    p.drawRect(QRectF(1.5, 2.5, 13, 3))
    p.setPen(QPen(colour("icon_mark"), 1.2))
    for x in (5, 8, 11):
        p.drawPoint(QPointF(x, 9))
        p.drawPoint(QPointF(x, 12))


def _wait(p: QPainter, color: QColor, outline: QColor) -> None:
    # an hourglass
    path = QPainterPath()
    path.moveTo(3, 1.5)
    path.lineTo(13, 1.5)
    path.lineTo(8, 8)
    path.lineTo(13, 14.5)
    path.lineTo(3, 14.5)
    path.lineTo(8, 8)
    path.closeSubpath()
    p.drawPath(path)


def _await_reply(p: QPainter, color: QColor, outline: QColor) -> None:
    # a speech bubble with three dots
    path = QPainterPath()
    path.addRoundedRect(QRectF(1, 2, 14, 9.5), 3, 3)
    path.moveTo(4, 11.5)
    path.lineTo(3.5, 15)
    path.lineTo(7.5, 11.5)
    p.drawPath(path.simplified())
    p.setPen(_white_pen())
    for x in (5, 8, 11):
        p.drawPoint(QPointF(x, 6.8))


def _apply(p: QPainter, color: QColor, outline: QColor) -> None:
    # a sheet of paper with a folded corner and two lines of text: an ad to answer
    path = QPainterPath()
    path.moveTo(3, 1.5)
    path.lineTo(10, 1.5)
    path.lineTo(13, 4.5)
    path.lineTo(13, 14.5)
    path.lineTo(3, 14.5)
    path.closeSubpath()
    p.drawPath(path)
    p.setPen(QPen(colour("icon_ink"), 0.9))  # dark lines on the yellow sheet, also in the dark
    for y in (7.5, 10.5):
        p.drawLine(QPointF(5.5, y), QPointF(10.5, y))


def _closed(p: QPainter, color: QColor, outline: QColor) -> None:
    # a check mark in a circle
    p.drawEllipse(QRectF(1.5, 1.5, 13, 13))
    p.setPen(_white_pen())
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(QPolygonF([QPointF(4.5, 8.2), QPointF(7, 10.8), QPointF(11.5, 5.5)]))


_SHAPES = {
    Action.FOLLOW_UP: _follow_up,
    Action.APPLY: _apply,
    Action.THANK_YOU: _thank_you,
    Action.OTHER_OFFER: _other_offer,
    Action.INTERVIEW_SCHEDULED: _interview,
    Action.WAIT: _wait,
    Action.AWAIT_REPLY: _await_reply,
    Action.CLOSED: _closed,
}
