"""Reading a lesson: the list, furigana over kanji only, the toggles, broken files."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from nihongoku.core.study.cards import card_keys, new_card
from nihongoku.core.study.scheduling import Rating, outcomes
from nihongoku.core.study.session import ReviewSession, StudyScope
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.flashcards import FlashcardsPage
from nihongoku.ui.pages.lessons import PROGRESS_ROLE, LessonsPage
from nihongoku.ui.widgets.lesson_view import FuriganaMode
from tests.gui import visible_texts
from tests.study_helpers import Clock

LESSON_ONE = """\
id: n5-one
title: {id: Pelajaran satu, en: Lesson one}
level: n5
order: 1
goals: [Saya bisa membaca 本.]
vocabulary:
  - id: w-hon
    written: 本
    reading: ほん
    meaning: {id: buku, en: book}
    pos: noun
kanji:
  - id: kanji-672c
    char: 本
    onyomi: [ホン]
    meaning: {id: buku, en: book}
    strokes: 5
    examples: [w-hon]
"""

LESSON_TWO = """\
id: n5-two
title: {id: Pelajaran dua, en: Lesson two}
level: n5
order: 2
goals: [Saya bisa minum air.]
review: [w-hon]
vocabulary:
  - id: w-nomu
    written: 飲む
    reading: のむ
    meaning: {id: minum, en: to drink}
    pos: verb-godan
    example:
      ja: 本[ほん]を 読[よ]んで、水[みず]を 飲[の]みます。
      id: Saya membaca buku, lalu minum air.
      en: I read a book and drink water.
"""


def rows(page: LessonsPage) -> list[str]:
    """The lesson list as the learner reads it: level headers, titles, progress lines."""
    return [page.lessons.item(i).text() for i in range(page.lessons.count())]


def open_lessons(window: MainWindow, folder: Path) -> LessonsPage:
    window.ctx.lesson_paths = [folder]
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    assert window.workspace is not None
    assert window.workspace.nav_titles() == ["Beranda", "Pelajaran", "Kartu", "Latihan", "Ujian"]
    window.workspace.nav.setCurrentRow(1)
    page = window.workspace.page("lessons")
    assert isinstance(page, LessonsPage)
    return page


def test_lessons_are_listed_by_level_and_shown_with_furigana(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "01.yaml").write_text(LESSON_ONE, encoding="utf-8")
    (tmp_path / "02.yaml").write_text(LESSON_TWO, encoding="utf-8")
    page = open_lessons(window, tmp_path)
    assert rows(page) == ["N5", "Pelajaran satu\n0/5 kartu", "Pelajaran dua\n0/4 kartu"]
    assert page.view is not None and page.view.lesson.id == "n5-one"
    texts = visible_texts(window)
    assert "Pelajaran satu" in texts and "buku" in texts and "hon" in texts

    page.select("n5-two")
    view = page.view
    assert view is not None
    assert "Kosakata dari pelajaran sebelumnya" in visible_texts(window)
    assert [j.text() for j in view.japanese][-1] == "本"  # the review word is listed too
    sentence = next(j for j in view.japanese if j.text().startswith("本を"))
    assert sentence.shown_readings() == ["ほん", "よ", "みず", "の"]
    word = next(j for j in view.japanese if j.text() == "飲む")
    assert word.shown_readings() == ["の"]  # over 飲 only, not over the okurigana

    page.set_furigana_mode(FuriganaMode.NEW_KANJI)
    sentence = next(j for j in page.view.japanese if j.text().startswith("本を"))  # type: ignore[union-attr]
    assert sentence.shown_readings() == ["よ", "みず", "の"]  # 本 was taught in lesson one

    page.set_furigana_mode(FuriganaMode.NONE)
    assert all(j.shown_readings() == [] for j in page.view.japanese)  # type: ignore[union-attr]

    page.romaji.setChecked(False)
    assert "nomu" not in visible_texts(window)
    page.romaji.setChecked(True)
    assert "nomu" in visible_texts(window)


def test_english_interface_shows_english_meanings(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "01.yaml").write_text(LESSON_ONE, encoding="utf-8")
    page = open_lessons(window, tmp_path)
    window.ctx.language.switch("en")
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: "book" in visible_texts(window))
    assert page.lessons.item(1).text() == "Lesson one\n0/5 cards"


def test_a_broken_lesson_is_named_and_the_rest_still_load(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "01.yaml").write_text(LESSON_ONE, encoding="utf-8")
    broken = tmp_path / "02.yaml"
    broken.write_text(LESSON_TWO.replace("reading: のむ", "reading: nomu"), encoding="utf-8")
    page = open_lessons(window, tmp_path)
    assert page.problems.isVisible()
    assert f"{broken}:10: the reading 'nomu' is not kana" in page.problems.text()
    assert rows(page) == ["N5", "Pelajaran satu\n0/5 kartu"]


def test_every_real_lesson_fits_the_reader_without_sideways_scrolling(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """On a 1100×760 window (smaller than the 1366×768 training laptops), no lesson of the
    shipped course may be wider than the reader: text would be cut off at the right."""
    window.resize(1100, 760)
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    assert window.workspace is not None
    window.workspace.nav.setCurrentRow(1)
    page = window.workspace.page("lessons")
    assert isinstance(page, LessonsPage)
    too_wide = []
    for lesson in page.course.lessons:
        page.select(lesson.id)
        QCoreApplication.processEvents()
        assert page.view is not None
        if page.view.minimumSizeHint().width() > page.reader_area.viewport().width():
            too_wide.append(lesson.id)
    assert len(page.course.lessons) >= 15
    assert too_wide == []


def test_browsing_lessons_does_not_leak_references_to_none(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12 loses a reference to None for each empty item value handed back;
    a few thousand clicks through the lesson list then abort the app."""
    import sys

    (tmp_path / "01.yaml").write_text(LESSON_ONE, encoding="utf-8")
    (tmp_path / "02.yaml").write_text(LESSON_TWO, encoding="utf-8")
    page = open_lessons(window, tmp_path)
    before = sys.getrefcount(None)
    for _ in range(200):
        page.select("n5-two")
        page.select("n5-one")
        page.set_furigana_mode(FuriganaMode.NEW_KANJI)
        page.set_furigana_mode(FuriganaMode.ALL)
    assert sys.getrefcount(None) >= before - 50


def answer_new_card(window: MainWindow, lesson_id: str, clock: Clock) -> str:
    """Answer one new card of a lesson the way a Kartu session does; return its item."""
    course = window.ctx.course()
    store = window.ctx.services.study
    assert window.workspace is not None
    session = ReviewSession(
        store,
        window.workspace.profile.id,
        StudyScope.lessons([course.lesson(lesson_id)]),
        clock,
    )
    shown = session.next()
    assert shown is not None and shown.is_new
    session.answer(Rating.GOOD)
    return shown.card.item_id


def revisit_lessons(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Leave Pelajaran for Kartu and come back, with the keyboard (Ctrl+3, Ctrl+2)."""
    workspace = window.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentWidget() is workspace.page("flashcards")
    qtbot.keyClick(workspace, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentWidget() is workspace.page("lessons")


def test_each_lesson_shows_how_many_of_its_cards_the_learner_has_met(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "01.yaml").write_text(LESSON_ONE, encoding="utf-8")
    (tmp_path / "02.yaml").write_text(LESSON_TWO, encoding="utf-8")
    page = open_lessons(window, tmp_path)
    # lesson one: 本 gives recognition, reading and recall cards, the kanji 本 one more
    assert rows(page) == ["N5", "Pelajaran satu\n0/5 kartu", "Pelajaran dua\n0/4 kartu"]
    assert page.lessons.item(1).toolTip() == (
        "Pelajaran satu\n0 dari 5 kartu pelajaran ini sudah dipelajari"
    )
    assert page.lessons.item(1).data(PROGRESS_ROLE) == 0.0

    clock = Clock()
    assert answer_new_card(window, "n5-one", clock) == "w-hon"
    assert rows(page)[1] == "Pelajaran satu\n0/5 kartu"  # still hidden behind Kartu
    revisit_lessons(qtbot, window)
    assert rows(page) == ["N5", "Pelajaran satu\n1/5 kartu", "Pelajaran dua\n0/4 kartu"]
    assert page.lessons.item(1).data(PROGRESS_ROLE) == 0.2
    assert page.view is not None and page.view.lesson.id == "n5-one"  # still reading it

    # every card met (over the next days: one new card per word a day): "selesai"
    store = window.ctx.services.study
    profile_id = page.profile.id
    for key in card_keys([window.ctx.course().lesson("n5-one")]):
        if store.card(profile_id, key) is None:
            clock.advance(days=1)
            card = new_card(key)
            store.answer(profile_id, card, outcomes(card, clock())[Rating.GOOD], 4000)
    revisit_lessons(qtbot, window)
    assert rows(page)[1] == "Pelajaran satu\n5/5 kartu · selesai"
    assert rows(page)[2] == "Pelajaran dua\n0/4 kartu"


def test_studying_a_lesson_opens_kartu_with_that_lesson_chosen(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "01.yaml").write_text(LESSON_ONE, encoding="utf-8")
    (tmp_path / "02.yaml").write_text(LESSON_TWO, encoding="utf-8")
    page = open_lessons(window, tmp_path)
    page.select("n5-two")
    assert page.study_button.text() == "Pelajari &kartu pelajaran ini"
    qtbot.mouseClick(page.study_button, Qt.MouseButton.LeftButton)

    workspace = window.workspace
    assert workspace is not None
    kartu = workspace.page("flashcards")
    assert isinstance(kartu, FlashcardsPage)
    assert workspace.pages.currentWidget() is kartu and workspace.nav.currentRow() == 2
    assert kartu.scope_lesson.isChecked() and kartu.lesson_choice.isEnabled()
    assert kartu.lesson_choice.currentText() == "N5 2 · Pelajaran dua"
    assert kartu.chosen_scope().items == frozenset({"w-nomu"})
    kartu.clock = Clock()
    qtbot.mouseClick(kartu.start_button, Qt.MouseButton.LeftButton)
    assert kartu.front_japanese.text() == "飲む"  # lesson two's word, not lesson one's 本
    qtbot.keyClick(kartu, Qt.Key.Key_Space)
    qtbot.keyClick(kartu, Qt.Key.Key_3)

    qtbot.keyClick(workspace, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert rows(page)[2] == "Pelajaran dua\n1/4 kartu"

    # from lesson one this time, while a review is still showing in Kartu
    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(kartu.start_button, Qt.MouseButton.LeftButton)
    assert kartu.review_view.isVisible()
    qtbot.keyClick(workspace, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page.select("n5-one")
    qtbot.mouseClick(page.study_button, Qt.MouseButton.LeftButton)
    assert kartu.overview_view.isVisible()
    assert kartu.lesson_choice.currentText() == "N5 1 · Pelajaran satu"


def test_the_lesson_list_fits_and_renders_progress_at_1100_by_760(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The real course: every title and progress line fits the list's width, and the
    "study this lesson" button its text."""
    window.resize(1100, 760)
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    assert window.workspace is not None
    window.workspace.nav.setCurrentRow(1)
    page = window.workspace.page("lessons")
    assert isinstance(page, LessonsPage)
    QCoreApplication.processEvents()
    lessons = page.course.lessons
    assert rows(page)[1] == f"{lessons[0].title.id}\n0/{len(list(card_keys([lessons[0]])))} kartu"
    assert page.lessons.horizontalScrollBar().maximum() == 0
    button = page.study_button
    assert button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) < button.width()
    shot = os.environ.get("NIHONGOKU_SHOTS")
    if shot:  # NIHONGOKU_SHOTS=/tmp/shots: look at it
        Path(shot).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(shot) / "lessons-progress.png"))
