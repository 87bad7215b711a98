"""Choosing three distractors among the safe candidates, and dealing the four choices."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.content.schema import Bilingual
from nihongoku.core.japanese import Ruby
from nihongoku.core.practice.quiz.items import (
    CHOICES,
    Choice,
    Family,
    Mistake,
    QuizItem,
    Stem,
    item_id,
)


@dataclass(frozen=True)
class Candidate:
    """A possible wrong choice, already checked against the hard rule by its family."""

    text: str
    mistake: Mistake
    explanation: Bilingual
    lemma: str
    ruby: tuple[Ruby, ...] = ()
    word_id: str | None = None
    tier: int = 0  # lower tiers are taken first: the likelier mistakes

    def choice(self) -> Choice:
        ruby = self.ruby or (Ruby(self.text),)
        return Choice(self.text, ruby, self.mistake, self.explanation, self.lemma, self.word_id)


def pick(
    candidates: Iterable[Candidate],
    rng: random.Random,
    count: int = CHOICES - 1,
    compatible: Callable[[Candidate, Candidate], bool] | None = None,
) -> list[Candidate]:
    """Up to ``count`` candidates with distinct texts and lemmas, as many kinds as possible.

    Candidates come in a fixed order (so a seeded rng picks the same ones). Tier by tier,
    the kinds are visited in random order, one candidate of each kind per round, so an
    item mixes a voicing slip with a long vowel and a small っ rather than three voicing
    slips. ``compatible`` (if given) must hold between every two candidates picked.
    """
    tiers: dict[int, dict[Mistake, list[Candidate]]] = {}
    seen_text: set[str] = set()
    seen_lemma: set[str] = set()
    for candidate in candidates:
        if candidate.text in seen_text or candidate.lemma in seen_lemma:
            continue
        seen_text.add(candidate.text)
        seen_lemma.add(candidate.lemma)
        tiers.setdefault(candidate.tier, {}).setdefault(candidate.mistake, []).append(candidate)
    picked: list[Candidate] = []
    for tier in sorted(tiers):
        by_kind = tiers[tier]
        kinds = sorted(by_kind)
        rng.shuffle(kinds)
        for kind in kinds:
            rng.shuffle(by_kind[kind])
        while len(picked) < count and any(by_kind[k] for k in kinds):
            for kind in kinds:
                if by_kind[kind] and len(picked) < count:
                    candidate = by_kind[kind].pop()
                    if compatible is None or all(compatible(candidate, p) for p in picked):
                        picked.append(candidate)
    return picked


T = TypeVar("T")


def draw(
    tiers: Sequence[Sequence[T]],
    rng: random.Random,
    make: Callable[[T], Candidate | None],
    compatible: Callable[[Candidate, Candidate], bool],
    count: int = CHOICES - 1,
) -> list[Candidate]:
    """Up to ``count`` candidates made from ``tiers`` of sources, the first tier first.

    Each tier is shuffled, then its sources are made into candidates one by one (``make``
    returns None for a source that does not qualify) until enough compatible ones are
    found: the costly checks run only on the sources that might be used.
    """
    picked: list[Candidate] = []
    for tier in tiers:
        order = list(tier)
        rng.shuffle(order)
        for source in order:
            if len(picked) >= count:
                return picked
            candidate = make(source)
            if candidate is not None and all(compatible(candidate, p) for p in picked):
                picked.append(candidate)
    return picked


def deal(
    family: Family,
    word: VocabEntry,
    stem: Stem,
    instruction: str,
    answer: Choice,
    distractors: list[Candidate],
    rng: random.Random,
    tested: tuple[str, ...],
) -> QuizItem:
    """The item with the answer and the three distractors in a random order."""
    options = [answer, *(d.choice() for d in distractors)]
    order = list(range(CHOICES))
    rng.shuffle(order)
    shuffled = tuple(options[i] for i in order)
    return QuizItem(
        id=item_id(family, word.id),
        family=family,
        level=word.level,
        tested=tested,
        stem=stem,
        instruction=instruction,
        options=shuffled,
        answer=order.index(0),
    )
