"""The question bank: every generated family over a course, one entry point.

``QuizBank(course)`` indexes the course once; ``generate`` deals reproducible items for a
``random.Random``. ``survey`` builds every eligible word of a family and reports what was
skipped and why (for tests, statistics and authors).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from nihongoku.core.content.course import Course, Lesson, VocabEntry
from nihongoku.core.practice.quiz import context_word, kanji_reading, meaning, orthography
from nihongoku.core.practice.quiz.items import GENERATED_FAMILIES, Family, QuizItem, Skip
from nihongoku.core.practice.quiz.lexicon import Lexicon

Builder = Callable[[VocabEntry, Lexicon, random.Random], QuizItem | Skip]


@dataclass(frozen=True)
class _Maker:
    eligible: Callable[[VocabEntry], bool]
    build: Builder


_MAKERS: dict[Family, _Maker] = {
    Family.KANJI_READING: _Maker(kanji_reading.eligible, kanji_reading.build),
    Family.ORTHOGRAPHY: _Maker(orthography.eligible, orthography.build),
    Family.CONTEXT_WORD: _Maker(context_word.eligible, context_word.build),
    Family.MEANING_JA_ID: _Maker(meaning.eligible, meaning.build_ja_id),
    Family.MEANING_ID_JA: _Maker(meaning.eligible, meaning.build_id_ja),
}


@dataclass(frozen=True)
class Survey:
    """One family built over every eligible word: the items and the words skipped."""

    family: Family
    eligible: int
    items: tuple[QuizItem, ...]
    skipped: tuple[Skip, ...]


class QuizBank:
    """Generated questions over one course. Build once per course; cheap to query."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.lexicon = Lexicon(course)

    @staticmethod
    def families() -> tuple[Family, ...]:
        """The families this bank can generate."""
        return GENERATED_FAMILIES

    def eligible(self, family: Family, lessons: Iterable[Lesson] | None = None) -> list[VocabEntry]:
        """The words of ``lessons`` (all lessons when None) ``family`` can ask about, in
        course order. A lesson's own words only: words it reviews belong to their lesson."""
        maker = _maker(family)
        chosen = self.course.lessons if lessons is None else list(lessons)
        return [w for lesson in chosen for w in lesson.vocabulary if maker.eligible(w)]

    def build(self, family: Family, word: VocabEntry, rng: random.Random) -> QuizItem | Skip:
        """The item of ``family`` about ``word``, or why there is none."""
        maker = _maker(family)
        if not maker.eligible(word):
            return Skip(family, word.id, "the family does not ask about this kind of word")
        return maker.build(word, self.lexicon, rng)

    def generate(
        self,
        family: Family,
        lessons: Iterable[Lesson] | None,
        rng: random.Random,
        count: int,
    ) -> list[QuizItem]:
        """Up to ``count`` items of ``family`` about words of ``lessons``, each word once.

        The same rng state gives the same items. Fewer come back when the lessons have
        fewer words the family can make a safe item for.
        """
        words = self.eligible(family, lessons)
        rng.shuffle(words)
        items: list[QuizItem] = []
        for word in words:
            if len(items) >= count:
                break
            made = self.build(family, word, rng)
            if isinstance(made, QuizItem):
                items.append(made)
        return items

    def survey(
        self, family: Family, rng: random.Random, lessons: Iterable[Lesson] | None = None
    ) -> Survey:
        """Build ``family`` for every eligible word: the items, and the words skipped."""
        words = self.eligible(family, lessons)
        items: list[QuizItem] = []
        skipped: list[Skip] = []
        for word in words:
            made = self.build(family, word, rng)
            if isinstance(made, QuizItem):
                items.append(made)
            else:
                skipped.append(made)
        return Survey(family, len(words), tuple(items), tuple(skipped))


def _maker(family: Family) -> _Maker:
    maker = _MAKERS.get(family)
    if maker is None:
        raise ValueError(f"{family.value} items are authored in the lesson files, not generated")
    return maker


def generate(
    course: Course,
    family: Family,
    lessons: Iterable[Lesson] | None,
    rng: random.Random,
    count: int,
) -> list[QuizItem]:
    """Up to ``count`` reproducible items of ``family`` over ``lessons`` of ``course``.

    Indexes the course on every call; keep a QuizBank to ask more than once.
    """
    return QuizBank(course).generate(family, lessons, rng, count)
