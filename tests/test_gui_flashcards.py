"""Flashcard reviews, driven as a learner does: start, reveal, rate, undo, stop."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.flashcards import FlashcardsPage
from tests.gui import visible_texts
from tests.study_helpers import Clock
from tests.test_gui_practice import write_course


def open_flashcards(qtbot: QtBot, window: MainWindow, folder: Path) -> FlashcardsPage:
    write_course(folder)
    window.ctx.lesson_paths = [folder]
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    workspace = window.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = workspace.page("flashcards")
    assert isinstance(page, FlashcardsPage)
    assert page.isVisible()
    page.clock = Clock()
    page.show_overview()
    return page


def log_rows(window: MainWindow) -> int:
    path = window.ctx.services.db.path
    assert path is not None
    with sqlite3.connect(path) as raw:
        return int(raw.execute("SELECT count(*) FROM review_log").fetchone()[0])


def test_a_learner_reveals_rates_and_undoes_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = open_flashcards(qtbot, window, tmp_path)
    texts = visible_texts(page)
    assert "Kartu hafalan" in texts
    assert any("Kartu baru tersisa hari ini: 20" in t for t in texts)
    assert page.start_button.hasFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Return)

    assert page.review_view.isVisible()
    assert page.front_japanese.text() == "あ"
    assert page.question.text() == "Bagaimana cara membaca kana ini?"
    assert not page.back.isVisible()
    assert not any(b.isVisible() for b in page.rating_buttons.values())
    assert page.counts.text() == "Baru 9 · Belajar 0 · Ulang 0"

    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.back.isVisible() and page.answer_reading.text() == "a"
    labels = [b.text() for b in page.rating_buttons.values()]
    assert labels[0].startswith("1 · Lagi\n") and labels[0].endswith("mnt")
    assert labels[3].startswith("4 · Mudah\n") and labels[3].endswith("hr")

    qtbot.keyClick(page, Qt.Key.Key_3)  # Good: the answer is on disk at once
    assert log_rows(window) == 1
    assert page.front_japanese.text() == "い" and not page.back.isVisible()
    assert page.counts.text() == "Baru 8 · Belajar 1 · Ulang 0"

    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert log_rows(window) == 0
    assert page.front_japanese.text() == "あ" and not page.back.isVisible()
    assert page.counts.text() == "Baru 9 · Belajar 0 · Ulang 0"

    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.overview_view.isVisible()


def test_a_short_lesson_ends_with_a_done_screen_and_bury_skips_a_card(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = open_flashcards(qtbot, window, tmp_path)
    page.scope_lesson.setChecked(True)
    page.lesson_choice.setCurrentIndex(2)  # the N5 lesson: one word, three cards
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.front_japanese.text() == "本"
    assert page.question.text() == "Apa artinya?"
    assert not page.listen_button.isVisible()  # the recording would give the reading away
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.answer_meaning.text() == "buku"
    from nihongoku.ui.widgets.audio_button import shared_player

    assert page.listen_button.isVisible()  # 本 is in the course's recordings
    qtbot.keyClick(page, Qt.Key.Key_R)
    assert shared_player().player.source().fileName().endswith("w-hon.ogg")
    qtbot.keyClick(page, Qt.Key.Key_4)  # Easy: straight to review, days away
    # its other cards (reading, recall) wait for tomorrow: one card per word per day
    assert page.done_view.isVisible()
    assert "1 kartu" in page.done_text.text()
    page.clock.advance(days=1)  # type: ignore[attr-defined]
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.question.text() == "Bagaimana cara membacanya?"
    assert page.front_japanese.shown_readings() == []  # the reading is the question
    qtbot.keyClick(page, Qt.Key.Key_Minus)  # hide until tomorrow: the recall card comes
    assert page.question.text() == "Apa bahasa Jepangnya?"
    assert page.front_meaning.text() == "buku" and not page.front_japanese.isVisible()
    assert page.typed.hasFocus()  # a recall card asks for the answer to be typed
    qtbot.keyClicks(page.typed, "ho")
    assert page.typed_preview.text() == "ほ"
    qtbot.keyClicks(page.typed, "m")
    qtbot.keyClick(page.typed, Qt.Key.Key_Return)
    assert page.typed_result.text() == "Belum tepat: bandingkan dengan jawaban di bawah."
    assert page.answer_japanese.text() == "本" and page.answer_reading.text() == "ほん · hon"
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing to undo
    assert page.back.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_4)
    assert page.done_view.isVisible()
    page.clock.advance(days=1)  # type: ignore[attr-defined]
    page.show_overview()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.question.text() == "Bagaimana cara membacanya?"  # the hidden card is back


def test_a_typed_recall_answer_is_checked_in_any_romaji_spelling(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = open_flashcards(qtbot, window, tmp_path)
    page.scope_lesson.setChecked(True)
    page.lesson_choice.setCurrentIndex(2)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_4)
    for _day in range(2):  # the reading card, then the recall card, a day apart
        page.clock.advance(days=1)  # type: ignore[attr-defined]
        page.show_overview()
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
        if page.typing_row.isVisible():
            break
        qtbot.keyClick(page, Qt.Key.Key_Space)
        qtbot.keyClick(page, Qt.Key.Key_4)
    assert page.typing_row.isVisible() and page.typed.hasFocus()
    qtbot.keyClicks(page.typed, "HON")
    qtbot.keyClick(page.typed, Qt.Key.Key_Return)
    assert page.typed_result.text() == "Benar!"
    assert page.typed.isReadOnly() and not page.typed.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_4)  # the page, not the answer box, takes 1-4 now
    assert page.done_view.isVisible()


def test_a_whole_level_can_be_chosen(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = open_flashcards(qtbot, window, tmp_path)
    assert [page.level_choice.itemText(i) for i in range(page.level_choice.count())] == [
        "Kana",
        "N5",
    ]
    assert not page.level_choice.isEnabled()
    qtbot.mouseClick(page.scope_level, Qt.MouseButton.LeftButton)
    page.level_choice.setCurrentIndex(1)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.front_japanese.text() == "本"  # the N5 word, not the kana that come first


def test_export_to_anki_from_kartu_writes_the_chosen_lesson_with_progress(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from nihongoku.ui.dialogs.anki_export import AnkiExportDialog
    from tests.gui import on_next_modal

    page = open_flashcards(qtbot, window, tmp_path)
    page.scope_lesson.setChecked(True)
    page.lesson_choice.setCurrentIndex(2)  # the N5 lesson: one word
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_4)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    target = tmp_path / "usb" / "ani.apkg"
    seen: dict[str, str] = {}

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, AnkiExportDialog)
        seen["what"] = dialog.what.text()
        seen["note"] = dialog.anki_note.text()
        dialog.path.setText(str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
        seen["outcome"] = dialog.outcome.text()
        seen["bar"] = f"{dialog.progress.value()}/{dialog.progress.maximum()}"
        dialog.close_button.click()

    on_next_modal(act)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert seen["what"] == "1 pelajaran, 1 kata."
    assert "Anki hanya menyimpan riwayat" in seen["note"]
    assert seen["bar"] == "1/1"
    assert seen["outcome"].startswith(f"Tersimpan di {target}: 1 catatan, 3 kartu.")
    assert "1 jawaban dari riwayatmu" in seen["outcome"]
    assert target.is_file()


def test_a_store_that_turns_read_only_mid_review_is_said_and_the_card_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The USB stick's write switch, a remount, a full disk: the answer is not lost silently."""
    from tests.gui import close_message_box, on_next_modal
    from tests.store_faults import every_new_connection, read_only

    page = open_flashcards(qtbot, window, tmp_path)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Return)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_3)
    assert log_rows(window) == 1 and page.front_japanese.text() == "い"

    said: list[str] = []
    with every_new_connection(window.ctx.services.db.engine, read_only):
        on_next_modal(close_message_box(said))
        qtbot.keyClick(page, Qt.Key.Key_Space)
        qtbot.keyClick(page, Qt.Key.Key_3)
        assert len(said) == 1
        assert str(window.ctx.services.db.path) in said[0]
        assert "karena file atau foldernya hanya bisa dibaca" in said[0]
        assert page.front_japanese.text() == "い" and page.back.isVisible()  # still there
        assert log_rows(window) == 1

    qtbot.keyClick(page, Qt.Key.Key_3)  # writable again: the same answer is saved
    assert log_rows(window) == 2 and page.front_japanese.text() != "い"  # on to the next
