"""The gradebook as a Qt table: one learner per row, sortable by value, filterable.

Cells show numbers formatted for the interface language; sorting uses the values
behind them (SORT_ROLE), so "9 j 5 mnt" sorts below "10 j 0 mnt".
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from nihongoku.core.gradebook.row import StudentRow
from nihongoku.ui.labels import family_name

SORT_ROLE = Qt.ItemDataRole.UserRole
# sorts below every real value: a learner with no reviews is not "best at retention"
MISSING = -1.0

Index = QModelIndex | QPersistentModelIndex


class Column(enum.Enum):
    NAME = "name"
    STUDY = "study"
    LEARNED = "learned"
    RETENTION = "retention"
    PRACTICE = "practice"
    WEAKEST = "weakest"
    LAST = "last"
    EXPORTED = "exported"


def headers() -> dict[Column, str]:
    return {
        # two lines each: the numbers under them are narrow, and the table must fit
        Column.NAME: QCoreApplication.translate("GradebookTable", "Name"),
        Column.STUDY: QCoreApplication.translate("GradebookTable", "Study\ntime"),
        Column.LEARNED: QCoreApplication.translate("GradebookTable", "Cards\nlearned"),
        Column.RETENTION: QCoreApplication.translate("GradebookTable", "Retention\n(30 days)"),
        Column.PRACTICE: QCoreApplication.translate("GradebookTable", "Practice\ncorrect"),
        Column.WEAKEST: QCoreApplication.translate("GradebookTable", "Weakest question types"),
        Column.LAST: QCoreApplication.translate("GradebookTable", "Last\nactivity"),
        Column.EXPORTED: QCoreApplication.translate("GradebookTable", "File\nsaved"),
    }


class Numbers:
    """Numbers and dates written the way the interface language writes them."""

    def __init__(self, language: str) -> None:
        self.locale = QLocale(
            QLocale.Language.Indonesian if language == "id" else QLocale.Language.English
        )

    def percent(self, share: float | None) -> str:
        if share is None:
            return "–"
        return self.locale.toString(round(share * 100)) + "%"

    def date(self, moment: datetime | None) -> str:
        if moment is None:
            return "–"
        local = moment.astimezone()
        return self.locale.toString(QDate(local.year, local.month, local.day), "dd/MM/yyyy")

    def duration(self, ms: int) -> str:
        minutes = ms // 60_000
        return (
            QCoreApplication.translate("GradebookTable", "%1 h %2 min")
            .replace("%1", self.locale.toString(minutes // 60))
            .replace("%2", self.locale.toString(minutes % 60))
        )


class GradebookModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StudentRow] = []
        self.sections: list[str] = []  # mock exam sections any learner has (none yet)
        self.numbers = Numbers("id")

    def set_rows(self, rows: Sequence[StudentRow], language: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.sections = sorted({s for row in self.rows for s in row.exam_scores})
        self.numbers = Numbers(language)
        self.endResetModel()

    def retranslate(self, language: str) -> None:
        self.numbers = Numbers(language)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column) + len(self.sections)

    def column(self, index: int) -> Column | str:
        """The fixed column at ``index``, or the mock exam section's name."""
        fixed = list(Column)
        return fixed[index] if index < len(fixed) else self.sections[index - len(fixed)]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.column(section)
        if isinstance(column, Column):
            return headers()[column]
        return QCoreApplication.translate("GradebookTable", "Mock exam: %1").replace("%1", column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._detail(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            Column.NAME,
            Column.WEAKEST,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: StudentRow, column: Column | str) -> str:
        n = self.numbers
        match column:
            case Column.NAME:
                return row.name
            case Column.STUDY:
                return n.duration(row.study_ms)
            case Column.LEARNED:
                return n.locale.toString(row.cards_learned)
            case Column.RETENTION:
                return n.percent(row.retention)
            case Column.PRACTICE:
                return n.percent(row.practice_accuracy)
            case Column.WEAKEST:
                return ", ".join(family_name(f.family) for f in row.weakest) or "–"
            case Column.LAST:
                return n.date(row.last_activity)
            case Column.EXPORTED:
                return n.date(row.exported_at)
        # a mock exam section: the row can carry scores, but no file has them yet
        return ""

    def _value(self, row: StudentRow, column: Column | str) -> str | float:
        match column:
            case Column.NAME:
                return row.name.casefold()
            case Column.STUDY:
                return float(row.study_ms)
            case Column.LEARNED:
                return float(row.cards_learned)
            case Column.RETENTION:
                return MISSING if row.retention is None else row.retention
            case Column.PRACTICE:
                accuracy = row.practice_accuracy
                return MISSING if accuracy is None else accuracy
            case Column.WEAKEST:
                return row.weakest[0].share if row.weakest else MISSING
            case Column.LAST:
                return MISSING if row.last_activity is None else row.last_activity.timestamp()
            case Column.EXPORTED:
                return row.exported_at.timestamp()
        return MISSING

    def _detail(self, row: StudentRow, column: Column | str) -> str | None:
        n = self.numbers
        if column is Column.RETENTION and row.retention_reviews:
            return QCoreApplication.translate(
                "GradebookTable", "%1 reviews of learned cards in the 30 days before the file"
            ).replace("%1", str(row.retention_reviews))
        if column is Column.PRACTICE and row.practice_answers:
            return (
                QCoreApplication.translate("GradebookTable", "%1 of %2 practice answers right")
                .replace("%1", str(row.practice_right))
                .replace("%2", str(row.practice_answers))
            )
        if column is Column.WEAKEST and row.families:
            ordered = sorted(row.families, key=lambda f: (f.share, f.family))
            return "\n".join(
                f"{family_name(f.family)}: {f.right}/{f.asked} ({n.percent(f.share)})"
                for f in ordered
            )
        return None


class GradebookFilter(QSortFilterProxyModel):
    """Sorts by value; keeps the learners whose name contains the search text and, when
    ``inactive_before`` is set, only those with no activity since then."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(list(Column).index(Column.NAME))
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.inactive_before: datetime | None = None

    def show_inactive_only(self, before: datetime | None) -> None:
        if not hasattr(QSortFilterProxyModel, "Direction"):  # Qt before 6.10
            self.inactive_before = before
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self.inactive_before = before
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        model = self.sourceModel()
        if self.inactive_before is None or not isinstance(model, GradebookModel):
            return True
        return model.rows[source_row].inactive_since(self.inactive_before)

    def student(self, proxy_row: int) -> StudentRow:
        source = self.mapToSource(self.index(proxy_row, 0))
        model = self.sourceModel()
        assert isinstance(model, GradebookModel)
        return model.rows[source.row()]
