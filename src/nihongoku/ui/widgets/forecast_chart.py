"""The next 14 days of reviews as a bar chart (QtCharts, from PySide6-Addons)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter


class ForecastChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFixedHeight(240)
        self.setStyleSheet("background: transparent;")
        self.counts: list[int] = []

    def set_forecast(self, counts: Sequence[int], labels: Sequence[str], title: str) -> None:
        """``counts[i]`` cards due on day ``i`` (0 = today, with anything overdue)."""
        self.counts = list(counts)
        bars = QBarSet(title)
        bars.append([float(n) for n in counts])
        bars.setColor(QColor("#d9a19c"))
        bars.setBorderColor(QColor("#b3261e"))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart = QChart()
        chart.addSeries(series)
        chart.legend().setVisible(False)
        chart.setBackgroundVisible(False)
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.8)  # 14 dates must fit under the bars
        days = QBarCategoryAxis()
        days.append(list(labels))
        days.setLabelsFont(small)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(days)
        amount = QValueAxis()
        top = max([*counts, 1])
        amount.setLabelFormat("%d")
        if top < 5:  # a tick per whole review: "0 0 0 0 1" otherwise
            amount.setRange(0, top)
            amount.setTickCount(top + 1)
        else:
            amount.setRange(0, top * 1.2)
            amount.applyNiceNumbers()
        amount.setLabelsFont(small)
        chart.addAxis(amount, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(amount)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
