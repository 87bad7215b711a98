"""py-fsrs behind a small surface: the four possible outcomes of answering a card."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import Scheduler
from fsrs import State as FsrsState

from nihongoku.core.study.cards import CardRecord, CardState

DESIRED_RETENTION = 0.9


class Rating(enum.IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


@dataclass(frozen=True)
class Outcome:
    """The card as it will be if the learner picks ``rating`` now."""

    rating: Rating
    state: CardState
    step: int | None
    stability: float
    difficulty: float
    due: datetime
    reviewed_at: datetime

    @property
    def interval(self) -> timedelta:
        return self.due - self.reviewed_at


@cache
def scheduler() -> Scheduler:
    return Scheduler(desired_retention=DESIRED_RETENTION)


def _fsrs_card(card: CardRecord, now: datetime) -> FsrsCard:
    if card.state is CardState.NEW:
        return FsrsCard(card_id=card.id or 0, due=now)
    return FsrsCard(
        card_id=card.id or 0,
        state=FsrsState(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def outcomes(card: CardRecord, now: datetime) -> dict[Rating, Outcome]:
    """All four answers, worked out once, so the buttons show exactly what will happen."""
    before = _fsrs_card(card, now)
    result: dict[Rating, Outcome] = {}
    for rating in Rating:
        after, _log = scheduler().review_card(before, FsrsRating(int(rating)), now)
        assert after.stability is not None and after.difficulty is not None
        result[rating] = Outcome(
            rating=rating,
            state=CardState(int(after.state)),
            step=after.step,
            stability=after.stability,
            difficulty=after.difficulty,
            due=after.due,
            reviewed_at=now,
        )
    return result


def retrievability(card: CardRecord, now: datetime) -> float:
    """FSRS's predicted chance that the learner recalls the card now (0 for a new card)."""
    if card.state is CardState.NEW:
        return 0.0
    return float(scheduler().get_card_retrievability(_fsrs_card(card, now), now))
