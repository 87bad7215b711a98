"""An exam's forms: the blueprint's mondai filled with questions from the course.

Forms are drawn, not stored: the same blueprint and course give the same forms every
time (every random choice is seeded by the exam, form, section and family). Form n never
repeats a question of forms 1…n-1, and within a form no word is asked about twice, so a
kanji-reading item never gives away an orthography item.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass

from nihongoku.core.content.course import Course, ExerciseEntry, Lesson
from nihongoku.core.content.schema import ExerciseFamily, Level
from nihongoku.core.exams.blueprint import Blueprint, Mondai, Section
from nihongoku.core.practice.questions import PracticeQuestion, authored_questions, from_quiz_item
from nihongoku.core.practice.quiz import Family, QuizBank, QuizItem

GENERATED = frozenset(f.value for f in QuizBank.families())


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


class _Drawer:
    def __init__(self, blueprint: Blueprint, course: Course) -> None:
        self.blueprint = blueprint
        self.course = course
        self.bank = QuizBank(course)
        self.used_questions: set[str] = set()  # by any earlier form
        self.used_exercises: set[str] = set()

    def lessons(self, level: Level) -> list[Lesson]:
        return sorted(
            (lesson for lesson in self.course.lessons if lesson.level is level),
            key=lambda lesson: lesson.sort_key,
        )

    def form(self, number: int) -> ExamForm:
        words_in_form: set[str] = set()
        sections = []
        for section in self.blueprint.spec.sections:
            mondai = []
            for index, spec in enumerate(section.mondai, start=1):
                rng = random.Random(f"{self.blueprint.id}/{number}/{section.id}/{index}")
                level = spec.level or self.blueprint.spec.level
                if spec.family in GENERATED:
                    questions = self._generated(spec, level, rng, words_in_form)
                else:
                    questions = self._authored(spec, level, rng)
                mondai.append(FormMondai(index, spec, tuple(questions)))
            sections.append(FormSection(section, tuple(mondai)))
        return ExamForm(self.blueprint, number, tuple(sections))

    def _generated(
        self, spec: Mondai, level: Level, rng: random.Random, words_in_form: set[str]
    ) -> list[PracticeQuestion]:
        family = Family(spec.family)
        words = self.bank.eligible(family, self.lessons(level))
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

    def _authored(self, spec: Mondai, level: Level, rng: random.Random) -> list[PracticeQuestion]:
        family = ExerciseFamily(spec.family)
        pool: list[ExerciseEntry] = [
            exercise
            for lesson in self.lessons(level)
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
