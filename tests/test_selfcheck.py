"""`nihongoku selfcheck`, which the release script runs on the built bundle."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import nihongoku

CHECKS = [
    "course", "database", "font", "translations", "readings", "strokes", "audio", "pdf",
    "spreadsheet", "anki",
]  # fmt: skip


def test_every_part_of_this_installation_works() -> None:
    done = nihongoku("selfcheck", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = {check["name"]: check for check in json.loads(done.stdout)}
    assert list(report) == CHECKS
    assert all(check["ok"] for check in report.values())
    assert report["readings"]["detail"] == "日本語 → にほんご"
    assert "played to its end" in report["audio"]["detail"]


def test_a_missing_part_is_named_and_the_other_checks_still_run(tmp_path: Path) -> None:
    # what a bundle without pykakasi's dictionary files looks like to the app
    broken = tmp_path / "pykakasi"
    broken.mkdir()
    (broken / "__init__.py").write_text(
        "raise FileNotFoundError('kanwadict4.db')\n", encoding="utf-8"
    )
    done = nihongoku("selfcheck", env={"PYTHONPATH": str(tmp_path)})
    assert done.returncode == 1
    lines = {line.split()[1]: line for line in done.stdout.splitlines()}
    assert lines["readings"].startswith("FAIL") and "kanwadict4.db" in lines["readings"]
    assert all(lines[name].startswith("ok") for name in CHECKS if name != "readings")
    assert "failed: readings" in done.stderr
