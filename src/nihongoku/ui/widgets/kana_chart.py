"""The kana chart: every character in its row and column; click one to study it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.content.course import Course, KanaEntry
from nihongoku.core.japanese import to_katakana
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.i18n import is_language_change

# The traditional order: rows by consonant, columns by vowel (gaps where no kana is).
GOJUON = ["あいうえお", "かきくけこ", "さしすせそ", "たちつてと", "なにぬねの", "はひふへほ",
          "まみむめも", "や ゆ よ", "らりるれろ", "わ   を", "ん    "]  # fmt: skip
VOICED = ["がぎぐげご", "ざじずぜぞ", "だぢづでど", "ばびぶべぼ", "ぱぴぷぺぽ"]
YOON = [[b + s for s in "ゃゅょ"] for b in "きしちにひみりぎじびぴ"]
EXTRA = ["っ", "ー", "ティ", "ディ", "ファ", "フィ", "フェ", "フォ", "ウィ", "ウェ", "ウォ",
         "シェ", "ジェ", "チェ", "ヴ"]  # fmt: skip


class KanaChart(QWidget):
    """Shows the kana the course teaches; emits ``chosen`` with the entry clicked."""

    chosen = Signal(object)  # KanaEntry

    def __init__(self, course: Course) -> None:
        super().__init__()
        self._entries = {e.char: e for lesson in course.lessons for e in lesson.kana}
        self.hiragana = QRadioButton()
        self.katakana = QRadioButton()
        self.hiragana.setChecked(True)
        scripts = QButtonGroup(self)
        scripts.addButton(self.hiragana)
        scripts.addButton(self.katakana)
        self.cells: dict[str, QPushButton] = {}
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        top = QHBoxLayout()
        top.addWidget(self.hiragana)
        top.addWidget(self.katakana)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        self.hiragana.toggled.connect(lambda *_: self._build())
        self.retranslate()
        self._build()

    def script(self) -> str:
        return "hiragana" if self.hiragana.isChecked() else "katakana"

    def _build(self) -> None:
        convert = (lambda s: s) if self.script() == "hiragana" else to_katakana
        host = QWidget()
        host.setObjectName("LessonView")
        grid = QVBoxLayout(host)
        self.cells = {}
        grid.addWidget(self._table([[convert(c) for c in row] for row in GOJUON]))
        grid.addWidget(self._table([[convert(c) for c in row] for row in VOICED]))
        grid.addWidget(self._table([[convert(c) for c in row] for row in YOON]))
        extra = [c for c in EXTRA if c in self._entries and self._script_of(c) == self.script()]
        grid.addWidget(self._table([extra[i : i + 5] for i in range(0, len(extra), 5)]))
        grid.addStretch(1)
        self.area.setWidget(host)

    def _script_of(self, char: str) -> str:
        return self._entries[char].script

    def _table(self, rows: list[list[str]]) -> QWidget:
        host = QWidget()
        grid = QGridLayout(host)
        grid.setSpacing(6)
        for r, row in enumerate(rows):
            for c, char in enumerate(row):
                entry = self._entries.get(char)
                if char.strip() and entry is not None:
                    grid.addWidget(self._cell(entry), r, c)
        grid.setColumnStretch(5, 1)
        return host

    def _cell(self, entry: KanaEntry) -> QPushButton:
        button = QPushButton(f"{entry.char}\n{entry.romaji}")
        button.setObjectName("kanaCell")
        button.setFont(japanese_font(self.font(), 1.4))
        button.setMinimumSize(78, 78)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda *_: self.chosen.emit(entry))
        self.cells[entry.char] = button
        return button

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hiragana.setText(self.tr("&Hiragana"))
        self.katakana.setText(self.tr("&Katakana"))
