"""A profile's preferences: interface language and text size, with a live preview."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.profile_info import FONT_SIZES, NEW_PER_DAY_RANGE, ProfileInfo
from nihongoku.ui.context import UiContext
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.i18n import LANGUAGE_NAMES, is_language_change

PREVIEW_TEXT = "日本語を勉強します。ひらがな・カタカナ・漢字"


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, profile: ProfileInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.saved: ProfileInfo | None = None

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(profile.language)))
        self.font_size = QSpinBox()
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setValue(profile.font_size)
        self.preview = QLabel(PREVIEW_TEXT, wordWrap=True)
        self.preview.setObjectName("settingsPreview")
        self.save_button = QPushButton(default=True)
        self.cancel_button = QPushButton()
        self.language_label, self.size_label, self.preview_label = QLabel(), QLabel(), QLabel()
        # Instructors set the class's daily limit of new flashcards (learners may change
        # their own on the Kartu page).
        self.class_new_label = QLabel()
        self.class_new = QSpinBox()
        self.class_new.setRange(NEW_PER_DAY_RANGE.start, NEW_PER_DAY_RANGE.stop - 1)
        self.class_new.setValue(ctx.services.study.class_new_per_day())

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.size_label, self.font_size)
        form.addRow(self.preview_label, self.preview)
        if profile.is_instructor:
            form.addRow(self.class_new_label, self.class_new)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.font_size.valueChanged.connect(self._update_preview)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self._update_preview()
        self.setMinimumWidth(480)

    def _update_preview(self) -> None:
        base = QFont(self._ctx.font_family, self.font_size.value())
        self.preview.setFont(japanese_font(base))

    def save(self) -> None:
        if self._profile.is_instructor:
            self._ctx.services.study.set_class_new_per_day(self.class_new.value())
        self.saved = self._ctx.services.profiles.set_preferences(
            self._profile.id,
            font_size=self.font_size.value(),
            language=self.language.currentData(),
        )
        self._ctx.apply_profile(self.saved)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_label.setBuddy(self.language)
        self.size_label.setText(self.tr("Text &size:"))
        self.size_label.setBuddy(self.font_size)
        self.font_size.setSuffix(self.tr(" pt"))
        self.preview_label.setText(self.tr("Preview:"))
        self.class_new_label.setText(self.tr("&New flashcards per day for the class:"))
        self.class_new_label.setBuddy(self.class_new)
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
