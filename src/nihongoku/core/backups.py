"""Rolling backups of each learner: a progress file a day, the last KEEP_DAYS kept.

They live beside the database in the data directory (``backups/profiles/<uid>/``), so a
database that is lost or damaged can be rebuilt learner by learner from the picker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from nihongoku.core.export.progress_file import (
    SUFFIX,
    ProgressFileError,
    describe,
    export_progress,
)
from nihongoku.core.store.database import Database
from nihongoku.core.store.models import Profile

KEEP_DAYS = 7


@dataclass(frozen=True)
class Backup:
    path: Path
    name: str
    day: date
    exported_at: datetime
    reviews: int


def profile_backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups" / "profiles"


def back_up_profile(
    db: Database, profile_id: int, root: Path, today: date, keep: int = KEEP_DAYS
) -> Path:
    """Today's backup of a learner (written again if it exists), older ones pruned."""
    with db.transaction() as s:
        profile = s.get(Profile, profile_id)
        uid = profile.uid if profile is not None else None
    if uid is None:
        raise ProgressFileError(f"no profile {profile_id}")
    folder = root / uid
    target = folder / f"{today.isoformat()}{SUFFIX}"
    export_progress(db, profile_id, target)
    for old in sorted(folder.glob(f"*{SUFFIX}"), reverse=True)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(root: Path) -> tuple[list[Backup], list[str]]:
    """Every sound backup, newest first per learner, and a message for each broken one."""
    found: list[Backup] = []
    broken: list[str] = []
    for path in sorted(root.glob(f"*/*{SUFFIX}")):
        try:
            summary = describe(path)
            day = date.fromisoformat(path.name.removesuffix(SUFFIX))
        except (ProgressFileError, ValueError) as exc:
            broken.append(str(exc))
            continue
        found.append(Backup(path, summary.name, day, summary.exported_at, summary.reviews))
    found.sort(key=lambda b: (b.name.lower(), -b.day.toordinal()))
    return found, broken
