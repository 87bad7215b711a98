"""A write the store refuses (full disk, read-only folder) on screens that do not catch it
themselves: the app-wide hook says what happened instead of a console traceback."""

from __future__ import annotations

import random
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from nihongoku.core.practice.results import PracticeResults
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.practice_tabs import PracticeTabs
from tests.gui import close_message_box, on_next_modal
from tests.store_faults import every_new_connection, read_only
from tests.study_helpers import Clock


def answered(window: MainWindow) -> int:
    profile = window.workspace.profile  # type: ignore[union-attr]
    return sum(s.asked for s in PracticeResults(window.ctx.services.db).by_family(profile.id))


# pytest-qt would take the exception for itself and fail the test: here the app's own
# hook (installed by build_window, as in the real app) is what is being tested.
@pytest.mark.qt_no_exception_capture
def test_a_practice_answer_on_a_read_only_store_is_a_message_not_a_traceback(
    qtbot: QtBot, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sys.excepthook is not sys.__excepthook__  # the app's hook is in place
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    workspace = window.workspace
    assert workspace is not None
    workspace.show_page("practice")
    tabs = workspace.page("practice")
    assert isinstance(tabs, PracticeTabs)
    quiz = tabs.quiz
    for row, family in enumerate(quiz._families):
        if family != "grammar-form":
            quiz.family_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    quiz.count.setValue(2)
    quiz.rng = random.Random(4)
    quiz.clock = Clock()
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    run = quiz.run
    assert run is not None

    said: list[str] = []
    with every_new_connection(window.ctx.services.db.engine, read_only):
        on_next_modal(close_message_box(said))
        question = run.current()
        key = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)[question.answer]
        # posted, not sent: it arrives from the event loop as a real key press does (an
        # error in a handler called straight from Python would come back to the caller)
        press = QKeyEvent(
            QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, str(key - 0x30)
        )
        QCoreApplication.postEvent(quiz, press)
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        assert said[0].startswith("Tidak bisa menyimpan\n")
        assert str(window.ctx.services.db.path) in said[0]
        assert "Traceback" not in capsys.readouterr().err
        assert answered(window) == 0

    assert run.current() == question  # the question waits for its answer
    qtbot.keyClick(quiz, key)  # writable again: the same answer goes through
    assert quiz.feedback.text() == "Benar!"
    assert answered(window) == 1
