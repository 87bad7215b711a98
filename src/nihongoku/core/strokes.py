"""Stroke order from KanjiVG drawings (resources/strokes/, CC BY-SA 3.0, Ulrich Apel).

The GUI shows a character stroke by stroke, the way a teacher writes it on the board;
this module cuts a drawing down to its first strokes and marks the newest one, as plain
SVG text, so the Qt layer only has to render it (no Qt here). The files are copied from
the ``kanjivg`` package by ``tools/extract_strokes.py``; the app never needs the package.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import quoteattr

from nihongoku.paths import resources_dir

SVG_NS = "{http://www.w3.org/2000/svg}"
HIGHLIGHT = "#b3261e"  # the stroke just added: where the learner's eye should go
INK = "#2b2b2b"
NUMBER_INK = "#808080"  # KanjiVG's own colour for stroke numbers
ATTRIBUTION = "KanjiVG (C) Ulrich Apel, CC BY-SA 3.0, https://kanjivg.tagaini.net"

# KanjiVG names a stroke "kvg:<hex>-s<n>" (a variant file adds e.g. "-Kaisho" to <hex>).
_STROKE_ID = re.compile(r"^kvg:[0-9a-f]{5}(?:-[A-Za-z]+)?-s(\d+)$")
_NUMBER_POSITION = re.compile(r"matrix\(\s*1\s+0\s+0\s+1\s+(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)")


class NoStrokeOrder(KeyError):
    """There is no KanjiVG drawing for this text in resources/strokes/.

    A KeyError, so callers that look characters up like a mapping can treat it as one.
    """

    def __init__(self, char: str) -> None:
        super().__init__(char)
        self.char = char

    def __str__(self) -> str:  # KeyError would show only repr(char)
        if len(self.char) != 1:
            return f"stroke order is drawn one character at a time, not {self.char!r}"
        return (
            f"no stroke-order drawing for {self.char!r} (U+{ord(self.char):04X}) in "
            "resources/strokes/; add it with tools/extract_strokes.py"
        )


@dataclass(frozen=True)
class Stroke:
    path: str  # SVG path data, in KanjiVG's 109×109 box
    number_at: tuple[float, float] | None  # where KanjiVG puts the stroke's number


def strokes_file(char: str) -> Path | None:
    """The KanjiVG file of one character (named by its code point, like KanjiVG's own),
    or None when the app has no drawing for it."""
    if len(char) != 1:
        return None
    path = resources_dir() / "strokes" / f"{ord(char):05x}.svg"
    return path if path.is_file() else None


@cache  # a few hundred small files at most, each read again on every repaint otherwise
def strokes(char: str) -> tuple[Stroke, ...]:
    """The strokes of one character, in writing order.

    Order comes from the ``-s<n>`` in each path's id rather than from document order, and
    each number's position is matched by its text, so a reordered file still reads right.
    """
    path = strokes_file(char)
    if path is None:
        raise NoStrokeOrder(char)
    root = ET.parse(path).getroot()
    paths: dict[int, str] = {}
    for element in root.iter(f"{SVG_NS}path"):
        match = _STROKE_ID.match(element.get("id", ""))
        if match:
            paths[int(match[1])] = element.get("d", "")
    positions: dict[int, tuple[float, float]] = {}
    for group in root.iter(f"{SVG_NS}g"):
        if not group.get("id", "").startswith("kvg:StrokeNumbers_"):
            continue
        for text in group.iter(f"{SVG_NS}text"):
            where = _NUMBER_POSITION.search(text.get("transform", ""))
            if where and (text.text or "").strip().isdigit():
                positions[int((text.text or "").strip())] = (float(where[1]), float(where[2]))
    return tuple(Stroke(paths[n], positions.get(n)) for n in sorted(paths))


def stroke_count(char: str) -> int:
    """How many strokes ``char`` is written with (raises NoStrokeOrder without a drawing)."""
    return len(strokes(char))


def stroke_svg(char: str, upto: int | None = None) -> str:
    """SVG text of ``char``: all its strokes in ink, or with ``upto`` only the first
    ``upto`` of them, the last of those in red, each shown stroke with its number.

    That is what a teacher draws on the board, one stroke at a time. ``upto=0`` gives an
    empty box (the start of an animation). Raises NoStrokeOrder when there is no drawing
    and ValueError when ``upto`` is not between 0 and the stroke count.
    """
    all_strokes = strokes(char)
    if upto is not None and not 0 <= upto <= len(all_strokes):
        raise ValueError(f"{char!r} has {len(all_strokes)} strokes, cannot show {upto}")
    shown = all_strokes if upto is None else all_strokes[:upto]
    newest = len(shown) - 1 if upto is not None else -1
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="109" height="109" viewBox="0 0 109 109">',
        f"<!-- {ATTRIBUTION} -->",
        '<g style="fill:none;stroke-width:3.5;stroke-linecap:round;stroke-linejoin:round">',
    ]
    for index, stroke in enumerate(shown):
        colour = HIGHLIGHT if index == newest else INK
        parts.append(f'<path class="stroke" d={quoteattr(stroke.path)} stroke="{colour}"/>')
    parts.append(f'</g><g style="font-size:8px;font-family:sans-serif;fill:{NUMBER_INK}">')
    for number, stroke in enumerate(shown, start=1):
        if stroke.number_at is not None:
            x, y = stroke.number_at
            parts.append(f'<text x="{x:g}" y="{y:g}">{number}</text>')
    parts.append("</g></svg>")
    return "".join(parts)
