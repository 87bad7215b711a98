"""Writing sheets: per character its model with stroke numbers, readings and meaning, the
stroke order one stroke at a time, and squares to practise in, the first ones to trace.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QPainterPath

from nihongoku.core.export.worksheets import CharacterSheet, CharacterSheets, StrokePath
from nihongoku.printing import wording
from nihongoku.printing.document import Document, title_block
from nihongoku.printing.paper import GREY, INK, RULE, Paper, Style

BOX = 109.0  # KanjiVG draws in a 109 × 109 box
MODEL = 22.0  # mm: the model character with its stroke numbers
FRAME = 10.0  # mm: one step of the stroke order
FRAME_GAP = 1.2
CELL = 16.0  # mm at least: a practice square, about the size a beginner writes
PRACTICE_ROWS = 2
TRACED = 3  # cells of the first practice row with the character in grey to trace over
BLOCK_GAP = 6.0

EARLIER = "#a0a0a0"  # strokes already written, in a step of the stroke order
TRACE = "#c4c4c4"  # light enough to write over, dark enough to survive a photocopier
GUIDE = "#b4b4b4"

MEANING = Style(13, bold=True)
LABEL = Style(8.5, colour=GREY)
READING = Style(12)
COUNT = Style(9.5, colour=GREY)
FRAME_NUMBER = Style(5.5, colour=GREY)


def character_document(sheets: CharacterSheets) -> Document:
    """Writing sheets for every character of ``sheets``, several to an A4 page."""
    kanji = any(sheet.meaning for sheet in sheets.sheets)
    kana = any(not sheet.meaning for sheet in sheets.sheets)
    kind = (
        wording.WRITING_TITLE
        if kanji and kana
        else wording.KANJI_TITLE
        if kanji
        else wording.KANA_TITLE
    )
    heading = sheets.heading
    chars = " ".join(sheet.char for sheet in sheets.sheets)  # 日 本, not the word 日本

    def draw(paper: Paper) -> None:
        title_block(paper, kind, heading, "" if heading else chars)
        for sheet in sheets.sheets:
            _block(paper, sheet)

    title = f"{kind} — {wording.lesson_title(heading) if heading else chars}"
    footer = wording.footer(heading.lesson_id if heading else None)
    return Document(title, footer, draw, note=wording.KANJIVG_CREDIT)


def _frames_per_row(paper: Paper) -> int:
    return int((paper.width + FRAME_GAP) // (FRAME + FRAME_GAP))


def block_height(paper: Paper, sheet: CharacterSheet) -> float:
    frame_rows = -(-len(sheet.strokes) // _frames_per_row(paper))
    order = paper.line_height(LABEL) + 1 + frame_rows * (FRAME + FRAME_GAP)
    cell = paper.width / int(paper.width // CELL)
    return MODEL + 3 + order + 2 + PRACTICE_ROWS * cell + BLOCK_GAP


def _block(paper: Paper, sheet: CharacterSheet) -> None:
    paper.ensure(block_height(paper, sheet) - BLOCK_GAP)
    top = paper.y
    _model(paper, paper.left, top, sheet)
    _about(paper, paper.left + MODEL + 6, top, sheet)
    y = top + MODEL + 3
    paper.text(paper.left, y, wording.STROKE_ORDER, LABEL)
    y += paper.line_height(LABEL) + 1
    per_row = _frames_per_row(paper)
    for index, shown in enumerate(sheet.frames):
        x = paper.left + (index % per_row) * (FRAME + FRAME_GAP)
        frame_top = y + (index // per_row) * (FRAME + FRAME_GAP)
        _frame(paper, x, frame_top, shown, index + 1)
    y += -(-len(sheet.frames) // per_row) * (FRAME + FRAME_GAP) + 2
    _practice(paper, y, sheet)
    paper.y = top + block_height(paper, sheet)


def _model(paper: Paper, x: float, y: float, sheet: CharacterSheet) -> None:
    """The whole character, large, with KanjiVG's stroke numbers where each stroke starts."""
    _square(paper, x, y, MODEL, border=0.3)
    _strokes(paper, x, y, MODEL, sheet.strokes, INK, width=3.2)
    number = Style(6.5, colour=GREY)
    for index, stroke in enumerate(sheet.strokes, start=1):
        if stroke.number_at is not None:
            nx, ny = stroke.number_at  # the text's baseline start, in the 109 box
            px, py = x + nx / BOX * MODEL, y + ny / BOX * MODEL
            paper.text(px, py - paper.ascent(number), str(index), number)


def _about(paper: Paper, x: float, y: float, sheet: CharacterSheet) -> None:
    """What a learner needs beside the model: meaning, readings, stroke count."""
    width = paper.right - x
    # a kana's sound is what it means to a learner
    y += paper.wrapped(x, y, width, sheet.meaning or sheet.romaji, MEANING) + 1
    readings = ((wording.ONYOMI, sheet.onyomi), (wording.KUNYOMI, sheet.kunyomi))
    for label, values in readings:
        if not values:
            continue
        paper.text(x, y + paper.ascent(READING) - paper.ascent(LABEL), label, LABEL)
        y += paper.wrapped(x + 10, y, width - 10, "、".join(values), READING) + 0.5
    paper.text(x, y + 0.5, wording.stroke_count(len(sheet.strokes)), COUNT)


def _frame(paper: Paper, x: float, y: float, shown: Sequence[StrokePath], number: int) -> None:
    """One step of the stroke order: earlier strokes grey, the new one black with a dot
    where the pen goes down."""
    _square(paper, x, y, FRAME, border=0.2)
    _strokes(paper, x, y, FRAME, shown[:-1], EARLIER, width=4.0)
    _strokes(paper, x, y, FRAME, shown[-1:], INK, width=4.0)
    sx, sy = shown[-1].start
    paper.dot(x + sx / BOX * FRAME, y + sy / BOX * FRAME, 0.45, INK)
    paper.text(x + 0.5, y + 0.3, str(number), FRAME_NUMBER)


def _practice(paper: Paper, y: float, sheet: CharacterSheet) -> None:
    per_row = int(paper.width // CELL)
    size = paper.width / per_row  # the squares fill the line, margin to margin
    for row in range(PRACTICE_ROWS):
        for column in range(per_row):
            x, top = paper.left + column * size, y + row * size
            _square(paper, x, top, size, border=0.25)
            if row == 0 and column < TRACED:
                _strokes(paper, x, top, size, sheet.strokes, TRACE, width=3.4)


def _square(paper: Paper, x: float, y: float, size: float, *, border: float) -> None:
    """A square with the dashed cross learners place strokes by."""
    paper.rect(x, y, size, size, width=border, colour=RULE)
    half = size / 2
    paper.line(x + half, y, x + half, y + size, width=0.15, colour=GUIDE, dashed=True)
    paper.line(x, y + half, x + size, y + half, width=0.15, colour=GUIDE, dashed=True)


def _strokes(
    paper: Paper,
    x: float,
    y: float,
    size: float,
    strokes: Sequence[StrokePath],
    colour: str,
    *,
    width: float,
) -> None:
    """Strokes scaled from KanjiVG's box into a ``size`` mm square at (x, y); ``width`` is
    in KanjiVG units (its own drawings use 3)."""
    if not strokes:
        return
    scale = size / BOX
    path = QPainterPath()
    for stroke in strokes:
        path.moveTo(x + stroke.start[0] * scale, y + stroke.start[1] * scale)
        for c1x, c1y, c2x, c2y, ex, ey in stroke.curves:
            path.cubicTo(
                x + c1x * scale,
                y + c1y * scale,
                x + c2x * scale,
                y + c2y * scale,
                x + ex * scale,
                y + ey * scale,
            )
    paper.path(path, width=width * scale, colour=colour)
