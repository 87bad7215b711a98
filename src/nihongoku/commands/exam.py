"""``nihongoku exam``: the mock exams' structure, for checking and printing; instructors'
own tests built (``exam build``) and deleted (``exam delete``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from nihongoku.commands import Commands, fail, handled_by

if TYPE_CHECKING:
    from nihongoku.core.exams.forms import ExamForm
    from nihongoku.core.practice.questions import PracticeQuestion
    from nihongoku.core.services import Services


def register(commands: Commands[argparse.ArgumentParser]) -> None:
    exam = commands.add_parser("exam", help="mock exams: list them, show a form")
    sub = exam.add_subparsers(dest="exam_command", required=True)
    listing = sub.add_parser("list", help="the exams, their sections and clocks")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    handled_by(listing, _list, needs_db=False)
    show = sub.add_parser("show", help="one form: sections, minutes, every item and answer")
    show.add_argument("exam_id", metavar="ID")
    show.add_argument("--form", type=int, default=1, metavar="N")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    handled_by(show, _show, needs_db=False)
    build = sub.add_parser(
        "build",
        help="save an instructor's test (learners take it on the mock-exam page)",
        description="Each --section adds a part: FAMILY:COUNT, optionally :LESSON,LESSON to "
        "draw only from those lessons. --pick names a question (kanji-reading:WORD-ID) or an "
        "exercise id: the part of its family then asks exactly the picks, in order. --from "
        "copies a blueprint's sections and counts (restricted to --lessons).",
    )
    build.add_argument("--title-id", required=True, metavar="TEXT", help="title in Indonesian")
    build.add_argument("--title-en", default="", metavar="TEXT", help="title in English")
    build.add_argument("--minutes", type=int, required=True, metavar="N")
    build.add_argument("--section", action="append", default=[], metavar="FAMILY:COUNT[:LESSONS]")
    build.add_argument("--pick", action="append", default=[], metavar="ID")
    build.add_argument("--from", dest="from_blueprint", metavar="BLUEPRINT")
    build.add_argument("--lessons", default="", metavar="LESSON,LESSON", help="for --from")
    build.add_argument("--level", default="n5", choices=["kana", "n5", "n4"])
    build.add_argument("--author", metavar="NAME")
    handled_by(build, _build, needs_db=False)
    delete = sub.add_parser("delete", help="move an instructor's test to the trash")
    delete.add_argument("exam_id", metavar="ID")
    handled_by(delete, _delete, needs_db=False)


def _list(args: argparse.Namespace, _services: Services | None) -> int:
    from nihongoku.core.exams.blueprint import load_blueprints

    blueprints, problems = load_blueprints()
    for problem in problems:
        print(problem)
    rows = [
        {
            "id": b.id,
            "title": b.spec.title.id,
            "kind": b.spec.kind.value,
            "level": b.spec.level.value,
            "forms": b.spec.forms,
            "minutes": b.spec.total_minutes,
            "questions": b.questions,
            "sections": [
                {"id": s.id, "minutes": s.minutes, "questions": sum(m.count for m in s.mondai)}
                for s in b.spec.sections
            ],
        }
        for b in blueprints
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(
                f"{row['id']}\t{row['kind']}\t{row['forms']} form(s)\t{row['questions']} "
                f"questions\t{row['minutes']} min\t{row['title']}"
            )
    return 1 if problems else 0


def _show(args: argparse.Namespace, _services: Services | None) -> int:
    from nihongoku.core.content.build import build_course
    from nihongoku.core.exams.blueprint import load_blueprints
    from nihongoku.core.exams.forms import assemble_form, form_summary
    from nihongoku.paths import course_paths

    blueprints, _problems = load_blueprints()
    blueprint = next((b for b in blueprints if b.id == args.exam_id), None)
    if blueprint is None:
        known = ", ".join(b.id for b in blueprints)
        return fail(f"no exam {args.exam_id!r} (known: {known})")
    if not 1 <= args.form <= blueprint.spec.forms:
        return fail(f"{blueprint.id} has forms 1 to {blueprint.spec.forms}")
    form = assemble_form(blueprint, build_course(course_paths()), args.form)
    record = form_record(form)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(f"{blueprint.id} form {form.number}: {len(form.questions)} questions")
        for section in record["sections"]:
            print(f"  {section['id']} ({section['minutes'] or '-'} min)")
            for mondai in section["mondai"]:
                print(f"    {mondai['number']}. {mondai['family']}: {len(mondai['items'])}")
        for line in form_summary(form):
            print(f"  short: {line}")
    for problem in form.problems:  # picks or lessons the course no longer has
        print(problem, file=sys.stderr)
    return 1 if form.problems else 0


def _build(args: argparse.Namespace, _services: Services | None) -> int:
    from nihongoku.core.content.build import build_course
    from nihongoku.core.content.schema import Level
    from nihongoku.core.exams.blueprint import FAMILIES, load_blueprints
    from nihongoku.core.exams.builder import (
        SECTION_NAMES,
        Builder,
        BuildError,
        DraftTest,
        PartDraft,
        save_test,
    )
    from nihongoku.paths import course_paths

    if not 1 <= args.minutes <= 300:
        return fail("--minutes must be between 1 and 300")
    if not args.section and not args.from_blueprint:
        return fail("give at least one --section FAMILY:COUNT (or --from BLUEPRINT)")
    course = build_course(course_paths())
    builder = Builder(course)
    draft = DraftTest(args.title_id, args.title_en, args.minutes, [], level=Level(args.level))
    draft.author = args.author
    if args.from_blueprint:
        blueprints, _problems = load_blueprints()
        source = next((b for b in blueprints if b.id == args.from_blueprint), None)
        if source is None:
            known = ", ".join(b.id for b in blueprints)
            return fail(f"no exam {args.from_blueprint!r} to start from (known: {known})")
        chosen = [i for i in args.lessons.split(",") if i] or [
            lesson.id for lesson in builder.lessons(source.spec.level)
        ]
        draft.parts = builder.balanced_draw(source, chosen).parts
    for text in args.section:
        family, _, rest = text.partition(":")
        count, _, lessons = rest.partition(":")
        if family not in FAMILIES or not count.isdigit():
            return fail(
                f"--section {text!r}: give FAMILY:COUNT[:LESSON,LESSON] "
                f"(families: {', '.join(sorted(FAMILIES))})"
            )
        part = PartDraft(SECTION_NAMES[family], family, int(count))
        part.lessons = [i for i in lessons.split(",") if i]
        draft.parts.append(part)
    for pick in args.pick:
        family = builder.family_of(pick)
        picked = next((p for p in draft.parts if p.family == family), None)
        if family is None or picked is None:
            where = f"no --section of family {family}" if family else "not in the course"
            return fail(f"--pick {pick!r}: {where}")
        picked.picks = [*(picked.picks or []), pick]
    try:
        path = save_test(draft, course)
    except BuildError as exc:
        for problem in exc.problems:
            print(f"nihongoku: error: {problem}", file=sys.stderr)
        return 1
    except OSError as exc:
        return fail(f"cannot write the test: {exc.strerror or exc}")
    print(f"saved {path.stem}: {draft.questions} questions, {draft.minutes} min ({path})")
    return 0


def _delete(args: argparse.Namespace, _services: Services | None) -> int:
    from nihongoku.core.exams.blueprint import load_blueprints
    from nihongoku.core.exams.builder import delete_test
    from nihongoku.paths import is_custom

    blueprints, _problems = load_blueprints()
    blueprint = next((b for b in blueprints if b.id == args.exam_id), None)
    if blueprint is None:
        return fail(f"no exam {args.exam_id!r}")
    if not is_custom(blueprint.path):
        return fail(f"{args.exam_id} is a built-in exam: only instructors' tests can be deleted")
    try:
        moved = delete_test(blueprint.path)
    except OSError as exc:
        return fail(f"cannot delete {blueprint.path}: {exc.strerror or exc}")
    print(f"deleted {args.exam_id} (kept in {moved})")
    return 0


def form_record(form: ExamForm) -> dict[str, Any]:
    spec = form.blueprint.spec
    return {
        "exam": spec.id,
        "title": {"id": spec.title.id, "en": spec.title.en},
        "kind": spec.kind.value,
        "form": form.number,
        "minutes": spec.minutes,
        "fingerprint": form.fingerprint,
        "complete": form.complete,
        "questions": len(form.questions),
        "sections": [
            {
                "id": section.spec.id,
                "title": {"id": section.spec.title.id, "en": section.spec.title.en},
                "minutes": section.spec.minutes,
                "scoring": section.spec.scoring,
                "forward_only": section.spec.forward_only,
                "mondai": [
                    {
                        "number": mondai.number,
                        "family": mondai.spec.family,
                        "instruction": mondai.spec.instruction.ja,
                        "count": mondai.spec.count,
                        "items": [_item(q) for q in mondai.questions],
                    }
                    for mondai in section.mondai
                ],
            }
            for section in form.sections
        ],
    }


def _item(question: PracticeQuestion) -> dict[str, Any]:
    from nihongoku.core.japanese import bracketed

    return {
        "id": question.id,
        "family": question.family,
        "tests": list(question.tested),
        "passage": bracketed(list(question.passage)) if question.passage else None,
        "stem": bracketed(list(question.stem)),
        "gloss": question.gloss.id if question.gloss else None,
        "choices": [bracketed(list(choice)) for choice in question.choices],
        "answer": question.answer + 1,
        "audio": question.audio,
        "choices_spoken": question.spoken_choices,
    }
