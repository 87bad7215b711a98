"""Instructors' lessons, tests and audio for the pack tests, and hand-made hostile packs."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from pathlib import Path
from typing import Any

from nihongoku.core.authoring.lesson_files import save_lesson
from nihongoku.core.content.schema import LessonFile
from nihongoku.core.files import write_atomic
from nihongoku.paths import custom_exams_dir, custom_lessons_dir

WORDS = [
    ("neji", "ねじ", "sekrup", "screw"),
    ("hasami", "はさみ", "gunting", "scissors"),
    ("nokogiri", "のこぎり", "gergaji", "saw"),
    ("kanazuchi", "かなづち", "palu", "hammer"),
    ("yasuri", "やすり", "kikir", "file"),
    ("penchi", "ぺんち", "tang", "pliers"),
]
OGG = b"OggS" + bytes(60)  # enough of an Ogg page header for the magic check


def workshop_lesson(n: int, title: str = "") -> LessonFile:
    """Lesson ``bengkel-<n>`` (order 90 + n in N5): one tool word and its example."""
    slug, kana, meaning_id, meaning_en = WORDS[n % len(WORDS)]
    return LessonFile.model_validate(
        {
            "id": f"bengkel-{n}",
            "title": {"id": title or f"Alat bengkel {n}", "en": f"Workshop tools {n}"},
            "level": "n5",
            "order": 90 + n,
            "goals": ["Saya bisa menyebut alat bengkel."],
            "vocabulary": [
                {
                    "id": f"w-bengkel-{n}-{slug}",
                    "written": kana,
                    "reading": kana,
                    "meaning": {"id": meaning_id, "en": meaning_en},
                    "pos": "noun",
                    "example": {
                        "ja": f"{kana}が あります。",
                        "id": f"Ada {meaning_id}.",
                        "en": f"There is a {meaning_en}.",
                    },
                }
            ],
        }
    )


def word_id(n: int) -> str:
    return f"w-bengkel-{n}-{WORDS[n % len(WORDS)][0]}"


TEST_YAML = """\
id: {id}
title: {{id: Tes bengkel, en: Workshop test}}
description: {{id: Tes kelas., en: A class test.}}
kind: practice
level: n5
forms: 1
minutes: 10
estimate_note: {{id: Hanya latihan., en: Practice only.}}
scoring:
  - id: vocabulary
    title: {{id: Kosakata, en: Vocabulary}}
    scale: 100
sections:
  - id: vocabulary
    title: {{id: Kosakata, en: Vocabulary}}
    scoring: vocabulary
    mondai:
      - family: meaning
        count: 3
        instruction:
          ja: この ことばの いみは どれですか。
          id: Apa arti kata ini?
          en: What does this word mean?
"""


def make_custom(lessons: int = 2, *, test: bool = True, audio: bool = True) -> None:
    """The instructor's own material in the (isolated) data directory."""
    for n in range(1, lessons + 1):
        save_lesson(workshop_lesson(n))
        if audio:
            write_atomic(custom_lessons_dir() / "audio" / f"{word_id(n)}.ogg", OGG + bytes([n]))
    if test:
        write_atomic(
            custom_exams_dir() / "t-bengkel.yaml", TEST_YAML.format(id="t-bengkel").encode()
        )


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes: to prove that nothing was written."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "nihongoku.sqlite3"
    }


def manifest_entry(path: str, data: bytes, kind: str, item_id: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "path": path,
        "kind": kind,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    if item_id is not None:
        entry["id"] = item_id
    return entry


def lesson_bytes(n: int) -> bytes:
    from nihongoku.core.authoring.lesson_files import lesson_yaml

    return lesson_yaml(workshop_lesson(n)).encode()


def good_manifest(files: dict[str, tuple[bytes, str, str | None]]) -> dict[str, Any]:
    return {
        "format": "nihongoku-pack",
        "version": 1,
        "app_version": "test",
        "created": "2026-11-29T08:00:00+00:00",
        "title": "Tes",
        "author": "Bu Rina",
        "files": [manifest_entry(p, d, k, i) for p, (d, k, i) in files.items()],
    }


def zip_bytes(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # a duplicate name is what some tests are after
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def pack_of(
    files: dict[str, tuple[bytes, str, str | None]],
    *,
    manifest: dict[str, Any] | None = None,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None,
    skip: tuple[str, ...] = (),
) -> bytes:
    """A pack written by hand: ``files`` by path → (bytes, kind, id)."""
    document = manifest if manifest is not None else good_manifest(files)
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        ("manifest.json", json.dumps(document).encode())
    ]
    entries += [(p, d) for p, (d, _k, _i) in files.items() if p not in skip]
    return zip_bytes(entries + (extra or []))
