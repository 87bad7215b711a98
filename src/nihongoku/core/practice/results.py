"""Practice results per profile: strengths by question family, weak items, and the link
to flashcards (a wrong answer makes the cards of what it tested due again)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from nihongoku.core.store.database import Database
from nihongoku.core.store.models import Card, PracticeAnswer
from nihongoku.core.study.cards import CardState

TESTED_MAX = 800


@dataclass(frozen=True)
class FamilyScore:
    family: str
    right: int
    asked: int

    @property
    def share(self) -> float:
        return self.right / self.asked if self.asked else 0.0


class PracticeResults:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        profile_id: int,
        *,
        question_id: str,
        family: str,
        level: str,
        tested: Sequence[str],
        correct: bool,
        answered_at: datetime,
        duration_ms: int | None = None,
    ) -> int:
        """Store one answer; a wrong one brings the tested items' cards forward to now.

        Returns the number of flashcards made due by it.
        """
        with self._db.transaction() as s:
            s.add(
                PracticeAnswer(
                    profile_id=profile_id,
                    question_id=question_id[:160],
                    family=family,
                    level=level,
                    tested=" ".join(tested)[:TESTED_MAX],
                    correct=correct,
                    answered_at=answered_at,
                    duration_ms=duration_ms,
                )
            )
            if correct or not tested:
                return 0
            # Reviews not due yet become due now; learning steps keep their own clock.
            moved = s.execute(
                update(Card)
                .where(
                    Card.profile_id == profile_id,
                    Card.item_id.in_(list(tested)),
                    Card.state == int(CardState.REVIEW),
                    Card.due > answered_at,
                    Card.suspended.is_(False),
                )
                .values(due=answered_at)
            )
            return int(moved.rowcount or 0)  # type: ignore[attr-defined]

    def by_family(self, profile_id: int) -> list[FamilyScore]:
        query = (
            select(
                PracticeAnswer.family,
                func.count().filter(PracticeAnswer.correct),
                func.count(),
            )
            .where(PracticeAnswer.profile_id == profile_id)
            .group_by(PracticeAnswer.family)
            .order_by(PracticeAnswer.family)
        )
        with self._db.transaction() as s:
            return [FamilyScore(family, right, asked) for family, right, asked in s.execute(query)]

    def weak_items(self, profile_id: int, limit: int = 20) -> list[tuple[str, int]]:
        """Course items most often behind wrong answers, most missed first."""
        query = select(PracticeAnswer.tested).where(
            PracticeAnswer.profile_id == profile_id, PracticeAnswer.correct.is_(False)
        )
        with self._db.transaction() as s:
            missed = Counter(item for tested in s.scalars(query) for item in tested.split())
        return missed.most_common(limit)
