"""Latihan: kana drills. See a kana and type its romaji, or see romaji and pick the kana.

The drill itself (what to ask, grading, missed kana coming back) is
nihongoku.core.practice.kana_drill; this page only shows it and passes answers on.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.content.course import Lesson
from nihongoku.core.japanese import romaji
from nihongoku.core.practice.kana_drill import (
    CHOICES,
    HIRAGANA,
    KATAKANA,
    DrillMode,
    KanaDrill,
    kana_from,
    kana_lessons,
)
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.ui.context import UiContext
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.widgets import RoomyItems, frame, label, set_state

LESSON_ROLE = Qt.ItemDataRole.UserRole
DRILL_LENGTH = 20
CHOICE_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)

# Colours of right and wrong: the app's red, and a green that reads on white and cream.
PAGE_STYLE = """
QLabel#feedback[state="right"] { color: #2e7d32; font-weight: bold; }
QLabel#feedback[state="wrong"] { color: #b3261e; font-weight: bold; }
QLabel#prompt { color: #2b2b2b; }
QPushButton#choice { background: white; border: 1px solid #ddd3c4; border-radius: 8px; }
QPushButton#choice:hover:enabled { border: 2px solid #8a8a8a; }
QPushButton#choice:disabled { color: #9a9a9a; }
QPushButton#choice[state="right"] {
    background: #e3f1e4; border: 2px solid #2e7d32; color: #1b5e20;
}
QPushButton#choice[state="wrong"] {
    background: #fbe4e2; border: 2px solid #b3261e; color: #8c1d18;
}
QProgressBar { border: 1px solid #ddd3c4; border-radius: 4px; background: white;
               text-align: center; min-height: 18px; }
QProgressBar::chunk { background: #d9a19c; border-radius: 3px; }
"""


class PracticePage(QWidget):
    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.course = ctx.course()
        self.rng = random.Random()  # a test may put a seeded one here
        self.drill: KanaDrill | None = None
        self.setStyleSheet(PAGE_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.title = label("", "pageTitle")
        self.stack = QStackedWidget()
        self.empty_note = label("", "hint", wrap=True)
        self.empty_view = QWidget()
        empty_layout = QVBoxLayout(self.empty_view)
        empty_layout.addWidget(self.empty_note)
        empty_layout.addStretch(1)
        self.setup_view = self._build_setup()
        self.drill_view = self._build_drill()
        self.summary_view = self._build_summary()
        for view in (self.empty_view, self.setup_view, self.drill_view, self.summary_view):
            self.stack.addWidget(view)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

        self._checked: dict[str, bool] = {}  # lesson id → ticked, kept across script changes
        has_kana = bool(kana_lessons(self.course, {HIRAGANA, KATAKANA}))
        self.stack.setCurrentWidget(self.setup_view if has_kana else self.empty_view)
        self.retranslate()
        self._apply_fonts()

    # -- building

    def _build_setup(self) -> QWidget:
        self.hiragana = QRadioButton()
        self.katakana = QRadioButton()
        self.both = QRadioButton()
        self.hiragana.setChecked(True)
        self.scripts = QButtonGroup(self)
        scripts_row = QHBoxLayout()
        for button in (self.hiragana, self.katakana, self.both):
            self.scripts.addButton(button)
            scripts_row.addWidget(button)
        scripts_row.addStretch(1)

        self.type_mode = QRadioButton()
        self.pick_mode = QRadioButton()
        self.type_mode.setChecked(True)
        self.modes = QButtonGroup(self)
        modes_row = QHBoxLayout()
        for button in (self.type_mode, self.pick_mode):
            self.modes.addButton(button)
            modes_row.addWidget(button)
        modes_row.addStretch(1)

        self.length = QSpinBox()
        self.length.setRange(5, 100)
        self.length.setSingleStep(5)
        self.length.setValue(DRILL_LENGTH)
        self.length.setMinimumWidth(90)

        self.lessons = QListWidget()
        self.lessons.setObjectName("navigation")
        self.lessons.setItemDelegate(RoomyItems(self.lessons))
        self.lessons.setMinimumHeight(140)
        self.selection_note = label("", "hint", wrap=True)
        self.start_button = QPushButton()
        self.start_button.setAutoDefault(True)
        self.start_button.setMinimumWidth(160)

        self.script_label = label()
        self.mode_label = label()
        self.length_label = label()
        self.lessons_label = label()
        form = QFormLayout()
        form.addRow(self.script_label, scripts_row)
        form.addRow(self.mode_label, modes_row)
        length_row = QHBoxLayout()
        length_row.addWidget(self.length)
        length_row.addStretch(1)
        form.addRow(self.length_label, length_row)
        start_row = QHBoxLayout()
        start_row.addWidget(self.selection_note, 1)
        start_row.addWidget(self.start_button)

        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addLayout(form)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.lessons_label)
        card_layout.addWidget(self.lessons, 1)
        card_layout.addLayout(start_row)
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(card, 1)

        self.scripts.buttonToggled.connect(self._script_toggled)
        self.lessons.itemChanged.connect(self._lesson_ticked)
        self.start_button.clicked.connect(self.start)
        return view

    def _build_drill(self) -> QWidget:
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self.stop_button = QPushButton()
        self.question_hint = label()
        self.question_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retry_note = label("", "hint")
        self.retry_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = label("", "prompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.answer_input = QLineEdit()
        self.answer_input.setMaxLength(20)
        self.answer_input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer_input.setMinimumWidth(320)
        self.check_button = QPushButton()
        self.typing_row = QWidget()
        typing_layout = QHBoxLayout(self.typing_row)
        typing_layout.addStretch(1)
        typing_layout.addWidget(self.answer_input)
        typing_layout.addWidget(self.check_button)
        typing_layout.addStretch(1)

        self.choice_buttons: list[QPushButton] = []
        self.choice_row = QWidget()
        choice_layout = QHBoxLayout(self.choice_row)
        choice_layout.setSpacing(12)
        choice_layout.addStretch(1)
        for index in range(CHOICES):
            button = QPushButton()
            button.setObjectName("choice")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1–4 choose; see _pose
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            choice_layout.addWidget(button)
            self.choice_buttons.append(button)
        choice_layout.addStretch(1)

        self.feedback = label("", "feedback")
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feedback_detail = label("", "hint")
        self.feedback_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton()
        self.next_button.setAutoDefault(True)  # Enter on the focused button goes on
        self.next_button.setMinimumWidth(160)
        self.keys_hint = label("", "hint", wrap=True)
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.stop_button)
        next_row = QHBoxLayout()
        next_row.addStretch(1)
        next_row.addWidget(self.next_button)
        next_row.addStretch(1)
        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.question_hint)
        card_layout.addWidget(self.retry_note)
        card_layout.addWidget(self.prompt)
        card_layout.addWidget(self.typing_row)
        card_layout.addWidget(self.choice_row)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.feedback)
        card_layout.addWidget(self.feedback_detail)
        card_layout.addSpacing(8)
        card_layout.addLayout(next_row)
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addLayout(top)
        view_layout.addWidget(card)
        view_layout.addWidget(self.keys_hint)
        view_layout.addStretch(1)

        self.answer_input.returnPressed.connect(self.submit_typed)
        self.check_button.clicked.connect(self.submit_typed)
        self.next_button.clicked.connect(self.next_question)
        self.stop_button.clicked.connect(self.show_setup)
        return view

    def _build_summary(self) -> QWidget:
        self.summary_title = label("", "sectionTitle")
        self.summary_score = label("", "", wrap=True)
        self.summary_needed = label("", "", wrap=True)
        self.summary_kana = label("", "prompt", wrap=True)
        self.again_button = QPushButton()
        self.again_button.setAutoDefault(True)
        self.back_button = QPushButton()
        self.back_button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.summary_title)
        card_layout.addWidget(self.summary_score)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.summary_needed)
        card_layout.addWidget(self.summary_kana)
        card_layout.addSpacing(8)
        card_layout.addLayout(buttons)
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(card)
        view_layout.addStretch(1)
        self.again_button.clicked.connect(self.start)
        self.back_button.clicked.connect(self.show_setup)
        return view

    # -- the setup

    def chosen_scripts(self) -> set[str]:
        if self.both.isChecked():
            return {HIRAGANA, KATAKANA}
        return {KATAKANA} if self.katakana.isChecked() else {HIRAGANA}

    def chosen_lessons(self) -> list[Lesson]:
        items = (self.lessons.item(row) for row in range(self.lessons.count()))
        return [
            item.data(LESSON_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked
        ]

    def chosen_mode(self) -> DrillMode:
        return DrillMode.PICK_KANA if self.pick_mode.isChecked() else DrillMode.TYPE_ROMAJI

    def _fill_lessons(self) -> None:
        self.lessons.blockSignals(True)
        self.lessons.clear()
        for lesson in kana_lessons(self.course, self.chosen_scripts()):
            title = lesson.title.id if self._ctx.language.code == "id" else lesson.title.en
            item = QListWidgetItem(title)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = self._checked.get(lesson.id, True)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setData(LESSON_ROLE, lesson)
            self.lessons.addItem(item)
        self.lessons.blockSignals(False)
        self._update_selection_note()

    def _script_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:  # the button switched off sends a signal too
            self._fill_lessons()

    def _lesson_ticked(self, item: QListWidgetItem) -> None:
        lesson: Lesson = item.data(LESSON_ROLE)
        self._checked[lesson.id] = item.checkState() == Qt.CheckState.Checked
        self._update_selection_note()

    def _update_selection_note(self) -> None:
        count = len(kana_from(self.chosen_lessons(), self.chosen_scripts()))
        self.start_button.setEnabled(count > 0)
        if count:
            note = self.tr("Kana chosen: %1").replace("%1", str(count))
        elif self.lessons.count():
            note = self.tr("Tick at least one lesson.")
        else:
            note = self.tr("No lesson teaches this script yet.")
        self.selection_note.setText(note)

    def show_setup(self) -> None:
        self.drill = None
        if self.stack.currentWidget() is not self.empty_view:
            self.stack.setCurrentWidget(self.setup_view)
            self.start_button.setFocus()

    # -- the drill

    def start(self) -> None:
        entries = kana_from(self.chosen_lessons(), self.chosen_scripts())
        if not entries:
            return
        self.drill = KanaDrill(entries, self.chosen_mode(), self.rng, self.length.value())
        self.stack.setCurrentWidget(self.drill_view)
        self._pose()

    def submit_typed(self) -> None:
        drill = self._awaiting(DrillMode.TYPE_ROMAJI)
        if drill is not None and self.answer_input.text().strip():
            self._grade(drill, self.answer_input.text())

    def choose(self, index: int) -> None:
        drill = self._awaiting(DrillMode.PICK_KANA)
        if drill is not None and index < len(drill.current().choices):
            self._grade(drill, drill.current().choices[index])

    def next_question(self) -> None:
        drill = self.drill
        if drill is None or drill.feedback is None:
            return
        drill.advance()
        if drill.finished:
            self.stack.setCurrentWidget(self.summary_view)
            self._render_summary()
            self.again_button.setFocus()
        else:
            self._pose()

    def _awaiting(self, mode: DrillMode) -> KanaDrill | None:
        """The drill, when it is waiting for an answer given this way."""
        drill = self.drill
        if drill is None or drill.mode is not mode or drill.finished or drill.feedback:
            return None
        return drill

    def _grade(self, drill: KanaDrill, text: str) -> None:
        drill.answer(text)
        self._render_question()
        self.next_button.setFocus()

    def _pose(self) -> None:
        self.answer_input.clear()
        self._render_question()
        assert self.drill is not None
        typing = self.drill.mode is DrillMode.TYPE_ROMAJI
        # Picking: the page takes the keys 1–4; no button is pre-selected, so Space or
        # Enter cannot choose one by accident.
        (self.answer_input if typing else self).setFocus()

    def _render_question(self) -> None:
        """Show the drill's state; safe to call again (on a language or font change)."""
        drill = self.drill
        if drill is None or drill.finished:
            return
        question = drill.current()
        feedback = drill.feedback
        typing = drill.mode is DrillMode.TYPE_ROMAJI
        done, total = drill.progress
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.question_hint.setText(
            self.tr("What is the romaji of this kana?")
            if typing
            else self.tr("Which kana is this?")
        )
        self.retry_note.setText(
            self.tr("Once more: you missed this one earlier.") if question.retry else ""
        )
        self.prompt.setText(question.prompt)
        self.typing_row.setVisible(typing)
        self.choice_row.setVisible(not typing)
        self.answer_input.setReadOnly(feedback is not None)
        self.answer_input.setPlaceholderText(self.tr("Type the romaji, then press Enter"))
        self.check_button.setText(self.tr("&Check"))
        self.check_button.setEnabled(feedback is None)
        for index, button in enumerate(self.choice_buttons):
            choice = question.choices[index] if index < len(question.choices) else ""
            button.setText(choice)
            button.setVisible(bool(choice))
            button.setEnabled(feedback is None)
            state = ""
            if feedback is not None and choice == feedback.expected_kana:
                state = "right"
            elif feedback is not None and choice == feedback.given:
                state = "wrong"
            set_state(button, state)
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setEnabled(feedback is not None)
        self.stop_button.setText(self.tr("&Stop"))
        self.stop_button.setToolTip(self.tr("Back to the choices (Esc)"))
        if feedback is None:
            self.feedback.setText("")
            self.feedback_detail.setText("")
            set_state(self.feedback, "")
            self.keys_hint.setText(
                self.tr("Type the romaji and press Enter. Esc: back to the choices.")
                if typing
                else self.tr("Click a kana or press 1–4. Esc: back to the choices.")
            )
            return
        set_state(self.feedback, "right" if feedback.correct else "wrong")
        self.feedback.setText(
            self.tr("Correct!")
            if feedback.correct
            else self.tr("Not quite: %1 = %2")
            .replace("%1", feedback.expected_kana)
            .replace("%2", feedback.expected_romaji)
        )
        detail = ""
        if not feedback.correct and not typing:  # name the kana picked: ツ is tsu
            detail = (
                self.tr("%1 is %2.")
                .replace("%1", feedback.given)
                .replace("%2", romaji(feedback.given))
            )
        self.feedback_detail.setText(detail)
        self.keys_hint.setText(self.tr("Enter or Space: next question. Esc: back to the choices."))

    def _render_summary(self) -> None:
        drill = self.drill
        if drill is None:
            return
        score = drill.score
        self.summary_title.setText(self.tr("Finished!"))
        self.summary_score.setText(
            self.tr("Right the first time: %1 of %2")
            .replace("%1", str(score.right_first_time))
            .replace("%2", str(score.asked))
        )
        mistakes = drill.mistakes
        self.summary_needed.setText(
            self.tr("These kana needed more practice:")
            if mistakes
            else self.tr("No mistakes. Excellent!")
        )
        self.summary_kana.setText(
            "   ".join(
                f"{m.entry.char} {m.entry.romaji}" + (f" ×{m.count}" if m.count > 1 else "")
                for m in mistakes
            )
        )
        self.summary_kana.setVisible(bool(mistakes))
        self.again_button.setText(self.tr("Practise &again"))
        self.back_button.setText(self.tr("&Change the choices"))

    # -- keys, language, fonts

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.stack.currentWidget() in (
            self.drill_view,
            self.summary_view,
        ):
            self.show_setup()
        elif self.stack.currentWidget() is self.drill_view and key in CHOICE_KEYS:
            self.choose(CHOICE_KEYS.index(Qt.Key(key)))
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        self.prompt.setFont(japanese_font(self.font(), 3.0))
        self.summary_kana.setFont(japanese_font(self.font()))
        self.answer_input.setFont(japanese_font(self.font()))
        # Lines that come and go keep their room, so nothing jumps when an answer is graded.
        for line in (self.retry_note, self.feedback, self.feedback_detail):
            line.setMinimumHeight(line.fontMetrics().height())
        choice_font = japanese_font(self.font(), 2.0)
        side = int(choice_font.pointSizeF() * 3.2)
        for button in self.choice_buttons:
            button.setFont(choice_font)
            button.setMinimumSize(side, side)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kana practice"))
        self.empty_note.setText(
            self.tr("The course has no kana lessons yet, so there is nothing to practise here.")
        )
        self.script_label.setText(self.tr("Script:"))
        self.hiragana.setText(self.tr("&Hiragana"))
        self.katakana.setText(self.tr("&Katakana"))
        self.both.setText(self.tr("&Both"))
        self.mode_label.setText(self.tr("Practice:"))
        self.type_mode.setText(self.tr("&Type the romaji"))
        self.pick_mode.setText(self.tr("&Pick the kana"))
        self.length_label.setText(self.tr("Questions:"))
        self.lessons_label.setText(self.tr("Which kana (tick the lessons):"))
        self.start_button.setText(self.tr("&Start"))
        self._fill_lessons()
        self._render_question()
        if self.stack.currentWidget() is self.summary_view:
            self._render_summary()
