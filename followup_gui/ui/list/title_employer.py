"""The title column's cell on a narrow list: the title over the employer (see
:mod:`two_line`); imported when a list first gets that narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .columns import Column

Index = QModelIndex | QPersistentModelIndex

PADDING = 4


def quiet_color(palette: QPalette, selected: bool) -> QColor:
    """The employer's colour: the text's, a third of the way to the background."""
    group = palette.currentColorGroup()
    if selected:
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        back = palette.color(group, QPalette.ColorRole.Highlight)
    else:
        text = palette.color(group, QPalette.ColorRole.Text)
        back = palette.color(group, QPalette.ColorRole.Base)
    mixed = QColor()
    mixed.setRgbF(
        text.redF() * 0.68 + back.redF() * 0.32,
        text.greenF() * 0.68 + back.greenF() * 0.32,
        text.blueF() * 0.68 + back.blueF() * 0.32,
    )
    return mixed


class TitleAndEmployer(QStyledItemDelegate):
    """Draws the title column's cell as the title over the employer."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        employer = str(index.model().index(index.row(), Column.COMPANY).data() or "")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect: QRect = opt.rect.adjusted(PADDING, 2, -PADDING, -2)
        metrics = opt.fontMetrics
        line = metrics.height()
        top = rect.top() + max(0, (rect.height() - 2 * line) // 2)
        painter.save()
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        first = QRect(rect.left(), top, rect.width(), line)
        painter.drawText(
            first, flags, metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        )
        painter.setPen(quiet_color(palette, selected))
        second = QRect(rect.left(), top + line, rect.width(), line)
        painter.drawText(
            second, flags, metrics.elidedText(employer, Qt.TextElideMode.ElideRight, rect.width())
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), 2 * option.fontMetrics.height() + 6)
