"""Authored exercises in lesson files: every family's shape, checked with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from nihongoku.core.content.build import build_course
from nihongoku.core.content.report import course_stats
from nihongoku.core.content.schema import ExerciseFamily
from tests.test_content_format import GOOD, validate, write

EXERCISES = """\
exercises:
  - id: x-test-gf-1
    family: grammar-form
    tests: [g-masu]
    questions:
      - stem: 毎朝[まいあさ] パン（　）食[た]べます。
        choices: [を, に, で, が]
        answer: 1
        explanation: {id: Benda yang dimakan ditandai を., en: What is eaten takes を.}
        wrong:
          2: {id: に untuk tempat atau waktu., en: に marks a place or time.}
          3: {id: で untuk tempat kegiatan., en: で marks where an action happens.}
          4: {id: が untuk subjek., en: が marks the subject.}
  - id: x-test-comp-1
    family: composition
    tests: [w-taberu]
    questions:
      - stem: わたしは ＿＿ ＿＿ ＿★＿ ＿＿ 食[た]べます。
        choices:
          - パン
          - を
          - 毎朝[まいあさ]
          - 家[いえ]で
        answer: 1
        order: [3, 4, 1, 2]
        explanation: {id: 毎朝 家で パン を 食べます., en: 毎朝 家で パン を 食べます.}
        wrong:
          2: {id: を harus sesudah パン., en: を must follow パン.}
          3: {id: 毎朝 ada di awal., en: 毎朝 comes first.}
          4: {id: 家で ada sebelum パン., en: 家で comes before パン.}
  - id: x-test-para-1
    family: paraphrase
    tests: [w-mizu]
    questions:
      - stem: __水[みず]を 飲[の]みました__。
        choices:
          - 水[みず]を 飲[の]みませんでした。
          - 水[みず]を 飲[の]みました。
          - パンを 食[た]べました。
        answer: 2
        explanation: {id: Sama artinya., en: Same meaning.}
        wrong:
          1: {id: Ini kebalikannya., en: This is the opposite.}
          3: {id: Ini tentang roti., en: This is about bread.}
  - id: x-test-usage-1
    family: usage
    tests: [w-taberu]
    questions:
      - stem: 食[た]べる
        choices:
          - 毎朝[まいあさ] パンを 食[た]べます。
          - 毎朝[まいあさ] 水[みず]を 食[た]べます。
          - 毎朝[まいあさ] 本[ほん]を 食[た]べます。
          - 毎朝[まいあさ] 学校[がっこう]に 食[た]べます。
        answer: 1
        explanation: {id: Roti dimakan., en: Bread is eaten.}
        wrong:
          2: {id: Air diminum (飲む)., en: Water is drunk (飲む).}
          3: {id: Buku dibaca (読む)., en: Books are read (読む).}
          4: {id: Ke sekolah kita pergi (行く)., en: You go to school (行く).}
  - id: x-test-read-1
    family: reading-short
    tests: [w-taberu]
    passage: 朝[あさ]、パンを 食[た]べました。水[みず]も 飲[の]みました。
    passage_translation:
      id: Pagi ini saya makan roti dan minum air.
      en: I ate bread and drank water this morning.
    questions:
      - stem: 朝[あさ]、何[なに]を 食[た]べましたか。
        choices:
          - パン
          - ごはん
          - 水[みず]
          - 何[なに]も 食[た]べませんでした
        answer: 1
        explanation: {id: Tertulis パンを 食べました., en: It says パンを 食べました.}
        wrong:
          2: {id: Nasi tidak disebut., en: Rice is not mentioned.}
          3: {id: Air itu diminum., en: Water is drunk.}
          4: {id: Dia makan roti., en: She ate bread.}
"""


def test_every_family_compiles_and_stats_count_questions_per_family(tmp_path: Path) -> None:
    write(tmp_path, "01.yaml", GOOD + EXERCISES)
    course = build_course([tmp_path])
    assert course.problems == []
    exercises = {e.id: e for e in course.exercises()}
    composition = exercises["x-test-comp-1"].questions[0]
    assert composition.answer == 0 and composition.order == (2, 3, 0, 1)
    reading = exercises["x-test-read-1"]
    assert reading.passage is not None and reading.passage[0].text == "朝"
    assert exercises["x-test-gf-1"].questions[0].wrong[3].en == "が marks the subject."
    stats = course_stats(course)["levels"]["n5"]["exercises"]
    assert stats == {
        ExerciseFamily.GRAMMAR_FORM.value: 1,
        ExerciseFamily.COMPOSITION.value: 1,
        ExerciseFamily.PARAPHRASE.value: 1,
        ExerciseFamily.USAGE.value: 1,
        ExerciseFamily.READING_SHORT.value: 1,
    }
    # exercises are practised, not flashcards: they are not course entries
    assert not any(entry.id.startswith("x-") for entry in course.entries())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("パン（　）食", "パン 食"), "needs exactly one blank （　）"),
        (("answer: 1\n        explanation: {id: Benda",
          "answer: 5\n        explanation: {id: Benda"),
         "less than or equal to 4"),
        (("          4: {id: が untuk subjek., en: が marks the subject.}\n", ""),
         "'wrong' must explain each wrong choice: missing [4]"),
        (("choices: [を, に, で, が]", "choices: [を, に, を, が]"), "two choices are the same"),
        (("order: [3, 4, 1, 2]", "order: [3, 1, 4, 2]"),
         "the order puts choice 4 at ★, but the answer is 1"),
        (("わたしは ＿＿ ＿＿ ＿★＿ ＿＿", "わたしは ＿＿ ＿★＿ ＿＿"), "four slots"),
        (("__水[みず]を 飲[の]みました__", "水[みず]を 飲[の]みました"), "one __underlined__ part"),
        (("tests: [w-mizu]", "tests: [w-nothing]"), "tests 'w-nothing' is not an item"),
        (("          - 毎朝[まいあさ] 本[ほん]を 食[た]べます。",
          "          - 毎朝[まいあさ] 本[ほん]を 読[よ]みます。"),
         "choice 3 does not use the word 食べる"),
        (("      - stem: 食[た]べる\n", "      - stem: パンを 食[た]べる\n"),
         "a usage item's stem is the word alone"),
        (("passage: 朝[あさ]、パンを", "passage: 朝、パンを"), "passage: 朝 has no reading"),
        (("family: reading-short", "family: reading-novel"), "family"),
    ],
)  # fmt: skip
def test_each_exercise_mistake_is_named_with_its_line(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in EXERCISES
    path = write(tmp_path, "01.yaml", GOOD + EXERCISES.replace(old, new, 1))
    result = validate(tmp_path)
    assert result.returncode == 1
    assert any(
        line.startswith(f"{path}:") and message in line for line in result.stdout.splitlines()
    ), result.stdout


def test_the_documented_exercises_are_valid(tmp_path: Path) -> None:
    import re

    from tests.test_content_format import ROOT

    doc = (ROOT / "docs" / "lesson-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", doc, re.DOTALL)
    lesson = blocks[0].split("\nkana:")[0]  # the first example, without the kana snippet
    exercises = next(block for block in blocks if block.startswith("exercises:"))
    listening = next(block for block in blocks if "family: listening-" in block)
    write(tmp_path, "example.yaml", lesson + exercises + listening)
    result = validate(tmp_path)
    assert result.returncode == 0, result.stdout


def test_stats_json_counts_authored_questions_and_generated_families_per_level() -> None:
    import json
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "nihongoku", "stats", "--json"], capture_output=True, text=True
    )
    n5 = json.loads(result.stdout)["levels"]["n5"]
    assert sum(n5["exercises"].values()) >= 300
    assert set(n5["generated"]) == {
        "kanji-reading", "orthography", "context-word", "meaning", "meaning-reverse"
    }  # fmt: skip
    assert n5["generated"]["meaning"] >= 0.99 * n5["vocabulary"]
