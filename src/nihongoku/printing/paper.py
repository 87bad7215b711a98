"""An A4 sheet being drawn: millimetre coordinates, page breaks, a footer with page numbers.

A document is drawn twice, first without a painter to count its pages ("Halaman 2 dari 5"
needs the total before the first footer is drawn), then for real. Every drawing call goes
through Paper, so both passes lay out exactly the same.

A document may have parts numbered on their own (a test booklet, its answer sheet, its
key): each is photocopied separately, so its pages count from 1.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from nihongoku.core.japanese import Ruby
from nihongoku.printing import wording
from nihongoku.printing.fonts import paper_font
from nihongoku.printing.ruby import RubyLine, break_ruby

WIDTH, HEIGHT = 210.0, 297.0  # A4, mm
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16.0, 14.0, 18.0
FOOTER_Y = HEIGHT - 13.0

# colours as "#rrggbb" (hashable, so styles can be compared and cached)
INK = "#000000"
GREY = "#555555"  # secondary text: still crisp on a photocopy
RULE = "#8c8c8c"
SHADE = "#e4e4e4"  # header rows: visible on paper, cheap in toner

Progress = Callable[[int, int], None]  # pages drawn, pages in all


@dataclass(frozen=True)
class Style:
    points: float
    bold: bool = False
    colour: str = INK


BODY = Style(10)
SMALL = Style(8, colour=GREY)


def a4_layout() -> QPageLayout:
    """Portrait A4 with no device margins: Paper keeps its own, the same on every device."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


class Paper:
    left = MARGIN_X
    right = WIDTH - MARGIN_X
    top = MARGIN_TOP
    bottom = HEIGHT - MARGIN_BOTTOM
    width = WIDTH - 2 * MARGIN_X

    def __init__(
        self,
        device: QPagedPaintDevice,
        painter: QPainter | None,
        *,
        footer: str,
        note: str = "",
        pages: int = 0,
        parts: Sequence[int] = (),
        progress: Progress | None = None,
    ) -> None:
        self._device = device
        self._painter = painter
        self._kx = device.logicalDpiX() / 25.4  # device pixels per millimetre
        self._ky = device.logicalDpiY() / 25.4
        self._footer_text = footer
        self._note = note
        self._progress = progress
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}
        self.pages = pages  # 0 while counting
        self.page = 1
        self._parts = tuple(parts)  # pages in each part, once counted
        self._part = 0
        self._part_start = 1  # the page the current part starts on
        self._numbered = True
        self.part_pages: list[int] = []  # what counting learns for the drawing pass
        self.y = self.top  # where the next block goes, mm from the sheet's top edge
        self.on_new_page: Callable[[], None] | None = None  # e.g. repeat a table's header

    # -- pages ------------------------------------------------------------------------------
    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fit on this one (or it is empty)."""
        if self.y + height > self.bottom and self.y > self.top + 0.01:
            self.new_page()

    def new_page(self) -> None:
        self._draw_footer()
        if self._painter is not None:
            self._device.newPage()
            if self._progress is not None:
                self._progress(self.page, self.pages)
        self.page += 1
        self.y = self.top
        if self.on_new_page is not None:
            self.on_new_page()

    def new_part(self, footer: str, *, numbered: bool = True) -> None:
        """Start a part on a new page, with its own footer and pages counted from 1."""
        self.new_page()
        self.part_pages.append(self.page - self._part_start)
        self._part += 1
        self._part_start = self.page
        self._footer_text = footer
        self._numbered = numbered

    def finish(self) -> None:
        self.part_pages.append(self.page - self._part_start + 1)
        self._draw_footer()
        if self._painter is not None and self._progress is not None:
            self._progress(self.page, self.pages)

    def _draw_footer(self) -> None:
        if self._painter is None:
            return
        self.line(self.left, FOOTER_Y - 2, self.right, FOOTER_Y - 2, width=0.15)
        self.text(self.left, FOOTER_Y, self._footer_text, SMALL)
        if self._numbered:
            local = self.page - self._part_start + 1
            total = self._parts[self._part] if self._part < len(self._parts) else self.pages
            number = wording.page_of(local, total)
            self.text(self.right - self.text_width(number, SMALL), FOOTER_Y, number, SMALL)
        if self._note:
            self.text(self.left, FOOTER_Y + 4.2, self._note, Style(6.5, colour=GREY))

    # -- measuring --------------------------------------------------------------------------
    def _font(self, style: Style) -> tuple[QFont, QFontMetricsF]:
        key = (style.points, style.bold)
        if key not in self._fonts:
            font = paper_font(style.points, bold=style.bold)
            self._fonts[key] = (font, QFontMetricsF(font, self._device))
        return self._fonts[key]

    def text_width(self, text: str, style: Style) -> float:
        return self._font(style)[1].horizontalAdvance(text) / self._kx

    def line_height(self, style: Style) -> float:
        return self._font(style)[1].height() / self._ky

    def ascent(self, style: Style) -> float:
        return self._font(style)[1].ascent() / self._ky

    def wrapped_height(self, width: float, text: str, style: Style) -> float:
        rect = QRectF(0, 0, width * self._kx, 1e6)
        flags = self._wrap_flags(width, text, style)
        return self._font(style)[1].boundingRect(rect, flags, text).height() / self._ky

    def _wrap_flags(self, width: float, text: str, style: Style) -> int:
        """Break at spaces; a word longer than the line (yoroshikuonegaishimasu in a
        narrow column) is broken anywhere rather than run into the next column."""
        metrics = self._font(style)[1]
        fits = all(metrics.horizontalAdvance(w) <= width * self._kx for w in text.split())
        wrap = Qt.TextFlag.TextWordWrap if fits else Qt.TextFlag.TextWrapAnywhere
        return int(wrap | Qt.AlignmentFlag.AlignLeft)

    def ruby_lines(self, pieces: Sequence[Ruby], style: Style, width: float) -> list[RubyLine]:
        base = self._font(style)[1]
        reading = self._font(reading_style(style))[1]
        return break_ruby(
            pieces,
            width,
            lambda t: base.horizontalAdvance(t) / self._kx,
            lambda t: reading.horizontalAdvance(t) / self._kx,
        )

    def ruby_height(self, lines: Sequence[RubyLine], style: Style) -> float:
        return len(lines) * self._ruby_line_height(lines, style)

    def ruby_above(self, lines: Sequence[RubyLine], style: Style) -> float:
        """Room the readings take above the first line's text (0 without readings)."""
        with_readings = any(line.has_readings for line in lines)
        return self.line_height(reading_style(style)) * 0.85 if with_readings else 0.0

    def _ruby_line_height(self, lines: Sequence[RubyLine], style: Style) -> float:
        return self.ruby_above(lines, style) + self.line_height(style)

    # -- drawing ----------------------------------------------------------------------------
    def text(self, x: float, y: float, text: str, style: Style) -> None:
        """One line of text with its top at ``y``."""
        if self._painter is None:
            return
        font, metrics = self._font(style)
        self._painter.setFont(font)
        self._painter.setPen(QColor(style.colour))
        self._painter.drawText(QPointF(x * self._kx, y * self._ky + metrics.ascent()), text)

    def wrapped(self, x: float, y: float, width: float, text: str, style: Style) -> float:
        """Text wrapped at word boundaries into ``width``; returns its height."""
        height = self.wrapped_height(width, text, style)
        if self._painter is not None:
            font, _metrics = self._font(style)
            self._painter.setFont(font)
            self._painter.setPen(QColor(style.colour))
            rect = QRectF(x * self._kx, y * self._ky, width * self._kx, (height + 1) * self._ky)
            self._painter.drawText(rect, self._wrap_flags(width, text, style), text)
        return height

    def ruby(
        self, x: float, y: float, lines: Sequence[RubyLine], style: Style, *, centre: float = 0
    ) -> float:
        """Lines from ruby_lines(), readings centred over their kanji; returns the height.

        With ``centre`` (a width in mm) each line is centred in that width.
        """
        step = self._ruby_line_height(lines, style)
        if self._painter is not None:
            small = reading_style(style)
            above = step - self.line_height(style)
            for row, line in enumerate(lines):
                top = y + row * step
                left = x + (centre - line.width) / 2 if centre else x
                # All the text first, then the readings: a PDF reader copies in drawing
                # order, and 食べる must come out as 食べる, not 食たべる.
                for cell in line.cells:
                    base_x = left + cell.x + (cell.width - cell.base_width) / 2
                    self.text(base_x, top + above, cell.text, style)
                for cell in line.cells:
                    if cell.reading:
                        reading_x = left + cell.x + (cell.width - cell.reading_width) / 2
                        self.text(reading_x, top, cell.reading, small)
                # the test's underline: below the descenders, clear of the next line's readings
                under = top + above + self.ascent(style)
                under += (self.line_height(style) - self.ascent(style)) * 0.6
                for start, end in line.underlines():
                    self.line(left + start, under, left + end, under, width=0.3, colour=INK)
        return step * len(lines)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        width: float = 0.2,
        colour: str = RULE,
        dashed: bool = False,
    ) -> None:
        if self._painter is None:
            return
        self._painter.setPen(self._pen(width, colour, dashed))
        self._painter.drawLine(
            QPointF(x1 * self._kx, y1 * self._ky), QPointF(x2 * self._kx, y2 * self._ky)
        )

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        width: float = 0.25,
        colour: str | None = RULE,
        fill: str | None = None,
    ) -> None:
        if self._painter is None:
            return
        area = QRectF(x * self._kx, y * self._ky, w * self._kx, h * self._ky)
        if fill is not None:
            self._painter.fillRect(area, QColor(fill))
        if colour is not None:
            self._painter.setPen(self._pen(width, colour, False))
            self._painter.setBrush(Qt.BrushStyle.NoBrush)
            self._painter.drawRect(area)

    def path(self, path: QPainterPath, *, width: float, colour: str) -> None:
        """A path in millimetres, stroked with round ends like a pen line."""
        if self._painter is None:
            return
        pen = QPen(QColor(colour), width * self._kx)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._painter.setPen(pen)
        self._painter.setBrush(Qt.BrushStyle.NoBrush)
        self._painter.drawPath(QTransform.fromScale(self._kx, self._ky).map(path))

    def dot(self, x: float, y: float, radius: float, colour: str) -> None:
        if self._painter is None:
            return
        self._painter.setPen(Qt.PenStyle.NoPen)
        self._painter.setBrush(QColor(colour))
        self._painter.drawEllipse(
            QPointF(x * self._kx, y * self._ky), radius * self._kx, radius * self._ky
        )

    def _pen(self, width: float, colour: str, dashed: bool) -> QPen:
        pen = QPen(QColor(colour), width * self._kx)
        if dashed:
            pen.setDashPattern([4.0, 3.0])  # in pen widths: short dashes, like guide lines
        return pen


def reading_style(style: Style) -> Style:
    return Style(style.points * 0.5, colour=style.colour)
