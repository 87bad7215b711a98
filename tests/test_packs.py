"""Lesson packs: an instructor exports lessons, tests and audio; another laptop imports
them. The plan says what will change; the built-in course and the learners' database are
never touched; an update keeps the old file in .trash."""

from __future__ import annotations

import json
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nihongoku.core.authoring.lesson_files import lesson_yaml, save_lesson
from nihongoku.core.content.build import build_course
from nihongoku.core.exams.blueprint import load_blueprints
from nihongoku.core.files import write_atomic
from nihongoku.core.packs.export import export_pack
from nihongoku.core.packs.install import install_pack, preview_pack
from nihongoku.core.packs.plan import Change, PackRefusedError
from nihongoku.paths import course_paths, custom_exams_dir, custom_lessons_dir, lessons_dir
from tests.pack_helpers import (
    OGG,
    TEST_YAML,
    lesson_bytes,
    make_custom,
    pack_of,
    snapshot,
    word_id,
    workshop_lesson,
)
from tests.test_cli import nihongoku

WHEN = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)


def move_to_other_laptop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> Path:
    home = tmp_path / name
    monkeypatch.setenv("NIHONGOKU_HOME", str(home))
    return home


def test_a_pack_carries_lessons_tests_and_audio_to_another_laptop(
    isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_custom(3)
    made = nihongoku("pack", "export", str(tmp_path / "kelas"), "--title", "Kelas A")
    assert made.returncode == 0, made.stderr
    pack = tmp_path / "kelas.nihongoku-pack"
    assert f"{pack}: 3 lesson(s), 1 test(s), 3 audio file(s)" in made.stdout
    mine = snapshot(isolated_home)

    other = move_to_other_laptop(monkeypatch, tmp_path, "other")
    shown = nihongoku("pack", "show", str(pack))
    assert shown.returncode == 0, shown.stderr
    assert "Kelas A" in shown.stdout
    assert "new       lessons/bengkel-1.yaml (Alat bengkel 1)" in shown.stdout
    assert "7 new, 0 updated, 0 unchanged, 0 refused" in shown.stdout
    assert not other.exists()  # showing writes nothing

    done = nihongoku("pack", "import", str(pack), "--yes")
    assert done.returncode == 0, done.stderr
    assert "imported 7 file(s)" in done.stdout
    assert snapshot(other) == mine  # the same files, byte for byte
    assert not (other / "nihongoku.sqlite3").exists()  # no learner's data was opened
    course = build_course(course_paths())
    assert course.problems == []
    assert {"bengkel-1", "bengkel-2", "bengkel-3"} <= {lesson.id for lesson in course.lessons}
    assert "t-bengkel" in {b.id for b in load_blueprints()[0]}

    again = nihongoku("pack", "import", str(pack), "--yes")
    assert again.returncode == 0
    assert "0 new, 0 updated, 7 unchanged" in again.stdout
    assert "nothing to import" in again.stdout


def test_the_same_material_gives_the_same_pack_bytes(tmp_path: Path) -> None:
    make_custom(2)
    first = export_pack(tmp_path / "a.nihongoku-pack", created=WHEN)
    second = export_pack(tmp_path / "b.nihongoku-pack", created=WHEN)
    assert first.path.read_bytes() == second.path.read_bytes()
    with zipfile.ZipFile(first.path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert names == [
        "manifest.json",
        f"audio/{word_id(1)}.ogg",
        f"audio/{word_id(2)}.ogg",
        "exams/t-bengkel.yaml",
        "lessons/bengkel-1.yaml",
        "lessons/bengkel-2.yaml",
    ]
    lesson = next(f for f in manifest["files"] if f["path"] == "lessons/bengkel-1.yaml")
    assert lesson["kind"] == "lesson" and lesson["id"] == "bengkel-1"
    assert manifest["format"] == "nihongoku-pack" and manifest["version"] == 1


def test_a_test_pulls_in_the_lessons_it_draws_from(tmp_path: Path) -> None:
    make_custom(2)
    done = nihongoku("pack", "export", str(tmp_path / "t"), "--exam", "t-bengkel")
    assert done.returncode == 0, done.stderr
    assert "added because a test draws from them: bengkel-1, bengkel-2" in done.stdout
    with zipfile.ZipFile(tmp_path / "t.nihongoku-pack") as archive:
        assert "lessons/bengkel-2.yaml" in archive.namelist()


def test_choosing_lessons_takes_only_those_and_their_audio(tmp_path: Path) -> None:
    make_custom(3)
    report = export_pack(tmp_path / "one.nihongoku-pack", ["bengkel-2"], [])
    assert report.lessons == ("bengkel-2",) and report.exams == () and report.audio == 1
    with zipfile.ZipFile(report.path) as archive:
        assert f"audio/{word_id(2)}.ogg" in archive.namelist()
        assert f"audio/{word_id(1)}.ogg" not in archive.namelist()


def test_exporting_an_unknown_lesson_is_a_clear_error(tmp_path: Path) -> None:
    make_custom(1)
    done = nihongoku("pack", "export", str(tmp_path / "x"), "--lesson", "n5-01")
    assert done.returncode == 1
    assert "no lesson 'n5-01' of your own" in done.stderr and "bengkel-1" in done.stderr
    assert not (tmp_path / "x.nihongoku-pack").exists()


def test_an_update_is_shown_and_the_old_file_kept_in_trash(
    isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_custom(2)
    pack = export_pack(tmp_path / "v1.nihongoku-pack").path
    other = move_to_other_laptop(monkeypatch, tmp_path, "other")
    install_pack(pack)
    old = (custom_lessons_dir() / "bengkel-1.yaml").read_bytes()

    monkeypatch.setenv("NIHONGOKU_HOME", str(isolated_home))
    save_lesson(workshop_lesson(1, title="Alat bengkel (baru)"))
    pack2 = export_pack(tmp_path / "v2.nihongoku-pack").path
    monkeypatch.setenv("NIHONGOKU_HOME", str(other))

    plan = preview_pack(pack2)
    changes = {f.entry.path: f.change for f in plan.files}
    assert changes["lessons/bengkel-1.yaml"] is Change.UPDATED
    assert changes["lessons/bengkel-2.yaml"] is Change.UNCHANGED
    assert changes["exams/t-bengkel.yaml"] is Change.UNCHANGED
    install_pack(pack2)
    assert "Alat bengkel (baru)" in (custom_lessons_dir() / "bengkel-1.yaml").read_text("utf-8")
    assert (custom_lessons_dir() / ".trash" / "bengkel-1.yaml").read_bytes() == old
    assert build_course(course_paths()).problems == []


def single(n: int, data: bytes | None = None) -> dict[str, tuple[bytes, str, str | None]]:
    return {f"lessons/bengkel-{n}.yaml": (data or lesson_bytes(n), "lesson", f"bengkel-{n}")}


def refusal(tmp_path: Path, files: dict[str, tuple[bytes, str, str | None]]) -> str:
    pack = tmp_path / "p.nihongoku-pack"
    pack.write_bytes(pack_of(files))
    before = snapshot(custom_lessons_dir().parent)
    with pytest.raises(PackRefusedError) as caught:
        install_pack(pack)
    assert snapshot(custom_lessons_dir().parent) == before
    assert str(pack) in str(caught.value)
    return str(caught.value)


def test_a_lesson_of_the_built_in_course_is_never_replaced(tmp_path: Path) -> None:
    builtin = (lessons_dir() / "n5" / "01-salam-perkenalan.yaml").read_bytes()
    message = refusal(tmp_path, {"lessons/n5-01.yaml": (builtin, "lesson", "n5-01")})
    assert "lesson id 'n5-01' belongs to the built-in course" in message


def test_an_order_or_item_id_of_the_built_in_course_is_refused(tmp_path: Path) -> None:
    clash = workshop_lesson(1).model_copy(update={"order": 1})
    message = refusal(tmp_path, single(1, lesson_yaml(clash).encode()))
    assert "lessons/bengkel-1.yaml: line 6: order 1 of level n5 is already taken" in message
    word = workshop_lesson(1).vocabulary[0].model_copy(update={"id": "w-konnichiwa"})
    taken = workshop_lesson(1).model_copy(update={"vocabulary": [word]})
    message = refusal(tmp_path, single(1, lesson_yaml(taken).encode()))
    assert "id 'w-konnichiwa' is already used in the built-in course: n5/" in message


def test_a_lesson_that_clashes_with_another_of_yours_is_refused(tmp_path: Path) -> None:
    make_custom(1, test=False)
    other = workshop_lesson(2).model_copy(update={"order": 91})  # bengkel-1's place
    message = refusal(tmp_path, single(2, lesson_yaml(other).encode()))
    assert "order 91 of level n5 is already taken by lesson 'bengkel-1'" in message


def test_a_test_with_a_built_in_exam_id_and_stray_audio_are_refused(tmp_path: Path) -> None:
    seleksi = TEST_YAML.format(id="seleksi").encode()
    message = refusal(
        tmp_path,
        {
            **single(1),
            "exams/seleksi.yaml": (seleksi, "exam", "seleksi"),
            "audio/w-konnichiwa.ogg": (OGG, "audio", None),
        },
    )
    assert "exams/seleksi.yaml: test id 'seleksi' belongs to a built-in exam" in message
    assert "audio/w-konnichiwa.ogg: belongs to no lesson of the pack" in message


def test_dry_run_and_no_terminal_write_nothing(isolated_home: Path, tmp_path: Path) -> None:
    pack = tmp_path / "p.nihongoku-pack"
    pack.write_bytes(pack_of(single(1)))
    dry = nihongoku("pack", "import", str(pack), "--dry-run")
    assert dry.returncode == 0 and "dry run: nothing was written" in dry.stdout
    asked = nihongoku("pack", "import", str(pack))
    assert asked.returncode == 1 and "add --yes" in asked.stderr
    assert snapshot(isolated_home) == {}


def test_show_json_gives_the_manifest_and_the_plan(tmp_path: Path) -> None:
    pack = tmp_path / "p.nihongoku-pack"
    pack.write_bytes(pack_of(single(1)))
    shown = nihongoku("pack", "show", str(pack), "--json")
    assert shown.returncode == 0, shown.stderr
    record = json.loads(shown.stdout)
    assert record["author"] == "Bu Rina" and record["ok"] is True
    [entry] = record["files"]
    assert entry["change"] == "new" and entry["title"] == "Alat bengkel 1"
    assert entry["target"] == str(custom_lessons_dir() / "bengkel-1.yaml")


def test_pack_of_five_lessons_export_and_import_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_custom(5)
    start = time.perf_counter()
    report = export_pack(tmp_path / "five.nihongoku-pack")
    exported = time.perf_counter() - start
    move_to_other_laptop(monkeypatch, tmp_path, "other")
    start = time.perf_counter()
    plan = install_pack(report.path)
    imported = time.perf_counter() - start
    print(f"5 lessons + test + 5 clips: export {exported:.2f} s, import {imported:.2f} s")
    assert len(plan.writes) == 11 and (custom_exams_dir() / "t-bengkel.yaml").is_file()
    assert exported < 10 and imported < 10


def picked_test(exam_id: str, pick: str) -> bytes:
    return (
        TEST_YAML.format(id=exam_id)
        .replace("count: 3", f"count: 1\n        picks: [{pick}]")
        .encode()
    )


def test_a_test_with_picks_pulls_in_only_the_lesson_of_its_questions(tmp_path: Path) -> None:
    make_custom(3, test=False)
    write_atomic(custom_exams_dir() / "t-pick.yaml", picked_test("t-pick", f"meaning:{word_id(2)}"))
    report = export_pack(tmp_path / "t.nihongoku-pack", [], ["t-pick"])
    assert report.lessons == ("bengkel-2",) and report.pulled_in == ("bengkel-2",)
    assert report.audio == 1


def test_a_test_whose_picked_question_is_not_in_the_pack_is_refused(tmp_path: Path) -> None:
    lost = picked_test("t-lost", "meaning:w-bengkel-9-hilang")
    message = refusal(tmp_path, {**single(1), "exams/t-lost.yaml": (lost, "exam", "t-lost")})
    assert "exams/t-lost.yaml: line 20: picked question 'meaning:w-bengkel-9-hilang'" in message


def test_an_update_that_would_break_another_of_your_lessons_is_refused(tmp_path: Path) -> None:
    make_custom(1, test=False)
    reviewing = workshop_lesson(2).model_copy(update={"review": [word_id(1)]})
    save_lesson(reviewing)
    assert build_course(course_paths()).problems == []
    word = workshop_lesson(1).vocabulary[0].model_copy(update={"id": "w-bengkel-1-baru"})
    changed = workshop_lesson(1).model_copy(update={"vocabulary": [word]})
    message = refusal(tmp_path, single(1, lesson_yaml(changed).encode()))
    assert (
        "lessons/bengkel-1.yaml: would break your lesson bengkel-2.yaml, line 22: "
        f"review '{word_id(1)}' is not a vocabulary id"
    ) in message
