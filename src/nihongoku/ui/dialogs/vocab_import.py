"""Import vocabulary from a spreadsheet: choose the file, match the columns, check each row.

Reading and checking run off the GUI thread (a large workbook, and pykakasi's first
reading proposal, each take about half a second). Nothing is written here: the lesson
editor adds the confirmed words (one undoable step) and the instructor saves the lesson.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QThread
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.authoring.lesson_files import custom_lesson_files, load_lesson
from nihongoku.core.authoring.spreadsheet import SpreadsheetError, Table, sheet_names
from nihongoku.core.authoring.vocab_columns import Column, guess_mapping, read_words
from nihongoku.core.authoring.vocab_import import (
    Code,
    CourseWords,
    RowProblem,
    RowResult,
    Severity,
    course_proposer,
    preview,
)
from nihongoku.core.content.course import Course
from nihongoku.core.content.schema import LessonFile, Vocabulary
from nihongoku.ui.background import Progress, ThreadJob, start_thread, stop_thread
from nihongoku.ui.context import UiContext
from nihongoku.ui.labels import pos_name
from nihongoku.ui.widgets import label, set_state

FOLDER_KEY = "authoring.vocab_import_folder"
ERROR_BACKGROUND = QColor("#fbe3e1")
WARNING_BACKGROUND = QColor("#fff3cf")

DIALOG_STYLE = """
QLabel#feedback[state="wrong"] { color: #b3261e; }
QTableWidget { background: white; border: 1px solid #ddd3c4; gridline-color: #eee6da; }
QHeaderView::section { background: #f3ece1; border: none; border-right: 1px solid #ddd3c4;
                       padding: 4px 6px; font-weight: bold; }
"""


def ask_vocabulary(ctx: UiContext, lesson: LessonFile, parent: QWidget) -> list[Vocabulary]:
    """The words the instructor confirmed (ids new to the course and to ``lesson``);
    [] when cancelled. Nothing is written."""
    dialog = VocabImportDialog(ctx, lesson, parent)
    try:
        return dialog.chosen_words() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def column_title(what: Column) -> str:
    titles = {
        Column.WRITTEN: QCoreApplication.translate("VocabImport", "Written (kanji or kana)"),
        Column.READING: QCoreApplication.translate("VocabImport", "Reading (kana)"),
        Column.MEANING_ID: QCoreApplication.translate("VocabImport", "Meaning (Indonesian)"),
        Column.MEANING_EN: QCoreApplication.translate("VocabImport", "Meaning (English)"),
        Column.POS: QCoreApplication.translate("VocabImport", "Part of speech"),
        Column.EXAMPLE_JA: QCoreApplication.translate("VocabImport", "Example sentence"),
        Column.EXAMPLE_ID: QCoreApplication.translate("VocabImport", "Example (Indonesian)"),
        Column.EXAMPLE_EN: QCoreApplication.translate("VocabImport", "Example (English)"),
        Column.NOTE_ID: QCoreApplication.translate("VocabImport", "Note (Indonesian)"),
        Column.NOTE_EN: QCoreApplication.translate("VocabImport", "Note (English)"),
    }
    return titles[what]


def problem_text(problem: RowProblem) -> str:
    """A row's problem as the instructor reads it, in the interface's language."""

    code, args, column = problem.code, problem.args, problem.column
    if code is Code.READING_NOT_KANA and len(args) > 1 and args[1]:
        template = QCoreApplication.translate(
            "VocabImport", "The reading '%1' is not kana. In kana: %2?"
        )
    elif code in (Code.EXAMPLE_INCOMPLETE, Code.NOTE_INCOMPLETE):
        template = {
            Column.EXAMPLE_JA: QCoreApplication.translate(
                "VocabImport", "A translation without its example sentence."
            ),
            Column.EXAMPLE_ID: QCoreApplication.translate(
                "VocabImport", "The example needs its Indonesian translation too."
            ),
            Column.EXAMPLE_EN: QCoreApplication.translate(
                "VocabImport",
                "The example needs its English translation too (choose its column, or none "
                "for the example).",
            ),
            Column.NOTE_ID: QCoreApplication.translate(
                "VocabImport", "The note needs its Indonesian text too."
            ),
            Column.NOTE_EN: QCoreApplication.translate(
                "VocabImport",
                "The note needs its English text too (choose its column, or none for the note).",
            ),
        }.get(
            column or Column.EXAMPLE_JA,
            QCoreApplication.translate("VocabImport", "The example needs its translations."),
        )
    else:
        template = {
            Code.NO_WRITTEN: QCoreApplication.translate("VocabImport", "No written form."),
            Code.LOST_TEXT: QCoreApplication.translate(
                "VocabImport",
                "'%1': the Japanese text was lost when the file was saved; save it as CSV "
                "UTF-8 or XLSX.",
            ),
            Code.NO_MEANING_ID: QCoreApplication.translate("VocabImport", "No Indonesian meaning."),
            Code.NO_MEANING_EN: QCoreApplication.translate("VocabImport", "No English meaning."),
            Code.NO_READING: QCoreApplication.translate(
                "VocabImport", "No reading, and none could be proposed."
            ),
            Code.READING_NOT_KANA: QCoreApplication.translate(
                "VocabImport", "The reading '%1' is not kana."
            ),
            Code.READING_PROPOSED: QCoreApplication.translate(
                "VocabImport", "Reading %1 proposed by the computer: check it."
            ),
            Code.READING_FROM_COURSE: QCoreApplication.translate(
                "VocabImport", "Reading %1 taken from the course: check it."
            ),
            Code.READING_DOES_NOT_FIT: QCoreApplication.translate(
                "VocabImport", "The reading %1 does not fit %2."
            ),
            Code.NO_POS: QCoreApplication.translate("VocabImport", "No part of speech."),
            Code.UNKNOWN_POS: QCoreApplication.translate(
                "VocabImport",
                "Unknown part of speech '%1' (e.g. kata benda, kata kerja 1, kata sifat-na).",
            ),
            Code.VERB_GROUP: QCoreApplication.translate(
                "VocabImport", "'%1': which verb group? Write kata kerja 1, 2 or 3."
            ),
            Code.ADJECTIVE_KIND: QCoreApplication.translate(
                "VocabImport", "'%1': i or na? Write kata sifat-i or kata sifat-na."
            ),
            Code.EXAMPLE_NOTATION: QCoreApplication.translate(
                "VocabImport",
                "Example sentence: write each kanji with its reading in brackets, like "
                "雨[あめ] (%1).",
            ),
            Code.EXAMPLE_WITHOUT_WORD: QCoreApplication.translate(
                "VocabImport", "The example does not contain %1."
            ),
            Code.NO_EXAMPLE: QCoreApplication.translate(
                "VocabImport", "No example sentence yet (N5 and N4 words have one)."
            ),
            Code.DUPLICATE_ROW: QCoreApplication.translate(
                "VocabImport", "The same word as row %1."
            ),
            Code.IN_COURSE: QCoreApplication.translate(
                "VocabImport",
                "Already in the course as %1 (lesson %2): add it to the lesson's review list "
                "instead of making it again.",
            ),
            Code.IN_LESSON: QCoreApplication.translate(
                "VocabImport", "Already in this lesson as %1."
            ),
            Code.KANA_IN_COURSE: QCoreApplication.translate(
                "VocabImport",
                "The course has %1 (%2, lesson %3): if it is the same word, review it instead.",
            ),
        }[code]
    for n, value in enumerate(args, start=1):
        template = template.replace(f"%{n}", value)
    return template


@dataclass(frozen=True)
class _Loaded:
    """What the worker thread hands back: the table, its mapping and the rows checked."""

    table: Table | None
    sheets: list[str]
    mapping: dict[Column, int]
    results: list[RowResult]
    error: str = ""


class VocabImportDialog(QDialog):
    HEADERS = ("", "Row", "Status", "Written", "Reading", "Meaning", "Part of speech", "Problems")

    def __init__(self, ctx: UiContext, lesson: LessonFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lesson = lesson
        self._course: Course = ctx.course()
        self._thread: QThread | None = None
        self._job: ThreadJob | None = None
        self._again = False  # the mapping changed while rows were being checked
        self.path: Path | None = None
        self.table: Table | None = None
        self.mapping: dict[Column, int] = {}
        self.results: list[RowResult] = []
        self.setStyleSheet(DIALOG_STYLE)

        self.choose_button = QPushButton(self.tr("&Choose a spreadsheet…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = label(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file, one word per row; the first row "
                "names the columns (e.g. Kanji, Kana, Arti, Inggris, Jenis kata, Contoh)."
            ),
            "",
            wrap=True,
        )
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet = QComboBox()
        self.sheet.activated.connect(self._sheet_chosen)
        self.feedback = label("", "feedback", wrap=True)
        self.feedback.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work does not know its length in advance
        self.progress.setVisible(False)

        self.combos: dict[Column, QComboBox] = {}
        mapping_grid = QGridLayout()
        for i, what in enumerate(Column):
            combo = QComboBox()
            combo.setMinimumContentsLength(14)
            combo.activated.connect(self._mapping_changed)
            self.combos[what] = combo
            name = QLabel(column_title(what))
            name.setBuddy(combo)
            mapping_grid.addWidget(name, i // 2, (i % 2) * 2)
            mapping_grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        mapping_grid.setVerticalSpacing(2)
        mapping_grid.setContentsMargins(0, 0, 0, 0)
        mapping_grid.setColumnStretch(1, 1)
        mapping_grid.setColumnStretch(3, 1)
        self.mapping_box = QWidget()
        self.mapping_box.setLayout(mapping_grid)
        self.mapping_box.setEnabled(False)

        self.grid = QTableWidget(0, len(self.HEADERS))
        self.grid.setHorizontalHeaderLabels(
            ["", self.tr("Row"), self.tr("Status"), self.tr("Written"), self.tr("Reading"),
             self.tr("Meaning"), self.tr("Part of speech"), self.tr("Problems")]
        )  # fmt: skip
        self.grid.verticalHeader().setVisible(False)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        header = self.grid.horizontalHeader()
        for column in range(len(self.HEADERS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the meaning and the part of speech may be long; the problems matter more
        for column, width in ((5, 150), (6, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.grid.setColumnWidth(column, width)
        header.setSectionResizeMode(len(self.HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.grid.itemChanged.connect(self._item_changed)
        self.grid.currentCellChanged.connect(self._show_detail)
        # the chosen row's problems in full (the table's column cuts long ones short)
        self.detail = label("", "", wrap=True)
        self.detail.setVisible(False)

        self.only_problems = QCheckBox(self.tr("Show only rows with &problems"))
        self.only_problems.toggled.connect(self._filter)
        self.leave_out_button = QPushButton(self.tr("&Leave out rows with errors"))
        self.leave_out_button.clicked.connect(self.leave_out_errors)
        self.counts = label("", "")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.accept)

        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.sheet_label)
        file_row.addWidget(self.sheet)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.only_problems)
        filter_row.addWidget(self.leave_out_button)
        filter_row.addStretch(1)
        filter_row.addWidget(self.counts)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.feedback)
        layout.addWidget(self.progress)
        layout.addWidget(label(self.tr("Which column holds what:"), "", wrap=True))
        layout.addWidget(self.mapping_box)
        layout.addLayout(filter_row)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Import vocabulary from a spreadsheet"))
        self.resize(1100, 720)
        self._show_sheets([])
        self._update_counts()

    # -- what the instructor does ---------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            self._start_folder(),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)"),
        )
        if chosen:
            self._remember_folder(Path(chosen).parent)
            self.load(Path(chosen))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` (one sheet of it) and check its rows, off the GUI thread."""
        self.path = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        lesson, known = self._lesson, self._known_words()
        proposer = course_proposer(self._course)

        def work(_progress: Progress) -> _Loaded:
            try:
                sheets = sheet_names(path)
                table = read_words(path, sheet)
            except SpreadsheetError as exc:
                return _Loaded(None, [], {}, [], exc.reason)
            mapping = guess_mapping(table)
            return _Loaded(table, sheets, mapping, preview(table, mapping, lesson, known, proposer))

        self._run(work)

    def leave_out_errors(self) -> None:
        self.grid.blockSignals(True)  # one count at the end, not one per row
        for index, result in enumerate(self.results):
            if result.errors:
                self._check_item(index).setCheckState(Qt.CheckState.Unchecked)
        self.grid.blockSignals(False)
        self.grid.viewport().update()
        self._update_counts()

    def chosen_rows(self) -> list[RowResult]:
        return [
            result
            for index, result in enumerate(self.results)
            if self._check_item(index).checkState() == Qt.CheckState.Checked
        ]

    def chosen_words(self) -> list[Vocabulary]:
        return [r.word for r in self.chosen_rows() if r.word is not None and not r.errors]

    @property
    def busy(self) -> bool:
        return self._thread is not None

    # -- background work ---------------------------------------------------------------

    def _known_words(self) -> CourseWords:
        # an instructor's lesson the course left out (it has problems) still owns its ids
        others = [
            found
            for file in custom_lesson_files()
            if (found := load_lesson(file)[0]) is not None and found.id != self._lesson.id
        ]
        return CourseWords.of(self._course, others)

    def _run(self, work: Callable[[Progress], _Loaded]) -> None:
        self._set_busy(True)
        self._job = ThreadJob(work)
        self._job.done.connect(self._loaded)
        self._job.failed.connect(self._failed)
        self._thread = start_thread(self, self._job)

    def _recheck(self) -> None:
        if self.table is None:
            return
        if self.busy:
            self._again = True
            return
        table, mapping = self.table, dict(self.mapping)
        lesson, known = self._lesson, self._known_words()
        proposer = course_proposer(self._course)
        sheets = [self.sheet.itemText(i) for i in range(self.sheet.count())]

        def work(_progress: Progress) -> _Loaded:
            return _Loaded(table, sheets, mapping, preview(table, mapping, lesson, known, proposer))

        self._run(work)

    def _finish_thread(self) -> None:
        stop_thread(self._thread)
        self._thread = None
        self._set_busy(False)

    def _loaded(self, loaded: _Loaded) -> None:
        self._finish_thread()
        if loaded.table is None:
            self._say(
                self.tr("This file cannot be read: %1").replace("%1", loaded.error), wrong=True
            )
            self.table, self.results = None, []
            self._show_rows()
            self.mapping_box.setEnabled(False)
            return
        self.table, self.mapping, self.results = loaded.table, loaded.mapping, loaded.results
        self._show_sheets(loaded.sheets, loaded.table.sheet)
        self._show_mapping()
        self._show_rows()
        if loaded.table.notes:
            self._say(
                self.tr(
                    "The file was not saved as Unicode: Japanese text may have been lost. "
                    "Save it as CSV UTF-8."
                ),
                wrong=True,
            )
        else:
            self._say("")
        if self._again:
            self._again = False
            self._recheck()

    def _failed(self, message: str) -> None:
        self._finish_thread()
        self._say(self.tr("This file cannot be read: %1").replace("%1", message), wrong=True)

    # -- showing ---------------------------------------------------------------------------

    def _show_sheets(self, sheets: Sequence[str], current: str | None = None) -> None:
        self.sheet.clear()
        self.sheet.addItems(list(sheets))
        if current:
            self.sheet.setCurrentText(current)
        self.sheet.setVisible(len(sheets) > 1)
        self.sheet_label.setVisible(len(sheets) > 1)

    def _show_mapping(self) -> None:
        table = self.table
        assert table is not None
        for what, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(none)"), -1)
            for index in range(table.columns):
                combo.addItem(table.column_name(index), index)
            combo.setCurrentIndex(self.mapping.get(what, -1) + 1)
        self.mapping_box.setEnabled(True)

    def _show_rows(self) -> None:
        self.grid.blockSignals(True)
        # emptied first: replacing 1,000 rows' items in place makes the header measure its
        # columns again after every item (92 s measured), filling empty rows does not
        self.grid.setRowCount(0)
        self.grid.setRowCount(len(self.results))
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "ok": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }
        for index, result in enumerate(self.results):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            word = result.word
            cells = result.cells
            if result.errors:
                kind, status, background = "error", self.tr("Error"), ERROR_BACKGROUND
            elif result.warnings:
                kind, status, background = "warning", self.tr("Check"), WARNING_BACKGROUND
            else:
                kind, status, background = "ok", self.tr("OK"), None
            # errors first: they are what stops the import
            problems = sorted(result.problems, key=lambda p: p.severity is not Severity.ERROR)
            texts = [problem_text(p) for p in problems]
            shown = [
                t for p, t in zip(problems, texts, strict=True) if p.severity is Severity.ERROR
            ]
            items = [
                check,
                QTableWidgetItem(str(result.row)),
                QTableWidgetItem(icons[kind], status),
                QTableWidgetItem(result.written or cells.get(Column.WRITTEN, "")),
                QTableWidgetItem(result.reading or cells.get(Column.READING, "")),
                QTableWidgetItem(cells.get(Column.MEANING_ID, "")),
                QTableWidgetItem(pos_name(word.pos) if word else cells.get(Column.POS, "")),
                QTableWidgetItem(" ".join(shown or texts)),
            ]
            tooltip = "\n".join(
                ("✖ " if p.severity is Severity.ERROR else "⚠ ") + text
                for p, text in zip(problems, texts, strict=True)
            )
            for column, item in enumerate(items):
                if column:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if background is not None:
                    item.setBackground(QBrush(background))
                item.setToolTip(tooltip)
                self.grid.setItem(index, column, item)
        self.grid.blockSignals(False)
        self._filter()
        self._update_counts()

    def _check_item(self, index: int) -> QTableWidgetItem:
        item = self.grid.item(index, 0)
        assert item is not None
        return item

    def _filter(self) -> None:
        only = self.only_problems.isChecked()
        for index, result in enumerate(self.results):
            self.grid.setRowHidden(index, only and not result.problems)

    def _update_counts(self) -> None:
        chosen = self.chosen_rows() if self.grid.rowCount() == len(self.results) else []
        ready = sum(1 for r in chosen if r.ok)
        errors = sum(1 for r in chosen if r.errors)
        check = sum(1 for r in chosen if r.ok and r.warnings)
        left_out = len(self.results) - len(chosen)
        text = (
            self.tr("%1 words ready, %2 with errors, %3 to check")
            .replace("%1", str(ready))
            .replace("%2", str(errors))
            .replace("%3", str(check))
        )
        if left_out:
            text += self.tr(", %1 left out").replace("%1", str(left_out))
        self.counts.setText(text if self.results else "")
        self.import_button.setText(self.tr("&Import %1 words").replace("%1", str(ready)))
        self.import_button.setEnabled(ready > 0 and errors == 0 and not self.busy)
        self.import_button.setToolTip(
            self.tr("Fix the rows with errors in the spreadsheet, or leave them out.")
            if errors
            else ""
        )
        self.leave_out_button.setEnabled(errors > 0)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.sheet.setEnabled(not busy)
        self._update_counts()

    def _say(self, text: str, *, wrong: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        set_state(self.feedback, "wrong" if wrong else "")

    # -- slots -------------------------------------------------------------------------------

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._update_counts()

    def _show_detail(self, row: int) -> None:
        item = self.grid.item(row, 2) if 0 <= row < len(self.results) else None
        text = item.toolTip() if item is not None else ""
        number = self.results[row].row if text else 0
        self.detail.setText(
            self.tr("Row %1:").replace("%1", str(number)) + "\n" + text if text else ""
        )
        self.detail.setVisible(bool(text))

    def _mapping_changed(self) -> None:
        self.mapping = {
            what: int(combo.currentData())
            for what, combo in self.combos.items()
            if combo.currentData() is not None and int(combo.currentData()) >= 0
        }
        self._recheck()

    def _sheet_chosen(self) -> None:
        if self.path is not None:
            self.load(self.path, self.sheet.currentText())

    def _start_folder(self) -> str:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return (
            self._ctx.services.settings.get(FOLDER_KEY, documents) if self._ctx.ready else documents
        )

    def _remember_folder(self, folder: Path) -> None:
        if self._ctx.ready:
            self._ctx.services.settings.set(FOLDER_KEY, str(folder))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish_thread()  # never leave the reading thread behind a closed window
        super().closeEvent(event)

    def reject(self) -> None:
        self._finish_thread()
        super().reject()

    def accept(self) -> None:
        if self.import_button.isEnabled():
            super().accept()
