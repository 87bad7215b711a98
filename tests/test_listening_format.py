"""Listening items in lesson files: scripts with speakers, the test's choice rules, and
the clip each one gets (spoken choices included), checked with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from nihongoku.core.audio_build import ClipSpec, course_clips, listening_turns
from nihongoku.core.content.build import build_course
from nihongoku.core.content.schema import ExerciseFamily
from nihongoku.core.japanese import plain_text
from tests.test_content_format import GOOD, validate, write

LISTENING = """\
exercises:
  - id: x-test-lt-1
    family: listening-task
    tests: [w-taberu, w-mizu]
    script: |
      N: 男[おとこ]の人[ひと]と 女[おんな]の人[ひと]が 話[はな]して います。
      N: 男[おとこ]の人[ひと]は 何[なに]を 食[た]べますか。
      M: 何[なに]を 食[た]べましょうか。
      F: パンを 食[た]べましょう。水[みず]も 飲[の]みましょう。
      N: 男[おとこ]の人[ひと]は 何[なに]を 食[た]べますか。
    script_translation:
      id: "N: Seorang laki-laki dan perempuan berbicara. ..."
      en: "N: A man and a woman are talking. ..."
    questions:
      - stem: 男[おとこ]の人[ひと]は 何[なに]を 食[た]べますか。
        choices:
          - パン
          - 水[みず]
          - ごはん
          - 肉[にく]
        answer: 1
        explanation: {id: Perempuan mengajak makan roti., en: The woman suggests bread.}
        wrong:
          2: {id: Air diminum dan tidak dimakan., en: Water is drunk and not eaten.}
          3: {id: Nasi tidak disebut., en: Rice is not mentioned.}
          4: {id: Daging tidak disebut., en: Meat is not mentioned.}
  - id: x-test-lr-1
    family: listening-response
    tests: [w-mizu]
    script: |
      F: 水[みず]を 飲[の]みますか。
    script_translation: {id: "F: Mau minum air?", en: "F: Will you drink water?"}
    questions:
      - stem: 水[みず]を 飲[の]みますか。
        choices:
          - はい、飲[の]みます。
          - はい、食[た]べます。
          - いいえ、水[みず]です。
        answer: 1
        explanation: {id: Jawaban yang cocok untuk ajakan minum., en: The fitting reply.}
        wrong:
          2: {id: Air tidak dimakan., en: Water is not eaten.}
          3: {id: Tidak menjawab pertanyaan., en: Does not answer the question.}
"""


def test_listening_items_load_with_their_script_and_spoken_choices(tmp_path: Path) -> None:
    write(tmp_path, "01.yaml", GOOD + LISTENING)
    course = build_course([tmp_path])
    assert course.problems == []
    task, response = course.lessons[0].exercises
    assert task.family is ExerciseFamily.LISTENING_TASK and task.is_listening
    assert [t.speaker for t in task.script] == ["N", "N", "M", "F", "N"]
    assert not task.choices_spoken and response.choices_spoken

    clips = {clip.id: clip for clip in course_clips(course)}
    assert listening_turns(task) == task.script  # printed choices are not spoken
    spoken = clips["x-test-lr-1"]
    assert isinstance(spoken, ClipSpec)
    # the woman asks; the narrator numbers the replies, which the man says
    assert [t.speaker for t in spoken.turns] == ["F", "N", "M", "N", "M", "N", "M"]
    assert [plain_text(list(t.pieces)) for t in spoken.turns[1::2]] == ["いち", "に", "さん"]
    assert plain_text(list(spoken.turns[2].pieces)) == "はい、飲みます。"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("    script: |\n      N: 男", "    passage: |\n      N: 男"), "needs a script"),
        (("      M: 何[なに]を", "      X: 何[なに]を"), "script: line 3: expected one of"),
        (("      F: パンを 食[た]べましょう。", "      F: パンを 食べましょう。"),
         "script: 食 has no reading"),
        (("          - ごはん\n          - 肉[にく]\n", "          - ごはん\n"),
         "a listening-task question has 4 choices"),
        (("family: listening-response", "family: listening-expression"),
         "needs the situation"),
        (('    script_translation: {id: "F: Mau', '    situation: {id: "F: Mau'),
         "a listening script needs its translation"),
    ],
)  # fmt: skip
def test_each_listening_mistake_is_named_with_its_line(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in LISTENING, old
    path = write(tmp_path, "01.yaml", GOOD + LISTENING.replace(old, new, 1))
    result = validate(tmp_path)
    assert result.returncode == 1
    assert any(
        line.startswith(f"{path}:") and message in line for line in result.stdout.splitlines()
    ), result.stdout


def test_only_listening_items_have_a_script(tmp_path: Path) -> None:
    text = GOOD + LISTENING.replace("family: listening-task", "family: grammar-form", 1)
    path = write(tmp_path, "01.yaml", text)
    result = validate(tmp_path)
    assert result.returncode == 1
    assert f"{path}:" in result.stdout and "only listening exercises have a script" in result.stdout
