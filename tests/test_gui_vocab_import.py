"""The spreadsheet import dialog, driven as an instructor drives it: choose a file, look at
the problems, match a column, leave bad rows out, import the rest (nothing is written)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from nihongoku.core.authoring.lesson_files import custom_lessons_dir
from nihongoku.core.authoring.vocab_columns import Column
from nihongoku.core.content.schema import LessonFile, PartOfSpeech
from nihongoku.ui.dialogs.vocab_import import FOLDER_KEY, VocabImportDialog, ask_vocabulary
from nihongoku.ui.main_window import MainWindow
from tests.gui import on_next_modal, visible_texts

FACTORY = Path(__file__).parent / "fixtures" / "vocab" / "kosakata-pabrik.csv"
LESSON = LessonFile.model_validate(
    {
        "id": "kelas-pabrik",
        "title": {"id": "Kosakata pabrik", "en": "Factory words"},
        "level": "n5",
        "order": 90,
        "goals": ["Saya bisa memahami kata-kata di pabrik."],
    }
)


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> VocabImportDialog:  # type: ignore[no-untyped-def]
    # the proposals are pykakasi's: steady, but slow to load; the tests need only the rows
    found = VocabImportDialog(window.ctx, LESSON, window)
    qtbot.addWidget(found)
    found.show()
    return found


def load(qtbot, dialog: VocabImportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.load(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def row_of(dialog: VocabImportDialog, number: int) -> int:
    return next(i for i, r in enumerate(dialog.results) if r.row == number)


def cell(dialog: VocabImportDialog, number: int, column: int) -> str:
    item = dialog.grid.item(row_of(dialog, number), column)
    assert item is not None
    return item.text()


def test_the_preview_marks_every_problem_and_blocks_the_import(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: VocabImportDialog,
) -> None:
    load(qtbot, dialog, FACTORY)
    assert dialog.grid.rowCount() == 32
    texts = visible_texts(dialog)
    assert "23 kata siap, 9 bermasalah, 3 perlu dicek" in texts
    # an error row: colour, an icon, the word "Salah", the reason in the row and its tooltip
    assert cell(dialog, 25, 2) == "Bermasalah"
    status = dialog.grid.item(row_of(dialog, 25), 2)
    assert status is not None and not status.icon().isNull()
    assert status.background().color().name() == "#fbe3e1"
    assert "Bacaan 'hinan' bukan kana. Dalam kana: ひなん?" in cell(dialog, 25, 7)
    assert "ひなん" in status.toolTip() and status.toolTip().startswith("✖")
    assert cell(dialog, 23, 2) == "Periksa" and "しょうかき" in cell(dialog, 23, 4)
    # choosing a row shows all its problems in full, errors first
    dialog.grid.setCurrentCell(row_of(dialog, 29), 3)
    assert dialog.detail.isVisible()
    assert dialog.detail.text().splitlines() == [
        "Baris 29:",
        "✖ Sudah ada di materi kursus sebagai w-anzen (pelajaran n5-14): masukkan ke daftar "
        "ulasan pelajaran, jangan dibuat lagi.",
        "⚠ Belum ada contoh kalimat (kata N5 dan N4 perlu contoh).",
    ]
    assert cell(dialog, 2, 2) == "OK"
    assert "w-anzen" in cell(dialog, 29, 7)
    assert not dialog.import_button.isEnabled()

    dialog.only_problems.setChecked(True)
    shown = [i for i in range(dialog.grid.rowCount()) if not dialog.grid.isRowHidden(i)]
    assert len(shown) == 12  # 9 errors, 3 warnings

    qtbot.mouseClick(dialog.leave_out_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Impor 23 kata"
    assert "23 kata siap, 0 bermasalah, 3 perlu dicek, 9 ditinggalkan" in visible_texts(dialog)
    # taking a bad row back blocks the import again
    dialog.grid.item(row_of(dialog, 27), 0).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    assert not dialog.import_button.isEnabled()


def test_a_column_chosen_by_hand_checks_the_rows_again(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: VocabImportDialog,
) -> None:
    load(qtbot, dialog, FACTORY)
    assert dialog.combos[Column.NOTE_ID].currentText() == "I: Catatan"
    assert cell(dialog, 33, 2) == "Bermasalah"  # a note in Indonesian only
    note = dialog.combos[Column.NOTE_ID]
    note.setCurrentIndex(0)  # (tidak ada)
    note.activated.emit(0)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert note.currentText() == "(tidak ada)"
    assert cell(dialog, 33, 2) == "OK"
    assert "24 kata siap, 8 bermasalah" in dialog.counts.text()


def test_a_file_that_is_not_a_spreadsheet_is_named_with_the_reason(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: VocabImportDialog,
    tmp_path: Path,
) -> None:
    broken = tmp_path / "kosakata.xlsx"
    broken.write_bytes(b"PK\x03\x04 setengah tersalin")
    load(qtbot, dialog, broken)
    assert dialog.feedback.isVisible()
    assert dialog.feedback.text().startswith("Berkas ini tidak bisa dibaca: not a readable XLSX")
    assert dialog.grid.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_ask_vocabulary_returns_the_confirmed_words_and_writes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    chosen: list[str] = []

    def pick(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        chosen.append(folder)
        return str(FACTORY), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)

    def confirm(found: QWidget) -> None:
        assert isinstance(found, VocabImportDialog)
        qtbot.mouseClick(found.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not found.busy and found.grid.rowCount() == 32, timeout=20_000)
        qtbot.mouseClick(found.leave_out_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(found.import_button, Qt.MouseButton.LeftButton)

    on_next_modal(confirm)
    words = ask_vocabulary(window.ctx, LESSON, window)
    assert len(words) == 23
    assert words[0].id == "w-yousetsu" and words[0].pos is PartOfSpeech.SURU_NOUN
    assert not custom_lessons_dir().exists()
    assert window.ctx.services.settings.get(FOLDER_KEY, "") == str(FACTORY.parent)

    def cancel(found: QWidget) -> None:
        assert isinstance(found, QDialog)
        found.reject()

    on_next_modal(cancel)
    assert ask_vocabulary(window.ctx, LESSON, window) == []


@pytest.mark.skipif(not os.environ.get("NIHONGOKU_SHOT"), reason="a picture to look at")
def test_screenshot(qtbot, dialog: VocabImportDialog) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, dialog, FACTORY)
    dialog.grab().save(os.environ["NIHONGOKU_SHOT"])
    dialog.only_problems.setChecked(True)
    dialog.grid.setCurrentCell(row_of(dialog, 28), 3)
    dialog.grab().save(os.environ["NIHONGOKU_SHOT"].replace(".png", "-problems.png"))


def test_a_workbook_sheet_can_be_chosen(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: VocabImportDialog,
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Bab 1"
    first.append(["Kanji", "Kana", "Arti", "Inggris", "Jenis kata"])
    first.append(["溶接", "ようせつ", "pengelasan", "welding", "kata benda"])
    second = book.create_sheet("Bab 2")
    second.append(["Kanji", "Kana", "Arti", "Inggris", "Jenis kata"])
    second.append(["検査", "けんさ", "pemeriksaan", "inspection", "kata benda"])
    second.append(["研修", "けんしゅう", "pelatihan", "training", "kata benda"])
    book.save(path := tmp_path / "kosakata.xlsx")
    load(qtbot, dialog, path)
    assert dialog.sheet.isVisible() and dialog.sheet.currentText() == "Bab 1"
    assert [cell(dialog, 2, 3)] == ["溶接"]
    dialog.sheet.setCurrentIndex(1)
    dialog.sheet.activated.emit(1)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.grid.rowCount() == 2, timeout=20_000)
    assert dialog.sheet.currentText() == "Bab 2"
    assert [cell(dialog, 2, 3), cell(dialog, 3, 3)] == ["検査", "研修"]
    assert dialog.import_button.text() == "&Impor 2 kata" and dialog.import_button.isEnabled()


def test_a_long_list_is_checked_again_quickly_after_a_column_change(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: VocabImportDialog,
    tmp_path: Path,
) -> None:
    lines = FACTORY.read_text(encoding="utf-8-sig").splitlines()
    path = tmp_path / "panjang.csv"
    path.write_text("\n".join([lines[0], *(lines[1:] * 16)]), encoding="utf-8")  # 512 rows
    load(qtbot, dialog, path)
    assert dialog.grid.rowCount() == 512
    note = dialog.combos[Column.NOTE_ID]
    started = time.perf_counter()
    note.setCurrentIndex(0)
    note.activated.emit(0)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    # refilling the table in place once took ~25 s for this many rows (the header measured
    # every column again after each item); emptied first, it takes a fraction of a second
    assert time.perf_counter() - started < 8
    assert dialog.grid.rowCount() == 512 and cell(dialog, 33, 2) == "OK"
