"""Typed ORM models. Every change here comes with an Alembic revision in migrations/."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar
from uuid import uuid4

from sqlalchemy import JSON, ForeignKey, Index, MetaData, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from nihongoku.core.profile_info import (
    DEFAULT_FONT_SIZE,
    DEFAULT_LANGUAGE,
    Role,
)
from nihongoku.core.store.types import UTCDateTime, utc_now

# Named constraints let Alembic alter tables on SQLite (batch mode) and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Profile(Base):
    """One person on a shared laptop: a learner, or an instructor."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    role: Mapped[str] = mapped_column(String(16), default=Role.LEARNER.value)
    # scrypt hash of the learner's PIN or the instructor's password; None = no PIN.
    secret_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    font_size: Mapped[int] = mapped_column(default=DEFAULT_FONT_SIZE)
    language: Mapped[str] = mapped_column(String(8), default=DEFAULT_LANGUAGE)
    # Stable across laptops: a progress file carries it, so importing it again finds the
    # same learner even under another name.
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=lambda: uuid4().hex)
    # None: the class default (app_setting CLASS_NEW_PER_DAY_KEY), else DEFAULT_NEW_PER_DAY
    new_cards_per_day: Mapped[int | None] = mapped_column(default=None)


class AppSetting(Base):
    """Settings of the installation rather than of a person (e.g. the picker's language)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(1000))


class Card(Base):
    """One flashcard of a profile: a course item seen from one side (its kind).

    A row exists once the card was introduced (or suspended before that); the course
    itself is the list of cards not yet met, so a new lesson needs no migration.
    """

    __tablename__ = "card"
    __table_args__ = (
        UniqueConstraint("profile_id", "item_id", "kind"),
        Index("ix_card_profile_due", "profile_id", "due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16))
    # 0 new, 1 learning, 2 review, 3 relearning (fsrs.State plus "not yet answered")
    state: Mapped[int] = mapped_column(default=0)
    step: Mapped[int | None] = mapped_column(default=None)
    stability: Mapped[float | None] = mapped_column(default=None)
    difficulty: Mapped[float | None] = mapped_column(default=None)
    due: Mapped[datetime | None] = mapped_column(default=None)
    last_review: Mapped[datetime | None] = mapped_column(default=None)
    reps: Mapped[int] = mapped_column(default=0)
    lapses: Mapped[int] = mapped_column(default=0)
    suspended: Mapped[bool] = mapped_column(default=False)
    buried_until: Mapped[datetime | None] = mapped_column(default=None)
    introduced_at: Mapped[datetime | None] = mapped_column(default=None)


class ReviewLog(Base):
    """Every answer, with the card as it was before and after.

    The "before" half makes undo exact and lets FSRS parameters be fitted later; the
    "after" half is what an Anki export replays.
    """

    __tablename__ = "review_log"
    __table_args__ = (Index("ix_review_log_profile_time", "profile_id", "reviewed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    reviewed_at: Mapped[datetime]
    rating: Mapped[int]
    duration_ms: Mapped[int | None] = mapped_column(default=None)
    # days since the previous answer to this card; None for the first answer
    elapsed_days: Mapped[float | None] = mapped_column(default=None)
    state_before: Mapped[int]
    step_before: Mapped[int | None] = mapped_column(default=None)
    stability_before: Mapped[float | None] = mapped_column(default=None)
    difficulty_before: Mapped[float | None] = mapped_column(default=None)
    due_before: Mapped[datetime | None] = mapped_column(default=None)
    last_review_before: Mapped[datetime | None] = mapped_column(default=None)
    lapses_before: Mapped[int] = mapped_column(default=0)
    introduced_at_before: Mapped[datetime | None] = mapped_column(default=None)
    state_after: Mapped[int]
    step_after: Mapped[int | None] = mapped_column(default=None)
    stability_after: Mapped[float]
    difficulty_after: Mapped[float]
    due_after: Mapped[datetime]


class PracticeAnswer(Base):
    """One practice question answered: enough to show strengths by family and to know
    which words and grammar points are weak."""

    __tablename__ = "practice_answer"
    __table_args__ = (Index("ix_practice_answer_profile_family", "profile_id", "family"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(160))
    family: Mapped[str] = mapped_column(String(32))
    level: Mapped[str] = mapped_column(String(8))
    tested: Mapped[str] = mapped_column(String(800))  # course item ids, space-separated
    correct: Mapped[bool]
    answered_at: Mapped[datetime]
    duration_ms: Mapped[int | None] = mapped_column(default=None)


class Classroom(Base):
    """A class an instructor follows in the gradebook (not a profile: its learners study
    on other laptops and arrive as progress files)."""

    __tablename__ = "classroom"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class GradebookEntry(Base):
    """One learner's row in a class's gradebook: the numbers computed from the newest
    progress file imported for them (see core/gradebook/row.py for their definitions)."""

    __tablename__ = "gradebook_entry"
    __table_args__ = (UniqueConstraint("classroom_id", "learner_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"))
    learner_uid: Mapped[str] = mapped_column(String(32))  # Profile.uid on the learner's laptop
    name: Mapped[str] = mapped_column(String(40))
    file_sha256: Mapped[str] = mapped_column(String(64))
    exported_at: Mapped[datetime]
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)
    study_ms: Mapped[int]
    cards_learned: Mapped[int]
    reviews: Mapped[int]
    retention: Mapped[float | None] = mapped_column(default=None)
    retention_reviews: Mapped[int]
    practice_answers: Mapped[int]
    practice_right: Mapped[int]
    # {family: [right, asked]}; {section: score} once progress files carry mock exams
    families: Mapped[dict[str, list[int]]] = mapped_column(JSON)
    exam_scores: Mapped[dict[str, float]] = mapped_column(JSON)
    last_activity: Mapped[datetime | None] = mapped_column(default=None)


class ExamAttempt(Base):
    """One sitting of a mock exam: its form, the state after every answer, the result."""

    __tablename__ = "exam_attempt"
    __table_args__ = (Index("ix_exam_attempt_profile_finished", "profile_id", "finished_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    exam_id: Mapped[str] = mapped_column(String(64))
    form: Mapped[int]
    fingerprint: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime]
    saved_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
