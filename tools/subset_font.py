"""Build the bundled Japanese UI font: Noto Sans CJK JP cut down to what the app needs.

Run once when the character set changes; the output is committed under resources/fonts/.

    apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb /tmp/noto
    python tools/subset_font.py /tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

The character set is every character of Windows code page 932 (JIS X 0208 kanji levels 1
and 2, kana, the NEC circled numbers used in test booklets) plus Latin for Indonesian and
English text, so a lesson an instructor writes on a Windows laptop never shows tofu.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

JP_FACE = 0  # face index of "Noto Sans CJK JP" in NotoSansCJK-*.ttc


def cp932_characters() -> set[int]:
    chars: set[int] = set()
    for lead in range(0x81, 0xFD):
        for trail in range(0x40, 0xFD):
            try:
                text = bytes([lead, trail]).decode("cp932")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in text)
    return chars


def wanted_codepoints() -> set[int]:
    ranges = [
        (0x0020, 0x024F),  # Basic Latin .. Latin Extended-B
        (0x2000, 0x206F),  # General Punctuation
        (0x2190, 0x21FF),  # Arrows
        (0x2460, 0x24FF),  # Enclosed alphanumerics (①)
        (0x25A0, 0x25FF),  # Geometric shapes (○ △ □)
        (0x2600, 0x26FF),  # Misc symbols (★)
        (0x3000, 0x30FF),  # CJK punctuation, hiragana, katakana
        (0x31F0, 0x31FF),  # Katakana phonetic extensions
        (0xFF00, 0xFFEF),  # Half/full-width forms
    ]
    points = {cp for lo, hi in ranges for cp in range(lo, hi + 1)}
    return points | cp932_characters()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ttc", type=Path)
    parser.add_argument(
        "--out", type=Path, default=Path("resources/fonts/NotoSansJP-Nihongoku.otf")
    )
    args = parser.parse_args()

    font = TTCollection(str(args.ttc)).fonts[JP_FACE]
    options = subset.Options()
    options.layout_features = ["*"]  # keep vert/vrt2 and proportional kana features
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # CFF hints add size; Qt renders unhinted CJK well at UI sizes
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted_codepoints())
    subsetter.subset(font)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(args.out))
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
