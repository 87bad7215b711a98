"""Restore learners from their rolling backups (after a lost or damaged database)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from nihongoku.core.backups import Backup, list_backups
from nihongoku.core.export.progress_file import ProgressFileError, import_progress
from nihongoku.ui.context import UiContext
from nihongoku.ui.widgets import RoomyItems, label


class RestoreDialog(QDialog):
    def __init__(self, ctx: UiContext, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.restored: list[str] = []
        self.backups, broken = list_backups(root)
        locale = QLocale(
            QLocale.Language.Indonesian if ctx.language.code == "id" else QLocale.Language.English
        )
        self.intro = label(
            self.tr(
                "Each learner's progress is saved every day they study; the last 7 days are "
                "kept. Restoring adds what a backup holds to this laptop and never removes "
                "anything."
            ),
            "hint",
            wrap=True,
        )
        self.list = QListWidget()
        self.list.setItemDelegate(RoomyItems(self.list))
        for backup in self.backups:
            self.list.addItem(self._describe(backup, locale))
        self.empty = label(self.tr("There are no backups on this laptop yet."), "", wrap=True)
        self.empty.setVisible(not self.backups)
        self.broken = label(
            "\n".join([self.tr("Damaged backups (left alone):"), *broken]) if broken else "",
            "hint",
            wrap=True,
        )
        self.broken.setVisible(bool(broken))
        self.outcome = label("", "", wrap=True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.list.currentRowChanged.connect(
            lambda row: self.restore_button.setEnabled(0 <= row < len(self.backups))
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.broken)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumSize(560, 420)

    def _describe(self, backup: Backup, locale: QLocale) -> str:
        day = QDate(backup.day.year, backup.day.month, backup.day.day)
        return (
            self.tr("%1 — %2 — %3 answers")
            .replace("%1", backup.name)
            .replace("%2", locale.toString(day, QLocale.FormatType.LongFormat))
            .replace("%3", str(backup.reviews))
        )

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.backups):
            return
        backup = self.backups[row]
        try:
            merged = import_progress(self._ctx.services.db, backup.path)
        except ProgressFileError as exc:
            self.outcome.setText(self.tr("Could not restore: %1").replace("%1", str(exc)))
            return
        self.restored.append(merged.name)
        self.outcome.setText(
            self.tr("%1 restored: %2 answers added.")
            .replace("%1", merged.name)
            .replace("%2", str(merged.added_reviews))
        )
