"""Hostile packs, each imported through the command line: refused with a message naming
the pack and the entry, a non-zero exit status, no traceback, and nothing written."""

from __future__ import annotations

import json
import stat
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.pack_helpers import (
    OGG,
    good_manifest,
    lesson_bytes,
    make_custom,
    manifest_entry,
    pack_of,
    snapshot,
    zip_bytes,
)
from tests.test_cli import nihongoku

LESSON = "lessons/bengkel-1.yaml"


def one_lesson(data: bytes | None = None) -> dict[str, tuple[bytes, str, str | None]]:
    return {LESSON: (data or lesson_bytes(1), "lesson", "bengkel-1")}


def entry(name: str, mode: int | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    if mode is not None:
        info.create_system = 3
        info.external_attr = mode << 16
    return info


def with_extra(name: str | zipfile.ZipInfo, data: bytes = b"x") -> bytes:
    return pack_of(one_lesson(), extra=[(name, data)])


def declared_sizes(data: bytes, size: int) -> bytes:
    """The same zip with every entry's declared uncompressed size replaced (a liar)."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        out[at + 24 : at + 28] = struct.pack("<I", size)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def many_audio(count: int) -> bytes:
    files = {f"audio/w-bengkel-1-neji.{i}.ogg": (OGG, "audio", None) for i in range(count)}
    return pack_of({**one_lesson(), **files})


def manifest_with(**changes: object) -> bytes:
    files = one_lesson()
    document = {**good_manifest(files), **changes}
    return pack_of(files, manifest=document)


def good_pack() -> bytes:
    return pack_of(one_lesson())


BILLION_LAUGHS = b'id: &a ["x","x"]\ntitle: &b [*a, *a, *a]\nlevel: &c [*b, *b, *b]\n'

CASES: dict[str, tuple[Callable[[], bytes], str, str | None]] = {
    "parent folder": (lambda: with_extra("../evil.yaml"), "points outside", "../evil.yaml"),
    "parent inside": (
        lambda: with_extra("lessons/../../x.yaml"),
        "points outside",
        "lessons/../../x.yaml",
    ),
    "absolute": (lambda: with_extra("/etc/cron.d/x"), "is an absolute path", "/etc/cron.d/x"),
    "drive letter": (lambda: with_extra("C:/Windows/x.yaml"), "absolute path", "C:/Windows"),
    "drive relative": (lambda: with_extra("C:x.yaml"), "absolute path", "C:x.yaml"),
    "backslash": (lambda: with_extra("lessons\\..\\x.yaml"), "backslash", "lessons\\..\\x"),
    "symlink": (
        lambda: with_extra(entry("lessons/link.yaml", stat.S_IFLNK | 0o777), b"/etc/passwd"),
        "is a symbolic link",
        "lessons/link.yaml",
    ),
    "fifo": (
        lambda: with_extra(entry("lessons/pipe.yaml", stat.S_IFIFO | 0o644)),
        "not a regular file",
        "lessons/pipe.yaml",
    ),
    "device (as a tar hardlink or device would arrive)": (
        lambda: with_extra(entry("audio/dev.ogg", stat.S_IFBLK | 0o644)),
        "not a regular file",
        "audio/dev.ogg",
    ),
    "folder entry": (lambda: with_extra(entry("lessons/"), b""), "folder entry", "lessons/"),
    "duplicate": (lambda: with_extra(LESSON, lesson_bytes(2)), "appears twice", LESSON),
    "duplicate by case": (lambda: with_extra(LESSON.upper()), "appears twice", LESSON.upper()),
    "not listed": (lambda: with_extra("notes.txt"), "not listed in the manifest", "notes.txt"),
    "listed but missing": (
        lambda: pack_of(one_lesson(), skip=(LESSON,)),
        "listed in the manifest but missing",
        LESSON,
    ),
    "checksum": (
        lambda: pack_of(
            one_lesson(),
            manifest=good_manifest(one_lesson(lesson_bytes(1).replace(b"Alat", b"Alas"))),
        ),
        "checksum does not match",
        LESSON,
    ),
    "size": (
        lambda: pack_of(
            one_lesson(),
            manifest=good_manifest(one_lesson())
            | {
                "files": [
                    manifest_entry(LESSON, lesson_bytes(1), "lesson", "bengkel-1") | {"size": 3}
                ]
            },
        ),
        "the manifest says 3",
        LESSON,
    ),
    "file too large for the manifest": (
        lambda: pack_of(one_lesson(b"#" * 2_000_001)),
        "lessons/bengkel-1.yaml: 2000001 bytes is too large for a lesson",
        "manifest.json",
    ),
    "file larger than the manifest says": (
        lambda: pack_of(
            one_lesson(b"#" * 2_000_001), manifest=good_manifest(one_lesson(b"#" * 10))
        ),
        "2000001 bytes; at most 2000000 allowed here",
        LESSON,
    ),
    "zip bomb": (
        lambda: pack_of(one_lesson(b"\n" * 1_900_000)),
        "expands more than 200 times (a zip bomb?)",
        LESSON,
    ),
    "lying sizes": (
        lambda: declared_sizes(pack_of(one_lesson(b"\n" * 1_900_000)), 100),
        "damaged",
        "manifest.json",
    ),
    "total declared size": (
        lambda: declared_sizes(many_audio(40), 15 * 1024 * 1024),
        "a pack holds at most",
        None,
    ),
    "too many entries": (lambda: many_audio(5001), "a pack has at most 5000", None),
    "manifest not JSON": (
        lambda: zip_bytes([("manifest.json", b'{"format": ')]),
        "is not valid JSON",
        "manifest.json",
    ),
    "manifest nested deep": (
        lambda: zip_bytes([("manifest.json", b"[" * 100_000 + b"]" * 100_000)]),
        "manifest.json",
        "manifest.json",
    ),
    "manifest unknown field": (
        lambda: manifest_with(signed_by="me"),
        "signed_by: unknown field",
        "manifest.json",
    ),
    "manifest other format": (
        lambda: manifest_with(format="zip"),
        "not a Nihongoku lesson pack",
        "manifest.json",
    ),
    "unknown version": (
        lambda: manifest_with(version=2),
        "pack format version 2; this Nihongoku reads version 1",
        "manifest.json",
    ),
    "manifest path outside its folder": (
        lambda: pack_of({"lessons/x/../bengkel-1.yaml": (lesson_bytes(1), "lesson", "bengkel-1")}),
        "points outside",
        "lessons/x/../bengkel-1.yaml",
    ),
    "malformed YAML": (lambda: good_pack_with(b"id: [bengkel-1\n"), "line 2: YAML", LESSON),
    "YAML aliases": (lambda: good_pack_with(BILLION_LAUGHS), "aliases", LESSON),
    "lesson id differs": (
        lambda: good_pack_with(lesson_bytes(2)),
        "holds lesson 'bengkel-2', the manifest says 'bengkel-1'",
        LESSON,
    ),
    "audio that is not audio": (
        lambda: pack_of({**one_lesson(), "audio/w-bengkel-1-neji.ogg": (b"MZ\x90", "audio", None)}),
        "is not a .ogg audio file",
        "audio/w-bengkel-1-neji.ogg",
    ),
    "not a zip": (lambda: b"id: just a lesson\n", "not a lesson pack", None),
    "empty file": (lambda: b"", "not a lesson pack", None),
    "truncated zip": (lambda: good_pack()[: len(good_pack()) // 2], "not a lesson pack", None),
    "zip without manifest": (
        lambda: zip_bytes([(LESSON, lesson_bytes(1))]),
        "it has no manifest.json",
        None,
    ),
}


def good_pack_with(data: bytes) -> bytes:
    return pack_of(one_lesson(data))


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_hostile_pack_is_refused_and_nothing_is_written(
    case: str, isolated_home: Path, tmp_path: Path
) -> None:
    make_custom(1)  # the instructor's own lesson, test and audio: must stay as they are
    build, expected, entry_name = CASES[case]
    pack = tmp_path / "usb" / "kiriman.nihongoku-pack"
    pack.parent.mkdir()
    pack.write_bytes(build())
    before = snapshot(isolated_home)
    done = nihongoku("pack", "import", str(pack), "--yes")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert str(pack) in done.stderr, done.stderr
    assert expected in done.stderr, done.stderr
    if entry_name is not None:
        assert entry_name in done.stderr
    assert snapshot(isolated_home) == before
    assert not (isolated_home / "nihongoku.sqlite3").exists()
    assert sorted(p.name for p in isolated_home.iterdir()) == ["exams", "lessons"]


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    done = nihongoku("pack", "show", str(tmp_path / "nowhere.nihongoku-pack"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "nowhere.nihongoku-pack: cannot be read" in done.stderr


def test_the_manifest_itself_stays_within_limits(tmp_path: Path) -> None:
    document = json.dumps(good_manifest(one_lesson())).encode() + b" " * 3_000_000
    pack = tmp_path / "big.nihongoku-pack"
    pack.write_bytes(zip_bytes([("manifest.json", document), (LESSON, lesson_bytes(1))]))
    done = nihongoku("pack", "show", str(pack))
    assert done.returncode == 1 and "manifest.json" in done.stderr
    assert "at most" in done.stderr and "Traceback" not in done.stderr
