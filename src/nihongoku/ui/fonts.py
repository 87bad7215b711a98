"""The bundled Japanese font, made the application font so no machine shows tofu."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from nihongoku.paths import font_path
from nihongoku.ui.style import style_sheet

JAPANESE_SCALE = 1.6  # kanji need more pixels than Latin text to stay legible


def load_bundled_font() -> str:
    """Register the bundled font and return its family name."""
    path = font_path()
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        raise FileNotFoundError(f"the bundled font could not be loaded: {path}")
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def apply_font_size(app: QApplication, family: str, point_size: int) -> None:
    font = QFont(family, point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    # Setting the sheet also makes widgets already on screen take the new font: with a
    # style sheet in force, setFont alone no longer reaches them.
    app.setStyleSheet(style_sheet(point_size))


def japanese_font(base: QFont, scale: float = JAPANESE_SCALE) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    return font
