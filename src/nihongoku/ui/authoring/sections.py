"""What each section of a lesson holds: its fields, a new empty item, its list label, ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from nihongoku.core.authoring.lesson_files import new_id
from nihongoku.core.content.schema import LISTENING_FAMILIES, ExerciseFamily, Level, PartOfSpeech
from nihongoku.core.japanese import is_kana, is_kanji
from nihongoku.ui.authoring.item_form import FieldSpec
from nihongoku.ui.labels import family_name, level_name, pos_name


def translate(context: str, text: str) -> Callable[[], str]:
    """A label translated when shown (named so lupdate finds the literal)."""
    return lambda: QCoreApplication.translate(context, text)


LESSON_FIELDS = [
    FieldSpec(("title", "id"), translate("Authoring", "Title (Indonesian)")),
    FieldSpec(("title", "en"), translate("Authoring", "Title (English)")),
    FieldSpec(
        ("level",),
        translate("Authoring", "Level"),
        "choice",
        tuple((level.value, partial(level_name, level)) for level in Level),
    ),
    FieldSpec(("order",), translate("Authoring", "Order in the level"), "int"),
    FieldSpec(("goals",), translate("Authoring", "Goals (one per line)"), "lines"),
    FieldSpec(("maps_to",), translate("Authoring", "Textbook chapter")),
]

VOCABULARY_FIELDS = [
    FieldSpec(("written",), translate("Authoring", "Written"), japanese=False),
    FieldSpec(("reading",), translate("Authoring", "Reading (kana)")),
    FieldSpec(("furigana",), translate("Authoring", "Furigana (only if ambiguous)"), japanese=True),
    FieldSpec(("meaning", "id"), translate("Authoring", "Meaning (Indonesian)")),
    FieldSpec(("meaning", "en"), translate("Authoring", "Meaning (English)")),
    FieldSpec(
        ("pos",),
        translate("Authoring", "Part of speech"),
        "choice",
        tuple((pos.value, partial(pos_name, pos)) for pos in PartOfSpeech),
    ),
    FieldSpec(("example", "ja"), translate("Authoring", "Example: Japanese"), japanese=True),
    FieldSpec(("example", "id"), translate("Authoring", "Example: Indonesian")),
    FieldSpec(("example", "en"), translate("Authoring", "Example: English")),
    FieldSpec(("note", "id"), translate("Authoring", "Note (Indonesian)")),
    FieldSpec(("note", "en"), translate("Authoring", "Note (English)")),
]

KANJI_FIELDS = [
    FieldSpec(("char",), translate("Authoring", "Kanji")),
    FieldSpec(("onyomi",), translate("Authoring", "On readings (katakana, comma between)"), "list"),
    FieldSpec(("kunyomi",), translate("Authoring", "Kun readings (hiragana, た.べる)"), "list"),
    FieldSpec(("meaning", "id"), translate("Authoring", "Meaning (Indonesian)")),
    FieldSpec(("meaning", "en"), translate("Authoring", "Meaning (English)")),
    FieldSpec(("strokes",), translate("Authoring", "Strokes"), "int", maximum=30),
    FieldSpec(("examples",), translate("Authoring", "Example words (word ids)"), "list"),
]

GRAMMAR_FIELDS = [
    FieldSpec(("pattern",), translate("Authoring", "Pattern")),
    FieldSpec(("title", "id"), translate("Authoring", "Title (Indonesian)")),
    FieldSpec(("title", "en"), translate("Authoring", "Title (English)")),
    FieldSpec(("explanation", "id"), translate("Authoring", "Explanation (Indonesian)"), "text"),
    FieldSpec(("explanation", "en"), translate("Authoring", "Explanation (English)"), "text"),
    FieldSpec(("examples", 0, "ja"), translate("Authoring", "Example 1: Japanese"), japanese=True),
    FieldSpec(("examples", 0, "id"), translate("Authoring", "Example 1: Indonesian")),
    FieldSpec(("examples", 0, "en"), translate("Authoring", "Example 1: English")),
    FieldSpec(("examples", 1, "ja"), translate("Authoring", "Example 2: Japanese"), japanese=True),
    FieldSpec(("examples", 1, "id"), translate("Authoring", "Example 2: Indonesian")),
    FieldSpec(("examples", 1, "en"), translate("Authoring", "Example 2: English")),
    FieldSpec(
        ("examples", 2, "ja"),
        translate("Authoring", "Example 3 (optional): Japanese"),
        japanese=True,
    ),
    FieldSpec(("examples", 2, "id"), translate("Authoring", "Example 3: Indonesian")),
    FieldSpec(("examples", 2, "en"), translate("Authoring", "Example 3: English")),
]


# Listening items need recordings, which instructors cannot make here: the rest can be
# written in the editor, one question per exercise (a passage may hold one question).
WRITTEN_FAMILIES = [f for f in ExerciseFamily if f not in LISTENING_FAMILIES]


def _choice_label(n: int) -> str:
    return QCoreApplication.translate("Authoring", "Choice {n}").format(n=n)


def _wrong_label(n: int, language: str) -> str:
    if language == "id":
        text = QCoreApplication.translate("Authoring", "Why choice {n} is wrong (Indonesian)")
    else:
        text = QCoreApplication.translate("Authoring", "Why choice {n} is wrong (English)")
    return text.format(n=n)


def _question_fields() -> list[FieldSpec]:
    q: tuple[str | int, ...] = ("questions", 0)
    fields = [
        FieldSpec((*q, "stem"), translate("Authoring", "Question (stem)"), japanese=True),
        *(
            FieldSpec((*q, "choices", k), partial(_choice_label, k + 1), japanese=True)
            for k in range(4)
        ),
        FieldSpec((*q, "answer"), translate("Authoring", "Right choice (1-4)"), "int", maximum=4),
        FieldSpec(
            (*q, "order"),
            translate("Authoring", "★ composition only: the choices in their right order"),
            "list",
        ),
        FieldSpec(
            (*q, "explanation", "id"), translate("Authoring", "Why it is right (Indonesian)")
        ),
        FieldSpec((*q, "explanation", "en"), translate("Authoring", "Why it is right (English)")),
    ]
    fields += [
        FieldSpec((*q, "wrong", k, language), partial(_wrong_label, k, language))
        for k in range(1, 5)
        for language in ("id", "en")
    ]
    return fields


EXERCISE_FIELDS = [
    FieldSpec(
        ("family",),
        translate("Authoring", "Question type"),
        "choice",
        tuple((f.value, partial(family_name, f.value)) for f in WRITTEN_FAMILIES),
    ),
    FieldSpec(
        ("tests",), translate("Authoring", "What it tests (item ids, comma between)"), "list"
    ),
    FieldSpec(("passage",), translate("Authoring", "Text (reading and text grammar)"), "text"),
    FieldSpec(("passage_translation", "id"), translate("Authoring", "Text: Indonesian")),
    FieldSpec(("passage_translation", "en"), translate("Authoring", "Text: English")),
    *_question_fields(),
]


@dataclass(frozen=True)
class Section:
    key: str  # the lesson file's key: vocabulary, kanji, grammar
    title: Callable[[], str]
    fields: list[FieldSpec]
    empty: Callable[[], dict[str, Any]]
    caption: Callable[[dict[str, Any]], str]
    id_for: Callable[[dict[str, Any], Iterable[str]], str | None]


def _text(item: dict[str, Any], *path: str) -> str:
    value: Any = item
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value.strip() if isinstance(value, str) else ""


def _word_id(item: dict[str, Any], taken: Iterable[str]) -> str | None:
    reading = _text(item, "reading")
    return new_id("w", reading, taken) if reading and is_kana(reading) else None


def _kanji_id(item: dict[str, Any], taken: Iterable[str]) -> str | None:
    char = _text(item, "char")
    # kanji-<codepoint>, as in the course: a kanji the course already teaches shows up as
    # a clash to fix, not as a second copy under another id
    return f"kanji-{ord(char):x}" if len(char) == 1 and is_kanji(char) else None


def _grammar_id(item: dict[str, Any], taken: Iterable[str]) -> str | None:
    base = _text(item, "title", "en") or _text(item, "pattern")
    return new_id("g", base, taken) if base else None


def _exercise_id(item: dict[str, Any], taken: Iterable[str]) -> str | None:
    family = _text(item, "family")
    return new_id("x", family, taken) if family else None


def _exercise_caption(item: dict[str, Any]) -> str:
    questions = item.get("questions")
    first = questions[0] if isinstance(questions, list) and questions else {}
    stem = _text(first, "stem") if isinstance(first, dict) else ""
    return f"{family_name(_text(item, 'family'))}\n{stem or '…'}"


def _empty_example() -> dict[str, str]:
    return {"ja": "", "id": "", "en": ""}


SECTIONS = [
    Section(
        "vocabulary",
        translate("Authoring", "Vocabulary"),
        VOCABULARY_FIELDS,
        lambda: {
            "written": "",
            "reading": "",
            "meaning": {"id": "", "en": ""},
            "pos": PartOfSpeech.NOUN.value,
            "example": _empty_example(),
        },
        lambda item: f"{_text(item, 'written') or '…'}  ·  {_text(item, 'meaning', 'id')}",
        _word_id,
    ),
    Section(
        "kanji",
        translate("Authoring", "Kanji"),
        KANJI_FIELDS,
        lambda: {"char": "", "meaning": {"id": "", "en": ""}, "strokes": 1},
        lambda item: f"{_text(item, 'char') or '…'}  ·  {_text(item, 'meaning', 'id')}",
        _kanji_id,
    ),
    Section(
        "grammar",
        translate("Authoring", "Grammar"),
        GRAMMAR_FIELDS,
        lambda: {
            "pattern": "",
            "title": {"id": "", "en": ""},
            "explanation": {"id": "", "en": ""},
            "examples": [_empty_example(), _empty_example()],
        },
        lambda item: f"{_text(item, 'pattern') or '…'}  ·  {_text(item, 'title', 'id')}",
        _grammar_id,
    ),
    Section(
        "exercises",
        translate("Authoring", "Exercises"),
        EXERCISE_FIELDS,
        lambda: {
            "family": ExerciseFamily.GRAMMAR_FORM.value,
            "tests": [],
            "questions": [
                {
                    "stem": "",
                    "choices": ["", "", "", ""],
                    "answer": 1,
                    "explanation": {"id": "", "en": ""},
                    "wrong": {},
                }
            ],
        },
        _exercise_caption,
        _exercise_id,
    ),
]
