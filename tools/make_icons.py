"""Render the app icon (resources/icons/nihongoku.svg) for the desktop installers.

    python tools/make_icons.py

Writes resources/icons/nihongoku.ico (Windows: the .exe and the installer; 16-256 px) and
nihongoku-256.png (Linux menus that do not take SVG). Qt's own image plugins do both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "nihongoku.svg"))
    if not renderer.isValid():
        print(f"make_icons: cannot read {ICONS / 'nihongoku.svg'}", file=sys.stderr)
        return 1
    render(renderer, 256).save(str(ICONS / "nihongoku-256.png"))
    # one 256 px image: Windows scales it down for the taskbar and the file list
    writer = QImageWriter(str(ICONS / "nihongoku.ico"), b"ico")
    if not writer.write(render(renderer, 256)):
        print(f"make_icons: {writer.errorString()}", file=sys.stderr)
        return 1
    print(f"wrote {ICONS / 'nihongoku.ico'} and {ICONS / 'nihongoku-256.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
