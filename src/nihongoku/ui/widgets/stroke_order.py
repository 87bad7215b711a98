"""A stroke-order diagram on practice-paper guide lines, stepping or animating."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from nihongoku.core.strokes import NoStrokeOrder, stroke_count, stroke_svg

CELL = 220
STEP_MS = 600


class StrokeOrderView(QWidget):
    """Draws each character of ``text`` (one kana, a yōon pair, a kanji) side by side."""

    def __init__(self) -> None:
        super().__init__()
        self._chars: list[str] = []
        self._shown = 0  # strokes drawn so far, counted across the characters
        self._timer = QTimer(self)
        self._timer.setInterval(STEP_MS)
        self._timer.timeout.connect(self._tick)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self._timer.stop()
        self._chars = [c for c in text if self._has_drawing(c)]
        self._shown = self.total()
        self.updateGeometry()
        self.update()

    @staticmethod
    def _has_drawing(char: str) -> bool:
        try:
            return stroke_count(char) > 0
        except NoStrokeOrder:
            return False

    def total(self) -> int:
        return sum(stroke_count(c) for c in self._chars)

    def shown(self) -> int:
        return self._shown

    def show_all(self) -> None:
        self._timer.stop()
        self._shown = self.total()
        self.update()

    def step(self) -> None:
        """One more stroke; after the last, start again from an empty square."""
        self._timer.stop()
        self._shown = 0 if self._shown >= self.total() else self._shown + 1
        self.update()

    def play(self) -> None:
        self._shown = 0
        self.update()
        self._timer.start()

    def _tick(self) -> None:
        if self._shown >= self.total():
            self._timer.stop()
            return
        self._shown += 1
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(CELL * max(1, len(self._chars)), CELL)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        remaining = self._shown
        for index, char in enumerate(self._chars):
            cell = QRectF(index * CELL, 0, CELL, CELL).adjusted(4, 4, -4, -4)
            painter.fillRect(cell, QColor("white"))
            painter.setPen(QPen(QColor("#ddd3c4"), 1))
            painter.drawRect(cell)
            painter.setPen(QPen(QColor("#e6ddd0"), 1, Qt.PenStyle.DashLine))
            centre = cell.center()
            painter.drawLine(QPointF(centre.x(), cell.top()), QPointF(centre.x(), cell.bottom()))
            painter.drawLine(QPointF(cell.left(), centre.y()), QPointF(cell.right(), centre.y()))
            count = stroke_count(char)
            upto = None if remaining >= count and self._shown == self.total() else remaining
            renderer = QSvgRenderer(QByteArray(stroke_svg(char, upto).encode()))
            renderer.render(painter, cell)
            remaining = max(0, remaining - count)
        painter.end()
