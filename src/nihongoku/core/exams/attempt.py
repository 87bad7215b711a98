"""Taking an exam: a plain state machine over one form, with the test's rules.

- JLPT: sections in order, each with its own clock; answers can change until the
  section ends (finished by the learner or by its clock); a forward-only section
  (listening) never goes back, and each question's clip plays once.
- JFT and practice exams: one clock for the whole exam; back and next and flags within
  a section; a finished section is locked; time up ends the exam.

The state is plain data (``AttemptState``) that the store saves after every change, so a
crash loses at most the seconds since the last save. Time is counted only while the
exam is open: reopening after a crash resumes with the time that was left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nihongoku.core.exams.blueprint import ExamKind
from nihongoku.core.exams.forms import ExamForm, FormSection
from nihongoku.core.exams.scoring import ExamResult, score
from nihongoku.core.practice.questions import PracticeQuestion

EXAM_CLOCK = "exam"  # the clock key when the whole exam has one clock


class ExamRuleError(ValueError):
    """What the test's rules do not allow (a locked section, going back in listening)."""


@dataclass
class AttemptState:
    section: int = 0  # index of the current section
    position: int = 0  # index of the current question within it
    answers: dict[str, int] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    played: set[str] = field(default_factory=set)  # questions whose clip has played
    elapsed: dict[str, float] = field(default_factory=dict)  # seconds, by clock
    locked: set[int] = field(default_factory=set)
    finished: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "position": self.position,
            "answers": dict(sorted(self.answers.items())),
            "flags": sorted(self.flags),
            "played": sorted(self.played),
            "elapsed": {k: round(v, 3) for k, v in sorted(self.elapsed.items())},
            "locked": sorted(self.locked),
            "finished": self.finished,
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> AttemptState:
        """The state saved by ``as_json``; an attempt imported from another laptop keeps
        only its result, so every part may be missing."""
        return AttemptState(
            section=int(data.get("section", 0)),
            position=int(data.get("position", 0)),
            answers={str(k): int(v) for k, v in data.get("answers", {}).items()},
            flags={str(x) for x in data.get("flags", ())},
            played={str(x) for x in data.get("played", ())},
            elapsed={str(k): float(v) for k, v in data.get("elapsed", {}).items()},
            locked={int(x) for x in data.get("locked", ())},
            finished=bool(data.get("finished", False)),
        )


class ExamAttempt:
    def __init__(self, form: ExamForm, state: AttemptState | None = None) -> None:
        self.form = form
        self.state = state or AttemptState()
        self.spec = form.blueprint.spec

    # -- where the learner is ---------------------------------------------------------------

    @property
    def section(self) -> FormSection:
        return self.form.sections[self.state.section]

    @property
    def questions(self) -> list[PracticeQuestion]:
        return self.section.questions

    @property
    def current(self) -> PracticeQuestion | None:
        questions = self.questions
        if self.state.finished or not questions:
            return None
        return questions[min(self.state.position, len(questions) - 1)]

    @property
    def one_clock(self) -> bool:
        return self.spec.minutes is not None

    def clock_key(self, section: int | None = None) -> str:
        index = self.state.section if section is None else section
        return EXAM_CLOCK if self.one_clock else self.form.sections[index].spec.id

    def limit_seconds(self) -> float:
        minutes = self.spec.minutes if self.one_clock else self.section.spec.minutes
        assert minutes is not None  # the blueprint check guarantees a clock
        return minutes * 60.0

    def remaining_seconds(self) -> float:
        return max(0.0, self.limit_seconds() - self.state.elapsed.get(self.clock_key(), 0.0))

    # -- the learner's actions ------------------------------------------------------------------

    def go_to(self, position: int) -> None:
        self._open()
        if not 0 <= position < len(self.questions):
            raise ExamRuleError(f"no question {position + 1} in this section")
        if self.section.spec.forward_only and position < self.state.position:
            raise ExamRuleError("this section only goes forward")
        self.state.position = position

    def next(self) -> bool:
        """The next question of the section; False at its last question."""
        if self.state.position + 1 >= len(self.questions):
            return False
        self.go_to(self.state.position + 1)
        return True

    def back(self) -> bool:
        if self.state.position == 0 or self.section.spec.forward_only:
            return False
        self.go_to(self.state.position - 1)
        return True

    def answer(self, choice: int) -> None:
        self._open()
        question = self.current
        assert question is not None
        if not 0 <= choice < len(question.choices):
            raise ExamRuleError(f"there is no choice {choice + 1}")
        self.state.answers[question.id] = choice

    def toggle_flag(self) -> bool:
        self._open()
        question = self.current
        assert question is not None
        if question.id in self.state.flags:
            self.state.flags.discard(question.id)
            return False
        self.state.flags.add(question.id)
        return True

    def may_play(self) -> bool:
        """Whether the current question's clip may play: once, in a forward-only section."""
        question = self.current
        if question is None or question.audio is None:
            return False
        return not (self.section.spec.forward_only and question.id in self.state.played)

    def played(self) -> None:
        question = self.current
        if question is not None:
            self.state.played.add(question.id)

    def tick(self, seconds: float) -> bool:
        """Count ``seconds`` on the running clock; True when that ran out the time, which
        ends the section (JLPT) or the exam (one clock)."""
        if self.state.finished or seconds <= 0:
            return False
        key = self.clock_key()
        self.state.elapsed[key] = self.state.elapsed.get(key, 0.0) + seconds
        if self.remaining_seconds() > 0:
            return False
        if self.one_clock:
            self.finish_exam()
        else:
            self.finish_section()
        return True

    def finish_section(self) -> None:
        """Lock the current section and open the next; the exam ends after the last."""
        if self.state.finished:
            return
        self.state.locked.add(self.state.section)
        if self.state.section + 1 >= len(self.form.sections):
            self.state.finished = True
            return
        self.state.section += 1
        self.state.position = 0

    def finish_exam(self) -> None:
        self.state.locked.update(range(len(self.form.sections)))
        self.state.finished = True

    # -- what the screens show ------------------------------------------------------------------

    def overview(self) -> list[tuple[PracticeQuestion, bool, bool]]:
        """The section's grid: each question, answered?, flagged?"""
        return [(q, q.id in self.state.answers, q.id in self.state.flags) for q in self.questions]

    def unanswered(self) -> int:
        return sum(1 for q in self.questions if q.id not in self.state.answers)

    def result(self) -> ExamResult:
        return score(self.form, self.state.answers)

    @property
    def kind(self) -> ExamKind:
        return self.spec.kind

    def _open(self) -> None:
        if self.state.finished:
            raise ExamRuleError("the exam is over")
        if self.state.section in self.state.locked:
            raise ExamRuleError("this section is finished")
