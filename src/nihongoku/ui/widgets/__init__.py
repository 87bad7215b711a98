"""Reusable widgets: furigana text, stroke order, and the like."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


def label(text: str = "", name: str = "", *, wrap: bool = False) -> QLabel:
    """A QLabel with a style-sheet name (the stubs lack the objectName keyword)."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    return widget


def set_state(widget: QWidget, state: str) -> None:
    """Set the style-sheet state ("right", "wrong" or "") and redraw with it."""
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def frame(name: str) -> QFrame:
    widget = QFrame()
    widget.setObjectName(name)
    return widget


class RoomyItems(QStyledItemDelegate):
    """Taller list rows, easy to hit on a touchpad; style-sheet padding on ::item is not
    counted in Qt's row height, so rows would overlap."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 18)
