"""``nihongoku author``: instructors' lessons made from files, without the GUI."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from nihongoku.commands import Commands, fail, handled_by

if TYPE_CHECKING:
    from nihongoku.core.authoring.spreadsheet import Table
    from nihongoku.core.authoring.vocab_columns import Column
    from nihongoku.core.authoring.vocab_import import RowResult
    from nihongoku.core.content.course import Course
    from nihongoku.core.content.schema import LessonFile

DEFAULT_GOAL = "Saya bisa membaca dan memakai kosakata pelajaran ini."


def register(commands: Commands[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("author", help="an instructor's own lessons, made from files")
    sub = group.add_subparsers(dest="author_command", required=True)
    vocab = sub.add_parser(
        "import-vocab",
        help="add the words of a spreadsheet (XLSX or CSV) to an instructor's lesson; "
        "prints every row's problems; exit status 1 (nothing written) if any row has an error",
    )
    vocab.add_argument("file", metavar="FILE", help="an .xlsx workbook or a .csv file")
    vocab.add_argument(
        "--lesson", required=True, metavar="ID", help="an instructor's lesson, or a new one"
    )
    vocab.add_argument("--title-id", metavar="TEXT", help="new lesson: the Indonesian title")
    vocab.add_argument("--title-en", metavar="TEXT", help="new lesson: the English title")
    vocab.add_argument("--level", choices=["kana", "n5", "n4"], help="new lesson: its level")
    vocab.add_argument(
        "--order", type=int, metavar="N", help="new lesson: its place in the level (default: last)"
    )
    vocab.add_argument(
        "--goal", action="append", default=[], metavar="TEXT", help="new lesson: a goal"
    )
    vocab.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    vocab.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="which column holds a field, by header, letter or number (e.g. reading=Kana, "
        "pos=E); an empty COLUMN leaves the field out. Fields: written, reading, meaning_id, "
        "meaning_en, pos, example_ja, example_id, example_en, note_id, note_en",
    )
    vocab.add_argument("--dry-run", action="store_true", help="check and preview; write nothing")
    vocab.add_argument("--json", action="store_true", help="machine-readable output")
    handled_by(vocab, _import_vocab, needs_db=False)


def _import_vocab(args: argparse.Namespace, _services: object) -> int:
    from pathlib import Path

    from nihongoku.core.authoring.vocab_columns import (
        apply_settings,
        guess_mapping,
        parse_mapping,
        read_words,
    )
    from nihongoku.core.authoring.vocab_import import CourseWords, apply_to_lesson, preview
    from nihongoku.core.content.build import build_course
    from nihongoku.paths import course_paths

    path = Path(args.file)
    if not path.is_file():
        return fail(f"no such file: {path}")
    table = read_words(path, args.sheet)  # a SpreadsheetError is printed by cli.main
    try:
        mapping = apply_settings(guess_mapping(table), parse_mapping(args.map, table))
    except ValueError as exc:
        return fail(str(exc))
    course = build_course(course_paths())
    lesson, others, problem = _target(args, course)
    if lesson is None:
        return fail(problem)
    results = preview(table, mapping, lesson, CourseWords.of(course, others))
    errors = [r for r in results if r.errors]
    written = None
    if not errors and not args.dry_run and results:
        written, _words = apply_to_lesson(results, lesson)
    if args.json:
        print(json.dumps(_report(table, mapping, results, written), ensure_ascii=False, indent=2))
    else:
        _print(table, mapping, results)
        ready = len(results) - len(errors)
        print(f"{ready} word(s) ready, {len(errors)} row(s) with errors")
        if errors:
            print("nothing written: fix the rows with errors, or leave them out of the file")
        elif written is not None:
            print(f"{written}: {len(results)} word(s) added to lesson {lesson.id}")
        elif not results:
            print("no words in the file: nothing written")
        else:
            print("dry run: nothing written")
    return 1 if errors else 0


def _target(
    args: argparse.Namespace, course: Course
) -> tuple[LessonFile | None, list[LessonFile], str]:
    """The lesson to add to (an instructor's file, or a new one), the instructor's other
    lessons (their ids are taken even when the course left them out), or why not."""
    from pydantic import ValidationError

    from nihongoku.core.authoring.lesson_files import custom_lesson_files, lesson_path, load_lesson
    from nihongoku.core.content.schema import LessonFile

    others: list[LessonFile] = []
    for file in custom_lesson_files():
        found, _problems = load_lesson(file)
        if found is not None and found.id != args.lesson:
            others.append(found)
    path = lesson_path(args.lesson)
    if path.exists():
        lesson, problems = load_lesson(path)
        if lesson is None:
            return None, others, f"{path} cannot be read: " + "; ".join(map(str, problems[:3]))
        return lesson, others, ""
    if any(lesson.id == args.lesson for lesson in course.lessons):
        return None, others, f"{args.lesson} is a lesson of the built-in course: it is not changed"
    missing = [
        option
        for option, value in (
            ("--title-id", args.title_id),
            ("--title-en", args.title_en),
            ("--level", args.level),
        )
        if not value
    ]
    if missing:
        return (
            None,
            others,
            f"no instructor's lesson {args.lesson!r}; to make a new one, give "
            + ", ".join(missing),
        )
    used = {lesson.order for lesson in course.lessons if lesson.level.value == args.level}
    used |= {lesson.order for lesson in others if lesson.level.value == args.level}
    order = args.order if args.order is not None else max(used, default=0) + 1
    if order in used:
        return None, others, f"order {order} of level {args.level} is taken (try {max(used) + 1})"
    try:
        lesson = LessonFile.model_validate(
            {
                "id": args.lesson,
                "title": {"id": args.title_id, "en": args.title_en},
                "level": args.level,
                "order": order,
                "goals": args.goal or [DEFAULT_GOAL],
            }
        )
    except ValidationError as exc:
        where = ", ".join(".".join(map(str, e["loc"])) for e in exc.errors())
        return None, others, f"not a valid new lesson ({where}): ids are lowercase a-z, 0-9, -"
    return lesson, others, ""


def _columns(table: Table, mapping: dict[Column, int]) -> str:
    return ", ".join(f"{what.value}={table.column_name(i)}" for what, i in mapping.items())


def _print(table: Table, mapping: dict[Column, int], results: list[RowResult]) -> None:
    from nihongoku.core.authoring.vocab_columns import Column

    sheet = f" (sheet {table.sheet})" if table.sheet else ""
    print(f"{table.path}{sheet}: {len(results)} row(s); columns: {_columns(table, mapping)}")
    for note in table.notes:
        print(f"{table.path}: note: {note}")
    for result in results:
        word = result.word
        if word is not None:
            what = f"{word.written} {word.reading}" + ("" if result.errors else f" -> {word.id}")
        else:
            what = " ".join(result.cells.get(c, "") for c in (Column.WRITTEN, Column.READING))
        print(f"row {result.row}: {what.strip() or '-'}")
        for problem in result.problems:
            print(f"row {result.row}: {problem.severity.value}: {problem.message}")


def _report(
    table: Table, mapping: dict[Column, int], results: list[RowResult], written: object
) -> dict[str, object]:
    return {
        "file": str(table.path),
        "sheet": table.sheet,
        "notes": list(table.notes),
        "columns": {what.value: table.column_name(i) for what, i in mapping.items()},
        "written": None if written is None else str(written),
        "rows": [
            {
                "row": r.row,
                "word": None
                if r.word is None
                else r.word.model_dump(mode="json", exclude_none=True),
                "problems": [
                    {
                        "severity": p.severity.value,
                        "code": p.code.value,
                        "column": None if p.column is None else p.column.value,
                        "message": p.message,
                    }
                    for p in r.problems
                ],
            }
            for r in results
        ],
    }
