"""Tentang Nihongoku: F1 or the About button, the version, the credits from LICENSES.md."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nihongoku import __version__
from nihongoku.core.credits import Credit, parse_credits, read_credits
from nihongoku.ui.dialogs import about
from nihongoku.ui.dialogs.about import AboutDialog
from nihongoku.ui.main_window import MainWindow
from tests.gui import on_next_modal, visible_texts

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "resources" / "LICENSES.md"


def kanjivg_attribution() -> str:
    """The attribution line the strokes/ row of the asset table asks for, quoted."""
    row = next(
        line for line in LICENSES.read_text(encoding="utf-8").splitlines() if "`strokes/`" in line
    )
    found = re.search(r'attribution: "([^"]+)"', row)
    assert found is not None
    return found.group(1)


def open_workspace(window: MainWindow) -> None:
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    assert window.workspace is not None


def press_f1_and_read(qtbot: QtBot, target: QWidget) -> list[str]:
    """Press F1 in ``target``; return what the About dialog shows, then close it with Esc."""
    seen: list[str] = []

    def read_and_escape(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutDialog)
        seen.extend(visible_texts(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    # offscreen, a window is not re-activated after a dialog closes (a desktop does that)
    target.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is target.window())
    on_next_modal(read_and_escape)
    qtbot.keyClick(target, Qt.Key.Key_F1)  # returns once the dialog is closed again
    assert seen, "F1 opened no About dialog"
    return seen


def test_f1_in_the_workspace_shows_version_licence_and_the_kanjivg_attribution(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_workspace(window)
    assert window.workspace is not None
    texts = press_f1_and_read(qtbot, window.workspace)
    assert "Tentang Nihongoku" in texts  # the window title
    assert f"Versi {__version__}" in texts
    assert kanjivg_attribution() in " ".join(texts)
    assert "Stroke-order data: KanjiVG © Ulrich Apel, CC BY-SA 3.0" in " ".join(texts)
    assert any("GPL-3.0-or-later" in t for t in texts)
    assert "Lisensi: CC BY-SA 4.0" in texts  # JMdict and KANJIDIC2
    assert "JMdict and KANJIDIC2" in texts
    assert any("test time only" in t and "not shipped" in t for t in texts)
    assert "Lisensi: SIL Open Font License 1.1" in texts
    assert "Lisensi: LGPL-3.0" in texts  # Qt and PySide6
    assert "py-fsrs" in texts
    assert not any(
        isinstance(w, AboutDialog) and w.isVisible() for w in window.findChildren(QWidget)
    )


def test_the_about_button_sits_next_to_settings_and_close_closes(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_workspace(window)
    workspace = window.workspace
    assert workspace is not None
    assert workspace.about_button.text() == "&Tentang"
    assert workspace.about_button.toolTip() == "Tentang Nihongoku dan kreditnya (F1)"
    closed: list[bool] = []

    def close_with_button(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutDialog)
        assert dialog.close_button.text() == "&Tutup"
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        closed.append(not dialog.isVisible())

    on_next_modal(close_with_button)
    qtbot.mouseClick(workspace.about_button, Qt.MouseButton.LeftButton)
    assert closed == [True]


def test_the_profile_picker_has_about_too(qtbot: QtBot, window: MainWindow) -> None:
    texts = press_f1_and_read(qtbot, window.picker)
    assert f"Versi {__version__}" in texts
    assert window.picker.about_button.text() == "&Tentang Nihongoku"
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        seen.extend(visible_texts(dialog))
        dialog.reject()

    on_next_modal(read)
    qtbot.mouseClick(window.picker.about_button, Qt.MouseButton.LeftButton)
    assert kanjivg_attribution() in " ".join(seen)


def test_english_interface(qtbot: QtBot, window: MainWindow) -> None:
    window.ctx.language.switch("en")
    texts = press_f1_and_read(qtbot, window.picker)
    assert "About Nihongoku" in texts and f"Version {__version__}" in texts
    assert "Licence: CC BY-SA 3.0" in texts


def test_every_credit_fits_the_dialog_without_sideways_scrolling(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.credits) >= 8
    assert dialog.credit_area.horizontalScrollBar().maximum() == 0
    listing = dialog.credit_area.widget()
    assert listing is not None
    assert listing.width() <= dialog.credit_area.viewport().width()
    assert dialog.width() <= 1100 and dialog.height() <= 760
    shots = os.environ.get("NIHONGOKU_SHOTS")
    if shots:  # NIHONGOKU_SHOTS=/tmp/shots: look at it
        Path(shots).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(shots) / "about.png"))


def test_a_missing_licences_file_is_said_not_hidden(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(about, "resources_dir", lambda: tmp_path)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.credits == [] and not dialog.credit_area.isVisible()
    assert dialog.missing.isVisible()
    assert str(tmp_path / "LICENSES.md") in dialog.missing.text()
    (tmp_path / "LICENSES.md").write_text("# Licences\n\nNo credits here.\n", encoding="utf-8")
    empty = AboutDialog()
    qtbot.addWidget(empty)
    assert empty.credits == [] and "lists no credits" in empty.missing.text()


# -- the credits table itself (no Qt) ---------------------------------------------------


def test_the_credits_table_names_the_open_data_with_its_licences() -> None:
    credits = {credit.work: credit for credit in read_credits(LICENSES)}
    assert credits["KanjiVG"].licence == "CC BY-SA 3.0"
    assert kanjivg_attribution() in credits["KanjiVG"].credit
    assert credits["JMdict and KANJIDIC2"].licence == "CC BY-SA 4.0"
    assert "EDRDG" in credits["JMdict and KANJIDIC2"].credit
    assert "test time only" in credits["JMdict and KANJIDIC2"].used_for
    assert credits["Noto Sans CJK JP"].licence == "SIL Open Font License 1.1"
    assert credits["Qt and PySide6"].licence == "LGPL-3.0"
    assert credits["py-fsrs"].licence == "MIT"
    for credit in credits.values():  # shown as plain text: no markdown in the cells
        assert all(cell and "`" not in cell and "](" not in cell for cell in vars(credit).values())


def test_parse_credits_reads_only_the_credits_table() -> None:
    markdown = """# Assets
| file | what | source | licence |
|---|---|---|---|
| `a.svg` | a | b | c |

## Credits

Some words.

| work | credit | licence | used for |
|---|---|---|---|
| A | © A | MIT | x |
| broken row | only two |
| B | © B | OFL | y |

| work | credit | licence | used for |
|---|---|---|---|
| not | this | table | either |

## Later
| C | © C | MIT | z |
"""
    assert parse_credits(markdown) == [
        Credit("A", "© A", "MIT", "x"),
        Credit("B", "© B", "OFL", "y"),
    ]
    assert parse_credits("# nothing\n") == []
