"""Stroke order: every kana has a drawing, and the view steps through it visibly."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from nihongoku.core.strokes import (
    HIGHLIGHT,
    NoStrokeOrder,
    stroke_count,
    stroke_svg,
    strokes_file,
)
from nihongoku.paths import resources_dir
from nihongoku.ui.widgets.stroke_order import StrokeOrderView

SVG = "{http://www.w3.org/2000/svg}"
BASIC = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
)
KATAKANA = "".join(chr(ord(c) + 0x60) for c in BASIC)


@pytest.mark.parametrize("char", [*BASIC, *KATAKANA, "ー", "ゃ", "ッ"])
def test_every_kana_has_a_stroke_drawing(char: str) -> None:
    assert strokes_file(char) is not None
    assert stroke_count(char) >= 1


def test_every_bundled_drawing_reads_and_keeps_its_licence_header() -> None:
    files = sorted((resources_dir() / "strokes").glob("*.svg"))
    assert len(files) >= 177  # every kana, before any kanji
    for file in files:
        assert "Creative Commons" in file.read_text(encoding="utf-8")[:800], file.name
        assert stroke_count(chr(int(file.stem, 16))) >= 1, file.name


def test_known_stroke_counts() -> None:
    assert (stroke_count("あ"), stroke_count("ア"), stroke_count("き"), stroke_count("ツ")) == (
        3, 2, 4, 3,
    )  # fmt: skip
    if strokes_file("日") is not None:
        assert stroke_count("日") == 4


def _drawn(svg: str) -> tuple[list[str], list[str]]:
    """Colours of the stroke paths and the stroke numbers, as a renderer would see them."""
    root = ET.fromstring(svg)
    colours = [p.get("stroke", "") for p in root.iter(f"{SVG}path")]
    return colours, [t.text or "" for t in root.iter(f"{SVG}text")]


def test_partial_drawing_marks_the_newest_stroke() -> None:
    svg = stroke_svg("あ", upto=2)
    colours, numbers = _drawn(svg)
    assert len(colours) == 2 and HIGHLIGHT in svg
    assert colours[-1] == HIGHLIGHT and HIGHLIGHT not in colours[:-1]
    assert numbers == ["1", "2"]
    assert _drawn(stroke_svg("あ", upto=3))[0][-1] == HIGHLIGHT  # the last stroke too
    assert _drawn(stroke_svg("あ", upto=0)) == ([], [])
    full = stroke_svg("あ")
    assert HIGHLIGHT not in full and _drawn(full)[1] == ["1", "2", "3"]
    assert "KanjiVG" in full  # the attribution travels with the drawing


def test_missing_drawings_and_impossible_steps_are_clear_errors() -> None:
    with pytest.raises(NoStrokeOrder, match=r"U\+2603"):
        stroke_svg("☃")
    with pytest.raises(KeyError):  # callers may treat it as a failed look-up
        stroke_count("☃")
    with pytest.raises(NoStrokeOrder, match="one character"):
        stroke_count("きゃ")
    assert strokes_file("☃") is None and strokes_file("きゃ") is None
    with pytest.raises(ValueError, match="3 strokes"):
        stroke_svg("あ", upto=4)


def test_view_steps_through_strokes_and_each_step_looks_different(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = StrokeOrderView()
    qtbot.addWidget(view)
    view.set_text("あ")
    view.resize(view.sizeHint())
    assert (view.width(), view.height()) == (240, 240)
    full = view.grab().toImage()
    assert _ink(full) > 200 and _red(full) == 0

    view.step()  # after the full drawing, stepping starts again from an empty square
    assert view.shown() == 0
    empty = view.grab().toImage()
    assert _ink(empty) == 0 and _guides(empty) > 50  # the practice-paper cross is there
    frames = [empty]
    for _ in range(3):
        view.step()
        frames.append(view.grab().toImage())
        assert _red(frames[-1]) > 20  # the newest stroke stands out
    assert view.shown() == 3
    assert len({bytes(f.constBits()) for f in frames}) == 4
    assert _ink(frames[1]) < _ink(frames[2]) < _ink(frames[3])
    view.step()
    assert view.shown() == 0


def test_view_shows_a_yoon_pair_side_by_side(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = StrokeOrderView()
    qtbot.addWidget(view)
    view.set_text("きゃ")
    assert view.total() == stroke_count("き") + stroke_count("ゃ")
    assert view.sizeHint().width() == 2 * view.sizeHint().height()
    view.resize(view.sizeHint())
    for _ in range(1 + stroke_count("き") + 1):  # to the empty square, all of き, one of ゃ
        view.step()
    image = view.grab().toImage()
    half = image.width() // 2
    assert _red(image.copy(0, 0, half, image.height())) == 0  # き done, in ink
    assert _red(image.copy(half, 0, half, image.height())) > 0  # ゃ's first stroke, in red


def test_play_animates_to_the_full_drawing(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = StrokeOrderView()
    qtbot.addWidget(view)
    view.set_text("い")
    view.play()
    assert view.shown() == 0
    qtbot.waitUntil(lambda: view.shown() == stroke_count("い"), timeout=5000)
    qtbot.waitUntil(lambda: not view._timer.isActive(), timeout=5000)
    view.resize(view.sizeHint())
    assert _red(view.grab().toImage()) == 0  # it ends on the plain drawing


def _pixels(image: QImage) -> list[tuple[int, int, int]]:
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    colours = [
        rgb.pixelColor(x, y) for y in range(0, rgb.height(), 2) for x in range(0, rgb.width(), 2)
    ]
    return [(c.red(), c.green(), c.blue()) for c in colours]


def _ink(image: QImage) -> int:
    return sum(1 for r, g, b in _pixels(image) if max(r, g, b) < 120)


def _red(image: QImage) -> int:
    return sum(1 for r, g, b in _pixels(image) if r > 130 and g < 90 and b < 90)


def _guides(image: QImage) -> int:
    return sum(1 for r, g, b in _pixels(image) if min(r, g, b) > 200 and max(r, g, b) < 245)
