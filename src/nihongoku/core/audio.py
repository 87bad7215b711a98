"""Where the course's recorded speech is: ``resources/audio/`` and its manifest.

Speech is synthesised when the course is built (``nihongoku audio build``, see
``core/audio_build.py``), never on the learner's machine. Each clip is one Opus file named
by its clip id; ``manifest.json`` maps clip ids to files and records what was spoken.

Clip ids: a word is its item id (``w-taberu``), its example sentence adds ``.ex``
(``w-taberu.ex``), a grammar example adds its number from 1 (``g-te-form.1``), a listening
dialogue is its own id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nihongoku.paths import custom_lessons_dir, resources_dir

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1
EXAMPLE = "ex"  # the part of a word that is its example sentence

Part = str | int | None


def clip_id(item_id: str, part: Part = None) -> str:
    """The clip of an item: the word itself (None), its example ("ex"), grammar example n."""
    return item_id if part is None else f"{item_id}.{part}"


def audio_dir() -> Path:
    return resources_dir() / "audio"


@dataclass(frozen=True)
class ClipRecord:
    """One manifest entry: what was spoken, by which voice and tool, and where it is."""

    id: str
    file: str
    text: str  # exactly what the speech engine was given ("F: …\nM: …" for a dialogue)
    source: str  # the authored text in bracket notation (readings included)
    reading: str  # the authored reading in kana
    voice: str
    tool: str
    hash: str
    duration: float  # seconds
    level: str = ""
    turn_ends: tuple[float, ...] = ()  # a dialogue: where each turn ends, in seconds

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "text": self.text,
            "source": self.source,
            "reading": self.reading,
            "voice": self.voice,
            "tool": self.tool,
            "hash": self.hash,
            "duration": round(self.duration, 3),
            "level": self.level,
            **({"turn_ends": list(self.turn_ends)} if self.turn_ends else {}),
        }


@dataclass(frozen=True)
class Manifest:
    clips: dict[str, ClipRecord]
    complete_levels: frozenset[str] = frozenset()  # levels a whole build has covered

    @staticmethod
    def read(folder: Path) -> Manifest:
        """The manifest in ``folder``; an empty one when there is none yet."""
        path = folder / MANIFEST
        if not path.is_file():
            return Manifest({})
        data = json.loads(path.read_text(encoding="utf-8"))
        clips = {
            key: ClipRecord(
                id=key,
                file=value["file"],
                text=value["text"],
                source=value.get("source", ""),
                reading=value.get("reading", ""),
                voice=value["voice"],
                tool=value["tool"],
                hash=value["hash"],
                duration=float(value["duration"]),
                level=value.get("level", ""),
                turn_ends=tuple(float(t) for t in value.get("turn_ends", ())),
            )
            for key, value in data.get("clips", {}).items()
        }
        return Manifest(clips, frozenset(data.get("complete_levels", [])))

    def write(self, folder: Path) -> None:
        """Replace the manifest atomically: a reader never sees half a file."""
        data = {
            "format": MANIFEST_FORMAT,
            "complete_levels": sorted(self.complete_levels),
            "clips": {key: self.clips[key].as_json() for key in sorted(self.clips)},
        }
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{MANIFEST}.tmp"
        temporary.write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        temporary.replace(folder / MANIFEST)


_cache: dict[Path, tuple[int, Manifest]] = {}


def manifest(folder: Path | None = None) -> Manifest:
    """The manifest of ``folder`` (default: the bundled audio), read again when it changes."""
    folder = folder or audio_dir()
    path = folder / MANIFEST
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return Manifest({})
    cached = _cache.get(folder)
    if cached is None or cached[0] != stamp:
        cached = (stamp, Manifest.read(folder))
        _cache[folder] = cached
    return cached[1]


CUSTOM_AUDIO_SUFFIXES = (".ogg", ".opus", ".mp3", ".wav")


def clip_path(clip: str, folder: Path | None = None) -> Path | None:
    """The file of a clip id (``w-taberu.ex``), or None when the course has no audio for it.

    Without ``folder``: the course's recordings, then an instructor's own clips (their
    lessons' ``audio/`` folder, files named by clip id, as lesson packs bring them).
    """
    if folder is None:
        return clip_path(clip, audio_dir()) or _custom_clip(clip)
    record = manifest(folder).clips.get(clip)
    if record is None:
        return None
    path = folder / record.file
    return path if path.is_file() else None


def _custom_clip(clip: str) -> Path | None:
    folder = custom_lessons_dir() / "audio"
    for suffix in CUSTOM_AUDIO_SUFFIXES:
        path = folder / f"{clip}{suffix}"
        if path.is_file():
            return path
    return None


def audio_path(item_id: str, part: Part = None, folder: Path | None = None) -> Path | None:
    """The audio of an item's part (see ``clip_id``), or None when there is none."""
    return clip_path(clip_id(item_id, part), folder)
