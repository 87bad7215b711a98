"""Beranda: where a learner lands after choosing their profile."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from nihongoku.core.profile_info import ProfileInfo
from nihongoku.ui.context import UiContext
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.pages.dashboard import StudyDashboard

# A learner's motto for the day; the reading and meaning follow the language setting.
MOTTO = "今日も頑張りましょう！"
MOTTO_READING = "きょうも がんばりましょう！"


class HomePage(QWidget):
    open_page = Signal(str)  # the workspace shows that page

    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.greeting = QLabel()
        self.greeting.setObjectName("pageTitle")
        self.today = QLabel()
        self.motto = QLabel(MOTTO, alignment=Qt.AlignmentFlag.AlignCenter)
        self.motto.setObjectName("motto")
        self.motto_reading = QLabel(MOTTO_READING, alignment=Qt.AlignmentFlag.AlignCenter)
        self.motto_meaning = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.role_note = QLabel(wordWrap=True)

        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.motto)
        card_layout.addWidget(self.motto_reading)
        card_layout.addWidget(self.motto_meaning)
        self.dashboard = StudyDashboard(ctx, profile)
        self.dashboard.study_requested.connect(lambda: self.open_page.emit("flashcards"))
        self.dashboard.exams_requested.connect(lambda: self.open_page.emit("exams"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today)
        layout.addSpacing(16)
        layout.addWidget(card)
        layout.addWidget(self.role_note)
        layout.addWidget(self.dashboard)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        # back from a review session (or a new day): the numbers have changed
        self.dashboard.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.motto.setFont(japanese_font(self.font(), 2.0))
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Welcome, %1!").replace("%1", self.profile.name))
        locale = QLocale(
            QLocale.Language.Indonesian
            if self._ctx.language.code == "id"
            else QLocale.Language.English
        )
        self.today.setText(locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
        self.motto.setFont(japanese_font(self.font(), 2.0))
        self.motto_meaning.setText(self.tr("Let's do our best today too!"))
        self.role_note.setText(
            self.tr("You are signed in as an instructor.") if self.profile.is_instructor else ""
        )
        self.role_note.setVisible(self.profile.is_instructor)
        self.dashboard.show_numbers()
