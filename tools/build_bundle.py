"""Build the one-folder app with PyInstaller and prove the result works before shipping it.

    python tools/build_bundle.py [--dist DIR] [--work DIR]

Runs build.spec, then the built binary itself (no Python involved) with a scratch data
directory, offscreen: `selfcheck` (course, database migrations, font, translations,
pykakasi's dictionary, stroke order, audio playback to the end of a clip, PDF, XLSX,
Anki export) and `--smoke` (first screen painted). Prints the folder's size and exits
non-zero if any step fails. `.ci/run` runs it on every change.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run(command: list[str], env: dict[str, str]) -> int:
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, env=env, timeout=600, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args()

    build = [
        sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
        "--log-level", "WARN", "--distpath", str(args.dist), "--workpath", str(args.work),
    ]  # fmt: skip
    if run(build, dict(os.environ)) != 0:
        print("build_bundle: PyInstaller failed", file=sys.stderr)
        return 1
    app = args.dist / "nihongoku"
    binary = app / ("nihongoku.exe" if sys.platform == "win32" else "nihongoku")
    with tempfile.TemporaryDirectory(prefix="nihongoku-bundle-home-") as home:
        env = {**os.environ, "NIHONGOKU_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("NIHONGOKU_DB", None)
        env.pop("PYTHONPATH", None)  # the bundle must stand on its own
        failed = [
            name
            for name, command in (
                ("selfcheck", [str(binary), "selfcheck"]),
                ("smoke", [str(binary), "--smoke"]),
            )
            if run(command, env) != 0
        ]
    size = folder_size(app)
    print(f"bundle: {app} {size / 1e6:.0f} MB")
    if failed:
        print(f"build_bundle: the built app failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
