"""Which column of an instructor's word list holds what: guessed from the header row
(Indonesian, English or Japanese headers), or set by the instructor."""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

from nihongoku.core.authoring.spreadsheet import Table, column_letter, read_table
from nihongoku.core.japanese import is_kana, is_kanji


class Column(enum.StrEnum):
    """What a spreadsheet column can hold."""

    WRITTEN = "written"
    READING = "reading"
    MEANING_ID = "meaning_id"
    MEANING_EN = "meaning_en"
    POS = "pos"
    EXAMPLE_JA = "example_ja"
    EXAMPLE_ID = "example_id"
    EXAMPLE_EN = "example_en"
    NOTE_ID = "note_id"
    NOTE_EN = "note_en"


# Header words, Indonesian and English (and the Japanese a teacher may use). The header
# that matches most words of a name wins: "terjemahan contoh" is the example's translation,
# not the example.
_NAMES: dict[Column, tuple[str, ...]] = {
    Column.WRITTEN: (
        "kanji", "tulisan", "written", "kata", "word", "kosakata", "vocabulary", "japanese",
        "bahasa jepang", "jepang", "kotoba", "漢字", "単語", "ことば", "表記",
    ),
    Column.READING: (
        "kana", "bacaan", "reading", "furigana", "hiragana", "cara baca", "yomi", "読み",
        "よみ", "よみかた", "ふりがな", "かな",
    ),
    Column.MEANING_ID: (
        "arti", "makna", "indonesia", "bahasa indonesia", "meaning id", "arti indonesia",
        "arti bahasa indonesia", "terjemahan", "意味",
    ),
    Column.MEANING_EN: (
        "english", "inggris", "bahasa inggris", "meaning en", "meaning", "arti inggris",
        "arti bahasa inggris", "meaning english", "英語",
    ),
    Column.POS: (
        "jenis kata", "kelas kata", "pos", "part of speech", "word class", "jenis", "品詞",
    ),
    Column.EXAMPLE_JA: (
        "contoh", "example", "contoh kalimat", "kalimat contoh", "example sentence", "例文",
        "contoh jepang", "example ja",
    ),
    Column.EXAMPLE_ID: (
        "terjemahan contoh", "arti contoh", "contoh indonesia", "example id",
        "terjemahan kalimat", "terjemahan contoh indonesia", "example translation id",
        "contoh arti",
    ),
    Column.EXAMPLE_EN: (
        "example en", "example english", "contoh inggris", "terjemahan contoh inggris",
        "example translation", "example translation en", "contoh bahasa inggris",
    ),
    Column.NOTE_ID: ("catatan", "note", "keterangan", "note id", "catatan indonesia", "notes"),
    Column.NOTE_EN: ("note en", "note english", "catatan inggris", "notes en"),
}  # fmt: skip

_WORDS = re.compile(r"[^\w]+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _WORDS.split(unicodedata.normalize("NFKC", text).casefold()) if w)


_HEADER_WORDS = {_words(name) for names in _NAMES.values() for name in names}


def read_words(path: Path, sheet: str | None = None) -> Table:
    """A word list's table: ``read_table``, and a first row of words (not of headers) kept
    as data. Raises SpreadsheetError."""
    table = read_table(path, sheet)
    # a header may be Japanese (漢字, 読み), but a word (本, ほん) is not a header
    if any(looks_japanese(cell) and _words(cell) not in _HEADER_WORDS for cell in table.header):
        return table.without_header()
    return table


def looks_japanese(text: str) -> bool:
    return any(is_kanji(c) or is_kana(c) for c in text)


def guess_mapping(table: Table) -> dict[Column, int]:
    """Which column holds what, from the header row (``{}`` without one)."""
    if not table.has_header:
        return {}
    scored: list[tuple[int, int, Column]] = []  # (score, column index, what)
    for index, title in enumerate(table.header):
        words = _words(title)
        if not words:
            continue
        for what, names in _NAMES.items():
            best = 0
            for name in names:
                wanted = _words(name)
                if words == wanted:
                    best = max(best, 10 * len(wanted) + 5)  # the whole header is the name
                elif all(w in words for w in wanted):
                    best = max(best, 10 * len(wanted))
            if best:
                scored.append((best, -index, what))
    mapping: dict[Column, int] = {}
    used: set[int] = set()
    for _score, negative, what in sorted(scored, reverse=True):
        if what not in mapping and -negative not in used:
            mapping[what] = -negative
            used.add(-negative)
    return dict(sorted(mapping.items(), key=lambda item: list(Column).index(item[0])))


def parse_mapping(specs: Sequence[str], table: Table) -> dict[Column, int | None]:
    """``field=COLUMN`` settings (a header, a letter or a number from 1; empty: no column).

    Raises ValueError with a sentence naming the bad setting.
    """
    chosen: dict[Column, int | None] = {}
    names = ", ".join(c.value for c in Column)
    for spec in specs:
        key, sep, value = spec.partition("=")
        try:
            what = Column(key.strip().lower().replace("-", "_"))
        except ValueError:
            raise ValueError(f"--map {spec}: unknown field {key!r} (fields: {names})") from None
        if not sep:
            raise ValueError(f"--map {spec}: write field=COLUMN, e.g. reading=Kana")
        chosen[what] = _column_index(value.strip(), table, spec)
    return chosen


def _column_index(value: str, table: Table, spec: str) -> int | None:
    if not value:
        return None
    folded = value.casefold()
    for index, title in enumerate(table.header):
        if title.casefold() == folded:
            return index
    if value.isdigit() and 1 <= int(value) <= max(table.columns, 1):
        return int(value) - 1
    if value.isalpha() and value.isascii() and len(value) <= 2:
        for index in range(max(table.columns, 1)):
            if column_letter(index) == value.upper():
                return index
    raise ValueError(f"--map {spec}: no column {value!r} in {table.path}")


def apply_settings(
    guessed: Mapping[Column, int], settings: Mapping[Column, int | None]
) -> dict[Column, int]:
    """The guess with the instructor's settings on top (a setting of None unmaps a field)."""
    mapping = {k: v for k, v in guessed.items() if k not in settings}
    taken = {v: k for k, v in settings.items() if v is not None}
    mapping = {k: v for k, v in mapping.items() if v not in taken}
    mapping.update({k: v for k, v in settings.items() if v is not None})
    return mapping
