"""``nihongoku pack``: instructors' lessons and tests in one file, for a USB stick."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nihongoku.commands import Commands, fail, handled_by

if TYPE_CHECKING:
    from nihongoku.core.packs.plan import ImportPlan
    from nihongoku.core.services import Services


def register(commands: Commands[argparse.ArgumentParser]) -> None:
    pack = commands.add_parser("pack", help="lesson packs: share your lessons and tests")
    sub = pack.add_subparsers(dest="pack_command", required=True)
    export = sub.add_parser("export", help="write your lessons and tests to one pack file")
    export.add_argument("out", metavar="OUT", type=Path)
    export.add_argument("--lesson", action="append", metavar="ID", help="(repeatable)")
    export.add_argument("--exam", action="append", metavar="ID", help="a test (repeatable)")
    export.add_argument("--title", default="")
    export.add_argument("--author", default="")
    export.add_argument("--description", default="")
    handled_by(export, _export, needs_db=False)
    show = sub.add_parser("show", help="what a pack holds and what importing it would change")
    show.add_argument("file", metavar="FILE", type=Path)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    handled_by(show, _show, needs_db=False)
    imp = sub.add_parser("import", help="add a pack's lessons and tests to this laptop")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    imp.add_argument("--yes", action="store_true", help="import without asking")
    handled_by(imp, _import, needs_db=False)


def _export(args: argparse.Namespace, _services: Services | None) -> int:
    from nihongoku.core.packs.export import export_pack
    from nihongoku.core.packs.manifest import SUFFIX

    out: Path = args.out
    if out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    if args.lesson is None and args.exam is None:
        lessons, exams = None, None  # everything of the instructor's
    else:
        lessons, exams = args.lesson or [], args.exam or []
    try:
        report = export_pack(
            out,
            lessons,
            exams,
            title=args.title,
            author=args.author,
            description=args.description,
        )
    except OSError as exc:
        return fail(f"{out}: cannot be written ({exc.strerror or exc})")
    print(
        f"{report.path}: {len(report.lessons)} lesson(s), {len(report.exams)} test(s), "
        f"{report.audio} audio file(s), {report.bytes} bytes"
    )
    if report.pulled_in:
        print(f"  added because a test draws from them: {', '.join(report.pulled_in)}")
    return 0


def _show(args: argparse.Namespace, _services: Services | None) -> int:
    from nihongoku.core.packs.install import preview_pack
    from nihongoku.core.packs.plan import describe

    plan = preview_pack(args.file)
    if args.json:
        print(json.dumps(plan_record(plan), ensure_ascii=False, indent=2))
    else:
        for line in describe(plan):
            print(line)
    return 0 if plan.ok else 1


def _import(args: argparse.Namespace, _services: Services | None) -> int:
    from nihongoku.core.packs.install import preview_pack
    from nihongoku.core.packs.plan import PackRefusedError, describe

    if args.yes and not args.dry_run:
        return _install(args.file)
    plan = preview_pack(args.file)
    for line in describe(plan):
        print(line)
    if not plan.ok:
        raise PackRefusedError(plan)
    if not plan.writes:
        print("nothing to import: this laptop has every file of the pack already")
        return 0
    if args.dry_run:
        print("dry run: nothing was written")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            return fail("add --yes to import without being asked (no terminal to ask on)")
        answer = input(f"Import {len(plan.writes)} file(s)? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "ya"):
            print("nothing was imported")
            return 1
    return _install(args.file)


def _install(pack: Path) -> int:
    """Check and install in one go (the check runs once, on the files as staged)."""
    from nihongoku.core.packs.install import install_pack
    from nihongoku.core.packs.plan import PackRefusedError, describe

    try:
        done = install_pack(pack)
    except PackRefusedError as exc:
        for line in describe(exc.plan):
            print(line)
        raise
    except OSError as exc:  # a full disk or a read-only data folder: each file is old or new
        return fail(
            f"{pack}: could not be installed ({exc.strerror or exc}); nothing is half written"
        )
    for line in describe(done):
        print(line)
    if not done.writes:
        print("nothing to import: this laptop has every file of the pack already")
        return 0
    print(f"imported {len(done.writes)} file(s)")
    return 0


def plan_record(plan: ImportPlan) -> dict[str, Any]:
    manifest = plan.manifest
    return {
        "pack": str(plan.pack),
        "format": manifest.format,
        "version": manifest.version,
        "app_version": manifest.app_version,
        "created": manifest.created.isoformat(),
        "title": manifest.title,
        "author": manifest.author,
        "description": manifest.description,
        "ok": plan.ok,
        "files": [
            {
                "path": item.entry.path,
                "kind": item.entry.kind.value,
                "id": item.entry.id,
                "size": item.entry.size,
                "sha256": item.entry.sha256,
                "title": item.title,
                "change": item.change.value,
                "target": str(item.target),
                "reasons": list(item.reasons),
            }
            for item in plan.files
        ],
    }
