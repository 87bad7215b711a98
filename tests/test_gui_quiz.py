"""Exam-style practice, driven as a learner does: choose, answer with keys, read why."""

from __future__ import annotations

import os
import random
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget
from pytest import approx
from pytestqt.qtbot import QtBot

from nihongoku.core.practice.results import PracticeResults
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.practice_tabs import PracticeTabs
from nihongoku.ui.widgets.furigana import FuriganaText
from tests.gui import visible_texts
from tests.study_helpers import Clock

SHOTS = os.environ.get("NIHONGOKU_SHOTS")  # a folder: save a PNG of the screens checked


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        QCoreApplication.sendPostedEvents()
        widget.window().grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_quiz(qtbot: QtBot, window: MainWindow) -> PracticeTabs:
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    workspace = window.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = workspace.page("practice")
    assert isinstance(page, PracticeTabs) and page.quiz.isVisible()
    return page


def test_a_learner_answers_exam_style_questions_and_sees_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    tabs = open_quiz(qtbot, window)
    quiz = tabs.quiz
    texts = visible_texts(tabs)
    assert tabs.tabs.tabText(0) == "&Soal gaya ujian" and "Bentuk tata bahasa" in texts
    # only grammar-form questions of lesson 7
    for row, family in enumerate(quiz._families):
        if family != "grammar-form":
            quiz.family_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    for row, lesson in enumerate(quiz._lessons):
        if lesson.id != "n5-07":
            quiz.lesson_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    quiz.count.setValue(3)
    quiz.rng = random.Random(4)
    quiz.clock = Clock()
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    assert quiz.question_view.isVisible()
    assert quiz.instruction.text() == "Pilih yang paling tepat untuk（　）."
    assert "（　）" in quiz.stem.text()

    run = quiz.run
    assert run is not None
    first = run.current()
    wrong = (first.answer + 1) % len(first.choices)
    qtbot.keyClick(quiz, (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)[wrong])
    assert quiz.feedback.text().startswith(f"Belum tepat. Jawabannya nomor {first.answer + 1}.")
    assert quiz.why_chosen.text() == f"{wrong + 1}: {first.explanations[wrong].id}"
    assert quiz.why_answer.text() == f"{first.answer + 1}: {first.explanations[first.answer].id}"
    assert quiz.choice_buttons[first.answer].property("state") == "right"
    qtbot.keyClick(quiz, Qt.Key.Key_Return)

    while not run.finished:
        question = run.current()
        qtbot.mouseClick(quiz.choice_buttons[question.answer], Qt.MouseButton.LeftButton)
        assert quiz.feedback.text() == "Benar!"
        qtbot.keyClick(quiz, Qt.Key.Key_Space)
    assert quiz.summary_view.isVisible()
    assert "Benar: 2 dari 3" in quiz.summary_text.text()
    assert "Bentuk tata bahasa: 2/3" in quiz.summary_text.text()

    profile = window.workspace.profile  # type: ignore[union-attr]
    scores = PracticeResults(window.ctx.services.db).by_family(profile.id)
    assert [(s.family, s.right, s.asked) for s in scores] == [("grammar-form", 2, 3)]
    # "only my weak points" now finds the question missed
    qtbot.mouseClick(quiz.again_button, Qt.MouseButton.LeftButton)
    quiz.weak_only.setChecked(True)
    assert first.id in [q.id for q in quiz.pool()]


def test_generated_kanji_reading_questions_underline_the_word(
    qtbot: QtBot, window: MainWindow
) -> None:
    tabs = open_quiz(qtbot, window)
    quiz = tabs.quiz
    for row, family in enumerate(quiz._families):
        state = Qt.CheckState.Checked if family == "kanji-reading" else Qt.CheckState.Unchecked
        quiz.family_list.item(row).setCheckState(state)
    for row, lesson in enumerate(quiz._lessons):
        if lesson.id != "n5-05":
            quiz.lesson_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    quiz.count.setValue(2)
    quiz.rng = random.Random(7)
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    assert quiz.family_line.text().startswith("Membaca kanji")
    run = quiz.run
    assert run is not None and len(run.questions) == 2
    question = run.current()
    target = question.stem[[p.underline for p in question.stem].index(True)].text
    assert quiz.stem.underlined() == [target] and "【" not in quiz.stem.text()
    assert drawn_underline(quiz.stem) == approx(text_width(quiz.stem, target), abs=3)
    shot(quiz, "quiz-kanji-reading")
    assert all(text and not any("\u4e00" <= c <= "\u9fff" for c in text)
               for text in question.choice_texts)  # fmt: skip
    qtbot.keyClick(quiz, (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)[question.answer])
    assert quiz.feedback.text() == "Benar!"
    assert quiz.why_chosen.text().startswith("Benar")


def drawn_underline(text: FuriganaText) -> int:
    """The longest dark horizontal run below the text's baseline, in pixels: a kanji
    stroke (一) is at most one character wide, the underline spans the whole word."""
    image = text.grab().toImage()
    baseline = int(image.height() * 0.6)
    longest = 0
    for y in range(baseline, image.height()):
        run = 0
        for x in range(image.width()):
            run = run + 1 if image.pixelColor(x, y).lightness() < 100 else 0
            longest = max(longest, run)
    return longest


def text_width(text: FuriganaText, part: str) -> float:
    return QFontMetricsF(text._fonts()[0]).horizontalAdvance(part)


def test_usage_choices_are_whole_sentences_that_wrap_in_a_narrow_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(760, 640)
    tabs = open_quiz(qtbot, window)
    quiz = tabs.quiz
    for row, family in enumerate(quiz._families):
        state = Qt.CheckState.Checked if family == "usage" else Qt.CheckState.Unchecked
        quiz.family_list.item(row).setCheckState(state)
    for row, lesson in enumerate(quiz._lessons):
        if lesson.id != "n5-10":
            quiz.lesson_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    run = quiz.run
    assert run is not None and [q.id for q in run.questions] == ["x-n5-10-us-1.1"]
    assert quiz.family_line.text().startswith("Pemakaian kata")
    assert quiz.instruction.text() == "Kalimat mana yang memakai kata ini dengan benar?"
    assert quiz.stem.text() == "とくい"
    QCoreApplication.sendPostedEvents()
    shot(quiz, "quiz-usage")
    viewport = quiz.question_scroll.viewport()
    assert not quiz.question_scroll.horizontalScrollBar().isVisible()
    heights = []
    for button, text in zip(quiz.choice_buttons, run.current().choice_texts, strict=True):
        assert button.text().endswith(text)
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert right <= viewport.width()
        inner = button._label
        assert inner.height() >= inner.heightForWidth(inner.width())  # nothing cut off
        heights.append(button.height())
    assert max(heights) > min(heights)  # the long sentence took a second line
    qtbot.keyClick(quiz, Qt.Key.Key_2)
    assert quiz.feedback.text() == "Benar!"
    shot(quiz, "quiz-usage-answered")
