"""Mock-exam results over time as a line chart (QtCharts): one line per exam, each sitting
a point at its date, every score as a share of its own scale so JLPT and JFT share an axis."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QPainter, QPen

COLOURS = ("#b3261e", "#1f6f8b", "#2e7d32", "#8e5b00", "#6a4c93")


@dataclass(frozen=True)
class ExamLine:
    """One exam's sittings, oldest first: (when finished, percent of the scale)."""

    title: str
    points: Sequence[tuple[datetime, float]]
    pass_percent: float | None = None  # JLPT: where the pass mark lies on this axis
    pass_name: str = ""


def percent_of_scale(total: float, low: float, high: float) -> float:
    """A total as a percentage of its scale; JFT's starts at 10, not 0."""
    return 100.0 * (total - low) / (high - low) if high > low else 0.0


def _msecs(when: datetime) -> float:
    return when.timestamp() * 1000  # aware datetimes: the same instant in any time zone


def _moment(when: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(_msecs(when)))


class ExamHistoryChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFixedHeight(260)
        self.setStyleSheet("background: transparent;")
        self.exam_series: list[QLineSeries] = []
        self.pass_series: list[QLineSeries] = []

    def set_history(self, lines: Sequence[ExamLine]) -> None:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.8)
        chart.legend().setFont(small)
        times = [when for line in lines for when, _ in line.points]
        # a single day would give the axis no width: a day of room on either side
        start = min(times, default=datetime.now().astimezone()) - timedelta(days=1)
        end = max(times, default=datetime.now().astimezone()) + timedelta(days=1)
        days = QDateTimeAxis()
        days.setFormat("dd/MM")
        days.setRange(_moment(start), _moment(end))
        days.setTickCount(min(max(len(set(times)), 2) + 1, 8))
        days.setLabelsFont(small)
        share = QValueAxis()
        share.setRange(0, 106)  # headroom: a full score's point is not cut in half
        share.setTickType(QValueAxis.TickType.TicksDynamic)
        share.setTickAnchor(0)
        share.setTickInterval(20)
        share.setLabelFormat("%d%%")
        share.setLabelsFont(small)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(share, Qt.AlignmentFlag.AlignLeft)
        self.exam_series = []
        self.pass_series = []
        for index, line in enumerate(lines):
            colour = QColor(COLOURS[index % len(COLOURS)])
            series = QLineSeries()
            series.setName(line.title)
            series.setPointsVisible(True)  # one sitting is a point, not yet a line
            series.setMarkerSize(7)
            series.setPen(QPen(colour, 2))
            for when, percent in line.points:
                series.append(_msecs(when), percent)
            self._add(chart, series, days, share)
            self.exam_series.append(series)
            if line.pass_percent is not None:
                mark = QLineSeries()
                mark.setName(line.pass_name)
                # lighter: its legend square must not look like the exam's own line
                pen = QPen(colour.lighter(150), 1.5, Qt.PenStyle.DashLine)
                mark.setPen(pen)
                mark.append(_msecs(start), line.pass_percent)
                mark.append(_msecs(end), line.pass_percent)
                self._add(chart, mark, days, share)
                self.pass_series.append(mark)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    @staticmethod
    def _add(chart: QChart, series: QLineSeries, days: QDateTimeAxis, share: QValueAxis) -> None:
        chart.addSeries(series)
        series.attachAxis(days)
        series.attachAxis(share)
