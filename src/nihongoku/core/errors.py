"""Errors a user can meet and act on, kept apart from bugs.

Each carries the facts (file, revision, reason) rather than a finished sentence, so the
GUI can phrase it in the learner's language; ``str()`` gives the English CLI message.
"""

from __future__ import annotations

from pathlib import Path


class NihongokuError(Exception):
    """Base class of expected, user-facing failures."""


class DataDirectoryError(NihongokuError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"The data directory {path} cannot be used: {reason}. "
            f"Check that it exists and is writable, or set NIHONGOKU_HOME to another folder."
        )
        self.path = path
        self.reason = reason


class DatabaseCorruptError(NihongokuError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The database {path} is damaged or is not a Nihongoku database ({detail}). "
            f"It has not been changed. Restore a backup, or move the file away to start "
            f"with a new database."
        )
        self.path = path
        self.detail = detail


class DatabaseTooNewError(NihongokuError):
    def __init__(self, path: Path | str, revision: str) -> None:
        super().__init__(
            f"The database {path} was written by a newer version of Nihongoku "
            f"(schema {revision}). It has not been changed. Install the newer version "
            f"to open it."
        )
        self.path = path
        self.revision = revision


class DatabaseLockedError(NihongokuError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The database {path} is already open in another Nihongoku window or command. "
            f"Close it first."
        )
        self.path = path


class DatabaseUnavailableError(NihongokuError):
    """A database server URL that cannot be reached or used."""

    def __init__(self, url: str, detail: str) -> None:
        super().__init__(f"The database {url} cannot be opened: {detail}")
        self.url = url
        self.detail = detail


class StoreWriteError(NihongokuError):
    """A change the store could not save: the disk is full or the file became read-only.

    The transaction was rolled back: the store holds everything saved before it.
    """

    def __init__(self, location: str, reason: str) -> None:
        what = {"full": "the disk is full", "read-only": "the file or its folder is read-only"}
        super().__init__(
            f"Could not save to {location}: {what.get(reason, reason)}. Nothing saved "
            f"before was lost; free some space (or make the folder writable) and try again."
        )
        self.location = location
        self.reason = reason


class ProfileError(NihongokuError):
    """A profile request that breaks a rule (duplicate name, bad PIN, wrong password)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
