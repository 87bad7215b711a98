"""``nihongoku``: no arguments starts the app; subcommands run headless jobs.

This module never imports Qt, so every job can run on a machine without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING

from nihongoku import __version__

if TYPE_CHECKING:
    from nihongoku.core.services import Services


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nihongoku",
        description="Offline Japanese course and exam trainer. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"nihongoku {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: $NIHONGOKU_DB, or a SQLite file in the "
        "data directory, which $NIHONGOKU_HOME moves)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the GUI, wait for the first screen to be painted, print startup_ms, exit",
    )
    parser.add_argument("--screenshot", metavar="PATH", help="with --smoke: save the first screen")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    profile = commands.add_parser("profile", help="list or create profiles")
    profile_cmds = profile.add_subparsers(dest="profile_command", required=True)
    listing = profile_cmds.add_parser("list", help="list profiles")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    create = profile_cmds.add_parser("create", help="create a profile")
    create.add_argument("name")
    create.add_argument(
        "--instructor",
        action="store_true",
        help="an instructor profile: reads its password from the first line of stdin and, "
        "if instructors exist already, one of their passwords from the second line",
    )
    create.add_argument(
        "--pin-stdin", action="store_true", help="read a 4-6 digit PIN from the first line of stdin"
    )

    selfcheck = commands.add_parser(
        "selfcheck",
        help="check this installation: course, database, font, translations, readings, "
        "audio playback, PDF, spreadsheets, Anki export (run on a built bundle)",
    )
    selfcheck.add_argument("--json", action="store_true", help="machine-readable output")

    validate = commands.add_parser(
        "validate", help="check lesson files; prints file:line: message for each problem"
    )
    validate.add_argument("paths", nargs="*", metavar="PATH", help="files or folders")
    stats = commands.add_parser(
        "stats", help="content counts per level, or a learner's cards with --profile"
    )
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    stats.add_argument("--profile", metavar="NAME", help="a learner's flashcards and reviews")
    export = commands.add_parser(
        "export-anki", help="write an Anki package (.apkg) of the course's words"
    )
    export.add_argument("out", metavar="OUT.apkg")
    export.add_argument("--level", choices=["kana", "n5", "n4"], help="only this level")
    export.add_argument(
        "--lesson", action="append", default=[], metavar="ID", help="only these lessons"
    )
    export.add_argument("--profile", metavar="NAME", help="whose progress --with-progress takes")
    export.add_argument(
        "--with-progress",
        action="store_true",
        help="include the learner's schedule and review history (needs --profile)",
    )
    progress = commands.add_parser(
        "progress", help="a learner's progress file: back up, move to another laptop"
    )
    progress_cmds = progress.add_subparsers(dest="progress_command", required=True)
    progress_export = progress_cmds.add_parser("export", help="write a learner's progress file")
    progress_export.add_argument("--profile", metavar="NAME", required=True)
    progress_export.add_argument("file", metavar="FILE.nkprogress")
    progress_import = progress_cmds.add_parser(
        "import", help="merge a progress file into this laptop (creates the learner)"
    )
    progress_import.add_argument("file", metavar="FILE.nkprogress")
    progress_show = progress_cmds.add_parser("show", help="check a progress file and describe it")
    progress_show.add_argument("file", metavar="FILE.nkprogress")
    simulate = commands.add_parser(
        "simulate", help="study N days as a plausible learner would (demos, benchmarks)"
    )
    simulate.add_argument("--profile", metavar="NAME", required=True, help="created if missing")
    simulate.add_argument("--days", type=_positive, required=True)
    simulate.add_argument("--seed", type=int, default=0)
    simulate.add_argument("--new-per-day", type=_non_negative, metavar="N")
    content = commands.add_parser("content", help="every item of the compiled course")
    content.add_argument("--json", action="store_true", required=True, help="JSON output")
    for sub in (stats, content):
        sub.add_argument("paths", nargs="*", metavar="PATH", help="lesson files or folders")

    audio = commands.add_parser("audio", help="the course's recorded speech (build time)")
    audio_cmds = audio.add_subparsers(dest="audio_command", required=True)
    audio_build = audio_cmds.add_parser(
        "build",
        help="synthesise missing or changed clips into resources/audio/ (needs the "
        "audio-build extra)",
    )
    audio_build.add_argument(
        "--only", nargs="+", default=[], metavar="ID", help="only these item or clip ids"
    )
    audio_build.add_argument(
        "--level", action="append", default=[], choices=["kana", "n5", "n4"], help="only this level"
    )
    audio_build.add_argument("--limit", type=_non_negative, metavar="N", help="at most N clips")
    audio_build.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="J",
        help="worker processes (default 1: one process already keeps 2 cores busy)",
    )

    db = commands.add_parser("db", help="inspect or check the database")
    db_cmds = db.add_subparsers(dest="db_command", required=True)
    db_cmds.add_parser("info", help="where the database is and its schema version")
    db_cmds.add_parser("check", help="run SQLite's full integrity check")

    from nihongoku.commands import register_all

    register_all(commands)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.screenshot and not args.smoke:
        parser.error("--screenshot needs --smoke")
    if args.command == "export-anki" and args.with_progress and not args.profile:
        parser.error("--with-progress needs --profile NAME")
    if args.command is None:
        from nihongoku.app import run_gui

        return run_gui(db_url=args.db, smoke=args.smoke, screenshot=args.screenshot)

    if args.command in ("validate", "content") or (args.command == "stats" and not args.profile):
        return _content_command(args)
    if args.command == "audio":
        return _audio_build(args)
    if args.command == "selfcheck":
        from nihongoku.ui.selfcheck import selfcheck_command

        return selfcheck_command(args.json)

    from nihongoku.core.errors import NihongokuError

    try:
        if getattr(args, "handler", None) is not None:
            return _run_handler(args)
        return _run_command(args)
    except NihongokuError as exc:
        print(f"nihongoku: error: {exc}", file=sys.stderr)
        return 1


def _content_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from nihongoku.core.content.build import build_course, lesson_files
    from nihongoku.core.content.report import course_stats, entry_record
    from nihongoku.paths import course_paths

    paths = [Path(p) for p in getattr(args, "paths", [])] or course_paths()
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"nihongoku: error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 1
    course = build_course(paths)
    if args.command == "validate":
        for problem in course.problems:
            print(problem)
        files = len(lesson_files(paths))
        items = sum(1 for _ in course.entries())
        if course.problems:
            print(
                f"{len(course.problems)} problem(s) in {len(course.broken_files())} of "
                f"{files} file(s)",
                file=sys.stderr,
            )
            return 1
        print(f"{files} lesson file(s), {items} items: no problems")
        return 0
    if args.command == "stats":
        from nihongoku.core.practice.quiz import QuizBank

        stats = course_stats(course)
        bank = QuizBank(course)
        for level, counts in stats["levels"].items():
            lessons = [lesson for lesson in course.lessons if lesson.level.value == level]
            # generated families: the words a question can be made about, per level
            counts["generated"] = {
                family.value: len(bank.eligible(family, lessons)) for family in bank.families()
            }
        if args.json:
            print(json.dumps(stats, ensure_ascii=False, indent=2))
        else:
            print(f"lessons: {stats['lessons']}")
            for level, counts in stats["levels"].items():
                numbers = ", ".join(
                    f"{k} {v}" for k, v in counts.items() if k not in ("exercises", "generated")
                )
                print(f"{level}: {numbers}")
        return 0 if not course.problems else 1
    records = [entry_record(entry) for entry in course.entries()]
    print(json.dumps(records, ensure_ascii=False, indent=2))
    return 0 if not course.problems else 1


def _audio_build(args: argparse.Namespace) -> int:
    try:  # numpy and the rest come with the audio-build extra, not with the app
        from nihongoku.core.audio_build import PlannedClip, build, course_clips
        from nihongoku.core.speech import KokoroEngine
    except ImportError as exc:
        print(
            f'nihongoku: error: {exc}; install the build tools: pip install -e ".[audio-build]"',
            file=sys.stderr,
        )
        return 1
    from nihongoku.core.audio import audio_dir
    from nihongoku.core.content.build import build_course
    from nihongoku.paths import lessons_dir

    course = build_course([lessons_dir()])
    if course.problems:
        print(
            f"nihongoku: error: fix the lesson files first ({len(course.problems)} problem(s))",
            file=sys.stderr,
        )
        return 1

    def progress(done: int, total: int, clip: PlannedClip, seconds: float) -> None:
        print(f"[{done}/{total}] {clip.spec.id} {seconds:.2f} s: {clip.text}", flush=True)

    try:
        report = build(
            course_clips(course),
            audio_dir(),
            KokoroEngine,
            only=args.only,
            levels=args.level,
            limit=args.limit,
            jobs=args.jobs,
            progress=progress,
        )
    except RuntimeError as exc:
        print(f"nihongoku: error: {exc}", file=sys.stderr)
        return 1
    made = len(report.synthesised)
    pace = f", {report.seconds / made:.2f} s per clip" if made else ""
    print(
        f"{report.needed} clips in the course: {report.up_to_date} up to date, {made} "
        f"synthesised ({report.audio_seconds:.0f} s of audio in {report.seconds:.0f} s{pace}), "
        f"{report.left} left, {len(report.removed)} removed; complete: "
        f"{', '.join(sorted(report.complete_levels)) or 'none'}"
    )
    return 0


def _open(args: argparse.Namespace) -> Services:
    from nihongoku.core.services import Services
    from nihongoku.paths import default_database_url

    return Services.open(args.db or default_database_url())


def _run_handler(args: argparse.Namespace) -> int:
    if not args.needs_db:
        return int(args.handler(args, None))
    services = _open(args)
    try:
        return int(args.handler(args, services))
    finally:
        services.close()


def _run_command(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        if args.command == "profile":
            return _profile(services, args)
        if args.command in ("simulate", "stats"):
            return _study(services, args)
        if args.command == "export-anki":
            return _export_anki(services, args)
        if args.command == "progress":
            return _progress(services, args)
        return _db(services, args)
    finally:
        services.close()


def _profile(services: Services, args: argparse.Namespace) -> int:
    if args.profile_command == "list":
        profiles = services.profiles.list()
        if args.json:
            rows = [
                {**asdict(p), "role": p.role.value, "last_used_at": _iso(p.last_used_at)}
                for p in profiles
            ]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for p in profiles:
                lock = " (PIN)" if p.has_secret else ""
                print(f"{p.id}\t{p.name}\t{p.role.value}{lock}")
        return 0

    lines = sys.stdin.read().splitlines() if (args.instructor or args.pin_stdin) else []
    if args.instructor:
        password = lines[0] if lines else ""
        approver = lines[1] if len(lines) > 1 else None
        created = services.profiles.create_instructor(args.name, password, approver)
    else:
        pin = lines[0].strip() if args.pin_stdin and lines else None
        created = services.profiles.create_learner(args.name, pin)
    print(f"created {created.role.value} profile {created.name} (id {created.id})")
    return 0


def _study(services: Services, args: argparse.Namespace) -> int:
    from nihongoku.core.store.types import utc_now

    if args.command == "simulate":
        from nihongoku.core.content.build import build_course
        from nihongoku.core.study.simulate import simulate
        from nihongoku.paths import lessons_dir

        report = simulate(
            services,
            build_course([lessons_dir()]),
            args.profile,
            days=args.days,
            seed=args.seed,
            new_per_day=args.new_per_day,
        )
        print(
            f"{report.profile.name}: {report.answers} answers over {report.days} day(s), "
            f"{report.started:%Y-%m-%d} to {report.ended:%Y-%m-%d}"
        )
        return 0
    profile = services.profiles.find(args.profile)
    if profile is None:
        print(f"nihongoku: error: no profile named {args.profile!r}", file=sys.stderr)
        return 1
    summary = services.study.summary(profile.id, utc_now())
    cards = {**summary.by_state, "suspended": summary.suspended, "leeches": summary.leeches}
    record = {
        "profile": profile.name,
        "cards": cards,
        "reviews": summary.reviews,
        "reviews_today": summary.reviews_today,
        "due_today": summary.due_today,
        "new_left_today": summary.new_left_today,
        "streak_days": summary.streak_days,
        "retention": summary.retention,
        "forecast": summary.forecast,
    }
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        counts = ", ".join(f"{k} {v}" for k, v in cards.items())
        print(f"{profile.name}: cards {counts}; reviews {summary.reviews}")
        print(f"due today {summary.due_today}, new left {summary.new_left_today}")
    return 0


def _progress(services: Services, args: argparse.Namespace) -> int:
    from pathlib import Path

    from nihongoku.core.export.progress_file import describe, export_progress, import_progress

    path = Path(args.file)
    if args.progress_command == "export":
        profile = services.profiles.find(args.profile)
        if profile is None:
            print(f"nihongoku: error: no profile named {args.profile!r}", file=sys.stderr)
            return 1
        done = export_progress(services.db, profile.id, path)
        print(f"{path}: {done.name}, {done.cards} cards, {done.reviews} reviews")
        return 0
    if args.progress_command == "show":
        found = describe(path)
        print(
            f"{path}: {found.name}, exported {found.exported_at:%Y-%m-%d %H:%M} UTC, "
            f"{found.cards} cards, {found.reviews} reviews"
        )
        return 0
    merged = import_progress(services.db, path)
    what = "new learner" if merged.created_profile else "existing learner"
    print(f"{path}: {merged.name} ({what}): {merged.added_reviews} new review(s) added")
    return 0


def _export_anki(services: Services, args: argparse.Namespace) -> int:
    from pathlib import Path

    from nihongoku.core.content.build import build_course
    from nihongoku.core.export.anki_package import History, export_anki
    from nihongoku.paths import course_paths

    course = build_course(course_paths())
    lessons = sorted(course.lessons, key=lambda lesson: lesson.sort_key)
    known = {lesson.id for lesson in lessons}
    unknown = [lesson_id for lesson_id in args.lesson if lesson_id not in known]
    if unknown:
        print(f"nihongoku: error: no lesson {unknown[0]!r}", file=sys.stderr)
        return 1
    if args.lesson:
        lessons = [lesson for lesson in lessons if lesson.id in args.lesson]
    if args.level:
        lessons = [lesson for lesson in lessons if lesson.level.value == args.level]
    history = None
    if args.with_progress:
        profile = services.profiles.find(args.profile)
        if profile is None:
            print(f"nihongoku: error: no profile named {args.profile!r}", file=sys.stderr)
            return 1
        history = History(services.study, profile.id)
    from nihongoku.core.audio import clip_path

    report = export_anki(Path(args.out), lessons, audio_for=clip_path, history=history)
    print(
        f"{report.path}: {report.notes} notes, {report.cards} cards, {report.media} sound "
        f"file(s)"
        + (
            f", {report.scheduled_cards} cards with progress, {report.reviews} reviews"
            if history
            else ""
        )
    )
    return 0


def _db(services: Services, args: argparse.Namespace) -> int:
    from nihongoku.core.store.database import HEAD_REVISION

    db = services.db
    if args.db_command == "info":
        print(f"location: {db.location}")
        print(f"schema: {db.revision()} (this version writes {HEAD_REVISION})")
        return 0
    if db.path is None:
        print(f"{db.location}: the integrity check is for SQLite files; use the server's tools")
        return 0
    with db.engine.connect() as conn:
        result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
    if result == ["ok"]:
        print(f"{db.location}: ok")
        return 0
    for line in result:
        print(f"{db.location}: {line}")
    return 1


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


if __name__ == "__main__":
    raise SystemExit(main())
