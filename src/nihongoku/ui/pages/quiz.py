"""Latihan soal: practice in the exam's own question forms, with every answer explained.

The questions and the grading are nihongoku.core.practice.questions; results go to the
store through PracticeResults, so a wrong answer makes the tested cards due in Kartu.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.audio import clip_path, manifest
from nihongoku.core.content.course import Lesson
from nihongoku.core.japanese import plain_text
from nihongoku.core.practice.questions import (
    PracticeQuestion,
    PracticeRun,
    generated_questions,
    lesson_questions,
)
from nihongoku.core.practice.questions import weak_first as weakest_first
from nihongoku.core.practice.quiz import GENERATED_FAMILIES, Family, QuizBank
from nihongoku.core.practice.results import PracticeResults
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.core.store.types import utc_now
from nihongoku.ui.context import UiContext
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import family_name, in_language, level_name
from nihongoku.ui.widgets import RoomyItems, frame, label, set_state
from nihongoku.ui.widgets.exam_question import ChoiceButton
from nihongoku.ui.widgets.furigana import FuriganaText

CHOICE_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
PAGE_STYLE = """
QLabel#feedback[state="right"] { color: #2e7d32; font-weight: bold; }
QLabel#feedback[state="wrong"] { color: #b3261e; font-weight: bold; }
QPushButton#choice { text-align: left; padding: 8px 12px; background: white;
                     border: 1px solid #ddd3c4; border-radius: 8px; }
QPushButton#choice:disabled, QPushButton#choice:disabled QLabel { color: #2b2b2b; }
QFrame#passage { background: #f6f1e8; border: 1px solid #ddd3c4; border-radius: 6px; }
QPushButton#choice[state="right"] { background: #e3f1e4; border: 2px solid #2e7d32; }
QPushButton#choice[state="wrong"] { background: #fbe4e2; border: 2px solid #b3261e; }
"""


class QuizPracticePage(QWidget):
    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.course = ctx.course()
        self.results = PracticeResults(ctx.services.db)
        self.rng = random.Random()  # a test may put a seeded one here
        self.clock = utc_now
        self.run: PracticeRun | None = None
        self._lessons: list[Lesson] = [
            lesson
            for lesson in sorted(self.course.lessons, key=lambda lesson: lesson.sort_key)
            if lesson.exercises or lesson.vocabulary
        ]
        self._generated = [family.value for family in GENERATED_FAMILIES]
        authored = {q.family for q in lesson_questions(self._lessons)}
        self._families = self._generated + sorted(authored)
        self._bank: QuizBank | None = None  # built on the first start (it indexes the course)
        self.setStyleSheet(PAGE_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.stack = QStackedWidget()
        self.setup_view = self._build_setup()
        self.question_view = self._build_question()
        self.summary_view = self._build_summary()
        for view in (self.setup_view, self.question_view, self.summary_view):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()
        self._apply_fonts()

    # -- building ------------------------------------------------------------------

    def _build_setup(self) -> QWidget:
        self.families_label = label("", "cardTitle")
        self.family_list = QListWidget()
        self.family_list.setItemDelegate(RoomyItems(self.family_list))
        for _family in self._families:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.family_list.addItem(item)
        self.lessons_label = label("", "cardTitle")
        self.lesson_list = QListWidget()
        self.lesson_list.setItemDelegate(RoomyItems(self.lesson_list))
        for _lesson in self._lessons:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lesson_list.addItem(item)
        self.weak_only = QCheckBox()
        self.count = QSpinBox()
        self.count.setRange(1, 60)
        self.count.setValue(10)
        self.count_label = label()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.setup_note = label("", "hint", wrap=True)

        lists = QHBoxLayout()
        families = QVBoxLayout()
        families.addWidget(self.families_label)
        families.addWidget(self.family_list)
        lessons = QVBoxLayout()
        lessons.addWidget(self.lessons_label)
        lessons.addWidget(self.lesson_list)
        lists.addLayout(families, 1)
        lists.addLayout(lessons, 2)
        options = QHBoxLayout()
        options.addWidget(self.weak_only)
        options.addStretch(1)
        options.addWidget(self.count_label)
        options.addWidget(self.count)
        options.addWidget(self.start_button)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(lists, 1)
        layout.addLayout(options)
        layout.addWidget(self.setup_note)
        return view

    def _build_question(self) -> QWidget:
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self.stop_button = QPushButton()
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_button.clicked.connect(self.show_setup)
        self.family_line = label("", "hint")
        self.instruction = label("", "cardTitle", wrap=True)
        self.gloss = label("", "prompt", wrap=True)
        self.passage = FuriganaText(scale=1.2)
        self.passage_box = frame("passage")
        passage_layout = QVBoxLayout(self.passage_box)
        passage_layout.addWidget(self.passage)
        self.stem = FuriganaText(scale=1.4)
        # listening items: play, "pause after each sentence", continue; the situation the
        # test draws; the transcript once answered
        self.play_button = QPushButton()
        self.play_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play_button.clicked.connect(self.play_clip)
        self.pause_each = QCheckBox()
        self.pause_each.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pause_each.toggled.connect(self._pause_each_toggled)
        self.continue_button = QPushButton()
        self.continue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.continue_button.clicked.connect(self.continue_clip)
        self.continue_button.hide()
        self.listen_row = QWidget()
        listen_layout = QHBoxLayout(self.listen_row)
        listen_layout.setContentsMargins(0, 0, 0, 0)
        listen_layout.addWidget(self.play_button)
        listen_layout.addWidget(self.continue_button)
        listen_layout.addWidget(self.pause_each)
        listen_layout.addStretch(1)
        self.no_audio = label("", "hint", wrap=True)
        self.situation = label("", "prompt", wrap=True)
        self.transcript = label("", "hint", wrap=True)
        self.transcript.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._following = False  # connected to the shared player's pauses
        # usage (用法) choices are whole sentences: they wrap instead of widening the page
        self.choice_buttons: list[ChoiceButton] = []
        choices = QVBoxLayout()
        for index in range(4):
            button = ChoiceButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1–4 answer
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            choices.addWidget(button)
            self.choice_buttons.append(button)
        self.feedback = label("", "feedback", wrap=True)
        self.why_chosen = label("", "", wrap=True)
        self.why_answer = label("", "", wrap=True)
        self.next_button = QPushButton()
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.clicked.connect(self.next_question)
        self.keys_hint = label("", "hint", wrap=True)

        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.stop_button)
        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.family_line)
        card_layout.addWidget(self.instruction)
        card_layout.addWidget(self.gloss)
        card_layout.addWidget(self.listen_row)
        card_layout.addWidget(self.no_audio)
        card_layout.addWidget(self.situation)
        card_layout.addWidget(self.passage_box)
        card_layout.addWidget(self.stem)
        card_layout.addLayout(choices)
        card_layout.addWidget(self.feedback)
        card_layout.addWidget(self.why_chosen)
        card_layout.addWidget(self.why_answer)
        card_layout.addWidget(self.transcript)
        next_row = QHBoxLayout()
        next_row.addStretch(1)
        next_row.addWidget(self.next_button)
        card_layout.addLayout(next_row)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(card)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.question_scroll = scroll
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.keys_hint)
        return view

    def _build_summary(self) -> QWidget:
        self.summary_title = label("", "sectionTitle")
        self.summary_text = label("", "", wrap=True)
        self.again_button = QPushButton()
        self.again_button.setDefault(True)
        self.again_button.clicked.connect(self.show_setup)
        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.summary_title)
        card_layout.addWidget(self.summary_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        card_layout.addLayout(buttons)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)
        return view

    # -- the setup -----------------------------------------------------------------

    def chosen_families(self) -> set[str]:
        return {
            family
            for row, family in enumerate(self._families)
            if self.family_list.item(row).checkState() == Qt.CheckState.Checked
        }

    def chosen_lessons(self) -> list[Lesson]:
        return [
            lesson
            for row, lesson in enumerate(self._lessons)
            if self.lesson_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def pool(self) -> list[PracticeQuestion]:
        families = self.chosen_families()
        lessons = self.chosen_lessons()
        questions = [q for q in lesson_questions(lessons) if q.family in families]
        generated = [Family(f) for f in self._generated if f in families]
        if generated and lessons:
            if self._bank is None:
                self._bank = QuizBank(self.course)
            questions += generated_questions(
                self._bank, generated, lessons, self.rng, self.count.value()
            )
        if self.weak_only.isChecked():
            questions = weakest_first(questions, self.results.weak_items(self.profile.id, 60))
        return questions

    def show_setup(self) -> None:
        self._stop_clip()
        self.run = None
        self.setup_note.setText("")
        self.stack.setCurrentWidget(self.setup_view)
        self.start_button.setFocus()

    def start(self) -> None:
        pool = self.pool()
        if not pool:
            self.setup_note.setText(
                self.tr("No questions match these choices yet: tick more lessons or families.")
                if not self.weak_only.isChecked()
                else self.tr("No weak points yet: practise first, your mistakes will show here.")
            )
            return
        self.run = PracticeRun.draw(
            pool,
            self.count.value(),
            self.rng,
            keep_order=self.weak_only.isChecked(),
            profile_id=self.profile.id,
            results=self.results,
            clock=self.clock,
        )
        self.stack.setCurrentWidget(self.question_view)
        self._render_question()
        self.play_clip()
        self.setFocus()

    # -- listening -----------------------------------------------------------------

    def clip(self) -> Path | None:
        """The current question's recording, when it is a listening item."""
        run = self.run
        if run is None or run.finished or run.current().audio is None:
            return None
        return clip_path(run.current().audio or "")

    def play_clip(self) -> None:
        path = self.clip()
        if path is None:
            return
        from nihongoku.ui.widgets.audio_button import shared_player

        player = shared_player()
        if not self._following:
            player.turn_paused.connect(self._turn_paused)
            self._following = True
        player.pause_each = self.pause_each.isChecked()
        record = manifest().clips.get(self.run.current().audio or "") if self.run else None
        player.play(path, record.turn_ends if record else ())
        self.continue_button.hide()

    def _turn_paused(self, _turns: int) -> None:
        if self.stack.currentWidget() is self.question_view and self.clip() is not None:
            self.continue_button.show()

    def continue_clip(self) -> None:
        from nihongoku.ui.widgets.audio_button import shared_player

        self.continue_button.hide()
        shared_player().resume()

    def _pause_each_toggled(self, on: bool) -> None:
        from nihongoku.ui.widgets.audio_button import shared_player

        shared_player().pause_each = on

    def _stop_clip(self) -> None:
        if self._following:
            from nihongoku.ui.widgets.audio_button import shared_player

            shared_player().stop()
        self.continue_button.hide()

    # -- answering -----------------------------------------------------------------

    def choose(self, index: int) -> None:
        run = self.run
        if run is None or run.finished or run.feedback is not None:
            return
        if index >= len(run.current().choices):
            return
        run.answer(index)
        self._render_question()
        # a long passage may push the explanation below the fold: bring it into view
        self.question_scroll.ensureWidgetVisible(self.next_button)

    def next_question(self) -> None:
        run = self.run
        if run is None or run.feedback is None:
            return
        run.advance()
        if run.finished:
            self._render_summary()
            self.stack.setCurrentWidget(self.summary_view)
            self.again_button.setFocus()
        else:
            self._stop_clip()
            self._render_question()
            self.question_scroll.verticalScrollBar().setValue(0)
            self.play_clip()
        self.setFocus()

    def _render_question(self) -> None:
        run = self.run
        if run is None or run.finished:
            return
        code = self._ctx.language.code
        question = run.current()
        feedback = run.feedback
        self.progress.setRange(0, len(run.questions))
        self.progress.setValue(run.position + (1 if feedback else 0))
        self.family_line.setText(
            f"{family_name(question.family)} · {level_name_of(question.level)}"
        )
        self.instruction.setText(in_language(question.instruction, code))
        self.gloss.setText(in_language(question.gloss, code) if question.gloss else "")
        self.gloss.setVisible(question.gloss is not None)
        self.passage_box.setVisible(question.passage is not None)
        self.passage.set_pieces(question.passage or ())
        self.stem.set_pieces(question.stem)
        listening = question.audio is not None
        self.listen_row.setVisible(listening and self.clip() is not None)
        self.no_audio.setVisible(listening and self.clip() is None)
        self.no_audio.setText(self.tr("The recording of this item is not available."))
        self.play_button.setText(self.tr("▶  Play (R)"))
        self.continue_button.setText(self.tr("Continue (C)"))
        self.pause_each.setText(self.tr("Pause after each sentence"))
        self.situation.setVisible(question.situation is not None)
        self.situation.setText(in_language(question.situation, code) if question.situation else "")
        # what is only heard on the test stays hidden until the answer: the line a quick
        # response answers, the situation's question, and spoken choices
        self.stem.setVisible(feedback is not None or not question.spoken_choices)
        self.transcript.setVisible(feedback is not None and bool(question.script))
        self.transcript.setText(transcript_text(question, code) if feedback is not None else "")
        for index, button in enumerate(self.choice_buttons):
            shown = index < len(question.choices)
            button.setVisible(shown)
            if not shown:
                continue
            hidden = question.spoken_choices and feedback is None
            button.setText(
                f"{index + 1}." if hidden else f"{index + 1}.  {question.choice_texts[index]}"
            )
            button.setEnabled(feedback is None)
            state = ""
            if feedback is not None and index == feedback.answer:
                state = "right"
            elif feedback is not None and index == feedback.chosen:
                state = "wrong"
            set_state(button, state)
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setVisible(feedback is not None)
        self.stop_button.setText(self.tr("Stop (Esc)"))
        for line in (self.feedback, self.why_chosen, self.why_answer):
            line.setVisible(feedback is not None)
        if feedback is None:
            self.keys_hint.setText(self.tr("Press 1–4 or click an answer. Esc: stop."))
            return
        set_state(self.feedback, "right" if feedback.correct else "wrong")
        if feedback.correct:
            self.feedback.setText(self.tr("Correct!"))
            self.why_chosen.setText(in_language(feedback.why_answer, code))
            self.why_answer.setVisible(False)
        else:
            text = self.tr("Not quite. The answer is %1.").replace("%1", str(feedback.answer + 1))
            if feedback.cards_due:
                text += " " + self.tr("Its flashcards come back today.")
            self.feedback.setText(text)
            self.why_chosen.setText(
                f"{feedback.chosen + 1}: {in_language(feedback.why_chosen, code)}"
            )
            self.why_answer.setText(
                f"{feedback.answer + 1}: {in_language(feedback.why_answer, code)}"
            )
        self.keys_hint.setText(self.tr("Enter or Space: next question. Esc: stop."))

    def _render_summary(self) -> None:
        run = self.run
        if run is None:
            return
        self.summary_title.setText(self.tr("Finished!"))
        lines = [
            f"{family_name(family)}: {run.right.get(family, 0)}/{asked}"
            for family, asked in sorted(run.asked.items())
        ]
        right = sum(run.right.values())
        asked = sum(run.asked.values())
        lines.insert(
            0,
            self.tr("Right: %1 of %2").replace("%1", str(right)).replace("%2", str(asked)),
        )
        if run.cards_due:
            lines.append(
                self.tr("%1 flashcard(s) of what you missed come back today in Kartu.").replace(
                    "%1", str(run.cards_due)
                )
            )
        self.summary_text.setText("\n".join(lines))
        self.again_button.setText(self.tr("&Practise again"))

    # -- keys, language, fonts ----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        on_question = self.stack.currentWidget() is self.question_view
        if key == Qt.Key.Key_Escape and self.stack.currentWidget() is not self.setup_view:
            self.show_setup()
        elif on_question and key in CHOICE_KEYS:
            self.choose(CHOICE_KEYS.index(key))
        elif on_question and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next_question()
        elif on_question and key == Qt.Key.Key_R:
            self.play_clip()
        elif on_question and key == Qt.Key.Key_C:
            self.continue_clip()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        for button in self.choice_buttons:
            button.set_text_font(japanese_font(self.font(), 1.2))

    def retranslate(self) -> None:
        code = self._ctx.language.code
        self.families_label.setText(self.tr("Question types"))
        for row, family in enumerate(self._families):
            self.family_list.item(row).setText(family_name(family))
        self.lessons_label.setText(self.tr("From these lessons"))
        for row, lesson in enumerate(self._lessons):
            self.lesson_list.item(row).setText(
                f"{level_name(lesson.level)} {lesson.order} · {in_language(lesson.title, code)}"
            )
        self.weak_only.setText(self.tr("Only my &weak points"))
        self.count_label.setText(self.tr("Questions:"))
        self.start_button.setText(self.tr("&Start"))
        if self.stack.currentWidget() is self.question_view:
            self._render_question()
        elif self.stack.currentWidget() is self.summary_view:
            self._render_summary()


def transcript_text(question: PracticeQuestion, code: str) -> str:
    """What was said, turn by turn, and its translation: for the review of an answer."""
    lines = [f"{turn.speaker}: {plain_text(list(turn.pieces))}" for turn in question.script]
    if question.spoken_choices:
        lines += [f"{n}. {text}" for n, text in enumerate(question.choice_texts, start=1)]
    if question.script_translation is not None:
        lines += ["", in_language(question.script_translation, code)]
    return "\n".join(lines)


def level_name_of(level: str) -> str:
    from nihongoku.core.content.schema import Level

    return level_name(Level(level))
