"""Helpers for driving the GUI the way a person does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def on_next_modal(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the modal dialog that the next user action will open."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet: try again on the next turn of the event loop
            QTimer.singleShot(10, act)
            return
        action(dialog)

    QTimer.singleShot(0, act)


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text a person can see in ``root`` (labels, buttons, items, titles)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
    )

    texts = [root.windowTitle()] if root.isWindow() else []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        if widget.toolTip():
            texts.append(widget.toolTip())
    return [t for t in texts if t.strip()]


def close_message_box(said: list[str]) -> Callable[[QWidget], None]:
    """For ``on_next_modal``: keep what a message box says ("title\\ntext"), then close it."""

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(f"{box.windowTitle()}\n{box.text()}")
        box.buttons()[0].click()

    return read_and_close
