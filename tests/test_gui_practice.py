"""Kana practice, driven as a learner does: choose, start, answer, see feedback, finish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QPushButton
from pytestqt.qtbot import QtBot

from nihongoku.core.japanese import romaji
from nihongoku.core.practice.kana_drill import RETRY_GAP
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.practice import PracticePage
from tests.gui import visible_texts

N5_LESSON = """\
id: n5-one
title: {id: Pelajaran satu, en: Lesson one}
level: n5
order: 1
goals: [Saya bisa membaca.]
vocabulary:
  - id: w-hon
    written: 本
    reading: ほん
    meaning: {id: buku, en: book}
    pos: noun
"""

KUNREI = {"shi": "si", "tsu": "tu"}  # the drill accepts these spellings too


def kana_lesson(lesson_id: str, order: int, title: tuple[str, str], chars: str) -> str:
    prefix = "hira" if lesson_id.startswith("kana-h") else "kata"
    lines = [
        f"id: {lesson_id}",
        f'title: {{id: "{title[0]}", en: "{title[1]}"}}',
        "level: kana",
        f"order: {order}",
        "goals: [Saya bisa membaca kana.]",
        "kana:",
    ]
    for index, char in enumerate(chars):
        lines += [
            f"  - id: {prefix}-{lesson_id[-1]}-{index}",
            f"    char: {char}",
            "    kind: basic",
        ]
    return "\n".join(lines) + "\n"


def write_course(folder: Path) -> None:
    lessons = {
        "01.yaml": kana_lesson("kana-hiragana-1", 1, ("Hiragana satu", "Hiragana one"), "あいしつ"),
        "02.yaml": kana_lesson("kana-katakana-1", 2, ("Katakana satu", "Katakana one"), "シツソン"),
        "03.yaml": N5_LESSON,
    }
    for name, text in lessons.items():
        (folder / name).write_text(text, encoding="utf-8")


def open_practice(qtbot: QtBot, window: MainWindow, folder: Path) -> PracticePage:
    window.ctx.lesson_paths = [folder]
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    assert window.workspace is not None
    profile: ProfileInfo = window.workspace.profile
    page = PracticePage(window.ctx, profile)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_typing_romaji_gives_feedback_and_brings_a_missed_kana_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    write_course(tmp_path)
    page = open_practice(qtbot, window, tmp_path)
    texts = visible_texts(page)
    assert "Latihan kana" in texts
    # Indonesian interface: lesson titles in Indonesian; Hiragana is chosen first.
    assert "Hiragana satu" in texts and "Katakana satu" not in texts
    assert "Kana yang dipilih: 4" in texts

    click(qtbot, page.type_mode)
    page.length.setValue(5)
    click(qtbot, page.start_button)
    assert page.drill_view.isVisible() and page.answer_input.hasFocus()
    assert not any(b.isVisible() for b in page.choice_buttons)

    # A wrong answer: the right one is shown, in red.
    missed = page.prompt.text()
    assert missed in "あいしつ"
    qtbot.keyClicks(page.answer_input, "qq")
    qtbot.keyClick(page.answer_input, Qt.Key.Key_Return)
    assert page.feedback.text() == f"Belum tepat: {missed} = {romaji(missed)}"
    assert page.feedback.property("state") == "wrong"
    assert page.progress.value() == 1 and page.progress.maximum() == 6  # it will come back
    assert page.next_button.hasFocus()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)

    shown: list[str] = []
    while page.drill_view.isVisible():
        kana = page.prompt.text()
        shown.append(kana)
        assert page.feedback.text() == ""
        if kana == missed:
            assert "Sekali lagi: tadi kana ini belum tepat." in visible_texts(page)
        typed = KUNREI.get(romaji(kana), romaji(kana))  # si for し, tu for つ
        qtbot.keyClicks(page.answer_input, typed)
        qtbot.keyClick(page.answer_input, Qt.Key.Key_Return)
        assert page.feedback.text() == "Benar!"
        assert page.feedback.property("state") == "right"
        qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
        assert len(shown) < 10

    # The missed kana came back once, after RETRY_GAP others, and was put right.
    assert len(shown) == 5 and shown.count(missed) == 1
    assert shown.index(missed) == RETRY_GAP
    assert page.summary_view.isVisible()
    texts = visible_texts(page)
    assert "Selesai!" in texts
    assert "Benar pada percobaan pertama: 4 dari 5" in texts
    assert "Kana berikut perlu dilatih lagi:" in texts
    assert page.summary_kana.text() == f"{missed} {romaji(missed)}"

    qtbot.keyClick(page.again_button, Qt.Key.Key_Escape)
    assert page.setup_view.isVisible()


def test_picking_the_kana_by_mouse_and_by_number_keys(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    write_course(tmp_path)
    page = open_practice(qtbot, window, tmp_path)
    click(qtbot, page.katakana)
    assert "Katakana satu" in visible_texts(page) and "Hiragana satu" not in visible_texts(page)
    click(qtbot, page.pick_mode)
    page.length.setValue(5)
    click(qtbot, page.start_button)
    assert not page.answer_input.isVisible()

    def buttons() -> dict[str, QPushButton]:
        return {b.text(): b for b in page.choice_buttons if b.isVisible()}

    def right_kana() -> str:
        [kana] = [k for k in buttons() if romaji(k) == page.prompt.text()]
        return kana

    # Four katakana to choose from; a wrong click names both kana.
    assert sorted(buttons()) == sorted("シツソン")
    answer = right_kana()
    wrong = next(k for k in buttons() if k != answer)
    click(qtbot, buttons()[wrong])
    assert page.feedback.text() == f"Belum tepat: {answer} = {romaji(answer)}"
    assert page.feedback_detail.text() == f"{wrong} dibaca {romaji(wrong)}."
    assert buttons()[answer].property("state") == "right"
    assert buttons()[wrong].property("state") == "wrong"
    assert not any(b.isEnabled() for b in buttons().values())
    click(qtbot, page.next_button)

    # The right one, by mouse; then the rest with the keys 1–4.
    click(qtbot, buttons()[right_kana()])
    assert page.feedback.text() == "Benar!"
    click(qtbot, page.next_button)
    while page.drill_view.isVisible():
        key = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)[
            page.choice_buttons.index(buttons()[right_kana()])
        ]
        assert page.hasFocus()  # no choice is pre-selected: the page takes 1–4
        qtbot.keyClick(page, key)
        assert page.feedback.text() == "Benar!"
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)

    assert "Benar pada percobaan pertama: 4 dari 5" in visible_texts(page)
    assert page.summary_kana.text().startswith(f"{answer} {romaji(answer)}")


def test_escape_stops_a_drill_and_the_choices_remain(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    write_course(tmp_path)
    page = open_practice(qtbot, window, tmp_path)
    click(qtbot, page.both)
    assert "Kana yang dipilih: 8" in visible_texts(page)
    page.lessons.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "Kana yang dipilih: 4" in visible_texts(page)
    click(qtbot, page.start_button)
    assert page.prompt.text() in "シツソン"
    qtbot.keyClick(page.answer_input, Qt.Key.Key_Escape)
    assert page.setup_view.isVisible() and page.drill is None
    assert page.lessons.item(0).checkState() == Qt.CheckState.Unchecked
    page.lessons.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert "Centang minimal satu pelajaran." in visible_texts(page)
    assert not page.start_button.isEnabled()

    # In English the lessons are listed by their English titles.
    window.ctx.language.switch("en")
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: "Hiragana one" in visible_texts(page))
    assert page.lessons.item(1).checkState() == Qt.CheckState.Unchecked


def test_a_course_without_kana_lessons_says_so(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "01.yaml").write_text(N5_LESSON, encoding="utf-8")
    page = open_practice(qtbot, window, tmp_path)
    texts = visible_texts(page)
    no_kana = "Kursus ini belum punya pelajaran kana, jadi belum ada yang bisa dilatih di sini."
    assert no_kana in texts
    assert not page.start_button.isVisible()
