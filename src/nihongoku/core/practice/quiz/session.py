"""A practice session: N questions from chosen families and lessons, graded one by one.

A plain state machine like the kana drill: ``current()`` is the question on screen,
``answer(index)`` grades it and gives the feedback to show at once, ``advance()`` moves
on, ``summary()`` counts right answers per family and lists the items missed. Keys, mouse
and storage belong to the callers.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nihongoku.core.content.course import Lesson
from nihongoku.core.content.schema import Bilingual
from nihongoku.core.practice.quiz.bank import QuizBank
from nihongoku.core.practice.quiz.items import Family, QuizItem


@dataclass(frozen=True)
class Feedback:
    """The grading of one answer, with what to explain."""

    item: QuizItem
    chosen: int
    right: int
    chosen_explanation: Bilingual  # why the chosen answer is right or wrong
    right_explanation: Bilingual  # why the right answer is right

    @property
    def correct(self) -> bool:
        return self.chosen == self.right


@dataclass(frozen=True)
class FamilyScore:
    right: int
    asked: int


@dataclass(frozen=True)
class Miss:
    """An item answered wrong, and the choice the learner took."""

    item: QuizItem
    chosen: int


@dataclass(frozen=True)
class Summary:
    """How the session went: right/asked per family (in the order first asked), the misses."""

    families: dict[Family, FamilyScore]
    missed: tuple[Miss, ...]

    @property
    def right(self) -> int:
        return sum(score.right for score in self.families.values())

    @property
    def asked(self) -> int:
        return sum(score.asked for score in self.families.values())


def deal_items(
    bank: QuizBank,
    families: Sequence[Family],
    lessons: Iterable[Lesson] | None,
    rng: random.Random,
    length: int,
) -> list[QuizItem]:
    """``length`` items (fewer when the lessons cannot give so many) spread evenly over
    ``families``, each word asked at most once (so 学生's reading never gives away its
    spelling two questions later), in a random order."""
    chosen = list(lessons) if lessons is not None else None
    pools = {family: bank.generate(family, chosen, rng, length) for family in families}
    dealt: list[QuizItem] = []
    words: set[str] = set()
    while len(dealt) < length and any(pools.values()):
        for family in families:
            pool = pools[family]
            while pool and pool[0].word_id in words:
                pool.pop(0)
            if pool and len(dealt) < length:
                item = pool.pop(0)
                dealt.append(item)
                words.add(item.word_id)
    rng.shuffle(dealt)
    return dealt


class PracticeSession:
    """One practice session over a fixed list of items."""

    def __init__(self, items: Sequence[QuizItem]) -> None:
        """Ask ``items`` in order. Raises ValueError when there is none."""
        if not items:
            raise ValueError("no questions to practise")
        self.items = tuple(items)
        self._index = 0
        self._feedback: Feedback | None = None
        self._answers: list[Feedback] = []

    @classmethod
    def start(
        cls,
        bank: QuizBank,
        families: Sequence[Family],
        lessons: Iterable[Lesson] | None,
        rng: random.Random,
        length: int = 10,
    ) -> PracticeSession:
        """A session of ``length`` questions from ``families`` about ``lessons``.

        Raises ValueError when the choice gives no question at all.
        """
        if not families:
            raise ValueError("choose at least one family")
        return cls(deal_items(bank, families, lessons, rng, length))

    # -- reading the state

    @property
    def finished(self) -> bool:
        return self._index >= len(self.items)

    def current(self) -> QuizItem:
        """The question on screen. Raises RuntimeError when the session is over."""
        if self.finished:
            raise RuntimeError("the session is finished")
        return self.items[self._index]

    @property
    def feedback(self) -> Feedback | None:
        """The grading of the current question once answered, else None."""
        return self._feedback

    @property
    def progress(self) -> tuple[int, int]:
        """(questions answered, questions in the session)."""
        return len(self._answers), len(self.items)

    # -- acting

    def answer(self, index: int) -> Feedback:
        """Grade choice ``index`` (0–3) of the current question.

        Raises RuntimeError when it was already answered, IndexError for no such choice.
        """
        item = self.current()
        if self._feedback is not None:
            raise RuntimeError("this question was already answered; call advance()")
        if not 0 <= index < len(item.options):
            raise IndexError(f"no choice {index}")
        self._feedback = Feedback(
            item=item,
            chosen=index,
            right=item.answer,
            chosen_explanation=item.options[index].explanation,
            right_explanation=item.options[item.answer].explanation,
        )
        self._answers.append(self._feedback)
        return self._feedback

    def advance(self) -> None:
        """Go to the next question. Raises RuntimeError before the answer is given."""
        self.current()
        if self._feedback is None:
            raise RuntimeError("answer the question before moving on")
        self._feedback = None
        self._index += 1

    def summary(self) -> Summary:
        """Right answers per family over the questions answered so far, and the misses."""
        right: dict[Family, int] = {}
        asked: dict[Family, int] = {}
        for feedback in self._answers:
            family = feedback.item.family
            asked[family] = asked.get(family, 0) + 1
            right[family] = right.get(family, 0) + feedback.correct
        families = {family: FamilyScore(right[family], asked[family]) for family in asked}
        missed = tuple(Miss(f.item, f.chosen) for f in self._answers if not f.correct)
        return Summary(families, missed)
