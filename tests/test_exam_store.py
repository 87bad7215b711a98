"""Exam attempts in the store: saved after every change, resumed after a crash with the
time that was left, finished into the history and the practice results."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nihongoku.core.exams.attempt import ExamAttempt
from nihongoku.core.exams.store import ExamStore
from nihongoku.core.practice.results import PracticeResults
from nihongoku.core.services import Services
from tests.test_exams import form

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def test_an_attempt_resumes_where_it_was_with_the_time_that_was_left(
    services: Services,
) -> None:
    profile = services.profiles.create_learner("Budi")
    store = ExamStore(services.db)
    attempt = ExamAttempt(form("jlpt-n5"))
    attempt_id = store.start(profile.id, attempt, NOW)
    attempt.answer(1)
    attempt.next()
    attempt.answer(2)
    attempt.tick(125.5)
    store.save(attempt_id, attempt, NOW + timedelta(minutes=2))

    # the app is killed here; reopened, the attempt is offered again
    (saved,) = store.unfinished(profile.id)
    assert saved.exam_id == "jlpt-n5" and saved.form == 1
    assert saved.fingerprint == form("jlpt-n5").fingerprint
    resumed = ExamAttempt(form("jlpt-n5"), saved.state)
    assert resumed.state.position == 1
    assert resumed.remaining_seconds() == pytest.approx(20 * 60 - 125.5)
    assert resumed.state.answers == attempt.state.answers

    results = PracticeResults(services.db)
    result = store.finish(profile.id, saved.id, resumed, NOW + timedelta(minutes=30), results)
    assert store.unfinished(profile.id) == []
    (done,) = store.history(profile.id)
    assert done.result is not None and done.result["total"] == result.total
    assert done.result["groups"]["language"]["asked"] == 43
    # every question went into the practice history: the dashboard's weak families
    asked = sum(score.asked for score in results.by_family(profile.id))
    assert asked == len(form("jlpt-n5").questions)
    store.finish(profile.id, saved.id, resumed, NOW + timedelta(minutes=31), results)
    assert sum(s.asked for s in results.by_family(profile.id)) == asked  # not twice
