"""Instructors' lesson files: read, written and named in the course's own YAML format.

The built-in course is never written. Instructors' lessons live in the data directory
(``paths.custom_lessons_dir``), one file per lesson named after its id, and a saved file
reads back into exactly the lesson that was saved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from nihongoku.core.content.loader import read_lesson
from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import LessonFile
from nihongoku.core.files import move_to_trash, write_atomic
from nihongoku.core.japanese import romaji, to_hiragana
from nihongoku.paths import custom_lessons_dir

# A lesson's key order as the built-in files write it, so a saved file reads like them.
_ORDER = ("id", "title", "level", "order", "goals", "maps_to", "kana", "vocabulary", "review")


def lesson_yaml(lesson: LessonFile) -> str:
    """The lesson as YAML text: only what is set, block style, Japanese left readable."""
    data = lesson.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    # required fields may equal their type's default (order 0): keep them all
    for key in ("id", "title", "level", "order", "goals"):
        data.setdefault(key, getattr(lesson, key) if key != "level" else lesson.level.value)
    return data_yaml(data)


def data_yaml(data: dict[str, Any]) -> str:
    """Lesson data (valid or not yet) as YAML, keys in the course files' order."""
    ordered = {key: data[key] for key in _ORDER if key in data}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    return yaml.dump(
        ordered, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=96, indent=2
    )


class _Dumper(yaml.SafeDumper):
    """Long texts as folded blocks; lists indented under their key like the course files."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if len(value) > 72 and value == value.strip():
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def lesson_path(lesson_id: str, folder: Path | None = None) -> Path:
    return (folder or custom_lessons_dir()) / f"{lesson_id}.yaml"


def save_lesson(lesson: LessonFile, folder: Path | None = None) -> Path:
    """Write an instructor's lesson (atomically) and return its file."""
    path = lesson_path(lesson.id, folder)
    write_atomic(path, lesson_yaml(lesson).encode("utf-8"))
    return path


def load_lesson(path: Path) -> tuple[LessonFile | None, list[Problem]]:
    source, problems = read_lesson(path)
    return (source.lesson if source else None), problems


def custom_lesson_files(folder: Path | None = None) -> list[Path]:
    base = folder or custom_lessons_dir()
    return sorted(p for p in base.glob("*.yaml") if p.is_file()) if base.is_dir() else []


def delete_lesson(lesson_id: str, folder: Path | None = None) -> Path:
    """Move a lesson file to ``.trash`` beside it (kept, so a mistake can be undone by hand)."""
    return move_to_trash(lesson_path(lesson_id, folder))


_SLUG = re.compile(r"[^a-z0-9]+")
_KANA_RUN = re.compile(r"[\u3040-\u30ff]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; kana become their romaji, kanji drop out."""

    def latin(match: re.Match[str]) -> str:
        try:
            return f" {romaji(to_hiragana(match.group()))} "
        except ValueError:  # a lone ー or ゝ: nothing to spell
            return " "

    spelled = _KANA_RUN.sub(latin, text).lower()
    return _SLUG.sub("-", spelled).strip("-")[:40].strip("-")


def new_id(prefix: str, base: str, taken: Iterable[str]) -> str:
    """``prefix-base``, or ``prefix-base-2``, … : an id nothing in ``taken`` has.

    Ids are chosen once, when an item is made, and never change afterwards: flashcard
    progress and exam results refer to them.
    """
    used = set(taken)
    stem = "-".join(part for part in (prefix, slug(base) or "item") if part)
    candidate, n = stem, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def as_data(lesson: LessonFile) -> dict[str, Any]:
    """The plain data of a lesson (what the YAML file holds)."""
    return yaml.safe_load(lesson_yaml(lesson))  # type: ignore[no-any-return]
