"""Learners' progress files on a USB stick, for the gradebook tests."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from nihongoku.core.export.progress_file import _checksum, export_progress
from nihongoku.core.services import Services
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.simulate import simulate
from tests.study_helpers import kana_course

LEARNERS = ("Ani", "Budi", "Siti")


@dataclass(frozen=True)
class Usb:
    """Progress files the learners saved, and the laptop they studied on."""

    files: dict[str, Path]
    laptop: Path


def make_usb(root: Path) -> Usb:
    laptop = Services.open(f"sqlite:///{root / 'learners.sqlite3'}")
    now = utc_now()
    files = {}
    for seed, name in enumerate(LEARNERS, start=1):
        # Budi stopped studying ten days ago; the others studied until today
        end = now - timedelta(days=10) if name == "Budi" else now
        simulate(laptop, kana_course(), name, days=2 + seed, seed=seed, end=end)
        profile = laptop.profiles.find(name)
        assert profile is not None
        files[name] = root / "usb" / f"{name.lower()}.nkprogress"
        export_progress(laptop.db, profile.id, files[name])
    laptop.close()
    return Usb(files, root / "learners.sqlite3")


def rewrite(path: Path, change: Callable[[dict[str, Any]], object], *, resign: bool) -> None:
    document = json.loads(gzip.decompress(path.read_bytes()))
    change(document["content"])
    if resign:
        document["checksum"] = _checksum(document["content"])
    path.write_bytes(gzip.compress(json.dumps(document).encode()))


def class_folder(usb: Usb, tmp_path: Path) -> Path:
    """A USB stick as an instructor gets it: three good files, a truncated one, a
    tampered one, and a second copy of Siti's file under another name."""
    folder = tmp_path / "stick"
    folder.mkdir(parents=True)
    for path in usb.files.values():
        shutil.copy(path, folder / path.name)
    shutil.copy(usb.files["Siti"], folder / "siti (copy).nkprogress")
    data = usb.files["Ani"].read_bytes()
    (folder / "dewi.nkprogress").write_bytes(data[: len(data) // 2])
    shutil.copy(usb.files["Budi"], folder / "eko.nkprogress")

    def pretend_to_be_eko(content: dict[str, Any]) -> None:
        content["profile"].update(uid="e" * 32, name="Eko")

    rewrite(folder / "eko.nkprogress", pretend_to_be_eko, resign=False)
    (folder / "notes.txt").write_text("not a progress file", encoding="utf-8")
    return folder
