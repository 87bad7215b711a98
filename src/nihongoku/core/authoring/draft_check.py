"""Live validation of a lesson being edited: the rules of ``nihongoku validate``, fast.

``nihongoku validate`` reads every file of the course (about 0.6 s for the built-in
course, most of it YAML and schema work). While an instructor types, only the draft
changes: the other files are read and compiled once (and again only when they change on
disk), and each check reads the draft, compiles it and runs the cross-file checks over
the lot, as build_course does, in the same order. The problems are the ones
``nihongoku validate`` prints for that file once it is saved (tests/test_draft_check.py).
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from nihongoku.core.authoring.lesson_files import data_yaml, lesson_path, lesson_yaml
from nihongoku.core.content.build import compile_lesson, cross_check, lesson_files
from nihongoku.core.content.course import Lesson
from nihongoku.core.content.loader import LessonSource, read_lesson
from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import LessonFile
from nihongoku.paths import custom_lessons_dir, lessons_dir

SECTIONS = ("kana", "vocabulary", "kanji", "grammar", "exercises")
Location = tuple[str | int, ...]


@dataclass(frozen=True)
class DraftProblem:
    """A problem of the draft, with the item (section, index) and field it is about."""

    file: Path
    line: int
    message: str
    location: Location  # ("vocabulary", 2, "example", "ja"); () for the lesson itself

    @property
    def item(self) -> tuple[str, int] | None:
        loc = self.location
        if len(loc) >= 2 and loc[0] in SECTIONS and isinstance(loc[1], int):
            return str(loc[0]), loc[1]
        return None

    @property
    def field(self) -> Location:
        return self.location[2:] if self.item is not None else self.location

    def __str__(self) -> str:
        return f"{self.file.name}:{self.line}: {self.message}"


def draft_yaml(data: dict[str, Any]) -> str:
    """The draft as the YAML text it is saved as (also when it does not fit the schema
    yet: an instructor may save a word whose meaning is still empty)."""
    try:
        return lesson_yaml(LessonFile.model_validate(data))
    except ValidationError:
        return data_yaml(data)


@dataclass
class _Compiled:
    stamp: tuple[int, int]
    source: LessonSource | None
    lesson: Lesson | None
    ok: bool


class DraftChecker:
    """Checks drafts against the rest of the course; one per editor, reused per keystroke."""

    def __init__(self, folders: Sequence[Path] | None = None) -> None:
        # built-in course first, then the instructors' folder: build_course's order
        self.folders = (
            list(folders) if folders is not None else [lessons_dir(), custom_lessons_dir()]
        )
        self._cache: dict[Path, _Compiled] = {}
        self._lock = threading.Lock()  # checks may run on a worker thread

    def target(self, lesson_id: str) -> Path:
        """Where the draft is saved: the instructors' folder."""
        return lesson_path(lesson_id, self.folders[-1])

    def check(self, data: dict[str, Any], target: Path | None = None) -> list[DraftProblem]:
        with self._lock:
            return self._check(data, target or self.target(str(data.get("id", "lesson"))))

    def _check(self, data: dict[str, Any], target: Path) -> list[DraftProblem]:
        text = draft_yaml(data)
        with tempfile.TemporaryDirectory(prefix="nihongoku-draft-") as folder:
            draft = Path(folder) / target.name
            draft.write_text(text, encoding="utf-8")
            problems = self._problems(draft, target)
        lines = _lines(text)
        return sorted(
            (DraftProblem(target, p.line, p.message, _location(lines, p.line)) for p in problems),
            key=lambda p: (p.line, p.message),
        )

    def _problems(self, draft: Path, target: Path) -> list[Problem]:
        source, problems = read_lesson(draft)
        if source is None:
            return problems
        lesson, problems = compile_lesson(source)
        if lesson is None or problems:
            return problems
        compiled: list[tuple[Lesson, LessonSource]] = []
        for path in self._files(target):
            if path == target:
                compiled.append((lesson, source))
                continue
            other = self._compiled(path)
            if other.ok and other.lesson is not None and other.source is not None:
                compiled.append((other.lesson, other.source))
        _kept, found = cross_check(compiled)
        return [p for p in found if p.file == draft]

    def _files(self, target: Path) -> list[Path]:
        files: list[Path] = []
        for folder in self.folders:
            found = lesson_files([folder]) if folder.is_dir() else []
            if target.parent == folder:
                found = sorted({*found, target})
            files += found
        return files

    def _compiled(self, path: Path) -> _Compiled:
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = (0, 0)
        cached = self._cache.get(path)
        if cached is not None and cached.stamp == stamp:
            return cached
        source, problems = read_lesson(path)
        lesson = None
        if source is not None:
            lesson, problems = compile_lesson(source)
        entry = _Compiled(stamp, source, lesson, ok=not problems)
        self._cache[path] = entry
        return entry


def _lines(text: str) -> dict[Location, int]:
    """The line each part of the YAML text starts on, by its path of keys and indexes."""
    lines: dict[Location, int] = {}
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return lines
    stack: list[tuple[Any, Location]] = [(root, ())] if root is not None else []
    while stack:
        node, here = stack.pop()
        lines.setdefault(here, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[(*here, key.value)] = key.start_mark.line + 1
                stack.append((value, (*here, key.value)))
        elif isinstance(node, yaml.SequenceNode):
            stack += [(child, (*here, i)) for i, child in enumerate(node.value)]
    return lines


def _location(lines: dict[Location, int], line: int) -> Location:
    """The most specific part of the lesson that starts on ``line`` (or just before it)."""
    on_line = [loc for loc, n in lines.items() if n == line]
    if on_line:
        return max(on_line, key=len)
    before = [loc for loc, n in lines.items() if n < line]
    return max(before, key=lambda loc: (lines[loc], len(loc))) if before else ()
