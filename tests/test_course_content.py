"""The real course in lessons/: what learners study must be correct."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import Course
from nihongoku.core.content.schema import KanaKind, Level
from nihongoku.core.japanese import is_kanji, plain_text, to_katakana
from tests.jmdict import is_valid_pair, kanji_facts, old_jlpt4_kanji, readings_of

LESSONS = Path(__file__).resolve().parent.parent / "lessons"

BASIC_HIRAGANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
)
DAKUTEN_HIRAGANA = "がぎぐげござじずぜぞだぢづでどばびぶべぼ"
HANDAKUTEN_HIRAGANA = "ぱぴぷぺぽ"
YOON_HIRAGANA = [base + small for base in "きぎしじちにひびぴみり" for small in "ゃゅょ"]


@cache
def course() -> Course:
    return build_course([LESSONS])


def test_validate_passes_on_the_whole_course() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nihongoku", "validate"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("no problems")


def test_every_word_reading_pair_is_in_jmdict() -> None:
    wrong = [
        f"{word.lesson_id}: {word.id} {word.written} [{word.reading}] "
        f"(JMdict: {sorted(readings_of(word.written))})"
        for lesson in course().lessons
        for word in lesson.vocabulary
        if not is_valid_pair(word.written, word.reading)
    ]
    assert wrong == []


@pytest.mark.parametrize("script", ["hiragana", "katakana"])
def test_the_kana_module_covers_every_character(script: str) -> None:
    convert = (lambda s: s) if script == "hiragana" else to_katakana
    kana = [e for lesson in course().lessons for e in lesson.kana if e.script == script]
    chars = {e.char for e in kana}
    expected = {convert(c) for c in BASIC_HIRAGANA + DAKUTEN_HIRAGANA + HANDAKUTEN_HIRAGANA}
    expected |= {convert(pair) for pair in YOON_HIRAGANA}
    expected.add(convert("っ"))
    assert sorted(expected - chars) == []
    if script == "katakana":
        assert "ー" in chars
        assert {"ティ", "ファ"} <= chars
    kinds = {e.kind for e in kana}
    assert {KanaKind.BASIC, KanaKind.DAKUTEN, KanaKind.YOON, KanaKind.SOKUON} <= kinds


def test_every_kana_has_an_indonesian_mnemonic_and_an_example() -> None:
    for lesson in course().lessons:
        for kana in lesson.kana:
            assert kana.mnemonic is not None, kana.id
            if kana.kind in (KanaKind.BASIC, KanaKind.DAKUTEN, KanaKind.HANDAKUTEN) and (
                kana.char not in "をヲヂヅ"  # a particle, and two kana no common word uses
            ):
                assert kana.example_ids, kana.id


def test_kana_lessons_come_first_and_in_order() -> None:
    kana_lessons = [lesson for lesson in course().lessons if lesson.level is Level.KANA]
    assert len(kana_lessons) >= 10
    assert course().lessons[: len(kana_lessons)] == kana_lessons


def test_every_n5_and_n4_word_has_an_example_sentence() -> None:
    missing = [
        word.id
        for lesson in course().lessons
        if lesson.level in (Level.N5, Level.N4)
        for word in lesson.vocabulary
        if word.example is None
    ]
    assert missing == []


def test_kanji_strokes_and_readings_agree_with_kanjidic2() -> None:
    wrong = []
    for lesson in course().lessons:
        for kanji in lesson.kanji:
            strokes, on, kun = kanji_facts(kanji.char)
            if strokes != kanji.strokes:
                wrong.append(f"{kanji.char}: {kanji.strokes} strokes, KANJIDIC2 says {strokes}")
            wrong += [f"{kanji.char}: on {r} not in {sorted(on)}" for r in kanji.on if r not in on]
            # KANJIDIC2 marks prefixes/suffixes with '-': compare without them
            kun_plain = {k.strip("-") for k in kun}
            wrong += [
                f"{kanji.char}: kun {r} not in {sorted(kun)}"
                for r in kanji.kun
                if r.strip("-") not in kun_plain
            ]
    assert wrong == []


def test_example_sentences_use_only_kanji_a_learner_has_met() -> None:
    """N5 kanji, kanji the course has taught by then, and a word's own kanji; else kana.

    The same holds for exercises: stems, choices, passages and listening scripts (the
    learner reads a script when reviewing a mistake).
    """
    allowed = set(old_jlpt4_kanji())
    wrong = []
    for lesson in sorted(course().lessons, key=lambda lesson: lesson.sort_key):
        if lesson.level not in (Level.N5, Level.N4):
            continue
        allowed |= {kanji.char for kanji in lesson.kanji}
        texts: list[tuple[str, str, set[str]]] = [
            (word.id, word.example.text, set(word.written))
            for word in lesson.vocabulary
            if word.example is not None
        ]
        texts += [(g.id, ex.text, set()) for g in lesson.grammar for ex in g.examples]
        for exercise in lesson.exercises:
            parts = [exercise.passage or ()] + [
                part for q in exercise.questions for part in (q.stem, *q.choices)
            ]
            parts += [turn.pieces for turn in exercise.script]
            texts += [(exercise.id, plain_text(list(part)), set()) for part in parts]
        for item_id, text, own in texts:
            unmet = sorted({c for c in text if is_kanji(c)} - allowed - own)
            if unmet:
                wrong.append(f"{lesson.id} {item_id}: {''.join(unmet)} in {text}")
    assert wrong == [], "\n".join(wrong)


def test_the_n5_lessons_teach_every_n5_kanji() -> None:
    taught = {
        k.char for lesson in course().lessons if lesson.level == Level.N5 for k in lesson.kanji
    }
    assert "".join(sorted(old_jlpt4_kanji() - taught)) == ""


def test_the_n5_course_has_the_authored_exercises_issue_6_asks_for() -> None:
    from collections import Counter

    from nihongoku.core.content.schema import ExerciseFamily as F

    n5 = [e for e in course().exercises() if e.level == Level.N5]
    questions = Counter(e.family for e in n5 for _ in e.questions)
    passages = Counter(e.family for e in n5)
    assert questions[F.GRAMMAR_FORM] >= 60
    assert questions[F.COMPOSITION] >= 30
    assert questions[F.PARAPHRASE] >= 30
    assert passages[F.TEXT_GRAMMAR] >= 20
    assert passages[F.READING_SHORT] + passages[F.READING_MID] + passages[F.READING_INFO] >= 20
    assert sum(questions.values()) >= 300
