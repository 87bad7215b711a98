"""Stroke order: every kana has a drawing, and the view steps through it visibly."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QImage

from nihongoku.core.strokes import HIGHLIGHT, NoStrokeOrder, stroke_count, stroke_svg
from nihongoku.ui.widgets.stroke_order import StrokeOrderView

BASIC = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
)


@pytest.mark.parametrize("char", list(BASIC) + [chr(ord(c) + 0x60) for c in BASIC] + ["ー"])
def test_every_kana_has_a_stroke_drawing(char: str) -> None:
    assert stroke_count(char) >= 1


def test_known_stroke_counts() -> None:
    assert (stroke_count("あ"), stroke_count("ア"), stroke_count("き"), stroke_count("ツ")) == (
        3, 2, 4, 3,
    )  # fmt: skip


def test_partial_drawing_marks_the_newest_stroke() -> None:
    svg = stroke_svg("あ", upto=2)
    assert len(re.findall(r'class="stroke"', svg)) == 2
    assert svg.count(HIGHLIGHT) == 1
    assert re.findall(r">(\d)</text>", svg) == ["1", "2"]
    assert HIGHLIGHT not in stroke_svg("あ")
    with pytest.raises(NoStrokeOrder):
        stroke_svg("☃")


def test_view_steps_through_strokes_and_each_step_looks_different(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = StrokeOrderView()
    qtbot.addWidget(view)
    view.set_text("あ")
    view.resize(view.sizeHint())
    full = view.grab().toImage()
    assert _ink(full) > 200

    frames: list[QImage] = []
    view.step()  # after the full drawing, stepping starts again from an empty square
    assert view.shown() == 0
    for _ in range(3):
        view.step()
        frames.append(view.grab().toImage())
    assert [view.shown()] == [3]
    assert len({bytes(f.constBits()) for f in frames}) == 3
    assert _ink(frames[0]) < _ink(frames[2])


def test_view_shows_a_yoon_pair_side_by_side(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = StrokeOrderView()
    qtbot.addWidget(view)
    view.set_text("きゃ")
    assert view.total() == stroke_count("き") + stroke_count("ゃ")
    assert view.sizeHint().width() == 2 * view.sizeHint().height()


def test_play_animates_to_the_full_drawing(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = StrokeOrderView()
    qtbot.addWidget(view)
    view.set_text("い")
    view.play()
    assert view.shown() == 0
    qtbot.waitUntil(lambda: view.shown() == stroke_count("い"), timeout=5000)


def _ink(image: QImage) -> int:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(0, gray.height(), 2)
        for x in range(0, gray.width(), 2)
        if gray.pixelColor(x, y).lightness() < 160
    )
