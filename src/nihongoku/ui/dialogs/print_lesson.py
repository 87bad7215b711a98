"""Print a lesson, or save it as PDF: the vocabulary list, a worksheet, writing sheets.

The documents are drawn off the GUI thread (a whole course's kanji sheets, 40 pages,
take about 0.3 s; writing to a slow USB stick can take longer), with a progress bar.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QThread
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.content.course import Lesson
from nihongoku.core.export import worksheets
from nihongoku.printing.character_sheets import character_document
from nihongoku.printing.document import Document, render
from nihongoku.printing.fonts import bundled_family
from nihongoku.printing.output import write_pdf
from nihongoku.printing.paper import Progress
from nihongoku.printing.vocab_list import vocab_document
from nihongoku.printing.worksheet import worksheet_document
from nihongoku.ui.background import ThreadJob, start_thread, stop_thread
from nihongoku.ui.context import UiContext
from nihongoku.ui.labels import in_language
from nihongoku.ui.widgets import label


class Printable(enum.Enum):
    VOCABULARY = "kosakata"  # the value names the PDF file, in the documents' language
    WORKSHEET = "lembar-latihan"
    WRITING = "latihan-menulis"


class PrintLessonDialog(QDialog):
    def __init__(self, ctx: UiContext, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self._thread: QThread | None = None
        self._job: ThreadJob | None = None
        self._printer: QPrinter | None = None  # alive while the job draws on it
        self.saved_to: Path | None = None
        bundled_family()  # register the font here: the drawing thread only uses it

        title = in_language(lesson.title, ctx.language.code)
        heading = self.tr("Lesson %1: %2").replace("%1", str(lesson.order)).replace("%2", title)
        self.what = label(heading, "cardTitle", wrap=True)
        self.vocabulary = QRadioButton(self.tr("&Vocabulary list"))
        self.worksheet = QRadioButton(self.tr("&Worksheet with exercises"))
        kana_only = not lesson.kanji and bool(lesson.kana)
        self.writing = QRadioButton(
            self.tr("Kana &writing sheets") if kana_only else self.tr("Kanji &writing sheets")
        )
        self._sheets = worksheets.lesson_character_sheets(lesson)
        if not self._sheets.sheets:
            self.writing.setEnabled(False)
            self.writing.setToolTip(self.tr("This lesson teaches no kanji."))
        self.choices = QButtonGroup(self)
        for button in (self.vocabulary, self.worksheet, self.writing):
            self.choices.addButton(button)
        self.vocabulary.setChecked(True)
        self.english = QCheckBox(self.tr("Add the &English meanings"))
        self.answer_key = QCheckBox(self.tr("Add the answer &key (on pages of its own)"))
        self.answer_key.setChecked(True)
        self.choices.buttonToggled.connect(lambda *_: self._update_options())
        self.note = label(
            self.tr("The pages are in Indonesian, on A4 paper, ready to photocopy."),
            "hint",
            wrap=True,
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.outcome = label("", "", wrap=True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_pages)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        options = QVBoxLayout()
        options.setContentsMargins(24, 0, 0, 0)  # under the choice they belong to
        options.addWidget(self.english)
        options.addWidget(self.answer_key)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.vocabulary)
        layout.addWidget(self.worksheet)
        layout.addWidget(self.writing)
        layout.addLayout(options)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Print lesson"))
        self.setMinimumWidth(520)
        self._update_options()

    def chosen(self) -> Printable:
        if self.worksheet.isChecked():
            return Printable.WORKSHEET
        if self.writing.isChecked():
            return Printable.WRITING
        return Printable.VOCABULARY

    def document(self) -> Document:
        chosen = self.chosen()
        if chosen is Printable.WORKSHEET:
            sheet = worksheets.worksheet(self._lesson)
            return worksheet_document(sheet, with_key=self.answer_key.isChecked())
        if chosen is Printable.WRITING:
            return character_document(self._sheets)
        words = worksheets.vocab_list(self._lesson)
        return vocab_document(words, english=self.english.isChecked())

    def _update_options(self) -> None:
        self.english.setEnabled(self.vocabulary.isChecked())
        self.answer_key.setEnabled(self.worksheet.isChecked())

    def save_pdf(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(documents) / f"{self._lesson.id}-{self.chosen().value}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), self.tr("PDF document (*.pdf)")
        )
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        document = self.document()
        self.saved_to = target
        self._start(lambda progress: write_pdf(document, target, progress), self.tr("Saving…"))

    def print_pages(self) -> None:
        document = self.document()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        printer.setFullPage(True)  # the documents keep their own margins
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.saved_to = None
        self._printer = printer
        self._start(lambda progress: render(document, printer, progress), self.tr("Printing…"))

    def _start(self, work: Callable[[Progress], int], doing: str) -> None:
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first page is done
        self.outcome.setText(doing)
        # an OSError: a full USB stick, a read-only folder, a printer gone
        self._job = ThreadJob(work, lambda exc: exc.strerror or str(exc))
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
        self._printer = None
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _done(self, pages: int) -> None:
        self._finish_thread()
        self.progress.setRange(0, max(1, pages))
        self.progress.setValue(self.progress.maximum())
        if self.saved_to is not None:
            text = self.tr("Saved %1 (%2 pages).").replace("%1", str(self.saved_to))
            self.outcome.setText(text.replace("%2", str(pages)))
        else:
            self.outcome.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)))

    def _failed(self, message: str) -> None:
        self._finish_thread()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if self.saved_to is not None:
            text = self.tr("Could not save the file: %1")
        else:
            text = self.tr("Could not print: %1")
        self.saved_to = None
        self.outcome.setText(text.replace("%1", message))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish_thread()  # never leave the drawing thread behind a closed window
        super().closeEvent(event)

    def reject(self) -> None:
        self._finish_thread()
        super().reject()
