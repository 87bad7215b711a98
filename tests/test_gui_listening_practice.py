"""Listening items in practice, as a beginner uses them: the clip plays by itself, heard
choices stay hidden until the answer, the transcript comes with the explanation, and
"pause after each sentence" stops between the turns of a dialogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from nihongoku.core import audio
from nihongoku.core.audio import ClipRecord, Manifest
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.practice_tabs import PracticeTabs
from nihongoku.ui.pages.quiz import QuizPracticePage
from nihongoku.ui.widgets.audio_button import shared_player
from tests.test_content_format import GOOD
from tests.test_gui_audio import tone_clip
from tests.test_listening_format import LISTENING

TURN_ENDS = (0.2, 0.35, 0.45, 0.5, 0.55)


@pytest.fixture
def quiz(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[QuizPracticePage]:
    folder = tmp_path / "audio"
    folder.mkdir()
    clips = {}
    for clip in ("x-test-lt-1", "x-test-lr-1"):
        record = tone_clip(folder, clip)
        clips[clip] = ClipRecord(**{**vars(record), "turn_ends": TURN_ENDS})
    Manifest(clips).write(folder)
    monkeypatch.setattr(audio, "audio_dir", lambda: folder)
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "01.yaml").write_text(GOOD + LISTENING, encoding="utf-8")
    window.ctx.lesson_paths = [lessons]
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    ws = window.workspace
    assert ws is not None
    ws.show_page("practice")
    page = ws.page("practice")
    assert isinstance(page, PracticeTabs) and page.quiz.isVisible()
    yield page.quiz
    shared_player().stop()
    shared_player().pause_each = False


def only(quiz: QuizPracticePage, family: str) -> None:
    for row, name in enumerate(quiz._families):
        state = Qt.CheckState.Checked if name == family else Qt.CheckState.Unchecked
        quiz.family_list.item(row).setCheckState(state)
    quiz.count.setValue(1)


def test_a_quick_response_is_heard_then_read_after_the_answer(
    qtbot: QtBot, quiz: QuizPracticePage
) -> None:
    only(quiz, "listening-response")
    assert "Mendengar: jawaban cepat" in [
        quiz.family_list.item(row).text() for row in range(quiz.family_list.count())
    ]
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    player = shared_player().player
    assert player.source().fileName() == "x-test-lr-1.ogg"  # played by itself
    assert quiz.listen_row.isVisible() and quiz.play_button.text() == "▶  Putar (R)"
    # the line and the replies are only heard: nothing to read yet
    assert not quiz.stem.isVisible()
    assert [b.text() for b in quiz.choice_buttons if b.isVisible()] == ["1.", "2.", "3."]

    qtbot.keyClick(quiz, Qt.Key.Key_2)
    assert quiz.feedback.text().startswith("Belum tepat. Jawabannya nomor 1.")
    assert quiz.choice_buttons[0].text() == "1.  はい、飲みます。"
    assert quiz.stem.isVisible() and quiz.transcript.isVisible()
    transcript = quiz.transcript.text()
    assert "F: 水を 飲みますか。" in transcript and "3. いいえ、水です。" in transcript
    assert "Mau minum air?" in transcript
    player.stop()
    qtbot.keyClick(quiz, Qt.Key.Key_R)  # and it can be heard again
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    # let the half-second clip end: stopping Qt's FFmpeg player in the first moments of
    # a replay, then switching files, crashed its decoder thread now and then (measured)
    qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia)


def test_pause_after_each_sentence_waits_for_the_learner(
    qtbot: QtBot, quiz: QuizPracticePage
) -> None:
    only(quiz, "listening-task")
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    assert quiz.stem.isVisible()  # the question of a task item is printed
    assert [b.text()[:2] for b in quiz.choice_buttons if b.isVisible()] == ["1.", "2.", "3.", "4."]
    assert quiz.choice_buttons[0].text() == "1.  パン"
    quiz.pause_each.setChecked(True)
    qtbot.keyClick(quiz, Qt.Key.Key_R)
    player = shared_player().player
    assert player.source() == QUrl.fromLocalFile(str(quiz.clip()))
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    pauser = shared_player()
    pauser.on_position(150)  # still the first turn
    assert player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    pauser.on_position(210)  # the first turn has ended
    assert player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    assert quiz.continue_button.isVisible() and quiz.continue_button.text() == "Lanjutkan (C)"
    qtbot.keyClick(quiz, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    assert not quiz.continue_button.isVisible()
    # each turn's end pauses again, but not the last one's: the clip ends there anyway
    pauses = 1
    for _ in range(10):
        pauser.on_position(560)
        if player.playbackState() != QMediaPlayer.PlaybackState.PausedState:
            break
        pauses += 1
        quiz.continue_clip()
        qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    assert pauses == len(TURN_ENDS) - 1
