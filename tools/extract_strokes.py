"""Copy the KanjiVG stroke-order SVGs the course needs into resources/strokes/.

    pip install kanjivg && python tools/extract_strokes.py

KanjiVG (CC BY-SA 3.0, Ulrich Apel) ships 11,662 SVGs (77 MB); the app needs every kana
and the kanji its lessons use, a few hundred KB. Run again when lessons gain kanji.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nihongoku.core.content.build import build_course  # noqa: E402
from nihongoku.core.japanese import is_kanji  # noqa: E402

TARGET = ROOT / "resources" / "strokes"
KANA = [chr(c) for c in range(0x3041, 0x3097)] + [chr(c) for c in range(0x30A1, 0x30FB)] + ["ー"]


def kanjivg_folder() -> Path:
    import importlib.metadata

    files = importlib.metadata.files("kanjivg") or []
    for file in files:
        if file.name == "03042.svg":
            return Path(str(file.locate())).parent
    raise SystemExit("kanjivg is not installed: pip install kanjivg")


def course_kanji() -> set[str]:
    course = build_course([ROOT / "lessons"])
    texts: list[str] = []
    for entry in course.entries():
        texts += [getattr(entry, "char", ""), getattr(entry, "written", "")]
        example = getattr(entry, "example", None)
        if example is not None:
            texts.append(example.text)
        texts += [sentence.text for sentence in getattr(entry, "examples", ())]
    return {c for text in texts for c in text if is_kanji(c)}


def main() -> int:
    source = kanjivg_folder()
    TARGET.mkdir(parents=True, exist_ok=True)
    wanted = sorted(set(KANA) | course_kanji())
    written, missing = 0, []
    for char in wanted:
        name = f"{ord(char):05x}.svg"
        if not (source / name).exists():
            missing.append(char)
            continue
        shutil.copyfile(source / name, TARGET / name)
        written += 1
    size = sum(f.stat().st_size for f in TARGET.glob("*.svg"))
    print(f"{written} SVGs in {TARGET} ({size / 1024:.0f} KB)")
    if missing:
        print("KanjiVG has no drawing for:", "".join(missing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
