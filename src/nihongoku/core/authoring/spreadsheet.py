"""Spreadsheets read as tables of text: CSV (any encoding Excel writes, comma, semicolon or
tab) and XLSX (openpyxl, read-only, values only).

The files come from outside (a colleague's USB stick, any Excel in any locale), so reading
is capped (size, rows, columns, cell length, what a zip unpacks to) and every refusal is a
SpreadsheetError naming the file and the place.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from nihongoku.core.errors import NihongokuError

# Caps against hostile or mistaken files: a word list is a few hundred rows.
MAX_FILE_BYTES = 10_000_000
MAX_ROWS = 5_000
MAX_COLUMNS = 50
MAX_CELL_CHARS = 1_000
MAX_SHEET_ROWS = 20_000  # blank rows included: a list with gaps, never a million rows
# An XLSX file is a zip: what it unpacks to is capped too (a "zip bomb" is tiny packed).
MAX_UNPACKED_BYTES = 200_000_000
MAX_ZIP_ENTRIES = 2_000

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


class SpreadsheetError(NihongokuError):
    """A file that cannot be read as a word list; ``str()`` names the file and place."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# -- reading the table ----------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A sheet's cells as text: the header row, then each data row with its row number."""

    path: Path
    sheet: str | None  # XLSX: the sheet read; CSV: None
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number as the program shows it, cells)
    notes: tuple[str, ...] = ()  # how the file was read, e.g. a fallback encoding
    has_header: bool = True
    header_row: int = 1

    def without_header(self) -> Table:
        """The same sheet read as data from its first row (a list with no header row)."""
        if not self.has_header:
            return self
        rows = ((self.header_row, self.header), *self.rows)
        return Table(self.path, self.sheet, (), rows, self.notes, False, self.header_row)

    @property
    def columns(self) -> int:
        return max([len(self.header), *(len(cells) for _, cells in self.rows)], default=0)

    def column_name(self, index: int) -> str:
        """``B: Kana`` (the letter, then the header), as the instructor finds the column."""
        title = self.header[index] if index < len(self.header) and self.has_header else ""
        letter = column_letter(index)
        return f"{letter}: {title}" if title else letter


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def sheet_names(path: Path) -> list[str]:
    """The sheets of an XLSX workbook ([] for a CSV file)."""
    if _kind(path) != "xlsx":
        return []
    with _workbook(path) as book:
        return list(book.sheetnames)


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The cells of a CSV file or of one sheet of an XLSX workbook (the first by default).

    Raises SpreadsheetError for anything that is not a readable, reasonably sized table.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SpreadsheetError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if size > MAX_FILE_BYTES:
        raise SpreadsheetError(
            path, f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB: not a word list"
        )
    if _kind(path) == "xlsx":
        name, raw_rows = _xlsx_rows(path, sheet)
        notes: tuple[str, ...] = ()
    else:
        if sheet:
            raise SpreadsheetError(path, "a CSV file has no sheets; leave out the sheet name")
        name = None
        raw_rows, notes = _csv_rows(path)
    return _table(path, name, raw_rows, notes)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix == ".xls":
        raise SpreadsheetError(
            path, "this is the old Excel format (.xls); save it as .xlsx or as CSV UTF-8"
        )
    if suffix == ".ods":
        raise SpreadsheetError(path, "save the sheet as .xlsx or as CSV UTF-8 first")
    try:
        with path.open("rb") as stream:
            magic = stream.read(4)
    except OSError as exc:
        raise SpreadsheetError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return "xlsx" if magic == b"PK\x03\x04" else "csv"


def _table(
    path: Path,
    sheet: str | None,
    raw_rows: Iterable[tuple[int, list[str]]],
    notes: tuple[str, ...],
) -> Table:
    where = f"sheet {sheet!r}, " if sheet else ""
    header: tuple[str, ...] | None = None
    header_number = 1
    rows: list[tuple[int, tuple[str, ...]]] = []
    for number, cells in raw_rows:
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue  # blank rows separate groups of words; they are not words
        if len(cells) > MAX_COLUMNS:
            raise SpreadsheetError(
                path, f"{where}row {number}: more than {MAX_COLUMNS} columns: not a word list"
            )
        for index, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS:
                raise SpreadsheetError(
                    path,
                    f"{where}row {number}, column {column_letter(index)}: a cell longer than "
                    f"{MAX_CELL_CHARS} characters",
                )
        if header is None:
            header, header_number = tuple(cells), number
            continue
        rows.append((number, tuple(cells)))
        if len(rows) > MAX_ROWS:
            raise SpreadsheetError(path, f"{where}more than {MAX_ROWS} rows: split the list")
    if header is None:
        raise SpreadsheetError(path, f"{where}the sheet is empty")
    return Table(path, sheet, header, tuple(rows), notes, header_row=header_number)


def _clean(text: str) -> str:
    # NFC: a word typed on a Mac (decomposed が) must equal the same word typed elsewhere
    return unicodedata.normalize("NFC", text.replace("\u3000", " ")).strip()


def _csv_rows(path: Path) -> tuple[list[tuple[int, list[str]]], tuple[str, ...]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(path, f"cannot be read ({exc.strerror or exc})") from exc
    text, notes = _decode(raw)
    if "\x00" in text:
        raise SpreadsheetError(path, "the file holds binary data: not a CSV file")
    delimiter = _delimiter(text)
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        # numbered by record, as a spreadsheet numbers rows (a quoted cell may hold newlines)
        for number, cells in enumerate(reader, start=1):
            if len(cells) > MAX_COLUMNS * 4:
                raise SpreadsheetError(
                    path, f"row {number}: more than {MAX_COLUMNS} columns: not a word list"
                )
            _keep(path, rows, number, [_clean(cell) for cell in cells])
    except csv.Error as exc:
        raise SpreadsheetError(
            path, f"line {reader.line_num}: not a readable CSV file ({exc})"
        ) from exc
    return rows, notes


def _keep(
    path: Path,
    rows: list[tuple[int, list[str]]],
    number: int,
    cells: list[str],
    sheet: str | None = None,
) -> None:
    """Keep a row that has text (blank rows are left out as they are read)."""
    if not any(cells):
        return
    rows.append((number, cells))
    if len(rows) > MAX_ROWS + 1:  # the header, then at most MAX_ROWS words
        where = f"sheet {sheet!r}, " if sheet else ""
        raise SpreadsheetError(path, f"{where}more than {MAX_ROWS} rows: split the list")


def _decode(raw: bytes) -> tuple[str, tuple[str, ...]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode text" is UTF-16 with tabs
        try:
            return raw.decode("utf-16"), ()
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    lost = "not UTF-8: read as Windows-1252; Japanese text would have been lost (save as CSV UTF-8)"
    try:
        return raw.decode("cp1252"), (lost,)
    except UnicodeDecodeError:
        return raw.decode("latin-1"), (lost.replace("Windows-1252", "Latin-1"),)


def _delimiter(text: str) -> str:
    """Comma, semicolon (Indonesian Excel writes CSV with ;) or tab, from the first line."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


class _workbook:
    """openpyxl's read-only workbook, always closed (it keeps the zip file open)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book: Any = None

    def __enter__(self) -> Any:
        _check_zip(self.path)
        from openpyxl import load_workbook

        try:
            with warnings.catch_warnings():
                # "Data Validation extension is not supported", "no stylesheet": Excel
                # features a word list does not need, not something to tell the instructor
                warnings.simplefilter("ignore", UserWarning)
                self.book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:
            # openpyxl raises whatever its zip and XML layers raise (KeyError, ValueError,
            # ParseError, BadZipFile…) for a damaged file: all mean "cannot be read".
            raise SpreadsheetError(
                self.path, f"not a readable XLSX workbook ({type(exc).__name__}: {exc})"
            ) from exc
        return self.book

    def __exit__(self, *exc: object) -> None:
        if self.book is not None:
            self.book.close()


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise SpreadsheetError(path, f"not a readable XLSX workbook ({exc})") from exc
    if len(entries) > MAX_ZIP_ENTRIES:
        raise SpreadsheetError(path, f"more than {MAX_ZIP_ENTRIES} parts: not a word list")
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise SpreadsheetError(
            path, f"unpacks to more than {MAX_UNPACKED_BYTES // 1_000_000} MB: not a word list"
        )


def _xlsx_rows(path: Path, sheet: str | None) -> tuple[str, list[tuple[int, list[str]]]]:
    with _workbook(path) as book:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            listed = ", ".join(repr(n) for n in names)
            raise SpreadsheetError(path, f"no sheet named {sheet!r} (the sheets: {listed})")
        if not names:
            raise SpreadsheetError(path, "the workbook has no sheets")
        name = sheet or names[0]
        rows: list[tuple[int, list[str]]] = []
        try:
            # Bounded: a sheet may claim to span 16,384 columns and a million rows, and
            # openpyxl pads every row to the columns claimed and fills the gaps between rows
            # (text past column 200 is not read: no word list reaches it).
            cells = book[name].iter_rows(max_col=MAX_COLUMNS * 4, values_only=True)
            for number, values in enumerate(cells, start=1):
                if number > MAX_SHEET_ROWS:
                    raise SpreadsheetError(
                        path,
                        f"sheet {name!r} goes on past row {MAX_SHEET_ROWS}: delete the rows "
                        f"below the list",
                    )
                if any(value is not None for value in values):
                    _keep(path, rows, number, [_cell_text(value) for value in values], name)
        except SpreadsheetError:
            raise
        except Exception as exc:  # damaged sheet XML: see _workbook
            raise SpreadsheetError(
                path, f"sheet {name!r} cannot be read ({type(exc).__name__}: {exc})"
            ) from exc
    return name, rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return _clean(str(value))
