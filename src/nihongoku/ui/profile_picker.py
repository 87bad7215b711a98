"""The first screen: who is studying today?"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.errors import ProfileError
from nihongoku.core.profile_info import PICKER_LANGUAGE_KEY, ProfileInfo
from nihongoku.ui.context import UiContext
from nihongoku.ui.dialogs.about import open_about
from nihongoku.ui.dialogs.new_profile import NewProfileDialog
from nihongoku.ui.i18n import LANGUAGE_NAMES, is_language_change
from nihongoku.ui.messages import profile_error
from nihongoku.ui.widgets import RoomyItems

MAX_ATTEMPTS = 5
LOCKOUT_MS = 30_000
PROFILE_ROLE = Qt.ItemDataRole.UserRole


class ProfilePicker(QWidget):
    profile_opened = Signal(object)  # ProfileInfo

    def __init__(self, ctx: UiContext, first_glance: list[ProfileInfo] | None = None) -> None:
        """``first_glance``: the profiles to show while the store is still opening."""
        super().__init__()
        self.setObjectName("ProfilePicker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._ctx = ctx
        self._failures: dict[int, int] = {}
        self._first_glance = first_glance or []

        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setObjectName("pickerTitle")
        self.brand = QLabel("にほんごく", alignment=Qt.AlignmentFlag.AlignCenter)
        self.brand.setObjectName("pickerBrand")
        self.empty_hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.profiles = QListWidget()
        self.profiles.setObjectName("profileList")
        self.profiles.setItemDelegate(RoomyItems(self.profiles))
        self.profiles.setMinimumHeight(180)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaxLength(64)
        self.feedback = QLabel(wordWrap=True)
        self.feedback.setObjectName("errorText")
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.new_button = QPushButton()
        self.about_button = QPushButton()
        self.about_button.setFlat(True)
        self.restore_button = QPushButton()
        self.restore_button.setFlat(True)
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.brand)
        column.addWidget(self.title)
        column.addSpacing(12)
        column.addWidget(self.empty_hint)
        column.addWidget(self.profiles)
        column.addWidget(self.secret)
        column.addWidget(self.feedback)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        column.addLayout(buttons)
        column.addSpacing(24)
        language_row = QHBoxLayout()
        language_row.addWidget(self.about_button)
        language_row.addWidget(self.restore_button)
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        column.addLayout(language_row)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

        self.profiles.currentItemChanged.connect(self._selection_changed)
        self.profiles.itemActivated.connect(lambda _item: self.open_selected())
        self.secret.returnPressed.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(self.create_profile)
        self.about_button.clicked.connect(lambda: open_about(self))
        self.restore_button.clicked.connect(self.open_restore)
        self.language.currentIndexChanged.connect(self._language_chosen)
        QShortcut(QKeySequence.StandardKey.New, self, self.create_profile)

        self.retranslate()
        self.reload()

    # -- state ------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.profiles.clear()
        listed = self._ctx.services.profiles.list() if self._ctx.ready else self._first_glance
        for info in listed:
            item = QListWidgetItem()
            item.setData(PROFILE_ROLE, info)
            self.profiles.addItem(item)
            if info.id == select_id:
                self.profiles.setCurrentItem(item)
        if self.profiles.currentItem() is None and self.profiles.count():
            self.profiles.setCurrentRow(0)
        self._label_items()
        has_profiles = self.profiles.count() > 0
        self.profiles.setVisible(has_profiles)
        self.empty_hint.setVisible(not has_profiles)
        self.open_button.setVisible(has_profiles)
        self.feedback.clear()
        self._selection_changed()
        self._sync_language_box()

    def selected(self) -> ProfileInfo | None:
        item = self.profiles.currentItem()
        info = item.data(PROFILE_ROLE) if item is not None else None
        return info if isinstance(info, ProfileInfo) else None

    def _selection_changed(self, *_args: object) -> None:
        info = self.selected()
        needs_secret = bool(info and info.has_secret)
        self.secret.setVisible(needs_secret)
        self.secret.clear()
        self.feedback.clear()
        self._secret_placeholder()
        if info is not None:
            self._update_lockout(info.id)
        (self.secret if needs_secret else self.profiles).setFocus()

    def _secret_placeholder(self) -> None:
        info = self.selected()
        if info is not None:
            self.secret.setPlaceholderText(
                self.tr("Instructor password") if info.is_instructor else self.tr("PIN")
            )

    # -- actions ----------------------------------------------------------------------
    def open_selected(self) -> None:
        info = self.selected()
        if info is None or not self._ctx.ready:
            return
        if info.has_secret and not self.secret.text():
            self.secret.setFocus()
            self.feedback.setText(
                self.tr("Type your password.") if info.is_instructor else self.tr("Type your PIN.")
            )
            return
        try:
            opened = self._ctx.services.profiles.unlock(info.id, self.secret.text() or None)
        except ProfileError as exc:
            self.secret.clear()
            self._failures[info.id] = self._failures.get(info.id, 0) + 1
            self.feedback.setText(profile_error(exc))
            self._update_lockout(info.id)
            return
        self._failures.pop(info.id, None)
        self.secret.clear()
        self.profile_opened.emit(opened)

    def _update_lockout(self, profile_id: int) -> None:
        locked = self._failures.get(profile_id, 0) >= MAX_ATTEMPTS
        self.open_button.setEnabled(not locked)
        self.secret.setEnabled(not locked)
        if locked:
            self.feedback.setText(self.tr("Too many wrong attempts. Wait 30 seconds."))
            # bound to the picker: the timer dies with it (sign-in, tests closing the window)
            QTimer.singleShot(LOCKOUT_MS, self, lambda: self._end_lockout(profile_id))

    def _end_lockout(self, profile_id: int) -> None:
        self._failures.pop(profile_id, None)
        self.open_button.setEnabled(True)
        self.secret.setEnabled(True)
        self.feedback.clear()

    def open_restore(self) -> None:
        if not self._ctx.ready:
            return
        from nihongoku.core.backups import profile_backups_dir
        from nihongoku.paths import data_dir
        from nihongoku.ui.dialogs.restore import RestoreDialog

        RestoreDialog(self._ctx, profile_backups_dir(data_dir()), self).exec()
        self.reload()

    def create_profile(self) -> None:
        if not self._ctx.ready:
            return
        dialog = NewProfileDialog(self._ctx, self)
        if dialog.exec() and dialog.created is not None:
            self.reload(select_id=dialog.created.id)

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self._ctx.language.code and self._ctx.ready:
            self._ctx.services.settings.set(PICKER_LANGUAGE_KEY, code)
            self._ctx.language.switch(code)

    def _sync_language_box(self) -> None:
        index = self.language.findData(self._ctx.picker_language())
        if index >= 0:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    # -- language ---------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is studying today?"))
        self.empty_hint.setText(
            self.tr("No profiles yet. Create the first one: each learner gets their own.")
        )
        self.open_button.setText(self.tr("&Open"))
        self.new_button.setText(self.tr("&New profile"))
        self.language_label.setText(self.tr("Language:"))
        self.about_button.setText(self.tr("&About Nihongoku"))
        self.about_button.setToolTip(self.tr("Version, licence and credits (F1)"))
        self.restore_button.setText(self.tr("Restore a &backup…"))
        self._label_items()
        self._secret_placeholder()

    def _label_items(self) -> None:
        for row in range(self.profiles.count()):
            item = self.profiles.item(row)
            info: ProfileInfo = item.data(PROFILE_ROLE)
            badges = []
            if info.is_instructor:
                badges.append(self.tr("instructor"))
            if info.has_secret and not info.is_instructor:
                badges.append(self.tr("PIN"))
            item.setText(f"{info.name}   ·   {', '.join(badges)}" if badges else info.name)
