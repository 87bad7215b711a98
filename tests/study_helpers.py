"""A course, a learner and a clock for flashcard tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import Course
from nihongoku.core.services import Services
from nihongoku.core.study.day import StudyDay
from nihongoku.core.study.session import ReviewSession, StudyScope
from nihongoku.core.study.store import StudyStore

LESSONS = Path(__file__).resolve().parent.parent / "lessons"
WITA = timezone(timedelta(hours=8))  # East Kalimantan: no daylight saving


@dataclass
class Clock:
    now: datetime = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 09:00 in Balikpapan

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


_course: Course | None = None


def kana_course() -> Course:
    global _course
    if _course is None:
        _course = build_course([LESSONS / "kana"])
    return _course


def session_for(services: Services, clock: Clock, name: str = "Siti") -> ReviewSession:
    profile = services.profiles.create_learner(name)
    store = StudyStore(services.db, StudyDay(WITA))
    first = sorted(kana_course().lessons, key=lambda lesson: lesson.sort_key)[0]
    return ReviewSession(store, profile.id, StudyScope.lessons([first]), clock)
