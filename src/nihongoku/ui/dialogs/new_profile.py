"""Creating a profile: a learner (optional PIN) or an instructor (password)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.errors import ProfileError
from nihongoku.core.profile_info import NAME_MAX, ProfileInfo
from nihongoku.ui.context import UiContext
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.messages import profile_error


class NewProfileDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.created: ProfileInfo | None = None
        self._instructor_exists = ctx.services.profiles.has_instructor()

        self.name = QLineEdit(maxLength=NAME_MAX)
        self.learner = QRadioButton()
        self.learner.setChecked(True)
        self.instructor = QRadioButton()
        roles = QButtonGroup(self)
        roles.addButton(self.learner)
        roles.addButton(self.instructor)
        self.pin = QLineEdit(maxLength=6, echoMode=QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,6}", self.pin))
        self.pin_hint = QLabel(wordWrap=True)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.approver = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.feedback = QLabel(wordWrap=True)
        self.feedback.setObjectName("errorText")
        self.create_button = QPushButton(default=True)
        self.cancel_button = QPushButton()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label, self.role_label = QLabel(), QLabel()
        self.pin_label, self.password_label = QLabel(), QLabel()
        self.again_label, self.approver_label = QLabel(), QLabel()
        role_row = QHBoxLayout()
        role_row.addWidget(self.learner)
        role_row.addWidget(self.instructor)
        role_row.addStretch(1)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.role_label, role_row)
        self.form.addRow(self.pin_label, self.pin)
        self.form.addRow("", self.pin_hint)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.again_label, self.password_again)
        self.form.addRow(self.approver_label, self.approver)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)

        self.instructor.toggled.connect(self._role_changed)
        self.create_button.clicked.connect(self.accept_form)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self._role_changed()
        self.setMinimumWidth(460)

    def _role_changed(self) -> None:
        teacher = self.instructor.isChecked()
        self.form.setRowVisible(self.pin, not teacher)
        self.form.setRowVisible(self.pin_hint, not teacher)
        self.form.setRowVisible(self.password, teacher)
        self.form.setRowVisible(self.password_again, teacher)
        self.form.setRowVisible(self.approver, teacher and self._instructor_exists)
        self.feedback.clear()
        self.adjustSize()

    def accept_form(self) -> None:
        profiles = self._ctx.services.profiles
        language = self._ctx.language.code if self._ctx.language.code in ("id", "en") else "id"
        try:
            if self.instructor.isChecked():
                if self.password.text() != self.password_again.text():
                    self.feedback.setText(self.tr("The two passwords are not the same."))
                    return
                self.created = profiles.create_instructor(
                    self.name.text(),
                    self.password.text(),
                    self.approver.text() or None,
                    language=language,
                )
            else:
                self.created = profiles.create_learner(
                    self.name.text(), self.pin.text() or None, language=language
                )
        except ProfileError as exc:
            self.feedback.setText(profile_error(exc))
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New profile"))
        self.name_label.setText(self.tr("&Name:"))
        self.name_label.setBuddy(self.name)
        self.role_label.setText(self.tr("Profile for:"))
        self.learner.setText(self.tr("&Learner"))
        self.instructor.setText(self.tr("&Instructor"))
        self.pin_label.setText(self.tr("&PIN (optional):"))
        self.pin_label.setBuddy(self.pin)
        self.pin_hint.setText(
            self.tr("4 to 6 digits, so others on this laptop cannot open your profile.")
        )
        self.password_label.setText(self.tr("Pass&word:"))
        self.password_label.setBuddy(self.password)
        self.again_label.setText(self.tr("Password &again:"))
        self.again_label.setBuddy(self.password_again)
        self.approver_label.setText(self.tr("Approved by (password of an instructor):"))
        self.create_button.setText(self.tr("&Create"))
        self.cancel_button.setText(self.tr("Cancel"))
