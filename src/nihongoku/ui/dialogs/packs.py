"""Lesson packs in the GUI: export the instructor's lessons and tests, import a pack.

Reading, checking and writing a pack take about a second (the course is built to check
it): that work runs on a thread, and the dialog shows the plan before anything changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QThread
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.errors import NihongokuError
from nihongoku.core.exams.blueprint import load_blueprints
from nihongoku.core.packs.export import ExportReport
from nihongoku.core.packs.export import export_pack as write_pack
from nihongoku.core.packs.install import install_pack, preview_pack
from nihongoku.core.packs.manifest import SUFFIX, Kind
from nihongoku.core.packs.plan import Change, ImportPlan, PlannedFile
from nihongoku.paths import custom_exams_dir, is_custom
from nihongoku.ui.background import Progress, ThreadJob, start_thread, stop_thread
from nihongoku.ui.context import UiContext
from nihongoku.ui.labels import in_language
from nihongoku.ui.widgets import label

_KEY = Qt.ItemDataRole.UserRole


def export_pack(ctx: UiContext, parent: QWidget | None) -> Path | None:
    """Let the instructor choose lessons and tests and save them as a pack; the file or None."""
    dialog = ExportPackDialog(ctx, parent)
    dialog.exec()
    return dialog.saved


def import_pack(ctx: UiContext, parent: QWidget | None) -> bool:
    """Choose a pack, show what it would change, import it on "Import"; True if imported."""
    title = QCoreApplication.translate("ImportPackDialog", "Import lesson pack")
    kinds = QCoreApplication.translate("ImportPackDialog", "Lesson pack (*%1);;All files (*)")
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, _documents(), kinds.replace("%1", SUFFIX)
    )
    if not chosen:
        return False
    dialog = ImportPackDialog(ctx, Path(chosen), parent)
    dialog.exec()
    if dialog.imported:
        ctx.reload_course()
    return dialog.imported


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class _ThreadedDialog(QDialog):
    """A dialog that runs one job at a time on a thread and never outlives it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: ThreadJob | None = None

    def run(self, job: ThreadJob) -> None:
        self._job = job
        self._thread = start_thread(self, job)

    def finish_thread(self) -> None:
        stop_thread(self._thread)
        self._thread = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_thread()
        super().closeEvent(event)

    def reject(self) -> None:
        self.finish_thread()
        super().reject()


class ExportPackDialog(_ThreadedDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: Path | None = None
        code = ctx.language.code
        lessons = [lesson for lesson in ctx.course().lessons if is_custom(lesson.path)]
        tests, _problems = load_blueprints([custom_exams_dir()])

        self.intro = label(
            self.tr(
                "Choose what to share. A test takes along the lessons of yours it draws "
                "questions from; the audio of every lesson goes along."
            ),
            "hint",
            wrap=True,
        )
        self.choices = QListWidget()
        for lesson in lessons:
            text = self.tr("Lesson: %1").replace("%1", in_language(lesson.title, code))
            self._choice(text, ("lesson", lesson.id))
        for test in tests:
            text = self.tr("Test: %1").replace("%1", in_language(test.spec.title, code))
            self._choice(text, ("exam", test.id))
        self.empty = label(self.tr("You have no lessons or tests of your own yet."), "", wrap=True)
        self.empty.setVisible(not lessons and not tests)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Class 3, week 5"))
        self.author = QLineEdit()
        self.path = QLineEdit(str(Path(_documents()) / f"nihongoku{SUFFIX}"))
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.browse)
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.outcome = label("", "", wrap=True)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.setEnabled(bool(lessons or tests))
        self.export_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Made by:"), self.author)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path)  # a row holding a layout gets no buddy of its own
        form.addRow(save_as, path_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Export lesson pack"))
        self.setMinimumSize(560, 460)

    def _choice(self, text: str, key: tuple[str, str]) -> None:
        item = QListWidgetItem(text, self.choices)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(_KEY, key)

    def chosen(self, kind: str) -> list[str]:
        items = (self.choices.item(row) for row in range(self.choices.count()))
        return [
            item.data(_KEY)[1]
            for item in items
            if item.checkState() is Qt.CheckState.Checked and item.data(_KEY)[0] == kind
        ]

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.path.text(),
            self.tr("Lesson pack (*%1)").replace("%1", SUFFIX),
        )
        if chosen:
            self.path.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def start(self) -> None:
        text = self.path.text().strip()
        lessons, tests = self.chosen("lesson"), self.chosen("exam")
        if not text:
            self.outcome.setText(self.tr("Choose where to save the file."))
            return
        if not lessons and not tests:
            self.outcome.setText(self.tr("Tick at least one lesson or test."))
            return
        target = Path(text if text.endswith(SUFFIX) else text + SUFFIX)
        title, author = self.title.text().strip(), self.author.text().strip()

        def work(report: Progress) -> ExportReport | str:
            try:
                return write_pack(
                    target, lessons, tests, title=title, author=author, progress=report
                )
            except NihongokuError as exc:
                return str(exc)

        self.export_button.setEnabled(False)
        self.outcome.setText(self.tr("Exporting…"))
        job = ThreadJob(work)
        job.progressed.connect(self._progressed)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self.run(job)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, result: ExportReport | str) -> None:
        self.finish_thread()
        self.export_button.setEnabled(True)
        if isinstance(result, str):
            self._failed(result)
            return
        self.saved = result.path
        self.progress.setValue(self.progress.maximum())
        text = (
            self.tr("Saved %1: %2 lesson(s), %3 test(s), %4 audio file(s).")
            .replace("%1", str(result.path))
            .replace("%2", str(len(result.lessons)))
            .replace("%3", str(len(result.exams)))
            .replace("%4", str(result.audio))
        )
        if result.pulled_in:
            text += " " + self.tr("Added because a test draws from them: %1.").replace(
                "%1", ", ".join(result.pulled_in)
            )
        self.outcome.setText(text)

    def _failed(self, message: str) -> None:
        self.finish_thread()
        self.export_button.setEnabled(True)
        self.outcome.setText(self.tr("The pack was not saved: %1").replace("%1", message))


class ImportPackDialog(_ThreadedDialog):
    """The pack's plan, file by file, with the reasons for anything refused."""

    def __init__(self, ctx: UiContext, pack: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self.plan: ImportPlan | None = None
        self.imported = False
        self.about = label(self.tr("Reading %1…").replace("%1", pack.name), "", wrap=True)
        self.files = QListWidget()
        self.files.setWordWrap(True)
        self.summary = label("", "", wrap=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the plan is known
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Import lesson pack"))
        self.setMinimumSize(620, 460)
        self._started = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.read()

    def read(self) -> None:
        pack = self._pack

        def work(_report: Progress) -> ImportPlan | str:
            try:
                return preview_pack(pack)
            except NihongokuError as exc:
                return str(exc)

        job = ThreadJob(work)
        job.done.connect(self._planned)
        job.failed.connect(self._unreadable)
        self.run(job)

    def _planned(self, result: ImportPlan | str) -> None:
        self.finish_thread()
        self.progress.setRange(0, 1)
        self.progress.hide()  # shown again while the files are written
        if isinstance(result, str):
            self._unreadable(result)
            return
        self.plan = result
        manifest = result.manifest
        about = self.tr("%1, made by %2 on %3.")
        self.about.setText(
            about.replace("%1", manifest.title or self._pack.name)
            .replace("%2", manifest.author or "?")
            .replace("%3", f"{manifest.created:%d-%m-%Y}")
        )
        for planned in result.files:
            self._row(planned)
        counts = (
            self.tr("%1 new, %2 updated, %3 unchanged.")
            .replace("%1", str(result.count(Change.NEW)))
            .replace("%2", str(result.count(Change.UPDATED)))
            .replace("%3", str(result.count(Change.UNCHANGED)))
        )
        if not result.ok:
            self.summary.setText(
                self.tr(
                    "This pack cannot be imported: %1 file(s) refused (reasons above). "
                    "Nothing was changed."
                ).replace("%1", str(len(result.refused)))
            )
        elif not result.writes:
            self.summary.setText(self.tr("You already have everything in this pack."))
        else:
            note = self.tr(
                "Replaced files are kept in the .trash folder. The built-in course and "
                "the learners' progress are not changed."
            )
            self.summary.setText(f"{counts} {note}")
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _row(self, planned: PlannedFile) -> None:
        change = {
            Change.NEW: self.tr("New"),
            Change.UPDATED: self.tr("Updated"),
            Change.UNCHANGED: self.tr("Unchanged"),
            Change.REFUSED: self.tr("Refused"),
        }[planned.change]
        kind = {
            Kind.LESSON: self.tr("Lesson"),
            Kind.EXAM: self.tr("Test"),
            Kind.AUDIO: self.tr("Audio"),
        }[planned.entry.kind]
        name = planned.title or planned.entry.path.split("/", 1)[1]
        text = f"{change} · {kind}: {name}"
        if planned.reasons:
            text += "\n" + "\n".join(f"    {reason}" for reason in planned.reasons)
        item = QListWidgetItem(text, self.files)
        item.setToolTip(planned.entry.path)
        if planned.change is Change.REFUSED:
            item.setForeground(QBrush(QColor("#b00020")))

    def _unreadable(self, message: str) -> None:
        self.finish_thread()
        self.progress.setRange(0, 1)
        self.progress.hide()
        self.about.setText(self.tr("This file cannot be imported. Nothing was changed."))
        self.summary.setText(message)

    def start_import(self) -> None:
        pack = self._pack

        def work(report: Progress) -> ImportPlan | str:
            try:
                return install_pack(pack, progress=report)
            except NihongokuError as exc:  # e.g. the folder changed since the plan was shown
                return str(exc)

        self.import_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))
        job = ThreadJob(work)
        job.progressed.connect(self._progressed)
        job.done.connect(self._installed)
        job.failed.connect(self._failed)
        self.run(job)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _installed(self, result: ImportPlan | str) -> None:
        self.finish_thread()
        if isinstance(result, str):
            self._failed(result)
            return
        self.imported = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.summary.setText(
            self.tr("Imported %1 file(s). The lessons and tests are ready to use.").replace(
                "%1", str(len(result.writes))
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)

    def _failed(self, message: str) -> None:
        self.finish_thread()
        self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", message))
