"""Practice runs over the course's authored exercises: grading, explanations, results."""

from __future__ import annotations

import random
from dataclasses import replace

from nihongoku.core.practice.questions import PracticeRun, lesson_questions, weak_first
from nihongoku.core.practice.results import PracticeResults
from nihongoku.core.services import Services
from tests.study_helpers import Clock
from tests.test_course_content import course


def n5_lesson(number: int):  # type: ignore[no-untyped-def]
    return course().lesson(f"n5-{number:02d}")


def test_every_authored_question_explains_each_choice_and_has_one_answer() -> None:
    questions = lesson_questions(course().lessons)
    assert len(questions) >= 300
    for question in questions:
        assert len(question.explanations) == len(question.choices) >= 3
        assert 0 <= question.answer < len(question.choices)
        assert len(set(question.choice_texts)) == len(question.choices)
        assert all(e.id and e.en for e in question.explanations)
    paraphrase = next(q for q in questions if q.family == "paraphrase")
    underlined = [p for p in paraphrase.stem if p.underline]
    assert underlined and all("_" not in p.text for p in paraphrase.stem)


def test_a_run_grades_stores_and_summarises(services: Services) -> None:
    learner = services.profiles.create_learner("Ani")
    results = PracticeResults(services.db)
    pool = lesson_questions([n5_lesson(7)])
    run = PracticeRun.draw(
        pool, 5, random.Random(1), profile_id=learner.id, results=results, clock=Clock()
    )
    wrong_seen = False
    while not run.finished:
        question = run.current()
        choice = question.answer if run.position % 2 == 0 else (question.answer + 1) % 4
        choice = min(choice, len(question.choices) - 1)
        feedback = run.answer(choice)
        assert feedback.correct == (choice == question.answer)
        assert feedback.why_answer == question.explanations[question.answer]
        wrong_seen |= not feedback.correct
        run.advance()
    assert wrong_seen and sum(run.asked.values()) == 5
    stored = {s.family: (s.right, s.asked) for s in results.by_family(learner.id)}
    assert stored == {f: (run.right.get(f, 0), n) for f, n in run.asked.items()}
    assert weak_first(pool, results.weak_items(learner.id))  # the missed items come back


def test_every_authored_family_has_an_instruction() -> None:
    from nihongoku.core.content.schema import ExerciseFamily
    from nihongoku.core.practice.questions import INSTRUCTIONS

    assert set(INSTRUCTIONS) == set(ExerciseFamily)


def test_the_underlined_part_of_a_stem_is_marked_not_bracketed() -> None:
    from nihongoku.core.content.course import ExerciseEntry
    from nihongoku.core.japanese import Ruby, bracketed, marked_text, parse_bracketed, plain_text
    from nihongoku.core.practice.questions import authored_questions

    paraphrase = next(
        e for lesson in course().lessons for e in lesson.exercises if e.family == "paraphrase"
    )
    authored = paraphrase.questions[0]
    stem = parse_bracketed("きのうは __学校[がっこう]を 休[やす]みました__。")
    exercise: ExerciseEntry = replace(paraphrase, questions=(replace(authored, stem=tuple(stem)),))
    shown = authored_questions([exercise])[0].stem
    assert shown == (
        Ruby("きのうは "),
        Ruby("学校", "がっこう", underline=True),
        Ruby("を ", underline=True),
        Ruby("休", "やす", underline=True),
        Ruby("みました", underline=True),
        Ruby("。"),
    )
    # where a stem becomes plain text, the underlined part stays recognisable
    assert plain_text(list(shown)) == "きのうは 学校を 休みました。"
    assert marked_text(list(shown)) == "きのうは 【学校を 休みました】。"
    assert bracketed(list(shown)) == "きのうは __学校[がっこう]を 休[やす]みました__。"
    assert parse_bracketed(bracketed(list(shown))) == stem
