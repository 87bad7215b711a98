"""One exam on the list: what it is, a form chooser, Start, and the learner's past results."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from nihongoku.core.exams.blueprint import Blueprint, ExamKind
from nihongoku.core.exams.store import SavedAttempt
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import in_language
from nihongoku.ui.widgets import label

HISTORY_SHOWN = 5


class ExamCard(QFrame):
    start = Signal(int)  # the form's number
    print_form = Signal(int)  # the form's number: booklet, answer sheet and key as PDF

    def __init__(self, blueprint: Blueprint, language: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName("card")
        self.blueprint = blueprint
        self._language = language  # the interface's, asked at each render
        self.history: list[SavedAttempt] = []
        self.title = label("", "cardTitle")
        self.description = label("", "", wrap=True)
        self.facts = label("", "hint", wrap=True)
        self.form_label = label()
        self.form_choice = QComboBox()
        for _number in range(blueprint.spec.forms):
            self.form_choice.addItem("")
        self.start_button = QPushButton()
        self.start_button.clicked.connect(
            lambda: self.start.emit(self.form_choice.currentIndex() + 1)
        )
        self.print_button = QPushButton()
        self.print_button.clicked.connect(
            lambda: self.print_form.emit(self.form_choice.currentIndex() + 1)
        )
        self.history_title = label("", "")
        self.history_lines = label("", "hint", wrap=True)

        row = QHBoxLayout()
        row.addWidget(self.form_label)
        row.addWidget(self.form_choice)
        row.addWidget(self.start_button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.facts)
        layout.addLayout(row)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_lines)
        self.retranslate()

    def show_history(self, attempts: Sequence[SavedAttempt]) -> None:
        """This exam's finished attempts, newest first."""
        self.history = list(attempts)
        self._render_history()

    def _render_history(self) -> None:
        self.history_title.setVisible(bool(self.history))
        self.history_lines.setVisible(bool(self.history))
        lines = []
        for attempt in self.history[:HISTORY_SHOWN]:
            result = attempt.result or {}
            when = (attempt.finished_at or attempt.saved_at).astimezone()
            _low, high = result.get("scale", [0, 100])
            line = (
                self.tr("%1 · form %2 · %3 of %4")
                .replace("%1", when.strftime("%d-%m-%Y %H:%M"))
                .replace("%2", str(attempt.form))
                .replace("%3", str(result.get("total", 0)))
                .replace("%4", str(high))
            )
            if result.get("passed") is not None:
                passed = result["passed"]
                line += " · " + (self.tr("Passed") if passed else self.tr("Not passed yet"))
            elif self.blueprint.spec.kind is ExamKind.JFT:
                band = result.get("band")
                line += " · " + (band if band else self.tr("below A1"))
            lines.append(line)
        self.history_lines.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        spec = self.blueprint.spec
        self.title.setText(in_language(spec.title, self._language()))
        self.description.setText(in_language(spec.description, self._language()))
        kinds = {
            ExamKind.JLPT: self.tr("JLPT format"),
            ExamKind.JFT: self.tr("JFT-Basic format"),
            ExamKind.PRACTICE: self.tr("Practice test"),
        }
        self.facts.setText(
            self.tr("%1 · %2 minutes · %3 questions")
            .replace("%1", kinds[spec.kind])
            .replace("%2", str(self.blueprint.spec.total_minutes))
            .replace("%3", str(self.blueprint.questions))
        )
        self.form_label.setText(self.tr("Question set:"))
        for index in range(self.form_choice.count()):
            self.form_choice.setItemText(index, self.tr("Form %1").replace("%1", str(index + 1)))
        self.start_button.setText(self.tr("Start"))
        self.print_button.setText(self.tr("Save for printing…"))
        self.print_button.setToolTip(
            self.tr("The chosen form as a PDF: test booklet, answer sheet and answer key")
        )
        self.history_title.setText(self.tr("Your results"))
        self._render_history()
