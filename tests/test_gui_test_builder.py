"""The test builder, driven as an instructor makes a class test on Ujian and a learner
then takes it: picks ticked with the keyboard, a preview, saved, listed, taken, scored,
edited and deleted."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from nihongoku.ui.dialogs.test_builder import ExamBuilderDialog
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.exams import ExamsPage
from nihongoku.ui.widgets.exam_card import ExamCard
from tests.gui import on_next_modal, visible_texts
from tests.test_gui_exams import KEYS, answer_box, press, start

SHOTS = os.environ.get("NIHONGOKU_SHOTS")  # a folder: save a PNG of every screen seen
WAIT = 30_000


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.window().grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_exams_as_instructor(qtbot: QtBot, window: MainWindow) -> ExamsPage:
    rina = window.ctx.services.profiles.create_instructor("Bu Rina", "sakura2026")
    window.picker.reload(select_id=rina.id)
    qtbot.keyClicks(window.picker.secret, "sakura2026")
    qtbot.keyClick(window.picker.secret, Qt.Key.Key_Return)
    return exams_page(window)


def exams_page(window: MainWindow) -> ExamsPage:
    workspace = window.workspace
    assert workspace is not None
    workspace.nav.setCurrentRow(workspace.nav_titles().index("Ujian"))
    page = workspace.page("exams")
    assert isinstance(page, ExamsPage) and page.list_view.isVisible()
    return page


def settle(qtbot: QtBot, dialog: ExamBuilderDialog) -> None:
    """Wait for the course's questions to be listed (they are made in a worker thread)."""
    qtbot.waitUntil(lambda: dialog.builder is not None and not dialog._jobs, timeout=WAIT)


def tick(qtbot: QtBot, items: QListWidget, row: int) -> None:
    """Select a row with the arrow keys and tick it with Space, as a keyboard user does."""
    items.setFocus()
    items.setCurrentRow(0)
    for _ in range(row):
        qtbot.keyClick(items, Qt.Key.Key_Down)
    qtbot.keyClick(items, Qt.Key.Key_Space)


def choose(qtbot: QtBot, radio: QRadioButton) -> None:
    """Click a radio button on its circle (its middle may be empty space)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


def row_of(items: QListWidget, item_id: str) -> int:
    return next(
        i for i in range(items.count()) if items.item(i).data(Qt.ItemDataRole.UserRole) == item_id
    )


def driving(action: Callable[[ExamBuilderDialog], None]) -> Callable[[QWidget], None]:
    """Run ``action`` on the builder; if it fails, close the dialog so the test ends."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, ExamBuilderDialog)
        try:
            action(dialog)
        except BaseException:
            dialog.reject()
            raise

    return act


def card_of(page: ExamsPage, exam_id: str) -> ExamCard:
    return next(c for c in page.cards if c.blueprint.id == exam_id)


def test_an_instructor_picks_questions_and_a_learner_takes_the_test(
    qtbot: QtBot, window: MainWindow, isolated_home: Path
) -> None:
    page = open_exams_as_instructor(qtbot, window)
    assert page.create_button.isVisible() and page.create_button.text() == "&Buat tes…"
    built: dict[str, object] = {}

    def build(dialog: ExamBuilderDialog) -> None:
        assert dialog.windowTitle() == "Buat tes"
        settle(qtbot, dialog)
        qtbot.keyClicks(dialog.title_id, "Ulangan bab 6")
        qtbot.keyClicks(dialog.title_en, "Lesson 6 quiz")
        dialog.minutes.selectAll()
        qtbot.keyClicks(dialog.minutes, "15")
        # part 1: kanji readings of lesson 6, picked one by one
        assert dialog.family.currentText() == "Membaca kanji"
        tick(qtbot, dialog.lessons, row_of(dialog.lessons, "n5-06"))
        settle(qtbot, dialog)
        choose(qtbot, dialog.pick_choice)
        assert dialog.candidates.count() > 3
        assert all("[n5-06]" in dialog.candidates.item(i).text() for i in range(3))
        tick(qtbot, dialog.candidates, 2)
        tick(qtbot, dialog.candidates, 0)
        built["first"] = dialog.candidates.item(2).data(
            Qt.ItemDataRole.UserRole
        )  # ticked first: asked first
        built["second"] = dialog.candidates.item(0).data(Qt.ItemDataRole.UserRole)
        qtbot.keyClick(dialog.candidates, Qt.Key.Key_Down)  # the preview follows the list
        qtbot.keyClick(dialog.candidates, Qt.Key.Key_Down)
        preview = dialog.preview.text()
        stem, *choices = preview.splitlines()  # the question, its 4 choices, the answer marked
        assert stem.strip() and len(choices) == 4 and preview.count("✓") == 1
        qtbot.keyClick(dialog.candidates, Qt.Key.Key_Up)
        assert dialog.preview.text() != preview
        assert dialog.picked_note.text().startswith("2 dipilih, 2 soal.")
        assert (
            dialog.parts.item(0).text() == "1. Cara membaca kanji · Membaca kanji · 2 soal, dipilih"
        )
        shot(dialog, "test-builder-picks")
        # part 2: two grammar questions of lesson 6, drawn at random
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.family.setCurrentIndex(dialog.family.findData("grammar-form"))
        assert dialog.section.text() == "Tata bahasa"
        tick(qtbot, dialog.lessons, row_of(dialog.lessons, "n5-06"))
        settle(qtbot, dialog)
        dialog.count.selectAll()
        qtbot.keyClicks(dialog.count, "2")
        assert dialog.parts_title.text() == "Bagian tes (semuanya 4 soal)"
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    on_next_modal(driving(build))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)

    saved = isolated_home / "exams" / "t-ulangan-bab-6.yaml"
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    picked = data["sections"][0]["mondai"][0]
    assert picked["picks"] == [built["first"], built["second"]] and picked["count"] == 2
    assert data["minutes"] == 15 and data["forms"] == 1 and data["author"] == "Bu Rina"
    card = card_of(page, "t-ulangan-bab-6")
    texts = visible_texts(card)
    assert "Ulangan bab 6" in texts and "Tes dari instruktur" in texts
    assert "Ubah…" in texts and "Hapus…" in texts
    assert "Tes latihan · 15 menit · 4 soal" in texts
    assert page.saved_note.text() == "Tes Ulangan bab 6 sudah disimpan."
    # the new test, last on the list, is scrolled into view
    qtbot.waitUntil(lambda: card.visibleRegion().boundingRect().height() == card.height())
    shot(page, "test-builder-card-instructor")

    # a learner on the same laptop: the test is on the list, to take, not to change
    assert window.workspace is not None
    qtbot.mouseClick(window.workspace.sign_out_button, Qt.MouseButton.LeftButton)
    ani = window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload(select_id=ani.id)
    window.picker.open_selected()
    page = exams_page(window)
    page.monotonic = lambda: 0.0  # the exam's clock stands still
    assert not page.create_button.isVisible()
    card = card_of(page, "t-ulangan-bab-6")
    texts = visible_texts(card)
    assert "Tes dari instruktur" in texts and "Ubah…" not in texts and "Hapus…" not in texts
    page.cards_scroll.ensureWidgetVisible(card)
    shot(page, "test-builder-card-learner")
    start(qtbot, page, "t-ulangan-bab-6")
    attempt = page.attempt
    assert attempt is not None
    assert [q.id for q in attempt.questions] == [built["first"], built["second"]]
    assert page.counter.text() == "Soal 1 dari 2" and page.clock_label.text() == "Sisa waktu 15:00"
    press(qtbot, page, KEYS[attempt.questions[0].answer])  # right
    press(qtbot, page, Qt.Key.Key_PageDown)
    press(qtbot, page, KEYS[(attempt.questions[1].answer + 1) % 4])  # wrong
    seen: list[str] = []
    on_next_modal(answer_box("Selesaikan bagian ini", seen))
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert page.exam_title.text() == "Ulangan bab 6  ·  Tata bahasa"
    for _ in range(2):
        press(qtbot, page, KEYS[page.attempt.current.answer])  # type: ignore[union-attr]
        press(qtbot, page, Qt.Key.Key_PageDown)
    on_next_modal(answer_box("Selesaikan bagian ini", seen))
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    results = page.results_view
    assert results.isVisible()
    texts = visible_texts(results)
    assert "Nilai: 75%" in texts  # 3 of 4
    shot(page, "test-builder-learner-result")


def test_an_instructor_edits_and_deletes_a_test_and_the_list_follows(
    qtbot: QtBot, window: MainWindow, isolated_home: Path
) -> None:
    page = open_exams_as_instructor(qtbot, window)

    def copy_seleksi(dialog: ExamBuilderDialog) -> None:
        settle(qtbot, dialog)
        dialog.template.setCurrentIndex(
            next(i for i, b in enumerate(dialog.templates) if b.id == "seleksi")
        )
        for lesson in ("kana-hiragana-1", "n5-01", "n5-02"):
            tick(qtbot, dialog.template_lessons, row_of(dialog.template_lessons, lesson))
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        settle(qtbot, dialog)
        assert dialog.title_id.text() == "Latihan tes seleksi magang"
        assert dialog.parts.count() >= 6
        shot(dialog, "test-builder-copied")
        dialog.title_id.setText("Seleksi bab 1-2")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_next_modal(driving(copy_seleksi))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    saved = isolated_home / "exams" / "t-seleksi-bab-1-2.yaml"
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    lessons = {
        lesson for s in data["sections"] for m in s["mondai"] for lesson in m.get("lessons", [])
    }
    assert lessons <= {"kana-hiragana-1", "n5-01", "n5-02"}
    card = card_of(page, "t-seleksi-bab-1-2")

    def shorten(dialog: ExamBuilderDialog) -> None:
        assert dialog.windowTitle() == "Ubah tes"
        settle(qtbot, dialog)
        assert dialog.title_id.text() == "Seleksi bab 1-2"
        dialog.minutes.setValue(20)
        dialog.parts.setCurrentRow(0)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    edit = next(b for b in card.findChildren(type(page.create_button)) if b.text() == "Ubah…")
    on_next_modal(driving(shorten))
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    again = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert again["id"] == "t-seleksi-bab-1-2" and again["minutes"] == 20  # the same test
    assert sum(len(s["mondai"]) for s in again["sections"]) == (
        sum(len(s["mondai"]) for s in data["sections"]) - 1
    )
    card = card_of(page, "t-seleksi-bab-1-2")
    assert "Tes latihan · 20 menit" in visible_texts(card)[2]

    delete = next(b for b in card.findChildren(type(page.create_button)) if b.text() == "Hapus…")
    seen: list[str] = []
    on_next_modal(answer_box("Hapus", seen))
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("Hapus tes Seleksi bab 1-2?")
    assert not saved.exists() and (saved.parent / ".trash" / saved.name).exists()
    assert [c.blueprint.id for c in page.cards] == ["jft-basic", "jlpt-n5", "seleksi"]
    assert page.saved_note.text() == "Tes Seleksi bab 1-2 sudah dihapus."


def test_the_builder_refuses_a_test_with_nothing_picked_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, isolated_home: Path
) -> None:
    page = open_exams_as_instructor(qtbot, window)

    def empty_pick(dialog: ExamBuilderDialog) -> None:
        settle(qtbot, dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.problems.text() == "Beri judul untuk tes ini."
        qtbot.keyClicks(dialog.title_id, "Kosong")
        choose(qtbot, dialog.pick_choice)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.problems.text() == "Bagian 1: pilih minimal satu soal."
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    on_next_modal(driving(empty_pick))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not (isolated_home / "exams").exists()
    assert [c.blueprint.id for c in page.cards] == ["jft-basic", "jlpt-n5", "seleksi"]


def test_a_test_whose_pick_the_course_lost_still_runs_and_names_the_line(
    qtbot: QtBot, window: MainWindow, isolated_home: Path
) -> None:
    from nihongoku.core.exams.builder import DraftTest, PartDraft, save_test

    path = save_test(DraftTest("Kuis", "", 5, [PartDraft("Arti", "meaning", 2, lessons=["n5-06"])]))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    mondai = data["sections"][0]["mondai"][0]
    mondai["picks"] = ["meaning:w-no-such-word", "meaning:w-kuru"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    line = next(
        n for n, text in enumerate(path.read_text().splitlines(), 1) if "w-no-such-word" in text
    )
    page = open_exams_as_instructor(qtbot, window)
    page.monotonic = lambda: 0.0
    start(qtbot, page, "t-kuis")
    assert page.counter.text() == "Soal 1 dari 1"  # the question that is still there
    assert page.attempt is not None and page.attempt.questions[0].id == "meaning:w-kuru"
    expected = f"{path}:{line}: picked question 'meaning:w-no-such-word' is not in the course"
    assert page.list_error.text().startswith(expected)
