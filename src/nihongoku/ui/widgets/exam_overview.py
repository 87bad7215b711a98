"""The section overview of JFT-style exams: every question as a small numbered button,
coloured answered / flagged / unanswered, the current one outlined; a click jumps there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.widgets import label, set_state

PER_ROW = 12
STYLE = """
QPushButton#cell { min-width: 30px; max-width: 30px; min-height: 26px; padding: 0px;
                   background: white; border: 1px solid #bdb3a4; border-radius: 4px; }
QPushButton#cell[state="answered"] { background: #cfe8d0; border-color: #2e7d32; }
QPushButton#cell[state="flagged"] { background: #ffe08a; border-color: #b7791f; }
QPushButton#cell[current="true"] { border: 3px solid #b3261e; font-weight: bold; }
QLabel#legendAnswered { background: #cfe8d0; border: 1px solid #2e7d32; padding: 1px 6px; }
QLabel#legendFlagged { background: #ffe08a; border: 1px solid #b7791f; padding: 1px 6px; }
QLabel#legendOpen { background: white; border: 1px solid #bdb3a4; padding: 1px 6px; }
"""


def cell_state(answered: bool, flagged: bool) -> str:
    """A flag wins over an answer: the learner marked it to look at again."""
    return "flagged" if flagged else "answered" if answered else ""


class OverviewGrid(QWidget):
    jump = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.cells: list[QPushButton] = []
        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        self.grid.setColumnStretch(PER_ROW, 1)  # the cells stay together on the left
        self.answered_legend = label("", "legendAnswered")
        self.flagged_legend = label("", "legendFlagged")
        self.open_legend = label("", "legendOpen")
        legend = QHBoxLayout()
        for item in (self.answered_legend, self.flagged_legend, self.open_legend):
            legend.addWidget(item)
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(legend)
        self.retranslate()

    def show_cells(self, states: Sequence[tuple[bool, bool]], current: int) -> None:
        """``states``: (answered, flagged) for each question of the section."""
        while len(self.cells) < len(states):
            index = len(self.cells)
            cell = QPushButton(str(index + 1))
            cell.setObjectName("cell")
            cell.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            cell.clicked.connect(lambda _=False, i=index: self.jump.emit(i))
            self.grid.addWidget(cell, index // PER_ROW, index % PER_ROW)
            self.cells.append(cell)
        for index, cell in enumerate(self.cells):
            cell.setVisible(index < len(states))
            if index >= len(states):
                continue
            answered, flagged = states[index]
            cell.setProperty("current", "true" if index == current else "false")
            set_state(cell, cell_state(answered, flagged))
            cell.setToolTip(self._describe(index, answered, flagged))

    def _describe(self, index: int, answered: bool, flagged: bool) -> str:
        what = (
            self.tr("flagged")
            if flagged
            else self.tr("answered")
            if answered
            else self.tr("not answered")
        )
        return self.tr("Question %1: %2").replace("%1", str(index + 1)).replace("%2", what)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.answered_legend.setText(self.tr("Answered"))
        self.flagged_legend.setText(self.tr("Flagged"))
        self.open_legend.setText(self.tr("Not answered"))
