"""Opening the progress store safely.

Opening checks, in order: the data directory is usable, the file is an SQLite database,
no other Nihongoku process has it, its schema is one this version knows. Only then is it
migrated (after a backup copy) — a file that fails a check is never written to.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from nihongoku.core.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    DataDirectoryError,
    StoreWriteError,
)
from nihongoku.core.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from nihongoku.core.store.types import utc_now

__all__ = ["HEAD_REVISION", "KNOWN_REVISIONS", "Database", "migrate", "open_database"]

SQLITE_HEADER = b"SQLite format 3\x00"


def _write_failure(error: OperationalError) -> str | None:
    """Why a write failed, when it is the disk and not a bug: "full" or "read-only"."""
    message = str(error.orig).lower()
    if "disk is full" in message or "disk full" in message:
        return "full"
    if "readonly" in message or "read-only" in message:
        return "read-only"
    return None


@dataclass
class Database:
    """An open store: one engine, a session per user action, and the writer's lock."""

    url: URL
    engine: Engine
    path: Path | None = None
    _lock: FileLock | None = field(default=None, repr=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on error.

        A full disk or a store that became read-only is a StoreWriteError: the user can
        act on it, and the rollback leaves the store as it was.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            reason = _write_failure(exc)
            if reason is None:
                raise
            raise StoreWriteError(self.location, reason) from exc

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def location(self) -> str:
        """What to show a person: the file path, or the URL without its password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) and migrate the store at ``url``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _open_sqlite(parsed, upgrade=upgrade)
    try:
        engine = create_engine(parsed, pool_pre_ping=True)
        db = Database(parsed, engine)
        _check_and_upgrade(db, upgrade=upgrade)
    except OperationalError as exc:
        raise DatabaseUnavailableError(
            parsed.render_as_string(hide_password=True), str(exc.orig)
        ) from exc
    return db


def _open_sqlite(url: URL, *, upgrade: bool) -> Database:
    name = url.database or ""
    if name in ("", ":memory:"):
        engine = _sqlite_engine(url, memory=True)
        db = Database(url, engine)
        _check_and_upgrade(db, upgrade=upgrade)
        return db

    path = Path(name).expanduser().resolve()
    _ensure_directory(path.parent)
    if path.exists():
        _check_header(path)
    lock = FileLock(f"{path}.lock", timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise DatabaseLockedError(path) from exc
    except OSError as exc:
        raise DataDirectoryError(path.parent, exc.strerror or str(exc)) from exc
    engine = _sqlite_engine(url.set(database=str(path)), memory=False)
    db = Database(url, engine, path, lock)
    try:
        _check_and_upgrade(db, upgrade=upgrade)
    except DatabaseError as exc:
        db.close()
        raise DatabaseCorruptError(path, str(exc.orig)) from exc
    except BaseException:
        db.close()
        raise
    return db


def _ensure_directory(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirectoryError(directory, exc.strerror or str(exc)) from exc
    if not directory.is_dir():
        raise DataDirectoryError(directory, "it is not a folder")
    probe = directory / ".nihongoku-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirectoryError(directory, exc.strerror or "it is not writable") from exc


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DataDirectoryError(path, exc.strerror or str(exc)) from exc
    if head and head != SQLITE_HEADER:
        raise DatabaseCorruptError(path, "the file is not an SQLite database")


def _sqlite_engine(url: URL, *, memory: bool) -> Engine:
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if memory:
        from sqlalchemy.pool import StaticPool

        kwargs["poolclass"] = StaticPool
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions start, so DDL in
        # migrations is transactional too (SQLAlchemy's documented pysqlite recipe).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            # FULL: a power cut after an answer was acknowledged must not lose it.
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _current_revision(conn: Any) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()  # type: ignore[no-any-return]


def _check_and_upgrade(db: Database, *, upgrade: bool) -> None:
    with db.engine.connect() as conn:
        if db.path is not None:
            problem = conn.exec_driver_sql("PRAGMA quick_check").scalar()
            if problem != "ok":
                raise DatabaseCorruptError(db.path, f"integrity check: {problem}")
        revision = _current_revision(conn)
        has_other_tables = bool(inspect(conn).get_table_names())
    if revision is None and has_other_tables:
        raise DatabaseCorruptError(
            db.path or Path(db.location), "it holds tables but no Nihongoku schema version"
        )
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(db.path or db.location, revision)
    if revision == HEAD_REVISION or not upgrade:
        return
    if revision is not None and db.path is not None:
        backup_sqlite(db, reason=f"before-upgrade-from-{revision}")
    migrate(db, HEAD_REVISION)


def migrate(db: Database, target: str) -> None:
    """Run Alembic to ``target`` (a revision id, ``head`` or ``base``)."""
    from alembic import command

    from nihongoku.core.store.migrations import alembic_config

    with db.engine.begin() as conn:
        config = alembic_config(conn)
        current = _current_revision(conn)
        if target == "base" or (
            current is not None and KNOWN_REVISIONS.index(current) > KNOWN_REVISIONS.index(target)
        ):
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def backup_sqlite(db: Database, *, reason: str) -> Path:
    """Copy the live database with SQLite's online backup into ``backups/`` beside it."""
    assert db.path is not None
    folder = db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{db.path.stem}-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(db.path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) so a new one can start; nothing is deleted."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        with suppress(FileNotFoundError):
            side.rename(target.with_name(target.name + suffix))
    return target
