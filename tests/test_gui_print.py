"""Printing from the lesson reader: Ctrl+P, pick a document, save it as PDF or print it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from nihongoku.ui.dialogs import print_lesson
from nihongoku.ui.dialogs.print_lesson import PrintLessonDialog
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.lessons import LessonsPage
from tests.gui import on_next_modal, visible_texts
from tests.test_printing import pdf_pages


def open_lesson(window: MainWindow, lesson_id: str) -> LessonsPage:
    """Sign in as a learner, open Pelajaran on the shipped course and read one lesson."""
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    assert window.workspace is not None
    window.workspace.nav.setCurrentRow(1)
    page = window.workspace.page("lessons")
    assert isinstance(page, LessonsPage)
    page.select(lesson_id)
    return page


def choose(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Click a radio button on its circle: it only answers clicks on its circle and text."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def closing(action: Callable[[PrintLessonDialog], None]) -> Callable[[QWidget], None]:
    """Run ``action`` on the dialog and close it even when an assertion fails, so a
    failing test reports instead of waiting forever on an open modal dialog."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintLessonDialog)
        try:
            action(dialog)
        finally:
            dialog.reject()

    return act


def test_ctrl_p_saves_the_lessons_worksheet_as_pdf(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    page = open_lesson(window, "n5-03")
    chosen = tmp_path / "lembar"  # typed without .pdf, as people do
    asked: list[str] = []

    def save_as(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    seen: list[str] = []

    def use_dialog(dialog: PrintLessonDialog) -> None:
        seen.extend(visible_texts(dialog))
        assert not dialog.answer_key.isEnabled()  # only for worksheets
        choose(qtbot, dialog.worksheet)
        assert dialog.answer_key.isEnabled() and dialog.answer_key.isChecked()
        assert not dialog.english.isEnabled()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Tersimpan"), timeout=10_000)
        seen.append(dialog.outcome.text())
        assert dialog.progress.value() == dialog.progress.maximum() == 3

    on_next_modal(closing(use_dialog))
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    saved = tmp_path / "lembar.pdf"
    assert asked and asked[0].endswith("n5-03-lembar-latihan.pdf")
    assert "Cetak pelajaran" in seen and "Pelajaran 3: Angka dan waktu" in seen
    assert f"Tersimpan di {saved} (3 halaman)." in seen
    pages = pdf_pages(saved)
    assert len(pages) == 3
    assert "LEMBAR LATIHAN" in pages[0] and "KUNCI JAWABAN" in pages[-1]


def test_print_sends_the_kanji_sheets_to_the_printer(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The print dialog is the system's; here it "chooses" a printer that prints to PDF."""
    printed = tmp_path / "printer.pdf"

    class ChoosePdfPrinter:
        def __init__(self, printer: QPrinter, _parent: QWidget) -> None:
            self._printer = printer

        def exec(self) -> QDialog.DialogCode:
            self._printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self._printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_lesson, "QPrintDialog", ChoosePdfPrinter)
    page = open_lesson(window, "n5-01")
    outcome: list[str] = []

    def use_dialog(dialog: PrintLessonDialog) -> None:
        choose(qtbot, dialog.writing)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "printer" in dialog.outcome.text(), timeout=10_000)
        outcome.append(dialog.outcome.text())

    on_next_modal(closing(use_dialog))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert outcome == ["3 halaman sudah dikirim ke printer."]
    pages = pdf_pages(printed)
    assert len(pages) == 3  # the lesson's 8 kanji, three to a page
    assert "LATIHAN MENULIS KANJI" in pages[0] and "KanjiVG" in pages[-1]


def test_a_lesson_without_kanji_offers_no_writing_sheets(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_lesson(window, "n5-19")
    dialog = PrintLessonDialog(window.ctx, page.course.lesson("n5-19"), page)
    qtbot.addWidget(dialog)
    assert not dialog.writing.isEnabled()
    assert dialog.writing.toolTip() == "Pelajaran ini tidak mengajarkan kanji."
