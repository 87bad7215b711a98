"""``nihongoku class``: an instructor's classes, filled from learners' progress files."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from nihongoku.commands import Commands, fail, handled_by

if TYPE_CHECKING:
    from nihongoku.core.gradebook.roster import ClassInfo, Gradebook
    from nihongoku.core.gradebook.row import StudentRow
    from nihongoku.core.services import Services


def register(commands: Commands[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "class", help="an instructor's gradebook: classes filled from progress files"
    )
    sub = group.add_subparsers(dest="class_command", required=True)
    create = sub.add_parser("create", help="a new, empty class")
    create.add_argument("name")
    handled_by(create, _create, needs_db=True)
    listing = sub.add_parser("list", help="the classes and how many learners each has")
    handled_by(listing, _list, needs_db=True)
    load = sub.add_parser(
        "import",
        help="import learners' progress files (a folder's *.nkprogress, or files); "
        "exit status 1 if any file was refused",
    )
    load.add_argument("name", metavar="NAME")
    load.add_argument("paths", nargs="+", metavar="FOLDER_OR_FILE")
    handled_by(load, _import, needs_db=True)
    show = sub.add_parser("show", help="the class's gradebook")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    handled_by(show, _show, needs_db=True)
    export = sub.add_parser("export", help="write the gradebook as a spreadsheet")
    export.add_argument("name", metavar="NAME")
    export.add_argument("out", metavar="OUT.xlsx|OUT.csv")
    handled_by(export, _export, needs_db=True)


def _book(services: Services) -> Gradebook:
    from nihongoku.core.gradebook.roster import Gradebook

    return Gradebook(services.db)


def _find(book: Gradebook, name: str) -> ClassInfo:
    from nihongoku.core.gradebook.roster import GradebookError

    found = book.find_class(name)
    if found is None:
        raise GradebookError("no_class", f"no class named {name!r} (see: nihongoku class list)")
    return found


def _create(args: argparse.Namespace, services: Services) -> int:
    created = _book(services).create_class(args.name)
    print(f"created class {created.name}")
    return 0


def _list(args: argparse.Namespace, services: Services) -> int:
    for found in _book(services).classes():
        print(f"{found.name}\t{found.students} learner(s)")
    return 0


def _import(args: argparse.Namespace, services: Services) -> int:
    from pathlib import Path

    from nihongoku.core.gradebook.roster import Outcome, expand

    book = _book(services)
    target = _find(book, args.name)
    paths = expand(Path(p) for p in args.paths)
    if not paths:
        return fail("no progress files (*.nkprogress) in " + ", ".join(args.paths))
    results = book.import_files(target.id, paths)
    for result in results:
        if result.outcome is Outcome.REFUSED:
            print(f"{result.path}: refused: {result.reason}")
        elif result.reason:
            print(f"{result.path}: {result.outcome.value} ({result.name}: {result.reason})")
        else:
            print(f"{result.path}: {result.outcome.value} {result.name}")
    counts = {o: sum(1 for r in results if r.outcome is o) for o in Outcome}
    print(", ".join(f"{n} {o.value}" for o, n in counts.items()))
    return 1 if counts[Outcome.REFUSED] else 0


def _record(row: StudentRow) -> dict[str, object]:
    return {
        "uid": row.uid,
        "name": row.name,
        "study_minutes": round(row.study_ms / 60_000, 1),
        "cards_learned": row.cards_learned,
        "reviews": row.reviews,
        "retention": row.retention,
        "retention_reviews": row.retention_reviews,
        "practice_answers": row.practice_answers,
        "practice_accuracy": row.practice_accuracy,
        "families": {f.family: {"right": f.right, "asked": f.asked} for f in row.families},
        "weakest": [f.family for f in row.weakest],
        "exam_scores": dict(row.exam_scores),
        "last_activity": None if row.last_activity is None else row.last_activity.isoformat(),
        "exported_at": row.exported_at.isoformat(),
    }


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _show(args: argparse.Namespace, services: Services) -> int:
    book = _book(services)
    target = _find(book, args.name)
    rows = book.rows(target.id)
    if args.json:
        print(json.dumps([_record(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    print("name\tstudy h:mm\tlearned\tretention\tpractice\tweakest\tlast activity")
    for r in rows:
        minutes = r.study_ms // 60_000
        last = "–" if r.last_activity is None else f"{r.last_activity.astimezone():%Y-%m-%d}"
        weakest = ", ".join(f.family for f in r.weakest) or "–"
        print(
            f"{r.name}\t{minutes // 60}:{minutes % 60:02d}\t{r.cards_learned}\t"
            f"{_percent(r.retention)}\t{_percent(r.practice_accuracy)}\t{weakest}\t{last}"
        )
    return 0


def _export(args: argparse.Namespace, services: Services) -> int:
    from pathlib import Path

    from nihongoku.core.gradebook.report import ReportLabels, write_report

    book = _book(services)
    target = _find(book, args.name)
    rows = book.rows(target.id)
    try:
        out = write_report(rows, Path(args.out), ReportLabels(sheet=target.name))
    except OSError as exc:
        return fail(f"{args.out}: cannot be written ({exc.strerror or exc})")
    print(f"{out}: {len(rows)} learner(s) of {target.name}")
    return 0
