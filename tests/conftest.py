from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before Qt is imported anywhere: tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from nihongoku.core.services import Services


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory; nothing touches the real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("NIHONGOKU_HOME", str(home))
    monkeypatch.delenv("NIHONGOKU_DB", raising=False)
    return home


@pytest.fixture
def db_url(isolated_home: Path) -> str:
    return f"sqlite:///{isolated_home / 'nihongoku.sqlite3'}"


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    opened = Services.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, services: Services):  # type: ignore[no-untyped-def]
    """The real main window over a fresh store, as the app builds it."""
    from PySide6.QtWidgets import QApplication

    from nihongoku.app import build_window, prepare_application

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    family, language = prepare_application(app)
    win = build_window(app, services, family, language)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    language.switch("en")  # leave no translator installed for the next test
    # Delete this test's widgets now: a later test's style-sheet change would otherwise
    # re-polish half-destroyed widgets left waiting for deferred deletion.
    from PySide6.QtCore import QCoreApplication, QEvent

    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
