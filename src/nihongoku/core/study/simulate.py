"""A plausible learner, driven through the real scheduler and store, day after day.

For demos, benchmarks and export tests that need realistic history. Answers are drawn
from FSRS's own predicted recall, so the history looks like a learner the scheduler
models well: most reviews pass, new cards are often failed once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from nihongoku.core.content.course import Course
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.core.services import Services
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.day import StudyDay
from nihongoku.core.study.scheduling import Rating, retrievability
from nihongoku.core.study.session import ReviewSession, Shown, StudyScope
from nihongoku.core.study.store import StudyStore

FIRST_ANSWER = ((Rating.AGAIN, 0.25), (Rating.HARD, 0.10), (Rating.GOOD, 0.60), (Rating.EASY, 0.05))
PASSED = ((Rating.HARD, 0.10), (Rating.GOOD, 0.80), (Rating.EASY, 0.10))
# A day's session never runs longer than this, however much is due.
MAX_ANSWERS_PER_DAY = 1500


@dataclass(frozen=True)
class SimulationReport:
    profile: ProfileInfo
    days: int
    answers: int
    started: datetime
    ended: datetime


class _SimClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _draw(rng: random.Random, weighted: tuple[tuple[Rating, float], ...]) -> Rating:
    ratings, weights = zip(*weighted, strict=True)
    chosen: Rating = rng.choices(ratings, weights)[0]
    return chosen


def _rating(rng: random.Random, shown: Shown, now: datetime) -> Rating:
    if shown.is_new:
        return _draw(rng, FIRST_ANSWER)
    recall = retrievability(shown.card, now)
    return _draw(rng, PASSED) if rng.random() < recall else Rating.AGAIN


SESSION_ROOM = timedelta(hours=1)  # more than a day's answers take


def simulate(
    services: Services,
    course: Course,
    name: str,
    *,
    days: int,
    seed: int,
    new_per_day: int | None = None,
    end: datetime | None = None,
    day: StudyDay | None = None,
) -> SimulationReport:
    """Study every day for ``days`` days ending today (or yesterday, when today's session
    would start after ``end``); creates the profile if needed."""
    profile = services.profiles.find(name)
    if profile is None:
        profile = services.profiles.create_learner(name)
    store = StudyStore(services.db, day or StudyDay())
    if new_per_day is not None:
        store.set_new_per_day(profile.id, new_per_day)
    rng = random.Random(seed)
    # py-fsrs fuzzes intervals with the module-level generator: seed it too, so a seed
    # gives the same history every time.
    random.seed(seed)
    end = end or utc_now()
    # each day's session starts 3 to 13 hours into the study day
    starts_after = [timedelta(hours=3 + rng.random() * 10) for _ in range(days)]
    first_day = store.day.date_of(end) - timedelta(days=days - 1)
    if store.day.start(store.day.date_of(end)) + starts_after[-1] + SESSION_ROOM >= end:
        # today's session would not be over by ``end``: the days end yesterday (a streak
        # still counts them, as today is open)
        first_day -= timedelta(days=1)
    clock = _SimClock(end)
    session = ReviewSession(store, profile.id, StudyScope.whole_course(course), clock)
    answers = 0
    started = store.day.start(first_day) + starts_after[0]
    for index in range(days):
        clock.now = store.day.start(first_day + timedelta(days=index)) + starts_after[index]
        for _ in range(MAX_ANSWERS_PER_DAY):
            shown = session.next()
            if shown is None or shown.shown_at > end:
                break
            clock.now += timedelta(seconds=3 + rng.random() * 12)
            session.answer(_rating(rng, shown, clock.now))
            answers += 1
    return SimulationReport(profile, days, answers, started, min(clock.now, end))
