"""A lesson's words as a table: the word with furigana, romaji, meaning, part of speech."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from nihongoku.core.export.worksheets import VocabList, VocabRow
from nihongoku.printing import wording
from nihongoku.printing.document import Document, title_block
from nihongoku.printing.paper import BODY, GREY, INK, SHADE, Paper, Style

WORD = Style(13)
SMALL_WORD = Style(11)
ROMAJI = Style(9, colour=GREY)
ENGLISH = Style(9.5, colour=GREY)
POS = Style(8.5, colour=GREY)
HEADER = Style(9, bold=True)
PAD = 1.5  # mm above and below a row's tallest cell
GAP = 2.5  # mm between columns
WORD_COLUMN = 1  # drawn with furigana; the others are plain text


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # mm; 0: a share of what the fixed columns leave
    style: Style
    text: Callable[[VocabRow, int], str]  # (row, its number) → the cell's text


def vocab_document(vocab: VocabList, *, english: bool = False) -> Document:
    """The vocabulary list of a lesson; ``english`` adds a column of English meanings."""
    heading = vocab.heading

    def draw(paper: Paper) -> None:
        title_block(paper, wording.VOCAB_TITLE, heading)
        columns = _columns(paper, english)
        _header(paper, columns)
        paper.on_new_page = lambda: _header(paper, columns)
        for number, row in enumerate(vocab.rows, start=1):
            _row(paper, columns, row, number)

    title = f"{wording.VOCAB_TITLE} — {wording.lesson_title(heading)}"
    return Document(title, wording.footer(heading.lesson_id), draw)


def _columns(paper: Paper, english: bool) -> list[tuple[Column, float]]:
    columns = [
        Column(wording.COLUMN_NUMBER, 7, BODY, lambda _row, number: f"{number}."),
        Column(wording.COLUMN_WORD, 44, WORD, lambda _row, _number: ""),  # drawn as ruby
        Column(wording.COLUMN_ROMAJI, 29, ROMAJI, lambda row, _number: row.romaji),
        Column(wording.COLUMN_MEANING, 0, BODY, lambda row, _number: row.meaning),
        *(
            [Column(wording.COLUMN_ENGLISH, 0, ENGLISH, lambda row, _number: row.meaning_en)]
            if english
            else []
        ),
        Column(wording.COLUMN_POS, 24, POS, lambda row, _number: wording.POS_NAMES[row.pos]),
    ]
    fixed = sum(c.width for c in columns) + GAP * (len(columns) + 1)
    share = (paper.width - fixed) / sum(1 for c in columns if not c.width)
    return [(c, c.width or share) for c in columns]


def _header(paper: Paper, columns: list[tuple[Column, float]]) -> None:
    height = paper.line_height(HEADER) + 2 * PAD
    paper.rect(paper.left, paper.y, paper.width, height, colour=None, fill=SHADE)
    x = paper.left + GAP
    for column, width in columns:
        paper.text(x, paper.y + PAD + 0.2, column.title, HEADER)
        x += width + GAP
    paper.y += height
    paper.line(paper.left, paper.y, paper.right, paper.y, width=0.3, colour=INK)


def _row(paper: Paper, columns: list[tuple[Column, float]], row: VocabRow, number: int) -> None:
    word_width = columns[WORD_COLUMN][1]
    word = WORD
    lines = paper.ruby_lines(row.word, WORD, word_width)
    if len(lines) > 1:  # よろしくお願いします: smaller on one line reads better than broken
        smaller = paper.ruby_lines(row.word, SMALL_WORD, word_width)
        if len(smaller) < len(lines):
            word, lines = SMALL_WORD, smaller
    # Every text stands on the baseline of the word's first line, not above its furigana.
    baseline = paper.ruby_above(lines, word) + paper.ascent(word)
    bottoms = [paper.ruby_height(lines, word)]
    for index, (column, width) in enumerate(columns):
        if index != WORD_COLUMN:
            text_top = baseline - paper.ascent(column.style)
            bottoms.append(
                text_top + paper.wrapped_height(width, column.text(row, number), column.style)
            )
    height = max(bottoms) + 2 * PAD
    paper.ensure(height)
    top = paper.y + PAD
    x = paper.left + GAP
    for index, (column, width) in enumerate(columns):
        if index == WORD_COLUMN:
            paper.ruby(x, top, lines, word)
        else:
            text_top = top + baseline - paper.ascent(column.style)
            paper.wrapped(x, text_top, width, column.text(row, number), column.style)
        x += width + GAP
    paper.y += height
    paper.line(paper.left, paper.y, paper.right, paper.y, width=0.15)
