"""Stroke order from KanjiVG drawings (resources/strokes/, CC BY-SA 3.0, Ulrich Apel).

The GUI animates a character stroke by stroke; this module cuts a drawing down to its
first strokes and marks the newest one, as plain SVG text (no Qt here).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nihongoku.paths import resources_dir

SVG_NS = "{http://www.w3.org/2000/svg}"
HIGHLIGHT = "#b3261e"
INK = "#2b2b2b"
DONE_INK = "#9a9a9a"
_NUMBER_POSITION = re.compile(r"matrix\(1 0 0 1 ([\d.]+) ([\d.]+)\)")


class NoStrokeOrder(KeyError):
    """KanjiVG has no drawing for this character."""


@dataclass(frozen=True)
class Stroke:
    path: str  # SVG path data
    number_at: tuple[float, float] | None  # where KanjiVG puts the stroke's number


def strokes_file(char: str) -> Path:
    return resources_dir() / "strokes" / f"{ord(char):05x}.svg"


@cache
def strokes(char: str) -> tuple[Stroke, ...]:
    """The strokes of one character, in writing order."""
    path = strokes_file(char)
    if len(char) != 1 or not path.exists():
        raise NoStrokeOrder(char)
    root = ET.parse(path).getroot()
    paths = [
        element.get("d", "")
        for element in root.iter(f"{SVG_NS}path")
        if re.search(r"-s\d+$", element.get("id", ""))
    ]
    numbers: list[tuple[float, float]] = []
    for text in root.iter(f"{SVG_NS}text"):
        match = _NUMBER_POSITION.search(text.get("transform", ""))
        if match:
            numbers.append((float(match[1]), float(match[2])))
    return tuple(Stroke(d, numbers[i] if i < len(numbers) else None) for i, d in enumerate(paths))


def stroke_count(char: str) -> int:
    return len(strokes(char))


def stroke_svg(char: str, upto: int | None = None) -> str:
    """SVG of ``char`` showing its first ``upto`` strokes (all when None), the newest in
    red, each with its number: what a teacher draws on the board, step by step."""
    all_strokes = strokes(char)
    shown = all_strokes if upto is None else all_strokes[: max(0, upto)]
    partial = upto is not None and upto < len(all_strokes)
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="109" height="109" viewBox="0 0 109 109">',
        '<g style="fill:none;stroke-width:3.5;stroke-linecap:round;stroke-linejoin:round">',
    ]
    for index, stroke in enumerate(shown):
        newest = partial and index == len(shown) - 1
        colour = HIGHLIGHT if newest else (DONE_INK if partial else INK)
        parts.append(f'<path class="stroke" d="{stroke.path}" stroke="{colour}"/>')
    parts.append('</g><g style="font-size:8px;fill:#808080">')
    for index, stroke in enumerate(shown, start=1):
        if stroke.number_at is not None:
            x, y = stroke.number_at
            parts.append(f'<text x="{x}" y="{y}">{index}</text>')
    parts.append("</g></svg>")
    return "".join(parts)
