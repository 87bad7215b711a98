"""An exam's result: the estimate on the test's scale, each scoring group against its
minimum, the pass decision or level, the reference grades, the weakest question types,
and a review of every mistake with the explanations (and, for listening, the transcript
and the clip to hear again)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.audio import clip_path
from nihongoku.core.exams.blueprint import ExamKind
from nihongoku.core.exams.forms import ExamForm
from nihongoku.core.exams.scoring import ExamResult
from nihongoku.core.japanese import Ruby
from nihongoku.core.practice.questions import PracticeQuestion
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import family_name, in_language
from nihongoku.ui.widgets import frame, label, set_state
from nihongoku.ui.widgets.furigana import FuriganaText

STYLE = """
QLabel#verdict { font-size: 18pt; font-weight: bold; }
QLabel#verdict[state="right"], QLabel#mark[state="right"] { color: #2e7d32; }
QLabel#verdict[state="wrong"], QLabel#mark[state="wrong"] { color: #b3261e; }
QLabel#total { font-size: 15pt; font-weight: bold; }
QLabel#yourAnswer { color: #b3261e; }
QLabel#rightAnswer { color: #2e7d32; font-weight: bold; }
QScrollArea#resultsPane, QWidget#resultsContent { background: #fbf8f3; }
QFrame#transcript { background: #f6f1e8; border: 1px solid #ddd3c4; border-radius: 6px; }
"""


@dataclass(frozen=True)
class FinishedExam:
    form: ExamForm
    answers: Mapping[str, int]
    result: ExamResult


def area_name(area: str) -> str:
    names = {
        "vocabulary": QCoreApplication.translate("ExamResultsView", "Vocabulary"),
        "grammar": QCoreApplication.translate("ExamResultsView", "Grammar"),
        "reading": QCoreApplication.translate("ExamResultsView", "Reading"),
    }
    return names.get(area, area)


def mistakes(form: ExamForm, answers: Mapping[str, int]) -> list[tuple[str, PracticeQuestion]]:
    """Every wrong or unanswered question, in the form's order, with its section's id."""
    return [
        (section.spec.id, question)
        for section in form.sections
        for question in section.questions
        if answers.get(question.id) != question.answer
    ]


class ExamResultsView(QWidget):
    back = Signal()

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self._language = language  # the interface's, asked at each render
        self.finished: FinishedExam | None = None
        self._notice_text = ""
        self.title = label("", "sectionTitle", wrap=True)
        self.notice = label("", "hint", wrap=True)
        self.total = label("", "total")
        self.verdict = label("", "verdict", wrap=True)
        self.groups = QGridLayout()
        self.groups.setHorizontalSpacing(16)
        self.areas = label("", "", wrap=True)
        self.families_title = label("", "cardTitle")
        self.families = label("", "", wrap=True)
        self.note = label("", "hint", wrap=True)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.show_review)
        self.back_button = QPushButton()
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back)
        self.review_title = label("", "sectionTitle")
        self.review_box = QWidget()
        self.review_layout = QVBoxLayout(self.review_box)
        self.review_layout.setContentsMargins(0, 0, 0, 0)

        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.notice)
        card_layout.addWidget(self.total)
        card_layout.addWidget(self.verdict)
        card_layout.addLayout(self.groups)
        card_layout.addWidget(self.areas)
        card_layout.addWidget(self.families_title)
        card_layout.addWidget(self.families)
        card_layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        card_layout.addLayout(buttons)
        content = QWidget()
        content.setObjectName("resultsContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(card)
        content_layout.addWidget(self.review_title)
        content_layout.addWidget(self.review_box)
        content_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("resultsPane")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

    def show_result(self, finished: FinishedExam, notice: str = "") -> None:
        self.finished = finished
        self._notice_text = notice
        self._render()
        self.review_title.setVisible(False)
        self.review_box.setVisible(False)
        self.scroller.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        done = self.finished
        if done is None:
            return
        result, code = done.result, self._language()
        blueprint = done.form.blueprint.spec
        self.title.setText(
            self.tr("Result: %1, form %2")
            .replace("%1", in_language(blueprint.title, code))
            .replace("%2", str(done.form.number))
        )
        self.notice.setVisible(bool(self._notice_text))
        self.notice.setText(self._notice_text)
        low, high = result.total_scale
        if result.kind is ExamKind.JLPT:
            total = self.tr("Estimated score: %1 of %2")
        elif result.kind is ExamKind.JFT:
            total = self.tr("Estimated score: %1 (scale %3–%2)")
        else:
            total = self.tr("Score: %1%")
        self.total.setText(
            total.replace("%1", str(result.total)).replace("%2", str(high)).replace("%3", str(low))
        )
        self._render_verdict(result)
        self._render_groups(result, code)
        self.areas.setVisible(bool(result.areas))
        self.areas.setText(
            self.tr("Reference grades: %1").replace(
                "%1",
                "  ·  ".join(f"{area_name(a.area)} {a.grade}" for a in result.areas),
            )
        )
        weakest = sorted(
            result.by_family.items(), key=lambda item: (item[1][0] / max(item[1][1], 1), item[0])
        )
        self.families_title.setText(self.tr("By question type (weakest first)"))
        self.families.setText(
            "\n".join(
                self.tr("%1: %2 of %3 right")
                .replace("%1", family_name(family))
                .replace("%2", str(right))
                .replace("%3", str(asked))
                for family, (right, asked) in weakest
                if asked
            )
        )
        self.note.setText(in_language(result.note, code) if result.note else "")
        wrong = len(mistakes(done.form, done.answers))
        self.review_button.setText(self.tr("&Review mistakes (%1)").replace("%1", str(wrong)))
        self.review_button.setEnabled(wrong > 0)
        self.back_button.setText(self.tr("&Back to the exams"))
        self.review_title.setText(self.tr("Your mistakes"))

    def _render_verdict(self, result: ExamResult) -> None:
        if result.passed is not None:
            self.verdict.setText(self.tr("Passed") if result.passed else self.tr("Not passed yet"))
            set_state(self.verdict, "right" if result.passed else "wrong")
        elif result.kind is ExamKind.JFT:
            if result.band is not None:
                self.verdict.setText(self.tr("Level: %1").replace("%1", result.band))
                set_state(self.verdict, "right")
            else:
                self.verdict.setText(self.tr("Below level A1 for now"))
                set_state(self.verdict, "wrong")
        self.verdict.setVisible(result.passed is not None or result.kind is ExamKind.JFT)

    def _render_groups(self, result: ExamResult, code: str) -> None:
        while self.groups.count():
            item = self.groups.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, group in enumerate(result.groups):
            points = (
                self.tr("%1 of %2 (%3/%4 right)")
                .replace("%1", str(group.points))
                .replace("%2", str(group.scale))
                .replace("%3", str(group.right))
                .replace("%4", str(group.asked))
            )
            cells: list[QLabel] = [label(in_language(group.title, code), "", wrap=True)]
            cells.append(label(points))
            if group.pass_min is not None:
                cells.append(label(self.tr("minimum %1").replace("%1", str(group.pass_min))))
                mark = label(
                    self.tr("below the minimum") if group.below_minimum else self.tr("✓ reached"),
                    "mark",
                )
                set_state(mark, "wrong" if group.below_minimum else "right")
                cells.append(mark)
            for column, cell in enumerate(cells):
                self.groups.addWidget(cell, row, column)
        self.groups.setColumnStretch(0, 1)

    def show_review(self) -> None:
        done = self.finished
        if done is None:
            return
        while self.review_layout.count():
            item = self.review_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        code = self._language()
        titles = {s.spec.id: in_language(s.spec.title, code) for s in done.form.sections}
        for number, (section, question) in enumerate(mistakes(done.form, done.answers), 1):
            self.review_layout.addWidget(
                self._mistake(number, titles[section], question, done.answers.get(question.id))
            )
        self.review_title.setVisible(True)
        self.review_box.setVisible(True)
        # once the new cards are laid out: their place is not known before
        QTimer.singleShot(0, self, self._scroll_to_review)

    def _scroll_to_review(self) -> None:
        self.scroller.verticalScrollBar().setValue(self.review_title.y())

    def _mistake(
        self, number: int, section: str, question: PracticeQuestion, chosen: int | None
    ) -> QWidget:
        code = self._language()
        card = frame("card")
        layout = QVBoxLayout(card)
        layout.addWidget(
            label(f"{number}. {section} · {family_name(question.family)}", "cardTitle")
        )
        if question.situation is not None:
            layout.addWidget(label(in_language(question.situation, code), "", wrap=True))
        if question.gloss is not None:
            layout.addWidget(label(in_language(question.gloss, code), "prompt", wrap=True))
        if question.stem:
            layout.addWidget(FuriganaText(question.stem, scale=1.2))
        texts = question.choice_texts
        answer = question.answer
        if chosen is None:
            yours = self.tr("Your answer: not answered")
        else:
            yours = self.tr("Your answer: %1").replace("%1", f"{chosen + 1}. {texts[chosen]}")
        layout.addWidget(label(yours, "yourAnswer", wrap=True))
        layout.addWidget(
            label(
                self.tr("Right answer: %1").replace("%1", f"{answer + 1}. {texts[answer]}"),
                "rightAnswer",
                wrap=True,
            )
        )
        layout.addWidget(
            label(f"{answer + 1}: {in_language(question.explanations[answer], code)}", wrap=True)
        )
        if chosen is not None and chosen != answer:
            layout.addWidget(
                label(
                    f"{chosen + 1}: {in_language(question.explanations[chosen], code)}",
                    wrap=True,
                )
            )
        if question.script:
            box = frame("transcript")
            box_layout = QVBoxLayout(box)
            heading = QHBoxLayout()
            heading.addWidget(label(self.tr("Transcript"), "cardTitle"))
            self._add_replay(heading, question, box)
            heading.addStretch(1)
            box_layout.addLayout(heading)
            for turn in question.script:
                box_layout.addWidget(FuriganaText((Ruby(f"{turn.speaker}: "), *turn.pieces), 1.1))
            if question.script_translation is not None:
                box_layout.addWidget(
                    label(in_language(question.script_translation, code), "hint", wrap=True)
                )
            layout.addWidget(box)
        elif question.audio is not None:
            row = QHBoxLayout()
            self._add_replay(row, question, card)
            row.addStretch(1)
            layout.addLayout(row)
        return card

    def _add_replay(self, row: QHBoxLayout, question: PracticeQuestion, parent: QWidget) -> None:
        """The item's clip, to hear again while reading what was said."""
        path = clip_path(question.audio) if question.audio is not None else None
        if path is None:
            return
        from nihongoku.ui.widgets.audio_button import AudioButton  # QtMultimedia: on use

        button = AudioButton(path, parent)
        # worded, not just an icon: the review is read slowly, not worked through at speed
        button.setText(self.tr("Listen again"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(self.tr("Listen again"))
        button.setAccessibleName(self.tr("Listen again"))
        row.addWidget(button)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._render()
            if self.review_box.isVisible():
                self.show_review()
        super().changeEvent(event)
