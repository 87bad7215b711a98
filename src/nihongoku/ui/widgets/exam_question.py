"""One exam question as the test prints it: the mondai's instruction, the passage beside
the question, the choices as buttons (the chosen one stays marked), and for listening
what the learner may do with the clip.

The view only shows; the exams page decides (from the attempt) what is chosen, whether
a clip may play, and when the answer pause ends.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.exams.blueprint import Instruction
from nihongoku.core.practice.questions import PracticeQuestion
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import in_language
from nihongoku.ui.widgets import frame, label, set_state
from nihongoku.ui.widgets.furigana import FuriganaText
from nihongoku.ui.widgets.wrapped_label import WrappedLabel

CHOICES = 4
STYLE = """
QPushButton#choice { text-align: left; padding: 8px 12px; background: white;
                     border: 1px solid #ddd3c4; border-radius: 8px; }
QPushButton#choice[state="chosen"] { background: #f9e0dd; border: 2px solid #b3261e; }
QFrame#passage { background: #f6f1e8; border: 1px solid #ddd3c4; border-radius: 6px; }
QLabel#mondai { color: #b3261e; font-weight: bold; }
QLabel#listening[state="wrong"] { color: #b3261e; }
QLabel#countdown { color: #b3261e; font-weight: bold; }
QScrollArea#examPane, QWidget#examPaneContent { background: white; }
"""


class Clip(enum.Enum):
    """Where a listening question's clip stands, as the learner sees it."""

    NONE = "none"  # not a listening question
    READY = "ready"  # may be played (once) with the Play button
    PLAYING = "playing"
    PLAYED = "played"  # heard already: the test never plays it again
    MISSING = "missing"  # the recording is not built yet: answer without it


@dataclass(frozen=True)
class QuestionScreen:
    """Everything the view shows for one question."""

    question: PracticeQuestion
    mondai: int  # its mondai's number in the section
    instruction: Instruction
    language: str  # "id" or "en": the interface's, for the situation and the gloss
    instruction_language: str  # the instruction's translation (JFT lets the learner switch)
    chosen: int | None
    clip: Clip = Clip.NONE
    countdown: int | None = None  # seconds of the answer pause left (JLPT listening)


class ChoiceButton(QPushButton):
    """A choice whose text wraps: a reading passage beside the question leaves half the
    width, and a QPushButton's own text never wraps (it would push the pane sideways)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("choice")
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # course text, never markup
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self._label.setText(text)
        self.updateGeometry()

    def set_text_font(self, font: QFont) -> None:
        # the app's style sheet gives labels their own font: the button's is not inherited
        self._label.setFont(font)
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def sizeHint(self) -> QSize:
        return self._box().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self._box().minimumSize().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._box().totalHeightForWidth(width)

    def _box(self) -> QLayout:
        layout = self.layout()
        assert layout is not None
        return layout


class ExamQuestionView(QWidget):
    chosen = Signal(int)
    play_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.shown: QuestionScreen | None = None
        self.mondai_line = label("", "mondai")
        self.instruction_ja = WrappedLabel()
        self.instruction_tr = WrappedLabel("hint")
        self.passage = FuriganaText(scale=1.2)
        passage_box = frame("passage")
        QVBoxLayout(passage_box).addWidget(self.passage)
        passage_content = QWidget()
        passage_content.setObjectName("examPaneContent")
        passage_layout = QVBoxLayout(passage_content)
        passage_layout.setContentsMargins(0, 0, 0, 0)
        passage_layout.addWidget(passage_box)
        passage_layout.addStretch(1)
        self.passage_scroll = QScrollArea()
        self.passage_scroll.setObjectName("examPane")
        self.passage_scroll.setWidgetResizable(True)
        self.passage_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.passage_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.passage_scroll.setWidget(passage_content)

        self.situation = label("", "cardTitle", wrap=True)
        self.listening = label("", "listening", wrap=True)
        self.play_button = QPushButton()
        self.play_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play_button.clicked.connect(self.play_requested)
        self.countdown = label("", "countdown")
        self.gloss = label("", "prompt", wrap=True)
        self.stem = FuriganaText(scale=1.4)
        self.choice_buttons: list[ChoiceButton] = []
        for index in range(CHOICES):
            button = ChoiceButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1–4 answer
            button.clicked.connect(lambda _=False, i=index: self.chosen.emit(i))
            self.choice_buttons.append(button)

        listening_row = QHBoxLayout()
        listening_row.addWidget(self.play_button)
        listening_row.addWidget(self.listening, 1)
        listening_row.addWidget(self.countdown)
        question = QVBoxLayout()
        question.setContentsMargins(0, 0, 0, 0)
        question.addWidget(self.situation)
        question.addLayout(listening_row)
        question.addWidget(self.gloss)
        question.addWidget(self.stem)
        for button in self.choice_buttons:
            question.addWidget(button)
        question.addStretch(1)
        question_box = QWidget()
        question_box.setObjectName("examPaneContent")
        question_box.setLayout(question)
        question_scroll = QScrollArea()
        question_scroll.setObjectName("examPane")
        question_scroll.setWidgetResizable(True)
        question_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        question_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        question_scroll.setWidget(question_box)
        self.question_scroll = question_scroll

        body = QHBoxLayout()
        body.addWidget(self.passage_scroll, 1)  # the passage beside the question, as printed
        body.addWidget(question_scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        instruction = QHBoxLayout()  # "もんだい 1　…" on one line, as the test prints it
        instruction.addWidget(self.mondai_line, 0, Qt.AlignmentFlag.AlignTop)
        instruction.addWidget(self.instruction_ja, 1)
        layout.addLayout(instruction)
        layout.addWidget(self.instruction_tr)
        layout.addLayout(body, 1)
        self._apply_fonts()

    def show_question(self, screen: QuestionScreen) -> None:
        changed = self.shown is None or self.shown.question.id != screen.question.id
        self.shown = screen
        question = screen.question
        self.mondai_line.setText(f"もんだい {screen.mondai}")  # as the test prints it
        self.instruction_ja.setText(screen.instruction.ja)
        self.instruction_tr.setText(
            screen.instruction.en if screen.instruction_language == "en" else screen.instruction.id
        )
        self.passage_scroll.setVisible(question.passage is not None)
        self.passage.set_pieces(question.passage or ())
        self.situation.setVisible(question.situation is not None)
        if question.situation is not None:
            self.situation.setText(in_language(question.situation, screen.language))
        self.gloss.setVisible(question.gloss is not None)
        self.gloss.setText(in_language(question.gloss, screen.language) if question.gloss else "")
        # What is only heard on the test (the sentence, the replies) stays unprinted while
        # the recording is there; without it, the text is the only way to answer.
        heard_only = question.spoken_choices and screen.clip is not Clip.MISSING
        self.stem.setVisible(bool(question.stem) and not heard_only)
        self.stem.set_pieces(question.stem)
        self._render_clip(screen)
        for index, button in enumerate(self.choice_buttons):
            present = index < len(question.choices)
            button.setVisible(present)
            if not present:
                continue
            # heard choices are only numbers until the review, as on the test's answer sheet
            text = "" if heard_only else f".  {question.choice_texts[index]}"
            button.setText(f"{index + 1}{text}")
            set_state(button, "chosen" if index == screen.chosen else "")
        if changed:
            self.question_scroll.verticalScrollBar().setValue(0)
            self.passage_scroll.verticalScrollBar().setValue(0)

    def _render_clip(self, screen: QuestionScreen) -> None:
        clip = screen.clip
        self.listening.setVisible(clip is not Clip.NONE)
        self.play_button.setVisible(clip in (Clip.READY, Clip.PLAYING))
        self.play_button.setEnabled(clip is Clip.READY)
        self.play_button.setText(self.tr("▶ Play (once)"))
        texts = {
            Clip.NONE: "",
            Clip.READY: self.tr("The recording plays once. Listen carefully."),
            Clip.PLAYING: self.tr("Listen…"),
            Clip.PLAYED: self.tr("The recording has been played."),
            Clip.MISSING: self.tr("Audio not available yet: answer from the text you know."),
        }
        self.listening.setText(texts[clip])
        set_state(self.listening, "wrong" if clip is Clip.MISSING else "")
        self.countdown.setVisible(screen.countdown is not None)
        if screen.countdown is not None:
            self.countdown.setText(
                self.tr("Next question in %1 s").replace("%1", str(screen.countdown))
            )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event) and self.shown is not None:
            self.show_question(self.shown)
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        self.instruction_ja.setFont(japanese_font(self.font(), 1.1))
        for button in self.choice_buttons:
            button.set_text_font(japanese_font(self.font(), 1.2))
