"""A stroke-order diagram on practice-paper guide lines, stepping or animating."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from nihongoku.core.strokes import NoStrokeOrder, stroke_count, stroke_svg

CELL = 240  # one character's square, in pixels
MARGIN = 4
STEP_MS = 600  # slow enough to follow each stroke, quick enough for a 20-stroke kanji
PAPER = QColor("white")
BORDER = QColor("#d2c7b6")
GUIDE = QColor("#ddd3c4")  # light enough not to be read as a stroke


class StrokeOrderView(QWidget):
    """Each character of ``text`` (one kana, a yōon pair such as きゃ, a kanji) side by side.

    Strokes are counted across the characters, so stepping through きゃ draws き and then
    ゃ. Characters without a drawing are left out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chars: list[str] = []
        # Strokes drawn so far, across the characters; None: the whole text, nothing red.
        self._shown: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(STEP_MS)
        self._timer.timeout.connect(self._tick)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self._timer.stop()
        self._chars = [c for c in text if _has_drawing(c)]
        self._shown = None
        self.updateGeometry()
        self.update()

    def total(self) -> int:
        return sum(stroke_count(c) for c in self._chars)

    def shown(self) -> int:
        return self.total() if self._shown is None else self._shown

    def show_all(self) -> None:
        self._timer.stop()
        self._shown = None
        self.update()

    def step(self) -> None:
        """One more stroke; after the last, start again from an empty square."""
        self._timer.stop()
        self._shown = 0 if self.shown() >= self.total() else self.shown() + 1
        self.update()

    def play(self) -> None:
        """Draw every stroke from an empty square, one each STEP_MS."""
        self._shown = 0
        self.update()
        self._timer.start()

    def _tick(self) -> None:
        if self.shown() >= self.total():  # the last stroke has had its moment in red
            self.show_all()
            return
        self._shown = self.shown() + 1
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(CELL * max(1, len(self._chars)), CELL)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width() / max(1, len(self._chars)), self.height())
        before = 0  # strokes of the characters to the left
        for index, char in enumerate(self._chars):
            cell = QRectF(index * side, 0, side, side).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
            _paper(painter, cell)
            count = stroke_count(char)
            upto = None
            if self._shown is not None and self._shown <= before + count:
                upto = max(0, self._shown - before)  # the newest stroke is here or later
            QSvgRenderer(QByteArray(stroke_svg(char, upto).encode())).render(painter, cell)
            before += count
        painter.end()


def _has_drawing(char: str) -> bool:
    try:
        return stroke_count(char) > 0
    except NoStrokeOrder:
        return False


def _paper(painter: QPainter, cell: QRectF) -> None:
    """White square with a dashed cross, like the practice paper learners write on."""
    painter.fillRect(cell, PAPER)
    painter.setPen(QPen(BORDER, 1))
    painter.drawRect(cell)
    painter.setPen(QPen(GUIDE, 1, Qt.PenStyle.DashLine))
    centre = cell.center()
    painter.drawLine(QPointF(centre.x(), cell.top()), QPointF(centre.x(), cell.bottom()))
    painter.drawLine(QPointF(cell.left(), centre.y()), QPointF(cell.right(), centre.y()))
