"""``nihongoku print``: a lesson on paper, as a PDF (vocabulary list, worksheet, kanji sheets)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from nihongoku.commands import Commands, fail, handled_by

if TYPE_CHECKING:
    from nihongoku.core.content.course import Course, Lesson
    from nihongoku.printing.document import Document


def register(commands: Commands[argparse.ArgumentParser]) -> None:
    printing = commands.add_parser(
        "print", help="a lesson as a PDF to print: vocabulary list, worksheet, kanji sheets"
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


def _print(args: argparse.Namespace, _services: object) -> int:
    from nihongoku.core.content.build import build_course
    from nihongoku.core.export.worksheets import NotInCourse
    from nihongoku.paths import lessons_dir

    course = build_course([lessons_dir()])
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

    from nihongoku.printing.output import ensure_gui_application, write_pdf

    _app = ensure_gui_application()  # fonts need one, alive until the handler returns
    out = Path(args.out)
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
