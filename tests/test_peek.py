"""The start-up glance must show exactly what the store holds, or step aside."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from nihongoku.core.services import Services
from nihongoku.core.store.peek import glance

FIXTURES = Path(__file__).parent / "fixtures" / "db"


def test_glance_lists_profiles_like_the_store(services: Services) -> None:
    ani = services.profiles.create_learner("Ani", "1234")
    services.profiles.create_instructor("Bu Rina", "sakura2026")
    services.profiles.create_learner("Budi")
    services.profiles.unlock(ani.id, "1234")
    services.settings.set("picker_language", "en")
    assert services.db.path is not None
    seen = glance(services.db.path)
    assert seen is not None
    assert seen.profiles == services.profiles.list()
    assert seen.picker_language == "en"


def test_glance_of_a_missing_file_is_an_empty_picker(tmp_path: Path) -> None:
    seen = glance(tmp_path / "none.sqlite3")
    assert seen is not None and seen.profiles == [] and seen.picker_language is None
    assert not (tmp_path / "none.sqlite3").exists()


def test_glance_steps_aside_for_old_garbage_or_foreign_files(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "rev0001.sqlite3", old)
    before = old.read_bytes()
    assert glance(old) is None  # needs an upgrade: the full open handles it
    assert old.read_bytes() == before
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"nonsense" * 100)
    assert glance(garbage) is None
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert glance(foreign) is None
