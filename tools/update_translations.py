"""Refresh the translation catalogue from the code, then compile it.

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --check  # fail if the .ts or .qm is stale

New strings arrive in resources/translations/nihongoku_id.ts marked unfinished; translate
them (Qt Linguist: pyside6-linguist, or any text editor) and run this again.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "nihongoku"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("id",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def ui_sources() -> list[str]:
    files = [SOURCES / "app.py", *sorted((SOURCES / "ui").rglob("*.py"))]
    return [str(f) for f in files]


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *ui_sources(),
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    for language in LANGUAGES:
        ts = CATALOGUES / f"nihongoku_{language}.ts"
        qm = ts.with_suffix(".qm")
        if not args.check:
            lupdate(ts, language)
            lrelease(ts, qm)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh_ts, fresh_qm = Path(tmp) / ts.name, Path(tmp) / qm.name
            shutil.copy(ts, fresh_ts)
            lupdate(fresh_ts, language)
            lrelease(ts, fresh_qm)
            if not filecmp.cmp(ts, fresh_ts, shallow=False):
                stale.append(str(ts))
            if not qm.exists() or not filecmp.cmp(qm, fresh_qm, shallow=False):
                stale.append(str(qm))
    if stale:
        print("stale, run tools/update_translations.py:", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
