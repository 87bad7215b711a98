"""One lesson, laid out for reading: goals, kana, words, kanji, grammar."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nihongoku.core.audio import EXAMPLE, audio_path
from nihongoku.core.content.course import GrammarEntry, Lesson, Sentence, VocabEntry
from nihongoku.core.japanese import Ruby, is_kanji
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.labels import in_language, pos_name
from nihongoku.ui.widgets import frame, label
from nihongoku.ui.widgets.audio_button import AudioButton, SpeedToggle
from nihongoku.ui.widgets.furigana import FuriganaText

KANA_COLUMNS = 3  # fits the reader on a 1100-pixel window; checked by a test


class FuriganaMode(enum.Enum):
    ALL = "all"
    NONE = "none"
    NEW_KANJI = "new"  # only over kanji the learner has not learned yet


def reading_filter(mode: FuriganaMode, known: frozenset[str]) -> Callable[[Ruby], bool]:
    if mode is FuriganaMode.ALL:
        return lambda _piece: True
    if mode is FuriganaMode.NONE:
        return lambda _piece: False
    return lambda piece: any(is_kanji(c) and c not in known for c in piece.text)


class LessonView(QWidget):
    """Built anew whenever the lesson, the language or a display toggle changes."""

    def __init__(
        self,
        lesson: Lesson,
        review: list[VocabEntry],
        language: str,
        furigana: FuriganaMode,
        known_kanji: frozenset[str],
        show_romaji: bool,
    ) -> None:
        super().__init__()
        self.setObjectName("LessonView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.lesson = lesson
        self._language = language
        self._show = reading_filter(furigana, known_kanji)
        self._romaji = show_romaji
        self.japanese: list[FuriganaText] = []  # every piece of Japanese on screen
        self.audio_buttons: list[AudioButton] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        title = label(in_language(lesson.title, language), "pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self._heading(self.tr("Goals")))
        for goal in lesson.goals:
            layout.addWidget(QLabel(f"•  {goal}", wordWrap=True))
        if lesson.kana:
            layout.addWidget(self._heading(self.tr("Kana")))
            layout.addWidget(self._kana_grid())
        if lesson.vocabulary:
            layout.addWidget(self._heading(self.tr("Vocabulary")))
            layout.addWidget(self._vocabulary(lesson.vocabulary))
        if review:
            layout.addWidget(self._heading(self.tr("Words from earlier lessons")))
            layout.addWidget(self._vocabulary(tuple(review)))
        if lesson.kanji:
            layout.addWidget(self._heading(self.tr("Kanji")))
            layout.addWidget(self._kanji())
        if lesson.grammar:
            layout.addWidget(self._heading(self.tr("Grammar")))
            for point in lesson.grammar:
                layout.addWidget(self._grammar_card(point))
        layout.addStretch(1)
        if self.audio_buttons:  # under the title: one speed for every clip of the lesson
            layout.insertWidget(1, SpeedToggle())

    def _heading(self, text: str) -> QLabel:
        return label(text, "sectionTitle")

    def _jp(self, pieces: tuple[Ruby, ...] | list[Ruby], scale: float = 1.5) -> FuriganaText:
        text = FuriganaText(pieces, scale)
        text.set_reading_filter(self._show)
        self.japanese.append(text)
        return text

    def _kana_grid(self) -> QWidget:
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for index, kana in enumerate(self.lesson.kana):
            card = frame("card")
            box = QVBoxLayout(card)
            glyph = QLabel(kana.char, alignment=Qt.AlignmentFlag.AlignCenter)
            glyph.setFont(japanese_font(self.font(), 2.2))
            box.addWidget(glyph)
            box.addWidget(QLabel(kana.romaji, alignment=Qt.AlignmentFlag.AlignCenter))
            if kana.mnemonic is not None:
                hint = QLabel(in_language(kana.mnemonic, self._language), wordWrap=True)
                hint.setObjectName("hint")
                box.addWidget(hint)
            grid.addWidget(card, index // KANA_COLUMNS, index % KANA_COLUMNS)
        return grid_host

    def _vocabulary(self, words: tuple[VocabEntry, ...]) -> QWidget:
        host = QWidget()
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(18)
        row = 0
        for word in words:
            word_text = self._with_audio(self._jp(word.furigana), audio_path(word.id))
            grid.addWidget(word_text, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if self._romaji:
                grid.addWidget(label(word.romaji, "romaji"), row, 1)
            meaning = QLabel(in_language(word.meaning, self._language), wordWrap=True)
            grid.addWidget(meaning, row, 2)
            grid.addWidget(label(pos_name(word.pos), "hint", wrap=True), row, 3)
            row += 1
            if word.example is not None:
                example = self._sentence(word.example, audio_path(word.id, EXAMPLE))
                grid.addWidget(example, row, 0, 1, 4)
                row += 1
        grid.setColumnStretch(2, 1)
        return host

    def _with_audio(self, text: QWidget, audio: Path | None) -> QWidget:
        """``text`` with a play button before it, when the course has audio for it."""
        if audio is None:
            return text
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        button = AudioButton(audio)
        self.audio_buttons.append(button)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(text, 1)
        return row

    def _sentence(self, sentence: Sentence, audio: Path | None = None) -> QWidget:
        box = frame("example")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 0, 0, 6)
        layout.addWidget(self._with_audio(self._jp(sentence.pieces, 1.2), audio))
        translation = QLabel(in_language(sentence.translation, self._language), wordWrap=True)
        translation.setObjectName("hint")
        layout.addWidget(translation)
        return box

    def _kanji(self) -> QWidget:
        host = QWidget()
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(18)
        for row, kanji in enumerate(self.lesson.kanji):
            glyph = QLabel(kanji.char)
            glyph.setFont(japanese_font(self.font(), 2.6))
            grid.addWidget(glyph, row, 0)
            details = label(
                self.tr("On: %1   Kun: %2   Strokes: %3")
                .replace("%1", "、".join(kanji.on) or "—")
                .replace("%2", "、".join(kanji.kun) or "—")
                .replace("%3", str(kanji.strokes)),
                "hint",
                wrap=True,  # long reading lists must not widen the reader past the screen
            )
            text = QVBoxLayout()
            text.addWidget(label(in_language(kanji.meaning, self._language), wrap=True))
            text.addWidget(details)
            grid.addLayout(text, row, 1)
        grid.setColumnStretch(1, 1)
        return host

    def _grammar_card(self, point: GrammarEntry) -> QWidget:
        card = frame("card")
        layout = QVBoxLayout(card)
        layout.addWidget(label(in_language(point.title, self._language), "cardTitle"))
        pattern = label(point.pattern, wrap=True)
        pattern.setFont(japanese_font(self.font(), 1.3))
        layout.addWidget(pattern)
        layout.addWidget(QLabel(in_language(point.explanation, self._language), wordWrap=True))
        for number, example in enumerate(point.examples, start=1):
            layout.addWidget(self._sentence(example, audio_path(point.id, number)))
        return card
