"""Known errors raised while the app runs (a full disk during a review, a USB stick pulled
out) become a message to the user instead of a traceback on a console nobody sees.

Pages catch the errors they expect where they happen (``show_user_error``: a review
answer that cannot be saved); the hook is the net for the rest. Only NihongokuError is
handled here; anything else goes on to the previous hook (the
default one prints it; under pytest-qt, the test fails), so bugs stay bugs.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nihongoku.core.errors import NihongokuError, StoreWriteError


def user_error(error: NihongokuError) -> tuple[str, str]:
    """A title and a body for an error met while working (not at start-up)."""
    if isinstance(error, StoreWriteError):
        why = (
            QCoreApplication.translate("Messages", "the disk is full")
            if error.reason == "full"
            else QCoreApplication.translate("Messages", "the file or its folder is read-only")
        )
        return QCoreApplication.translate("Messages", "Could not save"), QCoreApplication.translate(
            "Messages",
            "Nihongoku could not save to\n%1\nbecause %2.\n\nEverything saved before is "
            "safe; only the last step was not kept. Free some space (or make the folder "
            "writable), then try again.",
        ).replace("%1", error.location).replace("%2", why)
    return QCoreApplication.translate("Messages", "Something could not be done"), str(error)


def show_user_error(parent: QWidget, error: NihongokuError) -> None:
    title, body = user_error(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, body, parent=parent)
    box.addButton(
        QCoreApplication.translate("Messages", "Close"), QMessageBox.ButtonRole.AcceptRole
    )
    box.exec()


def install_error_hook(parent: QWidget) -> None:
    """Show known errors over ``parent`` while it lives; the hook before comes back after."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, NihongokuError):
            show_user_error(parent, error)
            return
        previous(kind, error, trace)

    def restore() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous

    sys.excepthook = hook
    parent.destroyed.connect(restore)
