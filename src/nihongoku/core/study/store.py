"""The flashcard tables of one store: due cards, answers, undo, and what a learner sees.

Every method is one transaction. An answer is committed (and, on SQLite with
synchronous=FULL, on disk) before the method returns, so the next card is only shown
once the previous answer is safe.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from nihongoku.core.errors import ProfileError
from nihongoku.core.profile_info import (
    CLASS_NEW_PER_DAY_KEY,
    DEFAULT_NEW_PER_DAY,
    NEW_PER_DAY_RANGE,
)
from nihongoku.core.store.database import Database
from nihongoku.core.store.models import AppSetting, Card, Profile, ReviewLog
from nihongoku.core.study.cards import (
    KINDS,
    LEECH_LAPSES,
    CardKey,
    CardKind,
    CardRecord,
    CardState,
)
from nihongoku.core.study.day import StudyDay
from nihongoku.core.study.scheduling import Outcome, Rating

RETENTION_WINDOW = timedelta(days=30)
FORECAST_DAYS = 14
# A learning card due within this is shown rather than ending the session (Anki's
# "learn ahead limit").
LEARN_AHEAD = timedelta(minutes=20)


def record(row: Card) -> CardRecord:
    return CardRecord(
        id=row.id,
        item_id=row.item_id,
        kind=CardKind(row.kind),
        state=CardState(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
        reps=row.reps,
        lapses=row.lapses,
        suspended=row.suspended,
        buried_until=row.buried_until,
    )


@dataclass(frozen=True)
class Answered:
    card: CardRecord
    log_id: int


@dataclass(frozen=True)
class ReviewRecord:
    """One answer from the review log, as exporters read it."""

    card_id: int
    reviewed_at: datetime
    rating: int
    duration_ms: int | None
    state_before: CardState
    due_before: datetime | None
    last_review_before: datetime | None
    state_after: CardState
    due_after: datetime
    stability_after: float
    difficulty_after: float


@dataclass(frozen=True)
class DueCounts:
    learning: int
    review: int


@dataclass(frozen=True)
class TodaySummary:
    """Today's numbers: what the flashcard overview shows before a session."""

    reviews_today: int
    introduced_today: int
    new_per_day: int
    due_today: int  # due before the next study day starts, overdue included
    streak_days: int
    retention: float | None  # share of passed reviews of mature-enough cards, last 30 days
    leeches: int

    @property
    def new_left_today(self) -> int:
        return max(0, self.new_per_day - self.introduced_today)


@dataclass(frozen=True)
class StudySummary(TodaySummary):
    """Today's numbers and the whole picture: the dashboard and ``stats --profile``."""

    by_state: dict[str, int]
    suspended: int
    reviews: int
    forecast: list[int]  # cards due on each of the next FORECAST_DAYS days, today first


class StudyStore:
    def __init__(self, db: Database, day: StudyDay | None = None) -> None:
        self._db = db
        self.day = day or StudyDay()

    # -- reading --------------------------------------------------------------------

    @staticmethod
    def _showable(
        profile_id: int,
        now: datetime,
        items: Collection[str] | None = None,
        skip: Collection[int] = (),
    ) -> list[ColumnElement[bool]]:
        """The conditions of a card that may be shown now: not suspended, not buried, in
        the session's items (None: any), and not one the session set aside."""
        conditions = [
            Card.profile_id == profile_id,
            Card.suspended.is_(False),
            (Card.buried_until.is_(None)) | (Card.buried_until <= now),
        ]
        if items is not None:
            conditions.append(Card.item_id.in_(items))
        if skip:
            conditions.append(Card.id.not_in(skip))
        return conditions

    def _first_due(self, s: Session, conditions: list[ColumnElement[bool]]) -> CardRecord | None:
        query = select(Card).where(*conditions).order_by(Card.due, Card.id).limit(1)
        row = s.scalars(query).first()
        return None if row is None else record(row)

    def next_due(
        self,
        profile_id: int,
        now: datetime,
        items: Collection[str] | None = None,
        skip: Collection[int] = (),
    ) -> CardRecord | None:
        """The next card to show: learning steps that are due, then today's reviews."""
        day_end = self.day.end_of(now)
        with self._db.transaction() as s:
            for states, until in (
                ((CardState.LEARNING, CardState.RELEARNING), now),
                ((CardState.REVIEW,), day_end),
            ):
                card = self._first_due(
                    s,
                    [
                        *self._showable(profile_id, now, items, skip),
                        Card.state.in_([int(x) for x in states]),
                        Card.due <= until,
                    ],
                )
                if card is not None:
                    return card
        return None

    def next_learning_ahead(
        self,
        profile_id: int,
        now: datetime,
        items: Collection[str] | None = None,
        skip: Collection[int] = (),
    ) -> CardRecord | None:
        with self._db.transaction() as s:
            return self._first_due(
                s,
                [
                    *self._showable(profile_id, now, items, skip),
                    Card.state.in_([int(CardState.LEARNING), int(CardState.RELEARNING)]),
                    Card.due <= now + LEARN_AHEAD,
                ],
            )

    def due_counts(
        self, profile_id: int, now: datetime, items: Collection[str] | None = None
    ) -> DueCounts:
        day_end = self.day.end_of(now)
        query = (
            select(Card.state, func.count())
            .where(
                *self._showable(profile_id, now, items),
                Card.state != int(CardState.NEW),
                Card.due < day_end,
            )
            .group_by(Card.state)
        )
        with self._db.transaction() as s:
            counts = dict(s.execute(query).all())
        learning = counts.get(CardState.LEARNING, 0) + counts.get(CardState.RELEARNING, 0)
        return DueCounts(learning=learning, review=counts.get(CardState.REVIEW, 0))

    def unavailable_new(self, profile_id: int, now: datetime) -> set[CardKey]:
        """Cards that can no longer come in as new: met already, suspended or buried."""
        query = select(Card.item_id, Card.kind).where(
            Card.profile_id == profile_id,
            (Card.state != int(CardState.NEW))
            | Card.suspended.is_(True)
            | (Card.buried_until > now),
        )
        with self._db.transaction() as s:
            # Core rows, not ORM ones: this reads every card the learner has met.
            rows = s.connection().execute(query)
            return {(item, KINDS[kind]) for item, kind in rows}

    def introduced_on_day(self, profile_id: int, now: datetime) -> list[str]:
        """Item ids whose cards were first answered today (new cards cost the limit)."""
        query = (
            select(Card.item_id)
            .join(ReviewLog, ReviewLog.card_id == Card.id)
            .where(
                ReviewLog.profile_id == profile_id,
                ReviewLog.reviewed_at >= self.day.start_of(now),
                ReviewLog.state_before == int(CardState.NEW),
            )
        )
        with self._db.transaction() as s:
            return list(s.scalars(query))

    def own_new_per_day(self, profile_id: int) -> int | None:
        """The learner's own daily limit of new cards; None when following the class."""
        with self._db.transaction() as s:
            row = s.execute(
                select(Profile.new_cards_per_day).where(Profile.id == profile_id)
            ).first()
        if row is None:
            raise ProfileError("missing", f"no profile {profile_id}")
        return row[0]

    def new_per_day(self, profile_id: int) -> int:
        """The daily limit in force: the learner's own, else the class's, else 20."""
        own = self.own_new_per_day(profile_id)
        return self.class_new_per_day() if own is None else own

    def set_new_per_day(self, profile_id: int, value: int | None) -> None:
        with self._db.transaction() as s:
            s.execute(
                update(Profile).where(Profile.id == profile_id).values(new_cards_per_day=value)
            )

    def class_new_per_day(self) -> int:
        with self._db.transaction() as s:
            row = s.get(AppSetting, CLASS_NEW_PER_DAY_KEY)
        if row is not None and row.value.isdigit() and int(row.value) in NEW_PER_DAY_RANGE:
            return int(row.value)
        return DEFAULT_NEW_PER_DAY

    def set_class_new_per_day(self, value: int) -> None:
        if value not in NEW_PER_DAY_RANGE:
            raise ValueError(f"new cards per day must be in {NEW_PER_DAY_RANGE}")
        with self._db.transaction() as s:
            s.merge(AppSetting(key=CLASS_NEW_PER_DAY_KEY, value=str(value)))

    def card(self, profile_id: int, key: CardKey) -> CardRecord | None:
        item_id, kind = key
        with self._db.transaction() as s:
            row = s.scalars(
                select(Card).where(
                    Card.profile_id == profile_id, Card.item_id == item_id, Card.kind == kind
                )
            ).first()
            return None if row is None else record(row)

    def cards(self, profile_id: int) -> list[CardRecord]:
        with self._db.transaction() as s:
            rows = s.scalars(select(Card).where(Card.profile_id == profile_id).order_by(Card.id))
            return [record(row) for row in rows]

    def review_log(self, profile_id: int) -> list[ReviewRecord]:
        """The profile's whole answer history, oldest first."""
        columns = (
            ReviewLog.card_id, ReviewLog.reviewed_at, ReviewLog.rating, ReviewLog.duration_ms,
            ReviewLog.state_before, ReviewLog.due_before, ReviewLog.last_review_before,
            ReviewLog.state_after, ReviewLog.due_after, ReviewLog.stability_after,
            ReviewLog.difficulty_after,
        )  # fmt: skip
        query = (
            select(*columns)
            .where(ReviewLog.profile_id == profile_id)
            .order_by(ReviewLog.reviewed_at, ReviewLog.id)
        )
        states = {int(state): state for state in CardState}
        with self._db.transaction() as s:
            # plain rows, not ORM objects: an export reads tens of thousands of them
            rows = s.connection().execute(query).all()
        return [
            ReviewRecord(
                card_id=row[0],
                reviewed_at=row[1],
                rating=row[2],
                duration_ms=row[3],
                state_before=states[row[4]],
                due_before=row[5],
                last_review_before=row[6],
                state_after=states[row[7]],
                due_after=row[8],
                stability_after=row[9],
                difficulty_after=row[10],
            )
            for row in rows
        ]

    def leeches(self, profile_id: int) -> list[CardRecord]:
        with self._db.transaction() as s:
            rows = s.scalars(
                select(Card)
                .where(Card.profile_id == profile_id, Card.lapses >= LEECH_LAPSES)
                .order_by(Card.lapses.desc(), Card.id)
            )
            return [record(row) for row in rows]

    # -- answering ------------------------------------------------------------------

    def answer(
        self, profile_id: int, card: CardRecord, outcome: Outcome, duration_ms: int | None
    ) -> Answered:
        """Store one answer and its log row in a single transaction."""
        now = outcome.reviewed_at
        with self._db.transaction() as s:
            row = self._row_for(s, profile_id, card)
            log = ReviewLog(
                card_id=row.id,
                profile_id=profile_id,
                reviewed_at=now,
                rating=int(outcome.rating),
                duration_ms=duration_ms,
                elapsed_days=(
                    None
                    if row.last_review is None
                    else (now - row.last_review).total_seconds() / 86400
                ),
                state_before=row.state,
                step_before=row.step,
                stability_before=row.stability,
                difficulty_before=row.difficulty,
                due_before=row.due,
                last_review_before=row.last_review,
                lapses_before=row.lapses,
                introduced_at_before=row.introduced_at,
                state_after=int(outcome.state),
                step_after=outcome.step,
                stability_after=outcome.stability,
                difficulty_after=outcome.difficulty,
                due_after=outcome.due,
            )
            if row.state == CardState.REVIEW and outcome.rating is Rating.AGAIN:
                row.lapses += 1
            if row.introduced_at is None:
                row.introduced_at = now
            row.state = int(outcome.state)
            row.step = outcome.step
            row.stability = outcome.stability
            row.difficulty = outcome.difficulty
            row.due = outcome.due
            row.last_review = now
            row.reps += 1
            row.buried_until = None
            s.add(log)
            s.flush()
            return Answered(card=record(row), log_id=log.id)

    def _row_for(self, s: Session, profile_id: int, card: CardRecord) -> Card:
        item_id, kind = card.key
        row = s.scalars(
            select(Card).where(
                Card.profile_id == profile_id, Card.item_id == item_id, Card.kind == kind
            )
        ).first()
        if row is None:
            row = Card(
                profile_id=profile_id,
                item_id=item_id,
                kind=kind.value,
                state=int(CardState.NEW),
                reps=0,
                lapses=0,
                suspended=False,
            )
            s.add(row)
            s.flush()
        return row

    def undo(self, profile_id: int, log_id: int) -> CardRecord:
        """Take an answer back: the card returns to exactly what it was before it."""
        with self._db.transaction() as s:
            log = s.get(ReviewLog, log_id)
            if log is None or log.profile_id != profile_id:
                raise LookupError(f"no answer {log_id} to undo")
            row = s.get_one(Card, log.card_id)
            row.state = log.state_before
            row.step = log.step_before
            row.stability = log.stability_before
            row.difficulty = log.difficulty_before
            row.due = log.due_before
            row.last_review = log.last_review_before
            row.lapses = log.lapses_before
            row.introduced_at = log.introduced_at_before
            row.reps = max(0, row.reps - 1)
            s.delete(log)
            s.flush()
            return record(row)

    # -- managing cards ------------------------------------------------------------

    def _update(self, profile_id: int, card: CardRecord, **values: object) -> CardRecord:
        with self._db.transaction() as s:
            row = self._row_for(s, profile_id, card)
            for name, value in values.items():
                setattr(row, name, value)
            s.flush()
            return record(row)

    def suspend(self, profile_id: int, card: CardRecord, *, suspended: bool = True) -> CardRecord:
        return self._update(profile_id, card, suspended=suspended)

    def bury(self, profile_id: int, card: CardRecord, now: datetime) -> CardRecord:
        """Hide the card until the next study day starts."""
        return self._update(profile_id, card, buried_until=self.day.end_of(now))

    def reset(self, profile_id: int, card: CardRecord) -> CardRecord:
        """Back to new, keeping its history in the log (Anki's "forget")."""
        return self._update(
            profile_id,
            card,
            state=int(CardState.NEW),
            step=None,
            stability=None,
            difficulty=None,
            due=None,
            last_review=None,
            reps=0,
            lapses=0,
            buried_until=None,
            introduced_at=None,
        )

    def delete_history(self, profile_id: int) -> None:
        with self._db.transaction() as s:
            s.execute(delete(Card).where(Card.profile_id == profile_id))

    # -- the dashboard --------------------------------------------------------------

    def today(self, profile_id: int, now: datetime) -> TodaySummary:
        """Today's numbers alone: cheaper than ``summary`` on a long history."""
        tomorrow = self.day.end_of(now)
        limit = self.new_per_day(profile_id)
        with self._db.transaction() as s:
            due_today = s.scalar(
                select(func.count()).where(*self._scheduled(profile_id), Card.due < tomorrow)
            )
            leeches = s.scalar(
                select(func.count()).where(
                    Card.profile_id == profile_id, Card.lapses >= LEECH_LAPSES
                )
            )
            return self._today(s, profile_id, now, limit, due_today or 0, leeches or 0)

    def summary(self, profile_id: int, now: datetime) -> StudySummary:
        horizon = self.day.start(self.day.date_of(now) + timedelta(days=FORECAST_DAYS))
        limit = self.new_per_day(profile_id)
        with self._db.transaction() as s:
            by_state: dict[int, int] = {}
            suspended = leeches = 0
            # one pass over the learner's cards for all three counts
            for state, count, held, forgotten in s.execute(
                select(
                    Card.state,
                    func.count(),
                    func.count().filter(Card.suspended),
                    func.count().filter(Card.lapses >= LEECH_LAPSES),
                )
                .where(Card.profile_id == profile_id)
                .group_by(Card.state)
            ):
                by_state[state] = count
                suspended += held
                leeches += forgotten
            reviews = s.scalar(select(func.count()).where(ReviewLog.profile_id == profile_id))
            dues = s.scalars(
                select(Card.due).where(*self._scheduled(profile_id), Card.due < horizon)
            ).all()
            # each due time falls before one of the next days' starts: bisect, don't convert
            starts = [
                self.day.start(self.day.date_of(now) + timedelta(days=i))
                for i in range(1, FORECAST_DAYS + 1)
            ]
            forecast = Counter(bisect_right(starts, due) for due in dues if due is not None)
            today = self._today(s, profile_id, now, limit, forecast.get(0, 0), leeches)
        names = {state: state.name.lower() for state in CardState}
        return StudySummary(
            **vars(today),
            by_state={names[state]: by_state.get(int(state), 0) for state in CardState},
            suspended=suspended,
            reviews=reviews or 0,
            forecast=[forecast.get(i, 0) for i in range(FORECAST_DAYS)],
        )

    @staticmethod
    def _scheduled(profile_id: int) -> list[ColumnElement[bool]]:
        """Cards with a due date that counts: met, and not suspended."""
        return [
            Card.profile_id == profile_id,
            Card.suspended.is_(False),
            Card.state != int(CardState.NEW),
        ]

    def _today(
        self,
        s: Session,
        profile_id: int,
        now: datetime,
        new_per_day: int,
        due_today: int,
        leeches: int,
    ) -> TodaySummary:
        today = self.day.start_of(now)
        in_profile = ReviewLog.profile_id == profile_id
        reviews_today, introduced_today = s.execute(
            select(
                func.count(),
                func.count().filter(ReviewLog.state_before == int(CardState.NEW)),
            ).where(in_profile, ReviewLog.reviewed_at >= today)
        ).one()
        passed, total = s.execute(
            select(func.count().filter(ReviewLog.rating > int(Rating.AGAIN)), func.count()).where(
                in_profile,
                ReviewLog.reviewed_at >= now - RETENTION_WINDOW,
                ReviewLog.state_before == int(CardState.REVIEW),
            )
        ).one()
        return TodaySummary(
            reviews_today=reviews_today,
            introduced_today=introduced_today,
            new_per_day=new_per_day,
            due_today=due_today,
            streak_days=self._streak(s, profile_id, now),
            retention=None if not total else passed / total,
            leeches=leeches,
        )

    def _streak(self, s: Session, profile_id: int, now: datetime) -> int:
        """Study days in a row up to today (or up to yesterday, if today is still open).

        One indexed look-up per day: cheap for any streak, whatever the log's size.
        """

        def studied(day: date) -> bool:
            query = (
                select(ReviewLog.id)
                .where(
                    ReviewLog.profile_id == profile_id,
                    ReviewLog.reviewed_at >= self.day.start(day),
                    ReviewLog.reviewed_at < self.day.start(day + timedelta(days=1)),
                )
                .limit(1)
            )
            return s.execute(query).first() is not None

        day = self.day.date_of(now)
        if not studied(day):
            day -= timedelta(days=1)
        streak = 0
        while studied(day):
            streak += 1
            day -= timedelta(days=1)
        return streak
