"""A learner mid-exam who never stops: answers, moves on and spends time until killed.

Run by tests/test_exam_kill.py as a separate process. It resumes the open attempt if
there is one (as the app does), and after each save has returned prints the attempt's
answers; a printed line is what the store acknowledged.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta

from nihongoku.core.exams.attempt import ExamAttempt
from nihongoku.core.exams.store import ExamStore
from nihongoku.core.services import Services
from tests.test_exams import form


def main() -> None:
    url, seed = sys.argv[1], int(sys.argv[2])
    services = Services.open(url)
    profile = services.profiles.find("Siti") or services.profiles.create_learner("Siti")
    store = ExamStore(services.db)
    exam_form = form("jft-basic")
    now = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    open_attempts = store.unfinished(profile.id)
    if open_attempts:
        saved = open_attempts[0]
        attempt_id, attempt = saved.id, ExamAttempt(exam_form, saved.state)
    else:
        attempt = ExamAttempt(exam_form)
        attempt_id = store.start(profile.id, attempt, now)
    rng = random.Random(seed)
    print("ready", flush=True)
    while not attempt.state.finished:
        now += timedelta(seconds=5)
        question = attempt.current
        if question is None:  # a section the course has no questions for yet
            attempt.finish_section()
            continue
        attempt.answer(rng.randrange(len(question.choices)))
        attempt.tick(1.0)
        if not attempt.next():
            attempt.finish_section()
        store.save(attempt_id, attempt, now)
        print(json.dumps(attempt.state.as_json()), flush=True)
    print("finished", flush=True)
    while True:  # wait to be killed, like an app left open on the results
        pass


if __name__ == "__main__":
    main()
