"""Rolling profile backups: one a day, the last seven kept, each one restorable."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from nihongoku.core.backups import KEEP_DAYS, back_up_profile, list_backups
from nihongoku.core.export.progress_file import import_progress
from nihongoku.core.services import Services
from nihongoku.core.study.simulate import simulate
from tests.study_helpers import kana_course


def test_a_backup_a_day_and_only_the_last_seven_are_kept(
    services: Services, tmp_path: Path
) -> None:
    simulate(services, kana_course(), "Siti", days=2, seed=5)
    siti = next(p for p in services.profiles.list() if p.name == "Siti")
    root = tmp_path / "backups"
    first = date(2026, 12, 1)
    for offset in range(KEEP_DAYS + 3):
        back_up_profile(services.db, siti.id, root, first + timedelta(days=offset))
    backups, broken = list_backups(root)
    assert broken == []
    assert [b.day for b in backups] == [
        first + timedelta(days=offset) for offset in reversed(range(3, KEEP_DAYS + 3))
    ]
    assert {b.name for b in backups} == {"Siti"} and backups[0].reviews > 0

    # a damaged backup is named, the others stay usable
    backups[-1].path.write_bytes(b"broken")
    backups, broken = list_backups(root)
    assert len(backups) == KEEP_DAYS - 1 and len(broken) == 1 and "broken" not in broken[0]

    lost = Services.open(f"sqlite:///{tmp_path / 'new-laptop.sqlite3'}")
    try:
        restored = import_progress(lost.db, backups[0].path)
        assert restored.created_profile and restored.added_reviews == backups[0].reviews
    finally:
        lost.close()
