"""What a profile is, as plain data and rules, importable without SQLAlchemy.

The GUI's first screen needs only this, so the app can paint before the ORM is loaded.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

NAME_MAX = 40
PIN_PATTERN = re.compile(r"\d{4,6}")
PASSWORD_MIN = 6
FONT_SIZES = range(9, 29)
DEFAULT_FONT_SIZE = 12
LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
# Anki's default too; an instructor can change it per learner.
DEFAULT_NEW_PER_DAY = 20
NEW_PER_DAY_RANGE = range(0, 201)
CLASS_NEW_PER_DAY_KEY = "class_new_cards_per_day"
PICKER_LANGUAGE_KEY = "picker_language"

# The picker's order: most recently used first, never-used ones last, then by name.
# Plain SQL so that the ORM and the start-up peek list profiles identically.
LIST_PROFILES_SQL = (
    "SELECT id, name, role, secret_hash IS NOT NULL AS has_secret, font_size, language, "
    "last_used_at FROM profile ORDER BY last_used_at IS NULL, last_used_at DESC, name"
)


class Role(enum.StrEnum):
    LEARNER = "learner"
    INSTRUCTOR = "instructor"


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    role: Role
    has_secret: bool
    font_size: int
    language: str
    last_used_at: datetime | None

    @property
    def is_instructor(self) -> bool:
        return self.role is Role.INSTRUCTOR


def info_from_row(row: Mapping[Any, Any]) -> ProfileInfo:
    """A row of LIST_PROFILES_SQL, from SQLAlchemy or from sqlite3, as a ProfileInfo."""
    used = row["last_used_at"]
    if isinstance(used, str):
        used = datetime.fromisoformat(used)
    return ProfileInfo(
        id=int(row["id"]),
        name=str(row["name"]),
        role=Role(row["role"]),
        has_secret=bool(row["has_secret"]),
        font_size=int(row["font_size"]),
        language=str(row["language"]),
        last_used_at=used.replace(tzinfo=UTC) if used is not None else None,
    )
