"""A practice session as a learner goes through it: answer, see feedback, move on, summary."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from nihongoku.core.practice.quiz import Family, PracticeSession, QuizBank, QuizItem
from nihongoku.core.practice.quiz.session import deal_items
from tests.test_quiz_families import write_quiz_course

FAMILIES = (Family.KANJI_READING, Family.ORTHOGRAPHY, Family.MEANING_JA_ID)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> QuizBank:
    return QuizBank(write_quiz_course(tmp_path_factory.mktemp("quiz-session")))


def wrong(item: QuizItem) -> int:
    return (item.answer + 1) % len(item.choices)


def test_a_session_asks_n_questions_spread_over_the_families(bank: QuizBank) -> None:
    session = PracticeSession.start(bank, FAMILIES, None, random.Random(1), length=9)
    assert session.progress == (0, 9)
    families = [item.family for item in session.items]
    assert {f: families.count(f) for f in FAMILIES} == {f: 3 for f in FAMILIES}
    # One question per word: 学校's reading would give its spelling away.
    assert len({item.word_id for item in session.items}) == 9


def test_answering_gives_feedback_with_both_explanations(bank: QuizBank) -> None:
    session = PracticeSession.start(bank, FAMILIES, None, random.Random(2), length=4)
    item = session.current()
    feedback = session.answer(wrong(item))
    assert not feedback.correct
    assert feedback.right == item.answer
    assert feedback.chosen_explanation == item.explanations[wrong(item)]
    assert feedback.right_explanation == item.explanations[item.answer]
    assert feedback.chosen_explanation.id.startswith("Salah")
    on_screen = session.feedback
    assert on_screen is feedback
    assert session.progress == (1, 4)
    session.advance()
    assert session.feedback is None
    assert session.progress == (1, 4)
    right = session.answer(session.current().answer)
    assert right.correct and right.chosen_explanation == right.right_explanation


def test_the_summary_counts_per_family_and_lists_the_misses(bank: QuizBank) -> None:
    session = PracticeSession.start(bank, FAMILIES, None, random.Random(3), length=6)
    missed: list[str] = []
    for number in range(6):
        item = session.current()
        if number % 3 == 0:
            session.answer(wrong(item))
            missed.append(item.id)
        else:
            session.answer(item.answer)
        session.advance()
    assert session.finished
    summary = session.summary()
    assert (summary.right, summary.asked) == (4, 6)
    assert [m.item.id for m in summary.missed] == missed
    assert all(m.chosen != m.item.answer for m in summary.missed)
    asked = {family: 0 for family in FAMILIES}
    for item in session.items:
        asked[item.family] += 1
    assert {f: s.asked for f, s in summary.families.items()} == asked
    assert sum(s.right for s in summary.families.values()) == 4


def test_a_session_refuses_what_a_learner_cannot_do(bank: QuizBank) -> None:
    session = PracticeSession.start(bank, FAMILIES, None, random.Random(4), length=1)
    with pytest.raises(RuntimeError, match="answer the question"):
        session.advance()
    with pytest.raises(IndexError):
        session.answer(4)
    session.answer(0)
    with pytest.raises(RuntimeError, match="already answered"):
        session.answer(1)
    session.advance()
    assert session.finished
    with pytest.raises(RuntimeError, match="finished"):
        session.current()
    with pytest.raises(ValueError, match="family"):
        PracticeSession.start(bank, (), None, random.Random(4))


def test_a_session_is_shorter_when_the_lessons_have_fewer_words(tmp_path: Path) -> None:
    bank = QuizBank(write_quiz_course(tmp_path))
    items = deal_items(bank, (Family.CONTEXT_WORD,), None, random.Random(5), 500)
    eligible = bank.eligible(Family.CONTEXT_WORD)
    assert 0 < len(items) <= len(eligible)
    assert len({i.word_id for i in items}) == len(items)


def test_the_same_seed_deals_the_same_session(bank: QuizBank) -> None:
    first = PracticeSession.start(bank, FAMILIES, None, random.Random(9), length=8)
    again = PracticeSession.start(bank, FAMILIES, None, random.Random(9), length=8)
    assert first.items == again.items
