"""A small play/replay button for a clip of the course's audio, and the one player behind it.

Every button plays through the same QMediaPlayer, so starting one clip stops the one
before. The speed (1× or 0.75×, pitch kept where Qt can) is the player's: a SpeedToggle,
or a button's right-click menu, slows every clip until it is changed back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QToolButton, QWidget

SPEEDS = (1.0, 0.75)


class SharedPlayer(QObject):
    """One media player for the whole app; ask for it with ``shared_player()``.

    It also pauses after each turn of a dialogue when asked ("pause after each sentence",
    for beginners): the turn ends come from the audio manifest. Living as long as the app,
    it keeps that logic away from pages that come and go while a clip plays.
    """

    speed_changed = Signal(float)
    turn_paused = Signal(int)  # how many turns of the clip have been heard

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        availability = self.player.pitchCompensationAvailability()
        if availability != QMediaPlayer.PitchCompensationAvailability.Unavailable:
            self.player.setPitchCompensation(True)  # slow speech, same voice
        self._speed = 1.0
        self.pause_each = False
        self._turn_ends: list[float] = []
        self._next_turn = 0
        self.player.positionChanged.connect(self.on_position)

    @property
    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        if speed == self._speed:
            return
        self._speed = speed
        self.player.setPlaybackRate(speed)
        self.speed_changed.emit(speed)

    def play(self, path: Path, turn_ends: Sequence[float] = ()) -> None:
        """Play ``path`` from its start, stopping whatever was playing. ``turn_ends``: where
        its turns end, in seconds, to pause at when ``pause_each`` is on."""
        self._turn_ends = list(turn_ends)
        self._next_turn = 0
        url = QUrl.fromLocalFile(str(path))
        if self.player.source() != url:
            self.player.setSource(url)
        else:
            self.player.setPosition(0)
        self.player.setPlaybackRate(self._speed)
        self.player.play()

    def stop(self) -> None:
        self._turn_ends = []
        self.player.stop()

    def on_position(self, ms: int) -> None:
        # no pause after the last turn: the clip ends there by itself
        if not self.pause_each or self._next_turn >= len(self._turn_ends) - 1:
            return
        if ms >= self._turn_ends[self._next_turn] * 1000:
            self.player.pause()
            self._next_turn += 1
            self.turn_paused.emit(self._next_turn)

    def resume(self) -> None:
        """Go on after a pause between turns."""
        if self._turn_ends:
            self.player.play()


_shared: SharedPlayer | None = None


def shared_player() -> SharedPlayer:
    """The app's player, created on first use and owned by the application."""
    global _shared
    if _shared is None:
        _shared = SharedPlayer(QApplication.instance())
        _shared.destroyed.connect(_forget)
    return _shared


def _forget() -> None:
    global _shared
    _shared = None


class AudioButton(QToolButton):
    """Plays one clip (again from the start when clicked again); right-click sets the speed."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setObjectName("audioButton")
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.setAutoRaise(True)
        self.setIconSize(QSize(20, 20))  # easy to hit on a touchpad
        self.setToolTip(self.tr("Listen"))
        self.setAccessibleName(self.tr("Listen"))
        # No menu arrow: it would widen every word row. The reader has a SpeedToggle; the
        # speeds are also here on right-click (or a long press: Qt's delayed popup).
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        names = {1.0: self.tr("Normal speed (1×)"), 0.75: self.tr("Slow (0.75×)")}
        group = QActionGroup(self)
        self.speed_actions: dict[float, QAction] = {}
        for speed in SPEEDS:
            action = QAction(names[speed], self, checkable=True)
            action.triggered.connect(lambda _checked=False, s=speed: self._choose(s))
            group.addAction(action)
            self.addAction(action)
            self.speed_actions[speed] = action
        self._show_speed(shared_player().speed)
        shared_player().speed_changed.connect(self._show_speed)
        self.clicked.connect(self.play)

    def play(self) -> None:
        shared_player().play(self.path)

    def _choose(self, speed: float) -> None:
        shared_player().set_speed(speed)
        self.play()

    @Slot(float)
    def _show_speed(self, speed: float) -> None:
        for value, action in self.speed_actions.items():
            action.setChecked(value == speed)


class SpeedToggle(QCheckBox):
    """ "Slow speech (0.75×)" for every clip: the shared player's speed, shown as a tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speedToggle")
        self.setText(self.tr("Slow speech (0.75×)"))
        self.setToolTip(self.tr("Play every word and sentence at three-quarter speed"))
        self._show_speed(shared_player().speed)
        shared_player().speed_changed.connect(self._show_speed)
        self.toggled.connect(self._choose)

    def _choose(self, slow: bool) -> None:
        shared_player().set_speed(SPEEDS[1] if slow else SPEEDS[0])

    @Slot(float)
    def _show_speed(self, speed: float) -> None:
        self.setChecked(speed != SPEEDS[0])
