"""A mock-exam form on paper: booklet, answer sheet and key, read back as a PDF reader sees
them (QtPdf), and the `nihongoku print exam` command.

Each form is assembled and drawn once for the module: the checks share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import Course
from nihongoku.core.exams.blueprint import load_blueprints
from nihongoku.core.exams.forms import ExamForm, assemble_form
from nihongoku.core.export.exam_paper import ExamPaper, exam_paper
from nihongoku.core.japanese import Ruby, plain_text
from nihongoku.paths import lessons_dir
from tests.test_printing import nihongoku, pdf_pages

FORMS = [("jlpt-n5", 1), ("jft-basic", 2)]


@cache
def course() -> Course:
    return build_course([lessons_dir()])


@cache
def form(exam_id: str, number: int) -> ExamForm:
    blueprint = next(b for b in load_blueprints()[0] if b.id == exam_id)
    return assemble_form(blueprint, course(), number)


def squeeze(text: str) -> str:
    # the font draws ・ with a glyph PDF readers copy as U+2027
    return re.sub(r"\s+", "", text).replace("\u2027", "・")


def text_of(pieces: tuple[Ruby, ...]) -> str:
    return squeeze(plain_text(list(pieces)))


def start(pieces: tuple[Ruby, ...], length: int = 12) -> str:
    """The first characters of a text: on paper its readings follow each line's text, so
    only the first line's text can be found in one piece."""
    return text_of(pieces)[:length]


def first_word(pieces: tuple[Ruby, ...]) -> str:
    """A key's answer is printed in half the page's width: it may wrap after any word."""
    return squeeze(plain_text(list(pieces)).split()[0])[:8]


def in_order(text: str, needles: list[str]) -> list[str]:
    """The needles not found in ``text`` after the one before them."""
    missing = []
    position = 0
    for needle in needles:
        found = text.find(needle, position)
        if found < 0:
            missing.append(needle)
        else:
            position = found + len(needle)
    return missing


# -- the data: no Qt ---------------------------------------------------------------------------


def test_the_paper_form_numbers_through_each_section_and_prints_only_what_the_test_does() -> None:
    exam = form("jlpt-n5", 1)
    paper = exam_paper(exam)
    assert [len(s.questions) for s in paper.sections] == [len(s.questions) for s in exam.sections]
    for section in paper.sections:
        assert [q.number for q in section.questions] == list(range(1, len(section.questions) + 1))
    printed = paper.questions
    for original, question in zip(exam.questions, printed, strict=True):
        assert question.answer == original.answer + 1
        if original.spoken_choices:  # heard on the test: only the numbers are printed
            assert question.stem == () and question.choices == ()
            assert question.heard_choices == original.choices
        else:
            assert question.stem == original.stem and question.choices == original.choices
    passages = [q.passage for q in printed if q.passage]
    assert len(passages) == len({q.passage for q in exam.questions if q.passage})
    listening = paper.sections[-1]
    numbers = list(range(1, len(listening.questions) + 1))
    assert [number for number, _clip in listening.clips] == numbers
    assert all(clip.file == f"{clip.clip_id}.ogg" for _n, clip in listening.clips)
    expression = listening.mondai[2].questions
    assert all(q.situation and not q.stem for q in expression)
    assert all(q.transcript and q.translation for q in listening.questions)


# -- the PDF -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Printed:
    paper: ExamPaper
    booklet: list[str]
    sheet: list[str]
    key: list[str]


@pytest.fixture(scope="module", params=FORMS, ids=[f"{e}-{n}" for e, n in FORMS])
def printed(
    request: pytest.FixtureRequest, qapp: object, tmp_path_factory: pytest.TempPathFactory
) -> Printed:
    from nihongoku.printing.exam_paper import save_exam_pdf

    exam_id, number = request.param
    path = tmp_path_factory.mktemp("exam") / f"{exam_id}.pdf"
    pages = save_exam_pdf(form(exam_id, number), path)
    texts = pdf_pages(path)
    assert len(texts) == pages
    sheet = next(i for i, t in enumerate(texts) if t.startswith("NIHONGOKU") and "Hitamkan" in t)
    key = next(i for i, t in enumerate(texts) if "jangan dibagikan bersama soal" in t)
    return Printed(exam_paper(form(exam_id, number)), texts[:sheet], texts[sheet:key], texts[key:])


def test_the_booklet_has_every_printed_question_in_order_and_no_answers(printed: Printed) -> None:
    booklet = squeeze("".join(printed.booklet))
    questions = printed.paper.questions
    stems = [start(q.stem) for q in questions if q.stem]
    assert len(stems) >= len(questions) - 12  # only heard items print no stem
    assert in_order(booklet, stems) == []
    shown = [squeeze(q.gloss or q.situation or "")[:30] for q in questions]
    assert in_order(booklet, [s for s in shown if s]) == []
    for section in printed.paper.sections:
        assert squeeze(section.title) in booklet
        for mondai in section.mondai:
            assert squeeze(mondai.instruction_ja) in booklet
            assert squeeze(mondai.instruction_id) in booklet
    assert "Kuncijawaban" not in booklet and "jawaban2→" not in booklet
    exam = printed.paper
    for page, text in enumerate(printed.booklet, start=1):
        assert f"Halaman {page} dari {len(printed.booklet)}" in text
        assert f"Nihongoku — {exam.exam_id} paket {exam.form}" in text


def test_the_listening_section_names_its_audio_files_for_the_instructor(printed: Printed) -> None:
    booklet = squeeze("".join(printed.booklet))
    listening = next(s for s in printed.paper.sections if s.listening)
    assert "resources/audio/" in booklet
    assert in_order(booklet, [f"{n}.{clip.file}" for n, clip in listening.clips]) == []


def test_the_answer_sheet_is_one_page_with_a_row_of_bubbles_per_question(
    printed: Printed,
) -> None:
    assert len(printed.sheet) == 1
    sheet = printed.sheet[0]
    assert "Nama:" in sheet and "Kelas:" in sheet and "Tanggal:" in sheet
    rows = re.findall(r"(\d+)\s*①\s*②\s*③(\s*④)?", sheet)
    expected = [
        (str(q.number), q.choice_count == 4)
        for section in printed.paper.sections
        for q in section.questions
    ]
    assert [(number, bool(four)) for number, four in rows] == expected


def test_the_key_gives_each_right_answer_and_the_transcripts(printed: Printed) -> None:
    key = squeeze("".join(printed.key))
    booklet = squeeze("".join(printed.booklet))
    answers = [f"{q.number}.{q.answer}{first_word(q.answer_text)}" for q in printed.paper.questions]
    assert in_order(key, answers) == []
    listening = [q for q in printed.paper.questions if q.transcript]
    assert listening
    spoken = [
        start(text, 14)
        for q in listening
        for text in (
            *(turn.text for turn in q.transcript if turn.speaker != "N"),  # N asks the stem
            *q.heard_choices,
        )
        if len(text_of(text)) >= 8
    ]
    assert len(spoken) > len(listening)
    assert in_order(key, spoken) == []
    said = [start(t.text, 14) for q in listening for t in q.transcript if t.speaker != "N"]
    assert [line for line in said if line in booklet] == []  # (a reply may be a choice)
    translations = [squeeze(line)[:30] for q in listening for line in q.translation]
    assert in_order(key, translations) == []
    assert [line for line in translations if line in booklet] == []
    for page, text in enumerate(printed.key, start=1):
        assert f"Halaman {page} dari {len(printed.key)}" in text


# -- the command line ---------------------------------------------------------------------------


def test_print_exam_command_writes_the_parts_asked_for(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "n5.pdf"
    done = nihongoku("print", "exam", "jlpt-n5", "--form", "2", "--no-key", str(out))
    assert done.returncode == 0, done.stderr
    pages = pdf_pages(out)
    assert done.stdout.strip() == f"{out}: {len(pages)} page(s)"
    assert "Hitamkan" in pages[-1]  # the answer sheet is last: no key
    assert not any("jangan dibagikan bersama soal" in page for page in pages)
    assert "jlpt-n5 paket 2" in pages[0]


def test_print_exam_command_refuses_an_unknown_exam_or_form_and_writes_nothing(
    tmp_path: Path,
) -> None:
    out = tmp_path / "x.pdf"
    unknown = nihongoku("print", "exam", "jlpt-n9", str(out))
    assert unknown.returncode == 1
    assert "no exam 'jlpt-n9'" in unknown.stderr and "jlpt-n5" in unknown.stderr
    no_form = nihongoku("print", "exam", "jlpt-n5", "--form", "7", str(out))
    assert no_form.returncode == 1
    assert "no form 7" in no_form.stderr and "forms 1 to 2" in no_form.stderr
    assert list(tmp_path.iterdir()) == []
