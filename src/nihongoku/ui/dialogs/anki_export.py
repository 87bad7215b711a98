"""Export to Anki: choose a file, include progress or not, watch it being written."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QThread
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.audio import clip_path
from nihongoku.core.content.course import Lesson
from nihongoku.core.export.anki_package import AnkiExportReport, History, Progress, export_anki
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.ui.background import ThreadJob, start_thread, stop_thread
from nihongoku.ui.context import UiContext
from nihongoku.ui.labels import pos_name
from nihongoku.ui.widgets import label


class AnkiExportDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        profile: ProfileInfo,
        lessons: Sequence[Lesson],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self._lessons = list(lessons)
        self._thread: QThread | None = None
        self._job: ThreadJob | None = None
        self.report: AnkiExportReport | None = None
        words = sum(len(lesson.vocabulary) for lesson in self._lessons)

        self.what = label(
            self.tr("%1 lesson(s), %2 word(s).")
            .replace("%1", str(len(self._lessons)))
            .replace("%2", str(words)),
            "",
            wrap=True,
        )
        self.with_progress = QCheckBox(self.tr("Include my &progress (schedule and history)"))
        self.with_progress.setChecked(True)
        self.anki_note = label(
            self.tr(
                "Anki keeps the history only for cards it does not have yet. When importing, "
                'tick "Import any learning progress".'
            ),
            "hint",
            wrap=True,
        )
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.path = QLineEdit(str(Path(documents) / f"nihongoku-{profile.name}.apkg"))
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.browse)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, words))
        self.progress.setValue(0)
        self.outcome = label("", "", wrap=True)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.with_progress)
        layout.addWidget(self.anki_note)
        layout.addLayout(path_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Export to Anki"))
        self.setMinimumWidth(560)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Anki"), self.path.text(), self.tr("Anki package (*.apkg)")
        )
        if chosen:
            self.path.setText(chosen if chosen.endswith(".apkg") else chosen + ".apkg")

    def start(self) -> None:
        target = Path(self.path.text().strip())
        if not target.name:
            self.outcome.setText(self.tr("Choose where to save the file."))
            return
        history = (
            History(self._ctx.services.study, self._profile.id)
            if self.with_progress.isChecked()
            else None
        )
        lessons = self._lessons

        def work(report: Progress) -> AnkiExportReport:
            return export_anki(
                target,
                lessons,
                pos_name=pos_name,
                audio_for=clip_path,
                history=history,
                progress=report,
            )

        self.export_button.setEnabled(False)
        self.outcome.setText(self.tr("Exporting…"))
        self._job = ThreadJob(work)  # an OSError: a full or removed USB stick, a read-only folder
        self._job.progressed.connect(self._progressed)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._thread = start_thread(self, self._job)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finish_thread(self) -> None:
        stop_thread(self._thread)
        self._thread = None
        self.export_button.setEnabled(True)

    def _done(self, report: AnkiExportReport) -> None:
        self._finish_thread()
        self.report = report
        self.progress.setValue(self.progress.maximum())
        text = (
            self.tr("Saved %1: %2 notes, %3 cards.")
            .replace("%1", str(report.path))
            .replace("%2", str(report.notes))
            .replace("%3", str(report.cards))
        )
        if report.reviews:
            text += " " + self.tr("With %1 answers from your history.").replace(
                "%1", str(report.reviews)
            )
        self.outcome.setText(text)

    def _failed(self, message: str) -> None:
        self._finish_thread()
        self.outcome.setText(self.tr("Could not save the file: %1").replace("%1", message))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish_thread()  # never leave the export thread running behind a closed window
        super().closeEvent(event)

    def reject(self) -> None:
        self._finish_thread()
        super().reject()
