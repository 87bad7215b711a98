"""Documents to PDF files, and the Qt application the command line needs to make them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QGuiApplication, QPdfWriter

from nihongoku import APP_NAME
from nihongoku.printing.document import Document, render
from nihongoku.printing.paper import Progress

PDF_DPI = 300  # coordinates are kept as floats; this only sets the device's pixel grid


def pdf_bytes(document: Document, progress: Progress | None = None) -> tuple[bytes, int]:
    """The document as PDF data, and its page count."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.title)
    writer.setCreator(APP_NAME)
    pages = render(document, writer, progress)
    del writer  # the PDF trailer is written when the writer goes
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(document: Document, path: Path, progress: Progress | None = None) -> int:
    """Write the document to ``path``; returns its page count.

    The file appears whole or not at all: the PDF is made in memory and renamed into
    place, so a full USB stick never leaves half a worksheet behind. Raises OSError.
    """
    data, pages = pdf_bytes(document, progress)
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    return pages


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a QGuiApplication for the command line.

    Fonts need a GUI application. Without a display (a server, CI) Qt is told to draw
    offscreen; a desktop session keeps its own platform.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    on_desktop = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not on_desktop:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])
