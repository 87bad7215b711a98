"""Practice results: scores by family, weak items, and wrong answers feeding flashcards."""

from __future__ import annotations

from datetime import timedelta

from nihongoku.core.practice.results import PracticeResults
from nihongoku.core.services import Services
from nihongoku.core.study.cards import CardState
from nihongoku.core.study.scheduling import Rating
from tests.study_helpers import Clock, session_for


def test_a_wrong_answer_makes_the_tested_words_cards_due_and_scores_add_up(
    services: Services,
) -> None:
    clock = Clock()
    session = session_for(services, clock)
    services.study.set_new_per_day(session.profile_id, 2)
    first = session.next()
    assert first is not None
    session.answer(Rating.EASY)
    second = session.next()
    assert second is not None
    session.answer(Rating.EASY)
    card = session.store.card(session.profile_id, first.card.key)
    assert card is not None and card.state is CardState.REVIEW and card.due is not None
    assert card.due > clock.now + timedelta(days=1)

    results = PracticeResults(services.db)
    clock.advance(hours=1)
    record = dict(family="kanji-reading", level="n5", answered_at=clock.now)
    moved = results.record(
        session.profile_id, question_id="q1", tested=[first.card.item_id], correct=False,
        **record,
    )  # fmt: skip
    assert moved == 1
    card = session.store.card(session.profile_id, first.card.key)
    assert card is not None and card.due == clock.now  # due now, so reviewed today
    assert session.next() is not None and session.current is not None
    assert session.current.card.key == first.card.key
    # a right answer moves nothing
    assert results.record(
        session.profile_id, question_id="q2", tested=[second.card.item_id], correct=True,
        **record,
    ) == 0  # fmt: skip
    results.record(session.profile_id, question_id="q3", tested=["g-x"], correct=False,
                   family="grammar-form", level="n5", answered_at=clock.now)  # fmt: skip
    scores = {s.family: (s.right, s.asked) for s in results.by_family(session.profile_id)}
    assert scores == {"kanji-reading": (1, 2), "grammar-form": (0, 1)}
    assert sorted(results.weak_items(session.profile_id)) == sorted(
        [(first.card.item_id, 1), ("g-x", 1)]
    )
