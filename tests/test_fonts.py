"""Japanese must render with the bundled font on a machine that has no fonts at all."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QImage, QPainter, QRawFont
from PySide6.QtWidgets import QApplication

from nihongoku.paths import font_path
from nihongoku.ui.fonts import load_bundled_font

# Every kana, the N5 kanji and typical test-booklet symbols must have real glyphs.
HIRAGANA = [chr(c) for c in range(0x3041, 0x3097)]
KATAKANA = [chr(c) for c in range(0x30A1, 0x30FB)] + ["ー"]
N5_KANJI = (
    "一二三四五六七八九十百千万円日月火水木金土曜年時分半今午前後上下左右中外北南東西"
    "人男女子父母友先生学校名本休体何言話読書聞見食飲買行来出入立会社電車駅道店外国語"
    "山川田天気雨花空白長高安小大新古多少手足目耳口毎週間"
)
SYMBOLS = "①②③④★○×→「」、。？！（）〜・"
INDONESIAN = "Siapa yang belajar hari ini? Selamat datang!"


def test_bundled_font_covers_kana_kanji_and_latin(qapp: QApplication) -> None:
    raw = QRawFont(str(font_path()), 16)
    assert raw.isValid()
    text = "".join(HIRAGANA + KATAKANA) + N5_KANJI + SYMBOLS + INDONESIAN
    missing = [c for c in text if not raw.supportsCharacter(ord(c))]
    assert missing == []
    assert font_path().stat().st_size < 6_000_000  # subset: keeps the bundle small


def test_kanji_are_drawn_as_distinct_glyphs_not_boxes(qapp: QApplication) -> None:
    family = load_bundled_font()

    def render(text: str) -> QImage:
        image = QImage(80, 80, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(QFont(family, 40))
        painter.drawText(5, 60, text)
        painter.end()
        return image

    glyphs = [render(c) for c in "日本語休体"]
    for image in glyphs:
        ink = sum(
            1 for y in range(80) for x in range(80) if image.pixelColor(x, y).lightness() < 128
        )
        assert ink > 50
    # Tofu boxes look alike; real kanji differ from one another.
    assert len({bytes(image.constBits()) for image in glyphs}) == len(glyphs)
