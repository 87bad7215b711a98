"""Exam attempts in the database: saved after every change, resumable, and kept with
their results for the learner's history, the progress file and the gradebook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from nihongoku.core.exams.attempt import AttemptState, ExamAttempt
from nihongoku.core.exams.scoring import ExamResult
from nihongoku.core.practice.results import PracticeResults
from nihongoku.core.store.database import Database
from nihongoku.core.store.models import ExamAttempt as AttemptRow


@dataclass(frozen=True)
class SavedAttempt:
    id: int
    exam_id: str
    form: int
    fingerprint: str
    started_at: datetime
    saved_at: datetime
    finished_at: datetime | None
    state: AttemptState
    result: dict[str, Any] | None


class ExamStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def start(self, profile_id: int, attempt: ExamAttempt, now: datetime) -> int:
        form = attempt.form
        with self._db.transaction() as s:
            row = AttemptRow(
                profile_id=profile_id,
                exam_id=form.blueprint.id,
                form=form.number,
                fingerprint=form.fingerprint,
                started_at=now,
                saved_at=now,
                finished_at=None,
                state=attempt.state.as_json(),
                result=None,
            )
            s.add(row)
            s.flush()
            return row.id

    def save(self, attempt_id: int, attempt: ExamAttempt, now: datetime) -> None:
        """Commit the attempt's state: what a crash after this returns to."""
        with self._db.transaction() as s:
            row = s.get(AttemptRow, attempt_id)
            if row is None or row.finished_at is not None:
                return
            row.state = attempt.state.as_json()
            row.saved_at = now

    def finish(
        self,
        profile_id: int,
        attempt_id: int,
        attempt: ExamAttempt,
        now: datetime,
        results: PracticeResults | None = None,
    ) -> ExamResult:
        """Score and close the attempt. With ``results``, every question goes into the
        practice history too, so a wrong answer makes its words' flashcards due again."""
        attempt.finish_exam()
        result = attempt.result()
        with self._db.transaction() as s:
            row = s.get(AttemptRow, attempt_id)
            if row is None:
                raise KeyError(attempt_id)
            already = row.finished_at is not None
            row.state = attempt.state.as_json()
            row.saved_at = now
            row.finished_at = row.finished_at or now
            row.result = result_record(result)
        if results is not None and not already:
            answers = attempt.state.answers
            for question in attempt.form.questions:
                results.record(
                    profile_id,
                    question_id=question.id,
                    family=question.family,
                    level=question.level,
                    tested=question.tested,
                    correct=answers.get(question.id) == question.answer,
                    answered_at=now,
                )
        return result

    def unfinished(self, profile_id: int) -> list[SavedAttempt]:
        """Attempts left open (the app closed or crashed mid-exam), newest first."""
        with self._db.transaction() as s:
            rows = s.scalars(
                select(AttemptRow)
                .where(AttemptRow.profile_id == profile_id, AttemptRow.finished_at.is_(None))
                .order_by(AttemptRow.saved_at.desc())
            ).all()
            return [_saved(row) for row in rows]

    def history(self, profile_id: int) -> list[SavedAttempt]:
        """Finished (not abandoned) attempts, newest first."""
        with self._db.transaction() as s:
            rows = s.scalars(
                select(AttemptRow)
                .where(AttemptRow.profile_id == profile_id, AttemptRow.finished_at.is_not(None))
                .order_by(AttemptRow.finished_at.desc())
            ).all()
            return [_saved(row) for row in rows if row.result is not None]

    def abandon(self, attempt_id: int, now: datetime) -> None:
        """Close an attempt the learner chose not to resume; it keeps no result."""
        with self._db.transaction() as s:
            row = s.get(AttemptRow, attempt_id)
            if row is not None and row.finished_at is None:
                row.finished_at = now
                row.result = None


def result_record(result: ExamResult) -> dict[str, Any]:
    """The result as stored and exported: numbers only, no question text."""
    return {
        "kind": result.kind.value,
        "total": result.total,
        "scale": list(result.total_scale),
        "passed": result.passed,
        "band": result.band,
        "right": result.right,
        "asked": result.asked,
        "groups": {
            g.id: {"points": g.points, "scale": g.scale, "right": g.right, "asked": g.asked}
            for g in result.groups
        },
        "areas": {a.area: a.grade for a in result.areas},
        "families": {family: list(tally) for family, tally in result.by_family.items()},
    }


def _saved(row: AttemptRow) -> SavedAttempt:
    return SavedAttempt(
        id=row.id,
        exam_id=row.exam_id,
        form=row.form,
        fingerprint=row.fingerprint,
        started_at=row.started_at,
        saved_at=row.saved_at,
        finished_at=row.finished_at,
        state=AttemptState.from_json(row.state),
        result=row.result,
    )
