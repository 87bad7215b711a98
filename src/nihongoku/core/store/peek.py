"""A read-only glance at a SQLite store, for painting the profile picker at once.

Loading SQLAlchemy costs about 200 ms; the standard library's sqlite3 reads the few
profile rows in a millisecond. The glance never writes and never decides anything: the
full open (lock, checks, migration) still follows, and its answer replaces this one.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from nihongoku.core.profile_info import (
    LIST_PROFILES_SQL,
    PICKER_LANGUAGE_KEY,
    ProfileInfo,
    info_from_row,
)
from nihongoku.core.store.schema import HEAD_REVISION


@dataclass(frozen=True)
class StoreGlance:
    profiles: list[ProfileInfo]
    picker_language: str | None


def glance(path: Path) -> StoreGlance | None:
    """Profiles and picker language of an up-to-date store; None when unsure."""
    if not path.exists():
        return StoreGlance([], None)
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            conn.row_factory = sqlite3.Row
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != HEAD_REVISION:
                return None
            profiles = [info_from_row(row) for row in conn.execute(LIST_PROFILES_SQL)]
            language = conn.execute(
                "SELECT value FROM app_setting WHERE key = ?", (PICKER_LANGUAGE_KEY,)
            ).fetchone()
    except (sqlite3.Error, ValueError):
        return None
    return StoreGlance(profiles, language[0] if language else None)
