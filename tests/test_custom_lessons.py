"""Instructors' lesson files: written in the course's format, read back unchanged, and
found by the app beside (never inside) the built-in course."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nihongoku.core.authoring.lesson_files import (
    custom_lesson_files,
    delete_lesson,
    lesson_yaml,
    load_lesson,
    new_id,
    save_lesson,
    slug,
)
from nihongoku.core.content.build import lesson_files
from nihongoku.core.content.loader import read_lesson
from nihongoku.core.content.schema import LessonFile
from nihongoku.core.files import write_atomic
from nihongoku.paths import course_paths, custom_lessons_dir, is_custom, lessons_dir
from tests.test_cli import nihongoku

COURSE_FILES = lesson_files([lessons_dir()])


def small_lesson(order: int = 90) -> LessonFile:
    return LessonFile.model_validate(
        {
            "id": "kelas-k3",
            "title": {"id": "K3 di bengkel", "en": "Safety in the workshop"},
            "level": "n5",
            "order": order,
            "goals": ["Saya bisa membaca tanda 危険."],
            "vocabulary": [
                {
                    "id": "w-kelas-k3-kiken",
                    "written": "危険",
                    "reading": "きけん",
                    "meaning": {"id": "bahaya", "en": "danger"},
                    "pos": "na-adjective",
                    "example": {
                        "ja": "ここは 危険[きけん]です。",
                        "id": "Di sini berbahaya.",
                        "en": "It is dangerous here.",
                    },
                }
            ],
        }
    )


@pytest.mark.parametrize("path", COURSE_FILES, ids=[p.stem for p in COURSE_FILES])
def test_every_course_lesson_survives_a_save_and_a_read(path: Path, tmp_path: Path) -> None:
    source, problems = read_lesson(path)
    assert source is not None and problems == []
    saved = save_lesson(source.lesson, tmp_path)
    back, problems = load_lesson(saved)
    assert problems == []
    assert back == source.lesson


def test_a_saved_lesson_reads_like_the_course_files(tmp_path: Path) -> None:
    text = lesson_yaml(small_lesson())
    assert text.startswith("id: kelas-k3\ntitle:\n  id: K3 di bengkel\n")
    assert "  - id: w-kelas-k3-kiken\n    written: 危険\n    reading: きけん\n" in text
    assert "\\u" not in text  # Japanese stays readable for the instructor


def test_an_interrupted_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "lesson.yaml"
    target.write_text("old", encoding="utf-8")

    def power_cut(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.yaml"]


def test_ids_are_made_once_from_the_reading_and_never_clash() -> None:
    assert new_id("w", "たべる", []) == "w-taberu"
    assert new_id("w", "たべる", ["w-taberu", "w-taberu-2"]) == "w-taberu-3"
    assert new_id("w", "コーヒー", []) == "w-koohii"
    assert slug("Keselamatan kerja (K3)!") == "keselamatan-kerja-k3"
    assert new_id("w", "食", []) == "w-item"  # nothing spellable: still a valid id


def test_instructors_lessons_join_the_course_from_the_data_directory(
    isolated_home: Path,
) -> None:
    assert course_paths() == [lessons_dir()]
    saved = save_lesson(small_lesson())
    assert saved.parent == custom_lessons_dir() == isolated_home / "lessons"
    assert is_custom(saved) and not is_custom(COURSE_FILES[0])
    assert course_paths() == [lessons_dir(), custom_lessons_dir()]
    assert custom_lesson_files() == [saved]

    done = nihongoku("validate")
    assert done.returncode == 0, done.stdout + done.stderr
    listed = json.loads(nihongoku("content", "--json").stdout)
    assert "w-kelas-k3-kiken" in {row["id"] for row in listed}


def test_a_lesson_that_clashes_with_the_course_is_named_by_validate() -> None:
    save_lesson(small_lesson(order=13))  # n5-13 already holds order 13
    done = nihongoku("validate")
    assert done.returncode == 1
    assert "kelas-k3.yaml" in done.stdout and "13" in done.stdout


def test_a_deleted_lesson_goes_to_the_trash_not_away() -> None:
    save_lesson(small_lesson())
    trashed = delete_lesson("kelas-k3")
    assert custom_lesson_files() == []
    assert trashed.parent.name == ".trash"
    back, _ = load_lesson(trashed)
    assert back == small_lesson()
    assert "w-kelas-k3-kiken" not in nihongoku("content").stdout
