"""``nihongoku exam``: the mock exams' structure, for checking and printing."""

from __future__ import annotations

import argparse
import json
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
            "minutes": b.spec.minutes or sum(section.minutes or 0 for section in b.spec.sections),
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
