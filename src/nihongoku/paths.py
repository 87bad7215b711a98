"""The one place that knows where data and bundled assets live.

User data goes to the platform's data directory (or ``NIHONGOKU_HOME``), so it survives
reinstalls; assets are found in a source checkout, an installed wheel or a frozen build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from nihongoku import APP_NAME

HOME_ENV = "NIHONGOKU_HOME"
DB_ENV = "NIHONGOKU_DB"
DB_FILENAME = "nihongoku.sqlite3"


def data_dir() -> Path:
    """Directory holding the learner's database, backups and settings (not created here)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database_url() -> str:
    """The database URL in force: ``NIHONGOKU_DB`` or a SQLite file in the data directory."""
    return os.environ.get(DB_ENV) or f"sqlite:///{data_dir() / DB_FILENAME}"


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    installed = package / "_bundled"
    if installed.is_dir():
        return installed
    return package.parent.parent  # src/nihongoku -> repository root


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def font_path() -> Path:
    return resources_dir() / "fonts" / "NotoSansJP-Nihongoku.otf"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path() -> Path:
    return resources_dir() / "icons" / "nihongoku.svg"


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL, or None for anything else."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    name = url[len(prefix) :]
    return Path(name) if name and name != ":memory:" else None


def lessons_dir() -> Path:
    """The course shipped with the app: read-only, replaced by every upgrade."""
    return _bundle_root() / "lessons"


def custom_lessons_dir() -> Path:
    """Instructors' own lessons: in the data directory, so an upgrade never touches them."""
    return data_dir() / "lessons"


def custom_exams_dir() -> Path:
    """Instructors' own tests (exam blueprints), beside their lessons."""
    return data_dir() / "exams"


def course_paths() -> list[Path]:
    """Where the course is read from: the built-in lessons, then the instructors' own."""
    custom = custom_lessons_dir()
    return [lessons_dir(), custom] if custom.is_dir() else [lessons_dir()]


def is_custom(path: Path) -> bool:
    """Whether a lesson or exam file is an instructor's (and may be edited or replaced)."""
    resolved = path.resolve()
    folders = (custom_lessons_dir(), custom_exams_dir())
    return any(resolved.is_relative_to(folder.resolve()) for folder in folders)
