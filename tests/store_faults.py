"""A store that starts refusing writes mid-use, as a full disk or a read-only folder does."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event


@contextmanager
def every_new_connection(
    engine: Engine, setup: Callable[[sqlite3.Connection], None]
) -> Iterator[None]:
    """Inside the block, each connection the store opens runs ``setup`` first."""

    def listener(connection: sqlite3.Connection, _record: object) -> None:
        setup(connection)

    event.listen(engine, "connect", listener)
    engine.dispose()  # the pooled connections predate the fault: open them again
    try:
        yield
    finally:
        event.remove(engine, "connect", listener)
        engine.dispose()


def read_only(connection: sqlite3.Connection) -> None:
    """Every write fails with SQLite's "attempt to write a readonly database"."""
    connection.execute("PRAGMA query_only = 1")


def disk_full(connection: sqlite3.Connection) -> None:
    """The file may not grow by a single page any more: SQLite's "database or disk is full"."""
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
