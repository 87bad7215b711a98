"""Instructors' tests: blueprints with lessons and picks, the builder's offer, saving,
deleting, and the ``exam build`` / ``exam delete`` commands."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import yaml

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.content.schema import Level
from nihongoku.core.exams.blueprint import load_blueprints, read_blueprint
from nihongoku.core.exams.builder import (
    Builder,
    BuildError,
    DraftTest,
    PartDraft,
    delete_test,
    draft_of,
    save_test,
)
from nihongoku.core.exams.forms import assemble_forms, course_problems
from nihongoku.paths import custom_exams_dir, resources_dir
from tests.test_cli import nihongoku
from tests.test_exams import blueprint, course


@cache
def builder() -> Builder:
    return Builder(course())


HEAD = """\
id: t-bab-6
title: {id: Ulangan bab 6, en: Lesson 6 quiz}
description: {id: Dibuat oleh Bu Rina., en: Made by Bu Rina.}
kind: practice
level: n5
forms: 1
minutes: 15
estimate_note: {id: Nilai dalam persen., en: A percentage.}
scoring:
  - {id: all, title: {id: Semua, en: All}, scale: 100}
sections:
  - id: all
    title: {id: Semua, en: All}
    scoring: all
    mondai:
"""
MONDAI = """\
      - family: {family}
        count: {count}
        instruction: {{ja: えらんで ください。, id: Pilih., en: Choose.}}
"""


def blueprint_file(folder: Path, *mondai: str, head: str = HEAD) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "t-bab-6.yaml"
    path.write_text(head + "".join(mondai), encoding="utf-8")
    return path


def mondai(family: str, count: int, **extra: list[str]) -> str:
    text = MONDAI.format(family=family, count=count)
    for key, values in extra.items():
        text += f"        {key}: [{', '.join(values)}]\n"
    return text


def kanji_picks(lesson_id: str, n: int) -> list[str]:
    return [c.id for c in builder().candidates("kanji-reading", [course().lesson(lesson_id)])][:n]


def test_a_picked_mondai_asks_exactly_the_picks_in_their_order(tmp_path: Path) -> None:
    picks = kanji_picks("n5-06", 3)[::-1]
    exercises = [c.id for c in builder().candidates("grammar-form", [course().lesson("n5-02")])][:2]
    path = blueprint_file(
        tmp_path,
        mondai("kanji-reading", 3, picks=picks),
        mondai(
            "grammar-form", builder().picked_questions("grammar-form", exercises), picks=exercises
        ),
    )
    found, problems = read_blueprint(path)
    assert problems == [] and found is not None
    (form,) = assemble_forms(found, course())
    assert form.problems == () and form.complete
    asked = [q.id for q in form.sections[0].mondai[0].questions]
    assert asked == picks
    assert [q.id.rsplit(".", 1)[0] for q in form.sections[0].mondai[1].questions] == exercises
    assert assemble_forms(found, course())[0].fingerprint == form.fingerprint  # the same again


def test_picks_are_checked_with_the_file_and_line(tmp_path: Path) -> None:
    picks = kanji_picks("n5-06", 2)
    head = HEAD.replace("forms: 1", "forms: 2")
    path = blueprint_file(tmp_path, mondai("kanji-reading", 3, picks=[*picks, picks[0]]), head=head)
    found, problems = read_blueprint(path)
    assert found is None
    assert [str(p) for p in problems] == [
        f"{path}:19: picked twice: {picks[0]}",
        f"{path}:6: a test with picked questions has one form: set forms: 1",
    ]
    fixed = head.replace("forms: 2", "forms: 1")
    blueprint_file(tmp_path, mondai("kanji-reading", 4, picks=picks), head=fixed)
    assert [str(p) for p in read_blueprint(path)[1]] == [
        f"{path}:17: count is 4 but 2 questions are picked"
    ]


def test_a_pick_the_course_lost_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    picks = kanji_picks("n5-06", 2)
    lost = ["kanji-reading:w-no-such-word", *picks]
    path = blueprint_file(
        tmp_path,
        mondai("kanji-reading", 3, picks=lost),
        mondai("grammar-form", 1, picks=["x-gone"]),
        mondai("meaning", 2, lessons=["n5-99"]),
    )
    found, problems = read_blueprint(path)
    assert problems == [] and found is not None
    (form,) = assemble_forms(found, course())
    assert [q.id for q in form.sections[0].mondai[0].questions] == picks  # the rest is asked
    assert [str(p) for p in form.problems] == [
        f"{path}:19: picked question 'kanji-reading:w-no-such-word' is not in the course any more",
        f"{path}:23: picked exercise 'x-gone' is not a grammar-form exercise of the course",
        f"{path}:27: no lesson 'n5-99' in the course",
    ]
    assert course_problems(found, course()) == list(form.problems)


def test_lessons_narrow_what_a_random_mondai_draws_from(tmp_path: Path) -> None:
    head = HEAD.replace("forms: 1", "forms: 1\nlessons: [n5-06, n5-07]")
    path = blueprint_file(
        tmp_path, mondai("meaning", 6), mondai("kanji-reading", 4, lessons=["n5-08"]), head=head
    )
    found, problems = read_blueprint(path)
    assert problems == [] and found is not None
    (form,) = assemble_forms(found, course())
    assert form.complete

    def lessons(questions: list) -> set[str]:  # type: ignore[type-arg]
        words = [course().item(q.tested[0]) for q in questions]
        return {w.lesson_id for w in words if isinstance(w, VocabEntry)}

    assert lessons(list(form.sections[0].mondai[0].questions)) <= {"n5-06", "n5-07"}
    assert lessons(list(form.sections[0].mondai[1].questions)) == {"n5-08"}


def test_an_instructors_test_may_not_take_a_built_in_exams_id() -> None:
    path = blueprint_file(custom_exams_dir(), mondai("meaning", 2))
    path.write_text(path.read_text().replace("id: t-bab-6", "id: seleksi"))
    found, problems = load_blueprints()
    assert [b.id for b in found] == ["jft-basic", "jlpt-n5", "seleksi"]
    assert all(b.path.is_relative_to(resources_dir()) for b in found)
    assert [str(p) for p in problems] == [
        f"{path}:1: exam id 'seleksi' belongs to a built-in exam: give the test its own id"
    ]


def test_the_builder_lists_candidates_with_readable_labels() -> None:
    lesson = course().lesson("n5-06")
    words = builder().candidates("kanji-reading", [lesson])
    assert words and all(c.lesson_id == "n5-06" and c.questions == 1 for c in words)
    first = words[0]
    assert first.id.startswith("kanji-reading:") and "（" in first.label()
    assert first.meaning is not None and first.meaning.id in first.label("id")
    assert first.meaning.en in first.label("en")
    passages = builder().candidates("text-grammar", level=Level.N5)
    assert passages and any(c.questions > 1 for c in passages)
    passage = next(c for c in passages if c.questions > 1)
    assert passage.label().endswith(f"×{passage.questions}  [{passage.lesson_id}]")
    kana = {lesson.id for lesson in course().lessons if lesson.level is Level.KANA}
    assert {c.lesson_id for c in builder().candidates("meaning", level=Level.KANA)} == kana


def test_a_balanced_draw_keeps_the_blueprints_shape_within_the_chosen_lessons() -> None:
    chosen = ["kana-hiragana-1", "n5-01", "n5-02"]
    draft = builder().balanced_draw(blueprint("seleksi"), chosen)
    spec = blueprint("seleksi").spec
    every = [(s.title.id, m.family) for s in spec.sections for m in s.mondai]
    assert [(p.section, p.family) for p in draft.parts] == [
        pair for pair in every if pair in {(p.section, p.family) for p in draft.parts}
    ]
    for part in draft.parts:
        assert set(part.lessons) <= set(chosen)
        assert 0 < part.count <= builder().available(part)
    kana = draft.parts[0]
    assert kana.lessons == ["kana-hiragana-1"]  # a kana mondai keeps to the kana lesson
    assert draft.minutes == 45


def test_save_writes_a_test_learners_can_take_and_edits_keep_its_id() -> None:
    picks = kanji_picks("n5-06", 2)
    draft = DraftTest(
        "Ulangan bab 6",
        "Lesson 6 quiz",
        15,
        [
            PartDraft("Kanji", "kanji-reading", 2, picks=picks),
            PartDraft("Kosakata", "meaning", 3, lessons=["n5-06"]),
            PartDraft("Kosakata", "context-word", 2, lessons=["n5-06"]),
        ],
        author="Bu Rina",
        created="2026-11-29",
    )
    path = save_test(draft, course())
    assert path == custom_exams_dir() / "t-ulangan-bab-6.yaml"
    found, problems = load_blueprints()
    assert problems == []
    test = next(b for b in found if b.id == "t-ulangan-bab-6")
    assert [s.title.id for s in test.spec.sections] == ["Kanji", "Kosakata"]
    assert test.spec.description.id == "Dibuat oleh Bu Rina, 29-11-2026."
    (form,) = assemble_forms(test, course())
    assert form.complete and len(form.questions) == 7
    again = draft_of(test)
    assert [(p.section, p.family, p.count, p.picks, p.lessons) for p in again.parts] == [
        ("Kanji", "kanji-reading", 2, picks, []),
        ("Kosakata", "meaning", 3, None, ["n5-06"]),
        ("Kosakata", "context-word", 2, None, ["n5-06"]),
    ]
    assert again.exam_id == "t-ulangan-bab-6" and again.author == "Bu Rina"
    again.minutes = 20
    assert save_test(again, course()) == path  # edited in place: the same id
    assert yaml.safe_load(path.read_text())["minutes"] == 20
    draft.exam_id = None
    assert save_test(draft, course()).name == "t-ulangan-bab-6-2.yaml"  # a second one


def test_a_test_with_problems_is_refused_and_nothing_is_written() -> None:
    exercises = [c.id for c in builder().candidates("grammar-form", [course().lesson("n5-02")])]
    wrong_count = DraftTest(
        "Salah", "", 10, [PartDraft("A", "grammar-form", 7, picks=exercises[:2])]
    )
    with pytest.raises(BuildError) as refused:
        save_test(wrong_count, course())
    (problem,) = refused.value.problems
    assert str(problem).startswith(str(custom_exams_dir() / "t-salah.yaml"))
    assert "count is 7 but the picks give 2 questions" in str(problem)
    with pytest.raises(BuildError, match="the test needs a title"):
        save_test(DraftTest(" ", "", 10, [PartDraft("A", "meaning", 2)]))
    assert not custom_exams_dir().exists()


def test_deleting_moves_a_test_to_the_trash_and_refuses_a_built_in_exam() -> None:
    path = save_test(DraftTest("Kuis", "", 5, [PartDraft("A", "meaning", 2)]))
    moved = delete_test(path)
    assert moved == custom_exams_dir() / ".trash" / "t-kuis.yaml" and not path.exists()
    with pytest.raises(BuildError, match="seleksi is a built-in exam"):
        delete_test(blueprint("seleksi").path)
    assert blueprint("seleksi").path.exists()


def test_exam_build_and_delete_on_the_command_line(isolated_home: Path) -> None:
    picks = kanji_picks("n5-06", 2)
    built = nihongoku(
        "exam", "build", "--title-id", "Ulangan bab 6", "--title-en", "Lesson 6 quiz",
        "--minutes", "20", "--section", "kanji-reading:2", "--pick", picks[0], "--pick", picks[1],
        "--section", "grammar-form:3:n5-06,n5-07", "--author", "Bu Rina",
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("saved t-ulangan-bab-6: 5 questions, 20 min")
    listing = nihongoku("exam", "list")
    assert (
        "t-ulangan-bab-6\tpractice\t1 form(s)\t5 questions\t20 min\tUlangan bab 6" in listing.stdout
    )
    shown = nihongoku("exam", "show", "t-ulangan-bab-6", "--json")
    assert shown.returncode == 0, shown.stderr
    record = json.loads(shown.stdout)
    assert [i["id"] for i in record["sections"][0]["mondai"][0]["items"]] == picks

    lost = nihongoku(
        "exam", "build", "--title-id", "Hilang", "--minutes", "5",
        "--section", "kanji-reading:1", "--pick", "kanji-reading:w-no-such-word",
    )  # fmt: skip
    assert lost.returncode == 1 and "Traceback" not in lost.stderr
    target = isolated_home / "exams" / "t-hilang.yaml"
    assert f"{target}:" in lost.stderr and "is not in the course any more" in lost.stderr
    assert not target.exists()
    copied = nihongoku(
        "exam", "build", "--title-id", "Seleksi kecil", "--minutes", "30",
        "--from", "seleksi", "--lessons", "kana-hiragana-1,n5-01,n5-02",
    )  # fmt: skip
    assert copied.returncode == 0, copied.stderr
    bad = nihongoku("exam", "build", "--title-id", "X", "--minutes", "5", "--section", "nope:2")
    assert bad.returncode == 1 and "give FAMILY:COUNT" in bad.stderr

    refused = nihongoku("exam", "delete", "seleksi")
    assert refused.returncode == 1
    assert "seleksi is a built-in exam: only instructors' tests can be deleted" in refused.stderr
    deleted = nihongoku("exam", "delete", "t-ulangan-bab-6")
    assert deleted.returncode == 0, deleted.stderr
    assert not (isolated_home / "exams" / "t-ulangan-bab-6.yaml").exists()
    assert (isolated_home / "exams" / ".trash" / "t-ulangan-bab-6.yaml").exists()
    assert "t-ulangan-bab-6" not in nihongoku("exam", "list").stdout
