from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from nihongoku.core.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DataDirectoryError,
)
from nihongoku.core.services import Services
from nihongoku.core.store.database import move_aside, open_database


def test_new_database_uses_wal_and_foreign_keys(services: Services) -> None:
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_second_writer_is_refused_until_the_first_closes(db_url: str) -> None:
    first = open_database(db_url)
    with pytest.raises(DatabaseLockedError) as excinfo:
        open_database(db_url)
    assert "nihongoku.sqlite3" in str(excinfo.value)
    first.close()
    open_database(db_url).close()


def test_garbage_file_is_reported_and_left_untouched(db_url: str, isolated_home: Path) -> None:
    isolated_home.mkdir()
    path = isolated_home / "nihongoku.sqlite3"
    garbage = b"this was a spreadsheet, not a database\x00" * 50
    path.write_bytes(garbage)
    with pytest.raises(DatabaseCorruptError) as excinfo:
        open_database(db_url)
    assert excinfo.value.path == path
    assert str(path) in str(excinfo.value)
    assert path.read_bytes() == garbage


def test_damaged_pages_are_reported_and_left_untouched(services: Services, db_url: str) -> None:
    for n in range(300):
        services.profiles.create_learner(f"Learner {n:03}")
    path = services.db.path
    assert path is not None
    services.close()
    data = bytearray(path.read_bytes())
    with sqlite3.connect(path) as raw:
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'profile'").fetchone()[
            0
        ]
    raw.close()
    start = (root - 1) * 4096
    data[start : start + 1000] = b"\xff" * 1000  # scribble over the profile table's root
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError):
        open_database(db_url)
    assert path.read_bytes() == bytes(data)


def test_database_from_a_newer_version_is_refused_untouched(
    services: Services, db_url: str
) -> None:
    path = services.db.path
    assert path is not None
    services.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as excinfo:
        open_database(db_url)
    assert excinfo.value.revision == "9999"
    assert path.read_bytes() == before


def test_foreign_sqlite_database_is_not_adopted(db_url: str, isolated_home: Path) -> None:
    isolated_home.mkdir()
    path = isolated_home / "nihongoku.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    raw.close()
    with pytest.raises(DatabaseCorruptError, match="no Nihongoku schema"):
        open_database(db_url)


def test_unusable_data_directory_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DataDirectoryError) as excinfo:
        open_database(f"sqlite:///{blocker / 'sub' / 'nihongoku.sqlite3'}")
    assert "not-a-folder" in str(excinfo.value)


def test_move_aside_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "nihongoku.sqlite3"
    path.write_bytes(b"broken")
    (tmp_path / "nihongoku.sqlite3-wal").write_bytes(b"wal")
    moved = move_aside(path)
    assert not path.exists()
    assert moved.read_bytes() == b"broken"
    assert Path(f"{moved}-wal").read_bytes() == b"wal"


def test_in_memory_database_works_for_scripts() -> None:
    services = Services.open("sqlite://")
    services.profiles.create_learner("Ani")
    assert [p.name for p in services.profiles.list()] == ["Ani"]
    services.close()


def test_copying_a_closed_database_keeps_everything(services: Services, tmp_path: Path) -> None:
    services.profiles.create_learner("Ani", "1234")
    assert services.db.path is not None
    source = services.db.path
    services.close()  # checkpoint on close: the main file alone holds the data
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(source, copy)
    reopened = Services.open(f"sqlite:///{copy}")
    assert [p.name for p in reopened.profiles.list()] == ["Ani"]
    reopened.close()


def test_a_full_disk_is_a_clear_error_and_loses_nothing(services: Services) -> None:
    from nihongoku.core.errors import StoreWriteError
    from nihongoku.core.study.scheduling import Rating
    from tests.store_faults import disk_full, every_new_connection
    from tests.study_helpers import Clock, session_for

    clock = Clock()
    session = session_for(services, clock)
    session.store.set_new_per_day(session.profile_id, 500)
    kept = 0
    for _ in range(5):
        assert session.next() is not None
        clock.advance(minutes=1)
        session.answer(Rating.GOOD)
        kept += 1
    with (
        every_new_connection(services.db.engine, disk_full),
        pytest.raises(StoreWriteError) as caught,
    ):
        for _ in range(2000):
            assert session.next() is not None
            clock.advance(minutes=1)
            session.answer(Rating.GOOD)
            kept += 1
    assert caught.value.reason == "full"
    assert "the disk is full" in str(caught.value) and str(services.db.path) in str(caught.value)

    path = services.db.path
    assert path is not None
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("SELECT count(*) FROM review_log").fetchone() == (kept,)
    # and once there is room again, study goes on
    assert session.next() is not None
    session.answer(Rating.GOOD)


def test_a_store_that_turns_read_only_is_a_clear_error_and_loses_nothing(
    services: Services,
) -> None:
    """A USB stick's write switch or a remount while studying: every write is refused."""
    from nihongoku.core.errors import StoreWriteError
    from nihongoku.core.study.scheduling import Rating
    from tests.store_faults import every_new_connection, read_only
    from tests.study_helpers import Clock, session_for

    clock = Clock()
    session = session_for(services, clock)
    for _ in range(3):
        assert session.next() is not None
        clock.advance(minutes=1)
        session.answer(Rating.GOOD)
    with every_new_connection(services.db.engine, read_only):
        assert session.next() is not None
        with pytest.raises(StoreWriteError) as caught:
            session.answer(Rating.GOOD)
    assert caught.value.reason == "read-only"
    assert "read-only" in str(caught.value) and str(services.db.path) in str(caught.value)

    path = services.db.path
    assert path is not None
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("SELECT count(*) FROM review_log").fetchone() == (3,)
    session.answer(Rating.GOOD)  # writable again: the answer that failed is saved now
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM review_log").fetchone() == (4,)


def test_a_read_only_data_folder_is_named_at_start(tmp_path: Path) -> None:
    """A real read-only mount (needs root with mount rights: skipped elsewhere)."""
    import subprocess

    from tests.test_cli import nihongoku

    source, mounted = tmp_path / "home", tmp_path / "ro"
    source.mkdir()
    mounted.mkdir()
    done = nihongoku("profile", "create", "Siti", env={"NIHONGOKU_HOME": str(source)})
    assert done.returncode == 0, done.stderr
    before = (source / "nihongoku.sqlite3").read_bytes()
    mount = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
    if mount.returncode != 0:
        pytest.skip("no permission to mount a read-only folder here")
    try:
        readonly = subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(mounted)], capture_output=True
        )
        assert readonly.returncode == 0, readonly.stderr
        for command in (("profile", "list"), ("profile", "create", "Budi")):
            refused = nihongoku(*command, env={"NIHONGOKU_HOME": str(mounted)})
            assert refused.returncode == 1
            assert f"The data directory {mounted} cannot be used" in refused.stderr
            assert "Read-only file system" in refused.stderr
            assert "Traceback" not in refused.stderr
    finally:
        subprocess.run(["umount", str(mounted)], check=True)
    assert (source / "nihongoku.sqlite3").read_bytes() == before
