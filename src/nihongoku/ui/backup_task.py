"""The daily backup of a learner, written off the GUI thread when they sign in."""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QThreadPool

from nihongoku.ui.context import UiContext


def back_up_in_background(ctx: UiContext, profile_id: int) -> None:
    """Write today's backup of the learner; a failure (a full disk) never stops study."""
    from nihongoku.core.backups import back_up_profile, profile_backups_dir
    from nihongoku.core.errors import NihongokuError
    from nihongoku.paths import data_dir

    db = ctx.services.db
    root = profile_backups_dir(data_dir())
    today = date.today()

    def work() -> None:
        try:
            back_up_profile(db, profile_id, root, today)
        except (OSError, NihongokuError) as exc:
            print(f"nihongoku: the daily backup was not written: {exc}", file=sys.stderr)

    QThreadPool.globalInstance().start(work)


def wait_for_backups() -> None:
    """Let backups in progress finish (before the app exits, and in tests)."""
    QThreadPool.globalInstance().waitForDone()
