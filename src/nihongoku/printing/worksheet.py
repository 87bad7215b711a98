"""A lesson's worksheet: sections of questions with room to write, then the answer key.

Each section kind has one layout, the one a teacher would draw by hand: write-in answers
on lines in two columns, matching as two facing columns, multiple choice as a stem with
its numbered choices under it. A printed test form can reuse these blocks, fed from a
mock exam instead of a lesson.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence

from nihongoku.core.export.worksheets import (
    Question,
    Section,
    SectionKind,
    Text,
    Worksheet,
    option_letter,
)
from nihongoku.printing import wording
from nihongoku.printing.document import Document, title_block
from nihongoku.printing.paper import BODY, GREY, INK, Paper, Style
from nihongoku.printing.ruby import RubyLine

SECTION = Style(12, bold=True)
INSTRUCTION = Style(10, colour="#333333")
PROMPT_JA = Style(15)
MATCH_JA = Style(13)  # eight rows of matching fit under two sections on one page
PROMPT = Style(10.5)
STEM = Style(12)
CHOICE_NUMBER = Style(10, bold=True)
KEY = Style(11)

COLUMN_GAP = 10.0  # mm between the two columns of a section
ANSWER_ROW = 13.0  # mm a written answer needs: room for a hand's kana
NUMBER_WIDTH = 7.0
BRACKET = 16.0  # the "(      )" a matching answer is written in
ANSWER_BOX = 14.0

# A row of a section: its height, and how to draw it once the page has room (top, mm).
Row = tuple[float, Callable[[float], None]]


def worksheet_document(sheet: Worksheet, *, with_key: bool = True) -> Document:
    """The worksheet; with ``with_key`` its answer key follows, starting on a new page."""
    heading = sheet.heading
    lettered = list(zip(string.ascii_uppercase, sheet.sections, strict=False))

    def draw(paper: Paper) -> None:
        title_block(paper, wording.WORKSHEET_TITLE, heading)
        student_fields(paper)
        for letter, section in lettered:
            _section(paper, letter, section)
        if with_key:
            paper.new_page()
            title_block(paper, wording.KEY_TITLE, heading)
            note = Style(9.5, colour=GREY)
            paper.y += paper.wrapped(paper.left, paper.y - 2, paper.width, wording.KEY_NOTE, note)
            paper.y += 3
            for letter, section in lettered:
                _key(paper, letter, section)

    title = f"{wording.WORKSHEET_TITLE} — {wording.lesson_title(heading)}"
    return Document(title, wording.footer(heading.lesson_id), draw)


def student_fields(paper: Paper) -> None:
    """Nama, Kelas, Tanggal on lines to fill in, and a box for the score."""
    score = 24.0
    usable = paper.width - score - 6
    y = paper.y + 3
    underline = y + paper.ascent(BODY) + 1
    x = paper.left
    for label, share in zip(wording.STUDENT_FIELDS, (0.46, 0.27, 0.27), strict=True):
        text = f"{label}:"
        paper.text(x, y, text, BODY)
        start = x + paper.text_width(text, BODY) + 1.5
        paper.line(start, underline, x + usable * share - 4, underline, width=0.25)
        x += usable * share
    box_x = paper.right - score
    paper.rect(box_x, paper.y - 1, score, 13, width=0.3, colour=INK)
    paper.text(box_x + 1.5, paper.y - 0.2, wording.SCORE, Style(8, colour=GREY))
    paper.y += 18


def _heading_height(paper: Paper, section: Section, with_instruction: bool) -> float:
    height = paper.line_height(SECTION) + 0.5
    if with_instruction:
        width = paper.width - NUMBER_WIDTH
        height += paper.wrapped_height(width, section.instruction, INSTRUCTION)
    return height + 3


def _draw_heading(paper: Paper, letter: str, section: Section, with_instruction: bool) -> None:
    y = paper.y
    paper.text(paper.left, y, f"{letter}.", SECTION)
    paper.text(paper.left + NUMBER_WIDTH, y, section.title, SECTION)
    if with_instruction:
        below = y + paper.line_height(SECTION) + 0.5
        width = paper.width - NUMBER_WIDTH
        paper.wrapped(paper.left + NUMBER_WIDTH, below, width, section.instruction, INSTRUCTION)
    paper.y += _heading_height(paper, section, with_instruction)


def _section(paper: Paper, letter: str, section: Section) -> None:
    layouts = {
        SectionKind.WRITE: _write_rows,
        SectionKind.MATCH: _match_rows,
        SectionKind.CHOOSE: _choose_rows,
    }
    rows = layouts[section.kind](paper, section)
    # Matching across a page break means turning the page back and forth for every word.
    whole = section.kind is SectionKind.MATCH
    _flow(paper, letter, section, rows, with_instruction=True, keep_together=whole)


def _flow(
    paper: Paper,
    letter: str,
    section: Section,
    rows: Sequence[Row],
    *,
    with_instruction: bool,
    keep_together: bool = False,
) -> None:
    # A heading never stands alone at the foot of a page.
    first = sum(h for h, _ in rows) if keep_together else rows[0][0] if rows else 0.0
    paper.ensure(_heading_height(paper, section, with_instruction) + first)
    _draw_heading(paper, letter, section, with_instruction)
    for height, draw_row in rows:
        paper.ensure(height)
        draw_row(paper.y)
        paper.y += height
    paper.y += 5


def _is_japanese(text: Text) -> bool:
    return any(ord(c) >= 0x3000 for piece in text for c in piece.text)


def _prompt_style(text: Text) -> Style:
    return PROMPT_JA if _is_japanese(text) else PROMPT


def _pairs(items: Sequence[Question]) -> list[tuple[Question, Question | None]]:
    """Questions two by two, across then down: 1 2 / 3 4 / 5."""
    return [
        (items[i], items[i + 1] if i + 1 < len(items) else None) for i in range(0, len(items), 2)
    ]


def _write_rows(paper: Paper, section: Section) -> list[Row]:
    """Two columns of "1. prompt ______": a prompt, and a line to write the answer on."""
    column = (paper.width - COLUMN_GAP) / 2
    japanese = all(_is_japanese(q.prompt) for q in section.questions)
    if japanese:  # short words: the line starts after the longest of them
        widest = max(
            paper.ruby_lines(q.prompt, PROMPT_JA, column)[0].width for q in section.questions
        )
        prompt_width = min(widest + 3, column * 0.55)
    else:  # meanings: they may wrap, the Japanese answer needs the longer line
        prompt_width = column * 0.4

    def item(q: Question) -> tuple[float, Callable[[float, float, float], None]]:
        style = _prompt_style(q.prompt)
        lines = paper.ruby_lines(q.prompt, style, prompt_width)
        text_height = paper.ruby_height(lines, style)
        height = max(ANSWER_ROW, text_height + 5)

        def draw(x: float, top: float, row_height: float) -> None:
            line_y = top + row_height - 3
            prompt_top = line_y - text_height - 0.3
            baseline = prompt_top + paper.ruby_above(lines, style) + paper.ascent(style)
            paper.text(x, baseline - paper.ascent(BODY), f"{q.number}.", BODY)
            paper.ruby(x + NUMBER_WIDTH, prompt_top, lines, style)
            start = x + NUMBER_WIDTH + prompt_width + 2
            paper.line(start, line_y, x + column, line_y, width=0.3, colour=INK)

        return height, draw

    rows: list[Row] = []
    for left, right in _pairs(section.questions):
        items = [item(left), *([item(right)] if right else [])]
        height = max(h for h, _ in items)

        def draw_row(
            top: float,
            items: list[tuple[float, Callable[[float, float, float], None]]] = items,
            height: float = height,
        ) -> None:
            for index, (_h, draw) in enumerate(items):
                draw(paper.left + index * (column + COLUMN_GAP), top, height)

        rows.append((height, draw_row))
    return rows


def _match_rows(paper: Paper, section: Section) -> list[Row]:
    """Numbered words with a bracket to write a letter in, facing the lettered meanings."""
    column = (paper.width - COLUMN_GAP) / 2
    word_width = column - NUMBER_WIDTH - BRACKET
    rows: list[Row] = []
    count = max(len(section.questions), len(section.options))
    for index in range(count):
        question = section.questions[index] if index < len(section.questions) else None
        option = section.options[index] if index < len(section.options) else None
        word_lines: list[RubyLine] = []
        word_style = MATCH_JA
        if question is not None:
            word_style = MATCH_JA if _is_japanese(question.prompt) else PROMPT
            word_lines = paper.ruby_lines(question.prompt, word_style, word_width)
        option_style = (MATCH_JA if _is_japanese(option) else PROMPT) if option else PROMPT
        option_lines = (
            paper.ruby_lines(option, option_style, column - NUMBER_WIDTH) if option else []
        )
        above = paper.ruby_above(word_lines, word_style) if word_lines else 0.0
        word_height = paper.ruby_height(word_lines, word_style) if word_lines else 0.0
        option_height = paper.ruby_height(option_lines, option_style) if option_lines else 0.0
        baseline = above + paper.ascent(word_style)
        option_top = baseline - paper.ascent(option_style)
        height = max(word_height, option_top + option_height) + 3

        def draw_row(
            top: float,
            question: Question | None = question,
            option: Text | None = option,
            word_lines: list[RubyLine] = word_lines,
            option_lines: list[RubyLine] = option_lines,
            word_style: Style = word_style,
            option_style: Style = option_style,
            baseline: float = baseline,
            option_top: float = option_top,
            index: int = index,
        ) -> None:
            top += 1.2
            text_top = top + baseline - paper.ascent(BODY)
            if question is not None:
                paper.text(paper.left, text_top, f"{question.number}.", BODY)
                paper.text(paper.left + NUMBER_WIDTH, text_top, "(", BODY)
                close = paper.left + NUMBER_WIDTH + BRACKET - 4
                paper.text(close, text_top, ")", BODY)
                paper.ruby(paper.left + NUMBER_WIDTH + BRACKET, top, word_lines, word_style)
            if option is not None:
                right = paper.left + column + COLUMN_GAP
                paper.text(right, text_top, f"{option_letter(index)}.", BODY)
                paper.ruby(right + NUMBER_WIDTH, top + option_top, option_lines, option_style)

        rows.append((height, draw_row))
    return rows


def _choose_rows(paper: Paper, section: Section) -> list[Row]:
    """A stem over its numbered choices, and a box on the right for the chosen number."""
    stem_width = paper.width - NUMBER_WIDTH - ANSWER_BOX - 4
    rows: list[Row] = []
    for question in section.questions:
        stem = paper.ruby_lines(question.prompt, STEM, stem_width)
        stem_height = paper.ruby_height(stem, STEM)
        choice_width = (
            max(paper.ruby_lines(choice, STEM, stem_width)[0].width for choice in question.choices)
            + NUMBER_WIDTH
            + 4
        )
        room = paper.width - NUMBER_WIDTH
        per_row = 4 if choice_width * 4 <= room else 2 if choice_width * 2 <= room else 1
        cell = room / per_row
        choice_lines = [
            paper.ruby_lines(c, STEM, cell - NUMBER_WIDTH - 2) for c in question.choices
        ]
        line_height = max(paper.ruby_height(lines, STEM) for lines in choice_lines)
        # choices side by side stand on one baseline, with furigana or without
        choice_above = max(paper.ruby_above(lines, STEM) for lines in choice_lines)
        choice_rows = -(-len(question.choices) // per_row)
        height = stem_height + 2 + choice_rows * (line_height + 1.5) + 4

        def draw_row(
            top: float,
            question: Question = question,
            stem: list[RubyLine] = stem,
            choice_lines: list[list[RubyLine]] = choice_lines,
            per_row: int = per_row,
            cell: float = cell,
            stem_height: float = stem_height,
            line_height: float = line_height,
            choice_above: float = choice_above,
        ) -> None:
            baseline = top + paper.ruby_above(stem, STEM) + paper.ascent(STEM)
            paper.text(paper.left, baseline - paper.ascent(BODY), f"{question.number}.", BODY)
            paper.ruby(paper.left + NUMBER_WIDTH, top, stem, STEM)
            box_top = baseline - paper.ascent(STEM) - 1.5
            paper.rect(paper.right - ANSWER_BOX, box_top, ANSWER_BOX, 9, width=0.3, colour=INK)
            y = top + stem_height + 2
            for index, lines in enumerate(choice_lines):
                x = paper.left + NUMBER_WIDTH + (index % per_row) * cell
                row_top = y + (index // per_row) * (line_height + 1.5)
                first = row_top + choice_above + paper.ascent(STEM)
                paper.text(x, first - paper.ascent(CHOICE_NUMBER), str(index + 1), CHOICE_NUMBER)
                own_top = first - paper.ascent(STEM) - paper.ruby_above(lines, STEM)
                paper.ruby(x + 5, own_top, lines, STEM)

        rows.append((height, draw_row))
    return rows


def _key(paper: Paper, letter: str, section: Section) -> None:
    """The section's answers, numbered, in as many columns as their width allows."""
    answers = [(q.number, q.answer) for q in section.questions]
    widest = max(paper.ruby_lines(a, KEY, paper.width)[0].width for _n, a in answers)
    item = NUMBER_WIDTH + widest + 8
    per_row = max(1, min(5, int(paper.width // item)))
    cell = paper.width / per_row
    rows: list[Row] = []
    for start in range(0, len(answers), per_row):
        chunk = answers[start : start + per_row]
        laid = [(n, paper.ruby_lines(a, KEY, cell - NUMBER_WIDTH - 2)) for n, a in chunk]
        above = max(paper.ruby_above(lines, KEY) for _n, lines in laid)
        height = max(paper.ruby_height(lines, KEY) for _n, lines in laid) + 2.5

        def draw_row(
            top: float, laid: list[tuple[int, list[RubyLine]]] = laid, above: float = above
        ) -> None:
            baseline = top + above + paper.ascent(KEY)
            for index, (number, lines) in enumerate(laid):
                x = paper.left + index * cell
                paper.text(x, baseline - paper.ascent(BODY), f"{number}.", BODY)
                own = baseline - paper.ascent(KEY) - paper.ruby_above(lines, KEY)
                paper.ruby(x + NUMBER_WIDTH, own, lines, KEY)

        rows.append((height, draw_row))
    _flow(paper, letter, section, rows, with_instruction=False)
