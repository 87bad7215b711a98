"""The window: the profile picker, then the signed-in workspace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from nihongoku import APP_NAME
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.paths import icon_path
from nihongoku.ui.backup_task import back_up_in_background
from nihongoku.ui.context import UiContext
from nihongoku.ui.dialogs.about import open_about
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.profile_picker import ProfilePicker
from nihongoku.ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, first_glance: list[ProfileInfo] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowIcon(QIcon(str(icon_path())))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.picker = ProfilePicker(ctx, first_glance)
        self.picker.profile_opened.connect(self.open_workspace)
        self.stack.addWidget(self.picker)
        self.workspace: Workspace | None = None
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        # F1 anywhere in the window, on the profile picker as in the workspace
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.open_about)
        self.resize(1024, 700)
        self.retranslate()

    def open_workspace(self, profile: ProfileInfo) -> None:
        if not profile.is_instructor:
            back_up_in_background(self.ctx, profile.id)
        self.ctx.apply_profile(profile)
        self.workspace = Workspace(self.ctx, profile)
        self.workspace.signed_out.connect(self.show_picker)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.retranslate()

    def open_about(self) -> None:
        open_about(self)

    def store_opened(self) -> None:
        """The store finished opening after the first paint: show its real state."""
        self.ctx.apply_picker_defaults()
        self.picker.reload()

    def show_picker(self) -> None:
        # Restyle first, while the workspace is still a live child: a style-sheet change
        # re-polishes every widget, and one waiting for deferred deletion can crash PySide.
        self.ctx.apply_picker_defaults()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.picker.reload()
        self.stack.setCurrentWidget(self.picker)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.workspace is not None:
            self.setWindowTitle(f"{self.workspace.profile.name} — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)
