"""Listening in the lesson reader: play buttons on words and sentences, one shared player.

Offscreen, with no audio device, Qt "plays" silently: the tests check the player's source,
state and speed, not sound.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from nihongoku.core import audio
from nihongoku.core.audio import ClipRecord, Manifest
from nihongoku.core.audio_build import write_opus
from nihongoku.core.content.build import build_course
from nihongoku.core.study.cards import CardKind
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.flashcards import FlashcardsPage
from nihongoku.ui.widgets.audio_button import AudioButton, SpeedToggle, shared_player
from nihongoku.ui.widgets.lesson_view import FuriganaMode, LessonView
from tests.study_helpers import Clock

LESSON = """\
id: n5-listen
title: {id: Mendengar, en: Listening}
level: n5
order: 1
goals: [Saya bisa mendengar kata.]
vocabulary:
  - id: w-nomu
    written: 飲む
    reading: のむ
    meaning: {id: minum, en: to drink}
    pos: verb-godan
    example:
      ja: 水[みず]を 飲[の]みます。
      id: Saya minum air.
      en: I drink water.
  - id: w-mizu
    written: 水
    reading: みず
    meaning: {id: air, en: water}
    pos: noun
grammar:
  - id: g-wo
    pattern: N を V
    title: {id: Objek, en: Object}
    explanation: {id: を menandai objek., en: を marks the object.}
    examples:
      - ja: 水[みず]を 飲[の]みます。
        id: Saya minum air.
        en: I drink water.
      - ja: パンを 食[た]べます。
        id: Saya makan roti.
        en: I eat bread.
"""


def tone_clip(folder: Path, clip: str) -> ClipRecord:
    rate = 24000
    t = np.arange(rate // 2) / rate
    write_opus(folder / f"{clip}.ogg", (0.5 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), rate)
    return ClipRecord(clip, f"{clip}.ogg", "", "", "", "tone", "test", "0", 0.5)


@pytest.fixture
def reader(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LessonView]:
    folder = tmp_path / "audio"
    folder.mkdir()
    # w-mizu has no clip: its row gets no button
    clips = {c: tone_clip(folder, c) for c in ("w-nomu", "w-nomu.ex", "g-wo.2")}
    Manifest(clips).write(folder)
    monkeypatch.setattr(audio, "audio_dir", lambda: folder)
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "01-listen.yaml").write_text(LESSON, encoding="utf-8")
    course = build_course([lessons])
    view = LessonView(course.lessons[0], [], "en", FuriganaMode.ALL, frozenset(), False)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    yield view
    shared_player().stop()
    shared_player().set_speed(1.0)


def test_words_and_sentences_with_audio_have_a_play_button(reader: LessonView) -> None:
    buttons = reader.findChildren(AudioButton)
    assert [b.path.name for b in buttons] == ["w-nomu.ogg", "w-nomu.ex.ogg", "g-wo.2.ogg"]
    word = next(t for t in reader.japanese if t.text() == "飲む")
    assert buttons[0].parentWidget() is word.parentWidget()  # on the word's own row
    assert all(b.isVisible() and b.toolTip() == "Listen" for b in buttons)


def test_a_play_button_starts_the_shared_player(qtbot: QtBot, reader: LessonView) -> None:
    word, sentence, _grammar = reader.findChildren(AudioButton)
    player = shared_player().player
    qtbot.mouseClick(word, Qt.MouseButton.LeftButton)
    assert player.source() == QUrl.fromLocalFile(str(word.path))
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    qtbot.waitUntil(lambda: player.duration() > 400)  # Qt's own decoder read the Opus clip

    # another clip stops the first: there is only one player
    qtbot.mouseClick(sentence, Qt.MouseButton.LeftButton)
    assert player.source() == QUrl.fromLocalFile(str(sentence.path))
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)


def test_the_slow_speed_applies_to_every_button(qtbot: QtBot, reader: LessonView) -> None:
    word, sentence, _grammar = reader.findChildren(AudioButton)
    toggle = reader.findChild(SpeedToggle)
    assert toggle is not None and toggle.isVisible() and not toggle.isChecked()
    assert word.speed_actions[1.0].isChecked()
    player = shared_player().player

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton, pos=QPoint(6, toggle.height() // 2))
    assert toggle.isChecked()
    qtbot.mouseClick(word, Qt.MouseButton.LeftButton)
    assert player.playbackRate() == pytest.approx(0.75)
    assert word.speed_actions[0.75].isChecked() and sentence.speed_actions[0.75].isChecked()

    sentence.speed_actions[1.0].trigger()  # as chosen from the button's right-click menu
    assert player.playbackRate() == pytest.approx(1.0)
    assert player.source() == QUrl.fromLocalFile(str(sentence.path))
    assert not toggle.isChecked()


def test_a_lesson_without_audio_shows_no_player_controls(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio, "audio_dir", lambda: tmp_path / "no-audio")
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "01-listen.yaml").write_text(LESSON, encoding="utf-8")
    view = LessonView(
        build_course([lessons]).lessons[0], [], "en", FuriganaMode.ALL, frozenset(), False
    )
    qtbot.addWidget(view)
    assert view.findChildren(AudioButton) == []
    assert view.findChild(SpeedToggle) is None


def test_a_recorded_word_gets_a_listening_card_that_asks_with_its_sound(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "audio"
    folder.mkdir()
    Manifest({"w-nomu": tone_clip(folder, "w-nomu")}).write(folder)  # w-mizu: not recorded
    monkeypatch.setattr(audio, "audio_dir", lambda: folder)
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "01-listen.yaml").write_text(LESSON, encoding="utf-8")
    window.ctx.lesson_paths = [lessons]
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    workspace = window.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = workspace.page("flashcards")
    assert isinstance(page, FlashcardsPage)
    page.clock = Clock()
    page.show_overview()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)

    asked: list[str] = []  # one new card per word a day: the listening card is day 4's
    while not (
        page.review_view.isVisible() and page.question.text() == "Dengar: apa arti kata ini?"
    ):
        assert len(asked) < 60, asked
        if page.done_view.isVisible():
            page.clock.advance(days=1)
            page.show_overview()
            qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
            continue
        asked.append(f"{page.front_japanese.text()} {page.front_meaning.text()}")
        qtbot.keyClick(page, Qt.Key.Key_Space)
        qtbot.keyClick(page, Qt.Key.Key_3)
    # 水 has no recording, so only 飲む gets a listening card
    assert page.session is not None and page.session.current is not None
    assert page.session.current.card.item_id == "w-nomu"
    assert not page.front_japanese.isVisible() and not page.back.isVisible()
    assert page.front_play.isVisible() and page.front_play.text() == "▶  Putar lagi (R)"
    player = shared_player().player
    assert player.source() == QUrl.fromLocalFile(str(folder / "w-nomu.ogg"))  # played at once
    player.stop()
    qtbot.keyClick(page, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)

    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.answer_japanese.isVisible() and page.answer_japanese.text() == "飲む"
    assert page.answer_meaning.text() == "minum"
    qtbot.keyClick(page, Qt.Key.Key_3)
    answered = page.store.card(page.profile.id, ("w-nomu", CardKind.LISTENING))
    assert answered is not None and answered.reps == 1
    shared_player().stop()
