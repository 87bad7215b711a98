"""Lessons on paper: what the documents hold (no Qt), and the PDFs as a reader sees them.

PDF text is read back with QtPdf (PDFium, not Qt's own writer), so a page that only looks
right, or a character a PDF reader cannot copy, fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import Course, Lesson
from nihongoku.core.export import worksheets
from nihongoku.core.export.worksheets import SectionKind, StrokePath, Worksheet
from nihongoku.core.japanese import Ruby, plain_text
from nihongoku.core.strokes import stroke_count, strokes
from nihongoku.paths import lessons_dir

ROOT = Path(__file__).resolve().parent.parent


@cache
def course() -> Course:
    return build_course([lessons_dir()])  # tests/test_course_content.py checks the files


def lesson(lesson_id: str) -> Lesson:
    return course().lesson(lesson_id)


def text_of(pieces: tuple[Ruby, ...]) -> str:
    return plain_text(list(pieces))


def squeeze(text: str) -> str:
    """Text with line breaks and spaces gone: wrapping may split a meaning anywhere."""
    return re.sub(r"\s+", "", text)


# -- the data: no Qt ---------------------------------------------------------------------------


def test_vocabulary_list_has_every_word_of_the_lesson_in_order() -> None:
    words = worksheets.vocab_list(lesson("n5-03"))
    assert [text_of(row.word) for row in words.rows] == [
        w.written for w in lesson("n5-03").vocabulary
    ]
    assert (words.heading.number, words.heading.title) == (3, "Angka dan waktu")
    first = words.rows[0]
    assert (first.reading, first.romaji, first.meaning) == ("いち", "ichi", "satu")


def test_a_worksheet_is_the_same_each_time_it_is_printed() -> None:
    assert worksheets.worksheet(lesson("n5-05")) == worksheets.worksheet(lesson("n5-05"))


@pytest.mark.parametrize("lesson_id", [lesson.id for lesson in course().lessons])
def test_no_section_gives_another_sections_answers_away(lesson_id: str) -> None:
    sheet = worksheets.worksheet(lesson(lesson_id))
    assert len(sheet.sections) >= 3
    by_kind = {s.title: s for s in sheet.sections}
    reading = sheet.sections[0]
    asked = [text_of(q.prompt) for q in reading.questions]
    shown_elsewhere = "".join(
        text_of(piece)
        for section in sheet.sections[1:]
        for q in section.questions
        for piece in (q.prompt, *q.choices)
        if section.kind is not SectionKind.WRITE  # meanings only, in Indonesian
    )
    if lesson(lesson_id).level.value != "kana":
        assert [word for word in asked if word in shown_elsewhere] == []
    meaning = by_kind["Bahasa Jepangnya"]
    answers = [text_of(q.answer) for q in meaning.questions]
    assert not set(answers) & set(asked)
    for section in sheet.sections:
        assert [q.number for q in section.questions] == list(range(1, len(section.questions) + 1))


def test_matching_options_are_the_meanings_of_its_words_shuffled() -> None:
    sheet = worksheets.worksheet(lesson("n5-05"))
    match = next(s for s in sheet.sections if s.kind is SectionKind.MATCH)
    meaning = {w.written: w.meaning.id for w in lesson("n5-05").vocabulary}
    letters = "abcdefgh"
    for question in match.questions:
        chosen = match.options[letters.index(text_of(question.answer))]
        assert text_of(chosen) == meaning[text_of(question.prompt)]
    assert [text_of(o) for o in match.options] != [
        meaning[text_of(q.prompt)] for q in match.questions
    ]


def test_multiple_choice_keeps_the_authored_answer_after_shuffling() -> None:
    sheet: Worksheet = worksheets.worksheet(lesson("n5-03"))
    choose = next(s for s in sheet.sections if s.kind is SectionKind.CHOOSE)
    authored = [
        q
        for exercise in lesson("n5-03").exercises
        if exercise.family.value == "grammar-form"
        for q in exercise.questions
    ]
    numbers = set()
    for printed, original in zip(choose.questions, authored, strict=False):
        number = int(text_of(printed.answer).split(" ")[0])
        numbers.add(number)
        assert printed.choices[number - 1] == original.choices[original.answer]
        assert sorted(map(text_of, printed.choices)) == sorted(map(text_of, original.choices))
    assert len(numbers) > 1  # the key is not a column of the same number


@pytest.mark.parametrize("char", sorted({k.char for each in course().lessons for k in each.kanji}))
def test_kanji_sheet_has_one_stroke_order_frame_per_stroke(char: str) -> None:
    sheet = worksheets.character_sheets(course(), char).sheets[0]
    entry = next(k for each in course().lessons for k in each.kanji if k.char == char)
    assert len(sheet.frames) == entry.strokes == stroke_count(char)
    for shown, frame in enumerate(sheet.frames, start=1):
        assert frame == sheet.strokes[:shown]
    for stroke in sheet.strokes:  # every curve stays in KanjiVG's 109 × 109 box
        points = [stroke.start, *((c[4], c[5]) for c in stroke.curves)]
        assert all(-1 <= v <= 110 for point in points for v in point), char


def test_stroke_paths_turn_relative_and_smooth_curves_into_absolute_ones() -> None:
    # 日's first stroke as KanjiVG writes it: "M31.5,24.5c1.12,1.12,1.74,2.75,…"
    first = worksheets.stroke_paths("日")[0]
    assert first.start == (31.5, 24.5)
    assert first.curves[0] == pytest.approx((32.62, 25.62, 33.24, 27.25, 33.24, 29.25))
    assert first.curves[-1][4:] == pytest.approx(strokes_end(strokes("日")[0].path))
    start, curves = worksheets._curves("M10,10c0,10,10,10,10,0s10,-10,10,0L40,0")
    assert start == (10, 10)
    assert curves[0] == pytest.approx((10, 20, 20, 20, 20, 10))
    assert curves[1] == pytest.approx((20, 0, 30, 0, 30, 10))  # S mirrors the last control
    assert curves[2] == pytest.approx((30 + 10 / 3, 10 - 10 / 3, 30 + 20 / 3, 10 - 20 / 3, 40, 0))


def strokes_end(path: str) -> tuple[float, float]:
    """Where an SVG path of relative curves ends: the start plus every curve's end."""
    numbers = [float(n) for n in re.findall(r"-?\d+\.?\d*", path)]
    x, y = numbers[0], numbers[1]
    for i in range(2, len(numbers), 6):
        x, y = x + numbers[i + 4], y + numbers[i + 5]
    return x, y


def test_hand_picked_characters_keep_their_order_and_unknown_ones_are_named() -> None:
    sheets = worksheets.character_sheets(course(), "日 本、語日あ")
    assert [s.char for s in sheets.sheets] == ["日", "本", "語", "あ"]
    assert sheets.sheets[3].romaji == "a" and sheets.sheets[3].meaning == ""
    with pytest.raises(worksheets.NotInCourse) as raised:
        worksheets.character_sheets(course(), "日X薔")
    assert raised.value.chars == ("X", "薔")


def test_a_kana_lesson_gets_writing_sheets_for_its_kana() -> None:
    sheets = worksheets.lesson_character_sheets(lesson("kana-hiragana-1"))
    assert [s.char for s in sheets.sheets][:5] == list("あいうえお")
    assert all(isinstance(s.strokes[0], StrokePath) for s in sheets.sheets)


def test_printed_part_of_speech_names_are_the_apps_indonesian_ones() -> None:
    from nihongoku.printing.wording import POS_NAMES

    catalogue = ET.parse(ROOT / "resources" / "translations" / "nihongoku_id.ts").getroot()
    labels = {
        m.findtext("source"): m.findtext("translation")
        for c in catalogue.iter("context")
        if c.findtext("name") == "Labels"
        for m in c.iter("message")
    }
    # one printed name for each part of speech, each the app's own Indonesian word
    assert len(set(POS_NAMES.values())) == len(POS_NAMES)
    assert set(POS_NAMES.values()) <= set(labels.values())


# -- the PDFs ------------------------------------------------------------------------------------


def pdf_pages(path: Path) -> list[str]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return [document.getAllText(page).text() for page in range(document.pageCount())]


def make(tmp_path: Path, document: object, name: str) -> tuple[Path, list[str]]:
    from nihongoku.printing.document import Document
    from nihongoku.printing.output import write_pdf

    assert isinstance(document, Document)
    path = tmp_path / name
    pages = write_pdf(document, path)
    texts = pdf_pages(path)
    assert len(texts) == pages
    return path, texts


def test_vocabulary_list_pdf_has_the_words_meanings_and_page_numbers(
    qapp: object, tmp_path: Path
) -> None:
    from nihongoku.printing.vocab_list import vocab_document

    words = worksheets.vocab_list(lesson("n5-03"))
    _path, pages = make(tmp_path, vocab_document(words), "vocab.pdf")
    assert len(pages) == 2
    text = squeeze("".join(pages))
    assert "Pelajaran3:Angkadanwaktu" in text
    for row in words.rows:
        assert squeeze(text_of(row.word)) in text
        assert squeeze(row.meaning) in text
    assert "tenthousand" not in text
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari 2" in page
        assert "Nihongoku — n5-03" in page
    _path, english = make(tmp_path, vocab_document(words, english=True), "english.pdf")
    assert "tenthousand" in squeeze("".join(english))


def test_worksheet_pdf_keeps_the_answers_for_the_key_at_the_end(
    qapp: object, tmp_path: Path
) -> None:
    from nihongoku.printing.worksheet import worksheet_document

    sheet = worksheets.worksheet(lesson("n5-03"))
    _path, pages = make(tmp_path, worksheet_document(sheet), "worksheet.pdf")
    key_from = next(i for i, page in enumerate(pages) if "KUNCI JAWABAN" in page)
    assert key_from >= 1
    handout = squeeze("".join(pages[:key_from]))
    key = squeeze("".join(pages[key_from:]))
    reading, meaning = sheet.sections[0], sheet.sections[1]
    for question in reading.questions:
        assert text_of(question.prompt) in handout
    readings = [text_of(q.answer) for q in reading.questions]
    written = [text_of(q.answer) for q in meaning.questions]
    assert [a for a in readings if len(a) >= 3 and a in handout] == []
    assert [a for a in written if len(a) >= 2 and a in handout] == []
    assert all(a in key for a in readings + written)
    assert "Nama:" in handout and "Nilai" in handout

    _path, without = make(
        tmp_path, worksheet_document(sheet, with_key=False), "worksheet-no-key.pdf"
    )
    assert len(without) == key_from
    assert not any("KUNCI JAWABAN" in page for page in without)


def test_kanji_sheets_pdf_has_each_kanji_and_the_kanjivg_credit_on_every_page(
    qapp: object, tmp_path: Path
) -> None:
    from nihongoku.printing.character_sheets import character_document

    sheets = worksheets.lesson_character_sheets(lesson("n5-03"))
    _path, pages = make(tmp_path, character_document(sheets), "kanji.pdf")
    assert len(pages) == -(-len(sheets.sheets) // 3)  # three kanji to a page
    text = squeeze("".join(pages))
    for sheet in sheets.sheets:
        assert squeeze(sheet.meaning) in text
        assert f"{len(sheet.strokes)}goresan" in text
    assert all("KanjiVG" in page and "CC BY-SA 3.0" in page for page in pages)


# -- the command line ---------------------------------------------------------------------------


def nihongoku(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "nihongoku", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_print_commands_write_pdfs_headless(qapp: object, tmp_path: Path) -> None:
    done = nihongoku("print", "worksheet", "--lesson", "n5-03", str(tmp_path / "w.pdf"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{tmp_path / 'w.pdf'}: 3 page(s)"
    done = nihongoku("print", "kanji", "--kanji", "日本語", str(tmp_path / "k.pdf"))
    assert done.returncode == 0, done.stderr
    pages = pdf_pages(tmp_path / "k.pdf")
    assert "日 本 語" in pages[0]  # three characters, not the word
    assert "bahasa" in "".join(pages)


def test_print_command_errors_name_the_problem_and_write_nothing(tmp_path: Path) -> None:
    unknown = nihongoku("print", "vocab", "--lesson", "n5-99", str(tmp_path / "v.pdf"))
    assert unknown.returncode == 1
    assert "no lesson 'n5-99'" in unknown.stderr and "n5-03" in unknown.stderr
    missing = tmp_path / "no-such-folder" / "v.pdf"
    unwritable = nihongoku("print", "vocab", "--lesson", "n5-03", str(missing))
    assert unwritable.returncode == 1
    assert f"cannot write {missing}" in unwritable.stderr
    stranger = nihongoku("print", "kanji", "--kanji", "日薔", str(tmp_path / "k.pdf"))
    assert stranger.returncode == 1 and "薔" in stranger.stderr
    assert list(tmp_path.iterdir()) == []
