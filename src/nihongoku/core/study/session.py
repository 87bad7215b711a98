"""One sitting of flashcard reviews: what comes next, answering, and undo."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from nihongoku.core.content.course import Course, Lesson
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.cards import CardKey, CardRecord, CardState, card_keys, new_card
from nihongoku.core.study.scheduling import Outcome, Rating, outcomes
from nihongoku.core.study.store import Answered, StudyStore

# Anki's cap: a learner who walked away should not look like a slow answer.
MAX_ANSWER_TIME = timedelta(seconds=60)


@dataclass(frozen=True)
class StudyScope:
    """What a session draws cards from, in course order."""

    keys: tuple[CardKey, ...]
    items: frozenset[str] | None  # None: every card the learner has, whatever its lesson
    # Items the course still has: a card whose lesson was removed or is broken is left
    # alone (kept, not shown) rather than breaking the session.
    known: frozenset[str] = frozenset()

    @classmethod
    def lessons(cls, lessons: Iterable[Lesson]) -> StudyScope:
        keys = tuple(card_keys(lessons))
        items = frozenset(item for item, _ in keys)
        return cls(keys=keys, items=items, known=items)

    @classmethod
    def whole_course(cls, course: Course) -> StudyScope:
        """Everything unlocked: new cards come in course order, one lesson after another."""
        ordered = sorted(course.lessons, key=lambda lesson: lesson.sort_key)
        keys = tuple(card_keys(ordered))
        return cls(keys=keys, items=None, known=frozenset(item for item, _ in keys))


@dataclass(frozen=True)
class Shown:
    card: CardRecord
    outcomes: dict[Rating, Outcome]
    shown_at: datetime

    @property
    def is_new(self) -> bool:
        return self.card.state is CardState.NEW


@dataclass(frozen=True)
class Remaining:
    new: int
    learning: int
    review: int


@dataclass
class _Undo:
    log_id: int
    was_new: bool


@dataclass
class ReviewSession:
    store: StudyStore
    profile_id: int
    scope: StudyScope
    clock: Callable[[], datetime] = utc_now
    current: Shown | None = field(default=None, init=False)
    _undo: list[_Undo] = field(default_factory=list, init=False)
    _day: date | None = field(default=None, init=False)
    _met: set[CardKey] = field(default_factory=set, init=False)
    _introduced: list[str] = field(default_factory=list, init=False)
    _limit: int = field(default=0, init=False)
    _orphans: set[int] = field(default_factory=set, init=False)

    def _refresh_day(self, now: datetime) -> None:
        day = self.store.day.date_of(now)
        if day != self._day:
            self._day = day
            self._met = self.store.unavailable_new(self.profile_id, now)
            self._introduced = self.store.introduced_on_day(self.profile_id, now)
            self._limit = self.store.new_per_day(self.profile_id)

    def _next_new(self) -> CardKey | None:
        if len(self._introduced) >= self._limit:
            return None
        today = set(self._introduced)
        for key in self.scope.keys:
            if key not in self._met and key[0] not in today:
                return key
        return None

    def remaining(self) -> Remaining:
        now = self.clock()
        self._refresh_day(now)
        due = self.store.due_counts(self.profile_id, now, self.scope.items)
        today = set(self._introduced)
        # one card per item per day, so count items, not cards
        available = len(
            {item for item, kind in self.scope.keys if (item, kind) not in self._met} - today
        )
        new = min(available, max(0, self._limit - len(self._introduced)))
        return Remaining(new=new, learning=due.learning, review=due.review)

    def next(self) -> Shown | None:
        """Show the next card: due learning steps, due reviews, new cards, then learning
        steps due in the next few minutes. None when there is nothing left today."""
        now = self.clock()
        self._refresh_day(now)
        card = self._known(
            lambda: self.store.next_due(self.profile_id, now, self.scope.items, self._orphans)
        )
        if card is None:
            key = self._next_new()
            if key is not None:
                card = self.store.card(self.profile_id, key) or new_card(key)
        if card is None:
            card = self._known(
                lambda: self.store.next_learning_ahead(
                    self.profile_id, now, self.scope.items, self._orphans
                )
            )
        self.current = None if card is None else self._show(card, now)
        return self.current

    def _known(self, fetch: Callable[[], CardRecord | None]) -> CardRecord | None:
        while (card := fetch()) is not None and card.item_id not in self.scope.known:
            assert card.id is not None
            self._orphans.add(card.id)
        return card

    def _show(self, card: CardRecord, now: datetime) -> Shown:
        return Shown(card=card, outcomes=outcomes(card, now), shown_at=now)

    def answer(self, rating: Rating) -> Answered:
        """Store the answer to the current card; it is on disk when this returns."""
        shown = self.current
        if shown is None:
            raise RuntimeError("no card is showing")
        now = self.clock()
        # The buttons promised these intervals: keep them, counted from the answer.
        outcome = replace(
            shown.outcomes[rating],
            reviewed_at=now,
            due=shown.outcomes[rating].due + (now - shown.shown_at),
        )
        took = min(now - shown.shown_at, MAX_ANSWER_TIME)
        answered = self.store.answer(
            self.profile_id, shown.card, outcome, int(took.total_seconds() * 1000)
        )
        self._undo.append(_Undo(answered.log_id, shown.is_new))
        if shown.is_new:
            self._met.add(shown.card.key)
            self._introduced.append(shown.card.item_id)
        self.current = None
        return answered

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def last_answer(self) -> int | None:
        """The review-log id that undo() would take back."""
        return self._undo[-1].log_id if self._undo else None

    def undo(self) -> Shown:
        """Take the last answer back and show that card again, as it was."""
        if not self._undo:
            raise RuntimeError("nothing to undo")
        last = self._undo.pop()
        card = self.store.undo(self.profile_id, last.log_id)
        if last.was_new:
            self._met.discard(card.key)
            if card.item_id in self._introduced:
                self._introduced.remove(card.item_id)
        self.current = self._show(card, self.clock())
        return self.current

    def _apply(self, change: Callable[[CardRecord], CardRecord]) -> CardRecord:
        shown = self.current
        if shown is None:
            raise RuntimeError("no card is showing")
        changed = change(shown.card)
        self._met.add(changed.key)
        self.current = None
        return changed

    def suspend_current(self) -> CardRecord:
        return self._apply(lambda card: self.store.suspend(self.profile_id, card))

    def bury_current(self) -> CardRecord:
        return self._apply(lambda card: self.store.bury(self.profile_id, card, self.clock()))
