"""The command line, run as a user runs it: a separate process, no display needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def nihongoku(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nihongoku", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_profiles_can_be_created_and_listed_headless() -> None:
    assert nihongoku("profile", "create", "Siti", "--pin-stdin", stdin="1234\n").returncode == 0
    done = nihongoku("profile", "create", "Bu Rina", "--instructor", stdin="sakura2026\n")
    assert done.returncode == 0, done.stderr
    refused = nihongoku("profile", "create", "Pak Dodi", "--instructor", stdin="fujisan99\n")
    assert refused.returncode == 1
    assert "password of an existing instructor" in refused.stderr
    listing = nihongoku("profile", "list", "--json")
    rows = json.loads(listing.stdout)
    assert {(r["name"], r["role"], r["has_secret"]) for r in rows} == {
        ("Siti", "learner", True),
        ("Bu Rina", "instructor", True),
    }
    assert "1234" not in listing.stdout


def test_db_info_and_check(isolated_home: Path) -> None:
    info = nihongoku("db", "info")
    assert info.returncode == 0
    assert str(isolated_home / "nihongoku.sqlite3") in info.stdout
    check = nihongoku("db", "check")
    assert check.returncode == 0 and check.stdout.strip().endswith(": ok")


def test_db_option_and_env_choose_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    assert nihongoku("--db", url, "profile", "create", "Ani").returncode == 0
    assert nihongoku("profile", "list", env={"NIHONGOKU_DB": url}).stdout.count("Ani") == 1
    assert nihongoku("profile", "list").stdout == ""


def test_corrupt_database_gets_a_message_naming_the_file(isolated_home: Path) -> None:
    isolated_home.mkdir()
    path = isolated_home / "nihongoku.sqlite3"
    path.write_bytes(b"\x00garbage" * 100)
    result = nihongoku("profile", "list")
    assert result.returncode == 1
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == b"\x00garbage" * 100


def test_unusable_data_directory_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = nihongoku("profile", "list", env={"NIHONGOKU_HOME": str(blocker / "data")})
    assert result.returncode == 1
    assert "cannot be used" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("module", ["nihongoku.cli", "nihongoku.core.services"])
def test_cli_and_core_never_import_qt(module: str) -> None:
    code = (
        f"import sys, {module}, pkgutil, importlib, nihongoku.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'nihongoku.core.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "assert not any(n.startswith('PySide6') for n in sys.modules), 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_simulate_creates_a_learner_with_history_and_stats_report_it() -> None:
    done = nihongoku("simulate", "--profile", "Budi", "--days", "6", "--seed", "7")
    assert done.returncode == 0, done.stderr
    assert "Budi:" in done.stdout and "over 6 day(s)" in done.stdout
    stats = json.loads(nihongoku("stats", "--profile", "Budi", "--json").stdout)
    assert stats["profile"] == "Budi"
    assert stats["streak_days"] == 6
    # 20 new cards a day by default, each answered at least once
    assert sum(stats["cards"][s] for s in ("learning", "review", "relearning")) == 120
    assert stats["reviews"] >= 120
    assert 0.5 < stats["retention"] <= 1
    assert len(stats["forecast"]) == 14
    # the same seed gives the same history
    again = nihongoku("simulate", "--profile", "Rina", "--days", "6", "--seed", "7")
    assert again.stdout.replace("Rina", "Budi") == done.stdout


def test_stats_for_an_unknown_profile_is_a_clear_error() -> None:
    result = nihongoku("stats", "--profile", "Nobody", "--json")
    assert result.returncode == 1
    assert "no profile named 'Nobody'" in result.stderr
    bad = nihongoku("simulate", "--profile", "X", "--days", "0")
    assert bad.returncode == 2 and "must be at least 1" in bad.stderr


def test_export_anki_writes_a_package_with_the_learners_progress(tmp_path: Path) -> None:
    assert nihongoku("simulate", "--profile", "Budi", "--days", "4", "--seed", "1").returncode == 0
    out = tmp_path / "kana.apkg"
    done = nihongoku("export-anki", str(out), "--level", "kana", "--profile", "Budi",
                     "--with-progress")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.is_file() and out.stat().st_size > 10_000
    assert "322 notes" in done.stdout and "cards with progress" in done.stdout
    one = nihongoku("export-anki", str(tmp_path / "one.apkg"), "--lesson", "n5-04")
    assert one.returncode == 0 and " notes, " in one.stdout
    refused = nihongoku("export-anki", str(tmp_path / "x.apkg"), "--with-progress")
    assert refused.returncode == 2 and "--with-progress needs --profile" in refused.stderr
    missing = nihongoku("export-anki", str(tmp_path / "x.apkg"), "--lesson", "n5-99")
    assert missing.returncode == 1 and "no lesson 'n5-99'" in missing.stderr
    assert not (tmp_path / "x.apkg").exists()
