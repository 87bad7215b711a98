"""One learner's gradebook row, computed from a checked progress file.

Every number is computed from the file alone, relative to the moment it was exported,
so the same file always gives the same row, whenever and wherever it is imported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from nihongoku.core.export.progress_file import ProgressContent
from nihongoku.core.study.cards import CardState
from nihongoku.core.study.scheduling import Rating
from nihongoku.core.study.session import MAX_ANSWER_TIME
from nihongoku.core.study.store import RETENTION_WINDOW

# An answer left open while the learner went home would otherwise count for hours. The
# review session stores flashcard answers capped already; practice answers and files
# from elsewhere are capped here, with the same limit.
ANSWER_TIME_CAP_MS = int(MAX_ANSWER_TIME.total_seconds() * 1000)
# Fewer answers than this say more about luck than about a weakness.
WEAK_FAMILY_MIN_ANSWERS = 5
WEAKEST_SHOWN = 2


@dataclass(frozen=True)
class FamilyAccuracy:
    """Practice answers of one question family (``grammar-form``, ``kanji-reading`` …)."""

    family: str
    right: int
    asked: int

    @property
    def share(self) -> float:
        return self.right / self.asked if self.asked else 0.0


@dataclass(frozen=True)
class StudentRow:
    """What the gradebook shows of one learner.

    - ``study_ms``: the sum of ``duration_ms`` over every flashcard review and every
      practice answer in the file, each capped at ``ANSWER_TIME_CAP_MS`` (an answer with
      no duration counts 0).
    - ``cards_learned``: cards whose state is review (graduated from learning and not
      lapsed back into relearning), suspended or not.
    - ``retention``: of the reviews in the 30 days before ``exported_at`` whose card was in
      review state when answered, the share rated Hard, Good or Easy (not Again); None
      when there were none. The same definition as ``StudyStore.summary``, which the
      learner sees on Beranda. ``retention_reviews`` is that number of reviews.
    - ``families``: practice answers right / asked per question family, by family name.
    - ``weakest``: up to two families with at least ``WEAK_FAMILY_MIN_ANSWERS`` answers,
      lowest share first (ties by family name).
    - ``last_activity``: the latest review or practice answer; None if there is none.
    - ``exam_scores``: the learner's latest sitting of each mock exam: its estimate
      (``"jlpt-n5 total"``) and the points of each scoring section (``"jlpt-n5
      listening"``), on the exam's own scales.
    """

    uid: str
    name: str
    exported_at: datetime
    study_ms: int
    cards_learned: int
    reviews: int
    retention: float | None
    retention_reviews: int
    practice_answers: int
    practice_right: int
    families: tuple[FamilyAccuracy, ...]
    last_activity: datetime | None
    exam_scores: Mapping[str, float] = field(default_factory=dict)

    @property
    def practice_accuracy(self) -> float | None:
        return self.practice_right / self.practice_answers if self.practice_answers else None

    @property
    def weakest(self) -> tuple[FamilyAccuracy, ...]:
        return weakest_families(self.families)

    def inactive_since(self, moment: datetime) -> bool:
        """No review or practice answer at or after ``moment`` (or none at all)."""
        return self.last_activity is None or self.last_activity < moment


def weakest_families(families: Iterable[FamilyAccuracy]) -> tuple[FamilyAccuracy, ...]:
    counted = [f for f in families if f.asked >= WEAK_FAMILY_MIN_ANSWERS]
    counted.sort(key=lambda f: (f.share, f.family))
    return tuple(counted[:WEAKEST_SHOWN])


def _capped(duration_ms: int | None) -> int:
    return min(duration_ms or 0, ANSWER_TIME_CAP_MS)


def student_row(content: ProgressContent) -> StudentRow:
    """The gradebook row of the learner in a progress file (read with ``read_progress``)."""
    since = content.exported_at - RETENTION_WINDOW
    in_review = [
        r for r in content.reviews if r.state_before == CardState.REVIEW and r.reviewed_at >= since
    ]
    passed = sum(1 for r in in_review if r.rating > Rating.AGAIN)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for answer in content.practice:
        counts = tally[answer.family]
        counts[0] += int(answer.correct)
        counts[1] += 1
    moments = [r.reviewed_at for r in content.reviews] + [p.answered_at for p in content.practice]
    return StudentRow(
        uid=content.profile.uid,
        name=content.profile.name,
        exported_at=content.exported_at,
        study_ms=sum(_capped(r.duration_ms) for r in content.reviews)
        + sum(_capped(p.duration_ms) for p in content.practice),
        cards_learned=sum(1 for c in content.cards if c.state == CardState.REVIEW),
        reviews=len(content.reviews),
        retention=passed / len(in_review) if in_review else None,
        retention_reviews=len(in_review),
        practice_answers=len(content.practice),
        practice_right=sum(1 for p in content.practice if p.correct),
        families=tuple(
            FamilyAccuracy(family, right, asked) for family, (right, asked) in sorted(tally.items())
        ),
        last_activity=max(moments) if moments else None,
        exam_scores=latest_exam_scores(content),
    )


def latest_exam_scores(content: ProgressContent) -> dict[str, float]:
    latest = {}
    for exam in sorted(content.exams, key=lambda e: e.finished_at):
        latest[exam.exam_id] = exam.result
    scores: dict[str, float] = {}
    for exam_id, result in latest.items():
        scores[f"{exam_id} total"] = result.total
        for group, score in result.groups.items():
            scores[f"{exam_id} {group}"] = score.points
    return scores
