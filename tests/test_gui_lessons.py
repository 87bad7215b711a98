"""Reading a lesson: the list, furigana over kanji only, the toggles, broken files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.lessons import LessonsPage
from nihongoku.ui.widgets.lesson_view import FuriganaMode
from tests.gui import visible_texts

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


def open_lessons(window: MainWindow, folder: Path) -> LessonsPage:
    window.ctx.lesson_paths = [folder]
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    assert window.workspace is not None
    assert window.workspace.nav_titles() == ["Beranda", "Pelajaran", "Kartu", "Latihan"]
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
    titles = [page.lessons.item(i).text() for i in range(page.lessons.count())]
    assert titles == ["N5", "Pelajaran satu", "Pelajaran dua"]
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
    assert page.lessons.item(1).text() == "Lesson one"


def test_a_broken_lesson_is_named_and_the_rest_still_load(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "01.yaml").write_text(LESSON_ONE, encoding="utf-8")
    broken = tmp_path / "02.yaml"
    broken.write_text(LESSON_TWO.replace("reading: のむ", "reading: nomu"), encoding="utf-8")
    page = open_lessons(window, tmp_path)
    assert page.problems.isVisible()
    assert f"{broken}:10: the reading 'nomu' is not kana" in page.problems.text()
    titles = [page.lessons.item(i).text() for i in range(page.lessons.count())]
    assert titles == ["N5", "Pelajaran satu"]


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
