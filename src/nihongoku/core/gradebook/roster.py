"""Classes and their gradebook rows in the store; importing learners' progress files.

A learner is known by the uid of their profile, so a renamed learner keeps their row.
Each file is imported in its own transaction: one bad file in a folder refuses that file
alone, and nothing of it is written.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select

from nihongoku.core.errors import NihongokuError
from nihongoku.core.export.progress_file import ProgressFileError, progress_files, read_progress
from nihongoku.core.gradebook.row import FamilyAccuracy, StudentRow, student_row
from nihongoku.core.profiles import normalise_name
from nihongoku.core.store.database import Database
from nihongoku.core.store.models import Classroom, GradebookEntry
from nihongoku.core.store.types import utc_now

CLASS_NAME_MAX = 60


class GradebookError(NihongokuError):
    """A request the gradebook refuses; ``code`` lets the GUI phrase it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Outcome(enum.StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"  # this very file (or this very export) was imported before
    OLDER = "older"  # the class already has a newer file of this learner
    REFUSED = "refused"  # damaged, truncated, changed or not a progress file


class Refusal(enum.StrEnum):
    """Why a file was refused, for the GUI to say in the instructor's language."""

    MISSING = "missing"
    UNREADABLE = "unreadable"  # truncated, not gzip, cannot be read
    DAMAGED = "damaged"  # decompresses, but is not valid JSON
    CHANGED = "changed"  # the checksum does not match: edited after export
    FOREIGN = "foreign"  # not a Nihongoku progress file
    VERSION = "version"  # a format version this app cannot read
    TOO_LARGE = "too_large"
    INVALID = "invalid"  # a value outside what the format allows


# Fragments of ProgressFileError's messages, most specific first.
_REFUSALS = (
    ("checksum does not match", Refusal.CHANGED),
    ("not a Nihongoku progress file", Refusal.FOREIGN),
    ("progress file version", Refusal.VERSION),
    ("too large", Refusal.TOO_LARGE),
    ("expands to more", Refusal.TOO_LARGE),
    ("not a readable progress file", Refusal.UNREADABLE),
    ("damaged:", Refusal.DAMAGED),
)


@dataclass(frozen=True)
class FileResult:
    """What importing one file did. ``reason``: an English sentence for the CLI."""

    path: Path
    outcome: Outcome
    name: str | None = None  # the learner, when the file could be read
    refusal: Refusal | None = None
    reason: str = ""


@dataclass(frozen=True)
class ClassInfo:
    id: int
    name: str
    created_at: datetime
    students: int


def _refused(path: Path, refusal: Refusal, message: str) -> FileResult:
    prefix = f"{path}: "
    reason = message[len(prefix) :] if message.startswith(prefix) else message
    return FileResult(path, Outcome.REFUSED, refusal=refusal, reason=reason)


def _refusal_of(error: ProgressFileError) -> Refusal:
    text = str(error)
    return next((kind for fragment, kind in _REFUSALS if fragment in text), Refusal.INVALID)


def _sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def expand(paths: Iterable[Path]) -> list[Path]:
    """The files to import: each folder's progress files (``*.nkprogress``), and each
    file as given (a missing one is kept, to be reported)."""
    found: list[Path] = []
    for path in paths:
        found.extend(progress_files(path) if path.is_dir() else [path])
    return found


def _row(entry: GradebookEntry) -> StudentRow:
    return StudentRow(
        uid=entry.learner_uid,
        name=entry.name,
        exported_at=entry.exported_at,
        study_ms=entry.study_ms,
        cards_learned=entry.cards_learned,
        reviews=entry.reviews,
        retention=entry.retention,
        retention_reviews=entry.retention_reviews,
        practice_answers=entry.practice_answers,
        practice_right=entry.practice_right,
        families=tuple(
            FamilyAccuracy(family, int(counts[0]), int(counts[1]))
            for family, counts in sorted(entry.families.items())
        ),
        last_activity=entry.last_activity,
        exam_scores=dict(entry.exam_scores),
    )


def _store(entry: GradebookEntry, row: StudentRow, digest: str) -> None:
    entry.name = row.name
    entry.file_sha256 = digest
    entry.exported_at = row.exported_at
    entry.imported_at = utc_now()
    entry.study_ms = row.study_ms
    entry.cards_learned = row.cards_learned
    entry.reviews = row.reviews
    entry.retention = row.retention
    entry.retention_reviews = row.retention_reviews
    entry.practice_answers = row.practice_answers
    entry.practice_right = row.practice_right
    entry.families = {f.family: [f.right, f.asked] for f in row.families}
    entry.exam_scores = dict(row.exam_scores)
    entry.last_activity = row.last_activity


class Gradebook:
    """The classes of one store. Each method is one transaction and returns plain data."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def classes(self) -> list[ClassInfo]:
        """Every class, by name, with how many learners it has."""
        students = (
            select(func.count())
            .where(GradebookEntry.classroom_id == Classroom.id)
            .scalar_subquery()
        )
        query = select(Classroom, students).order_by(func.lower(Classroom.name))
        with self._db.transaction() as s:
            return [ClassInfo(c.id, c.name, c.created_at, int(n or 0)) for c, n in s.execute(query)]

    def find_class(self, name: str) -> ClassInfo | None:
        """The class called ``name`` (letter case ignored)."""
        wanted = normalise_name(name).casefold()
        return next((c for c in self.classes() if c.name.casefold() == wanted), None)

    def create_class(self, name: str) -> ClassInfo:
        name = normalise_name(name)
        if not name:
            raise GradebookError("empty_name", "A class needs a name.")
        if len(name) > CLASS_NAME_MAX:
            raise GradebookError(
                "long_name", f"A class name can have at most {CLASS_NAME_MAX} characters."
            )
        if (taken := self.find_class(name)) is not None:
            raise GradebookError("name_taken", f"There is already a class called {taken.name}.")
        with self._db.transaction() as s:
            row = Classroom(name=name)
            s.add(row)
            s.flush()
            return ClassInfo(row.id, row.name, row.created_at, 0)

    def delete_class(self, classroom_id: int) -> None:
        """The class and its rows (the learners' own data is on their laptops)."""
        with self._db.transaction() as s:
            s.execute(delete(GradebookEntry).where(GradebookEntry.classroom_id == classroom_id))
            s.execute(delete(Classroom).where(Classroom.id == classroom_id))

    def rows(self, classroom_id: int) -> list[StudentRow]:
        """The class's learners, by name."""
        query = (
            select(GradebookEntry)
            .where(GradebookEntry.classroom_id == classroom_id)
            .order_by(func.lower(GradebookEntry.name), GradebookEntry.id)
        )
        with self._db.transaction() as s:
            return [_row(entry) for entry in s.scalars(query)]

    def import_file(self, classroom_id: int, path: Path) -> FileResult:
        """Check one progress file and add, update or leave the learner's row.

        The same file again leaves the row unchanged; a file exported later replaces the
        row; one exported earlier than the row's file is skipped. A file that fails any
        check of ``read_progress`` is refused and nothing is written for it.
        """
        if not path.exists():
            return _refused(path, Refusal.MISSING, f"{path}: no such file or folder")
        try:
            content = read_progress(path)
            digest = _sha256(path)
        except ProgressFileError as exc:
            return _refused(path, _refusal_of(exc), str(exc))
        except OSError as exc:
            return _refused(path, Refusal.UNREADABLE, f"{path}: cannot be read ({exc})")
        row = student_row(content)
        with self._db.transaction() as s:
            if s.get(Classroom, classroom_id) is None:
                raise GradebookError("no_class", f"no class {classroom_id}")
            entry = s.scalars(
                select(GradebookEntry).where(
                    GradebookEntry.classroom_id == classroom_id,
                    GradebookEntry.learner_uid == row.uid,
                )
            ).first()
            if entry is None:
                entry = GradebookEntry(classroom_id=classroom_id, learner_uid=row.uid)
                _store(entry, row, digest)
                s.add(entry)
                return FileResult(path, Outcome.ADDED, row.name)
            if entry.file_sha256 == digest or entry.exported_at == row.exported_at:
                return FileResult(path, Outcome.UNCHANGED, row.name, reason="already imported")
            if row.exported_at < entry.exported_at:
                return FileResult(
                    path,
                    Outcome.OLDER,
                    row.name,
                    reason="older than the file already imported",
                )
            _store(entry, row, digest)
            return FileResult(path, Outcome.UPDATED, row.name)

    def import_files(
        self,
        classroom_id: int,
        paths: Sequence[Path],
        progress: Callable[[int, int], None] | None = None,
    ) -> list[FileResult]:
        """Import each file in turn; ``progress(done, total)`` after each one."""
        results = []
        for done, path in enumerate(paths, start=1):
            results.append(self.import_file(classroom_id, path))
            if progress is not None:
                progress(done, len(paths))
        return results
