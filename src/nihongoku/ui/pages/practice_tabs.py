"""Latihan: exam-style questions and kana drills, one tab each."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from nihongoku.core.profile_info import ProfileInfo
from nihongoku.ui.context import UiContext
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.pages.practice import PracticePage
from nihongoku.ui.pages.quiz import QuizPracticePage
from nihongoku.ui.widgets import label


class PracticeTabs(QWidget):
    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self.title = label("", "pageTitle")
        self.tabs = QTabWidget()
        self.quiz = QuizPracticePage(ctx, profile)
        self.kana = PracticePage(ctx, profile)
        self.tabs.addTab(self.quiz, "")
        self.tabs.addTab(self.kana, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Practice"))
        self.tabs.setTabText(0, self.tr("&Exam-style questions"))
        self.tabs.setTabText(1, self.tr("&Kana"))
