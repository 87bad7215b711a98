"""The bundled font on paper, for Japanese and Latin text alike."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from nihongoku.paths import font_path

# The font's Latin "locl" feature swaps in proportional digits that are missing from its
# character map, and Qt's PDF writer then cannot say which character they are: copying
# "Halaman 3" out of the PDF gave "Halaman " (measured with pdftotext and QtPdf).
# Without the feature the digits are the font's plain ones, and text copies and searches.
_NO_LOCL = QFont.Tag("locl")
# Its "fi" ligature has no character behind it either: "file" copied as "Ķle" (QtPdf).
_NO_LIGA = QFont.Tag("liga")


@cache
def bundled_family() -> str:
    """Register the bundled font once per process and return its family name.

    Call it on the GUI thread before drawing elsewhere: the font database is shared.
    """
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        raise FileNotFoundError(f"the bundled font could not be loaded: {font_path()}")
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def paper_font(points: float, *, bold: bool = False) -> QFont:
    font = QFont(bundled_family())
    font.setPointSizeF(points)
    font.setBold(bold)  # the font has one weight; Qt emboldens it, enough for headings
    font.setFeature(_NO_LOCL, 0)
    font.setFeature(_NO_LIGA, 0)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # exact on paper
    return font
