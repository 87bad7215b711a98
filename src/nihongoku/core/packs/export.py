"""Writing a pack: chosen lessons and tests, the lessons the tests draw from, their audio.

The zip is deterministic: the same files and the same ``created`` time give the same
bytes (entries sorted, fixed timestamps and permissions), so a pack can be compared or
checksummed by whoever passes it on.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from nihongoku import __version__
from nihongoku.core.content.build import build_course
from nihongoku.core.content.schema import LessonFile
from nihongoku.core.errors import NihongokuError
from nihongoku.core.exams.blueprint import Blueprint, blueprint_files, read_blueprint
from nihongoku.core.files import write_atomic
from nihongoku.core.packs.manifest import (
    AUDIO_NAME,
    FORMAT,
    MANIFEST,
    VERSION,
    Kind,
    PackFile,
    PackManifest,
    limit_for,
)
from nihongoku.paths import custom_exams_dir, custom_lessons_dir, lessons_dir

Progress = Callable[[int, int], None]
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold: no clock in the bytes


class PackExportError(NihongokuError):
    """A pack that cannot be made from what was chosen (unknown id, a broken lesson)."""


@dataclass(frozen=True)
class CustomLesson:
    id: str
    path: Path
    lesson: LessonFile


@dataclass(frozen=True)
class CustomTest:
    id: str
    path: Path
    blueprint: Blueprint


@dataclass(frozen=True)
class ExportReport:
    path: Path
    lessons: tuple[str, ...]
    exams: tuple[str, ...]
    audio: int
    pulled_in: tuple[str, ...]  # lessons added because a chosen test draws from them
    bytes: int


def custom_lessons(folder: Path | None = None) -> list[CustomLesson]:
    """The instructor's lessons that load without a problem, by id."""
    folder = folder or custom_lessons_dir()
    course = build_course([lessons_dir(), folder]) if folder.is_dir() else None
    if course is None:
        return []
    return [
        CustomLesson(lesson.id, lesson.path, _lesson_file(lesson.path))
        for lesson in course.lessons
        if lesson.path.resolve().is_relative_to(folder.resolve())
    ]


def custom_tests(folder: Path | None = None) -> list[CustomTest]:
    """The instructor's tests (blueprints) that load without a problem."""
    found = []
    for path in blueprint_files([folder or custom_exams_dir()]):
        blueprint, _problems = read_blueprint(path)
        if blueprint is not None:
            found.append(CustomTest(blueprint.id, path, blueprint))
    return found


def lesson_item_ids(lesson: LessonFile) -> set[str]:
    """Every id a lesson gives an item: its audio clips are named after these."""
    sections = (lesson.kana, lesson.vocabulary, lesson.kanji, lesson.grammar, lesson.exercises)
    return {item.id for section in sections for item in section}


def clip_owner(name: str) -> str:
    """The item an audio file belongs to: ``w-taberu.ex.ogg`` → ``w-taberu``."""
    return name.split(".", 1)[0]


def blueprint_lessons(blueprint: Blueprint) -> list[str]:
    """The lessons a test names as its sources (``lessons:`` of the test or a mondai)."""
    spec = blueprint.spec
    named = list(getattr(spec, "lessons", None) or ())
    for section in spec.sections:
        for mondai in section.mondai:
            named += getattr(mondai, "lessons", None) or ()
    return list(dict.fromkeys(named))


def drawn_lessons(test: CustomTest, lessons: Sequence[CustomLesson]) -> list[str]:
    """The instructor's lessons a test draws its questions from.

    Mondai by mondai: picked questions come from the lessons that hold them; a mondai
    that names lessons (or whose test does) draws from those; any other draws from every
    lesson of its level, the instructor's included.
    """
    spec = test.blueprint.spec
    owners = {item: lesson.id for lesson in lessons for item in lesson_item_ids(lesson.lesson)}
    exam_lessons = getattr(spec, "lessons", None)
    drawn: set[str] = set()
    for section in spec.sections:
        for mondai in section.mondai:
            picks = getattr(mondai, "picks", None)
            named = getattr(mondai, "lessons", None) or exam_lessons
            if picks is not None:
                # generated questions are "family:word-id", authored ones an exercise id
                found = (owners.get(p) or owners.get(p.partition(":")[2]) for p in picks)
                drawn.update(owner for owner in found if owner is not None)
            elif named is not None:
                drawn.update(named)
            else:
                level = mondai.level or spec.level
                drawn.update(lesson.id for lesson in lessons if lesson.lesson.level is level)
    return [lesson.id for lesson in lessons if lesson.id in drawn]


def export_pack(
    out: Path,
    lesson_ids: Iterable[str] | None = None,
    exam_ids: Iterable[str] | None = None,
    *,
    title: str = "",
    author: str = "",
    description: str = "",
    created: datetime | None = None,
    progress: Progress | None = None,
) -> ExportReport:
    """Write a pack of the chosen lessons and tests (default: all of them) to ``out``."""
    lessons = {lesson.id: lesson for lesson in custom_lessons()}
    tests = {test.id: test for test in custom_tests()}
    chosen_lessons = list(lessons) if lesson_ids is None else list(dict.fromkeys(lesson_ids))
    chosen_tests = list(tests) if exam_ids is None else list(dict.fromkeys(exam_ids))
    for lesson_id in chosen_lessons:
        if lesson_id not in lessons:
            raise PackExportError(_unknown("lesson", lesson_id, lessons, custom_lessons_dir()))
    for exam_id in chosen_tests:
        if exam_id not in tests:
            raise PackExportError(_unknown("test", exam_id, tests, custom_exams_dir()))
    pulled: list[str] = []
    for exam_id in chosen_tests:
        for lesson_id in drawn_lessons(tests[exam_id], list(lessons.values())):
            if lesson_id not in chosen_lessons:
                chosen_lessons.append(lesson_id)
                pulled.append(lesson_id)
    if not chosen_lessons and not chosen_tests:
        raise PackExportError("nothing to export: no lessons or tests of your own were chosen")

    files: dict[str, tuple[Kind, str | None, bytes]] = {}
    for lesson_id in chosen_lessons:
        files[f"lessons/{lesson_id}.yaml"] = (
            Kind.LESSON,
            lesson_id,
            lessons[lesson_id].path.read_bytes(),
        )
    for exam_id in chosen_tests:
        files[f"exams/{exam_id}.yaml"] = (Kind.EXAM, exam_id, tests[exam_id].path.read_bytes())
    audio = 0
    for path in _audio_of([lessons[i] for i in chosen_lessons]):
        files[f"audio/{path.name}"] = (Kind.AUDIO, None, path.read_bytes())
        audio += 1

    manifest = PackManifest(
        format=FORMAT,
        version=VERSION,
        app_version=__version__,
        created=(created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
        title=title,
        author=author,
        description=description,
        files=[
            PackFile(
                path=name,
                kind=kind,
                size=len(raw),
                sha256=hashlib.sha256(raw).hexdigest(),
                id=item_id,
            )
            for name, (kind, item_id, raw) in sorted(files.items())
        ],
    )
    document = manifest.model_dump(mode="json", exclude_none=True)
    entries = [(MANIFEST, json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True))]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        total = len(files) + 1
        for done, (name, data) in enumerate(
            [(entries[0][0], entries[0][1].encode("utf-8"))]
            + [(name, raw) for name, (_k, _i, raw) in sorted(files.items())],
            start=1,
        ):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.create_system = 3  # unix, so the permission bits below mean what they say
            info.external_attr = 0o100644 << 16
            # clips are compressed already; deflating them again only costs time
            info.compress_type = (
                zipfile.ZIP_STORED if name.startswith("audio/") else (zipfile.ZIP_DEFLATED)
            )
            archive.writestr(info, data, compresslevel=9)
            if progress is not None:
                progress(done, total)
    write_atomic(out, buffer.getvalue())
    return ExportReport(
        path=out,
        lessons=tuple(chosen_lessons),
        exams=tuple(chosen_tests),
        audio=audio,
        pulled_in=tuple(pulled),
        bytes=len(buffer.getvalue()),
    )


def custom_audio_dir() -> Path:
    """Where an instructor's lessons keep their audio (clips named by item id)."""
    return custom_lessons_dir() / "audio"


def _audio_of(lessons: Sequence[CustomLesson]) -> list[Path]:
    folder = custom_audio_dir()
    if not folder.is_dir():
        return []
    owned = set().union(*(lesson_item_ids(lesson.lesson) for lesson in lessons))
    named = {
        word.audio
        for lesson in lessons
        for word in lesson.lesson.vocabulary
        if word.audio is not None
    }
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file()
        and not path.is_symlink()
        and AUDIO_NAME.match(path.name)
        and (clip_owner(path.name) in owned or path.name in named)
        and path.stat().st_size <= limit_for(Kind.AUDIO)
    )


def _lesson_file(path: Path) -> LessonFile:
    from nihongoku.core.authoring.lesson_files import load_lesson

    lesson, problems = load_lesson(path)
    if lesson is None:  # it compiled a moment ago: only a file changed meanwhile gets here
        raise PackExportError(str(problems[0]) if problems else f"{path}: cannot be read")
    return lesson


def _unknown(what: str, item_id: str, known: Iterable[str], folder: Path) -> str:
    names = ", ".join(sorted(known)) or "none"
    return (
        f"no {what} {item_id!r} of your own that loads without problems in {folder} "
        f"(yours: {names})"
    )
