"""What a learner sees when the database cannot be used: a dialog naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from nihongoku.app import open_services, prepare_application
from tests.gui import on_next_modal


@pytest.fixture
def indonesian(qapp):  # type: ignore[no-untyped-def]
    """The app's start-up look and language, as on a learner's laptop; undone after."""
    _family, language = prepare_application(qapp)
    yield
    language.switch("en")


def test_damaged_database_dialog_names_the_file_and_can_start_fresh(
    qtbot, indonesian, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    isolated_home.mkdir()
    path = isolated_home / "nihongoku.sqlite3"
    path.write_bytes(b"not a database at all" * 40)
    seen: dict[str, str] = {}

    def start_fresh(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["title"], seen["text"] = dialog.windowTitle(), dialog.text()
        fresh = next(b for b in dialog.buttons() if b.text() == "Pindahkan dan mulai baru")
        fresh.click()

    on_next_modal(start_fresh)
    services = open_services(f"sqlite:///{path}", interactive=True)
    assert services is not None
    services.close()
    assert seen["title"] == "Basis data rusak"
    assert str(path) in seen["text"] and "tidak diubah" in seen["text"]
    moved = list(isolated_home.glob("nihongoku.sqlite3.damaged-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == b"not a database at all" * 40


def test_quitting_leaves_the_damaged_file_where_it_was(
    qtbot, indonesian, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    isolated_home.mkdir()
    path = isolated_home / "nihongoku.sqlite3"
    path.write_bytes(b"garbage" * 100)

    def quit_app(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        next(b for b in dialog.buttons() if b.text() == "Keluar").click()

    on_next_modal(quit_app)
    assert open_services(f"sqlite:///{path}", interactive=True) is None
    assert path.read_bytes() == b"garbage" * 100
    assert not list(isolated_home.glob("*.damaged-*"))
