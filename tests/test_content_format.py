"""The lesson format and its validator, driven through real files and the real CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nihongoku.core.content.build import build_course

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
id: n5-test
title: {id: Uji, en: Test}
level: n5
order: 1
goals: [Saya bisa menguji.]
vocabulary:
  - id: w-taberu
    written: 食べる
    reading: たべる
    meaning: {id: makan, en: to eat}
    pos: verb-ichidan
    example:
      ja: パンを 食[た]べます。
      id: Saya makan roti.
      en: I eat bread.
  - id: w-mizu
    written: 水
    reading: みず
    meaning: {id: air, en: water}
    pos: noun
kanji:
  - id: kanji-6c34
    char: 水
    onyomi: [スイ]
    kunyomi: [みず]
    meaning: {id: air, en: water}
    strokes: 4
    examples: [w-mizu]
grammar:
  - id: g-masu
    pattern: V-ます
    title: {id: Bentuk sopan, en: Polite form}
    explanation: {id: Bentuk sopan kata kerja., en: The polite verb form.}
    examples:
      - ja: 水[みず]を 飲[の]みます。
        id: Saya minum air.
        en: I drink water.
      - ja: パンを 食[た]べます。
        id: Saya makan roti.
        en: I eat bread.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def validate(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nihongoku", "validate", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_correct_lesson_compiles_with_derived_romaji_and_furigana(tmp_path: Path) -> None:
    write(tmp_path, "01.yaml", GOOD)
    course = build_course([tmp_path])
    assert course.problems == []
    word = course.item("w-taberu")
    assert word.romaji == "taberu"  # type: ignore[union-attr]
    assert [(p.text, p.reading) for p in word.furigana] == [("食", "た"), ("べる", None)]  # type: ignore[union-attr]
    assert word.example.text == "パンを 食べます。"  # type: ignore[union-attr]
    result = validate(tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == "1 lesson file(s), 4 items: no problems"


@pytest.mark.parametrize(
    ("broken", "line", "message"),
    [
        (GOOD.replace("reading: たべる", "reading: taberu"), 9, "is not kana"),
        (GOOD.replace("reading: たべる", "reading: のむ"), 9, "does not fit"),
        (GOOD.replace("ja: パンを 食[た]べます。", "ja: パンを 飲[の]みます。"), 13,
         "does not contain 食べる"),
        (GOOD.replace("ja: パンを 食[た]べます。", "ja: パンを 食べます。"), 13, "has no reading"),
        (GOOD.replace("onyomi: [スイ]", "onyomi: [すい]"), 24, "must be katakana"),
        (GOOD.replace("examples: [w-mizu]", "examples: [w-nothing]"), 28,
         "'w-nothing' is not a vocabulary id"),
        (GOOD.replace("examples: [w-mizu]", "examples: [w-taberu]"), 28, "does not contain 水"),
        (GOOD.replace("    pos: noun", "    pos: noun\n    colour: blue"), 21, "unknown field"),
        (GOOD.replace("    pos: noun\n", ""), 16, "pos: Field required"),
        (GOOD.replace("strokes: 4", "strokes: four"), 27, "valid integer"),
        (GOOD.replace("id: w-mizu", "id: w-taberu"), 16, "already used"),
        (GOOD.replace("level: n5", "level: n3"), 3, "level"),
        (GOOD.replace("  - id: w-mizu", "  - id: w-mizu\n    id: w-air"), 17, "given twice"),
        (GOOD.replace("goals: [Saya bisa menguji.]", "goals: [Saya bisa menguji."), 6,
         "flow sequence that starts on line 5"),
        (GOOD.replace("id: w-mizu", "id: W Mizu"), 16, "pattern"),
        (GOOD.replace("order: 1\n", "order: 1\nreview: [w-nothing]\n"), 5,
         "review 'w-nothing' is not a vocabulary id"),
        (GOOD.replace("order: 1\n", "order: 1\nreview: [w-mizu]\n"), 5,
         "review 'w-mizu' is taught in this lesson"),
    ],
)  # fmt: skip
def test_each_problem_is_reported_with_file_and_line(
    tmp_path: Path, broken: str, line: int, message: str
) -> None:
    path = write(tmp_path, "01.yaml", broken)
    result = validate(tmp_path)
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert any(out.startswith(f"{path}:{line}: ") and message in out for out in lines), (
        result.stdout
    )


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    broken = GOOD.replace("reading: たべる", "reading: taberu").replace(
        "onyomi: [スイ]", "onyomi: [すい]"
    )
    write(tmp_path, "01.yaml", broken)
    result = validate(tmp_path)
    assert result.returncode == 1
    assert len(result.stdout.strip().splitlines()) == 2
    assert "2 problem(s) in 1 of 1 file(s)" in result.stderr


def test_ids_must_be_unique_across_files_and_orders_per_level(tmp_path: Path) -> None:
    write(tmp_path, "01.yaml", GOOD)
    second = GOOD.replace("id: n5-test", "id: n5-other").replace("w-mizu", "w-mizu-2")
    second = second.replace("kanji-6c34", "kanji-x").replace("g-masu", "g-masu-2")
    path = write(tmp_path, "02.yaml", second)
    out = validate(tmp_path).stdout
    assert f"{path}:7: id 'w-taberu' is already used" in out
    assert f"{path}:4: order 1 of level n5 is already taken" in out


def test_a_broken_file_does_not_stop_the_rest_of_the_course(tmp_path: Path) -> None:
    write(tmp_path, "01.yaml", GOOD)
    broken = write(tmp_path, "02.yaml", "id: [unclosed\n")
    course = build_course([tmp_path])
    assert [lesson.id for lesson in course.lessons] == ["n5-test"]
    assert course.broken_files() == [broken]


@pytest.mark.parametrize(
    "hostile",
    [
        b"a: &x [1, 2]\nb: *x\n",  # aliases: the billion-laughs door
        b"\xff\xfe\x00garbage",
        b"- just\n- a list\n",
        b"!!python/object/apply:os.system ['echo hacked']\n",
        b"",
    ],
)
def test_hostile_files_get_a_message_not_a_traceback(tmp_path: Path, hostile: bytes) -> None:
    (tmp_path / "x.yaml").write_bytes(hostile)
    result = validate(tmp_path)
    assert result.returncode == 1
    assert re.match(rf"{re.escape(str(tmp_path / 'x.yaml'))}:\d+: ", result.stdout)
    assert "Traceback" not in result.stderr
    assert "hacked" not in result.stdout


def test_the_documented_example_is_a_valid_lesson(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "lesson-format.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.DOTALL)
    assert example is not None
    write(tmp_path, "example.yaml", example.group(1))
    assert validate(tmp_path).returncode == 0


def test_stats_and_content_json_describe_the_course(tmp_path: Path) -> None:
    write(tmp_path, "01.yaml", GOOD)
    write(tmp_path, "00.yaml", KANA)

    def run(*args: str) -> object:
        result = subprocess.run(
            [sys.executable, "-m", "nihongoku", *args, str(tmp_path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    stats = run("stats", "--json")
    assert stats["lessons"] == 2  # type: ignore[index]
    assert stats["levels"]["n5"] == {  # type: ignore[index]
        "lessons": 1, "kana": 0, "vocabulary": 2, "kanji": 1, "grammar": 1,
        "examples": 3, "exercises": {},
        "generated": {"kanji-reading": 2, "orthography": 2, "context-word": 1, "meaning": 2,
                      "meaning-reverse": 2},
    }  # fmt: skip
    assert stats["levels"]["kana"]["kana"] == 2  # type: ignore[index]
    items = {item["id"]: item for item in run("content", "--json")}  # type: ignore[attr-defined]
    assert items["hira-shi"] == {
        "id": "hira-shi", "kind": "kana", "level": "kana", "lesson": "kana-x",
        "written": "し", "reading": "し", "romaji": "shi", "script": "hiragana",
        "meaning": None,
    }  # fmt: skip
    assert items["w-taberu"]["romaji"] == "taberu"
    assert items["w-taberu"]["meaning"] == {"id": "makan", "en": "to eat"}
    assert items["kanji-6c34"]["kind"] == "kanji"
    assert items["g-masu"]["kind"] == "grammar"


KANA = """\
id: kana-x
title: {id: Kana, en: Kana}
level: kana
order: 1
goals: [Saya bisa membaca し.]
kana:
  - id: hira-shi
    char: し
    kind: basic
  - id: hira-tsu
    char: つ
    kind: basic
"""


def test_a_review_must_point_back_to_an_earlier_lesson(tmp_path: Path) -> None:
    write(tmp_path, "02.yaml", GOOD.replace("order: 1\n", "order: 2\n"))
    first = GOOD.replace("id: n5-test", "id: n5-first").replace("w-mizu", "w-mizu-2")
    first = first.replace("w-taberu", "w-taberu-2").replace("kanji-6c34", "kanji-x")
    first = first.replace("g-masu", "g-masu-2").replace(
        "order: 1\n", "order: 1\nreview: [w-mizu]\n"
    )
    path = write(tmp_path, "01.yaml", first)
    out = validate(tmp_path).stdout
    assert f"{path}:5: review 'w-mizu' is taught later, in lesson 'n5-test'" in out
