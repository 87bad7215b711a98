"""Exam-style practice, driven as a learner does: choose, answer with keys, read why."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nihongoku.core.practice.results import PracticeResults
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.practice_tabs import PracticeTabs
from tests.gui import visible_texts
from tests.study_helpers import Clock


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
    assert "【" in quiz.stem.text() and "】" in quiz.stem.text()
    assert all(text and not any("\u4e00" <= c <= "\u9fff" for c in text)
               for text in question.choice_texts)  # fmt: skip
    qtbot.keyClick(quiz, (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)[question.answer])
    assert quiz.feedback.text() == "Benar!"
    assert quiz.why_chosen.text().startswith("Benar")
