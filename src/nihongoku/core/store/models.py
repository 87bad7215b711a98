"""Typed ORM models. Every change here comes with an Alembic revision in migrations/."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from nihongoku.core.profile_info import DEFAULT_FONT_SIZE, DEFAULT_LANGUAGE, Role
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


class AppSetting(Base):
    """Settings of the installation rather than of a person (e.g. the picker's language)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(1000))
