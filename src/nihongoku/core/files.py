"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: readers see the old file or the new one.

    The bytes go to a temporary file in the same folder (so the rename cannot cross file
    systems), reach the disk, and only then take the file's name.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def trash_path(path: Path) -> Path:
    """A free name for ``path`` in the hidden ``.trash`` folder beside it (created here).

    Instructors' files are never deleted outright: a lesson or test removed by mistake, or
    replaced by an imported pack, can be taken back from there by hand.
    """
    trash = path.parent / ".trash"
    trash.mkdir(parents=True, exist_ok=True)
    target, n = trash / path.name, 1
    while target.exists():
        n += 1
        stem, _dot, suffix = path.name.partition(".")
        target = trash / f"{stem}.{n}.{suffix}"
    return target


def move_to_trash(path: Path) -> Path:
    target = trash_path(path)
    path.replace(target)
    return target
