"""The draft's problems, as ``nihongoku validate`` words them; a click goes to the item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from nihongoku.core.authoring.draft_check import DraftProblem
from nihongoku.ui.widgets import set_state


class ProblemsPanel(QWidget):
    chosen = Signal(object)  # the DraftProblem clicked

    def __init__(self, item_name: Callable[[str, int], str]) -> None:
        super().__init__()
        self._item_name = item_name
        self.problems: list[DraftProblem] = []
        self.banner = QLabel()
        self.banner.setObjectName("draftBanner")
        self.banner.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("problemList")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 8)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.list, 1)
        # room for the banner's two lines and two problems: it must never be cut off
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 24)
        self.show_checking()

    def show_checking(self) -> None:
        if not self.problems:
            self.banner.setText(self.tr("Checking the lesson…"))
            set_state(self.banner, "")

    def show_problems(self, problems: list[DraftProblem]) -> None:
        self.problems = problems
        self.list.clear()
        for problem in problems:
            where = problem.item
            place = self._item_name(*where) if where is not None else self.tr("Lesson")
            item = QListWidgetItem(f"{problem}\n    → {place}")
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(item)
        self.list.setVisible(bool(problems))
        if problems:
            self.banner.setText(
                self.tr(
                    "{count} problem(s). A lesson with problems is left out of the course until "
                    "they are fixed; you can still save it as a draft."
                ).format(count=len(problems))
            )
            set_state(self.banner, "wrong")
        else:
            self.banner.setText(
                self.tr("No problems: once saved, this lesson is part of the course.")
            )
            set_state(self.banner, "right")

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
