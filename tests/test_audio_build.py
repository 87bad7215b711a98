"""The audio build, with a stand-in engine: no TTS package needed, real Opus files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest
import soundfile

from nihongoku.core.audio import Manifest, audio_path, clip_path
from nihongoku.core.audio_build import (
    LEAD_IN,
    TURN_PAUSE,
    ClipSpec,
    build,
    course_clips,
    spoken_text,
)
from nihongoku.core.content.build import build_course
from nihongoku.core.content.script import ScriptError, Turn, parse_script
from nihongoku.core.japanese import parse_bracketed, to_katakana
from nihongoku.core.speech import Samples

RATE = 24000


class ToneEngine:
    """Speaks every kana as 0.1 s of a tone (high for the female voice, low for the male)
    and reads kanji from a small dictionary, misreading 十分 and 間 as a real engine did."""

    DICTIONARY: ClassVar[dict[str, str]] = {
        "毎朝": "マイアサ",
        "食べ": "タベ",
        "自転車": "ジテンシャ",
        "十分": "ジュウブン",  # meant: じゅっぷん (ten minutes)
        "駅": "エキ",
        "間": "マ",  # meant: あいだ
        "雨": "アメ",
        "本": "ホン",
    }
    FREQUENCY: ClassVar[dict[str, float]] = {"high": 440.0, "low": 150.0}

    @property
    def tool(self) -> str:
        return "tone-engine 1"

    @property
    def sample_rate(self) -> int:
        return RATE

    def voice(self, speaker: str) -> str:
        return {"F": "high", "M": "low"}[speaker]

    def synthesize(self, text: str, voice: str) -> Samples:
        sounds = sum(1 for c in text if not c.isspace() and c not in "。、")
        t = np.arange(int(0.1 * sounds * RATE)) / RATE
        return (0.5 * np.sin(2 * np.pi * self.FREQUENCY[voice] * t)).astype(np.float32)

    def read(self, text: str) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        i = 0
        while i < len(text):
            for word in sorted(self.DICTIONARY, key=len, reverse=True):
                if text.startswith(word, i):
                    words.append((word, self.DICTIONARY[word]))
                    i += len(word)
                    break
            else:
                words.append((text[i], to_katakana(text[i])))
                i += 1
        return words


LESSON = """\
id: n5-audio
title: {id: Suara, en: Sound}
level: n5
order: 1
goals: [Saya bisa mendengar.]
vocabulary:
  - id: w-taberu
    written: 食べる
    reading: たべる
    meaning: {id: makan, en: to eat}
    pos: verb-ichidan
    example:
      ja: 毎朝[まいあさ] パンを 食[た]べます。
      id: Setiap pagi saya makan roti.
      en: I eat bread every morning.
  - id: w-jitensha
    written: 自転車
    reading: じてんしゃ
    meaning: {id: sepeda, en: bicycle}
    pos: noun
    example:
      ja: 駅[えき]まで 自転車[じてんしゃ]で 十分[じゅっぷん]です。
      id: Ke stasiun sepuluh menit naik sepeda.
      en: It is ten minutes to the station by bicycle.
grammar:
  - id: g-aida
    pattern: A と B の 間
    title: {id: Di antara, en: Between}
    explanation: {id: Posisi di antara dua benda., en: A position between two things.}
    examples:
      - ja: 駅[えき]と 本[ほん]屋[や]の 間[あいだ]です。
        id: Di antara stasiun dan toko buku.
        en: Between the station and the bookshop.
      - ja: あめです。
        id: Hujan.
        en: It is raining.
"""


def course_specs(tmp_path: Path, text: str = LESSON) -> list[ClipSpec]:
    lessons = tmp_path / "lessons"
    lessons.mkdir(exist_ok=True)
    (lessons / "01-audio.yaml").write_text(text, encoding="utf-8")
    course = build_course([lessons])
    assert course.problems == []
    return course_clips(course)


def test_the_course_needs_a_clip_per_word_example_and_grammar_example(tmp_path: Path) -> None:
    specs = course_specs(tmp_path)
    assert [s.id for s in specs] == [
        "w-taberu",
        "w-taberu.ex",
        "w-jitensha",
        "w-jitensha.ex",
        "g-aida.1",
        "g-aida.2",
    ]
    assert {s.level for s in specs} == {"n5"}
    assert specs[1].source == "毎朝[まいあさ] パンを 食[た]べます。"


def test_kanji_the_engine_reads_as_authored_are_spoken_as_written() -> None:
    pieces = parse_bracketed("毎朝[まいあさ] パンを 食[た]べます。")
    assert spoken_text(pieces, ToneEngine().read) == "毎朝 パンを 食べます。"


def test_a_kanji_the_engine_misreads_is_spoken_from_the_authored_kana() -> None:
    engine = ToneEngine()
    pieces = parse_bracketed("駅[えき]まで 自転車[じてんしゃ]で 十分[じゅっぷん]です。")
    assert spoken_text(pieces, engine.read) == "駅まで 自転車で じゅっぷんです。"
    pieces = parse_bracketed("駅[えき]と 本[ほん]屋[や]の 間[あいだ]です。")
    # 屋 is not in the engine's dictionary: it comes back as itself, read as "屋"
    assert spoken_text(pieces, engine.read) == "駅と 本やの あいだです。"


def test_a_kanji_the_engine_rewrites_is_spoken_from_kana() -> None:
    def rewriting(text: str) -> list[tuple[str, str]]:
        return [(text.replace("七", "7"), "ナナ")]  # a front end that normalises numerals

    pieces = parse_bracketed("七[しち]じ")
    assert spoken_text(pieces, rewriting) == "しちじ"


def test_dialogue_scripts_mark_each_speaker() -> None:
    turns = parse_script("# at the station\nF: 雨[あめ]ですね。\n\nM: はい、雨[あめ]です。\n")
    assert [t.speaker for t in turns] == ["F", "M"]
    assert turns[0].pieces == tuple(parse_bracketed("雨[あめ]ですね。"))
    for bad in ("", "X: こんにちは", "F こんにちは", "F:", "M: 雨]です"):
        with pytest.raises(ScriptError):
            parse_script(bad)


def decoded(path: Path) -> tuple[np.ndarray, int]:
    audio, rate = soundfile.read(str(path), dtype="float32")
    return audio, rate


def test_a_build_writes_opus_clips_and_a_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "audio"
    report = build(course_specs(tmp_path), folder, ToneEngine)
    assert report.synthesised == [s.id for s in course_specs(tmp_path)]
    assert report.complete_levels == frozenset({"n5"})
    manifest = Manifest.read(folder)
    assert manifest.complete_levels == frozenset({"n5"})
    record = manifest.clips["w-jitensha.ex"]
    assert record.file == "w-jitensha.ex.ogg"
    assert record.text == "駅まで 自転車で じゅっぷんです。"
    assert record.source == "駅[えき]まで 自転車[じてんしゃ]で 十分[じゅっぷん]です。"
    assert record.reading == "えきまで じてんしゃで じゅっぷんです。"
    assert (record.voice, record.tool, record.level) == ("high", "tone-engine 1", "n5")
    audio, rate = decoded(folder / record.file)
    assert rate == RATE
    assert abs(len(audio) / rate - record.duration) < 0.05
    assert float(np.sqrt(np.mean(audio**2))) > 0.1
    assert (folder / "w-jitensha.ex.ogg").read_bytes()[:4] == b"OggS"
    assert audio_path("w-jitensha", "ex", folder) == folder / "w-jitensha.ex.ogg"
    assert audio_path("g-aida", 2, folder) == folder / "g-aida.2.ogg"
    assert audio_path("w-nothing", None, folder) is None
    assert clip_path("w-taberu", folder) == folder / "w-taberu.ogg"


def test_a_rebuild_synthesises_only_what_changed_and_removes_orphans(tmp_path: Path) -> None:
    folder = tmp_path / "audio"
    build(course_specs(tmp_path), folder, ToneEngine)
    again = build(course_specs(tmp_path), folder, ToneEngine)
    assert again.synthesised == []
    assert again.up_to_date == 6

    changed = LESSON.replace("毎朝[まいあさ] パンを", "毎朝[まいあさ] ごはんを").replace(
        "  - id: w-jitensha", "  - id: w-jitensha-new"
    )
    (folder / "w-taberu.ogg").unlink()
    report = build(course_specs(tmp_path, changed), folder, ToneEngine)
    assert sorted(report.synthesised) == [
        "w-jitensha-new",
        "w-jitensha-new.ex",
        "w-taberu",  # its file was missing
        "w-taberu.ex",  # its text changed
    ]
    assert sorted(report.removed) == ["w-jitensha", "w-jitensha.ex"]
    assert not (folder / "w-jitensha.ogg").exists()
    assert "w-jitensha" not in Manifest.read(folder).clips
    assert sorted(p.name for p in folder.glob("*.ogg")) == sorted(
        f"{c}.ogg" for c in Manifest.read(folder).clips
    )


def test_limit_and_only_choose_what_is_synthesised_now(tmp_path: Path) -> None:
    folder = tmp_path / "audio"
    specs = course_specs(tmp_path)
    report = build(specs, folder, ToneEngine, only=["w-jitensha", "g-aida.2"])
    assert report.synthesised == ["w-jitensha", "w-jitensha.ex", "g-aida.2"]
    assert report.left == 3
    assert report.complete_levels == frozenset()
    assert Manifest.read(folder).complete_levels == frozenset()
    report = build(specs, folder, ToneEngine, limit=2)
    assert report.synthesised == ["w-taberu", "w-taberu.ex"]
    assert report.left == 1
    report = build(specs, folder, ToneEngine, levels=["kana"])
    assert report.synthesised == []
    report = build(specs, folder, ToneEngine, levels=["n5"])
    assert report.synthesised == ["g-aida.1"]
    assert Manifest.read(folder).complete_levels == frozenset({"n5"})


def test_an_interrupted_build_keeps_what_it_made(tmp_path: Path) -> None:
    folder = tmp_path / "audio"
    specs = course_specs(tmp_path)

    def crash_on_fourth(done: int, _total: int, _clip: object, _seconds: float) -> None:
        if done == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(specs, folder, ToneEngine, progress=crash_on_fourth, save_every=2)
    assert len(Manifest.read(folder).clips) == 2  # saved after the second clip
    report = build(specs, folder, ToneEngine)
    assert report.up_to_date == 2
    assert len(report.synthesised) == 4


def test_a_dialogue_is_two_voices_with_a_pause_between_turns(tmp_path: Path) -> None:
    folder = tmp_path / "audio"
    turns = parse_script("F: 雨[あめ]ですね。\nM: はい、雨[あめ]です。")
    build([ClipSpec("listen-ame", "n5", turns)], folder, ToneEngine)
    record = Manifest.read(folder).clips["listen-ame"]
    assert record.voice == "high+low"
    assert record.text == "F: 雨ですね。\nM: はい、雨です。"
    assert record.source == "F: 雨[あめ]ですね。\nM: はい、雨[あめ]です。"
    audio, rate = decoded(folder / record.file)
    frame = int(0.02 * rate)
    loud = [
        float(np.sqrt(np.mean(audio[i : i + frame] ** 2))) > 0.05
        for i in range(0, len(audio) - frame, frame)
    ]
    # first turn: 4 sounds (0.4 s), then the pause, then 6 sounds (0.6 s)
    runs: list[tuple[bool, int]] = []
    for value in loud:
        if runs and runs[-1][0] == value:
            runs[-1] = (value, runs[-1][1] + 1)
        else:
            runs.append((value, 1))
    speech = [n * 0.02 for value, n in runs if value]
    gaps = [n * 0.02 for value, n in runs[1:-1] if not value]
    assert len(speech) == 2 and speech[0] == pytest.approx(0.4, abs=0.06)
    assert gaps == [pytest.approx(TURN_PAUSE, abs=0.06)]
    first, second = audio[: int(0.4 * rate)], audio[-int(0.75 * rate) :]
    assert dominant(first, rate) == pytest.approx(440, abs=15)
    assert dominant(second, rate) == pytest.approx(150, abs=15)
    # where each turn ends, for "pause after each sentence": after 0.4 s of the first turn,
    # and after the pause and the 0.5 s of はい、雨です (five sounds as the tone engine counts)
    first_end, second_end = record.turn_ends
    assert first_end == pytest.approx(LEAD_IN + 0.4, abs=0.01)
    assert second_end == pytest.approx(first_end + TURN_PAUSE + 0.5, abs=0.01)
    assert second_end < record.duration


def dominant(audio: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(audio))
    return float(np.fft.rfftfreq(len(audio), 1 / rate)[int(np.argmax(spectrum))])


def test_worker_processes_make_the_same_clips(tmp_path: Path) -> None:
    specs = course_specs(tmp_path)
    build(specs, tmp_path / "one", ToneEngine)
    build(specs, tmp_path / "two", ToneEngine, jobs=2)
    one, two = Manifest.read(tmp_path / "one"), Manifest.read(tmp_path / "two")
    assert one.clips.keys() == two.clips.keys()
    for key, record in one.clips.items():
        assert two.clips[key].hash == record.hash
        assert two.clips[key].duration == pytest.approx(record.duration)


def test_turns_keep_their_speaker() -> None:
    turn = Turn("M", tuple(parse_bracketed("はい")))
    assert ClipSpec("x", "n5", (turn,)).source == "はい"


def test_the_command_line_offers_the_audio_build() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nihongoku", "audio", "build", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    for option in ("--only", "--level", "--limit", "--jobs"):
        assert option in done.stdout
