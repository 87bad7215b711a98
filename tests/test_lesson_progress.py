"""Per-lesson progress (core, no Qt): cards met out of the lesson's cards, in one query."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from nihongoku.core.services import Services
from nihongoku.core.study.cards import CardKey, CardKind, card_keys, new_card
from nihongoku.core.study.progress import LessonProgress, lesson_progress
from nihongoku.core.study.scheduling import Rating, outcomes
from nihongoku.core.study.store import StudyStore
from tests.study_helpers import Clock, kana_course


@contextmanager
def counted_selects(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(services.db.engine, "before_cursor_execute", seen)


def answer(store: StudyStore, profile_id: int, key: CardKey, clock: Clock) -> None:
    card = store.card(profile_id, key) or new_card(key)
    store.answer(profile_id, card, outcomes(card, clock())[Rating.GOOD], 3000)
    clock.advance(minutes=1)


def test_a_new_learner_has_met_nothing_and_every_lesson_counts_its_cards(
    services: Services,
) -> None:
    siti = services.profiles.create_learner("Siti")
    lessons = kana_course().lessons
    progress = lesson_progress(services.db, siti.id, lessons)
    assert list(progress) == [lesson.id for lesson in lessons]
    for lesson in lessons:
        total = len(list(card_keys([lesson])))
        assert progress[lesson.id] == LessonProgress(met=0, total=total)
        assert total > 0 and not progress[lesson.id].done


def test_answered_cards_count_for_their_lesson_only_and_per_learner(services: Services) -> None:
    store, clock = services.study, Clock()
    siti = services.profiles.create_learner("Siti")
    budi = services.profiles.create_learner("Budi")
    first, second = kana_course().lessons[:2]
    first_keys = list(card_keys([first]))
    answer(store, siti.id, first_keys[0], clock)
    answer(store, siti.id, first_keys[0], clock)  # the same card twice: still one card
    answer(store, siti.id, first_keys[1], clock)
    answer(store, budi.id, next(card_keys([second])), clock)

    progress = lesson_progress(services.db, siti.id, [first, second])
    assert progress[first.id].met == 2
    assert progress[first.id].fraction == 2 / len(first_keys)
    assert progress[second.id].met == 0
    assert lesson_progress(services.db, budi.id, [first, second])[second.id].met == 1


def test_suspended_buried_or_reset_cards_were_not_met(services: Services) -> None:
    store, clock = services.study, Clock()
    siti = services.profiles.create_learner("Siti")
    first = kana_course().lessons[0]
    a, b, c = list(card_keys([first]))[:3]
    store.suspend(siti.id, new_card(a))  # suspended before ever being answered
    store.bury(siti.id, new_card(b), clock())
    answer(store, siti.id, c, clock)
    met = store.card(siti.id, c)
    assert met is not None
    store.reset(siti.id, met)  # "forget": back to new
    assert lesson_progress(services.db, siti.id, [first])[first.id].met == 0
    answer(store, siti.id, c, clock)
    assert lesson_progress(services.db, siti.id, [first])[first.id].met == 1


def test_a_lesson_is_done_when_all_its_cards_were_met(services: Services) -> None:
    store, clock = services.study, Clock()
    siti = services.profiles.create_learner("Siti")
    first = kana_course().lessons[0]
    for key in card_keys([first]):
        answer(store, siti.id, key, clock)
    progress = lesson_progress(services.db, siti.id, [first])[first.id]
    assert progress.done and progress.met == progress.total and progress.fraction == 1.0
    assert not LessonProgress(met=0, total=0).done  # a lesson without cards never is
    assert LessonProgress(met=0, total=0).fraction == 0.0


def test_cards_of_items_the_course_no_longer_has_count_nowhere(services: Services) -> None:
    store, clock = services.study, Clock()
    siti = services.profiles.create_learner("Siti")
    answer(store, siti.id, ("w-removed-from-the-course", CardKind.RECOGNITION), clock)
    lessons = kana_course().lessons
    assert all(p.met == 0 for p in lesson_progress(services.db, siti.id, lessons).values())


def test_one_query_for_all_lessons(services: Services) -> None:
    store, clock = services.study, Clock()
    siti = services.profiles.create_learner("Siti")
    lessons = kana_course().lessons
    for lesson in lessons:
        answer(store, siti.id, next(card_keys([lesson])), clock)
    assert len(lessons) >= 5
    with counted_selects(services) as selects:
        progress = lesson_progress(services.db, siti.id, lessons)
    assert len(selects) == 1
    assert all(p.met == 1 for p in progress.values())
