"""An exam's forms: the blueprint's mondai filled with questions from the course.

Forms are drawn, not stored: the same blueprint and course give the same forms every
time (every random choice is seeded by the exam, form, section and family). Form n never
repeats a question of forms 1…n-1, and within a form no word is asked about twice, so a
kanji-reading item never gives away an orthography item.

An instructor's test may narrow the lessons drawn from, or pick its questions itself: a
picked mondai asks exactly its picks, in order. A pick or lesson the course no longer has
is a problem of the form (with the blueprint's file and line), never a crash.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass

from nihongoku.core.content.course import Course, ExerciseEntry, Lesson, VocabEntry
from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import ExerciseFamily, Level
from nihongoku.core.exams.blueprint import Blueprint, Mondai, Section
from nihongoku.core.practice.questions import PracticeQuestion, authored_questions, from_quiz_item
from nihongoku.core.practice.quiz import Family, QuizBank, QuizItem

GENERATED = frozenset(f.value for f in QuizBank.families())
Location = tuple[str | int, ...]  # where in the blueprint file: ("sections", 0, "mondai", 1)


@dataclass(frozen=True)
class FormMondai:
    number: int  # counted from 1 within its section, as the test prints "もんだい 1"
    spec: Mondai
    questions: tuple[PracticeQuestion, ...]

    @property
    def short(self) -> int:
        """How many questions the course could not supply (0 for a complete mondai)."""
        return self.spec.count - len(self.questions)


@dataclass(frozen=True)
class FormSection:
    spec: Section
    mondai: tuple[FormMondai, ...]

    @property
    def questions(self) -> list[PracticeQuestion]:
        return [q for m in self.mondai for q in m.questions]


@dataclass(frozen=True)
class ExamForm:
    blueprint: Blueprint
    number: int
    sections: tuple[FormSection, ...]
    # what the course could not give: picks and lessons it no longer has
    problems: tuple[Problem, ...] = ()

    @property
    def questions(self) -> list[PracticeQuestion]:
        return [q for section in self.sections for q in section.questions]

    @property
    def complete(self) -> bool:
        return all(m.short == 0 for s in self.sections for m in s.mondai)

    @property
    def fingerprint(self) -> str:
        """Changes when any question or answer of the form changes: an attempt started on
        one version of a form is never resumed on another."""
        parts = [f"{q.id}={q.answer}:{len(q.choices)}" for q in self.questions]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]

    def section_of(self, question_id: str) -> FormSection:
        for section in self.sections:
            if any(q.id == question_id for q in section.questions):
                return section
        raise KeyError(question_id)


def assemble_forms(blueprint: Blueprint, course: Course) -> list[ExamForm]:
    """All the blueprint's forms, in order (each one excludes what the earlier ones used)."""
    drawer = _Drawer(blueprint, course)
    return [drawer.form(number) for number in range(1, blueprint.spec.forms + 1)]


def assemble_form(blueprint: Blueprint, course: Course, number: int) -> ExamForm:
    if not 1 <= number <= blueprint.spec.forms:
        raise ValueError(f"{blueprint.id} has forms 1 to {blueprint.spec.forms}")
    return assemble_forms(blueprint, course)[number - 1]


def course_problems(blueprint: Blueprint, course: Course) -> list[Problem]:
    """What the blueprint asks for that ``course`` lacks (picks, lessons), with lines."""
    return list(_Drawer(blueprint, course).form(1).problems)


class _Drawer:
    def __init__(self, blueprint: Blueprint, course: Course) -> None:
        self.blueprint = blueprint
        self.course = course
        self.bank = QuizBank(course)
        self.used_questions: set[str] = set()  # by any earlier form
        self.used_exercises: set[str] = set()
        self.problems: list[Problem] = []
        self._exercises = {exercise.id: exercise for exercise in course.exercises()}

    def lessons(
        self, level: Level, spec: Mondai | None = None, where: Location = ()
    ) -> list[Lesson]:
        """The mondai's lessons: those it (or the exam) names, else every lesson of its level."""
        chosen = (spec.lessons if spec else None) or self.blueprint.spec.lessons
        if chosen is None:
            found = [lesson for lesson in self.course.lessons if lesson.level is level]
        else:
            known = {lesson.id: lesson for lesson in self.course.lessons}
            lost = [lesson_id for lesson_id in chosen if lesson_id not in known]
            if lost:
                at = where if spec and spec.lessons else ()
                self._problem(
                    f"no lesson {', '.join(map(repr, lost))} in the course", *at, "lessons"
                )
            found = [known[lesson_id] for lesson_id in chosen if lesson_id in known]
            if spec is not None and spec.level is not None:  # a level given: only its lessons
                found = [lesson for lesson in found if lesson.level is spec.level]
        return sorted(found, key=lambda lesson: lesson.sort_key)

    def form(self, number: int) -> ExamForm:
        words_in_form: set[str] = set()
        self.problems = []
        sections = []
        for i, section in enumerate(self.blueprint.spec.sections):
            mondai = []
            for index, spec in enumerate(section.mondai, start=1):
                where: Location = ("sections", i, "mondai", index - 1)
                rng = random.Random(f"{self.blueprint.id}/{number}/{section.id}/{index}")
                level = spec.level or self.blueprint.spec.level
                if spec.picks is not None:
                    questions = self._picked(spec, rng, where, words_in_form)
                elif spec.family in GENERATED:
                    questions = self._generated(spec, level, rng, words_in_form, where)
                else:
                    questions = self._authored(spec, level, rng, where)
                mondai.append(FormMondai(index, spec, tuple(questions)))
            sections.append(FormSection(section, tuple(mondai)))
        problems = tuple(dict.fromkeys(self.problems))  # a lost lesson is named once
        return ExamForm(self.blueprint, number, tuple(sections), problems)

    def _problem(self, message: str, *location: str | int) -> None:
        self.problems.append(Problem(self.blueprint.path, self.blueprint.line(*location), message))

    def _picked(
        self, spec: Mondai, rng: random.Random, where: Location, words_in_form: set[str]
    ) -> list[PracticeQuestion]:
        """The instructor's own questions, in their order; a lost one is a problem."""
        questions: list[PracticeQuestion] = []
        lost = False
        for k, pick in enumerate(spec.picks or []):
            at = (*where, "picks", k)
            if spec.family in GENERATED:
                made = self._generated_pick(spec, pick, rng)
                if made is None:
                    lost = True
                    self._problem(f"picked question {pick!r} is not in the course any more", *at)
                    continue
                questions.append(from_quiz_item(made))
                words_in_form.add(made.word_id)
            else:
                exercise = self._exercises.get(pick)
                if exercise is None or exercise.family.value != spec.family:
                    lost = True
                    self._problem(
                        f"picked exercise {pick!r} is not a {spec.family} exercise of the course",
                        *at,
                    )
                    continue
                questions += authored_questions([exercise])
                self.used_exercises.add(exercise.id)
        if not lost and len(questions) != spec.count:
            self._problem(
                f"count is {spec.count} but the picks give {len(questions)} questions",
                *where,
                "count",
            )
        self.used_questions.update(q.id for q in questions)
        return questions[: spec.count]

    def _generated_pick(self, spec: Mondai, pick: str, rng: random.Random) -> QuizItem | None:
        prefix, _, word_id = pick.partition(":")
        try:
            word = self.course.item(word_id) if prefix == spec.family else None
        except KeyError:
            return None
        if not isinstance(word, VocabEntry):
            return None
        made = self.bank.build(Family(spec.family), word, rng)
        return made if isinstance(made, QuizItem) and made.id == pick else None

    def _generated(
        self,
        spec: Mondai,
        level: Level,
        rng: random.Random,
        words_in_form: set[str],
        where: Location = (),
    ) -> list[PracticeQuestion]:
        family = Family(spec.family)
        words = self.bank.eligible(family, self.lessons(level, spec, where))
        rng.shuffle(words)
        chosen: list[PracticeQuestion] = []
        for word in words:
            if len(chosen) == spec.count:
                break
            if word.id in words_in_form:
                continue
            made = self.bank.build(family, word, rng)
            if not isinstance(made, QuizItem) or made.id in self.used_questions:
                continue
            chosen.append(from_quiz_item(made))
            words_in_form.add(word.id)
            self.used_questions.add(made.id)
        return chosen

    def _authored(
        self, spec: Mondai, level: Level, rng: random.Random, where: Location = ()
    ) -> list[PracticeQuestion]:
        family = ExerciseFamily(spec.family)
        pool: list[ExerciseEntry] = [
            exercise
            for lesson in self.lessons(level, spec, where)
            for exercise in lesson.exercises
            if exercise.family is family and exercise.id not in self.used_exercises
        ]
        rng.shuffle(pool)
        left = spec.count
        chosen: list[ExerciseEntry] = []
        for exercise in pool:
            if 0 < len(exercise.questions) <= left:  # a passage comes with all its questions
                chosen.append(exercise)
                left -= len(exercise.questions)
            if left == 0:
                break
        self.used_exercises.update(exercise.id for exercise in chosen)
        questions = authored_questions(chosen)
        self.used_questions.update(q.id for q in questions)
        return questions


def form_summary(form: ExamForm) -> Sequence[str]:
    """Lines naming each mondai the course could not fill: for `exam show` and tests."""
    return [
        f"{section.spec.id}/{m.number} {m.spec.family}: {len(m.questions)} of {m.spec.count}"
        for section in form.sections
        for m in section.mondai
        if m.short
    ]
