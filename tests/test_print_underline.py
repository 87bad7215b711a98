"""The test's underline on paper: the marked word is underlined under its text, and the
line follows the word when the stem breaks across lines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter, QPdfWriter

from nihongoku.core.japanese import Ruby
from nihongoku.printing.paper import BODY, WIDTH, Paper, a4_layout
from nihongoku.printing.ruby import break_ruby

STEM = (
    Ruby("まいにち "),
    Ruby("日本語", "にほんご", underline=True),
    Ruby("の ", underline=True),
    Ruby("本", "ほん"),
    Ruby("を 読", None),
    Ruby("みます。"),
)


def one_mm(text: str) -> float:
    return float(len(text))


def test_underlined_cells_make_one_run_and_follow_a_line_break() -> None:
    (line,) = break_ruby(STEM, 100, one_mm, one_mm)
    # from 日本語 (a ruby cell as wide as its reading) through の; not the space after it
    assert line.underlines() == [(5.0, 10.0)]
    phrase = (
        Ruby("きのう "),
        Ruby("日本語", "にほんご", underline=True),
        Ruby("のしんぶん", underline=True),
    )
    lines = break_ruby((*phrase, Ruby("を 読みました。")), 7, one_mm, one_mm)
    assert [line.underlines() for line in lines[:3]] == [[], [(0.0, 7.0)], [(0.0, 2.0)]]
    assert not break_ruby((Ruby("本", "ほん"),), 10, one_mm, one_mm)[0].underlines()


def dark_runs(image: QImage, y: int) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for x in range(image.width() + 1):
        colour = image.pixelColor(min(x, image.width() - 1), y)
        dark = x < image.width() and colour.alpha() > 128 and colour.lightness() < 110
        if dark and start is None:
            start = x
        elif not dark and start is not None:
            runs.append((start, x))
            start = None
    return runs


def test_a_printed_stem_has_a_line_under_the_target_only(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / "stem.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    painter = QPainter(writer)
    paper = Paper(writer, painter, footer="")
    lines = paper.ruby_lines(STEM, BODY, paper.width)
    height = paper.ruby(paper.left, paper.top, lines, BODY)
    paper.finish()
    painter.end()

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    image = document.render(0, QSize(1240, 1754))  # 150 dpi
    px = image.width() / WIDTH
    ((start, end),) = lines[0].underlines()
    want = (round((paper.left + start) * px), round((paper.left + end) * px))
    # below the text's middle and above the next line: the one long run is the underline
    rows = range(round((paper.top + height / 2) * px), round((paper.top + height + 3) * px))
    found = [run for y in rows for run in dark_runs(image, y) if run[1] - run[0] > 20]
    assert found, "no line under the text"
    assert all(abs(a - want[0]) <= 3 and abs(b - want[1]) <= 3 for a, b in found), (found, want)
