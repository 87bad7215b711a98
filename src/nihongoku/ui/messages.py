"""Translated sentences for the core's known errors (the core speaks English codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nihongoku.core.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    DataDirectoryError,
    NihongokuError,
    ProfileError,
)
from nihongoku.core.profile_info import NAME_MAX, PASSWORD_MIN


def profile_error(error: ProfileError) -> str:
    texts = {
        "empty_name": QCoreApplication.translate("Messages", "Please type a name."),
        "long_name": QCoreApplication.translate(
            "Messages", "A name can have at most %1 characters."
        ).replace("%1", str(NAME_MAX)),
        "name_taken": QCoreApplication.translate(
            "Messages", "That name is already used by another profile."
        ),
        "bad_pin": QCoreApplication.translate("Messages", "A PIN is 4 to 6 digits."),
        "short_password": QCoreApplication.translate(
            "Messages", "The password needs at least %1 characters."
        ).replace("%1", str(PASSWORD_MIN)),
        "approval_needed": QCoreApplication.translate(
            "Messages", "Type the password of an existing instructor to approve."
        ),
        "wrong_secret": QCoreApplication.translate("Messages", "Wrong PIN or password."),
    }
    return texts.get(error.code, str(error))


def startup_error(error: NihongokuError) -> tuple[str, str]:
    """A title and a body naming the file and what to do."""
    if isinstance(error, DatabaseCorruptError):
        return QCoreApplication.translate(
            "Messages", "The database is damaged"
        ), QCoreApplication.translate(
            "Messages",
            "The database file\n%1\nis damaged or is not a Nihongoku database (%2).\n\n"
            "The file has not been changed. You can restore a backup, or move the damaged "
            "file aside and start with a new, empty database.",
        ).replace("%1", str(error.path)).replace("%2", error.detail)
    if isinstance(error, DatabaseTooNewError):
        return QCoreApplication.translate(
            "Messages", "The database is from a newer version"
        ), QCoreApplication.translate(
            "Messages",
            "The database file\n%1\nwas written by a newer version of Nihongoku.\n\n"
            "The file has not been changed. Install the newer version of Nihongoku to open it.",
        ).replace("%1", str(error.path))
    if isinstance(error, DatabaseLockedError):
        return QCoreApplication.translate(
            "Messages", "Nihongoku is already open"
        ), QCoreApplication.translate(
            "Messages",
            "The database file\n%1\nis already open in another Nihongoku window.\n\n"
            "Close the other window first, then start Nihongoku again.",
        ).replace("%1", str(error.path))
    if isinstance(error, DataDirectoryError):
        return QCoreApplication.translate(
            "Messages", "The data folder cannot be used"
        ), QCoreApplication.translate(
            "Messages",
            "Nihongoku cannot use the folder\n%1\n(%2).\n\n"
            "Check that the folder exists and that you may write in it.",
        ).replace("%1", str(error.path)).replace("%2", error.reason)
    if isinstance(error, DatabaseUnavailableError):
        return QCoreApplication.translate(
            "Messages", "The database cannot be reached"
        ), QCoreApplication.translate(
            "Messages",
            "The database\n%1\ncannot be opened (%2).\n\nCheck the address and the server.",
        ).replace("%1", error.url).replace("%2", error.detail)
    return QCoreApplication.translate("Messages", "Nihongoku cannot start"), str(error)
