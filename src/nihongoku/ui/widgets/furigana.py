"""Japanese text with furigana drawn over the kanji (Qt's rich text has no <ruby>)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nihongoku.core.japanese import Ruby

READING_SCALE = 0.5


@dataclass(frozen=True)
class _Cell:
    text: str
    reading: str | None
    width: float
    underline: bool = False


class FuriganaText(QWidget):
    """Wraps like a label; a kanji group and its reading never break apart.

    ``show_reading`` decides per piece whether its reading is drawn, so the same widget
    serves "furigana on", "off" and "only over kanji not learned yet".
    """

    def __init__(self, pieces: Sequence[Ruby] = (), scale: float = 1.5) -> None:
        super().__init__()
        self._pieces = list(pieces)
        self._scale = scale
        self._show: Callable[[Ruby], bool] = lambda _piece: True
        self._font_cache: tuple[QFont, QFont] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- content ----------------------------------------------------------------------
    def set_pieces(self, pieces: Sequence[Ruby]) -> None:
        self._pieces = list(pieces)
        self.updateGeometry()
        self.update()

    def set_reading_filter(self, show: Callable[[Ruby], bool]) -> None:
        self._show = show
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return "".join(piece.text for piece in self._pieces)

    def underlined(self) -> list[str]:
        """The underlined parts, each run of underlined pieces as one string."""
        runs: list[str] = []
        previous = False
        for piece in self._pieces:
            if piece.underline:
                if previous:
                    runs[-1] += piece.text
                else:
                    runs.append(piece.text)
            previous = piece.underline
        return runs

    def shown_readings(self) -> list[str]:
        """The readings currently drawn (what a person sees above the text)."""
        return [p.reading for p in self._pieces if p.reading and self._show(p)]

    # -- layout -----------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        # Cached until the next FontChange: layout asks for heights many times per resize.
        if self._font_cache is None:
            base = QFont(self.font())
            base.setPointSizeF(base.pointSizeF() * self._scale)
            small = QFont(base)
            small.setPointSizeF(base.pointSizeF() * READING_SCALE)
            self._font_cache = (base, small)
        return self._font_cache

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._font_cache = None
            self.updateGeometry()
        super().changeEvent(event)

    def _cells(self) -> list[_Cell]:
        base, small = self._fonts()
        fm, sm = QFontMetricsF(base), QFontMetricsF(small)
        cells: list[_Cell] = []
        for piece in self._pieces:
            reading = piece.reading if piece.reading and self._show(piece) else None
            if reading is None:
                # plain text may wrap between any two characters, as Japanese does
                cells += [
                    _Cell(ch, None, fm.horizontalAdvance(ch), piece.underline) for ch in piece.text
                ]
            else:
                width = max(fm.horizontalAdvance(piece.text), sm.horizontalAdvance(reading))
                cells.append(_Cell(piece.text, reading, width, piece.underline))
        return cells

    def _lines(self, width: float) -> list[list[_Cell]]:
        lines: list[list[_Cell]] = [[]]
        used = 0.0
        for cell in self._cells():
            if lines[-1] and used + cell.width > width:
                lines.append([])
                used = 0.0
            lines[-1].append(cell)
            used += cell.width
        return lines

    def _line_height(self) -> float:
        base, small = self._fonts()
        has_reading = any(p.reading and self._show(p) for p in self._pieces)
        top = QFontMetricsF(small).height() if has_reading else 0.0
        return top + QFontMetricsF(base).height() + self._underline_room()

    def _underline_room(self) -> float:
        # the line sits below the descenders: room for it when the text has one
        return self._underline_gap() if any(p.underline for p in self._pieces) else 0.0

    def _underline_gap(self) -> float:
        return max(3.0, QFontMetricsF(self._fonts()[0]).height() * 0.12)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(len(self._lines(max(width, 1))) * self._line_height()) + 2

    def sizeHint(self) -> QSize:
        natural = sum(c.width for c in self._cells())
        return QSize(int(natural) + 2, int(self._line_height()) + 2)

    def minimumSizeHint(self) -> QSize:
        widest = max((c.width for c in self._cells()), default=0.0)
        return QSize(int(widest) + 2, int(self._line_height()) + 2)

    # -- drawing ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        base, small = self._fonts()
        fm, sm = QFontMetricsF(base), QFontMetricsF(small)
        has_reading = any(p.reading and self._show(p) for p in self._pieces)
        reading_height = sm.height() if has_reading else 0.0
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        colour = self.palette().windowText().color()
        underline_y = fm.height() + self._underline_gap() / 2
        pen_width = max(1.0, fm.lineWidth())
        y = 0.0
        for line in self._lines(self.width()):
            x = 0.0
            for cell in line:
                if cell.underline:  # cells abut, so a run of them draws one unbroken line
                    line_y = y + reading_height + underline_y
                    painter.setPen(QPen(colour, pen_width))
                    painter.drawLine(QPointF(x, line_y), QPointF(x + cell.width, line_y))
                if cell.reading:
                    painter.setFont(small)
                    painter.setPen(colour.lighter(150) if colour.lightness() > 128 else colour)
                    offset = (cell.width - sm.horizontalAdvance(cell.reading)) / 2
                    painter.drawText(QPointF(x + offset, y + sm.ascent()), cell.reading)
                painter.setFont(base)
                painter.setPen(colour)
                offset = (cell.width - fm.horizontalAdvance(cell.text)) / 2
                painter.drawText(QPointF(x + offset, y + reading_height + fm.ascent()), cell.text)
                x += cell.width
            y += reading_height + fm.height() + self._underline_room()
        painter.end()
