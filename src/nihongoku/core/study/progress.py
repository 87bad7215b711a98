"""How far a learner is in each lesson: the lesson's flashcards they have met.

A card counts as met once it has been answered at least once (its row has left the NEW
state); suspending or burying a card does not count as meeting it. Read-only: the
flashcard tables are written by StudyStore alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from nihongoku.core.content.course import Lesson
from nihongoku.core.store.database import Database
from nihongoku.core.store.models import Card
from nihongoku.core.study.cards import KINDS, CardKey, CardState, card_keys


@dataclass(frozen=True)
class LessonProgress:
    met: int  # cards of the lesson answered at least once
    total: int  # every card the lesson gives (card_keys)

    @property
    def done(self) -> bool:
        """Every card of the lesson has been met (a lesson with no cards never is)."""
        return self.total > 0 and self.met >= self.total

    @property
    def fraction(self) -> float:
        return self.met / self.total if self.total else 0.0


def met_cards(db: Database, profile_id: int) -> set[CardKey]:
    """Every card the learner has answered at least once, in one query."""
    query = select(Card.item_id, Card.kind).where(
        Card.profile_id == profile_id, Card.state != int(CardState.NEW)
    )
    with db.transaction() as s:
        # Core rows, not ORM objects: this reads every card the learner has met.
        rows = s.connection().execute(query)
        return {(item, KINDS[kind]) for item, kind in rows if kind in KINDS}


def lesson_progress(
    db: Database, profile_id: int, lessons: Iterable[Lesson]
) -> dict[str, LessonProgress]:
    """Met and total cards of each lesson, keyed by lesson id.

    One query for all lessons, whatever their number; the counting is done here against
    the course's own list of cards, so a card whose item left the course counts nowhere.
    """
    met = met_cards(db, profile_id)
    progress: dict[str, LessonProgress] = {}
    for lesson in lessons:
        keys = set(card_keys([lesson]))
        progress[lesson.id] = LessonProgress(met=len(keys & met), total=len(keys))
    return progress
