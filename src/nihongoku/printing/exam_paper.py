"""A mock-exam form on paper: the test booklet, a one-page answer sheet, the answer key.

Three parts, each photocopied on its own (a booklet and a sheet per student, the key
once), so each counts its pages from 1. The booklet follows the form: a header per
section, per mondai the instruction as the test prints it with its Indonesian below,
questions numbered through the section, choices 1–4. Listening items print only what the
test prints; what is spoken is in the key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nihongoku.core.export.exam_paper import (
    ExamPaper,
    PaperMondai,
    PaperQuestion,
    PaperSection,
    exam_paper,
)
from nihongoku.core.export.worksheets import Text
from nihongoku.core.japanese import Ruby
from nihongoku.printing import wording
from nihongoku.printing.document import Document
from nihongoku.printing.output import write_pdf
from nihongoku.printing.paper import BODY, GREY, INK, RULE, SHADE, Paper, Progress, Style
from nihongoku.printing.ruby import RubyLine
from nihongoku.printing.worksheet import Row, student_fields

if TYPE_CHECKING:
    from nihongoku.core.exams.forms import ExamForm

BRAND_LINE = Style(8.5, colour=GREY)
TITLE = Style(17, bold=True)
SECTION_TITLE = Style(14, bold=True)
INFO = Style(9.5, colour=GREY)
MONDAI = Style(10.5, bold=True)
INSTRUCTION_JA = Style(11)
INSTRUCTION_ID = Style(8.5, colour=GREY)
PASSAGE = Style(11.5)
STEM = Style(12)
GLOSS = Style(11.5)
SITUATION = Style(10.5)
NUMBER = Style(11, bold=True)
CHOICE_NUMBER = Style(10.5, bold=True)
NOTE = Style(9, colour="#333333")
NOTE_SMALL = Style(8, colour="#333333")
BUBBLE = Style(13.5)
SHEET_NUMBER = Style(10, bold=True)
SHEET_HEAD = Style(9.5, bold=True)
SHEET_MONDAI = Style(8, colour=GREY)
KEY_TEXT = Style(10)
KEY_NUMBER = Style(10, bold=True)
SCRIPT = Style(10.5)
TRANSLATION = Style(8.5, colour=GREY)

NUMBER_WIDTH = 9.0  # mm for "21" before a question
CHOICE_INDENT = 5.0  # from a choice's number to its text
BUBBLES = "①②③④"


def exam_document(exam: ExamPaper, *, key: bool = True, sheet: bool = True) -> Document:
    """The booklet; then, each on new pages, the answer sheet and the key (if asked for)."""

    def draw(paper: Paper) -> None:
        _booklet(paper, exam)
        if sheet:
            part = wording.ANSWER_SHEET_TITLE
            paper.new_part(wording.exam_footer(exam.exam_id, exam.form, part), numbered=False)
            _answer_sheet(paper, exam)
        if key:
            part = wording.KEY_TITLE
            paper.new_part(wording.exam_footer(exam.exam_id, exam.form, part))
            _key(paper, exam)

    title = wording.exam_heading(exam.title, exam.form)
    return Document(title, wording.exam_footer(exam.exam_id, exam.form), draw)


def save_exam_pdf(
    form: ExamForm,
    path: Path,
    key: bool = True,
    sheet: bool = True,
    progress: Progress | None = None,
) -> int:
    """Write ``form`` as a PDF to print (booklet, answer sheet, key); returns its pages.

    For the exam screens. Call ``printing.fonts.bundled_family()`` on the GUI thread first
    if this runs on another one. Raises OSError when the file cannot be written.
    """
    return write_pdf(exam_document(exam_paper(form), key=key, sheet=sheet), path, progress)


# -- laying out -------------------------------------------------------------------------------


def _space(height: float) -> Row:
    return height, lambda _top: None


def _header(paper: Paper, exam: ExamPaper, big: str) -> None:
    """The top of a part's first page: brand, exam and form in small, then what it is."""
    brand = " · ".join((wording.BRAND, exam.title, f"Paket {exam.form}")).upper()
    paper.text(paper.left, paper.y, brand, BRAND_LINE)
    paper.y += 5
    paper.y += paper.wrapped(paper.left, paper.y, paper.width, big, TITLE)
    paper.y += 2
    paper.line(paper.left, paper.y, paper.right, paper.y, width=0.5, colour=INK)
    paper.y += 4


def _section_info(section: PaperSection) -> str:
    questions = section.questions
    parts = [wording.question_range(questions[0].number, questions[-1].number)]
    if section.minutes:
        parts.insert(0, wording.minutes(section.minutes))
    return " · ".join(parts)


# -- the booklet -------------------------------------------------------------------------------


def _booklet(paper: Paper, exam: ExamPaper) -> None:
    _header(paper, exam, wording.exam_heading(exam.title, exam.form))
    rules = wording.EXAM_RULES
    if exam.minutes:
        rules = f"{wording.minutes(exam.minutes)}. {rules}"
    paper.y += paper.wrapped(paper.left, paper.y, paper.width, rules, NOTE) + 5
    # Sections with their own clock are separate papers on the test: each on new pages.
    own_clocks = any(section.minutes for section in exam.sections)
    for index, section in enumerate(s for s in exam.sections if s.questions):
        if index and own_clocks:
            paper.new_page()
        _booklet_section(paper, section)


def _booklet_section(paper: Paper, section: PaperSection) -> None:
    rows: list[Row] = [_section_heading(paper, section)]
    if section.listening:
        rows.append(_listening_note(paper, section))
    first_mondai = True
    for mondai in section.mondai:
        if not mondai.questions:
            continue
        if not first_mondai:
            rows.append(_space(3))
        first_mondai = False
        rows.append(_mondai_heading(paper, mondai))
        for question in mondai.questions:
            rows.extend(_question_rows(paper, question))
    _flow_blocks(paper, rows)
    paper.y += 4


def _flow_blocks(paper: Paper, rows: Sequence[Row]) -> None:
    """Rows one under another; headings start on the page of the first row they head."""
    for index, (height, draw) in enumerate(rows):
        needed = height
        if isinstance(draw, _Heading):
            for following, following_draw in rows[index + 1 :]:
                needed += following
                if not isinstance(following_draw, _Heading):
                    break
        paper.ensure(needed)
        draw(paper.y)
        paper.y += height


@dataclass(frozen=True)
class _Heading:
    """A row that never stands alone at the foot of a page."""

    draw_at: Callable[[float], None]

    def __call__(self, top: float) -> None:
        self.draw_at(top)


def _section_heading(paper: Paper, section: PaperSection) -> Row:
    info = _section_info(section)
    height = paper.line_height(SECTION_TITLE) + 6

    def draw(top: float) -> None:
        paper.text(paper.left, top, section.title, SECTION_TITLE)
        info_top = top + paper.ascent(SECTION_TITLE) - paper.ascent(INFO)
        paper.text(paper.right - paper.text_width(info, INFO), info_top, info, INFO)
        rule = top + paper.line_height(SECTION_TITLE) + 1
        paper.line(paper.left, rule, paper.right, rule, width=0.3, colour=INK)

    return height, _Heading(draw)


def _listening_note(paper: Paper, section: PaperSection) -> Row:
    """For the instructor: which file to play for which question, and where the text is."""
    pad = 2.5
    inner = paper.width - 2 * pad
    note = wording.listening_note(section.pause_seconds)
    note_height = paper.wrapped_height(inner, note, NOTE)
    clips = [
        f"{number}. {clip.file}" + ("" if clip.present else f" ({wording.NO_AUDIO_YET})")
        for number, clip in section.clips
    ]
    widest = max(paper.text_width(text, NOTE_SMALL) for text in clips) + 4
    per_row = max(1, min(5, int(inner // widest)))
    cell = inner / per_row
    line = paper.line_height(NOTE_SMALL) + 0.4
    list_rows = -(-len(clips) // per_row)
    # down the columns, as the files are played
    per_column = list_rows
    box = pad + note_height + 1.5 + list_rows * line + pad

    def draw(top: float) -> None:
        paper.rect(paper.left, top, paper.width, box, width=0.3, colour=RULE)
        paper.wrapped(paper.left + pad, top + pad, inner, note, NOTE)
        y = top + pad + note_height + 1.5
        for index, text in enumerate(clips):
            column, row = divmod(index, per_column)
            paper.text(paper.left + pad + column * cell, y + row * line, text, NOTE_SMALL)

    return box + 4, draw


def _mondai_heading(paper: Paper, mondai: PaperMondai) -> Row:
    label = wording.mondai(mondai.number)
    label_width = paper.text_width(label, MONDAI) + 4
    text_x = label_width + 2.5
    width = paper.width - text_x
    ja_height = paper.wrapped_height(width, mondai.instruction_ja, INSTRUCTION_JA)
    id_height = paper.wrapped_height(width, mondai.instruction_id, INSTRUCTION_ID)
    height = ja_height + id_height + 0.5

    def draw(top: float) -> None:
        label_top = top + paper.ascent(INSTRUCTION_JA) - paper.ascent(MONDAI)
        box_height = paper.line_height(MONDAI) + 0.6
        paper.rect(paper.left, label_top - 0.3, label_width, box_height, colour=INK, fill=SHADE)
        paper.text(paper.left + 2, label_top, label, MONDAI)
        paper.wrapped(paper.left + text_x, top, width, mondai.instruction_ja, INSTRUCTION_JA)
        below = top + ja_height + 0.5
        paper.wrapped(paper.left + text_x, below, width, mondai.instruction_id, INSTRUCTION_ID)

    return height + 4, _Heading(draw)


def _passage_lines(passage: Text) -> list[Text]:
    """The passage's own lines (notices keep their layout); each is wrapped on paper."""
    lines: list[list[Ruby]] = [[]]
    for piece in passage:
        for index, part in enumerate(piece.text.split("\n")):
            if index:
                lines.append([])
            if part:
                lines[-1].append(Ruby(part, piece.reading))
    return [tuple(line) for line in lines]


def _passage_rows(paper: Paper, passage: Text) -> list[Row]:
    """The passage set off by a rule on its left; a long one may run onto the next page."""
    indent = NUMBER_WIDTH + 3
    width = paper.width - indent
    rows: list[Row] = [_space(1)]
    for line in _passage_lines(passage):
        if not line:
            rows.append(_space(paper.line_height(PASSAGE) * 0.5))
            continue
        for ruby_line in paper.ruby_lines(line, PASSAGE, width):
            height = paper.ruby_height([ruby_line], PASSAGE) + 0.6

            def draw(top: float, ruby_line: RubyLine = ruby_line, height: float = height) -> None:
                x = paper.left + NUMBER_WIDTH
                paper.line(x, top - 0.3, x, top + height + 0.3, width=0.6, colour=RULE)
                paper.ruby(paper.left + indent, top, [ruby_line], PASSAGE)

            rows.append((height, draw))
    rows.append(_space(3))
    return rows


def _question_rows(paper: Paper, question: PaperQuestion) -> list[Row]:
    rows = _passage_rows(paper, question.passage) if question.passage else []
    return [*rows, _question_row(paper, question)]


# One part of a question, stacked under the others: height, first baseline, draw(x, top).
_Part = tuple[float, float, Callable[[float, float], None]]


def _question_row(paper: Paper, question: PaperQuestion) -> Row:
    """The number, then stem or meaning, the situation, and the choices, kept together."""
    width = paper.width - NUMBER_WIDTH
    parts: list[_Part] = []
    if question.stem:
        parts.append(_ruby_part(paper, question.stem, STEM, width))
    if question.gloss:
        parts.append(_text_part(paper, question.gloss, GLOSS, width))
    if question.situation:
        parts.append(_situation_part(paper, question.situation, width))
    if question.choices:
        parts.append(_choices_part(paper, question.choices, width))
    else:
        parts.append(_heard_part(paper, question.choice_count))
    gap = 2.0
    height = sum(h for h, _b, _d in parts) + gap * (len(parts) - 1) + 5

    def draw(top: float) -> None:
        first_baseline = top + parts[0][1]
        paper.text(paper.left, first_baseline - paper.ascent(NUMBER), str(question.number), NUMBER)
        y = top
        for part_height, _baseline, draw_part in parts:
            draw_part(paper.left + NUMBER_WIDTH, y)
            y += part_height + gap

    return height, draw


def _ruby_part(paper: Paper, text: Text, style: Style, width: float) -> _Part:
    lines = paper.ruby_lines(text, style, width)
    baseline = paper.ruby_above(lines, style) + paper.ascent(style)

    def draw(x: float, top: float) -> None:
        paper.ruby(x, top, lines, style)

    return paper.ruby_height(lines, style), baseline, draw


def _text_part(paper: Paper, text: str, style: Style, width: float) -> _Part:
    def draw(x: float, top: float) -> None:
        paper.wrapped(x, top, width, text, style)

    return paper.wrapped_height(width, text, style), paper.ascent(style), draw


def _situation_part(paper: Paper, situation: str, width: float) -> _Part:
    """Where the test shows a picture: what it shows, in a shaded box."""
    pad = 2.0
    text = f"{wording.SITUATION}: {situation}"
    inner = width - 2 * pad
    height = paper.wrapped_height(inner, text, SITUATION) + 2 * pad

    def draw(x: float, top: float) -> None:
        paper.rect(x, top, width, height, colour=None, fill="#f0f0f0")
        paper.wrapped(x + pad, top + pad, inner, text, SITUATION)

    return height, pad + paper.ascent(SITUATION), draw


def _choices_part(paper: Paper, choices: Sequence[Text], width: float) -> _Part:
    """Numbered choices, four or two to a row when they are short, else one per line."""
    widest = max(paper.ruby_lines(c, STEM, width)[0].width for c in choices)
    item = widest + CHOICE_INDENT + 6
    count = len(choices)
    per_row = count if item * count <= width else 2 if item * 2 <= width else 1
    cell = width / per_row
    laid = [paper.ruby_lines(c, STEM, cell - CHOICE_INDENT - 2) for c in choices]
    line_height = max(paper.ruby_height(lines, STEM) for lines in laid)
    above = max(paper.ruby_above(lines, STEM) for lines in laid)
    rows = -(-count // per_row)
    step = line_height + 1.2
    height = rows * step - 1.2

    def draw(x: float, top: float) -> None:
        for index, lines in enumerate(laid):
            cell_x = x + (index % per_row) * cell
            row_top = top + (index // per_row) * step
            baseline = row_top + above + paper.ascent(STEM)
            number_top = baseline - paper.ascent(CHOICE_NUMBER)
            paper.text(cell_x, number_top, str(index + 1), CHOICE_NUMBER)
            own_top = baseline - paper.ascent(STEM) - paper.ruby_above(lines, STEM)
            paper.ruby(cell_x + CHOICE_INDENT, own_top, lines, STEM)

    return height, above + paper.ascent(STEM), draw


def _heard_part(paper: Paper, count: int) -> _Part:
    """Choices that are only heard: their numbers, as the test prints them."""
    cell = 22.0

    def draw(x: float, top: float) -> None:
        for index in range(count):
            paper.text(x + index * cell, top, str(index + 1), CHOICE_NUMBER)

    return paper.line_height(CHOICE_NUMBER), paper.ascent(CHOICE_NUMBER), draw


# -- the answer sheet ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _SheetItem:
    kind: str  # "section", "mondai" or "row"
    text: str
    bubbles: int = 0


def _sheet_items(section: PaperSection) -> list[_SheetItem]:
    items = [_SheetItem("section", section.title)]
    for mondai in section.mondai:
        if mondai.questions:
            items.append(_SheetItem("mondai", wording.mondai(mondai.number)))
            items += [_SheetItem("row", str(q.number), q.choice_count) for q in mondai.questions]
    return items


def _answer_sheet(paper: Paper, exam: ExamPaper) -> None:
    _header(paper, exam, wording.ANSWER_SHEET_TITLE)
    student_fields(paper)
    rules = wording.SHEET_RULES
    paper.text(paper.left, paper.y, rules, NOTE)
    example_x = paper.left + paper.text_width(rules, NOTE) + 3
    example_top = paper.y + paper.ascent(NOTE) - paper.ascent(BUBBLE)
    _bubbles(paper, example_x, example_top, 4, filled=1)
    paper.y += paper.line_height(BUBBLE) + 5
    sections = [_sheet_items(s) for s in exam.sections if s.questions]
    columns = max(3, min(4, len(sections)))
    width = paper.width / columns
    bottom = paper.bottom
    for row_height in (7.0, 6.4, 5.8, 5.2, 4.6):  # the whole sheet on one page if it can be
        placed = _sheet_columns(paper, sections, row_height, bottom - paper.y)
        if len(placed) <= columns:
            break
    top = paper.y
    for page_column, column in enumerate(placed):
        if page_column and page_column % columns == 0:
            paper.new_page()
            top = paper.y
        x = paper.left + (page_column % columns) * width
        for item, y in column:
            _sheet_item(paper, item, x, top + y, width - 4)


def _column_title(paper: Paper, title: str, width: float) -> str:
    """A section's title in a narrow column: "Tata bahasa dan membaca" over its Japanese."""
    if paper.text_width(title, SHEET_HEAD) <= width:
        return title
    return title.replace(" (", "\n(", 1)


def _sheet_height(paper: Paper, item: _SheetItem, row_height: float, width: float) -> float:
    if item.kind == "section":
        title = _column_title(paper, item.text, width - 4)
        return paper.wrapped_height(width - 4, title, SHEET_HEAD) + 1.5
    if item.kind == "mondai":
        return paper.line_height(SHEET_MONDAI) + 1
    return row_height


def _sheet_columns(
    paper: Paper, sections: Sequence[Sequence[_SheetItem]], row_height: float, room: float
) -> list[list[tuple[_SheetItem, float]]]:
    """Items placed in columns, each section from the top of a column; (item, y) each."""
    width = paper.width / max(3, min(4, len(sections)))
    # every column's rows start at the same height, whichever title wraps
    head = max((_sheet_height(paper, s[0], row_height, width) for s in sections), default=0.0)
    columns: list[list[tuple[_SheetItem, float]]] = []
    for items in sections:
        columns.append([])
        y = 0.0
        for index, item in enumerate(items):
            height = _sheet_height(paper, item, row_height, width)
            if item.kind == "section":
                height = head
            following = items[index + 1] if index + 1 < len(items) else None
            needed = height + (
                _sheet_height(paper, following, row_height, width)
                if item.kind != "row" and following
                else 0
            )
            if y + needed > room and columns[-1]:
                columns.append([])
                y = 0.0
            if item.kind == "mondai" and y > 0:
                y += 1.2
            columns[-1].append((item, y))
            y += height
    return columns


def _sheet_item(paper: Paper, item: _SheetItem, x: float, y: float, width: float) -> None:
    if item.kind == "section":
        paper.wrapped(x, y, width, _column_title(paper, item.text, width), SHEET_HEAD)
        return
    if item.kind == "mondai":
        paper.text(x, y, item.text, SHEET_MONDAI)
        return
    number_width = 8.0
    baseline = y + paper.ascent(BUBBLE)
    number_top = baseline - paper.ascent(SHEET_NUMBER)
    paper.text(
        x + number_width - 1.5 - paper.text_width(item.text, SHEET_NUMBER),
        number_top,
        item.text,
        SHEET_NUMBER,
    )
    _bubbles(paper, x + number_width, y, item.bubbles)


def _bubbles(paper: Paper, x: float, top: float, count: int, *, filled: int = -1) -> None:
    step = paper.text_width(BUBBLES[0], BUBBLE) + 2.2
    for index in range(count):
        left = x + index * step
        if index == filled:  # the example of a filled-in answer
            size = paper.text_width(BUBBLES[0], BUBBLE)
            centre_y = top + paper.ascent(BUBBLE) - size * 0.38
            paper.dot(left + size / 2, centre_y, size * 0.4, INK)
        else:
            paper.text(left, top, BUBBLES[index], BUBBLE)


# -- the key -------------------------------------------------------------------------------------


def _key(paper: Paper, exam: ExamPaper) -> None:
    _header(paper, exam, wording.KEY_TITLE)
    paper.y += paper.wrapped(paper.left, paper.y, paper.width, wording.EXAM_KEY_NOTE, NOTE) + 4
    for section in exam.sections:
        if not section.questions:
            continue
        rows: list[Row] = [_key_section_heading(paper, section.title)]
        for mondai in section.mondai:
            if mondai.questions:
                rows.append(_key_mondai_heading(paper, mondai.number))
                rows += _key_answers(paper, mondai.questions)
        _flow_blocks(paper, rows)
        paper.y += 3
    for section in exam.sections:
        if section.listening:
            _transcripts(paper, section)


def _key_section_heading(paper: Paper, title: str) -> Row:
    height = paper.line_height(Style(12, bold=True)) + 2

    def draw(top: float) -> None:
        paper.text(paper.left, top, title, Style(12, bold=True))

    return height, _Heading(draw)


def _key_mondai_heading(paper: Paper, number: int) -> Row:
    label = wording.mondai(number)

    def draw(top: float) -> None:
        paper.text(paper.left, top, label, Style(9, bold=True, colour=GREY))

    return paper.line_height(Style(9, bold=True)) + 0.5, _Heading(draw)


def _key_answers(paper: Paper, questions: Sequence[PaperQuestion]) -> list[Row]:
    """ "12  3  早い": question, right choice's number, its text; in columns if short."""
    number_width = 8.0
    answer_width = 5.0
    widest = max(paper.ruby_lines(q.answer_text, KEY_TEXT, paper.width)[0].width for q in questions)
    item = number_width + answer_width + widest + 6
    per_row = max(2, min(4, int(paper.width // item)))  # a long answer wraps in its half
    cell = paper.width / per_row
    text_width = cell - number_width - answer_width - 2
    rows: list[Row] = []
    for start in range(0, len(questions), per_row):
        chunk = questions[start : start + per_row]
        laid = [(q, paper.ruby_lines(q.answer_text, KEY_TEXT, text_width)) for q in chunk]
        above = max(paper.ruby_above(lines, KEY_TEXT) for _q, lines in laid)
        height = max(paper.ruby_height(lines, KEY_TEXT) for _q, lines in laid) + 1.8

        def draw(
            top: float,
            laid: list[tuple[PaperQuestion, list[RubyLine]]] = laid,
            above: float = above,
        ) -> None:
            baseline = top + above + paper.ascent(KEY_TEXT)
            for index, (question, lines) in enumerate(laid):
                x = paper.left + index * cell
                number = f"{question.number}."
                paper.text(x, baseline - paper.ascent(BODY), number, BODY)
                answer = str(question.answer)
                paper.text(
                    x + number_width, baseline - paper.ascent(KEY_NUMBER), answer, KEY_NUMBER
                )
                own = baseline - paper.ascent(KEY_TEXT) - paper.ruby_above(lines, KEY_TEXT)
                paper.ruby(x + number_width + answer_width, own, lines, KEY_TEXT)

        rows.append((height, draw))
    return rows


def _transcripts(paper: Paper, section: PaperSection) -> None:
    """What each recording says, with the Indonesian, to read aloud if need be."""
    rows: list[Row] = [
        _key_section_heading(paper, f"{wording.TRANSCRIPTS}: {section.title}"),
        _text_row(paper, wording.SPEAKERS_LEGEND, INFO, 0, after=2),
    ]
    for question in section.questions:
        rows += _transcript_rows(paper, question)
    paper.ensure(60)  # not a heading alone at the foot of the answers' last page
    _flow_blocks(paper, rows)


def _text_row(paper: Paper, text: str, style: Style, indent: float, *, after: float = 0) -> Row:
    width = paper.width - indent
    height = paper.wrapped_height(width, text, style)

    def draw(top: float) -> None:
        paper.wrapped(paper.left + indent, top, width, text, style)

    return height + after, draw


def _transcript_rows(paper: Paper, question: PaperQuestion) -> list[Row]:
    clip = question.clip
    title = wording.key_clip(question.number, clip.file if clip else "-", question.answer)
    title_style = Style(9.5, bold=True)
    height = paper.line_height(title_style) + 0.8

    def draw_title(top: float) -> None:
        paper.line(paper.left, top, paper.right, top, width=0.15)
        paper.text(paper.left, top + 0.8, title, title_style)

    rows: list[Row] = [_space(1.5), (height + 0.8, _Heading(draw_title))]
    speaker_width = 6.0
    width = paper.width - speaker_width
    for turn in question.transcript:
        lines = paper.ruby_lines(turn.text, SCRIPT, width)
        turn_height = paper.ruby_height(lines, SCRIPT) + 0.8

        def draw_turn(
            top: float, speaker: str = turn.speaker, lines: list[RubyLine] = lines
        ) -> None:
            baseline = top + paper.ruby_above(lines, SCRIPT) + paper.ascent(SCRIPT)
            paper.text(paper.left, baseline - paper.ascent(KEY_NUMBER), speaker, KEY_NUMBER)
            paper.ruby(paper.left + speaker_width, top, lines, SCRIPT)

        rows.append((turn_height, draw_turn))
    if question.heard_choices:
        rows.append(_text_row(paper, wording.HEARD_CHOICES, INFO, speaker_width, after=0.5))
        for index, choice in enumerate(question.heard_choices, start=1):
            lines = paper.ruby_lines(choice, SCRIPT, width - CHOICE_INDENT)
            choice_height = paper.ruby_height(lines, SCRIPT) + 0.6

            def draw_choice(top: float, index: int = index, lines: list[RubyLine] = lines) -> None:
                baseline = top + paper.ruby_above(lines, SCRIPT) + paper.ascent(SCRIPT)
                x = paper.left + speaker_width
                paper.text(x, baseline - paper.ascent(KEY_NUMBER), str(index), KEY_NUMBER)
                paper.ruby(x + CHOICE_INDENT, top, lines, SCRIPT)

            rows.append((choice_height, draw_choice))
    if question.translation:
        rows.append(_space(0.8))
        rows += [
            _text_row(paper, line, TRANSLATION, speaker_width, after=0.3)
            for line in question.translation
        ]
    return rows
