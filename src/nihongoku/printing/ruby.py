"""Breaking Japanese with furigana into lines, as a typesetter would (Qt has no <ruby>).

A kanji group and its reading never part. Spaces (N5 texts put one between phrases, and
Indonesian has them between words) are the preferred places to break; a phrase longer
than a whole line breaks between characters, never before 。、」 or small kana and never
after 「（.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nihongoku.core.japanese import Ruby

NO_LINE_START = frozenset(
    "、。，．・：；？！ー」』）)］]】〕,.!?:;ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ"
)
NO_LINE_END = frozenset("「『（(［[【〔")
_ATOM = re.compile(r"[0-9A-Za-zÀ-ɏ'’\-]+|\s|.", re.S)

Measure = Callable[[str], float]


@dataclass(frozen=True)
class RubyCell:
    text: str
    reading: str | None
    x: float  # from the line's left edge, mm
    width: float  # the wider of text and reading
    base_width: float
    reading_width: float
    underline: bool = False  # the test's underlined word: a line under the text


@dataclass(frozen=True)
class RubyLine:
    cells: tuple[RubyCell, ...]
    width: float

    @property
    def has_readings(self) -> bool:
        return any(cell.reading for cell in self.cells)

    def underlines(self) -> list[tuple[float, float]]:
        """The (start, end) of each underlined run, from the line's left edge, mm. A
        space inside a run is underlined with it; one at its end is not."""
        runs: list[tuple[float, float]] = []
        joined = False  # the previous cell was underlined: the next one continues the run
        for cell in self.cells:
            if not cell.underline:
                joined = False
                continue
            if cell.text.isspace():
                continue
            if joined:
                runs[-1] = (runs[-1][0], cell.x + cell.width)
            else:
                runs.append((cell.x, cell.x + cell.width))
            joined = True
        return runs


@dataclass(frozen=True)
class _Atom:
    text: str
    reading: str | None
    base_width: float
    reading_width: float
    underline: bool = False

    @property
    def width(self) -> float:
        return max(self.base_width, self.reading_width)

    @property
    def is_space(self) -> bool:
        return self.reading is None and self.text.isspace()


def break_ruby(
    pieces: Sequence[Ruby], width: float, base: Measure, reading: Measure
) -> list[RubyLine]:
    """Lines of at most ``width`` (a single unbreakable piece may stick out)."""
    words: list[list[_Atom]] = [[]]
    for piece in pieces:
        if piece.reading:
            words[-1].append(
                _Atom(
                    piece.text,
                    piece.reading,
                    base(piece.text),
                    reading(piece.reading),
                    piece.underline,
                )
            )
            continue
        for text in _ATOM.findall(piece.text):
            atom = _Atom(text, None, base(text), 0.0, piece.underline)
            if atom.is_space:
                words.append([atom])
                words.append([])
            else:
                words[-1].append(atom)
    lines: list[list[_Atom]] = [[]]
    used = 0.0
    for word in (w for w in words if w):
        size = sum(a.width for a in word)
        if word[0].is_space:
            if lines[-1]:
                lines[-1].append(word[0])
                used += size
            continue
        if used + size <= width or (not lines[-1] and size <= width):
            lines[-1].extend(word)
            used += size
            continue
        if size <= width:  # the whole phrase fits on a line of its own
            lines.append(list(word))
            used = size
            continue
        for atom in word:  # longer than a line: fill this one, break between characters
            if used + atom.width > width and _content(lines[-1]):
                carried = _carry(lines[-1], atom)
                lines.append(carried)
                used = sum(a.width for a in carried)
            lines[-1].append(atom)
            used += atom.width
    return [_placed(line) for line in lines if _content(line)] or [RubyLine((), 0.0)]


def _content(line: list[_Atom]) -> bool:
    return any(not a.is_space for a in line)


def _carry(line: list[_Atom], next_atom: _Atom) -> list[_Atom]:
    """Atoms to move down with ``next_atom`` so no line starts with 。 or ends with 「."""
    carried: list[_Atom] = []
    if next_atom.text in NO_LINE_START and len(line) > 1:
        carried.insert(0, line.pop())
    while len(line) > 1 and line[-1].text in NO_LINE_END:
        carried.insert(0, line.pop())
    return carried


def _placed(atoms: list[_Atom]) -> RubyLine:
    while atoms and atoms[-1].is_space:
        atoms.pop()
    while atoms and atoms[0].is_space:
        atoms.pop(0)
    cells: list[RubyCell] = []
    x = 0.0
    for atom in atoms:
        cells.append(
            RubyCell(
                atom.text,
                atom.reading,
                x,
                atom.width,
                atom.base_width,
                atom.reading_width,
                atom.underline,
            )
        )
        x += atom.width
    return RubyLine(tuple(cells), x)
