"""A learner who never stops: answers (and now and then undoes) flashcards until killed.

Run by tests/test_study_kill.py as a separate process. After each answer or undo has
returned, it prints one line; a line on stdout means the store acknowledged it.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta

from nihongoku.core.services import Services
from nihongoku.core.study.scheduling import Rating
from nihongoku.core.study.session import ReviewSession, StudyScope
from tests.study_helpers import kana_course


def main() -> None:
    url, name, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    services = Services.open(url)
    profile = next((p for p in services.profiles.list() if p.name == name), None)
    if profile is None:
        profile = services.profiles.create_learner(name)
        services.study.set_new_per_day(profile.id, 200)
    rng = random.Random(seed)
    now = datetime(2026, 12, 1, 1, 0, tzinfo=UTC) + timedelta(days=seed)

    def clock() -> datetime:
        return now

    session = ReviewSession(
        services.study, profile.id, StudyScope.whole_course(kana_course()), clock
    )
    print("ready", flush=True)
    while True:
        now += timedelta(minutes=2)
        if session.can_undo and rng.random() < 0.1:
            undone = session.last_answer
            session.undo()
            print(f"undone {undone}", flush=True)
        if session.current is None and session.next() is None:
            now += timedelta(days=1)
            continue
        answered = session.answer(rng.choice(list(Rating)))
        print(f"answered {answered.log_id}", flush=True)


if __name__ == "__main__":
    main()
