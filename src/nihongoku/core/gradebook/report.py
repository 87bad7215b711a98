"""A class's gradebook as a spreadsheet (XLSX, with openpyxl) or as CSV.

The XLSX file keeps real numbers, percentages, durations and dates, shown the Indonesian
way (dd/mm/yyyy, [h]:mm), so the centre can compute with them. CSV is for other systems:
UTF-8 with a byte-order mark (so spreadsheet programs read names right), commas, ISO dates
(YYYY-MM-DD, which no locale misreads), whole percents and h:mm durations.
Column headers and family names come from the caller, so the GUI writes them in the
instructor's language and the command line in English.
"""

from __future__ import annotations

import csv
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from functools import partial
from pathlib import Path

from nihongoku.core.gradebook.roster import GradebookError
from nihongoku.core.gradebook.row import StudentRow

FORMATS = (".xlsx", ".csv")
SHEET_TITLE_MAX = 31  # Excel's limit
SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


class Kind(enum.Enum):
    TEXT = "text"
    COUNT = "count"
    PERCENT = "percent"  # a share, 0..1
    DURATION = "duration"
    DATE = "date"
    SCORE = "score"


Value = str | int | float | timedelta | datetime | None


@dataclass(frozen=True)
class ReportLabels:
    """The words of the report; English by default."""

    name: str = "Name"
    study_time: str = "Study time (h:mm)"
    cards_learned: str = "Cards learned"
    reviews: str = "Reviews"
    retention: str = "Retention, last 30 days"
    practice_answers: str = "Practice answers"
    practice_accuracy: str = "Practice correct"
    weakest: str = "Weakest question types"
    last_activity: str = "Last activity"
    exported_at: str = "File exported"
    family: str = "Practice: %1"
    exam_section: str = "Mock exam: %1"
    sheet: str = "Gradebook"
    family_name: Callable[[str], str] = field(default=lambda family: family)
    section_name: Callable[[str], str] = field(default=lambda section: section)


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    value: Callable[[StudentRow], Value]


def _weakest(row: StudentRow, labels: ReportLabels) -> str:
    return "; ".join(f"{labels.family_name(f.family)} {round(f.share * 100)}%" for f in row.weakest)


def _family_share(family: str, row: StudentRow) -> float | None:
    return next((f.share for f in row.families if f.family == family), None)


def _exam_score(section: str, row: StudentRow) -> float | None:
    return row.exam_scores.get(section)


def columns(rows: Sequence[StudentRow], labels: ReportLabels, tz: tzinfo | None) -> list[Column]:
    """The report's columns: the fixed ones, then one per practice family and one per
    mock exam section that any learner has."""

    def local(moment: datetime | None) -> datetime | None:
        return None if moment is None else moment.astimezone(tz)

    fixed = [
        Column(labels.name, Kind.TEXT, lambda r: r.name),
        Column(labels.study_time, Kind.DURATION, lambda r: timedelta(milliseconds=r.study_ms)),
        Column(labels.cards_learned, Kind.COUNT, lambda r: r.cards_learned),
        Column(labels.reviews, Kind.COUNT, lambda r: r.reviews),
        Column(labels.retention, Kind.PERCENT, lambda r: r.retention),
        Column(labels.practice_answers, Kind.COUNT, lambda r: r.practice_answers),
        Column(labels.practice_accuracy, Kind.PERCENT, lambda r: r.practice_accuracy),
        Column(labels.weakest, Kind.TEXT, lambda r: _weakest(r, labels)),
        Column(labels.last_activity, Kind.DATE, lambda r: local(r.last_activity)),
        Column(labels.exported_at, Kind.DATE, lambda r: local(r.exported_at)),
    ]
    families = sorted({f.family for r in rows for f in r.families}, key=labels.family_name)
    by_family = [
        Column(
            labels.family.replace("%1", labels.family_name(family)),
            Kind.PERCENT,
            partial(_family_share, family),
        )
        for family in families
    ]
    sections = sorted({section for r in rows for section in r.exam_scores})
    by_section = [
        Column(
            labels.exam_section.replace("%1", labels.section_name(section)),
            Kind.SCORE,
            partial(_exam_score, section),
        )
        for section in sections
    ]
    return fixed + by_family + by_section


def write_report(
    rows: Sequence[StudentRow],
    out: Path,
    labels: ReportLabels | None = None,
    tz: tzinfo | None = None,
) -> Path:
    """Write ``rows`` to ``out`` (.xlsx or .csv; ``tz``: None = this machine's zone).

    The file is written aside and moved into place, so a full USB stick never leaves
    half a report under the real name. Raises GradebookError for another suffix and
    OSError when the file cannot be written.
    """
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise GradebookError(
            "format", f"{out}: the report is written as .xlsx or .csv, not {suffix or 'nothing'}"
        )
    labels = labels or ReportLabels()
    table = columns(rows, labels, tz)
    partial = out.with_name(out.name + ".partial")
    try:
        if suffix == ".xlsx":
            _write_xlsx(rows, table, labels, partial)
        else:
            _write_csv(rows, table, partial)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def _csv_text(kind: Kind, value: Value) -> str:
    if value is None:
        return ""
    if kind is Kind.PERCENT and isinstance(value, float):
        return f"{round(value * 100)}%"
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _write_csv(rows: Sequence[StudentRow], table: Sequence[Column], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([column.header for column in table])
        for row in rows:
            writer.writerow([_csv_text(c.kind, c.value(row)) for c in table])


NUMBER_FORMATS = {
    Kind.PERCENT: "0%",
    Kind.DURATION: "[h]:mm",
    Kind.DATE: "dd/mm/yyyy",
    Kind.COUNT: "0",
    Kind.SCORE: "0.##",
}


def _write_xlsx(
    rows: Sequence[StudentRow], table: Sequence[Column], labels: ReportLabels, path: Path
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = labels.sheet.translate(SHEET_FORBIDDEN)[:SHEET_TITLE_MAX] or "Sheet"
    sheet.append([column.header for column in table])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        values: list[Value] = []
        for column in table:
            value = column.value(row)
            if isinstance(value, datetime):
                # Excel has no time zones (the local wall-clock time is what a reader
                # expects) and keeps milliseconds at best
                value = value.replace(tzinfo=None, microsecond=0)
            values.append(value)
        sheet.append(values)
    for index, column in enumerate(table, start=1):
        letter = get_column_letter(index)
        number_format = NUMBER_FORMATS.get(column.kind)
        if number_format is not None:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
        longest = max(
            [len(column.header)] + [len(_csv_text(column.kind, column.value(r))) for r in rows]
        )
        sheet.column_dimensions[letter].width = min(max(10, longest + 2), 50)
    sheet.freeze_panes = "B2"  # names and headers stay in view while scrolling
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)
