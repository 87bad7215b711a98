"""``nihongoku print``: a lesson on paper, as a PDF (vocabulary list, worksheet, kanji sheets),
or a mock-exam form (test booklet, answer sheet, answer key)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from nihongoku.commands import Commands, fail, handled_by

if TYPE_CHECKING:
    from nihongoku.core.content.course import Course, Lesson
    from nihongoku.printing.document import Document


def register(commands: Commands[argparse.ArgumentParser]) -> None:
    printing = commands.add_parser(
        "print",
        help="a PDF to print: a lesson's vocabulary list, worksheet or kanji sheets; a mock exam",
    )
    documents = printing.add_subparsers(dest="document", required=True, metavar="DOCUMENT")
    vocab = documents.add_parser("vocab", help="the lesson's words with furigana and meanings")
    vocab.add_argument("--lesson", metavar="ID", required=True)
    vocab.add_argument("--english", action="store_true", help="add the English meanings")
    worksheet = documents.add_parser(
        "worksheet", help="exercises on the lesson's words and grammar, then the answer key"
    )
    worksheet.add_argument("--lesson", metavar="ID", required=True)
    worksheet.add_argument("--no-key", action="store_true", help="leave out the answer key")
    kanji = documents.add_parser(
        "kanji", help="writing sheets: stroke order and practice squares for each kanji"
    )
    which = kanji.add_mutually_exclusive_group(required=True)
    which.add_argument("--lesson", metavar="ID", help="the lesson's kanji (a kana lesson: kana)")
    which.add_argument("--kanji", metavar="TEXT", help="these characters, e.g. 日本語")
    for parser in (vocab, worksheet, kanji):
        parser.add_argument("out", metavar="OUT.pdf")
        handled_by(parser, _print, needs_db=False)
    exam = documents.add_parser(
        "exam", help="a mock-exam form: test booklet, answer sheet, answer key with transcripts"
    )
    exam.add_argument("exam_id", metavar="ID", help="e.g. jlpt-n5 (see `nihongoku exam list`)")
    exam.add_argument("--form", type=int, default=1, metavar="N")
    exam.add_argument("--no-key", action="store_true", help="leave out the answer key")
    exam.add_argument("--no-answer-sheet", action="store_true", help="leave out the answer sheet")
    exam.add_argument("out", metavar="OUT.pdf")
    handled_by(exam, _print_exam, needs_db=False)


def _print(args: argparse.Namespace, _services: object) -> int:
    from nihongoku.core.content.build import build_course
    from nihongoku.core.export.worksheets import NotInCourse
    from nihongoku.paths import course_paths

    course = build_course(course_paths())
    lesson = None
    if args.lesson is not None:
        lesson = _lesson(course, args.lesson)
        if lesson is None:
            known = ", ".join(lesson.id for lesson in course.lessons)
            return fail(f"no lesson {args.lesson!r} (lessons: {known})")
    try:
        document = _document(args, course, lesson)
    except NotInCourse as exc:
        return fail(str(exc))
    return _write(document, Path(args.out))


def _print_exam(args: argparse.Namespace, _services: object) -> int:
    from nihongoku.core.content.build import build_course
    from nihongoku.core.exams.blueprint import load_blueprints
    from nihongoku.core.exams.forms import assemble_form
    from nihongoku.core.export.exam_paper import exam_paper
    from nihongoku.paths import course_paths

    blueprints, _problems = load_blueprints()  # `nihongoku exam list` reports broken ones
    blueprint = next((b for b in blueprints if b.id == args.exam_id), None)
    if blueprint is None:
        known = ", ".join(b.id for b in blueprints)
        return fail(f"no exam {args.exam_id!r} (exams: {known})")
    if not 1 <= args.form <= blueprint.spec.forms:
        return fail(
            f"exam {blueprint.id!r} has no form {args.form} (forms 1 to {blueprint.spec.forms})"
        )
    paper = exam_paper(assemble_form(blueprint, build_course(course_paths()), args.form))
    for line in paper.short:
        print(f"nihongoku: note: the course cannot fill {line}", file=sys.stderr)

    from nihongoku.printing.exam_paper import exam_document

    document = exam_document(paper, key=not args.no_key, sheet=not args.no_answer_sheet)
    return _write(document, Path(args.out))


def _write(document: Document, out: Path) -> int:
    from nihongoku.printing.output import ensure_gui_application, write_pdf

    _app = ensure_gui_application()  # fonts need one, alive until the handler returns
    try:
        pages = write_pdf(document, out)
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}")
    print(f"{out}: {pages} page(s)")
    return 0


def _lesson(course: Course, lesson_id: str) -> Lesson | None:
    try:
        return course.lesson(lesson_id)
    except KeyError:
        return None


def _document(args: argparse.Namespace, course: Course, lesson: Lesson | None) -> Document:
    from nihongoku.core.export import worksheets

    if args.document == "vocab" and lesson is not None:
        from nihongoku.printing.vocab_list import vocab_document

        return vocab_document(worksheets.vocab_list(lesson), english=args.english)
    if args.document == "worksheet" and lesson is not None:
        from nihongoku.printing.worksheet import worksheet_document

        return worksheet_document(worksheets.worksheet(lesson), with_key=not args.no_key)
    from nihongoku.printing.character_sheets import character_document

    if lesson is not None:
        return character_document(worksheets.lesson_character_sheets(lesson))
    return character_document(worksheets.character_sheets(course, args.kanji))
