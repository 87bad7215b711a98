"""The real app process starts, paints its first screen and reports the time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from nihongoku.core.store.database import open_database


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "nihongoku", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_smoke_paints_the_picker_and_reports_startup(tmp_path: Path) -> None:
    shot = tmp_path / "first.png"
    result = run_app("--smoke", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"startup_ms=\d+", last)
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 600
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20  # text and widgets were drawn, not an empty frame


def test_second_instance_is_refused_with_a_clear_message(isolated_home: Path) -> None:
    first = open_database(f"sqlite:///{isolated_home / 'nihongoku.sqlite3'}")
    try:
        result = run_app("--smoke")
    finally:
        first.close()
    assert result.returncode == 1
    assert "already open" in result.stderr
    assert str(isolated_home / "nihongoku.sqlite3") in result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_with_profiles_shows_them_once_the_store_is_open(
    tmp_path: Path, isolated_home: Path
) -> None:
    from nihongoku.core.services import Services

    services = Services.open(f"sqlite:///{isolated_home / 'nihongoku.sqlite3'}")
    services.profiles.create_learner("Siti", "1234")
    services.close()
    shot = tmp_path / "picker.png"
    result = run_app("--smoke", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert QImage(str(shot)).width() >= 800


def test_smoke_on_a_database_needing_upgrade_migrates_first(isolated_home: Path) -> None:
    import shutil

    isolated_home.mkdir()
    fixture = Path(__file__).parent / "fixtures" / "db" / "rev0001.sqlite3"
    shutil.copy(fixture, isolated_home / "nihongoku.sqlite3")
    result = run_app("--smoke")
    assert result.returncode == 0, result.stderr
    assert list((isolated_home / "backups").glob("*before-upgrade-from-0001*"))
