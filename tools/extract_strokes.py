"""Copy the KanjiVG stroke-order SVGs the course needs into resources/strokes/.

    .venv/bin/pip install kanjivg && .venv/bin/python tools/extract_strokes.py

KanjiVG (CC BY-SA 3.0, Ulrich Apel) ships about 11,700 SVGs (77 MB); the app needs every
kana and the kanji its lessons use, a few hundred KB, so only those are bundled and the
app never needs the package. The ``kanjivg`` wheel has no Python code: it installs the
drawings as ``kanji/<5-digit hex code point>.svg`` (plus variants such as
``04e14-Kaisho.svg``) at the top of site-packages, found here through its file record.

Files are copied byte for byte, so each keeps its copyright and licence header. Run it
again when lessons gain kanji: unchanged files are left alone, files no longer needed are
removed, and a broken lesson stops the run (its kanji would otherwise go missing).
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nihongoku.core.content.build import build_course  # noqa: E402
from nihongoku.core.content.course import (  # noqa: E402
    GrammarEntry,
    KanaEntry,
    KanjiEntry,
    VocabEntry,
)
from nihongoku.core.japanese import is_kanji  # noqa: E402

TARGET = ROOT / "resources" / "strokes"
KANA = (
    [chr(c) for c in range(0x3041, 0x3097)]  # hiragana, small ones and ゔゕゖ included
    + [chr(c) for c in range(0x30A1, 0x30FB)]  # katakana up to ヺ
    + ["ー"]  # the long-vowel mark is written in katakana words
)


def file_name(char: str) -> str:
    return f"{ord(char):05x}.svg"


def kanjivg_source() -> tuple[Path, str]:
    """KanjiVG's folder of drawings and the package version (for resources/LICENSES.md)."""
    try:
        dist = importlib.metadata.distribution("kanjivg")
    except importlib.metadata.PackageNotFoundError:
        raise SystemExit("kanjivg is not installed: .venv/bin/pip install kanjivg") from None
    for file in dist.files or []:
        if file.name == file_name("あ"):
            return Path(str(dist.locate_file(file))).parent, dist.version
    raise SystemExit(f"kanjivg {dist.version} has no {file_name('あ')}: has its layout changed?")


def course_kanji() -> set[str]:
    """Every kanji the lessons show: taught kanji, words as written, example sentences."""
    course = build_course([ROOT / "lessons"])
    if course.problems:
        for problem in course.problems:
            print(problem, file=sys.stderr)
        raise SystemExit("fix the lessons first: a broken lesson's kanji would be left out")
    texts: list[str] = []
    for entry in course.entries():
        match entry:
            case KanjiEntry():
                texts.append(entry.char)
            case VocabEntry():
                texts.append(entry.written)
                if entry.example is not None:
                    texts.append(entry.example.text)
            case GrammarEntry():
                texts.append(entry.pattern)
                texts += [sentence.text for sentence in entry.examples]
            case KanaEntry():
                pass
    return {c for text in texts for c in text if is_kanji(c)}


def main() -> int:
    source, version = kanjivg_source()
    kanji = course_kanji()
    wanted = {file_name(c): c for c in [*KANA, *sorted(kanji)]}
    TARGET.mkdir(parents=True, exist_ok=True)
    written, unchanged, missing = 0, 0, []
    for name, char in wanted.items():
        if not (source / name).is_file():
            missing.append(char)
            continue
        data = (source / name).read_bytes()
        target = TARGET / name
        if target.is_file() and target.read_bytes() == data:
            unchanged += 1
            continue
        target.write_bytes(data)
        written += 1
    stale = sorted(f for f in TARGET.glob("*.svg") if f.name not in wanted)
    for file in stale:
        file.unlink()
    files = sorted(TARGET.glob("*.svg"))
    size = sum(f.stat().st_size for f in files)
    print(
        f"KanjiVG {version}: {len(files)} SVGs in {TARGET.relative_to(ROOT)} ({size / 1024:.0f} KB)"
        f" for {len(KANA)} kana and {len(kanji)} kanji; written {written}, unchanged {unchanged},"
        f" removed {len(stale)}"
    )
    if missing:
        print("KanjiVG has no drawing for:", " ".join(missing), file=sys.stderr)
    return 1 if any(c in kanji for c in missing) else 0


if __name__ == "__main__":
    raise SystemExit(main())
