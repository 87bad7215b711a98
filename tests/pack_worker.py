"""An instructor importing two versions of a pack, one after the other, until killed.

Run by tests/test_pack_kill.py as a separate process. After each file is renamed into
place it prints "moved" and pauses a little, so the test can kill it between two renames
of one import as well as at random moments.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from nihongoku.core.packs import install
from nihongoku.core.packs.install import install_pack

_sync = install._sync_folder


def _slow_sync(folder: Path) -> None:
    _sync(folder)
    print("moved", flush=True)  # one file renamed into place
    time.sleep(0.02)


def main() -> None:
    packs = [Path(name) for name in sys.argv[1:]]
    install._sync_folder = _slow_sync
    print("ready", flush=True)
    n = 0
    while True:
        install_pack(packs[n % len(packs)])
        print(f"installed {n % len(packs)}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
