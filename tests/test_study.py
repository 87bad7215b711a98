"""Flashcards: the order cards come in, answers that stick, undo, and daily limits."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, timedelta

import pytest

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.services import Services
from nihongoku.core.study.cards import CardKind, CardState, kinds_for
from nihongoku.core.study.day import StudyDay
from nihongoku.core.study.faces import Ask, face
from nihongoku.core.study.scheduling import Rating
from nihongoku.core.study.simulate import simulate
from nihongoku.core.study.store import StudyStore, TodaySummary
from tests.study_helpers import Clock, kana_course, session_for


def test_new_cards_come_in_course_order_and_answers_are_stored(services: Services) -> None:
    clock = Clock()
    session = session_for(services, clock)
    first_keys = [key for key in session.scope.keys if key[1] is CardKind.RECOGNITION][:3]
    shown = session.next()
    assert shown is not None and shown.is_new
    assert shown.card.key == first_keys[0]
    clock.advance(seconds=4)
    answered = session.answer(Rating.GOOD)
    assert answered.card.state is CardState.LEARNING
    assert answered.card.reps == 1
    stored = session.store.card(session.profile_id, first_keys[0])
    assert stored is not None and stored.state is CardState.LEARNING
    # the next card is another new one, since the learning step is not due yet
    assert session.next().card.key == first_keys[1]  # type: ignore[union-attr]


def test_buttons_show_the_interval_the_answer_then_gets(services: Services) -> None:
    clock = Clock()
    session = session_for(services, clock)
    shown = session.next()
    assert shown is not None
    promised = {rating: outcome.interval for rating, outcome in shown.outcomes.items()}
    assert promised[Rating.AGAIN] < promised[Rating.GOOD] < promised[Rating.EASY]
    clock.advance(seconds=7)
    answered = session.answer(Rating.EASY)
    assert answered.card.due is not None
    assert answered.card.due - clock.now == promised[Rating.EASY]


def test_undo_restores_the_card_and_removes_its_log_row(services: Services) -> None:
    clock = Clock()
    session = session_for(services, clock)
    first = session.next()
    assert first is not None
    session.answer(Rating.GOOD)
    clock.advance(minutes=15)
    again = session.next()
    assert again is not None and again.card.key == first.card.key  # learning step due
    before = again.card
    session.answer(Rating.AGAIN)
    shown = session.undo()
    assert shown.card == before
    assert session.store.card(session.profile_id, before.key) == before
    summary = session.store.summary(session.profile_id, clock.now)
    assert summary.reviews == 1
    # Undo of a brand-new card's first answer gives the new-card slot back.
    session.undo()
    assert session.store.summary(session.profile_id, clock.now).reviews == 0
    assert session.remaining().new == 20
    with pytest.raises(RuntimeError):
        session.undo()


def test_the_daily_new_card_limit_and_sibling_cards_wait_for_tomorrow(
    services: Services,
) -> None:
    clock = Clock()
    session = session_for(services, clock)
    session.store.set_new_per_day(session.profile_id, 3)
    seen = []
    while (shown := session.next()) is not None and shown.is_new:
        seen.append(shown.card.key)
        clock.advance(seconds=5)
        session.answer(Rating.EASY)  # straight to review: only new cards remain
    assert len(seen) == 3
    assert len({item for item, _ in seen}) == 3  # one card per word per day
    assert session.remaining().new == 0
    clock.advance(days=1)
    tomorrow = session.next()
    assert tomorrow is not None


def test_reviews_come_back_on_the_day_they_are_due(services: Services) -> None:
    clock = Clock()
    session = session_for(services, clock)
    session.store.set_new_per_day(session.profile_id, 1)
    shown = session.next()
    assert shown is not None
    session.answer(Rating.EASY)
    assert session.next() is None  # limit reached, nothing due
    card = session.store.card(session.profile_id, shown.card.key)
    assert card is not None and card.state is CardState.REVIEW and card.due is not None
    days = (card.due - clock.now).days
    clock.advance(days=days - 1)
    assert session.remaining().review == 0
    clock.advance(days=1)
    due = session.next()
    assert due is not None and due.card.key == shown.card.key
    assert session.remaining().review == 1


def test_lapses_make_a_leech_and_suspended_or_buried_cards_stay_away(
    services: Services,
) -> None:
    clock = Clock()
    session = session_for(services, clock)
    session.store.set_new_per_day(session.profile_id, 2)
    first = session.next()
    assert first is not None
    session.answer(Rating.EASY)
    for _ in range(8):
        card = session.store.card(session.profile_id, first.card.key)
        assert card is not None and card.due is not None
        clock.now = max(clock.now, card.due)
        shown = session.next()
        assert shown is not None and shown.card.key == first.card.key
        session.answer(Rating.AGAIN)
        for _ in range(3):  # relearn it
            card = session.store.card(session.profile_id, first.card.key)
            assert card is not None and card.due is not None
            if card.state is CardState.REVIEW:
                break
            clock.now = max(clock.now, card.due)
            assert session.next() is not None
            session.answer(Rating.GOOD)
    leeches = session.store.leeches(session.profile_id)
    assert [card.key for card in leeches] == [first.card.key]
    assert session.store.summary(session.profile_id, clock.now).leeches == 1
    # suspend it: it no longer comes back
    clock.advance(days=400)
    shown = session.next()
    assert shown is not None and shown.card.key == first.card.key
    session.suspend_current()
    nxt = session.next()
    assert nxt is not None and nxt.card.key != first.card.key
    session.bury_current()
    again = session.next()
    assert again is not None and again.card.key not in (first.card.key, nxt.card.key)
    clock.advance(days=1)
    assert session.store.card(session.profile_id, nxt.card.key).buried_until < clock.now  # type: ignore[union-attr,operator]


def test_reset_makes_a_card_new_and_keeps_the_history(services: Services) -> None:
    clock = Clock()
    session = session_for(services, clock)
    shown = session.next()
    assert shown is not None
    answered = session.answer(Rating.GOOD)
    reset = session.store.reset(session.profile_id, answered.card)
    assert reset.state is CardState.NEW and reset.reps == 0
    assert session.store.summary(session.profile_id, clock.now).reviews == 1


def test_summary_counts_streak_retention_and_forecast(services: Services) -> None:
    clock = Clock()
    session = session_for(services, clock)
    session.store.set_new_per_day(session.profile_id, 5)
    for _day in range(4):
        while session.next() is not None:
            clock.advance(seconds=5)
            if session.answer(Rating.GOOD).card.state is CardState.LEARNING:
                clock.advance(minutes=11)
        clock.advance(days=1)
    clock.advance(days=-1, hours=5)
    summary = session.store.summary(session.profile_id, clock.now)
    assert summary.streak_days == 4
    assert summary.reviews >= 40  # two learning steps for each of 20 cards, then reviews
    assert summary.by_state["review"] == 20
    assert len(summary.forecast) == 14 and sum(summary.forecast) > 0
    assert summary.retention is None or 0 < summary.retention <= 1
    today = session.store.today(session.profile_id, clock.now)
    assert today == TodaySummary(**{k: getattr(summary, k) for k in vars(today)})
    clock.advance(days=3)
    assert session.store.summary(session.profile_id, clock.now).streak_days == 0


def test_every_answer_is_committed_before_the_next_card(services: Services) -> None:
    """What another connection sees right after answer() is what a power cut leaves."""
    clock = Clock()
    session = session_for(services, clock)
    assert services.db.path is not None
    for count in range(1, 4):
        session.next()
        session.answer(Rating.GOOD)
        with sqlite3.connect(services.db.path) as raw:
            (rows,) = raw.execute("SELECT count(*) FROM review_log").fetchone()
        assert rows == count


def test_a_card_whose_lesson_is_gone_is_kept_but_not_shown(services: Services) -> None:
    from dataclasses import replace

    from nihongoku.core.study.cards import new_card
    from nihongoku.core.study.scheduling import outcomes
    from nihongoku.core.study.session import ReviewSession, StudyScope
    from tests.study_helpers import kana_course

    clock = Clock()
    session = session_for(services, clock)
    gone = new_card(("w-removed-by-instructor", CardKind.RECOGNITION))
    outcome = replace(outcomes(gone, clock.now)[Rating.AGAIN], due=clock.now)
    session.store.answer(session.profile_id, gone, outcome, 1000)
    whole = ReviewSession(
        session.store, session.profile_id, StudyScope.whole_course(kana_course()), clock
    )
    clock.advance(minutes=5)
    shown = whole.next()
    assert shown is not None and shown.card.item_id != "w-removed-by-instructor"
    assert session.store.card(session.profile_id, gone.key) is not None


@pytest.mark.parametrize("minutes_into_day", [20, 6 * 60, 23 * 60])
def test_a_simulated_history_ends_today_whatever_the_hour(
    services: Services, minutes_into_day: int
) -> None:
    day = StudyDay(UTC)
    end = day.start(date(2026, 11, 29)) + timedelta(minutes=minutes_into_day)
    report = simulate(services, kana_course(), "Ani", days=3, seed=5, end=end, day=day)
    summary = StudyStore(services.db, day).summary(report.profile.id, end)
    assert summary.streak_days == 3
    assert report.answers > 0 and report.ended <= end


def test_only_a_recorded_word_gets_a_listening_card_and_it_shows_no_text() -> None:
    word = next(
        entry
        for lesson in kana_course().lessons
        for entry in lesson.entries()
        if isinstance(entry, VocabEntry)
    )
    assert CardKind.LISTENING not in kinds_for(word, recorded=())
    assert kinds_for(word, recorded={word.id})[-1] is CardKind.LISTENING
    listening = face(word, CardKind.LISTENING)
    assert listening.ask is Ask.LISTENING and listening.front_audio
    assert listening.front_japanese == () and listening.front_meaning is None
    assert listening.answer_meaning == word.meaning
    assert not face(word, CardKind.RECOGNITION).front_audio
