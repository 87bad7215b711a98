"""The signed-in screen: navigation on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.profile_info import FONT_SIZES, ProfileInfo
from nihongoku.ui.context import UiContext
from nihongoku.ui.dialogs.about import open_about
from nihongoku.ui.dialogs.settings import SettingsDialog
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.pages import PageSpec, available_pages
from nihongoku.ui.widgets import RoomyItems

# pages that copy the course when built (see _renew_if_stale)
COURSE_PAGES = ("flashcards", "practice")


class Workspace(QWidget):
    signed_out = Signal()

    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self.setObjectName("Workspace")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._ctx = ctx
        self.profile = profile
        self.specs: list[PageSpec] = [p for p in available_pages() if p.visible_for(profile)]

        self.who = QLabel()
        self.who.setObjectName("whoLabel")
        self.about_button = QPushButton()
        self.settings_button = QPushButton()
        self.sign_out_button = QPushButton()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setItemDelegate(RoomyItems(self.nav))
        self.nav.setFixedWidth(190)
        self.pages = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        self._built_with: dict[str, object] = {}  # the course each page was built with
        for spec in self.specs:
            self.nav.addItem(spec.title())
            self.pages.addWidget(QWidget())  # built on first visit: sign-in stays quick

        header = QHBoxLayout()
        header.addWidget(self.who)
        header.addStretch(1)
        header.addWidget(self.about_button)
        header.addWidget(self.settings_button)
        header.addWidget(self.sign_out_button)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        self.nav.currentRowChanged.connect(self._show_row)
        self.about_button.clicked.connect(self.open_about)
        self.settings_button.clicked.connect(self.open_settings)
        self.sign_out_button.clicked.connect(self.sign_out)
        for number in range(1, min(len(self.specs), 9) + 1):
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                lambda row=number - 1: self.nav.setCurrentRow(row),
            )
        QShortcut(QKeySequence.StandardKey.Preferences, self, self.open_settings)
        QShortcut(QKeySequence("Ctrl+,"), self, self.open_settings)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.change_font_size(+1))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.change_font_size(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.change_font_size(-1))
        self.nav.setCurrentRow(0)
        self.retranslate()

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it has not been visited yet."""
        if key not in self._built:
            row = [s.key for s in self.specs].index(key)
            built = self.specs[row].build(self._ctx, self.profile)
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, built)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[key] = built
            self._built_with[key] = self._ctx.loaded_course
            opener = getattr(built, "open_page", None)
            if opener is not None:  # a page may send the learner to another page
                opener.connect(self.show_page)
            studier = getattr(built, "study_lesson", None)
            if studier is not None:  # the lesson reader's "study this lesson's cards"
                studier.connect(self.open_lesson_cards)
        return self._built[key]

    def show_page(self, key: str) -> None:
        keys = [s.key for s in self.specs]
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            key = self.specs[row].key
            self._renew_if_stale(key)
            self.pages.setCurrentWidget(self.page(key))

    def _renew_if_stale(self, key: str) -> None:
        """Kartu and Latihan keep the course they were built with: after an instructor
        saved or imported lessons, they are built again when next shown (an open review
        or quiz starts over; every answer given is already saved)."""
        built = self._built.get(key)
        if key not in COURSE_PAGES or built is None:
            return
        if self._built_with.get(key) is self._ctx.loaded_course:
            return
        row = [s.key for s in self.specs].index(key)
        del self._built[key]
        self.pages.insertWidget(row, QWidget())
        self.pages.removeWidget(built)
        built.deleteLater()

    def confirm_leave(self) -> bool:
        """Every built page with unsaved work agrees to be left (asks the user if needed)."""
        for built in self._built.values():
            ask = getattr(built, "confirm_leave", None)
            if ask is not None and not ask():
                return False
        return True

    def sign_out(self) -> None:
        if self.confirm_leave():
            self.signed_out.emit()

    def open_lesson_cards(self, lesson_id: str) -> None:
        """Kartu, with one lesson chosen as what to study; the learner presses Start."""
        from nihongoku.ui.pages.flashcards import FlashcardsPage

        if "flashcards" not in [s.key for s in self.specs]:
            return
        page = self.page("flashcards")
        assert isinstance(page, FlashcardsPage)
        if page.choose_lesson(lesson_id):
            self.show_page("flashcards")

    def nav_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def open_about(self) -> None:
        open_about(self)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self._ctx, self.profile, self)
        if dialog.exec() and dialog.saved is not None:
            self.profile = dialog.saved

    def change_font_size(self, step: int) -> None:
        size = self.profile.font_size + step
        if size in FONT_SIZES:
            self.profile = self._ctx.services.profiles.set_preferences(
                self.profile.id, font_size=size
            )
            self._ctx.apply_profile(self.profile)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        role = self.tr("Instructor") if self.profile.is_instructor else self.tr("Learner")
        self.who.setText(f"{self.profile.name}  ·  {role}")
        self.about_button.setText(self.tr("&About"))
        self.about_button.setToolTip(self.tr("About Nihongoku and its credits (F1)"))
        self.settings_button.setText(self.tr("&Settings"))
        self.settings_button.setToolTip(self.tr("Language and text size (Ctrl+,)"))
        self.sign_out_button.setText(self.tr("Switch &profile"))
        for row, spec in enumerate(self.specs):
            item = self.nav.item(row)
            item.setText(spec.title())
            item.setToolTip(f"Ctrl+{row + 1}" if row < 9 else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
