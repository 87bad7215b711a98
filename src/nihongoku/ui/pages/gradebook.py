"""Buku Nilai: an instructor's classes, filled from the progress files learners bring.

The numbers and the import live in nihongoku.core.gradebook; this page shows them,
runs imports off the GUI thread, and writes the report where the instructor chooses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.errors import NihongokuError
from nihongoku.core.gradebook.report import ReportLabels, write_report
from nihongoku.core.gradebook.roster import (
    ClassInfo,
    FileResult,
    Gradebook,
    GradebookError,
    Outcome,
    Refusal,
    expand,
)
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.core.store.types import utc_now
from nihongoku.ui.context import UiContext
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import family_name
from nihongoku.ui.widgets import frame, label, set_state
from nihongoku.ui.widgets.class_chart import ClassCharts
from nihongoku.ui.widgets.gradebook_table import GradebookFilter, GradebookModel

INACTIVE_DAYS = 7
UNSAFE_IN_FILE_NAME = re.compile(r'[\\/:*?"<>|]')

PAGE_STYLE = """
QLabel#feedback[state="wrong"] { color: #b3261e; }
QProgressBar { border: 1px solid #ddd3c4; border-radius: 4px; background: white;
               text-align: center; min-height: 18px; }
QProgressBar::chunk { background: #d9a19c; border-radius: 3px; }
QTableView { background: white; border: 1px solid #ddd3c4; gridline-color: #eee6da; }
QHeaderView::section { background: #f3ece1; border: none; border-right: 1px solid #ddd3c4;
                       padding: 4px 6px; font-weight: bold; }
"""


class _Job(QObject):
    """Carries a background job's progress and outcome to the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)


def refusal_text(refusal: Refusal | None) -> str:
    """Why a file was refused, as the instructor reads it."""
    texts = {
        Refusal.MISSING: QCoreApplication.translate("GradebookPage", "the file is no longer there"),
        Refusal.UNREADABLE: QCoreApplication.translate(
            "GradebookPage", "the file is damaged or incomplete (copy it again)"
        ),
        Refusal.DAMAGED: QCoreApplication.translate(
            "GradebookPage", "the file is damaged (copy it again)"
        ),
        Refusal.CHANGED: QCoreApplication.translate(
            "GradebookPage", "the file was changed after it was saved (checksum mismatch)"
        ),
        Refusal.FOREIGN: QCoreApplication.translate(
            "GradebookPage", "not a Nihongoku progress file"
        ),
        Refusal.VERSION: QCoreApplication.translate(
            "GradebookPage", "saved by a newer version of Nihongoku: update this laptop"
        ),
        Refusal.TOO_LARGE: QCoreApplication.translate(
            "GradebookPage", "too large for a progress file"
        ),
        Refusal.INVALID: QCoreApplication.translate(
            "GradebookPage", "the file holds values Nihongoku does not accept"
        ),
    }
    return texts[refusal] if refusal else ""


class GradebookPage(QWidget):
    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.book = Gradebook(ctx.services.db)
        self.clock: Callable[[], datetime] = utc_now  # a test may put a fake clock here
        self.classes: list[ClassInfo] = []
        self.results: list[FileResult] = []
        self.busy = False  # an import or export is running
        self._on_done: Callable[[Any], None] = lambda _result: None
        self._on_failed: Callable[[str], str] = str
        self.setStyleSheet(PAGE_STYLE)

        self.title = label("", "pageTitle")
        self.class_label = label()
        self.class_choice = QComboBox()
        self.class_choice.setMinimumWidth(220)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.feedback = label("", "feedback", wrap=True)
        self.summary = label("", "cardTitle", wrap=True)
        self.refused = label("", "", wrap=True)
        self.hide_summary = QPushButton()
        self.summary_box = frame("card")
        summary_text = QVBoxLayout()
        summary_text.addWidget(self.summary)
        summary_text.addWidget(self.refused)
        summary_layout = QHBoxLayout(self.summary_box)
        summary_layout.addLayout(summary_text, 1)
        summary_layout.addWidget(self.hide_summary, 0, Qt.AlignmentFlag.AlignTop)
        self.summary_box.setVisible(False)
        self.empty_note = label("", "hint", wrap=True)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.inactive = QCheckBox()
        self.count = label("", "hint")
        self.model = GradebookModel(self)
        self.proxy = GradebookFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)  # one line per learner; a narrow window scrolls
        self.chart = ClassCharts()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        chart_scroll.setWidget(self.chart)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(chart_scroll, "")

        class_row = QHBoxLayout()
        class_row.addWidget(self.class_label)
        class_row.addWidget(self.class_choice)
        class_row.addWidget(self.new_button)
        class_row.addWidget(self.delete_button)
        class_row.addStretch(1)
        class_row.addWidget(self.import_button)
        class_row.addWidget(self.export_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search)
        filter_row.addWidget(self.inactive)
        filter_row.addStretch(1)
        filter_row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(class_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.feedback)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.empty_note)
        layout.addLayout(filter_row)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # keeps an empty page at the top while the table is hidden
        self._layout = layout

        self.class_choice.currentIndexChanged.connect(self.show_class)
        self.new_button.clicked.connect(self.new_class)
        self.delete_button.clicked.connect(self.delete_class)
        self.import_button.clicked.connect(self.import_folder)
        self.hide_summary.clicked.connect(lambda: self.summary_box.setVisible(False))
        self.export_button.clicked.connect(self.export)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.inactive.toggled.connect(self._inactive_toggled)
        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._shown_rows_changed)
        self.retranslate()
        self.reload_classes()

    # -- classes

    def current_class(self) -> ClassInfo | None:
        index = self.class_choice.currentIndex()
        return self.classes[index] if 0 <= index < len(self.classes) else None

    def reload_classes(self, select_id: int | None = None) -> None:
        chosen = self.current_class()
        wanted = select_id if select_id is not None else (chosen.id if chosen else None)
        self.classes = self.book.classes()
        self.class_choice.blockSignals(True)
        self.class_choice.clear()
        for found in self.classes:
            self.class_choice.addItem(found.name)
        ids = [c.id for c in self.classes]
        self.class_choice.setCurrentIndex(ids.index(wanted) if wanted in ids else 0)
        self.class_choice.blockSignals(False)
        self.show_class()

    def show_class(self) -> None:
        chosen = self.current_class()
        rows = self.book.rows(chosen.id) if chosen else []
        self.model.set_rows(rows, self._ctx.language.code)
        has_class = chosen is not None
        for widget in (self.delete_button, self.import_button, self.class_choice):
            widget.setEnabled(has_class and not self.busy)
        self.export_button.setEnabled(bool(rows) and not self.busy)
        self._update_empty_note()

    def new_class(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New class"))
        dialog.setLabelText(self.tr("Name of the class (e.g. Batch 12 — welding):"))
        dialog.setOkButtonText(self.tr("Create"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if not dialog.exec():
            return
        try:
            created = self.book.create_class(dialog.textValue())
        except GradebookError as exc:
            self._say(self._class_error(exc), wrong=True)
            return
        self._say("")
        self.reload_classes(select_id=created.id)

    def delete_class(self) -> None:
        chosen = self.current_class()
        if chosen is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete class"))
        box.setText(
            self.tr(
                "Delete the class %1 and its gradebook of %2 learner(s)?\n"
                "The learners' own progress, on their laptops, is not touched."
            )
            .replace("%1", chosen.name)
            .replace("%2", str(chosen.students))
        )
        delete = box.addButton(self.tr("Delete class"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not delete:
            return
        self.book.delete_class(chosen.id)
        self._say(self.tr("The class %1 was deleted.").replace("%1", chosen.name))
        self.reload_classes()

    def _class_error(self, error: GradebookError) -> str:
        texts = {
            "empty_name": self.tr("Please type a name for the class."),
            "long_name": self.tr("A class name can have at most 60 characters."),
            "name_taken": self.tr("There is already a class with that name."),
        }
        return texts.get(error.code, str(error))

    # -- importing

    def import_folder(self) -> None:
        chosen = self.current_class()
        if chosen is None or self.busy:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with the learners' progress files"), self._start_folder()
        )
        if folder:
            self.import_paths(chosen, [Path(folder)])

    def import_paths(self, target: ClassInfo, paths: Sequence[Path]) -> None:
        """Import in the background; the table and a summary follow when it is done."""
        files = expand(paths)
        if not files:
            self._say(
                self.tr("No progress files (.nkprogress) in %1.").replace(
                    "%1", ", ".join(str(p) for p in paths)
                ),
                wrong=True,
            )
            return
        self._say(self.tr("Importing %1 file(s)…").replace("%1", str(len(files))))
        self.summary_box.setVisible(False)
        db = self._ctx.services.db
        self._in_background(
            len(files),
            lambda job: Gradebook(db).import_files(target.id, files, job.progressed.emit),
            self._import_done,
            lambda reason: self.tr("The import stopped: %1").replace("%1", reason),
        )

    def _in_background(
        self,
        steps: int,
        work: Callable[[_Job], object],
        done: Callable[[Any], None],
        failed: Callable[[str], str],
    ) -> None:
        """Run ``work`` on the thread pool (the app waits for it before closing the
        store), with the progress bar and the buttons off until it is over. ``failed``
        turns the reason of an OSError or a known error into the message to show."""
        self.busy = True
        self.progress.setRange(0, steps)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.show_class()
        job = _Job()  # no parent: the closure keeps it alive until the work is over
        job.progressed.connect(self._progressed)
        # bound methods of this page, so Qt queues the calls to the GUI thread
        self._on_done, self._on_failed = done, failed
        job.done.connect(self._job_done)
        job.failed.connect(self._job_failed)

        def run() -> None:
            try:
                result = work(job)
            except OSError as exc:  # a USB stick pulled out, a full disk
                job.failed.emit(exc.strerror or str(exc))
            except NihongokuError as exc:
                job.failed.emit(str(exc))
            else:
                job.done.emit(result)

        QThreadPool.globalInstance().start(run)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.show_class()

    def _job_done(self, result: object) -> None:
        self._finished()
        self._on_done(result)

    def _job_failed(self, reason: str) -> None:
        self._finished()
        self._say(self._on_failed(reason), wrong=True)

    def _import_done(self, results: list[FileResult]) -> None:
        self.results = results
        self._show_summary()
        self.summary_box.setVisible(True)
        self._say("")
        self.reload_classes()

    def _show_summary(self) -> None:
        results = self.results
        counts = {o: sum(1 for r in results if r.outcome is o) for o in Outcome}
        parts = [
            self.tr("%1 added").replace("%1", str(counts[Outcome.ADDED])),
            self.tr("%1 updated").replace("%1", str(counts[Outcome.UPDATED])),
            self.tr("%1 unchanged").replace("%1", str(counts[Outcome.UNCHANGED])),
        ]
        if counts[Outcome.OLDER]:
            parts.append(
                self.tr("%1 older than the file already imported (skipped)").replace(
                    "%1", str(counts[Outcome.OLDER])
                )
            )
        parts.append(self.tr("%1 refused").replace("%1", str(counts[Outcome.REFUSED])))
        self.summary.setText(self.tr("Import finished: %1.").replace("%1", ", ".join(parts)))
        refused = [r for r in results if r.outcome is Outcome.REFUSED]
        self.refused.setText(
            "\n".join(
                self.tr("Refused: %1 — %2")
                .replace("%1", r.path.name)
                .replace("%2", refusal_text(r.refusal))
                for r in refused
            )
        )
        self.refused.setVisible(bool(refused))

    # -- exporting

    def export(self) -> None:
        chosen = self.current_class()
        if chosen is None:
            return
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV, for other programs (*.csv)")
        # a class called "12/Las" must not send the file into a folder "12"
        name = UNSAFE_IN_FILE_NAME.sub("-", chosen.name)
        default = Path(self._start_folder()) / f"{name}.xlsx"
        path, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the gradebook"), str(default), f"{xlsx};;{csv}"
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() not in (".xlsx", ".csv"):
            out = out.with_name(out.name + (".csv" if chosen_filter == csv else ".xlsx"))
        rows = self.book.rows(chosen.id)
        labels = self.report_labels(chosen.name)
        self._say(self.tr("Saving %1…").replace("%1", str(out)))
        self._in_background(
            1,
            lambda _job: (write_report(rows, out, labels), len(rows)),
            self._exported,
            lambda reason: (
                self.tr("Could not save %1: %2").replace("%1", str(out)).replace("%2", reason)
            ),
        )

    def _exported(self, written: tuple[Path, int]) -> None:
        out, count = written
        self._say(
            self.tr("Saved %1 (%2 learner(s)).").replace("%1", str(out)).replace("%2", str(count))
        )

    def report_labels(self, sheet: str) -> ReportLabels:
        """The report's headers in the interface language."""
        return ReportLabels(
            name=self.tr("Name"),
            study_time=self.tr("Study time (h:mm)"),
            cards_learned=self.tr("Cards learned"),
            reviews=self.tr("Reviews"),
            retention=self.tr("Retention, last 30 days"),
            practice_answers=self.tr("Practice answers"),
            practice_accuracy=self.tr("Practice correct"),
            weakest=self.tr("Weakest question types"),
            last_activity=self.tr("Last activity"),
            exported_at=self.tr("File exported"),
            family=self.tr("Practice: %1"),
            exam_section=self.tr("Mock exam: %1"),
            sheet=sheet,
            family_name=family_name,
        )

    # -- the table and chart

    def _inactive_toggled(self, checked: bool) -> None:
        before = self.clock() - timedelta(days=INACTIVE_DAYS) if checked else None
        self.proxy.show_inactive_only(before)

    def shown_rows(self) -> list[str]:
        """The names in the table, top to bottom, as the instructor sees them."""
        return [self.proxy.student(row).name for row in range(self.proxy.rowCount())]

    def _shown_rows_changed(self) -> None:
        rows = [self.proxy.student(row) for row in range(self.proxy.rowCount())]
        self.chart.set_students(
            rows, self.tr("Cards learned"), self.tr("Retention, last 30 days (%)")
        )
        self.count.setText(
            self.tr("%1 of %2 learner(s) shown")
            .replace("%1", str(len(rows)))
            .replace("%2", str(self.model.rowCount()))
        )

    def _update_empty_note(self) -> None:
        if not self.classes:
            note = self.tr(
                "Create a class, then import the folder of progress files (.nkprogress) "
                "your learners saved on a USB stick (on their laptop: nihongoku progress "
                "export)."
            )
        elif self.model.rowCount() == 0:
            note = self.tr(
                "No learners in this class yet. Import the folder with their progress "
                "files (.nkprogress)."
            )
        else:
            note = ""
        self.empty_note.setText(note)
        self.empty_note.setVisible(bool(note))
        self.tabs.setVisible(self.model.rowCount() > 0)
        self._layout.setStretch(self._layout.count() - 1, 0 if self.model.rowCount() else 1)
        self.search.setVisible(self.model.rowCount() > 0)
        self.inactive.setVisible(self.model.rowCount() > 0)
        self.count.setVisible(self.model.rowCount() > 0)

    def _start_folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _say(self, text: str, *, wrong: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        set_state(self.feedback, "wrong" if wrong else "")

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Gradebook"))
        self.class_label.setText(self.tr("Class:"))
        self.new_button.setText(self.tr("&New class…"))
        self.delete_button.setText(self.tr("&Delete class…"))
        self.import_button.setText(self.tr("&Import folder…"))
        self.import_button.setToolTip(
            self.tr("Import every progress file (.nkprogress) of a folder, e.g. a USB stick")
        )
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the gradebook as Excel (XLSX) or CSV"))
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.inactive.setText(
            self.tr("Only learners not active for %1 days").replace("%1", str(INACTIVE_DAYS))
        )
        self.tabs.setTabText(0, self.tr("&Table"))
        self.tabs.setTabText(1, self.tr("&Chart"))
        self.hide_summary.setText(self.tr("Close"))
        self.model.retranslate(self._ctx.language.code)
        self._update_empty_note()
        self._shown_rows_changed()
        if self.results:
            self._show_summary()
        self._say("")  # a message in the language just left would stay behind
