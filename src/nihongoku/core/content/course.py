"""The compiled course: lesson files checked and turned into the app's content model.

Derived values (romaji, furigana placement, a sentence's plain text and reading) are
computed here, once, from what the author wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import (
    LISTENING_FAMILIES,
    SPOKEN_CHOICES,
    Bilingual,
    Example,
    ExerciseFamily,
    KanaKind,
    Level,
    PartOfSpeech,
)
from nihongoku.core.content.script import Turn
from nihongoku.core.japanese import Ruby, plain_text, reading_of

LEVEL_ORDER = {Level.KANA: 0, Level.N5: 1, Level.N4: 2}


@dataclass(frozen=True)
class Sentence:
    pieces: tuple[Ruby, ...]
    translation: Bilingual
    audio: str | None = None

    @property
    def text(self) -> str:
        return plain_text(list(self.pieces))

    @property
    def reading(self) -> str:
        return reading_of(list(self.pieces))


@dataclass(frozen=True)
class KanaEntry:
    id: str
    lesson_id: str
    level: Level
    char: str
    script: str  # "hiragana" | "katakana"
    kind: KanaKind
    romaji: str
    mnemonic: Bilingual | None
    example_ids: tuple[str, ...]
    kind_name = "kana"


@dataclass(frozen=True)
class VocabEntry:
    id: str
    lesson_id: str
    level: Level
    written: str
    reading: str
    romaji: str
    furigana: tuple[Ruby, ...]
    meaning: Bilingual
    pos: PartOfSpeech
    example: Sentence | None
    audio: str | None
    note: Bilingual | None
    kind_name = "vocabulary"


@dataclass(frozen=True)
class KanjiEntry:
    id: str
    lesson_id: str
    level: Level
    char: str
    on: tuple[str, ...]
    kun: tuple[str, ...]
    meaning: Bilingual
    strokes: int
    example_ids: tuple[str, ...]
    kind_name = "kanji"


@dataclass(frozen=True)
class GrammarEntry:
    id: str
    lesson_id: str
    level: Level
    pattern: str
    title: Bilingual
    explanation: Bilingual
    examples: tuple[Sentence, ...]
    kind_name = "grammar"


Entry = KanaEntry | VocabEntry | KanjiEntry | GrammarEntry


@dataclass(frozen=True)
class QuestionEntry:
    stem: tuple[Ruby, ...]
    choices: tuple[tuple[Ruby, ...], ...]
    answer: int  # index into choices, from 0
    order: tuple[int, ...] | None  # composition: indexes of choices, slot by slot
    explanation: Bilingual
    wrong: dict[int, Bilingual]  # by index from 0


@dataclass(frozen=True)
class ExerciseEntry:
    """An authored practice/exam item: one passage (or none) and its questions."""

    id: str
    lesson_id: str
    level: Level
    family: ExerciseFamily
    tests: tuple[str, ...]
    passage: tuple[Ruby, ...] | None
    passage_translation: Bilingual | None
    questions: tuple[QuestionEntry, ...]
    script: tuple[Turn, ...] = ()  # listening families: what is heard, turn by turn
    script_translation: Bilingual | None = None
    situation: Bilingual | None = None

    @property
    def is_listening(self) -> bool:
        return self.family in LISTENING_FAMILIES

    @property
    def choices_spoken(self) -> bool:
        """Are the choices heard, not printed (expression, quick response)?"""
        return self.family in SPOKEN_CHOICES


@dataclass(frozen=True)
class Lesson:
    id: str
    title: Bilingual
    level: Level
    order: int
    goals: tuple[str, ...]
    maps_to: str | None
    path: Path
    kana: tuple[KanaEntry, ...]
    vocabulary: tuple[VocabEntry, ...]
    kanji: tuple[KanjiEntry, ...]
    grammar: tuple[GrammarEntry, ...]
    review_ids: tuple[str, ...] = ()
    exercises: tuple[ExerciseEntry, ...] = ()

    def entries(self) -> Iterator[Entry]:
        yield from self.kana
        yield from self.vocabulary
        yield from self.kanji
        yield from self.grammar

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (LEVEL_ORDER[self.level], self.order, self.id)


@dataclass
class Course:
    lessons: list[Lesson]
    problems: list[Problem] = field(default_factory=list)
    _index: dict[str, Entry] = field(default_factory=dict, init=False, repr=False)
    _lessons: dict[str, Lesson] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.lessons.sort(key=lambda lesson: lesson.sort_key)
        self._lessons = {lesson.id: lesson for lesson in self.lessons}
        self._index = {e.id: e for lesson in self.lessons for e in lesson.entries()}

    def lesson(self, lesson_id: str) -> Lesson:
        return self._lessons[lesson_id]

    def item(self, item_id: str) -> Entry:
        return self._index[item_id]

    def entries(self) -> Iterator[Entry]:
        for lesson in self.lessons:
            yield from lesson.entries()

    def exercises(self) -> Iterator[ExerciseEntry]:
        for lesson in self.lessons:
            yield from lesson.exercises

    def review_words(self, lesson: Lesson) -> list[VocabEntry]:
        """The earlier words a lesson uses again, in the order the lesson lists them."""
        found = [self._index.get(ref) for ref in lesson.review_ids]
        return [word for word in found if isinstance(word, VocabEntry)]

    def broken_files(self) -> list[Path]:
        return sorted({p.file for p in self.problems})


def sentence(example: Example, pieces: list[Ruby]) -> Sentence:
    return Sentence(tuple(pieces), Bilingual(id=example.id, en=example.en), example.audio)
