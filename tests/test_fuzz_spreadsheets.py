"""Spreadsheets fed garbage by hypothesis: a SpreadsheetError naming the file, never a crash.

Whatever reads as a table is then previewed as vocabulary: a row may have problems, but
checking it never raises.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from nihongoku.core.authoring.spreadsheet import SpreadsheetError, Table
from nihongoku.core.authoring.vocab_columns import guess_mapping, read_words
from nihongoku.core.authoring.vocab_import import CourseWords, preview
from nihongoku.core.content.course import Course
from nihongoku.core.content.schema import LessonFile

FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SLOWER = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

LESSON = LessonFile.model_validate(
    {"id": "kelas-fuzz", "title": {"id": "x", "en": "x"}, "level": "n5", "order": 90,
     "goals": ["x"]}
)  # fmt: skip
KNOWN = CourseWords.of(Course([]))


def read_or_refuse(path: Path) -> Table | None:
    try:
        table = read_words(path)
    except SpreadsheetError as exc:
        assert str(exc).startswith(f"{path}: ") and len(str(exc)) > len(str(path)) + 5
        return None
    # a readable table is checked as words without raising, whatever its cells hold
    results = preview(table, guess_mapping(table), LESSON, KNOWN, propose=lambda _w: None)
    assert len(results) == len(table.rows)
    return table


def _workbook_bytes(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


VALID_XLSX = _workbook_bytes(
    [["Kanji", "Kana", "Arti", "Inggris", "Jenis kata"], ["本", "ほん", "buku", "book", "noun"]]
)

# words, headers and the characters that break parsers: quotes, separators, kana, kanji
cell_text = st.text(
    alphabet=st.sampled_from(list("ab ,;\t\"'\n\r[]本食べるほんたコーヒー?\ufeff\x00"))
    | st.characters(),
    max_size=12,
)


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".txt", ".tsv", ""]))
def test_random_bytes_as_csv(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    read_or_refuse(path)


@FAST
@given(
    rows=st.lists(st.lists(cell_text, max_size=8), max_size=12),
    sep=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_garbled_csv_text(tmp_path: Path, rows: list[list[str]], sep: str, encoding: str) -> None:
    text = "\n".join(sep.join(row) for row in rows)
    path = tmp_path / "garbled.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    read_or_refuse(path)


@SLOWER
@given(
    cuts=st.lists(st.tuples(st.integers(0, len(VALID_XLSX) - 1), st.integers(0, 255)), max_size=6),
    truncate=st.one_of(st.none(), st.integers(0, len(VALID_XLSX))),
)
def test_broken_xlsx_zips(
    tmp_path: Path, cuts: list[tuple[int, int]], truncate: int | None
) -> None:
    data = bytearray(VALID_XLSX)
    for position, value in cuts:
        data[position] = value
    path = tmp_path / "broken.xlsx"
    path.write_bytes(bytes(data[:truncate]))
    read_or_refuse(path)


@SLOWER
@given(
    member=st.sampled_from(
        ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml",
         "xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]
    ),
    content=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(str.encode),
        st.sampled_from([b"<worksheet/>", b"<?xml version='1.0'?><a><b></a>", b""]),
    ),
)  # fmt: skip
def test_xlsx_with_a_garbled_part(tmp_path: Path, member: str, content: bytes) -> None:
    path = tmp_path / "garbled.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as source,
        zipfile.ZipFile(path, "w") as target,
    ):
        for item in source.infolist():
            target.writestr(item, content if item.filename == member else source.read(item))
    read_or_refuse(path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(cell_text.filter(lambda t: "\x00" not in t), max_size=6), max_size=8))
def test_any_cells_of_a_real_workbook(tmp_path: Path, rows: list[list[str]]) -> None:
    path = tmp_path / "cells.xlsx"
    try:
        data = _workbook_bytes([["Kanji", "Kana", "Arti", "Inggris", "Jenis kata"], *rows])
    except (
        IllegalCharacterError
    ):  # openpyxl refuses to write control characters: not a case to read
        return
    path.write_bytes(data)
    assert read_or_refuse(path) is not None
