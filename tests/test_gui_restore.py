"""A learner's daily backup is written at sign-in and can be restored from the picker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from nihongoku.core.backups import list_backups, profile_backups_dir
from nihongoku.core.services import Services
from nihongoku.core.study.simulate import simulate
from nihongoku.paths import data_dir
from nihongoku.ui.backup_task import wait_for_backups
from nihongoku.ui.dialogs.restore import RestoreDialog
from nihongoku.ui.main_window import MainWindow
from tests.gui import on_next_modal
from tests.study_helpers import kana_course


def test_sign_in_backs_up_and_a_lost_learner_is_restored_from_the_picker(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Yesterday Siti studied on this laptop, and signing in wrote her backup...
    old = Services.open(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        simulate(old, kana_course(), "Siti", days=3, seed=2)
        siti = next(p for p in old.profiles.list() if p.name == "Siti")
        from nihongoku.ui.backup_task import back_up_in_background

        class _Ctx:
            services = old

        back_up_in_background(_Ctx(), siti.id)  # type: ignore[arg-type]
        wait_for_backups()
    finally:
        old.close()
    backups, broken = list_backups(profile_backups_dir(data_dir()))
    assert [b.name for b in backups] == ["Siti"] and broken == []

    # ...then the database was lost: this window runs on a new, empty one.
    assert window.ctx.services.profiles.list() == []
    seen: dict[str, object] = {}

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        seen["items"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        dialog.list.setCurrentRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        seen["outcome"] = dialog.outcome.text()
        dialog.close_button.click()

    on_next_modal(act)
    qtbot.mouseClick(window.picker.restore_button, Qt.MouseButton.LeftButton)
    items = seen["items"]
    assert isinstance(items, list) and items[0].startswith("Siti — ")
    assert str(seen["outcome"]).startswith("Siti dipulihkan: ")
    names = [p.name for p in window.ctx.services.profiles.list()]
    assert names == ["Siti"]

    # signing in now writes today's backup from this laptop
    window.picker.reload()
    window.picker.open_selected()
    wait_for_backups()
    assert window.workspace is not None
