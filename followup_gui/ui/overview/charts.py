"""The overview's charts, drawn with QPainter: columns (the weeks) and rows (the rest).

No chart library: two small widgets cover every figure, start at no cost, and follow the
palette (light or dark) with the Okabe–Ito colours, which stay apart for every common kind
of colour blindness. No meaning rests on colour alone: a count or a share is written beside
each bar, a target is a dashed line with its words, and a share too few to say is hatched.

Each bar can be clicked, or reached with the arrow keys and chosen with Enter or Space:
:attr:`Chart.activated` says which.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ..colours import colour, is_dark

MUTED_STUB = 18
"""The width of a bar whose share is too few to say (hatched, with the words beside it)."""


@dataclass(frozen=True, slots=True)
class Colours:
    """The chart colours for one palette (light or dark background)."""

    bar: QColor
    part: QColor
    """The part of a bar that answered (the follow-ups), or the progress made."""
    target: QColor
    text: QColor
    faint: QColor
    """Axis lines and the bars of shares too few to say."""
    focus: QColor


def colours_for(palette: QPalette) -> Colours:
    """Okabe–Ito picks (Okabe & Ito 2008, "Color Universal Design": apart for deutan,
    protan and tritan eyes) with 3:1 or more on the palette's background, from the table
    in :mod:`..colours`, which checks them."""
    dark = is_dark(palette)
    return Colours(
        colour("chart_bar", dark),
        colour("chart_part", dark),
        colour("chart_target", dark),
        palette.color(QPalette.ColorRole.WindowText),
        colour("chart_faint", dark),
        palette.color(QPalette.ColorRole.Highlight),
    )


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, its length (0–1 of the widest), and the words written beside it."""

    label: str
    fraction: float
    text: str
    tooltip: str = ""
    part: float | None = None
    """A share of the bar drawn in the second colour (0–1 of the bar), if any."""
    muted: bool = False
    """Too few to say: drawn hatched and faint."""


class Chart(QWidget):
    """What both charts share: bars, a current bar, hover, click and keyboard."""

    activated = Signal(int)
    """A bar was clicked or chosen with Enter/Space: its index."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._current = -1
        self._hover = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self._current = min(self._current, len(self._bars) - 1)
        self._hover = -1
        self.updateGeometry()
        self.update()

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is drawn (its whole slot, for clicks)."""
        raise NotImplementedError

    def bar_at(self, point: QPointF) -> int:
        return next((i for i in range(len(self._bars)) if self.bar_rect(i).contains(point)), -1)

    # ---------------------------------------------------------------- events

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index != self._hover:
            self._hover = index
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        if index >= 0 and self._bars[index].tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), self._bars[index].tooltip, self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self._current = index
            self.update()
            self.activated.emit(index)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self._bars)
        forward = (Qt.Key.Key_Right, Qt.Key.Key_Down)
        backward = (Qt.Key.Key_Left, Qt.Key.Key_Up)
        if count and key in forward:
            self._current = min(self._current + 1, count - 1)
        elif count and key in backward:
            self._current = max(self._current - 1, 0)
        elif count and key == Qt.Key.Key_Home:
            self._current = 0
        elif count and key == Qt.Key.Key_End:
            self._current = count - 1
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self.activated.emit(self._current)
            return
        else:
            super().keyPressEvent(event)
            return
        bar = self._bars[self._current]
        self.setToolTip(bar.tooltip)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current < 0 and self._bars:
            self._current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # ---------------------------------------------------------------- drawing helpers

    def _fill(self, painter: QPainter, rect: QRectF, bar: Bar, index: int, c: Colours) -> None:
        fill = QColor(c.faint if bar.muted else c.bar)
        if index == self._hover:
            fill = fill.lighter(125) if is_dark(self.palette()) else fill.darker(125)
        brush = QBrush(
            fill, Qt.BrushStyle.BDiagPattern if bar.muted else Qt.BrushStyle.SolidPattern
        )
        painter.fillRect(rect, brush)
        if bar.muted:
            painter.setPen(QPen(c.faint, 1))
            painter.drawRect(rect)
        if bar.part is not None and rect.width() > 0 and rect.height() > 0:
            part = QRectF(rect)
            if self.vertical():
                part.setTop(rect.bottom() - rect.height() * bar.part)
            else:
                part.setWidth(rect.width() * bar.part)
            painter.fillRect(part, c.part)

    def _focus_frame(self, painter: QPainter, index: int, c: Colours) -> None:
        if self.hasFocus() and index == self._current:
            pen = QPen(c.focus, 2, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.bar_rect(index).adjusted(1, 1, -1, -1))

    def vertical(self) -> bool:
        return False


class ColumnChart(Chart):
    """Upright bars with their count above and label below, and a dashed target line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: float | None = None
        self._target_text = ""

    def set_target(self, value: float | None, text: str) -> None:
        self._target, self._target_text = value, text
        self.update()

    def vertical(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(40 * len(self._bars), 320), 8 * line + 40)

    def minimumSizeHint(self) -> QSize:
        return QSize(24 * max(len(self._bars), 1), 6 * self.fontMetrics().height())

    def _plot(self) -> QRectF:
        """The bars' area: a line for the target's legend above, one for the labels below."""
        line = self.fontMetrics().height()
        top = 2 * line + 12
        return QRectF(4, top, self.width() - 8, self.height() - top - line - 8)

    def _top_value(self) -> float:
        counts = [bar.fraction for bar in self._bars]
        return max([*counts, self._target or 0.0, 1.0])

    def bar_rect(self, index: int) -> QRectF:
        plot = self._plot()
        slot = plot.width() / max(len(self._bars), 1)
        return QRectF(plot.left() + index * slot, 0, slot, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colours_for(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        plot = self._plot()
        top = self._top_value()
        metrics = self.fontMetrics()
        slot = plot.width() / max(len(self._bars), 1)
        width = max(slot * 0.62, 2)
        painter.setPen(QPen(c.faint, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for i, bar in enumerate(self._bars):
            height = plot.height() * bar.fraction / top
            x = plot.left() + i * slot + (slot - width) / 2
            rect = QRectF(x, plot.bottom() - height, width, height)
            self._fill(painter, rect, bar, i, c)
            painter.setPen(c.text)
            painter.drawText(
                QRectF(
                    plot.left() + i * slot,
                    rect.top() - metrics.height() - 2,
                    slot,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignCenter,
                bar.text,
            )
            painter.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot)),
            )
            self._focus_frame(painter, i, c)
        if self._target:
            y = plot.bottom() - plot.height() * self._target / top
            dashed = QPen(c.target, 2, Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            # the legend, above the bars: a piece of the dashed line and its words
            legend_y = 4 + metrics.height() / 2
            painter.drawLine(QPointF(plot.left(), legend_y), QPointF(plot.left() + 28, legend_y))
            painter.setPen(c.text)
            painter.drawText(
                QRectF(plot.left() + 36, 4, plot.width() - 36, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._target_text,
            )
        painter.end()


class RowChart(Chart):
    """Lying bars: a label on the left, the bar, and its words after it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label_width = 0

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:
        return QSize(420, self._row_height() * max(len(self._bars), 1) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self._row_height() * max(len(self._bars), 1) + 4)

    def _label_column(self) -> float:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)
        return min(widest + 12, self.width() * 0.4)

    def _text_column(self) -> float:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(bar.text) for bar in self._bars), default=0)
        return min(widest + 12, self.width() * 0.45)

    def bar_rect(self, index: int) -> QRectF:
        row = self._row_height()
        return QRectF(0, 2 + index * row, self.width(), row)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colours_for(self.palette())
        painter = QPainter(self)
        metrics = self.fontMetrics()
        label_w = self._label_column()
        text_w = self._text_column()
        span = max(self.width() - label_w - text_w - 8, 10)
        row = self._row_height()
        for i, bar in enumerate(self._bars):
            y = 2 + i * row
            painter.setPen(c.text)
            painter.drawText(
                QRectF(4, y, label_w - 8, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8)),
            )
            length = max(span * min(max(bar.fraction, 0.0), 1.0), 1.0 if bar.fraction else 0.0)
            rect = QRectF(label_w, y + 4, length, row - 8)
            painter.setPen(QPen(c.faint, 1))
            painter.drawLine(QPointF(label_w, y + 2), QPointF(label_w, y + row - 2))
            if bar.muted:  # no length to show: a hatched stub says "too few"
                rect.setWidth(MUTED_STUB)
            self._fill(painter, rect, bar, i, c)
            painter.setPen(c.text)
            painter.drawText(
                QRectF(label_w + rect.width() + 6, y, text_w, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
            self._focus_frame(painter, i, c)
        painter.end()
