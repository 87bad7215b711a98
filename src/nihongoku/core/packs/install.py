"""Installing a checked pack: staged in the data directory, then renamed into place.

Every file of the pack is written and flushed to disk in a staging folder beside the
instructor's folders (same file system), checked there as part of the course, and only
then renamed over its target, one file at a time. A rename is atomic, so a power cut or
a kill at any moment leaves each file either old or new, never half of one. A file an
update replaces is first copied to ``.trash`` beside it, so it can be recovered. The
learners' database is not opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nihongoku.core.files import trash_path, write_atomic
from nihongoku.core.packs.manifest import Kind
from nihongoku.core.packs.plan import Change, ImportPlan, PackRefusedError, make_plan
from nihongoku.core.packs.read import read_pack
from nihongoku.paths import data_dir

STAGING_PREFIX = ".pack-staging-"
STALE_SECONDS = 3600  # a staging folder this old was left by an import that was killed

Progress = Callable[[int, int], None]

# audio before the lessons that play it, lessons before the tests that draw from them
_ORDER = {Kind.AUDIO: 0, Kind.LESSON: 1, Kind.EXAM: 2}


def preview_pack(pack: Path) -> ImportPlan:
    """Read a pack and plan its import; writes only to a temporary folder, then removes it."""
    contents = read_pack(pack)
    with tempfile.TemporaryDirectory(prefix="nihongoku-pack-") as staging:
        return make_plan(contents, Path(staging))


def install_pack(pack: Path, progress: Progress | None = None) -> ImportPlan:
    """Import a pack; raise PackError or PackRefusedError (nothing written) when it is refused."""
    contents = read_pack(pack)
    root = data_dir()
    root.mkdir(parents=True, exist_ok=True)
    _sweep(root)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        plan = make_plan(contents, staging)
        if not plan.ok:
            raise PackRefusedError(plan)
        writes = sorted(plan.writes, key=lambda f: (_ORDER[f.entry.kind], f.entry.path))
        for done, item in enumerate(writes, start=1):
            if item.change is Change.UPDATED:
                _keep_old(item.target)
            item.target.parent.mkdir(parents=True, exist_ok=True)
            (staging / item.entry.path).replace(item.target)
            _sync_folder(item.target.parent)
            if progress is not None:
                progress(done, len(writes))
        return plan
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _keep_old(target: Path) -> None:
    write_atomic(trash_path(target), target.read_bytes())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sweep(root: Path) -> None:
    now = time.time()
    for folder in root.glob(f"{STAGING_PREFIX}*"):
        with contextlib.suppress(OSError):
            if folder.is_dir() and now - folder.stat().st_mtime > STALE_SECONDS:
                shutil.rmtree(folder)
