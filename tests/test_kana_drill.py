"""The kana drill engine: plain Python, a seeded rng, a small course built in tmp_path."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import Course, KanaEntry
from nihongoku.core.japanese import romaji
from nihongoku.core.practice.kana_drill import (
    RETRY_GAP,
    DrillMode,
    KanaDrill,
    KanaQuestion,
    choices_for,
    drillable,
    kana_from,
    kana_lessons,
    looks_alike,
)

HIRAGANA = "あいうえおかきくけこさしすせそたちつてとがぎぐげござじずぜぞだぢづでど"
KATAKANA = "シツソンノメクケタウワフアイカ"


def kana_lesson(lesson_id: str, order: int, prefix: str, chars: str) -> str:
    lines = [
        f"id: {lesson_id}",
        f"title: {{id: Kana {order}, en: Kana {order}}}",
        "level: kana",
        f"order: {order}",
        "goals: [Saya bisa membaca kana.]",
        "kana:",
    ]
    for index, char in enumerate(chars):
        lines += [f"  - id: {prefix}-{index}", f"    char: {char}", "    kind: basic"]
    return "\n".join(lines) + "\n"


def make_course(folder: Path, hiragana: str = HIRAGANA, katakana: str = KATAKANA) -> Course:
    (folder / "01.yaml").write_text(kana_lesson("kana-h", 1, "hira", hiragana), "utf-8")
    if katakana:
        (folder / "02.yaml").write_text(kana_lesson("kana-k", 2, "kata", katakana), "utf-8")
    course = build_course([folder])
    assert course.problems == []
    return course


@pytest.fixture
def course(tmp_path: Path) -> Course:
    return make_course(tmp_path)


def entries(course: Course, script: str) -> list[KanaEntry]:
    return kana_from(course.lessons, {script})


def right_answer(question: KanaQuestion, mode: DrillMode) -> str:
    return question.entry.romaji if mode is DrillMode.TYPE_ROMAJI else question.entry.char


def play(drill: KanaDrill, answer_right: bool | random.Random = True) -> list[KanaQuestion]:
    """Answer every question (right, or at random), returning what was asked."""
    asked: list[KanaQuestion] = []
    while not drill.finished:
        question = drill.current()
        asked.append(question)
        right = answer_right if isinstance(answer_right, bool) else answer_right.random() < 0.6
        drill.answer(right_answer(question, drill.mode) if right else "xx")
        drill.advance()
        assert len(asked) < 1000, "the drill never ends"
    return asked


@pytest.mark.parametrize("mode", list(DrillMode))
def test_a_drill_asks_length_questions_and_scores_them(course: Course, mode: DrillMode) -> None:
    drill = KanaDrill(entries(course, "hiragana"), mode, random.Random(1), length=12)
    assert drill.progress == (0, 12)
    asked = play(drill)
    assert len(asked) == 12
    assert drill.finished and drill.progress == (12, 12)
    assert (drill.score.right_first_time, drill.score.asked) == (12, 12)
    assert drill.mistakes == []
    assert all(q.entry.script == "hiragana" for q in asked)
    assert len({q.entry.char for q in asked}) == 12  # a round uses each kana once


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("pool", ["あいう", "あい", HIRAGANA])
def test_no_kana_is_asked_twice_in_a_row(tmp_path: Path, seed: int, pool: str) -> None:
    course = make_course(tmp_path, hiragana=pool, katakana="")
    mode = DrillMode.PICK_KANA if seed % 2 else DrillMode.TYPE_ROMAJI
    drill = KanaDrill(entries(course, "hiragana"), mode, random.Random(seed), length=10)
    asked = play(drill, random.Random(seed))
    chars = [q.entry.char for q in asked]
    assert all(a != b for a, b in pairwise(chars)), chars
    assert sum(q.entry.char in pool for q in asked) == len(asked)


def test_a_missed_kana_comes_back_a_few_questions_later_until_right(course: Course) -> None:
    drill = KanaDrill(entries(course, "hiragana"), DrillMode.TYPE_ROMAJI, random.Random(7), 10)
    missed = drill.current()
    assert not missed.retry
    feedback = drill.answer("xyz")
    assert (feedback.correct, feedback.expected_kana, feedback.given) == (
        False, missed.entry.char, "xyz"
    )  # fmt: skip
    assert feedback.expected_romaji == romaji(missed.entry.char)
    assert drill.progress == (1, 11)  # the missed kana will be asked again
    drill.advance()

    asked: list[KanaQuestion] = []
    while not drill.finished:
        question = drill.current()
        asked.append(question)
        # Missed again on its first return, right on its second.
        again = question.entry.char == missed.entry.char
        wrong = again and sum(q.entry.char == missed.entry.char for q in asked) == 1
        drill.answer("nope" if wrong else question.entry.romaji)
        drill.advance()

    returns = [i for i, q in enumerate(asked) if q.entry.char == missed.entry.char]
    assert returns == [RETRY_GAP, 2 * RETRY_GAP + 1]  # RETRY_GAP others in between, twice
    assert all(asked[i].retry for i in returns)
    assert len(asked) == 9 + 2
    assert (drill.score.right_first_time, drill.score.asked) == (9, 10)
    [mistake] = drill.mistakes
    assert (mistake.entry.char, mistake.given, mistake.count) == (
        missed.entry.char, ("xyz", "nope"), 2
    )  # fmt: skip


def test_a_kana_missed_at_the_end_returns_after_another_one(tmp_path: Path) -> None:
    course = make_course(tmp_path, hiragana="あいう", katakana="")
    drill = KanaDrill(entries(course, "hiragana"), DrillMode.TYPE_ROMAJI, random.Random(3), 2)
    first = drill.current().entry
    drill.answer(first.romaji)
    drill.advance()
    last = drill.current().entry
    drill.answer("wrong")
    drill.advance()
    # Nothing new is left: another kana goes in between, then the missed one, then done.
    filler = drill.current().entry
    assert filler.char != last.char
    drill.answer(filler.romaji)
    drill.advance()
    assert drill.current().entry == last and drill.current().retry
    drill.answer(last.romaji)
    drill.advance()
    assert drill.finished
    assert drill.score.asked == 2 and drill.score.right_first_time == 1


@pytest.mark.parametrize(
    ("char", "typed", "correct"),
    [
        ("し", "shi", True), ("し", "si", True), ("し", " SHI ", True), ("つ", "tu", True),
        ("つ", "tsu", True), ("ち", "ti", True), ("じ", "zi", True), ("ぢ", "ji", True),
        ("し", "su", False), ("つ", "su", False), ("シ", "shi", True), ("ツ", "shi", False),
    ],
)  # fmt: skip
def test_typed_romaji_accepts_common_spellings(
    course: Course, char: str, typed: str, correct: bool
) -> None:
    entry = next(e for e in course.entries() if isinstance(e, KanaEntry) and e.char == char)
    drill = KanaDrill([entry], DrillMode.TYPE_ROMAJI, random.Random(0), length=1)
    assert drill.current().prompt == char and drill.current().choices == ()
    assert drill.answer(typed).correct is correct


def test_picking_grades_the_kana_chosen(course: Course) -> None:
    drill = KanaDrill(entries(course, "katakana"), DrillMode.PICK_KANA, random.Random(5), 3)
    question = drill.current()
    assert question.prompt == question.entry.romaji
    wrong = next(c for c in question.choices if c != question.entry.char)
    feedback = drill.answer(wrong)
    assert not feedback.correct and feedback.given == wrong
    with pytest.raises(RuntimeError):
        drill.answer(question.entry.char)  # one answer per question


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("script", ["hiragana", "katakana"])
def test_choices_are_the_answer_and_three_distinct_distractors_of_its_script(
    course: Course, seed: int, script: str
) -> None:
    pool = entries(course, script)
    drill = KanaDrill(pool, DrillMode.PICK_KANA, random.Random(seed), length=len(pool))
    for question in play(drill):
        choices = question.choices
        assert len(choices) == 4 and len(set(choices)) == 4
        assert question.entry.char in choices
        by_char = {e.char: e for e in pool}
        assert all(by_char[c].script == script for c in choices)
        # The romaji prompt names exactly one of the choices (not じ and ぢ together).
        assert [romaji(c) for c in choices].count(question.prompt) == 1


@pytest.mark.parametrize(
    ("answer", "lookalikes"),
    [("ツ", "シソン"), ("ソ", "ンツノシ"), ("メ", "ノ"), ("ク", "ケタワ"), ("ウ", "ワフ"),
     ("か", "が"), ("ぢ", "ち"), ("さ", "ちきざ"), ("し", "つじ")],
)  # fmt: skip
def test_distractors_start_with_look_alikes(course: Course, answer: str, lookalikes: str) -> None:
    pool = drillable(e for e in course.entries() if isinstance(e, KanaEntry))
    entry = next(e for e in pool if e.char == answer)
    for seed in range(10):
        choices = choices_for(entry, pool, random.Random(seed))
        distractors = [c for c in choices if c != answer]
        expected = min(3, len(lookalikes))
        assert sum(c in lookalikes for c in distractors) == expected, (answer, choices)
    assert all(looks_alike(answer, other) for other in lookalikes)


def test_same_row_kana_follow_the_look_alikes(tmp_path: Path) -> None:
    course = make_course(tmp_path, hiragana="かきくけこあいうえお", katakana="")
    pool = entries(course, "hiragana")
    entry = next(e for e in pool if e.char == "く")
    choices = choices_for(entry, pool, random.Random(0))
    assert set(choices) <= set("かきくけこ")  # no look-alike here: the か row fills in


def test_a_small_pool_gives_fewer_choices_never_a_duplicate(tmp_path: Path) -> None:
    course = make_course(tmp_path, hiragana="あい", katakana="ア")
    drill = KanaDrill(
        kana_from(course.lessons, {"hiragana", "katakana"}),
        DrillMode.PICK_KANA,
        random.Random(2),
        length=6,
    )
    for question in play(drill):
        expected = {"あ", "い"} if question.entry.script == "hiragana" else {"ア"}
        assert set(question.choices) == expected and len(question.choices) == len(expected)


def test_a_seeded_drill_is_reproducible(course: Course) -> None:
    pool = kana_from(course.lessons, {"hiragana", "katakana"})

    def run(seed: int) -> list[tuple[str, tuple[str, ...]]]:
        drill = KanaDrill(pool, DrillMode.PICK_KANA, random.Random(seed), length=30)
        return [(q.entry.char, q.choices) for q in play(drill, random.Random(99))]

    assert run(11) == run(11)
    assert run(11) != run(12)


def test_which_kana_can_be_drilled(tmp_path: Path) -> None:
    course = make_course(tmp_path, hiragana="あいっ", katakana="アー")
    assert [e.char for e in entries(course, "hiragana")] == ["あ", "い"]  # っ has no romaji
    assert [e.char for e in entries(course, "katakana")] == ["ア"]
    assert [lesson.id for lesson in kana_lessons(course, {"katakana"})] == ["kana-k"]
    assert [lesson.id for lesson in kana_lessons(course, {"hiragana", "katakana"})] == [
        "kana-h",
        "kana-k",
    ]
    with pytest.raises(ValueError):
        KanaDrill(drillable([]), DrillMode.TYPE_ROMAJI, random.Random(0))
    with pytest.raises(ValueError):
        KanaDrill(entries(course, "hiragana"), DrillMode.TYPE_ROMAJI, random.Random(0), 0)
