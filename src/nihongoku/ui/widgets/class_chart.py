"""A class at a glance: cards learned and retention per learner, as two bar charts.

Bars run sideways so that sixteen full names stay readable; the learners are in the
table's order, top to bottom.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QWidget

from nihongoku.core.gradebook.row import StudentRow


class StudentBars(QChartView):
    def __init__(self, fill: str, edge: str) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setStyleSheet("background: transparent;")
        self._fill = QColor(fill)
        self._edge = QColor(edge)
        self.names: list[str] = []
        self.values: list[float] = []

    def set_values(
        self,
        names: Sequence[str],
        values: Sequence[float],
        title: str,
        *,
        top: float,
        tick: float,
        label_format: str,
        axis_format: str,
    ) -> None:
        """One bar per name, the first name at the top; the axis runs from 0 to ``top``."""
        self.names = list(names)
        self.values = list(values)
        bars = QBarSet(title)
        # a horizontal chart draws its first category at the bottom
        bars.append([float(v) for v in reversed(self.values)])
        bars.setColor(self._fill)
        bars.setBorderColor(self._edge)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat(label_format)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelColor(QColor("#2b2b2b"))
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(title)
        chart.legend().setVisible(False)
        chart.setBackgroundVisible(False)
        chart.setMargins(chart.margins() * 0)
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        title_font = self.font()
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        people = QBarCategoryAxis()
        people.append(list(reversed(self.names)))
        people.setLabelsFont(small)
        people.setTruncateLabels(False)  # a full name, not "Ahma…"
        chart.addAxis(people, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(people)
        amount = QValueAxis()
        # room beyond the longest bar for its label
        amount.setRange(0, max(top, 1) * 1.15)
        amount.setTickType(QValueAxis.TickType.TicksDynamic)
        amount.setTickAnchor(0)
        amount.setTickInterval(tick)
        amount.setLabelFormat(axis_format)
        amount.setLabelsFont(small)
        chart.addAxis(amount, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(amount)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        # room for every name: a text line and a half per learner
        line = self.fontMetrics().height()
        self.setMinimumHeight(max(240, 5 * line + int(len(self.names) * 1.5 * line)))


def _nice_step(most: float) -> float:
    """A round tick interval giving about four to eight ticks up to ``most``."""
    step = 1.0
    while most / step > 8:
        step *= 2.5 if str(int(step)).startswith("2") else 2
    return step


class ClassCharts(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.learned = StudentBars("#d9a19c", "#b3261e")
        self.retention = StudentBars("#a9c8de", "#2e6f9e")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.learned, 1)
        layout.addWidget(self.retention, 1)

    def set_students(
        self, rows: Sequence[StudentRow], learned_title: str, retention_title: str
    ) -> None:
        most = max([r.cards_learned for r in rows], default=0)
        self.learned.set_values(
            [r.name for r in rows],
            [r.cards_learned for r in rows],
            learned_title,
            top=most,
            tick=_nice_step(most),
            label_format="@value",
            axis_format="%d",
        )
        # a learner with no reviews of learned cards yet has no retention, not 0 %
        judged = [r for r in rows if r.retention is not None]
        self.retention.set_values(
            [r.name for r in judged],
            [round((r.retention or 0) * 100) for r in judged],
            retention_title,
            top=100,
            tick=25,
            label_format="@value%",
            axis_format="%d%%",
        )
