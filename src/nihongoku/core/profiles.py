"""The people who share one laptop: creating, unlocking and tuning profiles.

Each call is one transaction and returns plain frozen data, never ORM objects, so the GUI
can hold results across threads and the CLI can print them.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from nihongoku.core.errors import ProfileError
from nihongoku.core.profile_info import (
    DEFAULT_LANGUAGE,
    FONT_SIZES,
    LANGUAGES,
    LIST_PROFILES_SQL,
    NAME_MAX,
    PASSWORD_MIN,
    PICKER_LANGUAGE_KEY,
    PIN_PATTERN,
    ProfileInfo,
    Role,
    info_from_row,
)
from nihongoku.core.security import hash_secret, verify_secret
from nihongoku.core.store.database import Database
from nihongoku.core.store.models import AppSetting, Profile
from nihongoku.core.store.types import utc_now


def _info(row: Profile) -> ProfileInfo:
    return ProfileInfo(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        has_secret=row.secret_hash is not None,
        font_size=row.font_size,
        language=row.language,
        last_used_at=row.last_used_at,
    )


def normalise_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split())


class ProfileBook:
    """All profiles in one store."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[ProfileInfo]:
        """Profiles, most recently used first, then by name."""
        with self._db.transaction() as s:
            return [info_from_row(row) for row in s.execute(text(LIST_PROFILES_SQL)).mappings()]

    def get(self, profile_id: int) -> ProfileInfo:
        with self._db.transaction() as s:
            return _info(self._row(s, profile_id))

    def find(self, name: str) -> ProfileInfo | None:
        """The profile called exactly ``name`` (as the command line names learners)."""
        return next((p for p in self.list() if p.name == name), None)

    def has_instructor(self) -> bool:
        with self._db.transaction() as s:
            found = s.scalar(select(Profile.id).where(Profile.role == Role.INSTRUCTOR.value))
            return found is not None

    def create_learner(
        self, name: str, pin: str | None = None, *, language: str = DEFAULT_LANGUAGE
    ) -> ProfileInfo:
        if pin is not None and not PIN_PATTERN.fullmatch(pin):
            raise ProfileError("bad_pin", "A PIN is 4 to 6 digits.")
        return self._create(name, Role.LEARNER, pin, language)

    def create_instructor(
        self,
        name: str,
        password: str,
        approver_password: str | None = None,
        *,
        language: str = DEFAULT_LANGUAGE,
    ) -> ProfileInfo:
        """An instructor profile; once one exists, an existing instructor must approve."""
        if len(password) < PASSWORD_MIN:
            raise ProfileError(
                "short_password", f"An instructor password has at least {PASSWORD_MIN} characters."
            )
        with self._db.transaction() as s:
            hashes = s.scalars(
                select(Profile.secret_hash).where(Profile.role == Role.INSTRUCTOR.value)
            ).all()
        if hashes and not (
            approver_password and any(h and verify_secret(approver_password, h) for h in hashes)
        ):
            raise ProfileError(
                "approval_needed", "The password of an existing instructor is required."
            )
        return self._create(name, Role.INSTRUCTOR, password, language)

    def _create(self, name: str, role: Role, secret: str | None, language: str) -> ProfileInfo:
        if language not in LANGUAGES:
            raise ProfileError("bad_language", f"Unknown language {language!r}.")
        clean = normalise_name(name)
        if not clean:
            raise ProfileError("empty_name", "A profile needs a name.")
        if len(clean) > NAME_MAX:
            raise ProfileError("long_name", f"A name has at most {NAME_MAX} characters.")
        secret_hash = hash_secret(secret) if secret else None
        with self._db.transaction() as s:
            taken = s.scalar(select(Profile.id).where(func.lower(Profile.name) == clean.lower()))
            if taken is not None:
                raise ProfileError("name_taken", f"There is already a profile called {clean}.")
            row = Profile(name=clean, role=role.value, secret_hash=secret_hash, language=language)
            s.add(row)
            s.flush()
            return _info(row)

    def unlock(self, profile_id: int, secret: str | None = None) -> ProfileInfo:
        """Check the PIN or password (if the profile has one) and mark the profile as used."""
        with self._db.transaction() as s:
            row = self._row(s, profile_id)
            if row.secret_hash is not None and not (
                secret and verify_secret(secret, row.secret_hash)
            ):
                raise ProfileError("wrong_secret", "Wrong PIN or password.")
            row.last_used_at = utc_now()
            return _info(row)

    def set_preferences(
        self, profile_id: int, *, font_size: int | None = None, language: str | None = None
    ) -> ProfileInfo:
        if font_size is not None and font_size not in FONT_SIZES:
            raise ProfileError("bad_font_size", "Font size out of range.")
        if language is not None and language not in LANGUAGES:
            raise ProfileError("bad_language", f"Unknown language {language!r}.")
        with self._db.transaction() as s:
            row = self._row(s, profile_id)
            if font_size is not None:
                row.font_size = font_size
            if language is not None:
                row.language = language
            return _info(row)

    @staticmethod
    def _row(s: Session, profile_id: int) -> Profile:
        row = s.get(Profile, profile_id)
        if row is None:
            raise ProfileError("missing", f"No profile with id {profile_id}.")
        return row


class AppSettings:
    """Installation-wide settings stored beside the profiles."""

    PICKER_LANGUAGE = PICKER_LANGUAGE_KEY

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str) -> str:
        with self._db.transaction() as s:
            row = s.get(AppSetting, key)
            return row.value if row else default

    def set(self, key: str, value: str) -> None:
        with self._db.transaction() as s:
            s.merge(AppSetting(key=key, value=value))
