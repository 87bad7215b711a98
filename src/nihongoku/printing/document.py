"""A printable document and the one way it is drawn, on a PDF writer or on a printer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QPagedPaintDevice, QPainter

from nihongoku.core.export.worksheets import LessonHeading
from nihongoku.printing import wording
from nihongoku.printing.paper import GREY, INK, Paper, Progress, Style, a4_layout


@dataclass(frozen=True)
class Document:
    title: str  # the PDF's title and the print job's name
    footer: str  # bottom left of every page
    draw: Callable[[Paper], None]  # lays the content out; must not call paper.finish()
    note: str = ""  # a second footer line: credits the content needs on paper


class DrawingFailed(OSError):
    """The device refused to be painted on (a printer gone away, a file not writable)."""


def render(document: Document, device: QPagedPaintDevice, progress: Progress | None = None) -> int:
    """Draw ``document`` on ``device`` (A4) and return how many pages it has."""
    device.setPageLayout(a4_layout())
    counting = Paper(device, None, footer=document.footer, note=document.note)
    document.draw(counting)
    counting.finish()
    pages = counting.page
    painter = QPainter()
    if not painter.begin(device):
        raise DrawingFailed(f"could not start drawing {document.title!r}")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        paper = Paper(
            device,
            painter,
            footer=document.footer,
            note=document.note,
            pages=pages,
            parts=counting.part_pages,
            progress=progress,
        )
        document.draw(paper)
        paper.finish()
    finally:
        painter.end()
    return pages


def title_block(paper: Paper, kind: str, heading: LessonHeading | None, title: str = "") -> None:
    """The top of a document's first page: what it is, and for which lesson.

    ``title`` replaces the lesson's title (a hand-picked list of kanji has no lesson).
    """
    parts = [wording.BRAND, *([wording.LEVELS[heading.level]] if heading else []), kind]
    paper.text(paper.left, paper.y, " · ".join(parts).upper(), Style(8.5, colour=GREY))
    paper.y += 5
    big = title or (wording.lesson_title(heading) if heading else kind)
    paper.y += paper.wrapped(paper.left, paper.y, paper.width, big, Style(17, bold=True))
    paper.y += 2
    paper.line(paper.left, paper.y, paper.right, paper.y, width=0.5, colour=INK)
    paper.y += 5
