"""Plain-data views of the course for the command line: counts and the full item list."""

from __future__ import annotations

from collections import Counter
from typing import Any

from nihongoku.core.content.course import (
    Course,
    Entry,
    GrammarEntry,
    KanaEntry,
    KanjiEntry,
    VocabEntry,
)
from nihongoku.core.content.schema import Level


def course_stats(course: Course) -> dict[str, Any]:
    """Lessons, and per level the number of items of each kind and of example sentences."""
    levels: dict[str, dict[str, Any]] = {}
    for level in Level:
        lessons = [lesson for lesson in course.lessons if lesson.level is level]
        vocabulary = [v for lesson in lessons for v in lesson.vocabulary]
        grammar = [g for lesson in lessons for g in lesson.grammar]
        levels[level.value] = {
            "lessons": len(lessons),
            "kana": sum(len(lesson.kana) for lesson in lessons),
            "vocabulary": len(vocabulary),
            "kanji": sum(len(lesson.kanji) for lesson in lessons),
            "grammar": len(grammar),
            "examples": sum(v.example is not None for v in vocabulary)
            + sum(len(g.examples) for g in grammar),
            # authored questions per family (a reading passage counts each question)
            "exercises": dict(
                sorted(
                    Counter(
                        exercise.family.value
                        for lesson in lessons
                        for exercise in lesson.exercises
                        for _question in exercise.questions
                    ).items()
                )
            ),
        }
    return {
        "lessons": len(course.lessons),
        "broken_files": [str(path) for path in course.broken_files()],
        "levels": levels,
    }


def entry_record(entry: Entry) -> dict[str, Any]:
    """One item as instructors read it in `nihongoku content --json`."""
    record: dict[str, Any] = {
        "id": entry.id,
        "kind": entry.kind_name,
        "level": entry.level.value,
        "lesson": entry.lesson_id,
    }
    if isinstance(entry, KanaEntry):
        record |= {
            "written": entry.char,
            "reading": entry.char,
            "romaji": entry.romaji,
            "script": entry.script,
            "meaning": None,
        }
    elif isinstance(entry, VocabEntry):
        record |= {
            "written": entry.written,
            "reading": entry.reading,
            "romaji": entry.romaji,
            "pos": entry.pos.value,
            "meaning": entry.meaning.model_dump(),
        }
    elif isinstance(entry, KanjiEntry):
        record |= {
            "written": entry.char,
            "reading": None,
            "onyomi": list(entry.on),
            "kunyomi": list(entry.kun),
            "romaji": None,
            "meaning": entry.meaning.model_dump(),
        }
    elif isinstance(entry, GrammarEntry):
        record |= {
            "written": entry.pattern,
            "reading": None,
            "romaji": None,
            "meaning": entry.title.model_dump(),
        }
    return record
