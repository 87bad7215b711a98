"""One kana up close: big glyph, romaji, stroke order, the mnemonic and example words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from nihongoku.core.content.course import Course, KanaEntry, VocabEntry
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import in_language
from nihongoku.ui.widgets import label
from nihongoku.ui.widgets.furigana import FuriganaText
from nihongoku.ui.widgets.stroke_order import StrokeOrderView


class KanaDetail(QWidget):
    def __init__(self, course: Course, language: str) -> None:
        super().__init__()
        self._course = course
        self._language = language
        self.entry: KanaEntry | None = None
        self.glyph = label()
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.romaji = label("", "romaji")
        self.romaji.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.strokes = StrokeOrderView()
        self.play_button = QPushButton()
        self.step_button = QPushButton()
        self.mnemonic = label("", "", wrap=True)
        self.examples_host = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_button)
        buttons.addWidget(self.play_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.glyph)
        layout.addWidget(self.romaji)
        layout.addWidget(self.strokes, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addWidget(self.mnemonic)
        layout.addLayout(self.examples_host)
        layout.addStretch(1)
        self.play_button.clicked.connect(self.strokes.play)
        self.step_button.clicked.connect(self.strokes.step)
        self.retranslate()

    def show_entry(self, entry: KanaEntry) -> None:
        self.entry = entry
        self.glyph.setText(entry.char)
        self.glyph.setFont(japanese_font(self.font(), 4.0))
        self.romaji.setText(entry.romaji)
        self.strokes.set_text(entry.char)
        self.strokes.show_all()
        self.mnemonic.setText(in_language(entry.mnemonic, self._language) if entry.mnemonic else "")
        while self.examples_host.count():
            item = self.examples_host.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        for ref in entry.example_ids:
            word = self._course.item(ref)
            if isinstance(word, VocabEntry):
                self.examples_host.addWidget(self._example(word))

    def set_language(self, language: str) -> None:
        self._language = language
        if self.entry is not None:
            self.show_entry(self.entry)

    def _example(self, word: VocabEntry) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(FuriganaText(word.furigana, 1.4))
        layout.addWidget(label(word.romaji, "romaji"))
        layout.addWidget(label(in_language(word.meaning, self._language), wrap=True), 1)
        return row

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.play_button.setText(self.tr("▶ &Play strokes"))
        self.step_button.setText(self.tr("Next s&troke"))
