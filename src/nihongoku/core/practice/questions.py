"""Practice questions in the exam's own forms, and a practice run over them.

A PracticeQuestion is what the practice screen shows, whatever made it: an authored
exercise from a lesson file (this module) or a generated item. A PracticeRun asks them
in turn, grades, explains, and stores each answer so that a wrong one makes the
flashcards of what it tested due again.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from nihongoku.core.content.course import ExerciseEntry, Lesson
from nihongoku.core.content.schema import Bilingual, ExerciseFamily
from nihongoku.core.content.script import Turn
from nihongoku.core.japanese import Ruby
from nihongoku.core.practice.quiz import INSTRUCTIONS as QUIZ_INSTRUCTIONS
from nihongoku.core.practice.quiz import Family, Mark, QuizBank, QuizItem
from nihongoku.core.practice.results import PracticeResults
from nihongoku.core.store.types import utc_now

INSTRUCTIONS: dict[str, Bilingual] = {
    ExerciseFamily.GRAMMAR_FORM: Bilingual(
        id="Pilih yang paling tepat untuk（　）.", en="Choose what fits （　） best."
    ),
    ExerciseFamily.COMPOSITION: Bilingual(
        id="Susun keempat bagian menjadi kalimat. Bagian mana yang masuk ke ★?",
        en="Put the four pieces in order. Which piece goes at ★?",
    ),
    ExerciseFamily.PARAPHRASE: Bilingual(
        id="Kalimat mana yang artinya paling dekat dengan bagian yang bergaris bawah?",
        en="Which sentence means almost the same as the underlined part?",
    ),
    ExerciseFamily.USAGE: Bilingual(
        id="Kalimat mana yang memakai kata ini dengan benar?",
        en="Which sentence uses this word correctly?",
    ),
    ExerciseFamily.TEXT_GRAMMAR: Bilingual(
        id="Baca teksnya. Apa yang paling tepat untuk nomor ini?",
        en="Read the text. What fits this blank best?",
    ),
    ExerciseFamily.READING_SHORT: Bilingual(
        id="Baca teksnya, lalu jawab pertanyaannya.", en="Read the text, then answer."
    ),
    ExerciseFamily.READING_MID: Bilingual(
        id="Baca teksnya, lalu jawab pertanyaannya.", en="Read the text, then answer."
    ),
    ExerciseFamily.READING_INFO: Bilingual(
        id="Lihat informasinya, lalu jawab pertanyaannya.",
        en="Look at the information, then answer.",
    ),
    ExerciseFamily.LISTENING_TASK: Bilingual(
        id="Dengarkan percakapannya. Apa yang akan dia lakukan? Pilih jawabannya.",
        en="Listen to the conversation. What will the person do? Choose the answer.",
    ),
    ExerciseFamily.LISTENING_POINT: Bilingual(
        id="Dengarkan pertanyaannya, lalu percakapannya. Pilih jawaban yang benar.",
        en="Listen to the question, then the conversation. Choose the right answer.",
    ),
    ExerciseFamily.LISTENING_EXPRESSION: Bilingual(
        id="Lihat situasinya dan dengarkan. Apa yang Anda katakan? Pilih 1, 2 atau 3.",
        en="Look at the situation and listen. What do you say? Choose 1, 2 or 3.",
    ),
    ExerciseFamily.LISTENING_RESPONSE: Bilingual(
        id="Dengarkan kalimatnya, lalu jawabannya. Jawaban mana yang cocok? Pilih 1, 2 atau 3.",
        en="Listen to the sentence, then the replies. Which reply fits? Choose 1, 2 or 3.",
    ),
}


@dataclass(frozen=True)
class PracticeQuestion:
    id: str
    family: str
    level: str
    tested: tuple[str, ...]
    instruction: Bilingual
    passage: tuple[Ruby, ...] | None
    passage_translation: Bilingual | None
    stem: tuple[Ruby, ...]
    choices: tuple[tuple[Ruby, ...], ...]
    answer: int
    explanations: tuple[Bilingual, ...]  # why each choice is right or wrong
    gloss: Bilingual | None = None  # a meaning to find the Japanese for (no Japanese stem)
    # listening: the clip to play (its id), whether the choices are only heard, and what
    # was said, shown after the answer
    audio: str | None = None
    spoken_choices: bool = False
    script: tuple[Turn, ...] = ()
    script_translation: Bilingual | None = None
    situation: Bilingual | None = None

    @property
    def choice_texts(self) -> tuple[str, ...]:
        return tuple("".join(piece.text for piece in choice) for choice in self.choices)


def _shown(pieces: Sequence[Ruby]) -> tuple[Ruby, ...]:
    """The stem as printed: the __marked__ part (which may span pieces) underlined."""
    shown: list[Ruby] = []
    inside = False
    for piece in pieces:
        parts = piece.text.split("__")
        for k, part in enumerate(parts):
            if k:
                inside = not inside
            if part:
                shown.append(Ruby(part, piece.reading, underline=inside))
    return tuple(shown)


def authored_questions(exercises: Iterable[ExerciseEntry]) -> list[PracticeQuestion]:
    questions = []
    for exercise in exercises:
        for n, question in enumerate(exercise.questions, start=1):
            explanations = tuple(
                question.explanation if k == question.answer else question.wrong[k]
                for k in range(len(question.choices))
            )
            questions.append(
                PracticeQuestion(
                    id=f"{exercise.id}.{n}",
                    family=exercise.family.value,
                    level=exercise.level.value,
                    tested=exercise.tests,
                    instruction=INSTRUCTIONS[exercise.family],
                    passage=exercise.passage,
                    passage_translation=exercise.passage_translation,
                    stem=_shown(question.stem),
                    choices=question.choices,
                    answer=question.answer,
                    explanations=explanations,
                    audio=exercise.id if exercise.is_listening else None,
                    spoken_choices=exercise.choices_spoken,
                    script=exercise.script,
                    script_translation=exercise.script_translation,
                    situation=exercise.situation,
                )
            )
    return questions


def from_quiz_item(item: QuizItem) -> PracticeQuestion:
    """A generated item, shown like an authored one: the target word underlined."""
    stem = list(item.stem.pieces)
    if item.stem.mark is Mark.UNDERLINE:
        start, end = item.stem.target
        stem[start:end] = [replace(piece, underline=True) for piece in stem[start:end]]
    return PracticeQuestion(
        id=item.id,
        family=item.family.value,
        level=item.level.value,
        tested=item.tested,
        instruction=QUIZ_INSTRUCTIONS[item.instruction],
        passage=None,
        passage_translation=None,
        stem=tuple(stem),
        choices=tuple(option.ruby or (Ruby(option.text),) for option in item.options),
        answer=item.answer,
        explanations=item.explanations,
        gloss=item.stem.gloss,
    )


def generated_questions(
    bank: QuizBank,
    families: Iterable[Family],
    lessons: Sequence[Lesson],
    rng: random.Random,
    per_family: int,
) -> list[PracticeQuestion]:
    return [
        from_quiz_item(item)
        for family in families
        for item in bank.generate(family, lessons, rng, per_family)
    ]


def lesson_questions(lessons: Iterable[Lesson]) -> list[PracticeQuestion]:
    return authored_questions(exercise for lesson in lessons for exercise in lesson.exercises)


def weak_first(
    questions: Sequence[PracticeQuestion], weak: Sequence[tuple[str, int]]
) -> list[PracticeQuestion]:
    """Questions that test the learner's weak items, the weakest first."""
    score = dict(weak)
    chosen = [q for q in questions if any(item in score for item in q.tested)]
    return sorted(chosen, key=lambda q: -max(score.get(item, 0) for item in q.tested))


@dataclass(frozen=True)
class Feedback:
    correct: bool
    chosen: int
    answer: int
    why_chosen: Bilingual
    why_answer: Bilingual
    cards_due: int  # flashcards made due by this (wrong) answer


@dataclass
class PracticeRun:
    questions: list[PracticeQuestion]
    profile_id: int | None = None
    results: PracticeResults | None = None
    clock: Callable[[], datetime] = utc_now
    position: int = 0
    feedback: Feedback | None = None
    right: dict[str, int] = field(default_factory=dict)
    asked: dict[str, int] = field(default_factory=dict)
    missed: list[PracticeQuestion] = field(default_factory=list)
    cards_due: int = 0
    _shown_at: datetime | None = None

    @classmethod
    def draw(
        cls,
        pool: Sequence[PracticeQuestion],
        count: int,
        rng: random.Random,
        *,
        keep_order: bool = False,
        **kwargs: object,
    ) -> PracticeRun:
        chosen = list(pool)[:count] if keep_order else rng.sample(list(pool), min(count, len(pool)))
        return cls(questions=chosen, **kwargs)  # type: ignore[arg-type]

    @property
    def finished(self) -> bool:
        return self.position >= len(self.questions)

    def current(self) -> PracticeQuestion:
        if self._shown_at is None:
            self._shown_at = self.clock()
        return self.questions[self.position]

    def answer(self, choice: int) -> Feedback:
        """Grade the current question (once); the answer is stored before this returns."""
        if self.feedback is not None:
            return self.feedback
        question = self.current()
        now = self.clock()
        correct = choice == question.answer
        moved = 0
        if self.results is not None and self.profile_id is not None:
            took = int((now - (self._shown_at or now)).total_seconds() * 1000)
            moved = self.results.record(
                self.profile_id,
                question_id=question.id,
                family=question.family,
                level=question.level,
                tested=question.tested,
                correct=correct,
                answered_at=now,
                duration_ms=min(took, 600_000),
            )
        self.asked[question.family] = self.asked.get(question.family, 0) + 1
        if correct:
            self.right[question.family] = self.right.get(question.family, 0) + 1
        else:
            self.missed.append(question)
        self.cards_due += moved
        self.feedback = Feedback(
            correct=correct,
            chosen=choice,
            answer=question.answer,
            why_chosen=question.explanations[choice],
            why_answer=question.explanations[question.answer],
            cards_due=moved,
        )
        return self.feedback

    def advance(self) -> None:
        if self.feedback is None:
            raise RuntimeError("answer the question first")
        self.position += 1
        self.feedback = None
        self._shown_at = None
