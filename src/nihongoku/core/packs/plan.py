"""What importing a pack would change, file by file, before anything is written.

Every lesson and test of the pack is checked as part of the course it would join: the
built-in course first, then the instructor's own lessons, then the pack's (so on any
clash the pack's file is the one blamed). A lesson that clashes with the built-in course,
a broken file, an update that would break another of the instructor's lessons: each is
*refused*, with the reason. Anything refused blocks the whole import.
"""

from __future__ import annotations

import enum
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nihongoku.core.content.build import build_course, lesson_files
from nihongoku.core.content.loader import read_lesson
from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import LessonFile
from nihongoku.core.errors import NihongokuError
from nihongoku.core.exams import forms
from nihongoku.core.exams.blueprint import exams_dir, load_blueprints, read_blueprint
from nihongoku.core.packs.export import (
    blueprint_lessons,
    clip_owner,
    custom_audio_dir,
    lesson_item_ids,
)
from nihongoku.core.packs.manifest import Kind, PackFile, PackManifest
from nihongoku.core.packs.read import PackContents
from nihongoku.paths import custom_exams_dir, custom_lessons_dir, lessons_dir

_LISTED = {Kind.LESSON: 0, Kind.EXAM: 1, Kind.AUDIO: 2}  # the order a plan is shown in


class Change(enum.StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True)
class PlannedFile:
    entry: PackFile
    change: Change
    target: Path
    title: str = ""  # the lesson's or test's title (Indonesian), for the list shown
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    pack: Path
    manifest: PackManifest
    files: tuple[PlannedFile, ...]

    @property
    def refused(self) -> list[PlannedFile]:
        return [f for f in self.files if f.change is Change.REFUSED]

    @property
    def ok(self) -> bool:
        return not self.refused

    @property
    def writes(self) -> list[PlannedFile]:
        return [f for f in self.files if f.change in (Change.NEW, Change.UPDATED)]

    def count(self, change: Change) -> int:
        return sum(1 for f in self.files if f.change is change)


class PackRefusedError(NihongokuError):
    """An import that would break a rule: nothing was written. ``plan`` says why."""

    def __init__(self, plan: ImportPlan) -> None:
        lines = [f"{plan.pack}: refused, nothing was imported:"]
        lines += [f"  {f.entry.path}: {reason}" for f in plan.refused for reason in f.reasons]
        super().__init__("\n".join(lines))
        self.plan = plan


def target_of(entry: PackFile) -> Path:
    name = entry.path.split("/", 1)[1]
    if entry.kind is Kind.LESSON:
        return custom_lessons_dir() / name
    if entry.kind is Kind.EXAM:
        return custom_exams_dir() / name
    return custom_audio_dir() / name


def stage(contents: PackContents, staging: Path) -> dict[str, Path]:
    """Write the pack's files under ``staging`` (reaching the disk), by entry path."""
    placed: dict[str, Path] = {}
    for entry in contents.manifest.files:
        path = staging / entry.path
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as out:
            out.write(contents.entry(entry))
            out.flush()
            os.fsync(out.fileno())
        placed[entry.path] = path
    return placed


def make_plan(contents: PackContents, staging: Path) -> ImportPlan:
    """The plan for importing ``contents``; its files are staged in the empty ``staging``."""
    placed = stage(contents, staging)
    names = {path: entry for entry, path in placed.items()}
    say = _Phrasing(contents.path, staging)
    manifest = contents.manifest
    reasons: dict[str, list[str]] = {entry.path: [] for entry in manifest.files}
    titles: dict[str, str] = {}

    # lessons: each file alone, then all of them as part of the course
    loaded: dict[str, LessonFile] = {}
    for entry in manifest.of_kind(Kind.LESSON):
        source, problems = read_lesson(placed[entry.path])
        reasons[entry.path] += [say.problem(p, names) for p in problems]
        if source is None:
            continue
        titles[entry.path] = source.lesson.title.id
        if source.lesson.id != entry.id:
            reasons[entry.path].append(
                f"the file holds lesson {source.lesson.id!r}, the manifest says {entry.id!r}"
            )
            continue
        loaded[entry.path] = source.lesson
    replaced = {target_of(e) for e in manifest.of_kind(Kind.LESSON)}
    existing = [p for p in _custom_lesson_files() if p not in replaced]
    staged_lessons = [placed[path] for path in loaded]
    course = build_course([lessons_dir(), *existing, *staged_lessons])
    built_in = {lesson.id for lesson in course.lessons if lesson.path.is_relative_to(lessons_dir())}
    for path, lesson in loaded.items():
        if lesson.id in built_in:
            reasons[path].append(
                f"lesson id {lesson.id!r} belongs to the built-in course, which is never replaced"
            )
    for problem in course.problems:
        entry_path = names.get(problem.file)
        if entry_path is not None:
            reasons[entry_path].append(say.problem(problem, names))
    updates = [e.path for e in manifest.of_kind(Kind.LESSON) if target_of(e).is_file()]
    if updates and existing:
        # an update may take away a word another lesson of the instructor reviews
        before = build_course([lessons_dir(), *_custom_lesson_files()]).problems
        broken_before = {p.file for p in before}
        for problem in course.problems:
            if problem.file in existing and problem.file not in broken_before:
                for path in updates:
                    reasons[path].append(say.broken(problem))

    # tests: their own checks, no built-in exam id, lessons they name must be there
    course_ids = {lesson.id for lesson in course.lessons}
    builtin_exams = {b.id for b in load_blueprints([exams_dir()])[0]}
    other_exams = {
        b.id: b.path
        for b in load_blueprints([custom_exams_dir()])[0]
        if b.path.name != f"{b.id}.yaml"
    }
    for entry in manifest.of_kind(Kind.EXAM):
        blueprint, problems = read_blueprint(placed[entry.path])
        reasons[entry.path] += [say.problem(p, names) for p in problems]
        if blueprint is None:
            continue
        titles[entry.path] = blueprint.spec.title.id
        if blueprint.id != entry.id:
            reasons[entry.path].append(
                f"the file holds test {blueprint.id!r}, the manifest says {entry.id!r}"
            )
        if blueprint.id in builtin_exams:
            reasons[entry.path].append(
                f"test id {blueprint.id!r} belongs to a built-in exam, which is never replaced"
            )
        if blueprint.id in other_exams:
            reasons[entry.path].append(
                f"test id {blueprint.id!r} is already used by {other_exams[blueprint.id]}"
            )
        # what it draws must be in the course it joins (picks, lessons it names)
        against_course = getattr(forms, "course_problems", None)
        if against_course is not None:
            found = against_course(blueprint, course)
            reasons[entry.path] += [say.problem(p, names) for p in found]
            continue
        for lesson_id in blueprint_lessons(blueprint):
            if lesson_id not in course_ids:
                reasons[entry.path].append(
                    f"draws from lesson {lesson_id!r}, which neither the course nor the pack has"
                )

    # audio: only clips of the pack's own lessons (never another lesson's sound)
    owned = set().union(*(lesson_item_ids(lesson) for lesson in loaded.values()))
    named = {w.audio for lesson in loaded.values() for w in lesson.vocabulary if w.audio}
    for entry in manifest.of_kind(Kind.AUDIO):
        name = entry.path.split("/", 1)[1]
        if clip_owner(name) not in owned and name not in named:
            reasons[entry.path].append("belongs to no lesson of the pack")

    planned = []
    for entry in sorted(manifest.files, key=lambda e: (_LISTED[e.kind], e.path)):
        target = target_of(entry)
        found = tuple(dict.fromkeys(reasons[entry.path]))
        if found:
            change = Change.REFUSED
        elif not target.is_file():
            change = Change.NEW
        elif _sha256(target) == entry.sha256:
            change = Change.UNCHANGED
        else:
            change = Change.UPDATED
        planned.append(PlannedFile(entry, change, target, titles.get(entry.path, ""), found))
    return ImportPlan(contents.path, manifest, tuple(planned))


def _custom_lesson_files() -> list[Path]:
    folder = custom_lessons_dir()
    return lesson_files([folder]) if folder.is_dir() else []


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Phrasing:
    """Problems said in the pack's terms: ``pack: lessons/x.yaml:3: …``, not temp paths."""

    def __init__(self, pack: Path, staging: Path) -> None:
        self.pack = pack
        self.swaps = [
            (f"{staging}{os.sep}", ""),
            (f"{lessons_dir()}{os.sep}", "the built-in course: "),
            (f"{custom_lessons_dir()}{os.sep}", "your lessons: "),
        ]

    def problem(self, problem: Problem, names: dict[Path, str]) -> str:
        where = names.get(problem.file)
        text = self._swap(problem.message)
        if where is None:
            return f"{self._swap(str(problem.file))}:{problem.line}: {text}"
        return f"line {problem.line}: {text}"

    def broken(self, problem: Problem) -> str:
        """A problem the import would cause in one of the instructor's own lessons."""
        name = problem.file.relative_to(custom_lessons_dir())
        return f"would break your lesson {name}, line {problem.line}: {self._swap(problem.message)}"

    def _swap(self, text: str) -> str:
        for old, new in self.swaps:
            text = text.replace(old, new)
        return text


def describe(plan: ImportPlan) -> Iterable[str]:
    """The plan as lines of text (the CLI prints these)."""
    manifest = plan.manifest
    yield f"{plan.pack}: {manifest.title or '(untitled)'}" + (
        f" by {manifest.author}" if manifest.author else ""
    )
    yield f"  made {manifest.created:%Y-%m-%d %H:%M} UTC with Nihongoku {manifest.app_version}"
    for item in plan.files:
        title = f" ({item.title})" if item.title else ""
        yield f"  {item.change.value:<9} {item.entry.path}{title}"
        for reason in item.reasons:
            yield f"            {reason}"
    counts = ", ".join(f"{plan.count(c)} {c.value}" for c in Change)
    yield f"  {counts}"
